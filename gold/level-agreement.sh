#!/usr/bin/env bash
# Prints how often the candidate's level on the PMO ladder and background agree with the labels of gold/level
# (tuning), gold/level-heldout (never tuned on) and gold/level-heldout2 (scored blind once, then tuned on) , gold/level-heldout3 and gold/level-heldout4 (each scored blind once), with a confusion summary (see docs/accuracy.md#level).
# Needs ../shared.
PMO_GOLD_TEST=LevelAgreementTest PMO_GOLD_REPORTS=level-agreement exec "$(dirname "$(readlink -f "$0")")/term-accuracy.sh"
