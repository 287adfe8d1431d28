from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="OverallHealthStatus")


@_attrs_define(repr=False)
class OverallHealthStatus:
    """The system health status

    Attributes:
        status (str | Unset): The overall health status. It is "healthy" only when all the components' status are
            "healthy"
        components (list[ComponentHealthStatus] | Unset):
    """

    __repr__ = model_repr

    status: str | Unset = UNSET
    components: list[ComponentHealthStatus] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        components: list[dict[str, Any]] | Unset = UNSET
        if self.components is None:
            components = None
        elif not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = (
                    components_item_data.to_dict()
                    if components_item_data is not None
                    else None
                )
                components.append(components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        _components = d.pop("components", UNSET)
        components: list[ComponentHealthStatus] | Unset | None = UNSET
        if _components is None:
            components = None
        elif _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = ComponentHealthStatus.from_dict(components_item_data)

                components.append(components_item)

        overall_health_status = cls.__new__(cls)
        overall_health_status.status = status
        overall_health_status.components = components

        overall_health_status.additional_properties = d
        return overall_health_status

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
from ..models.component_health_status import ComponentHealthStatus
