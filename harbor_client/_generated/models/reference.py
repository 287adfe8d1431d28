from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Reference")


@_attrs_define(repr=False)
class Reference:
    """
    Attributes:
        parent_id (int | Unset): The parent ID of the reference
        child_id (int | Unset): The child ID of the reference
        child_digest (str | Unset): The digest of the child artifact
        platform (Platform | Unset):
        annotations (Annotations | Unset):
        urls (list[str] | Unset): The download URLs
    """

    __repr__ = model_repr

    parent_id: int | Unset = UNSET
    child_id: int | Unset = UNSET
    child_digest: str | Unset = UNSET
    platform: Platform | Unset | None = UNSET
    annotations: Annotations | Unset | None = UNSET
    urls: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_id = self.parent_id

        child_id = self.child_id

        child_digest = self.child_digest

        platform: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.to_dict() if self.platform is not None else None

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = (
                self.annotations.to_dict() if self.annotations is not None else None
            )

        urls: list[str] | Unset = UNSET
        if self.urls is None:
            urls = None
        elif not isinstance(self.urls, Unset):
            urls = self.urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if child_id is not UNSET:
            field_dict["child_id"] = child_id
        if child_digest is not UNSET:
            field_dict["child_digest"] = child_digest
        if platform is not UNSET:
            field_dict["platform"] = platform
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if urls is not UNSET:
            field_dict["urls"] = urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        parent_id = d.pop("parent_id", UNSET)

        child_id = d.pop("child_id", UNSET)

        child_digest = d.pop("child_digest", UNSET)

        _platform = d.pop("platform", UNSET)
        platform: Platform | Unset | None
        if _platform is UNSET:
            platform = UNSET
        elif _platform is None:
            platform = None
        else:
            platform = Platform.from_dict(_platform)

        _annotations = d.pop("annotations", UNSET)
        annotations: Annotations | Unset | None
        if _annotations is UNSET:
            annotations = UNSET
        elif _annotations is None:
            annotations = None
        else:
            annotations = Annotations.from_dict(_annotations)

        urls = d.pop("urls", UNSET)

        reference = cls.__new__(cls)
        reference.parent_id = parent_id
        reference.child_id = child_id
        reference.child_digest = child_digest
        reference.platform = platform
        reference.annotations = annotations
        reference.urls = urls

        reference.additional_properties = d
        return reference

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
from ..models.annotations import Annotations
from ..models.platform import Platform
