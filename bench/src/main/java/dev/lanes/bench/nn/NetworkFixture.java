package dev.lanes.bench.nn;

import dev.lanes.kernel.Activation;
import dev.lanes.nn.Loss;
import dev.lanes.nn.Network;
import dev.lanes.nn.NetworkBuilder;
import java.util.SplittableRandom;

/** The benchmarked networks (ReLU hidden layers, softmax cross-entropy) and random batches. */
final class NetworkFixture {
  private NetworkFixture() {}

  /** {@code sizes} like "784-1024-1024-10": ReLU on every layer but the last. */
  static Network network(String sizes) {
    String[] parts = sizes.split("-");
    NetworkBuilder builder = Network.builder(Integer.parseInt(parts[0]));
    for (int k = 1; k < parts.length; k++) {
      builder.dense(Integer.parseInt(parts[k]),
          k == parts.length - 1 ? Activation.IDENTITY : Activation.RELU);
    }
    return builder.loss(Loss.SOFTMAX_CROSS_ENTROPY).seed(42).build();
  }

  static float[] inputs(int rows, int features) {
    SplittableRandom random = new SplittableRandom(7);
    float[] inputs = new float[rows * features];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = (float) random.nextDouble();
    }
    return inputs;
  }

  static int[] labels(int rows, int classes) {
    SplittableRandom random = new SplittableRandom(8);
    int[] labels = new int[rows];
    for (int i = 0; i < rows; i++) {
      labels[i] = random.nextInt(classes);
    }
    return labels;
  }
}
