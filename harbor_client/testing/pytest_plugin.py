"""The pytest plugin of harbor_client: a local Harbor, and clients logged in to it.

Registered through the ``pytest11`` entry point, so it loads in every pytest run of a
project that has harbor_client installed. It therefore only declares fixtures and
one option: nothing is imported beyond pytest and nothing is started until a test
asks for a fixture.

Fixtures:

``local_harbor``
    A fresh :class:`~harbor_client.testing.LocalHarbor` for one test, stopped
    afterwards. Seed it with ``add_project``, ``add_user``, ``add_robot`` ...
``local_harbor_session``
    One local Harbor for the whole session, for tests that do not need isolation.
``harbor``
    A :class:`~harbor_client.Harbor` logged in as the administrator of a local
    Harbor: of ``local_harbor`` by default, of ``local_harbor_session`` when the
    scope is ``session`` (below).
``async_harbor``
    The same as an :class:`~harbor_client.AsyncHarbor`, for ``async def`` tests; it
    needs pytest-asyncio.
``local_harbor_registry``
    The session's registry process (Debian's ``docker-registry``) that every local
    Harbor of these fixtures serves ``/v2/`` from, each in its own namespace, so a
    fresh Harbor per test costs no registry start. ``None`` when the binary (or the
    ``cryptography`` package its tokens need) is missing; ``/v2/`` then answers 503
    naming what to install.

Choosing one Harbor per session for ``harbor`` and ``async_harbor``::

    pytest --harbor-scope=session

or in the project's configuration (``pytest.ini``, ``[tool.pytest.ini_options]``)::

    harbor_scope = session

The command line wins over the configuration; the default is ``function``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from harbor_client import AsyncHarbor, Harbor
    from harbor_client.testing import LocalHarbor, RegistryBackend

_SCOPES = ("function", "session")


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--harbor-scope`` and the ``harbor_scope`` configuration item."""
    group = parser.getgroup("harbor_client", "harbor_client local Harbor")
    group.addoption(
        "--harbor-scope",
        choices=_SCOPES,
        default=None,
        help="one local Harbor per test (function, the default) or per session, "
        "for the harbor and async_harbor fixtures",
    )
    parser.addini(
        "harbor_scope",
        "scope of the local Harbor behind the harbor fixtures: function or session",
        default="function",
    )


def _harbor_scope(fixture_name: str, config: pytest.Config) -> Any:
    scope = config.getoption("harbor_scope", None) or config.getini("harbor_scope")
    if scope not in _SCOPES:
        raise pytest.UsageError(
            f"harbor_scope must be one of {', '.join(_SCOPES)}, not {scope!r}"
        )
    return scope


@pytest.fixture(scope="session")
def local_harbor_registry() -> Iterator[RegistryBackend | None]:
    """The registry process shared by the session's local Harbors, or ``None``."""
    from harbor_client.testing import RegistryBackend, RegistryUnavailable
    from harbor_client.testing._tokens import signing_available

    try:
        backend = RegistryBackend()
    except RegistryUnavailable:
        yield None
        return
    if not signing_available():
        yield None
        return
    with backend:
        yield backend


def _start(backend: RegistryBackend | None) -> LocalHarbor:
    from harbor_client.testing import LocalHarbor

    # Without a backend the local Harbor looks for itself and says what is missing.
    return LocalHarbor(registry=backend).start()


@pytest.fixture
def local_harbor(
    local_harbor_registry: RegistryBackend | None,
) -> Iterator[LocalHarbor]:
    """A fresh local Harbor on 127.0.0.1 for one test, stopped afterwards.

    Log in as ``local_harbor.admin_username`` / ``local_harbor.admin_password``; seed
    it with ``add_project``, ``add_user``, ``add_robot``, ``add_artifact`` ...
    """
    harbor = _start(local_harbor_registry)
    try:
        yield harbor
    finally:
        harbor.stop()


@pytest.fixture(scope="session")
def local_harbor_session(
    local_harbor_registry: RegistryBackend | None,
) -> Iterator[LocalHarbor]:
    """One local Harbor for the whole session."""
    harbor = _start(local_harbor_registry)
    try:
        yield harbor
    finally:
        harbor.stop()


@pytest.fixture(scope=_harbor_scope)
def _harbor_server(request: pytest.FixtureRequest) -> LocalHarbor:
    name = "local_harbor_session" if request.scope == "session" else "local_harbor"
    server: LocalHarbor = request.getfixturevalue(name)
    return server


@pytest.fixture(scope=_harbor_scope)
def harbor(_harbor_server: LocalHarbor) -> Iterator[Harbor]:
    """A ``Harbor`` logged in as the administrator of a local Harbor."""
    from harbor_client import Harbor

    with Harbor(
        _harbor_server.url,
        username=_harbor_server.admin_username,
        password=_harbor_server.admin_password,
    ) as client:
        yield client


def _async_harbor_fixture() -> Any:
    """``async_harbor`` with pytest-asyncio, or one that says it is missing."""
    try:
        import pytest_asyncio
    except ImportError:  # pragma: no cover - depends on what the project installed

        def missing() -> None:
            pytest.fail(
                "the async_harbor fixture needs pytest-asyncio: "
                "pip install pytest-asyncio",
                pytrace=False,
            )

        return pytest.fixture(name="async_harbor")(missing)

    async def async_harbor(_harbor_server: LocalHarbor) -> AsyncIterator[AsyncHarbor]:
        """An ``AsyncHarbor`` logged in as the administrator of a local Harbor."""
        from harbor_client import AsyncHarbor

        async with AsyncHarbor(
            _harbor_server.url,
            username=_harbor_server.admin_username,
            password=_harbor_server.admin_password,
        ) as client:
            yield client

    return pytest_asyncio.fixture(async_harbor)


async_harbor = _async_harbor_fixture()
