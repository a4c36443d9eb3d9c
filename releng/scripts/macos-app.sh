#!/usr/bin/env bash
# Finishes each materialized macOS product (folder $1/ARCH/Seatkeeper.app). Tycho installs the
# product into Seatkeeper.app/Contents/Eclipse, and p2 puts the launcher feature's root files there
# too; the app's own files (rootfiles/macosx/Contents: Info.plist, the executable MacOS/seatkeeper, the
# icon in Resources) move up to Seatkeeper.app/Contents, where macOS looks for them. Run again on a
# finished app, it changes nothing.
set -euo pipefail
platforms=${1:?usage: macos-app.sh PRODUCTS/org.seatkeeper.product/macosx/cocoa}
for contents in "$platforms"/*/Seatkeeper.app/Contents; do
  [ -d "$contents/Eclipse/Contents" ] || continue
  for entry in "$contents/Eclipse/Contents"/*; do
    mv "$entry" "$contents/"
  done
  rmdir "$contents/Eclipse/Contents"
  echo "macos-app: ${contents%/Contents} is ready"
done
[ -n "$(ls -d "$platforms"/*/Seatkeeper.app/Contents/MacOS 2>/dev/null)" ] \
  || { echo "macos-app: no Seatkeeper.app with Contents/MacOS in $platforms" >&2; exit 1; }
