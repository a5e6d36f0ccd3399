package dev.lanes.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanes.kernel.Transpose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The check that keeps a wrong product from producing a number, on the plain loop peer. */
class GemmOperandsTest {
  /** The transposes of the square and the three dense-layer products, at small sizes. */
  private static final GemmShape[] SHAPES = {
      GemmShape.parse("37"),
      new GemmShape("forward", Transpose.NO_TRANS, Transpose.TRANS, 13, 29, 41),
      new GemmShape("weight-grad", Transpose.TRANS, Transpose.NO_TRANS, 29, 31, 13),
      new GemmShape("backward", Transpose.NO_TRANS, Transpose.NO_TRANS, 13, 29, 41)};

  @ParameterizedTest
  @ValueSource(strings = {"float", "double"})
  void aCorrectProductPassesAndAWrongOneIsCaught(String precision) {
    for (GemmShape shape : SHAPES) {
      GemmOperands operands = GemmOperands.random(shape, Precision.parse(precision), 3);
      double[] c = product(operands);
      int n = shape.n();
      assertDoesNotThrow(() -> operands.verify("loop", (i, j) -> c[i * n + j]));

      // One entry off by about one product term, in the sampled corner C[0][0].
      double dropped = c[0] - 0.25;
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> operands.verify("broken", (i, j) -> i == 0 && j == 0 ? dropped : c[i * n + j]));
      assertTrue(e.getMessage().contains("broken") && e.getMessage().contains("C[0][0]"),
          e.getMessage());
      // The transposes matter: op(A)·op(B) read the other way round is wrong.
      assertThrows(IllegalStateException.class,
          () -> operands.verify("swapped", (i, j) -> c[(i * n + j + 1) % c.length]));
    }
  }

  private static double[] product(GemmOperands operands) {
    GemmShape shape = operands.shape;
    double[] c = new double[shape.m() * shape.n()];
    if (operands.precision == Precision.FLOAT) {
      float[] result = new float[c.length];
      JavaLoopGemm.sgemm(shape, operands.aFloat, operands.bFloat, result);
      for (int i = 0; i < c.length; i++) {
        c[i] = result[i];
      }
    } else {
      JavaLoopGemm.dgemm(shape, operands.aDouble, operands.bDouble, c);
    }
    return c;
  }
}
