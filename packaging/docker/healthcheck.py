"""The image's HEALTHCHECK: asks the running server's /v1/health where the server listens, as its command line
(the container's process 1: ``floorstation-server run [--host H] [--port P] [--certfile PEM]``) says, so that a
``command:`` with another port or the server's own TLS is still checked. Exit 0 healthy, 1 not."""

from __future__ import annotations

import ssl
import sys
import urllib.request
from pathlib import Path


def option(args: list[str], name: str) -> str | None:
    for i, arg in enumerate(args):
        if arg == name and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def health_url(args: list[str]) -> str:
    host = option(args, "--host") or "127.0.0.1"
    if host in ("0.0.0.0", "::", ""):
        host = "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    scheme = "https" if option(args, "--certfile") else "http"
    return f"{scheme}://{host}:{option(args, '--port') or '8470'}/v1/health"


def main() -> int:
    args = Path("/proc/1/cmdline").read_bytes().decode(errors="replace").split("\0")
    # The certificate names the plant's host, not 127.0.0.1: the question is only whether the server answers.
    insecure = ssl.create_default_context()
    insecure.check_hostname = False
    insecure.verify_mode = ssl.CERT_NONE
    try:
        with urllib.request.urlopen(health_url(args), timeout=4, context=insecure) as answer:
            return 0 if answer.status == 200 else 1
    except OSError as exc:
        print(f"{health_url(args)}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
