#!/usr/bin/env bash
# Measures what GTK's file chooser does to the application's locks on its database, under Xvfb
# with openbox (docs/architecture.md, "Locking"). Usage: chooser-locks.sh JAR [DISPLAY_NUMBER]
# Needs xvfb, openbox, xdotool. Prints every period in which the application held no lock on the
# database file, then what a command that reads and the application's open files look like after.
set -u
jar=$(readlink -f "$1"); num=${2:-93}
work=$(mktemp -d); export XDG_DATA_HOME=$work/xdg; db=$work/d/chair.db; mkdir -p "$work/d"
Xvfb ":$num" -screen 0 1400x900x24 >/dev/null 2>&1 & xvfb=$!; sleep 1
DISPLAY=":$num" openbox >/dev/null 2>&1 & wm=$!; sleep 1
java -jar "$jar" --db "$db" evaluator add --local --name "Chair One" --affiliation MEXT >/dev/null
DISPLAY=":$num" java -jar "$jar" --db "$db" >"$work/app.log" 2>&1 & app=$!
for _ in $(seq 60); do DISPLAY=":$num" xdotool search --name '^ClusterEval' >/dev/null 2>&1 && break; sleep 0.5; done
sleep 2
ino=$(stat -c %i "$db")
echo "files: $(ls "$work/d" | tr '\n' ' ')"
echo "locks before: $(grep -c " $app [0-9a-f:]*:$ino " /proc/locks)"
sample() { # seconds: print each period without a lock of the app on the database file
  local end=$(($(date +%s%N) + $1 * 1000000000)) start=0
  while [ "$(date +%s%N)" -lt $end ]; do
    if grep -q " $app [0-9a-f:]*:$ino " /proc/locks; then
      [ $start -ne 0 ] && echo "  no lock for $(( ($(date +%s%N) - start) / 1000000 )) ms" && start=0
    else [ $start -eq 0 ] && start=$(date +%s%N); fi
    sleep 0.002
  done
  [ $start -ne 0 ] && echo "  no lock from $(( ($(date +%s%N) - start) / 1000000 )) ms before the end of sampling on"
}
sample 12 > "$work/sample.out" & sampler=$!
win=$(DISPLAY=":$num" xdotool search --name '^ClusterEval' | head -1)
DISPLAY=":$num" xdotool windowactivate --sync "$win"; sleep 0.5
DISPLAY=":$num" xdotool key --clearmodifiers ctrl+i; sleep 2          # Panel > Import score files: a GTK file chooser
DISPLAY=":$num" xdotool key ctrl+l; sleep 0.5
DISPLAY=":$num" xdotool type "$work/d/"; sleep 0.5
DISPLAY=":$num" xdotool key Return; sleep 3                            # the chooser shows the database's folder
DISPLAY=":$num" xdotool key Escape; sleep 1
wait $sampler
echo "periods without a lock while the chooser was used:"; cat "$work/sample.out"
echo "locks after: $(grep -c " $app [0-9a-f:]*:$ino " /proc/locks)"
java -jar "$jar" --db "$db" evaluator list --format csv >"$work/list.out" 2>&1; echo "evaluator list from another process: exit $?"
echo "files of the database the application has open: $(ls -l /proc/$app/fd 2>/dev/null | grep -o "$work/d/[^ ]*\( (deleted)\)\?" | tr '\n' ' ')"
kill $app $wm $xvfb 2>/dev/null; wait 2>/dev/null
rm -rf "$work"
