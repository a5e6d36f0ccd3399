package dev.lanes.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad arguments: the adapter must do what netlib's Java BLAS does with the same call — throw
 * the same exception with the same message, or return without effect — and never write C
 * before throwing.
 */
class LanesBLASArgumentsTest {
  private static final BLAS NETLIB = JavaBLAS.getInstance();
  private static final LanesBLAS LANES = LanesBLAS.getInstance();

  /** A valid call, col-major: op(A) = A (3 x 5), op(B) = Bᵀ (B stored 4 x 5), C 3 x 4. */
  private static final GemmCall VALID =
      GemmCall.random(new Random(1), "N", "T", 3, 4, 5, 1.5, 0.5);

  static Stream<Arguments> badCalls() {
    return Stream.of(
        bad("transa X", c -> with(c, "X", c.transb(), c.m(), c.n(), c.k(), c.lda(), c.ldb(),
            c.ldc())),
        bad("transa empty", c -> with(c, "", c.transb(), c.m(), c.n(), c.k(), c.lda(),
            c.ldb(), c.ldc())),
        bad("transa null", c -> with(c, null, c.transb(), c.m(), c.n(), c.k(), c.lda(),
            c.ldb(), c.ldc())),
        bad("transb Q", c -> with(c, c.transa(), "Q", c.m(), c.n(), c.k(), c.lda(), c.ldb(),
            c.ldc())),
        bad("m < 0", c -> with(c, c.transa(), c.transb(), -1, c.n(), c.k(), c.lda(), c.ldb(),
            c.ldc())),
        bad("n < 0", c -> with(c, c.transa(), c.transb(), c.m(), -2, c.k(), c.lda(), c.ldb(),
            c.ldc())),
        bad("k < 0", c -> with(c, c.transa(), c.transb(), c.m(), c.n(), -3, c.lda(), c.ldb(),
            c.ldc())),
        bad("lda < m for N", c -> with(c, c.transa(), c.transb(), c.m(), c.n(), c.k(), 2,
            c.ldb(), c.ldc())),
        bad("lda < k for T", c -> with(c, "T", c.transb(), c.m(), c.n(), c.k(), 4, c.ldb(),
            c.ldc())),
        bad("ldb < n for T", c -> with(c, c.transa(), c.transb(), c.m(), c.n(), c.k(), c.lda(),
            3, c.ldc())),
        bad("ldb < k for N", c -> with(c, c.transa(), "N", c.m(), c.n(), c.k(), c.lda(), 4,
            c.ldc())),
        bad("ldc < m", c -> with(c, c.transa(), c.transb(), c.m(), c.n(), c.k(), c.lda(),
            c.ldb(), 2)),
        bad("ldc 0 with m 0", c -> with(c, c.transa(), c.transb(), 0, c.n(), c.k(), c.lda(),
            c.ldb(), 0)),
        bad("a null", c -> arrays(c, null, c.b(), c.c())),
        bad("b null", c -> arrays(c, c.a(), null, c.c())),
        bad("c null", c -> arrays(c, c.a(), c.b(), null)),
        bad("a too short", c -> arrays(c, new double[c.offseta() + 14], c.b(), c.c())),
        bad("b too short", c -> arrays(c, c.a(), new double[c.offsetb() + 19], c.c())),
        bad("c too short", c -> arrays(c, c.a(), c.b(), new double[c.offsetc() + 11])),
        bad("b too short by its offset", c -> offsets(c, c.offseta(), c.b().length, c.offsetc())),
        bad("c empty and arrays null", c -> arrays(with(c, c.transa(), c.transb(), 0, c.n(),
            c.k(), c.lda(), c.ldb(), c.ldc()), null, null, null)),
        bad("beta 1, alpha 0, arrays null", c -> arrays(scalars(c, 0, 1), null, null, null)),
        bad("k 0, beta 2 (netlib's index check of A goes below 0)",
            c -> offsets(scalars(with(c, c.transa(), c.transb(), c.m(), c.n(), 0, c.lda(),
                c.ldb(), c.ldc()), 1, 2), 0, 0, 0)),
        bad("k 0, beta 2, offsets large enough", c -> offsets(scalars(with(c, c.transa(),
            c.transb(), c.m(), c.n(), 0, c.lda(), c.ldb(), c.ldc()), 1, 2), 8, 8, 0)),
        bad("alpha 0, a too short", c -> arrays(scalars(c, 0, 2), new double[2], c.b(),
            c.c())));
  }

