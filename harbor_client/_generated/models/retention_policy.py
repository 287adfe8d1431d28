from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RetentionPolicy")


@_attrs_define(repr=False)
class RetentionPolicy:
    """retention policy

    Attributes:
        id (int | Unset):
        algorithm (str | Unset):
        rules (list[RetentionRule] | Unset):
        trigger (RetentionRuleTrigger | Unset):
        scope (RetentionPolicyScope | Unset):
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    algorithm: str | Unset = UNSET
    rules: list[RetentionRule] | Unset | None = UNSET
    trigger: RetentionRuleTrigger | Unset | None = UNSET
    scope: RetentionPolicyScope | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        algorithm = self.algorithm

        rules: list[dict[str, Any]] | Unset = UNSET
        if self.rules is None:
            rules = None
        elif not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = (
                    rules_item_data.to_dict() if rules_item_data is not None else None
                )
                rules.append(rules_item)

        trigger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.to_dict() if self.trigger is not None else None

        scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.to_dict() if self.scope is not None else None

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if rules is not UNSET:
            field_dict["rules"] = rules
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        algorithm = d.pop("algorithm", UNSET)

        _rules = d.pop("rules", UNSET)
        rules: list[RetentionRule] | Unset | None = UNSET
        if _rules is None:
            rules = None
        elif _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = RetentionRule.from_dict(rules_item_data)

                rules.append(rules_item)

        _trigger = d.pop("trigger", UNSET)
        trigger: RetentionRuleTrigger | Unset | None
        if _trigger is UNSET:
            trigger = UNSET
        elif _trigger is None:
            trigger = None
        else:
            trigger = RetentionRuleTrigger.from_dict(_trigger)

        _scope = d.pop("scope", UNSET)
        scope: RetentionPolicyScope | Unset | None
        if _scope is UNSET:
            scope = UNSET
        elif _scope is None:
            scope = None
        else:
            scope = RetentionPolicyScope.from_dict(_scope)

        retention_policy = cls.__new__(cls)
        retention_policy.id = id
        retention_policy.algorithm = algorithm
        retention_policy.rules = rules
        retention_policy.trigger = trigger
        retention_policy.scope = scope

        retention_policy.additional_properties = d
        return retention_policy

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
from ..models.retention_policy_scope import RetentionPolicyScope
from ..models.retention_rule import RetentionRule
from ..models.retention_rule_trigger import RetentionRuleTrigger
