package dev.lanes.bench;

import dev.lanes.kernel.Transpose;

/**
 * The shape of one benchmarked product C = op(A)·op(B), row-major: C is m x n, op(A) m x k,
 * op(B) k x n. Named by the JMH parameter {@code size}: a square size ("1024") or one of the
 * three products of a dense layer 1024 → 1024 at batch 256 (DESIGN.md, principle 6).
 */
public record GemmShape(String name, Transpose transA, Transpose transB, int m, int n, int k) {

  /** Forward Z = H·Wᵀ: H is 256 x 1024, W is 1024 x 1024. */
  public static final String DENSE_FORWARD = "dense-forward";
  /** Weight gradient dW = δᵀ·H: δ is 256 x 1024 (batch rows), H is 256 x 1024. */
  public static final String DENSE_WEIGHT_GRADIENT = "dense-weight-grad";
  /** Error for the layer below δ·W: δ is 256 x 1024, W is 1024 x 1024. */
  public static final String DENSE_BACKWARD = "dense-backward";

  private static final int BATCH = 256;
  private static final int FEATURES = 1024;

  /**
   * The shape named by {@code size}.
   *
   * @throws IllegalArgumentException if it is neither a positive integer nor a dense-layer name
   */
  public static GemmShape parse(String size) {
    switch (size) {
      case DENSE_FORWARD:
        return new GemmShape(size, Transpose.NO_TRANS, Transpose.TRANS, BATCH, FEATURES, FEATURES);
      case DENSE_WEIGHT_GRADIENT:
        return new GemmShape(size, Transpose.TRANS, Transpose.NO_TRANS, FEATURES, FEATURES, BATCH);
      case DENSE_BACKWARD:
        return new GemmShape(size, Transpose.NO_TRANS, Transpose.NO_TRANS, BATCH, FEATURES,
            FEATURES);
      default:
        int n;
        try {
          n = Integer.parseInt(size);
        } catch (NumberFormatException e) {
          n = -1;
        }
        if (n < 1) {
          throw new IllegalArgumentException("size=" + size + " must be a positive integer or one of "
              + DENSE_FORWARD + ", " + DENSE_WEIGHT_GRADIENT + ", " + DENSE_BACKWARD);
        }
        return new GemmShape(size, Transpose.NO_TRANS, Transpose.NO_TRANS, n, n, n);
    }
  }

  /** Whether this is a square product (as opposed to a dense-layer one). */
  public boolean isSquare() {
    return transA == Transpose.NO_TRANS && transB == Transpose.NO_TRANS && m == n && n == k
        && String.valueOf(n).equals(name);
  }

  /** Floating-point operations of one product: 2mnk. */
  public double flops() {
    return 2.0 * m * n * k;
  }

  /** Rows of A as stored: k when A is transposed, else m. */
  public int aRows() {
    return transA == Transpose.NO_TRANS ? m : k;
  }

  /** Leading dimension of A as stored (its column count). */
  public int lda() {
    return transA == Transpose.NO_TRANS ? k : m;
  }

  /** Rows of B as stored: n when B is transposed, else k. */
  public int bRows() {
    return transB == Transpose.NO_TRANS ? k : n;
  }

  /** Leading dimension of B as stored (its column count). */
  public int ldb() {
    return transB == Transpose.NO_TRANS ? n : k;
  }

  /** Index of op(A)[i][p] in the row-major array of A. */
  public int aIndex(int i, int p) {
    return transA == Transpose.NO_TRANS ? i * lda() + p : p * lda() + i;
  }

  /** Index of op(B)[p][j] in the row-major array of B. */
  public int bIndex(int p, int j) {
    return transB == Transpose.NO_TRANS ? p * ldb() + j : j * ldb() + p;
  }
}
