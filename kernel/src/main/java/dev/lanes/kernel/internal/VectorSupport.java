package dev.lanes.kernel.internal;

import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Decides once per JVM which implementation runs: the Vector API at a given width, or the
 * scalar twins. Nothing here touches {@code jdk.incubator.vector}: the vector side is reached
 * only by class name, and only after its module is known to be in the boot layer.
 *
 * <p>The width comes from the system property {@code lanes.vectorBits}: {@code auto} (the
 * default: the CPU's preferred species), {@code 512}, {@code 256}, {@code 128} or
 * {@code scalar}.
 */
public final class VectorSupport {
  /** The system property that forces a vector width or the scalar path. */
  public static final String WIDTH_PROPERTY = "lanes.vectorBits";

  private static final String VECTOR_MODULE = "jdk.incubator.vector";
  private static final String WIDTH_PROBE = "dev.lanes.kernel.vector.PreferredWidth";
  private static final System.Logger LOG = System.getLogger("dev.lanes.kernel");

  /** Vector width in bits that the vector kernels use; 0 when the scalar twins run. */
  public static final int BITS;
  /** Why the scalar twins run, or null when vectors run (or scalar was asked for). */
  public static final String FALLBACK_REASON;
  /** What was asked for through {@link #WIDTH_PROPERTY}. */
  public static final String REQUESTED;

  static {
    String requested = System.getProperty(WIDTH_PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
    int asked = parseRequest(requested);
    String reason = null;
    int bits = 0;
    if (asked == 0) {
      LOG.log(Level.INFO, "Lanes: scalar kernels ({0}=scalar)", WIDTH_PROPERTY);
    } else if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
      reason = "the module " + VECTOR_MODULE + " is not in the boot layer";
    } else if (!optimizingCompilerAvailable()) {
      reason = "the C2 compiler is not available (-Xint, -XX:TieredStopAtLevel<4 or"
          + " -XX:-UseCompiler): the Vector API would run boxed";
    } else {
      int preferred = preferredBits();
      if (preferred < 128) {
        reason = "the CPU's preferred vectors are " + preferred + " bits, under 128";
      } else if (asked > preferred) {
        LOG.log(Level.WARNING, "Lanes: {0}={1} exceeds this CPU''s preferred {2}-bit vectors;"
            + " using {2}", WIDTH_PROPERTY, asked, preferred);
        bits = preferred;
      } else {
        bits = asked < 0 ? preferred : asked;
      }
    }
    if (reason != null) {
      LOG.log(Level.WARNING, "Lanes: running the scalar kernels because {0}. To enable the"
          + " vector kernels run java with --add-modules {1} and the C2 compiler.",
          reason, VECTOR_MODULE);
    } else if (bits > 0) {
      LOG.log(Level.INFO, "Lanes: Vector API kernels, {0}-bit vectors ({1} float lanes)",
          bits, bits / Float.SIZE);
    }
    BITS = bits;
    FALLBACK_REASON = reason;
    REQUESTED = requested;
  }

  private VectorSupport() {}

  /** -1 for auto, 0 for scalar, else the forced width in bits. */
  private static int parseRequest(String requested) {
    switch (requested) {
      case "auto": return -1;
      case "scalar": return 0;
      case "128": return 128;
      case "256": return 256;
      case "512": return 512;
      default:
        LOG.log(Level.WARNING, "Lanes: {0}={1} is not one of auto, 512, 256, 128, scalar;"
            + " using auto", WIDTH_PROPERTY, requested);
        return -1;
    }
  }

  private static int preferredBits() {
    try {
      return (Integer) Class.forName(WIDTH_PROBE).getMethod("preferredBits").invoke(null);
    } catch (ReflectiveOperationException | LinkageError e) {
      return 0;
    }
  }

  /**
   * Whether HotSpot's optimizing compiler runs, without which Vector API code is boxed and
   * slower than scalar code. Other VMs are given the benefit of the doubt.
   */
  private static boolean optimizingCompilerAvailable() {
    String info = System.getProperty("java.vm.info", "");
    if (info.contains("interpreted mode")) {
      return false;
    }
    for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      String a = argument.trim();
      if (a.equals("-Xint") || a.equals("-XX:-UseCompiler")
          || a.matches("-XX:TieredStopAtLevel=[0-3]")) {
        return false;
      }
    }
    return true;
  }

  /** Loads the vector twin of a kernel by name, or returns the scalar twin (which may be null). */
  public static <T> T select(Class<T> type, String vectorClassName, T scalar) {
    if (BITS == 0) {
      return scalar;
    }
    try {
      return type.cast(Class.forName(vectorClassName).getDeclaredConstructor().newInstance());
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      LOG.log(Level.WARNING, "Lanes: could not load " + vectorClassName
          + "; using the scalar kernel", e);
      return scalar;
    }
  }
}
