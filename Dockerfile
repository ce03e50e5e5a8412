# The plant server (floorstation-server with the plant office) as a container image; compose.yaml runs it with
# PostgreSQL. docs/deploy.md, "The server with Docker".
#   docker build -t floorstation-server .
# Only the server's dependencies are installed (no Qt, no camera or device drivers: the terminal's), on Debian 12's
# own python3.11, the interpreter the Debian package runs on too. BASE is any Debian 12 image: `make image-check`
# gives a locally made one (debootstrap) where Docker Hub cannot be reached.

ARG BASE=debian:bookworm-slim

FROM ${BASE} AS build
# pip trusts the system's certificate authorities (a base image may add a plant's own, for a TLS-inspecting proxy).
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 PIP_CERT=/etc/ssl/certs/ca-certificates.crt
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ca-certificates python3 python3-venv \
 && apt-get clean && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY packaging/docker/server-requirements.py packaging/docker/
RUN python3 -m venv /opt/floorstation/venv \
 && python3 packaging/docker/server-requirements.py pyproject.toml > /tmp/requirements.txt \
 && /opt/floorstation/venv/bin/pip install -r /tmp/requirements.txt
COPY src ./src
RUN /opt/floorstation/venv/bin/pip install --no-deps . \
 && /opt/floorstation/venv/bin/python -m compileall -q /opt/floorstation/venv/lib

FROM ${BASE}
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 \
 && apt-get clean && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 8470 floorstation \
 && useradd --system --uid 8470 --gid floorstation --home-dir /var/lib/floorstation-server --create-home \
        --shell /usr/sbin/nologin floorstation
COPY --from=build /opt/floorstation/venv /opt/floorstation/venv
COPY packaging/docker/entrypoint.sh /usr/local/bin/floorstation-entrypoint
COPY packaging/docker/healthcheck.py /usr/local/lib/floorstation-healthcheck.py
ENV PATH=/opt/floorstation/venv/bin:$PATH \
    PYTHONUNBUFFERED=1
USER floorstation
WORKDIR /var/lib/floorstation-server
EXPOSE 8470
# Asks /v1/health where the server's command line says it listens (packaging/docker/healthcheck.py).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD ["python", "/usr/local/lib/floorstation-healthcheck.py"]
ENTRYPOINT ["floorstation-entrypoint"]
CMD ["run", "--host", "0.0.0.0", "--port", "8470"]
