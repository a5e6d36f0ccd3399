package dev.lanes.bench;

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
 * Copy bandwidth, the reference line for the elementwise kernels: System.arraycopy of a float
 * array (read n, write n). Elements/ns = size / time; the sizes sit in L1, L2 and beyond.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class CopyBenchmark {
  @Param({"4096", "65536", "1048576"})
  public int size;

  private float[] source;
  private float[] target;

  @Setup
  public void setUp() {
    source = new float[size];
    target = new float[size];
    for (int i = 0; i < size; i++) {
      source[i] = i;
    }
  }

  @Benchmark
  public float[] copy() {
    System.arraycopy(source, 0, target, 0, size);
    return target;
  }
}
