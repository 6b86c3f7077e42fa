#!/usr/bin/env bash
# Start-up time of the installed ClusterEval GUI: from starting the launcher until its main window
# is mapped on the X server (xdotool), median of N runs, on a throw-away Xvfb and data directory
# whose database exists already (so no run creates or seeds it). See docs/performance.md.
#   usage: installer/measure-startup.sh [LAUNCHER] [RUNS]     (default /opt/clustereval/bin/ClusterEval, 5)
# Set JAVA_CMD to measure a plain java command line instead of the launcher, e.g.
#   JAVA_CMD="/opt/clustereval/lib/runtime/bin/java -cp ... jp.clustereval.Main" installer/measure-startup.sh
set -euo pipefail
LAUNCHER=${1:-/opt/clustereval/bin/ClusterEval}
RUNS=${2:-5}
DISPLAY_NUM=${DISPLAY_NUM:-:97}
TMP=$(mktemp -d)
Xvfb "$DISPLAY_NUM" -screen 0 1280x1024x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$TMP"' EXIT
export DISPLAY=$DISPLAY_NUM XDG_DATA_HOME=$TMP
sleep 1
read -r -a CMD <<< "${JAVA_CMD:-$LAUNCHER}"
"${CMD[@]}" clusters >/dev/null   # creates and seeds the database once, outside the measurement
# this machine's evaluator is set up, so that every start opens the main window with the cluster list
"${CMD[@]}" evaluator add --name "計測 太郎" --affiliation "事務局" --local >/dev/null
times=()
for i in $(seq 1 "$RUNS"); do
    start=$(date +%s%N)
    "${CMD[@]}" >/dev/null 2>&1 &
    pid=$!
    until xdotool search --onlyvisible --name ClusterEval >/dev/null 2>&1; do sleep 0.01; done
    end=$(date +%s%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    times+=($(( (end - start) / 1000000 )))
    sleep 0.5
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "runs (ms): ${times[*]}"
echo "median (ms): $(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p")"
