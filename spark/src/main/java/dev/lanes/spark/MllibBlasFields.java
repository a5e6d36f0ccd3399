package dev.lanes.spark;

import dev.ludovic.netlib.blas.BLAS;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The static fields in which Spark MLlib keeps its netlib BLAS instances, and the replacement of
 * their values. netlib has no hook for a third-party implementation, so this is the only way in.
 *
 * <p>In Spark 4.x (Scala 2.13) the Scala objects {@code org.apache.spark.ml.linalg.BLAS} and
 * {@code org.apache.spark.mllib.linalg.BLAS} compile to classes {@code BLAS$} holding
 * {@code private static transient BLAS _javaBLAS, _nativeBLAS}: lazily filled caches behind
 * {@code javaBLAS()} and {@code nativeBLAS()}, which MLlib chooses between by problem size. Both
 * are set, so every GEMM MLlib makes, small or large, reaches Lanes. The fields are not final,
 * so plain reflection can set them on JDK 17 and later (MLlib is on the class path, in the
 * unnamed module).
 */
final class MllibBlasFields {
  /** The classes of the Scala objects that hold MLlib's BLAS instances. */
  static final List<String> HOLDERS =
      List.of("org.apache.spark.ml.linalg.BLAS$", "org.apache.spark.mllib.linalg.BLAS$");
  /** The fields in each holder. */
  static final List<String> FIELDS = List.of("_javaBLAS", "_nativeBLAS");

  private MllibBlasFields() {}

  /**
   * Sets every field of {@link #HOLDERS} x {@link #FIELDS} to {@code blas}. All fields are
   * looked up before any is set, so a Spark version whose fields differ is refused with nothing
   * changed.
   *
   * @throws IllegalStateException naming the class or field that differs and the Spark version
   */
  static void install(BLAS blas, ClassLoader loader, String sparkVersion) {
    install(blas, loader, sparkVersion, HOLDERS, FIELDS);
  }

  /** {@link #install(BLAS, ClassLoader, String)} on the given holders and fields. */
  static void install(BLAS blas, ClassLoader loader, String sparkVersion, List<String> holders,
      List<String> fieldNames) {
    List<Field> fields = new ArrayList<>();
    for (String holder : holders) {
      Class<?> type = load(holder, loader, sparkVersion);
      for (String name : fieldNames) {
        fields.add(field(type, name, sparkVersion));
      }
    }
    for (Field field : fields) {
      try {
        field.set(null, blas);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(prefix(sparkVersion) + "cannot set " + describe(field)
            + ": " + e.getMessage(), e);
      }
    }
  }

  private static Class<?> load(String holder, ClassLoader loader, String sparkVersion) {
    try {
      return Class.forName(holder, true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(prefix(sparkVersion) + "class " + holder
          + " is missing (is spark-mllib on the class path?)", e);
    }
  }

  /** The field, checked to be static, non-final and of netlib's BLAS type. */
  private static Field field(Class<?> holder, String name, String sparkVersion) {
    Field field;
    try {
      field = holder.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(prefix(sparkVersion) + holder.getName() + " has no field "
          + name + "; its BLAS fields are " + blasFields(holder), e);
    }
    int modifiers = field.getModifiers();
    if (!Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers)
        || field.getType() != BLAS.class) {
      throw new IllegalStateException(prefix(sparkVersion) + "expected a static non-final "
          + BLAS.class.getName() + " field, found " + describe(field));
    }
    field.setAccessible(true);
    return field;
  }

  private static List<String> blasFields(Class<?> holder) {
    List<String> found = new ArrayList<>();
    for (Field field : holder.getDeclaredFields()) {
      if (BLAS.class.isAssignableFrom(field.getType())) {
        found.add(describe(field));
      }
    }
    return found;
  }

  private static String describe(Field field) {
    return Modifier.toString(field.getModifiers()) + " " + field.getType().getName() + " "
        + field.getDeclaringClass().getName() + "." + field.getName();
  }

  private static String prefix(String sparkVersion) {
    return "Lanes BLAS cannot be installed in Spark " + sparkVersion + " (made for Spark "
        + "4.x, whose fields " + FIELDS + " of " + HOLDERS + " hold MLlib's BLAS): ";
  }
}
