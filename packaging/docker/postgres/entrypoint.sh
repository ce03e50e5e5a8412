#!/bin/sh
# The PostgreSQL stand-in's start (Dockerfile beside this): on an empty data folder, a cluster whose superuser is
# POSTGRES_USER (password POSTGRES_PASSWORD, required from other hosts) with the database POSTGRES_DB; then the
# command (default: postgres listening on every address).
set -eu

if [ ! -s "$PGDATA/PG_VERSION" ]; then
    : "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}"
    user=${POSTGRES_USER:-postgres}
    db=${POSTGRES_DB:-$user}
    password_file=$(mktemp)
    printf '%s\n' "$POSTGRES_PASSWORD" > "$password_file"
    initdb --username="$user" --pwfile="$password_file" --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$password_file"
    printf 'host all all all scram-sha-256\n' >> "$PGDATA/pg_hba.conf"
    if [ "$db" != postgres ]; then
        pg_ctl -w -o "-c listen_addresses=''" start >/dev/null
        createdb --username="$user" --owner="$user" "$db"
        pg_ctl -w stop >/dev/null
    fi
    echo "postgres-entrypoint: made the cluster in $PGDATA (user $user, database $db)"
fi
exec "$@"
