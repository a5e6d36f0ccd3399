package dev.lanes.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The adapter's dgemm, sgemm, dgemv and daxpy against netlib's own Java BLAS, on random
 * column-major calls:
 * every spelling of every transpose pair, random offsets and leading dimensions, alpha and beta
 * including 0 and 1. Each element of C must satisfy the GEMM error bound
 * |c − ref| ≤ (k+4)·u·(|α|·Σ_p |op(A)_ip·op(B)_pj| + |β|·|c_ij|), with u the unit roundoff of
 * the type; every element of the array outside the m x n block must be left as it was.
 */
class LanesBLASTest {
  private static final BLAS NETLIB = JavaBLAS.getInstance();
  private static final LanesBLAS LANES = LanesBLAS.getInstance();
  /** Every spelling netlib accepts is its first letter, in either case. */
  private static final String[] FLAGS = {"N", "n", "T", "t", "C", "c", "Transpose", "no"};
  private static final double[] ALPHAS = {1, -0.75, 0, 2.5};
  private static final double[] BETAS = {0, 1, -0.5, 1.25};
  private static final double DOUBLE_ROUNDOFF = Math.ulp(1.0) / 2;
  private static final double FLOAT_ROUNDOFF = Math.ulp(1.0f) / 2;

  @Test
  void dgemmMatchesNetlibOnRandomCalls() {
    forRandomCalls(new Random(6), LanesBLASTest::assertDgemmMatchesNetlib);
  }

  @Test
  void sgemmMatchesNetlibOnRandomCalls() {
    forRandomCalls(new Random(7), LanesBLASTest::assertSgemmMatchesNetlib);
  }

  @Test
  void largeProductsMatchNetlib() {
    // Large enough for the kernel's packed and blocked path, with partial blocks at the edges.
    Random random = new Random(8);
    String[] flags = {"N", "T"};
    for (String transa : flags) {
      for (String transb : flags) {
        GemmCall call = GemmCall.random(random, transa, transb, 100 + random.nextInt(60),
            100 + random.nextInt(60), 150 + random.nextInt(200), 0.5, -1.5);
        assertDgemmMatchesNetlib(call);
        assertSgemmMatchesNetlib(call);
      }
    }
  }

  @Test
  void betaZeroOverwritesNaNInC() {
    // BLAS: with beta == 0, C is output only, so NaN there must not reach the result.
    Random random = new Random(9);
    GemmCall call = GemmCall.random(random, "T", "N", 17, 23, 31, 1.25, 0);
    double[] nan = call.c().clone();
    double[] zero = call.c().clone();
    for (int j = 0; j < call.n(); j++) {
      for (int i = 0; i < call.m(); i++) {
        nan[call.cIndex(i, j)] = Double.NaN;
        zero[call.cIndex(i, j)] = 0;
      }
    }
    assertDgemmMatchesNetlib(call.withC(nan), call.withC(zero));
    assertSgemmMatchesNetlib(call.withC(nan), call.withC(zero));
  }

  @Test
  void alphaZeroNeverReadsAOrB() {
    // BLAS: with alpha == 0, A and B take no part, so NaN there must not reach C ← β·C.
    Random random = new Random(10);
    GemmCall finite = GemmCall.random(random, "N", "N", 5, 6, 7, 0, 0.5);
    double[] nanA = finite.a().clone();
    double[] nanB = finite.b().clone();
    Arrays.fill(nanA, Double.NaN);
    Arrays.fill(nanB, Double.NaN);
    GemmCall call = new GemmCall("N", "N", 5, 6, 7, 0, nanA, finite.offseta(), finite.lda(),
        nanB, finite.offsetb(), finite.ldb(), 0.5, finite.c(), finite.offsetc(), finite.ldc());
    double[] lanes = call.c().clone();
    call.dgemm(LANES, lanes);
    for (int j = 0; j < call.n(); j++) {
      for (int i = 0; i < call.m(); i++) {
        int index = call.cIndex(i, j);
        assertEquals(0.5 * call.c()[index], lanes[index], "C[" + i + "][" + j + "]");
      }
    }
  }

