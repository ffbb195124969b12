#!/usr/bin/env bash
# Starts a private PostgreSQL cluster on 127.0.0.1:5433 for the store tests and prints
# the export line for GROWBOT_TEST_POSTGRES. initdb and pg_ctl refuse to run as root,
# so the cluster runs as the postgres user. Stop it with the command printed at the end.
set -euo pipefail

PORT="${GROWBOT_POSTGRES_PORT:-5433}"
PASSWORD="${GROWBOT_POSTGRES_PASSWORD:-growbot-test}"

if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y postgresql >&2
fi

PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGROOT=$(mktemp -d)
chown postgres "$PGROOT"
echo "$PASSWORD" > "$PGROOT/pwfile"
chown postgres "$PGROOT/pwfile"

runuser -u postgres -- "$PGBIN/initdb" -D "$PGROOT/data" -U postgres -E UTF8 --locale=C.UTF-8 \
  --auth-local=trust --auth-host=scram-sha-256 --pwfile="$PGROOT/pwfile" >&2
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGROOT -c fsync=off" -w start >&2

echo "# stop: runuser -u postgres -- $PGBIN/pg_ctl -D $PGROOT/data -m fast -w stop" >&2
echo "export GROWBOT_TEST_POSTGRES='Host=127.0.0.1;Port=$PORT;Username=postgres;Password=$PASSWORD'"
