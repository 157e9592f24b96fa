"""Cleaning labels furniture and headings in any copied article, keeping offsets into the original text."""

import pytest

from sources.importer.cleaning import derive_title, fingerprint, is_furniture, normalise, split_blocks
from sources.importer.reading import decode_article

ARTICLE = """Minister denies report on grain exports
The agriculture minister said on Tuesday that exports fell by 12% in March. Share
Subscribe to our newsletter
FOLLOW US ON TELEGRAM
Officials in the port of Odesa reported 40 ships waiting at anchor.
Read more:
- Grain deal talks stall again
- Why prices are rising
- Business
Photo: Reuters
If you notice a typo, highlight the text and press Ctrl + Enter
"""


def kinds(text):
    return [(b.kind, text[b.start:b.end]) for b in split_blocks(text)]


def test_it_takes_the_headline_as_title():
    assert derive_title(ARTICLE, split_blocks(ARTICLE)) == "Minister denies report on grain exports"


def test_it_keeps_reported_paragraphs_as_content():
    content = [t for k, t in kinds(ARTICLE) if k == "content"]
    assert content == [
        "The agriculture minister said on Tuesday that exports fell by 12% in March.",
        "Officials in the port of Odesa reported 40 ships waiting at anchor.",
    ]


def test_it_strips_a_share_button_glued_to_a_paragraph():
    assert not any(t.endswith("Share") for k, t in kinds(ARTICLE) if k == "content")


def test_it_marks_prompts_related_links_crumbs_and_credits_as_furniture():
    furniture = [t for k, t in kinds(ARTICLE) if k == "furniture"]
    assert furniture == [
        "Subscribe to our newsletter", "FOLLOW US ON TELEGRAM", "Read more:", "- Grain deal talks stall again",
        "- Why prices are rising", "- Business", "Photo: Reuters",
        "If you notice a typo, highlight the text and press Ctrl + Enter",
    ]


@pytest.mark.parametrize("line", [
    "Lerer reported from Los Angeles. Associated Press writer Jill Colvin contributed from Albuquerque.",
    "Phillip reported from Oakland, Calif.; Gearan, from Washington.",
    "Bryant Rousseau and Caryn Wilson contributed reporting.",
    "Samantha Lachman contributed reporting from Charleston. Ryan Grim reported from Washington, D.C.",
    "Alex Isenstadt contributed to this story.",
    # a wire story's credits, in brackets or not
    "(Reporting by Amanda Becker in Washington; Writing by Luciana Lopez; Editing by Leslie Adler)",
    "(Additional reporting by Kylie MacLellan; Editing by Michael Holden)",
    "Reporting by Tim Kelly; editing by Kim Coghill",
])
def test_a_reporting_credit_at_the_end_is_furniture_not_a_claim_by_the_reporter(line):
    text = f"Senate passes budget\n\nThe Senate passed a $40 billion budget on Monday, its leader said.\n\n{line}\n"
    assert kinds(text)[-1] == ("furniture", line)


@pytest.mark.parametrize("line", ["(END VIDEO CLIP.)", "(BEGIN VIDEOTAPE)", "(COMMERCIAL BREAK)", "(LAUGHTER)",
                                  "(Applause.)"])
def test_a_broadcast_transcripts_stage_directions_are_furniture(line):
    text = f"Interview\n\nTAPPER: Do you back the plan?\n\n{line}\n\nFALLIN: I think 40 states do.\n"
    assert ("furniture", line) in kinds(text)


@pytest.mark.parametrize("line", [
    "Reuters reported from Kyiv that 40 drones were shot down overnight.",  # what was reported
    "Cole reported 40 new cases on Monday.",
    "The company reported a loss of $40 million in the third quarter.",
    "Reporting by the Guardian showed that 40 MPs had second jobs.",
])
def test_a_sentence_that_reports_something_is_no_credit(line):
    text = f"Senate passes budget\n\nThe Senate passed a $40 billion budget on Monday, its leader said.\n\n{line}\n"
    assert kinds(text)[-1] == ("content", line)


def test_a_first_line_that_is_a_sentence_is_not_a_headline():
    text = "The minister said on Tuesday that 40 ships were waiting.\nHe added that more would come."
    assert derive_title(text, split_blocks(text)).startswith("The minister said")
    assert all(k == "content" for k, _ in kinds(text))


