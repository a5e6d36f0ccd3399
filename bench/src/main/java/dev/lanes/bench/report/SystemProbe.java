package dev.lanes.bench.report;

import dev.lanes.kernel.KernelDescription;
import dev.lanes.kernel.Kernels;
import dev.ludovic.netlib.blas.JavaBLAS;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Run by the report in a child JVM (the JDK, width and environment under study) to say what runs
 * there, as {@code key=value} lines: {@code lanes} prints Kernels.describe(); {@code peers}
 * loads OpenBLAS (with OPENBLAS_VERBOSE=2 it names its kernel on stderr as "Core: ...") and
 * names netlib's JavaBLAS instance.
 */
public final class SystemProbe {
  private SystemProbe() {}

  public static void main(String[] args) {
    String what = args.length == 1 ? args[0] : "";
    switch (what) {
      case "lanes":
        KernelDescription description = Kernels.describe();
        System.out.println("describe=" + description);
        System.out.println("bits=" + description.vectorBits());
        System.out.println("fallback=" + (description.fallbackReason() == null ? ""
            : description.fallbackReason()));
        break;
      case "peers":
        float[] one = {1f};
        float[] product = new float[1];
        openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor,
            openblas_nolapack.CblasNoTrans, openblas_nolapack.CblasNoTrans, 1, 1, 1, 1f, one, 1,
            one, 1, 0f, product, 1);
        System.out.println("openblasVersion=" + openblas_nolapack.OPENBLAS_VERSION.trim());
        System.out.println("openblasBuildTarget=" + openblas_nolapack.OPENBLAS_CHAR_CORENAME);
        System.out.println("openblasThreads=" + openblas_nolapack.blas_get_num_threads());
        System.out.println("javaBlas=" + JavaBLAS.getInstance().getClass().getName());
        break;
      default:
        System.err.println("usage: SystemProbe lanes|peers");
        System.exit(2);
    }
  }
}
