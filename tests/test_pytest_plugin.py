"""The pytest plugin, as another project's test suite meets it (through ``pytester``).

Each test writes a small test file into a fresh directory and runs pytest on it; the
plugin is there through its ``pytest11`` entry point, as in any project that
installs harbor_client.
"""

from __future__ import annotations

import pytest
from support.distribution import registry_binary

pytest_plugins = ["pytester"]

#: the part of each run's configuration that only keeps pytest-asyncio quiet
QUIET_ASYNCIO = "[pytest]\nasyncio_default_fixture_loop_scope = function\n"


@pytest.fixture(autouse=True)
def quiet_configuration(pytester: pytest.Pytester) -> None:
    pytester.makeini(QUIET_ASYNCIO)


URLS_PER_TEST = """
    import pathlib

    def test_first(harbor, local_harbor_registry):
        pathlib.Path("first.url").write_text(str(harbor.url))
        assert harbor.whoami().username == "admin"

    def test_second(harbor):
        pathlib.Path("second.url").write_text(str(harbor.url))
"""


def test_harbor_is_the_admin_of_a_fresh_local_harbor_in_each_test(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(URLS_PER_TEST)

    result = pytester.runpytest_inprocess()

    result.assert_outcomes(passed=2)
    first = (pytester.path / "first.url").read_text()
    assert first != (pytester.path / "second.url").read_text()
    assert first.startswith("http://127.0.0.1:")


def test_harbor_scope_session_shares_one_local_harbor(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(URLS_PER_TEST)

    result = pytester.runpytest_inprocess("--harbor-scope=session")

    result.assert_outcomes(passed=2)
    assert (pytester.path / "first.url").read_text() == (
        pytester.path / "second.url"
    ).read_text()


def test_harbor_scope_can_be_set_in_the_configuration(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeini(QUIET_ASYNCIO + "harbor_scope = session\n")
    pytester.makepyfile(
        """
        def test_it_is_the_session_harbor(harbor, local_harbor_session):
            assert str(harbor.url).rstrip("/") == local_harbor_session.url
        """
    )

    result = pytester.runpytest_inprocess()

    result.assert_outcomes(passed=1)


def test_the_command_line_wins_over_the_configuration(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeini(QUIET_ASYNCIO + "harbor_scope = session\n")
    pytester.makepyfile(URLS_PER_TEST)

    result = pytester.runpytest_inprocess("--harbor-scope=function")

    result.assert_outcomes(passed=2)
    assert (pytester.path / "first.url").read_text() != (
        pytester.path / "second.url"
    ).read_text()


def test_an_unknown_scope_in_the_configuration_is_a_usage_error(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeini(QUIET_ASYNCIO + "harbor_scope = module\n")
    pytester.makepyfile("def test_it(harbor):\n    pass\n")

    result = pytester.runpytest_inprocess()

    assert result.ret != 0
    result.stdout.fnmatch_lines(["*harbor_scope must be one of function, session*"])


def test_async_harbor_is_an_async_client_of_the_same_kind(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.asyncio
        async def test_it(async_harbor):
            me = await async_harbor.whoami()
            assert me.username == "admin"
        """
    )

    result = pytester.runpytest_inprocess()

    result.assert_outcomes(passed=1)


def test_the_fixtures_push_through_the_sessions_registry(
    pytester: pytest.Pytester,
) -> None:
    registry_binary()
    pytester.makepyfile(
        """
        def test_push(harbor, local_harbor, tmp_path):
            local_harbor.add_project("demo")
            (tmp_path / "a.txt").write_text("a")
            pushed = harbor.registry.push_artifact("demo/app:1.0", [tmp_path / "a.txt"])
            listed = harbor.artifacts.list("demo", "app")
            assert [a.digest for a in listed] == [pushed.digest]
            assert local_harbor.backend is not None
        """
    )

    # In process, pytester would import harbor_client's modules a second time.
    result = pytester.runpytest_subprocess()

    result.assert_outcomes(passed=1)


def test_the_plugin_starts_and_imports_nothing_for_tests_that_do_not_ask(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        """
        import os
        import sys

        def test_untouched():
            assert "harbor_client.testing._server" not in sys.modules
            assert "harbor_client.testing._backend" not in sys.modules
            children = [
                entry
                for entry in os.listdir("/proc")
                if entry.isdigit()
                and open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()[1]
                == str(os.getpid())
            ]
            assert children == []
        """
    )

    # A separate interpreter: this one imported the local Harbor long ago.
    result = pytester.runpytest_subprocess()

    result.assert_outcomes(passed=1)
