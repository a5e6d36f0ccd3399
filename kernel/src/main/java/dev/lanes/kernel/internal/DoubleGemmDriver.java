package dev.lanes.kernel.internal;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * The five loops of a BLIS/GotoBLAS GEMM around a {@link DoubleMicrokernel}, for checked
 * arguments: C ← alpha·op(A)·op(B) + beta·C on row-major arrays.
 *
 * <pre>
 * for jc in 0..n step NC        B panel KC x NC, packed once per (jc, pc), lives in L3
 *  for pc in 0..k step KC
 *   for ic in 0..m step MC      A block MC x KC, packed once per (ic, pc), lives in L2
 *    for jg in 0..NC step NR·P   a group of P B micro-panels, together in L2
 *     for ir in 0..MC step MR     one A sliver MR x KC, in L1 across the group
 *      for jr in jg.. step NR      microkernel: an MR x NR tile of C in registers
 * </pre>
 * <p>The A sliver (MR x KC) fits L1 where the B micro-panel (KC x NR) does not, so the sliver
 * meets the P micro-panels of a group in turn; and the tiles it updates lie side by side along
 * C's rows, a sequence the hardware prefetcher can follow, unlike tiles stacked 12 rows apart
 * down C's columns. See {@link BlockSizes} for P and its measured gain. The A blocks of one
 * (jc, pc) are independent: a thread done with its own rectangle of a product may run some of
 * another's ({@link SharedPhases}).
 *
 * <p>When beta == 0 the first rank-KC update overwrites C without reading it; otherwise C is
 * first scaled by beta (unless beta == 1) and every update accumulates C ← C + alpha·Ã·B̃. Tiles cut by
 * the edge of C are computed into a scratch tile and copied, so nothing outside the m x n
 * block is ever written.
 */
public final class DoubleGemmDriver {
  private static final DoubleGemmDriver SCALAR =
      new DoubleGemmDriver(new DoubleScalarMicrokernel(), new DoubleScalarRowKernel(
          VectorSupport.BITS == 0 ? 1 : VectorSupport.BITS / Double.SIZE));
  /** The vector driver, or null when the scalar twins run. */
  private static final DoubleGemmDriver VECTOR = vectorDriver();
  private static final DoubleWarmup WARMUP =
      VECTOR == null ? null
          : DoubleWarmup.start(VECTOR.kernel, SCALAR.kernel, VECTOR.rowKernel, SCALAR.rowKernel);

  /** Column alignment of the threads' shares of a single-row product. */
  private static final int ROW_SPLIT = 64;

  private final DoubleMicrokernel kernel;
  private final DoubleRowKernel rowKernel;
  private final int mr;
  /** Rows of the short tiles that finish an A block whose height is not a multiple of mr. */
  private final int shortMr;
  private final int nr;
  private final int kc;
  private final int mc;
  private final int nc;
  /** Bytes of the B micro-panels one A sliver meets in turn (P panels of KC x NR). */
  private final long panelGroupBytes;
  /** The addend of an update that overwrites C: one row of nr zeros, read with stride 0. */
  private final double[] zeroRow;
  private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(Workspace::new);

  /** Packing buffers of one thread, grown on demand and then reused by every later call. */
  private final class Workspace {
    double[] packedA = new double[0];
    double[] packedB = new double[0];
    double[] edgeTile = new double[0];
    double[] rowSums = new double[0];
    final double[] laneSums = new double[DoubleRowKernel.LANE_SUMS];
    /** The rank-kc update this thread's rectangle is in. */
    final RankUpdate update = new RankUpdate();
  }

  public DoubleGemmDriver(DoubleMicrokernel kernel, DoubleRowKernel rowKernel) {
    this.kernel = kernel;
    this.rowKernel = rowKernel;
    this.mr = kernel.mr();
    this.shortMr = kernel.shortMr();
    this.nr = kernel.nr();
    this.kc = Math.max(1, BlockSizes.DOUBLE_KC);
    this.mc = roundUp(Math.max(1, BlockSizes.DOUBLE_MC), mr);
    this.nc = roundUp(Math.max(1, BlockSizes.DOUBLE_NC), nr);
    this.panelGroupBytes = BlockSizes.PANEL_GROUP_BYTES;
    this.zeroRow = new double[nr];
  }

