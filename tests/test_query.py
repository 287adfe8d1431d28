"""The q filter language: what each builder puts on the wire, and what it refuses."""

from __future__ import annotations

import pickle
from datetime import UTC, date, datetime, timedelta, timezone

import httpx
import pytest

from harbor_client.query import (
    Q,
    all_of,
    any_of,
    between,
    exact,
    fuzzy,
    sort_by,
)


def wire_query(q: str) -> bytes:
    """The query string httpx sends for ``q`` (the one percent-encoding pass)."""
    return httpx.Request("GET", "https://harbor.test/", params={"q": q}).url.query


# What each pattern renders to


def test_bare_value_is_an_exact_match() -> None:
    assert Q(name="demo") == "name=demo"


def test_exact_renders_like_a_bare_value() -> None:
    assert Q(project_id=exact(7)) == "project_id=7"


def test_fuzzy_match_has_a_tilde() -> None:
    assert Q(name=fuzzy("demo")) == "name=~demo"


def test_range_with_both_bounds() -> None:
    assert Q(size=between(10, 20)) == "size=[10~20]"


def test_range_with_an_open_upper_bound() -> None:
    assert Q(size=between(10, None)) == "size=[10~]"


def test_range_with_an_open_lower_bound() -> None:
    assert Q(size=between(None, 20)) == "size=[~20]"


def test_or_list_uses_braces_and_single_spaces() -> None:
    assert Q(tags=any_of("a", "b", "c")) == "tags={a b c}"


def test_and_list_uses_parentheses() -> None:
    assert Q(labels=all_of(3, 5)) == "labels=(3 5)"


def test_terms_keep_the_order_given_and_are_joined_by_commas() -> None:
    q = Q(name=fuzzy("demo"), public="true", owner_id=1)
    assert q == "name=~demo,public=true,owner_id=1"


def test_mapping_form_takes_keys_that_are_not_python_names() -> None:
    assert Q({"Level": "project"}, ProjectID=3) == "Level=project,ProjectID=3"


def test_booleans_are_written_as_harbor_reads_them() -> None:
    assert Q(public=True, deleted=False) == "public=true,deleted=false"


def test_example_from_the_module_documentation() -> None:
    q = Q(
        name=fuzzy("demo"),
        creation_time=between(datetime(2025, 1, 1, tzinfo=UTC), None),
        tags=any_of("a", "b"),
    )
    assert q == "name=~demo,creation_time=[2025-01-01T00:00:00~],tags={a b}"


# Times


def test_aware_datetime_is_converted_to_utc_without_zone_or_fraction() -> None:
    cest = timezone(timedelta(hours=2))
    start = datetime(2025, 6, 1, 9, 30, 5, 123456, tzinfo=cest)
    assert Q(creation_time=between(start, None)) == (
        "creation_time=[2025-06-01T07:30:05~]"
    )


def test_naive_datetime_is_sent_as_is_because_harbor_takes_it_as_utc() -> None:
    assert Q(op_time=between(None, datetime(2025, 6, 1, 23, 59, 59))) == (
        "op_time=[~2025-06-01T23:59:59]"
    )


def test_date_is_midnight() -> None:
    assert Q(op_time=between(date(2025, 1, 1), date(2025, 2, 1))) == (
        "op_time=[2025-01-01T00:00:00~2025-02-01T00:00:00]"
    )


def test_datetime_as_an_exact_value_uses_the_same_layout() -> None:
    when = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert Q(push_time=when) == "push_time=2025-01-02T03:04:05"


# Escaping for Harbor's double URL decoding


def test_plus_is_escaped_so_it_is_not_read_as_a_space() -> None:
    assert Q(name=fuzzy("a+b")) == "name=~a%2Bb"


def test_percent_is_escaped_so_it_does_not_start_an_escape() -> None:
    assert Q(name=fuzzy("100%")) == "name=~100%25"


def test_plus_goes_on_the_wire_double_encoded() -> None:
    # harbor-behavior 1.5: to search for a+b send q=name%3D~a%252Bb
    assert wire_query(Q(name=fuzzy("a+b"))) == b"q=name%3D~a%252Bb"


def test_percent_goes_on_the_wire_double_encoded() -> None:
    assert wire_query(Q(name=fuzzy("50%off"))) == b"q=name%3D~50%2525off"


def test_spaces_stay_spaces_inside_a_value() -> None:
    assert Q(resource=exact("my repo")) == "resource=my repo"
    assert wire_query(Q(resource=exact("my repo"))) == b"q=resource%3Dmy+repo"


def test_unicode_is_left_for_the_single_percent_encoding() -> None:
    assert Q(name=fuzzy("größe")) == "name=~größe"
    assert wire_query(Q(name=fuzzy("größe"))) == b"q=name%3D~gr%C3%B6%C3%9Fe"


def test_braces_inside_a_fuzzy_value_are_plain_characters() -> None:
    assert Q(name=fuzzy("{x}")) == "name=~{x}"
    assert wire_query(Q(name=fuzzy("{x}"))) == b"q=name%3D~%7Bx%7D"


def test_or_list_on_the_wire() -> None:
    q = Q(operation=any_of("create", "delete"), resource_type="artifact")
    assert q == "operation={create delete},resource_type=artifact"
    assert wire_query(q) == (
        b"q=operation%3D%7Bcreate+delete%7D%2Cresource_type%3Dartifact"
    )


