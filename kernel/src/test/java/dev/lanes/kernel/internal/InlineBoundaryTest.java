package dev.lanes.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The transcendental vector kernels must stay compilation units of their own: C2 inlines a
 * method of at most FreqInlineSize (325) bytes of bytecode into a hot caller, and inlined into
 * a large caller their Vector API calls overrun C2's node budget and run boxed. In a probe (a
 * method running Hadamard, sigmoid, tanh, exp and axpy on rows of 64 and 1024 floats, JDK 17)
 * versions of 274 and 285 bytes were inlined and ran the whole method 1.7x and 2.3x slower
 * than the kernels before them. Their bytecode size is a property of the source, so it is
 * checked here, in the class file (read as a file: loading the class would need the Vector
 * API, which the scalar-fallback run of this suite does not have).
 */
class InlineBoundaryTest {
  private static final int FREQ_INLINE_SIZE = 325;

  @Test
  void transcendentalKernelsExceedFreqInlineSize() throws IOException, URISyntaxException {
    Map<String, Integer> sizes = codeSizes("dev.lanes.kernel.vector.VectorActivation");
    for (String method : new String[] {"expFamily", "sigmoid", "tanh"}) {
      Integer size = sizes.get(method);
      assertTrue(size != null && size > FREQ_INLINE_SIZE, () -> "VectorActivation." + method
          + (size == null ? " is missing" : " has " + size + " bytes of bytecode") + "; over "
          + FREQ_INLINE_SIZE + " it is never inlined into a caller");
    }
  }

  /** The bytecode length of each method of the class (the largest, for overloads). */
  private static Map<String, Integer> codeSizes(String className)
      throws IOException, URISyntaxException {
    // the kernel's classes: a folder under Maven (a jar would need a file system of its own)
    Path classes =
        Path.of(FloatMath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path file = classes.resolve(className.replace('.', '/') + ".class");
    try (InputStream in = Files.newInputStream(file)) {
      return codeSizes(new DataInputStream(in));
    }
  }

  /** Walks a class file (JVMS chapter 4) as far as the methods' Code attributes. */
  private static Map<String, Integer> codeSizes(DataInputStream in) throws IOException {
    in.readInt(); // magic
    in.readInt(); // minor and major version
    int constants = in.readUnsignedShort();
    String[] utf8 = new String[constants];
    for (int i = 1; i < constants; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 5, 6 -> {
          in.skipNBytes(8);
          i++; // takes two entries
        }
        case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
        case 15 -> in.skipNBytes(3);
        default -> throw new IOException("constant pool tag " + tag);
      }
    }
    in.skipNBytes(6); // access flags, this class, super class
    in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
    int fields = in.readUnsignedShort();
    for (int i = 0; i < fields; i++) {
      in.skipNBytes(6);
      skipAttributes(in);
    }
    Map<String, Integer> sizes = new HashMap<>();
    int methods = in.readUnsignedShort();
    for (int i = 0; i < methods; i++) {
      in.skipNBytes(2);
      String name = utf8[in.readUnsignedShort()];
      in.skipNBytes(2);
      int attributes = in.readUnsignedShort();
      for (int j = 0; j < attributes; j++) {
        String attribute = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if (attribute.equals("Code")) {
          in.skipNBytes(4); // max stack, max locals
          int codeLength = in.readInt();
          sizes.merge(name, codeLength, Math::max);
          in.skipNBytes(length - 8L);
        } else {
          in.skipNBytes(length);
        }
      }
    }
    return sizes;
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int j = 0; j < attributes; j++) {
      in.skipNBytes(2);
      in.skipNBytes(in.readInt());
    }
  }
}
