"""The two faces of the registry client: :class:`Registry` and :class:`AsyncRegistry`.

Both hold an :class:`~harbor_client.registry.flow.Endpoint` and hand every
operation, written once as a flow, to the sync or async driver. Neither face
holds protocol logic: each method checks its arguments and runs a flow.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx

from harbor_client.errors import mask_userinfo

from ..pagination import AsyncPaginator, Paginator, Params
from . import artifacts, blobs, manifests, referrers, tags, upload
from .errors import InvalidReference
from .flow import Endpoint, Flow, run_async, run_sync, stream_async, stream_sync
from .mediatypes import MANIFEST_ACCEPT
from .models import Blob, Descriptor, Manifest
from .options import RegistryOptions
from .progress import ProgressCallback, TqdmProgress
from .reference import Reference
from .source import BlobData, Source, as_source

__all__ = ["AsyncRegistry", "Registry"]

ClientT = TypeVar("ClientT", httpx.Client, httpx.AsyncClient)
SelfT = TypeVar("SelfT", bound="_RegistryBase[Any]")

Progress = ProgressCallback | bool | None

#: Uploads of large blobs take long between two answers: the registry reads a
#: whole chunk before it replies, and commits a big blob at the final PUT.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, read=300.0, write=300.0)


def _base_url(url: str | httpx.URL) -> httpx.URL:
    base = httpx.URL(url)
    if base.scheme not in ("http", "https") or not base.host:
        raise ValueError(
            f"{mask_userinfo(str(url))!r} is not an http(s) URL of a registry"
        )
    path = base.path.rstrip("/")
    if path.endswith("/v2"):
        # Given the API root instead of the registry: every path adds /v2/ itself.
        path = path[: -len("/v2")]
    return base.copy_with(path=path or "/", query=None, fragment=None)


def _progress(progress: Progress) -> ProgressCallback | None:
    if progress is True:
        return TqdmProgress()
    if progress is False or progress is None:
        return None
    return progress


class _RegistryBase(Generic[ClientT]):
    def __init__(
        self,
        client: ClientT,
        base_url: str | httpx.URL,
        *,
        options: RegistryOptions | None = None,
        project_scoped: bool = False,
    ) -> None:
        self._client: ClientT = client
        self._owns_client = False
        self._endpoint = Endpoint(
            _base_url(base_url),
            client,
            options or RegistryOptions(),
            project_scoped=project_scoped,
        )

    @property
    def base_url(self) -> httpx.URL:
        return self._endpoint.base_url

    @property
    def host(self) -> str:
        """``host[:port]`` as it appears in image references."""
        return self._endpoint.base_url.netloc.decode("ascii")

    @property
    def options(self) -> RegistryOptions:
        return self._endpoint.options

    def reference(self, text: str | Reference) -> Reference:
        """Parse an image reference of this registry (the host may be left out)."""
        ref = text if isinstance(text, Reference) else Reference.parse(text)
        if ref.registry is not None and ref.registry != self.host:
            raise InvalidReference(
                f"{text} names the registry {ref.registry}, but this client talks to "
                f"{self.host}"
            )
        return ref

    def _identifier(self, ref: Reference) -> str:
        if ref.identifier is None:
            raise InvalidReference(f"{ref} names neither a tag nor a digest")
        return ref.identifier

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.base_url)!r})"


class Registry(_RegistryBase[httpx.Client]):
    """A blocking client of one OCI distribution registry (``/v2/``).

    ``client`` sends every request (its ``auth`` may run Harbor's token flow:
    each request names the scopes it needs in ``extensions["harbor_scopes"]``).
    Use :meth:`connect` for a standalone client that owns its own.
    """

    @classmethod
    def connect(
        cls,
        url: str | httpx.URL,
        *,
        auth: httpx.Auth | tuple[str, str] | None = None,
        options: RegistryOptions | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        verify: bool | str = True,
    ) -> Registry:
        """A registry client with its own :class:`httpx.Client`; close it after use."""
        client = httpx.Client(
            auth=auth, timeout=timeout, verify=verify, trust_env=False
        )
        registry = cls(client, url, options=options)
        registry._owns_client = True
        return registry

    def close(self) -> None:
        """Close the HTTP client, if this registry opened it."""
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> Registry:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _run(self, flow: Flow[Any]) -> Any:
        return run_sync(flow, max_workers=self.options.concurrency)

    # Blobs ---------------------------------------------------------------

    def blob_exists(self, repository: str, digest: str) -> bool:
        """Whether the repository has the blob (``HEAD``)."""
        return self.stat_blob(repository, digest) is not None

    def stat_blob(self, repository: str, digest: str) -> Blob | None:
        """The blob's size if the repository has it, else ``None``."""
        result: Blob | None = self._run(
            blobs.stat_blob(self._endpoint, repository, digest)
        )
        return result

    def upload_blob(
        self,
        repository: str,
        data: BlobData | Source,
        *,
        digest: str | None = None,
        size: int | None = None,
        mount_from: str | None = None,
        progress: Progress = None,
    ) -> Blob:
        """Upload bytes, a path, a binary file or an iterator of chunks as a blob.

        The data is read once and hashed on the way; ``digest`` (if given) is
        checked before the upload is committed, and lets a blob the repository
        already has be skipped, or mounted from ``mount_from``.

        Raises:
            InvalidReference: ``repository`` is not a repository name.
            DigestMismatchError: the data did not hash to ``digest``; nothing was
                committed.
            UploadError: the registry lost the upload, and resuming it failed.
            HarborHTTPError: the registry refused: ``UnauthorizedError`` for a
                missing push permission, ``ForbiddenError`` for a quota or
                read-only mode.

        Example:
            >>> blob = registry.upload_blob("demo/app", b"layer")  # doctest: +SKIP
        """
        self._endpoint.repository(repository)
        flow = upload.upload_blob(
            self._endpoint,
            repository,
            as_source(data, size),
            digest=digest,
            mount_from=mount_from,
            progress=_progress(progress),
        )
        result: Blob = self._run(flow)
        return result

    def iter_blob(
        self, repository: str, digest: str, *, progress: Progress = None
    ) -> Iterator[bytes]:
        """The blob's content in pieces; the last one only after the digest matched."""
        flow = blobs.fetch_blob(
            self._endpoint, repository, digest, progress=_progress(progress)
        )
        return stream_sync(flow)

    def read_blob(self, repository: str, digest: str) -> bytes:
        """The blob's content in memory (for configs and other small blobs)."""
        return b"".join(self.iter_blob(repository, digest))

    def download_blob(
        self,
        repository: str,
        digest: str,
        target: str | os.PathLike[str],
        *,
        progress: Progress = None,
    ) -> Blob:
        """Write the blob to ``target``, which appears only if the digest matched.

        Raises:
            DigestMismatchError: the content did not hash to ``digest``; no file
                was left at ``target``.
            NotFoundError: the repository has no such blob.
        """
        flow = blobs.download_blob(
            self._endpoint, repository, digest, target, progress=_progress(progress)
        )
        result: Blob = self._run(flow)
        return result

    def delete_blob(self, repository: str, digest: str) -> None:
        """Delete the blob from the repository (registries may refuse: 405)."""
        self._run(blobs.delete_blob(self._endpoint, repository, digest))

    # Manifests and tags ----------------------------------------------------

    def get_manifest(
        self, repository: str, reference: str, *, accept: str = MANIFEST_ACCEPT
    ) -> Manifest:
        """The manifest under a tag or digest, with its exact bytes and digest.

        Raises:
            NotFoundError: no manifest under that reference (Harbor: an unknown tag
                is ``NOT_FOUND``, not the OCI ``MANIFEST_UNKNOWN``).
        """
        flow = manifests.get_manifest(
            self._endpoint, repository, reference, accept=accept
        )
        result: Manifest = self._run(flow)
        return result

    def head_manifest(self, repository: str, reference: str) -> Descriptor | None:
        """The manifest's descriptor by ``HEAD``; ``None`` if it does not exist."""
        flow = manifests.head_manifest(self._endpoint, repository, reference)
        result: Descriptor | None = self._run(flow)
        return result

    def put_manifest(
        self, repository: str, reference: str, content: bytes, media_type: str
    ) -> str:
        """Store the manifest bytes under a tag or digest; the digest of the bytes."""
        flow = manifests.put_manifest(
            self._endpoint, repository, reference, content, media_type
        )
        result: manifests.PutResult = self._run(flow)
        return result.digest

    def delete_manifest(self, repository: str, reference: str) -> None:
        """Delete a manifest by digest (Harbor refuses a tag with 400)."""
        self._run(manifests.delete_manifest(self._endpoint, repository, reference))

    def resolve(self, repository: str, tag: str) -> str:
        """The digest the tag points at."""
        result: str = self._run(manifests.resolve(self._endpoint, repository, tag))
        return result

    def iter_tags(
        self,
        repository: str,
        *,
        page_size: int | None = None,
        last: str | None = None,
        max_items: int | None = None,
    ) -> Paginator[str]:
        """The repository's tags, fetched lazily page by page (``for``).

        ``page_size`` is the ``n`` of each request (``None``: Harbor answers every
        tag at once); ``last`` starts after that tag; ``max_items`` stops early,
        without a request for a page it would not use. Each ``iter()`` starts
        again from the first page. The paginator's ``last_response`` is the
        answer of the last page; its ``total_count`` stays ``None``, as the
        registry does not count its tags.

        Raises:
            InvalidReference: ``repository`` is not a repository name.
            PaginationError: the registry answers the same page again, or links
                back to a page it sent before.

        Example:
            >>> for tag in registry.iter_tags("demo/app"):  # doctest: +SKIP
            ...     print(tag)
        """
        new_cursor = tags.tag_cursor(
            self._endpoint,
            repository,
            page_size=page_size,
            last=last,
            max_items=max_items,
        )

        def fetch(params: Params) -> tags.TagPage:
            page: tags.TagPage = self._run(
                tags.fetch_tag_page(self._endpoint, repository, params)
            )
            return page

        return Paginator[str].over(fetch, new_cursor)

    def list_tags(
        self, repository: str, *, page_size: int | None = None, last: str | None = None
    ) -> list[str]:
        """Every tag of the repository, following the registry's pages."""
        return list(self.iter_tags(repository, page_size=page_size, last=last))

    def referrers(
        self, repository: str, digest: str, *, artifact_type: str | None = None
    ) -> list[Descriptor]:
        """The manifests whose subject is ``digest`` (optionally of one type)."""
        flow = referrers.list_referrers(
            self._endpoint, repository, digest, artifact_type=artifact_type
        )
        result: list[Descriptor] = self._run(flow)
        return result

    # Artifacts -------------------------------------------------------------

    def push_artifact(
        self,
        reference: str | Reference,
        files: Iterable[artifacts.FileSpec],
        *,
        artifact_type: str | None = None,
        config: artifacts.ArtifactConfig | None = None,
        annotations: Mapping[str, str] | None = None,
        subject: Descriptor | None = None,
        progress: Progress = None,
    ) -> Descriptor:
        """Push files as an OCI artifact; the manifest goes last, after every blob.

        ``reference`` is ``repository[:tag]``; without a tag the artifact is
        stored by digest only (the usual way for one with a ``subject``).
        ``files`` are paths, ``(path, media_type)`` pairs or
        :class:`~harbor_client.registry.ArtifactFile` objects.

        Raises:
            InvalidReference: ``reference`` is not ``repository[:tag]``.
            HarborHTTPError: the registry refused a blob or the manifest
                (``PreconditionFailedError`` for an immutable tag on Harbor).

        Example:
            >>> registry.push_artifact(  # doctest: +SKIP
            ...     "demo/app-config:1.4",
            ...     ["config.yaml", ("README.md", "text/markdown")],
            ...     artifact_type="application/vnd.example.app-config.v1",
            ... )
        """
        ref = self.reference(reference)
        flow = artifacts.push_artifact(
            self._endpoint,
            ref.repository,
            ref.tag,
            files,
            artifact_type=artifact_type,
            config=config,
            annotations=annotations,
            subject=subject,
            progress=_progress(progress),
        )
        result: Descriptor = self._run(flow)
        return result

    def pull_artifact(
        self,
        reference: str | Reference,
        folder: str | os.PathLike[str],
        *,
        progress: Progress = None,
    ) -> list[Path]:
        """Download the files of an artifact into ``folder``; their paths.

        Each file is named by its title annotation and appears only once its
        digest matched.

        Raises:
            InvalidReference: ``reference`` names neither a tag nor a digest.
            UnsafePathError: a file's title would land outside ``folder``.
            DigestMismatchError: a file did not hash to its digest.
        """
        ref = self.reference(reference)
        flow = artifacts.pull_artifact(
            self._endpoint,
            ref.repository,
            self._identifier(ref),
            folder,
            progress=_progress(progress),
        )
        result: list[Path] = self._run(flow)
        return result

    def copy(
        self,
        source: str | Reference,
        target: str | Reference,
        *,
        to: Registry | None = None,
        progress: Progress = None,
    ) -> Descriptor:
        """Copy an image or artifact (an index with all it names) to ``target``.

        ``target`` is on this registry unless ``to`` names another; on the same
        registry blobs are mounted, otherwise they stream through this process.
        """
        destination = to or self
        src = self.reference(source)
        dst = destination.reference(target)
        flow = artifacts.copy_artifact(
            self._endpoint,
            src.repository,
            self._identifier(src),
            destination._endpoint,
            dst.repository,
            dst.identifier,
            progress=_progress(progress),
        )
        result: Descriptor = self._run(flow)
        return result


