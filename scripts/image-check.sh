#!/usr/bin/env bash
# Build the plant server's container image (Dockerfile) and check it as a plant would start it (`make image-check`,
# docs/deploy.md "Checking the image"): the image run against a PostgreSQL of its own (a fresh database on the
# server given), its /v1/health, the office's sign-in page, a sign-in of the first admin the entry point made,
# a restart that makes no second admin, and Docker's own health check. Cleans up the container, the database and
# its files; the image stays (tagged, for the next build's cache).
#
# Usage: scripts/image-check.sh [--build-only] [--no-cache] [--compose]
#   --build-only  build the image, print its figures, check nothing
#   --no-cache    build every step again (the figure for a first build)
#   --compose     run compose.yaml instead (db and server, with this image; where postgres:16 cannot be pulled, the
#                 db service runs packaging/docker/postgres, Debian 12's PostgreSQL 15): health, sign-in, Docker's
#                 health check; the project is taken down with its volume afterwards. Needs docker compose.
# Environment:
#   FLOORSTATION_IMAGE_TAG   the image built (default floorstation-server:check)
#   FLOORSTATION_IMAGE_BASE  the Debian 12 image it is built on (default: debian:bookworm-slim when Docker has it or
#                            can pull it, else floorstation-base:bookworm, made here with debootstrap once)
#   FLOORSTATION_IMAGE_PG    the PostgreSQL server to make the check's database on, as a URL whose user may
#                            create databases (default: FLOORSTATION_TEST_PG_URL, else
#                            postgresql://postgres@127.0.0.1/postgres); the container reaches it on the host's network
#   FLOORSTATION_DEBIAN_MIRROR  where debootstrap fetches Debian 12 (default http://deb.debian.org/debian)
# Prints the figures as `image-check: NAME=VALUE` lines: image_bytes, build_seconds, healthy_seconds (from `docker run`
# to /v1/health answering: the first start, with the schema made and the admin added), restart_seconds (`docker
# restart` to /v1/health again), compose_healthy_seconds (--compose: `up` to /v1/health), base_seconds (making the
# local base, on stderr).
# Needs: a Docker daemon, curl; debootstrap and root only to make the local base image.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf 'image-check: %s\n' "$*" >&2; }
die() { printf 'image-check: error: %s\n' "$*" >&2; exit 1; }
figure() { printf 'image-check: %s=%s\n' "$1" "$2"; }

BUILD_ONLY=0
COMPOSE_RUN=0
NO_CACHE=()
while (($#)); do
    case $1 in
        --build-only) BUILD_ONLY=1; shift ;;
        --no-cache) NO_CACHE=(--no-cache); shift ;;
        --compose) COMPOSE_RUN=1; shift ;;
        *) die "unknown option $1 (known: --build-only, --no-cache, --compose)" ;;
    esac
done

