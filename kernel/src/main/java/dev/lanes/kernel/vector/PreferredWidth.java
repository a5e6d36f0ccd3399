package dev.lanes.kernel.vector;

import jdk.incubator.vector.FloatVector;

/** Reached by name only once the Vector API module is known to be present. */
public final class PreferredWidth {
  private PreferredWidth() {}

  /** The bit size of the CPU's preferred float species. */
  public static int preferredBits() {
    return FloatVector.SPECIES_PREFERRED.vectorBitSize();
  }
}
