package dev.lanes.kernel.internal;

import java.lang.System.Logger.Level;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Compiles the vector microkernel before GEMM relies on it. Until C2 has compiled it, every
 * vector operation is a boxed object in the interpreter or C1, and the kernel runs about a
 * thousand times slower than compiled (a first 1024³ product took 12 s here). A daemon thread
 * therefore runs the vector microkernel on small private panels, timing it against the scalar
 * twin for the same number of flops; GEMM uses the scalar twin until the vector kernel is the
 * faster one three times in a row. The two have the same roundings, so which one ran never
 * changes a result.
 */
final class DoubleWarmup implements Runnable {
  private static final System.Logger LOG = System.getLogger("dev.lanes.kernel");
  private static final int DEPTH = 64;
  private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);

  private final DoubleMicrokernel vector;
  private final DoubleMicrokernel scalar;
  private final DoubleRowKernel vectorRow;
  private final DoubleRowKernel scalarRow;
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile boolean vectorReady;

  private DoubleWarmup(DoubleMicrokernel vector, DoubleMicrokernel scalar,
      DoubleRowKernel vectorRow, DoubleRowKernel scalarRow) {
    this.vector = vector;
    this.scalar = scalar;
    this.vectorRow = vectorRow;
    this.scalarRow = scalarRow;
  }

  /**
   * Starts warming {@code vector} and {@code vectorRow} up on a daemon thread. The row kernel
   * is rarely called in some applications (a few dgemv calls per pass in Spark MLlib), so
   * without this C2 might never compile it and it would run boxed, far slower than scalar.
   */
  static DoubleWarmup start(DoubleMicrokernel vector, DoubleMicrokernel scalar,
      DoubleRowKernel vectorRow, DoubleRowKernel scalarRow) {
    DoubleWarmup warmup = new DoubleWarmup(vector, scalar, vectorRow, scalarRow);
    Thread thread = new Thread(warmup, "lanes-warmup-dgemm");
    thread.setDaemon(true);
    thread.start();
    return warmup;
  }

  /** Whether the vector kernel has been compiled and measured faster than the scalar twin. */
  boolean vectorReady() {
    return vectorReady;
  }

  /** Whether the warm-up ended without the vector kernel ever beating the scalar twin. */
  boolean gaveUp() {
    return done.getCount() == 0 && !vectorReady;
  }

  /** Waits until the warm-up has ended; returns whether the vector kernel is ready. */
  boolean await(long timeout, TimeUnit unit) throws InterruptedException {
    done.await(timeout, unit);
    return vectorReady;
  }

  @Override
  public void run() {
    try {
      int mr = Math.max(vector.mr(), scalar.mr());
      int nr = Math.max(vector.nr(), scalar.nr());
      double[] a = new double[mr * DEPTH];
      double[] b = new double[nr * DEPTH];
      double[] panel = new double[Math.max(mr, nr) * DEPTH];
      double[] c = new double[mr * nr];
      double[] zeroRow = new double[nr];
      double[] sums = new double[Math.max(nr, DoubleRowKernel.LANE_SUMS)];
      for (int i = 0; i < a.length; i++) {
        a[i] = 1 + i % 7;
      }
      for (int i = 0; i < b.length; i++) {
        b[i] = 1 + i % 5;
      }
      // Calls of each kernel that do the same number of flops.
      int vectorCalls = 64;
      int scalarCalls = vectorCalls * rowsPerCall(vector) * vector.nr()
          / (rowsPerCall(scalar) * scalar.nr());
      time(scalar, scalarRow, scalarCalls * 20, a, b, c, zeroRow, panel, sums);
      long giveUp = System.nanoTime() + GIVE_UP_NANOS;
      int wins = 0;
      while (wins < 3 && System.nanoTime() < giveUp) {
        long vectorTime = time(vector, vectorRow, vectorCalls, a, b, c, zeroRow, panel, sums);
        long scalarTime = time(scalar, scalarRow, scalarCalls, a, b, c, zeroRow, panel, sums);
        wins = vectorTime < scalarTime ? wins + 1 : 0;
      }
      vectorReady = wins == 3;
      if (!vectorReady) {
        LOG.log(Level.WARNING, "Lanes: the vector dgemm kernel was still slower than the scalar"
            + " one after a minute of warm-up (is C2 starved of CPU?); dgemm stays scalar");
      }
    } finally {
      done.countDown();
    }
  }

  /** Rows of C one pass of {@link #time}'s loop computes: two tiles, a short one, two rows. */
  private static int rowsPerCall(DoubleMicrokernel kernel) {
    return 2 * kernel.mr() + kernel.shortMr() + 2;
  }

  /**
   * Nanoseconds for {@code calls} full, packed and short tiles, transposed panels of B and
   * slivers of A, and single rows (times B and times a transposed B) each, alternating
   * overwrite and accumulate as GEMM does.
   */
  private static long time(DoubleMicrokernel kernel, DoubleRowKernel rowKernel, int calls,
      double[] a, double[] b, double[] c, double[] zeroRow, double[] panel, double[] sums) {
    long start = System.nanoTime();
    int nr = kernel.nr();
    for (int i = 0; i < calls; i++) {
      boolean overwrite = (i & 1) == 0;
      kernel.multiply(DEPTH - (i & 7), a, 0, 1, kernel.mr(), b, 0, nr, 1,
          overwrite ? zeroRow : c, 0, overwrite ? 0 : nr, c, 0, nr);
      kernel.multiplyShort(DEPTH - (i & 7), a, 0, 1, kernel.mr(), b, 0, nr, 1,
          overwrite ? zeroRow : c, 0, overwrite ? 0 : nr, c, 0, nr);
      kernel.multiplyPacked(DEPTH - (i & 7), a, 0, b, 0, 1, overwrite ? zeroRow : c, 0,
          overwrite ? 0 : nr, c, 0, nr);
      kernel.transpose(b, 0, DEPTH, nr, DEPTH - (i & 7), panel, 0, nr);
      kernel.transpose(a, 0, DEPTH, kernel.mr(), DEPTH - (i & 7), panel, 0, kernel.mr());
      kernel.packB(b, 0, nr, DEPTH - (i & 7), panel, 0);
      rowKernel.rowTimesMatrix(nr, DEPTH - (i & 7), DEPTH, 1, a, 0, b, 0, nr, overwrite, c, 0,
          sums);
      rowKernel.rowTimesTransposed(nr, DEPTH - (i & 7), 1, a, 0, b, 0, DEPTH, overwrite, c, 0,
          sums);
    }
    return System.nanoTime() - start;
  }
}
