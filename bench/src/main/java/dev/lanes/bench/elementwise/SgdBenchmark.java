package dev.lanes.bench.elementwise;

import dev.lanes.kernel.Elementwise;
import dev.lanes.kernel.Optimizers;
import dev.lanes.kernel.internal.ElementwiseKernel;
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
 * The fused SGD update Δ ← μΔ + (g + λw); w ← w − ηΔ over n parameters, 1 thread: Lanes,
 * its scalar twin, the plain fused loop, and the four passes it replaces (scale Δ by μ, add
 * λw, add g, subtract ηΔ from w). It moves 20 bytes per element (reads w, g, Δ; writes Δ, w);
 * System.arraycopy of n floats moves 8: fused bytes/ns = 20n / (ns/op).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class SgdBenchmark {
  private static final float ETA = 1e-6f;
  private static final float MU = 0.5f;
  private static final float LAMBDA = 1e-4f;
  private static final ElementwiseKernel SCALAR = new ScalarElementwise();

  @Param({"1024", "65536", "16777216"})
  public int n;

  private float[] w;
  private float[] g;
  private float[] velocity;
  private float[] target;

  @Setup
  public void setUp() {
    w = BenchArrays.uniform(n, -1, 1, 6);
    g = BenchArrays.uniform(n, -1, 1, 7);
    velocity = new float[n];
    target = new float[n];
  }

  @Benchmark
  public float[] copy() {
    System.arraycopy(w, 0, target, 0, n);
    return target;
  }

  @Benchmark
  public float[] fusedLanes() {
    Optimizers.sgdMomentum(ETA, MU, LAMBDA, w, 0, g, 0, velocity, 0, n);
    return w;
  }

  @Benchmark
  public float[] fusedScalarTwin() {
    SCALAR.sgdMomentum(ETA, MU, LAMBDA, w, 0, g, 0, velocity, 0, n);
    return w;
  }

  @Benchmark
  public float[] fusedPlainLoop() {
    for (int i = 0; i < n; i++) {
      float v = MU * velocity[i] + (g[i] + LAMBDA * w[i]);
      velocity[i] = v;
      w[i] -= ETA * v;
    }
    return w;
  }

  @Benchmark
  public float[] separatePasses() {
    Elementwise.scale(MU, velocity, 0, n);
    Elementwise.axpy(LAMBDA, w, 0, velocity, 0, n);
    Elementwise.add(velocity, 0, g, 0, velocity, 0, n);
    Elementwise.axpy(-ETA, velocity, 0, w, 0, n);
    return w;
  }
}
