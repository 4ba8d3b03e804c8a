"""Command-line interface: thin commands over the library."""
from __future__ import annotations

import json
import sys
from typing import Iterable

import click

from . import __version__


DYADS_LIMIT = 1000   # rows `dateline dyads` writes unless --limit or --all (docs/cli.md)
STORE_FAULT = 3      # exit status when the store file or its disk fails under a command (docs/cli.md)


def store_fault_line(exc: BaseException, db: str = "") -> str:
    """One line for a store that failed under a command: disk full, a damaged (truncated, corrupt) file,
    or another input/output error; the first line of DuckDB's (or the system's) message follows."""
    detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    where = f" {db}" if db else ""
    low = detail.lower()
    if "no space left" in low or "disk is full" in low or "file too large" in low or \
            getattr(exc, "errno", None) in (28, 27):
        what = f"the disk of the store{where} is full: free some space and run the command again (what was " \
               f"committed is kept)"
    elif any(w in low for w in ("corrupt", "checksum", "could not read enough bytes", "not a valid duckdb",
                                "serializ", "invalid", "malformed")):
        what = f"the store{where} is damaged (truncated or corrupt): restore it from a copy or re-ingest into a " \
               f"new --db"
    else:
        what = f"the store{where} failed"
    return f"dateline: {what} ({detail})"


class _Main(click.Group):
    """The command group: a store or disk fault under any command is one line and exit status 3, never a
    traceback (a damaged file can open and fail only at the first query that reads the damaged part)."""

    def invoke(self, ctx):
        args = [*getattr(ctx, "_protected_args", ()), *ctx.args]      # taken by the group as it runs
        try:
            return super().invoke(ctx)
        except Exception as exc:
            # DuckDB is imported by the commands that open a store only (not by `extract`: start-up time);
            # a command that never imported it cannot have raised its errors
            duckdb = sys.modules.get("duckdb")
            store_fault = isinstance(exc, OSError) or (duckdb is not None and isinstance(exc, duckdb.Error))
            if not store_fault or isinstance(exc, BrokenPipeError):
                raise
            click.echo(store_fault_line(exc, _db_of(args)), err=True)
            ctx.exit(STORE_FAULT)


def _db_of(args: list[str]) -> str:
    for i, a in enumerate(args):
        if a == "--db" and i + 1 < len(args):
            return args[i + 1]
        if a.startswith("--db="):
            return a[5:]
    return ""


@click.group(cls=_Main)
@click.version_option(__version__, prog_name="dateline")
def main() -> None:
    """dateline: raw news articles -> structured, evidence-linked event data."""
    _read_notes()


def _read_notes() -> None:
    """The readers' notes (what an archive skipped) as `dateline: ...` lines on stderr."""
    import logging

    class Echo(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            click.echo(self.format(record), err=True)      # to the stderr of the moment (click's runner swaps it)

    log = logging.getLogger("dateline.read")
    if not any(type(h).__name__ == "Echo" for h in log.handlers):
        handler = Echo()
        handler.setFormatter(logging.Formatter("dateline: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False


def _check_published(ctx, param, value):
    if value is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD")


_PUBLISHED = click.option(
    "--published", metavar="YYYY-MM-DD", callback=_check_published, default=None,
    help="The publication date of the articles of the one input given (published_from 'input').")


def _one_input(inputs, published) -> None:
    if published and len(inputs) != 1:
        raise click.UsageError("--published gives the date of a single input; give one file, folder or '-'")


# event filter options shared by several commands (docs/store.md, "Filtering and searching")
_MIN_CONFIDENCE = click.option(
    "--min-confidence", type=click.FloatRange(0, 1), default=None, metavar="X",
    help="Only events with a confidence of at least X (0-1; 0 keeps all); events without a confidence are kept.  "
         "[default: the floors shipped with the confidence weights, by type where they have one, docs/events.md]")


def _floor(min_confidence):
    """--min-confidence as given (one floor for every type), else the default floor (artefacts.default_floor: by
    type where the confidence file has `floors`)."""
    from .artefacts import floor_or_default

    return floor_or_default(min_confidence)
_MENTIONS = click.option("--mentions", is_flag=True,
                         help="Count and list article-level events (every report) instead of real-world events "
                              "(event clusters, docs/stories.md).")
_CODED_ONLY = click.option("--coded-only", is_flag=True,
                           help="Only events whose every source and target has a country or sector code: its actor's, or, with "
                                "no actor, its own words' (`police`: COP).")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "pretty"]), default="jsonl", show_default=True,
              help="JSON lines (the output contract) or a readable summary.")
