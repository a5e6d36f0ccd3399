package dev.lanes.kernel;

import dev.lanes.kernel.internal.BlockSizes;
import dev.lanes.kernel.internal.DoubleGemmDriver;
import dev.lanes.kernel.internal.FloatGemmDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * The shapes (m, n, k) the GEMM tests run: a cover of the cube 0..40, every edge of the
 * register and cache blocks of the implementation that runs in this JVM, and larger shapes
 * that cross those blocks. The block sizes are read, not assumed, so the same tests follow
 * any vector width or the small block sizes of the small-blocks surefire execution.
 */
public final class GemmShapes {
  /** The largest m, n, k of the small-shape cube. */
  public static final int CUBE = 40;

  private GemmShapes() {}

  /**
   * The register block (mr x nr), the effective cache blocks and the largest op(A) and B
   * read in place (not packed) of the driver in use: after
   * {@link GemmWarmup#awaitVectorKernels()}, the vector one when vectors run.
   */
  public record Blocking(int mr, int nr, int kc, int mc, int nc, long aInPlaceMax,
      long bInPlaceMax) {
    public static Blocking of(GemmPrecision precision) {
      boolean single = precision == GemmPrecision.FLOAT;
      int mr = single ? FloatGemmDriver.selected().kernel().mr()
          : DoubleGemmDriver.selected().kernel().mr();
      int nr = single ? FloatGemmDriver.selected().kernel().nr()
          : DoubleGemmDriver.selected().kernel().nr();
      // As the driver does: MC and NC rounded up to whole register blocks.
      int kc = Math.max(1, single ? BlockSizes.FLOAT_KC : BlockSizes.DOUBLE_KC);
      int mc = roundUp(Math.max(1, single ? BlockSizes.FLOAT_MC : BlockSizes.DOUBLE_MC), mr);
      int nc = roundUp(Math.max(1, single ? BlockSizes.FLOAT_NC : BlockSizes.DOUBLE_NC), nr);
      return new Blocking(mr, nr, kc, mc, nc,
          single ? BlockSizes.FLOAT_A_IN_PLACE_MAX : BlockSizes.DOUBLE_A_IN_PLACE_MAX,
          single ? BlockSizes.FLOAT_B_IN_PLACE_MAX : BlockSizes.DOUBLE_B_IN_PLACE_MAX);
    }
  }

  /**
   * Part {@code part} of {@code parts} of the grid (m, n) in 0..40 x 0..40: the pairs with
   * (m + n) mod parts == part, each with k = (7m + 13n + 11·part) mod 41. Every value of m, n
   * and k appears in every part (for fixed m, n runs through a residue class and k through as
   * many values), and the parts together hold every (m, n) once.
   */
  public static List<int[]> cubeCover(int part, int parts) {
    List<int[]> shapes = new ArrayList<>();
    for (int m = 0; m <= CUBE; m++) {
      for (int n = 0; n <= CUBE; n++) {
        if ((m + n) % parts == part) {
          shapes.add(new int[] {m, n, Math.floorMod(7 * m + 13 * n + 11 * part, CUBE + 1)});
        }
      }
    }
    return shapes;
  }

  /**
   * The edge values up to 40 of one dimension: 0, 1, 2, 40 and each given block size that
   * small with its neighbours ±1.
   */
  public static List<Integer> edgeValues(int... blockSizes) {
    TreeSet<Integer> values = new TreeSet<>(List.of(0, 1, 2, CUBE));
    for (int size : blockSizes) {
      for (int v = size - 1; v <= size + 1; v++) {
        if (v >= 0 && v <= CUBE) {
          values.add(v);
        }
      }
    }
    return new ArrayList<>(values);
  }

  /**
   * Every triple of edge values, each dimension with the blocks that cut it: m by mr and mc
   * (the A slivers and blocks), n by nr and nc (the B panels), k by kc (the depth of a
   * rank-kc update).
   */
  public static List<int[]> cubeEdges(Blocking b) {
    List<int[]> shapes = new ArrayList<>();
    for (int m : edgeValues(b.mr(), 2 * b.mr(), b.mc())) {
      for (int n : edgeValues(b.nr(), 2 * b.nr(), b.nc())) {
        for (int k : edgeValues(b.kc(), 2 * b.kc())) {
          shapes.add(new int[] {m, n, k});
        }
      }
    }
    return shapes;
  }

  /**
   * Shapes that cross each cache block boundary (mc, nc, kc, by one and by several blocks)
   * with the other dimensions on register block edges, and op(A) and B just small enough
   * and just too large to be read in place; shapes crossing all three blocks at once are kept only
   * when m·n·k ≤ maxVolume (true with the small-blocks execution's sizes).
   */
  public static List<int[]> blockBoundaries(Blocking b, long maxVolume) {
    int mr = b.mr();
    int nr = b.nr();
    List<int[]> shapes = new ArrayList<>(List.of(
        new int[] {b.mc() - 1, nr + 1, b.kc() + 1},
        new int[] {b.mc(), nr, b.kc()},
        new int[] {b.mc() + 1, 2 * nr - 1, b.kc() - 1},
        new int[] {2 * b.mc() + 1, nr - 1, 3},
        new int[] {mr + 1, b.nc() - 1, 3},
        new int[] {mr - 1, b.nc(), 2},
        new int[] {mr, b.nc() + 1, b.kc() + 1},
        new int[] {3, 2 * b.nc() + 1, 5},
        new int[] {mr + 1, nr - 1, b.kc() - 1},
        new int[] {mr - 1, nr + 1, 2 * b.kc() + 1},
        new int[] {1, 1, 3 * b.kc() + 2},
        new int[] {1, b.nc() + 1, b.kc() + 1},
        new int[] {b.mc() + 1, 1, b.kc() + 1},
        new int[] {b.mc() + 1, b.nc() + 1, 2},
        new int[] {b.mc() + 1, 2 * nr + 1, 1},
        new int[] {2 * mr + 1, b.nc() + 1, 1}));
    int inPlaceRows = 4 * mr + 1;
    int inPlaceDepth = (int) (b.aInPlaceMax() / inPlaceRows);
    shapes.add(new int[] {inPlaceRows, nr + 1, inPlaceDepth});
    shapes.add(new int[] {inPlaceRows, nr - 1, inPlaceDepth + 1});
    int inPlaceColumns = 4 * nr + 1;
    inPlaceDepth = (int) (b.bInPlaceMax() / inPlaceColumns);
    shapes.add(new int[] {mr + 1, inPlaceColumns, inPlaceDepth});
    shapes.add(new int[] {mr - 1, inPlaceColumns, inPlaceDepth + 1});
    int[][] everyBlock = {
        {b.mc() + 1, b.nc() + 1, b.kc() + 1},
        {2 * b.mc() - 1, 2 * b.nc() + 1, 2 * b.kc() - 1},
        {3 * b.mc() + mr + 1, b.nc() + nr - 1, 3 * b.kc() + 1}};
    for (int[] shape : everyBlock) {
      if ((long) shape[0] * shape[1] * shape[2] <= maxVolume) {
        shapes.add(shape);
      }
    }
    return shapes;
  }

  /** Random shapes with m, n in 41..160 and k in 1..2kc+5, beyond the cube. */
  public static List<int[]> randomLarge(Blocking blocking, Random random, int count) {
    List<int[]> shapes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      shapes.add(new int[] {41 + random.nextInt(120), 41 + random.nextInt(120),
          1 + random.nextInt(2 * blocking.kc() + 5)});
    }
    return shapes;
  }

  private static int roundUp(int value, int multiple) {
    return (value + multiple - 1) / multiple * multiple;
  }
}
