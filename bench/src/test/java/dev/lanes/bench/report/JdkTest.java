package dev.lanes.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JdkTest {
  private static final Jdk SEVENTEEN = new Jdk(17, "17.0.15", Path.of("/jvm/17"));
  private static final Jdk TWENTY_FIVE = new Jdk(25, "25.0.3", Path.of("/jvm/25"));

  @Test
  void theReleaseFileGivesTheVersion() {
    Jdk jdk = Jdk.fromRelease("IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n"
        + "JAVA_VERSION_DATE=\"2026-04-21\"\n", Path.of("/jvm/25"));
    assertEquals(TWENTY_FIVE, jdk);
    assertEquals(17, Jdk.fromRelease("JAVA_VERSION=\"17.0.15\"", Path.of("/x")).major());
    assertNull(Jdk.fromRelease("IMPLEMENTOR=\"nobody\"", Path.of("/x")));
    assertEquals(Path.of("/jvm/25/bin/java"), jdk.java());
  }

  @Test
  void theDefaultIsTheRunningJdkPlus25() {
    Map<Integer, Jdk> installed = new LinkedHashMap<>();
    installed.put(17, SEVENTEEN);
    installed.put(25, TWENTY_FIVE);
    assertEquals(List.of(SEVENTEEN, TWENTY_FIVE), Jdk.select(List.of(), installed, 17));
    assertEquals(List.of(TWENTY_FIVE), Jdk.select(List.of(), installed, 25));
    assertEquals(List.of(SEVENTEEN), Jdk.select(List.of(), Map.of(17, SEVENTEEN), 17));
    assertEquals(List.of(TWENTY_FIVE, SEVENTEEN), Jdk.select(List.of(25, 17), installed, 17));
  }

  @Test
  void aMissingJdkIsNamed() {
    ReportException e = assertThrows(ReportException.class,
        () -> Jdk.select(List.of(17, 21), Map.of(17, SEVENTEEN), 17));
    assertTrue(e.getMessage().contains("JDK 21 is not installed"), e.getMessage());
  }
}
