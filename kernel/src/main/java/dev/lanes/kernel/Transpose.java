package dev.lanes.kernel;

/** Whether a GEMM operand is used as stored ({@link #NO_TRANS}) or transposed ({@link #TRANS}). */
public enum Transpose {
  /** op(X) = X. */
  NO_TRANS,
  /** op(X) = Xᵀ. */
  TRANS
}
