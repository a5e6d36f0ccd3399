package dev.lanes.nn;

import dev.lanes.kernel.Activation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Saves and loads networks as NumPy .npz archives (a zip of .npy files, as {@code numpy.savez}
 * writes): {@code layer<k>.W.npy} (float32, shape (out, in)) and {@code layer<k>.b.npy} (shape
 * (out,)) per layer, and {@code architecture.txt}, the layer sizes, activations and loss in
 * text (in Python: {@code np.load(f)["architecture.txt"].decode()}). Saving writes a temporary
 * file and renames it over the target; loading checks everything before it builds a network.
 */
public final class ModelFiles {
  static final String ARCHITECTURE = "architecture.txt";

  private ModelFiles() {}

  /** Writes {@code network} to {@code file}, atomically replacing any existing file. */
  public static void save(Network network, Path file) throws IOException {
    save(network, file, ZipOutputStream::new);
  }

  /** As {@link #save(Network, Path)}, through the zip stream {@code zips} makes (tests watch). */
  static void save(Network network, Path file, Function<OutputStream, ZipOutputStream> zips)
      throws IOException {
    Path target = file.toAbsolutePath();
    Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      // closed in reverse: the zip first, which frees its Deflater's native memory and closes
      // the channel's stream; the channel itself still closes when closing the zip fails
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          ZipOutputStream zip = zips.apply(Channels.newOutputStream(channel))) {
        store(zip, ARCHITECTURE, ArchitectureText.write(network)
            .getBytes(StandardCharsets.UTF_8));
        for (int k = 0; k < network.layerCount(); k++) {
          DenseLayer layer = network.layerAt(k);
          store(zip, weightsEntry(k), NpyArrays.toBytes(layer.weights, layer.out, layer.in));
          store(zip, biasesEntry(k), NpyArrays.toBytes(layer.biases, layer.out));
        }
        // the whole archive on disk before the rename makes it the model
        zip.finish();
        zip.flush();
        channel.force(true);
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Reads a network saved by {@link #save}.
   *
   * @throws ModelFileException if the file is truncated, corrupt, or inconsistent (missing,
   *     extra or misshaped arrays); no network is returned then
   */
  public static Network load(Path file) throws IOException {
    Map<String, byte[]> entries = readEntries(file);
    byte[] architecture = entries.remove(ARCHITECTURE);
    if (architecture == null) {
      throw new ModelFileException(file + " has no " + ARCHITECTURE + " entry");
    }
    Network network = ArchitectureText.parse(new String(architecture, StandardCharsets.UTF_8),
        file + ": " + ARCHITECTURE, name -> entries.containsKey(name) ? entries.get(name).length
            : 0);
    float[][] weights = new float[network.layerCount()][];
    float[][] biases = new float[network.layerCount()][];
    for (int k = 0; k < network.layerCount(); k++) {
      DenseLayer layer = network.layerAt(k);
      weights[k] = array(entries, file, weightsEntry(k), layer.out, layer.in);
      biases[k] = array(entries, file, biasesEntry(k), layer.out);
    }
    if (!entries.isEmpty()) {
      throw new ModelFileException(file + " has entries the architecture does not describe: "
          + entries.keySet());
    }
    for (int k = 0; k < network.layerCount(); k++) {
      network.setWeights(k, weights[k]);
      network.setBiases(k, biases[k]);
    }
    return network;
  }

  private static float[] array(Map<String, byte[]> entries, Path file, String name,
      int... shape) throws ModelFileException {
    byte[] bytes = entries.remove(name);
    if (bytes == null) {
      throw new ModelFileException(file + " has no " + name + " entry");
    }
    float[] data = NpyArrays.fromBytes(bytes, file + ": " + name, shape);
    for (int i = 0; i < data.length; i++) {
      if (!Float.isFinite(data[i])) {
        throw new ModelFileException(file + ": " + name + " holds a non-finite value at flat"
            + " index " + i);
      }
    }
    return data;
  }

  /** Every entry's bytes, each checked against the CRC-32 the archive records for it. */
  private static Map<String, byte[]> readEntries(Path file) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        ZipEntry entry = all.nextElement();
        byte[] bytes;
        try (InputStream stream = zip.getInputStream(entry)) {
          bytes = stream.readAllBytes();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
          throw new ModelFileException(file + ": entry " + entry.getName()
              + " is corrupt (CRC-32 mismatch)");
        }
        if (entries.put(entry.getName(), bytes) != null) {
          throw new ModelFileException(file + " holds the entry " + entry.getName() + " twice");
        }
      }
    } catch (ZipException | java.io.EOFException e) {
      throw new ModelFileException(file + " is not a readable .npz archive (truncated or"
          + " corrupt): " + e.getMessage(), e);
    }
    return entries;
  }

  /** A STORED entry (as numpy.savez writes), with a fixed time so equal models give equal files. */
  private static void store(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(bytes.length);
    entry.setCompressedSize(bytes.length);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    entry.setCrc(crc.getValue());
    entry.setTime(315532800000L + 86_400_000L);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  static String weightsEntry(int layer) {
    return "layer" + layer + ".W.npy";
  }

  static String biasesEntry(int layer) {
    return "layer" + layer + ".b.npy";
  }

  /** {@code architecture.txt}: a format line, the input size, one line per layer, the loss. */
  static final class ArchitectureText {
    private static final String FORMAT = "lanes-nn 1";

    private ArchitectureText() {}

    static String write(Network network) {
      StringBuilder text = new StringBuilder(FORMAT).append('\n');
      text.append("input ").append(network.inputSize()).append('\n');
      for (int k = 0; k < network.layerCount(); k++) {
        text.append("dense ").append(network.layerOutputSize(k)).append(' ')
            .append(network.activation(k)).append(' ').append(network.slope(k)).append('\n');
      }
      return text.append("loss ").append(network.loss()).append('\n').toString();
    }

    /**
     * A network of this architecture with zero weights. {@code entryBytes} gives the size of
     * an entry of the file (0 when absent): a layer whose weights the file is too small to hold
     * is rejected before a network of that size is allocated.
     */
    static Network parse(String text, String name, ToLongFunction<String> entryBytes)
        throws ModelFileException {
      String[] lines = text.split("\n");
      if (lines.length < 4 || !lines[0].equals(FORMAT)) {
        throw new ModelFileException(name + " does not start with '" + FORMAT + "'");
      }
      try {
        int in = Integer.parseInt(words(lines[1], "input", 2)[1]);
        NetworkBuilder builder = Network.builder(in);
        for (int i = 2; i < lines.length - 1; i++) {
          String[] dense = words(lines[i], "dense", 4);
          int units = Integer.parseInt(dense[1]);
          Checks.requireArrayLength("units", units, "in", in);
          requireWeightsInFile(name, i - 2, units, in, entryBytes);
          builder.dense(units, Activation.valueOf(dense[2]), Float.parseFloat(dense[3]));
          in = units;
        }
        Network network = builder.loss(Loss.valueOf(words(lines[lines.length - 1], "loss", 2)[1]))
            .build();
        for (int k = 0; k < network.layerCount(); k++) {
          network.setWeights(k, new float[network.layerAt(k).weights.length]);
        }
        return network;
      } catch (IllegalArgumentException e) {
        throw new ModelFileException(name + " is malformed: " + e.getMessage(), e);
      }
    }

    /** Four bytes a weight: a corrupt size must not allocate gigabytes before it is caught. */
    private static void requireWeightsInFile(String name, int layer, int units, int in,
        ToLongFunction<String> entryBytes) throws ModelFileException {
      long needed = 4L * units * in;
      long held = entryBytes.applyAsLong(weightsEntry(layer));
      if (needed > held) {
        throw new ModelFileException(name + " describes layer " + layer + " as " + units + " x "
            + in + " weights (" + needed + " bytes), more than the file's " + weightsEntry(layer)
            + " holds (" + held + " bytes)");
      }
    }

    private static String[] words(String line, String keyword, int count) {
      String[] words = line.trim().split(" ");
      if (words.length != count || !words[0].equals(keyword)) {
        throw new IllegalArgumentException("expected '" + keyword + "' with " + (count - 1)
            + " value(s), found '" + line + "'");
      }
      return words;
    }
  }
}