TAG=${FLOORSTATION_IMAGE_TAG:-floorstation-server:check}
PUBLIC_BASE=debian:bookworm-slim
LOCAL_BASE=floorstation-base:bookworm
MIRROR=${FLOORSTATION_DEBIAN_MIRROR:-http://deb.debian.org/debian}
PG=${FLOORSTATION_IMAGE_PG:-${FLOORSTATION_TEST_PG_URL:-postgresql://postgres@127.0.0.1/postgres}}
UID_IN_IMAGE=8470   # the image's user floorstation (Dockerfile)

command -v docker >/dev/null || die "no docker command (apt-get install docker.io)"
docker info >/dev/null 2>&1 || die "no Docker daemon answers (start dockerd, or set DOCKER_HOST)"
command -v curl >/dev/null || die "no curl (apt-get install curl)"

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# A Debian 12 like debian:bookworm-slim, from Debian's own archive: for machines that cannot reach Docker Hub.
# The host's own certificate authorities (/usr/local/share/ca-certificates) go in, for a TLS-inspecting proxy.
make_local_base() {
    command -v debootstrap >/dev/null \
        || die "Docker Hub cannot be reached and there is no debootstrap to make $LOCAL_BASE (apt-get install" \
               "debootstrap)"
    [[ $(id -u) == 0 ]] || die "Docker Hub cannot be reached: making $LOCAL_BASE with debootstrap needs root"
    local work
    work=$(mktemp -d /var/tmp/floorstation-base.XXXXXX)
    log "making $LOCAL_BASE with debootstrap from $MIRROR (a minute or two)"
    if ! debootstrap --variant=minbase bookworm "$work/root" "$MIRROR" >"$work/debootstrap.log" 2>&1; then
        tail -20 "$work/debootstrap.log" >&2
        rm -rf "$work"
        die "debootstrap failed"
    fi
    local root=$work/root
    # What debian:bookworm-slim leaves out: documentation, manuals, translations, apt's caches.
    cat >"$root/etc/dpkg/dpkg.cfg.d/slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
EOF
    find "$root/usr/share/doc" -mindepth 1 -type f ! -name copyright -delete
    rm -rf "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/var/cache/apt/*.bin \
        "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
    find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +
    if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
        mkdir -p "$root/usr/local/share/ca-certificates"
        cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/" \
            || die "could not copy the CAs"
    fi
    tar -C "$root" -c . | docker import -c 'CMD ["bash"]' -m "Debian 12 (debootstrap --variant=minbase bookworm)" \
        - "$LOCAL_BASE" >/dev/null || die "docker import failed"
    rm -rf "$work"
}

base_image() {
    if [[ -n ${FLOORSTATION_IMAGE_BASE:-} ]]; then
        echo "$FLOORSTATION_IMAGE_BASE"
    elif docker image inspect "$PUBLIC_BASE" >/dev/null 2>&1 \
        || timeout 60 docker pull -q "$PUBLIC_BASE" >/dev/null 2>&1; then
        echo "$PUBLIC_BASE"
    else
        log "$PUBLIC_BASE cannot be pulled (Docker Hub unreachable?): building on $LOCAL_BASE"
        if ! docker image inspect "$LOCAL_BASE" >/dev/null 2>&1; then
            local started
            started=$(now)
            make_local_base || die "could not make $LOCAL_BASE"
            figure base_seconds "$(since "$started")" >&2
        fi
        echo "$LOCAL_BASE"
    fi
}

BASE=$(base_image)
previous=$(docker image inspect -f '{{.Id}}' "$TAG" 2>/dev/null || true)
log "building $TAG on $BASE"
started=$(now)
BUILD_LOG=$(mktemp)
if ! docker build --force-rm "${NO_CACHE[@]}" --build-arg "BASE=$BASE" -t "$TAG" . >"$BUILD_LOG" 2>&1; then
    tail -40 "$BUILD_LOG" >&2
    rm -f "$BUILD_LOG"
    die "docker build failed"
fi
BUILD_SECONDS=$(since "$started")
rm -f "$BUILD_LOG"
current=$(docker image inspect -f '{{.Id}}' "$TAG")
if [[ -n $previous && $previous != "$current" ]]; then
    docker rmi "$previous" >/dev/null 2>&1 || true   # the last check's image, unless something still uses it
fi
figure image "$TAG"
figure base "$BASE"
figure image_bytes "$(docker image inspect -f '{{.Size}}' "$TAG")"
figure build_seconds "$BUILD_SECONDS"
((BUILD_ONLY)) && exit 0

WORK=$(mktemp -d)
CONTAINER=""
PROJECT=""
COMPOSE=()
DB_NAME=floorstation_image_$$_$RANDOM
DB_MADE=0
database() {   # create|drop: the check's database, by the image's own Python (psycopg), on the host's network
    docker run --rm -i --network host --entrypoint python "$TAG" - "$PG" "$DB_NAME" "$1" <<'EOF'
import sys

import psycopg
from sqlalchemy.engine import make_url

url, name, action = sys.argv[1:]
server = make_url(url).set(drivername="postgresql")
with psycopg.connect(server.render_as_string(hide_password=False), autocommit=True) as conn:
    if action == "create":
        conn.execute(f'CREATE DATABASE "{name}"')
    else:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
print(server.set(drivername="postgresql+psycopg", database=name).render_as_string(hide_password=False))
EOF
}
cleanup() {
    if [[ -n $PROJECT ]]; then
        "${COMPOSE[@]}" down --volumes --remove-orphans >/dev/null 2>&1 || log "could not take down $PROJECT"
    elif [[ -n $CONTAINER ]]; then
        docker rm -f "$CONTAINER" >/dev/null 2>&1 || true
    fi
    if ((DB_MADE)); then database drop >/dev/null || log "could not drop the database $DB_NAME"; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    die "no free port"
}

server_container() {
    if [[ -n $PROJECT ]]; then "${COMPOSE[@]}" ps -q server 2>/dev/null || true; else echo "$CONTAINER"; fi
}

fail() {
    if [[ -n $PROJECT ]]; then
        "${COMPOSE[@]}" logs --no-color 2>&1 | tail -40 >&2 || true
    else
        docker logs "$CONTAINER" 2>&1 | tail -30 >&2 || true
    fi
    die "$*"
}

wait_healthy() {   # until $URL/v1/health answers 200, at most $1 seconds; a lone container must not stop meanwhile
    local deadline=$((SECONDS + $1))
    until [[ $(curl -s -o /dev/null -w '%{http_code}' "$URL/v1/health") == 200 ]]; do
        if [[ -z $PROJECT && $(docker inspect -f '{{.State.Running}}' "$CONTAINER") != true ]]; then
            fail "the container stopped"
        fi
        ((SECONDS < deadline)) || fail "/v1/health did not answer within $1 s"
        sleep 0.2
    done
}

check_office() {   # the sign-in page, the first admin ($1) signing in with their password ($2), the office
    local code csrf
    code=$(curl -s -c "$WORK/cookies" -o "$WORK/login.html" -w '%{http_code}' "$URL/login")
    [[ $code == 200 ]] || fail "GET /login answered $code"
    grep -q 'name="password"' "$WORK/login.html" || fail "/login has no password field"
    csrf=$(sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' "$WORK/login.html" | head -1)
    [[ -n $csrf ]] || fail "/login has no csrf field"
    code=$(curl -s -b "$WORK/cookies" -c "$WORK/cookies" -o /dev/null -w '%{http_code}' \
        --data-urlencode "username=$1" --data-urlencode "password=$2" --data-urlencode "csrf=$csrf" "$URL/login")
    [[ $code == 303 ]] || fail "signing in as the first admin answered $code (not a redirect into the office)"
    code=$(curl -s -b "$WORK/cookies" -o "$WORK/office.html" -w '%{http_code}' "$URL/")
    [[ $code == 200 ]] || fail "the office after signing in answered $code"
    grep -q "$1" "$WORK/office.html" || fail "the office after signing in does not name $1"
    log "the office signs in its first admin"
}

wait_docker_healthy() {   # Docker's own health check (the Dockerfile's HEALTHCHECK, first run after its 30 s interval)
    local deadline=$((SECONDS + 120)) id
    id=$(server_container)
    until [[ $(docker inspect -f '{{.State.Health.Status}}' "$id") == healthy ]]; do
        ((SECONDS < deadline)) \
            || fail "Docker does not call the server healthy: $(docker inspect -f '{{json .State.Health}}' "$id")"
        sleep 1
    done
    log "Docker calls the server healthy"
}

PORT=$(free_port)
URL=http://127.0.0.1:$PORT
PASSWORD="a long password for the plant $RANDOM"
# The first admin's password as compose.yaml's secret: a file only the image's user reads (docs/deploy.md).
printf '%s\n' "$PASSWORD" >"$WORK/admin-password.txt"
chmod 0400 "$WORK/admin-password.txt"
chown "$UID_IN_IMAGE" "$WORK/admin-password.txt" 2>/dev/null || chmod 0444 "$WORK/admin-password.txt"

if ((COMPOSE_RUN)); then
    # --- compose.yaml as it is, with this image and a PostgreSQL image that can be had here -------------------------
    if command -v docker-compose >/dev/null; then
        COMPOSE=(docker-compose)
    elif docker compose version >/dev/null 2>&1; then
        COMPOSE=(docker compose)
    else
        die "--compose needs docker compose (or docker-compose)"
    fi
    DB_IMAGE=postgres:16
    if ! docker image inspect "$DB_IMAGE" >/dev/null 2>&1 \
        && ! timeout 120 docker pull -q "$DB_IMAGE" >/dev/null 2>&1; then
        DB_IMAGE=floorstation-postgres:15
        log "postgres:16 cannot be pulled: building $DB_IMAGE (Debian 12's PostgreSQL) on $BASE"
        docker build -q --force-rm --build-arg "BASE=$BASE" -t "$DB_IMAGE" packaging/docker/postgres >/dev/null 2>&1 \
            || die "could not build $DB_IMAGE"
    fi
    cat >"$WORK/compose.override.yaml" <<EOF
services:
  db:
    image: $DB_IMAGE
  server:
    image: $TAG
secrets:
  admin_password:
    file: $WORK/admin-password.txt
EOF
    PROJECT=floorstation-image-check-$$
    COMPOSE+=(-p "$PROJECT" --project-directory "$PWD" -f compose.yaml -f "$WORK/compose.override.yaml")
    export POSTGRES_PASSWORD=$RANDOM$RANDOM$RANDOM FLOORSTATION_PORT=$PORT
    log "compose.yaml up (db: $DB_IMAGE, server: $TAG) on port $PORT"
    started=$(now)
    "${COMPOSE[@]}" up -d --no-build >"$WORK/up.log" 2>&1 || { cat "$WORK/up.log" >&2; fail "compose up failed"; }
    wait_healthy 240
    HEALTHY_SECONDS=$(since "$started")
    log "/v1/health answers 200 after $HEALTHY_SECONDS s"
    check_office admin "$PASSWORD"
    wait_docker_healthy
    figure compose_healthy_seconds "$HEALTHY_SECONDS"
    log "ok"
    exit 0
fi

# --- the image run as a plant runs it: its entry point, its command, a database of its own -----------------------
DB_URL=$(database create)
DB_MADE=1
CONTAINER=floorstation-image-check-$$
log "running $TAG on port $PORT against database $DB_NAME"
started=$(now)
docker run -d --name "$CONTAINER" --network host \
    -e FLOORSTATION_SERVER_DB="$DB_URL" \
    -e FLOORSTATION_ADMIN_USER=admin \
    -e FLOORSTATION_ADMIN_PASSWORD_FILE=/run/secrets/admin_password \
    -v "$WORK/admin-password.txt:/run/secrets/admin_password:ro" \
    "$TAG" run --host 127.0.0.1 --port "$PORT" >/dev/null

wait_healthy 180
HEALTHY_SECONDS=$(since "$started")
log "/v1/health answers 200 after $HEALTHY_SECONDS s"
check_office admin "$PASSWORD"

# Started again (docker restart, a new release): the schema is up to date, no second admin is made.
started=$(now)
docker restart "$CONTAINER" >/dev/null
wait_healthy 180
RESTART_SECONDS=$(since "$started")
admins=$(docker exec "$CONTAINER" floorstation-server user list | grep -c '^admin ' || true)
[[ $admins == 1 ]] || fail "after a restart the office has $admins users named admin"
log "restarted: one admin still"

# On a port other than 8470 (the server's --port): Docker's health check asks where the server listens.
wait_docker_healthy
figure healthy_seconds "$HEALTHY_SECONDS"
figure restart_seconds "$RESTART_SECONDS"
log "ok"
