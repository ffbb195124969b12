#!/usr/bin/env bash
# Starts a private PostgreSQL cluster on 127.0.0.1 for the store tests and prints shell lines that export
# GROWBOT_TEST_POSTGRES and GROWBOT_TEST_POSTGRES_STOP (the command that stops the cluster again):
#   eval "$(bash tests/start-postgres.sh)"
# initdb and pg_ctl refuse to run as root, so as root the cluster runs as the postgres user.
# The port is GROWBOT_POSTGRES_PORT (default 5433); progress goes to stderr.
set -euo pipefail

PORT="${GROWBOT_POSTGRES_PORT:-5433}"
PASSWORD="${GROWBOT_POSTGRES_PASSWORD:-growbot-test}"

if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not installed: run 'sudo apt-get install -y postgresql' first." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q postgresql >&2
fi

PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGROOT=$(mktemp -d)
run_as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$PGROOT"
  run_as_owner=(runuser -u postgres --)
fi
echo "$PASSWORD" > "$PGROOT/pwfile"
[ "$(id -u)" -ne 0 ] || chown postgres "$PGROOT/pwfile"

"${run_as_owner[@]}" "$PGBIN/initdb" -D "$PGROOT/data" -U postgres -E UTF8 --locale=C.UTF-8 \
  --auth-local=trust --auth-host=scram-sha-256 --pwfile="$PGROOT/pwfile" >&2
"${run_as_owner[@]}" "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGROOT -c fsync=off" -w start >&2

echo "export GROWBOT_TEST_POSTGRES='Host=127.0.0.1;Port=$PORT;Username=postgres;Password=$PASSWORD'"
echo "export GROWBOT_TEST_POSTGRES_STOP='${run_as_owner[*]} $PGBIN/pg_ctl -D $PGROOT/data -m fast -w stop; rm -rf $PGROOT'"
