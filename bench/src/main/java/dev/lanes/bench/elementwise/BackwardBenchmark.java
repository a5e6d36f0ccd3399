package dev.lanes.bench.elementwise;

import dev.lanes.kernel.Activations;
import dev.lanes.kernel.Elementwise;
import dev.lanes.kernel.internal.ActivationKernel;
import dev.lanes.kernel.internal.ScalarActivation;
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
 * The fused backward delta = upstream ∘ g'(h) of the sigmoid, tanh, ReLU and leaky ReLU over n
 * floats, 1 thread: Lanes, its scalar twin, the plain fused loop, and (sigmoid, tanh) the passes
 * it replaces (g'(h) into a workspace, then the Hadamard product). It moves 12 bytes per
 * element (two reads, one write); System.arraycopy of the same n floats moves 8 and is the
 * bandwidth reference: fused bytes/ns = 12n / (ns/op), copy bytes/ns = 8n / (ns/op).
 *
 * <p>The {@code InPlace} variants write delta over the upstream gradient, as the nn module's
 * backward pass does. They move the same 12 bytes an element, but the written lines are already
 * in cache, so no line is read for ownership before it is written, which a separate delta
 * array costs and JDK 25's System.arraycopy avoids (on x86 with AVX-512, for copies of 2.5 MB
 * or more; see the README). The in-place gradient shrinks with every call (g' is at most 1/4
 * for the sigmoid, below 1 for tanh) until it is mostly zeros; a multiplication takes the same
 * time whatever its operands, but for subnormals, which pass in a few calls.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class BackwardBenchmark {
  private static final ActivationKernel SCALAR = new ScalarActivation();
  private static final float SLOPE = 0.01f;

  @Param({"1024", "65536", "16777216"})
  public int n;

  private float[] upstream;
  private float[] h;
  private float[] delta;
  private float[] derivative;
  /** The upstream gradient that the in-place variants overwrite with delta. */
  private float[] gradient;

  @Setup
  public void setUp() {
    upstream = BenchArrays.uniform(n, -1, 1, 1);
    h = BenchArrays.uniform(n, -1, 1, 2);
    delta = new float[n];
    derivative = new float[n];
    gradient = BenchArrays.uniform(n, -1, 1, 1);
  }

  @Benchmark
  public float[] copy() {
    System.arraycopy(upstream, 0, delta, 0, n);
    return delta;
  }

  @Benchmark
  public float[] sigmoidLanes() {
    Activations.sigmoidBackward(upstream, 0, h, 0, delta, 0, n);
    return delta;
  }

  @Benchmark
  public float[] sigmoidScalarTwin() {
    SCALAR.sigmoidBackward(upstream, 0, h, 0, delta, 0, n);
    return delta;
  }

  @Benchmark
  public float[] sigmoidPlainLoop() {
    for (int i = 0; i < n; i++) {
      delta[i] = upstream[i] * (h[i] * (1 - h[i]));
    }
    return delta;
  }

  @Benchmark
  public float[] sigmoidSeparatePasses() {
    for (int i = 0; i < n; i++) {
      derivative[i] = h[i] * (1 - h[i]);
    }
    Elementwise.hadamard(upstream, 0, derivative, 0, delta, 0, n);
    return delta;
  }

  @Benchmark
  public float[] sigmoidLanesInPlace() {
    Activations.sigmoidBackward(gradient, 0, h, 0, gradient, 0, n);
    return gradient;
  }

  @Benchmark
  public float[] sigmoidPlainLoopInPlace() {
    for (int i = 0; i < n; i++) {
      gradient[i] *= h[i] * (1 - h[i]);
    }
    return gradient;
  }

  @Benchmark
  public float[] tanhLanes() {
    Activations.tanhBackward(upstream, 0, h, 0, delta, 0, n);
    return delta;
  }

  @Benchmark
  public float[] tanhScalarTwin() {
    SCALAR.tanhBackward(upstream, 0, h, 0, delta, 0, n);
    return delta;
  }

  @Benchmark
  public float[] tanhPlainLoop() {
    for (int i = 0; i < n; i++) {
      delta[i] = upstream[i] * (1 - h[i] * h[i]);
    }
    return delta;
  }

  @Benchmark
  public float[] tanhSeparatePasses() {
    for (int i = 0; i < n; i++) {
      derivative[i] = 1 - h[i] * h[i];
    }
    Elementwise.hadamard(upstream, 0, derivative, 0, delta, 0, n);
    return delta;
  }

  @Benchmark
  public float[] tanhLanesInPlace() {
    Activations.tanhBackward(gradient, 0, h, 0, gradient, 0, n);
    return gradient;
  }

  @Benchmark
  public float[] reluLanes() {
    Activations.reluBackward(upstream, 0, h, 0, delta, 0, n);
    return delta;
  }

  @Benchmark
  public float[] reluScalarTwin() {
    SCALAR.reluBackward(upstream, 0, h, 0, delta, 0, n);
    return delta;
  }

  @Benchmark
  public float[] reluPlainLoop() {
    for (int i = 0; i < n; i++) {
      delta[i] = h[i] > 0 ? upstream[i] : 0f;
    }
    return delta;
  }

  @Benchmark
  public float[] leakyReluLanes() {
    Activations.leakyReluBackward(SLOPE, upstream, 0, h, 0, delta, 0, n);
    return delta;
  }

  @Benchmark
  public float[] leakyReluScalarTwin() {
    SCALAR.leakyReluBackward(SLOPE, upstream, 0, h, 0, delta, 0, n);
    return delta;
  }

  @Benchmark
  public float[] leakyReluPlainLoop() {
    for (int i = 0; i < n; i++) {
      delta[i] = upstream[i] * (h[i] > 0 ? 1f : SLOPE);
    }
    return delta;
  }
}
