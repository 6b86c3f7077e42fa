#!/usr/bin/env bash
# Regenerates the README screenshots (docs/screenshots/*.png) under Xvfb (1400x900) with a window
# manager (openbox), as a user sees the windows, frame and title bar included, in Japanese and English:
#   main-LANG.png        the main window right after start (cluster list, empty sheet)
#   sheet-LANG.png       the main window with the Sendai sheet open (grades, comments, live radar)
#   radar-grid-LANG.png  the radar window, cohort grid (View > Radar grid, Ctrl+G)
#   results-LANG.png     the panel results window (Panel > Results, Ctrl+Shift+R)
#   import-LANG.png      the import preview of a score file given on the command line
#   overview-LANG.png    View > Overview (Ctrl+Shift+O) of an evaluator's own database: every
#                        cohort cluster graded but two left partial, comments on item 1.1
#   meeting-LANG.png     Panel > Meeting mode (F11): full screen, one unit at a time, with the
#                        chair's discussion note and the panel's consensus comment
#   compare-LANG.png     a unit in two rounds (chart compare): the mid-term round and the final
#                        evaluation made from it, where the chair graded Sendai again
#
# The data is generated with the CLI, deterministically: three evaluators grade every cohort
# cluster with a fixed pattern (import-csv), export signed score files, and the chair's database
# imports two of them; the third is the one previewed. Nothing outside a temporary folder is
# touched (HOME and the data directory point into it).
#
# Usage: docs/screenshots/make-screenshots.sh            (uses target/cluster-eval.jar; builds it if missing)
#   CLUSTER_EVAL_CP=target/classes:target/cluster-eval.jar docs/screenshots/make-screenshots.sh
#   SCREENSHOT_DISPLAY=:95 (default) picks the Xvfb display.
#   SCREENSHOT_SETTLE=1.5 (default): seconds a window is given to paint before it is shot (more on a
#   busy machine: look at the pictures).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=$ROOT/docs/screenshots
DISPLAY_NUM=${SCREENSHOT_DISPLAY:-:95}
CP=${CLUSTER_EVAL_CP:-$ROOT/target/cluster-eval.jar}
SETTLE=${SCREENSHOT_SETTLE:-1.5}
WIDTH=1400
HEIGHT=900

install_if_missing() { # command package
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "Installing $2 (for $1)"
        local sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq && $sudo apt-get install -y -qq "$2"
    fi
}
install_if_missing Xvfb xvfb
install_if_missing openbox openbox
install_if_missing xdotool xdotool
install_if_missing xwininfo x11-utils
install_if_missing import imagemagick

if [ -z "${CLUSTER_EVAL_CP:-}" ] && [ ! -f "$ROOT/target/cluster-eval.jar" ]; then
    mvn -B -q package -DskipTests
fi

