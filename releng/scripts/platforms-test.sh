#!/usr/bin/env bash
# Checks the product archive of every platform (there is no Windows or macOS machine to start them
# on): the archive holds its own platform's SWT, launcher and Secure Storage fragments and none of
# another's; its start scripts exist (executable where that matters) and the shell ones pass bash -n;
# Windows' .cmd keeps CRLF line ends; configuration/config.ini names the platform's osgi.os, osgi.ws
# and osgi.arch. The Linux x86_64 product is also started by the smoke test.
#   platforms-test.sh PRODUCTS_FOLDER WORK_FOLDER
set -euo pipefail
products=${1:?usage: platforms-test.sh PRODUCTS_FOLDER WORK_FOLDER}
out=${2:?usage: platforms-test.sh PRODUCTS_FOLDER WORK_FOLDER}
tag=platforms-test
. "$(dirname "$0")/test-lib.sh"
rm -rf "$out"
mkdir -p "$out"

# The native fragments that must come with exactly one platform.
natives='org\.eclipse\.(swt\.(gtk|win32|cocoa)\.|equinox\.launcher\.(gtk|win32|cocoa)\.|equinox\.security\.(win32|macosx|linux))'

# check OS WS ARCH EXT ROOT START_SCRIPT...: ROOT is the installation's folder inside the archive.
check() {
  local os=$1 ws=$2 arch=$3 ext=$4 root=$5
  shift 5
  local platform="$os.$ws.$arch" archive="$products/seatkeeper-$os.$ws.$arch.$ext"
  local listing="$out/$platform.list" files="$out/$platform"
  [ -f "$archive" ] || fail "$platform: no archive $archive"
  if [ "$ext" = zip ]; then
    unzip -Z -l "$archive" > "$listing.long"
    unzip -Z1 "$archive" > "$listing"
  else
    tar -tvzf "$archive" > "$listing.long"
    tar -tzf "$archive" | sed 's#^\./##' > "$listing"
  fi

  local found expected
  found=$(grep -oE "^${root}plugins/[^/]+" "$listing" | sed -E "s#^${root}plugins/##; s#_[0-9][^_]*\$##; s#\.jar\$##" \
    | grep -E "^$natives" | sort -u || true)
  expected=$(printf '%s\n' "org.eclipse.swt.$ws.$os.$arch" "$@" | grep '^org\.' | sort -u)
  [ "$found" = "$expected" ] || fail "$platform: native fragments are
$found
instead of
$expected"

  local script
  for script in "$@"; do
    case $script in org.*) continue ;; esac
    grep -qxF "$root$script" "$listing" || grep -qxF "$script" "$listing" \
      || fail "$platform: $script is missing from $archive"
  done
  grep -qxF "${root}configuration/config.ini" "$listing" || fail "$platform: no configuration/config.ini"

  mkdir -p "$files"
  if [ "$ext" = zip ]; then
    unzip -q -o "$archive" "${root}configuration/config.ini" 'seatkeeper.cmd' -d "$files"
  else
    tar -xzf "$archive" -C "$files" --wildcards --no-anchored "${root}configuration/config.ini" "${root}lib/*" \
      "${root}seatkeeper" 'Contents/MacOS/*' 'Contents/Info.plist' 2>/dev/null || true
  fi
  local key value
  for key in osgi.os=$os osgi.ws=$ws osgi.arch=$arch; do
    value=$(grep -E "^${key%%=*}=" "$files/${root}configuration/config.ini" || true)
    [ "$value" = "$key" ] || fail "$platform: config.ini has '${value:-no ${key%%=*}}' instead of '$key'"
  done
  echo "[$tag] $platform: $(wc -l < "$listing") entries, $(echo "$found" | tr '\n' ' ')"
}

# Fails unless ENTRY of archive listing LISTING.long is executable by all.
executable() {
  grep -E "^-rwxr-xr-x.* (\./)?$2\$" "$out/$1.list.long" >/dev/null || fail "$1: $2 is not executable (755)"
}

for arch in x86_64 aarch64; do
  check linux gtk "$arch" tar.gz '' seatkeeper lib/find-jdk.sh lib/jvm.options \
    $([ "$arch" = x86_64 ] && echo org.eclipse.equinox.launcher.gtk.linux.x86_64)
  executable "linux.gtk.$arch" seatkeeper
  bash -n "$out/linux.gtk.$arch/seatkeeper" || fail "linux.gtk.$arch: seatkeeper does not pass bash -n"
  bash -n "$out/linux.gtk.$arch/lib/find-jdk.sh" || fail "linux.gtk.$arch: lib/find-jdk.sh does not pass bash -n"
done

for arch in aarch64 x86_64; do
  app=Seatkeeper.app/Contents
  check macosx cocoa "$arch" tar.gz "$app/Eclipse/" "$app/MacOS/seatkeeper" "$app/Info.plist" \
    "$app/Resources/seatkeeper.icns" lib/find-jdk.sh lib/jvm.options org.eclipse.equinox.security.macosx
  executable "macosx.cocoa.$arch" "$app/MacOS/seatkeeper"
  files="$out/macosx.cocoa.$arch"
  bash -n "$files/$app/MacOS/seatkeeper" || fail "macosx.cocoa.$arch: the app's launcher does not pass bash -n"
  bash -n "$files/$app/Eclipse/lib/find-jdk.sh" || fail "macosx.cocoa.$arch: lib/find-jdk.sh does not pass bash -n"
  grep -q -- '-XstartOnFirstThread' "$files/$app/MacOS/seatkeeper" \
    || fail "macosx.cocoa.$arch: the app's launcher does not pass -XstartOnFirstThread"
  tr -d ' \n' < "$files/$app/Info.plist" | grep -qF '<key>CFBundleExecutable</key><string>seatkeeper</string>' \
    || fail "macosx.cocoa.$arch: Info.plist does not name Contents/MacOS/seatkeeper as the executable"
  if grep -vE "^($app/|Seatkeeper.app/?\$)" "$out/macosx.cocoa.$arch.list" | grep -q .; then
    fail "macosx.cocoa.$arch: entries outside Seatkeeper.app/Contents: $(grep -vE "^($app/|Seatkeeper.app/?\$)" "$out/macosx.cocoa.$arch.list" | head -3)"
  fi
done

check win32 win32 x86_64 zip '' seatkeeper.cmd lib/jvm.options org.eclipse.equinox.security.win32.x86_64
if grep -qxE 'seatkeeper|lib/find-jdk.sh' "$out/win32.win32.x86_64.list"; then
  fail "win32.win32.x86_64: holds the Linux start script"
fi
[ "$(grep -c $'\r$' "$out/win32.win32.x86_64/seatkeeper.cmd")" = "$(wc -l < "$out/win32.win32.x86_64/seatkeeper.cmd")" ] \
  || fail "win32.win32.x86_64: seatkeeper.cmd has lines without CRLF"
grep -q 'javaw.exe' "$out/win32.win32.x86_64/seatkeeper.cmd" || fail "win32.win32.x86_64: seatkeeper.cmd does not start javaw"

echo "[$tag] OK: 5 platforms"
