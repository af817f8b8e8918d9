#!/usr/bin/env bash
# Builds the Linux app image and .deb with jpackage (run by `mvn -Ppackage package`, after the shaded jar).
#   target/jpackage/latent/          app image: bin/latent, the jar, a trimmed Java runtime, the icon
#   target/jpackage/latent_*.deb     installs to /opt/latent with a menu entry (Education) and icon
# with a start-up cache for the image trained first: an ahead-of-time cache on JDK 25+, a class-data-sharing
# archive before (see below; under Xvfb when there is no display; without one the image goes without and says so).
# Needs: jpackage (JDK 17+), dpkg-deb and fakeroot for the .deb.
# The second argument (optional) is the JDK whose jpackage builds the image and whose runtime the image ships
# (the pom passes JDK 25 when it is installed); without it, the jpackage on PATH.
set -euo pipefail
cd "$(dirname "$0")/../.."
version="${1:-0.1.0}"
jdk="${2:-}"
jpackage=jpackage
if [ -n "$jdk" ] && [ -x "$jdk/bin/jpackage" ]; then
  jpackage="$jdk/bin/jpackage"
elif [ -n "$jdk" ]; then
  echo "note: no jpackage in $jdk; using the one on PATH" >&2
fi
feature="$("$jpackage" --version | cut -d. -f1)"
echo "packaging with $("$jpackage" --version) ($jpackage)"
target=target
out="$target/jpackage"
input="$target/jpackage-input"
rm -rf "$out" "$input"
mkdir -p "$out" "$input"
cp "$target/latent.jar" "$input/"

common=(--name latent --app-version "$version" --vendor "Latent" \
  --description "Study autoencoders and GANs: spaced repetition with rubric-graded typed answers." \
  --copyright "Apache License 2.0")

java_options=()
# The app's JVM options (src/packaging/jvm-options: C1 only, and why), in the training start below too.
while read -r option; do
  case "$option" in ''|'#'*) ;; *) java_options+=(--java-options "$option") ;; esac
done < src/packaging/jvm-options
# JDK 24+ warns on every start that JavaFX 21's renderer uses sun.misc.Unsafe; the app image allows it quietly.
if [ "$feature" -ge 24 ]; then java_options+=(--java-options "--sun-misc-unsafe-memory-access=allow"); fi
# jlink's usual options without --strip-native-commands: the image keeps bin/java for the launcher script below.
"$jpackage" --type app-image "${common[@]}" --dest "$out" --input "$input" --main-jar latent.jar \
  --main-class dev.latent.Main --icon src/packaging/latent.png ${java_options[@]+"${java_options[@]}"} \
  --jlink-options "--strip-debug --no-man-pages --no-header-files"