def test_a_short_unpunctuated_line_in_the_middle_is_a_section_heading():
    text = "Officials said 40 ships were waiting.\nWhat happens next\nThe port reopened on Monday, officials said."
    assert ("heading", "What happens next") in kinds(text)


def test_offsets_point_into_the_original_text():
    for block in split_blocks(ARTICLE):
        assert ARTICLE[block.start:block.end].strip() == ARTICLE[block.start:block.end]


def test_it_decodes_bom_and_crlf():
    assert decode_article("\ufeffLine one.\r\nLine two.\r\n".encode()) == ("Line one.\nLine two.\n", "utf-8")


def test_matching_ignores_typographic_quotes_and_spacing():
    assert normalise("“Yes,”  he said —  it’s   true") == '"Yes," he said - it\'s true'
    assert fingerprint("“Yes,” he said.") == fingerprint('"Yes,"   he said.')


WIRE = """Wildfire forces thousands to flee
ATHENS, Greece (AP) — A wildfire forced the evacuation of about 3,000 people on Monday, officials said.
FILE - Firefighters battle a blaze near Athens on Aug. 12, 2024. (AP Photo/Petros Giannakouris, File)
• Greece recorded its hottest June on record this year.
Related: Heat wave grips southern Europe
Follow AP's climate coverage at https://apnews.com/hub/climate
"""


def test_it_drops_photo_captions_related_links_and_follow_prompts():
    furniture = [t for k, t in kinds(WIRE) if k == "furniture"]
    assert furniture == [
        "FILE - Firefighters battle a blaze near Athens on Aug. 12, 2024. (AP Photo/Petros Giannakouris, File)",
        "Related: Heat wave grips southern Europe",
        "Follow AP's climate coverage at https://apnews.com/hub/climate",
    ]


def test_a_dateline_and_a_bullet_are_not_part_of_the_content():
    content = [t for k, t in kinds(WIRE) if k == "content"]
    assert content == ["A wildfire forced the evacuation of about 3,000 people on Monday, officials said.",
                       "Greece recorded its hottest June on record this year."]


@pytest.mark.parametrize("line,content", [
    # a dateline without the agency's name in brackets
    ("WELLINGTON, New Zealand — The governor says at least 15 people were killed.",
     "The governor says at least 15 people were killed."),
    ("WASHINGTON -- The agency issued the following statement about the launch:",
     "The agency issued the following statement about the launch:"),
    # an acronym and a dash open a sentence, not a dateline
    ("NATO — the alliance of 32 countries — said it would send 300 troops.",
     "NATO — the alliance of 32 countries — said it would send 300 troops."),
])
def test_a_dateline_without_an_agency_is_not_part_of_the_content(line, content):
    assert [t for k, t in kinds(f"Headline of the report\n\n{line}\n\nMore text follows here.\n")
            if k == "content"][0] == content


WRAPPED = """Storm leaves 35 dead

    RALEIGH, N.C. (AP) - A storm system that kicked up tornadoes and
    hail as big as softballs has claimed at least 35 lives on a rampage
    that began in Oklahoma days ago.

      Emergency crews searched for victims in hard-hit swaths of North
    Carolina. Ten people were confirmed dead in Bertie County, county
    manager Zee Lamb said.
"""


def test_a_hard_wrapped_text_is_read_paragraph_by_paragraph():
    """Wire copy and e-mail break paragraphs into lines; blank lines part the paragraphs."""
    content = [" ".join(t.split()) for k, t in kinds(WRAPPED) if k == "content"]
    assert content == [
        "A storm system that kicked up tornadoes and hail as big as softballs has claimed at least 35 lives on a "
        "rampage that began in Oklahoma days ago.",
        "Emergency crews searched for victims in hard-hit swaths of North Carolina. Ten people were confirmed dead "
        "in Bertie County, county manager Zee Lamb said.",
    ]


def test_lines_that_end_their_sentences_are_not_taken_for_a_hard_wrap():
    text = ("Minister denies report\n"
            "The agriculture minister said on Tuesday that exports fell by 12% in March.\n"
            "Officials in the port of Odesa reported 40 ships waiting at anchor on Monday.\n"
            "Traders said prices rose by a tenth in the week to Friday, the highest since 2022.\n"
            "The ministry said it would publish new figures in April.\n")
    assert len([k for k, _ in kinds(text) if k == "content"]) == 4


