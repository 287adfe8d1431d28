"""python -m generator: regenerate harbor_client/_generated, or check it.

python -m generator --spec ../shared/harbor-spec/swagger-v2.15.2.yaml
python -m generator --harbor-version v2.15.2            # the pinned upstream file
python -m generator --from-url https://harbor.example.com/swagger.json
python -m generator --spec ... --check                  # compare, change nothing
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
        if args.check:
            return _check(definition, args.output)
        timings = build.build(definition, args.output)
    except FAILURES as exc:
        _say(f"error: {exc}")
        return 1
    steps = ", ".join(
        f"{name} {seconds:.2f} s" for name, seconds in timings.steps.items()
    )
    _say(f"wrote {args.output} in {time.perf_counter() - started:.2f} s ({steps})")
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


def _check(definition: source.Definition, committed: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="harbor-check-") as scratch:
        fresh = Path(scratch) / committed.name
        build.generate_into(definition, fresh)
        problems = build.compare_trees(expected=fresh, actual=committed)
    if problems:
        _say(f"{committed} is not what the build step makes from this definition:")
        for line in problems:
            _say(f"  {line}")
        _say("regenerate with python -m generator and commit the result")
        return 1
    _say(f"{committed} is up to date")
    return 0


def _say(text: str) -> None:
    print(text, file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