# Class-data sharing: jpackage's trimmed runtime has no base archive, so the image gets a static one holding the
# JDK's and the app's start-up classes: a start that lists the classes it loads (ending by itself once the first
# question is up), then a dump from that list. The launcher uses it with -Xshare:auto: if it cannot be mapped
# (another runtime, a moved jar), the app starts as before, only slower. On JDK 25+ an AOT cache does the same
# and more (classes linked, methods profiled), from one training start.
app="$out/latent/lib/app"
cfg="$app/latent.cfg"
display="${DISPLAY:-}"
xvfb_pid=""
if [ -z "$display" ] && command -v Xvfb >/dev/null; then
  display=":$((100 + $$ % 100))"
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
fi
if [ -n "$display" ]; then
  train_dir="$(mktemp -d)"
  training=(-Dlatent.exitAfterStartup=true "-Dlatent.startupProbe=$train_dir/probe")
  if [ "$feature" -ge 25 ]; then
    # JDK 25+: a training start records what it loads and profiles, then the cache is assembled from that record
    # (in two steps: the trimmed runtime has no bin/java for the one-step -XX:AOTCacheOutput to call).
    if DISPLAY="$display" JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$train_dir/latent.aotconf ${training[*]}" \
          timeout 300 "$out/latent/bin/latent" --data-dir "$train_dir/data" --study autoencoders-gans >"$target/jpackage-training.log" 2>&1 \
        && JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$train_dir/latent.aotconf -XX:AOTCache=$app/latent.aot" \
          timeout 300 "$out/latent/bin/latent" >>"$target/jpackage-training.log" 2>&1 \
        && [ -f "$app/latent.aot" ]; then
      sed -i 's|^\[JavaOptions\]|[JavaOptions]\njava-options=-XX:AOTCache=$APPDIR/latent.aot|' "$cfg"
      echo "ahead-of-time cache: $app/latent.aot"
    else
      echo "warning: the AOT training run failed (see $target/jpackage-training.log); the image starts without it" >&2
    fi
  elif DISPLAY="$display" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$train_dir/classes.lst ${training[*]}" \
        timeout 300 "$out/latent/bin/latent" --data-dir "$train_dir/data" --study autoencoders-gans >"$target/jpackage-training.log" 2>&1 \
      && JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$train_dir/classes.lst -XX:SharedArchiveFile=$app/latent.jsa" \
        timeout 300 "$out/latent/bin/latent" >>"$target/jpackage-training.log" 2>&1; \
     [ -f "$app/latent.jsa" ]; then
    sed -i 's|^\[JavaOptions\]|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/latent.jsa\njava-options=-Xshare:auto|' "$cfg"
    echo "class-data archive: $app/latent.jsa"
  else
    echo "warning: the class-data training run failed (see $target/jpackage-training.log); the image starts without it" >&2
  fi
  rm -rf "$train_dir"
else
  echo "warning: no display and no Xvfb: the app image has no class-data archive" >&2
fi
if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi

# jpackage's native launcher asks rpm and then dpkg which package owns it on every start (Package::findOwnerOfFile),
# half a second here before Java even starts. A script with the same options starts the same JVM without that.
options=""
while IFS= read -r line; do
  case "$line" in java-options=*) options="$options \"${line#java-options=}\"" ;; esac
done < "$cfg"
cat > "$out/latent/bin/latent" <<SCRIPT
#!/bin/sh
# Starts Latent on the bundled Java runtime (written by src/packaging/package.sh from lib/app/latent.cfg).
APPDIR="\$(dirname "\$(dirname "\$(readlink -f "\$0")")")/lib/app"
# No graphics device: GTK is told not to load OpenGL (Mesa's 40 MB software emulation), as the JVM that java -jar
# relaunches is (dev.latent.platform.SoftwareRendering, which also picks JavaFX's software renderer inside the app).
if [ -z "\${GDK_GL+set}" ] && ! ls /dev/dri/card* /dev/dri/renderD* /dev/nvidiactl /dev/dxg >/dev/null 2>&1; then
  GDK_GL=disable; export GDK_GL
fi
exec "\$APPDIR/../runtime/bin/java"$options -cp "\$APPDIR/latent.jar" dev.latent.Main "\$@"
SCRIPT
chmod 755 "$out/latent/bin/latent"

if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  "$jpackage" --type deb "${common[@]}" --dest "$out" --app-image "$out/latent" \
    --linux-shortcut --linux-menu-group Education --linux-app-category education \
    --linux-package-name latent --linux-deb-maintainer "latent@localhost" --icon src/packaging/latent.png
  # jpackage copies the image into the package anew, so the jar's time there is the copy's; the JVM refuses a
  # start-up cache whose jar has another time than at training. Put the trained jar's time back into the .deb.
  deb="$(ls "$out"/*.deb)"
  unpacked="$(mktemp -d)"
  fakeroot sh -c "dpkg-deb -R '$deb' '$unpacked/pkg' \
    && touch -r '$out/latent/lib/app/latent.jar' '$unpacked/pkg/opt/latent/lib/app/latent.jar' \
    && dpkg-deb -b '$unpacked/pkg' '$deb' >/dev/null"
  rm -rf "$unpacked"
  ls -l "$deb"
else
  echo "warning: dpkg-deb or fakeroot missing: built the app image only" >&2
fi
