#!/usr/bin/env bash
# Prints how good the line rewrites are, judged by reading (docs/accuracy.md#rewrites-issue-14), for the tuning set
# and the four held-out sets (lines.yaml, heldout.yaml, heldout2.yaml, heldout3.yaml, heldout4.yaml): lines, judged,
# good %, each criterion, the share given a sentence, every rewrite judged not good and every one not judged yet
# (line and suggestion go to the terminal only). Needs ../shared.
PMO_GOLD_TEST=RewriteQualityTest PMO_GOLD_REPORTS=none exec "$(dirname "$(readlink -f "$0")")/term-accuracy.sh"
