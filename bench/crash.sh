#!/usr/bin/env bash
# The crash test (see bench/README.md): the platform in a JVM of its own under concurrent application submissions,
# case steps and telemetry batches, killed with SIGKILL mid-run 5 times and started again on the same data; after
# each restart it checks every acknowledged write, nothing half-written, the events and the audit chain, and prints
# the counts, which it also writes to target/bench/crash.txt. Arguments go to Maven, e.g.
#   bench/crash.sh -o -Dbench.kills=2                        (a quick run while developing)
#   bench/crash.sh -o -Dbench.crash-home=/srv/crash-data     (a given data directory, kept as it is)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -Pbench verify -Dit.test=CrashBenchmark "$@"
echo
cat target/bench/crash.txt