@_MIN_CONFIDENCE
@_PUBLISHED
def extract(inputs: tuple[str, ...], fmt: str, min_confidence, published) -> None:
    """Extract quotes, dates, actors, events, places and casualties from INPUTS.

    INPUTS are text files, HTML pages, web archives (.warc, .warc.gz, .arc), RSS/Atom feeds, .jsonl files,
    folders (searched for all of these), or '-' for standard input (JSON lines when its first line starts
    with '{', else read by its content). What a file is is told from its content. See docs/input.md.
    --min-confidence leaves out the events below it and keeps the rest of each article (by default the floors
    shipped with the confidence weights, by type where they have one; one floor X for all with X given; 0 keeps
    every event).
    Bad input is reported on stderr, one line each naming the file (and line); the rest is processed;
    the exit status is 1 when anything was skipped. Files of a folder that are no kind dateline reads (a .pdf,
    a .csv) are named on stderr, one a line (not failures); more than 10: a count per kind with the first names,
    the full list in a file named there.
    """
    from .allocator import tune_for_parsing
    from .pipeline import process, warm_up
    from .pretty import render
    from .read import left_out_report, read, unread
    from .records import Article

    _one_input(inputs, published)
    tune_for_parsing()                # large blocks kept in the heap: fewer page maps (dateline/allocator.py)
    warm_up(freeze=True)              # the model and lexicons out of the garbage collector's walks
    failed = 0
    out = sys.stdout
    try:
        for item in process(read(inputs, published=published), min_confidence=_floor(min_confidence)):
            if isinstance(item, Article):
                out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n" if fmt == "jsonl"
                          else render(item) + "\n\n")
                out.flush()
            else:
                failed += 1
                click.echo(f"dateline: skipped {item}", err=True)
    except BrokenPipeError:           # the reader went away (| head): stop quietly
        sys.stderr.close()
        sys.exit(1 if failed else 0)
    for line in left_out_report(unread(inputs)):     # files of a folder that are no kind dateline reads: said, not
        click.echo(f"dateline: {line}", err=True)      # failed (user53); many: a count per reason (user54)
    if failed:
        click.echo(f"dateline: {failed} input(s) skipped", err=True)
        sys.exit(1)


# ---------------------------------------------------------------- the store (docs/cli.md, docs/store.md)
def _db_option(func):
    return click.option("--db", "db", default="dateline.duckdb", show_default=True, metavar="PATH",
                        help="The store: one DuckDB file.")(func)


def _open_store(db: str, *, read_only: bool = True):
    from .store import Store, StoreError

    try:
        return Store.open(db, read_only=read_only)
    except StoreError as exc:
        raise click.ClickException(str(exc))


