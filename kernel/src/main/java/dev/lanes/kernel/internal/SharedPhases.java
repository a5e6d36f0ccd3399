package dev.lanes.kernel.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntConsumer;

/**
 * Load balancing between the threads of one product. Each thread owns a rectangle of C and
 * walks it in phases (in GEMM, one rank-kc update with a packed B panel); a phase is a run of
 * independent blocks (one A block each). A thread that has finished its own rectangle takes
 * unclaimed blocks of the phases the others are in, and an owner moves on to its next phase
 * only when every block of the current one is done.
 *
 * <p>Why: on a shared host one vCPU often runs slower than the other. In a probe of sgemm 2048
 * split in two halves of columns, the slower thread took 5-18 % longer than the faster, and an
 * even split waits for the slower one. A block is computed with the same operations whichever
 * thread runs it, so the result stays bitwise identical.
 *
 * <p>Only running threads wait for each other: an owner waits for the blocks already claimed,
 * which are being computed, and a helper helps only parts that have started, never one still
 * queued behind another product's.
 */
public final class SharedPhases {
  /** Runs one phase of a part: the blocks 0 .. count-1, each exactly once. */
  @FunctionalInterface
  public interface PhaseRunner {
    void run(int count, IntConsumer block);
  }

  /** A part computed alone runs its blocks in order on its own thread. */
  public static final PhaseRunner ALONE = (count, block) -> {
    for (int i = 0; i < count; i++) {
      block.accept(i);
    }
  };

  /** The blocks of one phase; any thread claims the next unclaimed one. */
  private static final class Phase {
    final IntConsumer block;
    final int count;
    final AtomicInteger claimed = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();

    Phase(IntConsumer block, int count) {
      this.block = block;
      this.count = count;
    }

    /**
     * Claims and runs one block; false when every block was already claimed. A helper
     * normally leaves the last unclaimed block to the owner (two helpers racing past the
     * check can take it), whose caches likely hold the panel: taking it
     * would make the owner wait for a block that runs slower elsewhere, with nothing to do.
     */
    boolean runOne(boolean owner) {
      // Read before claiming: helpers that find nothing leave the owner's line unwritten.
      if (claimed.get() >= (owner ? count : count - 1)) {
        return false;
      }
      int index = claimed.getAndIncrement();
      if (index >= count) {
        return false;
      }
      try {
        block.accept(index);
      } finally {
        done.incrementAndGet();
      }
      return true;
    }
  }

  /**
   * How long a helper waits for a block to take before it leaves: longer than an owner's
   * last block of a phase plus the packing of its next B panel (about 1 ms and 0.5 ms in
   * sgemm 2048 on 2 threads), short enough that a part with no blocks to share (a single
   * row of C, single-block phases) costs a waiting thread little more than the pool's spin.
   */
  private static final long PATIENCE_NANOS = 2_000_000;

  /** The phase each part is in, null while it is between phases or not running. */
  private final AtomicReferenceArray<Phase> phases;
  private final AtomicInteger runningParts = new AtomicInteger();

  public SharedPhases(int parts) {
    this.phases = new AtomicReferenceArray<>(parts);
  }

  /** Marks the part as running and returns the runner its owner uses for its phases. */
  public PhaseRunner start(int part) {
    runningParts.incrementAndGet();
    return (count, block) -> runShared(part, new Phase(block, count));
  }

  /**
   * Marks the part as finished, then runs blocks of the parts still running until none is
   * running, or until none has offered a block for {@link #PATIENCE_NANOS}. Yields while none
   * is claimable, so that an oversubscribed core goes to an owner.
   */
  public void finishAndHelp() {
    runningParts.decrementAndGet();
    long lastBlock = System.nanoTime();
    while (runningParts.get() > 0 && System.nanoTime() - lastBlock < PATIENCE_NANOS) {
      for (int part = 0; part < phases.length(); part++) {
        Phase phase = phases.get(part);
        while (phase != null && phase.runOne(false)) {
          lastBlock = System.nanoTime();
        }
      }
      Thread.yield();
    }
  }

  /** Marks the part as finished after a failure, without helping. */
  public void finish() {
    runningParts.decrementAndGet();
  }

  private void runShared(int part, Phase phase) {
    phases.set(part, phase);
    try {
      while (phase.runOne(true)) {
        // the owner takes blocks like any helper
      }
    } finally {
      phases.set(part, null);
      // No claim succeeds after this; wait for the blocks helpers have claimed (all of them
      // when the owner ran out of blocks, fewer when a block failed).
      int claimed = Math.min(phase.count, phase.claimed.getAndSet(phase.count));
      while (phase.done.get() < claimed) {
        Thread.yield();  // the helper may need this core when threads outnumber cores
      }
    }
  }
}
