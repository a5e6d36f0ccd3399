package dev.lanes.spark;

import dev.lanes.kernel.KernelDescription;
import dev.lanes.kernel.Kernels;
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
    LanesBLAS blas = LanesBLAS.getInstance();
    MllibBlasFields.install(blas, LanesBlasInstallation.class.getClassLoader(), sparkVersion());
    installed = true;
    KernelDescription kernel = Kernels.describe();
    LOG.info("Lanes BLAS installed in Spark MLlib {} ({} of {}): dgemm and sgemm on Lanes ({}), "
        + "other routines on {}", sparkVersion(), MllibBlasFields.FIELDS,
        MllibBlasFields.HOLDERS, kernel, blas.javaBlas().getClass().getName());
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
