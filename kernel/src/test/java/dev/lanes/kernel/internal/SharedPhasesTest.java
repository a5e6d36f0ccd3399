package dev.lanes.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The load balancing between the threads of one product: every block runs exactly once, an
 * owner returns from a phase only when the blocks its helpers took are done, and nobody waits
 * for a part that never started.
 */
class SharedPhasesTest {
  private static final Duration LIMIT = Duration.ofSeconds(20);

  @Test
  void aHelperTakesBlocksAndTheOwnerWaitsForThem() throws Exception {
    assertTimeoutPreemptively(LIMIT, () -> {
      int blocks = 8;
      SharedPhases sharing = new SharedPhases(2);
      SharedPhases.PhaseRunner owner = sharing.start(0);
      sharing.start(1);
      AtomicIntegerArray runs = new AtomicIntegerArray(blocks);
      AtomicIntegerArray byHelper = new AtomicIntegerArray(blocks);
      CountDownLatch helperRanOne = new CountDownLatch(1);
      CountDownLatch ownerInPhase = new CountDownLatch(1);
      AtomicReference<int[]> runsWhenOwnerReturned = new AtomicReference<>();
      ownerThenHelper(ownerInPhase, () -> {
        owner.run(blocks, block -> {
          if (onHelper()) {
            byHelper.set(block, 1);
            helperRanOne.countDown();
            sleep(50);  // still running when the owner has run out of blocks
          } else if (block == 0) {
            // The owner holds its first block until the helper has claimed one.
            ownerInPhase.countDown();
            await(helperRanOne);
          }
          runs.incrementAndGet(block);  // counted when the block is done
        });
        int[] snapshot = new int[blocks];
        for (int i = 0; i < blocks; i++) {
          snapshot[i] = runs.get(i);
        }
        runsWhenOwnerReturned.set(snapshot);
        sharing.finishAndHelp();
      }, sharing::finishAndHelp);
      int helped = 0;
      for (int i = 0; i < blocks; i++) {
        assertEquals(1, runs.get(i), "runs of block " + i);
        assertEquals(1, runsWhenOwnerReturned.get()[i],
            "runs of block " + i + " when the owner's phase returned");
        helped += byHelper.get(i);
      }
      assertTrue(helped >= 1, "the helper ran no block");
    });
  }

  @Test
  void manyPhasesOnFourThreadsRunEveryBlockOnce() throws Exception {
    assertTimeoutPreemptively(LIMIT, () -> {
      int parts = 4;
      int phases = 50;
      int blocks = 13;
      SharedPhases sharing = new SharedPhases(parts);
      AtomicIntegerArray runs = new AtomicIntegerArray(parts * phases * blocks);
      AtomicInteger phasesLeftUnfinished = new AtomicInteger();
      Thread[] threads = new Thread[parts];
      for (int p = 0; p < parts; p++) {
        int part = p;
        SharedPhases.PhaseRunner runner = sharing.start(part);
        threads[p] = new Thread(() -> {
          for (int phase = 0; phase < phases; phase++) {
            int base = (part * phases + phase) * blocks;
            // Part 0 is slow, so that the others finish early and help it.
            runner.run(blocks, block -> {
              if (part == 0) {
                sleep(1);
              }
              runs.incrementAndGet(base + block);  // counted when the block is done
            });
            // Every block of this phase is done before the owner goes on.
            for (int block = 0; block < blocks; block++) {
              if (runs.get(base + block) != 1) {
                phasesLeftUnfinished.incrementAndGet();
              }
            }
          }
          sharing.finishAndHelp();
        });
      }
      for (Thread thread : threads) {
        thread.start();
      }
      for (Thread thread : threads) {
        thread.join();
      }
      assertEquals(0, phasesLeftUnfinished.get(), "phases left before all their blocks ran");
      for (int i = 0; i < runs.length(); i++) {
        assertEquals(1, runs.get(i), "runs of block " + i);
      }
    });
  }

  @Test
  void aHelperDoesNotWaitForAPartThatNeverStarted() {
    assertTimeoutPreemptively(LIMIT, () -> {
      SharedPhases sharing = new SharedPhases(2);
      sharing.start(0);
      sharing.finishAndHelp();  // part 1 is still queued somewhere: return at once
    });
  }

  @Test
  void aFailingBlockReachesTheOwnerAfterTheClaimedBlocksAreDone() {
    assertTimeoutPreemptively(LIMIT, () -> {
      SharedPhases sharing = new SharedPhases(1);
      SharedPhases.PhaseRunner owner = sharing.start(0);
      AtomicIntegerArray runs = new AtomicIntegerArray(4);
      IllegalStateException failure = new IllegalStateException("block 1");
      IllegalStateException thrown = assertThrows(IllegalStateException.class,
          () -> owner.run(4, block -> {
            runs.incrementAndGet(block);
            if (block == 1) {
              throw failure;
            }
          }));
      assertSame(failure, thrown);
      assertEquals(1, runs.get(0));
      assertEquals(1, runs.get(1));
      // No block is claimed after the failure.
      assertEquals(0, runs.get(2));
      assertEquals(0, runs.get(3));
      sharing.finish();
    });
  }

  @Test
  void aBlockFailingOnAHelperReachesTheHelperAndTheOwnerGoesOn() throws Exception {
    assertTimeoutPreemptively(LIMIT, () -> {
      int blocks = 6;
      SharedPhases sharing = new SharedPhases(2);
      SharedPhases.PhaseRunner owner = sharing.start(0);
      sharing.start(1);
      IllegalStateException failure = new IllegalStateException("helper's block");
      AtomicReference<Throwable> helperThrew = new AtomicReference<>();
      CountDownLatch helperFailed = new CountDownLatch(1);
      CountDownLatch ownerInPhase = new CountDownLatch(1);
      AtomicIntegerArray runs = new AtomicIntegerArray(blocks);
      ownerThenHelper(ownerInPhase, () -> {
        owner.run(blocks, block -> {
          if (onHelper()) {
            helperFailed.countDown();
            throw failure;
          }
          if (block == 0) {
            ownerInPhase.countDown();
            await(helperFailed);  // the helper claims block 1 and fails in it
          }
          runs.incrementAndGet(block);
        });
        sharing.finishAndHelp();
      }, () -> {
        try {
          sharing.finishAndHelp();
        } catch (Throwable t) {
          helperThrew.set(t);
        }
      });
      assertSame(failure, helperThrew.get());
      assertEquals(0, runs.get(1), "the block that failed on the helper");
      for (int block = 0; block < blocks; block++) {
        if (block != 1) {
          assertEquals(1, runs.get(block), "runs of block " + block + " on the owner");
        }
      }
    });
  }

  private static final String HELPER = "helper";

  /**
   * Runs {@code ownerWork} on a thread of its own and, once {@code ownerInPhase} opens,
   * {@code helperWork} on a thread named {@link #HELPER}; returns when both are done. A helper
   * leaves when no block is offered for a while, so it starts only once the phase is up.
   */
  private static void ownerThenHelper(CountDownLatch ownerInPhase, Runnable ownerWork,
      Runnable helperWork) throws InterruptedException {
    Thread owner = new Thread(ownerWork, "owner");
    Thread helper = new Thread(helperWork, HELPER);
    owner.start();
    await(ownerInPhase);
    helper.start();
    owner.join();
    helper.join();
  }

  private static boolean onHelper() {
    return Thread.currentThread().getName().equals(HELPER);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS), "waited 10 s for " + latch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
