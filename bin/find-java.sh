# Sourced by ./pmo and .ci/run: sets JAVA_HOME and JAVA to a JDK >= 21, or exits with a clear message.
# Order: $JAVA_HOME, then `java` on PATH, then the usual JDK folders.
# Run as `bash bin/find-java.sh --exec COMMAND ARGS...` (./mvnw does), it finds the JDK, sets MAVEN_OPTS for
# it (pmo_maven_opts) and runs the command with PMO_MVNW_JDK=1 in its environment.

pmo_java_major() {
  # Prints the major version of the java binary $1 (17, 21, 25...), or nothing. The JDK's 'release' file
  # answers without starting a JVM (about 60 ms each); the JVM itself is asked only when there is none.
  local home release
  home=$(dirname "$(dirname "$(readlink -f "$1")")")
  release="$home/release"
  if [ -f "$release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$release" | head -n 1
    return
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

pmo_find_java() {
  local candidate major home
  local -a candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for home in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/opt/openjdk*/libexec/openjdk.jdk/Contents/Home \
              /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$home/bin/java" ] && candidates+=("$home/bin/java")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate" ] || continue
    major=$(pmo_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      JAVA="$candidate"
      # The JDK home is two levels above bin/java, with symlinks resolved.
      JAVA_HOME=$(cd "$(dirname "$(readlink -f "$candidate")")/.." && pwd)
      export JAVA_HOME JAVA
      return 0
    fi
  done
  echo "pmo: needs Java 21 or newer, and none was found (checked JAVA_HOME, PATH and /usr/lib/jvm)." >&2
  echo "pmo: install a JDK 21+ (e.g. 'apt install openjdk-21-jdk' or from adoptium.net) or set JAVA_HOME." >&2
  exit 1
}

pmo_maven_opts() {
  # Maven 3.8's bundled Guava calls sun.misc.Unsafe, which JDK 24+ warns about on every build unless allowed;
  # older JDKs refuse the option, so it is added only from 24 on (once).
  local major
  major=$(pmo_java_major "$JAVA")
  if [ "${major:-0}" -ge 24 ]; then
    case " ${MAVEN_OPTS:-} " in
      *" --sun-misc-unsafe-memory-access=allow "*) ;;
      *) MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow" ;;
    esac
    export MAVEN_OPTS
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ] && [ "${1:-}" = --exec ]; then
  shift
  pmo_find_java
  pmo_maven_opts
  export PMO_MVNW_JDK=1
  exec "$@"
fi
