from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Errors")


@_attrs_define(repr=False)
class Errors:
    """The error array that describe the errors got during the handling of request

    Attributes:
        errors (list[Error] | Unset):
    """

    __repr__ = model_repr

    errors: list[Error] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[dict[str, Any]] | Unset = UNSET
        if self.errors is None:
            errors = None
        elif not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = (
                    errors_item_data.to_dict() if errors_item_data is not None else None
                )
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _errors = d.pop("errors", UNSET)
        errors: list[Error] | Unset | None = UNSET
        if _errors is None:
            errors = None
        elif _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = Error.from_dict(errors_item_data)

                errors.append(errors_item)

        errors_read = cls.__new__(cls)
        errors_read.errors = errors

        errors_read.additional_properties = d
        return errors_read

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
from ..models.error import Error
