package dev.lanes.spark;

import dev.ludovic.netlib.blas.BLAS;

/**
 * The level-3 routines of {@link BLAS} other than GEMM (symmetric and triangular products and
 * solves), forwarded unchanged to netlib's own implementation; {@link LanesBLAS} adds dgemm and
 * sgemm on the Lanes kernel.
 */
abstract class ForwardingBlasLevel3 extends ForwardingBlasLevel2 {
  protected ForwardingBlasLevel3(BLAS javaBlas) {
    super(javaBlas);
  }

  @Override
  public void dsymm(String side, String uplo, int m, int n, double alpha, double[] a, int lda,
      double[] b, int ldb, double beta, double[] c, int Ldc) {
    javaBlas.dsymm(side, uplo, m, n, alpha, a, lda, b, ldb, beta, c, Ldc);
  }

  @Override
  public void dsymm(String side, String uplo, int m, int n, double alpha, double[] a, int offseta,
      int lda, double[] b, int offsetb, int ldb, double beta, double[] c, int offsetc, int Ldc) {
    javaBlas.dsymm(side, uplo, m, n, alpha, a, offseta, lda, b, offsetb, ldb, beta, c, offsetc,
        Ldc);
  }

  @Override
  public void ssymm(String side, String uplo, int m, int n, float alpha, float[] a, int lda,
      float[] b, int ldb, float beta, float[] c, int Ldc) {
    javaBlas.ssymm(side, uplo, m, n, alpha, a, lda, b, ldb, beta, c, Ldc);
  }

  @Override
  public void ssymm(String side, String uplo, int m, int n, float alpha, float[] a, int offseta,
      int lda, float[] b, int offsetb, int ldb, float beta, float[] c, int offsetc, int Ldc) {
    javaBlas.ssymm(side, uplo, m, n, alpha, a, offseta, lda, b, offsetb, ldb, beta, c, offsetc,
        Ldc);
  }

  @Override
  public void dsyr2k(String uplo, String trans, int n, int k, double alpha, double[] a, int lda,
      double[] b, int ldb, double beta, double[] c, int Ldc) {
    javaBlas.dsyr2k(uplo, trans, n, k, alpha, a, lda, b, ldb, beta, c, Ldc);
  }

  @Override
  public void dsyr2k(String uplo, String trans, int n, int k, double alpha, double[] a, int offseta,
      int lda, double[] b, int offsetb, int ldb, double beta, double[] c, int offsetc, int Ldc) {
    javaBlas.dsyr2k(uplo, trans, n, k, alpha, a, offseta, lda, b, offsetb, ldb, beta, c, offsetc,
        Ldc);
  }

  @Override
  public void ssyr2k(String uplo, String trans, int n, int k, float alpha, float[] a, int lda,
      float[] b, int ldb, float beta, float[] c, int Ldc) {
    javaBlas.ssyr2k(uplo, trans, n, k, alpha, a, lda, b, ldb, beta, c, Ldc);
  }

  @Override
  public void ssyr2k(String uplo, String trans, int n, int k, float alpha, float[] a, int offseta,
      int lda, float[] b, int offsetb, int ldb, float beta, float[] c, int offsetc, int Ldc) {
    javaBlas.ssyr2k(uplo, trans, n, k, alpha, a, offseta, lda, b, offsetb, ldb, beta, c, offsetc,
        Ldc);
  }

  @Override
  public void dsyrk(String uplo, String trans, int n, int k, double alpha, double[] a, int lda,
      double beta, double[] c, int Ldc) {
    javaBlas.dsyrk(uplo, trans, n, k, alpha, a, lda, beta, c, Ldc);
  }

  @Override
  public void dsyrk(String uplo, String trans, int n, int k, double alpha, double[] a, int offseta,
      int lda, double beta, double[] c, int offsetc, int Ldc) {
    javaBlas.dsyrk(uplo, trans, n, k, alpha, a, offseta, lda, beta, c, offsetc, Ldc);
  }

  @Override
  public void ssyrk(String uplo, String trans, int n, int k, float alpha, float[] a, int lda,
      float beta, float[] c, int Ldc) {
    javaBlas.ssyrk(uplo, trans, n, k, alpha, a, lda, beta, c, Ldc);
  }

  @Override
  public void ssyrk(String uplo, String trans, int n, int k, float alpha, float[] a, int offseta,
      int lda, float beta, float[] c, int offsetc, int Ldc) {
    javaBlas.ssyrk(uplo, trans, n, k, alpha, a, offseta, lda, beta, c, offsetc, Ldc);
  }

  @Override
  public void dtrmm(String side, String uplo, String transa, String diag, int m, int n,
      double alpha, double[] a, int lda, double[] b, int ldb) {
    javaBlas.dtrmm(side, uplo, transa, diag, m, n, alpha, a, lda, b, ldb);
  }

  @Override
  public void dtrmm(String side, String uplo, String transa, String diag, int m, int n,
      double alpha, double[] a, int offseta, int lda, double[] b, int offsetb, int ldb) {
    javaBlas.dtrmm(side, uplo, transa, diag, m, n, alpha, a, offseta, lda, b, offsetb, ldb);
  }

  @Override
  public void strmm(String side, String uplo, String transa, String diag, int m, int n, float alpha,
      float[] a, int lda, float[] b, int ldb) {
    javaBlas.strmm(side, uplo, transa, diag, m, n, alpha, a, lda, b, ldb);
  }

  @Override
  public void strmm(String side, String uplo, String transa, String diag, int m, int n, float alpha,
      float[] a, int offseta, int lda, float[] b, int offsetb, int ldb) {
    javaBlas.strmm(side, uplo, transa, diag, m, n, alpha, a, offseta, lda, b, offsetb, ldb);
  }

  @Override
  public void dtrsm(String side, String uplo, String transa, String diag, int m, int n,
      double alpha, double[] a, int lda, double[] b, int ldb) {
    javaBlas.dtrsm(side, uplo, transa, diag, m, n, alpha, a, lda, b, ldb);
  }

  @Override
  public void dtrsm(String side, String uplo, String transa, String diag, int m, int n,
      double alpha, double[] a, int offseta, int lda, double[] b, int offsetb, int ldb) {
    javaBlas.dtrsm(side, uplo, transa, diag, m, n, alpha, a, offseta, lda, b, offsetb, ldb);
  }

  @Override
  public void strsm(String side, String uplo, String transa, String diag, int m, int n, float alpha,
      float[] a, int lda, float[] b, int ldb) {
    javaBlas.strsm(side, uplo, transa, diag, m, n, alpha, a, lda, b, ldb);
  }

  @Override
  public void strsm(String side, String uplo, String transa, String diag, int m, int n, float alpha,
      float[] a, int offseta, int lda, float[] b, int offsetb, int ldb) {
    javaBlas.strsm(side, uplo, transa, diag, m, n, alpha, a, offseta, lda, b, offsetb, ldb);
  }
}
