package dev.lanes.bench.elementwise;

import dev.lanes.kernel.Activations;
import dev.lanes.kernel.internal.ActivationKernel;
import dev.lanes.kernel.internal.ScalarActivation;
import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
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
 * exp, sigmoid and tanh over n floats in [−8, 8), 1 thread: Lanes (vector twin), its scalar
 * twin, the plain loop over {@link Math}, the JDK's own Vector API EXP/TANH (SVML on x86),
 * and System.arraycopy of the same array as the memory-bandwidth reference. Elements/ns =
 * n / (ns/op).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class TranscendentalBenchmark {
  private static final VectorSpecies<Float> PREFERRED = FloatVector.SPECIES_PREFERRED;
  private static final ActivationKernel SCALAR = new ScalarActivation();

  @Param({"1024", "65536", "16777216"})
  public int n;

  private float[] x;
  private float[] y;

  @Setup
  public void setUp() {
    x = BenchArrays.uniform(n, -8, 8, 42);
    y = new float[n];
  }

  @Benchmark
  public float[] copy() {
    System.arraycopy(x, 0, y, 0, n);
    return y;
  }

  @Benchmark
  public float[] expLanes() {
    Activations.exp(x, 0, y, 0, n);
    return y;
  }

  @Benchmark
  public float[] expScalarTwin() {
    SCALAR.exp(x, 0, y, 0, n);
    return y;
  }

  @Benchmark
  public float[] expMathLoop() {
    for (int i = 0; i < n; i++) {
      y[i] = (float) Math.exp(x[i]);
    }
    return y;
  }

  /** The JDK's own lanewise EXP at the preferred width (n is a multiple of the lanes). */
  @Benchmark
  public float[] expJdkVector() {
    for (int i = 0; i < n; i += PREFERRED.length()) {
      FloatVector.fromArray(PREFERRED, x, i).lanewise(VectorOperators.EXP).intoArray(y, i);
    }
    return y;
  }

  @Benchmark
  public float[] sigmoidLanes() {
    Activations.sigmoid(x, 0, y, 0, n);
    return y;
  }

  @Benchmark
  public float[] sigmoidScalarTwin() {
    SCALAR.sigmoid(x, 0, y, 0, n);
    return y;
  }

  @Benchmark
  public float[] sigmoidMathLoop() {
    for (int i = 0; i < n; i++) {
      y[i] = (float) (1 / (1 + Math.exp(-x[i])));
    }
    return y;
  }

  @Benchmark
  public float[] tanhLanes() {
    Activations.tanh(x, 0, y, 0, n);
    return y;
  }

  @Benchmark
  public float[] tanhScalarTwin() {
    SCALAR.tanh(x, 0, y, 0, n);
    return y;
  }

  @Benchmark
  public float[] tanhMathLoop() {
    for (int i = 0; i < n; i++) {
      y[i] = (float) Math.tanh(x[i]);
    }
    return y;
  }

  /** The JDK's own lanewise TANH at the preferred width. */
  @Benchmark
  public float[] tanhJdkVector() {
    for (int i = 0; i < n; i += PREFERRED.length()) {
      FloatVector.fromArray(PREFERRED, x, i).lanewise(VectorOperators.TANH).intoArray(y, i);
    }
    return y;
  }
}
