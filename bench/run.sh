#!/usr/bin/env bash
# Benchmarks PMO Toolkit on this machine and prints a table (see docs/performance.md).
#   bench/run.sh            # full run: 1,000-CV batch, single-CV start-up, size curve, pdftotext comparison
#   BATCH=200 bench/run.sh  # a smaller batch
# The pdftotext comparison runs on 500 sample PDFs and, when ../shared is present, on 500 PDFs set from the
# distinct CV texts of the public Kaggle resume dataset (varied text; made under bench/out, never committed).
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

# Our full analysis of a folder of PDFs against pdftotext extracting the same files one process per file,
# each the median of CMP_RUNS runs.
CMP_RUNS=${CMP_RUNS:-3}
poppler() { # seconds for pdftotext over every PDF in a folder, one process per file
  local start end
  start=$(date +%s.%N)
  for f in "$1"/*.pdf; do pdftotext "$f" /dev/null; done
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN{printf "%.2f\n", b-a}'; }
compare() { # label, folder
  local n t
  n=$(ls "$2" | wc -l)
  t=$(for i in $(seq "$CMP_RUNS"); do wall ./pmo analyze "$2" --role pmo-analyst --format json; done | median)
  printf '%-52s %10s s\n' "our full analysis of $n $1 PDFs (one process)" "$t"
  if command -v pdftotext >/dev/null 2>&1; then
    t=$(for i in $(seq "$CMP_RUNS"); do poppler "$2"; done | median)
    printf '%-52s %10s s\n' "pdftotext, one process per file, same $n PDFs" "$t"
  else
    printf '%-52s %12s\n' "pdftotext comparison" "skipped (install poppler-utils)"
  fi
}
compare "sample" "$out/corpus/pdf-only"
# Varied text: the public Kaggle resume dataset's distinct CVs set as PDFs, when ../shared is present.
kaggle="$root/../shared/corpus/kaggle/UpdatedResumeDataSet.csv"
if [ -f "$kaggle" ]; then
  rm -rf "$out/varied"
  "$JAVA" -cp "$jar" bench/MakeVariedCorpus.java "$kaggle" "$out/varied" 500 >/dev/null 2>&1
  compare "varied" "$out/varied"
fi

for p in 2 10 50 100; do
  t=$(for i in 1 2 3; do wall ./pmo analyze "$out/corpus/long/$p-pages.pdf" --role pmo-manager --max-pages 200; done | median)
  printf '%-52s %10s s\n' "size curve: $p-page PDF, JVM start included" "$t"
done
