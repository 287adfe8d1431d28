"""Harbor's summaries and descriptions made into plain text, and into Markdown.

Harbor writes its texts for Swagger UI, and they show it: descriptions end with a
newline, lines keep trailing spaces, a sentence is broken over lines, a Markdown table
left a `` |`` at the end of each line (the purge schedule), commas come doubled, and
texts of served definitions or other releases carry `<br>` tags, HTML entities and
backslashes escaping what needed no escape. Docstrings and the reference pages get the
words without the noise.
"""

from __future__ import annotations

import html
import re

__all__ = ["clean_text", "markdown_inline", "one_line", "paragraphs"]

# Tags that are layout, not content. Anything else in angle brackets stays: Harbor
# writes placeholders like <project>/<repository> in its texts.
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_PARAGRAPH = re.compile(r"</?p\s*/?>", re.IGNORECASE)
_LAYOUT = re.compile(
    r"</?(?:b|i|em|strong|code|pre|span|div|ul|ol|li|a|u|tt|small|sup|sub)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
# A backslash and n, t or r as two characters: an escape that reached the text.
_ESCAPED_WHITESPACE = re.compile(r"\\([ntr])")
# A backslash before punctuation or space, or at the end: it escapes nothing.
_STRAY_BACKSLASH = re.compile(r"\\(?=[^A-Za-z0-9]|$)")
_TABLE_EDGE = re.compile(r"[ \t]*\|[ \t]*$", re.MULTILINE)
_DOUBLED_COMMAS = re.compile(r",(\s*,)+")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_MARKDOWN_SPECIAL = re.compile(r"([\\*\[\]|])")
# An underscore inside a word (user_member) is not emphasis in Markdown; one at the
# edge of a word may be.
_EDGE_UNDERSCORE = re.compile(r"(?<!\w)_|_(?!\w)")


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a text, each on one line, without Harbor's noise."""
    text = _ESCAPED_WHITESPACE.sub(
        lambda m: {"n": "\n", "t": " ", "r": ""}[m.group(1)], text
    )
    text = _STRAY_BACKSLASH.sub("", text)
    text = _BREAK.sub("\n", text)
    text = _PARAGRAPH.sub("\n\n", text)
    text = html.unescape(_LAYOUT.sub("", text))
    text = _TABLE_EDGE.sub("", text.replace("\r\n", "\n"))
    found = []
    for block in re.split(r"\n[ \t]*\n", text):
        flat = _DOUBLED_COMMAS.sub(",", re.sub(r"\s+", " ", block).strip())
        if flat:
            found.append(flat)
    return found


def one_line(text: str) -> str:
    """A text on one line (a table cell), its paragraphs joined."""
    return " ".join(_sentence(p) for p in paragraphs(text))


def clean_text(summary: str, description: str) -> str:
    """A docstring body from Harbor's summary and description.

    The summary is the first line. Harbor often repeats it as the description, and
    sometimes starts a text lower case or ends it without a full stop.
    """
    head = " ".join(paragraphs(summary))
    head = _sentence(head)
    rest = [_sentence(p) for p in paragraphs(description)]
    if rest and _same(rest[0], head):
        rest.pop(0)
    if not head and rest:
        head = rest.pop(0)
    return "\n\n".join([head, *rest]).strip()


def markdown_inline(text: str) -> str:
    """Text for a Markdown page or table cell: code spans kept, the rest escaped.

    A pipe would end a table cell and angle brackets would be read as HTML, so they are
    escaped; a code span that holds a pipe loses its backticks, since a table cannot
    hold it in both MkDocs' Markdown and CommonMark.
    """
    out = []
    position = 0
    for span in _CODE_SPAN.finditer(text):
        out.append(_escape(text[position : span.start()]))
        inner = span.group(2)
        out.append(_escape(inner) if "|" in inner else span.group(0))
        position = span.end()
    out.append(_escape(text[position:]))
    return "".join(out)


def _escape(text: str) -> str:
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    # MkDocs' Markdown has no backslash escape for "<": an entity works in both. A
    # ">" only matters where a line starts (a quote).
    text = text.replace("<", "&lt;")
    text = re.sub(r"^(\s*)>", r"\1&gt;", text, flags=re.MULTILINE)
    return _EDGE_UNDERSCORE.sub(r"\_", text)


def _sentence(text: str) -> str:
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?:)" else text + "."


def _same(a: str, b: str) -> bool:
    def squash(s: str) -> str:
        return re.sub(r"[^a-z0-9]", "", s.lower())

    return squash(a) == squash(b)
