#!/usr/bin/env bash
# The main job: build Lanes and write the vectorization report (Markdown, PNG charts, JMH JSON).
#   bench/report.sh [--quick | --full] [--jdks 17,25] [--out DIR] [--digits-class NAME]
#                   [--spark [--spark-workload "ROWS LAYERS BLOCK ITERATIONS REPEATS"]]
# Runs from any directory; the report folder is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

for arg in "$@"; do
  case "$arg" in
    -h|--help)
      exec java -cp bench/target/benchmarks.jar dev.lanes.bench.report.ReportMain --help 2>/dev/null \
        || { echo "bench/report.sh [--quick | --full] [--jdks 17,25] [--out DIR] [--digits-class NAME]" \
              "[--spark [--spark-workload \"ROWS LAYERS BLOCK ITERATIONS REPEATS\"]]"; exit 0; } ;;
  esac
done
if ! command -v mvn >/dev/null; then
  echo "report: Maven (mvn) is needed to build Lanes; install it first" >&2
  exit 2
fi
if ! command -v java >/dev/null; then
  echo "report: no java on the PATH; install JDK 17 or newer" >&2
  exit 2
fi

echo "Building Lanes (mvn -B -q -DskipTests package)..."
mvn -B -q -DskipTests package

# OpenBLAS must pick its best kernel for this CPU: a workplace default may force another one.
# The report itself runs OpenBLAS once more with OPENBLAS_CORETYPE=Haswell for comparison.
exec env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE \
  java -cp bench/target/benchmarks.jar dev.lanes.bench.report.ReportMain "$@"