def _emit(rows: Iterable[dict], fmt: str, columns: tuple[str, ...] = (), *, header: tuple[str, ...] = (),
          verbatim: bool = False) -> None:
    """Rows to stdout as an aligned table, CSV or JSON lines (table shows `columns` when given). CSV and JSON lines
    are written as the rows come (an iterator is never held whole); a table needs every row for its widths.
    `header`: every column of a row, for the header line of a CSV with no rows; `verbatim`: CSV text as read
    (store/spreadsheet.py)."""
    if fmt == "json":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    if fmt == "csv":
        import csv

        from .store.spreadsheet import csv_row

        rows = iter(rows)
        first = next(rows, None)
        if first is not None or header:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(first or header), lineterminator="\n")
            writer.writeheader()
        if first is not None:
            writer.writerow(csv_row(first, verbatim=verbatim))        # no cell a spreadsheet would run as a formula
            writer.writerows(csv_row(r, verbatim=verbatim) for r in rows)
        return
    rows = list(rows)
    cols = list(columns) or (list(rows[0]) if rows else [])
    if not rows:
        click.echo("(no rows)", err=True)
        return

    def cell(v):
        text = "" if v is None else str(v).replace("\n", " ")
        return text if len(text) <= 60 else text[:59] + "…"

    cells = [[cell(r.get(c)) for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip())
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())


_FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
                       show_default=True, help="An aligned table, CSV with a header, or JSON lines.")
_VERBATIM = click.option("--verbatim", is_flag=True,
                         help="CSV: every text as read, for pandas or R (by default a text starting with = + - @ "
                              "gets a leading apostrophe, so that a spreadsheet runs no formula).")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@_db_option
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes for the NLP (default: the number of cores); one writer commits.")
@click.option("--chunk", type=click.IntRange(min=1), default=4, show_default=True,
              help="Articles a worker analyses at once and the writer commits in one transaction.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run on a Dask cluster (tcp://host:8786), or 'local' for a LocalCluster of --workers "
                   "processes: each task reads a shard of the inputs and writes a Parquet part (--parts), "
                   "which this process loads into the store. See docs/store.md, \"Cluster runs\".")
@click.option("--parts", default=None, metavar="DIR",
              help="With --scheduler: the folder of Parquet parts, on a filesystem the workers share.  "
                   "[default: DB.parts]")
@click.option("--shard-mb", type=click.FloatRange(min=0, min_open=True), default=4.0, show_default=True,
              help="With --scheduler: megabytes of input per shard (one task); shards shrink towards the "
                   "end of the input, down to 0.2.")
@_PUBLISHED
def ingest(inputs: tuple[str, ...], db: str, workers, chunk: int, scheduler, parts, shard_mb: float,
           published) -> None:
    """Analyse INPUTS and store the results in the store (--db), resumably.

    INPUTS are as for `extract`, read as they are analysed (memory does not grow with the corpus). An
    article already stored with the same id and text is skipped before any NLP; one whose text changed
    replaces its old rows; an id read twice in one run keeps the text read last. Each article is committed in
    one transaction, so a run stopped at any moment is finished by running the same command again. Worker
    processes die with this one. A progress bar on a terminal, log lines otherwise; a one-line summary at the
    end, counting each article read once, alike with or without --scheduler: stored (each id once), skipped as
    unchanged, replaced by a later copy of its id with another text (each said, with both places), failed.
    Exit status 1 when any input failed (each reported by name and line), 130 when interrupted (Ctrl-C), 143 when
    stopped by SIGTERM (`kill PID`: a background job started with `&` ignores Ctrl-C), the committed work kept;
    0 with `the run is complete` when the stop came once every article was committed and linked (user55).
    """
    from .run.local import StopOnTerm, held_signals
    from .run.local import ingest as run_ingest
    from .run.progress import reporter_for

    _one_input(inputs, published)
    store = _open_store(db, read_only=False)
    term = StopOnTerm()
    summary = None
    try:
        with term:
            try:
                if scheduler:
                    from .run.distributed import ingest_dask

                    try:
                        summary = ingest_dask(inputs, store, scheduler=scheduler, parts=parts, workers=workers,
                                              shard_bytes=max(1, int(shard_mb * 1e6)), reporter=reporter_for(),
                                              published=published)
                    except ValueError as exc:
                        raise click.ClickException(str(exc))
                else:
                    summary = run_ingest(inputs, store, workers=workers, chunk=chunk, reporter=reporter_for(),
                                         published=published)
            finally:
                with held_signals(drop=True, say=lambda: click.echo("dateline: closing the store (a moment)",
                                                                    err=True)):
                    store.close()             # (its last checkpoint: a second Ctrl-C is said, not heeded, user54)
    except KeyboardInterrupt:
        if summary is None:       # before the runner's first batch (counting a large folder)
            click.echo("dateline: interrupted before the run began: what was committed stays; run the same command "
                       "again to finish", err=True)      # (user54: click said `Aborted!`, exit status 1)
            sys.exit(143 if term.received else 130)
        if not summary.interrupted:   # the runner had returned, the run complete (user55: said `before it began`)
            summary.stopped_at = "end"
    click.echo(summary.line(), err=True)
    if summary.interrupted:
        sys.exit(143 if term.received else 130)
    if summary.failed:
        sys.exit(1)


