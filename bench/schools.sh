#!/usr/bin/env bash
# The school place allocation benchmark (see bench/README.md): 50,000 applications over 200 schools and 5 grades,
# allocated by the platform's round beside the same rules as one SQL statement with window functions, in the same
# run; prints both figures and their ratio, which it also writes to target/bench/schools.txt. Arguments go to
# Maven, e.g.
#   bench/schools.sh -o -Dbench.school-runs=1     (a quick run while developing)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -Pbench verify -Dit.test=SchoolAllocationBenchmark -Dfailsafe.failIfNoSpecifiedTests=false "$@"
echo
cat target/bench/schools.txt
