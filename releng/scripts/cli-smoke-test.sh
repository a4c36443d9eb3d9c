#!/usr/bin/env bash
# Command-line smoke test: runs './seatkeeper model validate|format|preview' against the materialized
# product's plugins, the way a user runs them, and checks their output and exit status.
#
#   cli-smoke-test.sh PRODUCT_DIR OUT_DIR
set -u
product=${1:?usage: cli-smoke-test.sh PRODUCT_DIR OUT_DIR}
out=${2:?usage: cli-smoke-test.sh PRODUCT_DIR OUT_DIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$out" && mkdir -p "$out"

fail() {
  echo "[cli] FAILED: $*" >&2
  exit 1
}

seatkeeper() {
  SEATKEEPER_NO_BUILD=1 SEATKEEPER_PRODUCT_DIR=$product "$root/seatkeeper" "$@"
}

cat >"$out/good.model" <<'MODEL'
model "example" {
  partitions {
    partition "engineering" { "f1" 1.0 5 }
    partition "sales"       { "f1" 1.0 50% }
  }
  on dictionary("business-unit" : "engineering") { use "engineering" accept }
  on any() { use "default" accept }
}
MODEL
printf 'model "m" {\n  on any() { use "nope" accept }\n}\n' >"$out/bad.model"
cat >"$out/features.json" <<'JSON'
[{"id": 1, "featureName": "f1", "featureVersion": "1.0", "featureCount": 20, "expiry": "permanent"}]
JSON

seatkeeper model validate "$out/good.model" >"$out/validate-good.txt" 2>&1 \
  || fail "validate of a good model failed: $(cat "$out/validate-good.txt")"

seatkeeper model validate "$out/bad.model" >"$out/validate-bad.txt" 2>&1
rc=$?
[ $rc -eq 1 ] || fail "validate of a bad model exited with $rc, expected 1"
grep -q "bad.model:2:18: error: The pool \"nope\" is not defined" "$out/validate-bad.txt" \
  || fail "validate did not report the undefined pool: $(cat "$out/validate-bad.txt")"

seatkeeper model format "$out/good.model" >"$out/formatted.model" || fail "format failed"
grep -q '^    partition "sales" {$' "$out/formatted.model" || fail "format gave: $(cat "$out/formatted.model")"

seatkeeper model preview "$out/good.model" --features "$out/features.json" --date 2026-11-23 >"$out/preview.txt" 2>&1 \
  || fail "preview failed: $(cat "$out/preview.txt")"
grep -Eq '^sales +f1 +1.0 +50% +10 +10 ' "$out/preview.txt" || fail "preview gave: $(cat "$out/preview.txt")"

echo "[cli] OK: seatkeeper model validate, format and preview work with the product's plugins"
