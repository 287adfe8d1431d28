"""The token scopes each request needs, for the registry token flow.

Every request the registry client sends carries them in
``request.extensions["harbor_scopes"]``; the auth layer asks Harbor's token
service for exactly these. The push scope comes first wherever there are two:
some token services read only the first scope of a request.
"""

from __future__ import annotations

__all__ = ["delete_scope", "pull_scope", "push_scope"]


def pull_scope(repository: str) -> str:
    """The token scope to read ``repository``: ``repository:<name>:pull``."""
    return f"repository:{repository}:pull"


def push_scope(repository: str) -> str:
    """The token scope to write ``repository``: ``repository:<name>:pull,push``."""
    # Pushing needs pull as well: the upload answers and the final HEAD read.
    return f"repository:{repository}:pull,push"


def delete_scope(repository: str) -> str:
    """The token scope to delete in ``repository``: ``repository:<name>:delete``."""
    return f"repository:{repository}:delete"
