#!/usr/bin/env bash
# Prints the first source of the build below ROOT (in the PATHs given, relative to it) that is newer than the
# file STAMP, and nothing when there is none: ./seatkeeper rebuilds when it prints something. What a build
# writes is not a source: 'target' folders, and the '.polyglot.*' and '.tycho-consumer-pom.xml' files that
# Tycho's pomless build leaves beside the sources at every Maven run.
#
#   newer-sources.sh ROOT STAMP PATH...
set -euo pipefail
root=${1:?usage: newer-sources.sh ROOT STAMP PATH...}
stamp=${2:?usage: newer-sources.sh ROOT STAMP PATH...}
shift 2
cd "$root"
find "$@" \( -path '*/target' -o -name '.polyglot.*' -o -name '.tycho-consumer-pom.xml' \) -prune \
  -o -type f -newer "$stamp" -print -quit
