"""Settings of a registry client: chunk sizes, limits and what is allowed."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_CHUNK_SIZE", "DEFAULT_FILE_CHUNK_SIZE", "RegistryOptions"]

#: 16 MiB per PATCH of a one-shot stream (an iterator), which is held in memory
#: so that it can be sent again: large enough that the registry's per-request
#: work (it saves the hash state after every PATCH) stays out of the way of the
#: transfer, small enough that the process stays well under 80 MiB.
DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024

#: 512 MiB at most per PATCH of data that can be read again (bytes, a path, a
#: seekable file), which is read from its source while it is sent and never held.
#: Measured against the distribution registry on 127.0.0.1 (two cores), the
#: number of PATCHes hardly matters once nothing is buffered: a 2 GiB file went
#: in 7.1 s in PATCHes of 16 MiB, 6.9 s of 512 MiB, 8.1 s in one (medians of
#: three, noise of a second), 512 MiB from disk in 2.1 s all three ways. Large
#: PATCHes still win where a round trip costs: every PATCH waits for an answer,
#: and the registry flushes the upload file (fsync) and saves its hash state at
#: the end of each, so a remote registry or a slow disk adds that per PATCH. An
#: upper bound is kept because a buffering proxy spools a whole PATCH before it
#: forwards it, and forwards none of it when the connection breaks: the bound is
#: what is sent again. (``benchmarks/blob_transfer.py --chunk-mib N`` compares.)
DEFAULT_FILE_CHUNK_SIZE = 512 * 1024 * 1024


@dataclass(frozen=True)
class RegistryOptions:
    """How a :class:`~harbor_client.registry.Registry` moves content.

    Attributes:
        chunk_size: bytes per PATCH of a chunked upload. For a one-shot stream
            (an iterator, a pipe) the chunk is held in memory so that it can be
            sent again after a failure, so it bounds memory (default 16 MiB).
            For data that can be read again (bytes, a path, a seekable file) it
            is an upper bound: the data is streamed from its source in PATCHes of
            at most this size (default 512 MiB), and memory stays flat whatever
            the size. ``None`` takes the default of each kind. A blob smaller
            than a chunk of a stream (and, read from a file, than 16 MiB) goes
            in one monolithic PUT, read into memory to learn its digest first.
        max_resumes: how often one upload may recover from a dropped connection or
            a 5xx answer before it gives up, and one download from a connection
            that broke off.
        allow_foreign_upload_hosts: follow an upload ``Location`` that points at
            another host (some registries hand uploads to a storage service). The
            requests to that host carry no credentials, headers or cookies of the
            client. Off by default: a moved upload usually means a misconfigured
            proxy, and credentials must not leak to it.
        concurrency: how many blobs of one artifact move at the same time.
    """

    chunk_size: int | None = None
    max_resumes: int = 3
    allow_foreign_upload_hosts: bool = False
    concurrency: int = 4

    def __post_init__(self) -> None:
        if self.chunk_size is not None and self.chunk_size < 1:
            raise ValueError(f"chunk_size must be positive, not {self.chunk_size}")
        if self.max_resumes < 0:
            raise ValueError(f"max_resumes must not be negative: {self.max_resumes}")
        if self.concurrency < 1:
            raise ValueError(f"concurrency must be positive, not {self.concurrency}")

    @property
    def stream_chunk_size(self) -> int:
        """Bytes per PATCH of a one-shot stream, held in memory while it is sent."""
        return self.chunk_size or DEFAULT_CHUNK_SIZE

    @property
    def file_chunk_size(self) -> int:
        """The most bytes per PATCH of data that is read again from its source."""
        return self.chunk_size or DEFAULT_FILE_CHUNK_SIZE
