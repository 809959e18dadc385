#!/usr/bin/env bash
# Prints how often the interview feedback agrees with the labelled answers of gold/feedback/answers.yaml (tuned
# on), gold/feedback/heldout.yaml, heldout2.yaml, heldout3.yaml and heldout4.yaml (held out: each measured blind once before its
# misses were read; the blind figures are in docs/feedback.md): relevance, each part of the question type's
# rubric, and the verdict (see docs/feedback.md#agreement). Needs nothing outside the repository.
set -uo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
cd "$root"
. "$root/bin/find-java.sh"
pmo_find_java
# One build of interview-coach and core (-am) that runs only that test: nothing is installed into ~/.m2.
out=$(./mvnw -B -q -pl interview-coach -am test -Dtest=FeedbackAgreementTest -Dsurefire.failIfNoSpecifiedTests=false 2>&1)
status=$?
printf '%s\n' "$out" | grep -E '^Feedback agreement'
echo "Details (every disagreement): interview-coach/target/feedback-agreement-*.md"
exit $status
