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
<TEXT>The mayor <EVENT eid="e1" class="OCCURRENCE">toured</EVENT> the port on <TIMEX3 tid="t1" type="DATE" value="2003-05-08">Thursday</TIMEX3> and <EVENT eid="e2" class="REPORTING">said</EVENT> the harbour, <EVENT eid="e3" class="OCCURRENCE">dredged</EVENT> in <TIMEX3 tid="t2" type="DATE" value="1999">1999</TIMEX3>, would <EVENT eid="e4" class="OCCURRENCE">grow</EVENT>.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="FUTURE" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="INCLUDES" timeID="t2" relatedToEventInstance="ei3"/>
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
