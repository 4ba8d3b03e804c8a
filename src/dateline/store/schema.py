"""The store's tables (DuckDB DDL), its schema version and the migrations between versions.

Table and column names are a contract for the web pages and exports: add, never rename.
New columns go last in their table, so fresh and migrated stores have the same column order.
Every `start`/`end` column is a character offset into `articles.text` (the text exactly as read).
"""
from __future__ import annotations

from typing import Callable, Union

SCHEMA_VERSION = 10
DATA_ONLY = frozenset({10})     # versions whose migration changes stored values only, not the rows a part holds


def parts_layout() -> int:
    """The layout of a cluster run's Parquet parts (store/parts.py): the newest version that changed the tables. A
    part's name hashes it (run/distributed.content_hash), so a change of layout computes every part anew; a
    data-only migration (10: an older article's source from its page's site) must not (user55: a corpus again)."""
    return max(v for v in range(1, SCHEMA_VERSION + 1) if v not in DATA_ONLY)


# An article's publisher as the store keeps it (`articles.source`): the input's, else its page's or feed's site name
# (user54, rows.article_rows); SQL for rows written before that (migration 10, and parts loaded from then).
SOURCE_OR_SITE = "coalesce(nullif(source, ''), json_extract_string(record, '$.site'))"

# One statement per entry; run in order on a fresh store.
TABLES: dict[str, str] = {
    "articles": """
        CREATE TABLE articles (
            id              VARCHAR PRIMARY KEY,
            text            VARCHAR NOT NULL,
            text_hash       VARCHAR NOT NULL,      -- sha256 of text, hex
            title           VARCHAR,
            published       DATE,
            published_from  VARCHAR,               -- input|dateline|caption|text
            dateline_place  VARCHAR,
            dateline_agency VARCHAR,
            dateline_start  INTEGER,
            dateline_end    INTEGER,
            truncated       BOOLEAN NOT NULL DEFAULT FALSE,
            source          VARCHAR,
            url             VARCHAR,
            origin          VARCHAR,               -- file (and line) it was read from
            ingested_at     TIMESTAMP NOT NULL,
            record          VARCHAR,               -- the output contract JSON of the article (to_dict)
            dateline_region VARCHAR                -- v2: state or country after the dateline place
        )""",
    "captions": """
        CREATE TABLE captions (
            article_id   VARCHAR NOT NULL,
            idx          INTEGER NOT NULL,
            start        INTEGER NOT NULL,
            "end"        INTEGER NOT NULL,
            text         VARCHAR,
            credit       VARCHAR,
            credit_start INTEGER,
            credit_end   INTEGER
        )""",
    "quotes": """
        CREATE TABLE quotes (
            article_id    VARCHAR NOT NULL,
            idx           INTEGER NOT NULL,
            start         INTEGER NOT NULL,
            "end"         INTEGER NOT NULL,
            text          VARCHAR,
            cue_start     INTEGER,
            cue_end       INTEGER,
            cue_text      VARCHAR,
            speaker_start INTEGER,
            speaker_end   INTEGER,
            speaker_text  VARCHAR,
            speaker_actor VARCHAR                  -- actors.actor_id in the same article
        )""",
    "global_actors": """
        CREATE TABLE global_actors (
            id      INTEGER PRIMARY KEY,
            code    VARCHAR NOT NULL,              -- the actor code (docs/actors.md), e.g. USAGOV ('' when neither)
            name    VARCHAR NOT NULL,
            country VARCHAR,
            sector  VARCHAR,
            UNIQUE (code, name)
        )""",
    "actors": """
        CREATE TABLE actors (
            article_id VARCHAR NOT NULL,
            actor_id   VARCHAR NOT NULL,           -- the id used inside the article's record
            name       VARCHAR,
            country    VARCHAR,
            sector     VARCHAR,
            role       VARCHAR,
            code       VARCHAR,                    -- CAMEO-style actor code (docs/actors.md)
            global_id  INTEGER,                    -- global_actors.id
            members    VARCHAR[]                   -- compound actors: actor_ids of members
        )""",
    "mentions": """
        CREATE TABLE mentions (
            article_id VARCHAR NOT NULL,
            actor_id   VARCHAR NOT NULL,
            start      INTEGER NOT NULL,
            "end"      INTEGER NOT NULL,
            text       VARCHAR
        )""",
    "dates": """
        CREATE TABLE dates (
            article_id VARCHAR NOT NULL,
            idx        INTEGER NOT NULL,
            start      INTEGER NOT NULL,
            "end"      INTEGER NOT NULL,
            text       VARCHAR,
            value      VARCHAR,                    -- TIMEX3 value
            type       VARCHAR                     -- TIMEX3 type
        )""",
    "events": """
        CREATE TABLE events (
            article_id     VARCHAR NOT NULL,
            idx            INTEGER NOT NULL,
            type           VARCHAR,                -- PLOVER event type
            mode           VARCHAR,
            quad           INTEGER,                -- 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
            cameo          VARCHAR,
            trigger_start  INTEGER,
            trigger_end    INTEGER,
            trigger_text   VARCHAR,
            negated        BOOLEAN,
            hypothetical   BOOLEAN,
            date           VARCHAR,                -- as extracted (TIMEX3 value, may be partial)
            day            DATE,                   -- date when a full day, else the article's published day
            sentence_start INTEGER,
            sentence_end   INTEGER,
            quote          INTEGER,                -- quotes.idx in the same article
            place          VARCHAR,                -- places.place_id in the same article
            dead           INTEGER,
            injured        INTEGER,
            arrested       INTEGER,
            goldstein      DOUBLE,                 -- docs/store.md: the cooperation-conflict scale
            confidence     DOUBLE,                 -- v3: how likely a real event of its type, 0..1 (NULL: not scored)
            date_from      VARCHAR,                -- v3: clause|sentence|narrative|happening|published: where `date` came from
            actor_set      INTEGER,                -- v7: actor_sets.id of who takes part (NULL: nobody); the filters' index
            place_label    INTEGER                 -- v7: place_labels.id of its place's name and country
        )""",
    "event_participants": """
        CREATE TABLE event_participants (
            article_id VARCHAR NOT NULL,
            event_idx  INTEGER NOT NULL,
            role       VARCHAR NOT NULL,           -- source|target
            idx        INTEGER NOT NULL,           -- order within the role
            start      INTEGER,
            "end"      INTEGER,
            text       VARCHAR,
            actor_id   VARCHAR,                    -- actors.actor_id in the same article
            code       VARCHAR,                    -- v9: a participant with no actor, coded by its own words (else NULL)
            country    VARCHAR,
            sector     VARCHAR
        )""",
    "places": """
        CREATE TABLE places (
            article_id VARCHAR NOT NULL,
            place_id   VARCHAR NOT NULL,
            name       VARCHAR,
            country    VARCHAR,                    -- ISO 3166 alpha-2
            admin1     VARCHAR,
            lat        DOUBLE,
            lon        DOUBLE,
            feature    VARCHAR,
            geonameid  BIGINT
        )""",
    "place_mentions": """
        CREATE TABLE place_mentions (
            article_id VARCHAR NOT NULL,
            place_id   VARCHAR NOT NULL,
            start      INTEGER NOT NULL,
            "end"      INTEGER NOT NULL,
            text       VARCHAR
        )""",
    "casualties": """
        CREATE TABLE casualties (
            article_id VARCHAR NOT NULL,
            idx        INTEGER NOT NULL,
            start      INTEGER NOT NULL,
            "end"      INTEGER NOT NULL,
            text       VARCHAR,
            killed     INTEGER,
            injured    INTEGER,
            arrested   INTEGER,
            missing    INTEGER,
            qualifier  VARCHAR,
            victims    VARCHAR,
            period     VARCHAR,
            source     VARCHAR,
            event      INTEGER                     -- events.idx in the same article
        )""",
    "event_actors": """
        CREATE TABLE event_actors (                -- v4: who takes part in each event, flat (filters read it)
            article_id VARCHAR NOT NULL,
            event_idx  INTEGER NOT NULL,
            role       VARCHAR NOT NULL,           -- source|target
            ptext      VARCHAR,                    -- the participant as written
            name       VARCHAR,                    -- its actor's (or, for a compound actor, a member's) name
            code       VARCHAR,
            country    VARCHAR,
            sector     VARCHAR,
            global_id  INTEGER,
            code_u     VARCHAR,                    -- upper(coalesce(code, '')), and the same for country, sector
            country_u  VARCHAR,
            sector_u   VARCHAR
        )""",
    "event_dyads": """
        CREATE TABLE event_dyads (                 -- v4: one row per source-target pair of each event
            article_id VARCHAR NOT NULL,
            event_idx  INTEGER NOT NULL,
            source     VARCHAR,                    -- actor code, else actor name, else the text as written
            target     VARCHAR,
            day        DATE,                       -- the event's columns `dyads` counts and filters by
            quad       INTEGER,
            goldstein  DOUBLE,
            negated    BOOLEAN,
            hypothetical BOOLEAN,
            confidence DOUBLE,
            coded      BOOLEAN,                    -- every source and target has a code: its actor's, or its own words' (v9; filters.CODED)
            type       VARCHAR,                    -- v8: the event's type and its filters' index ids (events.actor_set,
            actor_set  INTEGER,                    -- place_label), so that `dyads` with any filter reads this table
            place_label INTEGER                    -- alone (no join with the events)
        )""",
    "loaded_parts": """
        CREATE TABLE loaded_parts (                -- v4: Parquet parts of a cluster run already loaded
            name      VARCHAR PRIMARY KEY,         -- the part's folder name: shard key + content hash
            articles  INTEGER NOT NULL,            -- articles in the part (stored or unchanged)
            loaded_at TIMESTAMP NOT NULL
        )""",
}

