#!/usr/bin/env bash
# The X display for builds that have none (started by the root pom's 'xvfb' profile, and by .ci/run).
#
#   xvfb.sh install      installs what UI tests need when it is missing (Xvfb, xauth, GTK 3): with
#                        apt-get as root, else says what to install
#   xvfb.sh serve N      serves display :N in the foreground (Maven ends it when the build ends);
#                        a display :N that is already served is reused
set -u

install() {
  local missing=()
  command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
  command -v xauth >/dev/null 2>&1 || missing+=(xauth)
  ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || missing+=(libgtk-3-0)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "xvfb.sh: installing ${missing[*]} for the UI tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "xvfb.sh: UI tests need ${missing[*]}; install them (Debian: sudo apt-get install ${missing[*]}) or set DISPLAY" >&2
    return 1
  fi
}

serve() {
  local n=${1:?usage: xvfb.sh serve DISPLAY_NUMBER} lock
  lock=/tmp/.X$n-lock
  if [ -e "$lock" ] && kill -0 $(cat "$lock" 2>/dev/null) 2>/dev/null; then
    echo "xvfb.sh: display :$n is already served (pid $(tr -d ' ' < "$lock")), reusing it"
    exit 0
  fi
  rm -f "$lock" "/tmp/.X11-unix/X$n"
  exec Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp
}

case ${1:-} in
  install) install ;;
  serve) shift; serve "$@" ;;
  *) echo "usage: xvfb.sh install | serve DISPLAY_NUMBER" >&2; exit 2 ;;
esac
