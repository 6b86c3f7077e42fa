#!/usr/bin/env bash
# Builds the Linux app-image and .deb of ClusterEval under target/installer/ with jpackage and a
# jlinked runtime that holds the JavaFX modules. Run by `mvn -B -Pinstaller package`, which passes
# the version and Maven's runtime class path (the JavaFX jars become jmods, the others the app's
# jars); see installer/README.md.
#   usage: installer/build-linux.sh VERSION RUNTIME_CLASSPATH   (from the project directory)
set -euo pipefail
VERSION=${1:?usage: build-linux.sh VERSION RUNTIME_CLASSPATH}
CLASSPATH_JARS=${2:?usage: build-linux.sh VERSION RUNTIME_CLASSPATH}
HERE=$(cd "$(dirname "$0")" && pwd)
PROJECT=$(cd "$HERE/.." && pwd)
OUT=$PROJECT/target/installer
WORK=$OUT/work
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
JDK_BIN=$JAVA_HOME/bin
NAME=ClusterEval

source "$HERE/common.sh"

rm -rf "$WORK" "$OUT/$NAME" "$OUT"/*.deb "$OUT/deps" "$OUT/javafx"
mkdir -p "$WORK"

split_classpath "$CLASSPATH_JARS" ":"
make_javafx_jmods "$OUT/javafx" "$WORK/jmods"
make_runtime "$WORK/jmods" "$WORK/runtime"
make_input "$WORK/input"

echo "== jpackage app-image"
"$JDK_BIN/jpackage" --type app-image --dest "$OUT" --name "$NAME" --app-version "$VERSION" \
    "${COMMON_OPTIONS[@]}" --icon "$HERE/icon/clustereval.png" \
    --runtime-image "$WORK/runtime" --input "$WORK/input"

# The app-image's cfg is what the launcher reads: show the class path CDS must match.
grep -E '^(app.classpath|java-options)' "$OUT/$NAME/lib/app/$NAME.cfg" | sed -n 1,5p

# an archive dumped by a trial run of the app-image must not end up in the package
rm -f "$OUT/$NAME"/lib/app/cds/*.jsa "$OUT/$NAME"/lib/app/cds/*.part

echo "== jpackage deb"
# GTK for the window, libGL for the hardware pipeline (software rendering works without),
# a Japanese font for the native GTK file dialogs (the app's own text uses the bundled IPAex font).
"$JDK_BIN/jpackage" --type deb --dest "$OUT" --name "$NAME" --app-version "$VERSION" \
    --app-image "$OUT/$NAME" \
    --description "$DESCRIPTION" --vendor "$VENDOR" --copyright "$COPYRIGHT" \
    --install-dir /opt --linux-package-name clustereval --linux-deb-maintainer "clustereval@example.org" \
    --linux-menu-group "Office;Education" --linux-app-category education --linux-shortcut \
    --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libgl1, fonts-ipaexfont-gothic | fonts-noto-cjk | fonts-vlgothic" \
    --file-associations "$HERE/linux/cescore.properties" \
    --file-associations "$HERE/linux/ceround.properties" \
    --resource-dir "$HERE/linux"

ls -la "$OUT"/*.deb
du -sh "$OUT/$NAME"
