from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RetentionRuleTrigger")


@_attrs_define(repr=False)
class RetentionRuleTrigger:
    """
    Attributes:
        kind (str | Unset):
        settings (RetentionRuleTriggerSettings | Unset):
        references (RetentionRuleTriggerReferences | Unset):
    """

    __repr__ = model_repr

    kind: str | Unset = UNSET
    settings: RetentionRuleTriggerSettings | Unset | None = UNSET
    references: RetentionRuleTriggerReferences | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict() if self.settings is not None else None

        references: dict[str, Any] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = (
                self.references.to_dict() if self.references is not None else None
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if settings is not UNSET:
            field_dict["settings"] = settings
        if references is not UNSET:
            field_dict["references"] = references

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = d.pop("kind", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: RetentionRuleTriggerSettings | Unset | None
        if _settings is UNSET:
            settings = UNSET
        elif _settings is None:
            settings = None
        else:
            settings = RetentionRuleTriggerSettings.from_dict(_settings)

        _references = d.pop("references", UNSET)
        references: RetentionRuleTriggerReferences | Unset | None
        if _references is UNSET:
            references = UNSET
        elif _references is None:
            references = None
        else:
            references = RetentionRuleTriggerReferences.from_dict(_references)

        retention_rule_trigger = cls.__new__(cls)
        retention_rule_trigger.kind = kind
        retention_rule_trigger.settings = settings
        retention_rule_trigger.references = references

        retention_rule_trigger.additional_properties = d
        return retention_rule_trigger

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
from ..models.retention_rule_trigger_references import RetentionRuleTriggerReferences
from ..models.retention_rule_trigger_settings import RetentionRuleTriggerSettings
