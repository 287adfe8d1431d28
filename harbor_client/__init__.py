"""harbor_client: a typed sync and async SDK for the Harbor container registry.

>>> from harbor_client import Harbor
>>> harbor = Harbor("https://harbor.example.com", username="admin", password="...")

``Harbor`` and ``AsyncHarbor`` are imported on first use, so ``import harbor_client``
stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import (
    BadRequestError,
    ConflictError,
    ForbiddenError,
    HarborError,
    HarborHTTPError,
    HarborResponseError,
    NotAvailableError,
    NotFoundError,
    PreconditionFailedError,
    ServerError,
    TooManyRequestsError,
    TransportError,
    UnauthorizedError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from .client import AsyncHarbor, Harbor, RetryPolicy

__all__ = [
    "AsyncHarbor",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "Harbor",
    "HarborError",
    "HarborHTTPError",
    "HarborResponseError",
    "NotAvailableError",
    "NotFoundError",
    "PreconditionFailedError",
    "RetryPolicy",
    "ServerError",
    "TooManyRequestsError",
    "TransportError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "__version__",
]

_LAZY = {"Harbor", "AsyncHarbor", "RetryPolicy"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from . import client

        value = getattr(client, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'harbor_client' has no attribute {name!r}")
