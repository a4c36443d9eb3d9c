#!/usr/bin/env bash
# Install test of the model-definition editor (org.seatkeeper.model.feature) in a plain Eclipse
# platform built from the same target (releng/org.seatkeeper.plainide).
#
#   install-test.sh before PLATFORM_DIR OUT_DIR   the platform holds none of the editor's bundles
#   install-test.sh after  PLATFORM_DIR OUT_DIR   (after the p2 director installed the feature) the
#       platform lists the editor's bundles, starts on $DISPLAY, and its probe opens a .model file
#       with an error and finds the generic editor, the content type, highlighting, the error marked
#       and an outline; OUT_DIR gets report.txt, screenshot.png and the logs.
set -u
step=${1:?usage: install-test.sh before|after PLATFORM_DIR OUT_DIR}
platform=${2:?usage: install-test.sh before|after PLATFORM_DIR OUT_DIR}
out=${3:?usage: install-test.sh before|after PLATFORM_DIR OUT_DIR}
limit=${SEATKEEPER_INSTALL_TEST_TIMEOUT:-180}
bundles_info="$platform/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"

tag=install-test
. "$(dirname "$0")/test-lib.sh"

[ -f "$bundles_info" ] || fail "no $bundles_info (was the plain platform materialized?)"
[ -d "$platform/p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile" ] \
  || fail "the plain platform has no p2 profile DefaultProfile to install into"

if [ "$step" = before ]; then
  if grep -q '^org\.seatkeeper\.model' "$bundles_info" || ls "$platform/plugins" | grep -q '^org\.seatkeeper\.model'; then
    fail "the plain platform already holds the editor's bundles"
  fi
  echo "[install-test] the plain platform has $(grep -vc '^#' "$bundles_info") bundles, none of the editor's"
  exit 0
fi
[ "$step" = after ] || fail "unknown step '$step'"

for id in org.seatkeeper.model org.seatkeeper.model.ui; do
  grep -q "^$id," "$bundles_info" || fail "the p2 director did not install $id (not in bundles.info)"
done
[ -n "${DISPLAY:-}" ] || fail "no DISPLAY to start the platform on"

java_home=${SEATKEEPER_JAVA_HOME:-${JAVA_HOME:-}}
java=${java_home:+$java_home/bin/}java
launcher=$(ls "$platform"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
[ -n "$launcher" ] || fail "no Equinox launcher in $platform/plugins"

rm -rf "$out"
mkdir -p "$out/workspace" "$out/home"
cat >"$out/broken.model" <<'MODEL'
// a model with one mistake: the rule uses a pool that is not defined
model "install-test" {
  partitions {
    partition "engineering" { "f1" 1.0 5 }
  }
  on hostname("~/eng-[0-9]+/") { use "enginering" accept }
  on any() { use "default" accept }
}
MODEL

echo "[install-test] starting the plain platform with the editor on display $DISPLAY (limit ${limit}s)"
start=$(date +%s)
timeout "$limit" "$java" -Duser.home="$out/home" \
  -Dseatkeeper.probe.file="$out/broken.model" -Dseatkeeper.probe.report="$out/report.txt" \
  -Dseatkeeper.probe.screenshot="$out/screenshot.png" -Dseatkeeper.probe.error='"enginering"' \
  -jar "$launcher" -application org.eclipse.ui.ide.workbench -data "$out/workspace" -consoleLog -nosplash \
  >"$out/console.log" 2>&1
rc=$?
elapsed=$(( $(date +%s) - start ))
[ $rc -ne 124 ] || fail "the platform did not open the file and close again within ${limit}s"
[ -s "$out/report.txt" ] || fail "the probe wrote no report (exit status $rc)"
echo "[install-test] the probe's report:"
sed 's/^/[install-test]   /' "$out/report.txt"
grep -q '^FAIL' "$out/report.txt" && fail "a check failed"
for check in "installed org.seatkeeper.model" "installed org.seatkeeper.model.ui" "content type" "editor" "highlighting" \
    "validation" "outline"; do
  grep -q "^PASS $check:" "$out/report.txt" || fail "the probe did not report '$check'"
done
[ $rc -eq 0 ] || fail "the platform exited with status $rc"
no_logged_errors "$out/workspace/.metadata/.log" "$out/console.log"
echo "[install-test] OK: installed with the p2 director and opened a .model file in ${elapsed}s; screenshot $out/screenshot.png"
