"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define, fields


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# Go's zero time as strfmt.DateTime (most of Harbor's models) and time.RFC3339
# (preheat executions) write it.
_GO_ZERO_TIMES = frozenset({"0001-01-01T00:00:00.000Z", "0001-01-01T00:00:00Z"})


def parse_datetime(value: str) -> datetime.datetime | None:
    """Read a date-time of Harbor's JSON; Go's zero time (year 1) is None.

    Harbor writes a time that was never set (pull_time of an artifact nobody pulled,
    next_scheduled_time of a schedule that is off) as 0001-01-01T00:00:00Z, with or
    without fractions. As a datetime it overflows on the first time zone conversion.
    """
    # Most date-times of a page of artifacts are zero times (pull_time of every
    # artifact and tag nobody pulled): the spellings Harbor writes are known and
    # answered without parsing them.
    if value in _GO_ZERO_TIMES:
        return None
    parsed = datetime.datetime.fromisoformat(value)
    if parsed.year == 1 and parsed.replace(tzinfo=None) == datetime.datetime.min:
        return None
    return parsed


def model_repr(model: object) -> str:
    """A model as its class and the fields it holds, leaving out the unset ones."""
    shown = []
    for attribute in fields(type(model)):
        value = getattr(model, attribute.name)
        if value is UNSET or (attribute.name == "additional_properties" and not value):
            continue
        shown.append(f"{attribute.name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "model_repr",
    "parse_datetime",
]