# v7 (issue 15): the event filters' index, store-wide like global_actors. Who takes part in an event is one of few
# distinct combinations: `actor_labels` holds each distinct participant description (what the actor filters match),
# `actor_sets` each distinct combination of them per event, `actor_set_labels` its members by role, and
# `events.actor_set` points to it; `place_labels` holds each distinct place name and country (`events.place_label`).
# An actor or place filter matches the small tables first, then reads one integer column of `events`: no join of
# millions of participant or place rows (store/filters.py). Written with each article (Store._write); never exported.
INDEX_TABLES: dict[str, str] = {
    "actor_labels": """
        CREATE TABLE actor_labels (
            id        INTEGER NOT NULL,
            ptext     VARCHAR,                     -- the columns of event_actors a filter matches
            name      VARCHAR,
            code      VARCHAR,
            country   VARCHAR,
            sector    VARCHAR,
            global_id INTEGER,
            code_u    VARCHAR,
            country_u VARCHAR,
            sector_u  VARCHAR
        )""",
    "actor_sets": """
        CREATE TABLE actor_sets (
            id  INTEGER NOT NULL,
            key VARCHAR NOT NULL                   -- 's' + source label ids + '|t' + target label ids, sorted
        )""",
    "actor_set_labels": """
        CREATE TABLE actor_set_labels (
            actor_set INTEGER NOT NULL,            -- actor_sets.id
            role      VARCHAR NOT NULL,            -- source|target
            label     INTEGER NOT NULL             -- actor_labels.id
        )""",
    "place_labels": """
        CREATE TABLE place_labels (
            id      INTEGER NOT NULL,
            name    VARCHAR,
            country VARCHAR
        )""",
}

