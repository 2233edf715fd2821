#!/usr/bin/env bash
# Run a command against a private, throw-away PostgreSQL server.
#
#   scripts/with-postgres.sh CMD [ARGS...]
#
# Installs Debian's `postgresql` package when no server binaries are found, starts a server
# with its own data directory (in a fresh temp dir), its own port (free, above 54000) and
# 127.0.0.1 only, creates a role with a password and a database, exports
# VT_LEDGER_TEST_POSTGRES_URL=postgresql://USER:PASS@127.0.0.1:PORT/DB, runs CMD, and stops
# the server and removes its directory on exit, whatever CMD's outcome. Exits with CMD's status.
set -euo pipefail

PG_USER=vt_ledger
PG_DB=vt_ledger_test

log() { printf 'with-postgres: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

# As root: privileged commands run directly and the server runs as `postgres` (initdb refuses
# root). As anyone else: sudo for apt, and the server runs as the caller.
if [ "$(id -u)" -eq 0 ]; then
    as_root() { "$@"; }
    as_pg() { runuser -u postgres -- "$@"; }
else
    as_root() { sudo -n "$@"; }
    as_pg() { "$@"; }
fi

has_server() { [ -x "$1/initdb" ] && [ -x "$1/pg_ctl" ] && [ -x "$1/postgres" ]; }

find_bindir() {
    local dir
    # pg_config may belong to a client-only install (libpq-dev): check for the server there.
    if command -v pg_config >/dev/null 2>&1; then
        dir=$(pg_config --bindir 2>/dev/null || true)
        if [ -n "$dir" ] && has_server "$dir"; then echo "$dir"; return 0; fi
    fi
    # Debian's layout; newest major version first.
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if has_server "$dir"; then echo "$dir"; return 0; fi
    done
    return 1
}

install_server() {
    command -v apt-get >/dev/null 2>&1 ||
        die "no PostgreSQL server binaries (initdb, pg_ctl) found and no apt-get to install them"
    log "installing the Debian package 'postgresql' (server binaries not found)"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq >/dev/null
    as_root apt-get install -y -qq --no-install-recommends postgresql >/dev/null
}

free_port() {
    local port tries
    for tries in $(seq 1 50); do
        port=$((54000 + RANDOM % 10000))
        # Nothing answers on it, so it is free (a race with another starter is caught by pg_ctl).
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
    done
    return 1
}

random_hex() { od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'; }

[ $# -gt 0 ] || die "usage: $0 CMD [ARGS...]"

bindir=$(find_bindir) || { install_server; bindir=$(find_bindir) || die "still no initdb/pg_ctl after installing postgresql"; }
if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres
fi

started=$EPOCHREALTIME
here=$PWD
workdir=$(mktemp -d "${TMPDIR:-/tmp}/vt-ledger-pg.XXXXXX")
datadir="$workdir/data"
port=""

cleanup() {
    local status=$?
    if [ -f "$datadir/postmaster.pid" ]; then
        (cd "$workdir" && as_pg "$bindir/pg_ctl" stop -D "$datadir" -m immediate -w -t 30 >/dev/null 2>&1) ||
            log "could not stop the server in $datadir"
    fi
    rm -rf "$workdir"
    exit "$status"
}
trap cleanup EXIT
# Bash runs traps only between commands, so CMD runs in the background and gets the signal.
child=""
on_signal() {
    [ -z "$child" ] || kill "-$1" "$child" 2>/dev/null || true
    exit "$2"
}
trap 'on_signal INT 130' INT
trap 'on_signal TERM 143' TERM

[ "$(id -u)" -ne 0 ] || chown postgres: "$workdir"
chmod 700 "$workdir"
cd "$workdir"  # the server user may not be able to read the caller's directory

as_pg "$bindir/initdb" -D "$datadir" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$workdir/initdb.log" 2>&1 ||
    { cat "$workdir/initdb.log" >&2; die "initdb failed"; }

for attempt in 1 2 3; do
    port=$(free_port) || die "no free port found above 54000"
    # A throw-away server: no durability, so no fsync.
    opts="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$workdir"
    opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    opts="$opts -c max_connections=200"
    if as_pg "$bindir/pg_ctl" start -D "$datadir" -l "$workdir/server.log" -o "$opts" -w -t 60 \
        >/dev/null 2>&1; then
        break
    fi
    [ "$attempt" -lt 3 ] || { cat "$workdir/server.log" >&2; die "the server did not start"; }
    port=""
done

password=$(random_hex 16)
as_pg "$bindir/psql" -h "$workdir" -p "$port" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE $PG_USER LOGIN PASSWORD '$password'" \
    -c "CREATE DATABASE $PG_DB OWNER $PG_USER" >/dev/null
export VT_LEDGER_TEST_POSTGRES_URL="postgresql://$PG_USER:$password@127.0.0.1:$port/$PG_DB"
log "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$port" \
    "after $(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')s"

cd "$here"
"$@" <&0 &
child=$!
status=0
wait "$child" || status=$?
exit "$status"