class AsyncRegistry(_RegistryBase[httpx.AsyncClient]):
    """The asyncio face of :class:`Registry`: the same operations, awaited.

    Blobs of one artifact move concurrently, at most ``options.concurrency``.
    """

    @classmethod
    def connect(
        cls,
        url: str | httpx.URL,
        *,
        auth: httpx.Auth | tuple[str, str] | None = None,
        options: RegistryOptions | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        verify: bool | str = True,
    ) -> AsyncRegistry:
        """A registry client with its own :class:`httpx.AsyncClient`."""
        client = httpx.AsyncClient(
            auth=auth, timeout=timeout, verify=verify, trust_env=False
        )
        registry = cls(client, url, options=options)
        registry._owns_client = True
        return registry

    async def aclose(self) -> None:
        """Close the HTTP client, if this registry opened it."""
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self) -> AsyncRegistry:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _run(self, flow: Flow[Any]) -> Any:
        return await run_async(flow, max_workers=self.options.concurrency)

    async def blob_exists(self, repository: str, digest: str) -> bool:
        """Whether the repository has the blob (``HEAD``)."""
        return await self.stat_blob(repository, digest) is not None

    async def stat_blob(self, repository: str, digest: str) -> Blob | None:
        """The blob's size if the repository has it, else ``None``."""
        flow = blobs.stat_blob(self._endpoint, repository, digest)
        result: Blob | None = await self._run(flow)
        return result

    async def upload_blob(
        self,
        repository: str,
        data: BlobData | Source,
        *,
        digest: str | None = None,
        size: int | None = None,
        mount_from: str | None = None,
        progress: Progress = None,
    ) -> Blob:
        """As :meth:`Registry.upload_blob`; also takes an async iterator of chunks."""
        self._endpoint.repository(repository)
        flow = upload.upload_blob(
            self._endpoint,
            repository,
            as_source(data, size),
            digest=digest,
            mount_from=mount_from,
            progress=_progress(progress),
        )
        result: Blob = await self._run(flow)
        return result

    def iter_blob(
        self, repository: str, digest: str, *, progress: Progress = None
    ) -> AsyncIterator[bytes]:
        """The blob's content in pieces, as an async iterator (``async for``).

        The last piece comes only after the digest matched; a mismatch raises
        :class:`~harbor_client.registry.DigestMismatchError` instead.
        """
        flow = blobs.fetch_blob(
            self._endpoint, repository, digest, progress=_progress(progress)
        )
        return stream_async(flow)

    async def read_blob(self, repository: str, digest: str) -> bytes:
        """The blob's content in memory (for configs and other small blobs)."""
        return b"".join([piece async for piece in self.iter_blob(repository, digest)])

    async def download_blob(
        self,
        repository: str,
        digest: str,
        target: str | os.PathLike[str],
        *,
        progress: Progress = None,
    ) -> Blob:
        """Write the blob to ``target``; see :meth:`Registry.download_blob`."""
        flow = blobs.download_blob(
            self._endpoint, repository, digest, target, progress=_progress(progress)
        )
        result: Blob = await self._run(flow)
        return result

    async def delete_blob(self, repository: str, digest: str) -> None:
        """Delete the blob from the repository (registries may refuse: 405)."""
        await self._run(blobs.delete_blob(self._endpoint, repository, digest))

    async def get_manifest(
        self, repository: str, reference: str, *, accept: str = MANIFEST_ACCEPT
    ) -> Manifest:
        """The manifest under a tag or digest, with its exact bytes and digest."""
        flow = manifests.get_manifest(
            self._endpoint, repository, reference, accept=accept
        )
        result: Manifest = await self._run(flow)
        return result

    async def head_manifest(self, repository: str, reference: str) -> Descriptor | None:
        """The manifest's descriptor by ``HEAD``; ``None`` if it does not exist."""
        flow = manifests.head_manifest(self._endpoint, repository, reference)
        result: Descriptor | None = await self._run(flow)
        return result

    async def put_manifest(
        self, repository: str, reference: str, content: bytes, media_type: str
    ) -> str:
        """Store the manifest bytes under a tag or digest; the digest of the bytes."""
        flow = manifests.put_manifest(
            self._endpoint, repository, reference, content, media_type
        )
        result: manifests.PutResult = await self._run(flow)
        return result.digest

    async def delete_manifest(self, repository: str, reference: str) -> None:
        """Delete a manifest by digest (Harbor refuses a tag with 400)."""
        await self._run(
            manifests.delete_manifest(self._endpoint, repository, reference)
        )

    async def resolve(self, repository: str, tag: str) -> str:
        """The digest the tag points at."""
        result: str = await self._run(
            manifests.resolve(self._endpoint, repository, tag)
        )
        return result

    def iter_tags(
        self,
        repository: str,
        *,
        page_size: int | None = None,
        last: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPaginator[str]:
        """The repository's tags page by page (``async for``); see
        :meth:`Registry.iter_tags`."""
        new_cursor = tags.tag_cursor(
            self._endpoint,
            repository,
            page_size=page_size,
            last=last,
            max_items=max_items,
        )

        async def fetch(params: Params) -> tags.TagPage:
            page: tags.TagPage = await self._run(
                tags.fetch_tag_page(self._endpoint, repository, params)
            )
            return page

        return AsyncPaginator[str].over(fetch, new_cursor)

    async def list_tags(
        self, repository: str, *, page_size: int | None = None, last: str | None = None
    ) -> list[str]:
        """Every tag of the repository, following the registry's pages."""
        pages = self.iter_tags(repository, page_size=page_size, last=last)
        return [tag async for tag in pages]

    async def referrers(
        self, repository: str, digest: str, *, artifact_type: str | None = None
    ) -> list[Descriptor]:
        """The manifests whose subject is ``digest`` (optionally of one type)."""
        flow = referrers.list_referrers(
            self._endpoint, repository, digest, artifact_type=artifact_type
        )
        result: list[Descriptor] = await self._run(flow)
        return result

    async def push_artifact(
        self,
        reference: str | Reference,
        files: Iterable[artifacts.FileSpec],
        *,
        artifact_type: str | None = None,
        config: artifacts.ArtifactConfig | None = None,
        annotations: Mapping[str, str] | None = None,
        subject: Descriptor | None = None,
        progress: Progress = None,
    ) -> Descriptor:
        """Push files as an OCI artifact; see :meth:`Registry.push_artifact`."""
        ref = self.reference(reference)
        flow = artifacts.push_artifact(
            self._endpoint,
            ref.repository,
            ref.tag,
            files,
            artifact_type=artifact_type,
            config=config,
            annotations=annotations,
            subject=subject,
            progress=_progress(progress),
        )
        result: Descriptor = await self._run(flow)
        return result

    async def pull_artifact(
        self,
        reference: str | Reference,
        folder: str | os.PathLike[str],
        *,
        progress: Progress = None,
    ) -> list[Path]:
        """Download the files of an artifact into ``folder``; their paths."""
        ref = self.reference(reference)
        flow = artifacts.pull_artifact(
            self._endpoint,
            ref.repository,
            self._identifier(ref),
            folder,
            progress=_progress(progress),
        )
        result: list[Path] = await self._run(flow)
        return result

    async def copy(
        self,
        source: str | Reference,
        target: str | Reference,
        *,
        to: AsyncRegistry | None = None,
        progress: Progress = None,
    ) -> Descriptor:
        """Copy an image or artifact to ``target``; see :meth:`Registry.copy`."""
        destination = to or self
        src = self.reference(source)
        dst = destination.reference(target)
        flow = artifacts.copy_artifact(
            self._endpoint,
            src.repository,
            self._identifier(src),
            destination._endpoint,
            dst.repository,
            dst.identifier,
            progress=_progress(progress),
        )
        result: Descriptor = await self._run(flow)
        return result
