package dev.lanes.kernel;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The reference a GEMM result is checked against, independent of the code under test:
 * op(A)·op(B) in double precision (commons-math3 for dgemm, a plain triple loop for sgemm),
 * and Σ_p |a_ip·b_pj|, the scale of the rounding error bound.
 */
final class GemmReference {
  /** op(A)·op(B), m x n. */
  final double[][] product;
  /** Σ_p |op(A)(i, p)·op(B)(p, j)|, m x n. */
  final double[][] magnitude;

  /** The reference of a case with m, n, k ≥ 1, from the operands as they were before the call. */
  GemmReference(GemmCase g) {
    double[][] opA = new double[g.m][g.k];
    double[][] opB = new double[g.k][g.n];
    for (int i = 0; i < g.m; i++) {
      for (int p = 0; p < g.k; p++) {
        opA[i][p] = g.opA(i, p);
      }
    }
    for (int p = 0; p < g.k; p++) {
      for (int j = 0; j < g.n; j++) {
        opB[p][j] = g.opB(p, j);
      }
    }
    product = new double[g.m][g.n];
    magnitude = new double[g.m][g.n];
    for (int i = 0; i < g.m; i++) {
      double[] rowA = opA[i];
      for (int j = 0; j < g.n; j++) {
        double sum = 0;
        double absSum = 0;
        for (int p = 0; p < g.k; p++) {
          double term = rowA[p] * opB[p][j];
          sum += term;
          absSum += Math.abs(term);
        }
        product[i][j] = sum;
        magnitude[i][j] = absSum;
      }
    }
    if (g.precision == GemmPrecision.DOUBLE) {
      // dgemm is held against a library's product, not one written here.
      RealMatrix library = new Array2DRowRealMatrix(opA, false)
          .multiply(new Array2DRowRealMatrix(opB, false));
      for (int i = 0; i < g.m; i++) {
        product[i] = library.getRow(i);
      }
    }
  }
}
