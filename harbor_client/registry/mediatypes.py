"""The media types of manifests and blobs, and the ``Accept`` list for manifests."""

from __future__ import annotations

__all__ = [
    "DOCKER_MANIFEST",
    "DOCKER_MANIFEST_LIST",
    "INDEX_TYPES",
    "MANIFEST_ACCEPT",
    "MANIFEST_TYPES",
    "OCI_EMPTY",
    "OCI_INDEX",
    "OCI_LAYER",
    "OCI_MANIFEST",
    "TITLE_ANNOTATION",
]

OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_INDEX = "application/vnd.oci.image.index.v1+json"
DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json"
DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json"

#: The config of an artifact that has none: the two bytes ``{}``.
OCI_EMPTY = "application/vnd.oci.empty.v1+json"
#: The layer type of a file pushed as an artifact when no other type is given.
OCI_LAYER = "application/vnd.oci.image.layer.v1.tar"

#: The file name of a layer, as ORAS and ``oras pull`` use it.
TITLE_ANNOTATION = "org.opencontainers.image.title"

INDEX_TYPES = frozenset({OCI_INDEX, DOCKER_MANIFEST_LIST})
MANIFEST_TYPES = frozenset({OCI_MANIFEST, DOCKER_MANIFEST}) | INDEX_TYPES

#: Every manifest type this client reads, comma-separated in one header. A
#: registry that does not find the stored type in ``Accept`` converts the manifest
#: (or answers 404), and the converted one has another digest; so resolving a tag
#: must list the index types as well, or it returns the digest of something else.
MANIFEST_ACCEPT = ", ".join(
    (OCI_INDEX, OCI_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST)
)
