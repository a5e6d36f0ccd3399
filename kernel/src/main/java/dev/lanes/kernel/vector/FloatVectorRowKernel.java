// GENERATED from DoubleVectorRowKernel.java by TwinSourcesTest: edit the template, then regenerate.
package dev.lanes.kernel.vector;

import dev.lanes.kernel.internal.FloatRowKernel;
import dev.lanes.kernel.internal.FloatScalarRowKernel;
import dev.lanes.kernel.internal.VectorSupport;
import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector twin of the single-row GEMM kernels; vectors never leave these methods, so C2 keeps
 * them in registers.
 */
public final class FloatVectorRowKernel implements FloatRowKernel {
  private static final VectorSpecies<Float> SPECIES =
      VectorSpecies.of(float.class, VectorShape.forBitSize(VectorSupport.BITS));
  private static final int LANES = SPECIES.length();

  @Override
  public void rowTimesMatrix(int n, int k, int kc, float alpha, float[] x, int xOffset,
      float[] b, int bOffset, int ldb, boolean overwrite, float[] c, int cOffset,
      float[] sums) {
    int vectorColumns = SPECIES.loopBound(n);
    for (int pc = 0; pc < k; pc += kc) {
      Arrays.fill(sums, 0, n, 0);
      // sums[j] = fma(x[p], B[p][j], sums[j]) for each row p: B streamed in storage order.
      for (int p = pc; p < Math.min(k, pc + kc); p++) {
        float xp = x[xOffset + p];
        FloatVector xps = FloatVector.broadcast(SPECIES, xp);
        int row = bOffset + p * ldb;
        int j = 0;
        for (; j < vectorColumns; j += LANES) {
          xps.fma(FloatVector.fromArray(SPECIES, b, row + j),
              FloatVector.fromArray(SPECIES, sums, j)).intoArray(sums, j);
        }
        for (; j < n; j++) {
          sums[j] = Math.fma(xp, b[row + j], sums[j]);
        }
      }
      boolean fresh = overwrite && pc == 0;
      for (int j = 0; j < n; j++) {
        c[cOffset + j] = Math.fma(sums[j], alpha, fresh ? 0 : c[cOffset + j]);
      }
    }
  }

  @Override
  public void rowTimesTransposed(int n, int k, float alpha, float[] x, int xOffset,
      float[] b, int bOffset, int ldb, boolean overwrite, float[] c,
      int cOffset, float[] laneSums) {
    int vectorDepth = SPECIES.loopBound(k);
    int j = 0;
    // Four rows of B at a time share each load of x: four independent fma chains.
    for (; j + 4 <= n; j += 4) {
      int row0 = bOffset + j * ldb;
      int row1 = row0 + ldb;
      int row2 = row1 + ldb;
      int row3 = row2 + ldb;
      FloatVector sum0 = FloatVector.zero(SPECIES);
      FloatVector sum1 = sum0;
      FloatVector sum2 = sum0;
      FloatVector sum3 = sum0;
      for (int p = 0; p < vectorDepth; p += LANES) {
        FloatVector xp = FloatVector.fromArray(SPECIES, x, xOffset + p);
        sum0 = xp.fma(FloatVector.fromArray(SPECIES, b, row0 + p), sum0);
        sum1 = xp.fma(FloatVector.fromArray(SPECIES, b, row1 + p), sum1);
        sum2 = xp.fma(FloatVector.fromArray(SPECIES, b, row2 + p), sum2);
        sum3 = xp.fma(FloatVector.fromArray(SPECIES, b, row3 + p), sum3);
      }
      // The lanes added in order, as the scalar twin adds them.
      sum0.intoArray(laneSums, 0);
      sum1.intoArray(laneSums, LANES);
      sum2.intoArray(laneSums, 2 * LANES);
      sum3.intoArray(laneSums, 3 * LANES);
      float dot0 = FloatScalarRowKernel.sumInLaneOrder(laneSums, 0, LANES);
      float dot1 = FloatScalarRowKernel.sumInLaneOrder(laneSums, LANES, LANES);
      float dot2 = FloatScalarRowKernel.sumInLaneOrder(laneSums, 2 * LANES, LANES);
      float dot3 = FloatScalarRowKernel.sumInLaneOrder(laneSums, 3 * LANES, LANES);
      for (int p = vectorDepth; p < k; p++) {
        float xp = x[xOffset + p];
        dot0 = Math.fma(xp, b[row0 + p], dot0);
        dot1 = Math.fma(xp, b[row1 + p], dot1);
        dot2 = Math.fma(xp, b[row2 + p], dot2);
        dot3 = Math.fma(xp, b[row3 + p], dot3);
      }
      c[cOffset + j] = Math.fma(dot0, alpha, overwrite ? 0 : c[cOffset + j]);
      c[cOffset + j + 1] = Math.fma(dot1, alpha, overwrite ? 0 : c[cOffset + j + 1]);
      c[cOffset + j + 2] = Math.fma(dot2, alpha, overwrite ? 0 : c[cOffset + j + 2]);
      c[cOffset + j + 3] = Math.fma(dot3, alpha, overwrite ? 0 : c[cOffset + j + 3]);
    }
    for (; j < n; j++) {
      int row = bOffset + j * ldb;
      FloatVector sum = FloatVector.zero(SPECIES);
      for (int p = 0; p < vectorDepth; p += LANES) {
        FloatVector xp = FloatVector.fromArray(SPECIES, x, xOffset + p);
        sum = xp.fma(FloatVector.fromArray(SPECIES, b, row + p), sum);
      }
      sum.intoArray(laneSums, 0);
      float dot = FloatScalarRowKernel.sumInLaneOrder(laneSums, 0, LANES);
      for (int p = vectorDepth; p < k; p++) {
        dot = Math.fma(x[xOffset + p], b[row + p], dot);
      }
      c[cOffset + j] = Math.fma(dot, alpha, overwrite ? 0 : c[cOffset + j]);
    }
  }
}
