package dev.lanes.bench.elementwise;

import dev.lanes.kernel.Elementwise;
import dev.lanes.kernel.Losses;
import dev.lanes.kernel.internal.ElementwiseKernel;
import dev.lanes.kernel.internal.ScalarElementwise;
import java.util.Arrays;
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
 * The sum of squares, the column sums of a matrix (the bias gradient) and the mean squared
 * error with its gradient over n floats, the matrices in rows of 256, 1 thread: Lanes, the
 * scalar twin (row by row where Lanes works row by row) and the plain loop.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ReductionBenchmark {
  private static final int COLS = 256;
  private static final ElementwiseKernel SCALAR = new ScalarElementwise();

  @Param({"1024", "65536", "16777216"})
  public int n;

  private int rows;
  private float[] x;
  private float[] target;
  private float[] gradient;
  private float[] sums;

  @Setup
  public void setUp() {
    rows = n / COLS;
    x = BenchArrays.uniform(n, -1, 1, 10);
    target = BenchArrays.uniform(n, -1, 1, 11);
    gradient = new float[n];
    sums = new float[COLS];
  }

  @Benchmark
  public double sumOfSquaresLanes() {
    return Elementwise.sumOfSquares(x, 0, n);
  }

  @Benchmark
  public double sumOfSquaresScalarTwin() {
    return SCALAR.sumOfSquares(x, 0, n);
  }

  @Benchmark
  public double sumOfSquaresPlainLoop() {
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += x[i] * x[i];
    }
    return total;
  }

  @Benchmark
  public float[] columnSumsLanes() {
    Elementwise.columnSums(rows, COLS, x, 0, COLS, sums, 0);
    return sums;
  }

  @Benchmark
  public float[] columnSumsScalarTwin() {
    System.arraycopy(x, 0, sums, 0, COLS);
    for (int i = 1; i < rows; i++) {
      SCALAR.add(sums, 0, x, i * COLS, sums, 0, COLS);
    }
    return sums;
  }

  @Benchmark
  public float[] columnSumsPlainLoop() {
    Arrays.fill(sums, 0f);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < COLS; j++) {
        sums[j] += x[i * COLS + j];
      }
    }
    return sums;
  }

  /** The mean of (x − target)² and its gradient 2(x − target)/n. */
  @Benchmark
  public double squaredErrorLanes() {
    return Losses.meanSquaredError(rows, COLS, x, 0, COLS, target, 0, COLS, gradient, 0, COLS);
  }

  @Benchmark
  public double squaredErrorScalarTwin() {
    float scale = 2f / n;
    double total = 0;
    for (int i = 0; i < rows; i++) {
      total += SCALAR.squaredError(x, i * COLS, target, i * COLS, gradient, i * COLS, scale,
          COLS);
    }
    return total / n;
  }

  @Benchmark
  public double squaredErrorPlainLoop() {
    float scale = 2f / n;
    double total = 0;
    for (int i = 0; i < n; i++) {
      float d = x[i] - target[i];
      total += d * d;
      gradient[i] = scale * d;
    }
    return total / n;
  }
}
