package dev.lanes.bench;

import dev.lanes.kernel.Transpose;

/**
 * The plain Java triple loop a user would write, in the order that lets C2 auto-vectorize it:
 * when B is not transposed, i-k-j (C row i += op(A)[i][p]·B row p, contiguous in j); when it is,
 * C[i][j] is a dot product of two contiguous rows, which C2 does not vectorize (a float
 * reduction may not be reordered), as a user's code would not be either.
 */
final class JavaLoopGemm {
  private JavaLoopGemm() {}

  /** c = op(A)·op(B), c dense m x n. */
  static void sgemm(GemmShape s, float[] a, float[] b, float[] c) {
    int n = s.n();
    for (int i = 0; i < s.m(); i++) {
      int row = i * n;
      if (s.transB() == Transpose.NO_TRANS) {
        java.util.Arrays.fill(c, row, row + n, 0f);
        for (int p = 0; p < s.k(); p++) {
          float aip = a[s.aIndex(i, p)];
          int bRow = p * s.ldb();
          for (int j = 0; j < n; j++) {
            c[row + j] += aip * b[bRow + j];
          }
        }
      } else {
        for (int j = 0; j < n; j++) {
          float sum = 0f;
          for (int p = 0; p < s.k(); p++) {
            sum += a[s.aIndex(i, p)] * b[j * s.ldb() + p];
          }
          c[row + j] = sum;
        }
      }
    }
  }

  /** c = op(A)·op(B), c dense m x n. */
  static void dgemm(GemmShape s, double[] a, double[] b, double[] c) {
    int n = s.n();
    for (int i = 0; i < s.m(); i++) {
      int row = i * n;
      if (s.transB() == Transpose.NO_TRANS) {
        java.util.Arrays.fill(c, row, row + n, 0d);
        for (int p = 0; p < s.k(); p++) {
          double aip = a[s.aIndex(i, p)];
          int bRow = p * s.ldb();
          for (int j = 0; j < n; j++) {
            c[row + j] += aip * b[bRow + j];
          }
        }
      } else {
        for (int j = 0; j < n; j++) {
          double sum = 0d;
          for (int p = 0; p < s.k(); p++) {
            sum += a[s.aIndex(i, p)] * b[j * s.ldb() + p];
          }
          c[row + j] = sum;
        }
      }
    }
  }
}
