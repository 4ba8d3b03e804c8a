"""The `serve` command: defaults to this machine only, refuses a store that is not there."""
from __future__ import annotations

from click.testing import CliRunner

from dateline.cli import main


def test_serve_help_shows_a_local_default_host():
    out = CliRunner().invoke(main, ["serve", "--help"]).output
    assert "--db" in out and "127.0.0.1" in out and "8000" in out


def test_serve_without_a_store_says_how_to_make_one(tmp_path):
    r = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code != 0 and "dateline ingest" in r.output
