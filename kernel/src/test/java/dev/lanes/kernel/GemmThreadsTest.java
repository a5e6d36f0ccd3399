package dev.lanes.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanes.kernel.GemmCase.Layout;
import dev.lanes.kernel.GemmShapes.Blocking;
import dev.lanes.kernel.internal.GemmThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GEMM and threads: the same bits for every thread count (threads split M and N, never K),
 * many threads calling at once, and the thread-count setting.
 */
class GemmThreadsTest {
  @BeforeAll
  static void useTheVectorKernels() {
    GemmWarmup.awaitVectorKernels();
  }

  private int threadsBefore;

  @BeforeEach
  void rememberThreads() {
    threadsBefore = Kernels.threads();
  }

  @AfterEach
  void restoreThreads() {
    Kernels.setThreads(threadsBefore);
  }

  /**
   * Products above the splitting threshold (2mnk ≥ 2·96³): wider than tall (split along N)
   * and taller than wide (along M), with edges that are not whole register blocks and depths
   * across kc. The fifth is wider than tall with an A too large to read in place, so that
   * every thread packs all of A for its own columns. The last has three A blocks (MC rows) per
   * rank-kc update in every thread's columns, so that a thread done early can take a block of
   * another's (SharedPhases leaves each owner its last).
   */
  private static int[][] splitShapes(Blocking b) {
    int[][] shapes = {
        {97, 5 * b.nr() + 3, 83},
        {4 * b.mr() + 5, 181, b.kc() + 7},
        {233, 61, 71},
        {301, 2 * b.nr() - 1, 2 * b.kc() + 1},
        {131, 140 + b.nr(), (int) Math.max(2 * b.kc() + 3, b.aInPlaceMax() / 131 + 1)},
        {2 * b.mc() + 5, 2 * b.mc() + 5 + 4 * b.nr(), b.kc() + 3}};
    for (int[] shape : shapes) {
      // Deep enough to split whatever the register and cache blocks are.
      shape[2] = Math.max(shape[2], 1 + 96 * 96 * 96 / (shape[0] * shape[1]));
    }
    return shapes;
  }

  /**
   * 7 threads outnumber the cores of a small machine, so that they finish their rectangles at
   * different times and take over blocks of each other's (SharedPhases).
   */
  @ParameterizedTest
  @EnumSource(GemmPrecision.class)
  void sameBitsForEveryThreadCount(GemmPrecision precision) {
    Blocking blocking = Blocking.of(precision);
    int seed = 0;
    for (int[] shape : splitShapes(blocking)) {
      for (Transpose transA : Transpose.values()) {
        Transpose transB = Transpose.values()[seed % 2];
        seed++;
        GemmBuffer oneThread = null;
        for (int threads : new int[] {1, 2, 3, 7}) {
          Kernels.setThreads(threads);
          assertEquals(threads > 1, GemmThreads.worthSplitting(shape[0], shape[1], shape[2],
              blocking.mr(), blocking.nr()), "whether " + shape[0] + " x " + shape[1] + " x "
              + shape[2] + " is split across " + threads + " threads");
          // The same seed gives the same operands for every thread count.
          GemmCase g = GemmCase.random(precision, transA, transB, shape[0], shape[1],
              shape[2], -1.25, seed % 3 == 0 ? 0 : 0.5, Layout.PADDED, new Random(seed))
              .run();
          if (oneThread == null) {
            g.verify();
            oneThread = g.c;
          } else {
            assertTrue(oneThread.sameBits(g.c), g + " on " + threads
                + " threads differs from the result on 1 thread");
          }
        }
      }
    }
  }

