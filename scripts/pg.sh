#!/usr/bin/env bash
# A private PostgreSQL cluster for run.sh, test.sh and developers' test runs.
#   scripts/pg.sh start DIR PORT   start (initialising on first use); prints the connection string
#   scripts/pg.sh stop DIR         fast shutdown
# Works as root (runs the server as the postgres user) and as an ordinary user, with no stdin.
set -euo pipefail

cmd=${1:?usage: pg.sh start DIR PORT | stop DIR}
dir=$(realpath -m "${2:?directory}")
pgbin=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@" </dev/null; else "$@" </dev/null; fi
}

ensure_binaries() {
  if [ -x "$pgbin/initdb" ]; then return; fi
  echo "pg.sh: installing PostgreSQL from apt" >&2
  if [ "$(id -u)" != 0 ]; then echo "pg.sh: PostgreSQL binaries missing and not root" >&2; exit 1; fi
  for attempt in 1 2 3; do
    apt-get update -qq </dev/null >/dev/null 2>&1 && \
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql </dev/null >/dev/null 2>&1 && break
    sleep 5
  done
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
}

case "$cmd" in
start)
  port=${3:?port}
  ensure_binaries
  if [ -f "$dir/data/postmaster.pid" ] && kill -0 "$(head -1 "$dir/data/postmaster.pid")" 2>/dev/null; then
    echo "Host=127.0.0.1;Port=$port;Username=postgres"
    exit 0
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
    chmod 700 "$dir"
    as_owner "$pgbin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 >/dev/null
  fi
  as_owner "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=400 -c shared_buffers=256MB ${PG_EXTRA_OPTS:-}" \
    start >/dev/null
  echo "Host=127.0.0.1;Port=$port;Username=postgres"
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  fi
  ;;
*)
  echo "usage: pg.sh start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
