package dev.lanes.bench;

import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.linear.BlockRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * commons-math3 3.6.1 as a dgemm peer (it has no float matrices): {@code BlockRealMatrix.multiply},
 * its cache-blocked product. It has no transposed product, so op(A) and op(B) are materialized
 * once in the setup and only the multiply is timed (it allocates C on every call, as it must).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class CommonsMathGemmBenchmark {
  @Param({"64", "256", "1024", GemmShape.DENSE_FORWARD, GemmShape.DENSE_WEIGHT_GRADIENT,
      GemmShape.DENSE_BACKWARD})
  public String size;

  private RealMatrix opA;
  private RealMatrix opB;

  @Setup(Level.Trial)
  public void setUp() {
    GemmShape shape = GemmShape.parse(size);
    GemmOperands operands = GemmOperands.random(shape, Precision.DOUBLE, 42);
    opA = new BlockRealMatrix(shape.m(), shape.k());
    opB = new BlockRealMatrix(shape.k(), shape.n());
    for (int p = 0; p < shape.k(); p++) {
      for (int i = 0; i < shape.m(); i++) {
        opA.setEntry(i, p, operands.aDouble[shape.aIndex(i, p)]);
      }
      for (int j = 0; j < shape.n(); j++) {
        opB.setEntry(p, j, operands.bDouble[shape.bIndex(p, j)]);
      }
    }
    RealMatrix c = commonsMath();
    operands.verify("commons-math3", c::getEntry);
  }

  @Benchmark
  public RealMatrix commonsMath() {
    return opA.multiply(opB);
  }
}
