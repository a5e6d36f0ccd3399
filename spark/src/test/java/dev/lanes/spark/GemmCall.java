package dev.lanes.spark;

import dev.ludovic.netlib.blas.BLAS;
import java.util.Random;

/**
 * One netlib GEMM call C ← alpha·op(A)·op(B) + beta·C (column-major), run in double or in float
 * on any {@link BLAS}, so the adapter and netlib's Java BLAS can be given exactly the same call.
 * Arrays may be null; the float variant converts them (every value here is a float, so the
 * conversion is exact).
 */
record GemmCall(String transa, String transb, int m, int n, int k, double alpha, double[] a,
    int offseta, int lda, double[] b, int offsetb, int ldb, double beta, double[] c,
    int offsetc, int ldc) {

  /** Runs the call as dgemm into {@code out} (a copy of c), through the offset overload. */
  void dgemm(BLAS blas, double[] out) {
    blas.dgemm(transa, transb, m, n, k, alpha, a, offseta, lda, b, offsetb, ldb, beta, out,
        offsetc, ldc);
  }

  /** Runs the call as sgemm into {@code out} (a float copy of c), through the offset overload. */
  void sgemm(BLAS blas, float[] out) {
    blas.sgemm(transa, transb, m, n, k, (float) alpha, toFloat(a), offseta, lda, toFloat(b),
        offsetb, ldb, (float) beta, out, offsetc, ldc);
  }

  /** Whether op(A) reads A as stored ("N") rather than transposed ("T" or "C"). */
  boolean aAsStored() {
    return Character.toUpperCase(transa.charAt(0)) == 'N';
  }

  /** Whether op(B) reads B as stored. */
  boolean bAsStored() {
    return Character.toUpperCase(transb.charAt(0)) == 'N';
  }

  /** op(A)[i][p], column-major. */
  double opA(int i, int p) {
    return aAsStored() ? a[offseta + i + p * lda] : a[offseta + p + i * lda];
  }

  /** op(B)[p][j], column-major. */
  double opB(int p, int j) {
    return bAsStored() ? b[offsetb + p + j * ldb] : b[offsetb + j + p * ldb];
  }

  /** The index of C[i][j] in c. */
  int cIndex(int i, int j) {
    return offsetc + i + j * ldc;
  }

  /** A copy with another C (e.g. null, or one full of NaN). */
  GemmCall withC(double[] newC) {
    return new GemmCall(transa, transb, m, n, k, alpha, a, offseta, lda, b, offsetb, ldb, beta,
        newC, offsetc, ldc);
  }

  /**
   * A random call of the given shape: random offsets (0..4), leading dimensions from the
   * minimum to 3 more, arrays exactly long enough plus a random tail, values in [-1, 1).
   */
  static GemmCall random(Random random, String transa, String transb, int m, int n, int k,
      double alpha, double beta) {
    boolean aAsStored = Character.toUpperCase(transa.charAt(0)) == 'N';
    boolean bAsStored = Character.toUpperCase(transb.charAt(0)) == 'N';
    int aRows = aAsStored ? m : k;
    int aColumns = aAsStored ? k : m;
    int bRows = bAsStored ? k : n;
    int bColumns = bAsStored ? n : k;
    int lda = Math.max(1, aRows) + random.nextInt(4);
    int ldb = Math.max(1, bRows) + random.nextInt(4);
    int ldc = Math.max(1, m) + random.nextInt(4);
    int offseta = random.nextInt(5);
    int offsetb = random.nextInt(5);
    int offsetc = random.nextInt(5);
    return new GemmCall(transa, transb, m, n, k, alpha,
        values(random, offseta + extent(aRows, aColumns, lda) + random.nextInt(3)), offseta, lda,
        values(random, offsetb + extent(bRows, bColumns, ldb) + random.nextInt(3)), offsetb, ldb,
        beta, values(random, offsetc + extent(m, n, ldc) + random.nextInt(3)), offsetc, ldc);
  }

  /** Elements a column-major rows x columns matrix spans: up to its last element. */
  private static int extent(int rows, int columns, int ld) {
    return rows == 0 || columns == 0 ? 0 : (columns - 1) * ld + rows;
  }

  /** Random values in [-1, 1), each exactly a float. */
  static double[] values(Random random, int length) {
    double[] values = new double[length];
    for (int i = 0; i < length; i++) {
      values[i] = (float) (2 * random.nextDouble() - 1);
    }
    return values;
  }

  static float[] toFloat(double[] values) {
    if (values == null) {
      return null;
    }
    float[] floats = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      floats[i] = (float) values[i];
    }
    return floats;
  }
}
