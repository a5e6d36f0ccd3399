package dev.lanes.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanes.kernel.Activation;
import dev.lanes.kernel.Kernels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trainer on the digits: accuracy, batches, determinism and NaN detection. */
class TrainingTest {
  private static final Dataset TRAIN = Digits.train();
  private static final Dataset TEST = Digits.test();

  /** The example's recipe, shortened from 100 to 30 epochs to keep the test fast. */
  @Test
  void theDigitsRecipeReachesNinetyPercentOnTheTestRows() {
    Network network = digitsNetwork(64, 1);
    new Trainer().epochs(30).batchSize(32).seed(1).silent()
        .fit(network, new SgdMomentum(0.1f, 0.9f, 1e-4f), TRAIN);
    Evaluation evaluation = Evaluation.of(network, TEST);
    assertTrue(evaluation.accuracy() >= 0.90, "test accuracy " + evaluation.accuracy());
    int[][] confusion = evaluation.confusionMatrix();
    int correct = 0;
    for (int c = 0; c < 10; c++) {
      int rowSum = 0;
      for (int p = 0; p < 10; p++) {
        rowSum += confusion[c][p];
      }
      assertEquals(new int[] {35, 36, 35, 37, 37, 37, 37, 36, 33, 37}[c], rowSum);
      correct += confusion[c][c];
    }
    assertEquals(correct / 360.0, evaluation.accuracy());
    // the same loss through the one-call API on all 360 rows at once
    double loss = network.lossAndGradients(TEST.inputs(), TEST.labels(), TEST.rows());
    assertEquals(loss, evaluation.loss(), 1e-5);
  }

  @Test
  void everyBatchIsSeenIncludingThePartialLastOne() {
    List<int[]> batches = new ArrayList<>();
    List<Long> epochSamples = new ArrayList<>();
    new Trainer().epochs(2).batchSize(100).seed(3).listener(new TrainingListener() {
      @Override
      public void batchEnd(TrainingProgress p) {
        batches.add(new int[] {p.epoch(), p.batch(), p.batches()});
        assertTrue(Double.isFinite(p.loss()) && p.accuracy() >= 0 && p.accuracy() <= 1);
      }

      @Override
      public void epochEnd(TrainingProgress p) {
        epochSamples.add(p.samples());
        assertTrue(p.samplesPerSecond() > 0 && p.elapsedSeconds() > 0);
      }
    }).fit(digitsNetwork(16, 2), new SgdMomentum(0.1f, 0.9f, 0), TRAIN);
    // 1437 rows = 14 batches of 100 and one of 37
    assertEquals(30, batches.size());
    assertArrayEquals(new int[] {2, 15, 15}, batches.get(29));
    assertEquals(List.of(1437L, 2874L), epochSamples);
  }

  @Test
  void oneAndTwoThreadsTrainBitIdentically() {
    int threads = Kernels.threads();
    try {
      Kernels.setThreads(1);
      Network one = trainWide();
      Kernels.setThreads(2);
      Network two = trainWide();
      for (int k = 0; k < one.layerCount(); k++) {
        assertArrayEquals(one.weights(k), two.weights(k), "W" + k);
        assertArrayEquals(one.biases(k), two.biases(k), "b" + k);
      }
    } finally {
      Kernels.setThreads(threads);
    }
  }

  @Test
  void theSeedDecidesTheInitialWeights() {
    assertArrayEquals(digitsNetwork(32, 7).weights(0), digitsNetwork(32, 7).weights(0));
    assertNotEquals(digitsNetwork(32, 7).weights(0)[0], digitsNetwork(32, 8).weights(0)[0]);
  }

  @Test
  void heInitializationHasVarianceTwoOverFanIn() {
    float[] weights = Network.builder(400).dense(300, Activation.RELU).seed(5).build()
        .weights(0);
    double sumOfSquares = 0;
    for (float w : weights) {
      sumOfSquares += (double) w * w;
      assertTrue(Math.abs(w) <= Math.sqrt(6.0 / 400));
    }
    assertEquals(2.0 / 400, sumOfSquares / weights.length, 0.02 * 2.0 / 400);
  }

  @Test
  void aNaNInTheDataStopsTrainingAtTheLastGoodWeights() {
    float[] inputs = TRAIN.inputs();
    inputs[1000 * 64 + 10] = Float.NaN;
    Dataset poisoned = Dataset.classification(inputs, 64, TRAIN.labels(), 10);
    Network network = digitsNetwork(16, 4);
    Snapshots snapshots = new Snapshots(network);
    NonFiniteValueException e = assertThrows(NonFiniteValueException.class,
        () -> new Trainer().epochs(3).batchSize(64).seed(4).listener(snapshots)
            .fit(network, new SgdMomentum(0.1f, 0.9f, 1e-4f), poisoned));
    assertEquals(1, e.epoch());
    assertEquals(snapshots.batches + 1, e.batch());
    assertEquals(1, e.layer());
    assertTrue(e.getMessage().contains("epoch 1, batch " + e.batch()), e.getMessage());
    snapshots.assertUnchanged();
  }

