"""Smoke tests that pass on the untouched starter. Add your own tests beside this file."""

import pytest

import order_export
from order_export.cli import build_parser, main


def test_package_has_a_version() -> None:
    assert order_export.__version__ == "0.1.0"


def test_help_exits_cleanly(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    assert "--output" in capsys.readouterr().out


def test_output_is_required() -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["orders.csv"])
    assert exit_info.value.code == 2
