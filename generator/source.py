"""Where the definition comes from, and which Harbor version it is.

Three sources: a file (``--spec``), the pinned upstream URL of a version
(``--harbor-version``), or a running Harbor's ``/swagger.json`` (``--from-url``). A
definition is identified by the sha256 of its bytes in spec/pins.yaml, or, for the JSON
a Harbor serves, by the sha256 of its canonical content.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml  # type: ignore[import-untyped]

__all__ = [
    "Definition",
    "Pin",
    "PinnedSource",
    "Pins",
    "SourceError",
    "content_sha256",
    "download",
    "from_file",
    "from_pinned_url",
    "from_url",
    "load_pins",
    "pinned_sources",
]

DOWNLOAD_TIMEOUT = 30.0
#: How a pinned definition is named in a directory of them (../shared/harbor-spec).
PINNED_FILE = "swagger-{tag}.yaml"
#: Below the user's cache directory: the pinned definitions, loaded (see _load_pinned).
CACHE_DIR = "harborkit-generator"


class SourceError(Exception):
    """The definition could not be read, or is not the one asked for."""


@dataclass(frozen=True)
class Pin:
    """One pinned Harbor definition (an entry of spec/pins.yaml)."""

    tag: str
    commit: str
    sha256: str
    content_sha256: str
    url: str


@dataclass(frozen=True)
class Pins:
    """Every pinned definition, in release order."""

    pins: tuple[Pin, ...]

    @property
    def tags(self) -> list[str]:
        return [pin.tag for pin in self.pins]

    def by_tag(self, tag: str) -> Pin:
        for pin in self.pins:
            if pin.tag == tag:
                return pin
        raise SourceError(
            f"Harbor {tag} is not pinned in spec/pins.yaml; pinned: "
            + ", ".join(self.tags)
        )

    def by_sha256(self, digest: str) -> Pin | None:
        return next((pin for pin in self.pins if pin.sha256 == digest), None)

    def by_content_sha256(self, digest: str) -> Pin | None:
        return next((pin for pin in self.pins if pin.content_sha256 == digest), None)


@dataclass(frozen=True)
class Definition:
    """A loaded definition and what is known about it."""

    document: dict[str, Any]
    #: sha256 of the pinned file when the content is a pinned definition (whatever
    #: form it came in), else of the bytes as read: the same definition always
    #: stamps, and so generates, the same.
    sha256: str
    harbor_version: str
    #: where it was read from, for messages.
    origin: str


def load_pins(path: Path) -> Pins:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    template = data["url_template"]
    return Pins(
        tuple(
            Pin(
                tag=entry["tag"],
                commit=entry["commit"],
                sha256=entry["sha256"],
                content_sha256=entry["content_sha256"],
                url=template.format(tag=entry["tag"], commit=entry["commit"]),
            )
            for entry in data["pins"]
        )
    )


def content_sha256(document: Any) -> str:
    """sha256 of the definition written as canonical JSON."""
    return hashlib.sha256(_canonical(document)).hexdigest()


def _canonical(document: Any) -> bytes:
    text = json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return text.encode("utf-8")


def from_file(path: Path, pins: Pins, harbor_version: str | None = None) -> Definition:
    """A definition file; its version comes from its sha256 or ``harbor_version``."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read the definition {path}: {exc}") from exc
    return _identify(raw, str(path), pins, harbor_version)


def from_pinned_url(pin: Pin, url: str | None = None) -> Definition:
    """Download a pinned version and check it is byte for byte the pinned file.

    ``url`` replaces the pinned address (a mirror, or a local server in tests).
    """
    source = url or pin.url
    raw = download(source)
    digest = hashlib.sha256(raw).hexdigest()
    if digest != pin.sha256:
        raise SourceError(
            f"the definition downloaded from {source} is not the pinned Harbor "
            f"{pin.tag}: sha256 {digest}, expected {pin.sha256}; refusing to build "
            "from it"
        )
    return Definition(_load_pinned(raw, pin, source), digest, pin.tag, source)


def from_url(url: str, pins: Pins, harbor_version: str | None = None) -> Definition:
    """A definition served by a running Harbor (``https://harbor/swagger.json``)."""
    return _identify(download(url), url, pins, harbor_version)


