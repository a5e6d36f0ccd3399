package dev.lanes.kernel;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;

/**
 * One GEMM call with its operands, laid out so that a wrong index shows: the arrays start at
 * an offset, rows are padded (ld > columns) and end in a tail. Every element of A and B that
 * is not part of op(A) or op(B) holds NaN, so reading one spoils the result; every element of
 * C outside the m x n block holds a guard value that must survive bit for bit. When beta == 0
 * the block of C holds NaN (C must not be read); when alpha == 0 all of A and B is NaN (they
 * must not be read).
 *
 * <p>{@link #verify()} checks the result against {@link GemmReference} within the error bound
 * |c − ref| ≤ (k+4)·u·(|alpha|·Σ_p|a_ip·b_pj| + |beta|·|c_ij|), which holds for any summation
 * order, plus the same bound for the reference's own rounding.
 */
public final class GemmCase {
  /** How the operands sit in their arrays. */
  public enum Layout {
    /** Offset 0, leading dimension = columns, no spare elements. */
    DENSE,
    /** A random offset, padded rows and a tail of spare elements after the last row. */
    PADDED,
    /** A random offset and padded rows; the arrays end with the last element used. */
    TIGHT
  }

  public final GemmPrecision precision;
  public final Transpose transA;
  public final Transpose transB;
  public final int m;
  public final int n;
  public final int k;
  public final double alpha;
  public final double beta;
  public final int aOffset;
  public final int lda;
  public final int bOffset;
  public final int ldb;
  public final int cOffset;
  public final int ldc;
  public final GemmBuffer a;
  public final GemmBuffer b;
  public final GemmBuffer c;
  private final GemmBuffer aBefore;
  private final GemmBuffer bBefore;
  private final GemmBuffer cBefore;

