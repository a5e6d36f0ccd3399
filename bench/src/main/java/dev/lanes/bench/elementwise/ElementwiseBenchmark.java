package dev.lanes.bench.elementwise;

import dev.lanes.kernel.Activations;
import dev.lanes.kernel.Elementwise;
import dev.lanes.kernel.internal.ActivationKernel;
import dev.lanes.kernel.internal.ElementwiseKernel;
import dev.lanes.kernel.internal.ScalarActivation;
import dev.lanes.kernel.internal.ScalarElementwise;
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
 * ReLU, leaky ReLU, Hadamard product, add, scale, axpy and bias add over n floats, 1 thread:
 * Lanes, the scalar twin and the plain loop C2 auto-vectorizes, with System.arraycopy of the
 * same n floats as the bandwidth reference. The bias add works on rows of 256 (n/256 rows).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ElementwiseBenchmark {
  private static final int COLS = 256;
  private static final ElementwiseKernel SCALAR = new ScalarElementwise();
  private static final ActivationKernel SCALAR_ACTIVATION = new ScalarActivation();
  private static final float SLOPE = 0.01f;

  @Param({"1024", "65536", "16777216"})
  public int n;

  private float[] x;
  private float[] y;
  private float[] z;
  private float[] bias;
  /** The in-place scale multiplies by −1: the array keeps its magnitudes however often. */
  private float flip = -1f;

  @Setup
  public void setUp() {
    x = BenchArrays.uniform(n, -1, 1, 3);
    y = BenchArrays.uniform(n, -1, 1, 4);
    z = new float[n];
    bias = BenchArrays.uniform(COLS, -1, 1, 5);
  }

  @Benchmark
  public float[] copy() {
    System.arraycopy(x, 0, z, 0, n);
    return z;
  }

  @Benchmark
  public float[] reluLanes() {
    Activations.relu(x, 0, z, 0, n);
    return z;
  }

  @Benchmark
  public float[] reluPlainLoop() {
    for (int i = 0; i < n; i++) {
      z[i] = Math.max(x[i], 0f);
    }
    return z;
  }

  @Benchmark
  public float[] reluScalarTwin() {
    SCALAR_ACTIVATION.relu(x, 0, z, 0, n);
    return z;
  }

  @Benchmark
  public float[] leakyReluLanes() {
    Activations.leakyRelu(SLOPE, x, 0, z, 0, n);
    return z;
  }

  @Benchmark
  public float[] leakyReluScalarTwin() {
    SCALAR_ACTIVATION.leakyRelu(SLOPE, x, 0, z, 0, n);
    return z;
  }

  @Benchmark
  public float[] leakyReluPlainLoop() {
    for (int i = 0; i < n; i++) {
      z[i] = x[i] > 0 ? x[i] : SLOPE * x[i];
    }
    return z;
  }

  @Benchmark
  public float[] hadamardLanes() {
    Elementwise.hadamard(x, 0, y, 0, z, 0, n);
    return z;
  }

  @Benchmark
  public float[] hadamardScalarTwin() {
    SCALAR.hadamard(x, 0, y, 0, z, 0, n);
    return z;
  }

  @Benchmark
  public float[] hadamardPlainLoop() {
    for (int i = 0; i < n; i++) {
      z[i] = x[i] * y[i];
    }
    return z;
  }

  @Benchmark
  public float[] addLanes() {
    Elementwise.add(x, 0, y, 0, z, 0, n);
    return z;
  }

  @Benchmark
  public float[] addScalarTwin() {
    SCALAR.add(x, 0, y, 0, z, 0, n);
    return z;
  }

  @Benchmark
  public float[] addPlainLoop() {
    for (int i = 0; i < n; i++) {
      z[i] = x[i] + y[i];
    }
    return z;
  }

  @Benchmark
  public float[] scaleLanes() {
    Elementwise.scale(flip, x, 0, n);
    return x;
  }

  @Benchmark
  public float[] scaleScalarTwin() {
    SCALAR.scale(flip, x, 0, x, 0, n);
    return x;
  }

  @Benchmark
  public float[] scalePlainLoop() {
    for (int i = 0; i < n; i++) {
      x[i] *= flip;
    }
    return x;
  }

  /** y ← 1e-9·x + y: y stays bounded however often it runs. */
  @Benchmark
  public float[] axpyLanes() {
    Elementwise.axpy(1e-9f, x, 0, y, 0, n);
    return y;
  }

  @Benchmark
  public float[] axpyScalarTwin() {
    SCALAR.axpy(1e-9f, x, 0, y, 0, n);
    return y;
  }

  @Benchmark
  public float[] axpyPlainLoop() {
    for (int i = 0; i < n; i++) {
      y[i] += 1e-9f * x[i];
    }
    return y;
  }

  /** z ← z + bias per row: each element grows by its bias, bounded for a benchmark run. */
  @Benchmark
  public float[] biasAddLanes() {
    Elementwise.addBias(n / COLS, COLS, bias, 0, z, 0, COLS);
    return z;
  }

  @Benchmark
  public float[] biasAddScalarTwin() {
    for (int r = 0; r < n / COLS; r++) {
      SCALAR.add(z, r * COLS, bias, 0, z, r * COLS, COLS);
    }
    return z;
  }

  @Benchmark
  public float[] biasAddPlainLoop() {
    for (int r = 0; r < n / COLS; r++) {
      for (int j = 0; j < COLS; j++) {
        z[r * COLS + j] += bias[j];
      }
    }
    return z;
  }
}
