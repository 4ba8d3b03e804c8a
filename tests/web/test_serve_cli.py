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


def test_serve_on_a_port_in_use_says_so_before_saying_serving(tmp_path):
    """user52: a port another server held printed `serving ... on http://127.0.0.1:PORT/`, then uvicorn's bind error
    (exit status 3). It is refused first, naming the address and what to do; a free port is not refused."""
    import socket

    from dateline.cli import _can_listen
    from dateline.store import Store

    Store.open(tmp_path / "s.duckdb").close()
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        r = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "s.duckdb"), "--port", str(port)])
        assert r.exit_code == 1 and f"cannot listen on 127.0.0.1:{port}" in r.output and "--port" in r.output
        assert "serving" not in r.output
    _can_listen("127.0.0.1", port)                    # released: nothing said


def test_a_store_another_process_holds_is_said_so(tmp_path):
    """user52: a store held by a running ingest (or by `serve` while an ingest starts) gave DuckDB's own words (its file
    lock, a `-readonly` flag of its CLI). It names the process and what to do."""
    import subprocess
    import sys

    from dateline.store import Store

    db = tmp_path / "s.duckdb"
    Store.open(db).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); time.sleep(60)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        r = CliRunner().invoke(main, ["stats", "--db", str(db)])
        assert r.exit_code == 1 and f"in use by process {holder.pid}" in r.output and "-readonly" not in r.output
    finally:
        holder.kill()
        holder.wait()
    assert CliRunner().invoke(main, ["stats", "--db", str(db)]).exit_code == 0
