package dev.lanes.nn;

import java.io.IOException;

/** Malformed CSV input; the message names the source, the line and (when known) the column. */
public final class CsvFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  CsvFormatException(String source, int line, int column, String problem) {
    super(source + " line " + line + (column > 0 ? ", column " + column : "") + ": " + problem);
    this.line = line;
    this.column = column;
  }

  /** The 1-based line number. */
  public int line() {
    return line;
  }

  /** The 1-based column number, or 0 when the problem concerns the whole line or file. */
  public int column() {
    return column;
  }
}
