package dev.lanes.kernel;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanes.kernel.GemmCase.Layout;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every illegal argument of sgemm and dgemm: the exception type, a message that names the
 * parameter and its value, and no effect on C (nor on A and B). Each bad call differs from a
 * valid one in one argument; the valid one is run as well, so that a check that is merely
 * too strict fails too. Operands are {@link Layout#TIGHT}: every array ends with its last
 * element, so one element less is too short.
 */
class GemmArgumentsTest {
  /** A GEMM call with every argument settable, starting from a valid case. */
  private static final class Call {
    final GemmPrecision precision;
    Transpose transA;
    Transpose transB;
    int m;
    int n;
    int k;
    int aOffset;
    int lda;
    int bOffset;
    int ldb;
    int cOffset;
    int ldc;
    GemmBuffer a;
    GemmBuffer b;
    GemmBuffer c;

    Call(GemmCase g) {
      precision = g.precision;
      transA = g.transA;
      transB = g.transB;
      m = g.m;
      n = g.n;
      k = g.k;
      aOffset = g.aOffset;
      lda = g.lda;
      bOffset = g.bOffset;
      ldb = g.ldb;
      cOffset = g.cOffset;
      ldc = g.ldc;
      a = g.a;
      b = g.b;
      c = g.c;
    }

    void run() {
      precision.gemm(transA, transB, m, n, k, 0.5, a, aOffset, lda, b, bOffset, ldb, 0.25, c,
          cOffset, ldc);
    }
  }

  private static GemmCase valid(GemmPrecision precision, Transpose transA, Transpose transB,
      int m, int n, int k) {
    return GemmCase.random(precision, transA, transB, m, n, k, 0.5, 0.25, Layout.TIGHT,
        new Random(m * 31 + n * 7 + k));
  }

  /**
   * Runs the valid case with one change and expects the exception, whose message names each
   * fragment (as a whole token), with no effect on any array; then runs it unchanged and
   * expects the right result.
   */
  private static void rejects(Class<? extends RuntimeException> type, GemmCase g,
      Consumer<Call> change, String... fragments) {
    GemmBuffer aBefore = g.a.copy();
    GemmBuffer bBefore = g.b.copy();
    GemmBuffer cBefore = g.c.copy();
    Call call = new Call(g);
    change.accept(call);
    RuntimeException thrown = assertThrows(type, call::run, g + " with one bad argument");
    String message = String.valueOf(thrown.getMessage());
    for (String fragment : fragments) {
      assertTrue(Pattern.compile("(?<![\\w.])" + Pattern.quote(fragment) + "(?!\\w)")
          .matcher(message).find(), "message \"" + message + "\" should name \"" + fragment
          + "\"");
    }
    assertTrue(cBefore.sameBits(g.c) && aBefore.sameBits(g.a) && bBefore.sameBits(g.b),
        "a rejected call wrote to an array: " + message);
    assertDoesNotThrow(() -> g.run().verify(), "the valid call " + g);
  }

  @ParameterizedTest
  @EnumSource(GemmPrecision.class)
  void negativeSizes(GemmPrecision p) {
    rejects(IllegalArgumentException.class, valid(p, Transpose.NO_TRANS, Transpose.NO_TRANS,
        3, 4, 5), y -> y.m = -1, "m=-1");
    rejects(IllegalArgumentException.class, valid(p, Transpose.NO_TRANS, Transpose.NO_TRANS,
        3, 4, 5), y -> y.n = -2, "n=-2");
    rejects(IllegalArgumentException.class, valid(p, Transpose.NO_TRANS, Transpose.NO_TRANS,
        3, 4, 5), y -> y.k = -3, "k=-3");
    rejects(IllegalArgumentException.class, valid(p, Transpose.TRANS, Transpose.TRANS,
        3, 4, 5), y -> y.m = Integer.MIN_VALUE, "m=" + Integer.MIN_VALUE);
  }

  @ParameterizedTest
  @EnumSource(GemmPrecision.class)
  void leadingDimensionsTooSmall(GemmPrecision p) {
    // A stored m x k (NO_TRANS) needs lda >= k, stored k x m (TRANS) lda >= m; B likewise.
    int m = 3;
    int n = 4;
    int k = 5;
    for (Transpose transA : Transpose.values()) {
      for (Transpose transB : Transpose.values()) {
        int aNeeded = transA == Transpose.NO_TRANS ? k : m;
        String aColumns = (transA == Transpose.NO_TRANS ? "k=" : "m=") + aNeeded;
        int bNeeded = transB == Transpose.NO_TRANS ? n : k;
        String bColumns = (transB == Transpose.NO_TRANS ? "n=" : "k=") + bNeeded;
        rejects(IllegalArgumentException.class, valid(p, transA, transB, m, n, k),
            y -> y.lda = aNeeded - 1, "lda=" + (aNeeded - 1), aColumns);
        rejects(IllegalArgumentException.class, valid(p, transA, transB, m, n, k),
            y -> y.ldb = bNeeded - 1, "ldb=" + (bNeeded - 1), bColumns);
        rejects(IllegalArgumentException.class, valid(p, transA, transB, m, n, k),
            y -> y.ldc = n - 1, "ldc=" + (n - 1), "n=" + n);
      }
    }
    // Leading dimensions are at least 1 even for empty matrices, and checked when m == 0.
    for (int[] shape : new int[][] {{0, 0, 0}, {0, 4, 5}}) {
      rejects(IllegalArgumentException.class, valid(p, Transpose.NO_TRANS, Transpose.NO_TRANS,
          shape[0], shape[1], shape[2]), y -> y.lda = shape[2] - 1, "lda=" + (shape[2] - 1));
      rejects(IllegalArgumentException.class, valid(p, Transpose.NO_TRANS, Transpose.NO_TRANS,
          shape[0], shape[1], shape[2]), y -> y.ldb = 0, "ldb=0");
      rejects(IllegalArgumentException.class, valid(p, Transpose.NO_TRANS, Transpose.NO_TRANS,
          shape[0], shape[1], shape[2]), y -> y.ldc = 0, "ldc=0");
    }
  }

  @ParameterizedTest
  @EnumSource(GemmPrecision.class)
  void negativeOffsets(GemmPrecision p) {
    for (int[] shape : new int[][] {{3, 4, 5}, {0, 0, 0}}) {
      rejects(IndexOutOfBoundsException.class, valid(p, Transpose.TRANS, Transpose.NO_TRANS,
          shape[0], shape[1], shape[2]), y -> y.aOffset = -1, "aOffset=-1");
      rejects(IndexOutOfBoundsException.class, valid(p, Transpose.TRANS, Transpose.NO_TRANS,
          shape[0], shape[1], shape[2]), y -> y.bOffset = -2, "bOffset=-2");
      rejects(IndexOutOfBoundsException.class, valid(p, Transpose.TRANS, Transpose.NO_TRANS,
          shape[0], shape[1], shape[2]), y -> y.cOffset = -3, "cOffset=-3");
    }
  }

  @ParameterizedTest
  @EnumSource(GemmPrecision.class)
  void arraysShorterByOne(GemmPrecision p) {
    for (Transpose transA : Transpose.values()) {
      for (Transpose transB : Transpose.values()) {
        // TIGHT arrays have exactly offset + (rows-1)·ld + columns elements.
        int aLength = valid(p, transA, transB, 6, 5, 4).a.length();
        int bLength = valid(p, transA, transB, 6, 5, 4).b.length();
        int cLength = valid(p, transA, transB, 6, 5, 4).c.length();
        rejects(IndexOutOfBoundsException.class, valid(p, transA, transB, 6, 5, 4),
            y -> y.a = truncated(y.a, aLength - 1), "a.length=" + (aLength - 1),
            String.valueOf(aLength));
        rejects(IndexOutOfBoundsException.class, valid(p, transA, transB, 6, 5, 4),
            y -> y.b = truncated(y.b, bLength - 1), "b.length=" + (bLength - 1),
            String.valueOf(bLength));
        rejects(IndexOutOfBoundsException.class, valid(p, transA, transB, 6, 5, 4),
            y -> y.c = truncated(y.c, cLength - 1), "c.length=" + (cLength - 1),
            String.valueOf(cLength));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(GemmPrecision.class)
  void extentsAreComputedWithoutIntOverflow(GemmPrecision p) {
    // offset + (rows-1)·ld + columns = (2^31-1) + (2^31-1) + 3 = 2^32 + 1, which is 1 in int.
    int huge = Integer.MAX_VALUE;
    String extent = String.valueOf(2L * huge + 3);
    int length = valid(p, Transpose.NO_TRANS, Transpose.NO_TRANS, 2, 3, 3).a.length();
    rejects(IndexOutOfBoundsException.class, valid(p, Transpose.NO_TRANS, Transpose.NO_TRANS,
        2, 3, 3), y -> { y.aOffset = huge; y.lda = huge; }, "a.length=" + length, extent);
    length = valid(p, Transpose.NO_TRANS, Transpose.NO_TRANS, 3, 3, 2).b.length();
    rejects(IndexOutOfBoundsException.class, valid(p, Transpose.NO_TRANS, Transpose.NO_TRANS,
        3, 3, 2), y -> { y.bOffset = huge; y.ldb = huge; }, "b.length=" + length, extent);
    length = valid(p, Transpose.NO_TRANS, Transpose.NO_TRANS, 2, 3, 3).c.length();
    rejects(IndexOutOfBoundsException.class, valid(p, Transpose.NO_TRANS, Transpose.NO_TRANS,
        2, 3, 3), y -> { y.cOffset = huge; y.ldc = huge; }, "c.length=" + length, extent);
    // A huge leading dimension alone: A stored 3 x 2 needs aOffset + 2·(2^31-1) + 2.
    GemmCase t = valid(p, Transpose.TRANS, Transpose.NO_TRANS, 2, 3, 3);
    rejects(IndexOutOfBoundsException.class, t, y -> y.lda = huge,
        "a.length=" + t.a.length(), String.valueOf(t.aOffset + 2L * huge + 2));
  }

  @ParameterizedTest
  @EnumSource(GemmPrecision.class)
  void extentOfCWithMTimesLdcOverflowingInt(GemmPrecision p) {
    // m = n = ldc = 2^16: (m-1)·ldc + n = 2^32, which is 0 in int; A and B are valid.
    int size = 1 << 16;
    GemmBuffer a = GemmBuffer.of(p, size);
    GemmBuffer b = GemmBuffer.of(p, size);
    GemmBuffer c = GemmBuffer.of(p, 10);
    c.fill(7);
    GemmBuffer cBefore = c.copy();
    IndexOutOfBoundsException thrown = assertThrows(IndexOutOfBoundsException.class,
        () -> p.gemm(Transpose.NO_TRANS, Transpose.NO_TRANS, size, size, 1, 1, a, 0, 1, b, 0,
            size, 1, c, 0, size));
    assertTrue(thrown.getMessage().contains("c.length=10")
        && thrown.getMessage().contains(String.valueOf(1L << 32)), thrown.getMessage());
    assertTrue(cBefore.sameBits(c), "a rejected call wrote to c");
  }

  @ParameterizedTest
  @EnumSource(GemmPrecision.class)
  void nullReferences(GemmPrecision p) {
    for (int[] shape : new int[][] {{3, 4, 5}, {0, 4, 5}}) {
      rejects(NullPointerException.class, valid(p, Transpose.NO_TRANS, Transpose.TRANS,
          shape[0], shape[1], shape[2]), y -> y.transA = null, "transA");
      rejects(NullPointerException.class, valid(p, Transpose.NO_TRANS, Transpose.TRANS,
          shape[0], shape[1], shape[2]), y -> y.transB = null, "transB");
      rejects(NullPointerException.class, valid(p, Transpose.NO_TRANS, Transpose.TRANS,
          shape[0], shape[1], shape[2]), y -> y.a = null, "a");
      rejects(NullPointerException.class, valid(p, Transpose.NO_TRANS, Transpose.TRANS,
          shape[0], shape[1], shape[2]), y -> y.b = null, "b");
      rejects(NullPointerException.class, valid(p, Transpose.NO_TRANS, Transpose.TRANS,
          shape[0], shape[1], shape[2]), y -> y.c = null, "c");
    }
  }

  @ParameterizedTest
  @EnumSource(GemmPrecision.class)
  void denseOverloadChecksItsArguments(GemmPrecision p) {
    String negative = denseRejects(IllegalArgumentException.class, p, Transpose.NO_TRANS,
        Transpose.NO_TRANS, -3, 15);
    assertTrue(negative.contains("m=-3"), negative);
    String tooShort = denseRejects(IndexOutOfBoundsException.class, p, Transpose.NO_TRANS,
        Transpose.NO_TRANS, 3, 14);
    assertTrue(tooShort.contains("c.length=14"), tooShort);
  }

  /**
   * BUG in main (reported to the lead): the dense overloads check transA and transB through
   * denseLd, whose message is "trans must not be null", which does not say which one.
   */
  @ParameterizedTest
  @EnumSource(GemmPrecision.class)
  void denseOverloadNamesTheNullTranspose(GemmPrecision p) {
    String message = denseRejects(NullPointerException.class, p, null, Transpose.NO_TRANS, 3,
        15);
    assertTrue(Pattern.compile("\\btransA\\b").matcher(message).find(), message);
    message = denseRejects(NullPointerException.class, p, Transpose.NO_TRANS, null, 3, 15);
    assertTrue(Pattern.compile("\\btransB\\b").matcher(message).find(), message);
  }

  /**
   * The message of the exception a dense m x 5 x 4 call throws, with A and B of the right
   * size and C of {@code cLength} elements (15 is right for m = 3).
   */
  private static String denseRejects(Class<? extends RuntimeException> type, GemmPrecision p,
      Transpose transA, Transpose transB, int m, int cLength) {
    GemmBuffer a = GemmBuffer.of(p, 12);
    GemmBuffer b = GemmBuffer.of(p, 20);
    GemmBuffer c = GemmBuffer.of(p, cLength);
    return String.valueOf(assertThrows(type,
        () -> p.gemmDense(transA, transB, m, 5, 4, 1, a, b, 0, c)).getMessage());
  }

  private static GemmBuffer truncated(GemmBuffer buffer, int length) {
    GemmBuffer shorter = GemmBuffer.of(buffer.precision(), length);
    for (int i = 0; i < length; i++) {
      shorter.setBits(i, buffer.bits(i));
    }
    return shorter;
  }
}
