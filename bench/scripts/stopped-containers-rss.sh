#!/usr/bin/env bash
# Peak RSS of the whole docker-tutor process after N stopped containers of `docker run busybox echo hi`, run through
# the batch runner as a learner's script would be. Usage (from the repository root, after building the jar with
# `mvn -q -B -DskipTests -pl app -am package`):
#   bench/scripts/stopped-containers-rss.sh [N] [JAR]      # N defaults to 1500, JAR to app/target/docker-tutor.jar
# Prints "containers=N exit=S peak_rss_kb=K wall=T" from GNU time's -v report. The JVM options are the docker-tutor
# launcher's own (C1 only, serial GC), without its class-data-sharing archive.
set -euo pipefail
n="${1:-1500}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="${2:-$here/app/target/docker-tutor.jar}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
{
  echo "docker pull busybox"
  for _ in $(seq "$n"); do echo "docker run busybox echo hi"; done
  echo "docker ps -aq | wc -l"
} > "$work/script.txt"
mkdir "$work/ws" "$work/state"
set +e
(cd "$work/ws" && XDG_STATE_HOME="$work/state" /usr/bin/time -v -o "$work/time.txt" \
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -Dfile.encoding=UTF-8 -jar "$jar" run --workspace "$work/ws" \
  "$work/script.txt" > "$work/out.txt" 2> "$work/err.txt")
status=$?
set -e
count="$(tail -n 1 "$work/out.txt")"
rss="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")"
wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")"
echo "containers=$count exit=$status peak_rss_kb=$rss wall=$wall"
if [ "$status" -ne 0 ]; then
  echo "--- standard error (last lines) ---" >&2
  tail -n 5 "$work/err.txt" >&2
fi
