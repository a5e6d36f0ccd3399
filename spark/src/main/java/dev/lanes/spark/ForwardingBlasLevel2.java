package dev.lanes.spark;

import dev.ludovic.netlib.blas.BLAS;

/**
 * The level-2 routines of {@link BLAS} (matrix-vector), forwarded unchanged to netlib's own
 * implementation: each reads every matrix element once, so they are bound by memory, not by
 * arithmetic, and a GEMM kernel cannot speed them up.
 */
abstract class ForwardingBlasLevel2 extends ForwardingBlasLevel1 {
  protected ForwardingBlasLevel2(BLAS javaBlas) {
    super(javaBlas);
  }

  @Override
  public void dgbmv(String trans, int m, int n, int kl, int ku, double alpha, double[] a, int lda,
      double[] x, int incx, double beta, double[] y, int incy) {
    javaBlas.dgbmv(trans, m, n, kl, ku, alpha, a, lda, x, incx, beta, y, incy);
  }

  @Override
  public void dgbmv(String trans, int m, int n, int kl, int ku, double alpha, double[] a,
      int offseta, int lda, double[] x, int offsetx, int incx, double beta, double[] y, int offsety,
      int incy) {
    javaBlas.dgbmv(trans, m, n, kl, ku, alpha, a, offseta, lda, x, offsetx, incx, beta, y, offsety,
        incy);
  }

  @Override
  public void sgbmv(String trans, int m, int n, int kl, int ku, float alpha, float[] a, int lda,
      float[] x, int incx, float beta, float[] y, int incy) {
    javaBlas.sgbmv(trans, m, n, kl, ku, alpha, a, lda, x, incx, beta, y, incy);
  }

  @Override
  public void sgbmv(String trans, int m, int n, int kl, int ku, float alpha, float[] a, int offseta,
      int lda, float[] x, int offsetx, int incx, float beta, float[] y, int offsety, int incy) {
    javaBlas.sgbmv(trans, m, n, kl, ku, alpha, a, offseta, lda, x, offsetx, incx, beta, y, offsety,
        incy);
  }

  @Override
  public void dgemv(String trans, int m, int n, double alpha, double[] a, int lda, double[] x,
      int incx, double beta, double[] y, int incy) {
    javaBlas.dgemv(trans, m, n, alpha, a, lda, x, incx, beta, y, incy);
  }

  @Override
  public void dgemv(String trans, int m, int n, double alpha, double[] a, int offseta, int lda,
      double[] x, int offsetx, int incx, double beta, double[] y, int offsety, int incy) {
    javaBlas.dgemv(trans, m, n, alpha, a, offseta, lda, x, offsetx, incx, beta, y, offsety, incy);
  }

  @Override
  public void sgemv(String trans, int m, int n, float alpha, float[] a, int lda, float[] x,
      int incx, float beta, float[] y, int incy) {
    javaBlas.sgemv(trans, m, n, alpha, a, lda, x, incx, beta, y, incy);
  }

  @Override
  public void sgemv(String trans, int m, int n, float alpha, float[] a, int offseta, int lda,
      float[] x, int offsetx, int incx, float beta, float[] y, int offsety, int incy) {
    javaBlas.sgemv(trans, m, n, alpha, a, offseta, lda, x, offsetx, incx, beta, y, offsety, incy);
  }

  @Override
  public void dger(int m, int n, double alpha, double[] x, int incx, double[] y, int incy,
      double[] a, int lda) {
    javaBlas.dger(m, n, alpha, x, incx, y, incy, a, lda);
  }

  @Override
  public void dger(int m, int n, double alpha, double[] x, int offsetx, int incx, double[] y,
      int offsety, int incy, double[] a, int offseta, int lda) {
    javaBlas.dger(m, n, alpha, x, offsetx, incx, y, offsety, incy, a, offseta, lda);
  }

  @Override
  public void sger(int m, int n, float alpha, float[] x, int incx, float[] y, int incy, float[] a,
      int lda) {
    javaBlas.sger(m, n, alpha, x, incx, y, incy, a, lda);
  }

  @Override
  public void sger(int m, int n, float alpha, float[] x, int offsetx, int incx, float[] y,
      int offsety, int incy, float[] a, int offseta, int lda) {
    javaBlas.sger(m, n, alpha, x, offsetx, incx, y, offsety, incy, a, offseta, lda);
  }

  @Override
  public void dsbmv(String uplo, int n, int k, double alpha, double[] a, int lda, double[] x,
      int incx, double beta, double[] y, int incy) {
    javaBlas.dsbmv(uplo, n, k, alpha, a, lda, x, incx, beta, y, incy);
  }