  @Test
  void overloadsWithoutOffsetsUseOffsetZero() {
    Random random = new Random(11);
    GemmCall call = GemmCall.random(random, "T", "T", 9, 14, 12, -1.5, 0.25);
    GemmCall atZero = new GemmCall("T", "T", 9, 14, 12, -1.5,
        Arrays.copyOfRange(call.a(), call.offseta(), call.a().length), 0, call.lda(),
        Arrays.copyOfRange(call.b(), call.offsetb(), call.b().length), 0, call.ldb(), 0.25,
        Arrays.copyOfRange(call.c(), call.offsetc(), call.c().length), 0, call.ldc());
    double[] withOffsets = atZero.c().clone();
    double[] without = atZero.c().clone();
    atZero.dgemm(LANES, withOffsets);
    LANES.dgemm("T", "T", 9, 14, 12, -1.5, atZero.a(), atZero.lda(), atZero.b(), atZero.ldb(),
        0.25, without, atZero.ldc());
    assertArrayEquals(withOffsets, without);
    float[] withOffsetsFloat = GemmCall.toFloat(atZero.c());
    float[] withoutFloat = GemmCall.toFloat(atZero.c());
    atZero.sgemm(LANES, withOffsetsFloat);
    LANES.sgemm("T", "T", 9, 14, 12, -1.5f, GemmCall.toFloat(atZero.a()), atZero.lda(),
        GemmCall.toFloat(atZero.b()), atZero.ldb(), 0.25f, withoutFloat, atZero.ldc());
    assertArrayEquals(withOffsetsFloat, withoutFloat);
  }

  @Test
  void countsTheProductsItRunsOnLanes() {
    long before = LANES.dgemmCalls();
    GemmCall call = GemmCall.random(new Random(12), "N", "T", 3, 4, 5, 1, 0);
    call.dgemm(LANES, call.c().clone());
    call.dgemm(LANES, call.c().clone());
    // alpha == 0 only scales C, which netlib's routine does.
    GemmCall scaleOnly = GemmCall.random(new Random(13), "N", "T", 3, 4, 5, 0, 2);
    scaleOnly.dgemm(LANES, scaleOnly.c().clone());
    assertEquals(before + 2, LANES.dgemmCalls());
  }

  @Test
  void dgemvMatchesNetlibOnRandomCalls() {
    // A dgemv is the one-column GEMM y ← α·op(A)·x + β·y: a GemmCall with n = 1 and transb "N".
    Random random = new Random(14);
    long before = LANES.dgemvCalls();
    int onLanes = 0;
    for (String trans : FLAGS) {
      for (double alpha : ALPHAS) {
        for (double beta : BETAS) {
          int length = random.nextBoolean() ? 1 + random.nextInt(40) : 100 + random.nextInt(300);
          GemmCall call = GemmCall.random(random, trans, "N", length, 1,
              1 + random.nextInt(300), alpha, beta);
          double[] lanes = call.c().clone();
          double[] netlib = call.c().clone();
          dgemv(LANES, call, lanes);
          dgemv(NETLIB, call, netlib);
          assertWithinBound(call, lanes, netlib, DOUBLE_ROUNDOFF);
          onLanes += alpha != 0 ? 1 : 0;
        }
      }
    }
    assertEquals(before + onLanes, LANES.dgemvCalls(), "dgemv calls run on Lanes");
  }

