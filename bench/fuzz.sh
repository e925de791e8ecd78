#!/usr/bin/env bash
# Fuzzes every @FuzzTest target for a while, one JVM per target (Jazzer fuzzes one target per JVM).
#
#   bench/fuzz.sh [seconds per target] [target ...]
#   bench/fuzz.sh                  # 300 s each, every target
#   bench/fuzz.sh 60 PlanImportFuzzTests#excelLedger
#
# Runs niced. Do not attach to a fuzzing JVM (jstack, jcmd): the signal ends the run and is recorded as a crash.
# A finding fails that target's run; Jazzer writes the input that found it into the target's
# seed directory (src/test/resources/<package>/<Class>Inputs/<method>/crash-…), where it becomes a regression
# input of every build once the fault is fixed. The corpus Jazzer grows while fuzzing stays in .cifuzz-corpus/
# (ignored by git) and is reused by the next run. A summary per target goes to target/fuzz/summary.txt.
set -uo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-300}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
	targets=(
		"ResidentIdNumbersFuzzTests#checkAgreesWithTheStandard"
		"TelemetryInputFuzzTests#payloadsGiveSaneReadingsOrNamedProblems"
		"TelemetryInputFuzzTests#timestampsReadAsJavaTimeReadsThem"
		"PlanImportFuzzTests#textOrHtml"
		"PlanImportFuzzTests#wordDocument"
		"PlanImportFuzzTests#excelLedger"
		"DepartmentImportFuzzTests#departmentSheet"
		"StaffImportFuzzTests#staffSheet"
	)
fi

mkdir -p target/fuzz
summary=target/fuzz/summary.txt
: > "$summary"
nice ./mvnw -B -q -o test-compile || exit 1

failed=0
for target in "${targets[@]}"; do
	log="target/fuzz/${target//#/.}.log"
	echo "== $target, ${seconds} s" | tee -a "$summary"
	# the libFuzzer flags after the fuzz test's own: the last -max_total_time wins; -timeout catches endless loops
	JAZZER_FUZZ=1 nice ./mvnw -B -o surefire:test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
		-Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$seconds" \
		-Djazzer.internal.arg.2=-timeout=20 -Djazzer.internal.arg.3=-max_len=16384 > "$log" 2>&1
	status=$?
	grep -E '^Done [0-9]+ runs|^#[0-9]+ +DONE' "$log" | tail -2 | tee -a "$summary"
	grep -E '== Java Exception|FuzzTestFindingException|timeout after|out-of-memory|crash-[0-9a-f]+' "$log" | head -5 \
		| tee -a "$summary"
	if [ $status -ne 0 ]; then
		failed=1
		echo "   FAILED (see $log)" | tee -a "$summary"
	fi
done
exit $failed
