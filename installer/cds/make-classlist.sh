#!/usr/bin/env bash
# Regenerates installer/cds/ClusterEval.classlist: the classes the desktop application loads from
# start until its main window shows the cluster list (and a few seconds after: the deferred panes). Runs the built app-image's own java under a
# throw-away X server, with a throw-away data directory, and stops it 3 s after the window appears.
# Commit the result; installers dump the AppCDS archive from it (see installer/README.md).
#   usage: installer/cds/make-classlist.sh   (after mvn -B -Pinstaller package; needs Xvfb and xdotool)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
APP=$HERE/../../target/installer/ClusterEval
DISPLAY_NUM=${DISPLAY_NUM:-:97}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
if ! xdotool getdisplaygeometry >/dev/null 2>&1 || [ -z "${DISPLAY:-}" ]; then
    Xvfb "$DISPLAY_NUM" -screen 0 1280x1024x24 >/dev/null 2>&1 &
    XVFB=$!
    trap 'kill $XVFB; rm -rf "$TMP"' EXIT
    export DISPLAY=$DISPLAY_NUM
    sleep 1
fi
CP=$(sed -n 's/^app.classpath=//p' "$APP/lib/app/ClusterEval.cfg" | sed "s#\$APPDIR#$APP/lib/app#g" | paste -sd: -)
# a database with this machine's evaluator, so that the start runs into the main window and its list
XDG_DATA_HOME=$TMP "$APP/lib/runtime/bin/java" -cp "$CP" jp.clustereval.Main evaluator add --name "計測 太郎" --local >/dev/null
XDG_DATA_HOME=$TMP "$APP/lib/runtime/bin/java" -Xshare:off -XX:DumpLoadedClassList="$TMP/classlist" \
    -cp "$CP" jp.clustereval.Main >/dev/null 2>&1 &
PID=$!
for _ in $(seq 1 300); do
    xdotool search --onlyvisible --name ClusterEval >/dev/null 2>&1 && break
    sleep 0.1
done
sleep 3
kill $PID; wait $PID || true
cp "$TMP/classlist" "$HERE/ClusterEval.classlist"  # in load order: @lambda-proxy lines follow their classes
wc -l "$HERE/ClusterEval.classlist"
