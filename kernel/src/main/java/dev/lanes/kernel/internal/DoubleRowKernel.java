package dev.lanes.kernel.internal;

/**
 * GEMM with a single row of C (m = 1), the shape of batch-1 inference: memory-bound on B, so
 * B is streamed once in place instead of packed. x holds op(A)'s row, contiguous from
 * {@code xOffset}.
 */
public interface DoubleRowKernel {
  /**
   * c[j] ← fma(Σ_p x[p]·B[p][j], alpha, addend[j]) for j in [0, n), B row-major k x n with
   * leading dimension ldb, streamed row by row with the partial sums in {@code sums[0, n)};
   * the sum is an fma chain over p, restarted every {@code kc} depth steps exactly as the tile
   * microkernel does, so both give the same bits. The addend is C itself, or zeros when
   * {@code overwrite} (C is then not read); after the first {@code kc} steps it is always C.
   */
  void rowTimesMatrix(int n, int k, int kc, double alpha, double[] x, int xOffset,
      double[] b, int bOffset, int ldb, boolean overwrite, double[] c, int cOffset,
      double[] sums);

  /**
   * Elements of the scratch array {@link #rowTimesTransposed} needs: four vectors of the widest
   * species.
   */
  int LANE_SUMS = 4 * 512 / Double.SIZE;

  /**
   * c[j] ← fma(dot_j, alpha, overwrite ? 0 : c[j]) for j in [0, n), B row-major n x k: dot
   * products along contiguous rows. With L the lanes of the vector kernel this twin stands for
   * and K = k − k mod L, each dot product is L fma chains, lane l over p = l, l + L, … below K,
   * then those L partial sums added in lane order, then the chain continued over p in
   * [K, k). The rounding thus depends on L (within the same error bound), but never on which
   * twin ran. {@code laneSums} is scratch of at least {@link #LANE_SUMS} elements.
   */
  void rowTimesTransposed(int n, int k, double alpha, double[] x, int xOffset,
      double[] b, int bOffset, int ldb, boolean overwrite, double[] c, int cOffset,
      double[] laneSums);
}
