# The plant server (floorstation-server with the plant office) as a container image; compose.yaml runs it with
# PostgreSQL. docs/deploy.md, "The server with Docker".
#   docker build -t floorstation-server .
# Only the server's dependencies are installed (no Qt, no camera or device drivers: the terminal's).

FROM python:3.11-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY packaging/docker/server-requirements.py packaging/docker/
RUN python -m venv /opt/floorstation/venv \
 && python packaging/docker/server-requirements.py pyproject.toml > /tmp/requirements.txt \
 && /opt/floorstation/venv/bin/pip install -r /tmp/requirements.txt
COPY src ./src
RUN /opt/floorstation/venv/bin/pip install --no-deps . \
 && /opt/floorstation/venv/bin/python -m compileall -q /opt/floorstation/venv/lib

FROM python:3.11-slim
RUN groupadd --system --gid 8470 floorstation \
 && useradd --system --uid 8470 --gid floorstation --home-dir /var/lib/floorstation-server --create-home \
        --shell /usr/sbin/nologin floorstation
COPY --from=build /opt/floorstation/venv /opt/floorstation/venv
COPY packaging/docker/entrypoint.sh /usr/local/bin/floorstation-entrypoint
ENV PATH=/opt/floorstation/venv/bin:$PATH \
    PYTHONUNBUFFERED=1
USER floorstation
WORKDIR /var/lib/floorstation-server
EXPOSE 8470
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8470/v1/health', timeout=4)"
ENTRYPOINT ["floorstation-entrypoint"]
CMD ["run", "--host", "0.0.0.0", "--port", "8470"]