@main.command()
@_db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of lines.")
def stats(db: str, as_json: bool) -> None:
    """Counts of what the store holds: articles, events, quotes, actors, places, dates, casualties."""
    from .store.query import stats as store_stats

    with _open_store(db) as store:
        data = store_stats(store)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    for key, value in data.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
        click.echo(f"{key:16} {value}")


@main.command()
@_db_option
@click.option("--actor", help="Either side: an actor code (USA, USAGOV), a sector, or part of a name.")
@click.option("--source", help="The source side, matched like --actor.")
@click.option("--target", help="The target side, matched like --actor.")
@click.option("--type", "type_", metavar="PLOVER", help="PLOVER event type, e.g. ASSAULT.")
@click.option("--quad", type=click.IntRange(1, 4), help="Quad class: 1 verbal coop .. 4 material conflict.")
@click.option("--since", metavar="DATE", help="Events on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", metavar="DATE", help="Events on or before DATE (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--place", help="Part of the event place's name, or its country code.")
@_MIN_CONFIDENCE
@click.option("--asserted-only", is_flag=True,
              help="Leave out negated and hypothetical events (listed by default, with their flags), as `dyads` and "
                   "the PLOVER and GDELT exports do unless --include-unasserted.")
@_CODED_ONLY
@_MENTIONS
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True, help="At most this many (0: all).")
@_FORMAT
@_VERBATIM
def events(db, actor, source, target, type_, quad, since, until, place, min_confidence, asserted_only, coded_only,
           mentions, limit, fmt, verbatim) -> None:
    """Events in the store, newest first, with their source and target actors.

    One row per real-world event (an event cluster: the reports of many articles linked into one, with
    num_mentions, num_articles, num_sources) that has a report matching the filters; --mentions lists every
    article-level event instead.
    """
    from .store import StoreError
    from .store.filters import EventFilter
    from .store.query import CLUSTER_EVENT_COLUMNS, EVENT_COLUMNS
    from .store.query import events as store_events

    f = EventFilter(actor=actor, source=source, target=target, type=type_, quad=quad, since=since, until=until,
                    place=place, min_confidence=_floor(min_confidence), asserted_only=asserted_only,
                    coded_only=coded_only)
    with _open_store(db) as store:
        try:
            rows = store_events(store, f, limit=limit or None, by_cluster=not mentions)
        except StoreError as exc:
            raise click.ClickException(str(exc))
    _emit(rows, fmt, ("day", "type", "quad", "cameo", "source", "target", "trigger", "place", "article_id")
          + (() if mentions else ("num_mentions", "num_sources")),
          header=EVENT_COLUMNS if mentions else CLUSTER_EVENT_COLUMNS, verbatim=verbatim)


@main.command()
@_db_option
@click.option("--speaker", help="Part of the speaker's name (as written or as resolved).")
@click.option("--contains", help="Text the quotation contains.")
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True, help="At most this many (0: all).")
@_FORMAT
@_VERBATIM
def quotes(db, speaker, contains, limit, fmt, verbatim) -> None:
    """Who said what: quotations with their speaker, article and date."""
    from .store.query import QUOTE_COLUMNS
    from .store.query import quotes as store_quotes

    with _open_store(db) as store:
        rows = store_quotes(store, speaker=speaker, contains=contains, limit=limit or None)
    _emit(rows, fmt, ("published", "speaker", "text", "article_id"), header=QUOTE_COLUMNS, verbatim=verbatim)