def test_list_items_and_range_bounds_are_escaped_too() -> None:
    assert Q(tags=any_of("a+b", "5%")) == "tags={a%2Bb 5%25}"
    assert Q(name=between("a+", "z%")) == "name=[a%2B~z%25]"


@pytest.mark.parametrize("start", ["~", "[", "{", "("])
def test_exact_value_that_looks_like_a_pattern_gets_a_backslash(start: str) -> None:
    assert Q(name=f"{start}literal") == f"name=\\{start}literal"


def test_backslash_inside_an_exact_value_is_kept() -> None:
    assert Q(name="a\\b") == "name=a\\b"


# Refusals, before any request


def test_comma_in_a_value_is_refused() -> None:
    with pytest.raises(ValueError, match="comma"):
        Q(name="a,b")


def test_comma_in_a_list_item_is_refused() -> None:
    with pytest.raises(ValueError, match="comma"):
        any_of("a,b")


def test_space_in_a_list_item_is_refused() -> None:
    with pytest.raises(ValueError, match="whitespace"):
        any_of("a b", "c")


def test_tab_in_a_list_item_is_refused() -> None:
    with pytest.raises(ValueError, match="whitespace"):
        all_of("a\tb")


def test_empty_list_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one item"):
        any_of()


def test_empty_exact_value_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        Q(name="")


def test_empty_fuzzy_value_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        fuzzy("")


def test_empty_list_item_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        any_of("a", "")


def test_empty_key_is_refused() -> None:
    with pytest.raises(ValueError, match="not a field name"):
        Q({"": "x"})


@pytest.mark.parametrize("key", ["a=b", "a,b", "a b", "na%me", "a+b"])
def test_key_that_is_not_a_field_name_is_refused(key: str) -> None:
    with pytest.raises(ValueError, match="not a field name"):
        Q({key: "x"})


def test_range_without_any_bound_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one bound"):
        between(None, None)


def test_tilde_in_a_range_bound_is_refused() -> None:
    with pytest.raises(ValueError, match="separator"):
        between("a~b", None)


def test_exact_value_with_an_escaping_backslash_is_refused() -> None:
    with pytest.raises(ValueError, match="backslash"):
        Q(name="\\~x")


def test_empty_filter_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one term"):
        Q()


def test_a_list_given_as_a_value_points_to_any_of() -> None:
    with pytest.raises(TypeError, match="any_of"):
        Q(tags=["a", "b"])  # type: ignore[arg-type]


def test_float_is_refused_because_harbor_would_compare_it_as_text() -> None:
    with pytest.raises(TypeError, match="str, int, datetime or date"):
        between(1.5, None)  # type: ignore[arg-type]


def test_key_given_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        Q({"name": "a"}, name="b")


# Combining, identity


def test_two_filters_join_with_and() -> None:
    assert (Q(name=fuzzy("demo")) & Q(public="true")) == "name=~demo,public=true"


def test_joining_filters_that_share_a_key_is_refused() -> None:
    with pytest.raises(ValueError, match="both filters set name"):
        Q(name="a") & Q(name="b")


def test_a_filter_is_a_str() -> None:
    q = Q(name=fuzzy("demo"))
    assert isinstance(q, str)
    assert str(q) == "name=~demo"
    assert type(str(q)) is str


def test_repr_shows_the_wire_value() -> None:
    assert repr(Q(name=fuzzy("demo"))) == "Q('name=~demo')"


def test_terms_are_kept_for_inspection() -> None:
    assert dict(Q(name=fuzzy("demo")).terms) == {"name": fuzzy("demo")}


def test_a_filter_survives_pickling() -> None:
    q = Q(name=fuzzy("a+b"), tags=any_of("x", "y"))
    copy = pickle.loads(pickle.dumps(q))
    assert copy == q
    assert dict(copy.terms) == dict(q.terms)


# sort


def test_sort_by_joins_keys_with_commas() -> None:
    assert sort_by("-name", "creation_time") == "-name,creation_time"


def test_sort_by_takes_dotted_quota_keys() -> None:
    assert sort_by("-used.storage") == "-used.storage"


def test_sort_by_refuses_a_comma_inside_a_key_naming_it_a_sort_key() -> None:
    with pytest.raises(ValueError) as refused:
        sort_by("name,id")
    assert str(refused.value) == (
        "the sort key 'name,id' is not a field name: use letters, digits, '_' and "
        "'.' only, with one '-' in front for descending"
    )


def test_sort_by_refuses_a_bare_minus_quoting_it_as_given() -> None:
    with pytest.raises(ValueError) as refused:
        sort_by("-")
    assert str(refused.value) == (
        "the sort key '-' is not a field name: use letters, digits, '_' and '.' "
        "only, with one '-' in front for descending"
    )


def test_sort_by_refuses_two_minus_signs() -> None:
    with pytest.raises(ValueError) as refused:
        sort_by("name", "--creation_time")
    assert str(refused.value) == (
        "the sort key '--creation_time' is not a field name: use letters, digits, "
        "'_' and '.' only, with one '-' in front for descending"
    )


def test_a_bad_q_key_is_still_called_a_filter_key() -> None:
    with pytest.raises(ValueError) as refused:
        Q({"a b": "x"})
    assert str(refused.value) == (
        "the filter key 'a b' is not a field name: use letters, digits, '_' and '.' "
        "only"
    )


def test_sort_by_needs_a_key() -> None:
    with pytest.raises(ValueError, match="at least one key"):
        sort_by()
