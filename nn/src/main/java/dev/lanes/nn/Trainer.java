package dev.lanes.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Mini-batch training: every epoch shuffles the rows from the seed, cuts them into batches
 * (the last one may be smaller) and makes one update per batch. A NaN or infinite loss or
 * gradient stops training with a {@link NonFiniteValueException} before that step's update.
 * Buffers are allocated once per fit; a step allocates nothing.
 */
public final class Trainer {
  private int epochs = 10;
  private int batchSize = 32;
  private long seed = 1;
  private final List<TrainingListener> listeners = new ArrayList<>();
  private boolean defaultConsole = true;

  public Trainer epochs(int epochs) {
    this.epochs = Checks.requirePositive("epochs", epochs);
    return this;
  }

  public Trainer batchSize(int batchSize) {
    this.batchSize = Checks.requirePositive("batchSize", batchSize);
    return this;
  }

  /** The seed of the per-epoch shuffles. */
  public Trainer seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** Adds a listener; the default console line per epoch is dropped once one is added. */
  public Trainer listener(TrainingListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    defaultConsole = false;
    return this;
  }

  /** No progress output (and no default console listener). */
  public Trainer silent() {
    defaultConsole = false;
    return this;
  }

  /** Trains {@code network} on {@code data} with {@code optimizer}. */
  public TrainingSummary fit(Network network, SgdMomentum optimizer, Dataset data) {
    checkCompatible(network, data);
    List<TrainingListener> active = new ArrayList<>(listeners);
    if (defaultConsole) {
      active.add(new ConsoleProgress());
    }
    Steps steps = new Steps(network, optimizer, data, Math.min(batchSize, data.rows()));
    SplittableRandom random = new SplittableRandom(seed);
    int[] order = new int[data.rows()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    TrainingProgress progress = new TrainingProgress();
    progress.epochs = epochs;
    progress.batches = (data.rows() + batchSize - 1) / batchSize;
    long start = System.nanoTime();
    for (int epoch = 1; epoch <= epochs; epoch++) {
      shuffle(order, random);
      double lossSum = 0;
      long correct = 0;
      for (int b = 0; b < progress.batches; b++) {
        int from = b * batchSize;
        int rows = Math.min(batchSize, data.rows() - from);
        double loss = steps.run(epoch, b + 1, order, from, rows);
        lossSum += loss * rows;
        int batchCorrect = steps.correct(rows);
        correct += batchCorrect;
        progress.epoch = epoch;
        progress.batch = b + 1;
        progress.loss = loss;
        progress.accuracy = data.isClassification() ? (double) batchCorrect / rows : Double.NaN;
        progress.samples += rows;
        progress.elapsedNanos = System.nanoTime() - start;
        for (TrainingListener listener : active) {
          listener.batchEnd(progress);
        }
      }
      progress.loss = lossSum / data.rows();
      progress.accuracy = data.isClassification() ? (double) correct / data.rows() : Double.NaN;
      for (TrainingListener listener : active) {
        listener.epochEnd(progress);
      }
    }
    return new TrainingSummary(epochs, progress.samples, progress.elapsedSeconds(),
        progress.loss, progress.accuracy);
  }

  /** Fisher–Yates from the trainer's random stream. */
  private static void shuffle(int[] order, SplittableRandom random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }

  private static void checkCompatible(Network network, Dataset data) {
    if (data.features() != network.inputSize()) {
      throw new IllegalArgumentException("data.features()=" + data.features()
          + " must equal the network's inputSize()=" + network.inputSize());
    }
    if (data.isClassification()) {
      requireLoss(network, Loss.SOFTMAX_CROSS_ENTROPY, "integer labels");
      if (data.classes() > network.outputSize()) {
        throw new IllegalArgumentException("data.classes()=" + data.classes()
            + " exceeds the network's outputSize()=" + network.outputSize());
      }
    } else {
      requireLoss(network, Loss.MEAN_SQUARED_ERROR, "float targets");
      if (data.targetSize() != network.outputSize()) {
        throw new IllegalArgumentException("data.targetSize()=" + data.targetSize()
            + " must equal the network's outputSize()=" + network.outputSize());
      }
    }
  }

  private static void requireLoss(Network network, Loss loss, String what) {
    if (network.loss() != loss) {
      throw new IllegalArgumentException("the data has " + what + ", which need the loss "
          + loss + "; the network's loss is " + network.loss());
    }
  }

  /** One training step on gathered rows, with its buffers sized once. */
  private static final class Steps {
    private final Network network;
    private final SgdMomentum optimizer;
    private final Dataset data;
    private final float[] inputs;
    private final int[] labels;
    private final float[] targets;

    Steps(Network network, SgdMomentum optimizer, Dataset data, int capacity) {
      this.network = network;
      this.optimizer = optimizer;
      this.data = data;
      this.inputs = new float[capacity * data.features()];
      this.labels = data.isClassification() ? new int[capacity] : null;
      this.targets = data.isClassification() ? null : new float[capacity * data.targetSize()];
    }

    /** Gathers rows {@code order[from .. from+rows)}, computes gradients, checks, updates. */
    double run(int epoch, int batch, int[] order, int from, int rows) {
      int features = data.features();
      for (int r = 0; r < rows; r++) {
        int row = order[from + r];
        System.arraycopy(data.inputArray(), row * features, inputs, r * features, features);
        if (labels != null) {
          labels[r] = data.labelArray()[row];
        } else {
          int size = data.targetSize();
          System.arraycopy(data.targetArray(), row * size, targets, r * size, size);
        }
      }
      double loss = network.computeGradients(rows, inputs, 0, labels, 0, targets, 0, false);
      network.requireFinite(epoch, batch, loss);
      optimizer.step(network, epoch);
      return loss;
    }

    /** The rows of the last step whose arg max output equals the label (0 for regression). */
    int correct(int rows) {
      if (labels == null) {
        return 0;
      }
      DenseLayer top = network.layerAt(network.layerCount() - 1);
      int correct = 0;
      for (int r = 0; r < rows; r++) {
        if (Network.argMax(top.output, r * top.out, top.out) == labels[r]) {
          correct++;
        }
      }
      return correct;
    }
  }
}
