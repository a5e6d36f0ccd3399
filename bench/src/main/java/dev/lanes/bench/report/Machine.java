package dev.lanes.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The machine the report ran on, from /proc (Linux); "unknown" elsewhere. */
public record Machine(String cpuModel, String cpuFamily, List<String> vectorFlags, int cores) {
  private static final List<String> INTERESTING_FLAGS =
      List.of("sse4_2", "avx", "avx2", "fma", "avx512f", "avx512vl", "avx512_bf16", "avx512_fp16");

  /** The machine described by the text of /proc/cpuinfo. */
  static Machine fromCpuInfo(String cpuInfo, int cores) {
    String model = field(cpuInfo, "model name");
    String family = field(cpuInfo, "cpu family");
    List<String> flags = new ArrayList<>();
    String allFlags = " " + field(cpuInfo, "flags") + " ";
    for (String flag : INTERESTING_FLAGS) {
      if (allFlags.contains(" " + flag + " ")) {
        flags.add(flag);
      }
    }
    return new Machine(model, family, flags, cores);
  }

  private static String field(String cpuInfo, String name) {
    Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\s*:\\s*(.*)$")
        .matcher(cpuInfo);
    return matcher.find() ? matcher.group(1).trim() : "unknown";
  }

  /** This machine. */
  public static Machine current() {
    String cpuInfo = read(Path.of("/proc/cpuinfo"));
    return fromCpuInfo(cpuInfo, Runtime.getRuntime().availableProcessors());
  }

  /** The 1-minute load average, or "unknown": how busy the machine was. */
  public static String loadAverage() {
    String text = read(Path.of("/proc/loadavg")).trim();
    return text.isEmpty() ? "unknown" : text.split("\\s+")[0];
  }

  private static String read(Path file) {
    try {
      return Files.isReadable(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }
}
