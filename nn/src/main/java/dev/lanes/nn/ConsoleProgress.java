package dev.lanes.nn;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;

/** The default listener: one line per epoch on a print stream. */
public final class ConsoleProgress implements TrainingListener {
  private final PrintStream out;

  /** Prints to {@code System.out}. */
  public ConsoleProgress() {
    this(System.out);
  }

  public ConsoleProgress(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public void epochEnd(TrainingProgress p) {
    out.println(String.format(Locale.ROOT,
        "epoch %d/%d  loss %.4f  accuracy %.4f  %,.0f samples/s  %.2f s", p.epoch(),
        p.epochs(), p.loss(), p.accuracy(), p.samplesPerSecond(), p.elapsedSeconds()));
  }
}