  @Test
  void dgemvWithOtherIncrementsOrBadArgumentsIsNetlibs() {
    Random random = new Random(15);
    GemmCall call = GemmCall.random(random, "T", "N", 30, 1, 20, 1.5, 0.5);
    double[] x = new double[2 * call.k()];
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextDouble() - 0.5;
    }
    double[] lanes = call.c().clone();
    double[] netlib = call.c().clone();
    long before = LANES.dgemvCalls();
    LANES.dgemv("T", 20, 30, 1.5, call.a(), call.offseta(), call.lda(), x, 1, 2, 0.5, lanes,
        call.offsetc(), 1);
    NETLIB.dgemv("T", 20, 30, 1.5, call.a(), call.offseta(), call.lda(), x, 1, 2, 0.5, netlib,
        call.offsetc(), 1);
    assertArrayEquals(netlib, lanes, "incx = 2 is netlib's");
    assertEquals(before, LANES.dgemvCalls());
    // lda too small, an unknown flag, a missing x, y too short: the same outcome as netlib's
    assertSameOutcome(() -> LANES.dgemv("N", 5, 4, 1, new double[20], 4, new double[4], 1, 0,
        new double[5], 1), () -> NETLIB.dgemv("N", 5, 4, 1, new double[20], 4, new double[4], 1,
        0, new double[5], 1));
    assertSameOutcome(() -> LANES.dgemv("X", 5, 4, 1, new double[20], 5, new double[4], 1, 0,
        new double[5], 1), () -> NETLIB.dgemv("X", 5, 4, 1, new double[20], 5, new double[4], 1,
        0, new double[5], 1));
    assertSameOutcome(() -> LANES.dgemv("N", 5, 4, 1, new double[20], 5, null, 1, 0,
        new double[5], 1), () -> NETLIB.dgemv("N", 5, 4, 1, new double[20], 5, null, 1, 0,
        new double[5], 1));
    assertSameOutcome(() -> LANES.dgemv("N", 5, 4, 1, new double[20], 5, new double[4], 1, 0,
        new double[4], 1), () -> NETLIB.dgemv("N", 5, 4, 1, new double[20], 5, new double[4], 1,
        0, new double[4], 1));
  }

  @Test
  void daxpyMatchesNetlib() {
    Random random = new Random(16);
    for (int n : new int[] {1, 7, 64, 1000, 4099}) {
      for (double alpha : ALPHAS) {
        double[] x = new double[n + 5];
        double[] y = new double[n + 9];
        for (int i = 0; i < x.length; i++) {
          x[i] = random.nextDouble() - 0.5;
        }
        for (int i = 0; i < y.length; i++) {
          y[i] = random.nextDouble() - 0.5;
        }
        double[] lanes = y.clone();
        double[] netlib = y.clone();
        LANES.daxpy(n, alpha, x, 3, 1, lanes, 2, 1);
        NETLIB.daxpy(n, alpha, x, 3, 1, netlib, 2, 1);
        for (int i = 0; i < y.length; i++) {
          boolean inside = i >= 2 && i < 2 + n;
          // netlib may fuse the product and the sum: at most one rounding apart
          double bound = inside ? 2 * DOUBLE_ROUNDOFF
              * (Math.abs(alpha * x[i - 2 + 3]) + Math.abs(y[i])) : 0;
          assertTrue(Math.abs(lanes[i] - netlib[i]) <= bound,
              "n=" + n + ", alpha=" + alpha + ": y[" + i + "] = " + lanes[i] + ", netlib "
                  + netlib[i]);
        }
      }
    }
  }

  @Test
  void daxpyWithOtherIncrementsOrBadArgumentsIsNetlibs() {
    double[] x = {1, 2, 3, 4, 5, 6};
    double[] lanes = {1, 1, 1, 1, 1, 1};
    double[] netlib = lanes.clone();
    LANES.daxpy(3, 2, x, 0, 2, lanes, 1, -1);
    NETLIB.daxpy(3, 2, x, 0, 2, netlib, 1, -1);
    assertArrayEquals(netlib, lanes, "incx = 2, incy = -1 is netlib's");
    // alpha == 0 leaves y as it is, even where x is infinite
    double[] y = {1, 2};
    LANES.daxpy(2, 0, new double[] {Double.POSITIVE_INFINITY, Double.NaN}, 1, y, 1);
    assertArrayEquals(new double[] {1, 2}, y);
    assertSameOutcome(() -> LANES.daxpy(4, 1, new double[3], 1, new double[4], 1),
        () -> NETLIB.daxpy(4, 1, new double[3], 1, new double[4], 1));
    assertSameOutcome(() -> LANES.daxpy(2, 1, null, 1, new double[4], 1),
        () -> NETLIB.daxpy(2, 1, null, 1, new double[4], 1));
  }

  /** Runs a GemmCall with n = 1 and transb "N" as dgemv, y being its C. */
  private static void dgemv(BLAS blas, GemmCall call, double[] y) {
    boolean notTransposed = Character.toUpperCase(call.transa().charAt(0)) == 'N';
    int rows = notTransposed ? call.m() : call.k();
    int columns = notTransposed ? call.k() : call.m();
    blas.dgemv(call.transa(), rows, columns, call.alpha(), call.a(), call.offseta(), call.lda(),
        call.b(), call.offsetb(), 1, call.beta(), y, call.offsetc(), 1);
  }

  /** Both calls throw the same exception with the same message, or neither throws. */
  private static void assertSameOutcome(Runnable lanes, Runnable netlib) {
    LanesBLASArgumentsTest.assertSameOutcome(LanesBLASArgumentsTest.outcome(netlib),
        LanesBLASArgumentsTest.outcome(lanes));
  }

  private static void assertDgemmMatchesNetlib(GemmCall call) {
    assertDgemmMatchesNetlib(call, call);
  }

  /** The adapter runs {@code lanesCall}, netlib {@code netlibCall}: the same but for C. */
  private static void assertDgemmMatchesNetlib(GemmCall lanesCall, GemmCall netlibCall) {
    double[] lanes = lanesCall.c().clone();
    double[] netlib = netlibCall.c().clone();
    lanesCall.dgemm(LANES, lanes);
    netlibCall.dgemm(NETLIB, netlib);
    assertWithinBound(netlibCall, lanes, netlib, DOUBLE_ROUNDOFF);
  }

  private static void assertSgemmMatchesNetlib(GemmCall call) {
    assertSgemmMatchesNetlib(call, call);
  }

  /** The adapter runs {@code lanesCall}, netlib {@code netlibCall}: the same but for C. */
  private static void assertSgemmMatchesNetlib(GemmCall lanesCall, GemmCall netlibCall) {
    float[] lanes = GemmCall.toFloat(lanesCall.c());
    float[] netlib = GemmCall.toFloat(netlibCall.c());
    lanesCall.sgemm(LANES, lanes);
    netlibCall.sgemm(NETLIB, netlib);
    assertWithinBound(netlibCall, toDouble(lanes), toDouble(netlib), FLOAT_ROUNDOFF);
  }

  /** Runs {@code check} on one random call per flag pair, alpha and beta, of random shape. */
  private static void forRandomCalls(Random random, Consumer<GemmCall> check) {
    for (String transa : FLAGS) {
      for (String transb : FLAGS) {
        for (double alpha : ALPHAS) {
          for (double beta : BETAS) {
            check.accept(GemmCall.random(random, transa, transb, 1 + random.nextInt(40),
                1 + random.nextInt(40), 1 + random.nextInt(40), alpha, beta));
          }
        }
      }
    }
  }

  /**
   * Checks each element of the m x n block of C against the error bound, and that every other
   * element of the array is untouched.
   */
  private static void assertWithinBound(GemmCall call, double[] got, double[] reference,
      double roundoff) {
    boolean[] inBlock = new boolean[got.length];
    for (int j = 0; j < call.n(); j++) {
      for (int i = 0; i < call.m(); i++) {
        int index = call.cIndex(i, j);
        inBlock[index] = true;
        double products = 0;
        for (int p = 0; p < call.k(); p++) {
          products += Math.abs(call.opA(i, p) * call.opB(p, j));
        }
        double scale = Math.abs(call.alpha()) * products
            + (call.beta() == 0 ? 0 : Math.abs(call.beta() * call.c()[index]));
        double bound = (call.k() + 4) * roundoff * scale;
        double error = Math.abs(got[index] - reference[index]);
        if (!(error <= bound)) {
          fail(describe(call) + ": C[" + i + "][" + j + "] = " + got[index] + ", netlib "
              + reference[index] + ", |difference| " + error + " > bound " + bound);
        }
      }
    }
    for (int index = 0; index < got.length; index++) {
      if (!inBlock[index] && Double.compare(got[index], call.c()[index]) != 0) {
        fail(describe(call) + ": c[" + index + "] outside C was changed");
      }
    }
  }

  private static String describe(GemmCall call) {
    return "gemm(" + call.transa() + ", " + call.transb() + ", m=" + call.m() + ", n="
        + call.n() + ", k=" + call.k() + ", alpha=" + call.alpha() + ", offseta="
        + call.offseta() + ", lda=" + call.lda() + ", offsetb=" + call.offsetb() + ", ldb="
        + call.ldb() + ", beta=" + call.beta() + ", offsetc=" + call.offsetc() + ", ldc="
        + call.ldc() + ")";
  }

  private static double[] toDouble(float[] values) {
    double[] doubles = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      doubles[i] = values[i];
    }
    return doubles;
  }
}
