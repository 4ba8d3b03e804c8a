"""Lead, session 33: local offices left out of titles.tsv (act33d's list) - a town's or village's clerk is the local
government's official (GOV), as a county clerk is. (`city council member` was tried and dropped: a title ending in
`member` made `the first member of Congress` a description holding Congress, test_actors.) Invented sentences."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at


@pytest.mark.parametrize("title", ["Town Clerk", "Village clerk"])
def test_a_local_office_before_the_name_is_the_local_government(run, title):
    text = f"{title} Mara Quillen said the ballots would be counted again on Tuesday at the town hall.\n"
    person = actor_at(run(text), text, "Mara Quillen")
    assert person is not None and person.sector == "GOV"
