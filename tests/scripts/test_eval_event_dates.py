"""bench/eval_event_dates.py: the anchored day of a TimeML event and the verdict on a date (an invented document)."""
from __future__ import annotations

import pathlib

from tests.helpers import load_script

ROOT = pathlib.Path(__file__).resolve().parents[2]

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2003-05-09" temporalFunction="false" functionInDocument="CREATION_TIME">2003-05-09</TIMEX3></DCT>
<TITLE>Mayor visits port</TITLE>
<TEXT>The mayor <EVENT class="OCCURRENCE" eid="e1">toured</EVENT> the port on <TIMEX3 value="2003-05-08" tid="t1" type="DATE">Thursday</TIMEX3> and <EVENT class="REPORTING" eid="e2">said</EVENT> the harbour, <EVENT class="OCCURRENCE" eid="e3">dredged</EVENT> in <TIMEX3 value="1999" tid="t2" type="DATE">1999</TIMEX3>, would <EVENT class="OCCURRENCE" eid="e4">grow</EVENT>.</TEXT>
<MAKEINSTANCE eiid="ei1" tense="PAST" eventID="e1" polarity="POS" aspect="NONE" pos="VERB"/>
<MAKEINSTANCE eiid="ei2" tense="PAST" eventID="e2" polarity="POS" aspect="NONE" pos="VERB"/>
<MAKEINSTANCE eiid="ei3" tense="PAST" eventID="e3" polarity="POS" aspect="NONE" pos="VERB"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="FUTURE" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK relatedToTime="t1" eventInstanceID="ei1" relType="IS_INCLUDED" lid="l1"/>
<TLINK relatedToEventInstance="ei3" timeID="t2" relType="INCLUDES" lid="l2"/>
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei2" relatedToTime="t0"/>
<TLINK lid="l4" relType="AFTER" eventInstanceID="ei4" relatedToTime="t0"/>
</TimeML>
"""


def _bench():
    return load_script(ROOT / "bench" / "eval_event_dates.py")


def test_anchored_days_come_from_links_either_way_and_only_those_that_place_the_event(tmp_path):
    path = tmp_path / "X1.tml"
    path.write_text(DOC, encoding="utf-8")
    d = _bench().document(path)
    assert d["text"].startswith("Mayor visits port\n\nThe mayor toured")
    s, e = d["events"]["e1"]
    assert d["text"][s:e] == "toured"
    assert d["days"] == {"e1": "2003-05-08", "e3": "1999"}      # BEFORE / AFTER the report place no day
    assert d["published"] == "2003-05-09"


def test_a_date_is_right_to_the_gold_precision_coarse_when_less_precise():
    v = _bench().verdict
    assert v("2003-05-08", "2003-05-08") == "right"
    assert v("1999-06-01", "1999") == "right"
    assert v("2003-05", "2003-05-08") == "coarse"
    assert v("2003-05-09", "2003-05-08") == "wrong"
    assert v(None, "2003") == "undated"