  @Override
  public void dsbmv(String uplo, int n, int k, double alpha, double[] a, int offseta, int lda,
      double[] x, int offsetx, int incx, double beta, double[] y, int offsety, int incy) {
    javaBlas.dsbmv(uplo, n, k, alpha, a, offseta, lda, x, offsetx, incx, beta, y, offsety, incy);
  }

  @Override
  public void ssbmv(String uplo, int n, int k, float alpha, float[] a, int lda, float[] x, int incx,
      float beta, float[] y, int incy) {
    javaBlas.ssbmv(uplo, n, k, alpha, a, lda, x, incx, beta, y, incy);
  }

  @Override
  public void ssbmv(String uplo, int n, int k, float alpha, float[] a, int offseta, int lda,
      float[] x, int offsetx, int incx, float beta, float[] y, int offsety, int incy) {
    javaBlas.ssbmv(uplo, n, k, alpha, a, offseta, lda, x, offsetx, incx, beta, y, offsety, incy);
  }

  @Override
  public void dspmv(String uplo, int n, double alpha, double[] a, double[] x, int incx, double beta,
      double[] y, int incy) {
    javaBlas.dspmv(uplo, n, alpha, a, x, incx, beta, y, incy);
  }

  @Override
  public void dspmv(String uplo, int n, double alpha, double[] a, int offseta, double[] x,
      int offsetx, int incx, double beta, double[] y, int offsety, int incy) {
    javaBlas.dspmv(uplo, n, alpha, a, offseta, x, offsetx, incx, beta, y, offsety, incy);
  }

  @Override
  public void sspmv(String uplo, int n, float alpha, float[] ap, float[] x, int incx, float beta,
      float[] y, int incy) {
    javaBlas.sspmv(uplo, n, alpha, ap, x, incx, beta, y, incy);
  }

  @Override
  public void sspmv(String uplo, int n, float alpha, float[] ap, int offsetap, float[] x,
      int offsetx, int incx, float beta, float[] y, int offsety, int incy) {
    javaBlas.sspmv(uplo, n, alpha, ap, offsetap, x, offsetx, incx, beta, y, offsety, incy);
  }

  @Override
  public void dspr(String uplo, int n, double alpha, double[] x, int incx, double[] a) {
    javaBlas.dspr(uplo, n, alpha, x, incx, a);
  }

  @Override
  public void dspr(String uplo, int n, double alpha, double[] x, int offsetx, int incx, double[] a,
      int offseta) {
    javaBlas.dspr(uplo, n, alpha, x, offsetx, incx, a, offseta);
  }

  @Override
  public void sspr(String uplo, int n, float alpha, float[] x, int incx, float[] ap) {
    javaBlas.sspr(uplo, n, alpha, x, incx, ap);
  }

  @Override
  public void sspr(String uplo, int n, float alpha, float[] x, int offsetx, int incx, float[] ap,
      int offsetap) {
    javaBlas.sspr(uplo, n, alpha, x, offsetx, incx, ap, offsetap);
  }

  @Override
  public void dspr2(String uplo, int n, double alpha, double[] x, int incx, double[] y, int incy,
      double[] ap) {
    javaBlas.dspr2(uplo, n, alpha, x, incx, y, incy, ap);
  }

  @Override
  public void dspr2(String uplo, int n, double alpha, double[] x, int offsetx, int incx, double[] y,
      int offsety, int incy, double[] ap, int offsetap) {
    javaBlas.dspr2(uplo, n, alpha, x, offsetx, incx, y, offsety, incy, ap, offsetap);
  }

  @Override
  public void sspr2(String uplo, int n, float alpha, float[] x, int incx, float[] y, int incy,
      float[] ap) {
    javaBlas.sspr2(uplo, n, alpha, x, incx, y, incy, ap);
  }

  @Override
  public void sspr2(String uplo, int n, float alpha, float[] x, int offsetx, int incx, float[] y,
      int offsety, int incy, float[] ap, int offsetap) {
    javaBlas.sspr2(uplo, n, alpha, x, offsetx, incx, y, offsety, incy, ap, offsetap);
  }

  @Override
  public void dsymv(String uplo, int n, double alpha, double[] a, int lda, double[] x, int incx,
      double beta, double[] y, int incy) {
    javaBlas.dsymv(uplo, n, alpha, a, lda, x, incx, beta, y, incy);
  }

