package org.tonus.app.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table a patient can read in a terminal or on paper: a header row, a rule, and
 * columns padded to their widest cell. Numbers are right-aligned so their digits line up.
 */
public final class TextTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  public TextTable(String... headers) {
    this.headers = List.of(headers);
  }

  public TextTable row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "a row of " + cells.length + " cells in a table of " + headers.size() + " columns");
    }
    rows.add(List.of(cells));
    return this;
  }

  public String render() {
    int[] widths = new int[headers.size()];
    boolean[] numeric = new boolean[headers.size()];
    for (int column = 0; column < widths.length; column++) {
      widths[column] = headers.get(column).length();
      numeric[column] = !rows.isEmpty();
      for (List<String> row : rows) {
        widths[column] = Math.max(widths[column], row.get(column).length());
        numeric[column] &= row.get(column).matches("-?[0-9][0-9.,]*");
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, widths, numeric);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    line(out, rule, widths, new boolean[widths.length]);
    for (List<String> row : rows) {
      line(out, row, widths, numeric);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths, boolean[] right) {
    StringBuilder line = new StringBuilder();
    for (int column = 0; column < cells.size(); column++) {
      String cell = cells.get(column);
      String padding = " ".repeat(widths[column] - cell.length());
      line.append(column == 0 ? "" : "  ").append(right[column] ? padding + cell : cell + padding);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
