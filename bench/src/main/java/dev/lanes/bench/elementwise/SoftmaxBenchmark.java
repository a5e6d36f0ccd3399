package dev.lanes.bench.elementwise;

import dev.lanes.kernel.Activations;
import dev.lanes.kernel.Losses;
import dev.lanes.kernel.internal.ScalarActivation;
import dev.lanes.kernel.internal.ScalarElementwise;
import dev.lanes.kernel.internal.SoftmaxRows;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Softmax, log-softmax and the softmax cross-entropy loss with its gradient over n floats in
 * rows of 256 (n/256 examples of 256 classes), 1 thread: Lanes, the same row composition on
 * the scalar twins, and the plain loop over Math.exp and Math.log.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class SoftmaxBenchmark {
  private static final int COLS = 256;
  private static final SoftmaxRows SCALAR =
      new SoftmaxRows(new ScalarElementwise(), new ScalarActivation());

  @Param({"1024", "65536", "16777216"})
  public int n;

  private int rows;
  private float[] logits;
  private float[] y;
  private int[] labels;

  @Setup
  public void setUp() {
    rows = n / COLS;
    logits = BenchArrays.uniform(n, -8, 8, 8);
    y = new float[n];
    SplittableRandom random = new SplittableRandom(9);
    labels = new int[rows];
    for (int i = 0; i < rows; i++) {
      labels[i] = random.nextInt(COLS);
    }
  }

  @Benchmark
  public float[] softmaxLanes() {
    Activations.softmax(rows, COLS, logits, 0, COLS, y, 0, COLS);
    return y;
  }

  @Benchmark
  public float[] softmaxScalarTwin() {
    for (int i = 0; i < rows; i++) {
      SCALAR.softmax(logits, i * COLS, y, i * COLS, COLS);
    }
    return y;
  }

  @Benchmark
  public float[] softmaxPlainLoop() {
    for (int i = 0; i < rows; i++) {
      int row = i * COLS;
      float inverse = 1 / expShiftedRow(row, rowMax(logits, row));
      for (int j = row; j < row + COLS; j++) {
        y[j] *= inverse;
      }
    }
    return y;
  }

  @Benchmark
  public float[] logSoftmaxLanes() {
    Activations.logSoftmax(rows, COLS, logits, 0, COLS, y, 0, COLS);
    return y;
  }

  @Benchmark
  public float[] logSoftmaxScalarTwin() {
    for (int i = 0; i < rows; i++) {
      SCALAR.logSoftmax(logits, i * COLS, y, i * COLS, COLS);
    }
    return y;
  }

  @Benchmark
  public float[] logSoftmaxPlainLoop() {
    for (int i = 0; i < rows; i++) {
      int row = i * COLS;
      float max = rowMax(logits, row);
      float sum = 0;
      for (int j = row; j < row + COLS; j++) {
        sum += (float) Math.exp(logits[j] - max);
      }
      float logSum = (float) Math.log(sum);
      for (int j = row; j < row + COLS; j++) {
        y[j] = (logits[j] - max) - logSum;
      }
    }
    return y;
  }

  /** The mean loss and its gradient (softmax − onehot)/rows into y. */
  @Benchmark
  public double crossEntropyLanes() {
    return Losses.softmaxCrossEntropy(rows, COLS, logits, 0, COLS, labels, 0, y, 0, COLS);
  }

  @Benchmark
  public double crossEntropyScalarTwin() {
    double scale = 1.0 / rows;
    double total = 0;
    for (int i = 0; i < rows; i++) {
      total += SCALAR.crossEntropy(logits, i * COLS, COLS, labels[i], y, i * COLS, scale);
    }
    return total * scale;
  }

  @Benchmark
  public double crossEntropyPlainLoop() {
    double total = 0;
    for (int i = 0; i < rows; i++) {
      int row = i * COLS;
      float max = rowMax(logits, row);
      float sum = expShiftedRow(row, max);
      float scale = 1f / (sum * rows);
      for (int j = row; j < row + COLS; j++) {
        y[j] *= scale;
      }
      y[row + labels[i]] -= 1f / rows;
      total += Math.log(sum) - (logits[row + labels[i]] - max);
    }
    return total / rows;
  }

  /** y = e^(logits − max) over one row; returns Σ y. */
  private float expShiftedRow(int row, float max) {
    float sum = 0;
    for (int j = row; j < row + COLS; j++) {
      y[j] = (float) Math.exp(logits[j] - max);
      sum += y[j];
    }
    return sum;
  }

  private static float rowMax(float[] x, int row) {
    float max = x[row];
    for (int j = row + 1; j < row + COLS; j++) {
      max = Math.max(max, x[j]);
    }
    return max;
  }
}