# v5 (issue 14): stories and event clusters, written by the linking step after an article's rows
# (dateline.stories); not article tables: `stories.forget` removes an article's share and refolds its clusters.
# The article-level `events` and the actor `mentions` tables keep their names and rows: the cluster-level
# tables are `event_clusters` (GDELT's Events) and `event_mentions` (GDELT's Mentions). docs/store.md.
STORY_TABLES: dict[str, str] = {
    "article_stories": """
        CREATE TABLE article_stories (
            article_id  VARCHAR PRIMARY KEY,
            story       VARCHAR NOT NULL,          -- copy_of, else the article's own id: a wire story's group
            copy_of     VARCHAR,                   -- the first stored article this one is a near-copy of
            jaccard     DOUBLE,                    -- estimated resemblance to copy_of
            containment DOUBLE,                    -- estimated share of the smaller text inside the larger
            shingles    INTEGER NOT NULL,          -- distinct 5-word shingles
            signature   BLOB NOT NULL,             -- MinHash signature (dateline.stories.copies)
            lead_event  INTEGER                    -- events.idx of the article's lead event
        )""",
    "article_bands": """
        CREATE TABLE article_bands (
            key        BIGINT NOT NULL,            -- LSH band key of the article's signature
            article_id VARCHAR NOT NULL,
            day        DATE                        -- v7: the article's publication day (copies are looked for near it)
        )""",
    "event_clusters": """
        CREATE TABLE event_clusters (
            cluster_id      VARCHAR PRIMARY KEY,   -- ARTICLE-IDX of the founding mention
            family          VARCHAR NOT NULL,
            type            VARCHAR,               -- the best-supported PLOVER type
            day             DATE,                  -- the best-supported own date, else the first publication day
            place           VARCHAR,
            place_country   VARCHAR,
            place_admin1    VARCHAR,
            lat             DOUBLE,
            lon             DOUBLE,
            actors          INTEGER[],             -- global_actors.id of named participants
            dead            INTEGER,               -- latest credible report, never the sum
            injured         INTEGER,
            num_mentions    INTEGER NOT NULL,
            num_articles    INTEGER NOT NULL,
            num_stories     INTEGER NOT NULL,      -- articles with wire copies counted once
            num_sources     INTEGER NOT NULL,      -- distinct publishers
            confidence      DOUBLE,
            first_published DATE,
            last_published  DATE,
            first_seen      TIMESTAMP NOT NULL,
            state           VARCHAR NOT NULL       -- the running summary (JSON), what new events are compared with
        )""",
    "event_mentions": """
        CREATE TABLE event_mentions (
            cluster_id     VARCHAR,                -- event_clusters.cluster_id; NULL for a negated or hypothetical event
            article_id     VARCHAR NOT NULL,
            event_idx      INTEGER NOT NULL,       -- events.idx
            type           VARCHAR,
            confidence     DOUBLE,
            trigger_start  INTEGER,
            trigger_end    INTEGER,
            sentence_start INTEGER,
            sentence_end   INTEGER,
            score          DOUBLE,                 -- the joining score (NULL: founded the cluster or a copy)
            why            VARCHAR,                -- why it joined, in words
            key            VARCHAR                 -- what the clustering knew of it (JSON)
        )""",
    "cluster_actors": """
        CREATE TABLE cluster_actors (
            global_id  INTEGER NOT NULL,           -- global_actors.id of a named actor of the cluster's articles
            cluster_id VARCHAR NOT NULL,           -- so a follow-up weeks later finds its cluster by who is named
            family     VARCHAR,                    -- v7: the cluster's family and day (event_clusters), so the
            day        DATE                        -- follow-ups' look-up reads this table alone
        )""",
    "cluster_handles": """
        CREATE TABLE cluster_handles (
            handle     VARCHAR NOT NULL,           -- what finds the cluster as a candidate: t:town, g:grid cell,
            cluster_id VARCHAR NOT NULL,           -- n:lede name, a:article (dateline.stories.clusters)
            day        DATE                        -- v7: the cluster's day (event_clusters.day): looked up by date window
        )""",
}
STORY_INDEXES = [
    "CREATE INDEX IF NOT EXISTS article_bands_key ON article_bands (key)",
    "CREATE INDEX IF NOT EXISTS article_bands_article ON article_bands (article_id)",
    "CREATE INDEX IF NOT EXISTS event_clusters_family_day ON event_clusters (family, day)",
    "CREATE INDEX IF NOT EXISTS event_mentions_cluster ON event_mentions (cluster_id)",
    "CREATE INDEX IF NOT EXISTS event_mentions_article ON event_mentions (article_id)",
    "CREATE INDEX IF NOT EXISTS cluster_actors_actor ON cluster_actors (global_id)",
    "CREATE INDEX IF NOT EXISTS cluster_actors_cluster ON cluster_actors (cluster_id)",
    "CREATE INDEX IF NOT EXISTS cluster_handles_handle ON cluster_handles (handle)",
    "CREATE INDEX IF NOT EXISTS cluster_handles_cluster ON cluster_handles (cluster_id)",
]
TABLES.update(STORY_TABLES)
TABLES.update(INDEX_TABLES)