# a fixed folder, so the database path in the status bar is the same on every run
WORK=${TMPDIR:-/tmp}/clustereval-demo
rm -rf "$WORK"
mkdir -p "$WORK"
XVFB_PID=""
WM_PID=""
APP_PID=""
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
    [ -n "${WM_PID:-}" ] && kill "$WM_PID" 2>/dev/null || true
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
    [ -n "${KEEP_DEMO:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

export HOME=$WORK/home
export LC_ALL=C.UTF-8
unset XDG_DATA_HOME
mkdir -p "$HOME"
ce() { java -Duser.home="$HOME" -Dprism.lcdtext=false -cp "$CP" jp.clustereval.Main "$@"; }
# starts the desktop application in the background; APP_PID is the java process itself
launch() {
    LAUNCHES=$(( ${LAUNCHES:-0} + 1 ))
    java -Duser.home="$HOME" -Dprism.lcdtext=false -cp "$CP" jp.clustereval.Main "$@" >"$WORK/app-$LAUNCHES.log" 2>&1 &
    APP_PID=$!
}
stop_app() {
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
    sleep 1
}

# --- demo data ------------------------------------------------------------------------------
COHORT=$(ce --db "$WORK/probe.db" clusters --format csv | awk -F, 'NR > 1 && $NF == "yes" { print $1 }')
ITEMS="1.1 1.2.1 1.2.2 1.3 2.1 2.2 2.3 3 4"
GRADES=(S A B C)
NAMES_JA=("評価 一郎" "審査 花子" "検討 次郎")
AFFIL=("大学A" "企業B" "研究所C")

for e in 0 1 2; do
    db="$WORK/evaluator$e.db"
    ce --db "$db" evaluator add --name "${NAMES_JA[$e]}" --affiliation "${AFFIL[$e]}" >/dev/null
    csv="$WORK/evaluator$e.csv"
    printf '\xef\xbb\xbfcluster,item,grade,comment\n' > "$csv"
    c=0
    for cluster in $COHORT; do
        i=0
        for item in $ITEMS; do
            # a fixed, plausible pattern: clusters differ, evaluators mostly agree
            g=$(( (c * 5 + i * 3 + (c * i) % 4 + (e == 2 ? i % 2 : 0) + e * (c % 2)) % 4 ))
            [ $(( (c + i) % 3 )) -eq 0 ] && g=$(( g > 0 ? g - 1 : 0 ))
            comment=""
            [ "$i" -eq 0 ] && comment="産学連携の体制が明確"
            echo "$cluster,$item,${GRADES[$g]},$comment" >> "$csv"
            i=$((i + 1))
        done
        c=$((c + 1))
    done
    ce --db "$db" import-csv --evaluator "${NAMES_JA[$e]}" "$csv" >/dev/null
    ce --db "$db" export --evaluator "${NAMES_JA[$e]}" --out "$WORK/evaluator$e.cescore" \
        --keys-dir "$WORK/keys$e" >/dev/null
done

CHAIR="$WORK/chair.db"
# the chair is the local evaluator of the database (the GUI then opens without "who are you")
cat > "$WORK/MakeLocal.java" <<'JAVA'
public class MakeLocal {
    public static void main(String[] a) {
        try (var s = jp.clustereval.service.Services.open(java.nio.file.Path.of(a[0]), false)) {
            s.evaluators().createLocal(a[1], a[2]);
        }
    }
}
JAVA
java -Duser.home="$HOME" -cp "$CP" "$WORK/MakeLocal.java" "$CHAIR" "委員長 太郎" "文部科学省"
ce --db "$CHAIR" import "$WORK/evaluator0.cescore" "$WORK/evaluator1.cescore" >/dev/null
k=0
for item in $ITEMS; do
    ce --db "$CHAIR" grade --evaluator "委員長 太郎" --cluster SEN --item "$item" \
        --grade "${GRADES[$(( (k * 3 + 1) % 4 ))]}" >/dev/null
    k=$((k + 1))
done

# the overview: evaluator 0's grades in a database of their own (its local evaluator), the last
# two cohort clusters left partial (items 2.3, 3 and 4 not graded)
OWN="$WORK/own.db"
ce --db "$OWN" evaluator add --local --name "${NAMES_JA[0]}" --affiliation "${AFFIL[0]}" >/dev/null
PARTIAL=$(echo $COHORT | tr ' ' '\n' | tail -2 | tr '\n' ' ')
awk -F, -v partial=" $PARTIAL " 'NR == 1 || !(index(partial, " " $1 " ") && ($2 == "2.3" || $2 == "3" || $2 == "4"))' \
    "$WORK/evaluator0.csv" > "$WORK/own.csv"
ce --db "$OWN" import-csv --evaluator "${NAMES_JA[0]}" "$WORK/own.csv" >/dev/null

# the meeting: a discussion note and a consensus comment on the first cohort unit
FIRST=$(echo $COHORT | cut -d' ' -f1)
ce --db "$CHAIR" notes set --cluster "$FIRST" --note "研究テーマの絞り込みについて議論。次回までに事務局が資料を用意する。" \
    --consensus "産学連携の体制は高く評価できる。今後は事業化の出口戦略を明確にされたい。" >/dev/null

# the final evaluation, made from the mid-term round; the chair grades Sendai again there
ce --db "$CHAIR" round create --id final-fy2006 --name-ja "終了評価 FY2006" --name-en "Final evaluation FY2006" \
    --kind final --from mid-fy2004 >/dev/null
k=0
for item in $ITEMS; do
    ce --db "$CHAIR" grade --round final-fy2006 --evaluator "委員長 太郎" --cluster SEN --item "$item" \
        --grade "${GRADES[$(( (k * 3 + 1) % 4 > 0 ? (k * 3 + 1) % 4 - 1 : 0 ))]}" >/dev/null
    k=$((k + 1))
done
# the desktop opens the current round: the mid-term one, as before the final round was made
ce --db "$CHAIR" round use mid-fy2004 >/dev/null
for lang in ja en; do
    ce --db "$CHAIR" chart compare --cluster SEN --rounds mid-fy2004,final-fy2006 --lang "$lang" \
        --out "$OUT/compare-$lang.png" >/dev/null
    echo "wrote $OUT/compare-$lang.png"
done

# --- screenshots ----------------------------------------------------------------------------
[ -n "${DATA_ONLY:-}" ] && exit 0
Xvfb "$DISPLAY_NUM" -screen 0 "${WIDTH}x${HEIGHT}x24" -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY=$DISPLAY_NUM
sleep 1
openbox >/dev/null 2>&1 &
WM_PID=$!
sleep 1

window_named() { # title pattern -> newest visible window id (waits up to 60 s)
    local id=""
    for _ in $(seq 1 120); do
        id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | tail -1 || true)
        [ -n "$id" ] && { echo "$id"; return 0; }
        sleep 0.5
    done
    echo "No window '$1'; the application said:" >&2
    tail -20 "$WORK/app-$LAUNCHES.log" >&2 || true
    return 1
}

