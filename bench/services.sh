#!/usr/bin/env bash
# The services benchmark (see bench/README.md): loads 1,000,000 applications into a database of its own,
# measures submissions, the clerk's inbox and search beside bare JDBC, and prints the table, which it also
# writes to target/bench/services.txt. Arguments go to Maven, e.g.
#   bench/services.sh -o -Dbench.rows=20000 -Dbench.rounds=20     (a quick run while developing)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -Pbench verify -Dit.test=ServicesBenchmark "$@"
echo
cat target/bench/services.txt
