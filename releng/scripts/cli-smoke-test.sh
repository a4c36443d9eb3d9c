#!/usr/bin/env bash
# Command-line smoke test: runs './seatkeeper model validate|format|preview', './seatkeeper server
# --demo' and './seatkeeper admin' against it, and './seatkeeper xvsig', with the materialized product's plugins, the way a user
# runs them, and checks their output and exit status.
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

# What './seatkeeper' counts as a changed source: a Maven run's generated files do not make it rebuild.
tree="$out/tree"
mkdir -p "$tree/bundles/b/src" "$tree/bundles/b/target"
touch "$tree/bundles/b/src/A.java" "$tree/stamp"
touch -d '+2 seconds' "$tree/bundles/b/.polyglot.build.properties" "$tree/bundles/b/.tycho-consumer-pom.xml" \
  "$tree/bundles/b/target/B.class"
newer=$("$root/releng/scripts/newer-sources.sh" "$tree" "$tree/stamp" bundles)
[ -z "$newer" ] || fail "generated files count as changed sources: $newer"
touch -d '+2 seconds' "$tree/bundles/b/src/A.java"
newer=$("$root/releng/scripts/newer-sources.sh" "$tree" "$tree/stamp" bundles)
[ "$newer" = bundles/b/src/A.java ] || fail "a changed source is not seen: '$newer'"

# The help of the script and of every command, as a user reads it; each command line says how it exits.
seatkeeper help >"$out/help.txt" 2>&1 || fail "seatkeeper help failed: $(cat "$out/help.txt")"
for command in server backoffice device admin servers watch report model xvsig; do
  grep -q "^  ./seatkeeper $command " "$out/help.txt" || fail "seatkeeper help does not name '$command': $(cat "$out/help.txt")"
  seatkeeper "$command" --help >"$out/help-$command.txt" 2>&1 || fail "seatkeeper $command --help failed: $(cat "$out/help-$command.txt")"
  grep -q "^Usage: seatkeeper $command " "$out/help-$command.txt" || fail "seatkeeper $command --help gave: $(cat "$out/help-$command.txt")"
  grep -q "^Exit status:" "$out/help-$command.txt" || fail "seatkeeper $command --help names no exit status"
done
seatkeeper admin devices drop --help >"$out/help-admin-devices-drop.txt" 2>&1 \
  || fail "seatkeeper admin devices drop --help failed: $(cat "$out/help-admin-devices-drop.txt")"
grep -q "^Usage: seatkeeper admin devices drop .*\[--all\]" "$out/help-admin-devices-drop.txt" \
  || fail "seatkeeper admin devices drop --help gave: $(cat "$out/help-admin-devices-drop.txt")"
seatkeeper model validate --strict "$out/good.model" >"$out/usage-error.txt" 2>&1
rc=$?
[ $rc -eq 2 ] || fail "an unknown option exited with $rc, expected 2"
[ "$(cat "$out/usage-error.txt")" = "seatkeeper model: unknown option '--strict' (see 'seatkeeper model validate --help')" ] \
  || fail "an unknown option gave: $(cat "$out/usage-error.txt")"

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

# The embedded server with demo data: it must come up, answer, and write its state when stopped.
# started directly (not through the function) so that $! is the JVM itself: the script execs java
SEATKEEPER_ADMIN_PASSWORD='Sm0ke-Passw0rd!' SEATKEEPER_NO_BUILD=1 SEATKEEPER_PRODUCT_DIR=$product \
  "$root/seatkeeper" server --port 0 --bind 127.0.0.1 --data "$out/server" --demo >"$out/server.log" 2>&1 &
server=$!
port=
for _ in $(seq 1 100); do
  port=$(sed -n 's|.*listening on http://localhost:\([0-9]*\)/.*|\1|p' "$out/server.log")
  [ -n "$port" ] && break
  kill -0 $server 2>/dev/null || fail "the server stopped: $(cat "$out/server.log")"
  sleep 0.2
