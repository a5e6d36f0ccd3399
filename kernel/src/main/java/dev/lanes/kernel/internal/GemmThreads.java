package dev.lanes.kernel.internal;

import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The library's own worker threads for large products (never the common ForkJoinPool).
 *
 * <p>A product is split into rectangles of C along N (or along M when C is taller than wide),
 * never along K: every element of C gets the same operations in the same order whatever the
 * split, so the result is bitwise identical for every thread count. The calling thread
 * computes the first rectangle itself, and a thread done with its rectangle takes over blocks
 * of the others' ({@link SharedPhases}).
 */
public final class GemmThreads {
  /** The system property that sets the default thread count. */
  public static final String THREADS_PROPERTY = "lanes.threads";

  /** Below this many flops (2mnk) a product stays on the calling thread. */
  private static final long PARALLEL_MIN_FLOPS = 2L * 96 * 96 * 96;

  /**
   * A rectangle of C to compute: rows [rowStart, rowEnd) x columns [colStart, colEnd), in
   * phases of blocks run through {@code phases}, which lets the product's other threads take
   * over blocks once they are done with their own rectangles.
   */
  @FunctionalInterface
  public interface Part {
    void run(int rowStart, int rowEnd, int colStart, int colEnd, SharedPhases.PhaseRunner phases);
  }

  private static volatile int threads = defaultThreads();

  /**
   * threads - 1 persistent workers (the caller computes one share itself), each keeping its
   * packing buffers. One executor for the life of the JVM, resized by setThreads: no product
   * ever meets a retired pool, and a share queues when another product holds the workers.
   */
  private static final ThreadPoolExecutor WORKERS = new ThreadPoolExecutor(workersFor(threads),
      workersFor(threads), 1, TimeUnit.MINUTES, new SpinningQueue(), daemonFactory());

  /**
   * How long an idle worker, or a caller waiting for its workers (after it has helped them,
   * see {@link SharedPhases#finishAndHelp}), spins before it blocks. A
   * blocked thread's core may go idle, and on this 2-core VM a product split in two shares
   * of 1 ms lost 40-250 µs to waking the worker and then the caller, against 12-20 µs when
   * both spin: up to a tenth of a dense layer's product on 2 threads. OpenBLAS's threads
   * spin likewise between calls.
   */
  private static final long SPIN_NANOS = 200_000;

  /** The workers' queue: a worker looks for a share for {@link #SPIN_NANOS} before blocking. */
  private static final class SpinningQueue extends LinkedBlockingQueue<Runnable> {
    private static final long serialVersionUID = 1L;

    @Override
    public Runnable take() throws InterruptedException {
      long deadline = System.nanoTime() + SPIN_NANOS;
      do {
        Runnable share = poll();
        if (share != null) {
          return share;
        }
        Thread.onSpinWait();
      } while (System.nanoTime() - deadline < 0);
      return super.take();
    }
  }

  private GemmThreads() {}

  private static int defaultThreads() {
    int available = Runtime.getRuntime().availableProcessors();
    String value = System.getProperty(THREADS_PROPERTY);
    if (value == null || value.isBlank()) {
      return available;
    }
    try {
      int threads = Integer.parseInt(value.trim());
      if (threads >= 1) {
        return threads;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    System.getLogger("dev.lanes.kernel").log(System.Logger.Level.WARNING,
        "Lanes: " + THREADS_PROPERTY + "=" + value + " is not a positive integer; using "
            + available);
    return available;
  }

  private static ThreadFactory daemonFactory() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "lanes-gemm-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The number of threads a large product uses. */
  public static int threads() {
    return threads;
  }

  /** Sets the number of threads for later products. */
  public static synchronized void setThreads(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("threads=" + count + " must be >= 1");
    }
    int workers = workersFor(count);
    // The core size may never exceed the maximum, so grow the maximum first, shrink it last.
    if (workers > WORKERS.getMaximumPoolSize()) {
      WORKERS.setMaximumPoolSize(workers);
      WORKERS.setCorePoolSize(workers);
    } else {
      WORKERS.setCorePoolSize(workers);
      WORKERS.setMaximumPoolSize(workers);
    }
    threads = count;
  }

  private static int workersFor(int count) {
    return Math.max(1, count - 1);
  }

  /** Whether an m x n x k product is large enough to split across more than one thread. */
  public static boolean worthSplitting(int m, int n, int k, int mr, int nr) {
    return partsFor(threads, m, n, mr, nr) > 1 && 2L * m * n * k >= PARALLEL_MIN_FLOPS;
  }

  private static int partsFor(int count, int m, int n, int mr, int nr) {
    return Math.min(count, n >= m ? ceilDiv(n, nr) : ceilDiv(m, mr));
  }

  /**
   * Runs {@code part} over the whole m x n product, split across the threads when it is large
   * enough; rectangles are aligned to the register block (mr rows, nr columns).
   */
  public static void run(int m, int n, int k, int mr, int nr, Part part) {
    boolean byColumns = n >= m;
    int blocks = byColumns ? ceilDiv(n, nr) : ceilDiv(m, mr);
    int parts = partsFor(threads, m, n, mr, nr);
    if (parts <= 1 || 2L * m * n * k < PARALLEL_MIN_FLOPS) {
      part.run(0, m, 0, n, SharedPhases.ALONE);
      return;
    }
    int step = byColumns ? nr : mr;
    int extent = byColumns ? n : m;
    SharedPhases sharing = new SharedPhases(parts);
    Future<?>[] pending = new Future<?>[parts - 1];
    int submitted = 0;
    try {
      for (int i = 1; i < parts; i++) {
        int start = Math.min(extent, blocks * i / parts * step);
        int end = Math.min(extent, blocks * (i + 1) / parts * step);
        int index = i;
        pending[submitted] = WORKERS.submit(() -> runPart(part, sharing, index, byColumns,
            start, end, m, n));
        submitted++;
      }
      runPart(part, sharing, 0, byColumns, 0, Math.min(extent, blocks / parts * step), m, n);
    } finally {
      awaitAll(pending, submitted);
    }
  }

  /**
   * Part {@code index}, the rows or columns [start, end) of C, then blocks of the parts still
   * running.
   */
  private static void runPart(Part part, SharedPhases sharing, int index, boolean byColumns,
      int start, int end, int m, int n) {
    SharedPhases.PhaseRunner phases = sharing.start(index);
    try {
      if (byColumns) {
        part.run(0, m, start, end, phases);
      } else {
        part.run(start, end, 0, n, phases);
      }
    } catch (RuntimeException | Error e) {
      sharing.finish();
      throw e;
    }
    sharing.finishAndHelp();
  }

  private static void awaitAll(Future<?>[] pending, int count) {
    RuntimeException failure = null;
    boolean interrupted = false;
    for (int i = 0; i < count; i++) {
      long deadline = System.nanoTime() + SPIN_NANOS;
      while (!pending[i].isDone() && System.nanoTime() - deadline < 0) {
        Thread.onSpinWait();
      }
      while (true) {
        try {
          pending[i].get();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (java.util.concurrent.ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof Error) {
            throw (Error) cause;
          }
          if (failure == null) {
            failure = cause instanceof RuntimeException ? (RuntimeException) cause
                : new IllegalStateException(cause);
          }
          break;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
