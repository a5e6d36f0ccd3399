package dev.lanes.bench.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What the Spark MLlib training benchmark gave.
 *
 * @param workload what it was asked to train
 * @param runs one per Spark master, in the order they ran
 */
public record SparkOutcome(SparkWorkload workload, List<Run> runs) {

  /**
   * One master's run: its figures, or why there are none.
   *
   * @param master the Spark master
   * @param result the figures, or null if the run failed
   * @param failure what went wrong, or null if it did not
   * @param log the run's full output, relative to the report's folder
   */
  public record Run(String master, SparkResult result, String failure, Path log) {}
}
