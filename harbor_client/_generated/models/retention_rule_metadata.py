from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RetentionRuleMetadata")


@_attrs_define(repr=False)
class RetentionRuleMetadata:
    """the tag retention rule metadata

    Attributes:
        rule_template (str | Unset): rule id
        display_text (str | Unset): rule display text
        action (str | Unset): rule action
        params (list[RetentionRuleParamMetadata] | Unset): rule params
    """

    __repr__ = model_repr

    rule_template: str | Unset = UNSET
    display_text: str | Unset = UNSET
    action: str | Unset = UNSET
    params: list[RetentionRuleParamMetadata] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_template = self.rule_template

        display_text = self.display_text

        action = self.action

        params: list[dict[str, Any]] | Unset = UNSET
        if self.params is None:
            params = None
        elif not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = (
                    params_item_data.to_dict() if params_item_data is not None else None
                )
                params.append(params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rule_template is not UNSET:
            field_dict["rule_template"] = rule_template
        if display_text is not UNSET:
            field_dict["display_text"] = display_text
        if action is not UNSET:
            field_dict["action"] = action
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rule_template = d.pop("rule_template", UNSET)

        display_text = d.pop("display_text", UNSET)

        action = d.pop("action", UNSET)

        _params = d.pop("params", UNSET)
        params: list[RetentionRuleParamMetadata] | Unset | None = UNSET
        if _params is None:
            params = None
        elif _params is not UNSET:
            params = []
            for params_item_data in _params:
                params_item = RetentionRuleParamMetadata.from_dict(params_item_data)

                params.append(params_item)

        retention_rule_metadata = cls.__new__(cls)
        retention_rule_metadata.rule_template = rule_template
        retention_rule_metadata.display_text = display_text
        retention_rule_metadata.action = action
        retention_rule_metadata.params = params

        retention_rule_metadata.additional_properties = d
        return retention_rule_metadata

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
from ..models.retention_rule_param_metadata import RetentionRuleParamMetadata
