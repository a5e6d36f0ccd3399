package dev.lanes.spark;

import dev.ludovic.netlib.blas.BLAS;
import java.util.Objects;
import org.netlib.util.doubleW;
import org.netlib.util.floatW;

/**
 * The level-1 routines of {@link BLAS} (vector-vector, plus {@code lsame}), forwarded unchanged
 * to netlib's own implementation: memory-bound loops (daxpy, which {@link LanesBLAS} runs
 * itself, is the exception).
 *
 * <p>The forwarding is split by BLAS level into three small classes ({@link ForwardingBlasLevel2},
 * {@link ForwardingBlasLevel3}) because netlib's own abstract base class is package-private.
 */
abstract class ForwardingBlasLevel1 implements BLAS {
  /** Netlib's implementation that every routine not run on Lanes goes to. */
  protected final BLAS javaBlas;

  protected ForwardingBlasLevel1(BLAS javaBlas) {
    this.javaBlas = Objects.requireNonNull(javaBlas, "javaBlas must not be null");
  }

  @Override
  public double dasum(int n, double[] x, int incx) {
    return javaBlas.dasum(n, x, incx);
  }

  @Override
  public double dasum(int n, double[] x, int offsetx, int incx) {
    return javaBlas.dasum(n, x, offsetx, incx);
  }

  @Override
  public float sasum(int n, float[] x, int incx) {
    return javaBlas.sasum(n, x, incx);
  }

  @Override
  public float sasum(int n, float[] x, int offsetx, int incx) {
    return javaBlas.sasum(n, x, offsetx, incx);
  }

  @Override
  public void daxpy(int n, double alpha, double[] x, int incx, double[] y, int incy) {
    javaBlas.daxpy(n, alpha, x, incx, y, incy);
  }

  @Override
  public void daxpy(int n, double alpha, double[] x, int offsetx, int incx, double[] y, int offsety,
      int incy) {
    javaBlas.daxpy(n, alpha, x, offsetx, incx, y, offsety, incy);
  }

  @Override
  public void saxpy(int n, float alpha, float[] x, int incx, float[] y, int incy) {
    javaBlas.saxpy(n, alpha, x, incx, y, incy);
  }

  @Override
  public void saxpy(int n, float alpha, float[] x, int offsetx, int incx, float[] y, int offsety,
      int incy) {
    javaBlas.saxpy(n, alpha, x, offsetx, incx, y, offsety, incy);
  }

  @Override
  public void dcopy(int n, double[] x, int incx, double[] y, int incy) {
    javaBlas.dcopy(n, x, incx, y, incy);
  }

  @Override
  public void dcopy(int n, double[] x, int offsetx, int incx, double[] y, int offsety, int incy) {
    javaBlas.dcopy(n, x, offsetx, incx, y, offsety, incy);
  }

  @Override
  public void scopy(int n, float[] x, int incx, float[] y, int incy) {
    javaBlas.scopy(n, x, incx, y, incy);
  }

  @Override
  public void scopy(int n, float[] x, int offsetx, int incx, float[] y, int offsety, int incy) {
    javaBlas.scopy(n, x, offsetx, incx, y, offsety, incy);
  }

  @Override
  public double ddot(int n, double[] x, int incx, double[] y, int incy) {
    return javaBlas.ddot(n, x, incx, y, incy);
  }

  @Override
  public double ddot(int n, double[] x, int offsetx, int incx, double[] y, int offsety, int incy) {
    return javaBlas.ddot(n, x, offsetx, incx, y, offsety, incy);
  }

  @Override
  public float sdot(int n, float[] x, int incx, float[] y, int incy) {
    return javaBlas.sdot(n, x, incx, y, incy);
  }

  @Override
  public float sdot(int n, float[] x, int offsetx, int incx, float[] y, int offsety, int incy) {
    return javaBlas.sdot(n, x, offsetx, incx, y, offsety, incy);
  }

  @Override
  public float sdsdot(int n, float sb, float[] sx, int incx, float[] sy, int incy) {
    return javaBlas.sdsdot(n, sb, sx, incx, sy, incy);
  }

  @Override
  public float sdsdot(int n, float sb, float[] sx, int offsetsx, int incx, float[] sy, int offsetsy,
      int incy) {
    return javaBlas.sdsdot(n, sb, sx, offsetsx, incx, sy, offsetsy, incy);
  }

  @Override
  public double dnrm2(int n, double[] x, int incx) {
    return javaBlas.dnrm2(n, x, incx);
  }

  @Override
  public double dnrm2(int n, double[] x, int offsetx, int incx) {
    return javaBlas.dnrm2(n, x, offsetx, incx);
  }

  @Override
  public float snrm2(int n, float[] x, int incx) {
    return javaBlas.snrm2(n, x, incx);
  }

  @Override
  public float snrm2(int n, float[] x, int offsetx, int incx) {
    return javaBlas.snrm2(n, x, offsetx, incx);
  }

  @Override
  public void drot(int n, double[] dx, int incx, double[] dy, int incy, double c, double s) {
    javaBlas.drot(n, dx, incx, dy, incy, c, s);
  }

