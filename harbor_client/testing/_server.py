"""``LocalHarbor``: the app behind a real HTTP/1.1 socket on 127.0.0.1."""

from __future__ import annotations

import contextlib
import logging
import socket
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

import httpx

from ._app import HarborApp, RecordedRequest
from ._backend import (
    RegistryBackend,
    RegistryUnavailable,
    find_registry_binary,
    missing_binary_message,
)
from ._config import HARBOR_VERSION, Configuration
from ._faults import ConnectionCounter, FaultInjector, Faults, abort
from ._proxy import Upstream
from ._store import (
    DEFAULT_ROBOT_ACCESS,
    Artifact,
    Project,
    Repository,
    Robot,
    Store,
    User,
)
from ._streams import RequestBody, send_body
from ._tokens import signing_available

logger = logging.getLogger("harbor_client.testing")


class LocalHarbor:
    """A local Harbor for tests, demos and the quickstart.

    ::

        with LocalHarbor() as harbor:
            harbor.add_project("demo", public=True)
            client = Harbor(harbor.url, username=harbor.admin_username,
                            password=harbor.admin_password)

    It binds a free port on 127.0.0.1 (or ``port``) and answers from a daemon thread,
    one thread per connection, with keep-alive. ``latency`` adds that many seconds to
    every request, as a network's round trip would (half on the way in, half on the
    way out). ``login_failure_delay`` is Harbor's 1.5 s sleep and lock after a
    wrong password. ``auth_mode="oidc_auth"`` accepts the ID tokens given to
    :meth:`add_oidc_token` and, as Harbor does, passwords only for the administrator.
    ``faults`` injects 503s, 429s, resets and slow answers (:class:`Faults`; change
    them at run time with ``harbor.faults.set(...)``); ``harbor.connections`` counts
    open connections.

    ``/v2/`` is a real registry: Debian's ``docker-registry`` behind Harbor's rules
    and token service (``token_lifetime`` seconds per token). ``registry=None`` (the
    default) uses one when the binary is installed, started on the first ``/v2/``
    request and stopped with the Harbor, and otherwise answers ``/v2/`` with 503;
    ``True`` insists on it (:class:`RegistryUnavailable` without it); ``False`` goes
    without; a :class:`RegistryBackend` is shared with other local Harbors, each in
    its own namespace, and left running on :meth:`stop`.
    """

    admin_username = "admin"

    def __init__(
        self,
        admin_password: str = "Harbor12345",
        *,
        port: int = 0,
        latency: float = 0.0,
        auth_mode: str = "db_auth",
        library: bool = True,
        login_failure_delay: float = 1.5,
        harbor_version: str = HARBOR_VERSION,
        project_creation_restriction: str = "everyone",
        faults: Faults | None = None,
        registry: bool | RegistryBackend | None = None,
        token_lifetime: int = 1800,
    ) -> None:
        self.admin_password = admin_password
        #: the faults injected now, and the log of every exchange
        self.faults = FaultInjector(faults)
        #: open connections, now and at the peak
        self.connections = ConnectionCounter()
        self.latency = latency
        self._port = port
        config = Configuration(
            auth_mode=auth_mode,
            harbor_version=harbor_version,
            project_creation_restriction=project_creation_restriction,
            token_lifetime=token_lifetime,
        )
        self.backend, self._owns_backend, why = _backend_for(registry)
        self.app = HarborApp(
            admin_password=admin_password,
            config=config,
            library=library,
            login_failure_delay=login_failure_delay,
            upstream=Upstream(self.backend) if self.backend is not None else None,
            registry_unavailable=why,
        )
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        where = self.url if self._server is not None else "stopped"
        return f"LocalHarbor({where})"

    # -- lifecycle

    def start(self) -> LocalHarbor:
        """Bind the port and answer from a daemon thread; does nothing if started."""
        if self._server is not None:
            return self
        # Its own registry process starts with the first /v2/ request: most local
        # Harbors of a test suite only ever see the API.
        server = _Server(("127.0.0.1", self._port), _Handler)
        server.app, server.harbor = self.app, self
        self._server = server
        self.app.config.external_url = self.url
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"local-harbor-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop answering, end kept-alive connections, stop its own registry."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        # Kept-alive connections would otherwise go on being answered.
        for connection in list(server.connections):
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        if thread is not None:
            thread.join()
        if self.backend is not None and self._owns_backend:
            self.backend.stop()

    @property
    def registry_available(self) -> bool:
        """Whether ``/v2/`` is served (a registry backend is there)."""
        return self.backend is not None

    def __enter__(self) -> LocalHarbor:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The port it listens on, once started."""
        if self._server is None:
            raise RuntimeError("the local Harbor is not started; call start() first")
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """The base URL, ``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self.port}"

    # -- what tests read

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, in order (method, raw path, headers)."""
        return self.app.requests

    @property
    def store(self) -> Store:
        """Every record it holds (guard changes with ``harbor.app.lock``)."""
        return self.app.store

    @property
    def config(self) -> Configuration:
        """The settings it obeys; a test may change them at any time."""
        return self.app.config

    def mock_transport(self) -> httpx.MockTransport:
        """The same Harbor without a socket, for ``httpx.Client(transport=...)``."""
        return self.app.mock_transport()

    # -- seeding

    def add_user(
        self,
        username: str,
        password: str | None = None,
        *,
        sysadmin: bool = False,
        email: str | None = None,
        realname: str | None = None,
    ) -> User:
        """A local user; ``password=None`` makes one that can only use an ID token."""
        with self.app.lock:
            return self.store.add_user(
                username, password, sysadmin=sysadmin, email=email, realname=realname
            )

    def add_project(
        self,
        name: str,
        *,
        public: bool = False,
        owner: str = "admin",
        members: Mapping[str, int | str] | None = None,
        metadata: Mapping[str, str] | None = None,
        creation_time: datetime | None = None,
    ) -> Project:
        """A project; ``members`` maps usernames to roles (``"developer"`` or 2)."""
        with self.app.lock:
            return self.store.add_project(
                name,
                public=public,
                owner=owner,
                members=members,
                metadata=metadata,
                creation_time=creation_time,
            )

    def add_repository(
        self,
        project: str,
        name: str,
        *,
        description: str = "",
        pull_count: int = 0,
        creation_time: datetime | None = None,
    ) -> Repository:
        """A repository named ``name`` inside ``project`` (no project prefix)."""
        with self.app.lock:
            return self.store.add_repository(
                project,
                name,
                description=description,
                pull_count=pull_count,
                creation_time=creation_time,
            )

    def add_artifact(
        self,
        project: str,
        repository: str,
        *,
        tags: Sequence[str] = (),
        digest: str | None = None,
        size: int = 0,
        push_time: datetime | None = None,
        extra_attrs: Mapping[str, Any] | None = None,
        scan_overview: Mapping[str, Mapping[str, Any]] | None = None,
        **fields: Any,
    ) -> Artifact:
        """An artifact, creating its repository when needed."""
        with self.app.lock:
            return self.store.add_artifact(
                project,
                repository,
                tags=tags,
                digest=digest,
                size=size,
                push_time=push_time,
                extra_attrs=extra_attrs,
                scan_overview=scan_overview,
                **fields,
            )

    def add_robot(
        self,
        name: str,
        *,
        project: str | None = None,
        secret: str | None = None,
        disabled: bool = False,
        expires_at: int = -1,
        access: Sequence[str] = DEFAULT_ROBOT_ACCESS,
    ) -> Robot:
        """A robot account; log in as ``robot.full_name`` with ``robot.secret``.

        ``access`` lists what it may do, as ``resource:action`` (``repository:pull``),
        in its project, or in every project for a system robot.
        """
        with self.app.lock:
            return self.store.add_robot(
                name,
                project=project,
                secret=secret,
                disabled=disabled,
                expires_at=expires_at,
                access=access,
            )

    def add_oidc_token(self, token: str, username: str) -> None:
        """Accept ``Authorization: Bearer <token>`` as ``username`` (onboarded if new).

        Harbor only verifies ID tokens in ``oidc_auth`` mode, so neither does this.
        """
        if self.config.auth_mode != "oidc_auth":
            raise ValueError('ID tokens are only accepted with auth_mode="oidc_auth"')
        with self.app.lock:
            user = self.store.user_named(username) or self.store.add_user(
                username, None
            )
            self.store.id_tokens[token] = user.user_id

    def remove_oidc_token(self, token: str) -> None:
        """Stop accepting a token, as when it expires at the provider."""
        with self.app.lock:
            self.store.id_tokens.pop(token, None)


def _backend_for(
    registry: bool | RegistryBackend | None,
) -> tuple[RegistryBackend | None, bool, str]:
    """The backend to use, whether it is this Harbor's own, and why there is none."""
    if isinstance(registry, RegistryBackend):
        return registry, False, ""
    if registry is False:
        return None, False, "this local Harbor was made without a registry"
    missing = None
    if find_registry_binary() is None:
        missing = missing_binary_message()
    elif not signing_available():
        missing = (
            "the local Harbor's token service needs the cryptography package: "
            "pip install 'harborkit[testing]'"
        )
    if missing is not None:
        if registry is True:
            raise RegistryUnavailable(missing)
        return None, False, missing
    return RegistryBackend(), True, ""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's backlog of 5 overflows when a pool opens dozens of connections
    # at once; the kernel then answers with SYN cookies and resets some of them,
    # which a client sees as a reset on its first request. Go's servers (Harbor
    # core, nginx) listen with the system's maximum.
    request_queue_size = 1024
    app: HarborApp
    harbor: LocalHarbor

    def __init__(self, address: tuple[str, int], handler: type[_Handler]) -> None:
        super().__init__(address, handler)
        self.connections: set[socket.socket] = set()

    def handle_error(self, request: Any, client_address: Any) -> None:
        # socketserver prints every failure to stderr. A client that goes away
        # mid-answer (an iteration left early, a timeout, a reset fault) is no
        # failure of the server's, and a test's output should not look like one.
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError):
            logger.debug("%s closed the connection: %s", client_address[0], error)
            return
        logger.error("failed to serve %s", client_address[0], exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "LocalHarbor"
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.connections.add(self.connection)
        self.server.harbor.connections.opened()
        # Headers and body go out in two writes; without this, Nagle's algorithm
        # holds the body until the client's delayed ACK, some 40 ms per request.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def finish(self) -> None:
        self.server.connections.discard(self.connection)
        self.server.harbor.connections.closed()
        super().finish()

    def _serve(self) -> None:
        # Fault injection (_faults.py): drawn on arrival, applied around the app.
        faults = self.server.harbor.faults
        exchange = faults.draw(self.command, self.path, self.headers["X-Request-Id"])
        if exchange.reset_before_body:
            faults.finished(exchange, None, processed=False)
            abort(self)
            return
        body = self._request_body()
        # The added latency is a network's round trip: half of it before the
        # request arrives, half after the answer leaves. A slow answer (a fault)
        # is the server's own time, before it answers.
        trip = self.server.harbor.latency / 2
        if trip or exchange.delay:
            time.sleep(trip + exchange.delay)
        response = exchange.answer or self.server.app.handle(
            self.command, self.path, self.headers.items(), body
        )
        if trip:
            time.sleep(trip)
        # What the app left unread would otherwise be taken for the next request.
        body.drain()
        if exchange.reset_after_processing:
            faults.finished(exchange, None, processed=True)
            response.release()
            abort(self)
            return
        faults.finished(exchange, response.status, processed=exchange.answer is None)
        # End of the fault injection hook.
        self.send_response(response.status)
        for name, value in response.headers:
            if name.lower() not in ("content-length", "transfer-encoding"):
                self.send_header(name, value)
        send_body(self, self.wfile, response, head=self.command == "HEAD")

    do_GET = do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _serve

    def _request_body(self) -> RequestBody:
        # The body stays on the socket: /v2/ streams it on, the rest reads it whole.
        chunked = "chunked" in (self.headers.get("Transfer-Encoding") or "").lower()
        length = int(self.headers.get("Content-Length") or 0)
        return RequestBody(self.rfile, None if chunked else length, chunked)

    def log_message(self, format: str, *args: Any) -> None:
        # The request line only; the app logs each answer at DEBUG already.
        logger.debug("%s - %s", self.address_string(), format % args)
