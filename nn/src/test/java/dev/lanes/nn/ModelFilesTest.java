package dev.lanes.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanes.kernel.Activation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .npz save and load: bit-identical round trips, the NumPy layout, and every corrupt case. */
class ModelFilesTest {
  @TempDir
  Path directory;

  @Test
  void saveThenLoadPredictsBitIdentically() throws IOException {
    Network network = Network.builder(6).dense(8, Activation.LEAKY_RELU, 0.05f)
        .dense(5, Activation.TANH).dense(3, Activation.SIGMOID)
        .loss(Loss.SOFTMAX_CROSS_ENTROPY).seed(4).build();
    network.setBiases(1, new float[] {0.1f, -0.2f, 0.3f, -0.4f, 0.5f});
    Path file = directory.resolve("model.npz");
    ModelFiles.save(network, file);
    Network loaded = ModelFiles.load(file);
    assertEquals(network.layerCount(), loaded.layerCount());
    for (int k = 0; k < network.layerCount(); k++) {
      assertArrayEquals(network.weights(k), loaded.weights(k));
      assertArrayEquals(network.biases(k), loaded.biases(k));
      assertEquals(network.activation(k), loaded.activation(k));
      assertEquals(network.slope(k), loaded.slope(k));
    }
    assertEquals(network.loss(), loaded.loss());
    float[] inputs = new float[4 * 6];
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = (float) random.nextDouble(-1, 1);
    }
    float[] expected = network.predict(inputs, 4);
    float[] actual = loaded.predict(inputs, 4);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(actual[i]));
    }
    try (Stream<Path> files = Files.list(directory)) {
      assertEquals(1, files.count(), "the temporary file must be gone");
    }
  }

  /** The .npy bytes follow NumPy's format 1.0, checked byte by byte from the specification. */
  @Test
  void entriesAreNumpyFloat32Arrays() throws IOException {
    Network network = Network.builder(3).dense(2, Activation.RELU).seed(1).build();
    network.setWeights(0, new float[] {1, 2, 3, 4, 5, 6});
    Path file = directory.resolve("model.npz");
    ModelFiles.save(network, file);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      byte[] bytes = zip.getInputStream(zip.getEntry("layer0.W.npy")).readAllBytes();
      assertEquals(0x93, bytes[0] & 0xff);
      assertEquals("NUMPY", new String(bytes, 1, 5, StandardCharsets.US_ASCII));
      assertEquals(1, bytes[6]);
      assertEquals(0, bytes[7]);
      int headerLength = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
      assertEquals(0, (10 + headerLength) % 64);
      String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
      assertEquals("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }",
          header.trim());
      assertEquals('\n', header.charAt(header.length() - 1));
      ByteBuffer data = ByteBuffer.wrap(bytes, 10 + headerLength, 24)
          .order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 1; i <= 6; i++) {
        assertEquals(i, data.getFloat());
      }
      assertEquals(10 + headerLength + 24, bytes.length);
      String bias = new String(zip.getInputStream(zip.getEntry("layer0.b.npy")).readAllBytes(),
          StandardCharsets.US_ASCII);
      assertTrue(bias.contains("'shape': (2,)"), bias);
      assertEquals("lanes-nn 1\ninput 3\ndense 2 RELU 0.0\nloss SOFTMAX_CROSS_ENTROPY\n",
          new String(zip.getInputStream(zip.getEntry("architecture.txt")).readAllBytes(),
              StandardCharsets.UTF_8));
    }
  }

  @Test
  void aTruncatedFileIsRejected() throws IOException {
    byte[] bytes = Files.readAllBytes(saved());
    Path file = write("truncated.npz", Arrays.copyOf(bytes, bytes.length / 2));
    assertRejected(file, "truncated or corrupt");
  }

  @Test
  void aFlippedBitInTheWeightsIsRejected() throws IOException {
    byte[] bytes = Files.readAllBytes(saved());
    // layer1.W.npy (3 x 4) is stored: its name, a 128-byte .npy header, then 48 data bytes
    int at = indexOf(bytes, "layer1.W.npy".getBytes(StandardCharsets.US_ASCII)) + 12 + 128 + 20;
    bytes[at] ^= 0x10;
    assertRejected(write("flipped.npz", bytes), "CRC-32");
  }

  @Test
  void aFileThatIsNotAZipIsRejected() throws IOException {
    assertRejected(write("text.npz", "not a model".getBytes(StandardCharsets.US_ASCII)),
        "not a readable .npz");
  }

  @Test
  void aMissingArrayIsRejected() throws IOException {
    Map<String, byte[]> entries = entries(saved());
    entries.remove("layer1.b.npy");
    assertRejected(zip("missing.npz", entries), "no layer1.b.npy entry");
  }

  @Test
  void anArrayOfTheWrongShapeIsRejected() throws IOException {
    Map<String, byte[]> entries = entries(saved());
    entries.put("layer1.W.npy", NpyArrays.toBytes(new float[12], 4, 3));
    assertRejected(zip("shape.npz", entries), "layer1.W.npy has shape (4, 3); the"
        + " architecture needs (3, 4)");
  }

  @Test
  void anArrayOfTheWrongDtypeIsRejected() throws IOException {
    Map<String, byte[]> entries = entries(saved());
    byte[] bias = entries.get("layer0.b.npy");
    String text = new String(bias, StandardCharsets.ISO_8859_1).replace("'<f4'", "'<f8'");
    entries.put("layer0.b.npy", text.getBytes(StandardCharsets.ISO_8859_1));
    assertRejected(zip("dtype.npz", entries), "dtype '<f8'");
  }

  @Test
  void anArrayWithMissingDataIsRejected() throws IOException {
    Map<String, byte[]> entries = entries(saved());
    byte[] weights = entries.get("layer0.W.npy");
    entries.put("layer0.W.npy", Arrays.copyOf(weights, weights.length - 4));
    assertRejected(zip("short.npz", entries), "data bytes");
  }

  @Test
  void anExtraLayerIsRejected() throws IOException {
    Map<String, byte[]> entries = entries(saved());
    entries.put("layer2.W.npy", NpyArrays.toBytes(new float[3], 1, 3));
    assertRejected(zip("extra.npz", entries), "entries the architecture does not describe");
  }

  @Test
  void aMalformedArchitectureIsRejected() throws IOException {
    Map<String, byte[]> entries = entries(saved());
    entries.put("architecture.txt", ("lanes-nn 1\ninput 5\ndense 4 SOFTPLUS 0.0\n"
        + "dense 3 RELU 0.0\nloss SOFTMAX_CROSS_ENTROPY\n").getBytes(StandardCharsets.UTF_8));
    assertRejected(zip("architecture.npz", entries), "SOFTPLUS");
  }

  @Test
  void aNegativeLeakySlopeIsRejected() throws IOException {
    Map<String, byte[]> entries = entries(saved());
    entries.put("architecture.txt", ("lanes-nn 1\ninput 5\ndense 4 LEAKY_RELU -0.5\n"
        + "dense 3 IDENTITY 0.0\nloss SOFTMAX_CROSS_ENTROPY\n").getBytes(StandardCharsets.UTF_8));
    assertRejected(zip("slope.npz", entries), "slope=-0.5 must be >= 0");
  }

  @Test
  void aLayerTooLargeForOneArrayIsRejected() throws IOException {
    Map<String, byte[]> entries = entries(saved());
    // 65535 × 65537 weights = 2^32 − 1, which wraps to −1 in int
    entries.put("architecture.txt", ("lanes-nn 1\ninput 65537\ndense 65535 RELU 0.0\n"
        + "loss SOFTMAX_CROSS_ENTROPY\n").getBytes(StandardCharsets.UTF_8));
    assertRejected(zip("large.npz", entries), "units=65535 times in=65537 is 4294967295");
  }

  /**
   * 46000 x 46000 weights fit one array but not the heap (8.5 GB, twice over in the builder):
   * the file, which holds a few bytes of them, is rejected before they are allocated.
   */
  @Test
  void aLayerLargerThanTheFileHoldsIsRejectedBeforeItIsAllocated() throws IOException {
    Map<String, byte[]> entries = entries(saved());
    entries.put("architecture.txt", ("lanes-nn 1\ninput 46000\ndense 46000 RELU 0.0\n"
        + "loss SOFTMAX_CROSS_ENTROPY\n").getBytes(StandardCharsets.UTF_8));
    assertRejected(zip("huge.npz", entries),
        "describes layer 0 as 46000 x 46000 weights (8464000000 bytes)");
  }

  @Test
  void aNonFiniteWeightIsRejected() throws IOException {
    Map<String, byte[]> entries = entries(saved());
    float[] weights = new float[12];
    weights[5] = Float.NaN;
    entries.put("layer1.W.npy", NpyArrays.toBytes(weights, 3, 4));
    assertRejected(zip("nan.npz", entries), "non-finite value at flat index 5");
  }

  @Test
  void savingReplacesAnExistingFile() throws IOException {
    Path file = saved();
    Network other = Network.builder(2).dense(1, Activation.IDENTITY).build();
    ModelFiles.save(other, file);
    assertEquals(2, ModelFiles.load(file).inputSize());
  }

  @Test
  void savingClosesTheZipStream() throws IOException {
    Network network = Network.builder(5).dense(4, Activation.RELU).seed(3).build();
    Path file = directory.resolve("model.npz");
    List<WatchedZip> zips = new ArrayList<>();
    ModelFiles.save(network, file, stream -> add(zips, new WatchedZip(stream, -1)));
    assertTrue(zips.get(0).closed, "closed after a successful save");
    assertArrayEquals(network.weights(0), ModelFiles.load(file).weights(0));
  }

  @Test
  void aFailedSaveClosesTheZipStreamAndKeepsTheOldFile() throws IOException {
    Path file = saved();
    Network network = Network.builder(2).dense(1, Activation.IDENTITY).build();
    List<WatchedZip> zips = new ArrayList<>();
    IOException e = assertThrows(IOException.class,
        () -> ModelFiles.save(network, file, stream -> add(zips, new WatchedZip(stream, 2))));
    assertEquals("no space left (simulated)", e.getMessage());
    assertTrue(zips.get(0).closed, "closed after a failed save");
    assertEquals(5, ModelFiles.load(file).inputSize(), "the old model must be untouched");
    try (Stream<Path> files = Files.list(directory)) {
      assertEquals(1, files.count(), "the temporary file must be gone");
    }
  }

  private static WatchedZip add(List<WatchedZip> zips, WatchedZip zip) {
    zips.add(zip);
    return zip;
  }

  /** Records its close; fails like a full disk at entry {@code failAt} (counted from 0). */
  private static final class WatchedZip extends ZipOutputStream {
    private final int failAt;
    private int entries;
    boolean closed;

    WatchedZip(OutputStream stream, int failAt) {
      super(stream);
      this.failAt = failAt;
    }

    @Override
    public void putNextEntry(ZipEntry entry) throws IOException {
      if (entries++ == failAt) {
        throw new IOException("no space left (simulated)");
      }
      super.putNextEntry(entry);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  private Path saved() throws IOException {
    Network network = Network.builder(5).dense(4, Activation.RELU).dense(3, Activation.IDENTITY)
        .seed(2).build();
    Path file = directory.resolve("good.npz");
    ModelFiles.save(network, file);
    return file;
  }

  private static void assertRejected(Path file, String expectedPart) {
    ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
    assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(directory.resolve(name), bytes);
  }

  private static Map<String, byte[]> entries(Path file) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
      }
    }
    return entries;
  }

  private Path zip(String name, Map<String, byte[]> entries) throws IOException {
    Path file = directory.resolve(name);
    try (OutputStream stream = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(stream)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= bytes.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