  @Test
  void eightCallersAtOnceEachGetTheirOwnProduct() throws Exception {
    int callers = 8;
    CyclicBarrier start = new CyclicBarrier(callers);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int caller = 0; caller < callers; caller++) {
        results.add(pool.submit(randomProducts(caller, start)));
      }
      for (Future<Integer> result : results) {
        try {
          assertEquals(6, result.get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof AssertionError) {
            throw (AssertionError) e.getCause();
          }
          throw e;
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Six random products of one caller, small (direct), packed, and large enough to be split
   * across the library's threads, checked as they finish; returns how many passed.
   */
  private static Callable<Integer> randomProducts(int caller, CyclicBarrier start) {
    return () -> {
      Random random = new Random(100 + caller);
      start.await();
      int[][] shapes = {{3, 4, 5}, {17, 9, 31}, {41, 37, 29},
          {60 + random.nextInt(40), 110 + random.nextInt(60), 96 + random.nextInt(40)},
          {1 + random.nextInt(40), 1 + random.nextInt(40), 1 + random.nextInt(40)},
          {120 + random.nextInt(40), 50 + random.nextInt(30), 150}};
      int passed = 0;
      for (int[] shape : shapes) {
        GemmPrecision precision = GemmPrecision.values()[random.nextInt(2)];
        GemmCase.random(precision, Transpose.values()[random.nextInt(2)],
            Transpose.values()[random.nextInt(2)], shape[0], shape[1], shape[2],
            1 - 2 * random.nextDouble(), random.nextInt(3) - 1, Layout.PADDED, random)
            .run().verify();
        passed++;
      }
      return passed;
    };
  }

  /**
   * Changing the thread count while other threads multiply must neither fail nor change a
   * result (an early version retired its pool under a product in flight: an NPE, a partly
   * written C, and once a caller blocked for good, hence the daemon callers and time-out).
   */
  @Test
  void setThreadsWhileOtherThreadsMultiply() throws Exception {
    Blocking blocking = Blocking.of(GemmPrecision.FLOAT);
    int[] shape = splitShapes(blocking)[0];
    GemmCase expected = GemmCase.random(GemmPrecision.FLOAT, Transpose.NO_TRANS,
        Transpose.NO_TRANS, shape[0], shape[1], shape[2], 1, 0, Layout.DENSE, new Random(9))
        .run();
    ExecutorService callers = Executors.newFixedThreadPool(2, task -> {
      Thread thread = new Thread(task);
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Integer>> results = new ArrayList<>();
      long end = System.nanoTime() + 1_000_000_000L;
      for (int caller = 0; caller < 2; caller++) {
        results.add(callers.submit(() -> {
          int calls = 0;
          while (System.nanoTime() < end) {
            GemmCase g = GemmCase.random(GemmPrecision.FLOAT, Transpose.NO_TRANS,
                Transpose.NO_TRANS, shape[0], shape[1], shape[2], 1, 0, Layout.DENSE,
                new Random(9)).run();
            assertTrue(expected.c.sameBits(g.c), "a product computed while the thread count"
                + " changed differs");
            calls++;
          }
          return calls;
        }));
      }
      for (int toggle = 0; System.nanoTime() < end; toggle++) {
        Kernels.setThreads(2 + toggle % 2);
      }
      for (Future<Integer> result : results) {
        assertTrue(result.get(60, TimeUnit.SECONDS) > 0);
      }
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void threadCountIsSettableAndChecked() {
    Kernels.setThreads(3);
    assertEquals(3, Kernels.threads());
    assertEquals(3, Kernels.describe().threads());
    Kernels.setThreads(1);
    assertEquals(1, Kernels.threads());
    for (int bad : new int[] {0, -1, Integer.MIN_VALUE}) {
      String message = assertThrows(IllegalArgumentException.class,
          () -> Kernels.setThreads(bad)).getMessage();
      assertTrue(message.contains("threads=" + bad), message);
      assertEquals(1, Kernels.threads(), "a rejected setThreads changed the thread count");
    }
  }

  @Test
  void defaultThreadsComeFromThePropertyOrTheProcessors() {
    // Valid while every test restores the count it found (as this class does).
    String property = System.getProperty(GemmThreads.THREADS_PROPERTY);
    int expected = property == null ? Runtime.getRuntime().availableProcessors()
        : Integer.parseInt(property.trim());
    assertEquals(expected, threadsBefore, "the thread count at start with "
        + GemmThreads.THREADS_PROPERTY + "=" + property);
  }
}
