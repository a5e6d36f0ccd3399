package dev.lanes.kernel.internal;

import static org.junit.jupiter.api.Assertions.fail;

import dev.lanes.kernel.GemmBuffer;
import dev.lanes.kernel.GemmCase;
import dev.lanes.kernel.GemmCase.Layout;
import dev.lanes.kernel.GemmPrecision;
import dev.lanes.kernel.GemmShapes;
import dev.lanes.kernel.GemmShapes.Blocking;
import dev.lanes.kernel.GemmWarmup;
import dev.lanes.kernel.Transpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rounding contract of {@link DoubleMicrokernel} and {@link DoubleGemmDriver}: every path
 * (scalar twin, any vector width, direct small path, packed path, any thread count) computes
 * each element of C with the same operations, so the results are bitwise identical. Checked
 * three ways on the same inputs: the public API (the selected driver), a driver around the
 * scalar twin, and the contract written out here element by element:
 * <pre>
 *   c = beta == 0 ? 0 : beta·c                      (C ← beta·C only, if alpha == 0 or k == 0)
 *   for each depth block [pc, pc+kc):  acc = 0;  acc = fma(a_ip, b_pj, acc) for p in it
 *                                      c = fma(acc, alpha, c)
 * </pre>
 * The one documented exception is a single row of C times a transposed B (batch-1
 * inference), summed as dot products in lane-parallel partial sums: its rounding depends on
 * the vector width, so there the public API is compared with a scalar twin of the same lanes.
 */
class GemmRoundingContractTest {
  @BeforeAll
  static void useTheVectorKernels() {
    GemmWarmup.awaitVectorKernels();
  }

  private static final double[][] SCALARS = {{1, 0}, {-0.75, 1}, {1.5, -0.5}, {0, 2}, {0.3, 0}};

  @ParameterizedTest
  @EnumSource(GemmPrecision.class)
  void selectedDriverScalarTwinAndContractAgreeBitForBit(GemmPrecision precision) {
    Blocking blocking = Blocking.of(precision);
    Random random = new Random(5);
    List<int[]> shapes = new ArrayList<>(GemmShapes.cubeEdges(blocking));
    shapes.addAll(GemmShapes.blockBoundaries(blocking, 1_000_000));
    // Large enough to be split across threads.
    shapes.add(new int[] {97, 4 * blocking.nr() + 1, 101});
    shapes.add(new int[] {6 * blocking.mr() + 1, 89, 1 + 96 * 96 * 96 / (89 * 73)});
    // Single rows past the direct path: depths below, at and past a whole number of vectors,
    // widths on both sides of the four-row step and of the threads' split; each four times
    // in a row, so that it meets every combination of transposes below.
    for (int[] rowShape : new int[][] {{1, 700, 7}, {1, 97, 301}, {1, 130, 64}, {1, 258, 1000},
        {1, 4099, 33}}) {
      while (shapes.size() % 4 != 0) {
        shapes.add(new int[] {3, 5, 7});
      }
      for (int combination = 0; combination < 4; combination++) {
        shapes.add(rowShape);
      }
    }
    for (int i = 0; i < shapes.size(); i++) {
      int[] shape = shapes.get(i);
      double[] scalars = SCALARS[i % SCALARS.length];
      GemmCase g = GemmCase.random(precision, Transpose.values()[i % 2],
          Transpose.values()[i / 2 % 2], shape[0], shape[1], shape[2], scalars[0], scalars[1],
          Layout.PADDED, random);
      GemmBuffer scalarTwin = g.initialC();
      runScalarTwin(g, scalarTwin);
      g.run();
      if (g.m == 1 && g.transB == Transpose.TRANS) {
        requireSameBits(g, "the public API (" + selectedKernel(precision) + ")", g.c,
            scalarTwin);
        continue;
      }
      GemmBuffer contract = g.initialC();
      applyContract(g, blocking.kc(), contract);
      requireSameBits(g, "the scalar twin's driver", scalarTwin, contract);
      requireSameBits(g, "the public API (" + selectedKernel(precision) + ")", g.c, contract);
    }
  }

  private static String selectedKernel(GemmPrecision precision) {
    return (precision == GemmPrecision.FLOAT ? FloatGemmDriver.selected().kernel()
        : DoubleGemmDriver.selected().kernel()).getClass().getSimpleName();
  }

  /** The lanes of the selected vectors for elements of {@code size} bits; 1 without vectors. */
  private static int lanes(int size) {
    return VectorSupport.BITS == 0 ? 1 : VectorSupport.BITS / size;
  }

  /** The same call on a driver around the scalar microkernel, into {@code c}. */
  private static void runScalarTwin(GemmCase g, GemmBuffer c) {
    boolean transA = g.transA == Transpose.TRANS;
    boolean transB = g.transB == Transpose.TRANS;
    if (g.precision == GemmPrecision.FLOAT) {
      new FloatGemmDriver(new FloatScalarMicrokernel(), new FloatScalarRowKernel(lanes(Float.SIZE)))
          .gemm(transA, transB, g.m, g.n, g.k, (float) g.alpha, g.a.floats(), g.aOffset, g.lda, g.b.floats(), g.bOffset, g.ldb,
          (float) g.beta, c.floats(), g.cOffset, g.ldc);
    } else {
      new DoubleGemmDriver(new DoubleScalarMicrokernel(), new DoubleScalarRowKernel(lanes(Double.SIZE)))
          .gemm(transA, transB, g.m, g.n, g.k, g.alpha, g.a.doubles(), g.aOffset, g.lda, g.b.doubles(), g.bOffset, g.ldb, g.beta,
          c.doubles(), g.cOffset, g.ldc);
    }
  }

  /** The contract of the class comment, element by element, into {@code c}. */
  private static void applyContract(GemmCase g, int kc, GemmBuffer c) {
    for (int i = 0; i < g.m; i++) {
      for (int j = 0; j < g.n; j++) {
        int at = g.cIndex(i, j);
        if (g.precision == GemmPrecision.FLOAT) {
          float alpha = (float) g.alpha;
          float beta = (float) g.beta;
          float result = beta == 0 ? 0 : beta * c.floats()[at];
          for (int pc = 0; alpha != 0 && pc < g.k; pc += kc) {
            float acc = 0;
            for (int p = pc; p < Math.min(g.k, pc + kc); p++) {
              acc = Math.fma((float) g.opA(i, p), (float) g.opB(p, j), acc);
            }
            result = Math.fma(acc, alpha, result);
          }
          c.floats()[at] = result;
        } else {
          double result = g.beta == 0 ? 0 : g.beta * c.doubles()[at];
          for (int pc = 0; g.alpha != 0 && pc < g.k; pc += kc) {
            double acc = 0;
            for (int p = pc; p < Math.min(g.k, pc + kc); p++) {
              acc = Math.fma(g.opA(i, p), g.opB(p, j), acc);
            }
            result = Math.fma(acc, g.alpha, result);
          }
          c.doubles()[at] = result;
        }
      }
    }
  }

  private static void requireSameBits(GemmCase g, String what, GemmBuffer actual,
      GemmBuffer contract) {
    for (int index = 0; index < contract.length(); index++) {
      if (actual.bits(index) != contract.bits(index)) {
        fail(g + ": " + what + " gives c[" + index + "] = " + actual.get(index)
            + " where the rounding contract gives " + contract.get(index));
      }
    }
  }
}
