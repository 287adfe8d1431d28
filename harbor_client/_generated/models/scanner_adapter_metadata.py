from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ScannerAdapterMetadata")


@_attrs_define(repr=False)
class ScannerAdapterMetadata:
    """The metadata info of the scanner adapter

    Attributes:
        scanner (Scanner | Unset):
        capabilities (list[ScannerCapability] | Unset):
        properties (ScannerAdapterMetadataProperties | Unset):  Example: {'harbor.scanner-adapter/registry-
            authorization-type': 'Bearer'}.
    """

    __repr__ = model_repr

    scanner: Scanner | Unset | None = UNSET
    capabilities: list[ScannerCapability] | Unset | None = UNSET
    properties: ScannerAdapterMetadataProperties | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scanner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scanner, Unset):
            scanner = self.scanner.to_dict() if self.scanner is not None else None

        capabilities: list[dict[str, Any]] | Unset = UNSET
        if self.capabilities is None:
            capabilities = None
        elif not isinstance(self.capabilities, Unset):
            capabilities = []
            for capabilities_item_data in self.capabilities:
                capabilities_item = (
                    capabilities_item_data.to_dict()
                    if capabilities_item_data is not None
                    else None
                )
                capabilities.append(capabilities_item)

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = (
                self.properties.to_dict() if self.properties is not None else None
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scanner is not UNSET:
            field_dict["scanner"] = scanner
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _scanner = d.pop("scanner", UNSET)
        scanner: Scanner | Unset | None
        if _scanner is UNSET:
            scanner = UNSET
        elif _scanner is None:
            scanner = None
        else:
            scanner = Scanner.from_dict(_scanner)

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: list[ScannerCapability] | Unset | None = UNSET
        if _capabilities is None:
            capabilities = None
        elif _capabilities is not UNSET:
            capabilities = []
            for capabilities_item_data in _capabilities:
                capabilities_item = ScannerCapability.from_dict(capabilities_item_data)

                capabilities.append(capabilities_item)

        _properties = d.pop("properties", UNSET)
        properties: ScannerAdapterMetadataProperties | Unset | None
        if _properties is UNSET:
            properties = UNSET
        elif _properties is None:
            properties = None
        else:
            properties = ScannerAdapterMetadataProperties.from_dict(_properties)

        scanner_adapter_metadata = cls.__new__(cls)
        scanner_adapter_metadata.scanner = scanner
        scanner_adapter_metadata.capabilities = capabilities
        scanner_adapter_metadata.properties = properties

        scanner_adapter_metadata.additional_properties = d
        return scanner_adapter_metadata

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
from ..models.scanner import Scanner
from ..models.scanner_adapter_metadata_properties import (
    ScannerAdapterMetadataProperties,
)
from ..models.scanner_capability import ScannerCapability
