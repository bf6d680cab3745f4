#!/usr/bin/env bash
# Renders every PNG the app and the installers need from the SVG sources in icons/.
# Run from anywhere after editing an SVG; the PNGs are committed (not rendered at build time).
# Needs rsvg-convert: apt-get install -y librsvg2-bin
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "render.sh needs rsvg-convert (librsvg): apt-get install -y librsvg2-bin" >&2; exit 2; }
render() { # svg, out-folder, name, sizes...
  local svg=$1 out=$2 name=$3; shift 3
  mkdir -p "$out"
  for size in "$@"; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$out/$name-$size.png"
  done
}
for svg in kinds/*.svg; do
  render "$svg" kinds/png "$(basename "$svg" .svg)" 16 24 32 48 96
done
# The dark theme's icons: the same drawings in the lighter colour each SVG names in data-dark-stroke (the
# kind's dark colour), so that each stays at least 3.7:1 against the dark backgrounds (the light colours
# fall to 2:1 there).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for svg in kinds/*.svg; do
  light=$(grep -o ' stroke="#[0-9a-fA-F]*"' "$svg" | head -1 | cut -d'"' -f2)
  dark=$(grep -o 'data-dark-stroke="#[0-9a-fA-F]*"' "$svg" | head -1 | cut -d'"' -f2)
  [ -n "$dark" ] || { echo "$svg names no data-dark-stroke colour" >&2; exit 2; }
  name=$(basename "$svg" .svg)
  sed "s/$light/$dark/g" "$svg" > "$tmp/$name.svg"
  render "$tmp/$name.svg" kinds/png-dark "$name" 48
done
render app/infra-designer.svg app/png infra-designer 16 24 32 48 64 128 256 512
render mime/application-x-infra-design.svg mime/png application-x-infra-design 16 32 48 64 128 256
echo "rendered $(find . -name '*.png' | wc -l) PNGs"