  @Override
  public void dsymv(String uplo, int n, double alpha, double[] a, int offseta, int lda, double[] x,
      int offsetx, int incx, double beta, double[] y, int offsety, int incy) {
    javaBlas.dsymv(uplo, n, alpha, a, offseta, lda, x, offsetx, incx, beta, y, offsety, incy);
  }

  @Override
  public void ssymv(String uplo, int n, float alpha, float[] a, int lda, float[] x, int incx,
      float beta, float[] y, int incy) {
    javaBlas.ssymv(uplo, n, alpha, a, lda, x, incx, beta, y, incy);
  }

  @Override
  public void ssymv(String uplo, int n, float alpha, float[] a, int offseta, int lda, float[] x,
      int offsetx, int incx, float beta, float[] y, int offsety, int incy) {
    javaBlas.ssymv(uplo, n, alpha, a, offseta, lda, x, offsetx, incx, beta, y, offsety, incy);
  }

  @Override
  public void dsyr(String uplo, int n, double alpha, double[] x, int incx, double[] a, int lda) {
    javaBlas.dsyr(uplo, n, alpha, x, incx, a, lda);
  }

  @Override
  public void dsyr(String uplo, int n, double alpha, double[] x, int offsetx, int incx, double[] a,
      int offseta, int lda) {
    javaBlas.dsyr(uplo, n, alpha, x, offsetx, incx, a, offseta, lda);
  }

  @Override
  public void ssyr(String uplo, int n, float alpha, float[] x, int incx, float[] a, int lda) {
    javaBlas.ssyr(uplo, n, alpha, x, incx, a, lda);
  }

  @Override
  public void ssyr(String uplo, int n, float alpha, float[] x, int offsetx, int incx, float[] a,
      int offseta, int lda) {
    javaBlas.ssyr(uplo, n, alpha, x, offsetx, incx, a, offseta, lda);
  }

  @Override
  public void dsyr2(String uplo, int n, double alpha, double[] x, int incx, double[] y, int incy,
      double[] a, int lda) {
    javaBlas.dsyr2(uplo, n, alpha, x, incx, y, incy, a, lda);
  }

  @Override
  public void dsyr2(String uplo, int n, double alpha, double[] x, int offsetx, int incx, double[] y,
      int offsety, int incy, double[] a, int offseta, int lda) {
    javaBlas.dsyr2(uplo, n, alpha, x, offsetx, incx, y, offsety, incy, a, offseta, lda);
  }

  @Override
  public void ssyr2(String uplo, int n, float alpha, float[] x, int incx, float[] y, int incy,
      float[] a, int lda) {
    javaBlas.ssyr2(uplo, n, alpha, x, incx, y, incy, a, lda);
  }

  @Override
  public void ssyr2(String uplo, int n, float alpha, float[] x, int offsetx, int incx, float[] y,
      int offsety, int incy, float[] a, int offseta, int lda) {
    javaBlas.ssyr2(uplo, n, alpha, x, offsetx, incx, y, offsety, incy, a, offseta, lda);
  }

  @Override
  public void dtbmv(String uplo, String trans, String diag, int n, int k, double[] a, int lda,
      double[] x, int incx) {
    javaBlas.dtbmv(uplo, trans, diag, n, k, a, lda, x, incx);
  }

  @Override
  public void dtbmv(String uplo, String trans, String diag, int n, int k, double[] a, int offseta,
      int lda, double[] x, int offsetx, int incx) {
    javaBlas.dtbmv(uplo, trans, diag, n, k, a, offseta, lda, x, offsetx, incx);
  }

  @Override
  public void stbmv(String uplo, String trans, String diag, int n, int k, float[] a, int lda,
      float[] x, int incx) {
    javaBlas.stbmv(uplo, trans, diag, n, k, a, lda, x, incx);
  }

  @Override
  public void stbmv(String uplo, String trans, String diag, int n, int k, float[] a, int offseta,
      int lda, float[] x, int offsetx, int incx) {
    javaBlas.stbmv(uplo, trans, diag, n, k, a, offseta, lda, x, offsetx, incx);
  }

  @Override
  public void dtbsv(String uplo, String trans, String diag, int n, int k, double[] a, int lda,
      double[] x, int incx) {
    javaBlas.dtbsv(uplo, trans, diag, n, k, a, lda, x, incx);
  }

  @Override
  public void dtbsv(String uplo, String trans, String diag, int n, int k, double[] a, int offseta,
      int lda, double[] x, int offsetx, int incx) {
    javaBlas.dtbsv(uplo, trans, diag, n, k, a, offseta, lda, x, offsetx, incx);
  }