def test_a_hard_wrapped_text_without_blank_lines_keeps_its_headline_apart():
    text = ("Drought costs bean farmers 80 percent of harvest\n"
            "GUATEMALA CITY (AP) -- Guatemalan farmers say they will lose 80\n"
            "percent of this year's bean harvest to a drought that has devastated most\n"
            "of Central America. But the government maintains farmers are lying\n"
            "about their losses to drive up the price of beans.\n")
    blocks = kinds(text)
    assert blocks[0] == ("title", "Drought costs bean farmers 80 percent of harvest")
    assert " ".join(blocks[1][1].split()).startswith("Guatemalan farmers say they will lose 80 percent")


def test_a_wire_story_that_indents_its_paragraphs_is_read_paragraph_by_paragraph():
    """Wire copy marks a paragraph with an indent, not a blank line: each indented line opens one."""
    text = ("Showers continued throughout the week in\n"
            "the Bahia cocoa zone, alleviating the drought since early\n"
            "January, Comissaria Smith said in its weekly review.\n"
            "    The dry period means the temporao will be late this year.\n"
            "    Arrivals for the week ended February 22 were 155,221 bags\n"
            "of 60 kilos against 5.81 mln at the same stage last year.\n")
    content = [" ".join(t.split()) for k, t in kinds(text) if k == "content"]
    assert content == [
        "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early "
        "January, Comissaria Smith said in its weekly review.",
        "The dry period means the temporao will be late this year.",
        "Arrivals for the week ended February 22 were 155,221 bags of 60 kilos against 5.81 mln at the same stage "
        "last year.",
    ]


@pytest.mark.parametrize("line,furniture", [
    ("POOL New/Reuters.", True),
    ("John Moore/Getty Images.", True),
    ("Handout / Reuters", True),
    # a sentence that names the agency is content
    ("The figures were first published by Reuters.", False),
    ("Sales rose 40 percent, according to AP/NORC figures.", False),
])
def test_a_photo_credit_on_a_line_of_its_own_is_furniture(line, furniture):
    assert bool(is_furniture(line)) is furniture


@pytest.mark.parametrize("line,furniture", [
    # speech reported on a network is news, however short; a prompt to follow the network is furniture
    ("Zelensky wrote on Telegram that 3 villages were hit.", False),
    ("Russia’s Defence Ministry said on Telegram that 12 drones were downed.", False),
    ("The ministry said in a Telegram post that 3 drones fell.", False),
    ("JOIN US ON TELEGRAM", True),
    ("Follow us on Telegram for more.", True),
    ("Subscribe to our YouTube channel.", True),
])
def test_speech_reported_on_a_network_is_no_share_prompt(line, furniture):
    assert bool(is_furniture(line)) is furniture


@pytest.mark.parametrize("line,furniture", [
    ("In an interview on his podcast, Joe Rogan said 3 guests cancelled.", False),
    ("The newsletter reported that 3 councillors resigned.", False),
    ("Listen to our podcast, which says 3 things every week.", True),
    ("Sign up for our newsletter.", True),
])
def test_speech_near_a_podcast_or_newsletter_is_no_share_prompt(line, furniture):
    assert bool(is_furniture(line)) is furniture


def test_a_line_that_leads_into_a_quote_with_said_and_a_comma_is_content():
    # "..., Lobera thought his team has work to do and expressed," is no heading, though short and open at its end
    text = ("Goa\n\nIn the learnings from the game, Lobera thought his team has work to do on the defensive part and "
            "expressed,\n\n“I would complain about the 2 goals we conceded.”")
    assert [kind for kind, _ in kinds(text)] == ["title", "content", "content"]


@pytest.mark.parametrize("line,furniture", [
    # a short sentence of news about a network is news; a prompt to find us there, or a row of share buttons, is not
    ("WhatsApp launched Channels on Thursday.", False),
    ("Facebook shares fell 5% on Monday.", False),
    ("Digital landscape requires more than a Facebook page and a few tweets.", False),
    ("The podcast was downloaded 3 million times.", False),
    ("Find us on Facebook.", True),
    ("Get the latest news on Google News", True),
    ("Telegram | Facebook | WhatsApp", True),
    ("Watch the video on YouTube.", True),
])
def test_news_about_a_network_is_no_share_prompt(line, furniture):
    assert bool(is_furniture(line)) is furniture
