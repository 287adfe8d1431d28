"""Texts from Harbor's definitions in docstrings, and the reference pages.

Harbor's summaries and descriptions come with Swagger UI's formatting noise; the
docstrings of the generated methods and the pages under docs/reference/operations/
carry the words without it. The pages are checked as MkDocs reads them: every link
is relative and reaches a page and a heading, and every table row has as many cells
as its header.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from generator.prose import clean_text, markdown_inline, one_line, paragraphs
from harbor_client._generated import compatibility, namespaces
from harbor_client._generated import operations as ops

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
PAGES = DOCS / "reference" / "operations"
NAMESPACES = sorted({op.namespace for op in ops.OPERATIONS.values()})

# -- cleaning Harbor's texts ----------------------------------------------------------


@pytest.mark.parametrize(
    ("summary", "description", "cleaned"),
    [
        # createProjectMember: double spaces and a trailing space.
        (
            "Create project member",
            "Create project member relationship,  The user_member need to "
            "specify user_id or username. ",
            "Create project member.\n\nCreate project member relationship, The "
            "user_member need to specify user_id or username.",
        ),
        # A description that repeats the summary, lower case and with a newline.
        ("list projects", "List projects\n", "List projects."),
        # Line breaks and a run of them as HTML and as escaped newlines.
        (
            "Get the logs",
            "First line<br>second line<br/><br />\\n\\n\\nNext paragraph",
            "Get the logs.\n\nFirst line second line.\n\nNext paragraph.",
        ),
        # Backslashes escaping what needs no escape, layout tags and an entity.
        (
            "Delete the \\_robot\\_ account\\",
            "<p>Only the <b>owner</b> may.</p><p>See the robot&#39;s ID.</p>",
            "Delete the _robot_ account.\n\nOnly the owner may.\n\nSee the robot's ID.",
        ),
        # The purge schedule: lines ending in the edge of a Markdown table.
        (
            "",
            "The purge job's schedule, it is a json object. |\nThe sample format is |\n"
            '{"schedule":{"type":"Hourly"}} |\n',
            "The purge job's schedule, it is a json object. The sample format is "
            '{"schedule":{"type":"Hourly"}}.',
        ),
        # Placeholders in angle brackets are words, not HTML.
        (
            "Get <project>/<repository>",
            "",
            "Get <project>/<repository>.",
        ),
    ],
)
def test_harbors_formatting_noise_is_left_out(
    summary: str, description: str, cleaned: str
) -> None:
    assert clean_text(summary, description) == cleaned


def test_paragraphs_are_kept_and_doubled_commas_dropped() -> None:
    text = "audit logs of projects,, or all\n  of them.\n\n\n  Second  \t part. \n"

    assert paragraphs(text) == [
        "audit logs of projects, or all of them.",
        "Second part.",
    ]
    assert one_line(text) == "Audit logs of projects, or all of them. Second part."


def test_generated_docstrings_carry_the_cleaned_summary_and_description() -> None:
    assert inspect.getdoc(namespaces.MemberApi.create) == (
        "Create project member.\n\n"
        "Create project member relationship, the member can be one of the\n"
        "user_member and group_member, The user_member need to specify user_id or\n"
        "username. If the user already exist in harbor DB, specify the user_id,\n"
        "If does not exist in harbor DB, it will SearchAndOnBoard the user. The\n"
        "group_member need to specify id or ldap_group_dn. If the group already\n"
        "exist in harbor DB. specify the user group's id, If does not exist, it\n"
        "will SearchAndOnBoard the group."
    )
    # Harbor's list of conditions, one per line, joined into the paragraph.
    assert inspect.getdoc(namespaces.SecurityhubApi.list_vulnerabilities) == (
        "Get the vulnerability list.\n\n"
        "Get the vulnerability list. use q to pass the query condition, supported\n"
        "conditions: cve_id(exact match) cvss_score_v3(range condition)\n"
        "severity(exact match) status(exact match) repository_name(exact match)\n"
        "project_id(exact match) package(exact match) tag(exact match)\n"
        "digest(exact match)"
    )
    # The description only repeats the summary.
    assert inspect.getdoc(namespaces.AsyncScanApi.stop) == (
        "Cancelling a scan job for a particular artifact."
    )
    assert inspect.getdoc(namespaces.WebhookApi.last_trigger) == (
        "Get project webhook policy last trigger info.\n\n"
        "This endpoint returns last trigger information of project webhook\n"
        "policy.\n\n"
        "Deprecated in Harbor's definition."
    )


def test_text_for_markdown_keeps_code_spans_and_escapes_the_rest() -> None:
    assert markdown_inline("Deprecated, use `q` instead.") == (
        "Deprecated, use `q` instead."
    )
    assert markdown_inline("a|b <project> *all* [x] user_member _y_ -> z") == (
        "a\\|b &lt;project> \\*all\\* \\[x\\] user_member \\_y\\_ -> z"
    )
    # A table cannot hold a pipe in a code span both in MkDocs and in CommonMark.
    assert markdown_inline("send `a|b`") == "send a\\|b"
    assert markdown_inline("> quoted") == "&gt; quoted"


# -- the pages -------------------------------------------------------------------------


def test_there_is_a_page_per_namespace_and_an_index() -> None:
    pages = sorted(p.stem for p in PAGES.glob("*.md"))

    assert pages == sorted([*NAMESPACES, "index"])
    assert len(NAMESPACES) == 38


def test_the_index_lists_every_namespace_with_its_tag_and_size() -> None:
    index = (PAGES / "index.md").read_text(encoding="utf-8")

    assert "| [`harbor.projects`](projects.md) | project | 14 |\n" in index
    assert "| [`harbor.scans`](scans.md) | scan | 3 |\n" in index
    for namespace in NAMESPACES:
        assert f"[`harbor.{namespace}`]({namespace}.md)" in index


def test_every_operation_has_a_section_named_for_its_method() -> None:
    for op in ops.OPERATIONS.values():
        page = (PAGES / f"{op.namespace}.md").read_text(encoding="utf-8")
        assert f"\n## `{op.name}`\n" in page, op.id
        assert f"(operationId `{op.id}`)" in page


def test_a_section_says_how_to_call_it_what_harbor_receives_and_since_when() -> None:
    page = (PAGES / "scans.md").read_text(encoding="utf-8")
    section = page[page.index("\n## `stop`\n") :]

    assert section == (
        "\n## `stop`\n\n"
        "Cancelling a scan job for a particular artifact.\n\n"
        "- Call: `harbor.scans.stop(project_name, repository_name, reference, body)`\n"
        "- Async: `await harbor.scans.stop(project_name, repository_name, reference, "
        "body)`\n"
        "- Harbor: `POST /api/v2.0/projects/{project_name}/repositories/"
        "{repository_name}/artifacts/{reference}/scan/stop` (operationId "
        "`stopScanArtifact`)\n"
        "- Body: `ScanType` or a `dict` of its fields, required. The scan type: "
        "Vulnerabilities, SBOM.\n"
        "- Returns: `None`\n"
        "- Deprecated: no\n"
        "- Versions: every pinned version (v2.10.3 to v2.15.2)\n\n"
        "| Parameter | In | Type | Required | Description |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| `project_name` | path | `str` | yes | The name of the project. |\n"
        "| `repository_name` | path | `str` | yes | The name of the repository. If "
        "it contains slash, encode it twice over with URL encoding. e.g. a/b -> "
        "a%2Fb -> a%252Fb. |\n"
        "| `reference` | path | `str` | yes | The reference of the artifact, can be "
        "digest or tag. |\n\n"
        "Changes between the pinned versions:\n\n"
        "- v2.11.2: body added: ScanType{scan_type}, required\n"
    )


def test_a_paged_operation_shows_its_iterator_and_its_first_version() -> None:
    page = (PAGES / "projects.md").read_text(encoding="utf-8")

    assert (
        "- Every page: `for item in harbor.projects.iter_artifacts("
        "project_name_or_id, ...)`; async: `async for item in "
        "harbor.projects.iter_artifacts(project_name_or_id, ...)`\n"
    ) in page
    assert "- Versions: v2.11.2 to v2.15.2; not in v2.10.3\n" in page
    assert "| `with_sbom_overview` | query | `bool` | no |" in page


def test_a_parameter_added_later_says_from_which_version() -> None:
    page = (PAGES / "artifacts.md").read_text(encoding="utf-8")

    assert (
        "| `with_sbom_overview` | query | `bool` | no | Specify whether the SBOM "
        "overview is included in returning artifact, when this option is true, the "
        "SBOM overview will be included in the response. From v2.11.2. |\n"
    ) in page
    assert (
        "| `x_accept_vulnerabilities` (`X-Accept-Vulnerabilities`) | header | `str` |"
    ) in page


def test_the_versions_page_renders_the_table() -> None:
    page = (DOCS / "versions.md").read_text(encoding="utf-8")

    assert "| v2.13.5 | 203 | 3 | 5 | 7 |\n" in page
    assert (
        "| `listArtifactsOfProject` | `GET /projects/{project_name_or_id}/artifacts` "
        "| [`harbor.projects.list_artifacts`]"
        "(reference/operations/projects.md#list_artifacts) | v2.11.2 | v2.15.2 |\n"
    ) in page
    assert (
        "| `CreateRobotV1` | `POST /projects/{project_name_or_id}/robots` | none (not "
        "in Harbor v2.15.2) | v2.10.3 | v2.12.4 |\n"
    ) in page
    assert (
        "| `createTag` | [`harbor.artifacts.create_tag`]"
        "(reference/operations/artifacts.md#create_tag) | body schema | `body` | "
        "Tag{artifact_id, id, immutable, name, pull_time, push_time, repository_id} "
        "| NewTag{name} |\n"
    ) in page
    changes = sum(len(h.changes) for h in compatibility.OPERATIONS.values())
    assert page.count("\n| `") - _partial_count() == changes


def _partial_count() -> int:
    return sum(
        h.versions != compatibility.VERSIONS for h in compatibility.OPERATIONS.values()
    )


_LINK = re.compile(r"\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^#+ (.+)$", re.MULTILINE)


def _slug(heading: str) -> str:
    # MkDocs' toc slug: the heading's text, lower case, without punctuation but
    # "-" and "_", spaces as "-".
    text = re.sub(r"[^\w\s-]", "", heading.replace("`", "")).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def _pages() -> list[Path]:
    return [*sorted(PAGES.glob("*.md")), DOCS / "versions.md"]


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.name)
def test_every_link_is_relative_and_reaches_a_heading(page: Path) -> None:
    for target in _LINK.findall(page.read_text(encoding="utf-8")):
        assert "://" not in target and not target.startswith("/"), target
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        assert linked.is_file(), target
        if anchor:
            headings = _HEADING.findall(linked.read_text(encoding="utf-8"))
            assert anchor in {_slug(h) for h in headings}, target


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.name)
def test_every_table_row_has_the_cells_of_its_header(page: Path) -> None:
    columns = None
    for line in page.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            columns = None
            continue
        cells = _cells(line)
        # CommonMark ends a cell at a pipe even inside a code span.
        assert not any("|" in span for span in re.findall(r"`([^`]*)`", line)), line
        if columns is None:
            columns = cells
        assert cells == columns, line


def _cells(row: str) -> int:
    # Pipes that end a cell in MkDocs' Markdown: not escaped, not in a code span.
    without_code = re.sub(r"`[^`]*`", "code", row.replace("\\|", ""))
    return without_code.count("|") - 1