  private GemmCase(GemmPrecision precision, Transpose transA, Transpose transB, int m, int n,
      int k, double alpha, double beta, Layout layout, Random random) {
    this.precision = precision;
    this.transA = transA;
    this.transB = transB;
    this.m = m;
    this.n = n;
    this.k = k;
    this.alpha = precision.round(alpha);
    this.beta = precision.round(beta);
    boolean padded = layout != Layout.DENSE;
    int aRows = transA == Transpose.TRANS ? k : m;
    int aColumns = transA == Transpose.TRANS ? m : k;
    int bRows = transB == Transpose.TRANS ? n : k;
    int bColumns = transB == Transpose.TRANS ? k : n;
    aOffset = padded ? 1 + random.nextInt(5) : 0;
    lda = Math.max(1, aColumns) + (padded ? 1 + random.nextInt(4) : 0);
    bOffset = padded ? 1 + random.nextInt(5) : 0;
    ldb = Math.max(1, bColumns) + (padded ? 1 + random.nextInt(4) : 0);
    cOffset = padded ? 1 + random.nextInt(5) : 0;
    ldc = Math.max(1, n) + (padded ? 1 + random.nextInt(4) : 0);
    int tail = layout == Layout.PADDED ? 1 + random.nextInt(3) : 0;
    a = operand(aOffset, lda, aRows, aColumns, tail, this.alpha != 0, random);
    b = operand(bOffset, ldb, bRows, bColumns, tail, this.alpha != 0, random);
    c = GemmBuffer.of(precision, extent(cOffset, ldc, m, n) + tail);
    for (int i = 0; i < c.length(); i++) {
      c.set(i, 2 + random.nextDouble()); // guards: never a value of the block
    }
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        c.set(cIndex(i, j), this.beta == 0 ? Double.NaN : uniform(random));
      }
    }
    aBefore = a.copy();
    bBefore = b.copy();
    cBefore = c.copy();
  }

  /** A call with random operands in [-1, 1). */
  public static GemmCase random(GemmPrecision precision, Transpose transA, Transpose transB,
      int m, int n, int k, double alpha, double beta, Layout layout, Random random) {
    return new GemmCase(precision, transA, transB, m, n, k, alpha, beta, layout, random);
  }

  private GemmBuffer operand(int offset, int ld, int rows, int columns, int tail,
      boolean values, Random random) {
    GemmBuffer buffer = GemmBuffer.of(precision, extent(offset, ld, rows, columns) + tail);
    buffer.fill(Double.NaN);
    if (values) {
      for (int r = 0; r < rows; r++) {
        for (int col = 0; col < columns; col++) {
          buffer.set(offset + r * ld + col, uniform(random));
        }
      }
    }
    return buffer;
  }

  /** The elements a rows x columns matrix at offset needs: offset + (rows-1)·ld + columns. */
  private static int extent(int offset, int ld, int rows, int columns) {
    return rows == 0 || columns == 0 ? offset : offset + (rows - 1) * ld + columns;
  }

  private double uniform(Random random) {
    return precision.round(2 * random.nextDouble() - 1);
  }

  /** op(A)(i, p) as stored before the call. */
  public double opA(int i, int p) {
    return aBefore.get(aOffset + (transA == Transpose.TRANS ? p * lda + i : i * lda + p));
  }

  /** op(B)(p, j) as stored before the call. */
  public double opB(int p, int j) {
    return bBefore.get(bOffset + (transB == Transpose.TRANS ? j * ldb + p : p * ldb + j));
  }

  /** The index of C(i, j) in {@link #c}. */
  public int cIndex(int i, int j) {
    return cOffset + i * ldc + j;
  }

  /** C as it was before any call. */
  public GemmBuffer initialC() {
    return cBefore.copy();
  }

  /** Runs the call through the public API. */
  public GemmCase run() {
    precision.gemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c,
        cOffset, ldc);
    return this;
  }

  /**
   * Checks C against the reference within the error bound, and that nothing outside the block
   * of C, and nothing of A and B, changed.
   */
  public void verify() {
    requireUnchanged("a", aBefore, a);
    requireUnchanged("b", bBefore, b);
    for (int index = 0; index < c.length(); index++) {
      if (!inBlock(index) && c.bits(index) != cBefore.bits(index)) {
        fail(this + ": c[" + index + "] outside the m x n block changed from "
            + cBefore.get(index) + " to " + c.get(index));
      }
    }
    boolean product = alpha != 0 && k != 0 && m != 0 && n != 0;
    GemmReference reference = product ? new GemmReference(this) : null;
    // The implementation's error plus the double-precision reference's own.
    double relative = (k + 4) * (precision.unitRoundoff + 0x1p-53);
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double old = cBefore.get(cIndex(i, j));
        double expected = 0;
        double scale = 0;
        if (product) {
          expected += alpha * reference.product[i][j];
          scale += Math.abs(alpha) * reference.magnitude[i][j];
        }
        if (beta != 0) {
          expected += beta * old;
          scale += Math.abs(beta) * Math.abs(old);
        }
        double actual = c.get(cIndex(i, j));
        double bound = relative * scale;
        if (!(Math.abs(actual - expected) <= bound)) {
          fail(this + ": C(" + i + ", " + j + ") = " + actual + ", expected " + expected
              + " within " + bound);
        }
      }
    }
  }

  private boolean inBlock(int index) {
    int offset = index - cOffset;
    return offset >= 0 && offset / ldc < m && offset % ldc < n;
  }

  private void requireUnchanged(String name, GemmBuffer before, GemmBuffer after) {
    if (!before.sameBits(after)) {
      fail(this + ": the call modified " + name);
    }
  }

  @Override
  public String toString() {
    return precision.routine + "(" + transA + ", " + transB + ", m=" + m + ", n=" + n + ", k="
        + k + ", alpha=" + alpha + ", aOffset=" + aOffset + ", lda=" + lda + ", bOffset="
        + bOffset + ", ldb=" + ldb + ", beta=" + beta + ", cOffset=" + cOffset + ", ldc=" + ldc
        + ")";
  }
}
