package dev.lanes.spark;

import dev.lanes.kernel.Kernels;
import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.classification.MultilayerPerceptronClassificationModel;
import org.apache.spark.ml.classification.MultilayerPerceptronClassifier;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Training time of MLlib's MultilayerPerceptronClassifier in Spark local mode with netlib's Java
 * BLAS and with Lanes, in one JVM and one Spark session, alternating, so that both see the same
 * warmed-up Spark; the BLAS is swapped in MLlib's fields between fits, as the plugin does at
 * start-up. Not a unit test: run it with {@code -Dmlp.benchmark} (see spark/pom.xml).
 *
 * <p>Arguments: master rows layers blockSize iterations repeats, e.g.
 * {@code local[2] 8000 128,256,128,10 256 10 3}. The data is synthetic: features uniform in
 * [0, 1), the label the arg max of a fixed random linear map, so L-BFGS never converges early
 * (tolerance 0: every fit runs all its iterations).
 *
 * <p>Besides the lines for people it prints one {@code RESULT key=value ...} line with the
 * workload, the versions and the best times, which bench's report parses.
 */
public final class MlpTrainingBenchmark {
  private MlpTrainingBenchmark() {}

  public static void main(String[] args) {
    String master = args.length > 0 ? args[0] : "local[2]";
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 8000;
    int[] layers = args.length > 2
        ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
        : new int[] {128, 256, 128, 10};
    int blockSize = args.length > 3 ? Integer.parseInt(args[3]) : 256;
    int iterations = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    int repeats = args.length > 5 ? Integer.parseInt(args[5]) : 3;

    SparkSession spark = SparkSession.builder()
        .master(master)
        .appName("lanes-mlp-benchmark")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      Dataset<Row> train = syntheticData(spark, rows, layers[0], layers[layers.length - 1]);
      train.cache().count();
      // As the plugin does at start-up: one GEMM thread per task (Spark runs a task per core),
      // and Lanes's vector kernels compiled before netlib's VectorBLAS runs.
      Kernels.setThreads(1);
      boolean vectorsInUse = Kernels.awaitWarmup(Duration.ofSeconds(60));
      BLAS netlib = JavaBLAS.getInstance();
      BLAS lanes = LanesBLAS.getInstance();
      ClassLoader loader = MlpTrainingBenchmark.class.getClassLoader();
      // Warm-up: a short fit with each, so the JIT has compiled both paths.
      for (BLAS blas : List.of(netlib, lanes)) {
        MllibBlasFields.install(blas, loader, LanesBlasInstallation.sparkVersion());
        fitSeconds(train, layers, blockSize, 1);
      }
      double[][] seconds = new double[2][repeats];
      for (int r = 0; r < repeats; r++) {
        for (int b = 0; b < 2; b++) {
          MllibBlasFields.install(b == 0 ? netlib : lanes, loader,
              LanesBlasInstallation.sparkVersion());
          seconds[b][r] = fitSeconds(train, layers, blockSize, iterations);
        }
      }
      double netlibBest = Arrays.stream(seconds[0]).min().orElseThrow();
      double lanesBest = Arrays.stream(seconds[1]).min().orElseThrow();
      System.out.printf("MLP training, Spark %s %s, JDK %s: %d rows, layers %s, block %d, "
          + "%d iterations, %d partitions%n", LanesBlasInstallation.sparkVersion(), master,
          Runtime.version(), rows, Arrays.toString(layers), blockSize, iterations,
          train.rdd().getNumPartitions());
      System.out.printf("  netlib %s: %s s (best %.2f)%n", netlib.getClass().getSimpleName(),
          Arrays.toString(seconds[0]), netlibBest);
      System.out.printf("  Lanes (%s, vector kernels in use: %s): %s s (best %.2f)%n",
          Kernels.describe(), vectorsInUse,
          Arrays.toString(seconds[1]), lanesBest);
      System.out.printf("  speed-up (best / best): %.2fx%n", netlibBest / lanesBest);
      // One line for tools (bench's report parses it); the lines above are for people.
      System.out.printf(Locale.ROOT, "RESULT master=%s spark=%s jdk=%s rows=%d layers=%s block=%d"
          + " iterations=%d partitions=%d repeats=%d netlib=%s netlibBest=%.2f lanesBest=%.2f"
          + " speedup=%.2f vectorKernels=%s%n", master, LanesBlasInstallation.sparkVersion(),
          Runtime.version(), rows, Arrays.stream(layers).mapToObj(String::valueOf)
              .collect(Collectors.joining(",")), blockSize, iterations,
          train.rdd().getNumPartitions(), repeats, netlib.getClass().getSimpleName(), netlibBest,
          lanesBest, netlibBest / lanesBest, vectorsInUse);
    } finally {
      spark.stop();
    }
  }

  private static double fitSeconds(Dataset<Row> train, int[] layers, int blockSize,
      int iterations) {
    long start = System.nanoTime();
    long calls = LanesBLAS.getInstance().dgemmCalls();
    MultilayerPerceptronClassificationModel model = new MultilayerPerceptronClassifier()
        .setLayers(layers)
        .setBlockSize(blockSize)
        .setMaxIter(iterations)
        .setTol(0)
        .setSeed(1)
        .fit(train);
    double seconds = Math.round((System.nanoTime() - start) / 1e7) / 100.0;
    System.out.printf("    fit: %.2f s, %d L-BFGS iterations, %d dgemm calls on Lanes%n", seconds,
        model.summary().totalIterations(), LanesBLAS.getInstance().dgemmCalls() - calls);
    return seconds;
  }

  /** Rows of uniform features labelled by the arg max of a fixed random linear map. */
  private static Dataset<Row> syntheticData(SparkSession spark, int rows, int features,
      int classes) {
    Random random = new Random(42);
    double[][] teacher = new double[classes][features];
    for (double[] row : teacher) {
      for (int f = 0; f < features; f++) {
        row[f] = random.nextGaussian();
      }
    }
    List<Row> data = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      double[] x = new double[features];
      for (int f = 0; f < features; f++) {
        x[f] = random.nextDouble();
      }
      int label = 0;
      double best = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < classes; c++) {
        double score = 0;
        for (int f = 0; f < features; f++) {
          score += teacher[c][f] * x[f];
        }
        if (score > best) {
          best = score;
          label = c;
        }
      }
      data.add(RowFactory.create(Vectors.dense(x), (double) label));
    }
    StructType schema = new StructType()
        .add("features", SQLDataTypes.VectorType())
        .add("label", DataTypes.DoubleType);
    // Two partitions whatever the master, so local[1] and local[2] do the same work.
    return spark.createDataFrame(
        JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(data, 2), schema);
  }
}