@dataclass(frozen=True)
class PinnedSource:
    """Where one pinned definition is read from for the compatibility table."""

    pin: Pin
    #: a file that must be the pinned file; None to download it.
    path: Path | None
    #: where to download it instead of the pinned URL (a mirror).
    url: str | None = None

    def load(self) -> Definition:
        if self.path is None:
            return from_pinned_url(self.pin, self.url)
        try:
            raw = self.path.read_bytes()
        except OSError as exc:
            raise SourceError(f"cannot read the definition {self.path}: {exc}") from exc
        digest = hashlib.sha256(raw).hexdigest()
        if digest != self.pin.sha256:
            raise SourceError(
                f"{self.path} is not the pinned Harbor {self.pin.tag} definition "
                f"(sha256 {digest}, expected {self.pin.sha256})"
            )
        origin = str(self.path)
        document = _load_pinned(raw, self.pin, origin)
        return Definition(document, digest, self.pin.tag, origin)


def pinned_sources(
    pins: Pins,
    directory: Path | None,
    mirror: str | None = None,
    *,
    besides: str | None = None,
) -> list[PinnedSource]:
    """Where to read every pinned definition but ``besides``, in release order.

    A file named ``swagger-<tag>.yaml`` in ``directory`` where there is one, else the
    pinned download (sha256 checked); ``mirror`` is a URL with ``{tag}`` to download
    from instead of the pinned URLs.
    """
    found = []
    for pin in pins.pins:
        if pin.tag == besides:
            continue
        path = (
            None if directory is None else directory / PINNED_FILE.format(tag=pin.tag)
        )
        if path is not None and path.is_file():
            found.append(PinnedSource(pin, path))
        else:
            found.append(
                PinnedSource(pin, None, mirror.format(tag=pin.tag) if mirror else None)
            )
    return found


def download(url: str) -> bytes:
    try:
        response = httpx.get(url, timeout=DOWNLOAD_TIMEOUT, follow_redirects=True)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise SourceError(f"cannot download the definition from {url}: {exc}") from exc
    return response.content


def _identify(
    raw: bytes, origin: str, pins: Pins, harbor_version: str | None
) -> Definition:
    digest = hashlib.sha256(raw).hexdigest()
    pin = pins.by_sha256(digest)
    if pin is not None:
        document = _load_pinned(raw, pin, origin)
    else:
        document = _load(raw, origin)
        pin = pins.by_content_sha256(content_sha256(document))
    if pin is not None and harbor_version is not None and pin.tag != harbor_version:
        raise SourceError(
            f"{origin} is Harbor {pin.tag}'s definition, not {harbor_version}"
        )
    version = harbor_version or (pin.tag if pin else None)
    if version is None:
        raise SourceError(
            f"{origin} (sha256 {digest}) is none of the pinned definitions; name its "
            "Harbor version with --harbor-version"
        )
    pins.by_tag(version)
    return Definition(document, pin.sha256 if pin else digest, version, origin)


def _load_pinned(raw: bytes, pin: Pin, origin: str) -> dict[str, Any]:
    """The document of ``raw``, known to be the pinned file of ``pin``.

    Reading a definition's YAML costs a third of a second, and a build reads six. The
    document is kept as JSON, in its own key order (the order of the models' fields),
    in the user's cache directory, where it reads in a twentieth of that. A cached
    copy is used only when its content has the pin's content sha256, so it is the
    pinned definition or the YAML is read again.
    """
    cached = _cache_file(pin)
    if cached is not None:
        with contextlib.suppress(OSError, ValueError):
            found: dict[str, Any] = json.loads(cached.read_bytes())
            if content_sha256(found) == pin.content_sha256:
                return found
    document = _load(raw, origin)
    if cached is not None:
        text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
        # Only what JSON gives back unchanged (no dates, no number keys) is kept.
        if json.loads(text) == document:
            with contextlib.suppress(OSError):
                cached.parent.mkdir(parents=True, exist_ok=True)
                partial = cached.with_name(f".{cached.name}.{os.getpid()}")
                partial.write_text(text, encoding="utf-8")
                os.replace(partial, cached)
    return document


def _cache_file(pin: Pin) -> Path | None:
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:
            return None
    return Path(base) / CACHE_DIR / f"{pin.tag}-{pin.content_sha256}.json"


def _load(raw: bytes, origin: str) -> dict[str, Any]:
    # PyYAML reads both the published YAML and the JSON a Harbor serves. Going through
    # it (and then JSON) also avoids swagger2openapi's own YAML parser, which rejects
    # the definitions of 2.10 to 2.14 (a multi-line single-quoted description).
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        document = yaml.load(raw, Loader=loader)
    except yaml.YAMLError as exc:
        raise SourceError(f"{origin} is not YAML or JSON: {exc}") from exc
    if not isinstance(document, dict) or document.get("swagger") != "2.0":
        raise SourceError(f"{origin} is not a Swagger 2.0 definition")
    return document
