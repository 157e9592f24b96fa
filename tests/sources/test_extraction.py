"""Claim extraction rules on made-up sentences (not the seeds): attribution, figures, what is dropped."""

import re

import pytest

from sources.importer.attribution import (
    ORGANISATION_ROLES,
    PERSON_ROLES,
    NameRegistry,
    by_initial,
    find_attribution,
    guess_kind,
    is_given_name_and_surname,
    is_office,
    is_source_name,
    opens_quote,
    subject_person,
    us_state,
)
from sources.importer.cleaning import split_blocks, with_curly_quotes
from sources.importer.extraction import extract_claims, extract_figures


def claims_of(text: str):
    return extract_claims(text, split_blocks(text))


@pytest.mark.parametrize("sentence,claimant", [
    ("According to the World Health Organization, 1,200 cases were confirmed in May.", "World Health Organization"),
    ("Finance Minister Jane Doe said that inflation reached 9% in April.", "Jane Doe"),
    ("The central bank reported on Monday that reserves fell by 2 billion dollars.", None),
    ('"We have lost 300 soldiers this week," said General John Smith.', "John Smith"),
    ('"Prices rose 20 percent in March," Smith told reporters on Friday.', "Smith"),
    ("Reuters, citing two officials, reported that 500 troops crossed the border on June 3.", "Reuters"),
    ("Analysts from the Kiel Institute estimated that aid totalled 50 billion euros in 2023.", "Kiel Institute"),
    ("The bloc agreed on Wednesday to ban 14 tankers from its ports, EU diplomats said.", None),
    ("Climate scientists say warming made the 2023 fires in Canada twice as likely.", None),
    ('"This is a significant step for 27 countries," Foreign Policy chief Josep Borrell told reporters.',
     "Josep Borrell"),
    ("Russia's foreign ministry spokeswoman Maria Zakharova warned on Monday of retaliation.", "Maria Zakharova"),
])
def test_it_finds_the_claimant(sentence, claimant):
    (claim,) = claims_of(sentence)
    if claimant is None:
        assert claim.claimant is None or "bank" in claim.claimant.lower()
    else:
        assert claim.claimant == claimant


def test_a_pronoun_refers_to_the_last_named_speaker():
    text = ("Interior Minister Anna Berg said that 14 people were arrested on Saturday.\n"
            "She added that 3 of them were released on Sunday.")
    assert [c.claimant for c in claims_of(text)] == ["Anna Berg", "Anna Berg"]


def test_a_quote_paragraph_belongs_to_its_speaker():
    text = ('"The army has 12,000 men at the border. They arrived in October," Colonel Ivan Petrov said.')
    assert {c.claimant for c in claims_of(text)} == {"Ivan Petrov"}


@pytest.mark.parametrize("text", [
    "Why would the government raise taxes again?",
    "Subscribe to our channel for more updates.",
    "What happens next",
    "Reporters were unable to independently verify these claims.",
    "This could change everything.",
])
def test_it_drops_what_is_not_check_worthy(text):
    assert claims_of(f"{text}\nThe ministry said on Monday that 40 ships were waiting.")[0].text != text
    assert all(c.text != text for c in claims_of(text + "\n"))


def test_it_structures_quantities_with_qualifier_and_unit():
    (figure,) = [f for f in extract_figures("up to 3,000 North Korean troops arrived") if f["kind"] == "quantity"]
    assert figure["value"] == 3000 and figure["qualifier"] == "up to" and figure["unit"].endswith("troops")


@pytest.mark.parametrize("text", ["Shares rose as much as 4.8 per cent", "Shares rose 4.8 percent", "Shares rose 4.8%",
                                  "Shares rose 4.8 percent in late trading"])
def test_a_percentage_is_one_figure_however_it_is_spelt(text):
    """British, Canadian, Indian and Australian copy writes "per cent" (batch 37: "4.8 per cent" was no figure)."""
    assert [(f["kind"], f["value"]) for f in extract_figures(text)] == [("percent", 4.8)]


@pytest.mark.parametrize("text,value", [("each senator got N20 million", 20_000_000),
                                        ("Kenya Power lost Ksh 4.9 billion", 4_900_000_000),
                                        ("the project cost Rs 72 crore", 720_000_000),
                                        ("a bag of rice sold for N45,000", 45_000), ("2.5 lakh farmers", 250_000)])
def test_a_sum_in_a_currency_written_with_letters_is_a_figure(text, value):
    """Nigerian, Kenyan and Indian copy (batch 44: "N20 million" was no figure, so six outlets' claims had none)."""
    assert [f["value"] for f in extract_figures(text)] == [value]


@pytest.mark.parametrize("text,value,unit", [
    ("The government fired twenty-five thousand striking health workers", 25_000, "striking health workers"),
    ("The UN estimates that sixteen million people may go hungry", 16_000_000, "people"),
    ("It has received a quarter of the one billion dollars required", 1_000_000_000, "dollars"),
    ("He ended feudal rule after one hundred and sixty five years", 165, "years"),
    ("Police have reported eleven injuries", 11, "injuries"),
    ("Twelve people died in the fire", 12, "people"),
    ("A million people marched", 1_000_000, "people"),
])
def test_a_number_written_in_words_is_a_figure_with_its_value(text, value, unit):
    """Broadcast scripts and briefs spell numbers out (newsbriefs, first seen: "sixteen million people" and
    "twenty-five thousand striking health workers" were no figure, so their sentences were left out)."""
    assert [(f["value"], f["unit"]) for f in extract_figures(text)] == [(value, unit)]


@pytest.mark.parametrize("text", ["One of the biggest problems remains", "He has zero tolerance for delays",
                                  "Members of the Eight Nations Alliance met", "Three of them left early"])
def test_a_lone_one_a_name_or_a_small_number_without_a_unit_is_no_figure(text):
    assert [f for f in extract_figures(text) if f["kind"] != "date"] == []


@pytest.mark.parametrize("text,figures", [
    ("O'Malley had about $800,000 in his campaign account", [(800_000, "")]),
    ("She raised more than $235 million during his primary race", [(235_000_000, "")]),
    ("The fund will invest $8 million across five projects", [(8_000_000, ""), (5, "projects")]),
    ("Growth will slow to 2.3 percent this year", [(2.3, "")]),
    ("Turnover fell to 1.50 billion in the previous week", [(1_500_000_000, "")]),
    ("Seventeen of its members voted against", [(17, "its members")]),
    ("3,000 of the troops arrived", [(3000, "the troops")]),
])
def test_what_a_figure_counts_is_never_a_function_word_or_the_rest_of_the_sentence(text, figures):
    """PolNeAR and government releases: "in his", "this", "in vat was", "program has" had been read as what a
    figure counts (any word ending in "s" passed for a plural), and became junk units in the API and in matching."""
    assert [(f["value"], f["unit"]) for f in extract_figures(text) if f["kind"] != "date"] == figures


@pytest.mark.parametrize("text,figures", [
    ("Ministers found a £1.5bn hole in the budget", [("quantity", 1_500_000_000, "")]),
    ("Output rose 4.2 pct to 17.25 mln tonnes", [("percent", 4.2, ""), ("quantity", 17_250_000, "tonnes")]),
    ("Brazil suspended payments on 68 bln dlrs of debt", [("quantity", 68_000_000_000, "dlrs")]),
    ("Five millionaires gave to the campaign", [("quantity", 5, "millionaires")]),
    # after a currency sign, "m" and "k" are millions and thousands ("£200m" had been a figure of 200)
    ("The scheme is backed by £200m of funding", [("quantity", 200_000_000, "")]),
    ("He earns £40k, the union said", [("quantity", 40_000, "")]),
    ("She ran the 100m in 11 seconds", [("quantity", 100, ""), ("quantity", 11, "seconds")]),
])
def test_scales_and_percentages_written_short_as_the_wires_and_british_copy_do(text, figures):
    """Reuters writes "pct", "mln" and "bln"; British copy "£1.5bn" and "£200m": no figure, or a figure of 1.5
    or 200, before."""
    assert [(f["kind"], f["value"], f["unit"]) for f in extract_figures(text)] == figures


@pytest.mark.parametrize("text,year", [("Construction began in spring 2022 and will last a year", 2022),
                                       ("It opened in the summer of 2021", 2021), ("by autumn 2025", 2025)])
def test_a_season_and_a_year_is_a_date(text, year):
    assert [f["year"] for f in extract_figures(text) if f["kind"] == "date"] == [year]


def test_a_hostile_run_of_number_words_gives_no_absurd_figure():
    assert extract_figures(" ".join(["hundred"] * 20_000) + " people") == []
    [figure] = extract_figures(" and ".join(["thousand"] * 20_000) + " people")
    assert figure["value"] == 20_000_000


def test_a_short_sentence_is_a_claim_when_it_states_a_figure():
    """"We're up 400,000 jobs.": a sentence under eight words is kept for a figure, not for a name alone."""
    body = ("Bindeez beads are being pulled off shelves in the United Kingdom after traces of a drug were found.\n\n"
            "At least 20 million toys are affected. The toy is sold in Europe.")
    kept = [c.text for c in claims_of(body)]
    assert "At least 20 million toys are affected." in kept
    assert "The toy is sold in Europe." not in kept


def test_a_model_number_after_a_currency_letter_is_no_figure():
    assert extract_figures("N95 masks were handed out") == []


@pytest.mark.parametrize("text,month,day", [("on October 13", 10, 13), ("on Oct.14", 10, 14), ("an Oct. 3 strike", 10, 3),
                                            ("on 5 June 2023", 6, 5)])
def test_it_structures_dates(text, month, day):
    dates = [f for f in extract_figures(text) if f["kind"] == "date"]
    assert (dates[0]["month"], dates[0]["day"]) == (month, day)


def test_it_does_not_count_article_numbers_or_years_as_quantities():
    figures = extract_figures("Under Article 51 of the charter, adopted in 1945, members may act.")
    assert [f for f in figures if f["kind"] == "quantity"] == []
    assert {"kind": "date", "text": "in 1945", "year": 1945} in figures


def test_scores_are_between_zero_and_one_with_reasons():
    for claim in claims_of("The ministry said on Monday that 40 ships were waiting near Odesa."):
        assert 0 <= claim.checkworthiness <= 1 and claim.reasons


def test_these_sources_are_the_ones_cited_not_the_outlet_that_cited_them():
    text = ("The Daily Post, citing sources in the Interior Ministry, reported on Monday that 40 officers were fired.\n"
            "According to these sources, another 12 officers are under investigation since May.")
    assert [c.claimant for c in claims_of(text)] == ["Daily Post", "Interior Ministry"]


@pytest.mark.parametrize("text,claimant", [
    # the object of "told" and the outlet reporting it are never the speaker
    ("Opposition leader Sydia Toure told VOA on Sunday that 20 percent of ballots were missing.", "Sydia Toure"),
    ('"We produce less than 10% now," Andy Wang, dean of engineering at the university, told VOA.', "Andy Wang"),
    ("However, when called by VOA, party officials said they were not behind the 40 posts.", None),
    ("The New Hampshire attorney general announced on Monday that 2 companies were traced.", None),
    ("Washington — The U.S. Federal Communications Commission on Thursday outlawed 3 kinds of calls.", None),
    ("Asked about the $20 million cost, Governor Jane Okafor said the state would pay.", "Jane Okafor"),
])
def test_the_speaker_is_the_subject_of_the_speech_verb(text, claimant):
    (claim,) = claims_of(text)
    assert claim.claimant == claimant


def test_a_sentence_without_attribution_gets_no_claimant_from_its_neighbour():
    text = ("Minister Ruth Alvarez said 300 schools would close in May.\n"
            "The government plan covers 14 regions and costs 2 billion euros.")
    assert [c.claimant for c in claims_of(text)] == ["Ruth Alvarez", None]


def test_every_sentence_of_a_quote_belongs_to_its_speaker_and_a_later_mention_to_the_full_name():
    text = ('Party leader Cellou Dalein Diallo spoke on Sunday.\n'
            '"We need 20 million dollars. The vote of 11 October was rigged in 40 places," Diallo said.')
    assert [c.claimant for c in claims_of(text)][-2:] == ["Cellou Dalein Diallo", "Cellou Dalein Diallo"]


def test_mr_and_mrs_of_one_surname_are_two_people_and_mr_resolves_when_alone():
    text = ("Chancellor Gordon Rowe said on Monday that borrowing would fall by 3 billion pounds.\n"
            '"We have met all 12 of our fiscal rules," said Mr Rowe.\n'
            "Mrs Rowe, a teacher, told the Daily Mirror that 30 pupils were in her class.\n")
    assert [c.claimant for c in claims_of(text)] == ["Gordon Rowe", "Mr Rowe", "Mrs Rowe"]
    alone = ("Chancellor Gordon Rowe spoke in Leeds on Monday.\n"
             '"We have met all 12 of our fiscal rules," said Mr Rowe.\n')
    assert claims_of(alone)[-1].claimant == "Gordon Rowe"


@pytest.mark.parametrize("text,claimant", [
    ('Minister Anna Berg spoke in Leeds.\nShe told the BBC: "Growth will reach 3% in 2005."', "Anna Berg"),
    ("The Conservatives said 2 million pensioners paid more council tax in 2004.", "Conservatives"),
    ("Figures from the Office for National Statistics showed that inflation rose to 1.7% in November.",
     "Office for National Statistics"),
    ("Mr Hollis told MPs on Tuesday that 40 schools would close by 2006.", "Mr Hollis"),
])
def test_british_attribution_styles(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    ("Exports to China rose by 12% in 2004.\nChina said on Monday that its surplus reached 32 billion dollars.",
     "China"),
    ("The police arrested 3 men in Leeds.\nPolice said 3 men were arrested in Leeds on Friday.", None),
    ("The BBC's Nick Ramsay said 40 MPs would rebel against the bill in March.", "Nick Ramsay"),
    ("Tory leader Michael Hartley was in Leeds.\nMr Hartley's spokesman said the party would cut 35 billion pounds.",
     "Michael Hartley"),
])
def test_frequent_words_count_as_names_only_where_the_article_writes_them_as_names(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    ("Prime Minister Tom Ashby's official spokesman said the 2 billion pound plan would go ahead.", "Tom Ashby"),
    ("The report, by the Institute for Fiscal Studies, said taxes would rise by 2% in 2006.",
     "Institute for Fiscal Studies"),
    ("Chancellor Gordon Rowe has said the UK economy will grow by 3% this year.", "Gordon Rowe"),
    ("A spokeswoman for the Department of Health said 4,000 more nurses had been hired since 2001.",
     "Department of Health"),
    ("'We are very pleased with 40% growth,' said a spokesman.", None),
    ('Arsenal boss Pierre Lamont was in Paris on Monday.\nLamont told BBC Sport: "We have lost 3 of our last 5 games."',
     "Pierre Lamont"),
    ("Sir Alan Fergus said his side had won 20 of their 25 games.", "Alan Fergus"),
    ("The BBC's political editor Andrew Marsh said 60 Labour MPs could rebel.", "Andrew Marsh"),
    ('Lib Dem spokesman Vincent Cole said: "Borrowing will reach 37 billion pounds in 2005."', "Vincent Cole"),
    ("Shares in Yukos fell 10% on Monday.", None),
    ("The Liberal Democrats have accused ministers of wasting 3 billion pounds on consultants.", "Liberal Democrats"),
    ("Labour said the Tories would cut 35 billion pounds from public services by 2011.", "Labour"),
])
def test_news_agency_and_broadsheet_attribution_styles(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a military rank written short is a title, and "the general" is the officer introduced with it
    ("About 500 airmen will deploy to the Gulf, Air Force Brig. Gen. Ann Fowler said on Monday.", "Ann Fowler"),
    ("Army Maj. Gen. Tom Briggs said 12 drones were shot down in May.\n"
     "There were no casualties among the 40 crew, the general said.", "Tom Briggs"),
    # "Austin" is the "Lloyd J. Austin III" of the opening, a headline above it notwithstanding
    ("Aid Package Worth $2 Billion Announced\n\nDefense Secretary Carl M. Weston III announced a $2 billion "
     "package on Monday.\n\n\"We have sent 30 tanks since March,\" Weston said.", "Carl M. Weston III"),
    # a list of places ends the speaker's title: nobody named "Ukraine and Eurasia" speaks
    ("The package holds 40 rockets, the deputy assistant secretary of defense for Russia, Ukraine and Eurasia "
     "said.", None),
    # one minister of two portfolios, not two speakers "Emergency Management" and "Recovery Minister ..."
    ('"We have funded 5 projects," Emergency Management and Recovery Minister Hana Reti says.', "Hana Reti"),
    ("Health and Social Care Secretary Tom Ashby said 4,000 nurses were hired in 2023.", "Tom Ashby"),
    # two speakers and one body named with "and" keep their readings
    ("Assistant Attorney General Ruth Okafor and U.S. Attorney James Pell announced 3 indictments.", "Ruth Okafor"),
    ("U.S. Customs and Border Protection said 2,000 people crossed in May.", "U.S. Customs and Border Protection"),
    ('RTVE and other Spanish media said the man had shouted "stop" 3 times.', "RTVE"),
    # "X issued the following statement ...:" after a dateline without the agency, and "X and other media"
    ("Statement on the launch\n\nWASHINGTON -- Agency head Dana Cole issued the following statement about the "
     "launch:\n\n"
     '"This is the first of 12 flights planned for 2011."', "Dana Cole"),
    # "the company" and "the No 2 maker of ..." are the organisation that spoke last
    ("Acme Corp warned on Monday that sales would fall 9% in May.\nThe company also said 300 jobs would go.",
     "Acme Corp"),
    ("Acme Corp warned on Monday that sales would fall 9% in May.\n"
     "The No 2 maker of mobile phones said it expects a loss of 7 cents a share.", "Acme Corp"),
    # the analyst speaks, not the firm the analyst works for
    ('"They are losing $5 million a week," said Ed Lowe, an analyst at Harbor Equity Research.', "Ed Lowe"),
    # "he" after an opening that names the company, the title and then the person
    ("Acme Corp Chief Executive Dana Cole apologized on Thursday for the outlook.\n"
     "He also said sales rose 4% in Europe.", "Dana Cole"),
    # an agency named in full once, then by its initials (never "(NHTB)"), "the agency" and "X data"
    ("The National Health Testing Bureau is warning the public.\nThe NHTB said 16 cases were found in May.",
     "National Health Testing Bureau"),
    ("The US National Health Testing Bureau is warning the public.\nThe agency says 16 people were ill in May.",
     "National Health Testing Bureau"),
    ("The National Health Testing Bureau is warning the public.\n"
     "Seven of the 16 cases were in Ohio, according to NHTB data.", "National Health Testing Bureau"),
    ("The National Health Testing Bureau is warning the public.\n"
     "The outbreak infected 16 people, according to the NHTB's latest update.", "National Health Testing Bureau"),
    ("The National Health Testing Bureau is warning the public.\n"
     "Nearly all 16 people had been to Ohio, although why is not known, said the NHTB.",
     "National Health Testing Bureau"),
    ("The cause of the 16 cases is not known, the National Health Testing Bureau said on Friday, July 1.",
     "National Health Testing Bureau"),
    ("One person died and 22 were ill, according to the National Health Testing Bureau (NHTB) said.",
     "National Health Testing Bureau"),
    # police "in" a place are not named by it; a force's initials skip the officer named after it
    ("Police in Colorado Springs said 3 men were arrested on Friday.", None),
    ("African diplomats in Doha said the 2 sides would meet on Sunday.", None),
    ("Ohio State Police Lt. Dana Cole said 4 cruisers burned.\nAccording to OSP, 2 officers were hurt.",
     "Ohio State Police"),
    # the first of two speakers may be a surname alone
    ("The prosecutor, Hans Ekberg, spoke on Friday.\n"
     "Ekberg and police spokesman Lars Holm said 2 people had been arrested.", "Hans Ekberg"),
    # the pollster behind "..., a new X Poll shows." / "..., a Y poll found."
    ("Ann Reyes leads with 30 percent to 25 percent, a new Keystone Poll shows.", "Keystone Poll"),
    ("Ann Reyes leads with 30 percent to 25 percent, a Quinnipiac poll found.", "Quinnipiac"),    # the subject after an opening clause is the antecedent of "the 63-year-old" and "she"
    ("As she grew older, Ama Owusu struggled to farm 4 acres.\n"
     '"I could get 12 sacks a year," the 63-year-old told VOA.', "Ama Owusu"),
    # a portfolio after the title ("Minister for Finance") and a rank written short ("ASP") are no name
    ("Minister for Finance Brona Keane has said spending will fall by 2% next year.", "Brona Keane"),
    ("The state's Police Public Relations Officer, ASP Henry Obi confirmed 3 arrests on Wednesday.", "Henry Obi"),
    ('"We grew 6 percent," Chief Operating Officer Dana Kent said.', "Dana Kent"),
    # the speaker after an opening clause, even one holding "on his way" or "claims that"
    ("Speaking on his way into a meeting in Cork on farm policy, Tom Dwyer said 300 farms had closed.", "Tom Dwyer"),
    ("Agriculture Minister Tom Dwyer visited 12 farms on Monday.\nAsked to respond to opposition claims that 40 "
     "schools had closed, Mr Dwyer said he had kept every promise since 2020.", "Tom Dwyer"),
    # "But she says", "..., and insisted", "is flagging", "cautioned", "hit back:", "has already announced"
    ("Treasurer Ann Sato says the budget will return to surplus.\nBut she says 2 taxes will rise in May.", "Ann Sato"),
    ('Minister Ann Baker spoke on Monday.\nBaker admitted the budget "needed cuts", and insisted 3 hospitals '
     "would stay open.", "Ann Baker"),
    ("Finance Minister Ann Sato is flagging cuts of $5 billion in the budget.", "Ann Sato"),
    ("Julia Willems Van Dijk, deputy secretary of health, spoke on Friday.\n"
     "She cautioned that 40% of children are cared for by grandparents.", "Julia Willems Van Dijk"),
    ('Presenter Tom Webb said the cuts were unfair.\nWebb hit back: "You have cut 15% of the budget."', "Tom Webb"),
    ("Labour has already announced it will cut the budget by £5 billion.", "Labour"),
    # "The Atlanta-based company" refers back; a company named in full, then by its first word
    ("Acme Co., the largest maker of gum, said profit rose 14 percent.\n"
     "The Atlanta-based company said it earned $1.2 billion.", "Acme Co"),
    ("Zenith Sports Ltd. reported a 31 percent rise in profit on Thursday.\nZenith said sales grew 12 percent.",
     "Zenith Sports Ltd"),
    # a clause after the quote ("after her minister said") is not the speaker of the sentence
    ('(Reuters) - President Ana Voss said on Tuesday that the talks "open a new page" after her minister said a '
     '"small deal" had been reached on 3 points.', "Ana Voss"),
    # "quoted ... as saying", "feels that", "has not expressly denied", "further added", "X did Y and said"
    ("President Ana Voss spoke on Monday.\nVoss quoted intelligence sources as saying 11,000 troops were in Russia.",
     "Ana Voss"),
    ("Head coach Tom Reed feels that 2 of the goals were offside.", "Tom Reed"),
    ("President Ana Voss has not expressly denied claims that 300 troops were sent and said it was up to Moscow.",
     "Ana Voss"),
    ("Coach Tom Reed spoke on Monday.\nReed further added that 3 players were injured.", "Tom Reed"),
    ("Speaking at the press conference, Tom Reed heaped praise on the hosts and said they had won 12 games.",
     "Tom Reed"),
    # "the former Malaysia head coach": a role with a place before it refers back, after the game or not
    ('Head coach Tom Reed spoke on Friday.\n"We lost 3 of our last 5 games," explained the former Malaysia head '
     "coach after the game.", "Tom Reed"),
    # "Labour MP", "Speaker", initials after an office, "Mrs May" for "Theresa May"
    ("Labour MP Paul Farrow said 40 schools had closed since 2010.", "Paul Farrow"),
    ("Speaker John Burrow said 3 members had been suspended.", "John Burrow"),
    ("The Prime Minister spoke to Leader of the Opposition in the Lok Sabha LK Advani on Monday.\n"
     '"We will protest for 3 days," Advani told reporters.', "LK Advani"),
    ("Prime Minister Theresa May spoke in the Commons.\nMrs May, in reply, said 14 police forces had sent files.",
     "Theresa May"),
    # "Mr. Dausa" as a sentence's subject is the "Charles Dausa" of the opening, for the "he" that follows
    ("The Member of Parliament for East Honiara, Charles Dausa, accuses the opposition.\n"
     "Mr. Dausa called on members to stop.\nHe said police had received 3 letters.", "Charles Dausa"),
    # where an organisation is, and the state after a city, are not who speaks; "the statement" refers back
    ("In a statement, the Kalamazoo County Sheriff's Office in Michigan said that 3 family members were killed.",
     "Kalamazoo County Sheriff's Office"),
    ("In a statement, the Kalamazoo County Sheriff's Office said 3 people died.\n"
     "The statement said 2 were in serious condition.", "Kalamazoo County Sheriff's Office"),
    ("Even though no one died overnight, the city of Elkhart, Indiana, said 3 buildings fell down.", "Elkhart"),
    ("Dallas County Sheriff Michael L. Granthum said there was 1 storm-related fatality.", "Michael L. Granthum"),
    ("The National Weather Service was investigating reports of 100 tornadoes.\n"
     "Mississippi had the highest risk of the 3 states, the weather service reported.", "National Weather Service"),
    # a person known by the first of their names, a hyphenated title, a rank's initials before a surname
    ('WHO Director-General Tedros Adhanom spoke on Tuesday.\n"We need 11 billion doses," said Tedros.',
     "Tedros Adhanom"),
    ("Director-General Tedros Adhanom Ghebreyesus said 70% of people must be vaccinated.",
     "Tedros Adhanom Ghebreyesus"),
    ('Detective Chief Inspector James Entwistle spoke on Monday.\nDCI Entwistle added: "We have recovered 3 knives."',
     "James Entwistle"),
    # the agent of "was announced by", and "the WHO head" for the person the article wrote "WHO" before
    ("The figure of 11 billion doses was announced on Tuesday by the WHO Director-General Tedros Adhanom, who "
     "thanked the G7.", "Tedros Adhanom"),
    ('WHO Director-General Tedros Adhanom spoke on Friday.\n"20 countries are waiting for vaccines," the WHO head '
     "said.", "Tedros Adhanom"),
    ("The FCC chair, Jessica Rowe, spoke on Monday.\n"
     "The New Hampshire attorney general announced 2 arrests on Tuesday.", None),
    # "was first reported by", '"...," Mr. Foley wrote, without ...'
    ("News of the 40 layoffs was first reported by Canadian technology blog Cantech Letter.", "Cantech Letter"),
    ("John Foley, the chief executive, spoke on Thursday.\n"
     '"The report of 3 closures is incomplete," Mr. Foley wrote, without offering more details.', "John Foley"),
    # "Premier", "is promising", "said in a report", "cited figures that show"
    ("Ontario Premier Dana Reed announced 267 million dollars for housing on Monday.\n"
     "Reed said 41 schools would benefit.", "Dana Reed"),
    ("Premier Ann Wynn is promising $29-billion in new spending over 10 years.", "Ann Wynn"),
    ("NASA's new Orion spacecraft lifted off from Florida's Cape Canaveral and rocketed to orbit on Friday "
     "morning; the first of 3 test flights for a program that NASA hopes will one day get astronauts to asteroids "
     "and to Mars, CNN said in a report.", "CNN"),
    ("The Conservatives cited figures that show spending rose by 41 per cent since 2003.", "Conservatives"),
    # "conveyed", an office the article wrote before one name, the plainer of two "President"s, "Jr."
    ('Deputy governor nominee Anne Mwenda travelled to Dubai.\n"I was tested 3 times in Dubai," Ms Mwenda conveyed.',
     "Anne Mwenda"),
    ('Environment CEC Larry Wambua travelled to Dubai on March 17.\n"They scan 3 times," the Environment CEC stated.',
     "Larry Wambua"),
    ("President Ana Reyes met former Senate President Juan Cruz on Monday.\nThe President said 3 senators had left.",
     "Ana Reyes"),
    ('President Ferdinand R. Marcos Jr. spoke on Monday.\n"We spent 3 billion," President Marcos said.',
     "Ferdinand R. Marcos Jr"),
    # ", saying ..." after what the subject did; "had on Sunday, April 5, stated"
    ("President Ana Reyes brushed off the report, saying she had met 3 senators.", "Ana Reyes"),
    # the subject described, then named between commas, then what she did, saying (PolNeAR train)
    ("But the other candidate on the stage, former Secretary of State Ana Reyes, drew a contrast, saying that 3 "
     "senators had left.", "Ana Reyes"),
    ("This year, he rose to the defense of Sepp Blatter, the embattled president of FIFA, saying 3 senators had left.",
     None),
    ("Governor Mike Sonko spoke on Tuesday.\nThe Governor had on Sunday, April 5, stated that 62 wards would get food.",
     "Mike Sonko"),
    # what someone is ("Newly-crowned ... champion") is no part of the name; "admitted Nadal"; "Poland's ... governor"
    ("Newly-crowned Wimbledon champion Rafael Nadal savoured his 4th title but insisted that Federer was still the "
     "best.", "Rafael Nadal"),
    ('Rafael Nadal won on Sunday.\n"It is more of a surprise to win here than in 2 French Opens," admitted Nadal.',
     "Rafael Nadal"),
    ("Poland's central bank NBP governor Adam Glapinski spoke on Thursday.\n"
     "Poland's central bank governor pointed out that rates fell by 2 points.", "Adam Glapinski"),
    # a named speaker before "according to media reports"; "X quoted Y as saying" is Y's; "It says" after an agency
    ("Governor Stephen Poloz said he expects inflation above 2 percent in 2018, according to media reports.",
     "Stephen Poloz"),
    ('Bank of Canada Governor Stephen Poloz spoke on Saturday.\n'
     '"Inflation will be 2.3 percent," Bloomberg News quoted Poloz as saying.', "Stephen Poloz"),
    ("The Strategic Advisory Group of Experts (SAGE) met on Monday.\nSAGE recommends a second booster.\n"
     "It says 2 doses protect 90% of children.", "Strategic Advisory Group of Experts"),
    # a pronoun after an opening clause with commas in its scores
    ("Carlos Alcaraz won on Sunday.\nFollowing his 6-4, 2-6, 7-6, 6-3 victory, he said he had won 1 title.",
     "Carlos Alcaraz"),
    # "according to him"; an outlet whose name begins with a demonym; "The Agency" refers back;
    # "The statement added" is whoever made the statement the article last mentioned, here nobody named
    ("Mr Ade Obi, head of communications, spoke on Sunday.\nAccording to him, the diversion was due to 2 storms.",
     "Ade Obi"),
    ("A flight from Mumbai was diverted to Ahmedabad with 122 passengers, Indian Express has reported.",
     "Indian Express"),
    ("A flight from Mumbai was diverted with 122 passengers, Indian Express has reported.\n"
     "In a media brief, the authorities at the airport stated that 3 threats were received.\n"
     "The statement added that 2 police teams were investigating.", None),
    ("The Nigeria Civil Aviation Authority (NCAA) said it has begun an investigation.\n"
     "The Agency confirmed that 2 aircraft were suspended.", "Nigeria Civil Aviation Authority"),
    # a name with a particle ("May al-Kaila", a month for a first name); a place before ", the ministry said" is no
    # person the ministry introduced; a "Society" keeps its demonym
    ("Palestinian health minister May al-Kaila said 3 hospitals were raided.\nKaila said 2 ambulances were stopped.",
     "May al-Kaila"),
    ("Sajid Muzher, 17, was killed in a camp near Bethlehem in the southern West Bank, the ministry said.", None),
    ("The Palestinian Medical Relief Society confirmed 3 medics were working with them.",
     "Palestinian Medical Relief Society"),
    # initials inside a name ("Johan A. Madson", "Brian K. Herschler"); a group of people is no source
    ('"We lost 3 votes," Brian K. Herschler, one of the students, said yesterday.', "Brian K. Herschler"),
    ("Johan A. Madson, dean of student life, said 400 letters were sent.", "Johan A. Madson"),
    ("Protesters said 40 students took part.", None),
    # a headline's mention is no full name; an acronym is not the first word of a longer name
    ("Former Militants Used by Opposition, Says Dausa\n\nThe Member of Parliament for East Honiara, Charles Dausa, "
     "accuses the opposition.\nMr. Dausa called on members to stop.\nHe said police had received 3 letters.",
     "Charles Dausa"),
    ("NASA Orion program manager Mark Geyer spoke on Friday.\nNASA said 3 tests had passed.", "NASA"),
    # "5th District Councilman", a name with "MP" after it before its office
    ('"We have not received it in 10 days," says 5th District Councilman Parker Agelasto.', "Parker Agelasto"),
    ("Ashworth on waiting lists\n\nJonathan Ashworth MP, Labour's Shadow Health Secretary, responding to the data "
     'for May 2018, said:\n\n"4.3 million patients on the waiting list and over 200,000 waiting over 6 months show '
     'an NHS pushed to the brink."', "Jonathan Ashworth"),
    # an opening clause led by a rare participle ("Crediting ..."), not a name ending in -ing
    ("Crediting the bowlers for the 5-wicket win in the rain-affected 14-over match against Royal Challengers "
     "Bangalore, Punjab Kings captain Shreyas Iyer said that his 3 bowlers adapted to the conditions.", "Shreyas Iyer"),
    ("Channing Tatum, the actor, said the film earned $10 million.", "Channing Tatum"),
    # a person "from the" union speaks, not the union; "X's union" is not X
    ("Alan Haynes from the Australian Workers Union says 100 staff could lose their jobs.", "Alan Haynes"),
    ("Talen Energy's union expects the company to cut 125 jobs this week.", None),
    # "X sent me this statement ...:" introduces X's quote
    ('Plant closings\n\nFirstEnergy sent me this statement Tuesday afternoon:\n\n'
     '"The plants will run with 78 employees from Oct. 19."', "FirstEnergy"),
    # a frequent word is no first name ("Google" before "Google Photos"); "attributed ... to", "released data"
    ("Google Photos launched in 2015 with 3 features.\nGoogle said 2 lawsuits were filed.", "Google"),
    ("In a blog post, Marissa Mayer, the vice president of search, attributed the error to a human mistake made in 1 "
     "list.", "Marissa Mayer"),
    ("Meanwhile, Google has released data indicating that it banned 2 million apps.", "Google"),
    # a body's short name in CamelCase after a name with "and"; "said early Wednesday"; "Capt." inside
    # "according to ..."; "CBS News' Chris Martinez"
    ("The California Department of Forestry and Fire Prevention (CalFire) spoke on Sunday.\n"
     "A total of 400 firefighters were called in, CalFire said.", "California Department of Forestry and Fire Prevention"),
    ("The Pawnee Fire, a separate wildfire in Lake County, has burned 15,000 acres, Cal Fire said early Wednesday.",
     "Cal Fire"),
    ('Crews focus on the north edge "as this has been the main spread of the fire," according to Cal Fire Capt. '
     "Jordan Motta, who said 2 lines held.", "Jordan Motta"),
    ("Brutally hot temperatures of 118 degrees have been recorded, CBS News' Chris Martinez reported.",
     "Chris Martinez"),
    # a person named after the body they serve; a role followed by the name of its holder; the subject of
    # "X did Y and warned" past the lower-case words before a name
    ("General Secretary of the Railway Station Masters Union Kasun Chamara Jayasekara said the 24-hour strike was "
     "suspended.", "Kasun Chamara Jayasekara"),
    ("The action is based on 3 demands, the chairman of the union Sumedha Somarathna said.", "Sumedha Somarathna"),
    ("West Coast main line operator Virgin Trains scrapped all services on Monday and warned it would run 3 trains.",
     "Virgin Trains"),
    # ", said <lower-case office> <Name>."; "said late Tuesday night"; a passive "was announced" is no speech
    ("His only challenger, the ambassador to Moscow, Abdul Rahimov, got 35 percent of the vote, said election "
     "committee chairman Kadri Niyazov.", "Kadri Niyazov"),
    ("Obasanjo won 62 percent of the more than 42 million votes cast in the weekend polling, Election Commission "
     "Chairman Abel Guobadia said late Tuesday night.", "Abel Guobadia"),
    ("Don Etiebet, chairman of the party, stormed into 2 offices before the winner was announced, saying the party "
     "rejected the results.", "Don Etiebet"),
    # "..., per the museum"; "the museum shared in a statement"; "per cent" names nobody
    ("The painting sold on May 16 for $21 million.\nIt was acquired by the Nelson-Atkins Museum of Art in 1986 as a "
     "gift from Ethel B. Atha, per the museum.", "Nelson-Atkins Museum of Art"),
    ("The painting sold on May 16 for $21 million.\nIt was acquired by the Nelson-Atkins Museum of Art in 1986.\n"
     '"The decision to sell followed 2 deaths," the museum shared in a statement.', "Nelson-Atkins Museum of Art"),
    ("Acme Corp said sales rose in May by 4, per cent of the 2019 figures.", "Acme Corp"),
    # an office is no full name of the body in it
    ('President Ana Reyes said "if you are Senate President, the only power is the President."\n'
     "The Senate said 3 bills had passed.", "Senate"),
    # batch 37: more than one time or manner after the verb; a statement noun before "saying"
    ("Orbix Inc posted a 40 per cent rise in profit.\nNet income in the first quarter rose to $3 billion, or $1.20 a "
     "share, from $2 billion, Orbix said today in a statement.", "Orbix Inc"),
    ("Sgt. Dana Whitlow, a spokeswoman for the Fresno Police Department, gave details at 2 p.m.\nWhitlow sent an "
     "update at 4:15 p.m. saying 3 suspects were in custody.", "Dana Whitlow"),
    # a firm described as one is no "she"; "the chief executive" is the person introduced as CEO
    ('"Sales held up," said CEO Marta Kowal on a call on Friday.\nThe company was expected to earn 43 cents a share, '
     "according to data firm Quantrix.\nThe rise came from 3 factors, including higher prices, said the chief "
     "executive.\nBut lower volumes in 2 markets hurt results, she said.", "Marta Kowal"),
    ('"Sales held up," said CEO Marta Kowal on a call on Friday.\nThe company was expected to earn 43 cents a share, '
     "according to data firm Quantrix.\nThe rise came from 3 factors, including higher prices, said the chief "
     "executive.", "Marta Kowal"),
    # "police" is the one police force the article names, before or after
    ("Dayton Police say they arrested a man on Monday.\nPolice say he was driving a stolen car on Interstate 70.",
     "Dayton Police"),
    ("State police said on Thursday that 4 cruisers were set on fire in Dayton.", None),
    ("State police said on Thursday that 4 cruisers were set on fire at the post.\nOhio State Police Lt. Ann Brooks "
     "said the area is open to the public.", "Ann Brooks"),
    # "they say" after the police spoke is the police again
    ("Dayton Police say they arrested a man on Monday.\nThey say he had stolen 2 cars in 2023.", "Dayton Police"),
    # "Shares of X" at the start of a sentence is no person named X
    ("Orbix Corp. posted a 65 percent rise in profit.\nShares of Orbix rose 5 percent.\nOrbix said it earned $4.9 "
     "billion in the quarter.", "Orbix Corp"),
    # batch 38: a court "held" with a date in AP style; a judge "wrote for the panel on ..."
    ("A ruling that raised the sentence to 3 years may stand, the U.S. Court of Appeals for the Tenth Circuit held "
     "Oct. 14.", "U.S. Court of Appeals for the Tenth Circuit"),
    ("The lower court had jurisdiction under Federal Rule of Criminal Procedure 35 to change the sentence within 14 "
     "days of the hearing because there was no formal break in the proceedings of that day, Judge Ellen M. Tarrow "
     "wrote for the panel on an issue of first impression.", "Ellen M. Tarrow"),
    # "Today, X announced": a time before the subject; "the Geneva-based X": where, not who
    ("Today, the Ministry of Health and Social Care announced 3 new cases of the virus in one family.",
     "Ministry of Health and Social Care"),
    ("On Friday, the Lyon-based International Research Organization (IRO) reported 2 new cases.\n\"It is the first "
     'time nurses were infected," IRO said.', "International Research Organization"),
    # a plural title before a list of names is no part of the first name
    ("Representatives Dana Holt, Jim Ruiz and Ana Cole voted No.\nHolt said she voted against the budget because it "
     "cut $3 million.", "Dana Holt"),
    # batch 39: a passive "are confirmed" ends no speaker; "said X after scoring"; a middle name as the short form
    ("\"It could waste time,\" said Dr Ana Ruiz of the University of Leeds.\nWhat is needed, she said, is a way to "
     "check how often 40 studies were repeated, and whether or not the findings are confirmed.", "Ana Ruiz"),
    ("Kofi Adebayo Mensah scored 5 goals on Tuesday.\n\"I was ready for anything today. Before the match, the coach "
     'told me to convert 2 chances and I did." said Adebayo after scoring 5 goals.', "Kofi Adebayo Mensah"),
    ('"They pushed us a lot in the second half and scored 2 goals," Pena shared at the post match press conference.',
     "Pena"),
    # an outlet whose name is made of common words, after "a report by"
    ("According to a report by Study Finds, the team observed 12 mice before birth.", "Study Finds"),
    # a paragraph left open names nobody for a next one with no quote mark at all
    ('Coach Ivo Brandt said: "We will deal with it. There is no reason for 2 red cards.\n'
     "The Nigeria international has scored 10 league goals in 18 appearances this season.", None),
    # batch 40: "lamented"; a meteorologist's title; one name written with either apostrophe; a dateline with
    # the agency and no dash
    ("Foreign Minister Ana Petrova lamented on Thursday that there was no progress after 2 rounds of talks.",
     "Ana Petrova"),
    ("But National Weather Service Meteorologist Dan O’Keefe says 2 inches of rain will fall.", "Dan O’Keefe"),
    ("National Weather Service Meteorologist Dan O’Keefe says 2 inches of rain will fall.\n\"It is producing severe "
     "weather in 3 states today,\" said O'Keefe.", "Dan O’Keefe"),
    ("Foreign Minister Ana Petrova spoke in Geneva.\nMOSCOW (Sputnik) Petrova said the 2 rounds of talks were a "
     "candid session, according to Reuters.", "Ana Petrova"),
    # batch 41: a conjunction after a kept short quote is no speaker; "the company" is the one a spokeswoman spoke
    # for; "the union" is the one union the article names, even later; "condemned", "rejected as", "documented"
    ('Chairman Paul Kamanzi said turnout was "massive", estimated at 88 percent, and described the vote as calm.',
     "Paul Kamanzi"),
    ("Ardex spokeswoman Jo Lunt said today that all 600 workers got the notice.\nThe company has said 200 contract "
     "workers will also be laid off.", "Ardex"),
    ("National Bakery Workers Union president Ana Cruz confirmed the layoffs.\n\"We are rewarded with 140 job "
     'losses," the union, which won a case for 30 workers in 2014, condemned the cuts.', "National Bakery Workers Union"),
    ('Opposition candidate Kofi Boateng on Thursday rejected as "fraudulent" the results in which the president won '
     "51.6 percent.", "Kofi Boateng"),
    ("Kofi Boateng spoke on Thursday.\nThe full results have not been announced, but Boateng claims the opposition "
     "won 140 seats.", "Kofi Boateng"),
    ("From January to March, Ligue Droits, an exiled rights group, documented 67 murders.", "Ligue Droits"),
    # batch 42: "Neighbour", "Resident", "Eyewitness" before a name say who the speaker is to the story
    ("Neighbour Ann Croft, 81, said she saw 4 police cars in Trafalgar Street.", "Ann Croft"),
    ("Eyewitness Tom Bale said 2 men ran from the bank on Friday.", "Tom Bale"),
    # batch 43: an administration or an airline is a body; "the airline" refers back; "Air India" is a name made
    # of frequent words; "as reported by"; ", reported X."; "X confirmed that ..., ANI reported" is X's
    ("The Civil Aviation Administration of Peru said part of 1 cockpit window was broken.",
     "Civil Aviation Administration of Peru"),
    ("Andes Airlines confirmed a diversion had taken place.\nThere were 119 passengers and 9 crew on board, according "
     "to the airline.", "Andes Airlines"),
    ("Air India has stated that 3 passengers were hurt on an Air India flight to Sydney.", "Air India"),
    ("At least 35 passengers were injured on Thursday in Hawaii, as reported by news agency ANI.", "ANI"),
    ("The 35 passengers have suffered minor injuries, reported ANI.", "ANI"),
    ("Later, Air Canada confirmed that the flight met sudden turbulence 2 hours past Hawaii, ANI reported.",
     "Air Canada"),
    ('Airline spokesperson Peter Fitz said that 35 passengers "appear to have minor injuries", reported ANI.',
     "Peter Fitz"),
    ("According to the Air India crew, no passenger of the 200 on board has been hospitalised.", "Air India"),
    # "X has released a statement ... The statement reads:" then the quoted paragraph is X's
    ("2 passengers were hurt on an Air India flight.\nMeanwhile, Air India has released a statement on the "
     "incident. The statement reads:\n\"The flight landed safely in Sydney and 3 passengers needed medical help.\"",
     "Air India"),
    # "Its spokesman" is the spokesman the sentence before introduced
    ("The turbulence happened at 36,000 feet, said Federal Aviation Administration spokesman Ian Gregor.\nIts "
     "spokesman said 2 crew members had asked for medics.", "Ian Gregor"),
    # batch 44 (six Nigerian reports of one story): "the claim" is a noun; a name before a quoted title; "Senate
    # spokesman denies" is the spokesman the article named; "had in an interview said"; a surname mistyped
    ("However, responding to the claim on Tuesday, Senate spokesman, Ana Obi said 3 senators lied.", "Ana Obi"),
    ('Senator Ana Obi spoke on Tuesday.\nObi, in a statement entitled "Senators got N20m - a disclaimer," said:\n'
     '"No senator collected the sum of N20 million."', "Ana Obi"),
    ("Senate spokesman Senator Ana Obi said 3 senators got nothing.\nBut Senate spokesman denies that any senator "
     "collected N20 million.", "Ana Obi"),
    ("Chief Emeka Okafor spoke to Vanguard.\nOkafor had in an interview said members received N20 million each.",
     "Emeka Okafor"),
    ('Senate spokesman Kola Adeyemi said 3 senators got nothing.\n"We demand a retraction of the N20 million claim," '
     "Adeyami said.", "Kola Adeyemi"),
    # batch 45 (oil output): "said a spokesman for the meeting, X."; "X and its partners ... say"; a minister of
    # two portfolios joined by "and", named after the title
    ("The cut will be based on October output, said a spokesman for the Vienna meeting, Rami al-Sayed.",
     "Rami al-Sayed"),
    # ... and with a "who" clause after the name
    ("He had a say in 40 investments, said a former spokesman for the Foreign Ministry, Oleh Vasylenko, who also ran "
     "for parliament.", "Oleh Vasylenko"),
    ("The Gas Exporting Countries Forum (GECF) met in Doha.\nGECF and its partners, which together account for half "
     "of output, say a glut cut prices by 30 percent.", "Gas Exporting Countries Forum"),
    ("Output fell by 10 million barrels a day in May, Ruritania's Mines and Energy Minister Karl M. Obst told Sputnik.",
     "Karl M. Obst"),
    # batch 46 (phone makers): "..., and a new report by company X shows that"; "the company" after "X Electronics'
    # new phone"; "trumpeted", "forecasts that"; a pronoun after a quote in a sentence whose subject is named
    ("Sales stalled for 2 years, however, and a new report by data analysis company Strata Metrics shows that "
     "shipments grew by 2 percent.", "Strata Metrics"),
    ("Orion Electronics’ new phone, the Nova 4, is selling fast.\nThe company said Thursday that it had sold 10 "
     "million Nova 4s in a month.", "Orion Electronics"),
    ("Last September, Apex trumpeted the fact that it had recorded 2 million orders in 24 hours.", "Apex"),
    ("Vantage Research forecasts that phone sales will grow 5 percent in the fourth quarter.", "Vantage Research"),
    ("Orion Electronics said it sold 10 million phones.\nMark Newby, who follows Orion at Bern Research, said he had "
     'estimated 9 million sales; the pace suggested "further upside for Orion profits," he wrote in a note.',
     "Mark Newby"),
    ("Paul Reuter, a farmer, lost 40 cows.\nThe flood cut 3 roads, Reuters said.", "Reuters"),
    # batch 47 (medical journals): "said the report" is whoever the article said issued it; "a BMJ statement"
    ("The report, from Public Health Albion, said that 3 in 4 smokers can quit.\n\"In a nutshell, best estimates "
     'show e-cigarettes are 95% less harmful,\" said the report.', "Public Health Albion"),
    ('"Corrections have been published withdrawing 2 statements," said a BMJ statement.', "BMJ"),
    # batch 48 (Indian district news): "Collector" is a title, "Collector disclosed" and "the Collector said" the
    # person introduced so; "X, the Collector held ..." is a clause, no apposition; "Ms." before a given name
    ("District Collector Ravi Menon spoke on Monday.\nCollector disclosed that 3,635 people are in 45 shelters.",
     "Ravi Menon"),
    ("District Collector Ravi Menon spoke on Monday.\nA day after the mayhem of Cyclone Montha, the Collector held a "
     "call with 12 officers.\nThe Collector said 3,635 people are in 45 shelters.", "Ravi Menon"),
    ('District Collector Vasanthalakshmi Raman spoke.\n"We recommended relief for 15 colonies," Ms. Vasanthalakshmi '
     "said. Rajak Nagar and 6th Road were severely affected for 3 days, she added.", "Vasanthalakshmi Raman"),
    ("The District Administration Office issued a notice on Saturday stating that 40 fake victims will be "
     "investigated.", "District Administration Office"),
    ("District Collector Ravi Menon has assured flood victims that 13,512 families will get 25 kg of rice.",
     "Ravi Menon"),
    # batch 49 (Australian state politics): words after a scare quote are no speaker; ", which X said would";
    # "has flagged a $5.1bln spend"
    ('Treasurer Mike Egan spoke on Friday.\nMr Egan said the shadow treasurer, Jo Sands, had "chickened out" of a '
     "debate with him and accused him of promises of more than $6.5 billion.", "Mike Egan"),
    ("Premier Ann Miles has accused her opponent of trying to be “the tiniest target” for her pledge to adopt 3 "
     "measures before the budget is even announced.", "Ann Miles"),
    ("Premier Jay Weller spoke.\nLabor has also costed the Liberals’ promises, which Weller said would total $1.05 "
     "billion over 4 years.", "Jay Weller"),
    ("Ahead of Thursday’s budget, Treasurer Mike Fergus has flagged a $5.1bln spend over 5 years.", "Mike Fergus"),
    # batch 50 (Kenya): "the CS" is the Cabinet Secretary; "at the briefing where he announced"; a title written
    # short before a name after an inverted verb; "said Council of Governors Chairman" after "the Chairman, X"
    ("Cabinet Secretary Amos Kariuki said 47 counties get Sh5 billion.\nThe CS also acknowledged that 36 counties "
     "have cases.", "Amos Kariuki"),
    ("Cabinet Secretary Amos Kariuki spoke.\nHe was speaking at the briefing where he announced 124 new cases.",
     "Amos Kariuki"),
    ('"County branding grew 40 percent in 2018," said the Brand Kenya Acting CEO Ms. Faith Mukami.',
     "Faith Mukami"),
    ("The Council of Governors led by the Chairman, H.E Peter Onyango, filed an advisory on Monday.\n\"Counties are "
     'denied 3 billion shillings", said Council of Governors Chairman.', "Peter Onyango"),
    # batch 53 (Congress): a party-and-state tag between commas is no name; "Congress' Joint Committee on Taxation"
    ("Senate Majority Leader Mitch McConnell's, R-Kentucky, office said that the chamber will vote on 3 bills.",
     "Mitch McConnell"),
    ("And it will cost nearly $600 billion over the next decade, according to Congress' Joint Committee on "
     "Taxation.", "Joint Committee on Taxation"),
    # the clause after "as" is not the speaker's name
    ('"It is important for a striker to score 3 goals," says FC Goa boss Carlos Pena as Iker Guarrotxena scores a '
     "hattrick against East Bengal.", "Carlos Pena"),
    # "claimed 84 percent of votes" is a win, "claimed the lives of 16" a death toll: no claim by anyone
    ("President Ivo Marek claimed 84 percent of votes cast in Wednesday's election.", None),
    ("A respiratory virus has claimed the lives of 16 people in 2 cities.", None),
    # "the country's electoral commission said" names no one, not a candidate the article names
    ("Opposition candidate Ivo Rask won 24 percent.\nThe ruling party candidate, a retired general, won the "
     "election, the country's electoral commission said on Monday amid claims of fraud.", None),
    # a survey by a firm whose name has a slash in it
    ("According to a survey by Harlow Research/Quickpoll, analysts expected profits of 9 cents a share.",
     "Harlow Research"),
    # "added" with a thing added is no speech verb (batch 54)
    ("Parliament also added a £2.5 million cut to the museums' grant.", None),
    ("Each year Congress adds 300 places to the programme.", None),
    # a council's title "pro tem", and plural council titles before two names (batch 54)
    ("Council President Pro Tem Ana Ruiz said the city lost $12 million on the deal.", "Ana Ruiz"),
    ("Councilmen Tom Okafor and Lee Brandt voted against it. “We spent $9 million on consultants,” Okafor said.",
     "Tom Okafor"),
    # batch 55 (hospital outbreaks, company results): the body behind testing; an outlet written with a slash;
    # a degree between commas; a C-suite acronym as a title
    ("Testing by the Regional Virology Laboratory shows that 14 of the samples carry one strain.",
     "Regional Virology Laboratory"),
    ("The cause of the fire remains unknown, The Courier/CourierLive reported on Monday, citing 3 witnesses.",
     "Courier"),
    ("Four wards have 19 cases, Halvern Health CMO Rita Osei, MD, told the Evening Post.", "Rita Osei"),
    # "X said it": X is a company ("Marlow Foods"), so a later "Marlow" is it, and so is a later "it reported"
    ("In the quarter, Marlow Foods said it earned $84 million. A year ago it reported earnings of $81 million.",
     "Marlow Foods"),
    ("In the quarter, Harlan Rowe said it earned $84 million. Harlan said it cut costs by $3 million.",
     "Harlan Rowe"),
    # the one person a sentence names, not as its subject, is the "she" of the next
    ("Shares fell 3% after a gloomy assessment from chief executive Dana Whitfield. "
     "\"Sales of 2% were below plan,\" she said.", "Dana Whitfield"),
    # ... not when it names two people
    ("The builder, Hal Brenner, paid Mayor Eli Olmert $2,000. He said it was a loan of 2 years.", None),
    # ... nor a hospital written after a possessive ("Puyallup's Good Samaritan Hospital")
    ("The outbreak at Tacoma's Good Shepherd Hospital was announced on April 30. She denied infecting 12 patients.",
     None),
    # batch 56 (Prime Minister's Questions): "X replied:" opens X's quote, which goes on in the next paragraph
    ('Tom Hale spoke first.\n\n"Will you correct it?" Ian Brandt replied: "Yes. Investment will rise.\n\n'
     '"I can tell you that investment is rising from £29bn to £37bn."', "Ian Brandt"),
    # an office alone, whose holder the article never names, is no source ("Prime Minister")
    ("The Prime Minister angrily retorted that spending would rise until 2012.", None),
    # batch 57 (Indian ministries, Zimbabwe, Croatia): a ministry named with "and" and a plural possessive;
    # "mentioned the statement by"; "as per"; "the government's X (ACRONYM) the ..."; "Health Ministry" for the
    # "Ministry of Health and ..." named before; a quoted headline before ", the ministry clarified"
    ("“The rains were 738 mm against a normal of 782 mm,” mentioned the statement by Ministry of Health and "
     "Families’ Welfare.", "Ministry of Health and Families’ Welfare"),
    ("The Ministry of Health and Families’ Welfare met on Monday.\nAs per the Ministry, 40 clinics are open.",
     "Ministry of Health and Families’ Welfare"),
    ("According to the government’s National Rainfall and Crop Monitoring System (NRCMS) the affected districts "
     "number 225.", "National Rainfall and Crop Monitoring System"),
    ("The Ministry of Health and Family Welfare met on Monday.\nIn response to an article headlined ‘Clinics "
     "shut in drought-hit Vellore’, the Health Ministry clarified that 27 clinics are open.",
     "Ministry of Health and Family Welfare"),
    # a place and a colon open the second paragraph (after a standfirst): a dateline, no speaker
    ("Ministry denies reports\n\nThe ministry has called reports of drought in 225 districts incorrect\n\n"
     "Mumbai: “Rainfall was 738 mm in 17 states,” the statement said.", None),
    # batch 60 (Nairobi county news): an office, then the name between commas, after "according to"
    ("According to Westlands ward MCA, Ann Wairimu, the county lost Sh 30 million in fees.", "Ann Wairimu"),
    # batch 61 (typhoons, AP and Manila copy): a compound in lower case that opens the sentence is no name; officials
    # "in" a place, the place written with a comma; a title "for" a portfolio before the name
    ("Flood-control officials said nearly 450,000 people were affected.", None),
    ("Officials in Barangay Lutac, Sagada told the Manila Courier at least 32 persons died.", None),
    ("Presidential Adviser for Political Affairs Rosa Dimagiba told ANC 13 people are missing.", "Rosa Dimagiba"),
    # batch 62 (New Zealand government releases): ", say X and Y" gives the first; a portfolio word further on
    # ends the portfolio before the name; "the programme which X announced" is not X's claim
    ("Around $6 million will be invested in classrooms, say Education Minister Ana Kereama and Associate "
     "Education Minister Tom Reid.", "Ana Kereama"),
    ('"We will rebuild 40 schools," Minister of Pacific Peoples Development Hana Tuilagi said.', "Hana Tuilagi"),
    ("Budget 2019 allocates $56.1 million to the Whenua Programme which Tuilagi announced in February.", None),
    # batch 66 (flight cancellations, India and Nigeria): ", says the industry association, X, ACRONYM" is X; a
    # long subject, then "reacted ... and stated," before the quote
    ("Flights may be delayed by 3 hours, says the industry association, Bus Operators Of Ghana, BOG.",
     "Bus Operators Of Ghana"),
    ("Kofi Mensah, party chief, whose flight was also cancelled, reacted on the news and stated, “I waited here for "
     "4 hours. The airline cancelled 80 flights without telling 2,000 passengers.”", "Kofi Mensah"),
    # batch 67 (data breaches): the recipient of a notice is not its source; the body before its description, not
    # the last brand listed in it, is the "which" that said; "AT&T" and "Procter & Gamble" are names
    ("A notice sent to the Ohio Attorney General says that 35.8 million people were impacted.", None),
    ("The latest case is Holt Group, the owner of Vanta, North Peak, Timbro and Dixon, which said this week it "
     "lost 2 days of orders.", "Holt Group"),
    ("AT&T revealed late Aug. 29 that about 19,000 customers were affected.", "AT&T"),
    ("Procter & Gamble said sales rose 4% in May.", "Procter & Gamble"),
    # batch 68 (South African power cuts): "Electricity Minister X" introduces "the electricity minister", who
    # "dismissed the suggestion" (a denial is speech)
    ("Energy Minister Thabo Mokoena says 6 power stations are back. According to Eskom, demand fell 3%.\n"
     "Speaking at Duvha, the energy minister dismissed the suggestion that the 2 protests had cut demand.",
     "Thabo Mokoena"),
    # a place before "-based" describes the company; it is no source
    ("On Tuesday, the Palo Alto-based software company reported a loss of $12 million.", None),
    # "quoted the governor as saying": the one quoted speaks, not the agency that quoted them
    # (the governor: "Deputy Governor Maria Lenk" would be another office, test_the_prime_minister_is_not_the_deputy)
    ("The bank will act again, Governor Maria Lenk said.\n“We raised the rate by 2 points to 9 percent,” "
     "Tass news agency quoted the Governor as saying.", "Maria Lenk"),
    # a body's named index with what it covers: the body
    ("According to the National Statistics Office’s consumer price index for the full June month, prices rose by "
     "3.1 percent.", "National Statistics Office"),
    # "The Indian skipper" refers back to the last speaker, not to the other country's skipper named further on
    ("“We lost 3 wickets early,” Ravi Menon said.\nThe Indian skipper said that a score of 140 was par.\n"
     "Sri Lanka skipper Dinesh Perera was disappointed.", "Ravi Menon"),
    # an unattributed quote after a sentence about a person described by role is theirs
    ("“We won 4 games in a row,” captain Tom Blake said.\nThe Kiwi skipper, who made 49, is more than happy with "
     "the way the last 13 months have turned out. \"We have won 12 of our last 13 games.\"", "Tom Blake"),
    # "The policymakers said" after "the Council said": the council speaks through its members
    ("Prices rose 5 percent, the Monetary Council said. The policymakers said companies raised prices by 4 percent.",
     "Monetary Council"),
    # a survey is a body: the nation's adjective stays in its name
    ("The U.S. Geological Survey says the magnitude was estimated at 7.8 and the depth at 51 miles.",
     "U.S. Geological Survey"),
    # "Reports on X said": X
    ("Reports on Al Manar TV said at least 40 people had been killed.", "Al Manar TV"),
    # "X and others described": X
    ("The semiofficial ISNA news agency and others described the quake as the strongest in more than 50 years.",
     "ISNA"),
    # "According to media reports, X said": the reports name nobody, X speaks
    ("According to media reports, General Secretary Irvin Moyo indicated that each year's increase must be at least "
     "10%.", "Irvin Moyo"),
    # the person before ", who declared that" speaks
    ("The declaration was delivered by CNE boss, Andre da Costa, who declared that the party won 61.07% of votes.",
     "Andre da Costa"),
    # "released official and final figures confirming": the body speaks; a country's possessive is no part of it
    ("Angola’s National Electoral Commission on Wednesday released official and final figures confirming that the "
     "party won by over 61%.", "National Electoral Commission"),
    # "The information published by X shows": X
    ("The information published by the Statistics Board shows the final result of all 472 boxes.",
     "Statistics Board"),
    # a body named short is the one the article named in full with "of"
    ("The Elections Commission of Maldives has published the official results. Elections Commission stated 3,132 "
     "votes cast were void.", "Elections Commission of Maldives"),
    # "the statistics show": the statistics of the body that spoke before
    ("Prices rose 11.7%, the Office for National Statistics said. There was an 18.8% rise in London, the "
     "statistics show.", "Office for National Statistics"),
    # two bodies, each with its article: the first
    ("More recent data from the Nationwide and the Halifax suggested that growth had slowed to 3%.", "Nationwide"),
    ("Prices rose by 2.2 per cent, the latest index from the Office for National Statistics and the Land Registry "
     "shows.", "Office for National Statistics"),
    # an acronym stands for the first of two bodies, not both
    ("Prices rose 2.2%, the latest index from the Office for National Statistics and the Land Registry shows. The "
     "ONS says this represents 7.8 per cent growth in Wales.", "Office for National Statistics"),
    # "states" is a noun before what the states did
    ("The Middle Atlantic states of New Jersey, New York, and Pennsylvania followed with a 16.5% growth rate.", None),
    # whoever released the figures states them; an initial does not end the name
    ("The figures were released today by Acting Director Stephen A. Blumenthal, as part of the 13.4 percent index.",
     "Stephen A. Blumenthal"),
    # ", adding to his triumphs" is no speech
    ("“I am happy,” said Federer.\nFederer joined Pete Sampras as the only seven-time winners, adding to his "
     "triumphs in 2003-2007 and 2009.", None),
    # a portfolio after "and" is no part of the minister's name: "Iqbal" and "Hammad" are the ministers named so
    ("Federal Minister for Planning and Development Ahsan Iqbal spoke on Monday. “Exports rose to $30 billion” said "
     "Iqbal.", "Ahsan Iqbal"),
    ("Minister for Industries and Production Hammad Azhar spoke too. Hammad said 16 million families received cash.",
     "Hammad Azhar"),
    # a ministry whose name lists its fields with commas is one body, which "the ministry" refers to
    ("The Ministry of Agriculture, Irrigation and Water Development says maize production fell 22 percent.\nIn its "
     "statement, the ministry says the results represent a 20.3 percent decline.",
     "Ministry of Agriculture, Irrigation and Water Development"),
    # "In the statement signed by X, ...": X
    ("In the statement signed by Principal Secretary Gray Phiri, rice production has declined by 7.8 percent.",
     "Gray Phiri"),
    # "called for an increase": a demand, its maker's claim
    ("Leonard Chimwa called for an increase in funding from K12 billion to K50 billion.", "Leonard Chimwa"),
    # "concluded the second phase" ends something, says nothing: the memo after "X has announced ...:" is X's
    ("Amazon has already laid off 18,000 employees since November. CEO Andy Marsh has announced that the company "
     "will let 9,000 more employees go:\nAs we’ve just concluded the second "
     "phase of our operating plan, I’m writing to share that we intend to eliminate about 9,000 more positions.",
     "Andy Marsh"),
    # "the police said" is the one force the article names, "The" before it or not
    ("The Nigerian Police Force has been criticised over a statement.\nIn the statement, the police said that the "
     "reporter was detained for 9 days under a valid warrant.", "Nigerian Police Force"),
    # "according to state data, as reported by Reuters": the agency, whose relaying makes it no antecedent of
    # "the company", which is then the one company named with its legal form
    ("Irma left some 6 million homes without power, according to state data, as reported by Reuters.",
     "Reuters"),
    ("Irma left some 6 million homes without power, according to state data, as reported by Reuters.\nFlorida outages "
     "for Duke Energy Corp increased to nearly 1.2 million, according to the company's website.", "Duke Energy Corp"),
    # "A section of the Indian and UAE media" is some media, unnamed (it had given a source "and UAE")
    ("A section of the Indian and UAE media reported that a flight with 118 passengers made an emergency landing.",
     None),
    # "an airline spokesperson" the article never names: the airline it was about ("Turkish Airlines" kept whole)
    ("Turkish Airlines flight TK1617 made an emergency landing on November 30.\nAccording to an airline "
     "spokesperson, the 124 passengers were safe.", "Turkish Airlines"),
    # "Statistics revealed by X show": X (it had made a source "Statistics")
    ("Statistics revealed by the Tourism Ministry show that 103,022 tourists visited in May.", "Tourism Ministry"),
    # a document noun opening a sentence is never a source, however rare the word
    ("Statistics revealed that 40,000 homes were built last year.", None),
    # junk sources seen in the session's batches: a connective adverb, an indefinite description before its
    # name, a minister of two portfolios read as one body, an acronym's name ending with a full stop
    ("Furthermore, the report said that 3 million people face hunger.", None),
    ("Another Iranian news agency, the semi-official ISNA, quoted an official as saying 40 people died.", "ISNA"),
    ("Speaking on the occasion, Minister for Production and Industries Hammad Azhar said 16 million families got "
     "cash.", "Hammad Azhar"),
    ("Prices rose 1.8%, according to figures released by the Office for National Statistics.\nThe ONS said prices "
     "rose 8.3% in the East.", "Office for National Statistics"),
    # "NHS England figures show": the body whose figures they are; not "Separate figures show"
    ("NHS England figures show 54,940 patients were waiting for treatment at the end of December.", "NHS England"),
    ("Separate figures show 1.6m patients in England were waiting for a key diagnostic test.", None),
    # "A trust spokesperson", never named: the one trust the article names
    ("Waiting lists at West Hertfordshire Hospital Trust grew by 16 per cent.\nA trust spokesperson said: “We are "
     "one of the top 3 trusts for improving wait times.”", "West Hertfordshire Hospital Trust"),
    # a quote signed with a dash, as roundups print them, on its line or as a sentence of its own; "ten" is a
    # particle inside a name
    ("Aston Villa face Chelsea on Saturday.\n“Barkley is out, not available for tomorrow, Onana is starting to work "
     "with the team and is close to being with us after 3 weeks.” – Unai Emery", "Unai Emery"),
    ("“Rashy trained the whole week but today he is ill. He will miss 2 games.” – Erik ten Hag on Marcus Rashford",
     "Erik ten Hag"),
    # an agency citing a named person relays that person's claim
    ("Producers will consider deeper cuts than 1.2 million barrels a day, Bloomberg reported on Sunday, citing UAE "
     "Energy Minister Suhail Al-Mazrouei.", "Suhail Al-Mazrouei"),
    ("UAE Energy Minister Suhail Al-Mazrouei spoke in Kuwait.\nOctober's levels will be the reference for cuts of "
     "800,000 barrels, Reuters reported Al-Mazrouei as saying.", "Suhail Al-Mazrouei"),
    # a country of two words before a body's name is no part of it
    ("Earlier this month, Saudi Arabia’s Ministry of Energy said the 6-month agreement will be reviewed in April.",
     "Ministry of Energy"),
    # "according to Cal Fire's website": the body behind the website
    ("The fires consumed more than 2.178 million acres this season, according to Cal Fire’s website.", "Cal Fire"),
    # an unnamed official of a named body speaks for it, not an official of a place; "the release ... read."
    ("A senior Customs and Border Protection (CBP) official told reporters that June's 94,897 arrests were the "
     "highest since 2004.", "Customs and Border Protection"),
    ("There were nine aftershocks by 10am, a Gansu official said.", None),
    ("“RGV agents made 45,324 migrant encounters in October,” the news release from the Rio Grande Valley Border "
     "Patrol office read.", "Rio Grande Valley Border Patrol"),
    # a state after a body "of" a county is where it is (it had given a source "Texas"); "statistics ... reveal"
    ("The Metropolitan Transit Authority of Harris County, Texas, posted a 79.9 percent increase in ridership.",
     "Metropolitan Transit Authority of Harris County"),
    ("New statistics from the American Public Transportation Association reveal that Americans took 9 billion "
     "trips.", "American Public Transportation Association"),
    # "Analysts surveyed by Bloomberg" are unnamed analysts; "..., Labor Department data showed"; "the bureau said"
    ("Analysts surveyed by Bloomberg had predicted the creation of 190,000 jobs.", None),
    ("US employers added 431,000 jobs in March, Labor Department data showed on Friday.", "Labor Department"),
    ("The unemployment rate fell to 3.5 percent, the US Bureau of Labor Statistics reported.\nJob growth has "
     "averaged 161,000 per month so far this year, the bureau said.", "US Bureau of Labor Statistics"),
    # "The new figures, released by Ucas, ..., reveal"; "Figures from X obtained by a Sunday newspaper show"
    ("The new figures, released by Ucas, the university courses manager, reveal that applications fell by 2.4 per "
     "cent.", "Ucas"),
    ("Figures from the Universities and Colleges Admissions Services obtained by a Sunday newspaper show "
     "applications are down by about 15,000.", "Universities and Colleges Admissions Services"),
    # an acronym may leave the nation's name out ("United States Customs and Border Protection (CBP)"); "Customs"
    # and "Protection" are a body's words, so "U.S." stays in its name
    ("The United States Customs and Border Protection (CBP) agency seized cocaine on Monday.\nOn a typical day, CBP "
     "said it seizes 3,677 pounds of illicit drugs.", "United States Customs and Border Protection"),
    ("U.S. Customs and Border Protection officials said apprehensions dropped 64% from May.",
     "U.S. Customs and Border Protection"),
    # a capitalised particle begins a name: "Al Jazeera", "De Beers", not "Jazeera", "Beers"
    ("At least 40 people were killed in the strike, Al Jazeera reported.", "Al Jazeera"),
    ("Diamond sales fell 20 percent in the first half, De Beers said.", "De Beers"),
    # a country is not the centre whose name begins with it
    ("The quake struck at a depth of 10km, the China Earthquake Networks Center said. China said the quake had a "
     "magnitude of 6.2.", "China"),
    # an outlet that reports what somebody else announced relays it
    ("WXYZ-TV reported Monday that the Lakeland Water Authority announced 14 new boil notices.",
     "Lakeland Water Authority"),
    ("The minister said the bridge would cost $5bn, Bloomberg reported.", None),
    ("Prices rose 4% in May, the country's statistics office announced on June 3, Trend reports citing the Daily "
     "Mirror.", None),
    # a poll speaks for its pollster, or by its own name
    ("Jones leads 51 percent to 44 percent in the Harbor Research Group poll released today.", "Harbor Research Group"),
    ("Nearly a third of those surveyed in the Quinn-Harlow Poll say they would back Jones.", "Quinn-Harlow Poll"),
    # "the drugmakers", "the two companies": the bodies that spoke together before
    ("Acme Pharma Inc and Borel Labs Ltd said on Tuesday their pill failed its main goal. The drugmakers said 9 "
     "percent of patients developed clots.", "Acme Pharma Inc and Borel Labs Ltd"),
    ("Borel Labs said its pill failed. The drugmakers said 9 percent of patients developed clots.", None),
    # a person of a body described in lower case; a name that ends in "Forum" keeps its first common word
    ("Dana Whitlow of the police group said 40 cities reported more robberies.", "Dana Whitlow"),
    ("Robberies rose 10%, according to the Police Executive Leadership Forum, an advocacy group.",
     "Police Executive Leadership Forum"),
    # a place's officials, or a place's body described in lower case, are unnamed; not a source "Oregon"
    ("Oregon health officials say 23 measles cases have been confirmed this year.", None),
    ("Ohio officials said 40 roads were closed.", None),
    ("The U.N. refugee agency says the number of refugees rose 14 percent.", None),
    ("Three cases were confirmed, according to the state Health Department.", None),
    ("Pentagon officials said 12 soldiers were wounded.", "Pentagon"),
    # ... unless the article names a body so ("Delta" is a Nigerian state and an airline)
    ("Delta Air Lines cancelled flights on Monday. Delta officials said 400 flights were cancelled.", "Delta Air Lines"),
    # a company named by its trade ("Mining", "Associates") is a body: "the company", "it", its first word
    ("Kestrel Mining revealed on Monday that output fell. The company said production dropped to 614,715 ounces.",
     "Kestrel Mining"),
    ("Output rose in the quarter, consultant Harwood Associates said. Production amounted to 62 tonnes, it said in "
     "its latest quarterly report.", "Harwood Associates"),
    ("Kestrel Mining revealed on Monday that output fell. Kestrel said costs fell by 4.9% over the period.",
     "Kestrel Mining"),
    ("Kestrel Mining cut its forecast. Australia's largest gold miner said it produced 527,115 ounces.", "Kestrel Mining"),
    # "..., Dr Jane Roe, says Kalgoorlie's Super Pit was ...": the name after "says" begins what is said
    ("The managing director of the consultant group, Dr Jane Roe, says Kalgoorlie's Super Pit was the largest "
     "producer with 200,000 ounces.", "Jane Roe"),
    # a person named right after the body's name they work for, and a leading "Speaking ..." with no comma
    ("Speaking online from Rome during a briefing in Geneva the Director of WFP's Food Security and Nutrition "
     "Analysis Service Jean-Marc Baurel said 318 million people face acute hunger.", "Jean-Marc Baurel"),
    ("Rates will rise, said Deutsche Bank Research Jim Rudd.", "Jim Rudd"),
    # a sentence-initial "According to" whose name no comma ends; a programme is a body, known by its initials
    ("The World Food Programme warned on Tuesday of famine.\nAccording to WFP's 2026 Global Outlook around 14 "
     "million people are projected to fall into an emergency.", "World Food Programme"),
    # "the watchdog", "the paper", "the association": the body that spoke before
    ("Ofwat said bills will rise by £47 a year. The watchdog said it was raising the cap due to higher costs.",
     "Ofwat"),
    ("The Herald reports that the council will cut 400 jobs. The paper says the cuts would save £8 million.",
     "Herald"),
    # a body that releases a report or figures states them; "the report ... showed" is that body's
    ("The Mobile Operators Association of Kenya last week shared its latest report on subscribers. The report "
     "claims that operators have 61 million subscribers.", "Mobile Operators Association of Kenya"),
    ("Nairobi, Jan 4 (KNA): Apex body representing the country's Telecom, Internet and Data companies, the Mobile "
     "Operators Association of Kenya on Thursday released subscriber numbers with over 61 million subscribers.",
     "Mobile Operators Association of Kenya"),
    ("The Mobile Operators Association of Kenya announced 61 million subscriptions. The report, which also gives "
     "numbers by county, showed that Nairobi had 9 million, while Kisumu reported the most additions.",
     "Mobile Operators Association of Kenya"),
    # the body described, not a name in its description; the body before "which"
    ("The Mobile Operators Association of Kenya met on Monday. The apex industry association representing Telecom, "
     "Internet and Data companies in the country, stated that operators had 61 million subscribers.",
     "Mobile Operators Association of Kenya"),
    ("Newer figures come from Safaricom itself, which revealed last month that its subscribers hit 45 million.",
     "Safaricom"),
    # "adding 4 million subscribers" adds subscribers, not a remark
    ("Among the operators, Safaricom continues to lead with 65 percent market share, adding another 4.04 million "
     "subscribers during November.", None),
    # datelines with no dash: "Place, Month day (AGENCY)", "Month day, Place"; not a source "New Delhi"
    ("New Delhi, May 11 (TNA) The Election Commission of India on Saturday said turnout was 65.68%.",
     "Election Commission of India"),
    ("May 8, New Delhi As of 11:45 p.m. on Tuesday, the Election Commission reported that turnout was 64.4%.",
     "Election Commission"),
    ("May 8, Reuters said the turnout was 64.4%.", "Reuters"),
    # "the poll panel", "It however also clarified", "contended", data released (by whoever released it)
    ("The Election Commission said turnout was 60.21 percent. The poll panel announced that 3,377 voters were of "
     "the third gender.", "Election Commission"),
    ("The Election Commission said turnout was 60.21 percent. It however also clarified that the final turnout "
     "will be 2% higher.", "Election Commission"),
    ("The Election Commission said turnout was 60.21 percent. The panel contended that 99% of machines worked.",
     "Election Commission"),
    ("The Election Commission of India on Thursday released the total voters' turnout data. As per "
     "constituency-wise data released on Saturday, Balangir saw a turnout of 77%.", "Election Commission of India"),
    # an occupation or a party written as a title before a name is no part of it
    ("Rapper Jay Kellan said the tour had sold 40,000 tickets.", "Jay Kellan"),
    ("Referee Tom Halvers said 3 players had been booked.", "Tom Halvers"),
    ("Lib Dem Nora Pell said the plan would cost £2bn.", "Nora Pell"),
    ("Tory Ian Wexley said 40% of voters agreed.", "Ian Wexley"),
    # "the Dutchman said": the person last named, as "the 30-year-old" is
    ('Piet Verhoef said the club had 12 fit players. "We won 3 of our last 4 games," the Dutchman said.', "Piet Verhoef"),
    # groups nobody can check: no source "Organisers", "MPs", "Correspondents"
    ("Organisers say the festival drew 50,000 visitors.", None),
    ("MPs said the visa scheme had cost taxpayers £2bn since 2003.", None),
    ("Correspondents say 6,000 jobs could go.", None),
    # "says Mr Lindqvist." ends the sentence, not his name: he is the Bo Lindqvist named before
    ('Bo Lindqvist runs the lab. "We cut costs by 12% last year," says Mr Lindqvist.', "Bo Lindqvist"),
    # a straight quote mark reopened before the last one closed goes on with the quote; one after a space
    # can close it
    ('Dan Ferris said: "We lost 2-0. We were poor. "We must win 3 games now." Club chairman Ken Lowe said 4 '
     'players were injured.', "Ken Lowe"),
    ('Ken Lowe said 4 players were injured. "It was 3-0 and we were poor, " added Ferris.', "Ferris"),
    # a nation's adjective or "General" before one everyday word is part of a company's or a place's name
    ("US conglomerate General Electric said quarterly profit rose 18%.", "General Electric"),
    ("Swiss Re said insured losses reached $42bn in 2004.", "Swiss Re"),
    ("British Telecom said it would double broadband speeds to 8Mbps.", "British Telecom"),
    ("South Korea, which holds $200bn in reserves, said it would buy more euros.", "South Korea"),
    ("Music download sales doubled to 312,000 in 2004, the British Phonographic Industry said.",
     "British Phonographic Industry"),
    ("Shareholders said the firm had overstated sales by $2bn.", None),
    # "Health and Safety Executive" is one body (no title before a name); a sentence adverb opens no name
    ("The Health and Safety Executive said 220 workers died at work in 2004.", "Health and Safety Executive"),
    ("Instead the RFU said in a statement that 3 players were injured.", "RFU"),
    ("Worryingly, said the firm, phishing attacks rose 40% in 2004.", None),
    ("Backbencher Stephen Pound said 40 MPs had threatened to resign.", "Stephen Pound"),
    # where someone is from or was, or whose embassy speaks, is not who speaks
    ("Mr Omari Bello, 32, from Wembley, London, said he was held for 3 years.", "Omari Bello"),
    ("Ahead of Sunday's meeting in London, Ms Hewitt said 60% of children played games daily.", "Ms Hewitt"),
    ("A spokesman for the Albanian embassy in London said 40 visas had been issued.", None),
])
def test_styles_first_met_in_held_out_news(text, claimant):
    """Each case stands for a miss on real news labelled before the extractor saw it (docs/extraction.md)."""
    assert claims_of(text)[-1].claimant == claimant


def test_a_date_before_a_dash_is_a_dateline_and_no_part_of_the_claim():
    [claim] = claims_of("Oct. 22 — A court may raise a sentence to 2 years before it is final, the U.S. Court of "
                        "Appeals for the Ninth Circuit held.")
    assert claim.text.startswith("A court may raise")


@pytest.mark.parametrize("dateline", ["TORONTO Jan 24 ", "(Xinhua/NAN) ", "CAIRO (UrduPoint News / Sputnik - 12th April, 2020) ",
                                      "England, August 8, 2016 – ", "Nairobi, Kenya, 3 May 2021 — ",
                                      "New Delhi, Mar 14 (PTI) "])
def test_reuters_date_and_agency_only_datelines_are_no_part_of_the_claim(dateline):
    [claim] = claims_of(f"{dateline}An Air Canada plane was diverted to Honolulu with 269 people on board, a "
                        "spokeswoman said.")
    assert claim.text.startswith("An Air Canada plane")


def test_a_city_in_capitals_with_the_agency_is_a_dateline_without_a_dash_too():
    [claim] = claims_of("MOSCOW (Sputnik) Ana Petrova said the 2 rounds of talks were a candid session.")
    assert claim.text.startswith("Ana Petrova said")


def test_the_union_is_the_one_union_the_article_names_even_later():
    text = ("About 140 workers at the plant were let go, the union said on Thursday.\nNational Bakery Workers Union "
            "president Ana Cruz confirmed the layoffs.")
    assert claims_of(text)[0].claimant == "National Bakery Workers Union"


def test_an_airport_spokeswoman_is_the_airport_spokeswoman_the_article_names_later():
    text = ("A plane was diverted to an airport in Canada on Sunday after turbulence hurt 12 people, an airport "
            "spokeswoman said.\n\"They diverted to St. John's,\" said Sara Norell, spokeswoman of St. John's "
            "International Airport.")
    assert claims_of(text)[0].claimant == "Sara Norell"


def test_a_spokeswoman_described_by_nothing_the_article_repeats_stays_unnamed():
    text = ("A plane was diverted to Gander on Sunday after turbulence hurt 12 people, a company spokeswoman said.\n"
            "\"They diverted to St. John's,\" said Sara Norell, spokeswoman of St. John's International Airport.")
    assert claims_of(text)[0].claimant is None


def test_a_sentence_glued_to_the_next_without_a_space_is_two_sentences():
    """Scraped copy: "Your support makes all the difference.Higher doses of statins cut ..." (batch 47)."""
    claims = claims_of("Your support makes all the difference.Higher doses of statins cut the risk of heart attacks "
                       "by 15 percent, according to a review in The Lancet.")
    assert [c.text for c in claims] == ["Higher doses of statins cut the risk of heart attacks by 15 percent, "
                                        "according to a review in The Lancet."]


def test_a_name_signed_under_a_quote_with_a_full_stop_is_its_speaker():
    text = ("“The Senate will not allow 47 counties to go back to the old days. We will continue advocating for "
            "devolution.” Sen. Kipchumba Murkomen.")
    assert {c.claimant for c in claims_of(text)} == {"Kipchumba Murkomen"}


def test_a_press_release_with_a_wire_dateline_a_camel_case_brand_and_a_list_reads_line_by_line():
    """Batch 51 (PR Newswire box-office releases): the list's lines had made the text look hard-wrapped, so the
    headline, the lead and the quote ran into one sentence; the wire dateline stayed in the claim."""
    text = ("Boxtrack : Announces Official Box Office Results for Weekend of October 7, 2018\n"
            "LOS ANGELES, Oct. 7, 2018 /PRNewswire/ -- comTrack today announced the weekend box office estimates "
            "for 12 films.\n"
            "comTrack's Senior Analyst Paul Dergan commented, \"Two stars were born this weekend with a $205.23 "
            "million global debut.\"\n"
            "1. Venom - Sony - $205.2M\n2. Star Is Born, A - Warner Bros. - $55.2M\n"
            "3. Project Gutenberg - Multiple - $38.0M\n4. Smallfoot - Warner Bros. - $26.6M\n")
    claims = {c.text[:20]: c.claimant for c in claims_of(text)}
    assert claims["comTrack today annou"] == "comTrack"
    assert claims['"Two stars were born'] == "Paul Dergan"


def test_told_the_media_colon_after_an_as_clause_leads_into_quotes_over_paragraphs():
    """Batch 52 (transfer news): '... with Gyokeres threatening to strike as Varandas told the media: "..."' then
    quoted paragraphs; the speaker is the one before the verb, and "told the media:" is a lead-in."""
    text = ("Sporting president Frederico Varandas spoke on Friday.\n"
            'It resulted in a spat, with Gyokeres threatening to go on strike as Varandas told the media: "I want to '
            "make one thing clear.\n"
            '"Sixty-three goals, 17 assists, one of the best seasons in the history of Portuguese football."')
    assert claims_of(text)[-1].claimant == "Frederico Varandas"


def test_state_police_is_the_one_police_force_the_article_names_even_later():
    text = ("State police said on Thursday that 4 cruisers were set on fire at the post.\nOhio State Police Lt. Ann "
            "Brooks said the area is open to the public.")
    assert claims_of(text)[0].claimant == "Ohio State Police"


def test_the_paragraphs_after_the_following_is_a_statement_from_x_are_xs():
    claims = claims_of("Acme Statement on Demand\n\nThe following is a statement from Acme CEO Dana Cole:\n\n"
                       "Over the last week we have seen demand rise by 40%.\n\n"
                       "We are hiring 300 people in our two fulfillment centers.")
    assert [c.claimant for c in claims] == ["Dana Cole", "Dana Cole"]


def test_told_x_colon_introduces_the_quote_as_said_colon_does():
    claims = claims_of('Health Secretary Matt Hancock spoke on Monday.\n'
                       'The minister told LBC: "There are 3.9 million people waiting."')
    assert (claims[-1].text, claims[-1].claimant) == ('"There are 3.9 million people waiting."', "Matt Hancock")


def test_a_quote_after_a_sentence_that_names_its_speaker_is_theirs():
    claims = claims_of('Wesley Christenson, director of public relations, said yesterday. '
                       '"Many protestors were over 30 years of age."')
    assert claims[-1].claimant == "Wesley Christenson"


def test_a_quote_that_names_nobody_is_the_last_speaker_of_the_paragraph_before():
    claims = claims_of("Carlos Alcaraz said he had dreamt of winning since he was 5.\n\n"
                       '"It is something I have worked 10 years for."')
    assert claims[-1].claimant == "Carlos Alcaraz"
    claims = claims_of("Governor Adam Glapinski said inflation would fall to 9% by September.\n\n"
                       '"The fall would be faster with a zloty 5% stronger," the council added.')
    assert claims[-1].claimant is None  # the quote names its speaker, though not by a name


def test_an_unquoted_first_person_paragraph_is_the_speaker_it_names_later():
    """The dash style of quoting ("– It is ..., he tells the BBC"), with the subject after "Then coach"."""
    claims = claims_of("United lost 6-1 at home on Sunday.\n\nThen coach Ole Solberg was speechless afterwards.\n\n"
                       "– It is the worst day of my career, the worst in 20 years. But we have recovered from 3 "
                       "defeats before, he tells the BBC.")
    assert [c.claimant for c in claims if "worst day" in c.text or "recovered" in c.text] == ["Ole Solberg"] * 2


def test_a_quote_over_two_paragraphs_belongs_to_who_closes_it():
    """'"A ...' (no closing mark), then '"B ...," he said.': both paragraphs are his."""
    claims = claims_of('Police spokesman Henry Obi spoke on Wednesday.\n\n'
                       '"In the course of the investigation, the suspect confessed to 3 robberies in May.\n\n'
                       '"Based on his confessions, officers recovered 3 pistols," Obi said.')
    assert [c.claimant for c in claims if c.text.startswith('"')] == ["Henry Obi", "Henry Obi"]


@pytest.mark.parametrize("line,content", [
    ("(Reuters) - Acme Corp said sales rose 4% in May.", "Acme Corp said sales rose 4% in May."),
    ("NEW YORK - Acme Corp said sales rose 4% in May.", "Acme Corp said sales rose 4% in May."),
    ("Sept 18 (Reuters) - Acme Corp said sales rose 4% in May.", "Acme Corp said sales rose 4% in May."),
    ("(CBS DETROIT) - Acme Corp said sales rose 4% in May.", "Acme Corp said sales rose 4% in May."),
    ("UTRECHT, Netherlands, March 18, 2019 (BSS/AFP) – Acme Corp said sales rose 4% in May.",
     "Acme Corp said sales rose 4% in May."),    ("Margao (Goa) [India]: Acme Corp said sales rose 4% in May.", "Acme Corp said sales rose 4% in May."),    ("London — Acme Corp said sales rose 4% in May.", "Acme Corp said sales rose 4% in May."),
    ("ISLAMABAD: Acme Corp said sales rose 4% in May.", "Acme Corp said sales rose 4% in May."),
    ("New Delhi: Acme Corp said sales rose 4% in May.", "Acme Corp said sales rose 4% in May."),
    ("NAIROBI, Kenya Mar 3 – Acme Corp said sales rose 4% in May.", "Acme Corp said sales rose 4% in May."),
    ("Los Angeles, California (CNN) -- Acme Corp said sales rose 4% in May.", "Acme Corp said sales rose 4% in May."),
    # a currency written short ends no sentence
    ("Acme Corp said Kenya Power owes Ksh. 4.9 billion in fees.", "Acme Corp said Kenya Power owes Ksh. 4.9 billion in fees."),
])
def test_a_wire_dateline_is_not_part_of_the_claim(line, content):
    (claim,) = claims_of(f"Acme reports sales\n\n{line}")
    assert claim.text == content


def test_a_name_and_colon_is_a_dateline_only_before_the_first_paragraph():
    """Later, "Name: ..." may be a speaker's label in a transcript: it stays in the text."""
    claims = claims_of("Acme reports sales\n\nAcme Corp said sales rose 4% in May.\n\nDana Cole: Sales rose 9% in June.")
    assert claims[-1].text == "Dana Cole: Sales rose 9% in June."


def test_a_rank_written_short_ends_no_sentence():
    (claim,) = claims_of("Ohio State Police Lt. Dana Cole said 4 cruisers burned on Sept. 6.")
    assert (claim.text, claim.claimant) == ("Ohio State Police Lt. Dana Cole said 4 cruisers burned on Sept. 6.",
                                            "Dana Cole")


def test_a_lead_in_ending_with_stated_and_a_comma_is_no_claim_of_its_own():
    """"X ... reacted on the news and stated, “...”" (batch 66): the quote is set apart as its own sentence and the
    words leading into it say nothing to check, as with "said:"."""
    claims = claims_of("Kofi Mensah, party chief, whose flight was also cancelled, reacted on the news and stated, “I "
                       "waited here for 4 hours. The airline cancelled 80 flights without telling 2,000 passengers.”")
    assert [c.text[:12] for c in claims] == ["“I waited he", "The airline "]
    assert {c.claimant for c in claims} == {"Kofi Mensah"}


def test_a_month_written_short_before_a_day_ends_no_sentence():
    """"over the weekend of Aug. 26-27 and was discovered within hours" (batch 67) was cut after "Aug.", so the
    claim lost its speaker at the end of the sentence."""
    [claim] = claims_of("The access took place over the weekend of Aug. 26-27 and was discovered within 3 hours, a "
                        "company spokesperson said.")
    assert claim.text.startswith("The access took place")


def test_typewriter_quote_marks_are_read_as_quotes_and_kept_as_written():
    """Archives and wire copy write quotes as two apostrophes (''...'') or TeX marks (``...'')."""
    text = ("The council approved 3 new bus routes on Monday.\n"
            "''The routes will carry 12,000 riders a day by 2027,'' said Dana Reyes, the transit director.\n"
            "``Fares will stay at $2 for the first year,'' Mr. Okafor said.")
    claims = claims_of(text)
    assert [claim.claimant for claim in claims] == [None, "Dana Reyes", "Mr. Okafor"]
    assert claims[1].text.startswith("''The routes will carry") and claims[1].text.endswith("transit director.")
    assert text[claims[2].start:claims[2].end] == claims[2].text


def test_two_sentences_quoted_with_typewriter_marks_are_two_claims_of_one_speaker():
    text = ("''Ridership rose 14 percent in 2023. We expect 20 percent more by 2026,'' said Dana Reyes, the "
            "transit director.")
    claims = claims_of(text)
    assert len(claims) == 2 and {claim.claimant for claim in claims} == {"Dana Reyes"}


@pytest.mark.parametrize("speaker,claimant", [("Benjamin J. Rhodes, the deputy adviser", "Benjamin J. Rhodes"),
                                              ("C. Stewart Verdery Jr., a former official", "C. Stewart Verdery Jr")])
def test_a_middle_initial_ends_no_name_after_the_quote_and_its_verb(speaker, claimant):
    [claim] = claims_of(f"“The deal cut tariffs by 40 percent in 2015,” said {speaker}.")
    assert claim.claimant == claimant


@pytest.mark.parametrize("speaker", ["Mr. King", "Mrs. Bishop", "Ms. Judge"])
def test_a_surname_after_mr_is_a_person_even_when_it_is_also_a_title(speaker):
    """"Mr. King said" names Mr. King; "the king said" would name nobody until the article says who."""
    [claim] = claims_of(f"{speaker} said the county lost 1,200 jobs in 2019.")
    assert claim.claimant == speaker


@pytest.mark.parametrize("sentence,claimant", [
    ("Press secretary Dana Cole on Thursday evening said 300 troops would leave.", "Dana Cole"),
    ("“300 troops will leave by May,” said Sen. Dana Cole (D-S.C.), who chairs the panel.", "Dana Cole"),
    ("“300 troops will leave by May,” said Rep. Dana Cole (R-OH).", "Dana Cole"),
    ("“300 troops will leave by May,” says J.J. MacNab, a researcher.", "J.J. MacNab"),
    ("“300 troops will leave by May,” tweeted Dana Cole.", "Dana Cole"),
    ("Mick Bednarek, who served two tours in Iraq, said 300 troops would leave by May.", "Mick Bednarek"),
    ("Nominee Dana Cole said 300 troops would leave by May.", "Dana Cole"),  # a role, capitalised to open
    ("Congressman Dana Cole, a Trump supporter, said 300 troops would leave by May.", "Dana Cole"),
    # "He's said", "who's argued": has said, not a possessive
    ("Dana Cole spoke in Iowa. He's said 300 troops would leave by May.", "Dana Cole"),
    ("It was championed by RNC Committeeman Dana Cole, who’s argued for years that 300 delegates are free.",
     "Dana Cole"),
    # the verb's object is a clause, not a speaker: the subject before it spoke (PolNeAR train)
    ("His campaign manager, Dana Cole, said Sanders believes 300 volunteers will do it.", "Dana Cole"),
    # what the speaker was doing names a place, not who spoke
    ("“300 troops will leave by May,” wrote one supporter, tweeting a link to a story about fraud in Kentucky.",
     None),
    ("Candidate Dana Cole said 300 troops would leave by May.", "Dana Cole"),
    # the words after the quote name no one, so the subject who said it is the speaker (PolNeAR train)
    ("Democratic nominee Dana Cole said the foundation had “overwhelming disclosure,” referencing its 300 donors on "
     "Wednesday, but multiple reports revealed otherwise.", "Dana Cole"),
])
def test_the_speaker_is_found_past_times_party_tags_initials_and_who_clauses(sentence, claimant):
    [claim] = claims_of(sentence)
    assert claim.claimant == claimant


def test_responded_that_attributes_but_responded_to_a_letter_does_not():
    said, acted = claims_of("Dana Cole responded that 300 troops would leave by May. "
                            "Acme responded to 40 letters from 300 customers in May.")
    assert said.claimant == "Dana Cole" and acted.claimant is None


@pytest.mark.parametrize("sentence", ["Democratic sources said 300 troops would leave by May.",
                                      "Texan officials said 300 troops would leave by May.",
                                      "Regardless, officials said 300 troops would leave by May."])
def test_a_party_or_state_adjective_or_an_opening_word_names_no_one(sentence):
    [claim] = claims_of(sentence)
    assert claim.claimant is None


@pytest.mark.parametrize("sentence,claimant", [
    # what follows "said" is what was said, not who said it
    ("Sen. Dana Cole, facing a hard race in Iowa, a swing state, said he would welcome Reyes and 300 troops.",
     "Dana Cole"),
    # "claims" and "comments" after a possessive, "states" after a number: nouns, not speech verbs
    ("Ana Ruiz, Mexico's envoy to Spain from 2007 to 2013, said Mexico must rebut 40 of Reyes's claims.", "Ana Ruiz"),
    ("Mr. Cole has long said that he will cut 300 jobs, even as he has taken shots at Mr. Reyes's comments.",
     "Mr. Cole"),
    # a title in quotes before "said": the speaker came before it
    ('Dana Cole, star of the TV show "The Apprentice," said in an interview with The Daily Post that he won 40 states.',
     "Dana Cole"),
    # "At an event in Town, State, X railed ..., and explained": X, not the state
    ("At a June event in St. Clairsville, Ohio, 62-year-old Dana Cole also railed against imports, and explained "
     "how 40 plants closed.", "Dana Cole"),
    # "Tuesday in New York City, while ..., X said": when and where, then who
    ("Tuesday in New York City, while campaigning for his wife Ana Ruiz, Dana Cole said 40 states would vote.",
     "Dana Cole"),
    # "undecided voter X of Town, N.H., before the event": an adjective, then the voter and her town
    ('"I lost 40 percent of my pay," said undecided Republican voter Dana Cole of Derry, N.H., before the event.',
     "Dana Cole"),
])
def test_the_speaker_is_not_a_name_from_what_is_said_or_where(sentence, claimant):
    [claim] = claims_of(sentence)
    assert claim.claimant == claimant


def test_a_country_written_short_in_a_speakers_description_names_no_one():
    [claim] = claims_of('"40 agents were handled too lightly," said a former U.S. law enforcement official.')
    assert claim.claimant != "U"


@pytest.mark.parametrize("sentence,claimant", [
    ("Dana Cole, the chairman of the county party, for example, said Reyes continued to lose 40 votes a day.",
     "Dana Cole"),
    ("Senator Dana Cole of Texas, who is second in many states, stuck to policy, eventually saying 40 jobs went.",
     "Dana Cole"),
    ("Anticipating blowback, Cole remarked that he had consulted 40 lawyers.", "Cole"),
])
def test_the_subject_speaks_past_a_reported_clause_an_adverb_or_remarked(sentence, claimant):
    [claim] = claims_of(sentence)
    assert claim.claimant == claimant


def test_a_title_case_headline_gives_he_the_person_it_opens_with_not_its_words():
    claims = claims_of("Billionaire Dana Cole Slams Council Over Budget.\n\n"
                       "The council met in Dallas on Monday to hear Dana Cole.\n\n"
                       "“The council wasted $40 million,” he said.")
    assert claims[-1].claimant == "Dana Cole"


def test_a_title_case_headline_is_no_antecedent_when_its_words_name_no_one_else():
    claims = claims_of("Cole’s Final Column Explains Why She Backs The Plan\n\n"
                       "Conservative icon Dana Cole, who died Monday, used her last column to praise the plan.\n\n"
                       "“The plan cut 40 percent of the deficit,” she wrote.")
    assert claims[-1].claimant == "Dana Cole"


def test_a_state_after_a_town_is_not_who_spoke():
    claims = claims_of("Speaking in Salem, New Hampshire, Dana Cole went after Reyes.\n\n"
                       "He says Reyes cut 40 jobs.\n\n"
                       "Reyes is sure he can win after a woman in Worcester, Massachusetts, told him 40 votes went.")
    assert [c.claimant for c in claims][-2:] == ["Dana Cole", None]


@pytest.mark.parametrize("name", ["Fla.", "Ariz", "R.I.", "OH", "R", "FULL TEXT", "BROADWAY BEAT", "NEW YORK", "Amid"])
def test_a_state_written_short_a_section_label_or_a_preposition_is_no_source(name):
    assert not is_source_name(name)


@pytest.mark.parametrize("name", ["BBC", "AP", "NBC News", "Dana Cole", "WHO"])
def test_acronyms_and_names_stay_sources(name):
    assert is_source_name(name)


@pytest.mark.parametrize("sentence,claimant", [
    ("Still, Dana Cole - who discussed a path ahead aboard a cross-country flight from Vermont - said 40 aides "
     "would stay.", "Dana Cole"),
    ("In an interview in Portland, Dana Cole - the host of a YouTube show - said 40 viewers had called.",
     "Dana Cole"),
])
def test_an_aside_between_dashes_before_said_is_not_the_speaker(sentence, claimant):
    [claim] = claims_of(sentence)
    assert claim.claimant == claimant


@pytest.mark.parametrize("sentence,claimant", [
    ("Moments earlier, in his opening remarks, Dana Cole said 40 states were in play.", "Dana Cole"),
    ("Cole, who says Reyes is attacking him, said GOP voters should back 40 of his bills.", "Cole"),
    ("Acme also reported that roughly 1,100 foreign donor names weren't disclosed.", "Acme"),
    ("As reported by Western Journalism, 40 delegates are at stake in Michigan.", "Western Journalism"),
    ("Dana Cole has even claimed he will create 40,000 jobs.", "Dana Cole"),
    ('"If you ask one more question, I may have to leave after 40 minutes," Cole quipped.', "Cole"),
    ("Rep. Dana Cole (D-Calif.) last month joked to Janet Yellen that 40 bankers had left.", "Dana Cole"),
    ("Dana Cole, the campaign's chairman, said the 40 attacks that Reyes lodged - attacks that, Cole noted, Reyes "
     "said during the debate were sparked by polls - were false.", "Dana Cole"),
])
def test_the_speaker_is_found_past_times_numbers_and_reported_clauses(sentence, claimant):
    [claim] = claims_of(sentence)
    assert claim.claimant == claimant


def test_an_everyday_word_opening_a_group_of_experts_is_no_source():
    [claim] = claims_of("Digital forensics experts noted that 40 files were leaked in May.")
    assert claim.claimant is None


_TWO_PEOPLE = "Dana Cole met Mark Reyes in Ohio on Monday. Mark Reyes told reporters 40 delegates were undecided.\n\n"


@pytest.mark.parametrize("sentence", [
    "Cole was defending his record at a rally on Friday night when he told the crowd 40 factories had reopened.",
    "Cole’s parents died in a car crash in 1987, and he says 40 years of grief shaped him.",
    "Soon after the vote, Cole asserted that 40 seats had changed hands: “The map is ours,” he claimed.",
    "In his Sunday interviews, Cole again criticized the media, though he added that 40 donors had come forward.",
])
def test_he_after_a_conjunction_is_the_person_the_clause_opened_with(sentence):
    claims = claims_of(_TWO_PEOPLE + sentence)
    assert claims[-1].claimant == "Dana Cole"


@pytest.mark.parametrize("sentence", [
    "Also, Cole is not a conservative, he said, and 40 delegates agree.",  # the words said, not who said them
    "Clinching the nomination is out of reach for 40 delegates, though he says the race goes on.",
])
def test_he_after_a_comma_or_a_gerund_subject_keeps_the_last_speaker(sentence):
    claims = claims_of(_TWO_PEOPLE + sentence)
    assert claims[-1].claimant == "Mark Reyes"


@pytest.mark.parametrize("sentence,claimant", [
    ("Attorney General Eric Holder said 40 cases were open.", "Eric Holder"),
    ("In a speech from Ohio -- which votes on Saturday -- Dana Cole said 40 states were hers.", "Dana Cole"),
    ("The paradox of Nancy, says Carl Anthony, historian at the library, is that 40 states are close.",
     "Carl Anthony"),
    ("According to the exit polls in New Hampshire, 24% of voters put a priority on candor.", None),
])
def test_titles_asides_and_places_around_the_speaker(sentence, claimant):
    claims = claims_of("Nancy Reagan and Dana Cole met in 1980.\n\n" + sentence)
    assert claims[-1].claimant == claimant


@pytest.mark.parametrize("sentence,claimant", [
    ("Dana Cole, a pollster who is working with Priorities USA, a pro-Clinton super PAC, said 40 states were close.",
     "Dana Cole"),
    ('Dana Cole - who previously said she would "bomb" oil fields seized by the Islamic State - said 40 jets '
     "were ready.", "Dana Cole"),
    ("Mr. Cole, whose sole win on Tuesday came in Rhode Island, did not attack Mrs. Reyes but argued that 40 "
     "states were his.", "Mr. Cole"),
    ("Mr. Cole, whose latest start-up, Paradata, uses big data, said 40 brands were clients.", "Mr. Cole"),
    ("Most voters in Alabama, Georgia and Virginia said they felt betrayed by 40 politicians.", None),
    ("Spending rose by 40 percent, according to a Pew Research Center report released Monday.", "Pew Research Center"),
    ("Dana Cole often says 40 states are in play.", "Dana Cole"),
    ("Dana Cole may have said it best when she wrote that 40 states were in play.", "Dana Cole"),
    ("Still, Dana Cole would not say whether 40 states were in play.", "Dana Cole"),
    ('Her advisers wanted her to act "presidential," but Dana Cole said 40 rallies were needed.', "Dana Cole"),
    ("“We lost 40 seats,“ said Dana Cole, an attorney with the Campaign Legal Center.", "Dana Cole"),
    ("''We lost 40 seats,'' recalled Dana Cole, then ambassador to Israel.", "Dana Cole"),
    ("Said Dana Cole, who grew up in the neighborhood, “We lost 40 seats.”", "Dana Cole"),
    ("Dana Cole responded pointedly, with a smile: “We lost 40 seats.”", "Dana Cole"),
    ("During the discussion, Dana Cole pledged that 40 seats would be won back.", "Dana Cole"),
    ("Dana Cole, 49, a Navy veteran who now is a civilian employee, said 40 seats were lost.", "Dana Cole"),
    ("Dana Cole, a spokesman for Mrs. Reyes, called on the senator to quit and said 40 seats were lost.",
     "Dana Cole"),
    ("She began writing about women on Wall Street, got an M.F.A. from Columbia and wrote 40 books.", None),
    ("However, Dana Cole met with Trump in December and declared that 40 seats were lost.", "Dana Cole"),
    ("Dana Cole, a former party director, whose roots are in the church, said the Republican base was angry about sending "
     "40 politicians to Washington.", "Dana Cole"),
    ("At a meet-and-greet in an Oskaloosa, Iowa, coffee shop last month, voter Dana Cole told the senator that "
     "she drove from Chicago to ask him about the 40 visas.", "Dana Cole"),
    ("76-year-old Dana Cole, founder of the Leadership Institute, YAF member in the 1960s, endorsed Reyes, saying "
     "40 seats were lost.", "Dana Cole"),
    ("Another intelligence source speaking to Fox News said 40 agents are investigating.", None),
])
def test_the_speaker_is_found_past_descriptions_asides_adverbs_modals_reports_and_mistyped_quotes(sentence, claimant):
    [claim] = claims_of(sentence)
    assert claim.claimant == claimant


@pytest.mark.parametrize("sentence,claimant", [
    ("Clinton’s campaign says it raised $15 million in January.", "Hillary Clinton campaign"),
    ("The Sanders campaign said it raised $21 million.", "Bernie Sanders campaign"),
    ("The campaign said it raised $21 million.", None),  # whose campaign, the sentence does not say
])
def test_a_candidates_campaign_is_the_source_by_the_candidates_full_name(sentence, claimant):
    claims = claims_of("Hillary Clinton and Bernie Sanders raised money in January.\n\n" + sentence)
    assert claims[-1].claimant == claimant
    if claimant:
        assert claims[-1].claimant_kind == "organization"


def test_a_persons_unnamed_spokesman_speaks_for_that_person():
    claims = claims_of("Donald Trump called for a ban on 40 Muslims, and British Prime Minister David Cameron "
                       "called the idea divisive.\n\nCameron’s spokesman said the prime minister stood by his 40 "
                       "original comments.")
    assert claims[-1].claimant == "David Cameron"


def test_she_is_the_latest_woman_named_not_the_latest_person():
    claims = claims_of("Mayra Gonzalez, a cook at the casino, said 40 workers lost their jobs.\n\n"
                       "County freeholder Ernest Coursey said the casino had cut 300 jobs since May.\n\n"
                       "“We lost 40 friends in a month,” she said.")
    assert [c.claimant for c in claims] == ["Mayra Gonzalez", "Ernest Coursey", "Mayra Gonzalez"]


@pytest.mark.parametrize("name,sex", [
    ("Hillary Clinton", "f"),  # a first name nine in ten of whose bearers are women
    ("Sen. Ted Cruz", "m"),  # past the title
    ("Mrs. Reyes", "f"),  # the honorific
    ("Kashiya Nwanguma", "f"),  # a first name the census lacks, and "Ms. Nwanguma" in the article
    ("Chris Christie", None),  # a first name both sexes bear
    ("Lu Kang", None),  # a first name too rare in the census to tell
    ("Clinton Foundation", None),  # an organisation, though "Clinton" is a man's first name
])
def test_an_honorific_or_a_first_name_tells_a_persons_sex(name, sex):
    names = NameRegistry("Kashiya Nwanguma held up a sign. Ms. Nwanguma was shoved. Mrs. Reyes and Lu Kang spoke.")
    assert names.gender(name) == sex


@pytest.mark.parametrize("sentence,claimant", [
    ("The Florida senator said 40 percent of voters backed him.", "Marco Rubio"),  # "(R-Fla.)"
    ("The Vermont senator said 30 percent of voters backed him.", "Bernie Sanders"),  # "(I-Vt.)"
    ("The Ohio governor said the state needs 40 more border agents.", "John Kasich"),  # "of Ohio"
    ("The Florida governor said 30 jobs were lost.", "Jeb Bush"),  # "Florida Gov."
    ("The Texas senator said 40 jobs were lost.", None),  # no senator from Texas named
])
def test_a_state_and_a_role_name_the_senator_or_governor_the_article_introduced_for_that_state(sentence, claimant):
    claims = claims_of("Sen. Marco Rubio (R-Fla.) spoke in Iowa on Monday with Sen. Bernie Sanders (I-Vt.), Gov. John "
                       f"Kasich of Ohio and former Florida Gov. Jeb Bush.\n\n{sentence}")
    assert claims[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "he" is never a woman: none when every person named so far is one
    ("Mrs. Reyes said the casino had cut 300 jobs since May.\n\n“We lost 40 friends in a month,” he said.", None),
    # where neither honorific nor first name tells, the article's own pronouns do
    ("Mary Cole said the county lost 300 jobs in May.\n\nChris Reyes said he would cut his own salary. Reyes said "
     "his budget saved 40 jobs.\n\n“We need 40 more nurses,” she said.", "Mary Cole"),
    # a surname opening a sentence, or a titled one never given a first name, is what "he" goes back to
    ("Mayors Back Dana Cole Budget Plan\n\nAfter the vote, pastor Kevin Swanson and Mark Reyes spoke to reporters.\n\n"
     "Swanson, who is a pastor in Elizabeth, Colorado, attacked the plan on his radio show.\n\n"
     "“They cut 40 percent of the shelters,” he said.", "Kevin Swanson"),
    ("President Obama rebuked critics who say he should use the label, saying it would change nothing.\n\n"
     "“Would it bring in 40 more allies?” he said.", "Obama"),
    # a person after a lower-case role is the subject, not "Former Pennsylvania"
    ("Former Pennsylvania governor Ed Rendell, one of the mayor’s most vocal supporters, was even more resolute."
     "\n\n“They will pick whoever wins 40 delegates,” he said.", "Ed Rendell"),
    # a state after the town an opening clause names is where, not who
    ("In Berea, OH, after winning Ohio, Gov. John Kasich said 40 counties had voted for him.", "John Kasich"),
    ("Since the first tunnel was found in 1990 in Douglas, Ariz., border officials say 200 more were found.", None),
    # "He continued, “...”" is speech
    ("Rudy Giuliani spoke in Iowa on Monday.\n\nHe continued, “I’ve never seen 40 people indicted.”", "Rudy Giuliani"),
    # a quote with its own speaker is not the person asked about, nor the one the sentence before described
    ("“The founders would agree,” said Cruz constituent Dan Golvach when asked about Lindsey Graham.", "Dan Golvach"),
    ("The plant's owner, Mark Reyes, confirmed the fire. He had run the plant since 2014. “We lost 40 friends,” one "
     "plant worker told local television.", None),
])
def test_he_and_she_go_back_to_a_person_of_their_sex_and_the_subjects_and_speakers_found_today(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("written,state", [
    ("Fla.", "florida"), ("N.H.", "new hampshire"), ("OH", "ohio"), ("Ohio", "ohio"), ("Ky.", "kentucky"),
    ("Ala.", None),  # Alabama or Alaska: nobody
    ("", None), ("X.", None), ("Foo", None), ("((", None),  # not a state
])
def test_a_us_state_is_read_from_its_abbreviation_or_name_and_junk_names_none(written, state):
    assert us_state(written) == state


@pytest.mark.parametrize("name", ["", "President", "the", "  "])
def test_an_empty_or_bare_title_name_has_no_sex(name):
    assert NameRegistry("Mr. Reyes spoke.").gender(name) is None


@pytest.mark.parametrize("sentence,claimant", [
    # what stands between the commas before the verb is an aside: the name before it speaks
    ("Dana Cole, after previous rallies, wrote that 40 people could be hurt.", "Dana Cole"),
    ("Coan, Reyes's attorney, argues that 40 members were never paid.", "Coan"),
    ("Ms. Cole, who helped found EDGE, an environmental justice group based in Philadelphia, said 40 homes flooded.",
     "Ms. Cole"),
    ("Dana Cole, executive director of the nurses' union, a union that has endorsed Mr. Reyes and that has been "
     "busing its members, also said 40 rallies were planned.", "Dana Cole"),
    ("Dana Cole, after the scandal broke in March, initially said that 40 emails were missing.", "Dana Cole"),
    ("Zenlor Promotions, a talent agency, says that Reyes has lost close to $100,000.",
     "Zenlor Promotions"),
    # a linking word before the subject is no opening clause
    ("Even Rendell, a stalwart supporter of the mayor, said 40 bridges needed repair.", "Rendell"),
    ("But Dana Cole, who’s running to be an alternate, added that 40 delegates were undecided.", "Dana Cole"),
    ("Then DuPont, only two months later, announced 40 job cuts.", "DuPont"),
    # "said she doesn’t believe ...": what is said after a quote in the aside, not who says it
    ("Ms. Cole, who calls the plan a “scam,” said she doesn’t believe 40 votes are there.", "Ms. Cole"),
    # not an aside: a name between the commas, or a place after a town
    ("One pastor supporting Mr. Reyes, Dana Cole of Liberty Baptist Church, said 40 pastors were called.",
     "Dana Cole"),
    ("In Berea, OH, after winning Ohio, Gov. John Kasich (R-OH), said 40 counties had voted for him.", "John Kasich"),
    # the subject of a relative clause's sentence still speaks when its predicate comes first
    ("Dana Cole, who was speaking to the mayors, did not mention Reyes by name, but told them 40 cities were broke.",
     "Dana Cole"),
])
def test_an_aside_between_the_subject_and_its_speech_verb_leaves_the_subject_the_speaker(sentence, claimant):
    [claim] = claims_of(sentence)
    assert claim.claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a first name before an everyday word is a person, whose surname alone then means them
    ("Michael Green, a professor of history, said 40 states have a caucus.", "Michael Green"),
    ("Mark Cuban said he might run.\n\n“It's too early to tell,” said Cuban, who owns 40 companies.", "Mark Cuban"),
    ("George Will wrote a column on Monday.\n\n“This might hasten the eclipse of 40 candidates,” Will wrote.",
     "George Will"),
    # the shortest of the full names the surname ends, when the others only put a word before it
    ("Billionaire Mark Cuban Weighs a Run\n\nMark Cuban owns the Dallas Mavericks.\n\nCuban said 40 donors had called.",
     "Mark Cuban"),
])
def test_a_first_name_before_an_everyday_word_names_a_person(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("name", ["Virginia Democrats", "Grace Church", "Will Power Ltd", "Christian Democrats",
                                  "Art Gallery", "Mark", "Hope Street Group"])
def test_a_first_name_before_a_group_a_body_or_a_place_is_no_given_name_and_surname(name):
    assert not is_given_name_and_surname(name)


@pytest.mark.parametrize("text,claimant", [
    # a title-case headline's verb is a verb: the name before it speaks
    ("Dana Cole Says 40 Percent Of Voters Are Undecided.\n\nThe poll was taken in May.", "Dana Cole"),
    ("Guns Are ‘The Ultimate Crisis,’ Howard Dean Tells 4,000 Delegates.\n\nThe convention opened on Monday.",
     "Howard Dean"),
    ("Voters Will Pay 40 Percent More For Gas, Dana Cole Warns.\n\nThe tax rises in May.", "Dana Cole"),
    # "Say" after a group is no one's: "Some Say It Proves She Cheated"
    ("Photo From Debate Surfaces — Some Say It Proves 40 Votes Were Bought.\n\nThe photo spread on Monday.", None),
])
def test_the_verb_of_a_title_case_headline_names_its_speaker(text, claimant):
    assert claims_of(text)[0].claimant == claimant


@pytest.mark.parametrize("sentence,claimant", [
    ("Dana Cole recalled in 2008 that 40 listeners had called in.", "Dana Cole"),
    ("“It made the work hard for 40 staff,” Mr. Cole recalled last week.", "Mr. Cole"),
    ("Political analyst Dana Cole agreed that 40 counties had shifted.", "Dana Cole"),
    ("A panel led by Dana Cole agreed Saturday that the plan would cost $40 billion.", "Dana Cole"),
    # a recall of products and an agreement to act are not speech
    ("Toyota recalled 40,000 cars last week.", None),
    ("Mr. Cole agreed to pay a 2 percent annual fee to 40 partners.", None),
])
def test_recalled_and_agreed_that_are_speech(sentence, claimant):
    [claim] = claims_of(sentence)
    assert claim.claimant == claimant


@pytest.mark.parametrize("name,office", [
    ("Howard Dean", False), ("Carole King", False),  # a first name, then a surname that is also a title
    ("Ontario Premier", True), ("Georgia Mayor", True), ("Environment CEC", True),
])
def test_a_first_name_before_a_surname_that_is_also_a_title_is_a_person_not_an_office(name, office):
    assert is_office(name) == office


def test_a_doubled_closing_mark_ends_its_sentence():
    # archives write quotes as two apostrophes: the sentence after one is its own, and its "he" the speaker
    claims = claims_of("Mr. Reyes said 40 union members backed the plan.\n\nDana Cole, the president of Local 294, said "
                       "that the plan had support, but that ''a lot of people like the 40-hour week.'' He cautioned "
                       "that 30 members would need to hear more.")
    assert [c.text[:12] for c in claims] == ["Mr. Reyes sa", "Dana Cole, t", "He cautioned"]
    assert [c.claimant for c in claims] == ["Mr. Reyes", "Dana Cole", "Dana Cole"]
    assert claims[1].text.endswith("40-hour week.''")


@pytest.mark.parametrize("sentence,claimant", [
    ("Because of how the schedule was drawn, explained Rosenberg, “with 40 states over by March, it was settled.”",
     "Rosenberg"),
    ('When asked why, Dana Cole responded in a text message: "We have 40 votes."', "Dana Cole"),
    ("The State Department less than two weeks ago said that 40 emails held secret intelligence.", "State Department"),
    # "responded with chants" is no speech
    ("Supporters of Dana Cole responded with chants of 40 more years.", None),
])
def test_a_surname_after_an_inverted_verb_a_reply_in_writing_and_a_time_ago_before_the_verb(sentence, claimant):
    [claim] = claims_of(sentence)
    assert claim.claimant == claimant


def test_a_paragraph_opening_a_quote_of_its_own_does_not_go_on_with_a_quote_left_open():
    # the paragraph before leaves a quote unclosed; this one's first mark opens, so it is the writer's again
    claims = claims_of("Dana Cole spoke in Berea on Tuesday.\n\nThe speech was cut short by a protester shouting "
                       "“Make America Great Again.\n\nTo that, Mr. Reyes joked that he likes a good “peaceful protest” "
                       "every 40 years.")
    assert claims[-1].claimant == "Mr. Reyes"


@pytest.mark.parametrize("sentence", [
    # a plural noun, not a verb: what follows it agrees with a plural, or "have" comes before it
    "Harsh comments are earning 40 Germans more than scorn.",
    "Most Southern states that will hold contests on March 1 have 40 percent minority voters.",
    "Besides China, Vietnam, Malaysia, Brunei and Taiwan have claims in the area, and 40 ships patrol it.",
    # owning an attack claims nothing that could be checked
    "Islamic State claimed responsibility for the attack that killed 40 people.",
])
def test_a_speech_word_used_as_a_noun_or_for_owning_an_attack_names_no_speaker(sentence):
    [claim] = claims_of(sentence)
    assert claim.claimant is None


def test_a_us_state_written_short_is_never_a_speaker():
    # "Green Bay, Wis., citing the attack": the state is where the rally was, she cancelled it
    claims = claims_of("By Sunday she had canceled a rally with 40 speakers slated for Wednesday in Green Bay, Wis., "
                       "citing the attack.\n\nSanders wins R.I., vows to press on with 40 rallies.")
    assert [c.claimant for c in claims] == [None, None]


def test_a_name_ends_at_an_exclamation_mark():
    # "Aha! Perhaps ...": "Perhaps" is no name, and no "Aha Perhaps" speaks for the sentence after
    claims = claims_of("Aha! Perhaps 40 snapshots of Corgis do not a business model make.\n\nPerhaps "
                       "counterintuitively, deeply reported features can draw 40 percent more readers.")
    assert [c.claimant for c in claims] == [None, None]


def test_a_place_written_short_ends_no_sentence():
    claims = claims_of("Eddie Griffin, who at the time was a Ft. Worth member of the AfroSpear, said that 40 bloggers "
                       "had joined.")
    assert [(c.text[:13], c.claimant) for c in claims] == [("Eddie Griffin", "Eddie Griffin")]


def test_a_team_named_for_a_person_is_not_that_persons_full_name():
    # "Are you on Team Trump?" does not make every later "Trump" a "Team Trump"
    claims = claims_of("Donald Trump spoke in Orlando on Monday.\n\nTrump said 40 people had died.\n\n"
                       "Are you on Team Trump? Like the page.")
    assert [c.claimant for c in claims if c.text.startswith("Trump said")] == ["Donald Trump"]


@pytest.mark.parametrize("sentence,claimant", [
    # after an inverted verb: a description in lower case and a place or a delegation after the name
    ("“There’s a passion for 40 of us,” said Dana Cole of the New York delegation.", "Dana Cole"),
    ("India has 40 times the cultural resonance, says political scientist Dossym Satpayev in Almaty.",
     "Dossym Satpayev"),
    ("The group is $40 million short, said former Pennsylvania governor Ed Rendell, who serves as chairman of the "
     "Philadelphia Host Committee.", "Ed Rendell"),
    # a title written short after the verb
    ("“It ignited something in 40 churches,” said Rev. Kyev Tatum, then senior pastor at Servant House.",
     "Kyev Tatum"),
    # "saying:" after an opening clause: the subject of the clause after it says it
    ("In a statement released Thursday, Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “He should serve "
     "40 years.”", "Hakeem Jeffries"),
    # the name after "testimony by" is whose testimony was noted, not who noted it
    ("Judicial Watch, in releasing the email, noted congressional testimony by Gregory Hicks, the former deputy chief "
     "of mission, that 40 guards were sent.", "Judicial Watch"),
])
def test_who_speaks_after_an_inverted_verb_or_saying_with_the_words_around_the_name(sentence, claimant):
    [claim] = claims_of(sentence)
    assert claim.claimant == claimant


def test_three_apostrophes_close_a_quote_inside_a_quote_and_the_quote():
    # ''...'bomb them,''' said X: an inner quote and the outer one close together, then the verb
    [claim] = claims_of("''I think 40 percent of voters will not be satisfied with 'We'll bomb them,''' said Senator "
                        "John McCain of Arizona.")
    assert claim.claimant == "John McCain"
    assert with_curly_quotes("x ''It's 'bomb them,''' said Joe.") == "x ““It's 'bomb them,’”” said Joe."
    assert with_curly_quotes("He said '''Tis the season,'' and left.") == "He said ““‘Tis the season,”” and left."


@pytest.mark.parametrize("sentence,claimant", [
    # words after a quote that go on from it ("like ...") are no speaker: the name after the verb is
    ("“Consumers shrugged off 40 negative developments,” like the recent volatility of markets, said Richard Curtin, "
     "the chief economist for the survey.", "Richard Curtin"),
    ("Bernie Sanders will back Hillary Clinton before the convention, predicted Madeleine Kunin, the former governor "
     "who ran against him 40 years ago.", "Madeleine Kunin"),
    # "retired neurosurgeon" is an adjective and a noun before a name, not an opening clause like "Pressed by X"
    ("“I'm not going to say it is a mistake,” said retired neurosurgeon Ben Carson, asked about his claims of a "
     "scholarship offer 40 years ago.", "Ben Carson"),
    ("Pressed by Dana Cole, Mr. Reyes said the plan would cost $40 million.", "Mr. Reyes"),
    # the subject of a clause opened by "in which"
    ("It lands in a campaign in which GOP presidential nominee Donald Trump has said that 40 judges are biased.",
     "Donald Trump"),
    # a person, then a "whose" clause with commas of its own, then the verb
    ("Marco Rubio, whose hometown, Miami, is projected to be 40 percent underwater, argues that efforts to combat "
     "it will destroy the economy.", "Marco Rubio"),
    # a description, then the person's name and age, then a first verb and "and said"
    ("One of the men, Jessie Elkins, 70, had served in Vietnam and said he was convinced that 40 wars were enough.",
     "Jessie Elkins"),
])
def test_who_speaks_around_a_quote_a_relative_clause_or_a_description_before_the_name(sentence, claimant):
    [claim] = claims_of(sentence)
    assert claim.claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a pronoun right before the verb, inside a longer clause, is its subject: "countries he said had sent"
    ("Donald Trump spoke in Portland.\n\nAt a rally on Thursday, Trump included the Philippines on a list of 40 "
     "countries he said had sent immigrants who plotted attacks.", "Donald Trump"),
    # ... but not after "that": the clause's subject says what he believes
    ("Dana Cole spoke first.\n\nThe Christian speaker told the crowd that he believes 40 churches will close.", None),
    # a document is its author's, not the outlet's that obtained it
    ("A Feb. 1 letter from the American Legion obtained by The Associated Press warns that 40 lawyers are ready.",
     "American Legion"),
    # declaring a candidacy is no statement
    ("Mr. Reyes met Dana Cole in 2015.\n\nMany of her 40 assertions since she declared for president came from "
     "blogs.", None),
])
def test_a_pronoun_before_the_verb_a_documents_author_and_declaring_a_candidacy(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_label_in_capitals_is_no_source():
    # "CORRECTION APPENDED" heads a correction; it is nobody "she" can refer to
    claims = claims_of("CORRECTION APPENDED\n\nLesley Deutch works for the foundation.\n\nThe golf industry, she said, "
                       "is 40 percent bigger than in 2009.")
    assert claims[-1].claimant == "Lesley Deutch"
    assert not is_source_name("CORRECTION APPENDED")


@pytest.mark.parametrize("text,claimant", [
    # a role of politics or business refers back to the person just named
    ("Donald Trump toured the plant.\n\nThe billionaire businessman says 40 factories will reopen.", "Donald Trump"),
    ("Hillary Clinton spoke in Iowa.\n\nThe Democratic front-runner said 40 percent of voters backed her.",
     "Hillary Clinton"),
    ("Joey Salceda filed a resolution.\n\nThe lawmaker, who represents a district in Albay, said 40 groups agreed.",
     "Joey Salceda"),
    # ... but an aide is the aide the article introduced, not the principal named last
    ("Trey Gowdy spoke on Monday. A Republican committee aide blasted the statement.\n\n“It is 40 pages of politics,” "
     "the aide said.", None),
])
def test_a_role_refers_back_to_the_person_named_but_an_aide_only_to_an_aide(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("sentence,claimant", [
    # a surname that is also a title, after a first name and an initial
    ("“We felt stifled for 40 years,” said Representative Peter T. King, Republican of New York.", "Peter T. King"),
    # "Jr.," after a quote ends no sentence
    ("“Twitter sells 40 books a minute,” James B. Comey Jr., the director of the bureau, said in July.",
     "James B. Comey Jr"),
    # a US state written short in the description ends no sentence either, after the quote or after "said"
    ("“I just don't think she was truthful about 40 emails,” Ann Purley, 67, a retired nurse in Allentown, Pa., "
     "said in an interview.", "Ann Purley"),
    ("“We need 40 more votes,” Hal Bonder, 30, of Raleigh, N.C., who was among those polled, said.", "Hal Bonder"),
    ("“We need 40 more votes,” said Jo Ellery, a teacher from Concord, N.H., who backs the bill.", "Jo Ellery"),
    # "added to People": told the magazine, not a thing added
    ("“It was 40 percent more than her show,” Mr. Reyes added to People.", "Mr. Reyes"),
    # the outlet reports it; the person inside its clause did not speak ("noting" is the firm's)
    ("The Wall Street Journal reported in October that Fiorina’s speaking firm advertised her for 40 gigs, noting "
     "her limited availability.", "Wall Street Journal"),
])
def test_a_surname_that_is_a_title_jr_after_a_quote_added_to_whom_and_an_outlets_report(sentence, claimant):
    [claim] = claims_of(sentence)
    assert claim.claimant == claimant


@pytest.mark.parametrize("sentence,claimant", [
    ("Cruz himself said Tuesday that 40 precincts would decide it.", "Cruz"),
    ("Clinton backed the plan on Tuesday, hours after Sanders said 40 senators were “encouraged” by it.", "Sanders"),
    ("“He asked what it takes to win 40 precincts,” Deborah Tamargo, the county chairwoman, recalled of a June "
     "conversation.", "Deborah Tamargo"),
    # confirming a judge is a vote, not a statement
    ("It has been 40 days since Republicans confirmed a judge.", None),
])
def test_a_speaker_himself_a_speaker_in_an_after_clause_recalled_of_and_confirming_a_judge(sentence, claimant):
    [claim] = claims_of(sentence)
    assert claim.claimant == claimant


def test_on_joins_a_bodys_name_but_not_a_person_to_an_outlet():
    # "Commission on Elections" is one name; "replaced Schilling on ESPN's broadcasts" is two
    claims = claims_of("Curt Schilling was fired on Wednesday.\n\nJessica Mendoza replaced Schilling on ESPN's Sunday "
                       "broadcasts.\n\n“ESPN is an inclusive company with 40 analysts,” ESPN said in a statement.\n\n"
                       "“It hits Hillary where she is most vulnerable in 40 states,” wrote Larry O’Connor on Hot Air.")
    assert [c.claimant for c in claims[-2:]] == ["ESPN", "Larry O’Connor"]


@pytest.mark.parametrize("text,claimant", [
    # the pronoun subject of a clause opened by "though", its first verb before "and said"
    ("Hillary Clinton met Dana Reyes.\n\nClinton, though she praised the judge and said 40 senators should give him a "
     "hearing, stopped short of a pledge.", "Hillary Clinton"),
    # "but late Saturday he announced": a time between the conjunction and the pronoun
    ("Bernie Sanders spoke on Friday.\n\nSanders initially defended his vote, but late Saturday he announced he "
     "backed 40 amendments.", "Bernie Sanders"),
])
def test_a_pronoun_after_though_or_but_with_a_time_is_the_clauses_subject(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_an_initialism_ends_its_sentence_before_a_pronoun():
    # "... in Washington D.C. He recalled ...": two sentences, the second his
    claims = claims_of("Senator John McCain spoke at a breakfast with 40 reporters in Washington D.C. He recalled that "
                       "the revolt began in 2010 with 40 lawmakers.")
    assert [c.text[:12] for c in claims] == ["Senator John", "He recalled "]
    assert claims[-1].claimant == "John McCain"


@pytest.mark.parametrize("sentence,claimant", [
    # the participle after a dash, after "while", after the words a quote closes, and "calling" a verdict
    ("Marco Rubio changed his pick on the spot – saying 40 fans had asked him.", "Marco Rubio"),
    ("John Bolton praised the plan's 40 pages, while saying the speech had reassured him.", "John Bolton"),
    ('Barack Obama rebuked critics who say he should use the words "radical Islam," saying 40 names would change '
     "nothing.", "Barack Obama"),
    ("Brian Fallon responded on Twitter, calling the 40-page report “pathetic.”", "Brian Fallon"),
    # calling for something states nothing
    ("Ted Cruz backed the plan on Monday, calling for 40 more judges.", None),
    # after the words quoted, "but said" goes on from the first verb's subject
    ('FBI Director James Comey called the use of 40 servers "extremely careless," but said no charges were due.',
     "James Comey"),
    # a relative clause goes, and the commas around it stay; it goes on through a place and a time
    ("At a rally in Iowa, which holds its caucus in 40 days, Jeb Bush said the senator was wrong.", "Jeb Bush"),
    ("Vice President Joe Biden, who was to travel to Columbus, Ohio, on Wednesday, said 40 states had signed.",
     "Joe Biden"),
    # "the new rules, said": a noun, not a court's verb
    ("Vice President Joe Biden, to promote the new rules, said 40 states had signed.", "Joe Biden"),
])
def test_who_speaks_through_a_participle_a_quote_and_a_relative_clause(sentence, claimant):
    [claim] = claims_of(sentence)
    assert claim.claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "X, Place's governor, attacked Y, saying": X, not the place
    ("Chris Christie spoke in Iowa.\n\nChristie, New Jersey’s governor, attacked Marco Rubio, saying he had recited "
     "40 talking points.", "Chris Christie"),
    # "Then he cut into Bush, saying": he, not the name after his verb
    ("Donald Trump spoke in Iowa.\n\nThen he cut into Jeb Bush, saying he had wasted $40 million.", "Donald Trump"),
    # "Former Obama operatives" names no one a later "he" can be
    ("David Axelrod tweeted 40 times.\n\nFormer Obama operatives have been supportive of her bid.\n\n“It was 40 "
     "times,” he said.", "David Axelrod"),
])
def test_the_subject_before_saying_is_not_a_place_a_name_after_the_verb_or_a_descriptor(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "amid reports that": a noun after a preposition, so no one in the clause before reports it
    ("The issue grew after Wednesday's attacks in San Bernardino, amid reports that 40 people had been radicalized.",
     None),
    # things or people of a kind somewhere speak unnamed, not the place
    ("Overall, the remaining casinos in Atlantic City reported $2.17 billion in revenue.", None),
    ("Voters in Iowa told pollsters that 40 percent liked him.", None),
    # a verb in -ing that opens a sentence is no part of the name after it
    ("Entrusting Donald Trump with our 40 nuclear codes is a risky proposition.\n\n“We will win 40 states,” Trump "
     "said.", "Trump"),
    # nor is "Neither"
    ("Neither Warren nor Clinton spoke with 40 reporters.\n\n“We met for 40 minutes,” Warren said.", "Warren"),
])
def test_no_source_from_a_place_a_noun_after_a_preposition_or_a_word_before_a_name(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("sentence,claimant", [
    # a body whose name lists its fields with commas, after "by"
    ("A report released in September by the National Academies of Sciences, Engineering and Medicine noted that 70 "
     "percent of immigrants agree.", "National Academies of Sciences, Engineering and Medicine"),
    # a party tag written with a space before its dash is no dateline
    ("Trey Gowdy, R -S.C., said 40 emails were missing.", "Trey Gowdy"),
])
def test_a_body_named_with_commas_and_a_party_tag_spaced_out(sentence, claimant):
    [claim] = claims_of(sentence)
    assert claim.claimant == claimant


@pytest.mark.parametrize("sentence,claimant", [
    # "recalled him saying": what he said, as someone remembers it
    ("''I have to take my brother along to 40 parties,'' another fraternity brother, Stuart Oltchick, recalled him "
     "saying.", "Stuart Oltchick"),
    # "Even as X has said": the clause's subject
    ("Even as Mr. Obama has repeatedly said that he opposes 40 more bases, his administration continues to build "
     "them.", "Mr. Obama"),
    # the clause after a colon; the subject after a cleft's "that"
    ("It was not an abstract concern: soon Donald J. Trump had declared that he would build 40 databases.",
     "Donald J. Trump"),
    ('It was less than three years ago that Michael Bloomberg, who is thinking about running, said it was '
     '"impossible" to win 40 states.', "Michael Bloomberg"),
    # "as first reported by": the outlet relays
    ("The main super PAC started reserving ad time in 40 swing states this week, as first reported by the New York "
     "Times on Tuesday.", "New York Times"),
    # a name, then its roles, the last after "and"
    ('"I have been on the front lines for 40 years," said Clinton, the former secretary of State, U.S. senator, and '
     "first lady.", "Clinton"),
    # an aside between dashes after a name is no dateline
    ("Chris Murphy — after a knock-on-wood gesture — told me he had seen 40 cases.", "Chris Murphy"),
])
def test_who_speaks_after_recalled_even_as_a_colon_a_cleft_a_list_of_roles_or_a_dashed_aside(sentence, claimant):
    [claim] = claims_of(sentence)
    assert claim.claimant == claimant


def test_a_doubled_closing_quote_before_a_doubled_opening_one_ends_the_sentence():
    # "... on ''60 Minutes.'' ''I don't think ...,'' he said.": two sentences, the second his who backed her up
    claims = claims_of("James B. Comey testified on Tuesday about 40 emails.\n\nPresident Barack Obama backed her up "
                       "in an interview on CBS' ''60 Minutes.'' ''I don't think it posed 40 problems,'' he said.")
    assert claims[-1].text.startswith("''I don't think")
    assert claims[-1].claimant == "Barack Obama"


def test_a_party_in_the_plural_before_a_list_of_names_is_no_part_of_the_first():
    claims = claims_of("During a town hall, Democrats Hillary Clinton, Bernie Sanders and Martin O'Malley offered 40 "
                       "ideas.\n\n“We need 40 more judges,” said Clinton, the former secretary of State, U.S. senator, "
                       "and first lady.")
    assert claims[-1].claimant == "Hillary Clinton"


@pytest.mark.parametrize("text,claimant", [
    # denying someone something is a refusal, not a denial
    ("Kennedy engineered a floor fight over the rules and denied Carter a final-night photograph with 40 delegates.",
     None),
    ("Judge Amy Berman denied the request for 40 more days.", None),
    ("Edward Kennedy denied the charges against 40 delegates.", "Edward Kennedy"),
    # "answered" after a quote: the one who answered said it
    ("Douglas J. Band wrote to her.\n\n''It's 40 people,'' Ms. Abedin answered, referring to the staff.", "Ms. Abedin"),
])
def test_denying_someone_something_is_no_statement_and_answered_after_a_quote_is(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_convention_is_a_body_that_no_he_refers_to():
    claims = claims_of("George Washington spoke in 1787.\n\nThe Constitutional Convention, which met for 40 days, "
                       "adopted the text.\n\n“We need 40 more states,” he said.")
    assert claims[-1].claimant == "George Washington"


@pytest.mark.parametrize("text,claimant", [
    # a role after a few words opens the sentence: "Real estate mogul Donald Trump ... when he told"
    ("Chris Christie spoke first.\n\nReal estate mogul Donald Trump drew boos from the audience when he told Jeb Bush "
     "to quiet down over 40 properties.", "Donald Trump"),
    # buttons of a scraped page glued to a name are no name
    ("Laura BassettFlagShareLikeReplyPaige Lavender said 40 people had left.", None),
])
def test_a_role_after_a_few_words_opens_the_sentence_and_glued_buttons_are_no_name(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "Don King", "Martin Baron": a surname that is also a title, after a first name, is the name the surname
    # alone refers back to
    ("Don King spoke at the funeral.\n\nKing says Ali “talked the talk” 40 times.", "Don King"),
    # 'boasted of X - "…" - and stressed': the subject goes on after a quote between dashes
    ('John Kasich boasted to reporters of his organization - "the best in the state" - and stressed its 40 offices.',
     "John Kasich"),
    # "responded by first saying", "X offered a job, then says"
    ("Jeb Bush, channeling his respectful roots, responded by first saying 40 good things about Trump.", "Jeb Bush"),
    ("John Kasich jokingly offered the man a job, then says he will welcome 40 advisers.", "John Kasich"),
])
def test_a_surname_that_is_a_title_a_quote_between_dashes_responded_by_saying_and_then(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "As the outlet reported, ...": the outlet relays what follows
    ("As The Hill reported, Donald Trump was also accused of breaking 40 debate rules.", "The Hill"),
    # "X recently ran a piece that noted": the outlet's
    ('The Washington Post recently ran a piece that noted his "plan would cost 40 billion dollars."', "Washington Post"),
    # "continued to say", "responded to that tweet by calling": the subject of the first verb
    ("Even after the complaint was filed, Corey Lewandowski continued to say he had touched 40 people.",
     "Corey Lewandowski"),
    ('Donald Trump responded to that tweet by calling Alwaleed "dopey" and citing 40 billion dollars.', "Donald Trump"),
    # "Now that X has claimed ..., ...": the clause has its own subject
    ("Now that Donald Trump has claimed that 40 states will vote for him, the nominee had some explaining to do.",
     "Donald Trump"),
])
def test_an_outlet_that_reported_or_ran_a_piece_and_a_subject_that_continued_to_say(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "said Sanders believes ...", "say Trump's 41-year-old campaign manager yanked ...": what is said, not who
    ("His campaign manager, Jeff Weaver, said Sanders believes those efforts will pay off in 40 states.",
     "Jeff Weaver"),
    ("Michelle Fields, along with reporter Ben Terris, say Trump’s 41-year-old campaign manager yanked her arm.",
     "Michelle Fields"),
    # 'pointing to his "D-minus" rating from the NRA — while his supporters have accused': the subject's
    ('Bernie Sanders has said that the campaign is maligning his record, pointing to his "D-minus" rating from '
     "the National Rifle Association — while his supporters have accused 40 people.", "Bernie Sanders"),
    # a relative clause through a party tag and a second verb
    ("Glenn Beck, who supported Sen. Ted Cruz, R-Texas, and virulently opposed Trump during the primaries, "
     "last week said Trump was seeking to win 40 states.", "Glenn Beck"),
    # "As X, an expert at Y, noted,": X
    ("As Andrew J. Tabler, an expert on Syria at the Washington Institute for Near East Policy, noted, "
     "40 countries are waiting.", "Andrew J. Tabler"),
    # "Democracy for America, or DFA - which ... -": one body inside a long aside, the person before it speaks
    ("Neil Sroka, communications director of the progressive advocacy group Democracy for America, or DFA - which "
     "was founded by former Vermont governor Howard Dean after his 2004 presidential campaign and which has "
     "endorsed Sanders - said the letter was signed by 40 people.", "Neil Sroka"),
])
def test_what_is_said_after_the_verb_an_aside_and_a_relative_clause_leave_the_subject(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_refugees_admitted_to_a_country_admit_nothing():
    text = "A disproportionate number of refugees from Iraq admitted to the United States in 2015 were 40 percent Christian."
    assert claims_of(text)[-1].claimant is None


@pytest.mark.parametrize("text,claimant", [
    # "to assess the comments": a noun after "the", not the verb whose subject speaks
    ("One of his advisers, Tad Devine, told reporters that 40 others would assess the comments.", "Tad Devine"),
    # "X magazine", "The Times newspaper": the outlet, even when its name is an everyday word
    ("“In 40 counties the Cruz train has already left the station,” wrote Time magazine.", "Time"),
    ("The Times newspaper also reported that 40 diplomats were ordered to repair relations.", "The Times"),
    # "X, when asked ..., responded that": the asked one answers
    ("Ted Cruz, when asked specifically what about Trump’s vision is wrong, responded that 40 states agree.",
     "Ted Cruz"),
    # "X smiled and said": the subject of the gesture speaks
    ("When asked whom she supported, Ms. Sherry smiled and said, “I'm waiting for 40 more candidates.”",
     "Ms. Sherry"),
    # "..., Patrick F. Kennedy, the undersecretary for management, wrote": the name before its description
    ("Ten emails sent to aides have been placed in storage, Patrick F. Kennedy, the undersecretary for "
     "management, wrote in a memo to 40 senators.", "Patrick F. Kennedy"),
    # a promise to do something is the promiser's
    ("At a Thursday rally in Modesto, Bernie Sanders promised to legalize 40 workers by executive order.",
     "Bernie Sanders"),
    # "She has called for X, favors a California proposal and has promised": the first verb's subject
    ("Hillary Clinton spoke.\n\nShe has called for a ban, favors a California proposal regulating ammunition and "
     "has promised to seek 40 laws.", "Hillary Clinton"),
])
def test_a_noun_after_the_an_outlet_of_everyday_words_when_asked_a_gesture_and_a_promise(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # '... a federal "supermax" prison in Colorado, and a former defense official said': unnamed, not the place
    ("Officials studied sites in Kansas and a federal “supermax” prison in Colorado, and a former defense "
     "official said there were 40 talks.", None),
    # "according to a report in the Des Moines Register", "according to Kantar Media’s political ad tracker"
    ("Coin flips decided at least 40 counties, according to a report in the Des Moines Register.",
     "Des Moines Register"),
    ("Clinton has spent more than $77 million on advertising, according to Kantar Media’s political ad tracker.",
     "Kantar Media"),
    # "which President Obama on Friday declared as ...": the relative clause's subject
    ("The chants were strong at the Stonewall Inn, which President Obama on Friday declared as the first of 40 "
     "monuments.", "Obama"),
    # a pledge to do something is the one's who pledged
    ("The primary is June 14, and Bernie Sanders has pledged to stay in 40 more contests.", "Bernie Sanders"),
    # a name after prose and a colon
    ("Yet news coverage was merciless: The New Hampshire Union Leader said 40 voters left Mr. Rubio.",
     "New Hampshire Union Leader"),
    # "confirmed as ... by the <office>, <name>": the name
    ("Al-Muteiri was confirmed as one of the plane’s 40 passengers by the Kuwaiti Assistant Foreign "
     "Minister for Consular Affairs, Sami al-Hamad.", "Sami al-Hamad"),
    ("Florida’s Secretary of State Ken Detzner sent out a statement reassuring voters that 40 ballots were printed.",
     "Ken Detzner"),
    # two people, the second of a body with "and" in its name: the first
    ("“Tritium would enable 40 designs,” nuclear experts David Albright and Serena Kelleher-Vergantini of "
     "Washington's Institute for Science and International Security wrote in a report.", "David Albright"),
])
def test_a_report_in_which_x_declared_a_pledge_a_name_after_a_colon_and_by_an_office_and_its_holder(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_party_member_from_a_state_is_the_person_before_not_a_name():
    text = ("House Speaker Paul Ryan met Trump on Thursday.\n\nIt was a partial reversal for the Wisconsin "
            "Republican, who had said he would support 40 nominees.\n\nHe said Trump needs to do 40 more things.")
    claimants = [claim.claimant for claim in claims_of(text)]
    assert "Wisconsin Republican" not in claimants
    assert claimants[-1] == "Paul Ryan"


@pytest.mark.parametrize("text,claimant", [
    # a title's last words before a person's name are no part of it
    ("Chancellor of the Exchequer Nigel Lawson said 40 banks would pay.", "Nigel Lawson"),
    ("Economic Affairs Robert Ortner said exports rose 40 pct.", "Robert Ortner"),
    ("Billionaire Donald Trump said he would build 40 towers.", "Donald Trump"),
    ("Mary Kay Henry said 40 unions would join.", "Mary Kay Henry"),  # "Mary" is a first name (and a place)
    # a person of a firm: the person, also when the firm's name has "and" in it
    ("“I'd put it off,” said Lawrence Cohn, analyst with Merrill Lynch, Pierce, Fenner and Smith, of 40 offers.",
     "Lawrence Cohn"),
    ("Analyst Jack Kirnan of Kidder Peabody and Co said 40 banks would merge.", "Jack Kirnan"),
    # groups that open a sentence name nobody
    ("Bankers noted Citibank had held up 40 agreements with Chile.", None),
    ("Brokers said the new deal took 40 players by surprise.", None),
    ("Civil defence officials said 40 landslides were being cleared.", None),
    ("Bond market sources had speculated that RMJ would offer 40 services.", None),
    ("Television reports said that 40 petrol stations were closed.", None),
    ("Unsmoothed figures show a deficit of 162 mln dlrs for January.", None),
    ("Gasoline sales rose two pct in February, but economists said oil prices accounted for 40 pct.", None),
    ("U.S. corn was selling for around 71 dlrs per tonne, U.S. and Soviet sources said.", None),
    ("Some Republican experts have urged party leaders to drop 40 plans.", None),
    ("Multiple news reports reveal there were 40 instances.", None),
    ("The department is considering 40 subsidies.\n\nAnother USDA official said 40 tonnes were sold.", "USDA"),
    # ... but a body's records and a department written in lower case do
    ("But FEC reports show that 40 groups have spent $1.1 million supporting him.", "FEC"),
    ("Productivity fell at an annual rate of 2.2 pct, the Labor department said.", "Labor Department"),
    ("“In 40 counties the Cruz train has left the station,” wrote Time magazine.", "Time"),
])
def test_titles_before_a_name_a_person_of_a_firm_and_groups_that_name_nobody(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a stock symbol after a company's name is no part of it, and a legal form makes it a company
    ("Fisons Plc <FISN.L> said its 1986 sales rose 40 pct.", "Fisons Plc"),
    ("Daimler-Benz AG [DAIG.F] said its car production could fall by 150 cars a day.", "Daimler-Benz AG"),
    ("The Broken Hill Pty Co Ltd <BRKN.S> (BHP) said it plans a one-for-three issue of 40 shares.",
     "Broken Hill Pty Co Ltd"),
])
def test_a_stock_symbol_after_a_company_is_no_part_of_its_name(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a body that opens a sentence before the group speaking for it is still its name
    ("Google officials said 40 servers failed.", "Google"),
    ("Labour sources said 40 seats were lost.", "Labour"),
    ("Treasury officials said 40 banks failed.", "Treasury"),
])
def test_a_frequent_name_before_its_spokespeople_is_the_body(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a lead-in in capitals, as wire services print market reactions
    ("KEITH LERNER, CHIEF MARKET STRATEGIST, SUNTRUST ADVISORY SERVICES IN ATLANTA, GA: “Tax reform will pass "
     "with 40 votes.”", "Keith Lerner"),
    ("MICHAEL O’ROURKE, CHIEF MARKET STRATEGIST, JONESTRADING, GREENWICH, CONNECTICUT: “Stocks rose 40 pct.”",
     "Michael O’Rourke"),
    ("Local authorities urged 40 people to stay home, BFM TV reported.", "BFM TV"),
    # a party's member in a chamber, a party before a surname, a state before a full name, a clerk
    ("No. 2 Senate Republican John Cornyn said on Monday that 40 bills would wait.", "John Cornyn"),
    ("But on Sunday, the Republican McConnell said 40 voters would decide.", "McConnell"),
    ("Longtime U.S. congressman from Georgia John Lewis said he would not attend 40 events.", "John Lewis"),
    ("Rowan County Clerk Kim Davis said 40 licences were refused.", "Kim Davis"),
    # a name with a hyphen is no description before it ("Tsai Ing-wen"), "Editor-in-Chief" is
    ("Taiwan President Tsai Ing-wen said 40 jets had crossed.", "Tsai Ing-wen"),
    ("“Trump is unlike any of the 40 candidates we covered,” said Post Editor-in-Chief Martin Baron.", "Martin Baron"),
    ("Mary Kay Henry, president of the union, said 40 locals would join.", "Mary Kay Henry"),
])
def test_a_lead_in_in_capitals_a_party_member_and_a_hyphenated_name(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a committee or a title with "and" in its name is one name
    ("A spokeswoman for the House Ways and Means Committee said 40 rollbacks would wait.", "House Ways and Means Committee"),
    ("In a statement, House Ways and Means Chairman Kevin Brady announced 40 new bills.", "Kevin Brady"),
    ("A spokesperson for the Parks and Recreation Department said 40 parks would close.",
     "Parks and Recreation Department"),
    # a title with "of" before the name ("Chief of Staff", "Secretary of Commerce"), a body "for a" cause
    ("White House Chief of Staff John Kelly said on Monday that 40 counsels should be appointed.", "John Kelly"),
    ("“The size of this undertaking is unprecedented,” West Virginia Secretary of Commerce H. Wood Thrasher said of "
     "the 40 projects.", "H. Wood Thrasher"),
    ("The Committee for a Responsible Federal Budget said the tax cut would cost 40 billion dollars.",
     "Committee for a Responsible Federal Budget"),
    # a title word after a first name is a surname: "Boxer", "King"
    ("Senator Barbara Boxer of California said 40 senators had reached out.", "Barbara Boxer"),
    ("“It's not going to be easy,” said Representative Peter T. King of New York, of 40 delegates.", "Peter T. King"),
    ("Two U.S. officials said 40 sanctions were ready.", None),
])
def test_names_with_and_of_and_for_a_inside_them(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_title_cut_before_its_of_is_no_person_a_pronoun_refers_to():
    text = ("Clinton Chief of Staff Cheryl Mills forwarded the message.\n\nThe office said 40 people left, "
            "and Wendy Sherman wrote that 40 more would follow.\n\n“Another 40 are waiting,” she wrote.")
    assert "Clinton Chief" not in [claim.claimant for claim in claims_of(text)]


def test_two_people_by_their_surnames_are_the_first_of_them():
    text = ("House Democratic leader Nancy Pelosi and Senate Democratic leader Chuck Schumer met Trump.\n\n"
            "“We need 40 more days,” Pelosi and Schumer said in a statement.")
    assert claims_of(text)[-1].claimant == "Nancy Pelosi"


@pytest.mark.parametrize("text", [
    # the people an outlet asked speak, unnamed; a document an outlet saw is not the outlet's word
    "Businessmen polled by Reuters said the budget had done little for 40 firms.",
    "Bank economists contacted by Reuters said they believed 40 banks would fail.",
    "Nearly half of the property market experts polled by Reuters said 40 homes were unaffordable.",
    "Ted Cruz wants a cap of 10 cents on 40 credits, according to a document viewed by Reuters.",
])
def test_people_polled_or_contacted_by_an_outlet_and_a_document_it_viewed_are_not_the_outlet(text):
    assert claims_of(text)[-1].claimant is None


@pytest.mark.parametrize("text,claimant", [
    # where the body is, after a person's "of <body>", is not who speaks
    ("“We have failed on trade for 40 years,” said Edward Alden of the Council on Foreign Relations in Washington.",
     "Edward Alden"),
    ("“We will cut 40 jobs,” said Jane Doe of the Rand Corporation in Santa Monica.", "Jane Doe"),
    # with no name before it, the place is who: "the government in Beijing"
    ("After years of delay, the government in Beijing finally acknowledged that 40 plants were unsafe.", "Beijing"),
])
def test_a_place_after_a_speakers_body_is_no_speaker(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    ("USA TODAY reported last month that the movement funded more than 200 trips.", "USA TODAY"),
    ("Psychology Today reported that 40% of its readers agreed.", "Psychology Today"),
    ("Obama today said that 40 troops would stay.", "Obama"),
])
def test_a_periodical_called_today_keeps_its_name(text, claimant):
    """PolNeAR: "USA Today" had lost "Today" (taken for "when", and "To-day" for a weekday) and became "USA"."""
    [claim] = claims_of(text)
    assert claim.claimant == claimant
    assert (claim.claimant_kind == "outlet") == claimant.endswith(("TODAY", "Today"))


@pytest.mark.parametrize("body,claimant", [
    # a family name written first: the article's one person whose name begins with it
    ("Chinese President Xi Jinping met 40 leaders.\n\nXi said 40 deals were signed.", "Xi Jinping"),
    ("U.N. Secretary-General Ban Ki-moon spoke.\n\n“We have 40 days left,” Ban recalled.", "Ban Ki-moon"),
    # a first name for the one person of that name
    ("Tom Ebeling runs the farm.\n\n“We lost 40 acres,” Tom told a neighbour.", "Tom Ebeling"),
    # not a place, an everyday word or a company's first word
    ("Google Photos has 40 million users.\n\nGoogle said 40 engineers work on it.", "Google"),
    ("The Racial Healer tour began.\n\nRacial divisions have grown in 40 cities, Smith said.", "Smith"),
    # nor a word before a group: the city's police, not the team named before; a body's officials are the body
    ("The Cleveland Browns lost again.\n\nCleveland police said 40 officers were ready.", "Cleveland Police"),
    ("Delta Air Lines cut 40 flights.\n\nDelta officials said the storm was to blame.", "Delta Air Lines"),
])
def test_a_single_word_is_the_one_person_whose_name_begins_with_it(body, claimant):
    """PolNeAR, ISOT and Reuters-21578: "Xi" (13 claims) and "Xi Jinping" (2) were two sources, as were "Li" and
    "Li Ka-shing", "Ban" and "Ban Ki-moon" (whose name also kept "U.N. Secretary-General": "Ki-moon" was read as a
    descriptor like "Newly-crowned")."""
    assert claims_of(body)[-1].claimant == claimant


def test_a_hyphenated_title_is_no_part_of_the_name():
    assert claims_of("“We need 40 more days,” said U.N. Secretary-General Ban Ki-moon.")[-1].claimant == "Ban Ki-moon"


@pytest.mark.parametrize("text,claimant", [
    # a faith's adjective describes a group as a nationality's does: no source "Muslim"
    ("A major Muslim civil rights group says 40 people were hurt.", None),
    ("Muslim leader Ahmed Rashid said 40 mosques had closed.", "Ahmed Rashid"),
    ("The Muslim Council of Britain said 40 imams signed.", "Muslim Council of Britain"),
    ("The Jewish Agency said 40 families arrived.", "Jewish Agency"),
])
def test_a_faiths_adjective_is_no_speaker_but_stays_in_a_bodys_name(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text", ["£", "£m", "$" * 5_000 + "m", "£bn pounds", "€k", "pct pct pct"])
def test_a_currency_sign_or_a_scale_without_a_number_is_no_figure(text):
    assert extract_figures(text) == []


@pytest.mark.parametrize("text,claimant", [
    # a span of time before an event opens the sentence: when, not who
    ("A week before the vote, Hillary Clinton said 40 states were in play.", "Hillary Clinton"),
    ("Two days after the debate, Sen. Ted Cruz said he had won 40 delegates.", "Ted Cruz"),
    ("Just hours into the hearing, James Comey said 40 agents had left.", "James Comey"),
    ("A few weeks ahead of the New York primary, Hillary Clinton’s campaign says it will not debate 3 times.",
     "Hillary Clinton campaign"),
    # two roles joined by "and" before the name, a possessive description after it, or both
    ("The firm lobbied for 40 clients, said lobbyist and GOP strategist Charlie Black.", "Charlie Black"),
    ("The firm lobbied for 40 clients, said GOP strategist Charlie Black, Manafort's former business partner.",
     "Charlie Black"),
    ("The plant lost 300 jobs, said workers and union leaders.", None),
    # where a post went up is no speaker: "on Facebook" is not a person's name
    ("The family of 40 had been traveling together, wrote film director Osman Abu Laban, a nephew, on Facebook.",
     "Osman Abu Laban"),
    # "..., an event that X says led him to ...": X says what the relative clause states
    ("Trump mocked Carson’s story about attacking 3 people, an event that Ben Carson says led him to Christ.",
     "Ben Carson"),
    ("He denied reports that Trump said he had 40 cats.", None),  # a clause with a subject of its own
])
def test_a_span_of_time_two_roles_a_possessive_description_and_a_relative_clause(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_role_of_a_place_is_not_the_last_person_unless_introduced_with_that_place():
    text = ("US Senator Jeff Sessions said 36 votes went to Trump.\n\n"
            "Minutes after the voting began, Colorado’s delegation chairman announced 4 votes for Trump.\n\n"
            "Gov. John Hickenlooper of Colorado spoke.\n\nColorado's governor said 40 votes went to Cruz.")
    assert [claim.claimant for claim in claims_of(text)] == ["Jeff Sessions", None, "John Hickenlooper"]


def test_a_role_of_a_place_is_no_one_introduced_with_that_role_elsewhere():
    text = "Gov. Jerry Brown spoke in Sacramento on Monday.\n\nColorado's governor said 40 votes went to Cruz."
    assert claims_of(text)[-1].claimant is None


@pytest.mark.parametrize("text,claimant", [
    # the comma of a number parts no clauses of the speaker's phrase
    ("Paul Ryan, who won 1,500 votes, said he does not plan 3 more debates.", "Paul Ryan"),
    ("The State Department deemed 1,500 pages personal and said it does not plan to process them.",
     "State Department"),
    ("Hillary Clinton spoke in Houston.\n\nShe greeted 2,000 supporters at a rally and told them that they had "
     "won 40 counties.", "Hillary Clinton"),
])
def test_a_number_written_with_a_comma_is_no_clause_boundary(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_the_speakers_phrase_keeps_the_comma_of_its_numbers():
    attribution, _ = find_attribution("“We lost 40 friends,” said Tim Selaty, organizer of a group of 1,500 members.")
    assert attribution.name == "Tim Selaty" and "1,500" in attribution.phrase


@pytest.mark.parametrize("text,claimant", [
    # a clause after the main one, opened by "because", "when", ...: its subject speaks
    ("McCarthy’s move is notable in part because House Speaker Paul Ryan has said he is not ready to back 3 bills.",
     "Paul Ryan"),
    ("The anxiety was underscored Wednesday when House Speaker Paul D. Ryan of Wisconsin lamented that 40 races "
     "were at risk.", "Paul D. Ryan"),
    ("Trump won because voters said 3 things mattered.", None),  # a group, unnamed
    # not inside what a poll showed, not across two sentences run together
    ("The poll showed that although Clinton has said she won 3 debates, voters rated the two the same.", None),
    ("We spent more than in the Marshall Plan after World War II. Some Americans say 40 years is enough.", None),
])
def test_the_subject_of_a_clause_after_the_main_one_speaks(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "did say": the subject speaks, with emphasis
    ("Sheldon Adelson spoke in Las Vegas.\n\nWhile the mega donor didn’t disclose his backing, he did say he found "
     "Trump 3 times more charming.", "Sheldon Adelson"),
    ("Donald Trump spoke in Iowa.\n\nHe did say on CNN that 3 Fox executives had apologised.", "Donald Trump"),
])
def test_did_say_is_said(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a first line in title case is a headline, full stop or not: it names no body and makes no name ambiguous
    ("British Bank Abruptly Drops Russian Network RT's Accounts.\n\nIn the letter, the bank said that it would "
     "stop serving RT on Dec. 12.", None),
    ("Gold Star Mom Corners Obama On Radical Islam.\n\nBarack Obama spoke at a town hall in Virginia.\n\n"
     "Obama said 40 families had told him the same.", "Barack Obama"),
])
def test_a_headline_in_title_case_names_no_speaker(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_he_after_a_persons_speech_verb_tells_their_sex_when_the_first_name_does_not():
    # "Bernie" is borne by both sexes; "Sanders said he" tells, so "she" is Clinton, not Sanders
    text = ("Hillary Clinton and Bernie Sanders met in Charleston.\n\nSanders said he would win 40 states, and "
            "Clinton said she had her own plan.\n\nBernie Sanders spoke next.\n\n“We will win 40 more,” she said.")
    assert claims_of(text)[-1].claimant == "Hillary Clinton"


def test_an_aside_after_the_subject_of_a_clause_is_not_the_speaker():
    text = ("The issue had come up Friday after Mr. Trump, asked about the deaths of 3 journalists under Mr. Putin, "
            "had said that the country does plenty of killing.")
    assert claims_of(text)[-1].claimant == "Mr. Trump"


@pytest.mark.parametrize("text,claimant", [
    # two people, the second introduced as "former ...": the first of them, as with any two
    ("Former Maryland Gov. Martin O’Malley (D) and former Arkansas Gov. Mike Huckabee (R) announced they will "
     "suspend their 3 campaigns.", "Martin O’Malley"),
    ("However, Sen. Bernie Sanders (Vt.) and former Maryland governor Martin O'Malley suggested that Clinton "
     "would send 3 more brigades.", "Bernie Sanders"),
])
def test_two_speakers_the_second_a_former_officeholder_are_the_first(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_web_address_inside_the_speakers_description_ends_no_sentence():
    text = ("“Clinton needs 3 strategies for targeting Johnson voters,” Nate Silver, the polling guru who founded "
            "fivethirtyeight.com tweeted on Wednesday.")
    assert claims_of(text)[-1].claimant == "Nate Silver"


@pytest.mark.parametrize("text,claimant", [
    # "Late last year", "Early Tuesday": when, not who
    ("Late last year, the State Department said it determined that 12 of the 19 emails were secret.",
     "State Department"),
    ("Early Tuesday, the State Department disclosed in court that it asked for 12 emails back.", "State Department"),
    # a candidate's campaign, the candidate described first
    ("Marco Rubio spoke in Iowa.\n\nPresidential candidate Marco Rubio’s campaign says 24 lawmakers are endorsing "
     "Rubio.", "Marco Rubio campaign"),
    # "The Great Debate Debate shows ...": a thing the sentence opens with is no one "he" goes back to
    ("The Great Debate Debate shows the futility.\n\nEarly in the campaign, he complained that 6 debates were too "
     "few.", None),
])
def test_early_and_late_open_a_sentence_and_a_candidates_campaign_speaks(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_he_never_goes_back_to_a_woman_addressed_as_madame():
    text = ("Madame Chair, delegates, good people of Philadelphia, fellow Americans. I accept your nomination.\n\n"
            "He has suggested that the United States could simply default on its 19 trillion dollars of debt.")
    assert claims_of(text)[-1].claimant is None


@pytest.mark.parametrize("text", [
    "Two chairmen sent the referral to the attorney for the District of Columbia, asking him to probe claims "
    "Clinton made in 2015.",
    "That's the deadline for the 12 candidates to file reports with the Federal Election Commission.",
])
def test_a_plural_after_to_and_a_verb_is_a_noun_not_a_speech_verb(text):
    [claim] = claims_of(text)
    assert claim.claimant is None
    assert "attributed statement" not in claim.reasons


def test_role_words_grouped_by_initial_match_what_the_flat_alternation_matches():
    words = PERSON_ROLES | ORGANISATION_ROLES
    flat = re.compile(rf"\b(?:{'|'.join(sorted(words, key=len, reverse=True))})", re.IGNORECASE)
    grouped = re.compile(rf"\b(?:{by_initial(words)})", re.IGNORECASE)
    # every role word, in upper and title case too, and words one role is the start of ("governor-general",
    # "midfielders", "chairmanship")
    text = " ".join(sorted(words)) + " " + " ".join(sorted(words)).upper() + " " + " ".join(sorted(words)).title()
    found = [m.span() for m in grouped.finditer(text)]
    assert found == [m.span() for m in flat.finditer(text)]
    assert len(found) >= 3 * len(words)
    assert re.fullmatch(rf"(?:{by_initial(['governor', 'governor-general'])})", "governor-general")


def test_he_never_goes_back_to_a_group_of_people():
    text = ("The principal reason? Young Latinos and Asian Americans, who have registered in huge numbers here and "
            "who seem to be coalescing around Sanders.\n\nIt may be too late for Sanders. He could win California "
            "on Tuesday and still lose.\n\nBut in the Sanders stump speech there are clues to how he broke through "
            "with nonwhite voters. Gone are the days when he said that only 2 people such as David and Charles Koch "
            "wanted open borders.")
    assert claims_of(text)[-1].claimant in (None, "Sanders")  # was "Young Latinos"
    names = NameRegistry("Senate Democrats met Tom Jones on Friday.")
    assert not names.can_be("Senate Democrats", "he")
    assert not names.can_be("Asian Americans", "she")
    assert names.can_be("Tom Jones", "he")  # a surname in -s is no plural


@pytest.mark.parametrize("text,claimant", [
    # where people post is the medium, not the speaker
    ('Republican presidential candidate Donald Trump quickly took to Twitter, writing: "Another 84 dead in Nice."',
     "Donald Trump"),
    ('From Jeb Bush\'s Facebook post: "We must move on, or we will lose 3 more states."', "Jeb Bush"),
])
def test_a_platform_people_post_on_is_not_the_speaker(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "Outside ..." opens a sentence with where, and begins no name
    ("Outside the plant, a worker named Antonio Arroyo said he earns 300 pesos a day.", "Antonio Arroyo"),
    ("Carrier will move 1,400 jobs to Mexico.\n\nOutside Carrier's plant in Santa Catarina, 2 workers were waiting."
     "\n\nCarrier has said it will return 5 million dollars of public money.", "Carrier"),
])
def test_outside_opens_a_sentence_with_a_place_not_a_name(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a state and a party's member, the sentence's first words, refer back to the person named before
    ("House Speaker Paul Ryan met Trump on Thursday.\n\nThe Wisconsin Republican said 60 percent of House "
     "Republicans back him.", "Paul Ryan"),
    ("Sen. John McCain spoke on Monday.\n\nThe Arizona Republican survived 5 years in a Vietnamese prison and says "
     "such techniques are inhumane.", "John McCain"),
    # and the subject of "..., saying" as "he" would be
    ("Ben Carson spoke on Fox on Monday.\n\nThe former Republican presidential candidate continued, saying, "
     '"You need somebody who understands 3 things."', "Ben Carson"),
])
def test_the_state_and_party_of_the_person_named_before_is_that_person(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_el_la_and_ibn_join_a_name_as_de_and_bin_do():
    text = "“We had called him just before he boarded at 9 p.m.,” his nephew Michery el Soheil added."
    assert claims_of(text)[-1].claimant == "Michery el Soheil"


@pytest.mark.parametrize("text", [
    # "the company" is no country nor person the article named before
    "The 40-year-old, who lived in the United Kingdom, worked as a geologist for a mining company.\n\n"
    "The company confirmed on Friday that 3 of its staff were on the plane.",
])
def test_the_company_is_never_a_country_or_a_person(text):
    assert claims_of(text)[-1].claimant is None


@pytest.mark.parametrize("text", [
    # a share of a group says what a poll found: no party, state or group is the claimant
    "A full 79 percent of Democrats say they would be satisfied with Clinton, while only 49 percent of Republicans "
    "say the same of Trump.",
    "Half of Vermont Democrats said they want the next president's policies to be more liberal.",
    "Two-thirds of Republicans in Ohio say they back a ban on 1 group.",
    "More than 6 in 10 Republicans who attended the caucuses described themselves as evangelical Christians.",
    "Most Republicans say they are embarrassed about how the race is playing out in 2016.",
    # or some of its members, unnamed
    "Some Democrats say the 2016 campaign could mark the death of inevitability if Mrs. Clinton loses.",
    "The story is a poignant one, but many Latinos have said it falls flat for 1 reason.",
    "Several Democrats cautioned against drawing too many lessons from the vote, saying 3 things differ.",
    "Other Netizens said he would win 40 states.",
])
def test_a_share_of_a_group_is_no_claimant(text):
    assert claims_of(text)[-1].claimant is None


@pytest.mark.parametrize("text,claimant", [
    # "rules" before a verb or "of" is the noun; a court's ruling is still read
    ("GOP rules require delegates to vote for the candidate who won them on the first ballot at the convention.",
     None),
    ("Though typically DNC rules permit members to appoint proxies to vote for them if they can’t appear in person, "
     "it’s prohibited when voting “to fill a vacancy on the National ticket,” per the party’s bylaws.", None),
    ("Judge Jane Smith rules that 3 of the charges stand.", "Jane Smith"),
])
def test_rules_before_a_verb_is_a_noun(text, claimant):
    assert extract_claims(text, split_blocks(text), every_sentence=True)[0].claimant == claimant


@pytest.mark.parametrize("text", [
    # after "a" or a possessive and a name, "report" or "claims" is the noun: nobody in the sentence speaks
    "Trump spoke in Ohio, referencing a Breitbart News report that 8 Syrian refugees were detained.",
    "Trump continued his push on Twitter and Instagram, referencing a confirmed Breitbart News report that 8 Syrian "
    "refugees were detained.",
    "A judge may not enforce the subpoena because of Pagliano's Fifth Amendment claims, and 2 others agree.",
])
def test_report_after_a_name_and_a_is_the_noun(text):
    assert claims_of(text)[-1].claimant is None


@pytest.mark.parametrize("text,claimant", [
    # a relative clause with a subject of its own before the speech verb: that subject speaks
    ("On Friday, U.N. High Commissioner for Human Rights Michelle Bachelet also condemned the circumstances "
     "surrounding Floyd's death, which she said was the latest in a long line of 20 killings.", "Michelle Bachelet"),
    ("Donald Trump spoke in Ohio.\n\nJohn Kasich spoke in Iowa.\n\nTrump has blasted the delegate system, which he "
     "said runs the risk of leaving 3 million voters out.", "Donald Trump"),
    ("Donald Trump skipped the debate.\n\nTrump's beef with Fox News initially was aimed at co-moderator Megyn "
     "Kelly, who he claims has been unfair to him 2 times.", "Donald Trump"),
])
def test_the_subject_of_a_relative_clause_speaks(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # unless the article introduces the place's name as a body's
    ("Over 750,000 head of cattle suffer from drought in Camaguey, the newspaper Granma reported.\n\nGranma said "
     "20,000 head of cattle are in danger.\n\nThe newspaper said a cattle emergency had been decreed on 3 farms.",
     "Granma"),
    ("Williams Cos said a charge of 250 mln dlrs led to a loss.\n\nWilliams said the charges were related to a "
     "restructuring. The company said the restructuring moves had improved its balance sheet by 10 pct.",
     "Williams Cos"),  # a guard: "Williams" is also a first name
])
def test_the_company_is_the_body_the_article_named_so(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a subject speaks first and the later verb is what it reports: the first subject is the claimant
    ("In an interview, Mr. Ross said that Mr. Obama had told donors he would not cut 3 programs.", "Mr. Ross"),
    ("In his memoir, ''The Long Game,'' and in an interview, Ms. Patel said Mr. Obama had told donors he would "
     "not cut 3 programs.", "Ms. Patel"),
])
def test_the_subject_who_speaks_first_is_the_claimant_not_the_one_reported(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a clause of its own after "and", "but" or "so ... that", its subject named just before the verb
    ("Harmon did not answer questions from reporters, but he was copied on the emails and Gates said he spoke to "
     "Harmon about 4 of them.", "Gates"),
    ("The hearing grew so heated over the 2 budget bills that Ohio Gov. Dana Whitfield said, “I need a "
     "translator.”", "Dana Whitfield"),
    # (one subject of two names stays what it was; "that" before a verb that is not "said" is what is told)
    ("But Mr. Grassley and Mr. Leahy say 2 other changes are needed.", "Mr. Grassley"),
    ("The campaign chief sought to assure 160 members that Mr. Trump recognized the need to change.", None),
])
def test_a_name_after_a_conjunction_opens_a_clause_of_its_own(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a phrase put before the subject, then a comma and the name
    ("A rumpled figure with short gray whiskers on his face, Bob said he arrived in the city in December 2011.",
     "Bob"),
    ("Interestingly, after the department asked Mills, Sullivan and Abedin to search their e-mails, Hackett said "
     "that 1 of them helped.", "Hackett"),
    ("The group effectively disbanded after the 2008 election, Politico reported in 2014.", "Politico"),
    # (not a body's name after its description, its acronym or its name's second half)
    ("Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said 2 popes agreed.",
     "Giovanni Maria Vian"),
    ("The Association of International Bond Dealers, AIBD, said it will cut 2 fees.",
     "Association of International Bond Dealers"),
])
def test_a_name_after_a_fronted_phrase_is_the_subject(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_name_opening_an_aside_between_dashes_is_the_subject():
    text = ("A former Republican presidential candidate -- John McCain, who lost the 2008 election -- said the "
            "president offered 0 changes to his strategy.")
    assert claims_of(text)[-1].claimant == "John McCain"


def test_a_participle_and_a_quote_then_and_said_is_the_first_subject():
    text = ("Clinton celebrated in Florida with supporters, declaring it “another super Tuesday for our campaign” "
            "and said it was 1 step closer to the White House.")
    assert claims_of(text)[-1].claimant == "Clinton"


@pytest.mark.parametrize("text,claimant", [
    # a pronoun opening a clause inside the sentence is its speaker, and stands for the sentence's subject
    ("Dana Cole spoke in Ohio.\n\nAt least 6 times, Cole cited “Obama-Clinton” policies, which he said had harmed "
     "the economy.", "Dana Cole"),
    ("Mary Smith spoke in Ohio.\n\nMinutes later, she sent an email saying, “done with 3 of them.”", "Mary Smith"),
    ("Barack Obama spoke in Ohio.\n\nWhere he used to boast that he had decimated “core Al Qaeda,” on Tuesday night "
     "he said it still posed “a direct threat” to 300 million Americans.", "Barack Obama"),
    # after a colon, a quote and "he said": the subject before the colon, not the words before it
    ("Thomas Coan spoke.\n\nJudge Michael Mosman ruled on Monday.\n\nThomas Coan spoke again.\n\nMosman saw the "
     "words differently: “When he says he will die a free man, I don't take that as a joke about 2 men,” he said.",
     "Michael Mosman"),
    ("Donald Trump spoke.\n\nAt the time, Trump seemed to suggest he had silenced his former wife: “She signed 2 "
     "agreements,” he told the New York Times.", "Donald Trump"),
])
def test_a_pronoun_inside_the_sentence_or_after_its_quote_is_the_subjects(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_name_with_a_possessive_inside_is_no_person_he_can_stand_for():
    text = ("Barack Obama spoke on Tuesday.\n\nThe resurgence of Vladimir V. Putin's Russia, the war in Syria and 2 "
            "attacks have unsettled many Americans.\n\nWhere he "
            "used to boast that he had decimated “core Al Qaeda,” on Tuesday night he said it still posed “a direct "
            "threat” to 300 million Americans.")
    assert claims_of(text)[-1].claimant == "Barack Obama"


@pytest.mark.parametrize("text,claimant", [
    # a quoted title in the opening words, then a comma and the name: the name speaks
    ("Sunday on CNN’s “Fareed Zakaria GPS,” when asked about nominee Dana Cole, President Barack Obama said he "
     "expected 3 states to vote no.", "Barack Obama"),
    ("Hillary Clinton spoke.\n\nSitting down with MSNBC's “The Rachel Maddow Show” on Thursday, during which she also "
     "touched on 2 other ideas, Clinton remarked that she was surprised.", "Hillary Clinton"),
    # "before saying" a quote: the subject says it
    ("On Tuesday, Mr. McConnell deflected 12 questions about Mr. Trump before saying, “It's time to quit.”",
     "Mr. McConnell"),
])
def test_a_name_after_a_quoted_title_or_before_saying_speaks(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a clause ending "what X" or "a <noun> X" before the verb: X speaks
    ("The dinner ended up raising about $200,000, about double what Bradley said she anticipated.", "Bradley"),
    ("In 1977, Donald asked Freddy to be the best man at his wedding, an honor Donald said he hoped would be 1 of "
     "his best.", "Donald"),
    # (not "the latest Federal Election Commission reports": after "the latest" and a name, "reports" is a noun)
    ("We like to spend 3 nights a week poring over the latest Federal Election Commission reports.", None),
    ("Economist Wendy Smith Cork of the brokerage Nesbitt Thomson Bongard Inc said 3 quarters were weak.",
     "Wendy Smith Cork"),
])
def test_a_name_ending_a_clause_before_the_verb_speaks(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a body after a quoted title and a comma speaks too; a name ending in -ing is no participle
    ("ABC is axing its revival of “The Muppets,” and on Monday, CBS said it was canceling 2 shows.", "CBS"),
    ("Walking to the next address, Ebeling reminisced about her days with Clinton, and said their views were both "
     "changed by 1 war.", "Ebeling"),
])
def test_a_body_after_a_quoted_title_and_a_name_in_ing_speak(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a clause of time opening the sentence names who spoke then; the sentence's own speaker is named last
    ("Bernie Sanders spoke.\n\nWhen Sanders said at a rally that he wouldn’t want the endorsement, he “grabbed ahold "
     "of how 3 million teachers feel,” said Drew Heiserman, a steering committee member.", "Drew Heiserman"),
    # (unless that speaker is inside an aside)
    ("When Francis said Mr. Trump “is not Christian” in answering a question, the pope served up red meat for 2 "
     "papers (“Francesco Excommunicates Trump,” declared La Stampa), but showed his knack again.", "Francis"),
])
def test_a_clause_of_time_opening_the_sentence_is_not_its_speaker(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text", [
    # a profession in the plural opening the sentence is a group, not a name
    "Seismologists said the town was hit by 3 earthquakes.",
    "Epidemiologists say 40 percent of cases went unreported.",
])
def test_a_profession_in_the_plural_is_no_claimant(text):
    assert claims_of(text)[-1].claimant is None


@pytest.mark.parametrize("text,claimant", [
    # after an unnamed speaker, "he said" is that speaker, not a person named before (the first case passes on the
    # code before too, a guard; the second failed there)
    ("Secretary of State George Schultz will visit on Friday.\n\nJapan is peeved at a draft bill. “It condemns Japan "
     "without due process,” one Japanese official said.\n\nThat reference spoils 1 bill, he said.", None),
    ("Naoki Yokoyama, a manager at Nikko, said 3 offerings were planned.\n\nThe bonds are mostly picked up by trust "
     "banks, one trader said.\n\nHe said 40 investors plan to sell.", None),
    # (a description that refers back still finds the person named last)
    ("Rep. Dan Rostenkowski, D-Ill., spoke on Tuesday.\n\nHe made no commitment to Wright, a House source said."
     "\n\nThe Illinois Democrat said 2 points were open.", "Dan Rostenkowski"),
])
def test_he_after_an_unnamed_speaker_is_that_speaker(text, claimant):
    assert claims_of(text)[-1].claimant == claimant



def test_a_hard_wrapped_paragraph_names_its_speakers_across_line_breaks():
    """Wire copy breaks a paragraph into lines, and a name with it: the speaker is the full name all the same."""
    text = ("Opec Conference President Rilwanu\nLukman said the group was producing well below the 15.8 mln bpd\n"
            "ceiling it set in December.\n"
            "    Lukman, during a brief visit to London on his way home, told Reuters that 3 members\n"
            "had underproduced, citing their lower\nexports.\n"
            "    U.S. Officials in Washington said the\nU.S. Doubts the fund would meet 2 of its objectives,\n"
            "citing the lack of widespread support.\n")
    claimants = [claim.claimant for claim in claims_of(text)]
    assert claimants == ["Rilwanu Lukman", "Rilwanu Lukman", None]


@pytest.mark.parametrize("text,claimant", [
    # a capitalised title after "the": the one introduced with it and every other word of it
    ("Opec Conference President Rilwanu Lukman spoke on Monday.\n\nThe Opec President said 3 members produced "
     "below quota.", "Rilwanu Lukman"),
    ("Foreign Minister Jane Roe spoke on Monday.\n\nThe Foreign Minister said 3 members produced below quota.",
     "Jane Roe"),
    # with no such minister named, nobody: no source "Interior Minister" (nor the foreign minister)
    ("Foreign Minister Jane Roe spoke on Monday.\n\nThe Interior Minister said 3 members produced below quota.", None),
])
def test_the_holder_of_a_capitalised_office_is_the_one_introduced_with_it(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_treaty_of_a_title_word_and_common_words_is_nobody_a_pronoun_can_mean():
    text = ("To qualify, China must be a member of the General Agreement of Tariffs and Trade (GATT) first.\n\nA U.S. Embassy official said China was aware of the laws.\n\nChina has been the subject of "
            "about 12 cases in the last two years, he said.")
    assert claims_of(text)[-1].claimant is None


@pytest.mark.parametrize("text,claimant", [
    # a firm's own "'s" before the speech verb: the firm speaks, "'s" is neither "has" nor a possessive
    ("Moody's said it cut the ratings of 12 banks.", "Moody's"),
    ("Moody's Investors Service Inc cut the ratings of banks on Monday.\n\nMoody's said 3 banks with 40 billion "
     "dlrs of debt were under review.", "Moody's Investors Service Inc"),
    ("Lowe's Cos Inc said sales rose 12 pct in the quarter.", "Lowe's Cos Inc"),
    # "General" and everyday words is a firm's name, whole
    ("General Electric Credit Corp sold 3 units.\n\nGeneral Electric Credit said it sold 12 pct more.",
     "General Electric Credit"),
    # (a person's "has" still reads as such, and a country's possessive is no firm)
    ("Smith's repeatedly said 40 jobs would go.", "Smith"),
    ("Britain's Trade Minister Alan Clark said 3 plants would close.", "Alan Clark"),
])
def test_a_firms_own_s_is_part_of_its_name(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a person "of the" body, with "of", "for", "and" inside the body's name
    ("Charles Ebinger of the Center for Strategic and International Studies said imports would rise 20 pct.",
     "Charles Ebinger"),
    ("Haruo Kimura, head of the Bank of Tokyo, spoke on Monday.\n\nKimura of the Bank of Tokyo said the dollar would "
     "fall to 140 yen.", "Haruo Kimura"),
    # a firm's short legal form with its full stop, then a comma: the description goes on to the verb
    ("\"Prices will fall 3 pct,\" Vernon McMinimy, director of research for Staley Co., said.", "Vernon McMinimy"),
    # a word of time opening the sentence is not the speaker
    ("Recently the Congressional Budget Office said the deficit would reach 200 billion dlrs.",
     "Congressional Budget Office"),
    # an undersecretary is a person's title
    ("Agriculture Undersecretary Daniel Amstutz said 12 mln tonnes would be exported.", "Daniel Amstutz"),
])
def test_a_person_of_a_body_with_a_long_name_speaks(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimants", [
    # the horizontal bar some sites set as their dash reads as the em dash: after a dateline, and before the name
    # that signs a quote
    ("PHILADELPHIA ― Hillary Clinton’s campaign said it is looking for 3 replacements.", ["Hillary Clinton campaign"]),
    ("“Trump has been wrong about 11 million people for a year.” ― Karen Bobadilla", ["Karen Bobadilla"]),
])
def test_a_horizontal_bar_is_a_dash(text, claimants):
    assert [claim.claimant for claim in claims_of(text)] == claimants


@pytest.mark.parametrize("text,claimant", [
    # a speech verb in the infinitive after a verb of going on, or of haste: the subject of the first verb speaks
    ("Corey Lewandowski continued to assert that he paid 300 staff in 2015.", "Corey Lewandowski"),
    ("Corey Lewandowski went so far as to say that he paid 300 staff in 2015.", "Corey Lewandowski"),
    ("Corey Lewandowski was quick to point out that he paid 300 staff in 2015.", "Corey Lewandowski"),
    ("Corey Lewandowski took to Twitter to say that he paid 300 staff in 2015.", "Corey Lewandowski"),
    # (no one's words: evidence, a wish, the writer's own aside)
    ("Corey Lewandowski spoke.\n\nInvestigators have no evidence to suggest that Trump paid 300 staff in 2015.", None),
    ("Corey Lewandowski spoke.\n\nIt is important to note that Trump paid 300 staff in 2015.", None),
])
def test_a_speech_verb_in_the_infinitive_is_the_first_verbs_subjects(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a closing mark typed to open a quote opens it (here after an invisible left-to-right mark pasted from a
    # social network), and "posted" before a name names the one who posted it
    ("\u202a”Sorry Sarah, you should have said 3 words!!” posted Sharon Powers Geyer.", "Sharon Powers Geyer"),
    ("“You should have said 3 words,” posted Sharon Powers Geyer.", "Sharon Powers Geyer"),
    # (not what was posted, nor where)
    ("Peter Serafinowicz, who starred in “Parks and Recreation,” posted the clip to YouTube, saying 3 million people "
     "saw it.", "Peter Serafinowicz"),
])
def test_a_quote_opened_with_a_closing_mark_and_posted_before_a_name(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "by saying", "by telling", "by arguing": the subject that opens the clause says it
    ("John Bolton distanced himself from the movement by saying he would serve if asked in 2017.", "John Bolton"),
    ("After the election, David Axelrod tried offering an olive branch by telling Clinton she had won 16 states.",
     "David Axelrod"),
    ("When Donald Trump answered a question on trade by asserting that he uses 300 H-1B visas, nobody spoke.",
     "Donald Trump"),
    # (a hypothesis, an aside, a subject that is not a name opening the clause: nobody's words)
    ("Barack Obama spoke.\n\nHe could do this by telling Congress that he will withdraw 3 nominations.", None),
    ("Barack Obama spoke.\n\nThe state rewards neighbours (Paul Tsongas won the spin by declaring himself the "
     "winner in 1992) this year.", None),
    ("Barack Obama spoke.\n\nIn the last debate, on CNBC, candidates escaped by saying 3 questions were wrong.", None),
    ("Barack Obama spoke.\n\nThat irritates Clinton supporters on two levels: by suggesting that 3 voters erred.",
     None),
])
def test_by_saying_is_the_subjects_speech(text, claimant):
    assert extract_claims(text, split_blocks(text), every_sentence=True)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a quote, then a second verb of the same subject, then "and said": the subject goes on speaking
    ("Donald Trump summed up Clinton as “terrible,” denounced her record and said she lost 3 states.",
     "Donald Trump"),
    ("Hillary Clinton stressed her support of the raid during a \"Commander-in-Chief Forum\" sponsored by NBC News "
     "and said she has 3 plans.", "Hillary Clinton"),
    # (the one named after a quote still speaks)
    ("Donald Trump called it “terrible,” Senator Jane Roe said, adding that 3 states voted.", "Jane Roe"),
])
def test_a_second_verb_after_a_quote_keeps_the_subject(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimants", [
    # a quote's later sentence is no one its earlier sentence names: the quote goes on with its speaker
    ("“I would not support Bernie,” Jim Bennett said. “I like Dr. Carson and Cruz. I would settle for one of "
     "the 3 of them.”", ["Jim Bennett", "Jim Bennett", "Jim Bennett"]),
    ("“DC has no business in your 3 bathrooms,” Kelli Ward said.\n\n\"The Senate was supposed to guard the states, "
     "but after four decades in DC, John McCain has forgotten that. I will stop DC at 3 doors.\"",
     ["Kelli Ward", "Kelli Ward", "Kelli Ward"]),
    # (a quote the subject's own sentence opens stays the subject's)
    ("Bernie Sanders delivered a retort: \"No one is tearing this up. We are 3 states ahead.\"",
     ["Bernie Sanders", "Bernie Sanders"]),
])
def test_a_quote_goes_on_with_its_speaker_not_with_whom_it_names(text, claimants):
    assert [claim.claimant for claim in extract_claims(text, split_blocks(text), every_sentence=True)] == claimants


@pytest.mark.parametrize("text,claimants", [
    # a quote of several sentences opened with a closing mark is a quote too: its signature or the name after
    # it speaks, not the person its first sentence is about
    ("Readers spoke.\n\n”Mr. Trump embodies racism in 3 states. He represents our shame.” ― Sonya Herridge",
     [None, "Sonya Herridge", "Sonya Herridge", "Sonya Herridge"]),
    ("Readers spoke.\n\n\u202a”Isis declares death on 3 peoples. Thanks Sarah!!!” wrote Pete Hidalgo.",
     [None, "Pete Hidalgo", "Pete Hidalgo"]),
])
def test_a_quote_of_sentences_opened_with_a_closing_mark(text, claimants):
    assert [claim.claimant for claim in extract_claims(text, split_blocks(text), every_sentence=True)] == claimants


@pytest.mark.parametrize("text,claimant", [
    # a time between the subject and its verb is no part of the subject
    ("Donald Trump at the time said he had asked 3 people to look into paying the fees.", "Donald Trump"),
    ("Donald Trump in recent days has suggested that 3 elections were stolen.", "Donald Trump"),
])
def test_a_time_between_subject_and_verb(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a surname that is also a month speaks as the person the article introduced with it
    ("Prime Minister Theresa May spoke on Monday.\n\n“We will cut 3 taxes,” May said.", "Theresa May"),
    ("Prime Minister Theresa May spoke on Monday.\n\nMay said the 3 taxes would go.", "Theresa May"),
    ("The editor Ai Jun spoke.\n\n\"The Chinese people have had enough of 3 deeds,\" Jun wrote.", "Ai Jun"),
    # (a month is still a month)
    ("Prime Minister Theresa May spoke on Monday.\n\nSales rose 3 percent in May, the company said.", None),
])
def test_a_surname_that_is_a_month(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a participle clause put first, naming a place, then the name: the name speaks
    ("Speaking to dignitaries and thousands of people watching from the National Mall, Mr. Obama said the museum "
     "would document 3 stories.", "Mr. Obama"),
    ("On the steps of the Illinois statehouse, where he had first become a candidate, Mr. Obama expressed a deep "
     "regret for 3 failures.", "Mr. Obama"),
])
def test_a_name_after_clauses_put_first(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "citing" a person relays that person; "citing" a fact that mentions a person's deed does not
    ("The country \"has made 3 dramatic changes,\" Mitch McConnell said in June 2012, citing the release of "
     "political prisoners and Suu Kyi's election to parliament.", "Mitch McConnell"),
    ("Oil output will rise 3 percent, Bloomberg reported, citing Energy Minister Khalid al-Falih.", "Khalid al-Falih"),
])
def test_citing_a_fact_is_no_source(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a name, then a noun of someone else's set beside it: the name speaks
    ("Even China, Pyongyang's only ally and its economic lifeline to the outside world, said it was opposed to the "
     "3 tests.", "China"),
    ("Chris Christie, New Jersey’s sitting governor, said 3 bridges closed.", "Chris Christie"),
])
def test_a_name_beside_someone_elses_noun(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("sentence,opens", [
    ("“We won 3 states.", True),
    ("\u202a”Sorry Sarah, you lost 3 states.", True),  # a closing mark typed to open, after a direction mark
    ("” ― Sonya Herridge", False),  # a closing mark, then its signature
    ("”", False),  # a closing mark alone opens nothing
    ("We won 3 states.”", False),
])
def test_which_sentences_open_a_quote(sentence, opens):
    assert opens_quote(sentence) is opens


def test_del_is_a_delegates_title_not_a_sentences_end():
    text = "“It’s destroying this committee in 3 ways,” said Del. Stacey Plaskett of the Virgin Islands."
    claims = extract_claims(text, split_blocks(text), every_sentence=True)
    assert [(claim.text, claim.claimant) for claim in claims] == [(text, "Stacey Plaskett")]


@pytest.mark.parametrize("role", ["Commentator", "Pundit", "Blogger"])
def test_a_commentators_role_is_no_part_of_the_name(role):
    text = f"{role} Zhang Jun spoke.\n\n\"The Chinese people have had enough of 3 deeds,\" Jun wrote."
    assert claims_of(text)[-1].claimant == "Zhang Jun"


def test_a_headline_verb_after_a_title_is_no_part_of_a_name():
    text = "Former Clinton Strategist Says Clinton Is In Trouble In 3 States."
    assert "Says" not in (claims_of(text)[-1].claimant or "")


def test_a_name_after_a_title_is_the_one_the_title_introduces():
    text = "The Environment CEC Larry Wambua spoke.\n\nThe Environment CEC stated that 3 rivers dried."
    assert claims_of(text)[-1].claimant == "Larry Wambua"


@pytest.mark.parametrize("text,claimant", [
    # a scare quote inside the sentence, then ", said X": X, named after the verb, not the words after the quote
    ("The pledge to “take the city back” appeals to voters who miss 3 factories, said Alan Brooke, a demographer at "
     "Hale University.", "Alan Brooke"),
    ("It may mean saying, \"We've got to take this one day at a time,\" agreeing to disagree on 3 subjects or "
     "changing the topic, says psychologist Nora Molina.", "Nora Molina"),
    # (the name between the quote and the verb still speaks; a time after the verb is no speaker)
    ("“We will win 3 seats,” Mr. Smith, the senator, said on Monday.", "Mr. Smith"),
    ("“We will win 3 seats,” Mr. Guerrero, who is an actor, said of Mr. Trump.", "Mr. Guerrero"),
])
def test_a_scare_quote_before_an_inverted_speaker(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "said this week", "said last month" after the name, and an aside after a dash, end the sentence's speaker
    ("Jane Doe thinks schools give too many tests to 3 grades, former Governor Tom Bell said this week at an event in "
     "Laramie — an apparent reversal of her past support.", "Tom Bell"),
    ("Jobs grew 3 percent, the mayor's deputy Ann Cole said earlier this month.", "Ann Cole"),
    # "according to X - aside": the dash ends the source's name
    ("The plan would raise only $1.1 trillion over 10 years, according to the Tax Policy Center - half a "
     "percentage point of output.", "Tax Policy Center"),
    # a polling average is the pollster's
    ("Ms. Reyes leads by 9 points, according to the RealClearPolitics polling average in Ohio.", "RealClearPolitics"),
    ("Mr. Cole trails by 4 points, according to the Real Clear Politics average of recent polls.",
     "Real Clear Politics"),
])
def test_a_time_an_aside_or_an_average_after_the_source(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "the newspaper" is the last newspaper named, not the pollster or the agency that spoke last
    ("Mr. Cole trails by 9 points, according to the RealClearPolitics average.\n\nIn an opinion piece, The Wall "
     "Street Journal called on him to quit.\n\n“He needs to stop blaming 3 aides,” the conservative newspaper wrote.",
     "Wall Street Journal"),
    ("Enter The Washington Post. “He is selling fiction to 3 states,” the paper's editorial board wrote.",
     "Washington Post"),
    ("The mayor visited 3 shelters, the Associated Press reported.\n\nShe met families, the Orlando Sentinel "
     "reported.\n\nThe newspaper reported that she met 3 victims.", "Orlando Sentinel"),
    # (no newspaper named: nobody)
    ("Newspaper Says Mayor Must Act.\n\nThe newspaper said 3 shelters were full.", None),
])
def test_the_newspaper_is_the_last_newspaper_named(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # after ", said", a clause with its own verb is what is said, however long its subject: the subject speaks
    ("Clinton met donors.\n\nBut Murshed Zaheed, acting political director of CREDO Action, which organized the "
     "letter, said Clinton’s response to Trump was undercut by her ties to 3 lobbyists.", "Murshed Zaheed"),
    # (a relative clause inside the speaker's name stays the speaker's)
    ("Prices rose 3 percent, said Amy Lowe of Bern Research, who has followed the market for years.", "Amy Lowe"),
    # "State" alone is the department, not the person titled "Secretary of State"
    ("Former Secretary of State Colin Powell used a private account.\n\nState has also told lawmakers privately that "
     "the department is launching 3 probes.", None),
])
def test_what_is_said_and_a_word_of_a_title(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "the Cupertino, Calif., company": a town and its state describe the company, they name no one
    ("Apple Inc. said sales rose.\n\nInstead, the Cupertino, Calif., company reported profit of $8.8 billion, up "
     "21%.", "Apple Inc"),
    ("Walmart Inc. said sales rose.\n\nThe Bentonville, Ark., retailer said it would hire 3,000 people.",
     "Walmart Inc"),
    # (a town and its state opening the sentence stay a place)
    ("In Orlando, Fla., the mayor said 3 people died.", None),
])
def test_a_town_and_state_before_the_company(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("name", ["Rachel Maddow Show", "Milwaukee Journal Sentinel", "Ford Motor"])
def test_a_show_a_sentinel_and_a_motor_company_are_no_people(name):
    assert guess_kind(name) == "organization"


@pytest.mark.parametrize("text,claimant", [
    # a surname two people share is the one of them named so far, not yet the one named later
    ("Rep. Bobby Scott spoke.\n\nScott's persona is that of a wonk. \"He is not ambitious,\" said Quentin Kidd, a "
     "political scientist.\n\nScott bristles at that. \"I've raised all I needed to get 70 percent of the vote,\" he "
     "said.\n\nHis rival, Tim Scott, disagreed.", "Bobby Scott"),
    # a word opening a sentence makes no second person of a surname ("Given Sanders' record")
    ("Senator Bernie Sanders spoke.\n\nGiven Sanders' record, few were surprised.\n\nSanders said he would "
     "campaign in 3 states.", "Bernie Sanders"),
])
def test_a_shared_surname_is_the_person_named_so_far(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_quote_signed_he_is_not_given_to_her():
    # "he wrote" in a paragraph that seems to go on with her quote: not hers
    text = ("Hillary Clinton spoke on Monday.\n\n\"Libya was different, and we didn't lose 3 people,\" Clinton said. "
            "\"We had no problem.\"\n\n\"To Hillary Clinton, 4 officials don't matter. They are an inconvenience,\" "
            "he wrote.")
    assert claims_of(text)[-1].claimant != "Hillary Clinton"


def test_a_person_who_said_it_was_wrong_is_still_a_person():
    # "said it was wrong to ..." is no company's "it" when the article calls the man "he"
    text = ("Host Bill Maher said it was wrong to compare the violence of 3 groups.\n\nMaher was not done with his "
            "point, and he went on. Editor Josh Barro noted that the odds were low.\n\nMaher also suggested "
            "politicians do not understand 3 things.\n\n\"I don't know if freedom is the same for them,\" he said.")
    assert claims_of(text)[-1].claimant == "Bill Maher"


def test_he_after_a_but_clause_is_its_subject():
    # "..., but Christie wasn't having it." then '"...," he said': Christie, not the speaker before
    text = ("Sen. Marco Rubio and Gov. Chris Christie debated.\n\n\"Obama knows exactly what he is doing,\" said Rubio."
            "\n\nThe moderators were ready to move on, but Christie wasn't having it.\n\n\"That's what Washington does "
            "3 times a day,\" he said.")
    assert claims_of(text)[-1].claimant == "Chris Christie"


@pytest.mark.parametrize("text,claimant", [
    # "described as" after no subject is a passive: nobody describes
    ("With 99 percent of results in, Cruz, Trump and Carson, the candidates most often described as outsiders, won "
     "61 percent.", None),
    # (what someone described as: they did)
    ("The nominee has engaged in what analysts described as age-old tactics in 3 debates.", None),
])
def test_described_as_without_a_subject_is_a_passive(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_things_added_are_no_speech():
    text = "Mayor David Lowe spoke.\n\nLater, he added trucks, and, still later, he attacked 3 plants."
    assert [c.claimant for c in extract_claims(text, split_blocks(text), every_sentence=True)][-1] is None


@pytest.mark.parametrize("text,claimant", [
    # a one-word title after a capital "The" inside a sentence is a newspaper, not "the Scot" last named
    ("Mayor Roscoe Hill spoke.\n\nOklahoma bore the brunt of the storm, with 5 people killed in Woodward, according "
     "to The Oklahoman.", "The Oklahoman"),
    ("Andy Murray won the final.\n\nThe Scot said he would play 3 more games.", "Andy Murray"),
    # "the judge" is the judge the article introduced, never the defendant named last
    ("Shawn Jarrett complained that he was hurt in the chase.\n\nThe judge said the trial would take 3 days.", None),
    ("Judge Ann Ruiz heard the case. Shawn Jarrett complained that he was hurt.\n\nThe judge said the trial would "
     "take 3 days.", "Ann Ruiz"),
])
def test_a_one_word_title_and_the_judge(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a release's listing "(Nasdaq: TSVT)" and its ", Inc." are no speaker's name, nor cut it
    ("2seventy bio, Inc. (Nasdaq: TSVT), today announced a merger worth $286 million.", "2seventy bio Inc"),
    ("Acme Robotics, Inc. (NYSE: ACME) today announced a merger worth 3 billion dollars.", "Acme Robotics Inc"),
    ("eBay Inc. said sales rose 3%.", "eBay Inc"),
    # (a unit of a firm is the firm's, not a name made of "a unit of")
    ("Sales rose 3%, said a unit of Acme Corp.", "Acme Corp"),
])
def test_a_press_release_names_its_company(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "Immediately after the attacks," is when, not who; then the subject issues the statement
    ("Donald Trump spoke.\n\nImmediately after the attacks, Trump issued a statement, “Our nation was attacked by 3 "
     "men.”", "Donald Trump"),
    # "upon saying" is the subject's speech
    ("Sarah Silverman spoke.\n\nSilverman, herself a Sanders supporter, incurred boos upon saying, “Hillary heard 3 "
     "million people.”", "Sarah Silverman"),
])
def test_when_before_the_subject_and_upon_saying(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("sentence,subject", [
    # a phrase "under X" put before the subject names no subject ("he" later is not X)
    ("Immediately after its independence in the 1990s, under Isaias Afwerki, a rebel leader turned president, "
     "Eritrea was considered one of the hopes of Africa.", None),
    # (lower-case words describing the person before the name still do)
    ("Conservative icon Phyllis Schlafly, who died Monday, used her column to back him.", "Phyllis Schlafly"),
])
def test_the_subject_a_sentence_opens_with(sentence, subject):
    assert subject_person(sentence) == subject


@pytest.mark.parametrize("text,claimant", [
    # '“...,” including provisions he said would ...': a reduced relative after the quote, not a speaker
    ("Senator Jon Tester voted no.\n\nTester, himself up for reelection, said he voted against 3 proposals because "
     "“they put some unnecessary stuff in that bill,” including provisions he said would restrict transfers.",
     "Jon Tester"),
    # "a follow-up statement", "a formal statement": still a statement the subject issued
    ("Facing mounting criticism, Mr. Trump released a follow-up statement on Saturday, describing 3 soldiers as heroes.",
     "Mr. Trump"),
    # (a statement someone is said to have issued is the reporter's: "The Times said Cook provided ...")
    ("Peter Cook spoke.\n\nThe New York Times said Cook provided a written statement about 3 emails.",
     "New York Times"),
])
def test_a_statement_and_a_relative_after_a_quote(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_gesture_with_its_object_before_the_speech():
    # "shook her head and said": the name, a gesture, then the speech (as "smiled and said")
    text = "Asked whether her husband would hold 3 posts, Mrs. Clinton shook her head and said, ''No.''"
    assert claims_of(text)[-1].claimant == "Mrs. Clinton"


@pytest.mark.parametrize("text,claimant", [
    # "X is among those who say ...": X says it too
    ("Naureen Jahangir, a supporter from Hemet, California, is among those who say 3 votes will go elsewhere.",
     "Naureen Jahangir"),
    ("Senator Ann Lowe is among the Democrats who say 3 bills failed.", "Ann Lowe"),
    # (a thing among those someone says will fail is no speaker)
    ("The plan is among those that analysts say will cut 3 taxes.", None),
])
def test_among_those_who_say(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # ", releasing a statement that ..." / ", issuing a statement that ...": the subject's statement
    ("But Mr. Sanders showed no sign of backing down, releasing a statement that, while condemning violence, accused "
     "3 party leaders of abusing their power.", "Mr. Sanders"),
    ("Senator Ann Lowe voted no, issuing a statement that called 3 bills reckless.", "Ann Lowe"),
    # (a statement released by someone the subject names is not the subject's speech by itself)
    ("Senator Ann Lowe voted no after releasing 3 reports.", None),
])
def test_releasing_a_statement(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # single quotation marks, as British and many Asian outlets quote: the quote's words name no speaker
    ("Aziz Karimi runs the agency.\n\n'Prime Minister Ali Reza's visit to Oman shows Oman's role,' said Aziz Karimi "
     "on Tuesday, adding that 3 deals were signed.", "Aziz Karimi"),
    ("‘The visit to Oman brought 3 deals,’ he said.\n\nAziz Karimi spoke.", None),
    ("Aziz Karimi spoke in Oman.\n\n‘The visit to Oman brought 3 deals,’ he said.", "Aziz Karimi"),
    # (an apostrophe opens no quote: "the '90s", "won't", "the farmers' union")
    ("In the '90s, the farmers' union cut 3 deals, Aziz Karimi said.", "Aziz Karimi"),
    ("In the '90s, the farmers' union won't cut 3 deals, he said.\n\nAziz Karimi spoke.", None),
    # a quote's next paragraph, opened with a single mark, is still the speaker's
    ("Aziz Karimi spoke in Oman, saying, 'Europe seeks no wars.'\n\n'Quitting the deal will cost Oman 3 billion "
     "dollars.'", "Aziz Karimi"),
    # the double marks inside a single-quoted quote are a quote inside it
    ("Ann Croft spoke of the crash.\n\n'I had 3 children in the car,' she said.\n\n'I just thought, \"I need to get "
     "Tom and Amy out of the car,\" and 3 of us ran.'", "Ann Croft"),
    # a quote opened after "said:" goes on into the next paragraph
    ("Ann Croft spoke of the crash.\n\nShe said: ‘I was on the M4 with 3 children.\n\n‘Tom and Amy were asleep for "
     "3 hours.", "Ann Croft"),
])
def test_single_quotation_marks_quote_as_double_ones(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_paragraph_with_double_quotes_keeps_its_single_marks_as_quotes_inside():
    text = "\"Officials told me 'Oman has 3 ports,'\" Aziz Karimi said."
    assert claims_of(text)[-1].claimant == "Aziz Karimi"


@pytest.mark.parametrize("text,claimant", [
    # a sentence that opens with a quoted term is no quote going on from the paragraph before
    ("Mariano Rajoy said he will \"try to form a stable government\" with 3 parties.\n\n\"Stoic\" driver identified "
     "after 3 people were hurt on the Las Vegas Strip.", None),
    ("Western Journalism reported on a student.\n\n“Stickerboy” placed 2 stickers over his face and danced.", None),
    # (a quote of a few words that is said, with its comma, still is)
    ("Mariano Rajoy spoke on Monday about 3 parties.\n\n\"No,\" he said, adding that 3 parties disagreed.",
     "Mariano Rajoy"),
    # a quoted term in a title-case headline, then ", X Says": X
    ("Trump “The Dealmaker” Could Address Clean Energy, Lindsey Graham Says.", "Lindsey Graham"),
])
def test_a_quoted_term_opens_no_quote(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a title-case headline's "X Verb Y: ‘...’" and "X on Y: ‘...’": X speaks
    ("Elizabeth Warren Hammers Wells Fargo CEO: ‘You Cost 3 Million People Their Savings.’\n\nElizabeth Warren spoke.",
     "Elizabeth Warren"),
    ("Gillibrand on Hillary Releasing Her Goldman Sachs Transcripts: ‘She Will Within 3 Days.’\n\nKirsten "
     "Gillibrand spoke.", "Kirsten Gillibrand"),
    ("Donald Trump Praises Political Editor Matthew Boyle: ‘3 Times Better Than Any Reporter.’\n\nDonald Trump spoke.",
     "Donald Trump"),
])
def test_a_headline_colon_quote_is_its_subjects(text, claimant):
    assert claims_of(text)[0].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "<City> police said": the city's force, not a source named after the city
    ("Utrecht police said 3 people were killed on a tram.", "Utrecht Police"),
    ("\"3 people were killed,\" Chicago police said on Twitter.", "Chicago Police"),
    ("Chicago police said 3 men were shot.\n\nThe Chicago Police Department said 2 of them died.",
     "Chicago Police Department"),
    # (a nation's police is unnamed)
    ("Israeli police said 3 men were arrested.", None),
    # "X was quoted as saying (by Y)": X, not the outlet that quoted X
    ("Tram traffic was halted after 3 stops, operator Qbuzz was quoted as saying by the ANP news agency.", "Qbuzz"),
    ("Anna Visser was quoted as saying that 3 lines would close.", "Anna Visser"),
])
def test_city_police_and_quoted_as_saying(text, claimant):
    assert claims_of(text)[0].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "Ambassador to Iran", "Envoy for Syria": where the envoy is sent, no part of the name after it
    ("'Foreign forces are illegal,' Syrian Ambassador to Iran Adnan Mahmoud said.\n\nMahmoud said 3 projects were "
     "open to investors.", "Adnan Mahmoud"),
    ("Special Envoy for Syria Staffan de Mistura said 3 rounds of talks failed.", "Staffan de Mistura"),
    ("Ambassador to South Korea Harry Harris said 3 drills were cancelled.", "Harry Harris"),
    # (a place after "to" that follows no envoy is a name as ever)
    ("Mayor Ann Lowe will head to New York, where 3 banks said they would meet her.", None),
])
def test_the_place_an_envoy_is_sent_to_is_no_part_of_the_name(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "the chief minister" is the one introduced as chief minister, not the last minister named
    ("BHOPAL: Chief Minister Shivraj Singh Chouhan spoke.\n\nPWD minister Gopal Bhargava answered 3 questions.\n\n"
     "The chief minister said that 3 schemes were funded.", "Shivraj Singh Chouhan"),
    # (also as "X’s chief minister, Name", and before the prime minister the article names later)
    ("Chhattisgarh’s chief minister, Bhupesh Baghel, spoke on Monday.\n\n“Rs 10 crore has been released,” the chief "
     "minister tweeted.\n\nPrime Minister Narendra Modi met 3 chief ministers.", "Bhupesh Baghel"),
    # "CM Naveen Patnaik", then "the Chief Minister" / "the CM"
    ("CM Naveen Patnaik spoke in the Odisha Assembly.\n\n“It is false to say 3 crore was spent,” the Chief Minister "
     "added.", "Naveen Patnaik"),
    ("CM Naveen Patnaik spoke in the Odisha Assembly.\n\n“Some 190 venues were covered,” the CM further added.",
     "Naveen Patnaik"),
])
def test_a_title_of_two_words_refers_to_who_was_introduced_with_both(text, claimant):
    said = next(claim for claim in claims_of(text) if re.search(r"\b[Tt]he (?:chief minister|Chief Minister|CM)\b", claim.text))
    assert said.claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a patrol, a guard or a rescue service is a body: its whole name, and no person "he" could stand for
    ("The Washington State Patrol said 3 men were arrested.", "Washington State Patrol"),
    ("The Civil Air Patrol said 3 planes searched the coast.", "Civil Air Patrol"),
    ("The U.S. Coast Guard said 3 sailors were rescued.", "U.S. Coast Guard"),
    ("Miami-Dade Fire Rescue said 3 men were hurt.", "Miami-Dade Fire Rescue"),
    # (a point guard is still a player)
    ("Point guard Stephen Curry said 3 games were lost.", "Stephen Curry"),
])
def test_patrols_guards_and_rescue_services_are_bodies(text, claimant):
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == (claimant, "person" if claimant == "Stephen Curry" else "organization")


@pytest.mark.parametrize("text,claimant", [
    # a sentence that opens with a named poll, survey or study that found something: whose it is
    ("A new Gallup poll found 40% of adults agreed.", "Gallup"),
    ("A Pew Research Center survey found 40% of adults agreed.", "Pew Research Center"),
    ("A University of Michigan study found 40% of patients improved.", "University of Michigan"),
    # (nobody's, when it names nobody)
    ("A new study found 3 species died out.", None),
    ("The Monday report found 3 banks failed.", None),
    # the journal a study appeared in is not whose the study is
    ("According to a study published in JAMA, 40% of patients improved.", None),
    ("According to a study by Harvard, 40% of patients improved.", "Harvard"),
])
def test_a_poll_or_study_that_opens_the_sentence_and_the_journal_it_appeared_in(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "His Honour", "Her Honor": how a judge is addressed, no source "Honour"
    ("Mr Justice Herdman heard the case.\n\nHis Honour said 3 years was the right sentence.", None),
    ("Judge Ann Lowe heard the case.\n\nHer Honor said 3 years was the right sentence.", None),
    # (the Medal of Honor is still a name's part, the speaker after it still speaks)
    ("The Medal of Honor was given to 3 soldiers, Ann Lowe said.", "Ann Lowe"),
])
def test_his_honour_is_no_source(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a country's company: the company ("Canada's BlackBerry Ltd"), not a body that is the country's
    ("Canada's BlackBerry Ltd reported that 3 products were dropped.", "BlackBerry Ltd"),
    ("Sources in Ukraine's Military Intelligence said 3 brigades moved.\n\nAccording to Ukraine's Military "
     "Intelligence, 3 brigades moved.", "Ukraine Military Intelligence"),
    # who spoke, as an agency, a paper or unnamed people relay it
    ("\"You have been critical of me,\" he told 3 senators, according to officials at the meeting.\n\nDonald Trump "
     "spoke.", None),
    ("Donald Trump met 3 senators.\n\n\"You have been critical of me,\" he told them, according to officials at the "
     "meeting.", "Donald Trump"),
    ("Judge Emmet Sullivan heard 3 motions.\n\n“When does it stop?” the judge said, according to the Post.",
     "Emmet Sullivan"),
    # (a person named after "according to" is the source of what a body reported)
    ("The port authority reported that 3 vessels left on Tuesday, according to Minister Ivan Halas.", "Ivan Halas"),
])
def test_a_countrys_company_and_who_spoke_as_others_relay_it(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "Mayor of Detroit, Mike Duggan" introduces the mayor whom "the mayor" refers to, not the officer named last
    ("Mayor of Detroit, Mike Duggan, spoke on Tuesday.\n\nPolice Cpl. Dan Donakowski gave 3 details.\n\nThe mayor "
     "said 282 employees were placed under quarantine.", "Mike Duggan"),
    # "made an announcement confirming": what the subject announced
    ("On Tuesday, Mayor of Detroit, Mike Duggan, made an announcement confirming the death of a 38-year-old man.",
     "Mike Duggan"),
    # a quote whose sentence names its unnamed speaker is not the previous paragraph's speaker's
    ("\"We used 3 kinds of pepper balls,\" Sgt. Eduardo Delgado told Vox.\n\n\"At 6:33 pm, 3 protesters began firing "
     "projectiles,\" the park police said in a statement.", None),
    ("\"I'm voting for him,\" Tucker McClendon said of 3 candidates.\n\n\"I'm not absolute on 3 of his policies,\" "
     "one said.", None),
    # (a pronoun still carries the speaker; words after a quoted phrase that open with a preposition name no one)
    ("\"We are frustrated,\" Adel Nefzi said of 3 meetings.\n\n\"We don't teach anything\" against 3 groups in the "
     "mosque meetings, he said.", "Adel Nefzi"),
])
def test_role_of_a_place_announcements_and_unnamed_speakers_of_a_later_quote(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant,kind", [
    # "Cllr", as British local news writes a councillor, is a title, no part of the name
    ("Cllr Stewart Palmen, the leader of Trowbridge Town Council, said 3 trees were cut.", "Stewart Palmen", "person"),
    # ", the council manager" describes a person of the council, not an organisation
    ("Kevin Murray, the council manager, said 3 drains were damaged.", "Kevin Murray", "person"),
    ("Kevin Murray, the company's founder, said 3 drains were damaged.", "Kevin Murray", "person"),
    # (", the company" still makes a body of the name)
    ("Campbell Soup, the company, said 3 plants would close.", "Campbell Soup", "organization"),
])
def test_a_councillors_title_and_a_person_of_a_body(text, claimant, kind):
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == (claimant, kind)


TRANSCRIPT = ("Doorstop interview, Sydney\n\n"
              "PRIME MINISTER ANTHONY ALBANESE: Good morning. I'm pleased to be here with the Premier. This will "
              "provide $4.8 billion to 2,000 public schools.\n\n"
              "PREMIER DOMINIC PERROTTET: Thanks, Prime Minister. We will spend 300 million dollars on the new place. "
              "The Education Department said 40 buildings were unsafe.\n\n"
              "JOURNALIST: 3 schools closed last year in the west.\n\n"
              "PRIME MINISTER: I'm not going to speculate. Some 770,000 students will be supported.\n\n"
              "Q: Do you agree?\n\n"
              "A spokesman for the department confirmed 40 buildings were checked.")


@pytest.mark.parametrize("key,claimant", [
    ("$4.8 billion", "Anthony Albanese"),  # a label's paragraph is its speaker's, the label's sentence too
    ("300 million", "Dominic Perrottet"),
    ("770,000", "Anthony Albanese"),  # "PRIME MINISTER:" is the prime minister a label named before
    ("3 schools", None),  # a questioner's label names no source
    ("40 buildings were unsafe", "Education Department"),  # a sentence's own speaker still wins
])
def test_a_transcripts_speaker_labels(key, claimant):
    claim = next(claim for claim in claims_of(TRANSCRIPT) if key in claim.text)
    assert claim.claimant == claimant


def test_a_sports_transcripts_coach_and_questions():
    # "COACH McCAFFERY:", the title before a surname in capitals; "Q." asks, it says nothing of the coach's
    text = ("COACH McCAFFERY: Very proud of my team. We beat a team that came in with 9 wins.\n\n"
            "Q. You turned things around on the boards after they led by 6 points at halftime.\n\n"
            "COACH McCAFFERY: We were unsure. He ate about 3 bites of soup.")
    claimants = {claim.text: claim.claimant for claim in extract_claims(text, split_blocks(text), every_sentence=True)}
    assert claimants["We beat a team that came in with 9 wins."] == "McCaffery"
    assert claimants["Q. You turned things around on the boards after they led by 6 points at halftime."] is None
    assert claimants["He ate about 3 bites of soup."] == "McCaffery"


@pytest.mark.parametrize("text", [
    # a section headed "Name: goal" about the candidate is the writer's, not the candidate's speech
    "Sanders: Win in a walk.\n\nBernie Sanders has led in 30 polls this year.\n\nKasich: Finish in the top three.\n\n"
    "John Kasich has held 100 town halls in the state.",
    # one dateline with a colon makes no transcript
    "BHOPAL: Chief Minister Shivraj Singh Chouhan has transferred Rs 1,530 crore.\n\nThe state spent 3 crore.",
])
def test_labels_that_are_no_transcript(text):
    assert claims_of(text)[-1].claimant is None


@pytest.mark.parametrize("text,claimant", [
    # "Federal Minister for Information and Broadcasting Chaudhry Fawad Hussain": a minister of two portfolios
    # whose title opens with a word before it, then the name
    ("ISLAMABAD, Aug 28 (APP):Federal Minister for Information and Broadcasting Chaudhry Fawad Hussain on Tuesday "
     "said 3 funds were closed.\n\nHe added that Rs 21 billion had been saved.", "Chaudhry Fawad Hussain"),
    # "Engineer" before a name is a title, and "Minister for Energy Name" introduces the minister "the minister" is
    ("Minister for Energy Engineer Khurram Dastagir Khan on Monday urged 3 parties to stop.\n\nThe minister said "
     "that 20 billion dollars were needed.\n\nFederal Minister Fawad Chaudhry spoke later.", "Khurram Dastagir Khan"),
    # (the person after a body named with "and" is still the speaker)
    ("The Director of WFP's Food Security and Nutrition Analysis Service Jean-Marc Baurel said 318 million people "
     "face hunger.", "Jean-Marc Baurel"),
])
def test_ministers_of_portfolios_as_pakistani_copy_writes_them(text, claimant):
    said = next(claim for claim in claims_of(text) if re.search(r"\b(?:added|said)\b", claim.text))
    assert said.claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a straight quote inside a straight quote ends the inner one, not the outer: the quote goes on to its speaker
    ("Mike Sonko spoke on Monday.\n\n\"Although the Sh96 million \"confidential budget\" was allocated to my office, I "
     "won't use 3 shillings of it. I want the funds used for 40 clinics,\" he stated.", "Mike Sonko"),
    # (a quote's next paragraph, reopened after a full stop, is still one quote)
    ("Mike Sonko spoke on Monday.\n\n\"We have 3 clinics in 12 towns of the county. \"We will build 40 more,\" he "
     "stated.", "Mike Sonko"),
])
def test_a_straight_quote_inside_a_straight_quote(text, claimant):
    quoted = [claim for claim in claims_of(text) if "spoke" not in claim.text]
    assert len(quoted) == 2 and all(claim.claimant == claimant for claim in quoted)


@pytest.mark.parametrize("text,claimant", [
    # "..., said the ministry." / "..., said the company in a statement.": the body the article named
    ("The Ministry of Health (MOH) reported 3 new cases.\n\nThere were 26 imported cases, said the ministry.",
     "Ministry of Health"),
    ("Drugmaker Sanofi SA said it would cut 3 jobs.\n\nSales fell 3 percent, said the company in a statement.",
     "Sanofi SA"),  # (and "Drugmaker" says what the body is, no part of its name)
    # "Mr Gan", "Mr. Lou": an honorific before a family name written first ("Gan Kim Yong", "Lou Jiwei")
    ("Health Minister Gan Kim Yong spoke.\n\nMr Gan said in Parliament that 3 scenarios were prepared.", "Gan Kim Yong"),
    ("Finance Minister Lou Jiwei spoke.\n\n\"They are under pressure,\" Mr. Lou said of 3 mills.", "Lou Jiwei"),
    # (an honorific before a title word names no king)
    ("King Charles III spoke.\n\nMr King said 3 scenarios were prepared.", "Mr King"),
])
def test_a_body_after_said_and_a_family_name_written_first(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,phrase", [
    # "..., said one trader.": the unnamed speaker after the verb, not the clause before the comma, is the phrase
    # that names the speaker (and the clause's own words still count for the claim's check-worthiness)
    ("Brent crude rose 3 percent in London, said one trader.", "one trader"),
    ("Brent crude rose 3 percent in London, said people familiar with the matter.", "people familiar with the matter"),
    # (what is said after "said" is no speaker)
    ("Ann Lowe, the council leader, said the campaign is taking 3 seats for granted.", "Ann Lowe"),
    ("Ann Lowe, the former mayor, stressed her executive experience in 3 cities.", "Ann Lowe"),
])
def test_an_unnamed_speaker_after_an_inverted_verb(text, phrase):
    assert find_attribution(text)[0].phrase == phrase


@pytest.mark.parametrize("text,claimant,kind", [
    # an adverb opening the sentence is no part of the name after it
    ("Plus Democrats say 3 seats are within reach.", "Democrats", "other"),
    ("Maybe Trump said 3 walls would be built.", "Trump", "other"),
    ("Both Mr. King and Mr. Schultz say 3 editors were fired.", "Mr. King", "person"),
    # a party's members so described are the party's, not a person called "Top Democrats"
    ("Top Democrats say 3 seats are within reach.", "Democrats", "other"),
    ("Fellow Republicans are urging Trump to win 3 states.", "Republicans", "other"),
    # (a name that opens with such a word is still the name)
    ("Will Smith said 3 films were made.", "Will Smith", "person"),
    ("Then DuPont said 3 plants would close.", "DuPont", "other"),
])
def test_a_word_opening_the_sentence_before_a_name(text, claimant, kind):
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == (claimant, kind)


@pytest.mark.parametrize("text,claimant", [
    # "Continued Stone:", "Stated Stone:": the verb of a speech going on, then its speaker, whom the article
    # named in full (neither makes a person "Continued Stone" of whom "Stone" would be short)
    ("Roger Stone spoke on the radio.\n\nStated Stone: \"There is fraud in 3 states.\"\n\nContinued Stone: \"We "
     "need 1 million new voters.\"", "Roger Stone"),
    # "Maybe Trump is ...": the headline's adverb makes no person "Maybe Trump" of later mentions
    ("Maybe Trump is a candidate like 3 others.\n\nDonald Trump spoke.\n\nTo wit, Trump told Newsmax that 12 "
     "polls were wrong.", "Donald Trump"),
    # "Mr. Trump's RT appearance, in which he said": the one whose appearance it was
    ("Donald J. Trump sat for an interview.\n\nKamala Lopez said 3 amendments were needed.\n\nDemocrats seized upon "
     "Mr. Trump's RT appearance, in which he said 3 agencies were wrong.", "Donald J. Trump"),
])
def test_inverted_verbs_before_a_colon_and_the_owner_of_an_appearance(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("name,kind", [
    ("New Hampshire", "other"),  # a place, which speaks through its people and bodies
    ("South Korea", "other"),
    ("Gender Equality", "other"),  # an abstract noun ends no person's name
    ("Brookings Institution", "organization"),
    ("Anne-Marie Slaughter", "person"),
    ("Jennifer Lawrence", "person"),
    ("Georgia Clark", "person"),  # (a first name that is also a place's)
])
def test_the_kind_of_a_name(name, kind):
    assert guess_kind(name) == kind


def test_a_group_somewhere_opening_the_sentence_is_unnamed():
    # "Legislative leaders in North Carolina": a group in a place, not the state (a body after "in" still speaks)
    text = "Legislative leaders in North Carolina, for instance, noted that 3 judges were biased."
    assert claims_of(text)[-1].claimant is None
    assert claims_of("Democratic leaders in Congress said 3 bills would fail.")[-1].claimant == "Congress"


@pytest.mark.parametrize("text,claimant", [
    # a whip is a title: "The Majority Chief Whip, X," is X, not a person "Whip"
    ("The Second Deputy Majority Chief Whip, Habib Iddrisu, has stated that 3 calls are no longer relevant.",
     "Habib Iddrisu"),
    ("Senate Minority Leader Harry Reid spoke.\n\nSenate Majority Whip John Cornyn (R-Tex.) responded by standing "
     "on the floor.\n\n\"We have 3 votes,\" he said.", "John Cornyn"),
    # "The spokesperson on X, Name, addressed the media and urged": the name after the description
    ("The Minority Spokesperson on Mines and Energy, John Jinapor, addressed the media and urged the government to "
     "spend 3 billion cedis.", "John Jinapor"),
    # (a description alone, then a verb and "and said", is still its noun phrase's)
    ("The Kenya Red Cross, a humanitarian body, visited 3 camps and said 40 people were hurt.", "Kenya Red Cross"),
])
def test_a_whips_title_and_a_name_after_its_description(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "Rt. Hon.", "Amb.", "Atty.", "Usec.", "Fr.": titles written short end no sentence, and are no part of the name
    ("On October 27, the speaker of parliament Rt. Hon. Alban Bagbin admitted 3 motions.", "Alban Bagbin"),
    ("Amb. Joe Keshi said 3 roads were built.", "Joe Keshi"),
    ("Atty. Harry Roque said 3 roads were built.", "Harry Roque"),
    ("Usec. Rosario Vergeire said 3 cases were found.", "Rosario Vergeire"),
    ("The total was 3 million, said Fr. Tom Reese.", "Tom Reese"),
])
def test_titles_written_short_as_west_african_and_philippine_copy_writes_them(text, claimant):
    claims = claims_of(text)
    assert len(claims) == 1 and claims[0].text == text and claims[0].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a nickname quoted inside a name is part of the name, and quotes no one
    ("Sought for a reaction on this, Sen. Aquilino “Koko” Pimentel III said 3 reports were filed.",
     "Aquilino Koko Pimentel III"),
    ("Former operative John “Tig” Tiegen spoke.\n\n“I don’t see 3 reasons,” Tiegen said.", "John Tig Tiegen"),
    # ("Marine" before a given name says who served; a title in quotes before a name is still a title)
    ("Former operative and Marine John “Tig” Tiegen spoke.\n\n“I don’t see 3 reasons,” Tiegen said.", "John Tig Tiegen"),
    ("Marine Le Pen said 3 laws were bad.", "Marine Le Pen"),
    ("The Netflix “The Crown” Star Olivia Colman said 3 seasons were made.", "Olivia Colman"),
    # "Sought for a reaction", "Told of the ruling": a clause before the subject
    ("Told of the ruling, Gov. Mike DeWine said 3 appeals would follow.", "Mike DeWine"),
    # "maintained that": what someone holds to
    ("Franklin Drilon spoke.\n\nDrilon also maintained that 3 officials were part of the conspiracy.",
     "Franklin Drilon"),
    ("Franklin Drilon spoke.\n\nThe city maintained 30 roads and 3 bridges.", None),
])
def test_nicknames_leading_participles_and_maintained(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text", [
    # "for alleged anomalous policies": an adjective, no one alleging; the list's people speak no claim
    "Some senators on Tuesday condemned the non-inclusion of Health Secretary Francisco Duque III in the list of 3 "
    "individuals that an investigating panel found liable for alleged anomalous policies.",
    # "individuals that an investigating panel found": the relative clause's own subject finds, not the sentence's
    "Senators named Francisco Duque III among the 3 officials that the Senate panel found liable.",
])
def test_an_adjective_alleged_and_a_relative_clauses_subject_name_no_claimant(text):
    assert claims_of(text)[-1].claimant is None


def test_sec_before_a_name_ends_no_sentence():
    text = "The report names its chairman, who is Sec. Duque, and 3 other officials."
    assert [claim.text for claim in claims_of(text)] == [text]


@pytest.mark.parametrize("text,claimant", [
    # "debunked reports that", "refuted a viral report that": a denial, its speaker's
    ("The Nigeria Police on Saturday debunked reports that 3 bombs were planted.", "Nigeria Police"),
    # (a comma slipped before the acronym inside the name)
    ("The Federal Capital Territory, (FCT) Police Command, on Monday, refuted a report that 3 men were shot.",
     "Federal Capital Territory Police Command"),
    # "In a statement by X, the police decried": X states it, and "The statement read, “...”" is X's statement
    ("In a statement by the Force Public Relations Officer, Olumuyiwa Adejobi, the police decried 3 rumours.\n\n"
     "The statement read, “We have found no bombs in 3 districts.”", "Olumuyiwa Adejobi"),
    # "In a statement obtained by X on Monday, the spokesperson, Y, said": Y, not the outlet that obtained it
    ("In a statement obtained by IDOMA VOICE on Monday, the Spokesperson of the Command, ASP Mariam Yusuf, said 3 "
     "reports were false.", "Mariam Yusuf"),
    # (a document obtained by someone still speaks for its author)
    ("A letter from the American Legion obtained by The Associated Press warns that 3 clinics closed.",
     "American Legion"),
    # "Berje" for "Mary Noel-Berje": the last part of a double-barrelled surname
    ("Mary Noel-Berje, Chief Press Secretary to the Governor, has confirmed 3 abductions.\n\nBerje, in a statement, "
     "said 3 men were held.", "Mary Noel-Berje"),
])
def test_denials_statements_by_and_double_barrelled_surnames_in_nigerian_copy(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_said_with_a_semicolon_leads_into_the_quoted_paragraphs():
    text = ("Dino Melaye said 100 vehicles were vandalised.\n\n"
            "Reacting to this, the state Police Public Relations Officer, ASP Sani Shatambaya said;\n\n"
            "“The news of the attack on the convoy of 3 cars was false.\n\n"
            "“There was no attack on the 3 cars.”")
    quoted = [claim for claim in extract_claims(text, split_blocks(text), every_sentence=True) if "cars" in claim.text]
    assert [claim.claimant for claim in quoted] == ["Sani Shatambaya", "Sani Shatambaya"]


@pytest.mark.parametrize("text,claimant", [
    # "is warning that", "is telling reporters that", "is saying": speech in the progressive
    ("The National Weather Service is warning area residents that 3 inches of rain may fall.",
     "National Weather Service"),
    ("Donald Trump is telling supporters in 3 states that they will win.", "Donald Trump"),
    # (but "is telling in its own right" is an adjective: no speaker)
    ("Alpert’s metaphor about 3 parties is telling in its own right.", None),
    # "NWS forecasters say": the service speaks; "Forecasters are predicting": people of a trade, unnamed
    ("Yes, it's true, NWS forecasters say we will receive between 3 and 6 inches of rain.", "NWS"),
    ("Forecasters are predicting a 20 to 25 percent chance of heavy rain Friday.", None),
    # ("Weather forecasters", "Budget analysts": an everyday word before the group, no body the article names)
    ("Weather forecasters say 3 inches of rain will fall.", None),
    ("Budget analysts had already forecast that 3 deficits would grow.", None),
    # (nor is a body's work unsaid: "is warning the public." says nothing)
    ("The US National Health Testing Bureau is warning the public in 3 states.", None),
    # "the forecast says": whoever issued the forecast the article named
    ("“Our threat of 3 inches will increase,” the NWS said in a forecast released Thursday.\n\n“We will see a 40 "
     "percent chance of storms,” the forecast says.", "NWS"),
])
def test_progressive_speech_forecasters_and_the_forecast(text, claimant):
    claim = claims_of(text)[-1] if claimant else extract_claims(text, split_blocks(text), every_sentence=True)[-1]
    assert claim.claimant == claimant


def test_a_seat_of_government_is_an_organisation():
    claim = claims_of("The White House says 7,000 species will be protected.")[-1]
    assert (claim.claimant, claim.claimant_kind) == ("White House", "organization")


@pytest.mark.parametrize("text,claimant,kind", [
    # "is reporting that": speech; "Saskatchewan RCMP": a body's branch by its place, an organisation
    ("The Saskatchewan RCMP is reporting that 3 officers died.", "Saskatchewan RCMP", "organization"),
    # "RCMP in Saskatchewan say": the body, not where it is
    ("RCMP in Saskatchewan say 3 people are in custody.", "RCMP", "organization"),
    # (a generation after a name is no acronym)
    ("Brent Bozell III, founder of the Media Research Center, said 3 senators agreed.", "Brent Bozell III", "person"),
    # a national body by its initials after the country's
    ("Today the U.S. EPA announced that 3 Alaska Native Corporations were selected.", "U.S. EPA", "organization"),
])
def test_a_bodys_branch_by_its_place_in_canadian_copy(text, claimant, kind):
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == (claimant, kind)


@pytest.mark.parametrize("text,claimant", [
    # where a study appeared is not whose it is, a date before or after "published" or not
    ("A new study published today in JAMA Network Open estimated that 5.4 million Americans had dementia.", None),
    ("A study by Harvard published in Nature found 3 genes.", "Harvard"),
    # (a campaign "appearing in disarray" is no publication: the subject after the clause speaks)
    ("With his campaign appearing in disarray, Donald Trump said on Tuesday that 3 states were won.", "Donald Trump"),
    # "..., reports Reuters.": the outlet after the verb
    ("Oil prices rose 3 percent, reports Reuters.", "Reuters"),
    ("Oil prices rose 3 percent, reports show.", None),
])
def test_where_a_study_appeared_and_reports_after_the_claim(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text", [
    # "her family said", "A Clinton ally suggested": a noun in -ly is no adverb, and the family or the ally is
    # not the person named before
    "E. Digby Baltzell said in 1964 that 3 elites ruled.\n\nTsutakiyokomatsu Asaji, 102, died of kidney failure after "
    "80 years, her family said.",
    "Hillary Clinton spoke on Monday.\n\nA Clinton ally suggested she would support 3 trade deals.",
])
def test_a_family_or_an_ally_is_not_the_person(text):
    assert claims_of(text)[-1].claimant is None


@pytest.mark.parametrize("text,claimant", [
    # an alliance that is also an adjective of nation ("NATO forces") still speaks on its own
    ("Jets down\n\nNATO said on Monday that 3 jets crashed over Libya.", "NATO"),
    ("Camps hit\n\nThe UN said 3 camps were hit.", "UN"),
    ("Sanctions\n\nThe EU said 3 sanctions were agreed.", "EU"),
    # (before a name it is still no part of the name)
    ("Jets down\n\nNATO Secretary General Mark Rutte said 3 jets crashed.", "Mark Rutte"),
    # a law report's name in capitals after its title
    ("Appeal\n\nMR JUSTICE WRIGHT, giving the judgment of the court, said that the judge exceeded 3 powers.", "Wright"),
])
def test_alliances_and_names_in_capitals_after_a_title(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant,kind", [
    # "said Erik ten Hag on Garnacho": who spoke, then whom about
    ("United won\n\n\"He was a threat for 90 minutes,\" said Erik ten Hag on Garnacho.", "Erik ten Hag", "person"),
    # (a body "on" its field keeps it; a party's members are a group, not a person)
    ("Polls\n\n\"We found 3 errors,\" said the Commission on Elections.", "Commission on Elections", "organization"),
    ("Polls\n\nThe memo angered Republicans.\n\nRepublicans on Capitol Hill seized on the message, arguing that it "
     "showed 3 breaches.", "Republicans", "other"),
    ("Polls\n\nIn June, House Republicans issued a report that cited 3 failures.", "House Republicans", "other"),
])
def test_a_speaker_on_a_topic_and_a_partys_members(text, claimant, kind):
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == (claimant, kind)


@pytest.mark.parametrize("text,claimant", [
    # "X forecast revenue ... to grow": a forecast, the forecaster's (not "The forecast for ..." the noun)
    ("Results\n\nChief executive John Chambers forecast revenue in the fiscal third quarter to grow 19 per cent.",
     "John Chambers"),
    ("Results\n\nJohn Chambers spoke.\n\nThe forecast for the third quarter is 19 per cent.", None),
])
def test_a_forecast_made_by_someone(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "Tom Nides Thanked Clinton For ...": the name before a title-case headline's verb in the past tense speaks the
    # quote after it (no person "Thanked Clinton")
    ("Speeches\n\nTom Nides Thanked Clinton For Making Morgan Stanley Her First Audience. “Well, Madam Secretary, "
     "we have 3 clients here.”", "Tom Nides"),
    # "According to some on Twitter": people on the site, unnamed
    ("Sightings\n\nAccording to some on Twitter, Kelly was incognito in 3 photos.", None),
])
def test_a_title_case_line_in_the_past_tense_and_people_on_a_platform(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "Speaking to the media at the X Power Station in Y, the electricity minister": the comma parts the clause
    # from the subject, which the article introduced
    ("Load shedding\n\nElectricity Minister Kgosientsho Ramokgopa says 3 stations were fixed.\n\nSpeaking to the media "
     "at the Duvha Power Station in Mpumalanga, the electricity minister dismissed the suggestion that 3 stations "
     "failed.", "Kgosientsho Ramokgopa"),
    # "Sunday Times": a weekday before a newspaper's word is its name (while "Trump on Sunday said" is when)
    ("Power\n\nAccording to Sunday Times, the utility shed 7,072MW of electricity.", "Sunday Times"),
    ("Power\n\nThe Sunday Telegraph reported that 3 ministers resigned.", "Sunday Telegraph"),
])
def test_a_clause_before_the_subject_and_sunday_papers(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a surname of two words ("El Sayed", "Le Pen", "Van Voorhis") is the one person the article named with it
    ("Gaza\n\nAl Jazeera’s Youmna El Sayed said 20 others were injured.\n\nExplosions were heard in 3 districts, El "
     "Sayed said.", "Youmna El Sayed"),
    ("France\n\nMarine Le Pen spoke in Paris.\n\n“I would choose 3 allies,” said Le Pen.", "Marine Le Pen"),
    ("Trees\n\nChandler Van Voorhis runs the project.\n\nAn acre of trees can convert 156 tons of carbon, Mr. Van "
     "Voorhis said.", "Chandler Van Voorhis"),
])
def test_a_surname_of_two_words(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a possessive before a body's word is part of its name; before a person's, it is whose the person is
    ("Arrests\n\nThe Maricopa County Sheriff’s Office said 12 people were arrested.",
     "Maricopa County Sheriff’s Office"),
    ("Patients\n\nBoston Children's Hospital said 3 patients were treated.", "Boston Children's Hospital"),
    ("Ministers\n\nThe BBC’s Nick Robinson said 3 ministers quit.", "Nick Robinson"),
])
def test_a_possessive_inside_a_bodys_name(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant,kind", [
    # "The report, released Tuesday by X, found": the report's author
    ("News\n\nThe report, released Tuesday by the Pew Research Center, found that 3 in 10 adults read news daily.",
     "Pew Research Center", "organization"),
    ("News\n\nThe survey, conducted by the Public Policy Institute of California, finds a lead of 3 points.",
     "Public Policy Institute of California", "organization"),
    # the seats of governments and general staffs that news names institutions by are organisations
    ("News\n\nThe Kremlin said 3 drones were downed.", "Kremlin", "organization"),
    ("News\n\nUkraine’s General Staff reported 1,200 Russian casualties over the past day.", "General Staff",
     "organization"),
])
def test_a_documents_author_and_institutions_named_by_their_seat(text, claimant, kind):
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == (claimant, kind)


@pytest.mark.parametrize("text,claimant", [
    # a body described in lower case and named by its acronym, which "the agency" then refers to
    ("Troops\n\nPentagon spokesperson Sabrina Singh said 10,000 troops were in Russia.\n\nAccording to Ukraine’s "
     "military intelligence agency (HUR), 11,000 troops arrived.\n\nThe agency said 3 units were trained.", "HUR"),
    # a news agency citing a body relays it
    ("Troops\n\nSouth Korea’s National Intelligence Service (NIS) said 1,500 troops had arrived.\n\nThere were 8,000 "
     "troops in Kursk, Yonhap news agency reported, citing the NIS.", "National Intelligence Service"),
    # (citing data, the agency still reports)
    ("Prices\n\nPrices rose 3 percent, Reuters reported, citing data from the ministry.", "Reuters"),
])
def test_a_body_named_by_its_acronym_and_a_news_agency_citing_a_body(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "the company" is a business: not the public body the article cited last ...
    ("Sleep\n\nMotorola Inc said it would cut 3,000 jobs.\n\nAccording to the Department of Labor, 200 jobs were "
     "lost.\n\nThe company said it would appeal the fine of $5 million.", "Motorola Inc"),
    ("Sleep\n\nAccording to the Centers for Disease Control and Prevention, one in three adults does not sleep "
     "enough.\n\nThe company said revenue would be $90 billion.", None),
    # ... while "the agency" still is that body
    ("Sleep\n\nAccording to the Centers for Disease Control and Prevention, one in three adults does not sleep "
     "enough.\n\nThe agency said 3 states had the lowest rates.", "Centers for Disease Control and Prevention"),
])
def test_the_company_is_never_a_public_body(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant,kind", [
    # the staff of a body who found or said something speak for where they work, a body even with a person's name
    ("Banks\n\nAnalysts at Morgan Stanley cut their price target to $200, saying margins would shrink.",
     "Morgan Stanley", "organization"),
    ("Sleep\n\nResearchers at Johns Hopkins found 30% fewer cases.", "Johns Hopkins", "organization"),
    ("Sleep\n\nResearchers at the University of Oxford have found that 12% of children were affected.",
     "University of Oxford", "organization"),
    # (researchers of two bodies are neither one)
    ("Sleep\n\nResearchers from Stanford and Harvard found that 40% of patients improved.", None, "other"),
])
def test_researchers_and_analysts_at_a_body(text, claimant, kind):
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == (claimant, kind)


@pytest.mark.parametrize("text,claimant", [
    # styles of address before a name are no part of it: Malaysian, Indian and Zimbabwean honours
    ("Budget\n\nPrime Minister Datuk Seri Anwar Ibrahim said the government would spend RM421 billion.",
     "Anwar Ibrahim"),
    ("Budget\n\nTan Sri Muhyiddin Yassin said 2 million people were poorer.", "Muhyiddin Yassin"),
    ("Budget\n\nTun Dr Mahathir Mohamad said 1MDB lost RM42 billion.", "Mahathir Mohamad"),
    ("Budget\n\nDato' Sri Najib Razak told reporters he had done nothing wrong in 2015.", "Najib Razak"),
    ("Budget\n\nSmt Nirmala Sitharaman said the deficit would be 4.4 per cent.", "Nirmala Sitharaman"),
    ("Party\n\nZanu PF secretary Cde Patrick Chinamasa said the party had 4 million members.\n\nComrade Chinamasa "
     "said 200 delegates would attend.", "Patrick Chinamasa"),
    # (a name that only looks like a style keeps it: a surname "Tan", "Tun Tun", a first name "Sri")
    ("Vote\n\nTan Cheng Bock said 3 seats were won.", "Tan Cheng Bock"),
    ("Vote\n\nTun Tun Oo said 5 people died.", "Tun Tun Oo"),
    ("Vote\n\nSri Mulyani Indrawati said growth was 5 percent.", "Sri Mulyani Indrawati"),
])
def test_styles_of_address_are_no_part_of_a_name(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant,kind", [
    # a surname the article writes after a person's title is a person's, though it is one word
    ("Mines\n\nPresident Mnangagwa said 3 mines would open.", "Mnangagwa", "person"),
    ("Mines\n\nGeneral Motors said 3 plants would close.", "General Motors", "organization"),
    # a company's name ends with its industry ("Dow Chemical", "Peabody Energy"), so "the company" can be it
    ("Donors\n\nDonors included Dow Chemical.\n\nA Dow spokeswoman said 7 grants were made.\n\nThe company later said "
     "in public filings that 2 contracts were merged.", "Dow Chemical", "organization"),
    # "the administration" is the one the article named by its head, unless that is a body's name
    ("Overtime\n\nThe Obama administration has said President Obama would make 4 million workers eligible.\n\nThe "
     "administration said 40 hours was enough.", "Obama", "person"),
    ("Flights\n\nThe Obama administration has said 3 rules would change.\n\nThe Federal Aviation Administration said "
     "3 flights were late.\n\nThe administration said 7 more were cancelled.", "Federal Aviation Administration",
     "organization"),
    # the author of a document the sentence cites by their possessive
    ("Memo\n\nDoug Band wrote a memo in 2011.\n\nAccording to Band's memo, Coke had contributed $4.33 million.",
     "Doug Band", "person"),
])
def test_kinds_from_titles_and_industries_and_whose_administration_or_memo(text, claimant, kind):
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == (claimant, kind)


@pytest.mark.parametrize("text,claimant", [
    # a capitalised title set apart from its holder by a comma (and a style), as Caribbean copy writes it, introduces
    # the one "the Prime Minister" refers to
    ("Ministry\n\nPrime Minister, the Most Hon. Andrew Holness, made the disclosure at 3 sites.\n\nThe Prime Minister "
     "said he would not take on 2 ministries.", "Andrew Holness"),
    ("Ministry\n\nPrime Minister, Andrew Holness, made the disclosure at 3 sites.\n\nThe Prime Minister said he would "
     "not take on 2 ministries.", "Andrew Holness"),
    ("Tourism\n\nMinister of Tourism, the Hon. Edmund Bartlett, opened 84 rooms.\n\nThe minister said 3 hotels would "
     "follow.", "Edmund Bartlett"),
    # (a paper's name before the comma introduces nobody)
    ("Primary\n\nThe Manchester Union Leader, New Hampshire's largest paper, backed him.\n\nThe leader said 3 votes "
     "were lost.", None),
    # one minister of two portfolios, the second with its article, then the name
    ("Budget\n\nMinister of Finance and the Public Service Dr. Nigel Clarke said investments over US$1 billion would "
     "be favoured.", "Nigel Clarke"),
    ("Mortgages\n\nThe Nationwide and the Halifax said prices rose 3 percent.", "Nationwide"),
])
def test_a_title_then_a_comma_then_its_holder(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a role "in the <region>" with no name of its own names its holder after the region
    ("Power\n\nEskom general manager in the Western Cape and Eastern Cape Alwie Lester said 3 substations were "
     "damaged.", "Alwie Lester"),
    # (not a body "in the" release it spoke in, nor a journal after "in the")
    ("Power\n\nThe Church in the October 18 press release said 3 parishes closed.", "Church"),
    ("Glasses\n\nIts research, done with Queen's University Belfast and published in the journal PLOS ONE, suggests "
     "profits rose by a third.", None),
    # an apology is speech
    ("Power\n\nSpokesperson Sikonathi Mantshantsha said 2 units failed.\n\nMantshantsha has once again apologised to "
     "customers for the 5 outages.", "Sikonathi Mantshantsha"),
])
def test_a_holder_named_after_a_region_and_apologies(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant,kind", [
    # "..., telling reporters that ...": the subject speaks, as with "saying"
    ("Homes\n\nOntario Premier Doug Ford defended the deal on Tuesday, telling reporters at Queen's Park that the "
     "province needs 1.5 million homes.", "Doug Ford", "person"),
    # "..., with X telling ...": X speaks in the clause after "with"
    ("Rates\n\nThe Reserve Bank of Australia left the cash rate at 4.35 per cent, with Governor Michele Bullock "
     "telling a press conference that inflation remained too high.", "Michele Bullock", "person"),
    # a national statistics office is a body
    ("Homes\n\nAccording to Statistics Canada, housing starts fell 8 per cent in July.", "Statistics Canada",
     "organization"),
    # "Mr. Sloan added that it was ...": a man, whatever "it" follows; "Tim Sloan" and "Timothy J. Sloan" are one
    # man, and "C.E.O." is his title
    ("Bank\n\nTimothy J. Sloan was named chief executive.\n\nC.E.O. Tim Sloan can be prickly.\n\nMr. Sloan added that "
     "it was important that 3 branches close.", "Timothy J. Sloan", "person"),
    # (two people of one surname stay apart; the surname is still a person's)
    ("Campaign\n\nBill Clinton spoke first.\n\nHillary Clinton spoke next.\n\nClinton said 3 states were won.",
     "Clinton", "person"),
])
def test_telling_and_one_persons_forms_of_name(text, claimant, kind):
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == (claimant, kind)


@pytest.mark.parametrize("text,claimant", [
    # "the company" in earnings copy is the company the article is about: not the bank whose analysts comment nor
    # the firm whose data is cited, but the one whose officer spoke
    ("Chips\n\nNvidia's chief financial officer, Colette Kress, told analysts that supply would exceed $3 billion."
     "\n\nAnalysts at Bernstein said the forecast was fine.\n\nThe company expects revenue of $37.5 billion, compared "
     "with an estimate of $37.09 billion, according to data compiled by LSEG.\n\nRevenue rose 112% to $30.8 billion, "
     "the company said.", "Nvidia"),
    # "Wall Street estimates" is a noun, no speech
    ("Chips\n\nNvidia's revenue came in above Wall Street estimates on Wednesday, helped by 3 new chips.", None),
    ("Growth\n\nThe IMF estimates growth at 3 percent.", "IMF"),
])
def test_the_company_in_earnings_copy(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a seat of government named by everyday words speaks for its government
    ("Tax\n\nDowning Street said 1.5 million pensioners would lose winter fuel payments.", "Downing Street"),
    ("Ships\n\nA Pentagon official said 3 ships left.", "Pentagon"),
    ("Gansu\n\nA Gansu official said 4 people died.", None),
    # a source in a government body is the body's ("a Treasury source"), and No 10 is Downing Street by its number
    ("Tax\n\nTaxes will rise by £20bn in the budget, a Treasury source said.", "Treasury"),
    ("Tax\n\nA No 10 spokesperson said the prime minister had full confidence in 2 ministers.", "No 10"),
    ("Tax\n\nNumber 10 said the review would report by March 2025.", "Number 10"),
    ("Tax\n\nNo 10’s spokesman said 40 new hospitals would be built.", "No 10"),
    ("Tax\n\nA senior source said 40 new hospitals would be built.", None),
    ("Tax\n\nNo 10 people were hurt, but 40 homes were lost.", None),
    # an outlet before ", the shadow chancellor," introduces nobody, and "the chancellor" is not the shadow one
    ("Tax\n\nRachel Reeves ruled out a wealth tax.\n\nThe chancellor told the Commons on Monday that £22bn had been "
     "covered up.\n\nSpeaking to Sky News, the shadow chancellor, Jeremy Hunt, said the figure was wrong.",
     "Jeremy Hunt"),
    # a British "thinktank" is a body's word
    ("Tax\n\nThe Resolution Foundation thinktank estimated that 880,000 pensioners would be affected.",
     "Resolution Foundation"),
])
def test_british_government_and_its_shadow(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_government_body_by_its_word_is_an_organisation():
    assert claims_of("Tax\n\nThe Treasury said borrowing rose to £17.4bn in October.")[-1].claimant_kind == "organization"


def test_the_chancellor_is_not_the_shadow_chancellor_named_after():
    text = ("Tax\n\nRachel Reeves ruled out a wealth tax.\n\nThe chancellor told the Commons on Monday that £22bn had "
            "been covered up.\n\nSpeaking to Sky News, the shadow chancellor, Jeremy Hunt, said the figure was wrong.")
    told = next(claim for claim in claims_of(text) if claim.text.startswith("The chancellor told"))
    assert told.claimant == "Rachel Reeves"


@pytest.mark.parametrize("text,claimant", [
    # "called X “...”" gives a verdict in quotes, which is speech (not "called the police")
    ("Cuts\n\nTe Pāti Māori co-leader Rawiri Waititi called the 3 cuts \"cruel\".", "Rawiri Waititi"),
    ("Cuts\n\nJane Smith called the police after 3 shots were fired at 2 houses.", None),
    # "X condemned what he called ...": he is X
    ("UN\n\nFrench Foreign Minister Jean-Marc Ayrault said 3 things.\n\nSecretary General Ban Ki-moon condemned what "
     "he called a \"brazen breach\" of 2 resolutions.", "Ban Ki-moon"),
    # "<body> figures released on Wednesday showed": the body's figures
    ("Jobs\n\nStats NZ figures released on Wednesday showed unemployment rose to 4.3 percent.", "Stats NZ"),
])
def test_called_a_verdict_and_figures_released(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a peer or a judge goes by the title and a surname ("Lord Beckett", "Baroness Hale")
    ("Stabbing\n\n“This was a senseless attack on a boy of 17,” said Lord Beckett.", "Lord Beckett"),
    ("Court\n\nLady Hale said the prorogation was unlawful by 11 votes to none.", "Lady Hale"),
    ("Court\n\nLord Justice Singh said the appeal failed on 3 grounds.", "Singh"),
    # two capitals before an Indian name are initials ("KT Rama Rao"), a known rank written short is no part of it
    ("Loans\n\nBRS working president KT Rama Rao said only 20 lakh farmers would benefit.", "KT Rama Rao"),
    ("Arrests\n\nSP Rajesh Kumar said 4 men were held.", "Rajesh Kumar"),
    ("Arrests\n\nThe Police Public Relations Officer, ASP Henry Obi confirmed 3 arrests on Wednesday.", "Henry Obi"),
    # a college or school is a body, "of" and all ("Royal College of Surgeons of Edinburgh"), and its scholar a person
    ("Obituary\n\nThe Royal College of Surgeons of Edinburgh said she did 3 transplants in 1972.",
     "Royal College of Surgeons of Edinburgh"),
    ("Councils\n\nTony Travers of the London School of Economics said 40 councils were at risk.", "Tony Travers"),
    # "the iPhone maker" is the company last named: a product names what it makes, not who it is
    ("Fine\n\nApple said it would appeal the €1.8bn fine.\n\nIn a blog post, the iPhone maker said Spotify had 56 "
     "percent of the market.", "Apple"),
])
def test_titles_initials_and_makers_in_british_indian_and_tech_copy(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,kind", [
    # a one-word name the article writes "it" for is an organisation; one that speaks of itself as "she", a person
    ("Fine\n\nThe ruling was a surprise. Apple said it would appeal the €1.8bn fine.", "organization"),
    ("Walk\n\nThe walk was long. Ebeling said she knocked on 40 doors in Ohio.", "person"),
    ("Deal\n\nThe deal fell through after BuzzFeed reported that he was writing a book worth $1.2 million.", "other"),
])
def test_a_name_written_it_is_an_organisation_and_she_a_person(text, kind):
    assert claims_of(text)[-1].claimant_kind == kind


def test_a_name_written_both_she_and_it_is_no_organisation():
    text = ("Walk\n\nThe walk was long. Ebeling said it was hard for her to watch 3 ads.\n\nEbeling said she knocked "
            "on 40 doors.")
    assert claims_of(text)[-1].claimant_kind != "organization"


@pytest.mark.parametrize("text,claimant", [
    # a local office before a name is no part of it, whatever the office's words ("Recorder", "Ranking Democrat")
    ("Polls\n\n“We made 3 horrendous mistakes,” Maricopa County Recorder Helen Purcell said.", "Helen Purcell"),
    ("Emails\n\nSenate Intelligence Ranking Democrat Dianne Feinstein said 2 emails were classified.", "Dianne Feinstein"),
    ("Emails\n\n“We will send 3 boxes,” FBI General Counsel James A. Baker wrote in a letter.", "James A. Baker"),
    # a surname "of" a body is the person named before in full, not a body called "Burman of the Tax Policy Center"
    ("Tax\n\nLeonard Burman runs the center.\n\n“We will have a consumption tax by 2030,” said Mr. Burman of the Tax "
     "Policy Center.", "Leonard Burman"),
    ("Energy\n\nPeter Morgan is a lawyer.\n\n“It was the least bad of 3 outcomes,” Mr. Morgan of the Sierra Club said.",
     "Peter Morgan"),
    ("Church\n\nThe Archbishop of Canterbury said 40 churches would close.", "Archbishop of Canterbury"),
    # an ordinal inside a body's name is a word of it, not where the name ends ("Circuit")
    ("Court\n\nBut the U.S. Court of Appeals for the 6th Circuit overruled and said Ohio had 3 options.",
     "U.S. Court of Appeals for the 6th Circuit"),
    # ... nor when the surname is a newspaper's word ("Guardian"), whom the article calls "he"
    ("Casinos\n\n“There is no bad publicity,” said Atlantic City Mayor Don Guardian.\n\nGuardian said he understood "
     "why 4 casinos had closed.", "Don Guardian"),
])
def test_local_offices_before_a_name(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_headlines_capitalised_words_are_no_name():
    text = "Ben Carson Defends Himself Against Claims He Exaggerated His Life Story 3 Times.\n\nCarson spoke in Florida."
    assert claims_of(text)[0].claimant is None  # not "Ben Carson Defends Himself Against"


def test_a_surname_that_is_a_newspapers_word_is_a_person_the_article_calls_he():
    text = ("Casinos\n\n“There is no bad publicity,” said Atlantic City Mayor Don Guardian.\n\nGuardian said he "
            "understood why 4 casinos had closed.\n\nGuardian said he expected 2 more to close.")
    assert claims_of(text)[-1].claimant_kind == "person"


@pytest.mark.parametrize("text,claimant", [
    # an everyday word opening a sentence names no one: a plural noun, an adjective before "estimates"
    ("Ali\n\nAllies say that he sees no need to engage 2 men.", None),
    ("Emails\n\nInitial estimates put the total number of emails at 30,000.", None),
    # ... but a party's members and a surname that is a given name's plural speak
    ("Seats\n\nDemocrats say 40 seats are at risk.", "Democrats"),
    # (both parties' members are no one)
    ("Taxes\n\nBoth Democrats and Republicans have argued that 3 taxes need reform.", None),
    ("Deaths\n\nAnn Williams runs the clinic.\n\nWilliams said 3 people died.", "Ann Williams"),
])
def test_an_everyday_word_opening_a_sentence_is_no_claimant(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # the subject of the first verb, when a second one speaks, is the group its words name, not its first word
    ("Bomb\n\nNuclear proliferation experts have discounted the claims, but have speculated that North Korea could "
     "boost its yield 3 times.", None),
    ("Bomb\n\nNuclear experts doubted the test and said that North Korea had 2 bombs.", None),
    # ... and a body's people speak for it where the article names the body
    ("Jobs\n\nGoogle said it would cut 40 jobs.\n\nGoogle officials slammed the plan and said it would cost $3 "
     "million.", "Google"),
])
def test_the_group_of_a_shared_subject_speaks(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a clause after "after"/"because" with its own unnamed speaker: not the main clause's subject
    ("Gifts\n\nSen. Jane Doyle, R-Ohio, returned $43,100 in donations last year after USA TODAY's reporting "
     "indicated that some donors were unaware of it.", None),
    # ... but a named one speaks
    ("Move\n\nThe move is notable because House Speaker Paul Ryan has said that 40 members agree.", "Paul Ryan"),
])
def test_the_subject_of_a_subordinate_clause_speaks(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "he" inside a sentence is its subject's, not the last speaker's: after a noun, after "before", after a time
    # put behind the place
    ("Ban\n\n“It is wrong,” Joey Salceda said.\n\nAt a rally in Portland, Maine, on Thursday afternoon, Donald Trump "
     "included Peru on a list of 6 countries he said had sent killers.", "Donald Trump"),
    ("Fees\n\n“It is a matter of judgment,” said Larry Noble.\n\nJeb Bush stopped booking paid speeches 7 months "
     "before he announced that he would run.", "Jeb Bush"),
    # ... but not a question's subject about someone else
    ("Debate\n\n“I will be fair,” said Marco Rubio.\n\nModerator Bret Baier asked Rubio why he decided to attack "
     "Trump when he had stated 2 months ago that he would not.", "Marco Rubio"),
])
def test_he_inside_a_sentence_is_its_subject(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "demanded" after a quote is speech; "continued to interject" is not
    ("Debate\n\nJeb Bush spoke about 3 walls. Donald Trump spoke too.\n\n“Quiet, 2 minutes,” he demanded, as Bush "
     "continued to interject.", "Donald Trump"),
    # a relative clause after a quoted title goes on from the subject before it
    ("Show\n\nSam Solovey, a contestant on Trump's show, “The Apprentice,” who went on to work alongside Trump, said "
     "his boss paid him 3 times more.", "Sam Solovey"),
    # a sentence in brackets opens with its subject all the same
    ("Son\n\nThe activist said 2 things.\n\n(John Schlafly defended his mother. “We are not out to bash 40 gays,” he "
     "said.)", "John Schlafly"),
])
def test_manner_of_speaking_and_asides(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_transcripts_label_in_capitals_is_no_person():
    text = "Interview\n\n(END VIDEO CLIP.)\n\nFALLIN: I think he is trying. If you watch what he said, he talked about 3 deaths."
    assert all(claim.claimant != "END VIDEO" for claim in claims_of(text))


@pytest.mark.parametrize("text,claimant", [
    # an aside between commas after the speaker's name names someone else, whom the speaker served
    ("Role\n\n“There is no job description for 1 spouse,” Melanne Verveer, who served as Hillary Clinton’s chief of "
     "staff during the Clinton administration, told CBS News.", "Melanne Verveer"),
    # "after a gaffe by X suggested": X, not the main clause's Clinton
    ("Panel\n\nDemocratic allegations of bias against Clinton gained momentum in September after a gaffe by House "
     "Majority Leader Kevin McCarthy (R-Calif.) suggested the panel was created to cut her 5-point lead.",
     "Kevin McCarthy"),
    # a colon opens a quote whose speaker is named after it
    ("Banks\n\nVery small. But it may have an impact: “While lawmakers are unlikely to act, we believe 40 banks will "
     "gain,” Isaac Boltansky, an analyst at Compass Point Research & Trading, wrote in a note.", "Isaac Boltansky"),
])
def test_the_speaker_past_an_aside_a_gaffe_or_a_colon(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_name_the_article_only_quotes_is_no_fuller_form():
    text = ("Twitter\n\nSome accounts put their location as “Wilayat Twitter,” or “the province of Twitter.”\n\nIn a "
            "blog post on Friday, Twitter said it had suspended 125,000 accounts.")
    assert claims_of(text)[-1].claimant == "Twitter"


@pytest.mark.parametrize("text,claimant,kind", [
    # a newspaper is an outlet, and its last word alone is the paper named before
    ("Pride\n\nIn Chicago, 40 floats took part, the Chicago Sun-Times reported.\n\nOrganizers added 160 guards, up "
     "from 90, the Sun-Times reported.", "Chicago Sun-Times", "outlet"),
    ("Poll\n\nThe latest Rasmussen Reports poll shows Trump leading Clinton 44 percent to 37 percent.",
     "Rasmussen Reports", "organization"),
])
def test_newspapers_and_pollsters_are_no_people(text, claimant, kind):
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == (claimant, kind)


@pytest.mark.parametrize("text,claimant", [
    # a day of its own name is no speaker, nor its first word
    ("Poll\n\nLarge majorities of voters going to the polls on Super Tuesday said they support a ban on 40 groups.", None),
    # a person before a dashed aside speaks, not the book the aside names
    ("Race\n\nRepublican pollster Whit Ayres -- author of 2016 and Beyond, which in the wake of the 2012 defeat urged "
     "the GOP to reach 3 groups -- is skeptical Trump can win.", "Whit Ayres"),
])
def test_named_days_and_dashed_asides(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_frequent_word_the_article_writes_in_lower_case_is_no_claimant():
    text = "Newspaper Says Clinton Needs To Visit 3 Towns.\n\nA Baton Rouge newspaper called on Clinton to visit 40 towns."
    assert [claim.claimant for claim in claims_of(text)] == [None, None]


def test_a_people_named_by_its_demonym_is_no_claimant():
    text = "Mexico\n\nLamenting their luck, Mexicans often say that Mexico is 2,000 miles from God."
    assert claims_of(text)[-1].claimant is None  # (a party's members still speak: "Democrats say", above)


def test_a_bodys_records_are_its_own_without_the_possessive():
    text = "Visas\n\nG.M.R.'s records show its chief is Brett Norwich, who owes $11 million."
    assert claims_of(text)[-1].claimant == "G.M.R."


@pytest.mark.parametrize("text,claimant", [
    # a company's forecast of its revenue is its claim, and "the company" after it is that company, though the
    # estimates it is set beside are a data firm's
    ("Chips\n\nNvidia on Wednesday forecast fourth-quarter revenue above Wall Street estimates.\n\nThe world's most "
     "valuable company expects revenue of $37.5 billion, compared with analysts' average estimate of $37.08 billion, "
     "according to LSEG data.", "Nvidia"),
    ("Chips\n\nNvidia on Wednesday forecast fourth-quarter revenue of $37.5 billion.", "Nvidia"),
])
def test_a_companys_forecast_is_its_own(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "a spokeswoman" right after a body spoke is that body's
    ("Fraud\n\nAshford Borough Council said it had introduced 3 new checks.\n\nA spokeswoman said the authority would "
     "seek to recover £400,000.", "Ashford Borough Council"),
    # ... and nobody's after a person spoke
    ("Fraud\n\nJudge Peter Grantham said the harm was great.\n\nA spokeswoman said the authority would seek to recover "
     "£400,000.", None),
])
def test_a_spokesperson_after_a_body_speaks_for_it(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_participle_after_the_trailing_speaker_and_its_day():
    text = ("Measles\n\nMeasles cases in Europe rose to their highest level in 25 years in 2024, the World Health "
            "Organization said on Thursday, urging governments to step up vaccination.")
    assert claims_of(text)[-1].claimant == "World Health Organization"  # not "Europe"


@pytest.mark.parametrize("text,claimant,kind", [
    # a one-word name "which" follows is a body: "the company" after it is that body
    ("Cinema\n\nNetflix, which has more than 280 million subscribers, did not respond to a request for comment.\n\n"
     "The company has previously said it supports 3 releases a year in cinemas.", "Netflix", "organization"),
    # ... but not a legislature for "the administration", nor a person whose plan "which" describes
    ("Gitmo\n\nCongress, which acted quickly in 2009, barred 40 transfers.\n\nThe administration said it was doing "
     "its best to follow 3 rules.", None, "other"),
])
def test_a_one_word_name_which_follows_is_a_body(text, claimant, kind):
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == (claimant, kind)


@pytest.mark.parametrize("text,claimant", [
    # "the interview concluded, X stated": it ended, and X speaks
    ("Show\n\nBill Maher hosts the show.\n\nLater in the show, after the Sanders interview concluded, Maher stated that "
     "the report had 3 flaws.", "Bill Maher"),
    ("Show\n\n“We will win 3 states,” Bill Smith concluded.", "Bill Smith"),
])
def test_concluded_as_an_end_and_as_speech(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # the pronoun next to the verb, after a comma, a time or a bracket, and "He's" as "he is"
    ("Losses\n\nHillary Clinton isn’t rattled about the 3 losses she’s faced — in fact, she said it “humanizes” her.",
     "Hillary Clinton"),
    ("Mosques\n\nDonald Trump spoke in Iowa.\n\n(On Monday he said he would close 3 mosques.)", "Donald Trump"),
    ("Guns\n\nJeb Bush spoke in Iowa.\n\nHe’s comparing the gun actions to 3 other orders and says Obama is flouting "
     "the law.", "Jeb Bush"),
])
def test_a_pronoun_subject_past_a_comma_a_time_or_a_bracket(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a campaign by its candidate's name speaks, though an outlet reports it
    ("Staff\n\nDonald Trump spoke in Iowa.\n\nThe Trump campaign announced last week that it hired 3 new aides, "
     "according to Politico.", "Donald Trump campaign"),
    # a state's officials are not the one party of that state the article names
    ("Polls\n\nThe Arizona Democratic Party sued.\n\nSome Arizona officials said the 3 problems were a miscalculation.",
     None),
])
def test_campaigns_and_a_states_officials(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a body's adjective of nation before two everyday words is part of its name; before a person's it goes
    ("Fire\n\nThe American Red Cross said it was assisting 31 residents.", "American Red Cross"),
    ("Talks\n\nRussian Vladimir Putin said 3 rounds of talks had failed.", "Vladimir Putin"),
])
def test_an_adjective_of_nation_before_a_bodys_everyday_words(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_bodys_officer_named_after_a_comma_is_the_subject_she_refers_to():
    text = ("Waits\n\nNHS England's chief executive, Amanda Pritchard, welcomed the announcement. She said 30 hubs had "
            "already cut the longest waits.")
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == ("Amanda Pritchard", "person")  # not "NHS England"


def test_an_office_written_short_is_its_holder_named_in_full_later():
    text = ("Waits\n\nPatients will be treated faster under plans backed by £200 million, the Health Secretary "
            "announced today.\n\nHealth and Social Care Secretary Wes Streeting said 30 hubs would open.")
    assert claims_of(text)[0].claimant == "Wes Streeting"


@pytest.mark.parametrize("text,claimant", [
    # a one-word name with the day's news opens the story: "the company" after it is that body
    ("Phones\n\nApple on Tuesday unveiled a thinner iPhone.\n\nThe iPhone 17 Air will cost $999, the company said.",
     "Apple"),
    # ... but a state is no company
    ("Prisons\n\nTexas on Tuesday executed a man.\n\nHe was the 3rd inmate put to death this year, the department "
     "said.", None),
])
def test_a_one_word_name_with_the_days_news_is_the_company(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_quote_after_a_titled_persons_possessive_is_theirs_without_the_s():
    text = ("Tweets\n\nPresumptive GOP nominee Donald Trump's first tweet Sunday morning was measured. \"Really bad "
            "shooting in Orlando. 50 people dead.\"")
    assert claims_of(text)[-1].claimant == "Donald Trump"  # not "Donald Trump's"


@pytest.mark.parametrize("text,claimant", [
    # "she" is the woman named last though her given name is not an American one, and "he said" of another man
    # inside her words does not make her a man
    ("Obit\n\nMoira Stuart said he had been generous to 3 younger journalists. “Trevor always made time for 40 "
     "people,” she told the BBC.", "Moira Stuart"),
    # a given name of both sexes tells nothing ("Lindsey Graham" is a man)
    ("Vote\n\nLindsey Graham spoke in Iowa. He said 3 states were at risk.", "Lindsey Graham"),
])
def test_given_names_of_the_world_tell_she_from_he(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "the forecaster" is the body that spoke last, else the person
    ("Budget\n\nMel Stride said Labour had broken 3 promises.\n\nThe Office for Budget Responsibility has forecast "
     "that 40 percent of the cost will be passed on. The independent forecaster said growth would reach 2% next "
     "year.", "Office for Budget Responsibility"),
    ("Storm\n\nNational Weather Service meteorologist John Smith said 3 inches of rain fell. The forecaster said more "
     "rain would come on Tuesday, with 40 mph winds.", "John Smith"),
])
def test_a_forecaster_is_a_body_or_a_person(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a project is a body, with the place its name opens with
    ("Turnout\n\nIllinois was still counting, but the United States Elections Project estimated that turnout was up "
     "19 percent.", "United States Elections Project"),
    # "whom X accuses": X, not the one accused
    ("Coup\n\nHe opened the door to the extradition of Fethullah Gulen, the preacher whom Erdogan accuses of "
     "masterminding 3 plots.", "Erdogan"),
])
def test_a_project_and_whom_someone_accuses(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    ("Primary\n\nClinton won Iowa before Bernie Sanders posted an overwhelming victory in 3 states.", None),  # a result
    ("Video\n\nDonald Trump posted a video saying 3 states were rigged.", "Donald Trump"),  # a post
])
def test_posting_a_result_is_no_speech(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "the <body> <role>, <Name>," or "One <role>, <Name>," opens a sentence with its subject, whom "he"/"she" means
    ("Emails\n\nDonald Trump spoke in Ohio.\n\nLast week, the F.B.I. director, James B. Comey, recommended no charges "
     "in 3 cases, but he called her actions “extremely careless.”", "James B. Comey"),
    ("Iowa\n\nTed Cruz spoke in Osceola. One local woman, Karen Robison, pulled Rep. King aside after the event.\n\n"
     "“I’m so glad you came 3 times,” she told him.", "Karen Robison"),
])
def test_a_role_then_a_name_between_commas_is_the_subject(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # before a colon, past where and when to the verb's subject (not the state named with the day)
    ("Hell\n\nAt the town hall meeting in Hudson, New Hampshire Monday, the Christie supporter retorted: “There are 3 "
     "places in hell.”", None),
    # (no verb before the colon: an outlet named there is where, not who)
    ("Iraq\n\nJeb Bush spoke twice.\n\nThen, later that month on CNN: “I've never said we made 3 mistakes.”", None),
])
def test_a_colons_speaker_past_where_and_when(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # someone's officer is no antecedent's: not the last person named (often the officer's principal)
    ("Emails\n\nBernie Sanders spoke in Iowa.\n\nThe intelligence community's inspector general had previously "
     "indicated that 2 emails were top secret.", None),
    ("Race\n\nBernie Sanders spoke in Iowa.\n\nSanders's campaign manager said 3 states were still open.", None),
    # ... but a spokesman speaks for the principal named last
    ("Trade\n\nDavid Cameron spoke in London.\n\nCameron will work with 2 candidates, the prime minister's spokesman "
     "said.", "David Cameron"),
])
def test_someones_officer_is_not_the_last_person(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "the report said" is whoever issued it, not someone who spoke about a report or quoted one
    ("Hacks\n\nShane Shook, an expert, said he saw no evidence in the report that 3 servers were hacked.\n\nIn all, "
     "hackers compromised 12 workstations, the report said.", None),
    ("Hacks\n\n“The committee’s interim report sheds light on 3 hacks,” said Lamar Smith.\n\nIn all, hackers "
     "compromised 12 workstations, the report said.", None),
    # ... whoever issued it, in a sentence with a quote or by "its"
    ('Manafort\n\nIn a statement, Donald Trump announced that "he is consolidating 3 functions".\n\n"Mr. Manafort '
     'will oversee 2 offices," the statement said.', "Donald Trump"),
    ("Party\n\nThe Republican National Committee warned about it in its 2013 report.\n\n“Whites will be 47 percent "
     "of the country in 2050,” the report stated.", "Republican National Committee"),
])
def test_the_report_said_is_whoever_issued_it(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a long clause before the subject ("But after ..., Clinton delivered"): she is the subject, not the last speaker
    ("Cities\n\n“Mayors matter in 3 states,” said Boston Mayor Marty Walsh.\n\nBut after focusing her attention on "
     "issues such as the drug epidemic ravaging rural communities, Hillary Clinton delivered a message Sunday.\n\n“Our "
     "roads and 40 bridges are crumbling,” she said.", "Hillary Clinton"),
    ("Rally\n\nTad Devine spoke first.\n\nFilling in for Bernie Sanders at the same event where Hillary Clinton and "
     "Martin O'Malley appeared Sunday, Cornel West landed a sharp dig.\n\n“I took 2 million dollars,” he said.",
     "Cornel West"),
])
def test_the_subject_past_a_long_leading_clause(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant,kind", [
    # one unnamed member of a party, people somewhere, what someone says: no source
    ("Insiders\n\n“She is 20 points behind,” said an Iowa Democrat.", None, "other"),
    ("Insiders\n\n“Trump can bleed 3 points,” another New Hampshire Republican said.", None, "other"),
    ("Shock\n\nPeople in Fort Pierce said the last time anyone paid this much attention was 1990.", None, "other"),
    ("Lies\n\nEverything Trump says is a lie, 9 times out of 10.", None, "other"),
    # a body named with "Chamber" or ending in "State"
    ("Stars\n\nThe Hollywood Chamber of Commerce has announced that it will not remove 2 stars.",
     "Hollywood Chamber of Commerce", "organization"),
    ("Attack\n\nThe Islamic State said the 2 men were its followers.", "Islamic State", "organization"),
    # ... but "the Wisconsin Republican" is still the one named before
    ("Race\n\nSen. Ron Johnson spoke in Madison.\n\n“We need 3 more seats,” the Wisconsin Republican said.",
     "Ron Johnson", "person"),
])
def test_unnamed_party_members_and_bodies_named_with_common_words(text, claimant, kind):
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == (claimant, kind)


@pytest.mark.parametrize("text,claimant", [
    # a role before the name tells the sex a given name no list knows
    ("Beijing\n\nForeign Ministry spokeswoman Hua Chunying said China watched 2 races.\n\nForeign Ministry spokesman "
     "Lu Kang said China opposed 3 hacks.\n\n“We have 4 concerns,” she said.", "Hua Chunying"),
    ("Beijing\n\nForeign Ministry spokesman Lu Kang said China opposed 3 hacks.\n\nForeign Ministry spokeswoman Hua "
     "Chunying said China watched 2 races.\n\n“We have 4 concerns,” he said.", "Lu Kang"),
    # "Other" opens a group, not a name (nor an antecedent of "he")
    ("Fun\n\nOther Netizens enjoyed the 2 debates.\n\n“It is 3 times better,” he wrote.", None),
])
def test_a_role_tells_the_sex_and_other_opens_no_name(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_clause_after_a_comma_and_and_has_its_own_subject():
    # "..., and the FBI has said": the clause after "and" is the FBI's, though the one before has no auxiliary
    text = "Visas\n\nAll those reviews came back clear, and the FBI has said it had 2 databases with nothing in them."
    assert claims_of(text)[-1].claimant == "FBI"


@pytest.mark.parametrize("text,claimant", [
    # an interview someone gave to an outlet is theirs, not the outlet's
    ("Flight\n\nOsman was on flight 804, according to an interview his brother Alastair Osman gave to ITV.",
     "Alastair Osman"),
    ("Flight\n\nOsman was on flight 804, according to an interview Mary Hill granted the BBC.", "Mary Hill"),
])
def test_an_interview_given_to_an_outlet(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # the spokesman for a body speaks for it, not for the last person named (its founder)
    ("Arrest\n\nWikiLeaks founder Julian Assange surrendered to police on Tuesday.\n\nThe spokesman for WikiLeaks said "
     "the arrest would not stop 250,000 cables being published.", "WikiLeaks"),
    # a body's acronym before a country is no person between the commas: the person named after it is
    ("Journalists\n\nA statement by the Secretary, IPI Nigeria, Ahmed I. Shekarau, said 2 journalists were arraigned.",
     "Ahmed I. Shekarau"),
    # "police said" is the force the article names, written as its own sentence names it
    ("Arrest\n\nLondon’s Metropolitan Police said Assange was arrested on 1 warrant.\n\nPolice said he was held at 9.30 "
     "a.m.", "London Metropolitan Police"),
])
def test_whom_a_spokesman_a_secretary_and_police_speak_for(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a short lead, then a quote to the sentence's end, goes on with the speaker before it
    ("United\n\nBefore the call, “we had heard 2 rumblings about United,” Helane Becker, an analyst at Cowen & Co., "
     "said in a note to clients. After the call, “they aren’t 2 rumblings, but 3 full-fledged screams.”",
     "Helane Becker"),
    # ... unless the sentence names a speaker of its own, unnamed or not
    ("Fiorina\n\nCarly Fiorina ran HP for 6 years.\n\nAs one employee told Palo Alto Weekly, “She wants to put fear "
     "in 2 hearts, and it works.”", None),
])
def test_a_quote_after_a_short_lead_goes_on_with_the_speaker(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_web_address_ends_a_sentence_before_a_quote():
    text = ("Media\n\n“Trump is dominating 2 platforms,” said Brandon Silverman, CrowdTangle chief executive.\n\nWhether "
            "the Clinton or Trump model wins will be part of the 2016 postmortem, said Jake Horowitz, editor in chief of "
            "Mic.com. “You have 1 very sophisticated operation, and then a monster with media attention.”")
    claim = claims_of(text)[-1]
    assert (claim.text[-8:], claim.claimant) == ("Mic.com.", "Jake Horowitz")


@pytest.mark.parametrize("text,claimant", [
    # a surname several people share stands for the one named first and most ("Ivanka" is called by her given name)
    ("Convention\n\nDonald Trump spoke for 75 minutes. Ivanka Trump introduced him. Donald Trump thanked her, and "
     "Donald Trump's aides cheered.\n\nTrump said 2 million jobs would come back.", "Donald Trump"),
    # ... or the one the headline names, though another is named as often
    ("How Newtown gave Chris Murphy a mission\n\nChris Murphy met Marie Murphy in 2007. Marie Murphy is a lawyer.\n\n"
     "“I raised 3 million dollars for 2 gun-control groups in 2016,” Murphy said.", "Chris Murphy"),
    # ... and a headline's title-case run is no second person ("Game Over? Will Sanders ...")
    ("Game Over? Will Sanders Quit\n\nBernie Sanders met Barack Obama on Thursday.\n\nSanders said 2 states were "
     "left.", "Bernie Sanders"),
    # ... nor a sentence-case headline's opening words ("Understated Perez raises ...")
    ("Understated Perez raises political profile.\n\nThomas Perez spoke in Ohio on 2 days.\n\n“Donald "
     "Trump is a fraud 3 times over,” Perez said.", "Thomas Perez"),
    # ... not one named twice as a victim, for his mother's words
    ("Benghazi\n\nSean Smith died in 2012. Patricia Smith, mother of Sean Smith, rejected the claim.\n\n“She lied to "
     "me 3 times,” Smith said.", "Smith"),
])
def test_a_shared_surname_stands_for_the_principal(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant,kind", [
    # "said it’s" after a person with a given name makes no company of them
    ("Tests\n\nBill Clinton said it’s “not that there shouldn’t be 3 tests” a year.", "Bill Clinton", "person"),
    # ... while "said it" after a body's name still does
    ("Soup\n\nCampbell Soup said it earned $184 million in the quarter.", "Campbell Soup", "organization"),
    # rules that could follow: a noun, no court speaking
    ("Climate\n\nIn 2014, Barack Obama unveiled a set of Clean Air Act rules that could close 300 coal plants.", None,
     "other"),
])
def test_a_person_who_said_it_and_rules_that_could(text, claimant, kind):
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == (claimant, kind)


@pytest.mark.parametrize("text,claimant,kind", [
    # a place, a street, a building or a book is no person
    ("Democrats\n\nThe new approach will placate nervous Democrats on Capitol Hill, who have argued that it helps "
     "3 candidates.", None, "other"),
    # (a body's book: the body whose it is)
    ("Fed\n\nUncertainty is weighing on 12 districts, the Federal Reserve’s Beige Book survey said Wednesday.",
     "Federal Reserve", "organization"),
    ("Weiner\n\nBusiness Insider also reported that Weiner had 2 contracts.", "Business Insider", "outlet"),
    ("Legion\n\nThe American Legion wrote to 3 senators that it did not give permission.", "American Legion",
     "organization"),
    # ... a state in brackets inside the subject leaves the person after it the subject
    ("Wall\n\nEarlier, Maricopa County (Ariz.) Sheriff Joe Arpaio, one of the most polarizing figures, vouched for "
     "Trump.\n\nHe said, “Donald Trump will build the wall” and stop 3 million crossings.", "Joe Arpaio", "person"),
])
def test_places_buildings_and_books_are_no_people(text, claimant, kind):
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == (claimant, kind)


@pytest.mark.parametrize("text,claimant", [
    # a title of one everyday word keeps its article: "The Hill", not a source "Hill"
    ("Rubio\n\nRubio’s comments came on Sunday, 3 days later, The Hill reported.", "The Hill"),
    ("Shirts\n\nAccording to The Federalist, the 2 men were wearing shirts.", "The Federalist"),
    # ... but "The Trump campaign" is still the person's
    ("Email\n\nDonald Trump spoke in Ohio.\n\nThe Trump campaign sent a fundraising email on Friday saying that 3 "
     "million jobs were lost.", "Donald Trump"),
])
def test_a_title_of_one_everyday_word_keeps_its_article(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "Mr. Obama" is not the one Obama named in full when she is a woman
    ("Vote\n\nThe campaign will employ Mr. Obama and the first lady, Michelle Obama, in 3 states.\n\n“Our progress is on "
     "the ballot in 50 states,” Mr. Obama said.", "Mr. Obama"),
    # "President Obama" introduces the president as plainly as can be: "the president" is he, not the World Bank's
    ("Climate\n\nBarack Obama won in 2008. President Obama played golf with World Bank President Jim Yong Kim.\n\n“We "
     "may do it in 3 chunks,” the president said in 2010.", "Barack Obama"),
])
def test_mister_and_president_before_a_surname(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a pronoun opening a clause of concession is the speaker of its verb
    ("Trade\n\nJennifer Shanklin-Hawkins works at Carrier.\n\nWhile she says she will not be voting for Mr. Trump, she "
     "applauds his 3 trade plans.", "Jennifer Shanklin-Hawkins"),
    # a second verb after a quote and a comma goes on with the pronoun the sentence opens with
    ("Shock\n\nDebbie Kepler is the organist at the Midway Baptist Church.\n\nShe blamed the violence on a “disturbed "
     "person,” not on his religion, and said it was unnerving that he drove 2 hours to Orlando.", "Debbie Kepler"),
])
def test_a_pronoun_of_concession_and_a_second_verb(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "super PAC" says what the body is; "Pro-Clinton" describes it: neither is part of its name
    ("Ads\n\nPro-Clinton super PAC Priorities USA Action announced 3 ad buys this week.", "Priorities USA Action"),
    ("Ads\n\nThe super PAC Priorities USA Action said it spent $2 million.", "Priorities USA Action"),
    ("Ads\n\nThe super PAC Great America PAC said 3 ads ran.", "Great America PAC"),
])
def test_a_super_pac_by_its_name(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "To" opening a sentence is no part of a name ("To Florida consultant Wilson, ...")
    ("GOP\n\nTo Florida consultant Rick Wilson, the party line on 2 groups of voters is silly.\n\n“This is them "
     "whistling past 3 graveyards,” he said.", None),
    # ... nor of the one full name a surname stands for ("To Frank, ..." made a second "Frank")
    ("Elite\n\nThomas Frank wrote a book in 2016. To Frank, the trouble began in 1970.\n\n“Toil hopelessly or go to "
     "prison 2 times,” Frank writes.", "Thomas Frank"),
])
def test_to_opening_a_sentence_is_no_name(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_title_case_lines_verb_opens_no_name():
    # "Thanked Clinton" is a title-case line's verb and its object, not a person
    text = ("Speeches\n\nHillary Clinton spoke to Goldman Sachs 3 times.\n\nRepresentative Thanked Clinton For Her Courage In "
            "Continuing To Associate Herself With Wall Street.\n\nClinton said the 2 banks had changed.")
    assert claims_of(text)[-1].claimant == "Hillary Clinton"


@pytest.mark.parametrize("text", [
    # a line ending in "saying," or in a second verb and a comma leads into the quote after it
    ("Goa\n\nAt the press conference after FC Goa and Jamshedpur FC, the winning team's coach Sergio Lobera spoke "
     "about his assessment of the game saying,\n\n“There were 3 games where we were better but weren’t able to "
     "win.”"),
    ("Goa\n\nCoach Sergio Lobera spoke on Monday.\n\nIn the learnings from the game, Lobera thought his team has "
     "work to do on the defensive part and expressed,\n\n“We conceded 2 goals from crosses, and we have to improve "
     "defensively.”"),
])
def test_a_line_ending_in_saying_or_a_second_verb_leads_into_the_quote(text):
    assert claims_of(text)[-1].claimant == "Sergio Lobera"


@pytest.mark.parametrize("text,claimant", [
    # "the sheriff's office", "the budget office": the office the article named; "the sheriff": the one introduced
    ("Shooting\n\nThe Anderson County Sheriff's Office says that deputies shot a suspect.\n\nThe sheriff's office says "
     "that the incident occurred at 12:40pm on 2 streets.", "Anderson County Sheriff's Office"),
    ("Deficit\n\nThe Congressional Budget Office released its outlook.\n\nThe budget office said about half of the $1 "
     "trillion adjustment came from 2 laws.", "Congressional Budget Office"),
    ("Shooting\n\nThe roommate requested a check, according to sheriff Chad McBride.\n\nThe roommate was unharmed in "
     "the 2 incidents, according to the sheriff.", "Chad McBride"),
    # ... but someone's office is theirs
    ("Emails\n\nColin Powell spoke in 2009.\n\nPowell’s office said the former top diplomat could not recall 3 "
     "dinners.", "Colin Powell"),
])
def test_an_office_and_a_sheriff(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a body by its trade ("the foodservice distributor") is the one the article was just about, its acronym
    # opening a sentence past a leading clause standing for the name it abbreviates
    ("Deal\n\nChiquita Brands International Inc has bought the Fresh Express unit of Performance Food Group (PFG).\n\n"
     "In related news, PFG plans to spend $315 million to buy back 10 million shares. The foodservice distributor "
     "said it will buy back the shares at $27.50 to $31.50 each.", "Performance Food Group"),
])
def test_a_body_by_its_trade_after_its_acronym(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "adds the <thing>" is no speech, unless "that", a colon or a quote follows it
    ("Deal\n\nWith this acquisition, Chiquita adds the Fresh Express brand, which has a 41% share of 2 markets.", None),
    ("Race\n\nDonald Trump added the caveat that 3 states were close.", "Donald Trump"),
    ("Photo\n\nFox's Ed Henry added the caption which reads, “Jeff Weaver told me 2 photos circulated.”", "Ed Henry"),
])
def test_adding_a_thing_and_adding_words(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_capitalised_office_then_its_holder_opens_the_sentence():
    # "The High Commissioner for Human Rights, Volker Türk, issued ...": the antecedent of "he"
    text = ("Briefing\n\nThe High Commissioner for Human Rights, Volker Türk, issued an urgent plea today to 193 States.  "
            "He said that all parties must immediately cease 2 kinds of attacks.")
    assert claims_of(text)[-1].claimant == "Volker Türk"


def test_a_title_that_is_also_a_role_when_written_capitalised_inside_a_sentence():
    # "The Economist reported": the magazine, where the article writes its capital "The" inside sentences
    text = "Media\n\nMarco Rubio spoke on Sunday.\n\nRubio spoke 7 times, The Economist reported."
    assert claims_of(text)[-1].claimant == "The Economist"


def test_a_one_word_body_as_subject_is_what_the_company_refers_to():
    # "For years, Twitter has positioned itself ...": a body ("itself"), which the later "the company" is
    text = ("Twitter\n\nSITE Intelligence Group, a company that tracks extremists, published 3 reports.\n\nFor years, "
            "Twitter has positioned itself as a town square open to all. Twitter added 2 million users.\n\nThe social "
            "media company said on Friday that it had suspended 125,000 accounts.")
    assert claims_of(text)[-1].claimant == "Twitter"


@pytest.mark.parametrize("text,claimant", [
    # a verb after "to" is an infinitive: the subject of the verb before it speaks
    ("Campaign\n\nPaul Manafort spoke.\n\nMr. Manafort acknowledged Mr. Trump's unpopularity - his ''negatives,'' he "
     "called them - but invoked Ronald Reagan's polling deficit in 1980 to claim the deficiencies were not permanent.",
     "Paul Manafort"),
    ("Race\n\nJane Smith spoke.\n\n“We will win 12 states,” Smith went on to claim.", "Jane Smith"),
    ("Race\n\nJane Smith spoke.\n\n“We will win 12 states,” Smith was quick to say.", "Jane Smith"),
])
def test_a_speech_verb_after_to_is_the_earlier_subjects(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a subject described, then named between commas, is the "she" after it
    ("Vote\n\nIndependent Vermont Sen. Bernie Sanders was not able to make up 2 points.\n\nOne superdelegate, Alabama "
     "Democratic Party chairwoman Nancy Worley, pledged her vote to Clinton to allow Clinton to focus on Donald Trump."
     "\n\n“We really need to bring a close to this primary process,” she said.", "Nancy Worley"),
    # the given name alone of the one person the article names with it
    ("TV\n\nThe prosecutor, Carrie Cohen, looked crushed as she left the courtroom.\n\nThat night, I told Megyn Kelly "
     "that the government tried to put me away. Megyn was incredulous. “Only you, Dinesh,” she said, would use the "
     "occasion of a harsh sentence to reaffirm your love of 1 country.", "Megyn Kelly"),
])
def test_a_subject_named_after_its_description_or_by_given_name_is_she(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "While Comey said ..., he said": the subject of the clause of concession, not the one heard before
    ("Probe\n\nJudiciary Committee Chairman Bob Goodlatte sent the referral.\n\nFBI Director James Comey said 3 "
     "statements were wrong.\n\nAlso Monday, Goodlatte sent a letter to Comey, signed by 200 House Republicans.\n\n"
     "While Comey said there was clear evidence of carelessness, he said there is no precedent for 1 case like it.",
     "James Comey"),
    ("Leaks\n\nEdward Snowden spoke on Monday. Julian Assange founded WikiLeaks in 2006.\n\nWikiLeaks published "
     "20,000 emails.\n\nAlthough Assange was not charged, he has accused Clinton of pushing to indict him.",
     "Julian Assange"),
    # "the two write": a pair, unnamed here, not the last person heard
    ("Letter\n\nBob Goodlatte spoke. James Comey said 3 statements were wrong.\n\n“You seem to have picked a new "
     "standard out of thin air for 2 people,” the two write.", None),
])
def test_the_subject_of_an_opening_clause_and_the_two_who_write(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # how the words were said, after them: a verb of speech there
    ("Show\n\nHBO comedian John Oliver spoke on Sunday.\n\n“His wife has explained that she chose not to speak, you "
     "fool,” Oliver barked.", "John Oliver"),
    ("Guns\n\nSen. Pat Toomey spoke.\n\n“If they were serious about this, they would have gone to the 1 bill,” Toomey "
     "fumed on Tuesday.", "Pat Toomey"),
    ("Email\n\nHillary Clinton sent a flattering email to Barack Obama.\n\n“I thought your press conference was right "
     "on target,” Clinton gushed.", "Hillary Clinton"),
    # and before the speaker: not the person the quote names
    ("Show\n\nBrad Thor writes thrillers.\n\n“Imagine Brad Thor going up against 2 candidates on the same stage,” mused "
     "Blaze co-host Stu Burguiere.", "Stu Burguiere"),
])
def test_a_verb_of_manner_after_a_quote_is_speech(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a noun phrase alone between commas before ", and <verb>" names the object: the subject speaks
    ("Visit\n\nBut Obama, making it clear that security trumped 2 other concerns, stood beside Meles's successor, "
     "Prime Minister Hailemariam Desalegn, and described the government as being “democratically elected.”", "Obama"),
    ("Talks\n\nMarco Rubio met with John Smith, the party's leader, and said 3 talks went well.", "Marco Rubio"),
])
def test_a_verb_after_an_apposed_object_is_the_subjects(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_quote_signed_with_a_dash_then_what_it_was_on():
    # "– Lopes on a credit card that is part of ...": the speaker, then the subject of the words, however long
    text = ("Budget\n\nCouncil President Joseph Lopes kept order. Councilor Dana Rebeiro spoke 3 times.\n\n"
            "“We’ve all heard the rumors around City Hall that there’s 1 credit card in the mayor’s office.” – Lopes on "
            "a credit card that is part of the mayor’s office budget.")
    claims = [claim for claim in claims_of(text) if "rumors" in claim.text]
    assert [claim.claimant for claim in claims] == ["Joseph Lopes"]


@pytest.mark.parametrize("text,claimant", [
    # a colon's lead-in whose subject says nothing: the speaker of its verb of speech
    ("Perez\n\nThomas Perez collected trash to pay for 1 degree.\n\nHis Catholic faith is important to him, and he said "
     "he often thinks of what his parents told him: \"In order to get to heaven, you have to have 3 letters.\"",
     "Thomas Perez"),
    ("Twitter\n\nThe Slate technology columnist David Auerbach went so far as to say: ''Twitter has 2 problems.''",
     "David Auerbach"),
])
def test_a_colons_lead_in_whose_subject_says_nothing(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # an honorific picks the one of its sex among a family the article names in full
    ("Trail\n\nHillary Clinton and Bill Clinton arrived. Bill Clinton spoke first.\n\nOn the campaign trail, Mrs. Clinton "
     "regularly pledges to ''make sure our economy works for 300 million people,'' as she put it on Wednesday.",
     "Hillary Clinton"),
    ("Foundation\n\nHillary Clinton and Bill Clinton arrived.\n\nMr. Clinton said Thursday he would leave 1 board.",
     "Bill Clinton"),
    # not when two of the family are of its sex: "Mr. Trump" beside Donald Trump Jr. stays as written
    ("Rally\n\nDonald J. Trump, Donald Trump Jr. and Melania Trump arrived.\n\nMr. Trump said 2 states were close.",
     "Mr. Trump"),
])
def test_an_honorific_picks_the_one_of_its_sex_in_a_family(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a comedian, a researcher, an anchor introduced by name are who "the comedian", "she" mean later
    ("Show\n\nBill Maher spoke. HBO comedian John Oliver criticised Trump on Sunday.\n\n“It is hard to blame him for 2 "
     "errors,” the comedian said.", "John Oliver"),
    ("Study\n\nYale University ran the study. Lead author Michael Crair studied 40 mice.\n\n“They dream before 1 birth,”"
     " the researcher said.", "Michael Crair"),
    ("TV\n\nJorge Ramos spoke on Monday.\n\nThe network’s nightly news anchor Ilia Calderón reacted with a letter. "
     "“I am concerned for my 1 daughter,” she wrote.", "Ilia Calderón"),
    # an employee is someone's: not the last person named
    ("Firm\n\nDonald Trump owns the firm.\n\nThe employee of nearly four years said 3 managers had left.", None),
])
def test_newsroom_and_laboratory_roles_refer_back(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a surname the text names only in the headline's full name: that person
    ("Cecile Richards: I’m Sick Of Men Talking About Women’s Health\n\nThe head of Planned Parenthood spoke on Friday."
     "\n\n“I was in Fort Worth the other day and 1 young woman stopped me,” said Richards.", "Cecile Richards"),
    # not a headline's everyday word before the surname
    ("Understated Perez Raises Political Profile\n\nThe labor secretary spoke in 2 cities.\n\n“We need 3 more "
     "inspectors,” said Perez.", "Perez"),
])
def test_a_surname_named_in_full_only_in_the_headline(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # a pronoun just after a shared surname tells which of the family speaks
    ("Debate\n\nHillary Clinton and Bill Clinton arrived. Hillary Clinton spoke 2 times.\n\nClinton told the debate "
     "audience that she believes 12 million workers must get a raise to $15 an hour.", "Hillary Clinton"),
    ("Canvass\n\nBetsy Ebeling and Tom Ebeling knocked on 40 doors.\n\nLike a family member, Ebeling said it is "
     "sometimes hard for her to watch 3 attacks.", "Betsy Ebeling"),
    # not a pronoun after another name, which it means
    ("Debate\n\nHillary Clinton and Bill Clinton arrived. Bernie Sanders spoke.\n\nClinton suggested Sanders was "
     "hypocritical because he accepted $200,000 in fees.", "Clinton"),
])
def test_a_pronoun_just_after_a_shared_surname_tells_who(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_given_name_alone_that_she_follows_is_a_person():
    # "Third-floor resident Alice told the BBC she had seen": a person by her given name, no junk source of kind other
    text = ("Flood\n\nMore than 120 residents were evacuated on Tuesday.\n\nThird-floor resident Alice told the BBC she "
            "had seen a \"fountain of water\" cascading down 15 floors.")
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == ("Alice", "person")


def test_her_after_a_body_named_like_a_given_name_leaves_it_a_body():
    text = "Rich\n\nForbes said it tracks 500 family fortunes. Forbes said her net worth of $4.5 billion was marked down."
    assert claims_of(text)[-1].claimant_kind == "organization"


@pytest.mark.parametrize("text,claimant", [
    # a contracted negation before the verb is the speaker's, as "has not said" is
    ("Race\n\nBernie Sanders spoke in Indiana.\n\nSanders hasn't said whether he has a strategy, and he insisted at an "
     "Indiana rally that he's still in the race to win 1,237 delegates.", "Bernie Sanders"),
    ("Court\n\nMcConnell spokesman Don Stewart spoke to reporters.\n\nMcConnell spokesman Don Stewart wouldn’t say "
     "whether the Senate will vote on the 3 nominees.", "Don Stewart"),
])
def test_a_contracted_negation_before_the_verb_keeps_its_speaker(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_pronoun_after_words_quoted_late_in_a_long_clause_is_the_subject():
    # 'Trump called the assault that killed five officers "…," but he also noted': he is Trump
    text = ("Convention\n\nDonald Trump spoke on Monday. Hillary Clinton spoke too.\n\nIn somber comments, Trump called "
            "the assault that killed five Dallas police officers \"an attack on our country,\" but he also noted the "
            "\"senseless, tragic deaths\" of 2 black men in recent police shootings.")
    assert claims_of(text)[-1].claimant == "Donald Trump"


@pytest.mark.parametrize("text,claimant", [
    # "The attorney general of New York": the one the article introduced so, not the state
    ("Suit\n\nNew York Attorney General Eric Schneiderman filed suit.\n\nThe attorney general of New York said 5,000 "
     "students paid up to $35,000.", "Eric Schneiderman"),
    # none introduced: nobody, not "New York"
    ("Suit\n\nA lawsuit was filed.\n\nThe attorney general of New York said 5,000 students paid up to $35,000.", None),
])
def test_a_role_of_a_place_is_no_speaker_named_by_the_place(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_described_name_before_a_verb_in_the_past_is_who_she_is():
    # "Tennis great Billie Jean King remembered Ali": the subject, whom a later "she said" means (not Djokovic)
    text = ("Tribute\n\nNovak Djokovic told a TV interviewer that the match was important. Andy Murray said he was "
            "looking forward to it.\n\nTennis great Billie Jean King remembered Ali as fun to be around. She witnessed "
            "the fight at Madison Square Garden in 1971.\n\n“He always whispered in my ear, ‘you are the Queen,’ 12 "
            "times,” she said.")
    assert claims_of(text)[-1].claimant == "Billie Jean King"


def test_a_pronoun_in_a_clause_after_the_person_asked_is_that_person():
    # "Hugh Hewitt asked Trump about statements he had made": he is Trump, asked, not the host asking
    text = ("Interview\n\nDonald Trump said on Thursday that his rivals were weak.\n\nConservative radio host Hugh Hewitt asked Trump about "
            "statements he had made the previous night, when he claimed Obama founded a group of 3,000 fighters.")
    assert claims_of(text)[-1].claimant == "Donald Trump"


@pytest.mark.parametrize("text,claimant", [
    # "reported ten days ago": when, after the verb
    ("Money\n\nThe Clinton Foundation “received as much as $26.4 million in undisclosed payments” from corporations, "
     "foreign sources, and other groups, the Washington Post reported ten days ago.", "Washington Post"),
    # "promised Monday to": the day between the verb and its infinitive
    ("Immigration\n\nDemocratic presidential candidate Bernie Sanders promised Monday to begin taking executive action "
     "during the first 100 days of his presidency.", "Bernie Sanders"),
    # "New Hampshire Sen. Kelly Ayotte’s campaign, for example, said": her campaign, past the state, title and aside
    ("Votes\n\nNew Hampshire Sen. Kelly Ayotte spoke.\n\nNew Hampshire Sen. Kelly Ayotte’s campaign, for example, said "
     "she would “support the nominee” but “isn’t planning to endorse anyone this cycle,” while 3 others said no.",
     "Kelly Ayotte campaign"),
])
def test_a_time_a_title_or_an_aside_around_the_speaker_is_no_part_of_it(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "The CEO" refers back to the chief executive the article introduced last, not to an office "CEO"
    ("Calls\n\nTake, for example, Cleveland-Cliffs CEO Lourenco Goncalves, who was asked about it.\n\nThe CEO then "
     "vowed to buy back 5% of the stock.", "Lourenco Goncalves"),
    ("Calls\n\nTake, for example, Cleveland-Cliffs CEO Lourenco Goncalves, who was asked about it.\n\nAcme CEO Dana "
     "Cole spoke.\n\nThe CEO said 7% of the stock would be bought back.", "Dana Cole"),
    ("Campaign\n\nCarly Fiorina spoke in Iowa.\n\nBut, the former CEO of Hewlett-Packard added, it is not the way to win "
     "12 states.", "Carly Fiorina"),
])
def test_the_ceo_is_the_chief_executive_introduced(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_contracted_pronoun_before_a_second_verb_is_the_subject():
    # "She's a Sanders supporter but concedes": she (Mattie Thomas), not the candidate she supports
    text = ("Voters\n\n\"It's according to age groups,\" said Mattie Thomas, 66, a retired fast-food worker. She's a "
            "Sanders supporter but concedes that most of her 12 friends love the Clintons.\n\n\"They have a perception "
            "of the Clintons from 8 years, and you're not going to change their minds,\" she said.")
    assert [claim.claimant for claim in claims_of(text)[-2:]] == ["Mattie Thomas", "Mattie Thomas"]


@pytest.mark.parametrize("text", [
    "Polls\n\nEven an anti-Trump PAC recently revealed its polling shows Trump crushing Rubio by 20 points in Florida.",
    "Ads\n\nA pro-Rubio super PAC said 40 ads would run in 3 states.",
    "Aid\n\nAn NGO said 12,000 people had fled the town.",
])
def test_an_acronym_for_a_kind_of_body_is_no_source(text):
    assert claims_of(text)[-1].claimant is None


@pytest.mark.parametrize("text,claimant", [
    # a headline ending in a capitalised word is no part of the name opening the next paragraph
    ("Race\n\nBernie Sanders said 5 things.\n\nSanders’ campaign said it would seek a recanvass in 3 counties.",
     "Bernie Sanders campaign"),
    ("Sanders Campaign Seeks Recanvass\n\nBernie Sanders said 5 things.\n\nSanders’ campaign said it would seek a "
     "recanvass in 3 counties.", "Bernie Sanders campaign"),
])
def test_a_name_never_runs_across_a_paragraph_break(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "..., the agency said": the body the sentence opens with, when none was heard before
    ("Arrests\n\nArkansas State Police have arrested 2 men in the fatal shooting of an officer Thursday night, the agency "
     "said in a news release.", "Arkansas State Police"),
    # "according to the sheriff's office": the body named with those words, not the one-word name heard last
    ("Shooting\n\nLopez, a 14-year employee of the Yavapai County Sheriff's Office, was found unresponsive.\n\nSelvy had "
     "told police he was sitting at home when a man shot him 3 times.\n\nHe allegedly fled to a nearby home after the "
     "shooting and barricaded himself inside for 5 hours, according to the sheriff's office.",
     "Yavapai County Sheriff's Office"),
])
def test_a_body_described_is_the_one_named_so(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_a_surname_that_had_told_police_he_is_a_person():
    # "Selvy had told police he was sitting at home": a person by his surname, no source of kind other
    text = ("Shooting\n\nSelvy had told police he was sitting at home listening to music when a man shot him 3 times.")
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == ("Selvy", "person")


@pytest.mark.parametrize("text", [
    # "Just last week, the health secretary claimed": past the time, the role introduced as "The health secretary, X,"
    "NHS\n\nThe health secretary, Sajid Javid, admitted the figure could double. Just last week, the health secretary "
    "claimed that around 7 million people did not seek treatment during the pandemic.",
    "NHS\n\nIn an interview, the newly-appointed health secretary, Sajid Javid, admitted the figure could double. Just "
    "last week, the health secretary claimed that around 7 million people did not seek treatment.",
])
def test_the_role_after_a_time_is_the_one_introduced(text):
    assert claims_of(text)[-1].claimant == "Sajid Javid"


@pytest.mark.parametrize("sentence,claimant", [
    # a participle of speech after the verb's comma: the subject goes on speaking
    ('"Absolutely not," Hillary Clinton responded, remarking that she is "looking for a team" of 3.', "Hillary Clinton"),
    ("John Stumpf tried to make the case that this was a few bad apples, explaining the firings amounted to 1 percent "
     "of 100,000 bankers.", "John Stumpf"),
    ("Jeb Bush is emphasizing his third-place finish in Iowa, asserting that he has a chance to win 2 more states.",
     "Jeb Bush"),
    ("Glenn Beck has criticized voters for not supporting Cruz, declaring that 9 in 10 of them back Trump.",
     "Glenn Beck"),
    ("Marco Rubio took Mr. Trump on sideways, acknowledging that 40 percent of voters backed him.", "Marco Rubio"),
])
def test_a_participle_of_speech_after_a_comma_is_the_subjects(sentence, claimant):
    assert claims_of(f"Politics\n\n{sentence}")[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "notes" after a figure, a currency or a kind of paper is money or debt, no speech; "Rs" is a currency, no source
    ("Cash\n\nRishi Pal, DCP (East), said Alam was caught during a regular check. A search found bundles of Rs. 1,000 "
     "notes in his bag. “A total of Rs.96 lakh was found,” said the officer.", "Rishi Pal"),
    ("Cash\n\nPolice found 50 fake Rs 2,000 notes worth Rs 1 lakh in the car.", None),
    ("Debt\n\nFord Motor Co. said sales rose 5%. The company sold $500 million of senior notes due 2030.", None),
    ("Debt\n\nInvestors bought Treasury notes worth $2 billion on Monday.", None),
    ("Debt\n\nMaria Lopez notes that 5 banks sold Treasury notes worth $2 billion.", "Maria Lopez"),
])
def test_notes_after_a_figure_or_a_currency_are_paper(text, claimant):
    claims = claims_of(text)
    assert [claim.claimant for claim in claims if "Rs" in claim.text or "notes" in claim.text][-1] == claimant
    assert "Rs" not in {claim.claimant for claim in claims}


@pytest.mark.parametrize("text,claimant", [
    # a paragraph that is one quote and nothing else, after a paragraph about a person who did not speak: theirs
    ("Football\n\nTalented striker Wayne Rooney scored a hat-trick to lead Manchester United to a 4-0 win.\n\n“I am "
     "really happy to be back among the goals and to have secured the 3 points in a big match for us.”", "Wayne Rooney"),
    ("Debate\n\nOn the radio show Wednesday, Hillary Clinton was asked why her candidacy isn't resonating more.\n\n"
     "\"I have tried to emphasize that 2 things are historic, and that's why I'm saying it.\"", "Hillary Clinton"),
    # not when the paragraph before ends by quoting someone else ("quotes ... Alfred Kahn:"), nor a title in quotes
    ("Labor\n\nThomas Frank has a new book on the Democrats.\n\nIt was not a good look. Organized labor’s status was about "
     "to plummet. Jimmy Carter appointed a Federal Reserve chairman bent on breaking union power. Frank quotes former "
     "Carter adviser Alfred Kahn:\n“I’d love the Teamsters to be worse off by 20 percent.”", None),
    ("Music\n\nMary J. Blige sings to Clinton in a clip.\n\n“American Skin (41 Shots)” was written by Springsteen after "
     "the 1999 shooting death of Amadou Diallo, who was shot at 41 times.", None),
    # nor when the quote paragraph names a speaker (though in words not read as speech)
    ("Debate\n\nBernie Sanders drew a distinction with his rival.\n\n\"It tells you that 1 of us is a candidate of the "
     "establishment,\" reads a Wednesday editorial in The Des Moines Register.", None),
])
def test_a_paragraph_that_is_one_quote_is_the_person_just_described(text, claimant):
    last = extract_claims(text, split_blocks(text), every_sentence=True)[-1]
    assert last.claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # the name set after the role ends the sentence: "according to ... the ministry spokesman, John Ade."
    ("Plan\n\nThe plan costs $5 billion, according to the ministry spokesman, John Ade.", "John Ade"),
    ("Plan\n\nThe plan costs $5 billion, according to a statement signed by the ministry spokesman, John Ade.",
     "John Ade"),
    # not a document's subject: "According to an FBI summary of its investigation, Cheryl Mills, a top aide, sent"
    ("Email\n\nAccording to an FBI summary of its investigation, Cheryl Mills, a top Clinton aide, sent 3 emails.",
     "FBI"),
    # someone's officer by the letters of the office is no body ("his CPS": chief press secretary)
    ("Funds\n\nRochas Okorocha spoke. The governor, according to the press statement signed by his CPS, Sam "
     "Onwuemeodo boasts of leaving #42.5bn for Chief Ihedioha.", None),
    ("Funds\n\nThe plan costs N5 billion, his CPS said.", None),
    # "averred that": speech, as Nigerian copy writes it
    ("Funds\n\nRochas Okorocha spoke on Monday. He averred that N8.1billion of the money is meant for salaries.",
     "Rochas Okorocha"),
    # a role opening the paragraph after a headline is no title "The minister" (as "The Oklahoman" is)
    ("Schools to close\n\nThe minister said that 5 schools will close.", None),
    ("Schools to close\n\nThe spokesman said that 5 schools will close.", None),
    ("Schools to close\n\nFive schools will close, according to The Oklahoman.", "The Oklahoman"),
])
def test_officers_named_after_their_role_or_by_letters(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


_REMARKS = ("Opening Remarks\n\nPrime Minister Anthony Albanese\n\nANTHONY ALBANESE, PRIME MINISTER: Premier, congratulations."
            "\n\nJACINTA ALLAN, PREMIER OF VICTORIA: Thank you. I know we’ve got a very important relationship.\n\n"
            "PREMIER ALLAN: I know. I did say, I made the comments yesterday, that I have known you for 30 years.\n\n"
            "PRIME MINISTER: It’s a long way from us sitting down at 3 development conferences in Bendigo.")
_INTERVIEW = ("Transcript of Television Interview – Friday\n\nTOM CONNELL: Anthony Albanese has been good enough to join "
              "us from Melbourne this morning. Thanks very much for your time.\n\nANTHONY ALBANESE: Thanks for having us "
              "on, Tom, it is good to be here.\n\nCONNELL: This is a commitment of $225 million made twice now by the "
              "Government, so they seem very committed. Now you would welcome this?\n\nALBANESE: Well, only $60 million "
              "of this $225 million is available in the Forward Estimates, so it is off into the never-never.\n\n"
              "CONNELL: You mentioned the never-never. So is this plan to connect up all 16 train lines a good idea?")


@pytest.mark.parametrize("text,sentence,claimant", [
    # an office's label after "NAME, OFFICE:" is that person (not the name after the title on the line above, glued
    # to the label below it)
    (_REMARKS, "It’s a long way", "Anthony Albanese"),
    # a surname's label after the full name's, which the article writes only in capitals
    (_REMARKS, "I did say", "Jacinta Allan"),
    (_INTERVIEW, "This is a commitment", "Tom Connell"),
    (_INTERVIEW, "So is this plan", "Tom Connell"),
    (_INTERVIEW, "Well, only $60 million", "Anthony Albanese"),
])
def test_a_transcripts_labels_name_their_speakers(text, sentence, claimant):
    claims = extract_claims(text, split_blocks(text), every_sentence=True)
    assert next(claim.claimant for claim in claims if sentence in claim.text) == claimant


@pytest.mark.parametrize("sentence,claimant", [
    # a verdict on something: who condemns, denounces or brands it speaks
    ('But shadow chancellor John McDonnell condemned the report as "fake news" costing £1.2tn.', "John McDonnell"),
    ('Japan branded North Korea an "outlaw nation" after 3 missile launches.', "Japan"),
    ("Another RT host, Abby Martin, had denounced the annexation as illegal in a 2014 broadcast.", "Abby Martin"),
    # not an act condemned, nor "as" opening a clause, nor a passive, nor a verb of a series after a quote
    ("The UN condemned the attack that killed 12 people.", None),
    ("The decision came 3 days after the Security Council condemned the launch as Pyongyang fired 3 missiles.", None),
    ('The inquiry, often branded a "witch hunt" by Democrats, cost $7 million, Trey Gowdy said.', "Trey Gowdy"),
    ('Donald Trump summed up Clinton as “terrible,” denounced her record as secretary of state and said she cost 4 '
     'lives.', "Donald Trump"),
])
def test_a_verdict_on_something_is_speech(sentence, claimant):
    assert claims_of(f"Politics\n\n{sentence}")[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # people or papers of a kind somewhere are unnamed, not the place
    ("Christie\n\nSix Gannett newspapers in New Jersey, including the Asbury Park Press, said he isn’t fit to serve 2 "
     "more years.", None),
    ("Polls\n\nBecause exit polls in New Hampshire and Iowa indicated that Trump won 40 percent of early deciders, he "
     "leads.", None),
    ("Iowa\n\n- Democrats in Iowa who watched the Saturday debate said they were unfazed by the 9/11 flap, 3 to 1.", None),
    ("Polls\n\nA poll from Utah showed Trump with a 17-point lead over Clinton.", None),
    ("Ryan\n\nOne operative inside Trump Tower tried to downplay Ryan’s comments, saying 2 aides were “not bothered.”",
     None),
    # (a body in a place keeps its name)
    ("Polls\n\nFigures from the Office for National Statistics showed 3 percent growth.", "Office for National Statistics"),
    # a headline's "Senator from Texas" is the senator of that state the article names, not the state
    ("Senator from Texas says he cannot allow Clinton to win the presidency by 5 points\n\nSen. Ted Cruz (R-Tex) is "
     "endorsing Donald Trump.\n\nSenator from Texas says he cannot allow Clinton to win 3 states.", "Ted Cruz"),
])
def test_people_of_a_kind_somewhere_are_not_the_place(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # '"…," he wrote' after a clause whose subject spoke, its quote set after a comma: that subject
    ("Money\n\nCampaign manager Robby Mook wrote 3 emails. The schedule was crazy, as Adebin noted in 2 emails.\n\n"
     "Mook explained to other advisers that "
     "the lawyer, Marc Elias, \"made a convincing case to me that 3 restrictions don't get you anything,\" he wrote.",
     "Robby Mook"),
    ("Debate\n\nBernie Sanders said 5 things.\n\nVice President Joe Biden weighed in as well, telling Mic in an interview, "
     "“But gosh almighty, they’re both qualified,” he said, adding that 2 candidates were.", "Joe Biden"),
])
def test_a_pronoun_after_a_quote_set_after_a_comma_is_the_subject(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("sentence,claimant", [
    # two people named with their titles: the first (not one name of both, nor the place after them)
    ("The 12 funding selections were announced by EPA Administrator Michael S. Regan and Senator Murkowski in "
     "Fairbanks, Alaska during the tour.", "Michael S. Regan"),
    ("The plan was announced by Mayor Jane Doe and Gov. John Roe on Monday, costing $5 million.", "Jane Doe"),
])
def test_the_first_of_two_titled_people(sentence, claimant):
    assert claims_of(f"Funding\n\n{sentence}")[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # "Top" before a body's officials says which officials, not the body's name
    ("Votes\n\nTop Republican Party officials asserted Wednesday that 3,100 paid organizers were at work.",
     "Republican Party"),
    # a poll conducted by one firm for others is the firm's
    ("Polls\n\nAccording to early results of the exit poll conducted by Edison Research for the Associated Press and "
     "Television Networks, Clinton led in 2 states.", "Edison Research"),
    ("Polls\n\nAccording to early results of the exit poll conducted by Edison Research for CNN, Clinton led in 2 states.",
     "Edison Research"),
    # "super PAC spokeswoman X": a kind of body, so no "PAC" for a later "it" to be
    ("Ads\n\n\"There's some concern,\" super PAC spokeswoman Kellyanne Conway said of 3 ads.\n\nThe Cruz campaign sent "
     "an email. It stated that Trump is so rattled by 2 losses that he attacks.", None),
])
def test_which_officials_whose_poll_and_a_kind_of_body(text, claimant):
    # (the article's own run of capitalised words may go on past the firm: "Edison Research for the Associated Press")
    found = claims_of(text)[-1].claimant
    assert found == claimant or claimant and found.startswith(f"{claimant} for ")


@pytest.mark.parametrize("text,claimant", [
    # a person described by a body they belong to, or by a trade, stays a person
    ("Jobs\n\n''I've looked for a union label in 3 stores,'' said Bob Mason, a retired Postal Service letter carrier.",
     "Bob Mason"),
    ("Protest\n\n''We feel like 2 votes were stolen,'' said Laurie Cestnick, the founder of a Facebook group called "
     "Occupy DNC Convention, which has more than 25,000 members.", "Laurie Cestnick"),
    ("Indiana\n\nPete Seat, an Indiana GOP consultant whose firm was retained by the Kasich campaign, said 3 delegates "
     "would back Trump.", "Pete Seat"),
    ("Arizona\n\n\"He's strong against racial profiling,\" said Jose Yepez, a city council member in Somerton, Ariz., of "
     "the 2 candidates.", "Jose Yepez"),
    ("Union\n\nDrew Heiserman, a steering committee member for the Caucus of Rank and File Educators, said 3 unions "
     "agreed.", "Drew Heiserman"),
])
def test_a_person_described_by_a_body_is_a_person(text, claimant):
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == (claimant, "person")


def test_a_body_described_as_an_official_agency_stays_a_body():
    text = ("China\n\nXinhua, the official Chinese news agency, said 3 ships had sailed. It called the admiral a "
            "provocateur.\n\n''Some may say 2 patrols are too many,'' Xinhua said.")
    assert claims_of(text)[-1].claimant_kind == "organization"


@pytest.mark.parametrize("text,claimant", [
    # a frequent word opening a sentence before a surname is no given name: the surname stays the one person named
    # in full
    ("Sanders\n\nBernie Sanders spoke on Monday. Within Sanders' inner circle, talks have gone on for months.\n\n"
     "Sanders said 3 states would vote in June.", "Bernie Sanders"),
    ("Delegates\n\nDonald Trump lost Wyoming. Six Trump supporters ran for delegate slots.\n\nTrump told supporters "
     "that 14 delegates were stolen.", "Donald Trump"),
    ("Swiss\n\nChristoph Blocher led the SVP. Interestingly Blocher, a wealthy industrialist, became its voice.\n\n"
     "Blocher insists that 3 referendums were won fairly.", "Christoph Blocher"),
    ("Debate\n\nBernie Sanders met Al Sharpton.\n\nCan Sanders take a punch?\n\nSanders said 2 debates were enough.",
     "Bernie Sanders"),
    # a place or a people before a surname says where from or who, not a given name
    ("Nevada\n\nHillary Clinton spoke in Las Vegas. Filipino Clinton supporters cheered her.\n\nThe Clinton campaign "
     "said 3 states were close.", "Hillary Clinton campaign"),
    ("Voters\n\nBarack Obama won in Connecticut. Connecticut Obama voters stayed home, and Obama said 2 states were "
     "lost. Obama said 4 seats were won.", "Barack Obama"),
    # a given name that is also a frequent word, written as a name inside a sentence, is still one: two people stay apart
    ("Korea\n\nRep. Young Kim met Andy Kim, and Young Kim then left. Kim said 3 bills would pass.", "Kim"),
])
def test_a_frequent_word_before_a_surname_is_no_given_name(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    # the subject before an aside speaks, though what is said names someone told something
    ("Mexico\n\nThe bickering began even before he left, as Enrique Peña Nieto, contradicting Trump, said he had told "
     "Trump that Mexico would not pay for 1 wall.", "Enrique Peña Nieto"),
    ("Mexico\n\nJeb Bush, a former governor, said he had told Trump that 3 states would not pay.", "Jeb Bush"),
    ("Mexico\n\nJeb Bush, citing polls, said she had told Trump that 3 states would not pay.", "Jeb Bush"),
    # (the reported teller still speaks when the subject only reports: "Ross said Obama had told leaders")
    ("Talks\n\nIn an interview, Dennis Ross said Barack Obama had told 3 leaders that Iran would comply.", "Dennis Ross"),
])
def test_the_subject_before_an_aside_speaks_not_the_teller_reported(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant,kind", [
    # a surname two people of the article share stays as written, but is a person's, not something else's
    ("Manchester\n\nSandra Paradis, 78, arrived at noon. Her daughter Emma Paradis came too.\n\n\"We have 3 "
     "grandchildren,\" Paradis said.", "Paradis", "person"),
    ("Voters\n\nBill Clinton and Hillary Clinton spoke.\n\n\"We have 3 plans,\" Clinton said.", "Clinton", "person"),
    # (a country is no family: "Say Mexico demanded ..." names no Mr. Mexico)
    ("Trade\n\nSay Mexico demanded proof. When Congress cut funding, Mexico said 3 programs had ended.", "Mexico", "other"),
])
def test_a_surname_two_people_share_is_a_person(text, claimant, kind):
    claim = extract_claims(text, split_blocks(text), every_sentence=True)[-1]
    assert (claim.claimant, claim.claimant_kind) == (claimant, kind)


@pytest.mark.parametrize("text,claimant", [
    # a sentence about a surname two people share makes it the antecedent of the "she" after it
    ("Voters\n\nSandra Paradis, 78, arrived. Her husband, Tom Paradis, waved. Jim Bennett came.\n\n\"I like Dr. Carson "
     "and Cruz,\" Bennett said.\n\nParadis agrees. She said she will leave the 2 attacks to the politicians.",
     "Sandra Paradis"),
    # ... and a pronoun tells which of the family: the one heard so far that it can be
    ("Florida\n\nDena Grayson ran. Alan Grayson answered her. Lolita Grayson spoke to police.\n\nGrayson denied the 3 "
     "charges. He said 2 reports were false.", "Alan Grayson"),
    ("Campaign\n\nBill Clinton spoke first. Hillary Clinton spoke next.\n\nClinton said there was no daylight. She said "
     "3 experts had backed her plans.", "Hillary Clinton"),
    ("Dallas\n\nDonald Trump and Ivanka Trump flew in.\n\nIn somber comments, Trump called the assault a tragedy when he "
     "said 5 officers had died.", "Donald Trump"),
    # a person brought on by a sentence of their own is the "he" after it
    ("Advisers\n\nDavid Axelrod left. David Plouffe advises the campaign. Barack Obama himself has made 2 comments."
     "\n\nThen there's Axelrod.\n\n\"Kind of "
     "bewildering that they lay out 1 strategy a week out,\" he wrote.", "David Axelrod"),
])
def test_a_family_surname_and_a_person_brought_on(text, claimant):
    assert extract_claims(text, split_blocks(text), every_sentence=True)[-1].claimant == claimant


@pytest.mark.parametrize("text,surname,people", [
    # a name written inside a sentence is a name, whatever else its first word means ("in what Bay Buchanan, his
    # sister, called", beside Pat Buchanan), and so is one opening with a first name both sexes bear ("Chris Smith"
    # beside "Sean Smith"): two people, whom "Buchanan said" or "Smith said" leaves as written
    ("Campaign\n\nCommentator Pat Buchanan ran in 1992, in what Bay Buchanan called a crusade.\n\nBuchanan said 2 more "
     "would follow.", "Buchanan", {"Pat Buchanan", "Bay Buchanan"}),
    ("Benghazi\n\nSean Smith died in Libya.\n\nChris Smith said 4 reports were wrong. Smith said 2 more would follow.",
     "Smith", {"Sean Smith", "Chris Smith"}),
])
def test_a_first_name_or_a_name_inside_a_sentence_is_no_junk_word(text, surname, people):
    assert NameRegistry(text).names_with(surname) == people
    assert extract_claims(text, split_blocks(text), every_sentence=True)[-1].claimant == surname


@pytest.mark.parametrize("text,surname,full", [
    # the names around a surname are read on whole words and whole runs of capitalised ones, however far back the
    # name begins: not "D. Williamson" cut from "Kevin D. Williamson", nor "Singh Chatwal" from "Sant Singh Chatwal"
    # (each second mention set 80 characters after a point inside the name before it)
    ("Review\n\n\"They are in thrall to a selfish culture,\" writes Kevin D. Williamson, one of several critics on "
     "staff. Writing in his own magazine, Williamson concludes that 2 towns deserve to die.", "Williamson",
     "Kevin D. Williamson"),
    ("Fraud\n\nIf you doubt that my sentence was severe, compare my case to that of Sant Singh Chatwal, hotelier and "
     "donor. He gave money to many campaigns for decades. Chatwal stated that 3 donations had bought access.", "Chatwal",
     "Sant Singh Chatwal"),
])
def test_names_are_read_on_whole_words(text, surname, full):
    assert NameRegistry(text).names_with(surname) == {full}
    assert claims_of(text)[-1].claimant == full


@pytest.mark.parametrize("text,claimant,kind", [
    # a court or a unit named by its circuit or number is a body (was a person, or the junk "Circuit")
    ("Appeals\n\nThe D.C. Circuit ruled Tuesday that the CIA could refuse to confirm 12 documents.", "D.C. Circuit",
     "organization"),
    ("Appeals\n\nThe 9th Circuit said 3 rules were unlawful.", "9th Circuit", "organization"),
    ("Gulf\n\nThe 5th Fleet said 2 ships were hit.", "5th Fleet", "organization"),
    ("Troops\n\nThe 82nd Airborne Division said 300 troops had left.", "82nd Airborne Division", "organization"),
    # (a law by its number is no body, but no "Amendment" either)
    ("Guns\n\nThe 2nd Amendment says 4 things about militias.", "2nd Amendment", "other"),
    # (a judge of a circuit stays the judge)
    ("Appeals\n\nCircuit Judge Richard A. Posner wrote that 3 of the claims were baseless.", "Richard A. Posner", "person"),
])
def test_courts_and_units_by_their_number(text, claimant, kind):
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == (claimant, kind)


@pytest.mark.parametrize("text,claimant", [
    # a study dated by its year, or set apart by an ordinal, is still the study of whoever made it or led it
    ("Coffee\n\nA 2019 study from the Pew Research Center found that 4 in 10 adults agree.", "Pew Research Center"),
    ("Voting\n\nA 2014 study by Loyola Law School professor Justin Levitt found 31 incidents of fraud.",
     "Justin Levitt"),
    ("Coffee\n\nA second study, led by Marc Gunter of the International Agency for Research on Cancer, found similar "
     "results in 10 countries.", "Marc Gunter"),
    ("Media\n\nIn 2013, research conducted by the Center for Media and Public Affairs found 3 biases.",
     "Center for Media and Public Affairs"),
    # (a study of its subjects is nobody's)
    ("Coffee\n\nA study of 500 people found 3 effects.", None),
])
def test_a_dated_or_led_study_is_its_makers(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_shares_of_a_company_are_the_company():
    # "Shares of Nike Inc fell": the company is the antecedent of "the company" and the full name of "Nike"
    text = ("Nike\n\nShares of Nike Inc fell 8% in extended trading on Thursday.\n\nThe company said it expects revenue "
            "to decline by about 10%.\n\nNike reported fourth-quarter revenue of $12.61 billion.")
    assert [(claim.claimant, claim.claimant_kind) for claim in claims_of(text)[1:]] == [
        ("Nike Inc", "organization"), ("Nike Inc", "organization")]


@pytest.mark.parametrize("text,claimant", [
    # a list of names speaks through its first, as a pair does
    ("Cable\n\nChris Matthews hosted.\n\nInstead, Matthews, MSNBC's Alex Seitz-Wald and Reuters' Luciana Lopez argued "
     "that 2 plans were naive.", "Chris Matthews"),
    ("Donors\n\nChristine Toretti and Amy Rao raise money.\n\nMs. Toretti, Mrs. Rao and other prominent bundlers in both "
     "parties said their networks had grown 3-fold.", "Christine Toretti"),
    ("Talks\n\nRussia, China and Iran said 3 sanctions were unlawful.", "Russia"),
    ("Missouri\n\nDemocratic presidential contenders Hillary Clinton and Bernie Sanders, and Democratic Gov. Jay Nixon, "
     "tweeted their approval of the 39-hour filibuster.", "Hillary Clinton"),
    # (a clause before ", and he says" is no list)
    ("Endorsement\n\nBernie Sanders spoke.\n\nHe is backing Hillary Clinton -- not me -- and he says he will do 2 "
     "things.", "Bernie Sanders"),
])
def test_a_list_of_names_speaks_through_its_first(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


def test_posting_a_thing_is_no_speech_and_campaigners_are_not_their_cause():
    # "the person who posted it": a message put online, not words said, so the group is no speaker there; "One
    # organization campaigning for Britain to leave the European Union" is the organisation, unnamed, not the EU
    text = ("Brexit\n\nOne organization campaigning for Britain to leave the European Union posted a message on Twitter "
            "about 2 attacks. The group deleted the message after the person who posted it was widely condemned by 3 "
            "parties.")
    assert [claim.claimant for claim in extract_claims(text, split_blocks(text), every_sentence=True)] == [None, None]
    attribution, _ = find_attribution("The group deleted the message after the person who posted it was condemned.")
    assert not attribution.explicit


@pytest.mark.parametrize("text,claimant", [
    # an emphatic "does say" is speech, as "did say" was
    ("WhatsApp adds Channels\n\nWhatsApp launched Channels on Thursday.\n\nBut WhatsApp does say it is thinking about 3 "
     "ways to encrypt them.", "WhatsApp"),
    # a campaign named with "Our", or a body named for its aim with "to", keeps its whole name
    ("Social\n\nDespite these efforts, Free Our Feeds believes 3 companies cannot govern social media.",
     "Free Our Feeds"),
    ("Sanders\n\nOur Revolution said 40 candidates had won.", "Our Revolution"),
    ("Schools\n\nMore than 100,000 people took part in a walk-in at 2,000 schools, according to the event organizer "
     "Alliance to Reclaim Our Schools (AROS).\n\nAROS argues that 9 in 10 families still want neighborhood schools.",
     "Alliance to Reclaim Our Schools"),
    ("Guns\n\nThe Coalition to Stop Gun Violence said 3 bills had failed.", "Coalition to Stop Gun Violence"),
])
def test_does_say_and_names_with_our_or_to(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("text,claimant,kind", [
    # a given name joined to the rest of the name by its Arabic particle is a person's name; a body's stays no person
    ("PID\n\n\"We will increase our efforts at 3 rallies,\" Pakistan Tehreek-e-Insaf Spokesperson Naeem-ul-Haq said.",
     "Naeem-ul-Haq", "person"),
    ("Ban\n\nJamaat-ud-Dawa said 3 of its offices had been shut.", "Jamaat-ud-Dawa", "other"),
])
def test_names_joined_by_an_arabic_particle(text, claimant, kind):
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == (claimant, kind)


def test_a_pakistani_wire_story_hard_wrapped():
    # "X here Thursday said" (where, as the wires write it); a minister of a portfolio of several fields, named after
    # a comma; "the minister" and "the Minister of State" are she, not the prime minister named further on; an
    # opening participle's phrase set without its comma ("Responding to a question the Minister of State said")
    text = ("Rules matter: minister\n\n"
            "ISLAMABAD, April 27 (APP): Minister of State for Information, Broadcasting and National Heritage, Amna Malik\n"
            "here Thursday said that the attempt by 12 opposition leaders to force their\n"
            "way into the press centre was a gimmick.\n"
            "She said that the letter was in accordance with law and\n"
            "could be challenged at 3 forums.\n"
            "The minister said that their stance was illogical as 2 rules applied.\n"
            "Responding to a question the Minister of State said that Prime Minister\n"
            "Nawaz Sharif had always shown restraint towards 4 opposition parties.")
    assert [claim.claimant for claim in claims_of(text)] == ["Amna Malik"] * 4


def test_a_headline_role_is_not_the_dateline_under_it():
    # "Tax cut likely: minister" over "NEW DELHI: ...": the role ends the headline; the dateline is no minister
    text = ("Tax cut likely: minister\n\nNEW DELHI: Finance Minister Nirmala Sitharaman said here on Friday that 3 tax "
            "slabs would be merged.\n\nAddressing a press conference here, the minister said the fiscal deficit would "
            "fall to 4.5 per cent.")
    assert [claim.claimant for claim in claims_of(text)] == ["Nirmala Sitharaman"] * 2
    # (a hard-wrapped line's break still joins a role to its name)
    assert NameRegistry("Finance Minister\nNirmala Sitharaman spoke.").role("minister") == "Nirmala Sitharaman"


@pytest.mark.parametrize("text,claimant", [
    # "..., with party spokesperson X alleging that": the described person speaks in the clause after "with"
    ("Budget\n\nThe Congress termed the budget \"anti-poor\", with party spokesperson Jairam Ramesh alleging that 2 crore "
     "jobs were lost.", "Jairam Ramesh"),
    ("Leaks\n\nThe campaign declined to comment, with spokesman Glen Caplin saying that 50 of the 80 excerpts were "
     "forged by 3 hackers.", "Glen Caplin"),
])
def test_a_described_speaker_after_with(text, claimant):
    assert extract_claims(text, split_blocks(text), every_sentence=True)[-1].claimant == claimant


@pytest.mark.parametrize("tail", [
    # after an inverted verb, whom the name spoke to, where, or of what is no part of the name (built on Wikinews
    # reports, CC BY 2.5: '"...," said Bolden to the gathered crowd which contained many KSC employees.')
    "to the gathered crowd which contained many KSC employees", "to the gathered crowd, which cheered",
    "to reporters", "to The Associated Press", "at a news conference", "of the decision",
])
def test_an_inverted_speaker_then_whom_he_spoke_to(tail):
    text = (f"Shuttles\n\nNASA Administrator Charles Bolden named the 4 museums on Tuesday.\n\n\"We want to thank all "
            f"21 locations that expressed an interest,\" said Bolden {tail}.")
    assert claims_of(text)[-1].claimant == "Charles Bolden"


def test_an_inverted_title_to_whom_stays_a_title():
    # "Adviser to the President": whom the adviser serves, a title, not the audience
    text = "Talks\n\n\"We will act on 3 fronts,\" said Special Adviser to the President John Smith."
    assert claims_of(text)[-1].claimant == "John Smith"


@pytest.mark.parametrize("text,claimant", [
    # "..., with X stating:": one surname, named before, speaks in the clause after "with"
    ("Asylum\n\nIt quoted critics like immigration barrister Colin Yeo, and refugee campaigner Caitlin Boswell, with "
     "Boswell stating: \"People fleeing desperate circumstances need 12 weeks, not 12 months.\"", "Caitlin Boswell"),
    # a person, then two titles between commas, the second after "and": the titles, no second subject
    ("Iodine\n\nProfessor Cres Eastman, Director of the National Iodine Nutrition study, and Chairman of the Australian "
     "Centre for Control of Iodine Deficiency Disorders, says 1 in 2 children lacks iodine.", "Cres Eastman"),
    # a study a body made, dated: the body
    ("Leave\n\nAbout 58 percent of companies fund maternity leave, according to a 2014 Labor Department study.",
     "Labor Department"),
    # (a body's name in capitals keeps its connectors: no person "OF WAR" after "STUDY")
    ("War\n\nThe INSTITUTE FOR THE STUDY OF WAR notes that on November 1 Russian officials met 3 times.",
     "INSTITUTE FOR THE STUDY OF WAR"),
])
def test_with_a_surname_saying_titles_after_a_name_and_studies(text, claimant):
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("sentence,claimant", [
    # what a side or a candidate gave up is no speech: "conceded a penalty", "two goals", "the election", "defeat"
    ("In the 62nd minute Kim Min-Woo conceded a penalty which the referee awarded Sweden.", None),
    ("Arsenal conceded two goals in 10 minutes.", None),
    ("Clinton conceded the election to Trump on November 9, 2016.", None),
    ("Jones conceded defeat after 3 recounts.", None),
    # (conceding a point is)
    ("Smith conceded that 40 jobs were lost.", "Smith"),
    ("Smith conceded the plan would cost 12 million dollars.", "Smith"),
])
def test_conceding_a_goal_is_no_speech(sentence, claimant):
    text = f"Match\n\n{sentence}"
    assert extract_claims(text, split_blocks(text), every_sentence=True)[-1].claimant == claimant


@pytest.mark.parametrize("signature,claimant", [
    # a pull quote printed without its marks and signed by a name, alone or with a title (as Wikinews prints them)
    ("Valeska Paris", "Valeska Paris"),
    ("Charles Bolden, NASA Administrator", "Charles Bolden"),
])
def test_a_pull_quote_signed_without_quote_marks(signature, claimant):
    text = (f"Ship\n\nShe said she was kept on the ship for 12 years.\n\nI was basically hauled in and told that my mum "
            f"had attacked the church and that I needed to cut 3 ties with her. {signature}\n\nHer mother spoke out.")
    assert claims_of(text)[-1].claimant == claimant


def test_a_signature_under_a_paragraph_with_its_own_speaker_is_not_its_speaker():
    text = ("Crash\n\nPolice said 3 people died in the crash on the highway near the town of Elm on Monday night. "
            "John Smith\n\nMore follows.")
    assert claims_of(text)[0].claimant is None


def test_a_press_conference_transcript_naming_who_answers_after_the_letter():
    # "Q. ..." then "A. Zico- ..." or "A. Gregory Arnolin - ...": a club's post-match transcript names the one who
    # answers after the answer's letter (the questions are nobody's; written for the test in that style)
    text = ("Post-match press conference\n\nThe press conference was addressed by coach Zico and defender Gregory "
            "Arnolin.\n\nQ. What will be your next target?\nA. Zico- We have 7 more matches at home and away and we "
            "have to win them.\n\nQ. Defence looked weak today.\nA. Gregory Arnolin - We have 11 players on the pitch "
            "and 12 more outside it.\n\nQ. How is your goalkeeper?\nA. Zico- I think he will miss the next 2 matches.")
    claims = extract_claims(text, split_blocks(text), every_sentence=True)
    assert [(claim.text[:12], claim.claimant) for claim in claims if claim.text.startswith(("A.", "Q."))] == [
        ("A. Zico- We ", "Zico"), ("Q. Defence l", None), ("A. Gregory A", "Gregory Arnolin"), ("A. Zico- I t", "Zico")]


def test_a_news_agency_named_before_what_it_is_is_a_body():
    text = ("Korea\n\nAccording to Yonhap news agency, the military has been placed on high alert after 36 shells fell "
            "near 4 posts.")
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == ("Yonhap", "organization")


@pytest.mark.parametrize("phrase,name", [
    # a body named with "of", then its officer's title and name: the officer (was "Fraternal Order", as if a person
    # "of Police")
    ("Fraternal Order of Police President John Teletchea", "John Teletchea"),
    ("Fraternal Order of Eagles President John Smith", "John Smith"),
    # (a person "of" a place or a body stays that person)
    ("Peter T. King of New York", "Peter T. King"),
    ("Edward Alden of the Council on Foreign Relations", "Edward Alden"),
])
def test_a_body_named_with_of_then_its_officer(phrase, name):
    assert find_attribution(f"{phrase} said 3 shots were fired.")[0].name == name


def test_the_officer_of_a_body_named_with_of_is_the_surname_said_later():
    text = ("Attack\n\nFraternal Order of Police President John Teletchea described the attack on 2 officers as "
            "unprovoked.\n\n\"He was a real cop's cop,\" Teletchea said of the 29-year-old.")
    assert [claim.claimant for claim in claims_of(text)] == ["John Teletchea"] * 2


@pytest.mark.parametrize("full,said,claimant", [
    # a surname that is also a title ("Major", "King", "Holder"), after a first name, an initial or before a
    # generation: the person named in full, when the surname alone speaks (was no one)
    ("Former Prime Minister John Major", "Major", "John Major"),
    ("Peter T. King of New York", "King", "Peter T. King"),
    ("Eric H. Holder Jr.", "Holder", "Eric H. Holder Jr"),
    ("The Rev. Martin Luther King Jr.", "King", "Martin Luther King Jr"),
    # (a surname that is no title, as before)
    ("Howard Dean, the former governor,", "Dean", "Howard Dean"),
])
def test_a_surname_that_is_a_title_resolves_to_the_full_name(full, said, claimant):
    text = f"Talks\n\n{full} spoke on Monday.\n\n{said} said 3 reforms had failed."
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("after", [
    # after the quote's own full stop, a sentence of nothing but who said it names the quote's speaker (written for
    # the test in the style of a Kabul outlet's report)
    "Dejan Panic, Acting Country Director in Afghanistan said.",
    "Dejan Panic said.",
])
def test_a_quote_closed_then_its_speaker_alone(after):
    text = (f"Blast\n\nThe hospital said it had received 20 injured.\n\n“We have activated mass casualty procedures. "
            f"The number may increase in the next 3 hours.” {after}")
    claims = extract_claims(text, split_blocks(text), every_sentence=True)
    assert [claim.claimant for claim in claims if claim.text.startswith(("“We", "The number"))] == ["Dejan Panic"] * 2


def test_the_spokesperson_of_a_body_named_in_lower_case():
    # "The spokesperson of interior ministry": the Interior Ministry the article named, not the body heard last
    text = ("Blast\n\nThe explosion took place inside the Interior Ministry compound in Kabul, killing 2 people.\n\n"
            "Emergency hospital said it had received 20 injured.\n\nThe spokesperson of interior ministry adds that "
            "3 investigations are ongoing.")
    assert claims_of(text)[-1].claimant == "Interior Ministry"


@pytest.mark.parametrize("sentence,claimant", [
    # "X, role, says Y, role, never claimed ...": X speaks; Y, described between commas, is what X says did
    ("Lai Mohammed, minister of information, says Abdulahi Sule, governor of Nasarawa, never claimed there were 3 "
     "camps in the state.", "Lai Mohammed"),
    ("John Smith, the minister, said Jane Doe, the governor, had lied about 4 contracts.", "John Smith"),
    # (a speaker named after the verb and described keeps speaking: a relative clause, or a clause of time, after)
    ("\"I would use the word 'old-school,'\" said Gregory W. Slayton, whom George W. Bush appointed chief of mission "
     "to Bermuda, and who is now supporting 1 candidate.", "Gregory W. Slayton"),
    ("\"You hear that a lot,\" said Representative Dan Kildee, a Michigan Democrat who flew to Germany with the family "
     "of Amir Hekmati, another freed American.", "Dan Kildee"),
    ("The paradox of Nancy, says Carl Anthony, historian at the library, is that she was 3 people.", "Carl Anthony"),
])
def test_a_described_name_after_the_verb_that_does_something(sentence, claimant):
    assert find_attribution(sentence)[0].name == claimant


def test_a_headline_signature_is_not_a_name_with_the_role_under_it():
    # "... in the state - Lai Mohammed" over "Lai Mohammed, minister of information, says": one name, not "Lai
    # Mohammed Lai Mohammed" as "the minister"
    text = ("I called the governor - Lai Mohammed\n\nLai Mohammed, minister of information, says the governor never "
            "claimed there were 3 camps.\n\nThe minister said at a briefing in Abuja that 2 reports were wrong.")
    assert [claim.claimant for claim in claims_of(text)] == ["Lai Mohammed"] * 2


def test_a_transcript_with_the_speaker_on_a_line_of_their_own():
    # "Albanese:" alone on its line, the answer under it, as live blogs print press conferences (written for the test)
    text = ("Press conference live\n\nReporter: Will the deficit be bigger than that of the Coalition?\nAlbanese:\n"
            "All of our 40 costings will be released this week.\nReporter: Is a bigger deficit the plan?\nAlbanese:\n"
            "That is in the plan, as oppositions have done for 30 years.")
    claims = extract_claims(text, split_blocks(text), every_sentence=True)
    assert [(claim.text[:10], claim.claimant) for claim in claims] == [("All of our", "Albanese"), ("That is in", "Albanese")]


def test_a_label_alone_that_does_not_come_back_names_no_speaker():
    # "Video Transcript:" over an article's first paragraph: no label of a speaker, whose words keep their own
    text = ("Debates\n\nVideo Transcript:\n\nA few weeks ahead of the primary, Hillary Clinton's campaign says 2 more "
            "debates are not needed.\n\nKATE BOLDUAN: Why not debate?\n\nJOEL BENENSON: This is a man who said he'd "
            "never run a negative ad. We know he's now running 3 of them.")
    assert claims_of(text)[0].claimant == "Hillary Clinton campaign"


@pytest.mark.parametrize("heading,paragraph,claimant", [
    # a lead-in set apart on a line of its own, which a cleaner reads as a heading: the paragraph under it is the
    # speaker's (written for the test in the style of PolNeAR's Breitbart and Western Journal copy)
    ("The New York Times reports:", "\"In 2012, 43 percent of the money to Mr. Obama came from 2 million donors.\"",
     "New York Times"),
    ("Stated Stone:", "“I think the stakes are so high that 3 states could be rigged.”", "Roger Stone"),
    ("Hewitt writes:", "The movie mentions neither the president nor the secretary of state in its 144 minutes.",
     "Hugh Hewitt"),
    # (a bare label names no one; nor does a lead-in whose embedded post is gone, over a paragraph about another)
    ("CORRECTION:", "An article on Nov. 26 misstated 3 figures about golf courses.", None),
    ("CNN also noted the sparse attendance:", "Even journalist Byron York sat in 1 of the 2 empty stands.", None),
])
def test_a_lead_in_on_a_line_of_its_own(heading, paragraph, claimant):
    text = (f"Report\n\nRoger Stone and the radio host Hugh Hewitt spoke on Monday about 4 claims.\n\n{heading}\n\n"
            f"{paragraph}")
    assert claims_of(text)[-1].claimant == claimant


def test_the_writers_own_words_after_a_quoted_lead_in_are_the_writers():
    text = ("Report\n\nAs Breitbart's Joel Pollak reported after the raid:\n\n\"The government has done almost nothing "
            "with the 2011 haul.\"\n\nWe've also seen this style of cover-up after the 2012 attack.")
    claims = extract_claims(text, split_blocks(text), every_sentence=True)
    assert [claim.claimant for claim in claims] == ["Joel Pollak", None]


def test_a_wire_slug_after_a_quote_is_no_signature_and_a_portfolio_of_two_fields():
    # "PTI BUN AAR": the agency and its desk's initials after an Indian wire story, not a person signing the quote;
    # "the union housing and urban affairs minister": a minister of two fields, named before (was "union")
    text = ("Schemes\n\nUnion minister Hardeep Singh Puri said on Monday that 4 schemes were delayed.\n\nTalking to "
            "reporters at an event, the union housing and urban affairs minister said, \"Delhi is underperforming in 12 "
            "cases.\" PTI BUN AAR")
    assert [claim.claimant for claim in claims_of(text)] == ["Hardeep Singh Puri"] * 2


def test_a_role_after_a_longer_description_stays_out_of_reach():
    # (not "the personal bankruptcy filing of its chief executive": the filing, no role that refers back)
    text = ("Towers\n\nDonald Trump spoke on Monday.\n\nThe company has zero value, according to the personal "
            "bankruptcy filing of its chief executive in 2015.")
    assert claims_of(text)[-1].claimant != "Donald Trump"


@pytest.mark.parametrize("closing", ['," he said.', ', " he said.', ',” he said.'])
def test_a_paragraph_whose_first_mark_closes_a_quote_began_inside_it(closing):
    # its opening mark left out, as some outlets print a quote that runs on from the paragraph before a link
    text = (f"Quarantine\n\nHealth Cabinet Secretary Mutahi Kagwe spoke on Monday.\n\nRead also: Boil water\n\nTo "
            f"those in quarantine centres, you have kept the promise. We are aware that 12 have offered a bribe{closing}")
    claims = extract_claims(text, split_blocks(text), every_sentence=True)
    assert [claim.claimant for claim in claims if claim.text.startswith(("To those", "We are"))] == ["Mutahi Kagwe"] * 2


def test_a_paragraph_whose_first_mark_opens_a_quote_keeps_the_writers_words_before_it():
    text = ("Quarantine\n\nHealth Cabinet Secretary Mutahi Kagwe spoke on Monday.\n\nRead also: Boil water\n\nThe "
            "ministry counted 12 cases on Monday. The word \"discipline,\" he said, mattered most.")
    claims = extract_claims(text, split_blocks(text), every_sentence=True)
    assert claims[-2].claimant is None


@pytest.mark.parametrize("sentence", [
    "“The President summoned the minister on 7 April 2020,” said the presidency.",
    "The presidency said the minister apologised for 2 comments.",
    "The Presidency said the minister apologised for 2 comments.",
])
def test_the_presidency_is_a_body(sentence):
    # the office a president's spokesmen speak for, as South African and Nigerian copy writes it (was no one)
    claim = claims_of(f"Leave\n\nPresident Cyril Ramaphosa placed the minister on leave for 2 months.\n\n{sentence}")[-1]
    assert (claim.claimant, claim.claimant_kind) == ("Presidency", "organization")


@pytest.mark.parametrize("subject,claimant", [
    # whose letter, email, form or statement speaks: the writer, not to whom it went (was no one, or "Congress")
    ("Obama’s letter to Congress states that", "Barack Obama"),
    ("Clinton’s email to donors said", "Hillary Clinton"),
    ("Sanders’ fundraising email to his supporters notes that", "Bernie Sanders"),
    ("Trump’s new PFD form stated that", "Donald Trump"),
    ("A letter from Clinton to donors said", "Hillary Clinton"),
    ("The Federal Reserve’s Beige Book survey said", "Federal Reserve"),
])
def test_a_document_speaks_for_whoever_wrote_it(subject, claimant):
    text = ("Filings\n\nBarack Obama, Hillary Clinton, Bernie Sanders and Donald Trump met the Federal Reserve.\n\n"
            f"{subject} 4 bills were vetoed in 2015.")
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("phrase", [
    "exit polls conducted for the Associated Press and television networks by Edison Research",
    "exit polls conducted by Edison Research for the Associated Press and television networks",
])
def test_a_body_working_for_another_is_its_own_name(phrase):
    # "Edison Research for the Associated Press": the pollster, then its client, not one name with "for" in it
    # (as "Institute for the Study of War" is)
    text = (f"Polls\n\nAccording to early results of {phrase}, 6 in 10 voters feel betrayed.\n\nAccording to early "
            "results of exit polls conducted by Edison Research for the Associated Press, 4 in 10 want change.")
    assert {claim.claimant for claim in claims_of(text)} == {"Edison Research"}


@pytest.mark.parametrize("by,claimant", [
    # a body and a newspaper that worked together: the first of the two, not one name of both
    ("a tally by the Center for Responsive Politics and USA TODAY", "Center for Responsive Politics"),
    # (a firm named with "and" stays whole)
    ("a survey by Procter and Gamble", "Procter and Gamble"),
])
def test_a_body_and_a_newspaper_together(by, claimant):
    assert find_attribution(f"The ranks include 201 bankers, according to {by}.")[0].name == claimant


@pytest.mark.parametrize("staff", ["Staff for", "Staffers at", "Aides of"])
def test_a_bodys_staff_speak_for_it(staff):
    # a body's staff, unnamed, speak for the body (was the junk source "Staff for the House Select Committee ...")
    sentence = f"{staff} the House Select Committee on Benghazi said the panel has 12 emails."
    assert find_attribution(sentence)[0].name == "House Select Committee on Benghazi"


@pytest.mark.parametrize("sentence,claimant", [
    # a name, then "later": who, not when ("Moments later" is when)
    ("Shelby later said she suspected 2 drugs — something a 911 caller also told a dispatcher.", "Betty Shelby"),
    # a name and a relative clause of thirty words and more before the verb: the name
    ("Dr. Connie Mariano, who as a Navy captain was the White House physician in the administration of former "
     "President Bill Clinton and later retired from the service as a rear admiral after 20 years, said that in 1998 "
     "the leg had a clot.", "Connie Mariano"),
    # "one of the states suing the EPA": after an article, "states" is a noun, not the verb of the quote
    ("“It’s an invasion of 50 regulators' domain,” Scott Pruitt, the Republican attorney general of Oklahoma, one of "
     "the states suing the EPA, said at an event.", "Scott Pruitt"),
    # "..., which she was doing when security located her and told her to leave": a relative clause's verb
    ("Stein spokeswoman Melezia Figueroa said the candidate was headed to 3 interviews, which she was doing when "
     "campus security located her and told her to leave.", "Melezia Figueroa"),
])
def test_the_subject_speaks_past_a_later_verb(sentence, claimant):
    assert claims_of(f"Report\n\nOfficer Betty Shelby fired 1 shot.\n\n{sentence}")[-1].claimant == claimant


@pytest.mark.parametrize("sentence,claimant", [
    # a filler of speech opens no name, and "I'll" is the one speaking, no source (transcribed testimony)
    ("The only thing I'll say to this is that 3 crews were paid.", None),
    ("Uh, I went to receive my check of 300 dollars, he said.", None),
])
def test_fillers_and_contractions_of_i_are_no_names(sentence, claimant):
    assert find_attribution(sentence)[0].name == claimant


@pytest.mark.parametrize("sentence,claimant", [
    # figures from a body named with "and": the whole body (was "Customs", a junk source)
    ("The firm owed £3 million more, according to calculations from HM Revenue and Customs (HMRC).",
     "HM Revenue and Customs"),
    ("Some 4,000 were held last year, according to data from Immigration and Customs Enforcement.",
     "Immigration and Customs Enforcement"),
    ("Prices rose 2 percent, according to estimates by the Food and Drug Administration.", "Food and Drug Administration"),
])
def test_figures_from_a_body_named_with_and(sentence, claimant):
    assert find_attribution(sentence)[0].name == claimant


@pytest.mark.parametrize("sentence,claimant", [
    # the ones trying or hoping to do something speak, not what they try for (was the junk "Democrats Senate")
    ("Democrats trying to win back the Senate in November say they have 3 new arguments.", "Democrats"),
    ("Senate Republicans hoping to keep the House say 12 seats are at risk.", "Senate Republicans"),
    # (a clause before the comma leaves the subject after it alone)
    ("For those trying to balance the budget, some Republicans have suggested 2 new taxes.", "Republicans"),
])
def test_a_subject_trying_to_do_something_speaks(sentence, claimant):
    assert find_attribution(sentence)[0].name == claimant


def test_someones_vp_is_the_vice_president_introduced():
    # "VP" written short is a person's office, not a body "VP"
    text = ("Pence backs Ryan\n\nIndiana Gov. Mike Pence endorsed House Speaker Paul Ryan on Wednesday, a day after "
            "Donald Trump declined to.\n\nTrump’s running VP then revealed that Trump “strongly encouraged me to "
            "endorse Paul Ryan” in 2 calls.")
    assert claims_of(text)[-1].claimant == "Mike Pence"


@pytest.mark.parametrize("maker", ["policy maker", "film maker"])
def test_a_policy_maker_is_a_person_not_a_company(maker):
    # "a maker" after a name is a company ("the iPhone maker"); a policy or film maker is a person
    text = (f"Fed governor\n\nGene Sperling, a longtime Democratic {maker} who now advises the campaign, hired "
            f"Lael Brainard in 1995.\n\n“She was one of the 3 best people I hired,” Mr. Sperling said.")
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == ("Gene Sperling", "person")


def test_a_minister_of_state_for_a_portfolio_is_the_minister_later():
    # "Minister of State for X and Y <name>": the person after the portfolio, whom "the minister" means later (was the
    # prime minister named after the mention)
    text = ("Notice soon\n\nKARACHI - Minister of State for Broadcasting and Information Marriyum Aurangzeb said on "
            "Sunday that a notice would be issued.\n\nTalking to reporters in Karachi, the minister said 2 notices "
            "would follow. She met Prime Minister Nawaz Sharif on Sunday.")
    assert [claim.claimant for claim in claims_of(text)][:2] == ["Marriyum Aurangzeb"] * 2


@pytest.mark.parametrize("sentence,claimant", [
    # a name described before it, then the outlet spoken to: the name (was "Star")
    ("“Security at 40 public places has been stepped up,” said Kuala Lumpur police chief Tajudin Md Isa to The Star.",
     "Tajudin Md Isa"),
    ("“We arrested 12 men,” said city police chief Maria Lopez to reporters.", "Maria Lopez"),
])
def test_a_described_name_then_whom_it_spoke_to(sentence, claimant):
    assert find_attribution(sentence)[0].name == claimant


def test_comments_after_a_modal_are_a_noun():
    # "only he can issue comments to the media": no one comments; the one who warned speaks
    text = ("Talks go on\n\nMalaysia is negotiating the release of 9 citizens, says Attorney-General Mohamed Apandi Ali."
            "\n\nHowever, he warned that this was a sensitive matter, adding that only he or his deputy can issue "
            "comments to the media on the 9 citizens.")
    assert [claim.claimant for claim in claims_of(text)] == ["Mohamed Apandi Ali"] * 2


def test_he_after_an_office_no_one_holds_in_the_article_is_unnamed():
    # "The Home Minister said ... Prime Minister Najib Razak." then '"...," he said': the minister, unnamed, not the
    # prime minister the sentence was about
    text = ("Zahid warns\n\nThe ministry will act, its officials said.\n\nThe Home Minister said 3 claims were being "
            "made against Prime Minister Najib Razak.\n\n“This is reckless journalism, costing 3 jobs,” he said.")
    assert claims_of(text)[-1].claimant is None


def test_two_first_words_of_a_full_name_are_that_person():
    # Malay and Arabic names go by their first two words: one claimant, not "Ahmad Zahid" beside "Ahmad Zahid Hamidi"
    text = ("Zahid warns\n\nHome Minister Ahmad Zahid Hamidi said 3 attempts were made.\n\nAhmad Zahid said 2 of them "
            "came from abroad.")
    assert [claim.claimant for claim in claims_of(text)] == ["Ahmad Zahid Hamidi"] * 2


@pytest.mark.parametrize("longer", ["Donald Trump Jr.", "Donald Trump Calls"])
def test_two_words_stay_when_the_longer_name_is_another_or_no_name(longer):
    # a son of the same name, or a headline's verb after the name: "Donald Trump" stays as written
    text = (f"Rally\n\nAt the rally, {longer} said 3 states were close.\n\nDonald Trump said 2 more states, Ohio and "
            f"Iowa, were within 3 points.")
    assert claims_of(text)[-1].claimant == "Donald Trump"


def test_the_commissioner_is_the_one_introduced_so():
    # "Commissioner of Police, X," then '"...," the Commissioner stated': X (was no one)
    text = ("Murders down\n\nCommissioner of Police, Lucius Thomas, has said that murders fell in April.\n\n“We have "
            "seen 20 per cent fewer homicides,” the Commissioner stated as he addressed a meeting.")
    assert [claim.claimant for claim in claims_of(text)] == ["Lucius Thomas"] * 2


def test_a_statement_issued_by_others_is_not_the_speakers():
    # "X says ..., though a statement issued by police suggested that": X issued no statement, so "the report
    # stated" later is not X's
    text = ("Men released\n\nCommissioner Carl Williams says the 4 men were let go, even though a statement issued by "
            "police after the bust suggested that.\n\nHowever, the actual incident report stated: “Men aboard the "
            "vessel ran in 2 directions. Four men were subsequently held.”")
    assert [claim.claimant for claim in claims_of(text)][-1] is None


def test_a_bodys_press_unit_speaks_for_the_body():
    # "the X Force’s Corporate Communications Unit (CCU)", then "the CCU said": the force (a press unit's name is no
    # source of its own)
    text = ("Men released\n\nA release from the Jamaica Constabulary Force’s Corporate Communications Unit (CCU) had "
            "stated that 4 men were held.\n\nIn a statement issued yesterday, the CCU said the 4 were released.")
    assert [claim.claimant for claim in claims_of(text)] == ["Jamaica Constabulary Force"] * 2


def test_a_statement_issued_somewhere_by_someone_and_it_said_after_it():
    # "A statement issued in Accra by X, Minister of Energy, said": X (was the office as a body); "It said" next: the
    # statement, X's
    text = ("Boss interdicted\n\nThe government said it had ordered the interdiction of the BOST manager.\n\nA statement "
            "issued in Accra by Mr Albert Kan-Dapaah, Minister of Energy, said he is to surrender 2 official vehicles.\n\n"
            "It said the action is part of 3 investigations into contracts.")
    assert [claim.claimant for claim in claims_of(text)][-2:] == ["Albert Kan-Dapaah"] * 2


def test_the_letter_is_the_one_someone_wrote_in_a_letter():
    # "X in the letter said", then 'The letter said “...' and '"...," excerpts of the letter said': X (was a person
    # named inside the quote); a letter no one was said to write in stays unnamed
    text = ("A nominee\n\nPresident Akufo-Addo in the letter said he did not want a vacuum after 24 May.\n\nThe letter "
            "said “Chief Justice Kwasi Anin-Yeboah is due to retire on May 24, 2023.\n\n“I am nominating 1 justice of "
            "the Supreme Court as the new Chief Justice,” excerpts of the letter said.")
    assert [claim.claimant for claim in claims_of(text)] == ["Akufo-Addo"] * 3
    unsaid = ("A nominee\n\nPresident Akufo-Addo said he did not want a vacuum after 24 May.\n\nThe letter said "
              "“Chief Justice Kwasi Anin-Yeboah is due to retire on May 24, 2023.")
    assert claims_of(unsaid)[-1].claimant is None


@pytest.mark.parametrize("sentence", [
    "Mr. Opare Addo said 3 regions were worst hit.",
    "Opare Addo said 3 regions were worst hit.",
])
def test_a_surname_of_two_words_is_the_person_named_in_full(sentence):
    # "Mr. Opare Addo" after "Mr. George Opare Addo": one claimant (was "Opare Addo" beside "George Opare Addo");
    # "highlighted that" reports speech
    text = ("Red means stop\n\nDuring the launch, the sector minister, Mr. George Opare Addo, highlighted that 2 in 10 "
            f"young people had tried opioids.\n\n{sentence}")
    assert [claim.claimant for claim in claims_of(text)] == ["George Opare Addo"] * 2


def test_two_curly_single_marks_close_a_quote():
    # Irish copy opens with “ and closes with ’’: the quote ends there, and its speaker is the one named after it (was
    # the speaker of the paragraph before)
    text = ("No report\n\nMr Adams said there had to be 1 report on a checkpoint. “That is the law,’’ he added.\n\n"
            "Mr Collins said Mr Shatter held 1 sensitive office. Minister Shatter had gone on RTÉ’s Prime Time and "
            "divulged 2 facts.\n\n“He clearly crossed the line,’’ Mr Collins added.\n\nMr Kenny said Mr Shatter had "
            "apologised for 1 comment.\n\n“I have confidence in the 2 ministers,’’ the Taoiseach added.")
    claimants = [claim.claimant for claim in claims_of(text)]
    assert (claimants[-3], claimants[-1]) == ("Mr Collins", "Mr Kenny")


@pytest.mark.parametrize("sentence,claimant", [
    # Irish offices before a name: a title, not part of the name (was "Taoiseach Enda Kenny", "TD Roisín Shortall")
    ("Taoiseach Enda Kenny confirmed he sent 1 senior official to see the commissioner.", "Enda Kenny"),
    ("Social Democrats TD Roisín Shortall says it is time for 2 ministers to clarify the situation.", "Roisín Shortall"),
])
def test_irish_offices_are_titles(sentence, claimant):
    claim = claims_of(f"Dáil\n\n{sentence}")[-1]
    # ("says it is time": an "it" of no one, which makes no body of the speaker)
    assert (claim.claimant, claim.claimant_kind) == (claimant, "person")


def test_the_taoiseach_is_the_one_introduced_so():
    text = ("No report\n\nTaoiseach Enda Kenny told the Dáil there was no report on the incident.\n\n“I have absolute "
            "confidence in the 2 ministers,’’ the Taoiseach added.")
    assert [claim.claimant for claim in claims_of(text)][-1] == "Enda Kenny"


def test_a_name_set_apart_after_a_long_clause_speaks():
    # "<a clause of 30 words and more>, the Minister, Mr O'Donoghue, told the Dail": the name between the commas
    sentence = ("There was no suggestion or evidence that a serving garda was involved in the alleged surveillance of two "
                "RTE journalists who investigated overcharging by National Irish Bank, the Minister for Justice, Mr "
                "O'Donoghue, told the Dail.")
    assert find_attribution(sentence)[0].name == "Mr O'Donoghue"


def test_a_quote_over_two_paragraphs_after_a_clause_about_the_speaker():
    # "..., the visitors scored four times and Coleman praised the hosts" then a quote that goes on in the next
    # paragraph, opening it again: Coleman's (was no one's)
    text = ('Defeat\n\nAccrington Stanley manager John Coleman admitted that his side must be more clinical.\n\n'
            'After the first half ended goalless, Darren Ferguson\'s side scored four times after the break and Coleman '
            'praised the hosts for how clinical they were.\n\n"4-0 flatters Peterborough tonight, I think they had 5 '
            'attempts and scored 4 of them.\n\n"They\'re a good side Peterborough, but they weren\'t 4 goals better '
            'than us tonight."')
    assert [claim.claimant for claim in claims_of(text)][-2:] == ["John Coleman"] * 2


def test_a_pull_quote_signed_on_the_next_line_is_not_the_subjects():
    # a quote left open, then a line that signs it: not the person the paragraph before was about
    text = ('Platform\n\nSanders named five people to the committee, while Clinton named six. Florida Rep. Debbie '
            'Wasserman Schultz, the Democratic National Committee’s chair, chose four.\n\n"[Sanders] should stay in '
            'until he gets everything he’s fighting for, or at least as much of it as possible.\nFormer NAACP president '
            'Ben Jealous."\n\nWasserman Schultz said 2 members were named.')
    sentences = extract_claims(text, split_blocks(text), every_sentence=True)
    assert [s.claimant for s in sentences if "Sanders] should" in s.text or "Jealous" in s.text] == [None, None]


@pytest.mark.parametrize("club", ["Peterborough United", "Blackburn Rovers", "West Bromwich Albion"])
def test_a_club_is_an_organization(club):
    text = f"Result\n\n{club} said 4 players were injured in the 2-1 win."
    claim = claims_of(text)[-1]
    assert (claim.claimant, claim.claimant_kind) == (club, "organization")


def test_two_subjects_of_one_verb_are_no_later_subject():
    # "at the event where Clinton and O'Malley appeared, West landed a dig" then '"...?" he said': West, not O'Malley
    text = ("Debate\n\nMartin O'Malley said 2 debates were enough.\n\nThat's where author and liberal firebrand Cornel "
            "West took the conversation. Filling in for Sanders at the same event where Clinton and O'Malley appeared "
            "Sunday, West landed a sharp dig at \"my dear sister Hillary Clinton.\"\n\n\"I took Wall Street money but it "
            "didn't affect me?\" he said, paraphrasing Clinton's remarks at the debate about 3 donors.")
    assert claims_of(text)[-1].claimant == "Cornel West"


def test_a_titled_person_whose_surname_is_a_bodys_word_made_plural():
    # "Cisco CEO John Chambers": the CEO (was the organisation "Cisco CEO John Chambers"), and "Cisco" later is the
    # "Cisco Systems" named in full
    text = ("Results\n\nCisco Systems on Wednesday posted results that beat 3 forecasts.\n\n\"Our Q1 results reflect "
            "strong growth,\" Cisco CEO John Chambers said in a statement.\n\nCisco also said its board authorized up to "
            "$10 billion in repurchases.")
    claims = claims_of(text)
    assert [(claim.claimant, claim.claimant_kind) for claim in claims[1:]] == [
        ("John Chambers", "person"), ("Cisco Systems", "organization")]


@pytest.mark.parametrize("name,kind", [
    ("John Chambers", "person"), ("Tyler Banks", "person"), ("John T. Chambers", "person"),
    # (a body's word itself, or no given name before the plural: still a body)
    ("Chase Bank", "organization"), ("Matrix Chambers", "organization"),
])
def test_a_surname_that_is_a_bodys_word_made_plural(name, kind):
    assert guess_kind(name) == kind


def test_a_company_based_in_a_city_and_its_province():
    # "The Waterloo, Ontario-based company said": the company, not the city; and after a quote closed with its own
    # full stop, "The company said in a press release." names the quote's speaker
    text = ("Results\n\nBlackBerry Ltd. reported revenue that fell short of 2 estimates.\n\nThe Waterloo, Ontario-based "
            "company said revenue was $244 million in the quarter.\n\n\"We secured 4 key design wins in automotive "
            "technology.\" The company said in a press release.")
    assert [claim.claimant for claim in claims_of(text)][1:] == ["BlackBerry Ltd"] * 2


def test_estimates_cited_are_no_antecedent_of_the_company():
    # "According to Reuters Estimates, analysts were expecting ..." then "The company ... said": the company reporting,
    # not the data provider
    text = ("Profit\n\nR.I.M. said it earned $176 million in the quarter.\n\nAccording to Reuters Estimates, analysts "
            "were expecting earnings of 93 cents a share.\n\nThe company, which is based in Waterloo, Ontario, said "
            "875,000 accounts were added.")
    assert claims_of(text)[-1].claimant == "R.I.M"


def test_questioned_why_reports_speech():
    # "the MP questioned why ...", '"...?" he questioned.': speech (were no one); "was questioned" is not
    text = ("Registration\n\nLeader MP Mano Ganesan raised 2 concerns in Parliament.\n\nAddressing the Parliament on "
            "Monday, the MP questioned why only 8 police areas were registering households.\n\n“Why is this only "
            "restricted to 1 community?” he questioned.")
    assert [claim.claimant for claim in claims_of(text)][1:] == ["Mano Ganesan"] * 2
    assert not find_attribution("The suspect was questioned.")[0].explicit


def test_the_speaker_is_the_one_introduced_so_not_a_headline():
    # "The Speaker" and the label "The Speaker:" are the Speaker the article named, not a run of a title-case
    # headline ("Speaker Informs House After Receiving ...")
    text = ("Sri Lanka: Speaker Informs House After Receiving Interim Report On Easter Attacks\n\nSri Lanka’s Speaker "
            "Karu Jayasuriya informed Parliament that he had received 1 interim report.\n\nThe Speaker promised to table "
            "the full report of 3 members.\n\nThe Speaker: “I receive 2 updates a day about the security of "
            "Parliament.”")
    assert [claim.claimant for claim in claims_of(text)][1:] == ["Karu Jayasuriya"] * 2


def test_a_portfolios_last_word_before_the_name():
    sentence = ("State Minister of Small and Medium Enterprises Development Prasanna Ranaweera told reporters that 1 "
                "porter knows the story.")
    assert find_attribution(sentence)[0].name == "Prasanna Ranaweera"


@pytest.mark.parametrize("body", ["Foreign Ministry of the United Arab Emirates", "Home Office of the Kingdom"])
def test_a_ministrys_field_before_it_stays(body):
    # "The Foreign Ministry of the United Arab Emirates said": "Foreign" names the ministry's field (was "Ministry of
    # the United Arab Emirates")
    assert find_attribution(f"The {body} said 4 ships had been damaged.")[0].name == body


def test_police_titles_written_short_as_zimbabwean_copy_writes_them():
    # "Police Commissioner-General Godwin Matanga", then "Comm-Gen Matanga said": one person (were "Commissioner-General
    # Godwin Matanga" and "Comm-Gen Matanga"); "Snr Asst Comm Charamba" is Charamba, a person
    text = ("Apology\n\nPolice Commissioner-General Godwin Matanga yesterday said 2 people had died.\n\nComm-Gen Matanga "
            "said a team of 12 investigators had been set up.\n\nSnr Asst Comm Charamba said 3 men were in custody.")
    assert [(claim.claimant, claim.claimant_kind) for claim in claims_of(text)] == [
        ("Godwin Matanga", "person"), ("Godwin Matanga", "person"), ("Charamba", "person")]


@pytest.mark.parametrize("name,kind", [
    ("Sacramento Metropolitan Fire District", "organization"), ("Irvine Ranch Water District", "organization"),
    ("Metro Fire", "organization"), ("Cal Fire", "organization"),
    # (a district that is a place speaks through its people and bodies; were people)
    ("Wakiso District", "other"),
])
def test_districts_and_fire_services(name, kind):
    assert guess_kind(name) == kind


def test_a_speech_page_is_the_speakers():
    # a page whose first line names a speech by someone, going on in the first person: its own words are theirs
    # (were no one's), not the headline's
    text = ("Committee of Supply Debate 2018 - Speech by Mr K Shanmugam, Minister for Home Affairs\n\n"
            "1. I thank the members for their 12 comments.\n\n2. Singapore continues to be a safe city. We were ranked "
            "1st in the Gallup Global Law and Order Report 2017.\n\n3. Fire incidents are at their lowest in 40 years.")
    claims = extract_claims(text, split_blocks(text), every_sentence=True)
    assert [claim.claimant for claim in claims] == ["K Shanmugam"] * 4


def test_a_report_about_a_speech_is_not_the_speakers():
    # (a headline naming a speech, over a report in the third person: the writer's own words stay the writer's)
    text = ("Reactions to Speech by Mr K Shanmugam, Minister for Home Affairs\n\nThe minister spoke for 40 minutes. "
            "Members of Parliament raised 12 questions.\n\nThe opposition said 3 of its questions were not answered.\n\n"
            "Fire incidents are at their lowest in 40 years, official figures show.")
    claims = extract_claims(text, split_blocks(text), every_sentence=True)
    assert "K Shanmugam" not in [claim.claimant for claim in claims]


@pytest.mark.parametrize("sentence,claimant", [
    # "TD" is an Irish member of parliament before a name, not a title to strip from a body's name
    ("A spokesman for TD Garden said 3 events were cancelled.", "TD Garden"),
    ("TD Bank said profits rose 3 percent.", "TD Bank"),
    ("Labour TD Alan Kelly said 3 questions were tabled.", "Alan Kelly"),
    # (so "VP", a title before a name, opens a label's name of an everyday word)
    ("VP Records said 3 albums sold.", "VP Records"),
    ("Google VP Jane Smith said 3 products were late.", "Jane Smith"),
])
def test_td_before_a_name_only(sentence, claimant):
    assert find_attribution(sentence)[0].name == claimant


def test_a_publicist_and_a_mouthpiece_are_spokespeople():
    # Ugandan copy: "said the police publicist", "said the security agency’s mouthpiece" after "Uganda Police
    # Spokesperson Fred Enanga": him (were no one); "Police spokesperson CP Fred Enanga" is Fred Enanga, one
    # claimant (was "CP Fred Enanga" beside him)
    text = ("Probe paused\n\nPolice spokesperson CP Fred Enanga made the revelation on Monday, April 13.\n\n“13 people "
            "are in our custody,” he said.\n\n“His sickness has put 2 of our investigations at a standstill,” said the "
            "police publicist.\n\n“He shoved 1 senior officer,” said the security agency’s mouthpiece.")
    assert [claim.claimant for claim in claims_of(text)][-3:] == ["Fred Enanga"] * 3


def test_transcript_labels_with_an_office_of_somewhere():
    # Australian government transcripts: "The Hon. Gladys Berejiklian MP, Premier of NSW:" labels in mixed case with
    # "of" (were no one's)
    text = ("Press Conference - Camperdown, NSW\n\nThe Hon. Gladys Berejiklian MP, Premier of NSW: Good morning, everybody. "
            "We will vaccinate 35,000 workers in 3 weeks.\n\nThe Hon. Scott Morrison MP, Prime Minister of Australia: "
            "Thank you, Gladys. We have 4 million doses ready.\n\nJournalist: Prime Minister, when will the 4 million "
            "arrive?")
    claims = extract_claims(text, split_blocks(text), every_sentence=True)
    assert [claim.claimant for claim in claims][:4] == ["Gladys Berejiklian"] * 2 + ["Scott Morrison"] * 2


@pytest.mark.parametrize("sentence,claimant", [
    # a wire's credit before a sentence that names its own speaker: the speaker (was the agency)
    ("UNB adds: Home minister Asaduzzaman Khan today said 3 committees had been formed.", "Asaduzzaman Khan"),
    # (the credit alone still speaks for what it adds)
    ("Reuters adds: 3 committees had been formed.", "Reuters"),
])
def test_a_wires_credit_before_a_sentence_with_its_own_speaker(sentence, claimant):
    assert find_attribution(sentence)[0].name == claimant


@pytest.mark.parametrize("subject,claimant", [
    # a continent's adjective is the body's own name, a nation's is where it is (was "Development Bank")
    ("The Asian Development Bank", "Asian Development Bank"),
    ("The US Centers for Disease Control and Prevention", "Centers for Disease Control and Prevention"),
])
def test_the_bank_a_sentence_opens_with(subject, claimant):
    text = f"Loan\n\n{subject} has agreed to lend 3 billion dollars to 2 states, the bank said."
    assert claims_of(text)[-1].claimant == claimant


@pytest.mark.parametrize("sentence,claimant", [
    # "foreign" after "of" or "on" is the body's field, no title of a person (was "Affairs", "Relations", "Assets
    # Control": Philippine, Irish and US copy)
    ("The Department of Foreign Affairs said 3 ships had left.", "Department of Foreign Affairs"),
    ("The Ministry of Foreign Affairs said 3 ships had left.", "Ministry of Foreign Affairs"),
    ("The Council on Foreign Relations said 3 ships had left.", "Council on Foreign Relations"),
    ("The Office of Foreign Assets Control said 3 banks were fined.", "Office of Foreign Assets Control"),
    # (a title stays a title: the person after it speaks)
    ("Secretary of State Antony Blinken said 3 ships had left.", "Antony Blinken"),
    ("Minister of Foreign Affairs Teodoro Locsin said 3 ships had left.", "Teodoro Locsin"),
    ("Department of State spokesman Ned Price said 3 ships had left.", "Ned Price"),
])
def test_foreign_in_a_bodys_name(sentence, claimant):
    assert find_attribution(sentence)[0].name == claimant


@pytest.mark.parametrize("sentence,claimant", [
    # a nickname quoted inside a person's name: the person (was "Migz", "Tol", "Scott")
    ("Senate President Juan Miguel “Migz” F. Zubiri on Tuesday said 3 mills would close.", "Juan Miguel F. Zubiri"),
    ("Senator Francis ‘Tol’ N. Tolentino said 2 agreements need the Senate.", "Francis N. Tolentino"),
    ('Rep. Robert "Bobby" Scott said the bill would cost $5 billion.', "Robert Scott"),
    # (a quoted name after a verb is what was said, not part of the speaker's name)
    ('The film "Jaws" made $7 million, Universal Pictures said.', "Universal Pictures"),
])
def test_a_nickname_inside_a_name(sentence, claimant):
    assert find_attribution(sentence)[0].name == claimant


def test_a_lawmaker_and_a_legislator_are_titles():
    # Taiwanese copy: "said KMT Legislator Chen Horng-chi (陳鴻基)" (was "Legislator Chen Horng-chi", then "Yang" too)
    text = ("Leak condemned\n\n\"Legislators are fully aware of the rules,\" said KMT Legislator Chen Horng-chi (陳鴻基), "
            "who chairs 1 committee.\n\n\"29 countries maintain ties with us,\" DPP Legislator Yang Chiu-hsing (楊秋興) said."
            "\n\n\"The leak cost 2 allies,\" Yang said.\n\nLawmaker Wang Ting-yu said 3 lawmakers were involved.")
    assert [claim.claimant for claim in claims_of(text)] == [
        "Chen Horng-chi", "Yang Chiu-hsing", "Yang Chiu-hsing", "Wang Ting-yu"]


def test_a_bank_in_another_language_and_its_connector():
    # "the Bangko Sentral ng Pilipinas (BSP) said": the central bank, an organisation (was "Pilipinas")
    text = "FDI up\n\nNet inflows rose by 5.5% in July, the Bangko Sentral ng Pilipinas (BSP) said on Thursday."
    [claim] = claims_of(text)
    assert (claim.claimant, claim.claimant_kind) == ("Bangko Sentral ng Pilipinas", "organization")
    assert guess_kind("Banco de España") == guess_kind("Banque de France") == "organization"


def test_said_later_that_night():
    assert find_attribution("Arthur Chen later that night said on Facebook that 3 officers lied.")[0].name == "Arthur Chen"


def test_the_prime_minister_is_not_the_deputy():
    # "The Prime Minister says" after "Deputy Prime Minister Winston Peters": not Peters (New Zealand copy)
    text = ("PM will not step in\n\nThe Prime Minister says he will not intervene over 3 comments by Deputy Prime Minister "
            "Winston Peters.\n\nThe prime minister said 40 years of service spoke for Peters.")
    assert [claim.claimant for claim in claims_of(text)] == [None, None]
    # (the deputy is still "the deputy prime minister", and the prime minister named so is still him)
    text = ("Cabinet\n\nPrime Minister Christopher Luxon and Deputy Prime Minister Winston Peters met 3 envoys.\n\n"
            "The deputy prime minister said 2 deals were close.\n\nThe Prime Minister said 1 deal was signed.")
    assert [claim.claimant for claim in claims_of(text)][1:] == ["Winston Peters", "Christopher Luxon"]
    text = "Visit\n\nVice President Mike Pence flew to 3 states.\n\nThe president said 2 of them would win."
    assert claims_of(text)[-1].claimant is None


def test_a_quote_then_its_speaker_at_a_meeting():
    # '"...?" Simon Power said at a Select Committee earlier this year.': the quote before is his (was no one's)
    text = ("Merger\n\nSimon Power chairs 1 board.\n\n\"An Autonomous Crown Entity allows 2 kinds of direction. Why would "
            "we want to blur that perception?\" Simon Power said at a Select Committee earlier this year.")
    claims = extract_claims(text, split_blocks(text), every_sentence=True)
    assert claims[-3].claimant == "Simon Power"


@pytest.mark.parametrize("text,claimant", [
    # "officials at X" and "a X official": X is a body (was a person: Indian copy, "Prasar Bharti")
    ("Ties cut\n\nOn Saturday, officials at Prasar Bharti told reporters that 2 letters were sent.", "Prasar Bharti"),
    ("Ties cut\n\nA Prasar Bharati official said 3 contracts were under review.", "Prasar Bharati"),
])
def test_the_staff_of_a_body(text, claimant):
    [claim] = claims_of(text)
    assert (claim.claimant, claim.claimant_kind) == (claimant, "organization")


def test_a_first_name_before_staff_stays_a_person():
    # (not "a Donald Trump spokesman": his staff, and he a person)
    text = "Rally\n\nDonald Trump officials said 3 rallies were planned.\n\nDonald Trump said he would hold 2 more."
    assert {claim.claimant_kind for claim in claims_of(text) if claim.claimant == "Donald Trump"} == {"person"}
