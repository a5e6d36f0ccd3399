package dev.lanes.nn;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's .npy format for float32 arrays: the magic {@code \x93NUMPY}, version 1.0, a
 * little-endian uint16 header length, a Python-literal header dict padded with spaces to a
 * multiple of 64 bytes and ended by a newline, then the little-endian data in C order.
 */
final class NpyArrays {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final int ALIGNMENT = 64;
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(\\w+)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

  private NpyArrays() {}

  /** A .npy file holding {@code data} as float32 with the given shape. */
  static byte[] toBytes(float[] data, int... shape) {
    String header = "{'descr': '<f4', 'fortran_order': False, 'shape': " + shapeText(shape)
        + ", }";
    int unpadded = MAGIC.length + 4 + header.length() + 1;
    int padding = (ALIGNMENT - unpadded % ALIGNMENT) % ALIGNMENT;
    String paddedHeader = header + " ".repeat(padding) + "\n";
    ByteBuffer buffer = ByteBuffer
        .allocate(MAGIC.length + 4 + paddedHeader.length() + 4 * data.length)
        .order(ByteOrder.LITTLE_ENDIAN);
    buffer.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) paddedHeader.length());
    buffer.put(paddedHeader.getBytes(StandardCharsets.US_ASCII));
    buffer.asFloatBuffer().put(data);
    return buffer.array();
  }

  /**
   * The float32 data of a .npy file, which must have exactly {@code expectedShape}.
   *
   * @throws ModelFileException naming {@code name} when the bytes are not such a file
   */
  static float[] fromBytes(byte[] bytes, String name, int... expectedShape)
      throws ModelFileException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.length < MAGIC.length + 4
        || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
      throw new ModelFileException(name + " is not a .npy array (bad magic bytes)");
    }
    buffer.position(MAGIC.length);
    int major = buffer.get();
    buffer.get();
    long headerLength = major == 1 ? Short.toUnsignedInt(buffer.getShort())
        : major == 2 || major == 3 ? Integer.toUnsignedLong(buffer.getInt()) : -1;
    if (headerLength < 0 || headerLength > buffer.remaining()) {
      throw new ModelFileException(name + ": unsupported .npy version " + major
          + " or a header longer than the file");
    }
    String header = new String(bytes, buffer.position(), (int) headerLength,
        StandardCharsets.ISO_8859_1);
    buffer.position(buffer.position() + (int) headerLength);
    String descr = field(DESCR, header, name, "descr");
    if (!descr.equals("<f4")) {
      throw new ModelFileException(name + " has dtype '" + descr + "'; expected '<f4' (float32,"
          + " little-endian)");
    }
    if (!field(FORTRAN, header, name, "fortran_order").equals("False")) {
      throw new ModelFileException(name + " is in Fortran order; expected C order");
    }
    int[] shape = parseShape(field(SHAPE, header, name, "shape"), name);
    if (!Arrays.equals(shape, expectedShape)) {
      throw new ModelFileException(name + " has shape " + shapeText(shape)
          + "; the architecture needs " + shapeText(expectedShape));
    }
    long count = 1;
    for (int extent : shape) {
      count *= extent;
    }
    if (buffer.remaining() != 4 * count) {
      throw new ModelFileException(name + " holds " + buffer.remaining() + " data bytes; shape "
          + shapeText(shape) + " needs " + 4 * count);
    }
    float[] data = new float[(int) count];
    buffer.asFloatBuffer().get(data);
    return data;
  }

  private static String field(Pattern pattern, String header, String name, String key)
      throws ModelFileException {
    Matcher matcher = pattern.matcher(header);
    if (!matcher.find()) {
      throw new ModelFileException(name + ": the .npy header has no valid '" + key + "'");
    }
    return matcher.group(1);
  }

  private static int[] parseShape(String text, String name) throws ModelFileException {
    // "(64, 32)", "(64,)" and "()": a trailing comma leaves an empty last part
    String[] parts = text.split(",", -1);
    int count = parts[parts.length - 1].isBlank() ? parts.length - 1 : parts.length;
    int[] shape = new int[count];
    try {
      for (int i = 0; i < shape.length; i++) {
        shape[i] = Integer.parseInt(parts[i].trim());
        if (shape[i] < 0) {
          throw new NumberFormatException();
        }
      }
    } catch (NumberFormatException e) {
      throw new ModelFileException(name + ": bad shape (" + text + ") in the .npy header");
    }
    return shape;
  }

  private static String shapeText(int[] shape) {
    StringBuilder text = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      text.append(i == 0 ? "" : ", ").append(shape[i]);
    }
    return text.append(shape.length == 1 ? ",)" : ")").toString();
  }
}