  @Override
  public void stbsv(String uplo, String trans, String diag, int n, int k, float[] a, int lda,
      float[] x, int incx) {
    javaBlas.stbsv(uplo, trans, diag, n, k, a, lda, x, incx);
  }

  @Override
  public void stbsv(String uplo, String trans, String diag, int n, int k, float[] a, int offseta,
      int lda, float[] x, int offsetx, int incx) {
    javaBlas.stbsv(uplo, trans, diag, n, k, a, offseta, lda, x, offsetx, incx);
  }

  @Override
  public void dtpmv(String uplo, String trans, String diag, int n, double[] ap, double[] x,
      int incx) {
    javaBlas.dtpmv(uplo, trans, diag, n, ap, x, incx);
  }

  @Override
  public void dtpmv(String uplo, String trans, String diag, int n, double[] ap, int offsetap,
      double[] x, int offsetx, int incx) {
    javaBlas.dtpmv(uplo, trans, diag, n, ap, offsetap, x, offsetx, incx);
  }

  @Override
  public void stpmv(String uplo, String trans, String diag, int n, float[] ap, float[] x,
      int incx) {
    javaBlas.stpmv(uplo, trans, diag, n, ap, x, incx);
  }

  @Override
  public void stpmv(String uplo, String trans, String diag, int n, float[] ap, int offsetap,
      float[] x, int offsetx, int incx) {
    javaBlas.stpmv(uplo, trans, diag, n, ap, offsetap, x, offsetx, incx);
  }

  @Override
  public void dtpsv(String uplo, String trans, String diag, int n, double[] ap, double[] x,
      int incx) {
    javaBlas.dtpsv(uplo, trans, diag, n, ap, x, incx);
  }

  @Override
  public void dtpsv(String uplo, String trans, String diag, int n, double[] ap, int offsetap,
      double[] x, int offsetx, int incx) {
    javaBlas.dtpsv(uplo, trans, diag, n, ap, offsetap, x, offsetx, incx);
  }

  @Override
  public void stpsv(String uplo, String trans, String diag, int n, float[] ap, float[] x,
      int incx) {
    javaBlas.stpsv(uplo, trans, diag, n, ap, x, incx);
  }

  @Override
  public void stpsv(String uplo, String trans, String diag, int n, float[] ap, int offsetap,
      float[] x, int offsetx, int incx) {
    javaBlas.stpsv(uplo, trans, diag, n, ap, offsetap, x, offsetx, incx);
  }

  @Override
  public void dtrmv(String uplo, String trans, String diag, int n, double[] a, int lda, double[] x,
      int incx) {
    javaBlas.dtrmv(uplo, trans, diag, n, a, lda, x, incx);
  }

  @Override
  public void dtrmv(String uplo, String trans, String diag, int n, double[] a, int offseta, int lda,
      double[] x, int offsetx, int incx) {
    javaBlas.dtrmv(uplo, trans, diag, n, a, offseta, lda, x, offsetx, incx);
  }

  @Override
  public void strmv(String uplo, String trans, String diag, int n, float[] a, int lda, float[] x,
      int incx) {
    javaBlas.strmv(uplo, trans, diag, n, a, lda, x, incx);
  }

  @Override
  public void strmv(String uplo, String trans, String diag, int n, float[] a, int offseta, int lda,
      float[] x, int offsetx, int incx) {
    javaBlas.strmv(uplo, trans, diag, n, a, offseta, lda, x, offsetx, incx);
  }

  @Override
  public void dtrsv(String uplo, String trans, String diag, int n, double[] a, int lda, double[] x,
      int incx) {
    javaBlas.dtrsv(uplo, trans, diag, n, a, lda, x, incx);
  }

  @Override
  public void dtrsv(String uplo, String trans, String diag, int n, double[] a, int offseta, int lda,
      double[] x, int offsetx, int incx) {
    javaBlas.dtrsv(uplo, trans, diag, n, a, offseta, lda, x, offsetx, incx);
  }

  @Override
  public void strsv(String uplo, String trans, String diag, int n, float[] a, int lda, float[] x,
      int incx) {
    javaBlas.strsv(uplo, trans, diag, n, a, lda, x, incx);
  }

  @Override
  public void strsv(String uplo, String trans, String diag, int n, float[] a, int offseta, int lda,
      float[] x, int offsetx, int incx) {
    javaBlas.strsv(uplo, trans, diag, n, a, offseta, lda, x, offsetx, incx);
  }
}
