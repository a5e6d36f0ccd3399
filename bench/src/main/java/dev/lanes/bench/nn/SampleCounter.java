package dev.lanes.bench.nn;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Counts the samples a benchmark processes; JMH reports it as samples per second. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class SampleCounter {
  public long samples;

  @Setup(Level.Iteration)
  public void reset() {
    samples = 0;
  }
}
