from enum import StrEnum


class GetAdditionAddition(StrEnum):
    BUILD_HISTORY = "build_history"
    DEPENDENCIES = "dependencies"
    FILES = "files"
    LICENSE = "license"
    README_MD = "readme.md"
    SBOM = "sbom"
    VALUES_YAML = "values.yaml"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetAdditionAddition | None":
        # A value that a later Harbor added: keep it, named UNKNOWN, so that reading
        # an answer does not fail and to_dict() sends the same value back.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_unknown(self) -> bool:
        """True for a value that this version of Harbor's definition does not list."""
        return type(self)._value2member_map_.get(self._value_) is not self
