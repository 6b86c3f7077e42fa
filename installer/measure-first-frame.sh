#!/usr/bin/env bash
# What a person sees of a start under a window manager: Xvfb (1400x900, black root) with openbox,
# a throw-away data directory whose database exists and has this machine's evaluator (so every
# start opens the main window with the cluster list), then the bench jar's FirstFrameWatch starts
# the application N times and reports, from the process start, when the launcher's splash picture
# was first seen (-1: none), when its window was mapped, when
# the first capture of it was not white (its first frame), and the longest white stretch in the
# 3 s after that. See docs/performance.md, "What the user sees first".
#   usage: installer/measure-first-frame.sh [RUNS] -- COMMAND...   (COMMAND: how the app is started,
#          without --db; e.g. /opt/clustereval/bin/ClusterEval, or java -cp target/cluster-eval.jar jp.clustereval.Main)
# BENCH_JAR: the bench jar (default target/cluster-eval-bench.jar; mvn -B -Pbench package -DskipTests).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
RUNS=${1:-5}
shift || true
[ "${1:-}" = "--" ] && shift
[ $# -gt 0 ] || { echo "usage: $0 [RUNS] -- COMMAND..." >&2; exit 2; }
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
DB=$TMP/data/first-frame.db
mkdir -p "$TMP/data"
"$@" --db "$DB" clusters >/dev/null
"$@" --db "$DB" evaluator add --name "計測 太郎" --affiliation "事務局" --local >/dev/null
# "Java": the name of AWT's splash window (the installed launcher's -splash: picture)
java -cp "$BENCH_JAR" jp.clustereval.bench.FirstFrameWatch --runs "$RUNS" --splash '^Java$' -- "$@" --db "$DB"
