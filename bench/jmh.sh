#!/usr/bin/env bash
# JMH benchmarks of the hot paths (reading PDF/DOCX, matching, classifying, analysing, rendering).
#   bench/jmh.sh                 # all, about 2 minutes
#   bench/jmh.sh renderGapReport # one
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
cd "$root"
. "$root/bin/find-java.sh"
pmo_find_java
if [ "$(pmo_java_major "$JAVA")" -ge 24 ]; then export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"; fi
mvn -B -q -Pbench -DskipTests install
exec "$JAVA" -Dpmo.samples="$root/samples" -jar benchmarks/target/benchmarks.jar "${1:-.}"
