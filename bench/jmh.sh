#!/usr/bin/env bash
# JMH benchmarks of the hot paths (reading PDF/DOCX, matching, classifying, analysing, rendering).
#   bench/jmh.sh                 # all, about 2 minutes
#   bench/jmh.sh renderGapReport # one
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
cd "$root"
. "$root/bin/find-java.sh"
pmo_find_java
# package, not install: the modules come from this build and nothing of ours is written into ~/.m2.
./mvnw -B -q -Pbench -DskipTests package -pl benchmarks -am
exec "$JAVA" -Dpmo.samples="$root/samples" -jar benchmarks/target/benchmarks.jar "${1:-.}"
