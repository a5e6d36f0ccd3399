package dev.lanes.spark;

import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.PluginContext;
import org.apache.spark.api.plugin.SparkPlugin;

/**
 * Makes Lanes the BLAS of Spark MLlib: {@code --conf spark.plugins=dev.lanes.spark.LanesBlasPlugin}
 * installs {@link LanesBLAS} in MLlib when the driver and each executor start, so MLlib's dgemm
 * and sgemm run on the Lanes kernel and every other routine on netlib's Java BLAS.
 *
 * <p>Settings: {@value LanesBlasInstallation#THREADS_CONF} (default 1) is the number of threads
 * one GEMM call may use. Spark already runs one task per core, so more only pays when an
 * executor has more cores than concurrent tasks. {@value LanesBlasInstallation#WARMUP_CONF}
 * (default 60) bounds how long start-up waits for Lanes's vector kernels to be compiled.
 */
public final class LanesBlasPlugin implements SparkPlugin {
  @Override
  public DriverPlugin driverPlugin() {
    return new DriverPlugin() {
      @Override
      public Map<String, String> init(SparkContext sparkContext, PluginContext context) {
        LanesBlasInstallation.install(context.conf());
        return Map.of();
      }

      @Override
      public void shutdown() {
        LanesBlasInstallation.reportUse();
      }
    };
  }

  @Override
  public ExecutorPlugin executorPlugin() {
    return new ExecutorPlugin() {
      @Override
      public void init(PluginContext context, Map<String, String> extraConf) {
        LanesBlasInstallation.install(context.conf());
      }

      @Override
      public void shutdown() {
        LanesBlasInstallation.reportUse();
      }
    };
  }
}
