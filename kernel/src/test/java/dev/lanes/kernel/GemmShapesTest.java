package dev.lanes.kernel;

import dev.lanes.kernel.GemmCase.Layout;
import dev.lanes.kernel.GemmShapes.Blocking;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * sgemm and dgemm through the public API against the double-precision reference, for every
 * transpose combination: the cube of small shapes, the edges of the register and cache
 * blocks, and larger shapes across them. Every case has padded operands (or dense ones, one
 * in three), NaN where nothing may be read and guards where nothing may be written (see
 * {@link GemmCase}).
 */
class GemmShapesTest {
  @BeforeAll
  static void useTheVectorKernels() {
    GemmWarmup.awaitVectorKernels();
  }

  private static final double[] ALPHAS = {1, -1, 0.75, -1.5, 0.3};
  private static final double[] BETAS = {0, 1, -1, 0.5, 1.7, -0.25};

  static Stream<Arguments> precisionsAndTransposes() {
    List<Arguments> arguments = new ArrayList<>();
    for (GemmPrecision precision : GemmPrecision.values()) {
      for (Transpose transA : Transpose.values()) {
        for (Transpose transB : Transpose.values()) {
          arguments.add(Arguments.of(precision, transA, transB));
        }
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("precisionsAndTransposes")
  void coverOfTheSmallShapeCube(GemmPrecision precision, Transpose transA, Transpose transB) {
    // The four transpose combinations share the (m, n) grid out among themselves.
    int part = 2 * transA.ordinal() + transB.ordinal();
    runAll(precision, transA, transB, GemmShapes.cubeCover(part, 4), new Random(41 + part));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("precisionsAndTransposes")
  void everyTripleOfBlockEdges(GemmPrecision precision, Transpose transA, Transpose transB) {
    runAll(precision, transA, transB, GemmShapes.cubeEdges(Blocking.of(precision)),
        new Random(7));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("precisionsAndTransposes")
  void shapesAcrossCacheBlocks(GemmPrecision precision, Transpose transA, Transpose transB) {
    Blocking blocking = Blocking.of(precision);
    Random random = new Random(1234 + 4 * transA.ordinal() + transB.ordinal());
    List<int[]> shapes = new ArrayList<>(GemmShapes.blockBoundaries(blocking, 4_000_000));
    shapes.addAll(GemmShapes.randomLarge(blocking, random, 3));
    runAll(precision, transA, transB, shapes, random);
  }

  /** Runs and verifies every shape, cycling through alphas and betas, with random layouts. */
  private static void runAll(GemmPrecision precision, Transpose transA, Transpose transB,
      List<int[]> shapes, Random random) {
    for (int i = 0; i < shapes.size(); i++) {
      int[] shape = shapes.get(i);
      GemmCase.random(precision, transA, transB, shape[0], shape[1], shape[2],
          ALPHAS[i % ALPHAS.length], BETAS[i % BETAS.length],
          Layout.values()[random.nextInt(Layout.values().length)], random).run().verify();
    }
  }
}
