"""What the registry client tells: log lines per blob, progress, tqdm bars."""

from __future__ import annotations

import logging
import sys
import types
from typing import Any

import httpx
import pytest
from test_registry_fakes import NOT_FOUND, Script, accepted, created, sha256

from harbor_client.registry import Registry, TqdmProgress

BLOB = b"secret layer bytes " * 100
D = sha256(BLOB)
UPLOADS = "/v2/demo/app/blobs/uploads/"
U1 = "/v2/demo/app/blobs/uploads/u1"


def messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage() for r in caplog.records if r.name == "harbor_client.registry"
    ]


def test_logs_existing_mounted_and_pushed_blobs_by_digest(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="harbor_client.registry")
    other = sha256(b"other")
    script = (
        Script()
        .expect("HEAD", f"/v2/demo/app/blobs/{D}", httpx.Response(200))
        .expect("HEAD", f"/v2/demo/app/blobs/{other}", NOT_FOUND)
        .expect(
            "POST",
            f"{UPLOADS}?mount={other.replace(':', '%3A')}&from=library%2Fbase",
            created(other),
        )
        .expect("HEAD", f"/v2/demo/app/blobs/{other}", httpx.Response(200))
        .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
        .expect("PUT", f"{U1}?_state=S0&digest={D.replace(':', '%3A')}", created(D))
    )
    client = httpx.Client(
        transport=httpx.MockTransport(script.handle),
        headers={"Authorization": "Bearer very-secret-token"},
    )
    registry = Registry(client, "https://harbor.example.com")
    registry.upload_blob("demo/app", BLOB, digest=D)
    registry.upload_blob("demo/app", b"other", digest=other, mount_from="library/base")
    registry.upload_blob("demo/app", BLOB)

    assert messages(caplog) == [
        f"existing blob {D}",
        f"mounted blob {other} from library/base",
        f"pushed blob {D}",
    ]
    text = caplog.text
    assert "secret layer bytes" not in text
    assert "very-secret-token" not in text
    assert "_state" not in text


class FakeBar:
    """Stands in for tqdm.tqdm: records updates."""

    made: list[FakeBar] = []

    def __init__(
        self, total: int | None = None, desc: str = "", **options: Any
    ) -> None:
        self.total, self.desc, self.options = total, desc, options
        self.n = 0
        self.closed = False
        FakeBar.made.append(self)

    def update(self, amount: int) -> None:
        self.n += amount

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def fake_tqdm(monkeypatch: pytest.MonkeyPatch) -> type[FakeBar]:
    FakeBar.made = []
    package = types.ModuleType("tqdm")
    auto = types.ModuleType("tqdm.auto")
    auto.tqdm = FakeBar  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tqdm", package)
    monkeypatch.setitem(sys.modules, "tqdm.auto", auto)
    return FakeBar


def test_tqdm_draws_one_bar_per_blob_and_closes_it_at_the_end(
    fake_tqdm: type[FakeBar],
) -> None:
    progress = TqdmProgress()
    progress(D, 100, 300)
    progress(D, 300, 300)
    progress("model.bin", 10, None)

    first, second = fake_tqdm.made
    assert (first.desc, first.total, first.n, first.closed) == (D[:19], 300, 300, True)
    assert first.options == {"unit": "B", "unit_scale": True, "unit_divisor": 1024}
    assert (second.desc, second.n, second.closed) == ("model.bin", 10, False)
    progress.close()
    assert second.closed


def test_progress_true_uses_tqdm_bars(fake_tqdm: type[FakeBar]) -> None:
    script = (
        Script()
        .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
        .expect("PUT", f"{U1}?_state=S0&digest={D.replace(':', '%3A')}", created(D))
    )
    script.registry().upload_blob("demo/app", BLOB, progress=True)
    [bar] = fake_tqdm.made
    assert (bar.n, bar.total, bar.closed) == (len(BLOB), len(BLOB), True)


def test_a_missing_tqdm_says_which_extra_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    with pytest.raises(ImportError, match=r"harborkit\[progress\]"):
        TqdmProgress()(D, 1, 2)
