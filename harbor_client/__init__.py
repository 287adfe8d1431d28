"""harbor_client: a typed sync and async SDK for the Harbor container registry."""

from ._version import __version__

__all__ = ["__version__"]