# v6 (issue 15): aggregates the web shows (store-wide, and per actor) kept for the store as it was when they were
# computed (`generation`), so that a server of a million articles starts without reading every event
# (store/views.py: write_summaries, Reader.memo). Derived data: never exported, rewritten whole.
SUMMARY_TABLES: dict[str, str] = {
    "store_summaries": """
        CREATE TABLE store_summaries (
            name       VARCHAR PRIMARY KEY,        -- the aggregate: counts, timeline, actor:ID, actor_dyads:ID:N ...
            generation VARCHAR NOT NULL,           -- views.Reader.generation() of the store it was computed from
            value      VARCHAR NOT NULL            -- JSON, as the view function returns it
        )""",
}
# v7 (issue 15): the answers of `dyads --by month` (query.KEPT_DYADS), kept like the summaries: derived, never exported
SUMMARY_TABLES["dyad_periods"] = """
        CREATE TABLE dyad_periods (
            generation     VARCHAR NOT NULL,       -- as store_summaries.generation
            variant        VARCHAR NOT NULL,       -- which question: 'month asserted clusters', 'month asserted coded' ...
            rank           INTEGER NOT NULL,       -- the row's place in the answer
            period         VARCHAR,
            source         VARCHAR,
            target         VARCHAR,
            events         BIGINT,
            quad1          BIGINT,
            quad2          BIGINT,
            quad3          BIGINT,
            quad4          BIGINT,
            goldstein      DOUBLE,
            goldstein_mean DOUBLE
        )"""