@main.command()
@_db_option
@click.option("--by", type=click.Choice(["month", "week", "day"]), default="month", show_default=True,
              help="The period events are counted by.")
@click.option("--actor", help="Only events with this actor on either side (matched as in `events`).")
@_MIN_CONFIDENCE
@click.option("--include-unasserted", is_flag=True, help="Count negated and hypothetical events too.")
@_CODED_ONLY
@_MENTIONS
@click.option("--limit", type=click.IntRange(min=1), default=DYADS_LIMIT, show_default=True,
              help="At most this many rows (the first in the order below); a note on stderr says when more follow.")
@click.option("--all", "all_rows", is_flag=True, help="Every row, however many (written as they are read).")
@_FORMAT
@_VERBATIM
def dyads(db, by, actor, min_confidence, include_unasserted, coded_only, mentions, limit, all_rows, fmt,
          verbatim) -> None:
    """Event counts per source-target pair and period, by quad class, with a Goldstein-style score.

    goldstein is the sum of the events' scores (-10 conflict .. +10 cooperation, docs/store.md) and
    goldstein_mean their mean. Negated and hypothetical events are not counted unless asked
    (--include-unasserted). A real-world event reported by many articles counts once (its event cluster, with
    the mean score of its reports); --mentions counts every report. Rows are ordered by period, then events
    (most first), source and target; the first --limit are written unless --all.
    """
    from .store.filters import EventFilter
    from .store.query import DYAD_COLUMNS, dyad_rows, dyads_count

    f = EventFilter(actor=actor, min_confidence=_floor(min_confidence), asserted_only=not include_unasserted,
                    coded_only=coded_only)
    with _open_store(db) as store:
        if all_rows:
            _emit(dyad_rows(store, f, by=by, by_cluster=not mentions), fmt, header=DYAD_COLUMNS, verbatim=verbatim)
            return
        rows = list(dyad_rows(store, f, by=by, by_cluster=not mentions, limit=limit + 1))
        more = len(rows) > limit
        total = dyads_count(store, f, by=by, by_cluster=not mentions) if more else None
    _emit(rows[:limit], fmt, header=DYAD_COLUMNS, verbatim=verbatim)
    if more:
        click.echo(f"(the first {limit:,} rows of {f'{total:,}' if total is not None else 'more'}: "
                   "--all writes every row, --limit N more of them)", err=True)


@main.command()
@_db_option
def stories(db) -> None:
    """One JSON line per article: {"id", "cluster", "lead_event"} and "copy_of" for a wire copy.

    cluster is the event cluster of the article's lead event (docs/stories.md says which event leads): articles
    with the same cluster report the same real-world event. copy_of names the first stored article this one is a
    near-copy of (a syndicated or reprinted text).
    """
    from .store.query import stories as store_stories

    with _open_store(db) as store:
        rows = store_stories(store)
    _emit(rows, "json")


@main.command()
@_db_option
@click.argument("query")
@_FORMAT
@_VERBATIM
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True, metavar="SECONDS",
              help="Stop the statement after this long.")
@click.option("--memory-limit", default="1GB", show_default=True, metavar="SIZE",
              help="DuckDB's memory limit for the statement (e.g. 500MB, 4GB); nothing is spilled to disk.")
@click.option("--max-rows", type=click.IntRange(min=0), default=1_000_000, show_default=True,
              help="Refuse a result of more rows than this (0: no limit).")
