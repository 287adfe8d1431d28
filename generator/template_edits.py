"""The templates the client is generated with, derived from the generator's own.

No copy of an upstream template is kept here. At build time each template that needs
a change is read from the installed (pinned) openapi-python-client and edited by exact
text replacement; an edit whose text does not occur exactly once stops the build, so a
generator upgrade that rewrites a template cannot silently drop a fix. Templates that
are entirely the project's own live in generator/templates/.
"""

# The find texts are lines of upstream templates, which must match byte for byte, and
# the replacements keep their shape: they are as long as the templates make them.
# ruff: noqa: E501

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import openapi_python_client

__all__ = ["EDITS", "TemplateEdit", "TemplateError", "derive_templates"]

OWN_TEMPLATES = Path(__file__).resolve().parent / "templates"
UPSTREAM_TEMPLATES = Path(openapi_python_client.__file__).resolve().parent / "templates"


class TemplateError(Exception):
    """An edit no longer matches the generator's template."""


@dataclass(frozen=True)
class TemplateEdit:
    """Replace ``find`` (which must occur exactly once) by ``replace``."""

    template: str
    why: str
    find: str
    replace: str


EDITS: tuple[TemplateEdit, ...] = (
    TemplateEdit(
        "str_enum.py.jinja",
        "Harbor adds enum values between releases (ScheduleObj.type 'Schedule' broke "
        "clients that checked against the older list): keep an unknown value as a "
        "pseudo-member instead of raising, and write it back unchanged.",
        find="""\
    def __str__(self) -> str:
        return str(self.value)
""",
        replace="""\
    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "{{ enum.class_info.name }} | None":
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
        \"\"\"True for a value that this version of Harbor's definition does not list.\"\"\"
        return type(self)._value2member_map_.get(self._value_) is not self
""",
    ),
    TemplateEdit(
        "property_templates/property_macros.py.jinja",
        "Harbor sends null for objects, enums and date-times that the definition "
        "does not mark nullable: read it as None instead of failing. UNSET is the one "
        "instance of Unset: an identity test is cheaper than isinstance, per field.",
        find="""\
{{ property.python_name }}: {{ property.get_type_string() | as_unembedded_code }}
    {% if not property.required %}
if isinstance(_{{ property.python_name }},  Unset):
    {{ property.python_name }} = UNSET
    {% endif %}
else:
""",
        replace="""\
{{ property.python_name }}: {{ property.get_type_string() | as_unembedded_code }} | None
    {% if not property.required %}
if _{{ property.python_name }} is UNSET:
    {{ property.python_name }} = UNSET
    {% endif %}
elif _{{ property.python_name }} is None:
    {{ property.python_name }} = None
else:
""",
    ),
    TemplateEdit(
        "property_templates/list_property.py.jinja",
        "Harbor's Go server writes an empty slice as null (Artifact.tags, labels, "
        "references, accessories): read it as None instead of iterating over it.",
        find="""\
{{ property.python_name }}: {{ property.get_type_string() | as_unembedded_code }} = UNSET
if _{{ property.python_name }} is not UNSET:
""",
        replace="""\
{{ property.python_name }}: {{ property.get_type_string() | as_unembedded_code }} | None = UNSET
if _{{ property.python_name }} is None:
    {{ property.python_name }} = None
elif _{{ property.python_name }} is not UNSET:
""",
    ),
    TemplateEdit(
        "property_templates/list_property.py.jinja",
        "A list read as None is written back as null.",
        find="""\
if not isinstance({{ source }}, Unset):
    {{ _transform(property, source, destination, "to_dict") | indent(4)}}
""",
        replace="""\
if {{ source }} is None:
    {{ destination }} = None
elif not isinstance({{ source }}, Unset):
    {{ _transform(property, source, destination, "to_dict") | indent(4)}}
""",
    ),
    TemplateEdit(
        "property_templates/model_property.py.jinja",
        "An object read as None is written back as null.",
        find="""{% set transformed = source + ".to_dict()" %}""",
        replace="""{% set transformed = source + ".to_dict() if " + source + " is not None else None" %}""",
    ),
    TemplateEdit(
        "property_templates/enum_property.py.jinja",
        "An enum read as None is written back as null.",
        find="""{% set transformed = source + ".value" %}""",
        replace="""{% set transformed = source + ".value if " + source + " is not None else None" %}""",
    ),
    TemplateEdit(
        "property_templates/datetime_property.py.jinja",
        "Harbor writes an unset time as Go's zero time 0001-01-01T00:00:00Z, which "
        "overflows as soon as it is converted to another time zone: read it as None.",
        find="""\
{% macro construct_function(property, source) %}
datetime.datetime.fromisoformat({{ source }})
{% endmacro %}
""",
        replace="""\
{% macro construct_function(property, source) %}
parse_datetime({{ source }})
{% endmacro %}
""",
    ),
    TemplateEdit(
        "property_templates/datetime_property.py.jinja",
        "A date-time read as None is written back as null.",
        find="""{% set transformed = source + ".isoformat()" %}""",
        replace="""{% set transformed = source + ".isoformat() if " + source + " is not None else None" %}""",
    ),
    TemplateEdit(
        "model.py.jinja",
        "Models read date-times with parse_datetime (Go's zero time is None).",
        find="from ..types import UNSET, Unset\n",
        replace="from ..types import UNSET, Unset, model_repr, parse_datetime\n",
    ),
    TemplateEdit(
        "model.py.jinja",
        "A model shows the fields Harbor sent; attrs' repr would list every field, "
        "the unset ones as <Unset object at 0x...>, which buries them in a notebook.",
        find="""\
@_attrs_define
class {{ class_name }}:
    {{ docstring(class_docstring_content(model)) | indent(4) }}
""",
        replace="""\
@_attrs_define(repr=False)
class {{ class_name }}:
    {{ docstring(class_docstring_content(model)) | indent(4) }}

    __repr__ = model_repr
""",
    ),
    TemplateEdit(
        "model.py.jinja",
        "Attributes that Harbor may send as null admit None in their annotation.",
        find="""\
{% macro declare_property(property) %}
{%- if config.docstrings_on_attributes and property.description -%}
{{ property.to_string() | as_unembedded_code }}
{{ docstring(property.description | safe_for_docstring) | wordwrap(112) }}
{%- else -%}
{{ property.to_string() | as_unembedded_code }}
{%- endif -%}
{% endmacro %}
""",
        replace="""\
{% from "harbor_macros.jinja" import declaration %}
{% macro declare_property(property) %}
{%- if config.docstrings_on_attributes and property.description -%}
{{ declaration(property) }}
{{ docstring(property.description | safe_for_docstring) | wordwrap(112) }}
{%- else -%}
{{ declaration(property) }}
{%- endif -%}
{% endmacro %}
""",
    ),
    TemplateEdit(
        "model.py.jinja",
        "Say in the model's docstring how Go's zero time reads.",
        find="""\
    {% if (not config.docstrings_on_attributes) and (model.required_properties or model.optional_properties) %}
    Attributes:
""",
        replace="""\
    {% if (model.required_properties + model.optional_properties) | selectattr("template", "equalto", "datetime_property.py.jinja") | list %}
    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    {% endif %}
    {% if (not config.docstrings_on_attributes) and (model.required_properties or model.optional_properties) %}
    Attributes:
""",
    ),
    TemplateEdit(
        "model.py.jinja",
        "The models a model is made of are imported once, at the end of its module "
        "(below), not under TYPE_CHECKING and again inside each method.",
        find="""\
{% for lazy_import in model.lazy_imports | sort %}
{% if loop.first %}
if TYPE_CHECKING:
{% endif %}
  {{ lazy_import }}
{% endfor %}
""",
        replace="",
    ),
    TemplateEdit(
        "model.py.jinja",
        "An import statement in from_dict runs for every object read: nine for each "
        "artifact of a page, at about 0.6 us each.",
        find="""\
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
    {% for lazy_import in model.lazy_imports | sort %}
        {{ lazy_import }} # noqa: PLC0415
    {% endfor %}
""",
        replace="""\
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
""",
    ),
    TemplateEdit(
        "model.py.jinja",
        "The models of typed additional properties are among the module's imports.",
        find="""\
{% if model.additional_properties.lazy_imports %}
    {% for lazy_import in model.additional_properties.lazy_imports | sort %}
        {{ lazy_import }} # noqa: PLC0415
    {% endfor %}
{% endif %}
""",
        replace="",
    ),
    TemplateEdit(
        "model.py.jinja",
        "to_dict uses the module's imports.",
        find="""\
    def to_dict(self) -> dict[str, Any]:
    {% for lazy_import in model.lazy_imports | sort %}
        {{ lazy_import }} # noqa: PLC0415
    {% endfor %}
""",
        replace="""\
    def to_dict(self) -> dict[str, Any]:
""",
    ),
    TemplateEdit(
        "model.py.jinja",
        "to_multipart uses the module's imports.",
        find="""\
    def to_multipart(self) -> types.RequestFiles:
    {% for lazy_import in model.lazy_imports | sort %}
        {{ lazy_import }} # noqa: PLC0415
    {% endfor %}
""",
        replace="""\
    def to_multipart(self) -> types.RequestFiles:
""",
    ),
    TemplateEdit(
        "model.py.jinja",
        "from_dict stores the attributes of the object it reads itself, which is "
        "all that attrs' __init__ does for these models (no validators, converters "
        "or hooks; the tests hold every model to that): binding a dozen keywords "
        "costs 0.73 us a Project, 0.31 us by position, and each object also built "
        "an additional_properties dict only to have it replaced.",
        find="""\
        {{ module_name }} = cls(
{% for property in model.required_properties + model.optional_properties %}
            {{ property.python_name }}={{ property.python_name }},
{% endfor %}
        )
""",
        replace="""\
        {{ module_name }} = cls.__new__(cls)
{% for property in model.required_properties + model.optional_properties %}
        {{ module_name }}.{{ property.python_name }} = {{ property.python_name }}
{% endfor %}
""",
    ),
    TemplateEdit(
        "model.py.jinja",
        "The object that from_dict builds is named for its module, unless an "
        "attribute has that name (Errors.errors, Schedule.schedule): the attribute's "
        "value would be overwritten before it is stored.",
        find="{% set module_name = model.class_info.module_name %}\n",
        replace="""\
{% set attribute_names = (model.required_properties + model.optional_properties) | map(attribute="python_name") | list %}
{% set module_name = model.class_info.module_name if model.class_info.module_name not in attribute_names else model.class_info.module_name + "_read" %}
""",
    ),
    TemplateEdit(
        "model.py.jinja",
        "Models refer to each other in cycles (a model that lists models of its own "
        "kind, or one that refers back): imported after the class, each finds the "
        "other's class defined. Only the models this one is made of are imported, "
        "so reading an artifact loads 15 of the 177 model modules.",
        find="""\
    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
    {% endif %}
""",
        replace="""\
    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
    {% endif %}
{% if model.lazy_imports %}


# The models this one is made of, imported after the class: models refer to each
# other in cycles, and a module that imports this one back finds the class defined.
{% for lazy_import in model.lazy_imports | sort %}
{{ lazy_import }}
{% endfor %}
{% endif %}
""",
    ),
    TemplateEdit(
        "property_templates/union_property.py.jinja",
        "A nullable scalar (x-nullable string, integer, boolean: 108 in v2.15.2, 11 in "
        "ProjectMetadata) is a union whose every member is read as it is; a local "
        "function that returns its argument through cast() costs a call per field. "
        "Such a union is read directly (the end of the macro is in the next edit).",
        find="""\
{% macro construct(property, source) %}
def _parse_{{ property.python_name }}(data: object) -> {{ property.get_type_string() | as_unembedded_code }}:
""",
        replace="""\
{% macro construct(property, source) %}
{% set read_as_is = namespace(value=true) %}
{% for inner_property in property.inner_properties %}
{% import "property_templates/" + inner_property.template as inner_template %}
{% if inner_template.construct %}
{% set read_as_is.value = false %}
{% endif %}
{% endfor %}
{% if read_as_is.value %}
{{ property.python_name }} = {{ source }}
{% else %}
def _parse_{{ property.python_name }}(data: object) -> {{ property.get_type_string() | as_unembedded_code }}:
""",
    ),
    TemplateEdit(
        "property_templates/union_property.py.jinja",
        "The end of a union that is not read as it is.",
        find="""\
{{ property.python_name }} = _parse_{{ property.python_name }}({{ source }})
{% endmacro %}
""",
        replace="""\
{{ property.python_name }} = _parse_{{ property.python_name }}({{ source }})
{% endif %}
{% endmacro %}
""",
    ),
    TemplateEdit(
        "property_templates/union_property.py.jinja",
        "UNSET is the one instance of Unset: an identity test is cheaper.",
        find="""\
    if isinstance(data, Unset):
        return data
""",
        replace="""\
    if data is UNSET:
        return data
""",
    ),
    TemplateEdit(
        "property_templates/list_property.py.jinja",
        "A list of scalars is read as it is; cast() is a function call at run time.",
        find="""\
{{ property.python_name }} = cast({{ property.get_type_string(no_optional=True) | as_unembedded_code }}, {{ source }})
""",
        replace="""\
{{ property.python_name }} = {{ source }}
""",
    ),
    TemplateEdit(
        "types.py.jinja",
        "UNSET reads as what it is when a field is printed.",
        find="""\
class Unset:
    def __bool__(self) -> Literal[False]:
        return False
""",
        replace="""\
class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"
""",
    ),
    TemplateEdit(
        "types.py.jinja",
        "model_repr reads the fields of a model class.",
        find="from attrs import define\n",
        replace="from attrs import define, fields\n",
    ),
    TemplateEdit(
        "types.py.jinja",
        "parse_datetime needs the datetime module.",
        find="from collections.abc import Mapping, MutableMapping\n",
        replace="import datetime\nfrom collections.abc import Mapping, MutableMapping\n",
    ),
    TemplateEdit(
        "types.py.jinja",
        "Proxies and load balancers in front of Harbor answer with codes that are not "
        "in http.HTTPStatus (520, 499); HTTPStatus(520) raises before any handling.",
        find="    status_code: HTTPStatus\n",
        replace="    status_code: int\n",
    ),
    TemplateEdit(
        "types.py.jinja",
        "The one place that reads Harbor's date-times, and the one repr of models.",
        find="""\
__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
""",
        replace="""\
# Go's zero time as strfmt.DateTime (most of Harbor's models) and time.RFC3339
# (preheat executions) write it.
_GO_ZERO_TIMES = frozenset({"0001-01-01T00:00:00.000Z", "0001-01-01T00:00:00Z"})


def parse_datetime(value: str) -> datetime.datetime | None:
    \"\"\"Read a date-time of Harbor's JSON; Go's zero time (year 1) is None.

    Harbor writes a time that was never set (pull_time of an artifact nobody pulled,
    next_scheduled_time of a schedule that is off) as 0001-01-01T00:00:00Z, with or
    without fractions. As a datetime it overflows on the first time zone conversion.
    \"\"\"
    # Most date-times of a page of artifacts are zero times (pull_time of every
    # artifact and tag nobody pulled): the spellings Harbor writes are known and
    # answered without parsing them.
    if value in _GO_ZERO_TIMES:
        return None
    parsed = datetime.datetime.fromisoformat(value)
    if parsed.year == 1 and parsed.replace(tzinfo=None) == datetime.datetime.min:
        return None
    return parsed


def model_repr(model: object) -> str:
    \"\"\"A model as its class and the fields it holds, leaving out the unset ones.\"\"\"
    shown = []
    for attribute in fields(type(model)):
        value = getattr(model, attribute.name)
        if value is UNSET or (attribute.name == "additional_properties" and not value):
            continue
        shown.append(f"{attribute.name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "model_repr",
    "parse_datetime",
]
""",
    ),
    TemplateEdit(
        "endpoint_module.py.jinja",
        "Status codes stay plain ints: HTTPStatus(520) raises.",
        find="        status_code=HTTPStatus(response.status_code),\n",
        replace="        status_code=response.status_code,\n",
    ),
    TemplateEdit(
        "endpoint_module.py.jinja",
        "An error answer can come from a proxy (an HTML page) or have no body at all; "
        "reading it must not raise.",
        find="""\
    {% endif %}
        {{ parse_response(parsed_responses, response) | indent(8) }}
    {% endfor %}
""",
        replace="""\
    {% endif %}
        {% if code_range[0] >= 300 and parsed_responses %}
        try:
            {{ parse_response(parsed_responses, response) | indent(12) }}
        except (ValueError, TypeError, KeyError, AttributeError):  # not Harbor's JSON
            return None
        {% else %}
        {{ parse_response(parsed_responses, response) | indent(8) }}
        {% endif %}
    {% endfor %}
""",
    ),
    TemplateEdit(
        "errors.py.jinja",
        "An answer can carry a secret (a robot's); the body stays in .content, out of "
        "the message, which ends up in logs.",
        find="""\
        super().__init__(
            f"Unexpected status code: {status_code}\\n\\nResponse content:\\n{content.decode(errors='ignore')}"
        )
""",
        replace="""\
        super().__init__(f"Unexpected status code: {status_code}")
""",
    ),
)


def derive_templates(target: Path, edits: tuple[TemplateEdit, ...] = EDITS) -> Path:
    """Write the edited templates and the project's own into ``target``."""
    shutil.copytree(OWN_TEMPLATES, target, dirs_exist_ok=True)
    texts: dict[str, str] = {}
    for edit in edits:
        if edit.template not in texts:
            texts[edit.template] = (UPSTREAM_TEMPLATES / edit.template).read_text(
                encoding="utf-8"
            )
        count = texts[edit.template].count(edit.find)
        if count != 1:
            raise TemplateError(
                f"the edit of {edit.template} ({edit.why}) expects its text once in "
                f"openapi-python-client {openapi_python_client.__version__}'s "
                f"template and finds it {count} times:\n{edit.find}"
            )
        texts[edit.template] = texts[edit.template].replace(edit.find, edit.replace)
    for name, text in texts.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return target
