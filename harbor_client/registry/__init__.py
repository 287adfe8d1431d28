"""The OCI distribution API under ``/v2/``: where Harbor's content moves.

:class:`Registry` (blocking) and :class:`AsyncRegistry` (asyncio) upload and
download blobs, read and write manifests and tags, list referrers, and push,
pull and copy artifacts, against Harbor or any distribution registry::

    with Registry.connect("http://127.0.0.1:5000") as registry:
        blob = registry.upload_blob("demo/app", Path("layer.tar"))
        registry.download_blob("demo/app", blob.digest, "copy.tar")

Every protocol step is written once (see :mod:`harbor_client.registry.flow`) and
run by both faces. Log lines go to the ``harbor_client.registry`` logger.
"""

from .artifacts import ArtifactConfig, ArtifactFile
from .client import AsyncRegistry, Registry
from .digest import EMPTY_DIGEST, digest_of
from .errors import (
    DigestMismatchError,
    DownloadError,
    InvalidReference,
    UnsafeLocationError,
    UnsafePathError,
    UploadError,
)
from .mediatypes import (
    DOCKER_MANIFEST,
    DOCKER_MANIFEST_LIST,
    MANIFEST_ACCEPT,
    OCI_EMPTY,
    OCI_INDEX,
    OCI_LAYER,
    OCI_MANIFEST,
)
from .models import Blob, Descriptor, Manifest
from .options import RegistryOptions
from .progress import ProgressCallback, TqdmProgress
from .reference import Reference

__all__ = [
    "DOCKER_MANIFEST",
    "DOCKER_MANIFEST_LIST",
    "EMPTY_DIGEST",
    "MANIFEST_ACCEPT",
    "OCI_EMPTY",
    "OCI_INDEX",
    "OCI_LAYER",
    "OCI_MANIFEST",
    "ArtifactConfig",
    "ArtifactFile",
    "AsyncRegistry",
    "Blob",
    "Descriptor",
    "DigestMismatchError",
    "DownloadError",
    "InvalidReference",
    "Manifest",
    "ProgressCallback",
    "Reference",
    "Registry",
    "RegistryOptions",
    "TqdmProgress",
    "UnsafeLocationError",
    "UnsafePathError",
    "UploadError",
    "digest_of",
]
