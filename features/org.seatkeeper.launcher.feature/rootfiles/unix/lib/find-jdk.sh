# Finds a Java runtime of version 21 or later, for Seatkeeper's scripts (sourced, not run).
#
#   seatkeeper_find_java_home   prints the home folder of the first suitable JDK, or fails
#   seatkeeper_use_jdk          exports JAVA_HOME as that folder and puts its bin/ first on PATH
#
# Looked at, in order: $SEATKEEPER_JAVA_HOME, $JAVA_HOME, the 'java' on PATH, then on macOS what
# /usr/libexec/java_home knows, then the usual install folders (Linux: /usr/lib/jvm, /usr/java, /opt;
# macOS: the JavaVirtualMachines folders and Homebrew; both: SDKMAN, ~/.jdks), newest first. Shared by
# the Linux and macOS products, ./seatkeeper and ./mvnw.

SEATKEEPER_MIN_JAVA=21

# Prints the major version (8, 17, 21, ...) of the JDK or JRE in folder $1, or nothing.
seatkeeper_java_major() {
  local home=$1 version=
  [ -x "$home/bin/java" ] || return 1
  if [ -f "$home/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [ -z "$version" ]; then
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = //p')
  fi
  case $version in
    1.*) version=${version#1.} ;;
  esac
  version=${version%%[.+-]*}
  [ -n "$version" ] && printf '%s\n' "$version"
}

seatkeeper_find_java_home() {
  local candidate major on_path= mac_default=
  if command -v java >/dev/null 2>&1; then
    on_path=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  fi
  if [ -x /usr/libexec/java_home ]; then
    mac_default=$(/usr/libexec/java_home -v "$SEATKEEPER_MIN_JAVA+" 2>/dev/null || true)
  fi
  # one candidate per line: a folder's name may hold spaces
  local IFS='
'
  for candidate in "${SEATKEEPER_JAVA_HOME:-}" "${JAVA_HOME:-}" "$on_path" "${mac_default:-}" \
      $(ls -d /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home \
            "$HOME"/Library/Java/JavaVirtualMachines/*/Contents/Home /opt/homebrew/opt/openjdk*/libexec/openjdk.jdk/Contents/Home \
            /usr/local/opt/openjdk*/libexec/openjdk.jdk/Contents/Home "$HOME"/.sdkman/candidates/java/* \
            "$HOME"/.jdks/* 2>/dev/null | sort -rV); do
    [ -n "$candidate" ] || continue
    major=$(seatkeeper_java_major "$candidate") || continue
    if [ -n "$major" ] && [ "$major" -ge "$SEATKEEPER_MIN_JAVA" ] 2>/dev/null; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  echo "Seatkeeper needs a Java runtime of version $SEATKEEPER_MIN_JAVA or later, and none was found." >&2
  echo "Install one (e.g. Debian: apt-get install openjdk-21-jdk) or set SEATKEEPER_JAVA_HOME to its folder." >&2
  return 1
}

seatkeeper_use_jdk() {
  local home
  home=$(seatkeeper_find_java_home) || return 1
  export JAVA_HOME=$home
  export PATH="$home/bin:$PATH"
}
