#!/usr/bin/env bash
# Benchmarks PMO Toolkit on this machine and prints a table (see docs/performance.md).
#   bench/run.sh            # full run: 1,000-CV batch, single-CV start-up, size curve, pdftotext comparison
#   BATCH=200 bench/run.sh  # a smaller batch
# Needs: a JDK >= 21 (found like ./pmo does), Maven for the first build, /usr/bin/time (Debian 'time'),
# and pdftotext (Debian 'poppler-utils') for the comparison. Nothing is downloaded at run time.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
cd "$root"
. "$root/bin/find-java.sh"
pmo_find_java
BATCH=${BATCH:-1000}
RUNS=${RUNS:-7}
out="$root/bench/out"
./pmo --version >/dev/null            # builds the jar and the start-up cache (AOT or AppCDS) if needed
./pmo analyze samples/amelia-hart-project-manager.pdf --role pmo-manager >/dev/null
jar="$root/cli/target/pmo.jar"
rm -rf "$out/corpus"
"$JAVA" -cp "$jar" bench/MakeCorpus.java samples "$out/corpus" "$BATCH" >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
wall() { # wall seconds of one command
  /usr/bin/time -f "%e" -o "$out/t" "$@" >/dev/null 2>&1 || true; cat "$out/t"; }
peak() { # peak RSS in MB of one command
  /usr/bin/time -f "%M" -o "$out/m" "$@" >/dev/null 2>&1 || true; awk '{printf "%.0f", $1/1024}' "$out/m"; }

echo "PMO Toolkit benchmark — $(date -u +%Y-%m-%d), $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"
echo
printf '%-52s %12s\n' "measure" "result"
printf '%-52s %12s\n' "-------" "------"
for f in samples/amelia-hart-project-manager.pdf samples/amelia-hart-project-manager.docx; do
  t=$(for i in $(seq "$RUNS"); do wall ./pmo analyze "$f" --role pmo-manager; done | median)
  printf '%-52s %10s s\n' "one CV, JVM start included: $(basename "$f")" "$t"
done
t=$(for i in $(seq "$RUNS"); do wall ./pmo --version; done | median)
printf '%-52s %10s s\n' "JVM start only (pmo --version)" "$t"

n=$(ls "$out/corpus/batch" | wc -l)
t=$(wall ./pmo analyze "$out/corpus/batch" --role pmo-analyst --format json)
m=$(peak ./pmo analyze "$out/corpus/batch" --role pmo-analyst --format json)
printf '%-52s %10s s\n' "batch of $n CVs (JSON to /dev/null)" "$t"
printf '%-52s %10s /s\n' "  throughput incl. start-up" "$(awk -v n="$n" -v t="$t" 'BEGIN{printf "%.0f", n/t}')"
printf '%-52s %9s MB\n' "  peak memory (RSS)" "$m"

np=$(ls "$out/corpus/pdf-only" | wc -l)
t=$(wall ./pmo analyze "$out/corpus/pdf-only" --role pmo-analyst --format json)
printf '%-52s %10s s\n' "our full analysis of $np PDFs (one process)" "$t"
if command -v pdftotext >/dev/null 2>&1; then
  start=$(date +%s.%N)
  for f in "$out"/corpus/pdf-only/*.pdf; do pdftotext "$f" /dev/null; done
  end=$(date +%s.%N)
  printf '%-52s %10s s\n' "pdftotext, one process per file, same $np PDFs" "$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.2f", b-a}')"
else
  printf '%-52s %12s\n' "pdftotext comparison" "skipped (install poppler-utils)"
fi

for p in 2 10 50 100; do
  t=$(for i in 1 2 3; do wall ./pmo analyze "$out/corpus/long/$p-pages.pdf" --role pmo-manager --max-pages 200; done | median)
  printf '%-52s %10s s\n' "size curve: $p-page PDF, JVM start included" "$t"
done
