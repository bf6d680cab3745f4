#!/usr/bin/env bash
# Start-up of the packaged app against a bare JavaFX "hello" window packaged the same way (same jlink
# modules, same launcher options), measured side by side: time from launch to the first shown window,
# median of 5 runs each, under Xvfb. Run after packaging/build.sh:   bash packaging/startup-bench/run.sh
# Needs xvfb and x11-utils (xwininfo).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=target/startup-bench
rm -rf "$work" && mkdir -p "$work/classes" "$work/input"
fxpath=$(ls target/lib/javafx-*.jar | tr '\n' ':')
javac --module-path "$fxpath" --add-modules javafx.controls -d "$work/classes" packaging/startup-bench/src/hello/Hello.java
jar --create --file "$work/input/hello.jar" -C "$work/classes" .
jpackage --type app-image --name hello --input "$work/input" --main-jar hello.jar --main-class hello.Hello \
  --runtime-image target/package-work/runtime --java-options "-XX:+UseSerialGC -Xss2m" --dest "$work"
# The installed app when there is one (its class-data-sharing archive is made at install time), else the
# app image from packaging/build.sh.
launcher=/opt/infra-designer/bin/infra-designer
[ -x "$launcher" ] || launcher=target/package-work/app-image/infra-designer/bin/infra-designer
[ -x "$launcher" ] || { echo "run packaging/build.sh first"; exit 2; }
echo "measuring $launcher"
for n in $(seq 90 140); do [ -e /tmp/.X$n-lock ] || break; done
Xvfb :$n -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
measure() { # title, command...: milliseconds from launch until a window with that title is mapped
  local title=$1; shift
  local start end pid
  start=$(date +%s%N)
  DISPLAY=:$n HOME=$(mktemp -d) "$@" >/dev/null 2>&1 &
  pid=$!
  until DISPLAY=:$n xwininfo -root -tree 2>/dev/null | grep -q "$title"; do sleep 0.02; done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | sed -n 3p; }
hello=(); ours=()
for i in 1 2 3 4 5; do
  hello+=("$(measure "Hello window" "$work/hello/bin/hello")")
  ours+=("$(measure "Infra Designer" "$launcher")")
done
h=$(printf '%s\n' "${hello[@]}" | median)
a=$(printf '%s\n' "${ours[@]}" | median)
echo "hello window:   ${hello[*]} ms (median $h)"
echo "Infra Designer: ${ours[*]} ms (median $a)"
echo "ratio: $(echo "scale=2; $a / $h" | bc)"
