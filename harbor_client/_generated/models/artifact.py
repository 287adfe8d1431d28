from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="Artifact")


@_attrs_define(repr=False)
class Artifact:
    """
    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): The ID of the artifact
        type_ (str | Unset): The type of the artifact, e.g. image, chart, etc
        media_type (str | Unset): The media type of the artifact
        manifest_media_type (str | Unset): The manifest media type of the artifact
        artifact_type (str | Unset): The artifact_type in the manifest of the artifact
        project_id (int | Unset): The ID of the project that the artifact belongs to
        repository_id (int | Unset): The ID of the repository that the artifact belongs to
        repository_name (str | Unset): The name of the repository that the artifact belongs to
        digest (str | Unset): The digest of the artifact
        size (int | Unset): The size of the artifact
        icon (str | Unset): The digest of the icon
        push_time (datetime.datetime | Unset): The push time of the artifact
        pull_time (datetime.datetime | Unset): The latest pull time of the artifact
        extra_attrs (ExtraAttrs | Unset):
        annotations (Annotations | Unset):
        references (list[Reference] | Unset):
        tags (list[Tag] | Unset):
        addition_links (AdditionLinks | Unset):
        labels (list[Label] | Unset):
        scan_overview (ScanOverview | Unset): The scan overview attached in the metadata of tag
        sbom_overview (SBOMOverview | Unset): The generate SBOM overview information
        accessories (list[Accessory] | Unset):
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    type_: str | Unset = UNSET
    media_type: str | Unset = UNSET
    manifest_media_type: str | Unset = UNSET
    artifact_type: str | Unset = UNSET
    project_id: int | Unset = UNSET
    repository_id: int | Unset = UNSET
    repository_name: str | Unset = UNSET
    digest: str | Unset = UNSET
    size: int | Unset = UNSET
    icon: str | Unset = UNSET
    push_time: datetime.datetime | Unset | None = UNSET
    pull_time: datetime.datetime | Unset | None = UNSET
    extra_attrs: ExtraAttrs | Unset | None = UNSET
    annotations: Annotations | Unset | None = UNSET
    references: list[Reference] | Unset | None = UNSET
    tags: list[Tag] | Unset | None = UNSET
    addition_links: AdditionLinks | Unset | None = UNSET
    labels: list[Label] | Unset | None = UNSET
    scan_overview: ScanOverview | Unset | None = UNSET
    sbom_overview: SBOMOverview | Unset | None = UNSET
    accessories: list[Accessory] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        media_type = self.media_type

        manifest_media_type = self.manifest_media_type

        artifact_type = self.artifact_type

        project_id = self.project_id

        repository_id = self.repository_id

        repository_name = self.repository_name

        digest = self.digest

        size = self.size

        icon = self.icon

        push_time: str | Unset = UNSET
        if not isinstance(self.push_time, Unset):
            push_time = (
                self.push_time.isoformat() if self.push_time is not None else None
            )

        pull_time: str | Unset = UNSET
        if not isinstance(self.pull_time, Unset):
            pull_time = (
                self.pull_time.isoformat() if self.pull_time is not None else None
            )

        extra_attrs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_attrs, Unset):
            extra_attrs = (
                self.extra_attrs.to_dict() if self.extra_attrs is not None else None
            )

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = (
                self.annotations.to_dict() if self.annotations is not None else None
            )

        references: list[dict[str, Any]] | Unset = UNSET
        if self.references is None:
            references = None
        elif not isinstance(self.references, Unset):
            references = []
            for references_item_data in self.references:
                references_item = (
                    references_item_data.to_dict()
                    if references_item_data is not None
                    else None
                )
                references.append(references_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if self.tags is None:
            tags = None
        elif not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = (
                    tags_item_data.to_dict() if tags_item_data is not None else None
                )
                tags.append(tags_item)

        addition_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.addition_links, Unset):
            addition_links = (
                self.addition_links.to_dict()
                if self.addition_links is not None
                else None
            )

        labels: list[dict[str, Any]] | Unset = UNSET
        if self.labels is None:
            labels = None
        elif not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = (
                    labels_item_data.to_dict() if labels_item_data is not None else None
                )
                labels.append(labels_item)

        scan_overview: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scan_overview, Unset):
            scan_overview = (
                self.scan_overview.to_dict() if self.scan_overview is not None else None
            )

        sbom_overview: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sbom_overview, Unset):
            sbom_overview = (
                self.sbom_overview.to_dict() if self.sbom_overview is not None else None
            )

        accessories: list[dict[str, Any]] | Unset = UNSET
        if self.accessories is None:
            accessories = None
        elif not isinstance(self.accessories, Unset):
            accessories = []
            for accessories_item_data in self.accessories:
                accessories_item = (
                    accessories_item_data.to_dict()
                    if accessories_item_data is not None
                    else None
                )
                accessories.append(accessories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if manifest_media_type is not UNSET:
            field_dict["manifest_media_type"] = manifest_media_type
        if artifact_type is not UNSET:
            field_dict["artifact_type"] = artifact_type
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if repository_id is not UNSET:
            field_dict["repository_id"] = repository_id
        if repository_name is not UNSET:
            field_dict["repository_name"] = repository_name
        if digest is not UNSET:
            field_dict["digest"] = digest
        if size is not UNSET:
            field_dict["size"] = size
        if icon is not UNSET:
            field_dict["icon"] = icon
        if push_time is not UNSET:
            field_dict["push_time"] = push_time
        if pull_time is not UNSET:
            field_dict["pull_time"] = pull_time
        if extra_attrs is not UNSET:
            field_dict["extra_attrs"] = extra_attrs
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if references is not UNSET:
            field_dict["references"] = references
        if tags is not UNSET:
            field_dict["tags"] = tags
        if addition_links is not UNSET:
            field_dict["addition_links"] = addition_links
        if labels is not UNSET:
            field_dict["labels"] = labels
        if scan_overview is not UNSET:
            field_dict["scan_overview"] = scan_overview
        if sbom_overview is not UNSET:
            field_dict["sbom_overview"] = sbom_overview
        if accessories is not UNSET:
            field_dict["accessories"] = accessories

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        media_type = d.pop("media_type", UNSET)

        manifest_media_type = d.pop("manifest_media_type", UNSET)

        artifact_type = d.pop("artifact_type", UNSET)

        project_id = d.pop("project_id", UNSET)

        repository_id = d.pop("repository_id", UNSET)

        repository_name = d.pop("repository_name", UNSET)

        digest = d.pop("digest", UNSET)

        size = d.pop("size", UNSET)

        icon = d.pop("icon", UNSET)

        _push_time = d.pop("push_time", UNSET)
        push_time: datetime.datetime | Unset | None
        if _push_time is UNSET:
            push_time = UNSET
        elif _push_time is None:
            push_time = None
        else:
            push_time = parse_datetime(_push_time)

        _pull_time = d.pop("pull_time", UNSET)
        pull_time: datetime.datetime | Unset | None
        if _pull_time is UNSET:
            pull_time = UNSET
        elif _pull_time is None:
            pull_time = None
        else:
            pull_time = parse_datetime(_pull_time)

        _extra_attrs = d.pop("extra_attrs", UNSET)
        extra_attrs: ExtraAttrs | Unset | None
        if _extra_attrs is UNSET:
            extra_attrs = UNSET
        elif _extra_attrs is None:
            extra_attrs = None
        else:
            extra_attrs = ExtraAttrs.from_dict(_extra_attrs)

        _annotations = d.pop("annotations", UNSET)
        annotations: Annotations | Unset | None
        if _annotations is UNSET:
            annotations = UNSET
        elif _annotations is None:
            annotations = None
        else:
            annotations = Annotations.from_dict(_annotations)

        _references = d.pop("references", UNSET)
        references: list[Reference] | Unset | None = UNSET
        if _references is None:
            references = None
        elif _references is not UNSET:
            references = []
            for references_item_data in _references:
                references_item = Reference.from_dict(references_item_data)

                references.append(references_item)

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset | None = UNSET
        if _tags is None:
            tags = None
        elif _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

        _addition_links = d.pop("addition_links", UNSET)
        addition_links: AdditionLinks | Unset | None
        if _addition_links is UNSET:
            addition_links = UNSET
        elif _addition_links is None:
            addition_links = None
        else:
            addition_links = AdditionLinks.from_dict(_addition_links)

        _labels = d.pop("labels", UNSET)
        labels: list[Label] | Unset | None = UNSET
        if _labels is None:
            labels = None
        elif _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = Label.from_dict(labels_item_data)

                labels.append(labels_item)

        _scan_overview = d.pop("scan_overview", UNSET)
        scan_overview: ScanOverview | Unset | None
        if _scan_overview is UNSET:
            scan_overview = UNSET
        elif _scan_overview is None:
            scan_overview = None
        else:
            scan_overview = ScanOverview.from_dict(_scan_overview)

        _sbom_overview = d.pop("sbom_overview", UNSET)
        sbom_overview: SBOMOverview | Unset | None
        if _sbom_overview is UNSET:
            sbom_overview = UNSET
        elif _sbom_overview is None:
            sbom_overview = None
        else:
            sbom_overview = SBOMOverview.from_dict(_sbom_overview)

        _accessories = d.pop("accessories", UNSET)
        accessories: list[Accessory] | Unset | None = UNSET
        if _accessories is None:
            accessories = None
        elif _accessories is not UNSET:
            accessories = []
            for accessories_item_data in _accessories:
                accessories_item = Accessory.from_dict(accessories_item_data)

                accessories.append(accessories_item)

        artifact = cls.__new__(cls)
        artifact.id = id
        artifact.type_ = type_
        artifact.media_type = media_type
        artifact.manifest_media_type = manifest_media_type
        artifact.artifact_type = artifact_type
        artifact.project_id = project_id
        artifact.repository_id = repository_id
        artifact.repository_name = repository_name
        artifact.digest = digest
        artifact.size = size
        artifact.icon = icon
        artifact.push_time = push_time
        artifact.pull_time = pull_time
        artifact.extra_attrs = extra_attrs
        artifact.annotations = annotations
        artifact.references = references
        artifact.tags = tags
        artifact.addition_links = addition_links
        artifact.labels = labels
        artifact.scan_overview = scan_overview
        artifact.sbom_overview = sbom_overview
        artifact.accessories = accessories

        artifact.additional_properties = d
        return artifact

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one is made of, imported after the class: models refer to each
# other in cycles, and a module that imports this one back finds the class defined.
from ..models.accessory import Accessory
from ..models.addition_links import AdditionLinks
from ..models.annotations import Annotations
from ..models.extra_attrs import ExtraAttrs
from ..models.label import Label
from ..models.reference import Reference
from ..models.sbom_overview import SBOMOverview
from ..models.scan_overview import ScanOverview
from ..models.tag import Tag
