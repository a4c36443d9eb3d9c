# Shared by the build's shell tests. Source it after setting $tag (the prefix of every line) and $out
# (the folder that may hold console.log).

# Prints the failure, the last lines of $out/console.log if there is one, and exits with 1.
fail() {
  echo "[$tag] FAILED: $*" >&2
  if [ -s "$out/console.log" ]; then
    echo "[$tag] last lines of the console:" >&2
    tail -n 40 "$out/console.log" >&2
  fi
  exit 1
}

# Fails when the Eclipse log or the console (files given) has an entry of severity ERROR ('!ENTRY <bundle> 4 ').
no_logged_errors() {
  local errors
  errors=$(cat "$@" 2>/dev/null | grep -E -A3 '^!ENTRY [^ ]+ 4 ' || true)
  [ -z "$errors" ] || fail "errors were logged:
$errors"
}
