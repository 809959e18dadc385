#!/usr/bin/env bash
# Prints the field-level accuracy of the structure reader (contact, roles, education, certifications) against
# the offlinecv truth files, gold/structure, gold/structure-heldout and gold/structure-heldout2 (see
# docs/accuracy.md#structure). Needs ../shared.
PMO_GOLD_TEST=StructureFidelityTest PMO_GOLD_REPORTS=structure-fidelity exec "$(dirname "$(readlink -f "$0")")/term-accuracy.sh"
