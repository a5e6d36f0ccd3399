package dev.lanes.bench.nn;

import dev.lanes.kernel.Kernels;
import dev.lanes.nn.Network;
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
 * Inference (forward and softmax) of 784-1024-1024-10 at batch 1 and 256: batches per second
 * (its inverse is the latency) and the "samples" counter in samples per second. PyTorch 1.13
 * on this machine: 0.79 ms at batch 1.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class InferenceBenchmark {
  @Param({"1", "256"})
  public int batch;

  @Param({"1", "2"})
  public int threads;

  private Network network;
  private float[] inputs;
  private float[] outputs;

  @Setup
  public void setUp() {
    Kernels.setThreads(threads);
    Kernels.awaitWarmup(Duration.ofMinutes(2));
    network = NetworkFixture.network("784-1024-1024-10");
    inputs = NetworkFixture.inputs(batch, network.inputSize());
    outputs = new float[batch * network.outputSize()];
  }

  @Benchmark
  public float[] predict(SampleCounter counter) {
    counter.samples += batch;
    network.predict(inputs, 0, batch, outputs, 0);
    return outputs;
  }
}
