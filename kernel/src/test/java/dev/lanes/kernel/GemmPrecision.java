package dev.lanes.kernel;

/**
 * The two element types of GEMM under test, so that each test is written once: values travel
 * as doubles (exactly representable in the element type) and arrays as {@link GemmBuffer}
 * (a null buffer passes a null array).
 */
public enum GemmPrecision {
  FLOAT("sgemm", 0x1p-24) {
    @Override
    public double round(double value) {
      return (float) value;
    }

    @Override
    public void gemm(Transpose transA, Transpose transB, int m, int n, int k, double alpha,
        GemmBuffer a, int aOffset, int lda, GemmBuffer b, int bOffset, int ldb, double beta,
        GemmBuffer c, int cOffset, int ldc) {
      Gemm.sgemm(transA, transB, m, n, k, (float) alpha, floats(a), aOffset, lda, floats(b),
          bOffset, ldb, (float) beta, floats(c), cOffset, ldc);
    }

    @Override
    public void gemmDense(Transpose transA, Transpose transB, int m, int n, int k,
        double alpha, GemmBuffer a, GemmBuffer b, double beta, GemmBuffer c) {
      Gemm.sgemm(transA, transB, m, n, k, (float) alpha, floats(a), floats(b), (float) beta,
          floats(c));
    }
  },
  DOUBLE("dgemm", 0x1p-53) {
    @Override
    public double round(double value) {
      return value;
    }

    @Override
    public void gemm(Transpose transA, Transpose transB, int m, int n, int k, double alpha,
        GemmBuffer a, int aOffset, int lda, GemmBuffer b, int bOffset, int ldb, double beta,
        GemmBuffer c, int cOffset, int ldc) {
      Gemm.dgemm(transA, transB, m, n, k, alpha, doubles(a), aOffset, lda, doubles(b),
          bOffset, ldb, beta, doubles(c), cOffset, ldc);
    }

    @Override
    public void gemmDense(Transpose transA, Transpose transB, int m, int n, int k,
        double alpha, GemmBuffer a, GemmBuffer b, double beta, GemmBuffer c) {
      Gemm.dgemm(transA, transB, m, n, k, alpha, doubles(a), doubles(b), beta, doubles(c));
    }
  };

  /** The name of the BLAS routine, for messages. */
  public final String routine;
  /** The unit roundoff u: half the distance from 1 to the next representable number. */
  public final double unitRoundoff;

  GemmPrecision(String routine, double unitRoundoff) {
    this.routine = routine;
    this.unitRoundoff = unitRoundoff;
  }

  /** The nearest value of this element type. */
  public abstract double round(double value);

  /** The full public API: {@link Gemm#sgemm} or {@link Gemm#dgemm} with offsets and ld. */
  public abstract void gemm(Transpose transA, Transpose transB, int m, int n, int k,
      double alpha, GemmBuffer a, int aOffset, int lda, GemmBuffer b, int bOffset, int ldb,
      double beta, GemmBuffer c, int cOffset, int ldc);

  /** The dense overload of the public API. */
  public abstract void gemmDense(Transpose transA, Transpose transB, int m, int n, int k,
      double alpha, GemmBuffer a, GemmBuffer b, double beta, GemmBuffer c);

  private static float[] floats(GemmBuffer buffer) {
    return buffer == null ? null : buffer.floats();
  }

  private static double[] doubles(GemmBuffer buffer) {
    return buffer == null ? null : buffer.doubles();
  }
}
