"""Settings of a registry client: chunk sizes, limits and what is allowed."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_CHUNK_SIZE", "RegistryOptions"]

#: 16 MiB: large enough that the registry's per-request work (it saves the hash
#: state after every PATCH) stays out of the way of the transfer, small enough
#: that holding one chunk for a resend keeps the process well under 80 MiB.
DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024


@dataclass(frozen=True)
class RegistryOptions:
    """How a :class:`~harbor_client.registry.Registry` moves content.

    Attributes:
        chunk_size: bytes per PATCH of a chunked upload; blobs of known size up to
            this size go in one monolithic PUT. The current chunk is kept in memory
            so that it can be sent again after a failure, so this bounds memory.
        max_resumes: how often one upload may recover from a dropped connection or
            a 5xx answer before it gives up.
        allow_foreign_upload_hosts: follow an upload ``Location`` that points at
            another host (some registries hand uploads to a storage service). The
            requests to that host carry no credentials, headers or cookies of the
            client. Off by default: a moved upload usually means a misconfigured
            proxy, and credentials must not leak to it.
        concurrency: how many blobs of one artifact move at the same time.
    """

    chunk_size: int = DEFAULT_CHUNK_SIZE
    max_resumes: int = 3
    allow_foreign_upload_hosts: bool = False
    concurrency: int = 4

    def __post_init__(self) -> None:
        if self.chunk_size < 1:
            raise ValueError(f"chunk_size must be positive, not {self.chunk_size}")
        if self.max_resumes < 0:
            raise ValueError(f"max_resumes must not be negative: {self.max_resumes}")
        if self.concurrency < 1:
            raise ValueError(f"concurrency must be positive, not {self.concurrency}")
