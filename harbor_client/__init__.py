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
    ClientClosedError,
    ConflictError,
    ForbiddenError,
    HarborError,
    HarborHTTPError,
    HarborResponseError,
    NotAvailableError,
    NotFoundError,
    PreconditionFailedError,
    RequestTooLargeError,
    ServerError,
    TooManyRequestsError,
    TransportError,
    UnauthorizedError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from .client import AsyncHarbor, Harbor, RetryPolicy
    from .pagination import AsyncPaginator, PaginationError, Paginator
    from .query import Q, all_of, any_of, between, exact, fuzzy, sort_by

__all__ = [
    "AsyncHarbor",
    "AsyncPaginator",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "ForbiddenError",
    "Harbor",
    "HarborError",
    "HarborHTTPError",
    "HarborResponseError",
    "NotAvailableError",
    "NotFoundError",
    "PaginationError",
    "Paginator",
    "PreconditionFailedError",
    "Q",
    "RequestTooLargeError",
    "RetryPolicy",
    "ServerError",
    "TooManyRequestsError",
    "TransportError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "__version__",
    "all_of",
    "any_of",
    "between",
    "exact",
    "fuzzy",
    "sort_by",
]

_LAZY = {
    "Harbor": "client",
    "AsyncHarbor": "client",
    "RetryPolicy": "client",
    "Paginator": "pagination",
    "AsyncPaginator": "pagination",
    "PaginationError": "pagination",
    "Q": "query",
    "exact": "query",
    "fuzzy": "query",
    "between": "query",
    "any_of": "query",
    "all_of": "query",
    "sort_by": "query",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'harbor_client' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module_name}", __name__), name)
    globals()[name] = value
    return value