TABLES.update(SUMMARY_TABLES)
# written by the parquet and csv exports (the band keys are an index, not data)
STORY_EXPORT_TABLES = ("article_stories", "event_clusters", "event_mentions", "cluster_actors")

# Tables whose rows belong to one article (deleted and rewritten together).
ARTICLE_TABLES = ("captions", "quotes", "actors", "mentions", "dates", "events", "event_participants",
                  "places", "place_mentions", "casualties", "event_actors", "event_dyads")

INDEXES = [
    "CREATE INDEX IF NOT EXISTS articles_published ON articles (published)",
    "CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id)",
    "CREATE INDEX IF NOT EXISTS captions_article ON captions (article_id)",
    "CREATE INDEX IF NOT EXISTS actors_article ON actors (article_id)",
    "CREATE INDEX IF NOT EXISTS actors_global ON actors (global_id)",
    "CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id)",
    "CREATE INDEX IF NOT EXISTS dates_article ON dates (article_id)",
    "CREATE INDEX IF NOT EXISTS events_article ON events (article_id)",
    "CREATE INDEX IF NOT EXISTS events_type ON events (type)",
    "CREATE INDEX IF NOT EXISTS events_day ON events (day)",
    "CREATE INDEX IF NOT EXISTS participants_article ON event_participants (article_id)",
    "CREATE INDEX IF NOT EXISTS places_article ON places (article_id)",
    "CREATE INDEX IF NOT EXISTS place_mentions_article ON place_mentions (article_id)",
    "CREATE INDEX IF NOT EXISTS casualties_article ON casualties (article_id)",
    "CREATE INDEX IF NOT EXISTS event_actors_article ON event_actors (article_id)",
    "CREATE INDEX IF NOT EXISTS event_dyads_article ON event_dyads (article_id)",
    *STORY_INDEXES,
]

VERSION_TABLE = """
    CREATE TABLE IF NOT EXISTS schema_version (
        version    INTEGER NOT NULL,
        applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp
    )"""

