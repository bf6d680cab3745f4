#!/usr/bin/env bash
# Screenshots of the app with each sample open, taken under Xvfb from the packaged jar, into docs/screenshots/.
# Run from the repository root after `mvn -q -DskipTests package`:   bash docs/screenshots/make.sh
# Needs: apt-get install -y xvfb imagemagick libgtk-3-0
# To look at every screen of one design (each kind in the inspector, F1, what-if, export, the exported image):
#   java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" dev.infradesigner.ui.ScreenReview FILE.infra OUT
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/infra-designer.jar
[ -f "$jar" ] || { echo "build the jar first: mvn -q -DskipTests package"; exit 2; }
for t in Xvfb import convert; do
  command -v $t >/dev/null || { echo "missing $t: apt-get install -y xvfb imagemagick libgtk-3-0"; exit 2; }
done
profile="screenshots-$$"
for n in $(seq 90 140); do [ -e /tmp/.X$n-lock ] || break; done
Xvfb :$n -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
shoot() { # name, then the app's arguments
  local name=$1; shift
  DISPLAY=:$n java -Dinfradesigner.profile="$profile" -jar "$jar" "$@" >/dev/null 2>&1 &
  local app=$!
  sleep "${WAIT:-8}"
  DISPLAY=:$n import -window root "docs/screenshots/$name.png"
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
  # The window has no frame under Xvfb; cut the black screen around it.
  convert "docs/screenshots/$name.png" -bordercolor black -border 1 -trim +repage "docs/screenshots/$name.png"
  echo "docs/screenshots/$name.png: $(convert "docs/screenshots/$name.png" -format '%wx%h, %k colours' info:)"
}
shoot 00-empty
for f in samples/*.infra; do
  shoot "$(basename "$f" .infra)" "$f"
done
# The editor at work: a finding clicked, what-if on server 1, the export dialog (scene snapshots).
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
DISPLAY=:$n java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  dev.infradesigner.bench.EditorScreenshots docs/screenshots 2>/dev/null
rm -rf "$HOME/.local/share/infra-designer/$profile"
