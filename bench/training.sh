#!/usr/bin/env bash
# The training claim benchmark (see bench/README.md): 2,000,000 past subsidised trainings, 20 claims of 1,000
# trainees each checked against every rule through ClaimChecks.check (p50/p99) beside the same checks as one SQL
# anti-join in the same run; prints the figures and their ratios, which it also writes to target/bench/training.txt.
# Arguments go to Maven, e.g.
#   bench/training.sh -o -Dbench.subsidised=200000 -Dbench.claims=5     (a quick run while developing)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -Pbench verify -Dit.test=TrainingClaimBenchmark -Dfailsafe.failIfNoSpecifiedTests=false "$@"
echo
cat target/bench/training.txt
