package dev.lanes.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The CSV loader's data and its errors naming line and column. */
class CsvLoaderTest {
  private static final CsvLoader THREE_FEATURES = CsvLoader.classification(3, 4);

  @Test
  void readsFeaturesAndLabels() throws IOException {
    Dataset data = THREE_FEATURES.inputScale(0.5f).load(
        new StringReader("1,2,3,0\n4, 5 ,6,3\n"), "ok.csv");
    assertEquals(2, data.rows());
    assertArrayEquals(new float[] {0.5f, 1, 1.5f, 2, 2.5f, 3}, data.inputs());
    assertArrayEquals(new int[] {0, 3}, data.labels());
  }

  @Test
  void readsRegressionTargetsAfterAHeader() throws IOException {
    Dataset data = CsvLoader.regression(2, 2).skipHeader().load(
        new StringReader("a,b,y1,y2\n1,2,0.5,-0.5\n"), "r.csv");
    assertArrayEquals(new float[] {1, 2}, data.inputs());
    assertArrayEquals(new float[] {0.5f, -0.5f}, data.targets());
  }

  @Test
  void aMissingColumnNamesLineAndColumn() {
    assertError("1,2,3,0\n1,2,3\n", 2, 4,
        "x.csv line 2, column 4: missing column (expected 4 columns, found 3)");
  }

  @Test
  void anExtraColumnNamesLineAndColumn() {
    assertError("1,2,3,0,9\n", 1, 5,
        "x.csv line 1, column 5: unexpected extra column (expected 4 columns, found 5)");
  }

  @Test
  void aWordWhereANumberBelongsNamesLineAndColumn() {
    assertError("1,2,3,0\n1,2,3,0\n1,two,3,0\n", 3, 2, "x.csv line 3, column 2: 'two' is not"
        + " a number");
  }

  @Test
  void anEmptyCellNamesLineAndColumn() {
    assertError("1,,3,0\n", 1, 2, "x.csv line 1, column 2: empty cell where a number belongs");
  }

  @Test
  void aLabelOutOfRangeNamesLineAndColumn() {
    assertError("1,2,3,4\n", 1, 4, "x.csv line 1, column 4: label 4 is out of range 0..3");
    assertError("1,2,3,-1\n", 1, 4, "x.csv line 1, column 4: label -1 is out of range 0..3");
    assertError("1,2,3,1.5\n", 1, 4, "x.csv line 1, column 4: label '1.5' is not an integer");
  }

  @Test
  void anEmptyFileIsAnError() {
    assertError("", 1, 0, "x.csv line 1: the file has no data rows");
  }

  @Test
  void aBlankLineInsideIsAnError() {
    assertError("1,2,3,0\n\n1,2,3,0\n", 2, 0,
        "x.csv line 2: empty line (expected 4 comma-separated columns)");
  }

  @Test
  void aNonFiniteNumberIsAnError() {
    assertError("1,NaN,3,0\n", 1, 2, "x.csv line 1, column 2: 'NaN' is not a finite number");
  }

  private static void assertError(String text, int line, int column, String message) {
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> THREE_FEATURES.load(new StringReader(text), "x.csv"));
    assertEquals(message, e.getMessage());
    assertEquals(line, e.line());
    assertEquals(column, e.column());
  }
}
