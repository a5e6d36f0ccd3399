package dev.lanes.nn;

import java.util.Arrays;

/**
 * Rows of float inputs, row-major {@code [rows × features]}, each with an integer class label
 * (classification) or a row of float targets (regression). Immutable: the arrays are copied in
 * and never handed out.
 */
public final class Dataset {
  private final int rows;
  private final int features;
  private final float[] inputs;
  private final int[] labels;
  private final int classes;
  private final float[] targets;
  private final int targetSize;

  private Dataset(int rows, int features, float[] inputs, int[] labels, int classes,
      float[] targets, int targetSize) {
    this.rows = rows;
    this.features = features;
    this.inputs = inputs;
    this.labels = labels;
    this.classes = classes;
    this.targets = targets;
    this.targetSize = targetSize;
  }

  /** Rows of {@code features} inputs with labels in {@code 0 .. classes-1}. */
  public static Dataset classification(float[] inputs, int features, int[] labels, int classes) {
    Checks.requirePositive("features", features);
    Checks.requirePositive("classes", classes);
    Checks.requireLength("inputs", inputs, labels.length * features);
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= classes) {
        throw new IllegalArgumentException(
            "labels[" + i + "]=" + labels[i] + " must be in 0.." + (classes - 1));
      }
    }
    return new Dataset(labels.length, features, inputs.clone(), labels.clone(), classes, null, 0);
  }

  /** Rows of {@code features} inputs with {@code targetSize} float targets each. */
  public static Dataset regression(float[] inputs, int features, float[] targets,
      int targetSize) {
    Checks.requirePositive("features", features);
    Checks.requirePositive("targetSize", targetSize);
    if (targets.length % targetSize != 0) {
      throw new IllegalArgumentException("targets.length=" + targets.length
          + " must be a multiple of targetSize=" + targetSize);
    }
    int rows = targets.length / targetSize;
    Checks.requireLength("inputs", inputs, rows * features);
    return new Dataset(rows, features, inputs.clone(), null, 0, targets.clone(), targetSize);
  }

  public int rows() {
    return rows;
  }

  public int features() {
    return features;
  }

  /** True for integer labels, false for float targets. */
  public boolean isClassification() {
    return labels != null;
  }

  /** The number of classes (classification only). */
  public int classes() {
    requireClassification();
    return classes;
  }

  /** The number of targets per row (regression only). */
  public int targetSize() {
    if (targets == null) {
      throw new IllegalStateException("a classification data set has labels, not targets");
    }
    return targetSize;
  }

  /** A copy of the inputs, row-major {@code [rows × features]}. */
  public float[] inputs() {
    return inputs.clone();
  }

  /** A copy of the labels. */
  public int[] labels() {
    requireClassification();
    return labels.clone();
  }

  /** A copy of the targets, row-major {@code [rows × targetSize]}. */
  public float[] targets() {
    targetSize();
    return targets.clone();
  }

  /** Rows {@code from .. to-1} as a new data set. */
  public Dataset slice(int from, int to) {
    if (from < 0 || to > rows || from > to) {
      throw new IllegalArgumentException(
          "slice from=" + from + " to=" + to + " must satisfy 0 <= from <= to <= rows=" + rows);
    }
    float[] sliceInputs = Arrays.copyOfRange(inputs, from * features, to * features);
    return labels != null
        ? new Dataset(to - from, features, sliceInputs, Arrays.copyOfRange(labels, from, to),
            classes, null, 0)
        : new Dataset(to - from, features, sliceInputs, null, 0,
            Arrays.copyOfRange(targets, from * targetSize, to * targetSize), targetSize);
  }

  // Package-private views without copies, for the trainer and the evaluation.
  float[] inputArray() {
    return inputs;
  }

  int[] labelArray() {
    return labels;
  }

  float[] targetArray() {
    return targets;
  }

  private void requireClassification() {
    if (labels == null) {
      throw new IllegalStateException("a regression data set has targets, not labels");
    }
  }
}
