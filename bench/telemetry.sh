#!/usr/bin/env bash
# The telemetry benchmark (see bench/README.md): 10,000 simulated devices sending readings over the HTTP batch
# endpoint and over MQTT into a database of its own, rules evaluated, alarm latency measured, beside raw COPY of
# the same rows; prints the table, which it also writes to target/bench/telemetry.txt. Arguments go to Maven, e.g.
#   bench/telemetry.sh -o -Dbench.rounds=10 -Dbench.mqtt-rounds=1     (a quick run while developing)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -Pbench verify -Dit.test=TelemetryBenchmark "$@"
echo
cat target/bench/telemetry.txt
