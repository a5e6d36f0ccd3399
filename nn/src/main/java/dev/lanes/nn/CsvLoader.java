package dev.lanes.nn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a data set from comma-separated numbers: each line holds the features, then the
 * label (classification: an integer in {@code 0 .. classes-1}) or the targets (regression).
 * A malformed line — a missing or extra column, a word where a number belongs, a label out of
 * range, or an empty file — throws a {@link CsvFormatException} naming the line and column.
 * Immutable; configure with {@link #skipHeader()} and {@link #inputScale(float)}.
 */
public final class CsvLoader {
  private final int features;
  private final int classes;
  private final int targetSize;
  private final boolean skipHeader;
  private final float inputScale;

  private CsvLoader(int features, int classes, int targetSize, boolean skipHeader,
      float inputScale) {
    this.features = features;
    this.classes = classes;
    this.targetSize = targetSize;
    this.skipHeader = skipHeader;
    this.inputScale = inputScale;
  }

  /** Lines of {@code features} numbers followed by one integer label in 0..classes-1. */
  public static CsvLoader classification(int features, int classes) {
    return new CsvLoader(Checks.requirePositive("features", features),
        Checks.requirePositive("classes", classes), 0, false, 1f);
  }

  /** Lines of {@code features} numbers followed by {@code targetSize} float targets. */
  public static CsvLoader regression(int features, int targetSize) {
    return new CsvLoader(Checks.requirePositive("features", features), 0,
        Checks.requirePositive("targetSize", targetSize), false, 1f);
  }

  /** The first line is a header and is skipped. */
  public CsvLoader skipHeader() {
    return new CsvLoader(features, classes, targetSize, true, inputScale);
  }

  /** Every feature is multiplied by {@code scale} (e.g. 1/16 for 0..16 pixel counts). */
  public CsvLoader inputScale(float scale) {
    Checks.requireFinite("scale", scale);
    return new CsvLoader(features, classes, targetSize, skipHeader, scale);
  }

  /** Reads a UTF-8 file. */
  public Dataset load(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return load(reader, file.toString());
    }
  }

  /** Reads all lines of {@code reader}; {@code source} names it in error messages. */
  public Dataset load(Reader reader, String source) throws IOException {
    BufferedReader lines = reader instanceof BufferedReader
        ? (BufferedReader) reader : new BufferedReader(reader);
    int columns = features + (classes > 0 ? 1 : targetSize);
    float[] inputs = new float[16 * features];
    float[] targets = new float[classes > 0 ? 0 : 16 * targetSize];
    int[] labels = new int[classes > 0 ? 16 : 0];
    int rows = 0;
    int lineNumber = 0;
    String line;
    while ((line = lines.readLine()) != null) {
      lineNumber++;
      if (skipHeader && lineNumber == 1) {
        continue;
      }
      if (line.isBlank()) {
        throw new CsvFormatException(source, lineNumber, 0,
            "empty line (expected " + columns + " comma-separated columns)");
      }
      if (rows * features == inputs.length) {
        inputs = Arrays.copyOf(inputs, 2 * inputs.length);
        labels = Arrays.copyOf(labels, 2 * labels.length);
        targets = Arrays.copyOf(targets, 2 * targets.length);
      }
      String[] cells = line.split(",", -1);
      if (cells.length > columns) {
        throw new CsvFormatException(source, lineNumber, columns + 1,
            "unexpected extra column (expected " + columns + " columns, found " + cells.length
                + ")");
      }
      for (int c = 0; c < columns; c++) {
        if (c >= cells.length) {
          throw new CsvFormatException(source, lineNumber, c + 1,
              "missing column (expected " + columns + " columns, found " + cells.length + ")");
        }
        float value = parse(cells[c].trim(), source, lineNumber, c + 1);
        if (c < features) {
          inputs[rows * features + c] = value * inputScale;
        } else if (classes > 0) {
          labels[rows] = label(value, cells[c].trim(), source, lineNumber, c + 1);
        } else {
          targets[rows * targetSize + c - features] = value;
        }
      }
      rows++;
    }
    if (rows == 0) {
      throw new CsvFormatException(source, Math.max(1, lineNumber), 0,
          "the file has no data rows");
    }
    inputs = Arrays.copyOf(inputs, rows * features);
    return classes > 0
        ? Dataset.classification(inputs, features, Arrays.copyOf(labels, rows), classes)
        : Dataset.regression(inputs, features, Arrays.copyOf(targets, rows * targetSize),
            targetSize);
  }

  private static float parse(String cell, String source, int line, int column)
      throws CsvFormatException {
    if (cell.isEmpty()) {
      throw new CsvFormatException(source, line, column, "empty cell where a number belongs");
    }
    float value;
    try {
      value = Float.parseFloat(cell);
    } catch (NumberFormatException e) {
      throw new CsvFormatException(source, line, column, "'" + cell + "' is not a number");
    }
    if (!Float.isFinite(value)) {
      throw new CsvFormatException(source, line, column, "'" + cell + "' is not a finite number");
    }
    return value;
  }

  private int label(float value, String cell, String source, int line, int column)
      throws CsvFormatException {
    if (value != Math.rint(value)) {
      throw new CsvFormatException(source, line, column,
          "label '" + cell + "' is not an integer");
    }
    if (value < 0 || value >= classes) {
      throw new CsvFormatException(source, line, column,
          "label " + cell + " is out of range 0.." + (classes - 1));
    }
    return (int) value;
  }
}