# MIGRATIONS[n] brings a store at version n-1 to version n: SQL statements or a function(con).
# Version 1 is the first layout: there is nothing to migrate to it (a fresh store is created whole).
Migration = Union[str, Callable[["duckdb.DuckDBPyConnection"], None]]
MIGRATIONS: dict[int, list[Migration]] = {
    # 2: Dateline.region joined the contract; older rows get it from their record JSON.
    2: ["ALTER TABLE articles ADD COLUMN dateline_region VARCHAR",
        "UPDATE articles SET dateline_region = json_extract_string(record, '$.dateline.region')"],
    # 3: Event.confidence and Event.date_from joined the contract; older rows get them from their article's record
    # JSON (NULL when the record has none: stored before the fields existed).
    3: ["ALTER TABLE events ADD COLUMN confidence DOUBLE",
        "ALTER TABLE events ADD COLUMN date_from VARCHAR",
        """UPDATE events SET
               confidence = TRY_CAST(json_extract_string(a.record, '$.events[' || events.idx || '].confidence') AS DOUBLE),
               date_from = json_extract_string(a.record, '$.events[' || events.idx || '].date_from')
           FROM articles a WHERE a.id = events.article_id"""],
    # 4: loaded_parts (the cluster runner's Parquet parts loaded), and two flat per-article tables that the event filters and `dyads` read instead of joining participants to
    # actors (and members) at every query: filled for older rows from those tables, by the SQL they replace.
    4: [lambda con: con.execute(TABLES["event_actors"]),
        lambda con: con.execute(TABLES["loaded_parts"]),
        lambda con: con.execute(TABLES["event_dyads"]),
        lambda con: con.execute(f"INSERT INTO event_actors {_participants_sql()}"),
        """INSERT INTO event_dyads (article_id, event_idx, source, target, day, quad, goldstein, negated,
                                    hypothetical, confidence, coded)
           WITH side AS (SELECT p.article_id, p.event_idx, p.role, p.idx,
                                coalesce(nullif(a.code, ''), a.name, p.text) AS label,
                                coalesce(a.code, '') <> '' AS has_code
                         FROM event_participants p
                         LEFT JOIN actors a ON a.article_id = p.article_id AND a.actor_id = p.actor_id)
           , coded AS (SELECT article_id, event_idx, bool_and(has_code) AS coded FROM side GROUP BY ALL)
           SELECT s.article_id, s.event_idx, s.label, t.label, e.day, e.quad, e.goldstein, e.negated,
                  e.hypothetical, e.confidence, c.coded
           FROM side s
           JOIN coded c ON c.article_id = s.article_id AND c.event_idx = s.event_idx
           JOIN side t ON t.article_id = s.article_id AND t.event_idx = s.event_idx AND t.role = 'target'
           JOIN events e ON e.article_id = s.article_id AND e.idx = s.event_idx
           WHERE s.role = 'source' ORDER BY s.article_id, s.event_idx, s.idx, t.idx"""],
    # 5: stories and event clusters (issue 14): new tables only; they fill as articles are linked (`dateline
    # ingest` links every stored article that has no story row yet, so an older store is clustered on its next ingest).
    5: [ddl.replace("CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ", 1) for ddl in STORY_TABLES.values()],
    # 6: kept aggregates of the web (issue 15): a new table, filled by the next ingest's end (or refresh_derived).
    6: [ddl.replace("CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ", 1) for ddl in SUMMARY_TABLES.values()],
    # 7: the stories' index tables carry the day (and family) they are looked up by (issue 14: linking cost flat
    # with the store's size), filled for older rows from their article or cluster. IF NOT EXISTS: a store migrated
    # from before version 5 got these tables whole, with the columns.
    7: ["ALTER TABLE article_bands ADD COLUMN IF NOT EXISTS day DATE",
        "UPDATE article_bands SET day = a.published FROM articles a WHERE a.id = article_bands.article_id",
        "ALTER TABLE cluster_actors ADD COLUMN IF NOT EXISTS family VARCHAR",
        "ALTER TABLE cluster_actors ADD COLUMN IF NOT EXISTS day DATE",
        """UPDATE cluster_actors SET family = c.family, day = c.day FROM event_clusters c
           WHERE c.cluster_id = cluster_actors.cluster_id""",
        "ALTER TABLE cluster_handles ADD COLUMN IF NOT EXISTS day DATE",
        "UPDATE cluster_handles SET day = c.day FROM event_clusters c WHERE c.cluster_id = cluster_handles.cluster_id",
        # and the event filters' index (issue 15: filters fast at a million articles), built from event_actors/places
        *[ddl.replace("CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ", 1) for ddl in INDEX_TABLES.values()],
        SUMMARY_TABLES["dyad_periods"].replace("CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ", 1),
        "ALTER TABLE events ADD COLUMN actor_set INTEGER",
        "ALTER TABLE events ADD COLUMN place_label INTEGER",
        lambda con: index_events(con)],
    # 8: `event_dyads` carries the event's type, actor_set and place_label (issue 15: `dyads` with an actor, place or
    # type filter reads one table instead of joining 5.5 million events at a million articles), copied from events.
    8: ["ALTER TABLE event_dyads ADD COLUMN IF NOT EXISTS type VARCHAR",
        "ALTER TABLE event_dyads ADD COLUMN IF NOT EXISTS actor_set INTEGER",
        "ALTER TABLE event_dyads ADD COLUMN IF NOT EXISTS place_label INTEGER",
        """UPDATE event_dyads SET type = e.type, actor_set = e.actor_set, place_label = e.place_label FROM events e
           WHERE e.article_id = event_dyads.article_id AND e.idx = event_dyads.event_idx"""],
    # 9: Participant.code, country and sector joined the contract (a participant no actor holds, coded by its own
    # words: events/described.py); older rows were written before the fields existed and stay NULL.
    9: ["ALTER TABLE event_participants ADD COLUMN IF NOT EXISTS code VARCHAR",
        "ALTER TABLE event_participants ADD COLUMN IF NOT EXISTS country VARCHAR",
        "ALTER TABLE event_participants ADD COLUMN IF NOT EXISTS sector VARCHAR"],
    # 10: an article stored before user54 from a page or feed that named its site and no source has the site as its
    # source, as one stored since (rows.article_rows). Values only (DATA_ONLY): parts stay valid.
    10: [lambda con: source_from_site(con)],
}

