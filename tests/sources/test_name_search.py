"""The importer finds an article's names with plain string searches rather than a regular expression compiled for
each name (thousands an hour of imports, which also pushed the module's own patterns out of re's cache). Each
search must find exactly what the pattern it replaced found, on any text: checked here against that pattern."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sources.importer.attribution import (
    SPACE_THEN_LOWER,
    NameRegistry,
    _after_capitalised_word,
    opens_with,
    word_spans,
)

# Words, names, honorifics and the characters where a word boundary is decided: letters inside and outside ASCII,
# digits, "_" (a word character), apostrophes, dots, hyphens and several kinds of space.
PIECES = st.sampled_from(["Smith", "smith", "Smithson", "O'Brien", "O’Brien", "Mr", "Mrs", "Ms", "Dr", "Dame",
                          "the", "The", "experts", "spokesman", "É", "é", "x", "_", "7", ".", "'", "’", "-", " ",
                          "  ", "\n", "\u00a0", ",", "(", "Jr."])
TEXT = st.lists(PIECES, max_size=14).map("".join)
WORD = st.sampled_from(["Smith", "O'Brien", "Jr.", "’s", "Dr", "É", "_x", "Smith Jr.", "the Smith", ".S"])
CHECKED = settings(max_examples=400, derandomize=True, deadline=None)


@CHECKED
@given(TEXT, WORD, st.booleans(), st.booleans())
def test_word_spans_find_what_the_word_boundary_pattern_finds(text, word, before, after):
    pattern = ("\\b" if before else "") + re.escape(word) + ("\\b" if after else "")
    assert list(word_spans(text, word, boundary_before=before, boundary_after=after)) == [
        match.span() for match in re.finditer(pattern, text)]


@CHECKED
@given(TEXT, WORD)
def test_opens_with_says_what_the_pattern_says(phrase, name):
    expected = bool(re.match(rf"(?:the\s+)?{re.escape(name)}\s+[a-z]", phrase))
    assert opens_with(phrase, name, SPACE_THEN_LOWER) == expected


@CHECKED
@given(TEXT, st.integers(min_value=0, max_value=60))
def test_a_capitalised_word_before_a_place_in_the_text(text, at):
    at = min(at, len(text))
    assert _after_capitalised_word(text, at) == bool(re.search(r"[A-Z][\w'’.-]*\s+$", text[:at]))


@CHECKED
@given(TEXT, st.sampled_from(["Smith", "O'Brien", "Brien", "É"]))
def test_the_honorifics_before_a_surname(body, surname):
    expected = re.findall(rf"\b(Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\.?\s+{re.escape(surname)}\b", body)
    assert NameRegistry(body)._honorifics_before(surname) == expected


def test_names_are_found_with_either_apostrophe_and_a_generation_after_them():
    registry = NameRegistry("Headline\nConan O’Brien Jr. spoke. Later, O'Brien said he would go.")
    assert registry.names_with("O'Brien") == {"Conan O’Brien Jr"}
