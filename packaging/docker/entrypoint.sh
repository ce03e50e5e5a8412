#!/bin/sh
# The plant server's container (Dockerfile, compose.yaml; docs/deploy.md): the database schema brought up to date,
# the first office admin made from the environment (once: only while the office has no user), then the server.
#   FLOORSTATION_SERVER_DB            the database (postgresql+psycopg://USER:PASSWORD@HOST/DB)
#   FLOORSTATION_ADMIN_USER           the first admin's name
#   FLOORSTATION_ADMIN_PASSWORD_FILE  a file holding their password (a compose secret), or
#   FLOORSTATION_ADMIN_PASSWORD       the password itself
# Arguments: floorstation-server's (default: run --host 0.0.0.0 --port 8470).
set -eu

floorstation-server migrate
if [ -n "${FLOORSTATION_ADMIN_USER:-}" ] && floorstation-server user list | grep -q '^no office users'; then
    if [ -n "${FLOORSTATION_ADMIN_PASSWORD_FILE:-}" ]; then
        if [ ! -r "$FLOORSTATION_ADMIN_PASSWORD_FILE" ]; then
            echo "floorstation-server: cannot read $FLOORSTATION_ADMIN_PASSWORD_FILE as user $(id -u) (the image's" \
                 "user floorstation): give the file to that user, e.g. chown $(id -u) admin-password.txt" >&2
            exit 1
        fi
        password=$(cat "$FLOORSTATION_ADMIN_PASSWORD_FILE")
    else
        password=${FLOORSTATION_ADMIN_PASSWORD:-}
    fi
    if [ -z "$password" ]; then
        echo "floorstation-server: FLOORSTATION_ADMIN_USER is set but no password: set FLOORSTATION_ADMIN_PASSWORD_FILE" \
             "(or FLOORSTATION_ADMIN_PASSWORD), or add the admin later with: floorstation-server user add NAME" \
             "--role admin --password-stdin" >&2
        exit 1
    fi
    printf '%s\n' "$password" | floorstation-server user add "$FLOORSTATION_ADMIN_USER" --role admin --password-stdin
fi
if [ "$#" -eq 0 ]; then
    set -- run --host 0.0.0.0 --port 8470
fi
exec floorstation-server "$@"