def sql(db, query, fmt, verbatim, timeout, memory_limit, max_rows) -> None:
    """Run one read-only SQL statement (SELECT) on the store; writes are refused.

    The store's schema version is checked as by every command. The statement runs within a time-out, a
    memory limit and a row limit; each, when hit, stops it with a message naming the option.
    """
    from .store import StoreError
    from .store.query import sql as store_sql

    try:
        names, rows = store_sql(db, query, timeout=timeout, memory=memory_limit, max_rows=max_rows)
    except StoreError as exc:
        raise click.ClickException(str(exc))
    _emit([dict(zip(names, r)) for r in rows], fmt, header=tuple(names), verbatim=verbatim)


@main.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl", "plover", "gdelt"]), required=True,
              help="parquet/csv: one file per table; jsonl: the output contract per article; "
                   "plover: PLOVER JSON per event; gdelt: a GDELT 2.0 event table (TSV).")
@click.option("-o", "--output", "outdir", required=True, metavar="DIR", help="Folder to write into (created).")
@_MIN_CONFIDENCE
@click.option("--include-unasserted/--asserted-only", default=None,
              help="Keep / leave out negated and hypothetical events.  [default: left out of plover and gdelt, "
                   "kept in parquet, csv and jsonl]")
@_CODED_ONLY
@click.option("--mentions", is_flag=True,
              help="plover, gdelt: one record per article-level event instead of one per event cluster.")
@_VERBATIM
def export(db, fmt, outdir, min_confidence, include_unasserted, coded_only, mentions, verbatim) -> None:
    """Export the store to files (docs/store.md documents every column).

    The event options choose the events written (PLOVER objects, GDELT rows, the events and
    event_participants tables, the events of each article in jsonl); everything else is written whole.
    PLOVER and GDELT write one record per real-world event (event cluster) with its mention counts and, in
    PLOVER, every report as a citation; --mentions writes one per article-level event.
    """
    import pathlib

    from .store.export import export as store_export
    from .store.export import export_filter

    f = export_filter(fmt, min_confidence=_floor(min_confidence), include_unasserted=include_unasserted,
                      coded_only=coded_only)
    try:                              # a file or an unwritable place as -o was said as a failed store (user53)
        pathlib.Path(outdir).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        what = "it is a file, not a folder" if pathlib.Path(outdir).exists() else (exc.strerror or str(exc))
        raise click.ClickException(f"cannot write into {outdir}: {what} (-o names a folder, made when missing)")
    with _open_store(db) as store:
        paths = store_export(store, fmt, outdir, f, mentions=mentions, verbatim=verbatim)
    for path in paths:
        click.echo(str(path))


@main.command()
@click.option("--db", "db", default="dateline.duckdb", show_default=True, metavar="PATH",
              help="The store: one DuckDB file (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (this machine only by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also answer requests for this Host name (repeatable); localhost, 127.0.0.1 and --host are "
                   "always answered, any other Host gets a 400 (a defence against DNS rebinding).")
def serve(db: str, host: str, port: int, allow_hosts: tuple[str, ...]) -> None:
    """Serve the store on a web UI (read-only): overview, articles, events, actors, quotes, map, search, and a JSON API (/docs)."""
    import uvicorn

    from .store import StoreError
    from .web import create_app

    try:
        app = create_app(db, allow_hosts=allow_hosts, bound=host)
    except StoreError as exc:
        raise click.ClickException(str(exc))
    _can_listen(host, port)
    click.echo(f"dateline: serving {db} on http://{host}:{port}/ (Ctrl+C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _can_listen(host: str, port: int) -> None:
    """Refuse, before saying `serving`, an address that cannot be listened on (user52: a port in use said `serving ...`,
    then a server error, exit status 3)."""
    import socket

    if port == 0:
        return
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise click.ClickException(f"cannot listen on {host}: {exc.strerror or exc}")
    family, _type, _proto, _name, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)        # as the server itself binds
        try:
            sock.bind(address)
        except OSError as exc:
            busy = " (another server there? choose another with --port)" if exc.errno == 98 else ""
            raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}{busy}")


if __name__ == "__main__":
    main()
