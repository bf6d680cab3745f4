#!/usr/bin/env bash
# Builds the Linux app image and the .deb of Infra Designer with jlink and jpackage:
#   bash packaging/build.sh            -> target/package/infra-designer_<version>_amd64.deb
# A runtime holding only the modules the app needs (found with jdeps; JavaFX as modules from its
# platform jars), the app's jars on the class path, the icon, a desktop entry, the .infra association
# and the CLI as /usr/bin/infra-designer. Needs a JDK 17+ (jlink, jpackage), Maven, and dpkg-deb/fakeroot.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
if [ "${SKIP_MAVEN:-}" != "true" ]; then
  mvn -q -B -DskipTests package
fi
work=target/package-work
out=target/package
rm -rf "$work" "$out"
mkdir -p "$work/input" "$out"
cp target/infra-designer.jar "$work/input/"
for jar in target/lib/*.jar; do
  case $(basename "$jar") in javafx-*) ;; *) cp "$jar" "$work/input/" ;; esac
done
# The samples as files too (the app opens them from its jar): /opt/infra-designer/lib/app/samples/.
mkdir -p "$work/input/samples"
cp samples/*.infra "$work/input/samples/"
fxpath=$(ls target/lib/javafx-*.jar | tr '\n' ':')
# The JDK modules the jars use, as jdeps finds them, plus what is loaded reflectively at run time.
modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
  --class-path "$(ls "$work"/input/*.jar | tr '\n' ':')" --module-path "$fxpath" target/infra-designer.jar)
modules="$modules,java.logging,java.xml,jdk.unsupported,jdk.zipfs"
echo "runtime modules: $modules"
jlink --module-path "$fxpath" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --output "$work/runtime"
# Class data sharing for the runtime's own classes (the base CDS archive a JDK ships; jlink on 17 makes none).
"$work/runtime/bin/java" -Xshare:dump >/dev/null
common=(--name infra-designer --app-version "$version" --vendor "Infra Designer"
  --description "Draw web infrastructure, audit it as you draw, export HAProxy and Nginx configuration"
  --runtime-image "$work/runtime" --input "$work/input" --main-jar infra-designer.jar
  --main-class dev.infradesigner.Main --icon icons/app/png/infra-designer-256.png
  --java-options "-XX:+UseSerialGC -Xss2m -Xms64m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:TrimNativeHeapInterval=3000 -XX:SharedArchiveFile=\$APPDIR/app.jsa -Xshare:auto")
jpackage --type app-image "${common[@]}" --dest "$work/app-image"
# The classes a start with a design loads, for the class-data-sharing archive that postinst dumps against
# the installed class path (the archive must match it, so it cannot be made here). Needs Xvfb; without it
# the package still works, only without the archive.
if command -v Xvfb >/dev/null; then
  for n in $(seq 150 190); do [ -e /tmp/.X$n-lock ] || break; done
  Xvfb :$n -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  image="$work/app-image/infra-designer"
  DISPLAY=:$n HOME=$(mktemp -d) "$image/lib/runtime/bin/java" -XX:DumpLoadedClassList="$work/input/classes.lst" \
    -cp "$(ls "$image"/lib/app/*.jar | tr '\n' ':')" dev.infradesigner.Main samples/02-three-server.infra >/dev/null 2>&1 &
  app=$!
  sleep 10
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
  kill $xvfb 2>/dev/null || true
  # JDK 17's -Xshare:dump crashes (SystemDictionaryShared::adjust_lambda_proxy_class_dictionary) on the
  # lambda proxies of ELK and Guava, which Tidy Up's warm-up loads in the background: leave those out.
  grep -vE '^@lambda-proxy (org/eclipse|com/google)/' "$work/input/classes.lst" > "$work/classes.lst" || true
  mv "$work/classes.lst" "$work/input/classes.lst"
  echo "class list: $(wc -l < "$work/input/classes.lst") classes"
fi
jpackage --type deb "${common[@]}" --dest "$out" --resource-dir packaging/linux \
  --linux-package-name infra-designer --linux-menu-group "Development" --linux-app-category devel \
  --linux-shortcut --linux-package-deps libgtk-3-0 --file-associations packaging/infra-file.properties
ls -l "$out"/*.deb
