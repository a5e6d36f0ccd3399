package dev.lanes.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ludovic.netlib.blas.JavaBLAS;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.Test;

/**
 * Spark in local mode (2 cores, loopback only, no UI) trains MLlib's
 * MultilayerPerceptronClassifier on the digits (64 inputs, 10 classes; the fixed split of
 * shared/data/README-digits.md: the first 1437 rows train, the last 360 test) twice: with
 * netlib's Java BLAS in MLlib, then with the Lanes plugin. With the plugin, MLlib must hold
 * Lanes's BLAS and the training must really run its dgemm; both models must classify the test
 * rows alike.
 */
class LanesBlasPluginSparkTest {
  private static final int TRAIN_ROWS = 1437;
  private static final int FEATURES = 64;

  @Test
  void multilayerPerceptronTrainsOnLanesAndAgreesWithNetlib() throws IOException {
    List<Row> rows = readDigits();
    // The baseline: MLlib with netlib's Java BLAS, whatever an earlier test left in its fields.
    MllibBlasFields.install(JavaBLAS.getInstance(), getClass().getClassLoader(), "test");
    long callsBefore = LanesBLAS.getInstance().dgemmCalls();
    Trained netlib = train(rows, false);
    assertEquals(callsBefore, LanesBLAS.getInstance().dgemmCalls(), "Lanes unused without it");

    Trained lanes = train(rows, true);
    assertSame(LanesBLAS.getInstance(), org.apache.spark.ml.linalg.BLAS$.MODULE$.nativeBLAS());
    assertSame(LanesBLAS.getInstance(), org.apache.spark.ml.linalg.BLAS$.MODULE$.javaBLAS());
    assertSame(LanesBLAS.getInstance(),
        org.apache.spark.mllib.linalg.BLAS$.MODULE$.nativeBLAS());
    assertSame(LanesBLAS.getInstance(), org.apache.spark.mllib.linalg.BLAS$.MODULE$.javaBLAS());
    long lanesCalls = LanesBLAS.getInstance().dgemmCalls() - callsBefore;
    // Each L-BFGS iteration runs 3 dgemm per layer and block forward and backward.
    assertTrue(lanesCalls > 100, lanesCalls + " dgemm calls on Lanes during training");

    System.out.printf("digits MLP test accuracy: netlib %.4f, Lanes %.4f; %d of %d test "
        + "predictions differ; %d dgemm calls on Lanes; fit %d ms (netlib, first in the JVM), "
        + "%d ms (Lanes)%n", netlib.accuracy, lanes.accuracy,
        differences(netlib.predictions, lanes.predictions), netlib.predictions.length,
        lanesCalls, netlib.fitMillis, lanes.fitMillis);
    assertTrue(netlib.accuracy > 0.85, "netlib model accuracy " + netlib.accuracy);
    assertTrue(lanes.accuracy > 0.85, "Lanes model accuracy " + lanes.accuracy);
    assertEquals(0, differences(netlib.predictions, lanes.predictions),
        "test predictions that differ");
  }

  private record Trained(double[] predictions, double accuracy, long fitMillis) {}

  private static Trained train(List<Row> rows, boolean withPlugin) {
    SparkSession.Builder builder = SparkSession.builder()
        .master("local[2]")
        .appName("lanes-plugin-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2");
    if (withPlugin) {
      // This test checks what runs, not how fast: start-up need not wait long for the warm-up.
      builder.config("spark.plugins", LanesBlasPlugin.class.getName())
          .config("spark.lanes.warmupSeconds", "5");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
      StructType schema = new StructType()
          .add("features", SQLDataTypes.VectorType())
          .add("label", DataTypes.DoubleType);
      // Two fixed slices of the rows, so that each run sums the gradients alike.
      Dataset<Row> train = spark.createDataFrame(
          context.parallelize(rows.subList(0, TRAIN_ROWS), 2), schema);
      Dataset<Row> test = spark.createDataFrame(
          context.parallelize(rows.subList(TRAIN_ROWS, rows.size()), 2), schema);
      long start = System.nanoTime();
      MultilayerPerceptronClassificationModel model = new MultilayerPerceptronClassifier()
          .setLayers(new int[] {FEATURES, 32, 10})
          .setBlockSize(128)
          .setMaxIter(40)
          .setSeed(42)
          .fit(train);
      long fitMillis = (System.nanoTime() - start) / 1_000_000;
      List<Row> predicted = model.transform(test).select("prediction", "label").collectAsList();
      double[] predictions = new double[predicted.size()];
      int correct = 0;
      for (int i = 0; i < predictions.length; i++) {
        predictions[i] = predicted.get(i).getDouble(0);
        correct += predictions[i] == predicted.get(i).getDouble(1) ? 1 : 0;
      }
      return new Trained(predictions, correct / (double) predictions.length, fitMillis);
    } finally {
      spark.stop();
    }
  }

  private static int differences(double[] a, double[] b) {
    int count = 0;
    for (int i = 0; i < a.length; i++) {
      count += a[i] == b[i] ? 0 : 1;
    }
    return count;
  }

  /** The digits: 64 pixel counts 0..16, scaled by 1/16, then the label. */
  private static List<Row> readDigits() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        LanesBlasPluginSparkTest.class.getResourceAsStream("/digits.csv"),
        StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.split(",");
        double[] pixels = new double[FEATURES];
        for (int i = 0; i < FEATURES; i++) {
          pixels[i] = Integer.parseInt(fields[i]) / 16.0;
        }
        rows.add(RowFactory.create(Vectors.dense(pixels), Double.parseDouble(fields[FEATURES])));
      }
    }
    assertEquals(1797, rows.size(), "digits rows");
    return rows;
  }
}
