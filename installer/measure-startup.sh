#!/usr/bin/env bash
# Start-up time of the installed ClusterEval GUI, median of N runs, on a throw-away Xvfb and data
# directory whose database exists already (so no run creates or seeds it). See docs/performance.md.
# Two figures per run, both from the moment the process is started:
#   list:   until the application has shown its main window with the filled cluster list, read from
#           the marker line of the bench jar's start-up watch (jp.clustereval.bench.StartupWatch: the
#           application's own main, with a listener on its start-up steps; no polling). The
#           application itself prints nothing: the watch runs with the launcher's own runtime, class
#           path and JVM options (read from lib/app/<name>.cfg, as the launcher reads them), the bench
#           jar appended to the class path; only the native launcher program itself is left out;
#   mapped: the launcher itself, until the window is mapped on the X server, polled with xdotool
#           every 10 ms (each poll is a process of its own and takes CPU from the starting
#           application: a second pass).
#   usage: installer/measure-startup.sh [LAUNCHER] [RUNS]     (default /opt/clustereval/bin/ClusterEval, 5)
# BENCH_JAR: the bench jar (default target/cluster-eval-bench.jar; mvn -B -Pbench package -DskipTests).
# Set JAVA_CMD to measure a plain java command line instead of an installed launcher: the java
# command and its class path without a main class, e.g.
#   JAVA_CMD="java -cp target/cluster-eval-bench.jar" installer/measure-startup.sh
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
LAUNCHER=${1:-/opt/clustereval/bin/ClusterEval}
RUNS=${2:-5}
BENCH_JAR=$(realpath "${BENCH_JAR:-$HERE/../target/cluster-eval-bench.jar}")
[ -f "$BENCH_JAR" ] || { echo "no bench jar at $BENCH_JAR (mvn -B -Pbench package -DskipTests)" >&2; exit 1; }
if [ -n "${JAVA_CMD:-}" ]; then
    read -r -a JAVA <<< "$JAVA_CMD"
    APP=("${JAVA[@]}" jp.clustereval.Main)
    WATCH=("${JAVA[@]}" jp.clustereval.bench.StartupWatch)
else
    # the launcher's configuration: [Application] app.classpath / app.mainclass, [JavaOptions] java-options
    ROOT=$(cd "$(dirname "$LAUNCHER")/.." && pwd)
    APPDIR=$ROOT/lib/app
    CFG=$APPDIR/$(basename "$LAUNCHER").cfg
    [ -f "$CFG" ] || { echo "no launcher configuration $CFG" >&2; exit 1; }
    CP=$(sed -n 's/^app.classpath=//p' "$CFG" | sed "s#\$APPDIR#$APPDIR#g" | paste -sd: -)
    mapfile -t OPTIONS < <(sed -n 's/^java-options=//p' "$CFG" | sed "s#\$APPDIR#$APPDIR#g")
    APP=("$LAUNCHER")
    WATCH=("$ROOT/lib/runtime/bin/java" "${OPTIONS[@]}" -cp "$CP:$BENCH_JAR" jp.clustereval.bench.StartupWatch)
fi
TMP=$(mktemp -d)
# a display of our own: a free number chosen by Xvfb (-displayfd), unless DISPLAY_NUM names one; a
# display left behind by an earlier run would show its windows to xdotool and spoil the figures
if [ -n "${DISPLAY_NUM:-}" ]; then
    Xvfb "$DISPLAY_NUM" -screen 0 1280x1024x24 >/dev/null 2>&1 &
else
    Xvfb -displayfd 3 -screen 0 1280x1024x24 3>"$TMP/display" >/dev/null 2>&1 &
fi
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$TMP"' EXIT
for _ in $(seq 1 50); do
    [ -n "${DISPLAY_NUM:-}" ] || [ -s "$TMP/display" ] && break
    sleep 0.1
done
sleep 0.5
if ! kill -0 "$XVFB" 2>/dev/null; then
    echo "Xvfb did not start (display ${DISPLAY_NUM:-chosen by Xvfb} in use?)" >&2
    exit 1
fi
DISPLAY=${DISPLAY_NUM:-:$(cat "$TMP/display")}
export DISPLAY XDG_DATA_HOME=$TMP
"${APP[@]}" clusters >/dev/null   # creates and seeds the database once, outside the measurement
# this machine's evaluator is set up, so that every start opens the main window with the cluster list
"${APP[@]}" evaluator add --name "計測 太郎" --affiliation "事務局" --local >/dev/null
list=()
for i in $(seq 1 "$RUNS"); do
    rm -f "$TMP/end"
    start=$(date +%s%N)
    # the time is taken when the marker line arrives, not when the process has exited
    timeout 30 "${WATCH[@]}" 2>/dev/null | while read -r line; do
        case "$line" in CLUSTEREVAL-STARTUP-MS*) date +%s%N > "$TMP/end" ;; esac
    done || true
    if [ ! -s "$TMP/end" ]; then
        echo "run $i: no start-up marker within 30 s (log: $TMP/cluster-eval/logs)" >&2
        exit 1
    fi
    list+=($(( ($(cat "$TMP/end") - start) / 1000000 )))
    sleep 0.5
done
times=()
for i in $(seq 1 "$RUNS"); do
    start=$(date +%s%N)
    "${APP[@]}" >/dev/null 2>&1 &
    pid=$!
    until xdotool search --onlyvisible --name ClusterEval >/dev/null 2>&1; do
        if ! kill -0 "$pid" 2>/dev/null || [ $(( $(date +%s%N) - start )) -gt 30000000000 ]; then
            echo "run $i: no ClusterEval window within 30 s (log: $TMP/cluster-eval/logs)" >&2
            exit 1
        fi
        sleep 0.01
    done
    end=$(date +%s%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    times+=($(( (end - start) / 1000000 )))
    sleep 0.5
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "list shown, runs (ms): ${list[*]}"
echo "list shown, median (ms): $(median "${list[@]}")"
echo "window mapped, runs (ms): ${times[*]}"
echo "window mapped, median (ms): $(median "${times[@]}")"
