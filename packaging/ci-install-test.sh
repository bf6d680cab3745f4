#!/usr/bin/env bash
# Proof that the .deb installs and works on this Debian machine: build it, install it with apt (so its
# dependencies resolve), audit a bundled sample with the installed CLI, open a sample in the installed
# GUI under Xvfb and check a window with the design appears, then remove the package and check that
# nothing is left behind. Needs root (it installs a package). Called by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" != 0 ]; then
  if [ "${CI:-}" = true ]; then echo "the install test needs root" >&2; exit 1; fi
  echo "skipping the package install test: not root"; exit 0
fi
need=()
command -v jpackage >/dev/null || { echo "jpackage is missing (a full JDK 17+ is needed)" >&2; exit 1; }
command -v fakeroot >/dev/null || need+=(fakeroot)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v import >/dev/null || need+=(imagemagick)
command -v xwininfo >/dev/null || need+=(x11-utils)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
SKIP_MAVEN=${SKIP_MAVEN:-true} bash packaging/build.sh
deb=$(ls target/package/infra-designer_*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"
dpkg -r infra-designer >/dev/null 2>&1 || true
# A bare container lacks the menu folders a desktop system has (xdg-desktop-menu needs them).
mkdir -p /usr/share/applications /usr/share/desktop-directories
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
echo "installed size: $(dpkg-query -W -f='${Installed-Size}' infra-designer) KiB"
test -x /usr/bin/infra-designer
desktop=infra-designer-infra-designer.desktop
test -f "/usr/share/applications/$desktop"
grep -q '^Categories=Development;' "/usr/share/applications/$desktop"
# Double-clicking a design: the file type is known and opens with the app.
probe=$(mktemp --suffix=.infra)
cp samples/02-three-server.infra "$probe"
[ "$(xdg-mime query filetype "$probe")" = application/x-infra-design ] || { echo ".infra is not application/x-infra-design"; exit 1; }
[ "$(xdg-mime query default application/x-infra-design)" = "$desktop" ] || { echo ".infra does not open with the app"; exit 1; }
rm -f "$probe"
echo "desktop: menu entry in Development, .infra files open with the app"
if [ ! -f /opt/infra-designer/lib/app/app.jsa ]; then
  echo "no class-data-sharing archive was made at install time" >&2
  [ "${CI:-}" != true ] || exit 1
fi

# The command line, from PATH.
set +e
out=$(cd /tmp && infra-designer audit /opt/infra-designer/lib/app/samples/02-three-server.infra)
code=$?
set -e
for rule in spof.load-balancer spof.database-writer https.missing firewall.missing monitoring.missing; do
  grep -q "$rule" <<<"$out" || { echo "audit did not report $rule:"; echo "$out"; exit 1; }
done
[ $code = 1 ] || { echo "audit exit code $code, expected 1 (errors found)"; exit 1; }
infra-designer validate /opt/infra-designer/lib/app/samples/*.infra
echo "CLI: audit reports the sample's findings (exit 1), validate passes"

# The lab, from the installed package's own runtime (its stand-in applications and users are JVMs of it).
if command -v haproxy >/dev/null && command -v mariadbd >/dev/null; then
  lab=$(cd /tmp && infra-designer lab /opt/infra-designer/lib/app/samples/02-three-server.infra 2>&1) \
    || { echo "the installed lab failed:"; echo "$lab"; exit 1; }
  grep -q '^Result: passed' <<<"$lab" || { echo "the installed lab did not pass:"; echo "$lab"; exit 1; }
  echo "lab: the three-server sample boots and passes its checks from the installed package"
elif [ "${CI:-}" = true ]; then
  echo "the lab's daemons are missing" >&2; exit 1
fi

# The GUI, with a sample, under Xvfb.
for n in $(seq 90 140); do [ -e /tmp/.X$n-lock ] || break; done
Xvfb :$n -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=:$n HOME=$(mktemp -d) /opt/infra-designer/bin/infra-designer /opt/infra-designer/lib/app/samples/02-three-server.infra \
  >/tmp/infra-designer-gui.log 2>&1 &
app=$!
found=""
for i in $(seq 1 60); do
  if DISPLAY=:$n xwininfo -root -tree 2>/dev/null | grep -q '02-three-server.infra'; then found=yes; break; fi
  sleep 0.5
done
sleep 2
DISPLAY=:$n import -window root /tmp/infra-designer-installed.png
colours=$(convert /tmp/infra-designer-installed.png -format '%k' info:)
kill $app 2>/dev/null || true
wait $app 2>/dev/null || true
kill $xvfb 2>/dev/null || true
[ "$found" = yes ] || { echo "no window titled with the sample appeared"; cat /tmp/infra-designer-gui.log; exit 1; }
[ "$colours" -gt 500 ] || { echo "the screenshot looks blank ($colours colours)"; exit 1; }
echo "GUI: the window with the sample appeared ($colours colours in /tmp/infra-designer-installed.png)"

# Removal leaves nothing behind.
dpkg -r infra-designer >/dev/null
for gone in /opt/infra-designer /usr/bin/infra-designer; do
  [ ! -e "$gone" ] || { echo "$gone is left after dpkg -r"; exit 1; }
done
if ls /usr/share/applications 2>/dev/null | grep -q infra-designer; then echo "desktop entry left"; exit 1; fi
if grep -rqs "application/x-infra-design" /usr/share/mime/packages; then echo "MIME type left"; exit 1; fi
echo "removed cleanly"