  @ParameterizedTest(name = "dgemm, {0}")
  @MethodSource("badCalls")
  void dgemmRefusesWhatNetlibRefuses(String name, GemmCall call) {
    double[] lanes = call.c() == null ? null : call.c().clone();
    double[] netlib = call.c() == null ? null : call.c().clone();
    Throwable expected = outcome(() -> call.dgemm(NETLIB, netlib));
    Throwable actual = outcome(() -> call.dgemm(LANES, lanes));
    assertSameOutcome(expected, actual);
    if (actual != null && lanes != null) {
      assertArrayEquals(call.c(), lanes, "C must not be written before the exception");
    }
  }

  @ParameterizedTest(name = "sgemm, {0}")
  @MethodSource("badCalls")
  void sgemmRefusesWhatNetlibRefuses(String name, GemmCall call) {
    float[] lanes = GemmCall.toFloat(call.c());
    float[] netlib = GemmCall.toFloat(call.c());
    Throwable expected = outcome(() -> call.sgemm(NETLIB, netlib));
    Throwable actual = outcome(() -> call.sgemm(LANES, lanes));
    assertSameOutcome(expected, actual);
    if (actual != null && lanes != null) {
      assertArrayEquals(GemmCall.toFloat(call.c()), lanes, "C must not be written");
    }
  }

  @ParameterizedTest(name = "offset{0} = -1")
  @MethodSource("negativeOffsets")
  void negativeOffsetIsRefusedBeforeCIsWritten(String operand, GemmCall call) {
    // netlib passes its index checks here and fails inside its loops; the adapter refuses
    // with the same kind of exception before anything is written.
    double[] lanes = call.c().clone();
    double[] netlib = call.c().clone();
    assertInstanceOf(IndexOutOfBoundsException.class,
        outcome(() -> call.dgemm(NETLIB, netlib)));
    assertThrows(IndexOutOfBoundsException.class, () -> call.dgemm(LANES, lanes));
    assertArrayEquals(call.c(), lanes);
  }

  static Stream<Arguments> negativeOffsets() {
    // A has a spare column, so its last element stays inside the array with offset -1.
    GemmCall wide = GemmCall.random(new Random(2), "T", "T", 4, 4, 4, 1, 0);
    return Stream.of(
        Arguments.of("a", offsets(wide, -1, wide.offsetb(), wide.offsetc())),
        Arguments.of("b", offsets(wide, wide.offseta(), -1, wide.offsetc())),
        Arguments.of("c", offsets(wide, wide.offseta(), wide.offsetb(), -1)));
  }

  private static Arguments bad(String name, UnaryOperator<GemmCall> change) {
    return Arguments.of(name, change.apply(VALID));
  }

  private static GemmCall with(GemmCall c, String transa, String transb, int m, int n, int k,
      int lda, int ldb, int ldc) {
    return new GemmCall(transa, transb, m, n, k, c.alpha(), c.a(), c.offseta(), lda, c.b(),
        c.offsetb(), ldb, c.beta(), c.c(), c.offsetc(), ldc);
  }

  private static GemmCall arrays(GemmCall c, double[] a, double[] b, double[] cArray) {
    return new GemmCall(c.transa(), c.transb(), c.m(), c.n(), c.k(), c.alpha(), a, c.offseta(),
        c.lda(), b, c.offsetb(), c.ldb(), c.beta(), cArray, c.offsetc(), c.ldc());
  }

  private static GemmCall offsets(GemmCall c, int offseta, int offsetb, int offsetc) {
    return new GemmCall(c.transa(), c.transb(), c.m(), c.n(), c.k(), c.alpha(), c.a(), offseta,
        c.lda(), c.b(), offsetb, c.ldb(), c.beta(), c.c(), offsetc, c.ldc());
  }

  private static GemmCall scalars(GemmCall c, double alpha, double beta) {
    return new GemmCall(c.transa(), c.transb(), c.m(), c.n(), c.k(), alpha, c.a(), c.offseta(),
        c.lda(), c.b(), c.offsetb(), c.ldb(), beta, c.c(), c.offsetc(), c.ldc());
  }

  /** The exception a call throws, or null when it returns. */
  static Throwable outcome(Runnable call) {
    try {
      call.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  static void assertSameOutcome(Throwable expected, Throwable actual) {
    if (expected == null) {
      assertEquals(null, actual, "netlib returns normally");
      return;
    }
    assertEquals(expected.getClass(), actual == null ? null : actual.getClass(),
        "netlib throws " + expected);
    assertEquals(expected.getMessage(), actual.getMessage());
  }
}
