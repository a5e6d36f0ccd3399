package dev.lanes.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanes.kernel.internal.DoubleGemmDriver;
import dev.lanes.kernel.internal.DoubleScalarMicrokernel;
import dev.lanes.kernel.internal.FloatGemmDriver;
import dev.lanes.kernel.internal.FloatScalarMicrokernel;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Kernels#describe()} tells what runs, checked against how the JVM was started: each
 * surefire execution of kernel/pom.xml sets {@code lanes.vectorBits}, and says through
 * {@code lanes.test.vectorModule} ({@code present} or {@code absent}) whether it added
 * jdk.incubator.vector and through {@code lanes.test.modulePath} whether the kernel runs as a
 * named module. Without those properties (a run from an IDE) only the consistency checks run.
 * The vector kernels are awaited first: until they are compiled the scalar twin stands in.
 */
class KernelsDescribeTest {
  @BeforeAll
  static void useTheVectorKernels() {
    GemmWarmup.awaitVectorKernels();
  }

  private static final String VECTOR_MODULE = "jdk.incubator.vector";
  private final KernelDescription description = Kernels.describe();
  private final String requested = System.getProperty("lanes.vectorBits", "auto");
  private final String vectorModule = System.getProperty("lanes.test.vectorModule");

  @Test
  void theJvmWasStartedAsThisExecutionSays() {
    if (vectorModule != null) {
      assertEquals(vectorModule.equals("present"),
          ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent(),
          VECTOR_MODULE + " in the boot layer, for lanes.test.vectorModule=" + vectorModule);
    }
    String modulePath = System.getProperty("lanes.test.modulePath");
    if (modulePath != null) {
      Module module = Kernels.class.getModule();
      assertEquals(Boolean.parseBoolean(modulePath), module.isNamed(),
          "the kernel's module is " + module + ", for lanes.test.modulePath=" + modulePath);
      if (module.isNamed()) {
        assertEquals("dev.lanes.kernel", module.getName());
      }
    }
  }

  @Test
  void describesTheRequestedWidth() {
    assertEquals(requested, description.requestedWidth());
    switch (requested) {
      case "scalar":
        assertScalar();
        assertNull(description.fallbackReason(), "scalar was asked for: no fallback");
        break;
      case "128":
      case "256":
      case "512":
        assertVector(Integer.parseInt(requested));
        break;
      default:
        boolean moduleAbsent = vectorModule != null ? vectorModule.equals("absent")
            : ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty();
        if (moduleAbsent) {
          assertScalar();
          assertTrue(description.fallbackReason().contains(VECTOR_MODULE),
              "the fallback reason names the module: " + description.fallbackReason());
        } else {
          assertTrue(description.vectorBits() >= 128, description.toString());
          assertVector(description.vectorBits());
        }
    }
  }

  @Test
  void theSelectedKernelsAreTheDescribedOnes() {
    boolean scalar = description.vectorBits() == 0;
    assertEquals(scalar, FloatGemmDriver.selected().kernel() instanceof FloatScalarMicrokernel,
        FloatGemmDriver.selected().kernel() + " for " + description);
    assertEquals(scalar, DoubleGemmDriver.selected().kernel() instanceof DoubleScalarMicrokernel,
        DoubleGemmDriver.selected().kernel() + " for " + description);
    if (!scalar) {
      // A tile row is whole vectors.
      assertEquals(0, FloatGemmDriver.selected().kernel().nr() % description.floatLanes());
      assertEquals(0, DoubleGemmDriver.selected().kernel().nr() % description.doubleLanes());
    }
  }

  @Test
  void namesTheJdkAndThreads() {
    assertEquals(Runtime.version().toString(), description.jdk());
    assertEquals(Kernels.threads(), description.threads());
    String text = description.toString();
    assertTrue(text.contains(description.jdk()), text);
    assertTrue(text.contains(description.threads() + " thread"), text);
    assertTrue(text.contains("lanes.vectorBits=" + requested), text);
    if (description.fallbackReason() != null) {
      assertTrue(text.contains(description.fallbackReason()), text);
    }
    assertTrue(text.contains(description.vectorBits() == 0 ? "scalar"
        : description.vectorBits() + "-bit"), text);
  }

  private void assertScalar() {
    assertFalse(Kernels.awaitWarmup(Duration.ZERO), "no vector kernels to warm up");
    assertEquals("scalar", description.implementation());
    assertEquals(0, description.vectorBits());
    assertEquals(1, description.floatLanes());
    assertEquals(1, description.doubleLanes());
    assertInstanceOf(FloatScalarMicrokernel.class, FloatGemmDriver.selected().kernel());
  }

  private void assertVector(int bits) {
    assertTrue(Kernels.awaitWarmup(Duration.ZERO), "the vector kernels are warm");
    assertEquals("vector", description.implementation(), description.toString());
    assertEquals(bits, description.vectorBits());
    assertEquals(bits / Float.SIZE, description.floatLanes());
    assertEquals(bits / Double.SIZE, description.doubleLanes());
    assertNull(description.fallbackReason());
    assertFalse(FloatGemmDriver.selected().kernel() instanceof FloatScalarMicrokernel);
  }
}
