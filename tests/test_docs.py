"""Docs that cannot rot: every command is in the README and has an example in its --help."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from quotetool.cli import app

README = Path(__file__).resolve().parent.parent / "README.md"
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_the_app_has_commands() -> None:
    assert "extract" in COMMANDS


@pytest.mark.parametrize("command", COMMANDS)
def test_command_is_in_the_readme(command: str) -> None:
    assert README.exists(), "README.md is missing"
    assert f"quotetool {command}" in README.read_text("utf-8"), f"README.md never shows `quotetool {command}`"


@pytest.mark.parametrize("command", COMMANDS)
def test_command_help_has_an_example(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.stderr
    assert "Example" in result.stdout, f"`quotetool {command} --help` shows no example"
    assert f"quotetool {command}" in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_command_options_are_in_the_readme(command: str) -> None:
    assert README.exists(), "README.md is missing"
    readme = README.read_text("utf-8")
    cmd = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    options = [max(p.opts, key=len) for p in cmd.params if p.opts and p.opts[0].startswith("-")]
    missing = [o for o in options if o not in readme]
    assert not missing, f"README.md does not mention these options of `quotetool {command}`: {missing}"


def test_top_level_help_lists_every_command() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.stdout
