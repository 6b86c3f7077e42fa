#!/usr/bin/env bash
# Builds ClusterEval.app and a .dmg under target/installer/ on macOS (untested here: written for a
# Mac with a JDK 17 with jmods as JAVA_HOME; see installer/README.md). Run after `mvn -B package`.
#   usage: installer/build-macos.sh VERSION
set -euo pipefail
VERSION=${1:?usage: build-macos.sh VERSION}
HERE=$(cd "$(dirname "$0")" && pwd)
PROJECT=$(cd "$HERE/.." && pwd)
OUT=$PROJECT/target/installer
WORK=$OUT/work
JAVA_HOME=${JAVA_HOME:?set JAVA_HOME to a JDK 17 with jmods}
JDK_BIN=$JAVA_HOME/bin
NAME=ClusterEval
source "$HERE/common.sh"

rm -rf "$WORK" "$OUT/$NAME.app" "$OUT"/*.dmg "$OUT/deps" "$OUT/javafx"
mkdir -p "$WORK"
# Maven's runtime class path on this machine (it selects the mac or mac-aarch64 JavaFX jars)
CP=$(cd "$PROJECT" && mvn -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=/dev/stdout)
split_classpath "$CP" ":"
make_javafx_jmods "$OUT/javafx" "$WORK/jmods"
make_runtime "$WORK/jmods" "$WORK/runtime"
make_input "$WORK/input"
ICON=$HERE/icon/clustereval.icns
[ -f "$ICON" ] || { echo "Make $ICON first (installer/README.md)" >&2; exit 1; }

"$JDK_BIN/jpackage" --type app-image --dest "$OUT" --name "$NAME" --app-version "$VERSION" \
    "${COMMON_OPTIONS[@]}" --icon "$ICON" --runtime-image "$WORK/runtime" --input "$WORK/input" \
    --mac-package-identifier jp.clustereval --mac-package-name "$NAME"
rm -f "$OUT/$NAME.app"/Contents/app/cds/*.jsa "$OUT/$NAME.app"/Contents/app/cds/*.part
"$JDK_BIN/jpackage" --type dmg --dest "$OUT" --name "$NAME" --app-version "$VERSION" \
    --app-image "$OUT/$NAME.app" --file-associations "$HERE/linux/cescore.properties" \
    --file-associations "$HERE/linux/ceround.properties" \
    --description "$DESCRIPTION" --vendor "$VENDOR" --copyright "$COPYRIGHT"
ls -la "$OUT"/*.dmg
