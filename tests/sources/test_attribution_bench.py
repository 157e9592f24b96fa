"""The attribution bench's scoring rules: what counts as the right claimant for a hand-made PolNeAR source."""

import pytest

from bench.attribution_bench import kind_of, matches


@pytest.mark.parametrize("source,kind", [
    ("he", "pronoun"),
    ("the company", "described"),
    ("the Republican nominee", "described"),
    ("the Wisconsin Republican", "described"),  # a party's member from a state: who, the article said before
    ("the Nevada Democrat’s", "described"),
    ("Sen. Chuck Grassley", "named"),
    ("The Wall Street Journal", "named"),
    ("The leader of the Anti-Defamation League, Jonathan Greenblatt,", "named"),
    ("Some Democrats", "described"),  # members of a group, or a share of it, name no one
    ("75 percent of Democrats", "described"),
    ("Democrats", "named"),
])
def test_kind_of_a_gold_source(source, kind):
    assert kind_of(source) == kind


@pytest.mark.parametrize("claimant,gold,right", [
    ("Jonathan Greenblatt", "The leader of the Anti-Defamation League, Jonathan Greenblatt,", True),
    ("Bruce Turry", "his best friend at Lehigh, Bruce Turry", True),
    ("Anti-Defamation League", "The leader of the Anti-Defamation League, Jonathan Greenblatt,", True),
    ("Donald Trump", "Trump, the longtime owner of the Miss Universe pageant,", True),
    ("Miss Universe", "Trump, the longtime owner of the Miss Universe pageant,", False),  # the name before the comma
    ("Hillary Clinton", "The leader of the Anti-Defamation League, Jonathan Greenblatt,", False),
])
def test_a_claimant_matches_the_gold_source_by_its_head(claimant, gold, right):
    assert matches(claimant, gold) is right
