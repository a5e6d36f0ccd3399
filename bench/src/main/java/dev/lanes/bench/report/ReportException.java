package dev.lanes.bench.report;

/** A problem the user can fix (a bad option, a missing JDK): printed as one message, no trace. */
public final class ReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReportException(String message) {
    super(message);
  }
}
