package dev.lanes.bench;

import dev.lanes.kernel.Transpose;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Native OpenBLAS through org.bytedeco's cblas_sgemm/cblas_dgemm on native buffers allocated and
 * filled once (FloatPointer/DoublePointer): JavaCPP's float[]/double[] overloads may copy the
 * arrays in and out on every call, which would time the copies, not OpenBLAS.
 */
final class OpenBlasGemm implements AutoCloseable {
  private final GemmShape shape;
  private final Pointer a;
  private final Pointer b;
  private final Pointer c;

  OpenBlasGemm(GemmOperands operands, int threads) {
    shape = operands.shape;
    openblas_nolapack.blas_set_num_threads(threads);
    long cLength = (long) shape.m() * shape.n();
    if (operands.precision == Precision.FLOAT) {
      a = new FloatPointer(operands.aFloat);
      b = new FloatPointer(operands.bFloat);
      c = new FloatPointer(cLength);
    } else {
      a = new DoublePointer(operands.aDouble);
      b = new DoublePointer(operands.bDouble);
      c = new DoublePointer(cLength);
    }
  }

  private static int cblas(Transpose transpose) {
    return transpose == Transpose.NO_TRANS ? openblas_nolapack.CblasNoTrans
        : openblas_nolapack.CblasTrans;
  }

  /** C = op(A)·op(B) with cblas_sgemm. */
  void sgemm() {
    openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor, cblas(shape.transA()),
        cblas(shape.transB()), shape.m(), shape.n(), shape.k(), 1f, (FloatPointer) a, shape.lda(),
        (FloatPointer) b, shape.ldb(), 0f, (FloatPointer) c, shape.n());
  }

  /** C = op(A)·op(B) with cblas_dgemm. */
  void dgemm() {
    openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, cblas(shape.transA()),
        cblas(shape.transB()), shape.m(), shape.n(), shape.k(), 1d, (DoublePointer) a, shape.lda(),
        (DoublePointer) b, shape.ldb(), 0d, (DoublePointer) c, shape.n());
  }

  /** Entry C[i][j] of the last product. */
  double c(int i, int j) {
    long index = (long) i * shape.n() + j;
    return c instanceof FloatPointer ? ((FloatPointer) c).get(index) : ((DoublePointer) c).get(index);
  }

  @Override
  public void close() {
    a.close();
    b.close();
    c.close();
  }
}