done
[ -n "$port" ] || { kill $server; fail "the server did not start listening: $(cat "$out/server.log")"; }
base=http://127.0.0.1:$port/api/1.0/instances/~
curl -fsS "$base/health" | grep -q '"serverInstanceID"' || { kill $server; fail "health did not answer"; }
token=$(curl -fsS -H 'Content-Type: application/json' -d '{"user":"admin","password":"Sm0ke-Passw0rd!"}' "$base/authorize" \
  | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { kill $server; fail "the administrator could not log in"; }
features=$(curl -fsS -H "Authorization: Bearer $token" "$base/features" | grep -o '"featureName"' | wc -l)
[ "$features" -eq 10 ] || { kill $server; fail "the demo server has $features features, expected 10"; }

# The admin command-line client against the demo server, as the README shows it.
admin() {
  SEATKEEPER_PASSWORD='Sm0ke-Passw0rd!' SEATKEEPER_NO_BUILD=1 SEATKEEPER_PRODUCT_DIR=$product \
    "$root/seatkeeper" admin --server "http://127.0.0.1:$port" "$@"
}
admin features >"$out/admin-features.txt" 2>&1 || { kill $server; fail "admin features failed: $(cat "$out/admin-features.txt")"; }
grep -q '^Total number of features : 10$' "$out/admin-features.txt" \
  || { kill $server; fail "admin features gave: $(cat "$out/admin-features.txt")"; }
grep -Eq ' 3D_Rendering +3\.2 +60 ' "$out/admin-features.txt" \
  || { kill $server; fail "admin features lists no 3D_Rendering: $(cat "$out/admin-features.txt")"; }
admin --json reservations >"$out/admin-reservations.json" 2>&1 \
  || { kill $server; fail "admin reservations failed: $(cat "$out/admin-reservations.json")"; }
grep -q '"Engineering Group"' "$out/admin-reservations.json" || { kill $server; fail "admin --json reservations gave: $(cat "$out/admin-reservations.json")"; }
admin status >"$out/admin-status.txt" 2>&1 || { kill $server; fail "admin status failed: $(cat "$out/admin-status.txt")"; }
grep -Eq '^Licensing security +disabled$' "$out/admin-status.txt" || { kill $server; fail "admin status gave: $(cat "$out/admin-status.txt")"; }


# The server list, and admin by a server's name and for the whole fleet (the list in $out, not in ~).
servers() {
  SEATKEEPER_SERVERS="$out/servers.json" SEATKEEPER_NO_BUILD=1 SEATKEEPER_PRODUCT_DIR=$product "$root/seatkeeper" servers "$@"
}
servers add "Smoke demo" "http://127.0.0.1:$port" --group Smoke >"$out/servers-add.txt" 2>&1 \
  || { kill $server; fail "servers add failed: $(cat "$out/servers-add.txt")"; }
servers list >"$out/servers-list.txt" 2>&1 || { kill $server; fail "servers list failed: $(cat "$out/servers-list.txt")"; }
grep -Eq '^Smoke demo +Smoke +http://127\.0\.0\.1:' "$out/servers-list.txt" || { kill $server; fail "servers list gave: $(cat "$out/servers-list.txt")"; }
SEATKEEPER_SERVERS="$out/servers.json" SEATKEEPER_PASSWORD='Sm0ke-Passw0rd!' SEATKEEPER_NO_BUILD=1 SEATKEEPER_PRODUCT_DIR=$product \
  "$root/seatkeeper" admin fleet >"$out/admin-fleet.txt" 2>&1 || { kill $server; fail "admin fleet failed: $(cat "$out/admin-fleet.txt")"; }
grep -Eq '^Smoke demo +Smoke +up ' "$out/admin-fleet.txt" || { kill $server; fail "admin fleet gave: $(cat "$out/admin-fleet.txt")"; }
SEATKEEPER_SERVERS="$out/servers.json" SEATKEEPER_PASSWORD='Sm0ke-Passw0rd!' SEATKEEPER_NO_BUILD=1 SEATKEEPER_PRODUCT_DIR=$product \
  "$root/seatkeeper" admin --server "smoke demo" status >"$out/admin-by-name.txt" 2>&1 \
  || { kill $server; fail "admin --server NAME failed: $(cat "$out/admin-by-name.txt")"; }
# The history's collector as a service runs it: one round over the list into an H2 file, then the same
# with the product's plugins on the class path alone, as docs/watch-service.md has it for an installation.
SEATKEEPER_SERVERS="$out/servers.json" SEATKEEPER_PASSWORD='Sm0ke-Passw0rd!' SEATKEEPER_NO_BUILD=1 SEATKEEPER_PRODUCT_DIR=$product \
  "$root/seatkeeper" watch --db "jdbc:h2:file:$out/history/history" --rounds 1 >"$out/watch.txt" 2>&1 \
  || { kill $server; fail "watch failed: $(cat "$out/watch.txt")"; }
grep -Eq 'Z  1 server: 1 up; written$' "$out/watch.txt" || { kill $server; fail "watch gave: $(cat "$out/watch.txt")"; }
(. "$root/features/org.seatkeeper.launcher.feature/rootfiles/unix/lib/find-jdk.sh" && seatkeeper_use_jdk \
  && SEATKEEPER_PASSWORD='Sm0ke-Passw0rd!' java -cp "$product/plugins/*" org.seatkeeper.history.internal.cli.WatchCommand \
  --servers "$out/servers.json" --db "jdbc:h2:file:$out/history/history" --rounds 1) >"$out/watch-installed.txt" 2>&1 \
  || { kill $server; fail "watch from the installation's plugins failed: $(cat "$out/watch-installed.txt")"; }
grep -Eq 'Z  1 server: 1 up; written$' "$out/watch-installed.txt" || { kill $server; fail "watch from the plugins gave: $(cat "$out/watch-installed.txt")"; }
month=$(grep -o '^[0-9]\{4\}-[0-9]\{2\}' "$out/watch.txt" | head -n 1)
seatkeeper report peaks --server "smoke demo" --from "$month" --db "jdbc:h2:file:$out/history/history" --csv >"$out/report.csv" 2>&1 \
  || { kill $server; fail "report peaks failed: $(cat "$out/report.csv")"; }
grep -q '^3D_Rendering,3\.2,' "$out/report.csv" || { kill $server; fail "report peaks gave: $(cat "$out/report.csv")"; }
# Real clients' habits (the reference's §1.4.10): a doubled slash after the instance, the instance itself,
# and a capability response sent as 'curl --data-binary' sends it (as a form).
token=$(curl -fsS -H 'Content-Type: application/json' -d '{"user":"admin","password":"Sm0ke-Passw0rd!"}' "$base//authorize" \
  | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { kill $server; fail "a login at .../instances/~//authorize failed"; }
curl -fsS -H "Authorization: Bearer $token" "$base/" | grep -q '"hostid"' || { kill $server; fail "GET .../instances/~/ did not answer the instance"; }
admin activate -id ACT-EXPORT-CSV-4.8 -count 80 -o "$out/request.bin" >"$out/admin-activate.txt" 2>&1 \
  || { kill $server; fail "admin activate failed: $(cat "$out/admin-activate.txt")"; }
seatkeeper backoffice respond --request "$out/request.bin" --out "$out/response.bin" \
  --entitlements "$out/server/demo-back-office/entitlements.json" --key "$out/server/demo-back-office/back-office-private.pem" \
  >"$out/backoffice.txt" 2>&1 || { kill $server; fail "backoffice respond failed: $(cat "$out/backoffice.txt")"; }
curl -sS -H "Authorization: Bearer $token" --data-binary @"$out/response.bin" "$base//capability_response" >"$out/capability-response.json"
grep -q '"confirmationRequestNeeded"' "$out/capability-response.json" \
  || { kill $server; fail "a form-typed capability_response was not applied: $(cat "$out/capability-response.json")"; }
admin frobnicate >"$out/admin-usage.txt" 2>&1
rc=$?
[ $rc -eq 2 ] || { kill $server; fail "an unknown admin verb exited with $rc, expected 2"; }
kill -TERM $server
wait $server
[ -s "$out/server/state.json" ] || fail "the server wrote no snapshot when stopped"

seatkeeper xvsig --toolkit 11.0 --toolkit 8.4 VM_PLATFORMS BORROW >"$out/xvsig.txt" 2>&1 \
  || fail "xvsig failed: $(cat "$out/xvsig.txt")"
grep -q '^VM_PLATFORMS  11.4 ' "$out/xvsig.txt" || fail "xvsig gave: $(cat "$out/xvsig.txt")"
grep -q '^Select these FlexNet Publisher Versions: 11.4, 8.4$' "$out/xvsig.txt" || fail "xvsig gave: $(cat "$out/xvsig.txt")"
seatkeeper xvsig --toolkit 12.0 TZ >"$out/xvsig-outside.txt" 2>&1
rc=$?
[ $rc -eq 1 ] || fail "xvsig with a toolkit outside the table exited with $rc, expected 1"

echo "[cli] OK: seatkeeper help and every command's --help, seatkeeper model validate, format and preview, seatkeeper server --demo (with curl as real clients call it), seatkeeper admin, seatkeeper watch, seatkeeper report and seatkeeper xvsig work with the product's plugins"
