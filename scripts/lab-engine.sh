#!/usr/bin/env bash
# lab-engine.sh - a real Docker engine on an offline Debian machine, for recording
# the differential test corpus (see corpus/README.md) and for trying lessons for real.
#
# Usage: scripts/lab-engine.sh up|down|status|reset
#
#   up      Install what is missing (docker.io, docker-registry, busybox-static,
#           golang-go, curl), start a local registry on 127.0.0.1:5000 that serves
#           as the Docker Hub mirror, start dockerd with that mirror, and build and
#           push the stand-in images that are not in the registry yet:
#             busybox, alpine:3.7, alpine:latest (= lab-base), nginx:latest,
#             nginx:stable, redis:7.2, redis:latest, golang:1.14.1-alpine3.11
#           After that a plain `docker pull nginx` resolves through the mirror.
#           dockerd carries the label io.docker-tutor.lab=true: tests that must
#           start from an empty engine (the corpus replay) reset only an engine
#           with that label.
#           Idempotent: when everything is up it only checks, in a few seconds.
#   down    Stop dockerd and the registry that `up` started (pid files in the
#           state dir). Packages, registry contents and /var/lib/docker stay.
#   status  Engine version, registry state, repositories and tags in the registry.
#   reset   Leave the engine clean for a recording: remove all containers, volumes,
#           images, user networks and the build cache. dockerd and the registry
#           keep running; images come back through the mirror on pull.
#
# There is no systemd on these machines: both daemons run as plain background
# processes in their own sessions. State lives in $LAB_STATE_DIR
# (default /var/lib/docker-tutor-lab): registry storage, pid files, logs, build
# contexts. Docker's own data stays in /var/lib/docker.
#
# The stand-ins are not Docker Hub's images; they are built from Debian's
# busybox-static (and Go toolchain) so that lessons and recordings can run
# offline. Facts behind this script: shared/real-engine.md.
set -euo pipefail

STATE=${LAB_STATE_DIR:-/var/lib/docker-tutor-lab}
RUN_DIR=$STATE/run
LOG_DIR=$STATE/log
REGISTRY_DIR=$STATE/registry
BUILD_DIR=$STATE/build
REGISTRY_ADDR=127.0.0.1:5000
REGISTRY_URL=http://$REGISTRY_ADDR
# The daemon label that tells tests this engine is the disposable lab engine, which they may reset
# (they never reset an engine without it: that would be someone's own Docker).
LAB_LABEL=io.docker-tutor.lab=true
PACKAGES=(docker.io docker-registry busybox-static golang-go curl)

# Always the current CLI (v28), never Debian's 20.10 client in /usr/bin.
export PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin
DOCKER=/usr/local/bin/docker
# A fresh docker config so nothing in ~/.docker changes what the CLI does here.
export DOCKER_CONFIG=$STATE/docker-config

log() { printf 'lab-engine: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# ---------------------------------------------------------------- packages

package_installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

install_packages() {
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    package_installed "$p" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  # No init system here: keep the packages' init scripts from starting their own
  # dockerd or registry (ours run with different flags and config).
  local own_policy=false
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    own_policy=true
  fi
  local rc=0
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends "${missing[@]}" >"$LOG_DIR/apt.log" 2>&1 || {
    log "apt-get install failed; running apt-get update and retrying"
    apt-get update -q >>"$LOG_DIR/apt.log" 2>&1 &&
      apt-get install -y -q --no-install-recommends "${missing[@]}" >>"$LOG_DIR/apt.log" 2>&1
  } || rc=$?
  if $own_policy; then rm -f /usr/sbin/policy-rc.d; fi
  [ $rc -eq 0 ] || die "apt-get install failed, see $LOG_DIR/apt.log"
}

# ---------------------------------------------------------------- processes

# pid_alive PIDFILE NAME: the pid in PIDFILE runs a program called NAME.
pid_alive() {
  local pid
  [ -s "$1" ] || return 1
  pid=$(cat "$1")
  [ -r "/proc/$pid/comm" ] && [ "$(cat "/proc/$pid/comm")" = "$2" ]
}

start_daemon() { # NAME PIDFILE LOGFILE COMMAND...
  local name=$1 pidfile=$2 logfile=$3
  shift 3
  # In a subshell that first closes every descriptor above 2: a daemon must not inherit, say, the lock a caller
  # holds with `flock FILE scripts/lab-engine.sh up`, or it would hold that lock for as long as it runs.
  (
    for fd in $(ls /proc/$BASHPID/fd); do
      [ "$fd" -gt 2 ] && eval "exec $fd>&-"
    done
    setsid "$@" >>"$logfile" 2>&1 </dev/null &
    echo $! >"$pidfile"
  )
  log "started $name (pid $(cat "$pidfile")), log $logfile"
}

stop_daemon() { # NAME PIDFILE COMM
  local name=$1 pidfile=$2 comm=$3 pid i
  if ! pid_alive "$pidfile" "$comm"; then
    rm -f "$pidfile"
    log "$name is not running (not started by this script)"
    return 0
  fi
  pid=$(cat "$pidfile")
  kill -TERM "$pid"
  for i in $(seq 1 150); do
    [ -d "/proc/$pid" ] || break
    sleep 0.2
  done
  if [ -d "/proc/$pid" ]; then
    log "$name did not stop within 30 s; killing it"
    kill -KILL "$pid" || true
  fi
  rm -f "$pidfile"
  log "stopped $name"
}

registry_answers() { curl -fsS -o /dev/null --max-time 2 "$REGISTRY_URL/v2/" 2>/dev/null; }
engine_answers() { "$DOCKER" info --format '{{.ServerVersion}}' >/dev/null 2>&1; }

start_registry() {
  if registry_answers; then return 0; fi
  pid_alive "$RUN_DIR/registry.pid" docker-registry && stop_daemon registry "$RUN_DIR/registry.pid" docker-registry
  cat >"$STATE/registry.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $REGISTRY_DIR
  delete:
    enabled: true
http:
  addr: $REGISTRY_ADDR
EOF
  start_daemon registry "$RUN_DIR/registry.pid" "$LOG_DIR/registry.log" \
    docker-registry serve "$STATE/registry.yml"
  local i
  for i in $(seq 1 100); do
    registry_answers && return 0
    pid_alive "$RUN_DIR/registry.pid" docker-registry || break
    sleep 0.1
  done
  tail -n 20 "$LOG_DIR/registry.log" >&2 || true
  die "the registry did not answer on $REGISTRY_ADDR"
}

start_dockerd() {
  if engine_answers; then
    local mirrors
    mirrors=$("$DOCKER" info --format '{{json .RegistryConfig.Mirrors}}' 2>/dev/null)
    case $mirrors in
      *"127.0.0.1:5000"*) ;;
      *) die "a dockerd without the $REGISTRY_URL mirror is already running (mirrors: $mirrors); stop it first" ;;
    esac
    case $("$DOCKER" info --format '{{json .Labels}}' 2>/dev/null) in
      *"$LAB_LABEL"*) return 0 ;;
    esac
    # Started by an older version of this script: start it again with the lab label.
    pid_alive "$RUN_DIR/dockerd.pid" dockerd || return 0
    stop_daemon dockerd "$RUN_DIR/dockerd.pid" dockerd
  fi
  start_daemon dockerd "$RUN_DIR/dockerd.pid" "$LOG_DIR/dockerd.log" \
    dockerd --registry-mirror "$REGISTRY_URL" --insecure-registry "$REGISTRY_ADDR" --label "$LAB_LABEL"
  local i
  for i in $(seq 1 300); do
    engine_answers && return 0
    pid_alive "$RUN_DIR/dockerd.pid" dockerd || break
    sleep 0.2
  done
  tail -n 30 "$LOG_DIR/dockerd.log" >&2 || true
  die "dockerd did not answer"
}

# ---------------------------------------------------------------- stand-in images

in_registry() { # NAME TAG
  curl -fsS -o /dev/null --max-time 5 \
    -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
    "$REGISTRY_URL/v2/library/$1/manifests/$2" 2>/dev/null
}

push_as() { # LOCAL_IMAGE NAME:TAG
  "$DOCKER" tag "$1" "$REGISTRY_ADDR/library/$2"
  "$DOCKER" push -q "$REGISTRY_ADDR/library/$2" >/dev/null
  "$DOCKER" rmi "$REGISTRY_ADDR/library/$2" >/dev/null
  log "pushed $2"
}

# legacy_build TAG CONTEXT: the engine's classic builder (no buildx on Debian).
# Each stand-in is made in a second of its own: the API gives image creation times
# in whole seconds and `docker images` orders ties differently from call to call.
legacy_build() { # TAG CONTEXT [BUILD OPTIONS...]
  local tag=$1 context=$2
  shift 2
  sleep 1
  DOCKER_BUILDKIT=0 "$DOCKER" build -q -t "$tag" "$@" "$context" >/dev/null 2>"$LOG_DIR/build.err" || {
    cat "$LOG_DIR/build.err" >&2
    die "building $tag failed"
  }
}

# make_rootfs DIR [OS_NAME VERSION]: busybox with one hard link per applet in /bin
# (like Docker Hub's busybox), root and nobody accounts, and for the alpine
# stand-ins an /etc/alpine-release and /etc/os-release.
make_rootfs() {
  local dir=$1 applet
  rm -rf "$dir"
  mkdir -p "$dir"/{bin,etc,root,tmp,var,home,usr/bin,usr/sbin,sbin}
  chmod 1777 "$dir/tmp"
  chmod 700 "$dir/root"
  cp /bin/busybox "$dir/bin/busybox"
  for applet in $(/bin/busybox --list); do
    [ "$applet" = busybox ] || ln "$dir/bin/busybox" "$dir/bin/$applet"
  done
  cat >"$dir/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
nobody:x:65534:65534:nobody:/home:/bin/false
EOF
  cat >"$dir/etc/group" <<'EOF'
root:x:0:
nogroup:x:65534:
EOF
  if [ $# -ge 3 ]; then
    echo "$3" >"$dir/etc/alpine-release"
    cat >"$dir/etc/os-release" <<EOF
NAME="Alpine Linux"
ID=alpine
VERSION_ID=$3
PRETTY_NAME="Alpine Linux v${3%.*} (docker-tutor stand-in)"
EOF
  fi
}

# import_rootfs DIR IMAGE: one-layer image; the tar is made reproducible so the
# layer digest depends only on the files.
import_rootfs() {
  sleep 1 # see legacy_build
  tar -C "$1" --sort=name --mtime=@1577836800 --owner=0 --group=0 --numeric-owner -c . |
    "$DOCKER" import \
      -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      -c 'CMD ["sh"]' - "$2" >/dev/null
}

# lab-base is alpine:latest; the nginx and golang stand-ins are built FROM it so
# that they share its layer, as images built on a common base do.
ensure_lab_base() {
  "$DOCKER" image inspect lab-base >/dev/null 2>&1 && return 0
  if in_registry alpine latest; then
    "$DOCKER" pull -q "$REGISTRY_ADDR/library/alpine:latest" >/dev/null
    "$DOCKER" tag "$REGISTRY_ADDR/library/alpine:latest" lab-base
    "$DOCKER" rmi "$REGISTRY_ADDR/library/alpine:latest" >/dev/null
  else
    make_rootfs "$BUILD_DIR/rootfs-lab-base" alpine 3.21.3
    import_rootfs "$BUILD_DIR/rootfs-lab-base" lab-base
    log "imported lab-base"
  fi
}

build_busybox() {
  make_rootfs "$BUILD_DIR/rootfs-busybox"
  import_rootfs "$BUILD_DIR/rootfs-busybox" lab-busybox
  push_as lab-busybox busybox:latest
}

build_alpine_37() {
  make_rootfs "$BUILD_DIR/rootfs-alpine-3.7" alpine 3.7.3
  import_rootfs "$BUILD_DIR/rootfs-alpine-3.7" lab-alpine-3.7
  push_as lab-alpine-3.7 alpine:3.7
}

write_nginx_html() { # DIR: the real nginx welcome and error pages
  mkdir -p "$1"
  cat >"$1/index.html" <<'EOF'
<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
EOF
  cat >"$1/50x.html" <<'EOF'
<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
EOF
}

# nginx:latest = lab-base + one layer (the pages and an entrypoint that runs busybox httpd on port 80), with
# ENV NGINX_VERSION=1.27.0 as in the real image's history. The entrypoint and command mirror the real image's, so
# `docker ps` shows the same COMMAND, and the shell traps SIGTERM so `docker stop` is quick.
# nginx:stable = the same first two layers (one build context, so the classic builder's cache makes the COPY
# layer the same layer) + ENV NGINX_VERSION=1.26.1 + one layer of its own: the two share their lower layers
# and their histories differ from the ENV line up, as Docker Hub's nginx:latest and nginx:stable do.
build_nginx() { # TAG
  local ctx=$BUILD_DIR/nginx v
  if [ ! -f "$ctx/Dockerfile.stable" ]; then
    rm -rf "$ctx"
    mkdir -p "$ctx/root/usr/share/nginx" "$ctx/root/etc/nginx" "$ctx/stable/etc/nginx"
    write_nginx_html "$ctx/root/usr/share/nginx/html"
    echo "docker-tutor stand-in: busybox httpd serves /usr/share/nginx/html" >"$ctx/root/etc/nginx/README"
    cat >"$ctx/root/docker-entrypoint.sh" <<'EOF'
#!/bin/sh
# docker-tutor stand-in for nginx's entrypoint: busybox httpd serves the pages.
if [ "$1" = nginx ] || [ "$1" = nginx-debug ]; then
  echo "$0: Configuration complete; ready for start up"
  httpd -f -p 80 -h /usr/share/nginx/html &
  trap 'kill $! 2>/dev/null; exit 0' TERM INT QUIT
  wait $!
  exit $?
fi
# "--": like dash's exec in the real image, a first argument starting with "-" is a command, not an option
exec -- "$@"
EOF
    chmod 755 "$ctx/root/docker-entrypoint.sh"
    echo "stable" >"$ctx/stable/etc/nginx/channel"
    find "$ctx/root" "$ctx/stable" -exec touch -h -d @1577836800 {} +
    for v in latest:1.27.0 stable:1.26.1; do
      {
        echo 'FROM lab-base'
        echo 'COPY root/ /'
        echo "ENV NGINX_VERSION=${v#*:}"
        if [ "${v%%:*}" = stable ]; then echo 'COPY stable/ /'; fi
        cat <<'EOF'
EXPOSE 80
STOPSIGNAL SIGTERM
ENTRYPOINT ["/docker-entrypoint.sh"]
CMD ["nginx", "-g", "daemon off;"]
EOF
      } >"$ctx/Dockerfile.${v%%:*}"
    done
  fi
  legacy_build "lab-nginx-$1" "$ctx" -f "$ctx/Dockerfile.$1"
  push_as "lab-nginx-$1" "nginx:$1"
}

# redis:7.2 and redis:latest = lab-base + a redis-server that prints the real one's start-up lines and waits.
# The lessons only pull redis; nothing connects to it.
build_redis() { # TAG VERSION
  local ctx=$BUILD_DIR/redis-$1
  rm -rf "$ctx"
  mkdir -p "$ctx/root/usr/local/bin" "$ctx/root/data"
  cat >"$ctx/root/usr/local/bin/redis-server" <<'EOF'
#!/bin/sh
# docker-tutor stand-in for redis-server: says what the real one says on start, then waits for a signal.
echo "1:C 01 Jan 2020 00:00:00.000 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo"
echo "1:C 01 Jan 2020 00:00:00.000 * Redis version=$REDIS_VERSION, bits=64, commit=00000000, modified=0, pid=1, just started"
echo "1:M 01 Jan 2020 00:00:00.000 * Ready to accept connections tcp"
trap 'exit 0' TERM INT
while :; do sleep 3600 & wait $!; done
EOF
  chmod 755 "$ctx/root/usr/local/bin/redis-server"
  find "$ctx/root" -exec touch -h -d @1577836800 {} +
  cat >"$ctx/Dockerfile" <<EOF
FROM lab-base
ENV REDIS_VERSION=$2
COPY root/ /
WORKDIR /data
EXPOSE 6379
CMD ["redis-server"]
EOF
  legacy_build "lab-redis-$1" "$ctx"
  push_as "lab-redis-$1" "redis:$1"
}

# golang:1.14.1-alpine3.11 = lab-base + Debian's Go toolchain (Go 1.19) in
# /usr/local/go + the dynamic loader and libraries its binaries need.
build_golang() {
  local ctx=$BUILD_DIR/golang goroot lib
  goroot=$(readlink -f /usr/lib/go)
  [ -x "$goroot/bin/go" ] || die "no Go toolchain in /usr/lib/go"
  rm -rf "$ctx"
  # /go exists beforehand so that WORKDIR adds no layer: the image is lab-base plus
  # one layer, and a pull after alpine:latest downloads a single layer.
  mkdir -p "$ctx/root/usr/local" "$ctx/root/go/src" "$ctx/root/go/bin"
  chmod -R 777 "$ctx/root/go"
  cp -rL "$goroot" "$ctx/root/usr/local/go" # its src/ is a symlink into /usr/share
  for lib in $(ldd "$goroot"/bin/* "$goroot"/pkg/tool/*/* 2>/dev/null |
    grep -oE '/[^ ]+\.so[^ ]*' | sort -u); do
    mkdir -p "$ctx/root$(dirname "$lib")"
    cp -L "$lib" "$ctx/root$lib"
  done
  cat >"$ctx/Dockerfile" <<'EOF'
FROM lab-base
COPY root/ /
ENV PATH=/usr/local/go/bin:/bin GOROOT=/usr/local/go GOPATH=/go CGO_ENABLED=0 GOCACHE=/tmp/gocache GO111MODULE=off
WORKDIR /go
EOF
  legacy_build lab-golang "$ctx"
  push_as lab-golang golang:1.14.1-alpine3.11
}

# Bumped whenever a stand-in changes: `up` then empties the registry and builds every stand-in again (the two
# nginx images must be built together to share their layers).
LAB_IMAGES_VERSION=3
STAND_INS=(busybox:latest alpine:3.7 alpine:latest nginx:latest nginx:stable redis:7.2 redis:latest golang:1.14.1-alpine3.11)

ensure_images() {
  mkdir -p "$BUILD_DIR"
  if [ "$(cat "$STATE/images.version" 2>/dev/null)" != "$LAB_IMAGES_VERSION" ]; then
    log "stand-in images are not version $LAB_IMAGES_VERSION: building them all again"
    stop_daemon registry "$RUN_DIR/registry.pid" docker-registry
    rm -rf "${REGISTRY_DIR:?}"/* "$BUILD_DIR"/*
    start_registry
  fi
  local ref missing=()
  for ref in "${STAND_INS[@]}"; do
    in_registry "${ref%%:*}" "${ref#*:}" || missing+=("$ref")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    case " ${missing[*]} " in *" nginx:"*) missing+=(nginx:latest nginx:stable) ;; esac
    [ "${missing[*]}" = busybox:latest ] || ensure_lab_base
    for ref in $(printf '%s\n' "${missing[@]}" | sort -u); do
      case $ref in
        busybox:latest) build_busybox ;;
        alpine:3.7) build_alpine_37 ;;
        alpine:latest) push_as lab-base alpine:latest ;;
        nginx:*) build_nginx "${ref#*:}" ;;
        redis:7.2) build_redis 7.2 7.2.5 ;;
        redis:latest) build_redis latest 8.0.2 ;;
        golang:*) build_golang ;;
      esac
    done
    # The build-only names stay out of the way of recordings.
    "$DOCKER" rmi lab-busybox lab-alpine-3.7 lab-nginx-latest lab-nginx-stable lab-redis-7.2 lab-redis-latest \
      lab-golang >/dev/null 2>&1 || true
    rm -rf "$BUILD_DIR/golang"
  fi
  echo "$LAB_IMAGES_VERSION" >"$STATE/images.version"
}

# ---------------------------------------------------------------- commands

cmd_up() {
  local t0=$SECONDS
  mkdir -p "$RUN_DIR" "$LOG_DIR" "$REGISTRY_DIR" "$DOCKER_CONFIG"
  [ -x "$DOCKER" ] || die "$DOCKER (the docker CLI v28) is missing"
  install_packages
  start_registry
  start_dockerd
  ensure_images
  log "up in $((SECONDS - t0)) s"
  "$DOCKER" version --format 'engine {{.Server.Version}} (API {{.Server.APIVersion}}), client {{.Client.Version}}'
}

cmd_down() {
  stop_daemon dockerd "$RUN_DIR/dockerd.pid" dockerd
  stop_daemon registry "$RUN_DIR/registry.pid" docker-registry
}

cmd_status() {
  local rc=0 repo tags
  if engine_answers; then
    "$DOCKER" version --format 'engine: {{.Server.Version}} (API {{.Server.APIVersion}}), client {{.Client.Version}}'
    "$DOCKER" info --format 'engine: mirrors {{json .RegistryConfig.Mirrors}}, storage driver {{.Driver}}, {{.Containers}} containers, {{.Images}} images'
  else
    echo "engine: not answering"
    rc=1
  fi
  pid_alive "$RUN_DIR/dockerd.pid" dockerd && echo "engine: started by this script, pid $(cat "$RUN_DIR/dockerd.pid")"
  if registry_answers; then
    echo "registry: up on $REGISTRY_ADDR, storage $REGISTRY_DIR"
    for repo in $(curl -fsS "$REGISTRY_URL/v2/_catalog" | grep -oE '"[a-z0-9./_-]+"' | tr -d '"' | grep -v '^repositories$'); do
      tags=$(curl -fsS "$REGISTRY_URL/v2/$repo/tags/list" | grep -oE '"tags":\[[^]]*\]' | sed 's/"tags":\[//; s/\]//; s/"//g; s/,/ /g')
      echo "registry: $repo: $tags"
    done
  else
    echo "registry: not answering on $REGISTRY_ADDR"
    rc=1
  fi
  return $rc
}

cmd_reset() {
  engine_answers || die "the engine is not up (scripts/lab-engine.sh up)"
  local ids
  ids=$("$DOCKER" ps -aq)
  [ -z "$ids" ] || "$DOCKER" rm -f $ids >/dev/null
  ids=$("$DOCKER" volume ls -q)
  [ -z "$ids" ] || "$DOCKER" volume rm -f $ids >/dev/null
  ids=$("$DOCKER" images -aq | sort -u)
  [ -z "$ids" ] || "$DOCKER" rmi -f $ids >/dev/null 2>&1 || true
  ids=$("$DOCKER" images -aq | sort -u) # children first left parents behind
  [ -z "$ids" ] || "$DOCKER" rmi -f $ids >/dev/null
  "$DOCKER" network prune -f >/dev/null
  # (the v28 CLI warns on stderr that the engine's builder is the legacy one)
  "$DOCKER" builder prune -af >/dev/null 2>"$LOG_DIR/reset.err" || {
    cat "$LOG_DIR/reset.err" >&2
    die "docker builder prune failed"
  }
  [ -z "$("$DOCKER" ps -aq)$("$DOCKER" images -aq)$("$DOCKER" volume ls -q)" ] || die "reset left something behind"
}

case ${1:-} in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  reset) cmd_reset ;;
  *)
    sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0" >&2
    exit 2
    ;;
esac
