"""``python -m harbor_client.testing serve [--port N]``: a local Harbor until Ctrl-C.

With Debian's ``docker-registry`` installed it serves ``/v2/`` too, so ``docker
login``, ``skopeo`` and the SDK's registry client can push and pull through it.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import threading
from types import FrameType

from ._server import LocalHarbor


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harbor_client.testing")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve a local Harbor on 127.0.0.1")
    serve.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    serve.add_argument("--admin-password", default="Harbor12345")
    serve.add_argument(
        "--latency", type=float, default=0.0, help="seconds added to every request"
    )
    serve.add_argument(
        "--no-registry", action="store_true", help="serve the API only, no /v2/"
    )
    args = parser.parse_args(argv)

    # Stopped by a signal, the server still stops its registry process on the way
    # out instead of leaving it running.
    signal.signal(signal.SIGTERM, _interrupt)
    harbor = LocalHarbor(
        args.admin_password,
        port=args.port,
        latency=args.latency,
        registry=False if args.no_registry else None,
    )
    with harbor:
        # These are the throwaway credentials of this local server, printed so the
        # quickstart can be followed by hand.
        print(f"Harbor API: {harbor.url}/api/v2.0", flush=True)
        print(f"URL: {harbor.url}", flush=True)
        print(f"admin username: {harbor.admin_username}", flush=True)
        print(f"admin password: {harbor.admin_password}", flush=True)
        if harbor.registry_available:
            print(f"registry: {harbor.url.removeprefix('http://')}", flush=True)
        else:
            print(f"registry: none ({harbor.app.registry_unavailable})", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


if __name__ == "__main__":
    raise SystemExit(main())
