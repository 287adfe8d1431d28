"""``python -m harbor_client.testing serve [--port N]``: a local Harbor until Ctrl-C."""

from __future__ import annotations

import argparse
import contextlib
import threading

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
    args = parser.parse_args(argv)

    harbor = LocalHarbor(args.admin_password, port=args.port, latency=args.latency)
    with harbor:
        # These are the throwaway credentials of this local server, printed so the
        # quickstart can be followed by hand.
        print(f"Harbor API: {harbor.url}/api/v2.0", flush=True)
        print(f"URL: {harbor.url}", flush=True)
        print(f"admin username: {harbor.admin_username}", flush=True)
        print(f"admin password: {harbor.admin_password}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
