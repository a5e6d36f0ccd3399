package dev.lanes.spark;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ludovic.netlib.blas.BLAS;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Spark whose BLAS fields differ from the ones the plugin knows must be refused with a message
 * that names what differs, and with nothing changed. Stand-in holders play the other versions.
 */
class MllibBlasFieldsTest {
  /** A holder whose fields have other names, as a renamed field in another Spark would. */
  static final class RenamedFields {
    private static BLAS javaBlas;
  }

  /** A holder whose field is final, which plain reflection cannot set. */
  static final class FinalField {
    private static final BLAS _javaBLAS = null;
  }

  private static final ClassLoader LOADER = MllibBlasFieldsTest.class.getClassLoader();

  @Test
  void refusesAHolderWithoutTheFieldsAndChangesNothing() {
    Object before = org.apache.spark.ml.linalg.BLAS$.MODULE$.javaBLAS();
    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> MllibBlasFields.install(LanesBLAS.getInstance(), LOADER, "9.9.9",
            List.of("org.apache.spark.ml.linalg.BLAS$", RenamedFields.class.getName()),
            MllibBlasFields.FIELDS));
    String message = refused.getMessage();
    assertTrue(message.contains("Spark 9.9.9") && message.contains("has no field _javaBLAS")
        && message.contains("RenamedFields.javaBlas"), message);
    assertSame(before, org.apache.spark.ml.linalg.BLAS$.MODULE$.javaBLAS(),
        "the first holder, already looked up, must be left as it was");
  }

  @Test
  void refusesAFinalField() {
    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> MllibBlasFields.install(LanesBLAS.getInstance(), LOADER, "9.9.9",
            List.of(FinalField.class.getName()), List.of("_javaBLAS")));
    assertTrue(refused.getMessage().contains("expected a static non-final"),
        refused.getMessage());
  }

  @Test
  void refusesAMissingHolderClass() {
    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> MllibBlasFields.install(LanesBLAS.getInstance(), LOADER, "9.9.9",
            List.of("org.apache.spark.ml.linalg.NoSuchBLAS$"), MllibBlasFields.FIELDS));
    assertTrue(refused.getMessage().contains("org.apache.spark.ml.linalg.NoSuchBLAS$ is missing"),
        refused.getMessage());
  }
}
