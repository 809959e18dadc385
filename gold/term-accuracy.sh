#!/usr/bin/env bash
# Prints the precision and recall of the terms found against the gold set in gold/terms/ and the held-out
# sets gold/heldout, gold/heldout2, gold/heldout3, gold/heldout4 and gold/heldout5, each with its floor (see docs/accuracy.md). Needs ../shared for the corpus CVs; without it
# only the samples are scored.
set -uo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
cd "$root"
. "$root/bin/find-java.sh"
pmo_find_java
# gold/structure-fidelity.sh runs the structure test through this script. One build of resume-analyzer and
# core (-am) that runs only that test: nothing is installed into ~/.m2.
out=$(./mvnw -B -q -pl resume-analyzer -am test -Dtest="${PMO_GOLD_TEST:-TermAccuracyTest}" -Dsurefire.failIfNoSpecifiedTests=false 2>&1)
status=$?
printf '%s\n' "$out" | awk '/^(Term accuracy|Held-out term accuracy|Structure fidelity|Rewrite quality|Held-out rewrite quality|Level agreement)/ {p=1} /^(\[|SLF4J|[0-9][0-9][0-9][0-9]-|org\.)/ {p=0} p {print}'
[ "${PMO_GOLD_REPORTS:-}" = none ] || echo "Details (every miss): resume-analyzer/target/${PMO_GOLD_REPORTS:-term-accuracy}*.md"
exit $status
