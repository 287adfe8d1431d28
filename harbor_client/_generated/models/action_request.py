from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_request_action import ActionRequestAction
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ActionRequest")


@_attrs_define(repr=False)
class ActionRequest:
    """The request to stop, pause or resume

    Attributes:
        action (ActionRequestAction | Unset): The action of the request, should be stop, pause or resume
    """

    __repr__ = model_repr

    action: ActionRequestAction | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value if self.action is not None else None

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: ActionRequestAction | Unset | None
        if _action is UNSET:
            action = UNSET
        elif _action is None:
            action = None
        else:
            action = ActionRequestAction(_action)

        action_request = cls.__new__(cls)
        action_request.action = action

        action_request.additional_properties = d
        return action_request

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
