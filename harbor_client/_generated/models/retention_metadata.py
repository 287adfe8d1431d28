from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RetentionMetadata")


@_attrs_define(repr=False)
class RetentionMetadata:
    """the tag retention metadata

    Attributes:
        templates (list[RetentionRuleMetadata] | Unset): templates
        scope_selectors (list[RetentionSelectorMetadata] | Unset): supported scope selectors
        tag_selectors (list[RetentionSelectorMetadata] | Unset): supported tag selectors
    """

    __repr__ = model_repr

    templates: list[RetentionRuleMetadata] | Unset | None = UNSET
    scope_selectors: list[RetentionSelectorMetadata] | Unset | None = UNSET
    tag_selectors: list[RetentionSelectorMetadata] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        templates: list[dict[str, Any]] | Unset = UNSET
        if self.templates is None:
            templates = None
        elif not isinstance(self.templates, Unset):
            templates = []
            for templates_item_data in self.templates:
                templates_item = (
                    templates_item_data.to_dict()
                    if templates_item_data is not None
                    else None
                )
                templates.append(templates_item)

        scope_selectors: list[dict[str, Any]] | Unset = UNSET
        if self.scope_selectors is None:
            scope_selectors = None
        elif not isinstance(self.scope_selectors, Unset):
            scope_selectors = []
            for scope_selectors_item_data in self.scope_selectors:
                scope_selectors_item = (
                    scope_selectors_item_data.to_dict()
                    if scope_selectors_item_data is not None
                    else None
                )
                scope_selectors.append(scope_selectors_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if templates is not UNSET:
            field_dict["templates"] = templates
        if scope_selectors is not UNSET:
            field_dict["scope_selectors"] = scope_selectors
        if tag_selectors is not UNSET:
            field_dict["tag_selectors"] = tag_selectors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _templates = d.pop("templates", UNSET)
        templates: list[RetentionRuleMetadata] | Unset | None = UNSET
        if _templates is None:
            templates = None
        elif _templates is not UNSET:
            templates = []
            for templates_item_data in _templates:
                templates_item = RetentionRuleMetadata.from_dict(templates_item_data)

                templates.append(templates_item)

        _scope_selectors = d.pop("scope_selectors", UNSET)
        scope_selectors: list[RetentionSelectorMetadata] | Unset | None = UNSET
        if _scope_selectors is None:
            scope_selectors = None
        elif _scope_selectors is not UNSET:
            scope_selectors = []
            for scope_selectors_item_data in _scope_selectors:
                scope_selectors_item = RetentionSelectorMetadata.from_dict(
                    scope_selectors_item_data
                )

                scope_selectors.append(scope_selectors_item)

        _tag_selectors = d.pop("tag_selectors", UNSET)
        tag_selectors: list[RetentionSelectorMetadata] | Unset | None = UNSET
        if _tag_selectors is None:
            tag_selectors = None
        elif _tag_selectors is not UNSET:
            tag_selectors = []
            for tag_selectors_item_data in _tag_selectors:
                tag_selectors_item = RetentionSelectorMetadata.from_dict(
                    tag_selectors_item_data
                )

                tag_selectors.append(tag_selectors_item)

        retention_metadata = cls.__new__(cls)
        retention_metadata.templates = templates
        retention_metadata.scope_selectors = scope_selectors
        retention_metadata.tag_selectors = tag_selectors

        retention_metadata.additional_properties = d
        return retention_metadata

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
from ..models.retention_rule_metadata import RetentionRuleMetadata
from ..models.retention_selector_metadata import RetentionSelectorMetadata
