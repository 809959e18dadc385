#!/usr/bin/env bash
# Prints how good the line rewrites are, judged by reading (docs/accuracy.md#rewrites-issue-14): lines, judged,
# good %, each criterion, and every rewrite not judged yet (its text goes to the terminal only). Needs ../shared.
PMO_GOLD_TEST=RewriteQualityTest PMO_GOLD_REPORTS=none exec "$(dirname "$(readlink -f "$0")")/term-accuracy.sh"
