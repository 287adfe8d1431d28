"""A bounded soak: 600 mixed reads and writes from 8 threads and 8 tasks, faults on.

One Harbor is shared by 8 threads and one AsyncHarbor by 8 tasks, all at once,
against a local Harbor that answers a fifth of the API requests with a fault (503,
429, a reset before the body, a reset after processing, a slow answer). Every
operation runs inside ``tracing.request_id(...)`` with an id of its own, so the
server's log of exchanges tells, per operation, how often it arrived and whether
the app processed it. The checks:

* every operation ends in an answer or a typed error (``HarborError``), nothing else;
* every request the server saw carries the id of the operation that sent it;
* an idempotent operation arrives at most 1 + retries times;
* no POST arrives twice (duplicates: 0);
* the projects on the server are exactly the ones the client's reported writes
  leave, plus those whose create was processed but whose answer was lost.

The figures are printed at the end (``pytest -s tests/test_soak.py``).
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import pytest

from harbor_client import AsyncHarbor, Harbor, HarborError, RetryPolicy, tracing
from harbor_client.testing import LocalHarbor
from harbor_client.testing._faults import FAULT_KINDS, Faults

THREADS = 8
TASKS = 8
OPERATIONS = 600
BASE_PROJECTS = [f"base-{i:02d}" for i in range(20)]
RETRY = RetryPolicy(retries=3, backoff=0.01, max_backoff=0.05)
TIME_LIMIT = 60.0

FAULTS = Faults(
    unavailable=0.06,
    throttled=0.04,
    reset_before_body=0.04,
    reset_after_processing=0.04,
    slow=0.04,
    slow_delay=0.05,
    retry_after=0,
    seed=2024,
    path_prefix="/api/v2.0/",
)

#: operation -> (method, weight); update and delete need a project of one's own
MIX = {
    "get": ("GET", 20),
    "list": ("GET", 15),
    "head": ("HEAD", 15),
    "ping": ("GET", 10),
    "create": ("POST", 20),
    "update": ("PUT", 10),
    "delete": ("DELETE", 10),
}


@dataclass
class Operation:
    request_id: str
    kind: str
    project: str | None
    outcome: str = ""

    @property
    def method(self) -> str:
        return MIX[self.kind][0]


@dataclass
class Worker:
    """One thread's or task's share: it picks operations and keeps what it made."""

    name: str
    rng: random.Random
    quota: int
    done: list[Operation] = field(default_factory=list)
    mine: list[str] = field(default_factory=list)

    def next(self) -> tuple[Operation, str, tuple[Any, ...], dict[str, Any]]:
        """The next operation and the ``harbor.projects`` call that performs it."""
        kinds = list(MIX)
        kind = self.rng.choices(kinds, weights=[MIX[k][1] for k in kinds])[0]
        if kind in ("update", "delete") and not self.mine:
            kind = "create"
        number = len(self.done)
        op = Operation(f"soak-{self.name}-{number:03d}", kind, None)
        if kind == "get":
            op.project = self.rng.choice(BASE_PROJECTS)
            return op, "get", (op.project,), {}
        if kind == "list":
            return op, "list", (), {"page": self.rng.randint(1, 3), "page_size": 10}
        if kind == "head":
            op.project = self.rng.choice(BASE_PROJECTS)
            return op, "head", (), {"project_name": op.project}
        if kind == "ping":
            return op, "ping", (), {}
        if kind == "create":
            op.project = f"{self.name}-{number:03d}"
            return op, "create", (), {"body": {"project_name": op.project}}
        op.project = self.rng.choice(self.mine)
        if kind == "update":
            body = {"metadata": {"public": self.rng.choice(["true", "false"])}}
            return op, "update", (op.project,), {"body": body}
        return op, "delete", (op.project,), {}

    def record(self, op: Operation, error: BaseException | None) -> None:
        if error is None:
            op.outcome = "ok"
            if op.kind == "create":
                self.mine.append(str(op.project))
            elif op.kind == "delete":
                self.mine.remove(str(op.project))
        elif isinstance(error, HarborError):
            op.outcome = type(error).__name__
        else:
            op.outcome = f"untyped {type(error).__name__}: {error}"
        self.done.append(op)


def target(client: Harbor | AsyncHarbor, call: str) -> Any:
    return client.ping.get if call == "ping" else getattr(client.projects, call)


def run_sync(client: Harbor, worker: Worker) -> None:
    for _ in range(worker.quota):
        op, call, args, kwargs = worker.next()
        error: BaseException | None = None
        with tracing.request_id(op.request_id):
            try:
                target(client, call)(*args, **kwargs)
            except Exception as exc:
                error = exc
        worker.record(op, error)


async def run_async(client: AsyncHarbor, worker: Worker) -> None:
    for _ in range(worker.quota):
        op, call, args, kwargs = worker.next()
        error: BaseException | None = None
        with tracing.request_id(op.request_id):
            try:
                await target(client, call)(*args, **kwargs)
            except Exception as exc:
                error = exc
        worker.record(op, error)


@pytest.fixture
def harbor() -> Iterator[LocalHarbor]:
    with LocalHarbor(registry=False) as local:
        for name in BASE_PROJECTS:
            local.add_project(name)
        local.faults.set(FAULTS)
        yield local


async def test_soak_of_mixed_calls_under_faults(harbor: LocalHarbor) -> None:
    credentials = {
        "username": harbor.admin_username,
        "password": harbor.admin_password,
        "retry": RETRY,
        "timeout": 5.0,
    }
    share, rest = divmod(OPERATIONS, THREADS + TASKS)
    quotas = [share + (i < rest) for i in range(THREADS + TASKS)]
    threads = [Worker(f"t{i}", random.Random(i), quotas[i]) for i in range(THREADS)]
    tasks = [
        Worker(f"a{i}", random.Random(100 + i), quotas[THREADS + i])
        for i in range(TASKS)
    ]
    started = time.monotonic()

    with (
        Harbor(harbor.url, **credentials) as sync_harbor,
        ThreadPoolExecutor(THREADS) as pool,
    ):
        futures = [pool.submit(run_sync, sync_harbor, w) for w in threads]
        async with AsyncHarbor(harbor.url, **credentials) as async_harbor:
            await asyncio.gather(*(run_async(async_harbor, w) for w in tasks))
        for future in futures:
            future.result()
    elapsed = time.monotonic() - started
    harbor.faults.clear()

    operations = [op for w in threads + tasks for op in w.done]
    by_id = {op.request_id: op for op in operations}
    exchanges = list(harbor.faults.exchanges)
    arrivals = Counter(e.request_id for e in exchanges)
    processed = Counter(e.request_id for e in exchanges if e.processed)

    # Every operation ran and ended in an answer or a typed error.
    assert len(operations) == OPERATIONS
    untyped = [op.outcome for op in operations if op.outcome.startswith("untyped")]
    assert untyped == []

    # Every request carried its operation's id, and one id means one request.
    assert set(arrivals) <= set(by_id)
    targets: dict[str, set[tuple[str, str]]] = {}
    for e in exchanges:
        targets.setdefault(str(e.request_id), set()).add((e.method, e.path))
    assert all(len(seen) == 1 for seen in targets.values())
    assert all(e.method == by_id[str(e.request_id)].method for e in exchanges)

    # Idempotent calls stay within their budget; no POST is ever sent twice.
    posts = [op for op in operations if op.method == "POST"]
    others = [op for op in operations if op.method != "POST"]
    duplicates = sum(1 for op in posts if arrivals[op.request_id] > 1)
    assert duplicates == 0
    assert max(arrivals[op.request_id] for op in others) <= 1 + RETRY.retries
    assert all(arrivals[op.request_id] >= 1 for op in operations)

    # The server holds exactly what the reported writes leave, plus the creates
    # that were processed but whose answer was lost (the client cannot know).
    created = {op.project for op in posts if op.outcome == "ok"}
    lost_creates = {
        op.project for op in posts if op.outcome != "ok" and processed[op.request_id]
    }
    deletes = [op for op in operations if op.kind == "delete"]
    deleted = {op.project for op in deletes if processed[op.request_id]}
    reported_deleted = {op.project for op in deletes if op.outcome == "ok"}
    on_server = {p.name for p in harbor.store.projects.values()} - {"library"}
    assert reported_deleted <= deleted
    assert not reported_deleted & on_server
    assert created - deleted <= on_server
    assert on_server == (set(BASE_PROJECTS) | created | lost_creates) - deleted
    refused = {op.project for op in posts if not processed[op.request_id]}
    assert not refused & on_server

    assert elapsed < TIME_LIMIT
    retries = sum(arrivals[op.request_id] - 1 for op in others)
    errors = Counter(op.outcome for op in operations if op.outcome != "ok")
    injected = harbor.faults.injected
    print(
        f"\nsoak: {len(operations)} operations ({THREADS} threads, {TASKS} tasks) "
        f"in {elapsed:.1f} s, {len(exchanges)} requests; faults "
        + ", ".join(f"{k} {injected[k]}" for k in FAULT_KINDS)
        + f"; retries {retries}; typed errors "
        + (", ".join(f"{k} {v}" for k, v in sorted(errors.items())) or "none")
        + f"; lost create answers {len(lost_creates)}; "
        f"deletes ending in NotFoundError "
        f"{sum(1 for op in deletes if op.outcome == 'NotFoundError')}; "
        f"duplicates {duplicates}"
    )
