package dev.lanes.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanes.kernel.Transpose;
import org.junit.jupiter.api.Test;

class GemmShapeTest {
  @Test
  void squareSizesAreUntransposedCubes() {
    GemmShape shape = GemmShape.parse("256");
    assertEquals(new GemmShape("256", Transpose.NO_TRANS, Transpose.NO_TRANS, 256, 256, 256),
        shape);
    assertTrue(shape.isSquare());
    assertEquals(2.0 * 256 * 256 * 256, shape.flops());
  }

  @Test
  void denseLayerProductsFollowTheDesign() {
    GemmShape forward = GemmShape.parse("dense-forward");
    assertEquals(Transpose.NO_TRANS, forward.transA());
    assertEquals(Transpose.TRANS, forward.transB());
    assertEquals(256, forward.m());
    assertEquals(1024, forward.n());
    assertEquals(1024, forward.k());
    assertFalse(forward.isSquare());
    // W is stored 1024 x 1024 (n x k): op(B)[p][j] = W[j][p].
    assertEquals(3 * 1024 + 5, forward.bIndex(5, 3));

    GemmShape gradient = GemmShape.parse("dense-weight-grad");
    assertEquals(Transpose.TRANS, gradient.transA());
    assertEquals(1024, gradient.m());
    assertEquals(256, gradient.k());
    // δ is stored 256 x 1024 (k x m): op(A)[i][p] = δ[p][i].
    assertEquals(7 * 1024 + 2, gradient.aIndex(2, 7));
    assertEquals(256, gradient.aRows());

    GemmShape backward = GemmShape.parse("dense-backward");
    assertEquals(Transpose.NO_TRANS, backward.transB());
    assertEquals(256, backward.m());
    assertEquals(1024, backward.k());
  }

  @Test
  void badSizesAreRejectedWithTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GemmShape.parse("0"));
    assertTrue(e.getMessage().contains("size=0"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> GemmShape.parse("dense"));
  }
}