  private static DoubleGemmDriver vectorDriver() {
    DoubleMicrokernel kernel = VectorSupport.select(DoubleMicrokernel.class,
        "dev.lanes.kernel.vector.DoubleVectorMicrokernel", null);
    DoubleRowKernel rowKernel = VectorSupport.select(DoubleRowKernel.class,
        "dev.lanes.kernel.vector.DoubleVectorRowKernel", null);
    return kernel == null || rowKernel == null ? null
        : new DoubleGemmDriver(kernel, rowKernel);
  }

  /**
   * The driver GEMM uses now: the vector one once its microkernel is compiled (see
   * {@link DoubleWarmup}), the scalar twin before that or when vectors are off.
   */
  public static DoubleGemmDriver selected() {
    return WARMUP != null && WARMUP.vectorReady() ? VECTOR : SCALAR;
  }

  /**
   * Waits for the vector microkernel's warm-up; returns whether the vector driver is in use
   * (false at once when vectors are off).
   */
  public static boolean awaitVector(long timeout, TimeUnit unit) throws InterruptedException {
    return WARMUP != null && WARMUP.await(timeout, unit);
  }

  /** Whether dgemm stays scalar because its vector kernel never beat the scalar twin. */
  public static boolean vectorGaveUp() {
    return WARMUP != null && WARMUP.gaveUp();
  }

  /** The microkernel this driver runs. */
  public DoubleMicrokernel kernel() {
    return kernel;
  }

