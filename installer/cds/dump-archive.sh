#!/bin/sh
# Dumps the AppCDS archive of this ClusterEval installation with its own runtime, at the installed
# paths, from the bundled class list (installed as lib/app/cds/). Run by the .deb's postinst; safe
# to run again by hand (as the owner of the installation) after moving it. See installer/README.md.
set -e
APPDIR=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(dirname "$(dirname "$APPDIR")")
CFG="$APPDIR/ClusterEval.cfg"
CP=$(sed -n 's/^app.classpath=//p' "$CFG" | sed "s#\$APPDIR#$APPDIR#g" | paste -sd: -)
ARCHIVE=$(sed -n 's/^java-options=-XX:SharedArchiveFile=//p' "$CFG" | sed "s#\$APPDIR#$APPDIR#g")
[ -n "$ARCHIVE" ] || { echo "no -XX:SharedArchiveFile in $CFG" >&2; exit 1; }
rm -f "$APPDIR"/cds/*.jsa "$APPDIR"/cds/*.jsa.part
"$ROOT/lib/runtime/bin/java" -Xshare:dump -Xlog:cds=off -XX:SharedClassListFile="$APPDIR/cds/ClusterEval.classlist" \
    -XX:SharedArchiveFile="$ARCHIVE.part" -cp "$CP" >/dev/null 2>&1
mv -f "$ARCHIVE.part" "$ARCHIVE"
echo "ClusterEval: class-data sharing archive written to $ARCHIVE"
