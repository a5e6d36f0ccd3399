package dev.lanes.bench.report;

import java.util.List;

/** A Markdown table's text. */
final class MarkdownTable {
  private MarkdownTable() {}

  /** The header row, the separator and one line per row, each line ending with a newline. */
  static String of(List<String> header, List<List<String>> rows) {
    StringBuilder text = new StringBuilder();
    text.append("| ").append(String.join(" | ", header)).append(" |\n");
    text.append("|").append(" --- |".repeat(header.size())).append('\n');
    rows.forEach(r -> text.append("| ").append(String.join(" | ", r)).append(" |\n"));
    return text.toString();
  }
}
