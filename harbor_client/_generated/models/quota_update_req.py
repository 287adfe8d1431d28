from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="QuotaUpdateReq")


@_attrs_define(repr=False)
class QuotaUpdateReq:
    """
    Attributes:
        hard (ResourceList | Unset):
    """

    __repr__ = model_repr

    hard: ResourceList | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hard, Unset):
            hard = self.hard.to_dict() if self.hard is not None else None

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hard is not UNSET:
            field_dict["hard"] = hard

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _hard = d.pop("hard", UNSET)
        hard: ResourceList | Unset | None
        if _hard is UNSET:
            hard = UNSET
        elif _hard is None:
            hard = None
        else:
            hard = ResourceList.from_dict(_hard)

        quota_update_req = cls.__new__(cls)
        quota_update_req.hard = hard

        quota_update_req.additional_properties = d
        return quota_update_req

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
from ..models.resource_list import ResourceList
