package dev.lanes.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The machine's measured FMA peak on one core through the Vector API: 12 independent FMA chains
 * kept in registers (enough to cover the FMA latency on every x86 core), no memory traffic.
 * Each method counts its floating-point operations (2 per lane per FMA), so the score in
 * ops/ns is GFLOP/s. One method per width, each with a constant species, and JMH forks each
 * method into its own JVM. A call is short (128 rounds) so that the benchmark method is called
 * often enough to reach C2, which inlines the helper with its species as a constant, within a
 * short warmup; the sum at the end is a tree, so its latency costs a few percent at most.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class FmaPeakBenchmark {
  private static final int REPEATS = 128;
  /** FLOPs of one call per lane: 12 chains x REPEATS FMAs x 2. */
  private static final int FLOPS_PER_LANE = 12 * REPEATS * 2;

  // acc ← acc·x + y with x just below 1 converges to y/(1−x): no overflow, no denormals.
  private final float[] floatX = filled(new float[16], 0.999f);
  private final float[] floatY = filled(new float[16], 0.001f);
  private final double[] doubleX = filled(new double[8], 0.999);
  private final double[] doubleY = filled(new double[8], 0.001);

  private static float[] filled(float[] values, float value) {
    Arrays.fill(values, value);
    return values;
  }

  private static double[] filled(double[] values, double value) {
    Arrays.fill(values, value);
    return values;
  }

  @Benchmark
  @OperationsPerInvocation(FLOPS_PER_LANE * 16)
  public float float512() {
    return floatChains(FloatVector.SPECIES_512);
  }

  @Benchmark
  @OperationsPerInvocation(FLOPS_PER_LANE * 8)
  public float float256() {
    return floatChains(FloatVector.SPECIES_256);
  }

  @Benchmark
  @OperationsPerInvocation(FLOPS_PER_LANE * 4)
  public float float128() {
    return floatChains(FloatVector.SPECIES_128);
  }

  @Benchmark
  @OperationsPerInvocation(FLOPS_PER_LANE * 8)
  public double double512() {
    return doubleChains(DoubleVector.SPECIES_512);
  }

  @Benchmark
  @OperationsPerInvocation(FLOPS_PER_LANE * 4)
  public double double256() {
    return doubleChains(DoubleVector.SPECIES_256);
  }

  @Benchmark
  @OperationsPerInvocation(FLOPS_PER_LANE * 2)
  public double double128() {
    return doubleChains(DoubleVector.SPECIES_128);
  }

  /** Inlined into each caller, so the species is a constant there and no vector is boxed. */
  @CompilerControl(CompilerControl.Mode.INLINE)
  private float floatChains(VectorSpecies<Float> species) {
    FloatVector x = FloatVector.fromArray(species, floatX, 0);
    FloatVector y = FloatVector.fromArray(species, floatY, 0);
    FloatVector c0 = y, c1 = y, c2 = y, c3 = y, c4 = y, c5 = y;
    FloatVector c6 = y, c7 = y, c8 = y, c9 = y, c10 = y, c11 = y;
    for (int r = 0; r < REPEATS; r++) {
      c0 = c0.fma(x, y);
      c1 = c1.fma(x, y);
      c2 = c2.fma(x, y);
      c3 = c3.fma(x, y);
      c4 = c4.fma(x, y);
      c5 = c5.fma(x, y);
      c6 = c6.fma(x, y);
      c7 = c7.fma(x, y);
      c8 = c8.fma(x, y);
      c9 = c9.fma(x, y);
      c10 = c10.fma(x, y);
      c11 = c11.fma(x, y);
    }
    return c0.add(c1).add(c2.add(c3)).add(c4.add(c5).add(c6.add(c7)))
        .add(c8.add(c9).add(c10.add(c11))).reduceLanes(VectorOperators.ADD);
  }

  @CompilerControl(CompilerControl.Mode.INLINE)
  private double doubleChains(VectorSpecies<Double> species) {
    DoubleVector x = DoubleVector.fromArray(species, doubleX, 0);
    DoubleVector y = DoubleVector.fromArray(species, doubleY, 0);
    DoubleVector c0 = y, c1 = y, c2 = y, c3 = y, c4 = y, c5 = y;
    DoubleVector c6 = y, c7 = y, c8 = y, c9 = y, c10 = y, c11 = y;
    for (int r = 0; r < REPEATS; r++) {
      c0 = c0.fma(x, y);
      c1 = c1.fma(x, y);
      c2 = c2.fma(x, y);
      c3 = c3.fma(x, y);
      c4 = c4.fma(x, y);
      c5 = c5.fma(x, y);
      c6 = c6.fma(x, y);
      c7 = c7.fma(x, y);
      c8 = c8.fma(x, y);
      c9 = c9.fma(x, y);
      c10 = c10.fma(x, y);
      c11 = c11.fma(x, y);
    }
    return c0.add(c1).add(c2.add(c3)).add(c4.add(c5).add(c6.add(c7)))
        .add(c8.add(c9).add(c10.add(c11))).reduceLanes(VectorOperators.ADD);
  }
}
