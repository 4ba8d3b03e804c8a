"""Command-line interface: thin commands over the library."""
from __future__ import annotations

import json
import sys

import click

from . import __version__


@click.group()
@click.version_option(__version__, prog_name="dateline")
def main() -> None:
    """dateline: raw news articles -> structured, evidence-linked event data."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "pretty"]), default="jsonl", show_default=True,
              help="JSON lines (the output contract) or a readable summary.")
def extract(inputs: tuple[str, ...], fmt: str) -> None:
    """Extract quotes, dates, actors, events, places and casualties from INPUTS.

    INPUTS are .txt files, folders (searched for *.txt and *.jsonl), .jsonl files, or '-' for standard input.
    Bad input is reported on stderr, one line each; the exit status is 1 when anything was skipped.
    """
    from .pipeline import process
    from .read import read
    from .records import Article

    failed = 0
    out = sys.stdout
    for item in process(read(inputs)):
        if isinstance(item, Article):
            if fmt == "jsonl":
                out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            else:
                from .pretty import render
                out.write(render(item) + "\n\n")
            out.flush()
        else:
            failed += 1
            click.echo(f"dateline: skipped {item}", err=True)
    if failed:
        click.echo(f"dateline: {failed} input(s) skipped", err=True)
        sys.exit(1)


@main.command()
@click.option("--db", "db", default="dateline.duckdb", show_default=True, metavar="PATH",
              help="The store: one DuckDB file (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (this machine only by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
def serve(db: str, host: str, port: int) -> None:
    """Serve the store on a web UI (read-only): overview, articles, events, actors, map, and a JSON API (/docs)."""
    import uvicorn

    from .store import StoreError
    from .web import create_app

    try:
        app = create_app(db)
    except StoreError as exc:
        raise click.ClickException(str(exc))
    click.echo(f"dateline: serving {db} on http://{host}:{port}/ (Ctrl+C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


if __name__ == "__main__":
    main()
