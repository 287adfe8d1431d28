from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ImmutableRule")


@_attrs_define(repr=False)
class ImmutableRule:
    """
    Attributes:
        id (int | Unset):
        priority (int | Unset):
        disabled (bool | Unset):
        action (str | Unset):
        template (str | Unset):
        params (ImmutableRuleParams | Unset):
        tag_selectors (list[ImmutableSelector] | Unset):
        scope_selectors (ImmutableRuleScopeSelectors | Unset):
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    priority: int | Unset = UNSET
    disabled: bool | Unset = UNSET
    action: str | Unset = UNSET
    template: str | Unset = UNSET
    params: ImmutableRuleParams | Unset | None = UNSET
    tag_selectors: list[ImmutableSelector] | Unset | None = UNSET
    scope_selectors: ImmutableRuleScopeSelectors | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        priority = self.priority

        disabled = self.disabled

        action = self.action

        template = self.template

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict() if self.params is not None else None

        tag_selectors: list[dict[str, Any]] | Unset = UNSET
        if self.tag_selectors is None:
            tag_selectors = None
        elif not isinstance(self.tag_selectors, Unset):
            tag_selectors = []
            for tag_selectors_item_data in self.tag_selectors:
                tag_selectors_item = (
                    tag_selectors_item_data.to_dict()
                    if tag_selectors_item_data is not None
                    else None
                )
                tag_selectors.append(tag_selectors_item)

        scope_selectors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scope_selectors, Unset):
            scope_selectors = (
                self.scope_selectors.to_dict()
                if self.scope_selectors is not None
                else None
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if action is not UNSET:
            field_dict["action"] = action
        if template is not UNSET:
            field_dict["template"] = template
        if params is not UNSET:
            field_dict["params"] = params
        if tag_selectors is not UNSET:
            field_dict["tag_selectors"] = tag_selectors
        if scope_selectors is not UNSET:
            field_dict["scope_selectors"] = scope_selectors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        priority = d.pop("priority", UNSET)

        disabled = d.pop("disabled", UNSET)

        action = d.pop("action", UNSET)

        template = d.pop("template", UNSET)

        _params = d.pop("params", UNSET)
        params: ImmutableRuleParams | Unset | None
        if _params is UNSET:
            params = UNSET
        elif _params is None:
            params = None
        else:
            params = ImmutableRuleParams.from_dict(_params)

        _tag_selectors = d.pop("tag_selectors", UNSET)
        tag_selectors: list[ImmutableSelector] | Unset | None = UNSET
        if _tag_selectors is None:
            tag_selectors = None
        elif _tag_selectors is not UNSET:
            tag_selectors = []
            for tag_selectors_item_data in _tag_selectors:
                tag_selectors_item = ImmutableSelector.from_dict(
                    tag_selectors_item_data
                )

                tag_selectors.append(tag_selectors_item)

        _scope_selectors = d.pop("scope_selectors", UNSET)
        scope_selectors: ImmutableRuleScopeSelectors | Unset | None
        if _scope_selectors is UNSET:
            scope_selectors = UNSET
        elif _scope_selectors is None:
            scope_selectors = None
        else:
            scope_selectors = ImmutableRuleScopeSelectors.from_dict(_scope_selectors)

        immutable_rule = cls.__new__(cls)
        immutable_rule.id = id
        immutable_rule.priority = priority
        immutable_rule.disabled = disabled
        immutable_rule.action = action
        immutable_rule.template = template
        immutable_rule.params = params
        immutable_rule.tag_selectors = tag_selectors
        immutable_rule.scope_selectors = scope_selectors

        immutable_rule.additional_properties = d
        return immutable_rule

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
from ..models.immutable_rule_params import ImmutableRuleParams
from ..models.immutable_rule_scope_selectors import ImmutableRuleScopeSelectors
from ..models.immutable_selector import ImmutableSelector