other_window() { # ids to skip... -> a newly shown visible window (waits up to 60 s)
    local id
    for _ in $(seq 1 120); do
        for id in $(xdotool search --onlyvisible --name '.' 2>/dev/null); do
            case " $* " in *" $id "*) ;; *)
                # a real window, not a tooltip or menu: at least 300 px wide
                if [ "$(xdotool getwindowgeometry "$id" | awk '/Geometry/ { split($2, g, "x"); print g[1] }')" -ge 300 ]; then
                    echo "$id"; return 0
                fi ;;
            esac
        done
        sleep 0.5
    done
    echo "No new window" >&2
    return 1
}

shoot() { # window-id file: the window with the frame and title bar the window manager drew around it
    xdotool windowactivate --sync "$1" >/dev/null 2>&1 || true
    sleep "$SETTLE"
    local x y w h left right top bottom
    x=$(xwininfo -id "$1" | awk '/Absolute upper-left X/ { print $NF }')
    y=$(xwininfo -id "$1" | awk '/Absolute upper-left Y/ { print $NF }')
    w=$(xwininfo -id "$1" | awk '/Width:/ { print $NF }')
    h=$(xwininfo -id "$1" | awk '/Height:/ { print $NF }')
    read -r left right top bottom < <(xprop -id "$1" _NET_FRAME_EXTENTS | sed 's/.*= *//; s/,/ /g')
    import -window root -crop "$((w + left + right))x$((h + top + bottom))+$((x - left))+$((y - top))" +repage "$2"
    echo "wrote $2"
}

key() { xdotool key --clearmodifiers "$@"; sleep 0.8; }

for lang in ja en; do
    launch --db "$CHAIR" --lang "$lang"
    main=$(window_named "ClusterEval")
    sleep 4
    shoot "$main" "$OUT/main-$lang.png"

    # the Sendai sheet: Ctrl+F, search, Enter to the list, Enter opens the sheet
    key ctrl+f
    xdotool type --delay 60 "SEN"
    sleep 0.5
    key Return
    key Return
    sleep 2
    shoot "$main" "$OUT/sheet-$lang.png"

    before=$(xdotool search --onlyvisible --name '.' | tr '\n' ' ')
    key ctrl+g
    radar=$(other_window $before)
    sleep 3
    shoot "$radar" "$OUT/radar-grid-$lang.png"

    before=$(xdotool search --onlyvisible --name '.' | tr '\n' ' ')
    xdotool windowactivate --sync "$main" >/dev/null 2>&1 || true
    key ctrl+shift+r
    results=$(other_window $before)
    sleep 4
    shoot "$results" "$OUT/results-$lang.png"

    stop_app

    # the import preview of a score file given on the command line (as a double-click does)
    launch --db "$CHAIR" --lang "$lang" "$WORK/evaluator2.cescore"
    first=$(window_named "ClusterEval")
    preview=$(other_window $first)
    sleep 5
    shoot "$preview" "$OUT/import-$lang.png"
    stop_app

    # the evaluator's overview of their own grades
    launch --db "$OWN" --lang "$lang"
    own=$(window_named "ClusterEval")
    sleep 4
    before=$(xdotool search --onlyvisible --name '.' | tr '\n' ' ')
    xdotool windowactivate --sync "$own" >/dev/null 2>&1 || true
    key ctrl+shift+o
    overview=$(other_window $before)
    sleep 3
    key Down
    key Down
    shoot "$overview" "$OUT/overview-$lang.png"
    stop_app

    # the meeting mode: full screen, the first unit with its note and consensus comment
    launch --db "$CHAIR" --lang "$lang"
    main=$(window_named "ClusterEval")
    sleep 4
    before=$(xdotool search --onlyvisible --name '.' | tr '\n' ' ')
    xdotool windowactivate --sync "$main" >/dev/null 2>&1 || true
    key F11
    meeting=$(other_window $before)
    sleep 6
    shoot "$meeting" "$OUT/meeting-$lang.png"
    stop_app
done
