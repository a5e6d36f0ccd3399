package dev.lanes.nn.examples;

import dev.lanes.kernel.Activation;
import dev.lanes.kernel.Kernels;
import dev.lanes.nn.Dataset;
import dev.lanes.nn.Digits;
import dev.lanes.nn.Evaluation;
import dev.lanes.nn.Loss;
import dev.lanes.nn.Network;
import dev.lanes.nn.SgdMomentum;
import dev.lanes.nn.Trainer;
import dev.lanes.nn.TrainingSummary;
import java.util.Locale;

/**
 * Trains 64-64(ReLU)-10 on the digits with softmax cross-entropy, SGD (learning rate 0.1,
 * momentum 0.9, weight decay 1e-4), batch 32, 100 epochs, and prints progress and the test
 * accuracy. Arguments: the seeds to train with (default 1); two warm-up runs (seeds 1000 and
 * 1001) come first.
 *
 * <pre>java --add-modules jdk.incubator.vector -cp kernel/target/classes:nn/target/classes \
 *     dev.lanes.nn.examples.DigitsExample 1 2 3 4 5</pre>
 */
public final class DigitsExample {
  private DigitsExample() {}

  public static void main(String[] args) {
    long[] seeds = args.length == 0 ? new long[] {1} : new long[args.length];
    for (int i = 0; i < args.length; i++) {
      seeds[i] = Long.parseLong(args[i]);
    }
    System.out.println(Kernels.describe());
    Dataset train = Digits.train();
    Dataset test = Digits.test();
    for (int warmUp = 0; warmUp < 2; warmUp++) {
      train(train, test, 1000 + warmUp, new Trainer().silent());
    }
    double sum = 0;
    for (long seed : seeds) {
      // progress lines for the first seed only
      Trainer trainer = seed == seeds[0] ? new Trainer() : new Trainer().silent();
      Evaluation evaluation = train(train, test, seed, trainer);
      sum += evaluation.accuracy();
    }
    if (seeds.length > 1) {
      System.out.printf(Locale.ROOT, "mean test accuracy over %d seeds: %.4f%n", seeds.length,
          sum / seeds.length);
    }
  }

  private static Evaluation train(Dataset train, Dataset test, long seed, Trainer trainer) {
    Network network = Network.builder(Digits.FEATURES)
        .dense(64, Activation.RELU)
        .dense(Digits.CLASSES, Activation.IDENTITY)
        .loss(Loss.SOFTMAX_CROSS_ENTROPY)
        .seed(seed)
        .build();
    SgdMomentum optimizer = new SgdMomentum(0.1f, 0.9f, 1e-4f);
    TrainingSummary summary = trainer.epochs(100).batchSize(32).seed(seed)
        .fit(network, optimizer, train);
    Evaluation evaluation = Evaluation.of(network, test);
    System.out.printf(Locale.ROOT,
        "seed %d: test accuracy %.4f, test loss %.4f (training %.3f s, %,.0f samples/s)%n",
        seed, evaluation.accuracy(), evaluation.loss(), summary.seconds(),
        summary.samplesPerSecond());
    return evaluation;
  }
}
