#!/usr/bin/env bash
# Product smoke test: starts the materialized product on $DISPLAY with a fresh workspace, lets its
# probe (-Dseatkeeper.smoke.dir) wait for the window, describe it and take a screenshot, and checks
# that the product then closed cleanly, showed the License Server perspective with the About view,
# and logged no error.
#
#   smoke-test.sh PRODUCT_DIR OUT_DIR      (OUT_DIR gets screenshot.png, window.properties, logs)
set -u
product=${1:?usage: smoke-test.sh PRODUCT_DIR OUT_DIR}
out=${2:?usage: smoke-test.sh PRODUCT_DIR OUT_DIR}
limit=${SEATKEEPER_SMOKE_TIMEOUT:-180}

tag=smoke
. "$(dirname "$0")/test-lib.sh"

[ -x "$product/seatkeeper" ] || fail "no start script at $product/seatkeeper (was the product materialized?)"
[ -n "${DISPLAY:-}" ] || fail "no DISPLAY to start the product on"
rm -rf "$out"
mkdir -p "$out/workspace" "$out/home"

echo "[smoke] starting $product/seatkeeper on display $DISPLAY (limit ${limit}s)"
start=$(date +%s)
SEATKEEPER_VM_ARGS="-Dseatkeeper.smoke.dir=$out -Duser.home=$out/home" \
  timeout "$limit" "$product/seatkeeper" -data "$out/workspace" -consoleLog >"$out/console.log" 2>&1
rc=$?
elapsed=$(( $(date +%s) - start ))

[ $rc -ne 124 ] || fail "the product did not open its window and close again within ${limit}s"
[ $rc -eq 0 ] || fail "the product exited with status $rc"
[ -f "$out/window.properties" ] || fail "the product exited without its window coming up (no window.properties)"

prop() { sed -n "s/^$1=//p" "$out/window.properties" | head -n 1; }
[ "$(prop title)" = "Seatkeeper" ] || fail "window title is '$(prop title)', expected 'Seatkeeper'"
[ "$(prop visible)" = "true" ] || fail "the window was not visible"
[ "$(prop perspective)" = "org.seatkeeper.ui.perspective" ] || fail "perspective is '$(prop perspective)'"
case ",$(prop views)," in
  *,org.seatkeeper.ui.views.about,*) ;;
  *) fail "the About view is not open (views: $(prop views))" ;;
esac
[ -s "$out/screenshot.png" ] || fail "no screenshot was taken"

no_logged_errors "$out/workspace/.metadata/.log" "$out/console.log"

echo "[smoke] OK: window '$(prop title)' $(prop bounds) with $(prop views); screenshot $out/screenshot.png ($(stat -c %s "$out/screenshot.png") bytes); started and closed in ${elapsed}s"
