#!/usr/bin/env bash
# The permit validity benchmark (see bench/README.md): 1,000,000 residence permits, the single check in process
# (p50/p99) beside one prepared statement through bare JDBC, and the batch check of 100,000 people beside one SQL
# join, in the same run; prints the figures and their ratios, which it also writes to target/bench/permits.txt.
# Arguments go to Maven, e.g.
#   bench/permits.sh -o -Dbench.permits=100000 -Dbench.permit-runs=1     (a quick run while developing)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -Pbench verify -Dit.test=PermitValidityBenchmark -Dfailsafe.failIfNoSpecifiedTests=false "$@"
echo
cat target/bench/permits.txt
