#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for tests and benchmarks.
#   scripts/pg-cluster.sh start DIR [PORT]   initdb + start; prints the connection URL on stdout
#   scripts/pg-cluster.sh stop DIR           stop it (the directory is left for you to remove)
# As root, initdb and pg_ctl run as the postgres user (PostgreSQL refuses to run as root).
set -euo pipefail
cmd=${1:?usage: pg-cluster.sh start|stop DIR [PORT]}
dir=${2:?usage: pg-cluster.sh start|stop DIR [PORT]}
port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "pg-cluster: PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)" >&2
  exit 3
fi
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }
case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then as_pg "'$bin/initdb' -D '$dir' --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 >/tmp/pg-initdb.$$.log 2>&1 || '$bin/initdb' -D '$dir' --auth=trust -U postgres -E UTF8 >/tmp/pg-initdb.$$.log 2>&1"; fi
    as_pg "'$bin/pg_ctl' -D '$dir' -l '$dir/server.log' -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off\" -w start" >&2
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_pg "'$bin/pg_ctl' -D '$dir' -m fast -w stop" >&2 || true
    ;;
  *) echo "pg-cluster: unknown command $cmd (start|stop)" >&2; exit 2 ;;
esac
