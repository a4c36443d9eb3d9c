#!/usr/bin/env bash
# Serves X display :N for a build that has no DISPLAY of its own (started by the root pom's 'xvfb'
# profile, which ends it when Maven exits). A display that is already served is reused.
set -u
n=${1:?usage: xvfb.sh DISPLAY_NUMBER}
lock=/tmp/.X$n-lock
if [ -e "$lock" ] && kill -0 $(cat "$lock" 2>/dev/null) 2>/dev/null; then
  echo "xvfb.sh: display :$n is already served (pid $(tr -d ' ' < "$lock")), reusing it"
  exit 0
fi
if ! command -v Xvfb >/dev/null 2>&1; then
  echo "xvfb.sh: there is no DISPLAY and Xvfb is not installed; UI tests cannot run." >&2
  echo "xvfb.sh: install it (Debian: apt-get install -y xvfb xauth libgtk-3-0) or set DISPLAY." >&2
  exit 1
fi
rm -f "$lock" "/tmp/.X11-unix/X$n"
exec Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp
