#!/usr/bin/env bash
# test-postgres.sh - Debian's PostgreSQL for the tests of the class database (module serve, issue 16).
#
# Usage: scripts/test-postgres.sh up|down|status
#
#   up      Install Debian's postgresql package when it is missing, make a cluster when there is none, have it
#           listen on 127.0.0.1:5432 only, start it, and make the role tutor (password tutor) and the database
#           tutor_test it owns. Prints the line that points the tests at it:
#             export DOCKER_TUTOR_TEST_POSTGRES='jdbc:postgresql://127.0.0.1:5432/tutor_test?user=tutor&password=tutor'
#           Idempotent: when all is there already it only checks.
#   down    Stops the cluster (its data stays).
#   status  Says whether the cluster is up and the test database answers; exit 1 when not.
#
# There is no systemd on these machines: pg_ctlcluster starts the server as the postgres user in the background.
# Each test makes its own schema in tutor_test and drops it again, so runs do not see each other.
set -euo pipefail

PORT=5432
URL="jdbc:postgresql://127.0.0.1:$PORT/tutor_test?user=tutor&password=tutor"

version() {
    ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1
}

as_postgres() {
    # runuser needs no password and no tty; cd / so that the postgres user may read its working directory.
    (cd / && runuser -u postgres -- "$@")
}

answers() {
    PGPASSWORD=tutor psql -h 127.0.0.1 -p "$PORT" -U tutor -d tutor_test -tAc 'SELECT 1' >/dev/null 2>&1
}

up() {
    if [ -z "$(version)" ] || ! command -v pg_ctlcluster >/dev/null; then
        echo "test-postgres: installing postgresql" >&2
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    local v
    v=$(version)
    if ! pg_lsclusters -h | awk -v v="$v" '$1 == v && $2 == "main"' | grep -q .; then
        pg_createcluster "$v" main >/dev/null
    fi
    local conf=/etc/postgresql/$v/main/conf.d/docker-tutor-tests.conf
    if [ ! -f "$conf" ]; then
        printf "listen_addresses = '127.0.0.1'\nport = %s\n" "$PORT" > "$conf"
        if pg_lsclusters -h | awk -v v="$v" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
            pg_ctlcluster "$v" main restart
        fi
    fi
    if ! pg_lsclusters -h | awk -v v="$v" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
        pg_ctlcluster "$v" main start
    fi
    for _ in $(seq 1 30); do
        as_postgres psql -p "$PORT" -tAc 'SELECT 1' >/dev/null 2>&1 && break
        sleep 1
    done
    if [ "$(as_postgres psql -p "$PORT" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'tutor'")" != 1 ]; then
        as_postgres psql -p "$PORT" -qc "CREATE ROLE tutor LOGIN PASSWORD 'tutor'"
    fi
    if [ "$(as_postgres psql -p "$PORT" -tAc "SELECT 1 FROM pg_database WHERE datname = 'tutor_test'")" != 1 ]; then
        as_postgres createdb -p "$PORT" -O tutor tutor_test
    fi
    if ! answers; then
        echo "test-postgres: the server is up but tutor_test does not answer on 127.0.0.1:$PORT" >&2
        exit 1
    fi
}

down() {
    local v
    v=$(version)
    if [ -n "$v" ] && pg_lsclusters -h | awk -v v="$v" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
        pg_ctlcluster "$v" main stop
    fi
}

status() {
    if answers; then
        echo "test-postgres: PostgreSQL $(version) up, tutor_test answers on 127.0.0.1:$PORT"
        echo "export DOCKER_TUTOR_TEST_POSTGRES='$URL'"
    else
        echo "test-postgres: not running (scripts/test-postgres.sh up starts it)"
        exit 1
    fi
}

case "${1:-}" in
    # Only the export line reaches stdout (callers eval it): everything the tools print goes to stderr, such as
    # pg_ctlcluster's "Removed stale pid file." when a machine kept the pid file of a server that was killed.
    # The server that pg_ctlcluster starts inherits every descriptor but 0-2, so no extra one is opened for that line.
    up) up >&2; echo "export DOCKER_TUTOR_TEST_POSTGRES='$URL'" ;;
    down) down ;;
    status) status ;;
    *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