  /** C ← alpha·op(A)·op(B) + beta·C; the arguments have been checked. */
  public void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha,
      double[] a, int aOffset, int lda, double[] b, int bOffset, int ldb, double beta,
      double[] c, int cOffset, int ldc) {
    if (m == 0 || n == 0) {
      return;
    }
    if (alpha == 0 || k == 0) {
      if (beta != 1) {
        scale(m, n, beta, c, cOffset, ldc);
      }
    } else if ((long) m * n * k <= BlockSizes.DIRECT_MAX_VOLUME) {
      direct(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c,
          cOffset, ldc);
    } else if (m == 1 && (!transA || lda == 1)) {
      singleRow(transB, n, k, alpha, a, aOffset, b, bOffset, ldb, beta, c, cOffset);
    } else if (!GemmThreads.worthSplitting(m, n, k, mr, nr)) {
      blocked(transA, transB, 0, m, 0, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c,
          cOffset, ldc, SharedPhases.ALONE);
    } else {
      GemmThreads.run(m, n, k, mr, nr, (rowStart, rowEnd, colStart, colEnd, phases) -> blocked(
          transA, transB, rowStart, rowEnd - rowStart, colStart, colEnd - colStart, k, alpha,
          a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc, phases));
    }
  }

  /**
   * One row of C (m = 1, op(A)'s row contiguous): memory-bound on B, which is streamed once
   * in place; the columns are split across threads.
   */
  private void singleRow(boolean transB, int n, int k, double alpha, double[] x, int xOffset,
      double[] b, int bOffset, int ldb, double beta, double[] c, int cOffset) {
    if (beta != 0 && beta != 1) {
      scale(1, n, beta, c, cOffset, n);
    }
    boolean overwrite = beta == 0;
    GemmThreads.run(1, n, k, 1, ROW_SPLIT, (rowStart, rowEnd, colStart, colEnd, phases) -> {
      Workspace work = workspaces.get();
      if (transB) {
        rowKernel.rowTimesTransposed(colEnd - colStart, k, alpha, x, xOffset, b,
            bOffset + colStart * ldb, ldb, overwrite, c, cOffset + colStart, work.laneSums);
      } else {
        if (work.rowSums.length < colEnd - colStart) {
          work.rowSums = new double[colEnd - colStart];
        }
        rowKernel.rowTimesMatrix(colEnd - colStart, k, kc, alpha, x, xOffset,
            b, bOffset + colStart, ldb, overwrite, c, cOffset + colStart, work.rowSums);
      }
    });
  }

  /** C ← beta·C, where beta == 0 writes zeros without reading C. */
  private static void scale(int m, int n, double beta, double[] c, int cOffset, int ldc) {
    for (int i = 0; i < m; i++) {
      int row = cOffset + i * ldc;
      if (beta == 0) {
        Arrays.fill(c, row, row + n, 0);
      } else {
        for (int j = 0; j < n; j++) {
          c[row + j] = beta * c[row + j];
        }
      }
    }
  }

  /**
   * The rectangle rows [row0, row0+m) x columns [col0, col0+n) of the product, through packed
   * panels; the A blocks of each rank-kc update run through {@code phases}, so that idle
   * threads of the product can take some.
   */
  private void blocked(boolean transA, boolean transB, int row0, int m, int col0, int n, int k,
      double alpha, double[] a, int aOffset, int lda, double[] b, int bOffset, int ldb,
      double beta, double[] c, int cOffset, int ldc, SharedPhases.PhaseRunner phases) {
    Workspace work = workspace(Math.min(m, mc), Math.min(n, nc), Math.min(k, kc));
    if (beta != 0 && beta != 1) {
      scale(m, n, beta, c, cOffset + row0 * ldc + col0, ldc);
    }
    // Small operands are read in place rather than packed: they stay in cache across the
    // loops anyway, and packing would cost as much as the product. Only the ragged last
    // sliver of A and panel of B are packed then.
    boolean aInPlace = (long) m * k <= BlockSizes.DOUBLE_A_IN_PLACE_MAX;
    // op(B) rows are contiguous only when B is not transposed.
    boolean bInPlace = !transB && (long) k * n <= BlockSizes.DOUBLE_B_IN_PLACE_MAX;
    try {
      for (int jc = 0; jc < n; jc += nc) {
        int ncCur = Math.min(nc, n - jc);
        for (int pc = 0; pc < k; pc += kc) {
          int kcCur = Math.min(kc, k - pc);
          int inPlaceCols = bInPlace ? ncCur / nr * nr : 0;
          if (inPlaceCols < ncCur) {
            DoublePacking.packB(kernel, transB, b, bOffset, ldb, pc, col0 + jc + inPlaceCols,
                kcCur, ncCur - inPlaceCols, work.packedB);
          }
          // beta == 0: the first update adds a row of zeros instead of reading C.
          work.update.set(transA, m, kcCur, ncCur, alpha, a, aOffset, lda, row0, pc, aInPlace,
              b, bOffset + pc * ldb + col0 + jc, ldb, work.packedB, inPlaceCols,
              pc == 0 && beta == 0, c, cOffset + col0 + jc, ldc);
          phases.run((m + mc - 1) / mc, work.update);
        }
      }
    } finally {
      // The thread keeps its workspace: let go of the caller's arrays.
      work.update.release();
    }
  }

  /**
   * One rank-kc update of a rectangle: its packed (or in-place) B panel times the A blocks of
   * MC rows, one block per index. A block may run on any thread of the product: it packs A
   * into the running thread's own workspace and only reads the panel. Each thread reuses one
   * (no allocation per product): the owner sets it before publishing the update's blocks and
   * sets it again only once every block is done ({@link SharedPhases}), so helpers read a
   * stable copy.
   */
  private final class RankUpdate implements IntConsumer {
    private boolean transA;
    private int m;
    private int kcCur;
    private int ncCur;
    private double alpha;
    private double[] a;
    private int aOffset;
    private int lda;
    /** The rectangle's first row of C. */
    private int row0;
    /** The update's first column of op(A) (row of op(B)). */
    private int pc;
    private boolean aInPlace;
    private double[] b;
    /** Where op(B)(pc, the panel's first column) is in b. */
    private int bBlock;
    private int ldb;
    private double[] packedB;
    /** The panel's columns read from b in place; the rest are packed. */
    private int inPlaceCols;
    private boolean overwrite;
    private double[] c;
    /** Where C(0, the panel's first column) is in c. */
    private int cColumn;
    private int ldc;
    private int groupCols;

    void set(boolean transA, int m, int kcCur, int ncCur, double alpha, double[] a,
        int aOffset, int lda, int row0, int pc, boolean aInPlace, double[] b, int bBlock,
        int ldb, double[] packedB, int inPlaceCols, boolean overwrite, double[] c,
        int cColumn, int ldc) {
      this.transA = transA;
      this.m = m;
      this.kcCur = kcCur;
      this.ncCur = ncCur;
      this.alpha = alpha;
      this.a = a;
      this.aOffset = aOffset;
      this.lda = lda;
      this.row0 = row0;
      this.pc = pc;
      this.aInPlace = aInPlace;
      this.b = b;
      this.bBlock = bBlock;
      this.ldb = ldb;
      this.packedB = packedB;
      this.inPlaceCols = inPlaceCols;
      this.overwrite = overwrite;
      this.c = c;
      this.cColumn = cColumn;
      this.ldc = ldc;
      this.groupCols = panelGroupCols(kcCur);
    }

    /** Drops the references to the caller's arrays once the product is done. */
    void release() {
      a = null;
      b = null;
      c = null;
    }

    /** The A block of rows [block·MC, block·MC + MC) of the rectangle. */
    @Override
    public void accept(int block) {
      int ic = block * mc;
      int mcCur = Math.min(mc, m - ic);
      Workspace work = workspace(mcCur, 0, kcCur);
      // Strides of op(A)(i, p).
      int aRowStride = transA ? 1 : lda;
      int aDepthStride = transA ? lda : 1;
      // In place: whole slivers and whole short tiles; only a last few rows are packed.
      int inPlaceRows = aInPlace ? mcCur / mr * mr + mcCur % mr / shortMr * shortMr : 0;
      if (inPlaceRows < mcCur) {
        DoublePacking.packA(kernel, transA, a, aOffset, lda, row0 + ic + inPlaceRows, pc,
            mcCur - inPlaceRows, kcCur, work.packedA);
      }
      int aBlock = aOffset + (row0 + ic) * aRowStride + pc * aDepthStride;
      int cBlock = cColumn + (row0 + ic) * ldc;
      for (int jg = 0; jg < ncCur; jg += groupCols) {
        int groupEnd = Math.min(ncCur, jg + groupCols);
        for (int ir = 0; ir < mcCur; ir += mr) {
          int height = Math.min(mr, mcCur - ir);
          int inPlaceHeight = Math.max(0, Math.min(height, inPlaceRows - ir));
          // Packed slivers start at row inPlaceRows, which is 0 or the last sliver's.
          int packedRow = ir + inPlaceHeight - inPlaceRows;
          for (int jr = jg; jr < groupEnd; jr += nr) {
            int width = Math.min(nr, ncCur - jr);
            boolean bPacked = jr >= inPlaceCols;
            double[] bPanel = bPacked ? packedB : b;
            int bPanelOffset = bPacked ? (jr - inPlaceCols) * kcCur : bBlock + jr;
            int bDepthStride = bPacked ? nr : ldb;
            int cTile = cBlock + ir * ldc + jr;
            if (inPlaceHeight > 0) {
              tile(work, kcCur, a, aBlock + ir * aRowStride, aRowStride, aDepthStride,
                  false, false, bPanel, bPanelOffset, bDepthStride, alpha, overwrite, c,
                  cTile, ldc, inPlaceHeight, width);
            }
            if (inPlaceHeight < height) {
              // A packed sliver on a packed B panel takes the constant-stride kernel.
              tile(work, kcCur, work.packedA, packedRow * kcCur, 1, mr, true, bPacked,
                  bPanel, bPanelOffset, bDepthStride, alpha, overwrite, c,
                  cTile + inPlaceHeight * ldc, ldc, height - inPlaceHeight, width);
            }
          }
        }
      }
    }
  }

  /**
   * Rows [0, height) x columns [0, width) of one tile of C (height <= mr, width <= nr): the
   * microkernel straight into C when the tile is whole; otherwise short tiles, into C when
   * whole and through scratch at the edges. A sliver read in place (not padded) has exactly
   * height rows, a multiple of shortMr; a packed one is padded to mr rows, so a height
   * beyond two short tiles is cheaper as one padded full tile. {@code packed}: A and B are
   * both in the layout of {@link DoubleMicrokernel#multiplyPacked}.
   */
  private void tile(Workspace work, int kc, double[] a, int aOffset, int aRowStride,
      int aDepthStride, boolean aPadded, boolean packed, double[] b, int bOffset,
      int bDepthStride, double alpha, boolean overwrite, double[] c, int cTile, int ldc,
      int height, int width) {
    if (packed && height == mr && width == nr) {
      kernel.multiplyPacked(kc, a, aOffset, b, bOffset, alpha, overwrite ? zeroRow : c,
          overwrite ? 0 : cTile, overwrite ? 0 : ldc, c, cTile, ldc);
    } else if (height == mr && width == nr) {
      kernel.multiply(kc, a, aOffset, aRowStride, aDepthStride, b, bOffset, bDepthStride,
          alpha, overwrite ? zeroRow : c, overwrite ? 0 : cTile, overwrite ? 0 : ldc, c, cTile,
          ldc);
    } else if (aPadded && height > 2 * shortMr) {
      edgeTile(work.edgeTile, kc, a, aOffset, aRowStride, aDepthStride, b, bOffset,
          bDepthStride, alpha, overwrite, c, cTile, ldc, height, width);
    } else {
      for (int r = 0; r < height; r += shortMr) {
        int rows = Math.min(shortMr, height - r);
        int sliver = aOffset + r * aRowStride;
        int rowTile = cTile + r * ldc;
        if (rows == shortMr && width == nr) {
          kernel.multiplyShort(kc, a, sliver, aRowStride, aDepthStride, b, bOffset,
              bDepthStride, alpha, overwrite ? zeroRow : c, overwrite ? 0 : rowTile,
              overwrite ? 0 : ldc, c, rowTile, ldc);
        } else {
          edgeTile(work.edgeTile, kc, a, sliver, aRowStride, aDepthStride, b, bOffset,
              bDepthStride, alpha, overwrite, c, rowTile, ldc, rows, width);
        }
      }
    }
  }

  /**
   * A tile cut by the edge of C: computed whole (short when height allows) in scratch, then its
   * height x width copied.
   */
  private void edgeTile(double[] tile, int depth, double[] a, int aOffset, int aRowStride,
      int aDepthStride, double[] b, int bOffset, int bDepthStride, double alpha,
      boolean overwrite, double[] c, int cTile, int ldc, int height, int width) {
    if (!overwrite) {
      for (int r = 0; r < height; r++) {
        System.arraycopy(c, cTile + r * ldc, tile, r * nr, width);
      }
    }
    if (height <= shortMr) {
      kernel.multiplyShort(depth, a, aOffset, aRowStride, aDepthStride, b, bOffset,
          bDepthStride, alpha, overwrite ? zeroRow : tile, 0, overwrite ? 0 : nr, tile, 0, nr);
    } else {
      kernel.multiply(depth, a, aOffset, aRowStride, aDepthStride, b, bOffset, bDepthStride,
          alpha, overwrite ? zeroRow : tile, 0, overwrite ? 0 : nr, tile, 0, nr);
    }
    for (int r = 0; r < height; r++) {
      System.arraycopy(tile, r * nr, c, cTile + r * ldc, width);
    }
  }

  /**
   * Small products, where packing costs more than it saves: the same roundings as the
   * microkernel (an fma chain per element, restarted every KC as in the blocked loops), so
   * the result does not depend on which path ran.
   */
  private void direct(boolean transA, boolean transB, int m, int n, int k, double alpha,
      double[] a, int aOffset, int lda, double[] b, int bOffset, int ldb, double beta,
      double[] c, int cOffset, int ldc) {
    // Element strides of op(A) (i, p) and op(B) (p, j) in the row-major arrays.
    int aRowStride = transA ? 1 : lda;
    int aDepthStride = transA ? lda : 1;
    int bDepthStride = transB ? 1 : ldb;
    int bColumnStride = transB ? ldb : 1;
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        int at = cOffset + i * ldc + j;
        double result = beta == 0 ? 0 : beta == 1 ? c[at] : beta * c[at];
        for (int pc = 0; pc < k; pc += kc) {
          int end = Math.min(k, pc + kc);
          double sum = 0;
          for (int p = pc; p < end; p++) {
            sum = Math.fma(a[aOffset + i * aRowStride + p * aDepthStride],
                b[bOffset + p * bDepthStride + j * bColumnStride], sum);
          }
          result = Math.fma(sum, alpha, result);
        }
        c[at] = result;
      }
    }
  }

  /** The columns of a group of B micro-panels of the given depth: at least one panel. */
  private int panelGroupCols(int depth) {
    long panelBytes = (long) depth * nr * Double.BYTES;
    return (int) Math.min(nc, Math.max(1, panelGroupBytes / panelBytes) * nr);
  }

  private Workspace workspace(int rows, int cols, int depth) {
    Workspace work = workspaces.get();
    int aSize = roundUp(rows, mr) * depth;
    int bSize = roundUp(cols, nr) * depth;
    if (work.packedA.length < aSize) {
      work.packedA = new double[aSize];
    }
    if (work.packedB.length < bSize) {
      work.packedB = new double[bSize];
    }
    if (work.edgeTile.length < mr * nr) {
      work.edgeTile = new double[mr * nr];
    }
    return work;
  }

  private static int roundUp(int value, int multiple) {
    return (value + multiple - 1) / multiple * multiple;
  }
}