def source_from_site(con) -> int:
    """Fill `articles.source` from the record's `site` where it is empty and the site is not (idempotent: a second
    run finds none); returns how many. The web's kept aggregates are dropped when any changed (their generation does
    not see a changed source): the next ingest writes them again. Said on the `dateline.store` log."""
    import logging

    filled = con.execute(f"""UPDATE articles SET source = {SOURCE_OR_SITE}
                             WHERE coalesce(source, '') = '' AND coalesce(json_extract_string(record, '$.site'), '') <> ''
                          """).fetchall()[0][0]
    if filled:
        con.execute("DELETE FROM store_summaries")
        logging.getLogger("dateline.store").info("%s article(s) stored before their page's site filled the source: "
                                                 "the site is their source now", filled)
    return filled


SAME_LABEL = " AND ".join(f"l.{c} IS NOT DISTINCT FROM x.{c}" for c in ("ptext", "name", "code", "country", "sector",
                                                                         "global_id"))


def set_key(role: str) -> str:
    """SQL: the sorted label ids of one role of an event (x: its event_actors rows, l: their actor_labels)."""
    return (f"coalesce(array_to_string(list_sort(list_distinct(list(l.id) FILTER (WHERE x.role = '{role}'))), ','), '')")


def index_events(con) -> None:
    """Fill the event filters' index (INDEX_TABLES, events.actor_set and place_label) from event_actors and places:
    the migration to version 7 of a store written before (Store._write keeps it for the rows it writes)."""
    for table in INDEX_TABLES:
        con.execute(f"DELETE FROM {table}")
    con.execute("""
        INSERT INTO actor_labels
        SELECT row_number() OVER (ORDER BY ptext, name, code, country, sector, global_id), * FROM (
            SELECT ptext, name, code, country, sector, global_id, min(code_u), min(country_u), min(sector_u)
            FROM event_actors GROUP BY ptext, name, code, country, sector, global_id)""")
    con.execute(f"""
        CREATE TEMP TABLE _event_sets AS
        SELECT x.article_id, x.event_idx, 's' || {set_key('source')} || '|t' || {set_key('target')} AS key
        FROM event_actors x JOIN actor_labels l ON {SAME_LABEL} GROUP BY x.article_id, x.event_idx""")
    con.execute("INSERT INTO actor_sets SELECT row_number() OVER (ORDER BY key), key FROM "
                "(SELECT DISTINCT key FROM _event_sets)")
    con.execute(f"""
        INSERT INTO actor_set_labels
        SELECT DISTINCT s.id, x.role, l.id FROM event_actors x
        JOIN actor_labels l ON {SAME_LABEL}
        JOIN _event_sets es ON es.article_id = x.article_id AND es.event_idx = x.event_idx
        JOIN actor_sets s ON s.key = es.key""")
    con.execute("""UPDATE events SET actor_set = s.id FROM _event_sets es JOIN actor_sets s ON s.key = es.key
                   WHERE es.article_id = events.article_id AND es.event_idx = events.idx""")
    con.execute("DROP TABLE _event_sets")
    con.execute("""INSERT INTO place_labels SELECT row_number() OVER (ORDER BY name, country), name, country
                   FROM (SELECT DISTINCT name, country FROM places)""")
    con.execute("""UPDATE events SET place_label = pl.id FROM places p
                   JOIN place_labels pl ON pl.name IS NOT DISTINCT FROM p.name AND pl.country IS NOT DISTINCT FROM p.country
                   WHERE p.article_id = events.article_id AND p.place_id = events.place""")


def _participants_sql() -> str:
    from .filters import PARTICIPANTS

    return f"SELECT article_id, event_idx, role, ptext, name, code, country, sector, global_id, code_u, " \
           f"country_u, sector_u FROM ({PARTICIPANTS})"


# Statements that rebuild the store-wide derived tables from the per-article ones (Store.refresh_derived).
DERIVED: list[Migration] = []


def create_statements() -> list[str]:
    """Every statement that builds a fresh store at SCHEMA_VERSION (version row excluded)."""
    return [VERSION_TABLE, *TABLES.values(), *INDEXES]
