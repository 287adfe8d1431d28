"""python -m generator: regenerate harbor_client/_generated, or check it.

python -m generator --spec ../shared/harbor-spec/swagger-v2.15.2.yaml
python -m generator --harbor-version v2.15.2            # the pinned upstream file
python -m generator --from-url https://harbor.example.com/swagger.json
python -m generator --spec ... --check                  # compare, change nothing

The compatibility table needs every pinned definition: the files swagger-<tag>.yaml
in the directory of --spec (or --spec-dir), and the pinned download for any that is
not there.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from . import build, source
from .convert import ConversionError
from .corrections import CorrectionError
from .naming import NamingError
from .template_edits import TemplateError

FAILURES = (
    build.BuildError,
    ConversionError,
    CorrectionError,
    NamingError,
    source.SourceError,
    TemplateError,
)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    started = time.perf_counter()
    try:
        pins = source.load_pins(build.SPEC / "pins.yaml")
        definition = _definition(args, pins)
        _say(
            f"Harbor {definition.harbor_version} definition from {definition.origin}"
            f" (sha256 {definition.sha256})"
        )
        pinned = source.pinned_sources(
            pins, _spec_dir(args), args.mirror, besides=definition.harbor_version
        )
        if args.check:
            return _check(definition, pinned, args.output, args.docs)
        timings = build.build(definition, pinned, args.output, args.docs)
    except FAILURES as exc:
        _say(f"error: {exc}")
        return 1
    steps = ", ".join(
        f"{name} {seconds:.2f} s" for name, seconds in timings.steps.items()
    )
    _say(
        f"wrote {args.output} and the pages in {args.docs} in "
        f"{time.perf_counter() - started:.2f} s ({steps})"
    )
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate harbor_client/_generated from Harbor's API definition.",
    )
    given = parser.add_mutually_exclusive_group()
    given.add_argument("--spec", type=Path, help="a definition file (YAML or JSON)")
    given.add_argument(
        "--from-url", metavar="URL", help="a running Harbor's /swagger.json"
    )
    parser.add_argument(
        "--harbor-version",
        metavar="vX.Y.Z",
        help="the Harbor version of --spec/--from-url; alone: download the pinned file",
    )
    parser.add_argument(
        "--pinned-url",
        metavar="URL",
        help="with --harbor-version alone: where to download it instead of the pinned "
        "URL (a mirror); the pinned sha256 is still checked",
    )
    parser.add_argument(
        "--spec-dir",
        type=Path,
        metavar="DIR",
        help="where the pinned definitions swagger-<tag>.yaml are, for the "
        "compatibility table (default: the directory of --spec)",
    )
    parser.add_argument(
        "--mirror",
        metavar="URL",
        help="download pinned definitions from this URL, {tag} replaced by the "
        "version, instead of the pinned URLs; the pinned sha256 is still checked",
    )
    parser.add_argument(
        "--docs",
        type=Path,
        default=build.DEFAULT_DOCS,
        metavar="DIR",
        help="the documentation directory whose reference/operations/ and "
        "versions.md are written (default: docs)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=build.DEFAULT_OUTPUT,
        help="the package directory to write (default: harbor_client/_generated)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temporary directory and compare with --output",
    )
    return parser


def _definition(args: argparse.Namespace, pins: source.Pins) -> source.Definition:
    if args.spec is not None:
        return source.from_file(args.spec, pins, args.harbor_version)
    if args.from_url is not None:
        return source.from_url(args.from_url, pins, args.harbor_version)
    if args.harbor_version is None:
        raise source.SourceError("give --spec, --from-url or --harbor-version")
    return source.from_pinned_url(pins.by_tag(args.harbor_version), args.pinned_url)


def _spec_dir(args: argparse.Namespace) -> Path | None:
    if args.spec_dir is not None:
        return Path(args.spec_dir)
    return None if args.spec is None else Path(args.spec).parent


def _check(
    definition: source.Definition,
    pinned: list[source.PinnedSource],
    committed: Path,
    docs: Path,
) -> int:
    with tempfile.TemporaryDirectory(prefix="harbor-check-") as scratch:
        fresh = Path(scratch) / committed.name
        fresh_docs = Path(scratch) / "docs"
        build.generate_into(definition, pinned, fresh, fresh_docs)
        problems = build.compare_trees(expected=fresh, actual=committed)
        page_problems = build.compare_docs(expected=fresh_docs, actual=docs)
    if problems:
        _say(f"{committed} is not what the build step makes from this definition:")
        for line in problems:
            _say(f"  {line}")
    if page_problems:
        _say(f"the reference pages in {docs} are not what the build step makes:")
        for line in page_problems:
            _say(f"  {line}")
    if problems or page_problems:
        _say("regenerate with python -m generator and commit the result")
        return 1
    _say(f"{committed} is up to date, and so are the reference pages in {docs}")
    return 0


def _say(text: str) -> None:
    print(text, file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
