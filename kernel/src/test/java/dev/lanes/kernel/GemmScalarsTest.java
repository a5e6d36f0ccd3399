package dev.lanes.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanes.kernel.GemmCase.Layout;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * alpha and beta, the special values of the BLAS contract (NaN in C with beta == 0, NaN in A
 * and B with alpha == 0, k == 0, empty C) and the dense overloads, on each path through GEMM:
 * the direct path of small products, the packed path on one thread, and the packed path split
 * across threads.
 */
class GemmScalarsTest {
  @BeforeAll
  static void useTheVectorKernels() {
    GemmWarmup.awaitVectorKernels();
  }

  private static final double[] ALPHAS = {0, 1, -1, 0.5, -2.25, 3e-3};
  private static final double[] BETAS = {0, 1, -1, 0.5, -3, 1.25};

  /**
   * One shape per path: m·n·k ≤ 4096 is direct by default, 17·19·23 is packed, and
   * 2·97·101·91 flops is above the threshold (2·96³) for splitting across threads.
   */
  private static final List<int[]> PATHS = List.of(
      new int[] {3, 5, 7}, new int[] {17, 19, 23}, new int[] {97, 101, 91});

  @ParameterizedTest
  @EnumSource(GemmPrecision.class)
  void everyAlphaAndBetaOnEveryPath(GemmPrecision precision) {
    Random random = new Random(11);
    int call = 0;
    for (int[] shape : PATHS) {
      for (double alpha : ALPHAS) {
        for (double beta : BETAS) {
          Transpose transA = Transpose.values()[call % 2];
          Transpose transB = Transpose.values()[call / 2 % 2];
          call++;
          GemmCase.random(precision, transA, transB, shape[0], shape[1], shape[2], alpha, beta,
              Layout.PADDED, random).run().verify();
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(GemmPrecision.class)
  void nanInCDoesNotPropagateWhenBetaIsZero(GemmPrecision precision) {
    Random random = new Random(12);
    for (int[] shape : PATHS) {
      for (double alpha : new double[] {1, -0.5, 0}) {
        GemmCase g = GemmCase.random(precision, Transpose.NO_TRANS, Transpose.TRANS, shape[0],
            shape[1], shape[2], alpha, 0, Layout.PADDED, random);
        assertTrue(Double.isNaN(g.c.get(g.cIndex(0, 0))), "the block of C starts as NaN");
        g.run().verify();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(GemmPrecision.class)
  void nanInAAndBIsNotReadWhenAlphaIsZero(GemmPrecision precision) {
    Random random = new Random(13);
    for (int[] shape : PATHS) {
      for (double beta : new double[] {0, 1, -2}) {
        GemmCase g = GemmCase.random(precision, Transpose.TRANS, Transpose.NO_TRANS, shape[0],
            shape[1], shape[2], 0, beta, Layout.PADDED, random);
        assertTrue(Double.isNaN(g.a.get(g.aOffset)) && Double.isNaN(g.b.get(g.bOffset)),
            "A and B start as NaN");
        GemmBuffer before = g.initialC();
        g.run().verify();
        // C ← beta·C exactly: one rounding of a product of two numbers of this type.
        for (int i = 0; i < g.m; i++) {
          for (int j = 0; j < g.n; j++) {
            double expected = beta == 0 ? 0 : precision.round(beta * before.get(g.cIndex(i, j)));
            assertEquals(expected, g.c.get(g.cIndex(i, j)), 0, g + ": C(" + i + ", " + j + ")");
          }
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(GemmPrecision.class)
  void depthZeroScalesCAndEmptyCIsNotTouched(GemmPrecision precision) {
    Random random = new Random(14);
    int[][] shapes = {{7, 9, 0}, {0, 9, 4}, {7, 0, 4}, {0, 0, 0}, {200, 150, 0}};
    for (int[] shape : shapes) {
      for (double beta : new double[] {0, 1, 0.5}) {
        GemmCase.random(precision, Transpose.NO_TRANS, Transpose.NO_TRANS, shape[0], shape[1],
            shape[2], 1.5, beta, Layout.PADDED, random).run().verify();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(GemmPrecision.class)
  void denseOverloadImpliesTheLeadingDimensions(GemmPrecision precision) {
    Random random = new Random(15);
    int[][] shapes = {{1, 1, 1}, {5, 3, 0}, {0, 4, 2}, {13, 33, 17}, {40, 1, 39}, {70, 90, 60}};
    for (int[] shape : shapes) {
      for (Transpose transA : Transpose.values()) {
        for (Transpose transB : Transpose.values()) {
          GemmCase g = GemmCase.random(precision, transA, transB, shape[0], shape[1], shape[2],
              -0.75, 0.5, Layout.DENSE, random);
          precision.gemmDense(transA, transB, g.m, g.n, g.k, g.alpha, g.a, g.b, g.beta, g.c);
          g.verify();
        }
      }
    }
  }
}
