#!/usr/bin/env bash
# Size and load time of report.html for a 1,000,000-request bench with a 1,000-case prompt suite and a 20-build
# trend (docs/reports.md). Needs Debian's chromium. Prints the size and the time until every chart has rendered.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B -o -pl runner -am test -Dtest=ReportLoadTimeBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false
cat runner/target/report-benchmark/figures.txt