  @Test
  void divergenceStopsTrainingBeforeTheFirstNonFiniteUpdate() {
    Network network = Network.builder(64).dense(32, Activation.IDENTITY)
        .dense(10, Activation.IDENTITY).loss(Loss.SOFTMAX_CROSS_ENTROPY).seed(1).build();
    Snapshots snapshots = new Snapshots(network);
    NonFiniteValueException e = assertThrows(NonFiniteValueException.class,
        () -> new Trainer().epochs(50).batchSize(32).seed(1).listener(snapshots)
            .fit(network, new SgdMomentum(1e4f, 0.9f, 0), TRAIN));
    assertTrue(e.getMessage().contains("NaN or infinite"), e.getMessage());
    snapshots.assertUnchanged();
    for (int k = 0; k < network.layerCount(); k++) {
      for (float w : network.weights(k)) {
        assertTrue(Float.isFinite(w));
      }
    }
  }

  @Test
  void aSingleTrainStepChecksBeforeItUpdates() {
    Network network = digitsNetwork(16, 5);
    SgdMomentum optimizer = new SgdMomentum(0.1f, 0.9f, 1e-4f);
    float[] inputs = TRAIN.slice(0, 8).inputs();
    int[] labels = TRAIN.slice(0, 8).labels();
    double loss = network.trainStep(inputs, labels, 8, optimizer);
    assertTrue(loss > 0 && Double.isFinite(loss));
    Snapshots snapshots = new Snapshots(network);
    inputs[3] = Float.POSITIVE_INFINITY;
    assertThrows(NonFiniteValueException.class,
        () -> network.trainStep(inputs, labels, 8, optimizer));
    snapshots.assertUnchanged();
    assertEquals(1, optimizer.steps());
  }

  /** Regression: a linear map y = A·x learned with MSE through the trainer. */
  @Test
  void aLinearMapIsLearnedWithMeanSquaredError() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(12);
    int rows = 200;
    float[] inputs = new float[rows * 3];
    float[] targets = new float[rows * 2];
    double[][] map = {{0.5, -1, 0.25}, {2, 0, -0.5}};
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < 3; i++) {
        inputs[r * 3 + i] = (float) random.nextDouble(-1, 1);
      }
      for (int o = 0; o < 2; o++) {
        double y = 0;
        for (int i = 0; i < 3; i++) {
          y += map[o][i] * inputs[r * 3 + i];
        }
        targets[r * 2 + o] = (float) y;
      }
    }
    Dataset data = Dataset.regression(inputs, 3, targets, 2);
    Network network = Network.builder(3).dense(2, Activation.IDENTITY)
        .loss(Loss.MEAN_SQUARED_ERROR).seed(3).build();
    double before = Evaluation.of(network, data).loss();
    TrainingSummary summary = new Trainer().epochs(60).batchSize(16).seed(2).silent()
        .fit(network, new SgdMomentum(0.05f, 0.9f, 0), data);
    Evaluation after = Evaluation.of(network, data);
    assertTrue(Double.isNaN(summary.accuracy()));
    assertTrue(after.loss() < 1e-6 * before, before + " -> " + after.loss());
    float[] weights = network.weights(0);
    for (int o = 0; o < 2; o++) {
      for (int i = 0; i < 3; i++) {
        assertEquals(map[o][i], weights[o * 3 + i], 1e-3);
      }
    }
    assertEquals(network.lossAndGradients(inputs, targets, rows), after.loss(), 1e-9);
  }

  private static Network trainWide() {
    Network network = Network.builder(64).dense(256, Activation.RELU)
        .dense(256, Activation.TANH).dense(10, Activation.IDENTITY).seed(6).build();
    new Trainer().epochs(1).batchSize(256).seed(6).silent()
        .fit(network, new SgdMomentum(0.05f, 0.9f, 1e-4f), TRAIN.slice(0, 768));
    return network;
  }

  private static Network digitsNetwork(int hidden, long seed) {
    return Network.builder(64).dense(hidden, Activation.RELU).dense(10, Activation.IDENTITY)
        .loss(Loss.SOFTMAX_CROSS_ENTROPY).seed(seed).build();
  }

  /** Copies the weights after every good step. */
  private static final class Snapshots implements TrainingListener {
    private final Network network;
    private float[][] weights;
    private float[][] biases;
    int batches;

    Snapshots(Network network) {
      this.network = network;
      batchEnd(null);
      batches = 0;
    }

    @Override
    public void batchEnd(TrainingProgress progress) {
      weights = new float[network.layerCount()][];
      biases = new float[network.layerCount()][];
      for (int k = 0; k < network.layerCount(); k++) {
        weights[k] = network.weights(k);
        biases[k] = network.biases(k);
      }
      batches++;
    }

    void assertUnchanged() {
      for (int k = 0; k < network.layerCount(); k++) {
        assertArrayEquals(weights[k], network.weights(k));
        assertArrayEquals(biases[k], network.biases(k));
      }
    }
  }
}
