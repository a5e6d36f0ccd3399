package dev.lanes.kernel.internal;

/**
 * Cache block sizes of the GEMM loops, one row per element type, for a core with 32 KiB L1d,
 * 1 MiB L2 and a large shared L3 (AMD Zen 4), after Low et al., "Analytical Modeling Is Enough
 * for High-Performance BLIS" (TOMS 2016):
 * <ul>
 *   <li>KC, the depth of one rank-kc update: 2 KiB of one row of a packed A sliver (512 floats,
 *       256 doubles). The B micro-panel (KC x NR) then lives in L2 rather than L1, but the
 *       longer update halves the passes over C; measured here 512 floats beat 256 by about 6 %.
 *   <li>MC, the rows of the packed A block: MC x KC fills about a third of L2, leaving room for
 *       the B micro-panel and the C tiles streaming through.
 *   <li>NC, the columns of the packed B panel: KC x NC is 4 MiB, resident in L3.
 * </ul>
 * Each may be overridden for experiments with the system property named beside it; MC and NC
 * are rounded up to whole register blocks by the driver.
 */
public final class BlockSizes {
  private BlockSizes() {}

  public static final int FLOAT_KC = Integer.getInteger("lanes.sgemm.kc", 512);
  public static final int FLOAT_MC = Integer.getInteger("lanes.sgemm.mc", 168);
  public static final int FLOAT_NC = Integer.getInteger("lanes.sgemm.nc", 2048);

  public static final int DOUBLE_KC = Integer.getInteger("lanes.dgemm.kc", 256);
  public static final int DOUBLE_MC = Integer.getInteger("lanes.dgemm.mc", 168);
  public static final int DOUBLE_NC = Integer.getInteger("lanes.dgemm.nc", 2048);

  /**
   * An op(A) of at most this many elements (a quarter of L2) is read in place instead of
   * packed: it stays in cache across the B panels anyway.
   */
  public static final long FLOAT_A_IN_PLACE_MAX = Long.getLong("lanes.sgemm.aInPlace", 65536);
  public static final long DOUBLE_A_IN_PLACE_MAX = Long.getLong("lanes.dgemm.aInPlace", 32768);

  /** Likewise for a B that is not transposed (its rows are then contiguous). */
  public static final long FLOAT_B_IN_PLACE_MAX = Long.getLong("lanes.sgemm.bInPlace", 65536);
  public static final long DOUBLE_B_IN_PLACE_MAX = Long.getLong("lanes.dgemm.bInPlace", 32768);

  /**
   * The B micro-panels (KC x NR each) one A sliver meets before the next sliver comes: a group
   * of a quarter of L2 beside the A block, 4 float panels of 64 KiB. Against one panel (BLIS's
   * order, where a micro-panel meets every sliver of the block in turn), alternating 15 times
   * in one JVM, 1 thread, sgemm: 64 1.007x, 256 1.033x, 1024 1.042x, 2048 1.019x, the dense
   * layer's NT 1.026x, TN 1.015x, NN 1.036x; 2 threads 1024 1.000x, 2048 1.006x.
   */
  public static final long PANEL_GROUP_BYTES = Long.getLong("lanes.gemm.panelGroupBytes",
      256 * 1024);

  /** Products with m·n·k at most this take the direct path, with no packing. */
  public static final long DIRECT_MAX_VOLUME = Long.getLong("lanes.gemm.directVolume", 4096);
}
