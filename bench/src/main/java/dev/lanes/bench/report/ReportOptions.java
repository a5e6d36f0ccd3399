package dev.lanes.bench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's command-line options.
 *
 * @param full publication figures (longer runs, every width everywhere) instead of quick ones
 * @param jdks JDK feature versions to compare, the first being the primary one; empty means
 *     the JDK running the report plus JDK 25 when one is installed
 * @param outputDirectory where the report goes; null means bench/reports/&lt;timestamp&gt;
 * @param digitsClass the main class of the digits example, run when it is on the class path
 * @param spark whether to run the Spark MLlib training benchmark after the JMH runs; never
 *     implied by {@code full}, since it needs the optional spark module's jars
 * @param sparkWorkload what that benchmark trains
 * @param help print the usage and do nothing else
 */
public record ReportOptions(boolean full, List<Integer> jdks, Path outputDirectory,
    String digitsClass, boolean spark, SparkWorkload sparkWorkload, boolean help) {

  public static final String DEFAULT_DIGITS_CLASS = "dev.lanes.nn.examples.DigitsExample";

  public static final String USAGE = String.join("\n",
      "Usage: bench/report.sh [--quick | --full] [--jdks 17,25] [--out DIR] [--digits-class NAME]",
      "                       [--spark [--spark-workload " + SparkWorkload.FORMAT + "]]",
      "  --quick              short runs, about 10 minutes on 2 cores (the default)",
      "  --full               publication figures: longer runs, every width for every benchmark",
      "  --jdks LIST          JDK feature versions to compare, comma-separated; the first is the",
      "                       primary one (default: the running JDK, plus 25 when installed)",
      "  --out DIR            output folder (default: bench/reports/<date-time>)",
      "  --digits-class NAME  main class of the digits example (default: " + DEFAULT_DIGITS_CLASS
          + ")",
      "  --spark              also time Spark MLlib's MultilayerPerceptronClassifier training",
      "                       with netlib's Java BLAS and with Lanes, local[1] and local[2]",
      "                       (about 15 minutes; needs Spark's jars in the local Maven",
      "                       repository; not part of --full)",
      "  --spark-workload W   that benchmark's workload " + SparkWorkload.FORMAT + ",",
      "                       default \"" + SparkWorkload.DEFAULT.arguments()
          + "\"",
      "  --help               this text");

  /**
   * Parses {@code args}.
   *
   * @throws ReportException naming the bad option or value
   */
  public static ReportOptions parse(String... args) {
    Boolean full = null;
    List<Integer> jdks = List.of();
    Path out = null;
    String digitsClass = DEFAULT_DIGITS_CLASS;
    boolean spark = false;
    SparkWorkload sparkWorkload = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--quick":
        case "--full":
          boolean wantsFull = arg.equals("--full");
          if (full != null && full != wantsFull) {
            throw new ReportException("--quick and --full exclude each other");
          }
          full = wantsFull;
          break;
        case "--jdks":
          jdks = parseJdks(value(args, i++));
          break;
        case "--out":
          out = Path.of(value(args, i++));
          break;
        case "--digits-class":
          digitsClass = value(args, i++);
          break;
        case "--spark":
          spark = true;
          break;
        case "--spark-workload":
          sparkWorkload = SparkWorkload.parse(value(args, i++));
          break;
        case "--help":
        case "-h":
          return new ReportOptions(false, List.of(), null, digitsClass, false,
              SparkWorkload.DEFAULT, true);
        default:
          throw new ReportException("unknown option '" + arg + "'\n" + USAGE);
      }
    }
    if (sparkWorkload != null && !spark) {
      throw new ReportException("--spark-workload is used only with --spark");
    }
    return new ReportOptions(full != null && full, jdks, out, digitsClass, spark,
        sparkWorkload != null ? sparkWorkload : SparkWorkload.DEFAULT, false);
  }

  private static String value(String[] args, int optionIndex) {
    if (optionIndex + 1 >= args.length || args[optionIndex + 1].startsWith("--")) {
      throw new ReportException(args[optionIndex] + " needs a value\n" + USAGE);
    }
    return args[optionIndex + 1];
  }

  private static List<Integer> parseJdks(String list) {
    List<Integer> jdks = new ArrayList<>();
    for (String item : list.split(",", -1)) {
      int version;
      try {
        version = Integer.parseInt(item.trim());
      } catch (NumberFormatException e) {
        version = -1;
      }
      if (version < 17) {
        throw new ReportException("--jdks " + list + ": '" + item
            + "' is not a JDK feature version >= 17 (e.g. --jdks 17,25)");
      }
      if (jdks.contains(version)) {
        throw new ReportException("--jdks " + list + ": " + version + " is listed twice");
      }
      jdks.add(version);
    }
    return List.copyOf(jdks);
  }
}
