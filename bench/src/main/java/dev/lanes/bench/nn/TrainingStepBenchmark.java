package dev.lanes.bench.nn;

import dev.lanes.kernel.Kernels;
import dev.lanes.nn.Network;
import dev.lanes.nn.SgdMomentum;
import java.time.Duration;
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
 * One training step (forward, backward, finite check, SGD momentum 0.9 with weight decay
 * 1e-4) of 784-1024-1024-10 at batch 64 and 256 on 1 and 2 threads, and of 64-128-10 at batch
 * 32. The "samples" counter is samples per second. PyTorch 1.13 (CPU, OpenBLAS) on this
 * machine: 9,038 samples/s (784-1024-1024-10, batch 256, 1 thread), 15,609 (2 threads), 5,456
 * (batch 64, 1 thread); about 185,000 for 64-128-10 at batch 32.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class TrainingStepBenchmark {
  @Param({"784-1024-1024-10:64", "784-1024-1024-10:256", "64-128-10:32"})
  public String networkAndBatch;

  @Param({"1", "2"})
  public int threads;

  private Network network;
  private SgdMomentum optimizer;
  private float[] inputs;
  private int[] labels;
  private int batch;

  @Setup
  public void setUp() {
    String[] parts = networkAndBatch.split(":");
    batch = Integer.parseInt(parts[1]);
    Kernels.setThreads(threads);
    Kernels.awaitWarmup(Duration.ofMinutes(2));
    network = NetworkFixture.network(parts[0]);
    optimizer = new SgdMomentum(0.01f, 0.9f, 1e-4f);
    inputs = NetworkFixture.inputs(batch, network.inputSize());
    labels = NetworkFixture.labels(batch, network.outputSize());
  }

  @Benchmark
  public double trainStep(SampleCounter counter) {
    counter.samples += batch;
    return network.trainStep(inputs, labels, batch, optimizer);
  }
}
