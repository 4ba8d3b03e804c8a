"""The JSON shapes of the API's main answers, so that /docs and /openapi.json describe every field."""
from __future__ import annotations

from typing import Any, Optional

from pydantic import BaseModel, Field


class ParticipantOut(BaseModel):
    """One source or target of an event: its span in the text and the actor it resolves to."""
    start: Optional[int] = Field(None, description="Offset of the participant's words in the article text")
    end: Optional[int] = None
    text: Optional[str] = None
    actor_id: Optional[str] = Field(None, description="The actor's id inside the article's record")
    name: Optional[str] = None
    country: Optional[str] = Field(None, description="ISO 3166 alpha-3 (or IGO-style code)")
    sector: Optional[str] = Field(None, description="GOV, MIL, REB, OPP, ...")
    code: Optional[str] = Field(None, description="country + sector, e.g. RUSGOV")
    global_id: Optional[int] = Field(None, description="The global actor (as in /api/actors/{id})")


class EventOut(BaseModel):
    """One event with its evidence: trigger and sentence offsets into the article text."""
    article_id: str
    idx: int = Field(description="The event's index in the article's record (anchor #ev-IDX on its page)")
    type: Optional[str] = Field(None, description="PLOVER event type")
    mode: Optional[str] = None
    quad: Optional[int] = Field(None, description="1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict")
    cameo: Optional[str] = None
    negated: Optional[bool] = None
    hypothetical: Optional[bool] = None
    date: Optional[str] = Field(None, description="TIMEX3 value as extracted (may be partial)")
    day: Optional[str] = Field(None, description="The event's day: its date when a full day, else the article's")
    trigger_start: Optional[int] = None
    trigger_end: Optional[int] = None
    trigger_text: Optional[str] = None
    sentence_start: Optional[int] = None
    sentence_end: Optional[int] = None
    sentence: Optional[str] = None
    quote: Optional[int] = Field(None, description="Index of the quote the event was said in")
    quote_text: Optional[str] = None
    place: Optional[str] = None
    place_country: Optional[str] = None
    place_lat: Optional[float] = None
    place_lon: Optional[float] = None
    dead: Optional[int] = None
    injured: Optional[int] = None
    arrested: Optional[int] = None
    goldstein: Optional[float] = None
    confidence: Optional[float] = Field(None, description="How likely a real event of its type, 0 to 1 (null: not scored)")
    date_from: Optional[str] = Field(None, description="Where `date` came from: clause, sentence, narrative, happening or published")
    cluster_id: Optional[str] = Field(None, description="The real-world event (event cluster) this report belongs to: "
                                                         "/api/clusters/{cluster_id}; null when not clustered")
    num_mentions: Optional[int] = Field(None, description="Reports of that real-world event")
    num_articles: Optional[int] = Field(None, description="Articles that reported it")
    num_sources: Optional[int] = Field(None, description="Distinct publishers that reported it")
    article_title: Optional[str] = None
    source: list[ParticipantOut] = []
    target: list[ParticipantOut] = []


class EventsPage(BaseModel):
    """A page of events matching the filters, with how many match in all."""
    total: int
    limit: int
    offset: int
    filters: dict[str, Any]
    rows: list[EventOut]


class ArticleOut(BaseModel):
    """An article: its text exactly as read and its output-contract record (all offsets point into `text`)."""
    id: str
    text: str
    record: dict[str, Any]
    actor_global_ids: dict[str, Optional[int]]
    origin: Optional[str] = None
