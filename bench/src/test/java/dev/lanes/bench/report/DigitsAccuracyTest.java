package dev.lanes.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DigitsAccuracyTest {
  @Test
  void theLastAccuracyPrintedIsTheResult() {
    assertEquals("97.3%", ReportMain.accuracy(
        "epoch 1 test accuracy 91.0%\nepoch 2 test accuracy: 97.3%\ndone in 2.1 s\n"));
    assertEquals("0.962", ReportMain.accuracy("Accuracy = 0.962"));
    assertEquals("0.9720", ReportMain.accuracy("seed 1: test accuracy 0.9650, test loss 0.1\n"
        + "mean test accuracy over 3 seeds: 0.9720\n"));
    assertNull(ReportMain.accuracy("loss 0.12\n"));
  }
}
