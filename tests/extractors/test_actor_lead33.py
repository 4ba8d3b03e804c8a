"""Lead, session 33: local offices left out of titles.tsv (act33d's list) - a town's or village's clerk and a city's or
town's council member are the local government's officials (GOV), as a county clerk and a councilman are. Invented
sentences; the UN Security Council's members stay what they were."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at


@pytest.mark.parametrize("title", ["Town Clerk", "Village clerk", "City council member", "Town Council member"])
def test_a_local_office_before_the_name_is_the_local_government(run, title):
    text = f"{title} Mara Quillen said the ballots would be counted again on Tuesday at the town hall.\n"
    person = actor_at(run(text), text, "Mara Quillen")
    assert person is not None and person.sector == "GOV"
