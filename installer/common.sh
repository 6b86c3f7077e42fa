# Shared by build-linux.sh and build-macos.sh (build-windows.ps1 does the same in PowerShell).
# Expects VERSION, HERE, PROJECT, OUT, WORK, JDK_BIN, NAME.

DESCRIPTION="Offline grading and panel results for the Knowledge Cluster Initiative evaluations"
VENDOR="ClusterEval project"
COPYRIGHT="ClusterEval project"
# The JDK modules the application needs (checked with jdeps over the dependency jars), plus
# jdk.localedata (Japanese dates and numbers), jdk.crypto.ec (Ed25519 signatures of score files),
# jdk.charsets and jdk.zipfs (xlsx/zip), and the JavaFX modules built by make_javafx_jmods.
MODULES=java.base,java.desktop,java.logging,java.prefs,java.sql,java.naming,java.xml,java.management,java.scripting,jdk.unsupported,jdk.crypto.ec,jdk.charsets,jdk.localedata,jdk.zipfs,javafx.controls,javafx.fxml
CDS_ARCHIVE="\$APPDIR/cds/$NAME-$VERSION.jsa"
# -Xshare:auto: a missing or stale archive is ignored silently (the app then starts without it);
# -Xlog:cds...=off keeps the CLI output clean when an archive cannot be used.
COMMON_OPTIONS=(
    --main-jar cluster-eval-thin.jar --main-class jp.clustereval.Main
    --description "$DESCRIPTION" --vendor "$VENDOR" --copyright "$COPYRIGHT"
    --java-options "-Xshare:auto"
    --java-options "-XX:SharedArchiveFile=$CDS_ARCHIVE"
    --java-options "-Xlog:cds=off,cds+dynamic=off,class+path=off"
    --java-options "-Dclustereval.cds.archive=$CDS_ARCHIVE"
    --java-options "-Dclustereval.cds.classlist=\$APPDIR/cds/$NAME.classlist"
    # a picture on screen within a tenth of a second of the click, before the JVM loads a class;
    # the application closes it when its first window shows (ui.LaunchSplash)
    --java-options "-splash:\$APPDIR/splash.png"
    --java-options "-Dclustereval.splash=true"
)
# the tuned JVM options (JIT thresholds), one source for every platform and the start-up bench
while IFS= read -r option; do
    case "$option" in ''|'#'*) continue ;; esac
    COMMON_OPTIONS+=(--java-options "$option")
done < "$PROJECT/resources/launch/java-options"

# Maven's runtime class path, split: JavaFX jars to $OUT/javafx, other jars to $OUT/deps.
split_classpath() {
    local cp=$1 sep=$2 entry
    mkdir -p "$OUT/javafx" "$OUT/deps"
    local IFS=$sep
    for entry in $cp; do
        case "$entry" in
            *.jar) ;;
            *) continue ;;  # target/classes: the thin jar carries them
        esac
        case "$entry" in
            */org/openjfx/*) cp "$entry" "$OUT/javafx/" ;;
            *) cp "$entry" "$OUT/deps/" ;;
        esac
    done
}

# JavaFX's Maven jars are modular jars with their native libraries inside as plain resources.
# jlink would put those .so/.dll/.dylib files into the module image, where JavaFX must unpack them
# to ~/.openjfx/cache on every new version; re-packed as jmods (classes + --libs) they land in
# runtime/lib and load directly.
make_javafx_jmods() {
    local jars=$1 jmods=$2
    mkdir -p "$jmods"
    local jar
    for jar in "$jars"/*.jar; do
        unzip -l "$jar" module-info.class >/dev/null 2>&1 || continue  # the empty non-classified jars
        local name
        name=$(basename "$jar" .jar)
        local module=javafx.$(echo "$name" | sed -E 's/^javafx-([a-z]+)-.*/\1/')
        local d=$WORK/jfx/$name
        rm -rf "$d" && mkdir -p "$d/classes" "$d/libs"
        (cd "$d/classes" && unzip -q "$jar" && rm -f META-INF/MANIFEST.MF META-INF/INDEX.LIST \
            && find . -maxdepth 1 \( -name '*.so' -o -name '*.dll' -o -name '*.dylib' \) -exec mv {} ../libs/ \;)
        local libs=()
        [ -n "$(ls -A "$d/libs")" ] && libs=(--libs "$d/libs")
        "$JDK_BIN/jmod" create --class-path "$d/classes" "${libs[@]}" --module-version "${JAVAFX_VERSION:-21}" \
            "$jmods/$module.jmod"
    done
    ls "$jmods"
}

make_runtime() {
    local jmods=$1 runtime=$2
    echo "== jlink ($MODULES)"
    # --generate-cds-archive: the base CDS archive of the JDK classes, in the runtime itself.
    # No --compress: classes load faster from an uncompressed image, and the package's own
    # compression (xz) does better on it.
    "$JDK_BIN/jlink" --module-path "$JAVA_HOME/jmods:$jmods" --add-modules "$MODULES" \
        --generate-cds-archive --strip-debug --no-header-files --no-man-pages \
        --output "$runtime"
}

make_input() {
    local input=$1
    mkdir -p "$input/cds"
    cp "$OUT"/deps/*.jar "$input/"
    cp "$PROJECT/target/cluster-eval-thin.jar" "$input/"
    cp "$HERE/cds/$NAME.classlist" "$HERE/cds/dump-archive.sh" "$input/cds/"
    cp "$HERE/splash/splash.png" "$input/"
}
