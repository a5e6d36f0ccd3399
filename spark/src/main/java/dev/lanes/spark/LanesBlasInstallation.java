package dev.lanes.spark;

import dev.lanes.kernel.KernelDescription;
import dev.lanes.kernel.Kernels;
import java.time.Duration;
import org.apache.spark.SparkConf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs {@link LanesBLAS} in MLlib once per JVM (in local mode the driver and the executor
 * share one JVM and both start the plugin) and logs one line saying what now runs.
 */
final class LanesBlasInstallation {
  /** The Spark setting for the threads of one GEMM call. */
  static final String THREADS_CONF = "spark.lanes.threads";
  /** The Spark setting for how long start-up waits for Lanes's vector kernels to compile. */
  static final String WARMUP_CONF = "spark.lanes.warmupSeconds";

  private static final Logger LOG = LoggerFactory.getLogger(LanesBlasPlugin.class);
  private static boolean installed;
  private static boolean reported;

  private LanesBlasInstallation() {}

  /**
   * Sets the Lanes thread count from {@code conf} and puts {@link LanesBLAS#getInstance()} in
   * MLlib's BLAS fields, unless this JVM already did.
   *
   * @throws IllegalStateException on a Spark version whose BLAS fields differ, or a bad
   *     thread count
   */
  static synchronized void install(SparkConf conf) {
    if (installed) {
      return;
    }
    int threads = conf.getInt(THREADS_CONF, 1);
    if (threads < 1) {
      throw new IllegalStateException(THREADS_CONF + "=" + threads + " must be >= 1");
    }
    Kernels.setThreads(threads);
    // Compile Lanes's vector kernels now, before MLlib runs netlib's VectorBLAS: C2 shares the
    // type profiles of jdk.incubator.vector between libraries, and a kernel compiled after
    // another vector class has been seen there can lose its intrinsics (measured here: Lanes
    // dgemm fell from ~30 to ~1.5 GFLOP/s). Compiled first, it keeps them.
    boolean vectorsInUse = Kernels.awaitWarmup(Duration.ofSeconds(conf.getInt(WARMUP_CONF, 60)));
    LanesBLAS blas = LanesBLAS.getInstance();
    MllibBlasFields.install(blas, LanesBlasInstallation.class.getClassLoader(), sparkVersion());
    installed = true;
    KernelDescription kernel = Kernels.describe();
    LOG.info("Lanes BLAS installed in Spark MLlib {} ({} of {}): dgemm, sgemm, and dgemv and"
        + " daxpy with unit increments on Lanes ({}; vector kernels {}), other routines on {}",
        sparkVersion(), MllibBlasFields.FIELDS, MllibBlasFields.HOLDERS, kernel,
        vectorsInUse ? "compiled and in use"
            : "not in use yet, GEMM runs on the scalar twins meanwhile",
        blas.javaBlas().getClass().getName());
  }

  /** Logs, once per JVM, how many products ran on Lanes (when the plugin shuts down). */
  static synchronized void reportUse() {
    if (!installed || reported) {
      return;
    }
    reported = true;
    LanesBLAS blas = LanesBLAS.getInstance();
    LOG.info("Lanes BLAS ran {} dgemm and {} sgemm calls in this JVM", blas.dgemmCalls(),
        blas.sgemmCalls());
  }

  /** The version of the Spark on the class path, from its jar's manifest. */
  static String sparkVersion() {
    String version = SparkConf.class.getPackage().getImplementationVersion();
    return version != null ? version : "(unknown version)";
  }
}
