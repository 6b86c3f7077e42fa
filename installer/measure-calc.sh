#!/usr/bin/env bash
# The installed ClusterEval's start side by side with LibreOffice Calc opening an 18-row sheet (what
# evaluators used before), measured the same way for both, alternating run by run so that the
# machine's load hits both alike: Xvfb (1400x900, black root) with openbox, and the bench jar's
# FirstFrameWatch, which starts the program and reports, from the process start, when its window was
# mapped (polled with xdotool) and when the first capture of the window was not white. Calc's
# profile is a private one, made and warmed by one start before the measurement (so nothing of a
# first start, such as the profile's creation, is timed); ClusterEval gets one untimed start too,
# on a database that exists and has this machine's evaluator (the main window with 18 clusters).
# Needs soffice (Debian: libreoffice-calc), xdotool, Xvfb, openbox. See docs/performance.md.
#   usage: installer/measure-calc.sh [RUNS] -- CLUSTEREVAL_COMMAND...   (without --db)
# BENCH_JAR: the bench jar (default target/cluster-eval-bench.jar; mvn -B -Pbench package -DskipTests).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
RUNS=${1:-5}
shift || true
[ "${1:-}" = "--" ] && shift
[ $# -gt 0 ] || { echo "usage: $0 [RUNS] -- CLUSTEREVAL_COMMAND..." >&2; exit 2; }
command -v soffice >/dev/null || { echo "no soffice: apt-get install libreoffice-calc" >&2; exit 1; }
BENCH_JAR=$(realpath "${BENCH_JAR:-$HERE/../target/cluster-eval-bench.jar}")
[ -f "$BENCH_JAR" ] || { echo "no bench jar at $BENCH_JAR" >&2; exit 1; }
TMP=$(mktemp -d)
Xvfb -displayfd 3 -br -screen 0 1400x900x24 3>"$TMP/display" >/dev/null 2>&1 &
XVFB=$!
WM=
trap 'kill $WM $XVFB 2>/dev/null; rm -rf "$TMP"' EXIT
for _ in $(seq 1 50); do [ -s "$TMP/display" ] && break; sleep 0.1; done
export DISPLAY=:$(cat "$TMP/display") XDG_DATA_HOME=$TMP/data XDG_CONFIG_HOME=$TMP/config
openbox >/dev/null 2>&1 &
WM=$!
sleep 1
mkdir -p "$TMP/data" "$TMP/sheet"
DB=$TMP/data/compare.db
"$@" --db "$DB" clusters >/dev/null
"$@" --db "$DB" evaluator add --name "計測 太郎" --affiliation "事務局" --local >/dev/null
APP=("$@" --db "$DB")

# the sheet: 18 clusters (rows) x 9 items, a total and a comment, as an evaluator's own workbook
{
    echo "Cluster,1.1,1.2,1.3,2.1,2.2,2.3,3.1,3.2,3.3,Total,Comment"
    for i in $(seq 1 18); do
        printf 'Cluster %02d,S,A,A,B,A,S,B,C,A,=COUNTIF(B%d:J%d;"S")*4+COUNTIF(B%d:J%d;"A")*3,Comment on cluster %d\n' \
            "$i" $((i + 1)) $((i + 1)) $((i + 1)) $((i + 1)) "$i"
    done
} > "$TMP/sheet/calc-18.csv"
PROFILE=file://$TMP/lo-profile
CALC=(/usr/lib/libreoffice/program/soffice --calc --norestore --nologo -env:UserInstallation="$PROFILE")
# made with the same profile, which this also creates
"${CALC[@]}" --headless --convert-to ods --outdir "$TMP/sheet" "$TMP/sheet/calc-18.csv" >/dev/null 2>&1
[ -f "$TMP/sheet/calc-18.ods" ] || { echo "the sheet could not be made" >&2; exit 1; }
CALC+=("$TMP/sheet/calc-18.ods")

watch() { java -cp "$BENCH_JAR" jp.clustereval.bench.FirstFrameWatch --runs 1 --watch-ms 1000 --title "$@"; }
# warm-up: one untimed start of each (Calc's profile and fonts, the page cache for both)
watch 'calc-18' -- "${CALC[@]}" >/dev/null
watch 'ClusterEval' -- "${APP[@]}" >/dev/null
for i in $(seq 1 "$RUNS"); do
    watch 'ClusterEval' -- "${APP[@]}" | sed -n 's/^FIRST-FRAME run=1 /clustereval run='"$i"' /p'
    watch 'calc-18' -- "${CALC[@]}" | sed -n 's/^FIRST-FRAME run=1 /calc run='"$i"' /p'
done | tee "$TMP/runs"
for who in clustereval calc; do
    for what in mapped content; do
        values=$(grep "^$who " "$TMP/runs" | sed -n "s/.* $what=\([0-9]*\).*/\1/p" | sort -n)
        n=$(echo "$values" | wc -l)
        echo "$who $what: median $(echo "$values" | sed -n "$(( (n + 1) / 2 ))p") ms, min $(echo "$values" | head -1), max $(echo "$values" | tail -1) (runs: $(echo $values))"
    done
done
