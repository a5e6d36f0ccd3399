package dev.lanes.nn;

import dev.lanes.kernel.Optimizers;
import java.util.Objects;

/**
 * Mini-batch SGD with momentum and L2 weight decay, as in the lecture:
 * Δ ← μΔ + (∂L/∂W + λW); W ← W − ηΔ. Weight decay applies to the weights, and to the biases
 * only when {@link #decayBiases(boolean)} says so. The velocities Δ belong to the first network
 * passed to {@link #step}; they start at zero and are allocated once.
 */
public final class SgdMomentum {
  private final float momentum;
  private final float weightDecay;
  private boolean decayBiases;
  private LearningRateSchedule schedule;
  private Network network;
  private float[][] weightVelocities;
  private float[][] biasVelocities;
  private long steps;

  /**
   * @param learningRate η, constant unless {@link #schedule} replaces it
   * @param momentum μ in [0, 1)
   * @param weightDecay λ >= 0
   */
  public SgdMomentum(float learningRate, float momentum, float weightDecay) {
    if (!(momentum >= 0 && momentum < 1)) {
      throw new IllegalArgumentException("momentum=" + momentum + " must be in [0, 1)");
    }
    if (!(weightDecay >= 0) || !Float.isFinite(weightDecay)) {
      throw new IllegalArgumentException("weightDecay=" + weightDecay + " must be finite and >= 0");
    }
    this.schedule = LearningRateSchedule.constant(learningRate);
    this.momentum = momentum;
    this.weightDecay = weightDecay;
  }

  /** Whether λ also decays the biases (false by default). */
  public SgdMomentum decayBiases(boolean decay) {
    this.decayBiases = decay;
    return this;
  }

  /** Replaces the constant learning rate with a schedule. */
  public SgdMomentum schedule(LearningRateSchedule schedule) {
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    return this;
  }

  /** The number of updates made so far. */
  public long steps() {
    return steps;
  }

  /** One update from the gradients of the network's last backward pass (epoch 0). */
  public void step(Network network) {
    step(network, 0);
  }

  /** One update from the gradients of the network's last backward pass. */
  public void step(Network network, int epoch) {
    float eta = schedule.learningRate(epoch, steps);
    if (!(eta >= 0) || !Float.isFinite(eta)) {
      throw new IllegalStateException("the schedule gave learningRate=" + eta + " at epoch="
          + epoch + ", step=" + steps + "; it must be finite and >= 0");
    }
    bind(network);
    for (int k = 0; k < network.layerCount(); k++) {
      DenseLayer layer = network.layerAt(k);
      // Δ ← μΔ + (∂L/∂W + λW); W ← W − ηΔ
      Optimizers.sgdMomentum(eta, momentum, weightDecay, layer.weights, 0,
          layer.weightGradient, 0, weightVelocities[k], 0, layer.weights.length);
      // the same for b, with λ only when biases decay
      Optimizers.sgdMomentum(eta, momentum, decayBiases ? weightDecay : 0f, layer.biases, 0,
          layer.biasGradient, 0, biasVelocities[k], 0, layer.biases.length);
    }
    steps++;
  }

  private void bind(Network target) {
    if (network == target) {
      return;
    }
    if (network != null) {
      throw new IllegalArgumentException("this optimizer holds the velocities of another"
          + " network; create one optimizer per network");
    }
    int layers = target.layerCount();
    weightVelocities = new float[layers][];
    biasVelocities = new float[layers][];
    for (int k = 0; k < layers; k++) {
      weightVelocities[k] = new float[target.layerAt(k).weights.length];
      biasVelocities[k] = new float[target.layerAt(k).biases.length];
    }
    network = target;
  }
}
