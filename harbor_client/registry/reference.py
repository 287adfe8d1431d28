"""Image references: ``[host[:port]/]project/repo[:tag][@sha256:...]``.

The grammar is the distribution project's (``reference``): lowercase path
components joined by ``/`` with ``.``, ``_``, ``__`` or dashes inside a
component; a tag of at most 128 word characters, dots and dashes that does not
start with either; a digest after ``@``. The first component is a host when it
contains a dot or a colon or is ``localhost``, as Docker decides it.

Everything is checked here, before any request: a name that breaks the grammar
would otherwise reach the registry as a different path, or as a 404 that reads
like a missing image.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .digest import validate_digest
from .errors import InvalidReference

__all__ = ["Reference", "validate_repository", "validate_tag"]

_COMPONENT = r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
_REPOSITORY = re.compile(rf"{_COMPONENT}(?:/{_COMPONENT})*")
_TAG = re.compile(r"[\w][\w.-]{0,127}", re.ASCII)
_DOMAIN_LABEL = r"(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
_HOST = re.compile(
    rf"(?:{_DOMAIN_LABEL}(?:\.{_DOMAIN_LABEL})*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?"
)

#: The distribution registry refuses longer names (host included).
NAME_MAX_LENGTH = 255


def validate_repository(name: str) -> str:
    """Return ``name`` if it is a valid repository name, else raise InvalidReference."""
    if not isinstance(name, str) or not _REPOSITORY.fullmatch(name):
        raise InvalidReference(
            f"{name!r} is not a repository name: use lowercase letters, digits and "
            "'.', '_', '-' inside components joined by '/', such as 'project/app'"
        )
    if len(name) > NAME_MAX_LENGTH:
        raise InvalidReference(
            f"repository name is {len(name)} characters long; the limit is "
            f"{NAME_MAX_LENGTH}"
        )
    return name


def validate_tag(tag: str) -> str:
    """Return ``tag`` if it is a valid tag, else raise InvalidReference."""
    if not isinstance(tag, str) or not _TAG.fullmatch(tag):
        raise InvalidReference(
            f"{tag!r} is not a tag: 1 to 128 letters, digits, '_', '.' or '-', "
            "not starting with '.' or '-'"
        )
    return tag


def _looks_like_host(component: str) -> bool:
    return "." in component or ":" in component or component == "localhost"


@dataclass(frozen=True)
class Reference:
    """A parsed image reference.

    ``registry`` is ``None`` when the text named no host; ``tag`` and ``digest``
    may both be present (the digest then wins when content is fetched).
    """

    registry: str | None
    repository: str
    tag: str | None = None
    digest: str | None = None

    def __post_init__(self) -> None:
        if self.registry is not None and not _HOST.fullmatch(self.registry):
            raise InvalidReference(f"{self.registry!r} is not a registry host[:port]")
        validate_repository(self.repository)
        if self.tag is not None:
            validate_tag(self.tag)
        if self.digest is not None:
            validate_digest(self.digest)
        if self.registry is not None:
            full = len(self.registry) + 1 + len(self.repository)
            if full > NAME_MAX_LENGTH:
                raise InvalidReference(
                    f"name is {full} characters long; the limit is {NAME_MAX_LENGTH}"
                )

    @classmethod
    def parse(cls, text: str) -> Reference:
        """Parse ``[host[:port]/]repository[:tag][@digest]``."""
        if not isinstance(text, str) or not text:
            raise InvalidReference(f"{text!r} is not an image reference")
        rest, digest = text, None
        if "@" in rest:
            rest, digest = rest.rsplit("@", 1)
        tag = None
        slash = rest.rfind("/")
        colon = rest.rfind(":")
        # A colon after the last slash starts the tag; one before it is a port.
        if colon > slash:
            rest, tag = rest[:colon], rest[colon + 1 :]
        registry = None
        first, sep, remainder = rest.partition("/")
        if sep and _looks_like_host(first):
            registry, rest = first, remainder
        try:
            return cls(registry, rest, tag, digest)
        except InvalidReference as error:
            raise InvalidReference(
                f"{text!r} is not an image reference: {error}"
            ) from None

    @property
    def identifier(self) -> str | None:
        """What goes after ``/manifests/``: the digest if there is one, else the tag."""
        return self.digest or self.tag

    def with_registry(self, registry: str | None) -> Reference:
        """The same reference on another registry host (``None``: no host)."""
        return Reference(registry, self.repository, self.tag, self.digest)

    def __str__(self) -> str:
        text = (
            f"{self.registry}/{self.repository}" if self.registry else self.repository
        )
        if self.tag:
            text += f":{self.tag}"
        if self.digest:
            text += f"@{self.digest}"
        return text
