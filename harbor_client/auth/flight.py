"""Single flight: when many callers need the same fresh value, one fetches it.

One ``Harbor`` is shared by many threads and one ``AsyncHarbor`` by many tasks. When
a token expires they all notice at once; without coordination each would ask the
token service, and Harbor logs every request. A :class:`Slot` holds one value and at
most one :class:`Flight` (a fetch in progress). The first caller to find the value
missing or stale owns the flight and fetches; the others wait for it to land, on a
thread event (sync) or a future of their own event loop (async), then read the slot.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from .flow import Flow, Wait

if TYPE_CHECKING:
    import asyncio

# asyncio and anyio are imported where a task waits: a blocking Harbor never needs
# them, and importing them would double what constructing one costs.

__all__ = ["Claim", "Flight", "Slot", "obtain"]

T = TypeVar("T")

#: How long a caller waits for someone else's fetch before it fetches itself, in
#: seconds. Longer than any sensible token-service timeout, so it only matters when
#: the owner vanished without landing its flight.
WAIT_TIMEOUT = 120.0

#: How many flights a caller waits for before it stops waiting and fetches itself.
WAIT_ROUNDS = 3

#: How often a waiter outside asyncio (trio) looks at the flight, in seconds.
POLL_INTERVAL = 0.01


class Flight:
    """One fetch in progress; callers wait for it to land (with or without a value)."""

    def __init__(self) -> None:
        self._landed = threading.Event()
        self._lock = threading.Lock()
        self._futures: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []

    def land(self) -> None:
        """Wake every waiter, in every thread and event loop."""
        with self._lock:
            self._landed.set()
            futures, self._futures = self._futures, []
        for loop, future in futures:
            # A closed loop raises RuntimeError: nobody is waiting there any more.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_resolve, future)

    def wait(self, timeout: float = WAIT_TIMEOUT) -> None:
        """Block this thread until the flight lands (or ``timeout`` passes)."""
        self._landed.wait(timeout)

    async def wait_async(self, timeout: float = WAIT_TIMEOUT) -> None:
        """Wait in this task until the flight lands (or ``timeout`` passes)."""
        import asyncio

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            await self._poll(timeout)
            return
        future: asyncio.Future[None] = loop.create_future()
        with self._lock:
            if self._landed.is_set():
                return
            self._futures.append((loop, future))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(future, timeout)

    async def _poll(self, timeout: float) -> None:
        # Not asyncio (trio under anyio): no future can be resolved from another
        # thread portably, so look at the event now and then.
        import anyio

        with anyio.move_on_after(timeout):
            while not self._landed.is_set():
                await anyio.sleep(POLL_INTERVAL)


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


@dataclass(frozen=True, slots=True)
class Claim:
    """The slot had no usable value: fetch it (``owner``) or wait for ``flight``."""

    flight: Flight
    owner: bool


class Slot(Generic[T]):
    """One cached value and the fetch that is refreshing it, if any."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value: T | None = None
        self._flight: Flight | None = None

    @property
    def value(self) -> T | None:
        """The current value, usable or not."""
        return self._value

    def claim(self, usable: Callable[[T], bool]) -> T | Claim:
        """The value if ``usable``; otherwise the flight to own or to wait for."""
        with self._lock:
            if self._value is not None and usable(self._value):
                return self._value
            if self._flight is not None:
                return Claim(self._flight, owner=False)
            self._flight = Flight()
            return Claim(self._flight, owner=True)

    def land(self, flight: Flight, value: T | None) -> None:
        """End ``flight``: store ``value`` (``None`` when the fetch failed)."""
        with self._lock:
            if value is not None:
                self._value = value
            if self._flight is flight:
                self._flight = None
        flight.land()

    def discard(self, value: T) -> None:
        """Forget ``value`` if it is still the current one (the server refused it)."""
        with self._lock:
            if self._value is value:
                self._value = None

    def put(self, value: T) -> None:
        """Store a value fetched outside a flight."""
        with self._lock:
            self._value = value

    @property
    def busy(self) -> bool:
        """Whether a fetch is in progress."""
        return self._flight is not None


def obtain(
    slot: Slot[T],
    usable: Callable[[T], bool],
    fetch: Callable[[], Flow[T]],
) -> Flow[tuple[T, bool]]:
    """The slot's value if usable, else one fetch shared by all concurrent callers.

    Returns the value and whether it is fresh (fetched now, by us or by the flight we
    waited for) rather than found in the slot.
    """
    waited = False
    for _ in range(WAIT_ROUNDS):
        claim = slot.claim(usable)
        if not isinstance(claim, Claim):
            return claim, waited
        if not claim.owner:
            yield Wait(claim.flight)
            waited = True
            continue
        value: T | None = None
        try:
            value = yield from fetch()
        finally:
            # Also on failure or when the request is abandoned (GeneratorExit):
            # the waiters wake up and try for themselves.
            slot.land(claim.flight, value)
        return value, True
    # Every flight we waited for failed or stalled: fetch for ourselves, so a broken
    # token service shows its own error here instead of a hang.
    value = yield from fetch()
    slot.put(value)
    return value, True
