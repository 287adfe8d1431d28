"""The errors of the auth layer, all :class:`harbor_client.errors.HarborError`.

Messages name the credential source that was tried (``"robot file ci.json"``,
``"docker config /home/me/.docker/config.json (credHelpers: pass)"``) and why it
failed; they never contain a password, secret or token.
"""

from __future__ import annotations

from harbor_client.errors import HarborError

__all__ = ["BodyNotReplayableError", "CredentialsError", "InsecureTransportError"]


class CredentialsError(HarborError):
    """Credentials could not be found, read, or were refused by the token service."""


class InsecureTransportError(HarborError):
    """A request would carry credentials to plain http although the server is https.

    The usual cause is a proxy in front of Harbor that rewrites ``X-Forwarded-Proto``,
    so the registry builds ``http://`` upload locations and token realms.
    """


class BodyNotReplayableError(HarborError):
    """A request must be sent again with a new token, but its body is a one-shot stream.

    Bodies given as ``bytes`` or as a
    :class:`~harbor_client.auth.replay.ReplayableStream` (such as
    :class:`~harbor_client.auth.replay.FileRange`) can be sent again.
    """