  @Override
  public void drot(int n, double[] dx, int offsetdx, int incx, double[] dy, int offsetdy, int incy,
      double c, double s) {
    javaBlas.drot(n, dx, offsetdx, incx, dy, offsetdy, incy, c, s);
  }

  @Override
  public void srot(int n, float[] sx, int incx, float[] sy, int incy, float c, float s) {
    javaBlas.srot(n, sx, incx, sy, incy, c, s);
  }

  @Override
  public void srot(int n, float[] sx, int offsetsx, int incx, float[] sy, int offsetsy, int incy,
      float c, float s) {
    javaBlas.srot(n, sx, offsetsx, incx, sy, offsetsy, incy, c, s);
  }

  @Override
  public void drotg(doubleW da, doubleW db, doubleW c, doubleW s) {
    javaBlas.drotg(da, db, c, s);
  }

  @Override
  public void srotg(floatW sa, floatW sb, floatW c, floatW s) {
    javaBlas.srotg(sa, sb, c, s);
  }

  @Override
  public void drotm(int n, double[] dx, int incx, double[] dy, int incy, double[] dparam) {
    javaBlas.drotm(n, dx, incx, dy, incy, dparam);
  }

  @Override
  public void drotm(int n, double[] dx, int offsetdx, int incx, double[] dy, int offsetdy, int incy,
      double[] dparam, int offsetdparam) {
    javaBlas.drotm(n, dx, offsetdx, incx, dy, offsetdy, incy, dparam, offsetdparam);
  }

  @Override
  public void srotm(int n, float[] sx, int incx, float[] sy, int incy, float[] sparam) {
    javaBlas.srotm(n, sx, incx, sy, incy, sparam);
  }

  @Override
  public void srotm(int n, float[] sx, int offsetsx, int incx, float[] sy, int offsetsy, int incy,
      float[] sparam, int offsetsparam) {
    javaBlas.srotm(n, sx, offsetsx, incx, sy, offsetsy, incy, sparam, offsetsparam);
  }

  @Override
  public void drotmg(doubleW dd1, doubleW dd2, doubleW dx1, double dy1, double[] dparam) {
    javaBlas.drotmg(dd1, dd2, dx1, dy1, dparam);
  }

  @Override
  public void drotmg(doubleW dd1, doubleW dd2, doubleW dx1, double dy1, double[] dparam,
      int offsetdparam) {
    javaBlas.drotmg(dd1, dd2, dx1, dy1, dparam, offsetdparam);
  }

  @Override
  public void srotmg(floatW sd1, floatW sd2, floatW sx1, float sy1, float[] sparam) {
    javaBlas.srotmg(sd1, sd2, sx1, sy1, sparam);
  }

  @Override
  public void srotmg(floatW sd1, floatW sd2, floatW sx1, float sy1, float[] sparam,
      int offsetsparam) {
    javaBlas.srotmg(sd1, sd2, sx1, sy1, sparam, offsetsparam);
  }

  @Override
  public void dscal(int n, double alpha, double[] x, int incx) {
    javaBlas.dscal(n, alpha, x, incx);
  }

  @Override
  public void dscal(int n, double alpha, double[] x, int offsetx, int incx) {
    javaBlas.dscal(n, alpha, x, offsetx, incx);
  }

  @Override
  public void sscal(int n, float alpha, float[] x, int incx) {
    javaBlas.sscal(n, alpha, x, incx);
  }

  @Override
  public void sscal(int n, float alpha, float[] x, int offsetx, int incx) {
    javaBlas.sscal(n, alpha, x, offsetx, incx);
  }

  @Override
  public void dswap(int n, double[] x, int incx, double[] y, int incy) {
    javaBlas.dswap(n, x, incx, y, incy);
  }

  @Override
  public void dswap(int n, double[] x, int offsetx, int incx, double[] y, int offsety, int incy) {
    javaBlas.dswap(n, x, offsetx, incx, y, offsety, incy);
  }

  @Override
  public void sswap(int n, float[] x, int incx, float[] y, int incy) {
    javaBlas.sswap(n, x, incx, y, incy);
  }

  @Override
  public void sswap(int n, float[] x, int offsetx, int incx, float[] y, int offsety, int incy) {
    javaBlas.sswap(n, x, offsetx, incx, y, offsety, incy);
  }

  @Override
  public int idamax(int n, double[] x, int incx) {
    return javaBlas.idamax(n, x, incx);
  }

  @Override
  public int idamax(int n, double[] x, int offsetx, int incx) {
    return javaBlas.idamax(n, x, offsetx, incx);
  }

  @Override
  public int isamax(int n, float[] sx, int incx) {
    return javaBlas.isamax(n, sx, incx);
  }

  @Override
  public int isamax(int n, float[] sx, int offsetsx, int incx) {
    return javaBlas.isamax(n, sx, offsetsx, incx);
  }

  @Override
  public boolean lsame(String ca, String cb) {
    return javaBlas.lsame(ca, cb);
  }
}
