package dev.lanes.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shipped digits and the fixed split, against the facts in the data set's README. */
class DigitsTest {
  @Test
  void theSplitHasTheDocumentedClassCounts() {
    assertArrayEquals(new int[] {143, 146, 142, 146, 144, 145, 144, 143, 141, 143},
        classCounts(Digits.train()));
    assertArrayEquals(new int[] {35, 36, 35, 37, 37, 37, 37, 36, 33, 37},
        classCounts(Digits.test()));
  }

  @Test
  void pixelsAreCountsDividedBySixteen() {
    float[] inputs = Digits.all().inputs();
    assertEquals(1797 * 64, inputs.length);
    for (float pixel : inputs) {
      float count = pixel * 16;
      assertTrue(count >= 0 && count <= 16 && count == Math.rint(count), "pixel " + pixel);
    }
    // the first row of the file: 0,0,5,13,9,1,0,0,...
    assertArrayEquals(new float[] {0, 0, 5 / 16f, 13 / 16f, 9 / 16f, 1 / 16f, 0, 0},
        java.util.Arrays.copyOf(inputs, 8));
  }

  @Test
  void theAttributionShipsWithTheData() throws IOException {
    try (InputStream readme = Digits.class.getResourceAsStream("digits-README.md")) {
      String text = new String(readme.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(text.contains("CC BY 4.0"));
      assertTrue(text.contains("Alpaydin"));
    }
  }

  private static int[] classCounts(Dataset data) {
    int[] counts = new int[Digits.CLASSES];
    for (int label : data.labels()) {
      counts[label]++;
    }
    return counts;
  }
}
