package dev.lanes.nn;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The 8×8 handwritten digits shipped as a resource: the test portion of UCI's "Optical
 * Recognition of Handwritten Digits" (Alpaydin and Kaynak, 1998; CC BY 4.0; see the resource
 * {@code digits-README.md} for source, license and citation), 1797 rows of 64 pixel counts in
 * 0..16 and a label 0..9. The fixed split: the first 1437 rows train, the last 360 test; pixels
 * are divided by 16.
 */
public final class Digits {
  public static final int FEATURES = 64;
  public static final int CLASSES = 10;
  public static final int TRAIN_ROWS = 1437;
  public static final int TEST_ROWS = 360;

  private static final String RESOURCE = "digits.csv";

  private Digits() {}

  /** The first 1437 rows, pixels / 16. */
  public static Dataset train() {
    return all().slice(0, TRAIN_ROWS);
  }

  /** The last 360 rows, pixels / 16. */
  public static Dataset test() {
    return all().slice(TRAIN_ROWS, TRAIN_ROWS + TEST_ROWS);
  }

  /** All 1797 rows in the file's order, pixels / 16. */
  public static Dataset all() {
    try (InputStream stream = Digits.class.getResourceAsStream(RESOURCE)) {
      if (stream == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from lanes-nn");
      }
      Reader reader = new InputStreamReader(stream, StandardCharsets.US_ASCII);
      Dataset all = CsvLoader.classification(FEATURES, CLASSES).inputScale(1f / 16)
          .load(reader, RESOURCE);
      if (all.rows() != TRAIN_ROWS + TEST_ROWS) {
        throw new IllegalStateException(RESOURCE + " has " + all.rows() + " rows, expected "
            + (TRAIN_ROWS + TEST_ROWS));
      }
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + RESOURCE, e);
    }
  }
}
