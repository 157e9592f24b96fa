"""Who says it: the speaker of direct and indirect speech, and the names an article introduces.

English news attribution is regular enough for rules: the speaker is the
subject of a speech verb ("X said", "X told Y", "X announced"), the noun
phrase after "according to", the phrase after a closing quote ("..., X
said" / "..., said X") or before a colon that opens a quote. Its object
("told VOA") and the outlet that reports it are never the speaker.
Quoted text is masked before any of this, so an attribution inside a quote
("The army said ...") belongs to the quote, not to the sentence.

A short mention ("Diallo", "Mr Diallo", "the deputy spokesperson", "TSMC")
resolves to the fullest form introduced in the same article (NameRegistry)
before any database lookup. A span only becomes a name when it passes
`is_source_name`: common words, sentence-initial adverbs and participles,
demonyms and generic groups never do (wordfreq tells common words).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path

import pycountry
from rapidfuzz.distance import Levenshtein
from wordfreq import zipf_frequency

from sources.importer.cleaning import DIRECTION_MARKS, TERMINAL

SPEECH_VERBS = (
    "said|says|say|stated|states|told|tells|reported|reports|warned|warns|claims(?!\\s+(?:responsibility|credit)\\b)"
    # not "claimed 84 percent of votes", "claimed the lives of 16", "claimed responsibility for the attack": a win,
    # a toll, an act owned
    "|claimed(?!\\s+(?:\\d|victory|responsibility|credit|(?:the|their|his|her|its)\\s+(?:lives?|title|crown|seats?|victory|win)\\b))"
    # not "bundles of Rs. 1,000 notes", "Treasury notes", "$500 million of senior notes due 2030": paper money or debt
    "|noted|(?<!\\d\\s)(?<!\\bRs\\s)(?<!\\bRs\\.\\s)(?<![Bb]ank\\s)(?<!senior\\s)(?<!Treasury\\s)(?<!fake\\s)(?<!currency\\s)"
    "notes(?!\\s+(?:due|worth|maturing|valued|issued|in\\s+denominations)\\b)|announced|announces|documented|replied|replies"
    "|responded(?=\\s*(?::|that\\b|\\.?\\s*$|,\\s*[\"“])|\\s+(?:to\\s+[^,.;:]{1,40}?\\s+)?by\\s+(?:\\w+\\s+)?(?:saying|calling)\\b|\\s+(?:in|on|via|by|with)\\s+(?:an?|the|his|her|its|their)\\s[^.;:\"“]{1,40}?:)|mentioned|clarified|clarifies"
    "|remarked(?=\\s+(?:that\\b|:))|quipped|joked|averred|avers(?=\\s+that\\b)"
    # "called the cuts “cruel”": a verdict in quotes (not "called the police", "called for calm")
    "|called(?=\\s+(?:[\\w'’-]+\\s+){1,4}?[\"“])"
    # "the minister dismissed the suggestion that ...": a denial; not "dismissed the case", "dismissed staff"
    "|dismissed(?=\\s+(?:the\\s+|as\\s+)?(?:suggestions?|claims?|reports?|allegations?|idea|notion|criticism|concerns?|fears?)\\b)"
    # not "Council also added a $1.5 million cut", "added 200 jobs", "adds to the pressure": a thing added
    # (but "Trump added to People": to whom)
    # ("Later, he added trucks, and ...": things added, a plural noun before a break or a preposition; "Chiquita adds
    # the Fresh Express brand": a thing, unless "that", a colon or a quote follows)
    "|add(?:ed|s)(?!\\s+the\\s+(?![^.;:\"“]{0,60}?(?:\\bthat\\b|[:\"“])))(?!\\s+(?:(?:a|an|another|more|some|up|its|their|his|her)\\b|to\\b(?!\\s+[A-Z])|[$£€\\d]"
    "|[a-z]{3,}s\\b(?<!\\bthis)(?<!\\bwas)(?<!\\bhas)(?=\\s*[,.;]|\\s+(?:and|to|in|on|at|for|with|from)\\b)))"
    "|rejected(?=\\s+as\\b|\\s+the\\s+(?:claims?|allegations?|accusations?|reports?|numbers|results|figures)\\b)|revealed|reveals|confirms|estimated"
    # not "above Wall Street estimates", "analysts' estimates": the noun
    "|(?<!\\bStreet\\s)(?<!\\babove\\s)(?<!\\bbelow\\s)(?<!\\bconsensus\\s)(?<!\\bmarket\\s)(?<!['’]\\s)estimates"
    # not "since Republicans confirmed a judge": a vote
    "|confirmed(?!\\s+(?:(?:a|an|the|his|her|their)\\s+)?(?:\\w+\\s+)?(?:judges?|nominees?|justices?|appointments?|nominations?)\\b)"
    "|apologi[sz]ed|apologi[sz]es|believes|believed|argued|argues|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|explained|explains|wrote"
    # (not "Sanders posted an overwhelming victory", "posted a loss of $3 million": a result; nor "the person who
    # posted it": a thing put online)
    "|writes|write(?=\\s*[.,:]|\\s+that\\b)|tweeted|posted(?!\\s+(?:it|them)\\b)(?!\\s+(?:an?|its|his|her|their|the)\\s+(?:[\\w-]+\\s+){0,3}(?:victory|win|loss|gain|profit|deficit"
    "|surplus|record|lead|score|growth|decline|increase|rise|drop|bail|bond|time|result|results|quarter)\\b)|insisted|insists|admitted(?!\\s+(?:to|into)\\s+(?:the\\s+)?(?:[A-Z]|U\\.S|hospital|school|college|university|\\w+\\s+(?:hospital|program)))|admits|acknowledged|acknowledges|alleged"
    # not "denied Carter a final-night photograph", "denied the request": a refusal, not a denial
    "|denie[sd](?!\\s+(?:[A-Z][\\w.'’-]*\\s+)+(?:a|an|the|his|her|their|its)\\s|\\s+(?:the\\s+|an?\\s+)?(?:opportunity|chance"
    "|access|entry|permission|permit|bail|overtime|request|application)\\b)"
    "|answered(?=\\s*[,.:]|\\s+(?:that|simply|flatly|bluntly|quickly)\\b)"  # "'...,'' Ms. Abedin answered", not "answered questions"
    "|alleges|suggested|suggests|speculated|assessed|assesses|observed|expressed|urged|urges|contended|contends"
    # not "we've just concluded the second phase of our plan", "concluded a three-day visit": it ended
    # (not "after the interview concluded, Maher stated": it ended, and the next clause's subject speaks; nor "a
    # process that began in May and concluded Monday")
    "|conclude[sd](?!,\\s+[A-Z][\\w'’.-]*\\s+[a-z])(?!\\s+(?:on\\s+)?[A-Z][a-z]+day\\b|\\s+(?:last|yesterday|today|earlier|later)\\b)(?!\\s+(?:the|a|an|its|his|her|their|our|my|this)\\s+(?:[\\w-]+\\s+){0,2}(?:phase|meeting|visit|talks"
    "|session|season|deal|agreement|tour|trip|hearing|round|year|quarter|programme|program|campaign|conference|summit"
    "|match|game|series)\\b)"
    # not "since he declared for president", "declared war", "declared a state of emergency": an act
    "|declared(?!\\s+(?:for|war|bankruptcy|independence|victory|(?:a|an)\\s+(?:state|emergency)"
    "|(?:his|her|their)\\s+(?:candidacy|bid)))|declares|predicted|predicts|testified|disclosed|indicated|indicates|asserted"
    "|(?:continued|went\\s+on)(?=\\s*[,:]\\s*[\"“])"  # 'He continued, “...”', 'She went on: “...”'
    "|accused|accuses|recogni[sz]ed|described|describes|reiterated|continued by saying|went on to say"
    # a verdict: "condemned the report as “fake news”", "branded North Korea an “outlaw nation”" (not "condemned the
    # attack", "condemned the launch as Pyongyang fired", "was branded “a traitor” by", "labeled as a “witch hunt” by")
    # (nor 'summed up Clinton as “terrible,” denounced her record and said': a verb of a series, after the quote)
    "|(?<!\\bwas\\s)(?<!\\bwere\\s)(?<!\\bbeen\\s)(?<!\\bbe\\s)(?<![”\"]\\s)(?:condemned|denounced|branded)"
    "(?=\\s+[^.;:\"“”]{1,60}?\\s+as\\s+(?:[\"“]|an?\\s|[a-z])|\\s+[^.;:\"“”]{1,40}?\\s+[\"“])"
    "|has come to the conclusion|came to the conclusion|pointed out|points out|informed|say|claim|expects|conveyed"
    "|state(?=\\s+that)|report(?=\\s+that)|maintain(?:ed|s)(?=\\s+that\\b)"  # not "maintained the roads"
    # "the minister highlighted that ...", "underscored that ...": not "highlighted the risks"
    "|(?:highlight|underscor)ed(?=\\s+that\\b)"
    # "the MP questioned why ...", '"...?" he questioned.': not "questioned the witness", "was questioned"
    # (the word first, then what stands before it: a pattern every speech reader holds, tried at every position)
    "|(?:questioned(?<!\\bwas\\squestioned)(?<!\\bwere\\squestioned)(?<!\\bbeen\\squestioned)(?<!\\bbeing\\squestioned)"
    "|queried(?<!\\bwas\\squeried)(?<!\\bwere\\squeried)(?<!\\bbeen\\squeried)(?<!\\bbeing\\squeried))"
    "(?=\\s+(?:why|whether|how|if|what)\\b|\\s*[.,;]?\\s*$)"
    # an infinitive's speech verb: "continued to assert that", "was quick to point out that"
    "|(?<=\\bto\\s)(?:assert|insist|argue|note|point\\s+out|suggest|warn|explain|stress|emphasi[sz]e)(?=\\s+that\\b)|cautioned|cautions|countered|retorted|(?:hit|fired|shot)\\s+back(?=\\s*:|$)"
    "|(?:is|are|was|were)\\s+(?:flagging|claiming|insisting|arguing|predicting|urging|promising|pledging|vowing)"
    # "is warning residents that", "is telling reporters that": what follows is said (not "is warning the public.",
    # nor "Alpert's metaphor is telling in its own right": an adjective)
    "|(?:is|are|was|were)\\s+(?:warning|saying|telling|cautioning|forecasting|estimating|alleging|stressing|reporting"
    "|announcing|confirming)"
    "(?=[^.;:]{0,80}?\\b(?:that|of|about|against|how|what)\\b|\\s+(?!(?:in|of|for|to|and|but|as|because)\\b)[a-z]+\\s+(?:is|are|was|were|has|have|had|will|would)\\b|\\s*[:,]\\s*[\"“])"
    "|cited(?=\\s+(?:new\\s+|official\\s+)?(?:figures|data|statistics|numbers|research|a\\s+report|a\\s+study|a\\s+survey))"
    "|attributed(?=\\s+[^.;]{1,80}?\\s+to\\b)|released(?=\\s+(?:new\\s+|official\\s+(?:and\\s+final\\s+)?|final\\s+)?(?:data|figures|statistics|results|a\\s+report|a\\s+study))"
    "|reads(?=\\s*[:,]\\s*[\"“]|\\s*:)|read(?=\\s*(?:[.:]|$|,\\s*[\"“]))|debunked|debunks|refuted|refutes|commented|comments|assured|assures|trumpeted|touted|forecasts?(?=\\s+that)|forecasted|forecast(?=\\s+(?:[a-z-]+\\s+){0,3}(?:revenue|sales|profits?|earnings|income|margins?|losses?)\\b)|forecast(?=\\s+(?:[a-z-]+\\s+){1,7}(?:to|would|will)\\s+(?:grow|rise|fall|reach|increase|decline|drop|climb|be)\\b)|projected(?=\\s+that)|lamented|laments|complained|complains|(?:conceded|concedes)(?!\\s+(?:\\d|defeat|(?:an?|the|their|his|her|its|two|three|four|five|one|another|a\\s+late)\\s+(?:[\\w-]+\\s+){0,2}(?:goals?|penalty|penalties|tries|try|runs?|points?|wickets?|seats?|race|election|defeat|title)\\b))|boasted|vowed|vows|(?:promised|promises|pledged|pledges)(?=\\s+(?:(?:on\\s+)?\\w+day\\s+)?(?:that|to)\\b)"
    # "recalled in 2008 that", '..., Mr. McCain recalled last week.'; not "recalled 40,000 cars": a product recall
    "|recalled(?=\\s*[,.:]|\\s+(?:that|how|what|when|of)\\b|\\s+(?:him|her|them)\\s+saying\\b|\\s+(?:last|this|earlier|on)\\s+\\w+\\s*[.,]|\\s+in\\s+\\d{4},?\\s+that\\b)"
    "|agreed(?=\\s+(?:with\\s+[^.;,]{1,40}?\\s+)?(?:(?:on\\s+)?\\w+day\\s+)?that\\b)"  # "agreed that", not "agreed to pay"
    "|ruled|rules(?!\\s*[,.;:!?]|\\s+that\\s+(?:could|would|will|may|might|can|should|must)\\b|\\s+(?:are|were|have|had|would|will|of|and|governing|requir(?:e|ing)|say|state|allow|ban|bar|prohibit|mandate|dictate|permit|forbid)\\b)|held(?=\\s+that\\b|\\s*[.!]?\\s*$|\\s+(?:on\\s+)?(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}|\\w+day)\\b)"  # a court
    "|called(?=\\s+for\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?(?:increase|cut|reduction|rise|review|inquiry|investigation|ban|end)\\b)"
    "|shared(?=\\s+(?:in|on)\\s+(?:a|an|its|his|her|their)\\s)|feels(?=\\s+that)|felt(?=\\s+that)|flagged(?!\\s+down)|quoted(?=\\s+[^.;]{1,80}?\\s+as\\s+saying)"
)
# Verbs that may come before their subject after a quote or a clause: "..., said Andy Wang".
INVERSION_VERBS = ("said|says|say|added|adds|wrote|writes|asked|continued|explained|noted|stated|insisted|warned|admitted|predicted"
                   "|conceded|acknowledged|stressed|argued|recalled|quipped|joked|declared|confirmed|claimed|replied"
                   "|remarked|observed|cautioned|reported|reports|mentioned|responded|tweeted|answered"
                   r"|posted(?=\s+[A-Z][\w'’.-]*\s+[A-Z])")  # "...!!” posted Sharon Powers Geyer", not "posted the clip"
_SPEECH = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_QUOTE_CHARS = "\"“”«»„"
_OPEN_QUOTES = ('"', "“", "«", "„")

# Currencies written with letters before the digits: "N20 million" (naira), "Rs 72 crore", "Ksh 4.9 billion"
CURRENCY_PREFIXES = ("N", "Rs", "Ksh", "KSh", "Kshs", "Sh", "Shs", "Php", "Tk")
# Titles written short: "Brig. Gen. Pat Ryder", "Lt. Mark Giannunzio", "Dr. Jane Doe".
TITLE_ABBREVIATIONS = ("Gen", "Lt", "Lieut", "Col", "Maj", "Brig", "Adm", "Sgt", "Capt", "Cmdr", "Cpl", "Pvt", "Gov",
                       "Sen", "Sens", "Rep", "Reps", "Del", "Rev", "Supt", "Insp", "Det", "Dr", "Mr", "Mrs", "Ms", "Prof",
                       "Cllr", "Coun",
                       # as Ghanaian, Nigerian and Philippine copy writes them: "Rt. Hon.", "Amb.", "Barr.", "Atty.", "Usec."
                       "Rt", "Hon", "Amb", "Barr", "Engr", "Pst", "Atty", "Usec", "Asec", "Alh", "Comr", "Fr")
# Words of titles that are no title alone: "Secretary of State", "Defense Secretary", "Chief Financial Officer"
_TITLE_QUALIFIERS = frozenset("state defense defence foreign deputy operating financial technology marketing investment".split())
TITLE_WORDS = frozenset("""
clerk auditor comptroller recorder assessor registrar ombudsman warden controller ranking counsel president prime minister secretary undersecretary under-secretary general head chief leader spokesman spokeswoman spokesperson
defense defence foreign state deputy commander director ambassador representative senator governor
mayor minister's dictator chairman chairwoman chair official analyst commissioner envoy adviser advisor
officer operating financial technology marketing investment treasurer presenter correspondent reporter editor columnist
mp mep msp mla mpp mca speaker sheriff constable superintendent inspector detective trooper coroner
director-general attorney-general governor-general solicitor-general commissioner-general inspector-general
auditor-general registrar-general comm-gen comm asst snr vice-president dci dc ds dcs pc premier taoiseach tánaiste tanaiste
champion winner runner-up holder pm councilman councilwoman councilmember alderwoman supervisor trustee
councilmen councilwomen councilmembers councillors councilors aldermen pro tem tempore candidate nominee
congressman congresswoman congressmen legislator lawmaker assemblyman assemblywoman committeeman committeewoman
mr mrs ms dr sir colonel col. major lieutenant captain sergeant admiral marshal gen. lt. brigadier
corporal private professor prof. assistant associate acting attorney ceo cfo coo cmo cto cio cno vp founder executive
c.e.o c.f.o c.o.o
administrator vice coach midfielder striker goalkeeper manager captain judge justice rep. sen. gov.
secretary-general chancellor king queen prince princess pope bishop rabbi imam dean lord lady baroness
baron councillor councilor alderman rt rt. hon hon. honourable honorable honour honor engineer engr engr.
meteorologist forecaster climatologist economist strategist historian commentator pundit blogger
neighbour neighbor resident eyewitness witness bystander campaigner activist lawyer collector cs h.e h.e.
backbencher rapper singer songwriter singer-songwriter broadcaster referee umpire agent producer actor actress comedian novelist
whip boxer golfer sprinter hurdler swimmer cyclist jockey winger flanker fly-half scrum-half full-back defender skipper
""".split()) | {abbreviation.lower() for abbreviation in TITLE_ABBREVIATIONS}  # as _bare() reads them
# Titles that are surnames too, when a name goes before them ("Eric Holder", "Larry King", "Howard Dean").
_SURNAME_TITLES = frozenset("holder king major marshal judge dean bishop pope sheriff mayor baron lord".split())
# Letters after a person's name: "Alan Williams MP", "Jane Doe QC".
_POST_NOMINALS = frozenset("mp mep msp ms am mla qc kc obe mbe cbe kbe dbe frs phd md".split())  # "Jr." stays, as "III" does
HONORIFIC_GENDER = {"mr": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "madam": "f", "madame": "f"}
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame prof prof.".split())
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# a pronoun a few words after a name, which tells the person's sex: "Clinton told the debate audience that she",
# "Lazar told FBI agents that he" (no name between: "Clinton suggested Sanders was ... because he" is Sanders)
PRONOUN_SOON = re.compile(r"\s+(?:(?:[a-z][\w'’,-]*|[A-Z]{2,}[\w'’,-]*)\s+){0,6}?(?P<pronoun>he|she|his|her)\b")


def first_name_gender(word: str) -> str | None:
    """"m" or "f" for a first name nine in ten of whose bearers are one sex (US Census 1990, data/README.md)."""
    return _first_name_genders().get(word.rstrip(".").capitalize())


def given_name_sex(word: str) -> str | None:
    """"m" or "f" for a given name, for "he"/"she" alone: the US Census list (first_name_gender), else the world's
    names ("Moira", "Siobhan", "Priya", "Volodymyr"; nomquamgender, data/README.md), which are too many, and too
    often words of their own ("Will", "Hope"), to tell whether a word is a first name."""
    word = word.rstrip(".").capitalize()
    return first_name_gender(word) or _name_sexes("given_names_world.tsv").get(word)


def _first_name_genders() -> dict[str, str]:
    return _name_sexes("first_names.tsv")


def is_first_name(word: str) -> bool:
    """A US Census first name, whatever its bearer's sex: "Michael", and "Chris", "Pat", "Kelly", which both bear."""
    return bool(first_name_gender(word)) or word.rstrip(".").capitalize() in _shared_first_names()


@lru_cache(maxsize=1)
def _shared_first_names() -> frozenset[str]:
    lines = (Path(__file__).parent / "data" / "shared_first_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=2)
def _name_sexes(file_name: str) -> dict[str, str]:
    lines = (Path(__file__).parent / "data" / file_name).read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines if line and not line.startswith("#"))


DEMONYMS = frozenset("""
ukrainian russian american us u.s. u.s british french german korean north south chinese iranian western
european israeli polish nato un u.n. eu spanish italian scottish irish welsh english japanese indian
african asian arab turkish canadian mexican brazilian australian zimbabwean guinean ugandan cuban
palestinian syrian iraqi afghan pakistani egyptian nigerian kenyan swedish danish dutch belgian swiss
austrian greek portuguese norwegian finnish czech hungarian romanian serbian croatian taiwanese
britons americans europeans africans asians spaniard briton serb croat dane swede turk scot
frenchman englishman irishman dutchman welshman
muslim muslims jewish hindu hindus sikh sikhs
kiwi kiwis aussie saudi emirati qatari lebanese jordanian yemeni sudanese ethiopian somali ghanaian tanzanian
rwandan zambian malawian congolese cameroonian senegalese moroccan algerian tunisian libyan bangladeshi lankan
nepali nepalese indonesian malaysian singaporean thai vietnamese filipino burmese cambodian mongolian kazakh
uzbek armenian azerbaijani belarusian lithuanian latvian estonian slovak slovenian bulgarian bosnian albanian
icelandic colombian venezuelan argentine argentinian chilean peruvian ecuadorian bolivian uruguayan haitian
jamaican guatemalan honduran salvadoran nicaraguan panamanian
texan texans floridian floridians californian californians kentuckian virginian ohioan iowan arizonan coloradan
oklahoman minnesotan
democrat democratic republican
""".split())
# "the Scot", "the Irishman": the person last named, as "the 30-year-old" is ("The Australian" is a newspaper)
NATIONAL_ROLE = "national"
_NATIONAL_NOUNS = frozenset(w for w in DEMONYMS if w.endswith(("man", "an", "ine")) or w in {
    "spaniard", "briton", "serb", "croat", "dane", "swede", "turk", "scot", "kiwi", "aussie", "democrat"}) - {"australian"}
GENERIC_GROUPS = frozenset("""
some several many most these those foreign western eastern unnamed anonymous local various other multiple numerous
protesters demonstrators students teachers workers farmers voters parents fans passengers villagers soldiers
troops rebels militants supporters opponents nurses
sources source reports report experts expert officials official analysts analyst observers media it
there people team they we data diplomats scientists researchers economists residents witnesses
doctors lawmakers activists critics police authorities government officers investigators prosecutors
party group groups members member spokesperson spokesman spokeswoman representatives
mps organisers organizers commentators correspondents insiders campaigners traders dealers pundits investors
shareholders colleagues producers manufacturers consumers customers shoppers regulators lawyers
bankers brokers stockbrokers delegates delegations exporters importers arbitragers arbitrageurs aides proponents
respondents strategists negotiators creditors lenders borrowers buyers sellers growers
readers viewers listeners subscribers users commenters followers callers audiences
""".split())
# Plural nouns of a people, a faith, a party or a crowd: a name they end is a group ("Asian Americans").
_PLURAL_GROUPS = frozenset(w for w in DEMONYMS | GENERIC_GROUPS if w.endswith("s") and w not in {"us", "its"}) | {
    "latinos", "latinas", "hispanics", "democrats", "republicans", "conservatives", "liberals", "evangelicals",
    "catholics", "christians", "jews", "millennials", "independents"}
# Words that open a sentence or clause but are never part of a name.
# What opens a group, never a name: "Other Netizens", "Every Republican"
_QUANTIFIERS = frozenset({"other", "every", "any", "various", "numerous"})
_FUNCTION_WORDS = frozenset("""
a an the this that these those it its he she they we i you his her their our in on at by for from
with as after before during since while when where earlier later thus however meanwhile additionally
also and but or so yet according some many several most both all one two three everyone everybody
nobody someone somebody each none what why how if there here such asked having under almost until another
speaking addressing following regarding despite although though because once unless whether then now
still even just only last next this today yesterday tonight update instead meantime regardless nor neither either among absent
is are was were has have had says said does did amid outside
""".split())
_ORG_WORDS = frozenset("""
institute institution agency ministry department post news times tv television channel radio independent council
center centre committee commission service services intelligence office army forces press network journal
gazette herald telegraph guardian tribune daily weekly media university foundation group party union
organization organisation bureau command reuters company corporation inc corp ltd bank fund court senate
congress parliament assembly association federation league club authority board church alliance co plc llc
express mirror observer chronicle standard society museum gallery police constabulary
administration airlines airways airport electronics research analytics securities holdings technologies
hospital clinic laboratory system fc afc airline operators survey study trust customs protection
forum coalition consortium lines associates partners mining resources industries enterprises pharmaceuticals
petroleum motors logistics ventures minerals metals consultancy programme program project
industry confederation telecom telecoms embassy consulate team convention conference caucus
show sentinel inquirer examiner courier dispatch motor patrol guard rescue reserve college academy school polytechnic
brigade
chemical chemicals energy oil gas foods pharma insurance capital entertainment communications brands software
automotive semiconductor thinktank think-tank chamber legion
banco banque banca bangko
""".split())  # (the bank in the names English copy keeps: "Banco de España", "Bangko Sentral ng Pilipinas")
ORGANISATION_WORDS = _ORG_WORDS  # "a trust spokesperson": a word that makes a name a body's
# What ends a company's name ("Reebok Ltd.", "Campbell Soup Company"): its first word alone stands for it.
_LEGAL_FORMS = frozenset("ltd limited inc incorporated corp corporation co company group holdings plc llc ag sa "
                         "gmbh nv bv international".split())
_CONNECTORS = frozenset({"of", "for", "the", "on", "ng", "de", "al", "van", "von", "da", "del", "bin", "ten", "der", "den", "du", "di",
                         "dos", "das", "el", "la", "ibn"})
_LEADING_CLAUSE = frozenset("""
in on at by for from with as after before during since while when where earlier later thus however
meanwhile additionally also and but or so then now previously last this if although though because
once asked speaking addressing regarding following despite unlike like according but yet still even
today yesterday tonight furthermore moreover besides likewise similarly nevertheless nonetheless consequently
therefore hence separately elsewhere overall indeed instead otherwise ahead amid here regardless nor among absent
sought told shown caught soon shortly within until upon throughout unless whether amidst beyond outside
""".split())
# "al-Kaila", "bin-Salman", "van-Dijk": a lower-case particle joined to a name is part of it
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]+&[A-Z]+|[A-Z]{2,}[\w.-]*|(?:al|el|ad|as|ash|abu|ibn|bin|ben|de|di|da|van|von)-[A-Z][\w'’.-]*"
                         r"|[a-z]{1,5}[A-Z][a-z][\w'’.-]*)$")  # "comScore", "eBay", "easyJet": a brand in camel case
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"  # a weekday's name, capitalised
# The words that make a weekday a day's own name: "Super Tuesday", "Black Friday", "Good Friday"
_DAY_NAMES = frozenset({"super", "black", "cyber", "good", "easter", "ash", "bloody", "holy", "palm"})
_NOT_AFTER_DAY_NAME = "".join(rf"(?<!{word}\s)" for word in sorted(_DAY_NAMES))
# "less than two weeks ago", "ten days earlier": when, opening a sentence, after a subject or after a speech verb
_TIME_AGO = (r"(?:(?:less|more)\s+than\s+|about\s+|nearly\s+|only\s+|just\s+)?(?:a|an|one|two|three|four|five|six|seven"
             r"|eight|nine|ten|\d+|a\s+few|several)\s+(?:years?|months?|weeks?|days?|hours?|decades?)\s+(?:ago|earlier|later)")
# "A year ago it reported ...", "Last year, the company said ...": when, before the subject.
_TIME_HEAD = re.compile(
    r"^(?:(?:just|only|even)\s+)?"  # "Just last week, the health secretary claimed"
    rf"(?:{_TIME_AGO}"
    r"|last\s+(?:year|week|month|quarter|night|spring|summer|autumn|fall|winter)"
    r"|this\s+(?:year|week|month|morning|afternoon|quarter)|in\s+(?:19|20)\d\d"
    r"|recently|earlier|later|previously|meanwhile|separately)\s*,?\s+(?=\S)",  # "Recently the Congressional Budget Office"
    re.IGNORECASE,
)
_TIME_TAIL = re.compile(
    # (an adverb in -ly, not a noun: "her family said", "the assembly said", "the daily said")
    r"(?:\s+(?:also|already|further|however|though|not|never|(?-i:(?!(?:family|ally|assembly|rally|supply|daily|weekly"
    r"|monthly|quarterly|anomaly|monopoly|tally|elderly)\b)[a-z]+ly)|later|earlier|previously|has|have|had|again|since|repeatedly|then|(?-i:today)|yesterday|tonight"
    r"|(?:has|have|had|did|does|do|would|could|should|ca|wo)n['’]t"  # "Sanders hasn't said whether"
    r"|now|long|even|often|once|always|sometimes|still|first|may|might|could|would|should|must|will|can|did|does|do"
    # (not a day of its own name: "on Super Tuesday", "Black Friday")
    rf"|{_NOT_AFTER_DAY_NAME}"
    r"(?:on\s+|early\s+|late\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?|(?:this|last)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)"
    r"|late\s+last\s+night|in\s+a\s+statement|at\s+(?:the|that)\s+time|in\s+recent\s+(?:days|weeks|months|years)"
    r"|that\s+(?:day|night|morning|afternoon|evening)"  # "Arthur Chen later that night said"
    r"|(?-i:here)"  # "Marriyum Aurangzeb here Thursday said": where, as Pakistani and Indian wires write it
    # "The State Department less than two weeks ago said": when
    rf"|{_TIME_AGO}))+\s*$",
    re.IGNORECASE,
)
# "..., for example," "..., however,": an adverb between commas after the subject, no part of it
_LINKING_ASIDE = re.compile(r",\s+(?:for\s+(?:example|instance)|in\s+turn|however|meanwhile|though|too|instead|likewise"
                            r"|similarly|(?:in|by)\s+contrast),?$", re.IGNORECASE)
_DATED_TAIL = re.compile(r"\s+(?:had|has|have)?\s*(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                         r"(?:,\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?)?,?$")
_CLAUSE_VERB = re.compile(r"\b(?:won|lost|was|were|is|are|has|have|had|will|would|did)\b")
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|being|do|does|did|will|would|can|could|should|must)\b")
_MONTH_NAMES = "|".join(sorted((month.capitalize() for month in _MONTHS), key=len, reverse=True))  # "September", "Sept"
_DATELINE = re.compile(r"^[A-Z][\w.]*(?:[ ,;]+[A-Z][\w.]*){0,4}(?:\s*[—–]|\s+--?|--)\s*(?=\S)(?!(?:who|whose|which)\b)"
                       r"(?![a-z][^—–]*(?:[—–]|\s--?\s))"  # "Chris Murphy — after a pause — told": an aside, no dateline
                       # "New Delhi, May 11 (TNA) The Election Commission ...", "May 8, New Delhi As of ...": no dash
                       rf"|^[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,\s+(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}\s+\([A-Z]{{2,}}\)\s*:?\s*(?=[A-Z])"
                       rf"|^(?:{_MONTH_NAMES})\.?\s+\d{{1,2}},\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+(?=[A-Z][a-z]*\s+[a-z0-9])")
# Nouns that name a person by what they do: "the deputy spokesperson", "the Arsenal boss", "the singer".
PERSON_ROLES = frozenset("""
leader president head chief minister official spokesman spokeswoman spokesperson officer commander secretary
undersecretary under-secretary chairman chairwoman coach director ambassador governor mayor boss manager captain striker midfielder defender
goalkeeper player singer actor actress star musician author writer producer founder executive economist
chancellor premier taoiseach tánaiste tanaiste governor-general envoy prosecutor judge lawyer candidate mp senator councillor
general admiral colonel sergeant lieutenant meteorologist forecaster collector cs cm pm
skipper cricketer batsman batter bowler all-rounder winger forward athlete sprinter
lawmaker legislator congressman congresswoman nominee front-runner frontrunner billionaire businessman businesswoman
whip mogul strategist pollster adviser advisor aide professor historian activist pastor rabbi cleric commentator columnist
sheriff coroner superintendent detective commissioner speaker publicist mouthpiece
employee reporter journalist editor comedian anchor researcher scientist
""".split())
# Who works for someone else: "the aide" is the aide the article introduced, never the last person named.
SUPPORTING_ROLES = frozenset("aide adviser advisor strategist pollster employee".split())
# Who sits on the other side of a case: "the judge", "the prosecutor" are the ones the article introduced so,
# never the defendant or the last person named ("Jarrett complained ... The judge expects the trial to end")
OTHER_PARTY_ROLES = frozenset("judge prosecutor lawyer".split())
# Nouns that name an organisation by what it is: "the company", "the No 2 maker of mobile phones".
ORGANISATION_ROLES = frozenset("""
company firm group agency ministry department maker manufacturer automaker carmaker chipmaker drugmaker miner
retailer lender bank insurer airline carrier operator conglomerate service statement museum
union commission committee council report bureau authority administration institute utility
watchdog regulator association paper newspaper broadcaster panel forecast forecaster office
distributor supplier wholesaler brewer chain startup exporter refiner shipper grocer
""".split())
# What a business is called by its trade: "the company", "the carmaker". Never a public body's antecedent.
COMMERCIAL_ROLES = frozenset("""
company firm maker manufacturer automaker carmaker chipmaker drugmaker miner retailer lender insurer airline carrier
conglomerate distributor supplier wholesaler brewer chain startup exporter refiner shipper grocer
""".split())
# Words of a public body's name: "the company said" after "the Centers for Disease Control" is not the CDC's
_PUBLIC_BODY_WORDS = frozenset("""
ministry department agency agencies centers centres commission council committee office administration bureau
authority institute university police court senate parliament congress government embassy
""".split())


def is_public_body(name: str) -> bool:
    return not _PUBLIC_BODY_WORDS.isdisjoint(name.lower().split())


# "the newspaper wrote": a newspaper's name ends with one of these words ("The Wall Street Journal", "Union Leader")
NEWSPAPER_ROLES = frozenset({"newspaper", "paper"})
_NEWSPAPER_WORDS = frozenset("""Times Post Journal News Herald Tribune Gazette Guardian Telegraph Globe Star Mail Sun
Chronicle Inquirer Enquirer Examiner Observer Independent Register Courier Dispatch Leader Bee Record Express Mirror
Standard Monitor Statesman Bulletin Daily Advocate Sentinel Constitution""".split())


_CALLED_NEWSPAPER = re.compile(r"\b(?:newspaper|paper)\s+(?:the\s+)?(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})"
                               r"|(?P<before>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})\s+newspaper\b")


# "The Trump campaign", "Clinton’s campaign", "Presidential candidate Marco Rubio’s campaign": whose campaign speaks
CAMPAIGN = re.compile(r"(?:[Tt]he\s+|[Rr]ival\s+)?"
                      r"(?:(?:[A-Z][\w-]*\s+)?(?:candidate|hopeful|nominee|contender|front-?runner)\s+)?"
                      # "New Hampshire Sen. Kelly Ayotte’s campaign": the state and title before the name
                      r"(?:(?:[A-Z][a-z]+\s+){0,2}(?:Sen|Rep|Gov)\.\s+)?(?P<who>[A-Z][\w'’.-]*?(?:\s+[A-Z][\w'’.-]*?){0,3})(?:['’]s?)?"
                      r"\s+(?:presidential\s+|re-?election\s+)?campaign")
# The wire services and data agencies that relay what others said
_NEWS_AGENCY = re.compile(r"(?:Thomson\s+)?Reuters|(?:The\s+)?Associated\s+Press|AP|AFP|Agence\s+France-Presse|Bloomberg(?:\s+News)?"
                          r"|Xinhua|Interfax|TASS|Yonhap|Kyodo|ANI|PTI|IANS|UPI|Dow\s+Jones(?:\s+Newswires)?")


# the words of _NEWSPAPER_WORDS that end only a newspaper's name (not "Majority Leader", "Lone Star", "Daily")
_MASTHEAD_WORDS = frozenset("""Times Post Journal News Herald Tribune Gazette Guardian Telegraph Globe Chronicle Inquirer
Enquirer Examiner Register Courier Dispatch Insider""".split())
# What ends the name of a place or a building, not of a person, unless a given name opens it ("John Tower")
_PLACE_ENDINGS = frozenset("Hill Street Avenue Square Tower Park County Book".split())


def is_newspaper(name: str) -> bool:
    return re.split(r"[\s-]", name)[-1] in _NEWSPAPER_WORDS  # "Arkansas Democrat-Gazette"


def by_initial(words: Iterable[str]) -> str:
    """An alternation of lower-case words, longest first ("governor-general" before "governor"), grouped by their
    first letter: "a(?:mbassador|uthor)|b(?:oss)". It matches what the flat alternation matches (two words with
    different initials never match at one place, and within a group the order is kept), but at each word the
    engine tries one group instead of every word: a case-insensitive alternation of a hundred words was the
    costliest pattern of an article's extraction."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda w: (-len(w), w)):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{initial}(?:{'|'.join(rests)})" for initial, rests in sorted(groups.items()))


_PERSON_ROLE_WORDS = by_initial(PERSON_ROLES)
_ROLE_WORDS = by_initial(PERSON_ROLES | ORGANISATION_ROLES | {"source", "sources", "expert", "analyst"})
_RANK_WORDS = frozenset({"no", "number", "top"})  # "the No 2 maker of mobile phones" refers back
_ROLE_REFERENCE = re.compile(
    # ("the union housing and urban affairs minister": a portfolio of two fields before the role)
    rf"^(?:the|this|that|these|those|its|[A-Z][\w.]*['’]s)\s+(?:[\w'’-]+\s+){{0,3}}(?:and\s+(?:[\w'’-]+\s+){{1,2}})?"
    rf"(?P<role>{_ROLE_WORDS}|ceo|vp|\d+-year-old)\b",
    re.IGNORECASE,
)
_PRONOUNS = frozenset({"he", "she", "him", "her"})  # "according to him"
_LOCATED = re.compile(r"-(?:based|born|owned|run|backed|led|listed|registered|headquartered)$")  # "The Atlanta-based company"
# "A Scottish Fire and Rescue Service spokesperson": the capitalised name before a common-noun head.
_ORG_BEFORE_HEAD = re.compile(r"(?:N(?:o|umber)\s+10(?:['’]s)?|[A-Z][\w.'’&-]*(?:\s+(?:(?:of|for|the|and|&|on|de)\s+)*[A-Z][\w.'’&-]*)*)$")
_PROPER_PHRASE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|for|the|and|&))*\s+[A-Z][\w.'’-]*")
# "the ISW team", "ISW analysts", "Electoral Commission spokesman": the organisation speaks.
_GROUP_HEADS = frozenset("team analysts experts researchers officials official source sources tank staff spokesman "
                         "spokeswoman spokesperson office crew statement forecasters meteorologists".split())  # "NWS forecasters"
_NON_PERSON_PRONOUNS = frozenset({"it", "they", "we", "i", "you", "there", "this", "that"})


@dataclass
class Attribution:
    """What one sentence says about its speaker."""

    name: str | None = None  # a name as written in the sentence
    explicit: bool = False  # the sentence attributes itself (even to an unnamed group)
    pronoun: bool = False  # "he said": the last person named as a speaker
    role: str | None = None  # "the deputy spokesperson": the person introduced with that role
    to_sources: bool = False  # "according to these sources": the sources an earlier sentence cited
    cited: str | None = None  # "X, citing sources in Y, reported": Y
    phrase: str = ""  # the speaker phrase as written, so it is not counted as content
    proper: bool = False  # "The Conservatives": a capitalised plural used as a name, common word or not
    role_of: str | None = None  # "the ISW spokesperson": the role through which the organisation spoke
    qualified: bool = False  # "the New Hampshire attorney general": someone introduced so, else an office
    indefinite: bool = False  # "an airport spokeswoman": the one so described by name in the article, else nobody
    relayed: bool = False  # "..., as reported by Reuters": the agency relays; no antecedent of "the company"
    place: bool = False  # "Oregon health officials": a place's, unless the article names a body so ("Delta")

    @property
    def someone(self) -> bool:
        """It points at a speaker: a name, a pronoun or a role."""
        return bool(self.name or self.pronoun or self.role)


# ---------------------------------------------------------------- names

@lru_cache(maxsize=50000)
def _zipf(word: str) -> float:
    return zipf_frequency(word, "en")


# A company's legal form as written after its name ("Siemens AG", "Philips N.V.", "Fiat SpA")
# A company's legal form as a release writes it after a comma or a lower-case name ("2seventy bio, Inc.")
_WRITTEN_LEGAL_FORM = r"(?:Inc|Ltd|Corp|LLC|LLP|Plc|PLC)"
_COMMA_LEGAL_FORM = re.compile(rf"(?<=[\w.])\s*,\s+({_WRITTEN_LEGAL_FORM})\b")
_COMPANY_FORMS = frozenset("AG GmbH NV N.V. BV B.V. SpA S.p.A. S.A. Pty Oyj ASA".split())


@lru_cache(maxsize=50000)
def _is_org_word(word: str) -> bool:
    bare = _bare(word)
    return bare in _ORG_WORDS or bare.endswith("s") and bare[:-1] in _ORG_WORDS or word.strip(",;:") in _COMPANY_FORMS


@lru_cache(maxsize=50000)
def _bare(word: str) -> str:
    return word.lower().strip(".,;:'’\"“”()").removesuffix("'s").removesuffix("’s")


_DATA_NOUNS = r"(?:statistics|figures|data)"  # "the statistics show", "NHS England figures show"
_SHOW_VERBS = r"(?:show|shows|showed|suggest|suggests|suggested|reveal|reveals|revealed|indicate|indicates|indicated)"
# What a sentence cites, never who speaks, however rare the word ("Statistics revealed by X show").
_DOCUMENT_NOUNS = frozenset("statistics studies estimates findings figures data reports records numbers results documents guidelines "
                            "surveys analyses projections forecasts polls tests".split())


def is_frequent_word(word: str) -> bool:
    """A single word as frequent as everyday English ("Weather", "Google"): before a group's noun it names a body
    only if the article writes it as a name elsewhere (NameRegistry.used_as_name)."""
    return " " not in word and not word.isupper() and _zipf(word.lower()) >= 4.5


def is_plural_noun(word: str) -> bool:
    """An everyday English noun in the plural ("Allies", "Earnings"; not "Reuters", "Democrats" nor "Williams",
    a given name's): people or things of a kind, named by no one, when it opens a sentence."""
    bare = word.lower()
    if " " in word or word.isupper() or not bare.endswith("s") or bare.endswith("ss") or bare in _PARTY_LABELS:
        return False
    singular = bare[:-3] + "y" if bare.endswith("ies") else bare[:-1]
    return _zipf(bare) >= 3.0 and _zipf(singular) >= 3.0 and first_name_gender(singular.capitalize()) is None


def is_everyday_word(word: str, phrase: str = "") -> bool:
    """A frequent English adjective or abstract noun ("Digital", "Independent", "Administration"; not "Pentagon"
    or "Google"), or a frequent word before a lower-case noun and the head after it ("Civil defence officials",
    "Bond market sources"; not "Google engineers"): a name only if the article writes it as one
    (NameRegistry.used_as_name), when it opens a sentence."""
    if " " in word or word.isupper():
        return False
    frequency = _zipf(word.lower())
    return frequency >= 3.5 and word.lower().endswith(
        ("al", "ent", "ant", "ion", "ence", "ance", "ic", "ive", "ous", "ity", "ing", "ed")) or frequency >= 4.0 and bool(
        opens_with(phrase, word, _SPACE_WORD_SPACE))


def is_common_word(word: str) -> bool:
    """A word of everyday English rather than a name ("Asked", "Under", "Sound", "Police")."""
    bare = _bare(word)
    if not bare or bare in _FUNCTION_WORDS or bare in GENERIC_GROUPS or bare in DEMONYMS or bare in _DOCUMENT_NOUNS:
        return True
    if bare in _WEEKDAYS or bare in _MONTHS or bare in TITLE_WORDS:
        return True
    if word.isupper() and len(word) >= 2:
        return False  # an acronym
    if re.search(r"(?:ed|ing|ly)$", bare) and _zipf(bare) >= 3.0 or bare.endswith("ingly"):
        return True  # participles and adverbs: "Having", "Reportedly", "Worryingly"
    if re.search(r"(?:ish|ese|ians?|ans|ons)$", bare) and _zipf(bare) >= 3.0:
        return True  # demonyms and nationality adjectives: "Scottish", "Britons"
    if bare.endswith("s") and _zipf(bare[:-1]) >= 4.5 and _zipf(bare) >= 3.5:
        return True  # plural common nouns: "Aids", "Officials"
    if bare.endswith("ists") and _zipf(bare) >= 1.5:
        return True  # a profession in the plural: "Seismologists said", "Epidemiologists"
    if re.fullmatch(r"[A-Z][a-z]+-[a-z]+", word.strip(",.;:")) and all(_zipf(part) >= 3.0 for part in bare.split("-")):
        return True  # "Disaster-relief officials said": a compound in lower case, capitalised to open the sentence
    return _zipf(bare) >= 5.0


# The UN and the federations whose abbreviation stands before a body as a place's name does ("the U.N. refugee agency")
_COMPASS = frozenset("north south east west northern southern eastern western central upper lower middle region "
                     "province city district".split())  # "North West", "Central Region": no place to tell
_UMBRELLAS = frozenset({"un", "u.n", "us", "u.s", "eu", "e.u", "uk", "u.k"})


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Countries and their states, provinces and counties (ISO 3166, from pycountry), in lower case; a region
    named by its direction ("Central", "North-West") is left out."""
    names = {getattr(country, attr) for country in pycountry.countries
             for attr in ("name", "common_name") if hasattr(country, attr)}
    names |= {re.sub(r"\s+(?:Sheng|Shi|Zizhiqu)$", "", division.name) for division in pycountry.subdivisions}
    return frozenset(name.lower() for name in names if not all(w in _COMPASS for w in re.split(r"[\s-]+", name.lower())))


def is_place(name: str) -> bool:
    """Whether a name is a country or one of its states or provinces ("Oregon", "Punjab"), or the UN or
    another federation by its abbreviation: what stands before "officials" or "health department" there.
    Some are also bodies' names ("Delta", "Orange"): the article's own names decide (Attribution.place)."""
    key = name.lower().rstrip(".")
    return key in _UMBRELLAS or key in _place_names()


# "San Francisco-based", "Kremlin-backed": what describes a body, before its common noun.
_DESCRIBING_SUFFIX = r"-(?:based|born|led|owned|backed|run|made|funded|controlled|registered|listed)"
_DESCRIBING = re.compile(rf"{_DESCRIBING_SUFFIX}$")
_DESCRIBED_BY_PLACE = re.compile(rf"\b(?:(?!(?:The|A|An)\s)[A-Z][\w.'’]*\s+){{0,3}}(?!(?:The|A|An)\s)[A-Z][\w.'’]*"
                                 rf"{_DESCRIBING_SUFFIX}\s+(?=[a-z])")


# "the Cupertino, Calif., company", "the Seattle coffee chain": a place (and its state), then what the body is
_PLACED_BODY = re.compile(rf"\b(?P<the>[Tt]he\s+)(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})(?:,?\s+(?P<state>[A-Z][A-Za-z.]*\.),?)?"
                          rf"\s+(?P<body>(?:[a-z][\w-]*\s+){{0,3}}(?:{'|'.join(sorted(ORGANISATION_ROLES - {'statement', 'report'}))}))$")


_EVENTS = frozenset("open cup games championship championships masters classic".split())


# US states written short, as news writes them after a town or in a party tag ("Orlando, Fla.", "(R-Ariz.)")
_AP_STATE_ABBREVIATIONS = """
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev n.h n.j n.m n.y
n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis wyo
""".split()
_US_STATE_ABBREVIATIONS = frozenset(_AP_STATE_ABBREVIATIONS + """
al ak az ar ca co ct de fl ga hi id il ia ks ky me md ma mi mn ms mt ne nv nh nj nm ny nc nd oh ok pa ri sc sd tn tx
ut vt va wa wv wi wy
""".split())


def is_state_written_short(word: str) -> bool:
    """"Fla.", "Wis", "R.I.", "OH": a US state as news abbreviates it after a town or in a party tag."""
    return word.lower().rstrip(".") in _US_STATE_ABBREVIATIONS


_ALLIANCES = frozenset({"nato", "un", "u.n", "eu", "e.u"})


@lru_cache(maxsize=16384)
def is_source_name(name: str) -> bool:
    """Whether a span names a person, organisation, outlet or agency (not a common word or a group)."""
    words = [w for w in name.split() if w]
    if not words or len(name) > 120:
        return False
    if len(words) == 1 and (is_state_written_short(name) or re.fullmatch(r"[A-Z]\.?", name)
                            or name.rstrip(".") in CURRENCY_PREFIXES):
        # "Fla", "OH", "R": a state or a party written short, after a town or in a party tag; "Rs": a currency
        return False
    if len(words) == 1 and (bare := _bare(name)).endswith("s") and bare[:-1] in TITLE_WORDS | PERSON_ROLES:
        return False  # "Forecasters are predicting", "Senators said": people of a trade, unnamed
    if len(words) in (2, 3) and _bare(words[-1]) in _PARTY_LABELS and us_state(" ".join(words[:-1])):
        return False  # "Wisconsin Republican", "New York Democrats": a member of a party from a state, not a name
    if any(len(re.findall(r"[a-z][A-Z]", w)) >= 3 for w in words):
        return False  # "FlagShareLikeReplyPaige": buttons of a scraped page glued to a name, not "GlaxoSmithKline"
    if len(words) > 1 and name.isupper() and (is_place(name) or all(len(w) >= 4 and _zipf(w.lower()) >= 2.5
                                                                   for w in words)):
        return False  # "FULL TEXT", "BROADWAY BEAT", "CORRECTION APPENDED", "NEW YORK": a section label in capitals
    if not all(w[:1].isupper() or w.lower() in _CONNECTORS | {"and", "&"} or w[:1].isdigit() or _NAME_TOKEN.match(w)
               or w == "a" and i and words[i - 1] == "for"  # "Committee for a Responsible Federal Budget"
               or w == "to" and i and _is_org_word(words[i - 1])  # "Alliance to Reclaim Our Schools"
               for i, w in enumerate(words)):
        return False
    significant = [w for w in words if w.lower() not in _CONNECTORS | {"and", "&", "to"}]
    if not significant or len(name) < 2:
        return False
    if len(significant) >= 2 and all(_bare(w) in _PARTY_LABELS for w in significant):
        return False  # "Both Democrats and Republicans have argued": both parties' members, no one
    if any(w.lower() in {"himself", "herself", "itself", "themselves"} for w in words):
        return False  # a headline's words in capitals: "Ben Carson Defends Himself Against Claims He Exaggerated"
    if _DESCRIBING.search(words[-1]):
        return False  # "the San Francisco-based cloud software company": where it is, not who
    if _mister(name) or is_given_name_and_surname(name) or name in _SEATS_OF_GOVERNMENT:
        return True  # (a seat of government by its everyday words: "Downing Street said")
    if len(significant) >= 3 and all(w[:1].isupper() for w in significant) and any(
        _bare(w) in TITLE_WORDS - HONORIFICS for w in significant
    ):
        return True  # an office: "South Korean Defense Minister"
    if len(significant) == 1:
        # ("NATO said", "The EU said": an alliance that is also an adjective of nation, "NATO forces")
        return not is_common_word(significant[0]) or _bare(significant[0]) in _ALLIANCES and significant[0].isupper()
    if len(significant) == 2 and _names_with_descriptor(significant[0], significant[1:]) and _bare(
            significant[1]) not in GENERIC_GROUPS | TITLE_WORDS | _DOCUMENT_NOUNS | _FUNCTION_WORDS | _EVENTS:
        return True  # "Swiss Re", "British Gas": a company's name of two everyday words (not "the French Open")
    # Several words: at least one must not be a common word, title or demonym ("New Hampshire" passes,
    # "The Ruling" does not), and the first may not be a function word ("However Smith").
    if _bare(significant[0]) in _FUNCTION_WORDS | _QUANTIFIERS and significant[0] != "Our":
        return False  # "However Smith", "Other Netizens enjoyed" (not "Our Revolution", a campaign's name)
    return any(not is_common_word(w) or _is_org_word(w) for w in significant) and not all(
        _bare(w) in TITLE_WORDS | DEMONYMS | GENERIC_GROUPS for w in significant
    )


@lru_cache(maxsize=16384)
def is_given_name_and_surname(name: str) -> bool:
    """"Michael Green", "Mark Cuban", "George Will": a first name (US Census 1990) before a capitalised surname,
    a person's name even when both words are everyday ones. Not "Virginia Democrats" (a place, then a group)
    nor "Grace Church" (a body)."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not _is_given_name(words[0]):
        return False
    last = _bare(words[-1])
    # (a title that is also a surname after a first name: "John Major", "Larry King", "Eric Holder")
    return all(w[:1].isupper() for w in words) and not _is_org_word(words[-1]) and last not in (
        GENERIC_GROUPS | TITLE_WORDS - _SURNAME_TITLES | _FUNCTION_WORDS | _DOCUMENT_NOUNS | _WEEKDAYS | _MONTHS) and not (
        is_place(name))


def _paper_surname(words: list[str]) -> bool:
    """A given name and a surname that is a newspaper's word ("Don Guardian"): a person, though "Guardian" alone
    names a body."""
    return len(words) == 2 and _is_given_name(words[0]) and words[1] in _NEWSPAPER_WORDS


def _is_given_name(word: str) -> bool:
    """A first name (US Census 1990) that is not also a place ("Michael"; not "Virginia", "Georgia")."""
    return first_name_gender(word) is not None and not is_place(word)


def _mister(name: str) -> bool:
    """"Mr. King", "Ms. Judge", "Mrs. Bishop": a surname, whatever else the word means."""
    words = name.split()
    return len(words) > 1 and _bare(words[0]) in {"mr", "mrs", "ms", "miss"}


def is_bare_title(name: str) -> bool:
    """"Prime Minister", "The Chief Secretary": titles alone, naming no one until the article says who."""
    return not _mister(name) and all(_bare(w) in TITLE_WORDS | {"the"} for w in name.split())


def is_office(name: str) -> bool:
    """"Environment CEC", "Ontario Premier": an office (its last word a title or in capitals), not a name."""
    words = name.split()
    last = words[-1]
    if len(words) == 2 and _bare(last) in _SURNAME_TITLES and _is_given_name(words[0]):
        return False  # "Howard Dean", "Carole King": a first name, then a surname that is also a title
    return not _mister(name) and (_bare(last) in TITLE_WORDS or (last.isupper() and len(last) >= 2 and " " in name
                                                                  and last not in {"II", "III", "IV"}))


_ABBREVIATION = re.compile(rf"^(?:[A-Z]\.)+$|^(?:[A-Z]\.)*[A-Z][a-z]?\.$"
                           rf"|^(?:Jr|Sr|St|Mt|Ft|{'|'.join(TITLE_ABBREVIATIONS)})\.$")


_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
# Bodies named by their number: "the 9th Circuit", "the 5th Fleet", "the 82nd Airborne Division"
# (and laws: "the 2nd Amendment says", not "Amendment")
_ORDINAL_BODIES = frozenset("circuit fleet airborne division corps brigade regiment battalion infantry district precinct "
                            "ward amendment".split())


def _continues_name(words: list[str], index: int) -> bool:
    while index < len(words) and words[index].lower() in _CONNECTORS:
        index += 1
    if index + 1 < len(words) and _ORDINAL.fullmatch(words[index]):
        index += 1  # "for the 6th Circuit"
    return index < len(words) and bool(_NAME_TOKEN.match(words[index])) and _bare(words[index]) not in _FUNCTION_WORDS


def _portfolio_words(words: list[str]) -> bool:
    """"House Ways", "Energy": everyday words and no first name, as a committee's or a portfolio's name begins
    (not "Jeb Bush")."""
    return all(first_name_gender(w) is None and _zipf(w.lower()) >= 4.0 for w in words)


def _body_goes_on(current: list[str], words: list[str], index: int) -> bool:
    """"Ministry of Agriculture and Farmers Welfare", "Department of Health and Human Services": after "and",
    a body's name of the form "<organisation word> of ..." goes on (not "the Ministry of Health and the WHO")."""
    if (len(current) >= 3 and _is_org_word(current[0]) and current[1].lower() in {"of", "for"}
            and index < len(words) and words[index].lower() not in _CONNECTORS):
        return True
    # "House Ways and Means Committee", "Energy and Commerce Committee", "Ways and Means Chairman Kevin Brady":
    # a committee or a title whose name has "and" in it (not "Apple Inc and Google Inc", "John and Jane Doe")
    ahead: list[str] = []
    while index + len(ahead) < len(words) and len(ahead) < 3 and _NAME_TOKEN.match(words[index + len(ahead)]):
        ahead.append(words[index + len(ahead)])
    return bool(ahead) and 1 <= len(current) <= 3 and not _is_org_word(current[-1]) and _portfolio_words(current) and (
            _is_org_word(ahead[-1]) and ahead[-1][:1].isupper() or len(ahead) >= 2 and _bare(ahead[1]) in TITLE_WORDS)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches in a str pattern


def word_spans(text: str, word: str, *, boundary_before: bool = True,
               boundary_after: bool = True) -> Iterator[tuple[int, int]]:
    """Where `word` stands in `text` as a whole word: what re.finditer(rf"\b{re.escape(word)}\b", text) finds
    (less either \b when told), without compiling a pattern for each name: an article's names would each
    compile one, and push the module's own patterns out of re's cache."""
    if not word:
        return
    first, last = _is_word_char(word[0]), _is_word_char(word[-1])
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        starts = not boundary_before or (at > 0 and _is_word_char(text[at - 1])) != first
        if starts and (not boundary_after or (end < len(text) and _is_word_char(text[end])) != last):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _space_before(text: str, at: int) -> int:
    """Where the spaces right before `at` begin (`at` itself when there are none)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _after_capitalised_word(text: str, at: int) -> bool:
    r"""Whether spaces and a capitalised word come right before `at`: re.search(r"[A-Z][\w'’.-]*\s+$", text[:at])."""
    start = space = _space_before(text, at)
    if space == at:
        return False  # (read no further back: "Smith.Smith.Smith..." would read its whole run at each mention)
    while start > 0 and (_is_word_char(text[start - 1]) or text[start - 1] in "'’.-"):
        start -= 1
    return any("A" <= char <= "Z" for char in text[start:space])


_THE_SPACE = re.compile(r"the\s+")
SPACE_THEN_LOWER = re.compile(r"\s+[a-z]")  # "... experts": a lower-case word after the name
_SPACE_WORD_SPACE = re.compile(r"\s+[a-z]+\s+\w")  # "Bond market sources": a lower-case word, then another


def opens_with(phrase: str, name: str, then: re.Pattern) -> bool:
    r"""Whether the phrase opens with the name, "the" before it or not, and `then` follows: what
    re.match(rf"(?:the\s+)?{re.escape(name)}{then.pattern}", phrase) says, without a pattern for each name."""
    the = _THE_SPACE.match(phrase)
    return any(phrase.startswith(name, start) and then.match(phrase, start + len(name))
               for start in ([the.end()] if the else []) + [0])


def _tokens(text: str) -> list[str]:
    # "The Oregonian/OregonLive": two names; "Aha! Perhaps ...": a name ends at an exclamation
    return re.findall(r"[\w'’.&-]+|[,;:()\[\]\"“”—–/!?]", text)


def name_runs(text: str) -> list[list[str]]:
    """Runs of capitalised words, joined by connectors ("Institute for the Study of War", "Daniele de Rossi")."""
    return [list(run) for run in _name_runs(text)]


# "Fisons Plc <FISN.L>", "Daimler-Benz AG [DAIG.F]": a stock symbol after a company's name, no part of it
_TICKER = re.compile(r"\s*[<\[][A-Z][A-Z0-9]*(?:\.[A-Z]{1,2})?[>\]]")


_INITIAL = re.compile(r"[A-Z]\.")


_ENVOYS = frozenset({"ambassador", "envoy", "emissary", "representative", "delegate", "consul", "ambassadors", "envoys"})


@lru_cache(maxsize=4096)
def _name_runs(text: str) -> tuple[tuple[str, ...], ...]:
    """name_runs, cached: extraction reads a sentence's names several times, and matching once more."""
    words = _tokens(_TICKER.sub(" ", text))
    runs: list[list[str]] = []
    current: list[str] = []
    skip = 0
    for i, word in enumerate(words):
        if skip:
            skip -= 1
            continue
        bare = _bare(word)
        if not current and i >= 2 and words[i - 1] == "to" and _bare(words[i - 2]) in _ENVOYS and (
                place := next((size for size in (2, 1) if is_place(" ".join(words[i:i + size]))), 0)):
            skip = place - 1  # "Ambassador to Iran Adnan Mahmoud", "Envoy to South Sudan X": where to, no name
            continue
        if word in {"No", "Number"} and re.fullmatch(r"10(?:['’]s)?[,;:]?", words[i + 1] if i + 1 < len(words) else ""):
            # "No 10 said", "a Number 10 spokesperson": Downing Street by its house number, as British copy writes it
            runs += [current, [word, words[i + 1]]] if current else [[word, words[i + 1]]]
            current, skip = [], 1
            continue
        initial = bool(current) and bool(_INITIAL.fullmatch(word))  # "Johan A. Madson": an initial, not "a"
        month_name = bare in _MONTHS and (  # "Theresa May", "Mrs May", "minister May al-Kaila"
            bool(current) and word[1:].islower() and (_bare(current[-1]) in HONORIFICS or not is_common_word(current[-1]))
            or not current and i > 0 and _bare(words[i - 1]) in TITLE_WORDS and _continues_name(words, i + 1))
        # "USA Today", "Psychology Today", "Air Force One": inside a name, a capitalised "Today" or "One" is a word of it
        titled = bool(current) and word[:1].isupper() and bare in {"today", "one"}
        # "Sunday Times", "Sunday Telegraph": a weekday before a newspaper's word is its name
        paper_day = bare in _WEEKDAYS and word[:1].isupper() and i + 1 < len(words) and (
            words[i + 1].rstrip(",.;:").removesuffix("'s").removesuffix("’s") in _NEWSPAPER_WORDS)
        # "U.S. Court of Appeals for the 6th Circuit", "the 82nd Airborne Division": an ordinal inside a body's name
        # ("The 9th Circuit said", "the 5th Fleet": a body whose name opens with the ordinal)
        ordinal = bool(_ORDINAL.fullmatch(word)) and _continues_name(words, i + 1) and (bool(current) or any(
            _bare(later) in _ORDINAL_BODIES or _is_org_word(_bare(later)) for later in words[i + 1:i + 4]
            if later[:1].isupper()))
        named_day = bool(current) and bare in _WEEKDAYS and _bare(current[-1]) in _DAY_NAMES  # "Super Tuesday"
        # "Free Our Feeds", "Save Our Schools", "Our Revolution": a campaign named with "Our"
        ours = word == "Our" and _continues_name(words, i + 1) and (bool(current) or i == 0 or words[i - 1].endswith(
            (".", ",", ";", ":")) or words[i - 1].lower() in {"the", "group", "campaign", "organization", "organisation"})
        is_name = initial or titled or paper_day or ordinal or named_day or ours or (bool(_NAME_TOKEN.match(word)) and bare not in _FUNCTION_WORDS
                                                     and bare not in _WEEKDAYS and (bare not in _MONTHS or month_name))
        # "Committee for a Responsible Federal Budget": a body "for a" cause
        for_a = bool(current) and word in {"for", "a"} and _is_org_word(current[0]) and (
            word == "for" and words[i + 1:i + 2] == ["a"] and _continues_name(words, i + 2)
            or word == "a" and current[-1] == "for" and _continues_name(words, i + 1))
        # "Alliance to Reclaim Our Schools", "Coalition to Stop Gun Violence": a body named for its aim
        for_a = for_a or bool(current) and word == "to" and _is_org_word(current[-1]) and _continues_name(words, i + 1)
        joins = for_a or bool(current) and (word.lower() in _CONNECTORS or word == "&" or word == "and" and _body_goes_on(
            current, words, i + 1)) and _continues_name(words, i + 1)  # "Procter & Gamble"
        if joins and word.lower() == "on" and not any(_is_org_word(w) for w in current):
            joins = False  # "Commission on Elections", but "replaced Schilling on ESPN's broadcasts": two names
        if is_name or joins:
            current.append(word)
            if word.endswith(".") and not _ABBREVIATION.match(word):
                runs.append(current)  # a full stop ends the sentence, and the name
                current = []
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    for run in runs:
        while run and run[-1].lower() in _CONNECTORS:
            run.pop()
    return tuple(tuple(run) for run in runs if run)


def _clean(word: str) -> str:
    if word.endswith(("’s", "'s")):
        word = word[:-2]
    return word.rstrip(",;:’'\"") if not re.fullmatch(r"(?:[A-Z]\.)+", word) else word


def _is_personal(words: list[str]) -> bool:
    return not any(_is_org_word(w) for w in words)


def _personal_name_before(pattern: re.Pattern, phrase: str) -> str:
    """The name that opens the phrase when the pattern reads what follows it as no part of it, unless it is a body's
    or a title ("the Commission on Elections", "Minister on X")."""
    found = pattern.fullmatch(phrase)
    if found and _is_personal(who := found.group("who").split()) and _bare(who[-1]) not in TITLE_WORDS:
        return phrase[:found.end("who")]
    return phrase


def _person_after_body(words: list[str]) -> str | None:
    """The person named right after a body's name, titles left out ("WFP's Food Security and Nutrition
    Analysis Service Jean-Martin Bauer"); not a place ("Standard Chartered Bank Hong Kong")."""
    bodies = [i for i, w in enumerate(words[:-2]) if _is_org_word(w)]
    person = [w.rstrip(",.;:") for w in words[bodies[-1] + 1:]] if bodies else []
    name = " ".join(person)
    if 2 <= len(person) <= 3 and _is_personal(person) and not any(is_common_word(w) or w.lower() in {"of", "for", "the", "on", "and", "ng"}
                                                                  for w in person) and not is_place(
            name) and guess_kind(name) == "person":
        return name
    return None


def _names_with_descriptor(word: str, tail: list[str]) -> bool:
    """"South Korea", "Swiss Re", "General Electric": a nation's adjective, a compass point or "General" before one
    everyday word is part of a place's or a company's name (not "Scot Andy Murray", "General Musharraf")."""
    if not tail or _bare(word) not in DEMONYMS | {"general"}:
        return False
    return is_place(" ".join([word, *tail])) or len(tail) == 1 and not tail[0].isupper() and _zipf(
        _bare(tail[0])) >= 4.5 and _bare(word) not in _COMPASS or (  # not "Diageo North America"
        # "General Electric Credit", "General Motors Acceptance": everyday words, no first name among them
        _bare(word) == "general" and len(tail) in (2, 3) and all(
            not w.isupper() and not _is_given_name(w) and _zipf(_bare(w)) >= 4.0 for w in tail))


_PARTY_LABELS = frozenset({"tory", "labour", "conservative", "lib dem", "liberal democrat", "democrat", "republican",
                           "snp", "ukip", "green", "democrats", "republicans", "tories"})  # "Democrats Hillary Clinton, ..."


def head_name(run: list[str]) -> str:
    """The name inside a run: titles and demonyms in front go ("Italian coach Cesare Prandelli" is
    "Cesare Prandelli", "Assistant Attorney General Alice S. Fisher" is "Alice S. Fisher"), and a
    person's "of <organisation>" goes ("Sydia Toure of the Union of Republican Forces")."""
    return _head_name(tuple(run[1:] if len(run) > 1 and run[0] == "To" else run))  # "To Florida consultant Wilson"


def _body_before_client(words: list[str]) -> list[str]:
    """"Edison Research for the Associated Press": a body of its own name, then the body it worked for; not one name
    with "for" in it ("Institute for the Study of War", "United Nations Office for the Coordination of ...")."""
    at = next((i for i, w in enumerate(words) if w == "for"), None)
    if at is None or at < 2 or not _is_org_word(words[at - 1]) or _is_org_word(words[0]):
        return words
    client = words[at + 1:][1:] if words[at + 1:at + 2] == ["the"] else words[at + 1:]
    return words[:at] if len(client) >= 2 and _is_org_word(client[-1]) else words


# A body's own press unit, whose words speak for the body ("Corporate Communications Unit", "Press Office")
_PRESS_UNIT_WORDS = frozenset("corporate communications communication unit press office media relations public affairs "
                              "information desk".split())


# What a district that is a public body serves ("Fire District", "Water District", "Transit District")
_DISTRICT_SERVICES = frozenset("fire water school park parks sanitation irrigation utility utilities transit health hospital "
                               "library sewer conservation flood port harbor harbour air".split())
# The last words of football and other clubs' names ("Leeds United", "Wolverhampton Wanderers", "Tottenham Hotspur")
_CLUB_ENDINGS = frozenset("United Rovers Wanderers Athletic Albion Hotspur Rangers Celtic Argyle".split())


def _person_after_portfolio(written: str) -> str:
    """"Broadcasting and Information Marriyum Aurangzeb": the person after a minister's portfolio, by the rare words
    after its last everyday one (a given name no list knows); as written when fewer than two are left."""
    words = written.split()
    last = max((i for i, w in enumerate(words) if w in {"and", "&"} or is_common_word(w) or is_frequent_word(w)), default=-1)
    return " ".join(words[last + 1:]) if last >= 0 and 2 <= len(words) - last - 1 <= 3 else written


def _field_of_body(words: list[str], i: int) -> bool:
    """Whether words[i] names a body's field after "of" or "on", no title of a person: "Department of Foreign
    Affairs", "Council on Foreign Relations", "Office of Foreign Assets Control" ("Secretary of State" is a title)."""
    return i >= 2 and _bare(words[i]) in _TITLE_QUALIFIERS and words[i - 1] in {"of", "on"} and _is_org_word(words[i - 2])


def _titled_name_after(words: list[str]) -> bool:
    """Whether a title and a person's name of two words or more end the words ("Police President John Teletchea")."""
    title = next((i for i in range(len(words) - 1, -1, -1) if _bare(words[i]) in TITLE_WORDS), None)
    name = words[title + 1:] if title is not None else []
    return len(name) >= 2 and all(_NAME_TOKEN.match(w) for w in name) and guess_kind(" ".join(name)) == "person"


# Two-letter ranks and offices written short before a name (Indian and Nigerian copy); other two capitals are initials
_SHORT_RANKS = frozenset("SP CP DC DM CI SI IG MP MD PC DS DI GM ED TD".split())  # TD: an Irish member of parliament


def _past_short_rank(words: list[str]) -> list[str]:
    """The words after a rank written short before a name: "ASP Henry Okoye", "DSP ...", "CP Fred Enanga" (not "KT
    Rama Rao": his initials)."""
    if len(words) >= 3 and re.fullmatch(r"[A-Z]{3,5}|[A-Z]{2}", words[0]) and not any(w.isupper() for w in words[1:]) and (
            len(words[0]) >= 3 or words[0] in _SHORT_RANKS):
        return words[1:]
    return words
_SURNAME_PARTICLES = frozenset("el al de da di du van von le la ben bin abu ter ten".split())
_SERVICE_MEMBERS = frozenset("marine soldier sailor airman ranger veteran paratrooper guardsman".split())
_TRADE_DESCRIPTORS = frozenset("automaker carmaker chipmaker drugmaker miner retailer lender insurer conglomerate "
                               "watchdog regulator broadcaster manufacturer".split())


# Styles of address written before a name, none of it the name: Malaysian ("Datuk Seri", "Tan Sri", "Tun"),
# Indian ("Shri", "Smt") and Zimbabwean ("Cde", comrade) honours, as their papers print them.
_STYLES = frozenset({("tan", "sri"), ("puan", "sri"), ("toh", "puan"), ("datuk", "seri"), ("datuk", "sri"),
                     ("dato", "seri"), ("dato", "sri"), ("datin", "seri"), ("datin", "paduka"), ("datuk",), ("dato",),
                     ("datin",), ("tun",), ("cde",), ("comrade",), ("shri",), ("smt",), ("sushri",)})


def _without_styles(run: list[str]) -> list[str]:
    """The run with its styles of address taken out, where a name follows them ("Tun Tun Oo" keeps his name)."""
    kept: list[str] = []
    position = 0
    while position < len(run):
        size = next((size for size in (2, 1) if position + size < len(run) and run[position + size][:1].isupper()
                     and tuple(_bare(word).rstrip("'’") for word in run[position:position + size]) in _STYLES
                     and _bare(run[position]) not in {_bare(run[position + size]), _bare(kept[-1]) if kept else ""}), 0)
        if not size:
            kept.append(run[position])
        position += size or 1
    return kept


def _past_shares_of(words: list[str]) -> list[str]:
    """"Shares of Nike Inc fell 8%": the company, whose shares they are."""
    if len(words) >= 3 and words[0] in {"Shares", "Stock", "Stocks", "Bonds"} and words[1] in {"of", "in"}:
        return words[2:]
    return words


@lru_cache(maxsize=16384)
def _head_name(run: tuple[str, ...]) -> str:
    """head_name, cached: an article's names come back in sentence after sentence."""
    run = _past_shares_of(_without_styles(list(run)))
    while len(run) > 2 and run[-1].rstrip(".,").lower() in _POST_NOMINALS and run[-1][:1].isupper():
        run = run[:-1]  # "Rt Hon Alan Williams MP": the letters after the name are not part of it
    possessive = [i for i, w in enumerate(run[:-1]) if w.endswith(("'s", "’s", "s'", "s’"))  # "CBS News' Chris Martinez"
                  and not (i >= 2 and _is_org_word(run[0]) and run[1].lower() in {"of", "for"})]  # "Ministry of ... Farmers' Welfare"
    after = run[possessive[-1] + 1:] if possessive else []
    if possessive and possessive[-1] == 0 and _is_own_s_firm(run[0], after):
        return " ".join(run)  # "Moody's Investors Service Inc", "Lowe's Cos Inc": the "'s" is the firm's own
    if possessive and all(_bare(w) in _PRESS_UNIT_WORDS for w in after) and _bare(run[possessive[-1]]) not in TITLE_WORDS:
        # (not "the Maricopa County Sheriff’s Office": an office's own name)
        # "the Jamaica Constabulary Force’s Corporate Communications Unit": the body speaks through its press unit
        run = [*run[:possessive[-1]], re.sub(r"['’]s?$", "", run[possessive[-1]])]
        after, possessive = [], []
    if possessive and (not any(_is_org_word(w) for w in after) or len(after) >= 2 and is_place(_clean(" ".join(
            run[:possessive[-1] + 1]))) and not (is_common_word(after[0]) or _is_org_word(after[0])) or len(after) >= 3 and (
            _is_org_word(after[1]) or len(run[:possessive[-1] + 1]) <= 2 and (
                _is_org_word(after[-1]) or _is_org_word(after[0]) and after[1].lower() in {"of", "for"}))):
        # "The BBC's Nick Robinson": Nick Robinson; "Congress' Joint Committee on Taxation": the committee;
        # "Canada's BlackBerry Ltd": the company, not "Ukraine's Military Intelligence" (whose the body is);
        # "Angola's National Electoral Commission", "Saudi Arabia's Ministry of Energy": the body
        run = after
    # ("Maricopa County Sheriff’s Office", "McDonald's Corp": a possessive before a body's word is part of its name)
    words = [w if w.endswith(("'s", "’s")) and i + 1 < len(run) and _is_org_word(run[i + 1]) else _clean(w)
             for i, w in enumerate(run)]
    words = [w for w in words if w]
    if person := _person_after_body(words):
        return person
    # "X of the Y": X is the person when X has no organisation word in it.
    for i, word in enumerate(words):
        if word.lower() in {"of", "for"} and 1 <= i <= 2 and i + 1 < len(words) and _surname_alone(words[i - 1]) and (
                i == 1 or words[0].lower() in HONORIFICS) and (words[i + 1][:1].isupper() or words[i + 1] == "the") and not (
                is_place(" ".join(words[i + 1:])) or is_place(" ".join(words))):  # (not "Isle of Wight", "Bishop of Bath")
            words = words[:i]  # "Mr. Morgan of the Sierra Club", "Burman of the Tax Policy Center": the person
            break
        if word.lower() in {"of", "for"} and i >= 2:
            # "Peter T. King of New York": a title word after a first name is a surname; "White House Chief of
            # Staff John Kelly", "Secretary of Commerce H. Wood Thrasher": before "of", a title
            titled = _bare(words[i - 1]) in TITLE_WORDS
            if _titled_name_after(words[i + 1:]):
                continue  # "Fraternal Order of Police President John Teletchea": the body's president, named last
            surname = titled and bool(_is_given_name(words[i - 2]) or re.fullmatch(r"[A-Z]\.", words[i - 2])) and (
                is_place(" ".join(words[i + 1:i + 2])) or is_place(" ".join(words[i + 1:i + 3])))  # "... of New York"
            if titled and not surname:
                continue
            before = [w for w in words[:i - 1] if _bare(w) not in TITLE_WORDS and _bare(w) not in DEMONYMS]
            if surname or _bare(words[i - 1]) not in DEMONYMS:
                before.append(words[i - 1])
            if len(before) >= 2 and _is_personal(words[:i]):
                words = words[:i]
                break
    while words and words[0].lower() == "the":
        words = words[1:]
    while len(words) >= 2 and _bare(words[0]) in _TRADE_DESCRIPTORS:
        words = words[1:]  # "Drugmaker Sanofi SA", "Chipmaker Intel": what the body is, opening the sentence
    while len(words) >= 3 and _bare(words[0]) in _SERVICE_MEMBERS and _is_given_name(words[1]):
        words = words[1:]  # "Marine John Tiegen": who served, before the name (not "Marine Le Pen")
    if len(words) == 2 and words[0].lower() in HONORIFICS:
        # "Mr Rowe": the article's resolution decides who that is ("says Mr Rowe." ends the sentence, not the name)
        return " ".join([words[0], words[1] if _ABBREVIATION.match(words[1]) else words[1].rstrip(".")])
    if len(words) == 2 and words[0] in {"Lord", "Lady", "Baroness"} and _NAME_TOKEN.match(words[1]) and (
            _bare(words[1]) not in TITLE_WORDS | DEMONYMS):
        return " ".join(words)  # "Lord Beckett", "Baroness Hale": a peer or judge goes by the title and a surname
    while words and words[0].lower() in HONORIFICS:
        words = words[1:]
    while len(words) >= 3 and _bare(words[0]) in _PORTFOLIO_WORDS and _bare(words[1]) not in _PORTFOLIO_WORDS and (
            _is_personal(words[1:]) and guess_kind(" ".join(words[1:])) == "person"):
        words = words[1:]  # "... for Planning and Development Ahsan Iqbal": the run after "and" begins with the portfolio
    if len(words) >= 4 and words[0] in {"House", "Senate"} and _bare(words[1]) in _PARTY_LABELS and _is_personal(
            words[2:]) and guess_kind(" ".join(words[2:])) == "person":
        words = words[2:]  # "No. 2 Senate Republican John Cornyn": a party's member in a chamber, then the name
    if len(words) >= 3 and _bare(words[-3]) in TITLE_WORDS and _paper_surname(words[-2:]):
        return " ".join(words[-2:])  # "Atlantic City Mayor Don Guardian": the mayor, not a newspaper
    words = _body_before_client(words)
    first = next((i for i, w in enumerate(words) if _bare(w) not in DEMONYMS | {"the"}), len(words))
    if words and (_is_org_word(words[-1]) and not _titled_name_after(words) or first < len(words) and _is_org_word(
            words[first]) and not any(_bare(w) in TITLE_WORDS and not _field_of_body(words, i)
                                      for i, w in enumerate(words[first:], first))):  # "U.S. Court of Appeals for the Ninth Circuit"
        # (not "Cisco CEO John Chambers": a titled person whose surname is a body's word made plural)
        # An organisation keeps its title words: "Justice Department", "Defense Ministry".
        # ... and its adjective of nation: "Scottish Fire and Rescue Service", "U.S. Senate".
        while words and (_leading_connector(words[0]) or _LOCATED.search(words[0])):  # "Geneva-based"
            words = words[1:]
        return " ".join(words).strip(" .,")
    tail: list[str] = []
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        # ("Eric H. Holder Jr.", "Martin Luther King Jr.": the surname before the generation)
        if (not tail or tail == [words[-1]] and words[-1] in _GENERATIONS) and position and (
                _bare(word) in _SURNAME_TITLES or _is_given_name(words[position - 1]) and (
                _bare(word) not in DEMONYMS | _PARTY_LABELS)) and (
                word[:1].isupper()) and (
                words[position - 1][:1].isupper()
                and _bare(words[position - 1]) not in TITLE_WORDS | DEMONYMS | _FUNCTION_WORDS):
            tail.insert(0, word)  # "Attorney General Eric Holder", "Larry King": a surname, not a title
            continue
        if word.lower() in _CONNECTORS:
            tail.insert(0, word)
            continue
        # (a descriptor comes before a name, never last: "Ban Ki-moon", "Moon Jae-in")
        if _bare(word) in TITLE_WORDS or _bare(word) in DEMONYMS or tail and _is_descriptor(word) or (
                _bare(word).endswith("s") and _bare(word)[:-1] in TITLE_WORDS) or (  # "Representatives Dana Holt, ..."
                "-" in word and all(part in TITLE_WORDS for part in _bare(word).split("-"))):  # "Secretary-General"
            if _names_with_descriptor(word, tail) or (
                    _bare(word) in DEMONYMS - _PARTY_LABELS and word[:1].isupper() and len(tail) in (1, 2)
                    # (two everyday words: "Red Cross", not "Vladimir Putin" nor "Donald Trump")
                    and all(_zipf(w.lower()) >= (3.5 if len(tail) == 1 else 4.5) and not (
                        len(tail) == 2 and _is_given_name(w)) and _bare(w) not in TITLE_WORDS | GENERIC_GROUPS | (
                        _FUNCTION_WORDS) for w in tail)):
                # "Western Digital", "Western Journalism", "American Red Cross": no "Digital" without its adjective
                tail.insert(0, word)
                continue
            if tail and _bare(tail[0]) in {"ministry", "office", "department"} and _bare(word) in {
                    "foreign", "defence", "defense", "home", "state", "interior"}:
                # "The Foreign Ministry of the United Arab Emirates": the ministry's field, no title of a person
                tail.insert(0, word)
                continue
            break  # "Newly-crowned Wimbledon champion", "Nineteen-year-old Spaniard": what, not who
        tail.insert(0, word)
    org_at = [i for i, w in enumerate(tail[:-2]) if _is_org_word(w)]
    person = tail[org_at[-1] + 1:] if org_at else []
    while len(person) > 2 and _bare(person[0]) in _PORTFOLIO_WORDS:
        person.pop(0)  # "... of Small and Medium Enterprises Development Prasanna Ranaweera": the portfolio's last word
    if len(person) >= 2 and _is_personal(person) and all(
            _NAME_TOKEN.match(w) and w.lower() not in _CONNECTORS for w in person):
        tail = person  # "General Secretary of the Railway Station Masters Union Kasun Chamara Jayasekara"
    if tail and tail[0].lower() in {"of", "for"}:
        # "Minister for Finance Brian Lenihan", "Secretary of State for Defence John Healey": the portfolio
        # after the title is not the name.
        name = tail[:]
        while name and (name[0].lower() in _CONNECTORS | {"and", "&"} or _bare(name[0]) in _PORTFOLIO_WORDS or len(
                name) >= 3 and is_place(name[0]) and _is_personal(name[1:])):  # "Special Envoy for Syria Staffan de Mistura"
            name.pop(0)
        # "Minister of Māori Development Nanaia Mahuta": a portfolio word further on ends the portfolio
        last = max((i for i, w in enumerate(name[:-2]) if _bare(w) in _PORTFOLIO_WORDS), default=-1)
        name = name[last + 1:]
        tail = name if len(name) >= 2 else tail
    while tail and _leading_connector(tail[0]):
        tail.pop(0)
    party = next((size for size in (2, 1) if len(tail) >= size + 1 and " ".join(map(_bare, tail[:size])) in _PARTY_LABELS), 0)
    if party and (len(tail) >= party + 2 and _is_personal(tail[party:]) and guess_kind(" ".join(tail[party:])) == "person"
                  or len(tail) == party + 1 and _surname_alone(tail[-1])):
        # "Tory David Heathcoat-Amory", "Lib Dem Norman Baker", "the Republican McConnell": the party is no part
        # of the name
        tail = tail[party:]
    if len(tail) == 3 and is_place(tail[0]) and (tail[0].lower() in _us_states().values() or first_name_gender(
            tail[0]) is None) and (
            is_given_name_and_surname(" ".join(tail[1:]))):
        tail = tail[1:]  # "congressman from Georgia John Lewis": where from, then the name
    if len(tail) >= 3 and is_given_name_and_surname(" ".join(tail[-2:])) and not _is_org_word(tail[-1]) and (
            _bare(tail[-1]) not in _PARTY_LABELS | DEMONYMS and not is_place(" ".join(tail[:-1]))) and all(
            w.isalpha() and not w.isupper() and first_name_gender(w) is None and _zipf(w.lower()) >= 3.0
            and w.lower() not in _CONNECTORS and not _is_org_word(w) for w in tail[:-2]):
        tail = tail[-2:]  # "Exchequer Nigel Lawson", "Economic Affairs Robert Ortner": a title's last words, a name
    tail = _past_short_rank(tail)
    if len(tail) >= 4 and re.fullmatch(r"[A-Z]{2,3}", tail[-2]):
        tail = tail[-2:]  # initials start the name: "Leader of the Opposition in the Lok Sabha LK Advani"
    if len(words) == 2 and tail == words[1:] and words[0].isupper() and is_common_word(words[1]):
        return " ".join(words)  # "VP Records": the letters of a title opening a name of an everyday word
    name = " ".join(tail) if tail else " ".join(w for w in words if w.lower() != "the")
    return name.strip(" .,")


def _holder_after_region(role: str, region: str) -> str | None:
    """The person a role "in the <region>" names after the region, when the role has no name of its own
    ("Eskom general manager in the Western Cape Alwie Lester"; not "the Church in the October 18 release")."""
    runs = name_runs(region)
    if not runs or "," in role or _bare(role.split()[-1]) not in TITLE_WORDS or any(
            guess_kind(head_name(run)) == "person" for run in name_runs(role)):
        return None
    words = runs[-1]
    if not region.rstrip(" .,").endswith(words[-1]):
        return None  # the region goes on after the name: no holder named last
    for size in (3, 2, 1):  # "Eastern Cape Alwie Lester": the region's last words, then the name
        if len(words) >= size + 2 and is_place(" ".join(words[:size])):
            words = words[size:]
            break
    name = head_name(words)
    return name if len(name.split()) >= 2 and guess_kind(name) == "person" and not is_place(name) and not any(
        word.isupper() for word in name.split()) else None  # (not "the journal PLOS ONE")


def _same_person_named(one: str, other: str) -> bool:
    """Two forms of one person's name: the same surname, and a given name that is the other's or its short form,
    with or without a middle name or initial ("Timothy J. Sloan", "Tim Sloan"; not "Bill Clinton", "Hillary Clinton")."""
    first, second = one.split(), other.split()
    if first[-1] != second[-1] or len(first) < 2 or len(second) < 2:
        return False
    given, short = sorted((first[0], second[0]), key=len, reverse=True)
    return len(short) >= 3 and given.startswith(short) and not short.endswith(".")


def _leading_connector(word: str) -> bool:
    """A word a name does not begin with: "of", "the"; a particle in lower case ("de"), but not a capitalised
    one, which begins names ("Al Jazeera", "De Beers", "Van Oord")."""
    return word.lower() in _CONNECTORS and (word[:1].islower() or word.lower() in {"of", "for", "the", "on"})


# Where a government sits, and its general staff, by which news names the institution ("The Kremlin said")
# A one-word body that an official or a source speaks for ("a Treasury source", "a Pentagon official")
_GOVERNMENT_BODY_WORDS = re.compile(r"Treasury|Cabinet|Parliament|Congress|Senate|Army|Navy|Police|Government|Presidency")
# of those, the ones that speak as the body when written in lower case too (not "the police", "the government":
# whose, the article tells)
_BODY_IN_LOWER_CASE = re.compile(r"(?i:the)\s+(presidency|treasury|cabinet)")
_SEATS_OF_GOVERNMENT = frozenset({"White House", "Blue House", "Downing Street", "No 10", "Number 10", "Elysee Palace", "Élysée Palace",
                                  "Malacañang Palace", "Malacañang", "Malacanang", "State House", "Pentagon", "Kremlin",
                                  "Elysee", "Élysée", "Whitehall", "Knesset", "Bundestag", "Duma", "General Staff"})


@lru_cache(maxsize=16384)
def guess_kind(name: str) -> str:
    words = name.split()
    lowered = {_bare(w) for w in words} | {_bare(w).removesuffix("s") for w in words}
    if re.search(r"\.(?:com|net|org|info|news|co\.uk|ua|ru|de|fr)\b", name.lower()) or (
            len(words) >= 2 and words[-1].lower() == "today"):
        return "outlet"  # "kyivindependent.com"; "USA Today", "Psychology Today": periodicals
    if len(words) in (2, 3) and given_name_sex(words[0]) and (surname := _bare(words[-1])).endswith("s") and (
            surname not in _ORG_WORDS and surname[:-1] in _ORG_WORDS) and (len(words) == 2 or _INITIAL.fullmatch(words[1])) and (
            words[-1] not in _COMPANY_FORMS and len(surname) > 4):  # (not "Williams Cos")
        return "person"  # "John Chambers", "Tyler Banks", "John T. Chambers": a surname that is a body's word made plural
    if lowered & _ORG_WORDS or any(w in _COMPANY_FORMS for w in words):
        return "organization"
    if len(words) >= 2 and _bare(words[0]) in {"statistics", "stats"}:
        return "organization"  # "Statistics Canada", "Stats NZ": national statistics offices
    if len(words) == 1 and name.isupper() or len(words) >= 2 and words[-1] == "campaign":
        return "organization"  # "NATO"; "Hillary Clinton campaign"
    if len(words) >= 2 and _bare(words[-1]) in {"democrats", "republicans", "tories"}:
        return "other"  # "Congressional Republicans", "House Democrats": a party's members, no person
    if name in _SEATS_OF_GOVERNMENT or _GOVERNMENT_BODY_WORDS.fullmatch(name):
        return "organization"  # "The White House is saying": the administration it houses; "the Treasury said"
    if len(words) >= 2 and re.fullmatch(r"(?![IVXL]+$)[A-Z]{3,}", words[-1]) and not _is_given_name(words[0]) and not any(
            w.isupper() for w in words[:-1]):
        # "Saskatchewan RCMP", "Melfort RCMP": a body's branch by its place (not "Emmanuel MACRON", "Brent Bozell III")
        return "organization"
    if len(words) == 2 and words[0] in {"U.S.", "US", "U.K.", "UK", "EU"} and re.fullmatch(r"[A-Z]{2,}", words[1]):
        return "organization"  # "U.S. EPA", "UK HMRC": a national body by its initials
    if len(words) >= 2 and is_place(name):
        return "other"  # "New Hampshire", "South Korea": a place, which speaks through its people and bodies
    if len(words) >= 2 and words[-1] == "State":
        return "organization"  # "Islamic State", "Ohio State" (a university): no person's name ends so
    if len(words) >= 2 and re.split(r"[\s-]", name)[-1] in _MASTHEAD_WORDS and not _paper_surname(words):
        return "outlet"  # "Des Moines Register", "Chicago Sun-Times", "Boston Globe" (not "Don Guardian")
    if len(words) == 1 and (joined := re.fullmatch(r"([A-Z][a-z]+)-(?:ul|ur|ud|uz|us|un)-[A-Z][a-z]+", name)) and (
            given_name_sex(joined.group(1))):
        return "person"  # "Naeem-ul-Haq", "Asad-ur-Rehman": a given name joined to the rest by its Arabic particle
    if len(words) >= 2 and _ORDINAL.fullmatch(words[0]) and _bare(words[-1]) in _ORDINAL_BODIES - {"amendment"}:
        return "organization"  # "5th Fleet", "82nd Airborne Division": a unit or a court by its number
    if len(words) >= 2 and words[-1] in {"International", "Reports", "Circuit"}:
        return "organization"  # "Mondelez International", "Rasmussen Reports"; "the D.C. Circuit": a court
    if len(words) >= 2 and words[-1] == "District":
        # "Sacramento Metropolitan Fire District", "the Irvine Ranch Water District": a public body; "Wakiso District": a
        # place
        return "organization" if lowered & _DISTRICT_SERVICES else "other"
    if len(words) >= 2 and words[-1] == "Fire" and not (given_name_sex(words[0]) or _is_given_name(words[0])):
        return "organization"  # "Metro Fire", "Cal Fire": a fire service by its short name
    if len(words) >= 2 and words[-1] in _CLUB_ENDINGS and not (given_name_sex(words[0]) or _is_given_name(words[0])):
        return "organization"  # "Peterborough United", "Blackburn Rovers", "West Bromwich Albion": a club
    if len(words) == 2 and words[0] == "The":
        return "other"  # "The Blaze", "The Vatican": one word kept with its article (see read_speaker), no person
    if len(words) >= 2 and words[-1] in _PLACE_ENDINGS and not (given_name_sex(words[0]) or _is_given_name(words[0])):
        return "other"  # "Capitol Hill", "Wall Street", "Trump Tower", "Bellwether County" (not "Anita Hill")
    if len(words) >= 2 and re.search(r"(?:ity|ism|ness|ment|tion|sion)$", _bare(words[-1])) and _zipf(_bare(words[-1])) >= 3.5:
        return "other"  # "Gender Equality", "Climate Action Movement": an abstract noun ends no person's name
    if 2 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in _CONNECTORS or _NAME_TOKEN.match(w) for w in words) \
            and not any(w.endswith(("'s", "’s")) for w in words[:-1]) and not any(  # not "Vladimir V. Putin's Russia"
                w in {"of", "for", "on", "the"} for w in words[1:-1]):  # nor "(General) Agreement of Tariffs"
        return "person"
    return "other"


# ---------------------------------------------------------------- in-article names

_BODY_BEFORE = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:(?:of|for|and|&|on)\s+(?:the\s+)?)?[A-Z][\w.'’-]*)*\s*$")
_ACRONYM = re.compile(r"\((?P<acronym>[A-Z][A-Z0-9&.-]{1,9}|[A-Z][a-z]+[A-Z][A-Za-z]{1,8})\)")  # "(CDC)", "(CalFire)"
# (within a paragraph: a hard-wrapped line's break, never a blank line: "Tax cut likely: minister" over "NEW DELHI:")
_IN_PARAGRAPH = r"(?=\s)[ \t]*\n?[ \t]*"
# (a name within its paragraph: not "... in the state - Lai Mohammed" over "Lai Mohammed, minister of information")
_NAME_THEN_ROLE = re.compile(rf"(?P<name>[A-Z][\w'’.-]+(?:{_IN_PARAGRAPH}(?:[A-Z][\w'’.-]+|de|van|von|al|bin)){{1,3}}),\s+"
                             r"(?:(?:the|a|an)\s+)?(?P<desc>[^,.;\"“”]{2,80}?)(?=[,.;]|\s+(?:said|says|told)\b)")
# "CEO Marta Kowal" is the one "the chief executive" refers to
# "CM Naveen Patnaik", "the CM": the Chief Minister (India), whose role is the expansion's last word
_ROLE_EXPANSIONS = {"cm": ("chief", "minister"), "pm": ("prime", "minister")}
# "the CS": the Cabinet Secretary (Kenya)
_ROLE_ABBREVIATIONS = {"ceo": "executive", "cs": "secretary", "vp": "president"} | {short: words[-1] for short, words in _ROLE_EXPANSIONS.items()}
_ROLE_THEN_NAME = re.compile(rf"\b(?P<role>(?i:{_PERSON_ROLE_WORDS})|CEO|CM|PM){_IN_PARAGRAPH}"  # "Electricity Minister X" too
                             rf"(?P<name>[A-Z](?:[\w'’-]+|\.)(?:{_IN_PARAGRAPH}[A-Z](?:[\w'’-]+|\.)){{1,3}})")  # "coach B. Satiananthan"
# "President Obama", "Chancellor Merkel": a capitalised title before a surname alone
_TITLE_THEN_SURNAME = re.compile(rf"(?<![A-Z][\w'’-])(?<![A-Z][\w'’-]\s)\b(?P<role>(?=[A-Z])(?i:{_PERSON_ROLE_WORDS}))\s+"
                                 r"(?P<name>[A-Z][a-z][\w'’-]+)\b(?!\s+[A-Z]|['’-])")
_TITLE_ROLES = {"Sen": "senator", "Gov": "governor"}
_TITLE_THEN_NAME = re.compile(r"\b(?P<role>Sen|Gov)\.\s+(?P<name>[A-Z](?:[\w'’-]+|\.)(?:\s+[A-Z](?:[\w'’-]+|\.)){1,3})")
# "(R-Fla.)", ", R-S.C.,", " of Ohio": the state a member of Congress or a governor serves
_STATE_AFTER_NAME = re.compile(r"(?:\s*\(|,\s*)(?:R|D|I)\s*[-–]\s*(?P<state>[A-Z][\w.]*)|\s+of\s+(?P<named>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
# "led by the Chairman, H.E Wycliffe Oparanya": the role, a comma, the person
_THE_ROLE_COMMA_NAME = re.compile(rf"\b(?:the|[A-Z][\w.-]*['’]s)\s+(?P<mods>(?:[a-z][\w-]*\s+){{0,2}}?)"
                                  rf"(?P<role>(?i:{_PERSON_ROLE_WORDS})),\s+"  # "Chhattisgarh’s chief minister, X"
                                  r"(?:H\.E\.?\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})")
# The styles and honorifics between a role and a comma and the name: "Prime Minister, the Most Hon. Andrew Holness"
_STYLED = r"(?:the\s+)?(?:(?:Most\s+|Rt\.?\s+)?(?:Hon(?:ourable|orable)?|H\.\s?E|Dr|Mr|Mrs|Ms)\.?\s+)*"
# "Mayor of Detroit, Mike Duggan", "director of communications, Roland Williams": the role of a place or field
_ROLE_OF_COMMA_NAME = re.compile(rf"\b(?P<role>(?i:{_PERSON_ROLE_WORDS}))\s+(?:of|for)\s+(?:the\s+)?"
                                 # ("Minister of State for Information, Broadcasting and National Heritage, X":
                                 # a portfolio of several fields)
                                 rf"(?P<mods>[\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the)|,\s+[A-Z][\w'’.-]*){{0,7}}),"
                                 rf"\s+{_STYLED}"
                                 r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})")
# "Prime Minister, the Most Hon. Andrew Holness, made the disclosure": a capitalised title set apart from its
# holder by a comma, as Caribbean copy writes it
_TITLE_COMMA_NAME = re.compile(rf"(?<![Tt]he\s)\b(?P<role>(?=[A-Z])(?i:{_PERSON_ROLE_WORDS})),\s+{_STYLED}"
                               r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})")
# "Minister for Energy Engineer Khurram Dastagir Khan": a capitalised role, its portfolio, then the name (which
# head_name parts from the portfolio)
_ROLE_FOR_PORTFOLIO_NAME = re.compile(rf"(?<![Tt]he\s)\b(?P<role>(?=[A-Z])(?i:{_PERSON_ROLE_WORDS}))\s+(?:of|for)\s+"
                                      r"(?:State\s+for\s+)?"  # "Minister of State for Broadcasting and Information X"
                                      r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:and|&)\s+)?[A-Z](?:[\w'’-]+|\.)){2,8})")
# "Newly-crowned", "Nineteen-year-old", "19-year-old"; "Former Obama operatives": before a name, no part of it
_DESCRIPTOR = re.compile(r"^(?:(?:[A-Z][a-z]*|\d+)-(?P<after>[a-z]+)|(?:Former|Then|Late|Longtime|Onetime)$"
                         r"|(?:Pro|Anti)-[A-Z][\w'’]*$)")  # "Pro-Clinton super PAC Priorities USA Action"
_GENERATIONS = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})

_GENERATION_AFTER = re.compile(rf"(?:\s+(?:{'|'.join(re.escape(g) for g in sorted(_GENERATIONS, key=len, reverse=True))})(?!\w))?")


def _is_descriptor(word: str) -> bool:
    """"Newly-crowned", "Nineteen-year-old", "Former": what describes a person, not the name ("Tsai Ing-wen",
    "Moon Jae-in" are names: what follows their hyphen is no English word)."""
    described = _DESCRIPTOR.match(word)
    after = described.group("after") if described else None
    return bool(described) and (not after or word.count("-") >= 2 or len(after) >= 3 and (  # "Editor-in-Chief"
        _zipf(after) >= 4.5 or len(after) >= 5 and _zipf(after) >= 3.0))


@lru_cache(maxsize=4096)
def us_state(written: str) -> str | None:
    """The US state an abbreviation ("Fla.", "Vt.", "N.H.", "OH") or a name ("Ohio") stands for, in lower case:
    the one state whose name the postal code or the AP style abbreviation's letters spell in order."""
    bare = written.rstrip(".").replace(".", "").lower()
    names = _us_states()
    if bare in names.values():
        return bare
    if bare.upper() in names:
        return names[bare.upper()]
    pattern = re.compile(".*?".join(map(re.escape, bare)))
    found = [name for name in names.values() if name.startswith(bare[:1]) and pattern.match(name.replace(" ", ""))]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    """Postal code -> state name in lower case (ISO 3166-2:US, from pycountry)."""
    return {division.code.removeprefix("US-"): division.name.lower() for division in pycountry.subdivisions.get(
        country_code="US") if division.type == "State"}


def _one_apostrophe(word: str) -> str:
    return word.replace("’", "'")


def _surname(words: list[str]) -> str:
    """The family name of a full name: its last word, or the one before "Jr." or "III"."""
    return words[-2] if len(words) > 2 and words[-1] in _GENERATIONS else words[-1]


SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "publicist", "mouthpiece"})  # "the police publicist"
_SPOKES_WORDS = tuple(sorted(SPOKES))  # for str.endswith
# lower-case qualifiers only: "A Northumbria Police spokesperson" is the force speaking
_INDEFINITE_SPOKES = re.compile(r"[Aa]n?\s+(?:[a-z][\w'’-]+\s+){1,3}(?P<role>spokesman|spokeswoman|spokesperson)$")
_APPOSITION_GOES_ON = frozenset({"of", "for", "at", "in", "from", "with", "to", "on", "and", "&", "general", "officer",
                                 "secretary", "minister", "director", "executive", "adviser", "advisor"})
_POLICE_FORCE = re.compile(r"(?:(?:St\.|[A-Z][\w'’-]*) ){1,4}Police(?: (?:Department|Service|Force))?\b")
# "Police say", "the state police said": the force the article names, if it names one
POLICE_PHRASE = re.compile(r"(?:the\s+)?(?:state\s+|city\s+|local\s+)?police", re.IGNORECASE)


_INVERTED_BODY = re.compile(r"(?P<field>[A-Z][a-z]+)\s+(?P<kind>Ministry|Department)")
_IT_VERBS = "said|says|reported|reports|announced|announces|expects|estimated|estimates|added|noted"
_ORGANISATION_ROLES = "|".join(sorted(ORGANISATION_ROLES - {"statement", "service"}))
# "data firm Refinitiv", "analysts at Morgan Stanley" (the staff of a body, where they work)
# The staff of a body who speak for where they work: "analysts at Morgan Stanley", "Researchers at Johns Hopkins"
_STAFF = r"(?i:analysts|economists|strategists|researchers|scientists|officials|executives|employees|staff|workers)"
# "a longtime Democratic policy maker", "the film maker": a person who makes, not a company that does
_NOT_A_MAKER = r"(?<!policy\s)(?<!decision\s)(?<!film\s)(?<!movie\s)(?<!deal\s)(?<!peace\s)"
# "a Prasar Bharati official said": the staff of a body (not "a Donald Trump spokesman": a first name)
_STAFF_AFTER = re.compile(r"\s+(?:officials?|executives?|employees?)\b")
_ROLE_BEFORE = re.compile(rf"\b(?:{_NOT_A_MAKER}(?:{_ORGANISATION_ROLES})|{_STAFF}\s+at)\s+$")
# ", the company" (not ", the council manager", ", the company's founder": a person of the body)
# (nor ", the founder of a Facebook group", ", a retired Postal Service letter carrier", ", an Indiana GOP consultant
# whose firm", ", a city council member": a person of a body, a trade; but ", the official Chinese news agency" is a
# body)
_ROLE_AFTER = re.compile(rf",\s+(?:a|an|the)\s+(?:(?!(?!official\s)(?i:{_PERSON_ROLE_WORDS}|letter|mail|consultant|whose"
                         rf"|who)\s)[\w'’-]+\s+){{0,4}}{_NOT_A_MAKER}(?:{_ORGANISATION_ROLES})\b"
                         rf"(?!['’]s\b|\s+(?:[\w-]+\s+)?(?:{_PERSON_ROLE_WORDS}|member)\b)"
                         # "According to Yonhap news agency": what kind of body, right after its name
                         r"|\s+(?:news\s+agency|wire\s+service|newspaper|broadcaster|news\s+website)\b(?!['’]s\b|\s+[a-z]+(?:man|woman|er|or|ist)\b)")
_OF_OR_FOR = re.compile(r"\s+(?:of|for)\s")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
_SENTENCE_LEAD = re.compile(r"(?:\S+\s+){0,3}")
_SENTENCE_STOP = re.compile(r"[.!?\n]|$")
# "Ebeling said she knocked on doors": who speaks of themselves as "he" or "she" (not "BuzzFeed reported that he")
_HE_AFTER = re.compile(r"\s+(?:also\s+|had\s+|has\s+)?(?:said|says|added|told\s+\w+|argued|insisted)\s+(?:that\s+)?(?:he|she)\b")
_WHICH_AFTER = re.compile(r",\s+which\s")
_IT_AFTER = re.compile(rf"\s+(?:{_IT_VERBS})\s+(?:that\s+)?it\b"  # "Campbell Soup said it earned ..."
                       # (not "X says it is time to ...", "said it was clear that": an "it" of no one)
                       r"(?!\s+(?:is|was|'s|’s)\s+(?:(?:high|about|not|now|also)\s+)?(?:time|important|clear|essential|vital|crucial"
                       r"|necessary|imperative|unacceptable|unfortunate|wrong|right|possible|impossible|likely|unlikely|true|false"
                       r"|a\s+shame|a\s+pity|too\s+early|too\s+soon)\b)"
                       r"|\s+(?:has\s+|had\s+)?(?:[a-z]+ly\s+)?[a-z]+ed\s+itself\b")  # "Twitter has positioned itself"


# The titles of persons only, right before a name ("President Mnangagwa"; not "General Motors": an organisation's word)
_PERSON_TITLE_BEFORE = re.compile(r"\b(?:President|Minister|Senator|Sen\.|Governor|Gov\.|Mayor|Chancellor|King|Queen"
                                  r"|Pope|Judge|Justice|Secretary|Chairman|Chairwoman|Gen\.|Premier|Sheriff|Commissioner"
                                  r"|Ambassador|Rep\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Cde|Comrade"
                                  r"|Comm(?:-Gen)?\.?|Taoiseach|Tánaiste)\s+$")  # "Snr Asst Comm Charamba"
_ADMINISTRATION_OF = re.compile(r"(?P<connector>\b(?:and|of|for)\s+)?\b(?P<head>[A-Z][\w'’-]+)(?:['’]s)?\s+[Aa]dministration\b")  # "the Obama administration"
# Words that make a title another office: "the shadow chancellor", "the deputy mayor" are not "the chancellor"
_ANOTHER_OFFICE = frozenset({"shadow", "deputy", "vice"})
_OFFICER_BEFORE = re.compile(r"(?:officer|executive|president|chairman|chairwoman|founder|CEO|CFO),?\s+$")
_HONORIFICS_WRITTEN = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame"})
# Roles that tell a person's sex, written before the name ("spokeswoman Hua Chunying", "his son Hunter Biden")
_GENDERED_ROLES = {role: "f" for role in """spokeswoman chairwoman congresswoman businesswoman councilwoman assemblywoman
anchorwoman policewoman sportswoman actress mother grandmother wife widow sister daughter niece aunt queen princess
duchess baroness""".split()} | {role: "m" for role in """spokesman congressman businessman councilman assemblyman
anchorman policeman sportsman father grandfather husband widower brother son nephew uncle king prince duke baron""".split()}
_GENDERED_ROLE_BEFORE = re.compile(rf"\b({'|'.join(_GENDERED_ROLES)}),?\s+$", re.IGNORECASE)


_TOLD_PRONOUN = re.compile(rf"\s+(?:{SPEECH_VERBS})\s+(?:(?:that|reporters|supporters|the\s+crowd)\s+)?(he|she)\b")


_WORD_TAIL = re.compile(r"\S*")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")


class NameRegistry:
    """The people and organisations one article introduces, for resolving its short mentions.

    Each index is built the first time it is asked for: most sentences need none of them."""

    def __init__(self, body: str) -> None:
        self.body = body
        self._names_with: dict[str, set[str]] = {}
        self._spoke_for: dict[str, str | None] = {}
        self._kinds: dict[str, str] = {}
        self._genders: dict[str, str | None] = {}
        self._around: dict[str, frozenset[str]] = {}
        self._resolved: dict[str, str] = {}
        self._after_capitalised: dict[str, bool] = {}
        self._described_as_organisation: dict[str, bool] = {}
        self._used_as_name: dict[str, bool] = {}

    @cached_property
    def headline_end(self) -> int:
        """Where the first line ends when it reads as a headline (no closing punctuation, or every word
        capitalised: "British Bank Abruptly Drops Russian Network RT's Accounts."), else 0."""
        end = self.body.find("\n")
        return end if end > 0 and (not self.body[:end].rstrip().endswith(TERMINAL) or is_title_line(self.body[:end])) else 0

    @cached_property
    def acronyms(self) -> dict[str, str]:
        """"Taiwan Semiconductor Manufacturing Company (TSMC)": TSMC is the company."""
        found: dict[str, str] = {}
        for match in _ACRONYM.finditer(self.body):
            before = self.body[max(0, match.start() - 120):match.start()]
            before = before[before.rfind("\n") + 1:]  # the name is on the acronym's line, not the headline above
            runs = name_runs(before)
            full = head_name(runs[-1]) if runs else ""
            joined = _BODY_BEFORE.search(before)  # "... Department of Forestry and Fire Prevention (CalFire)"
            if joined and " and " in joined.group(0) and full and joined.group(0).strip().endswith(full):
                full = re.sub(r"^The\s+", "", " ".join(joined.group(0).split()))
            acronym = match.group("acronym").replace(".", "")
            # "United States Customs and Border Protection (CBP)": the nation's name may stay out of the acronym
            bare = re.sub(r"^(?:United\s+(?:States|Kingdom)|U\.S\.|US|UK)\s+", "", full)
            # "the Jamaica Constabulary Force’s Corporate Communications Unit (CCU)": the body its unit speaks for
            unit = re.split(r"['’]s\s", " ".join(runs[-1]))[-1] if runs else ""
            if full and len(full.split()) >= 2 and any(
                    "".join(w[0] for w in name.split() if w[:1].isupper()).startswith(acronym[:2]) or acronym[:1] == name[:1]
                    for name in {full, bare, unit}):
                found[acronym] = full
        return found

    @cached_property
    def initials(self) -> dict[str, str]:
        """"CDC" for the "Centers for Disease Control and Prevention" the article names in full, though it
        never writes "(CDC)": an acronym its capitalised words begin with, when only one name fits."""
        found: dict[str, set[str]] = {}
        for line in self.body.splitlines():
            for match in _PROPER_PHRASE.finditer(line):
                written = match.group(0).split()
                while written and (_bare(written[0]) in DEMONYMS | _FUNCTION_WORDS or written[0].isupper()):
                    written = written[1:]  # "The US Centers for ...", "CDC Warns ...": not where the name starts
                title = next((i for i, w in enumerate(written) if i and _bare(w) in TITLE_WORDS
                              and (w.endswith(".") or _bare(w) in PERSON_ROLES)), None)
                written = written[:title]  # "Michigan State Police Lt. Mark Giannunzio": the force, not its officer
                # "the Office for National Statistics and the Land Registry", "Customs and Border Protection and
                # Border Patrol": two bodies, the second after "and the" or after a name ending with a body's word
                second = next((i for i, w in enumerate(written[:-1]) if w == "and" and i and (
                    written[i + 1].lower() == "the" or _is_org_word(written[i - 1]))), None)
                written = written[:second]
                words = [w for w in written if w.lower() not in _CONNECTORS | {"and", "&"}]
                if len(words) < 3 or not any(_is_org_word(w) or _bare(w) == "police" for w in words):
                    continue
                letters = "".join(w[0] for w in words)
                for size in range(3, len(letters) + 1):
                    found.setdefault(letters[:size], set()).add(" ".join(written).rstrip(".,;:"))
        return {acronym: next(iter(names)) for acronym, names in found.items() if len(names) == 1}

    def names_with(self, word: str) -> set[str]:
        """The full names in the article that end with `word` ("Cellou Dalein Diallo" for "Diallo"), or
        for an organisation word ("Church"), the organisation names that contain it. Only the text
        around each occurrence of the word is read."""
        if word not in self._names_with:
            found: set[str] = set()
            org = _is_org_word(word)
            for name in self._names_around(word):
                words = name.split()
                words = [_one_apostrophe(w) for w in words]  # "O'Brien" is the "O’Brien" named before
                word = _one_apostrophe(word)
                if not 2 <= len(words) <= 8 or not is_source_name(name) or not any(
                        w == word or w.endswith("-" + word) for w in words):  # "Kaila" in "May al-Kaila"
                    continue
                if words[0].lower() in HONORIFICS or _bare(words[-1]) in TITLE_WORDS and not (
                        _bare(words[-1]) in _SURNAME_TITLES and (_is_given_name(words[-2]) or _INITIAL.fullmatch(
                            words[-2]) and _is_given_name(words[0]))):  # ("Peter T. King")
                    continue  # "Mr Rowe" is a mention, not a full name; "Senate President" an office; not "Don King"
                if (_gerund(words[0]) or _past_tense(words[0]) and guess_kind(name) == "person" or words[0] in _OPENERS or words[0] in _INVERTING_VERBS or words[0].lower() in (
                        _FOCUSING) or _QUALIFIED_PARTY.fullmatch(name)) and not first_name_gender(words[0]):
                    # "Entrusting Donald Trump with ...", "Given Sanders' record", "Continued Stone:", "Maybe Trump
                    # is ...", "Top Democrats": the word opening a sentence before the name, not "Channing"; a title-case
                    # line's verb ("Representative Thanked Clinton For ...")
                    continue
                surname = _surname(words)
                # ("Berje" for "Mary Noel-Berje": the last part of a double-barrelled surname; "Sun-Times" for the
                # "Chicago Sun-Times": a newspaper's last word)
                if org or ((surname in {word, f"al-{word}", f"el-{word}"} or surname.endswith(f"-{word}") and word[:1].isupper()
                            and len(word) >= 3) and _is_personal(words)
                           and not {"of", "for", "the"} & set(words)  # "Shares of Microsoft" is nobody
                           and guess_kind(name) == "person") or words[-1] == word and guess_kind(name) == "outlet" or (
                    # "Reebok": Reebok Ltd.; not "China" for the "China Earthquake Networks Center"
                    words[0] == word and not word.isupper() and _bare(words[-1]) in _LEGAL_FORMS
                    and self.kind(name) == "organization"
                ):
                    # ("Atlantic City Mayor Don Guardian" is the mayor, whose surname is an organisation's word)
                    found.add(head if org and (head := head_name(words)) != name and _paper_surname(head.split()) else name)
            # (not a nickname the article only quotes: ISIS calls its accounts “Wilayat Twitter,” not a fuller Twitter)
            found = {name for name in found if not self._only_quoted(name)}
            # "Within Sanders' inner circle", "Six Trump supporters ran", "Interestingly Blocher, a wealthy
            # industrialist": a frequent word opening a sentence before the surname of someone named in full, or
            # before a country's name ("Say Mexico demanded")
            junk = {name for name in found if self._word_before_surname(name)}
            if junk != found or is_place(word):
                found -= junk
            self._names_with[word] = found
        return self._names_with[word]

    def _word_before_surname(self, name: str) -> bool:
        """"Within Sanders", "Top Sanders", "Interestingly Blocher": a frequent word or an adverb in -ly, no given
        name, that the article never writes as a name inside a sentence, before one word; or a people ("Filipino
        Clinton staffers"), or a place opening a sentence ("Connecticut Obama voters")."""
        words = name.split()
        if len(words) != 2 or given_name_sex(words[0]) or is_first_name(words[0]):
            return False
        if words[0].lower() in DEMONYMS:
            return True  # "Filipino Clinton staffers": what people
        # (not "Bay Buchanan", "Win Htein": a name the article writes inside a sentence too)
        inside = re.search(rf"(?<=[a-z0-9,;:] ){re.escape(name)}\b", self.body)
        if is_place(words[0]):
            return not inside  # "Connecticut Obama voters": where from
        frequency = _zipf(words[0].lower())
        return (frequency >= 4.0 or words[0].endswith("ly") and frequency >= 2.5) and not self.used_as_name(
            words[0]) and not inside

    def _only_quoted(self, name: str) -> bool:
        """Whether every mention of `name` is a quote of its own ("“Wilayat Twitter,”"): a title or a nickname."""
        spans = list(word_spans(self.body, name))
        return bool(spans) and all(self.body[at - 1:at] in _OPEN_QUOTES and self.body[end:end + 2].lstrip(",.")[:1]
                                   in _QUOTE_CHARS for at, end in spans)

    @cached_property
    def roles(self) -> list[tuple[int, str, str, frozenset[str]]]:
        """(position, role word, name, description words) for "Name, the <role ...>" and "<role> Name"."""
        self._roles: list[tuple[int, str, str, frozenset[str]]] = []
        for match in _NAME_THEN_ROLE.finditer(self.body):
            desc = [w.lower() for w in match.group("desc").split()]
            if len(desc) == 1 and self.body[match.end():match.end() + 1] not in ",.;":
                continue  # "... in the West Bank, the ministry said": the speaker after a sentence, no apposition
            if desc[0] in {"per", "according", "in", "on", "at", "for", "from", "with", "by", "to", "as"}:
                continue  # "Ethel B. Atha, per the museum": no description of her
            role = next((w for w in desc if w in PERSON_ROLES), desc[-1])
            if role not in PERSON_ROLES and match.group("desc")[:1].isupper():
                continue  # "... and National Heritage, Marriyum Aurangzeb here Thursday said": a name, no role
            if role in PERSON_ROLES and guess_kind(match.group("name")) in {"organization", "outlet"}:
                continue  # "Speaking to Sky News, the shadow chancellor, Jeremy Hunt": the outlet, then the person
            written = match.group("desc").split()
            after = written[desc.index(role) + 1:desc.index(role) + 2] if role in desc else []
            if after and after[0].islower() and after[0] not in _APPOSITION_GOES_ON:
                continue  # "the mayhem of Montha Cyclone, the Collector conducted ...": a clause, no apposition
            self._add_role(match.start(), role, match.group("name"), desc)
        for match in (*_ROLE_THEN_NAME.finditer(self.body), *_THE_ROLE_COMMA_NAME.finditer(self.body),
                      *_ROLE_OF_COMMA_NAME.finditer(self.body), *_ROLE_FOR_PORTFOLIO_NAME.finditer(self.body),
                      *_TITLE_COMMA_NAME.finditer(self.body)):
            if match.start() < self.headline_end and is_title_line(self.body[:self.headline_end]):
                continue  # "Speaker Informs House After Receiving Interim Report": a headline's capitals name no one
            before = self.body[max(0, match.start() - 60):match.start()].split()[-3:]
            role, name = match.group("role").lower(), match.group("name")
            if match.re is _ROLE_FOR_PORTFOLIO_NAME:
                name = _person_after_portfolio(name)
            if match.re is _TITLE_COMMA_NAME and (guess_kind(name) != "person" or before and before[-1][:1].isupper() and (
                    _bare(before[-1]) not in TITLE_WORDS)):
                continue  # "the Manchester Union Leader, New Hampshire's largest paper": a paper's name, then a place
            desc = [w.lower() for w in [*before, *(match.groupdict().get("mods") or "").split(), role,
                                        *_ROLE_EXPANSIONS.get(role, ())]]
            self._add_role(match.start(), _ROLE_ABBREVIATIONS.get(role, role), name, desc)
            if (following := name.split()[0].lower()) in PERSON_ROLES and len(name.split()) >= 3:
                # "Chief Minister Shivraj Singh Chouhan": the chief minister too ("Senate spokesman Senator X": both)
                self._add_role(match.start(), following, name.split(" ", 1)[1], [*desc, following])
        for match in _TITLE_THEN_SURNAME.finditer(self.body):
            # "President Obama had ...": the president, as plainly introduced as can be, named in full elsewhere
            # (not "Michelle Obama", the one Obama named in full, where the article writes "Mr. Obama")
            full = self.resolve(surname := match.group("name"))
            honorifics = {HONORIFIC_GENDER[h.lower()] for h in self._honorifics_before(surname) if h.lower() in HONORIFIC_GENDER}
            people = {n for n in self.names_with(surname) if self.kind(n) == "person"}  # ("President Bush": which?)
            if people == {full} and self.kind(full) == "person" and not self._other_sex(full, honorifics):
                self._add_role(match.start(), match.group("role").lower(), full, [match.group("role").lower()])
        return sorted(self._roles, key=lambda entry: entry[0])

    def state_member(self, role: str, phrase: str) -> str | None:
        """The one person the article introduces as that role of the state the phrase names: "the Florida
        senator" is "Sen. Marco Rubio (R-Fla.)" or "Florida Sen. Marco Rubio", "the Ohio governor" is "Gov. John
        Kasich of Ohio"."""
        words = re.findall(r"[A-Z][a-z]+", phrase)
        pairs = [" ".join(words[i:i + 2]) for i in range(len(words) - 1)]  # "New Hampshire"
        states = {state for written in [*words, *pairs] if (state := us_state(written))}
        found = set()
        for match in _TITLE_THEN_NAME.finditer(self.body) if states else ():
            if _TITLE_ROLES[match.group("role")] != role:
                continue
            after = _STATE_AFTER_NAME.match(self.body, match.end())
            before = re.search(r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+$", self.body[max(0, match.start() - 30):match.start()])
            served = {us_state(after.group("state") or after.group("named")) if after else None,
                      us_state(before.group(1)) if before else None}
            name = head_name([w for w in _tokens(match.group("name")) if w not in ",;:"])
            if served & states and len(name.split()) >= 2:
                found.add(self.resolve(name))
        return found.pop() if len(found) == 1 else None

    def _add_role(self, position: int, role: str, written: str, desc: list[str]) -> None:
        written = re.split(r"(?<!\b[A-Z])\.\s+", written)[-1]  # never across a sentence end ("R." is an initial)
        name = head_name([w for w in _tokens(written) if w not in ",;:"])
        if len(name.split()) >= 2 and is_source_name(name) and _bare(name.split()[-1]) not in TITLE_WORDS:
            self._roles.append((position, role, name, frozenset(w for w in desc if len(w) > 3)))

    def resolve(self, name: str) -> str:
        """The fullest form of `name` in this article ("Diallo" -> "Cellou Dalein Diallo"). "Mr X" resolves
        like "X", unless the article also has a "Mrs X" or "Ms X": then they stay as written. Read once per name."""
        if name not in self._resolved:
            resolved = self._resolve(name)
            words = name.split()
            sex = HONORIFIC_GENDER.get(words[0].lower().rstrip(".")) if len(words) > 1 else None
            if sex and resolved != name and self._other_sex(resolved, {sex}):
                resolved = name  # "Mr. Obama" is not the "Michelle Obama" the article names in full (as the first lady)
            if sex and resolved == name and len(words) == 2:
                # "Mrs. Clinton", where the article names Hillary Clinton and Bill Clinton (and each honorific the
                # article writes with the surname is one of the family: "Mr Rowe" beside a "Mrs Rowe" named no
                # further may be her husband, not the Chancellor Gordon Rowe)
                written = {HONORIFIC_GENDER.get(h.lower().rstrip("."), "") for h in self._honorifics_before(words[1])} - {""}
                resolved = self.one_of_sex(words[1], sex, also=written) or resolved
            self._resolved[name] = resolved
        return self._resolved[name]

    @staticmethod
    def _other_sex(full: str, sexes: set[str]) -> bool:
        """Whether the given name of `full` tells a sex other than the one the honorifics written tell."""
        given = given_name_sex(full.split()[0])
        return len(sexes) == 1 and given is not None and given not in sexes

    def one_of_sex(self, surname: str, sex: str, *, also: Collection[str] = ()) -> str | None:
        """The one person of that sex among those the article names in full with this surname, when every given
        name of the family tells its sex (not "Mr. Khan" for Humayun Khan beside a Khizr Khan never named in full),
        and each sex in `also` is one person's."""
        family = {full for full in self.names_with(surname) if self.kind(full) == "person" and [
            w for w in full.split() if w not in _GENERATIONS][-1] == surname}
        sexes = {full: given_name_sex(full.split()[0]) for full in family}
        same = [full for full, given in sexes.items() if given == sex]
        counts = Counter(sexes.values())
        return same[0] if len(same) == 1 and not counts[None] and all(counts[one] == 1 for one in also) else None

    def resolve_at(self, name: str, at: int) -> str:
        """resolve, and for one word several people share, the one of them the article named before `at` when it
        named only one by then: "Clinton, who ...," after "Hillary Rodham Clinton" and before "Bill Clinton"."""
        resolved = self.resolve(name)
        if resolved != name or " " in name or not name[:1].isupper():
            return resolved
        people = {full for full in self.names_with(name) if self.kind(full) == "person"}
        people = {full for full in people if not any(other.endswith(f" {full}") for other in people)}  # "Rodham Clinton"
        earlier = {full for full in people if 0 <= self.body.find(full) < at}
        return earlier.pop() if len(earlier) == 1 and len(people) > 1 else resolved

    def _resolve(self, name: str) -> str:
        if len(name) > 2 and name.endswith(("'s", "’s")) and " " not in name and not self.names_with(name):
            # "Lowe's said": the "Lowe's Cos Inc" named before, or a "Lowe Cos Inc"; else the name as written
            fuller = self._resolve(name[:-2])
            return fuller if fuller != name[:-2] else name
        written, words = name, name.split()
        inverted = _INVERTED_BODY.fullmatch(name)
        if inverted:  # "Agriculture Ministry": the "Ministry of Agriculture and Farmers' Welfare" named in full
            full = {n for n in self.names_with(inverted.group("kind"))
                    if n.startswith(f"{inverted.group('kind')} of {inverted.group('field')}")}
            if len(full) == 1:
                return full.pop()
        if words and words[0].lower().rstrip(".") in {h.rstrip(".") for h in HONORIFICS} and len(words) > 1:
            surname = " ".join(words[1:])
            used = {HONORIFIC_GENDER.get(h.lower(), h) for h in self._honorifics_before(surname)}
            if len(used - {"dr"}) > 1:
                return written
            words, name = words[1:], surname
        if len(words) == 2 and (words[0].lower() in _SURNAME_PARTICLES or not (
                first_name_gender(words[0]) or _is_given_name(words[0]) or is_common_word(words[0]))):
            # "El Sayed" for "Youmna El Sayed", "Van Gogh", "Mr. Opare Addo" for "George Opare Addo": a surname of two
            # words (the first no given name), the one person named with it
            # (given names before it, not "Eastern Cape Alwie Lester": a region, then the person named so)
            full = {n for n in self.names_with(words[1]) if n.endswith(f" {name}") and self.kind(n) == "person" and (
                words[0].lower() in _SURNAME_PARTICLES or not any(
                    is_place(w) or is_common_word(w) and not (first_name_gender(w) or _is_given_name(w))
                    for w in n.split()[:-2]))}
            if len(full) == 1:
                return full.pop()
        if len(words) == 1 and name in self.acronyms:
            return self.acronyms[name]
        if len(words) == 1 and name.isupper() and len(name) >= 3 and name in self.initials:
            return self.initials[name]
        if len(words) == 1 and name[:1].isupper():
            candidates = self.names_with(name)  # "Diallo"; "the Church": the Church of Scientology
            shortest = min(candidates, key=len, default="")
            if candidates and all(c == shortest or c.endswith(f" {shortest}") for c in candidates):
                return shortest  # "Mark Cuban", whom a headline also calls "Billionaire Mark Cuban"
            if len(candidates) >= 2 and all(_same_person_named(c, shortest) and self.kind(c) == "person" for c in candidates):
                return max(candidates, key=len)  # "Timothy J. Sloan", then "Tim Sloan": one man, as named in full
            if (principal := self._principal_of_family(candidates)) is not None:
                return principal  # "Trump said", where the article names Donald Trump first and most, and Ivanka Trump
            if not candidates and (headlined := self._headline_full_name(name)):
                return headlined  # "Clinton said", where only the headline "Hillary Clinton Goes After ..." names her
            if not candidates and len(name) >= 6 and not name.isupper() and (misspelt := self.misspelt_surname(name)):
                return misspelt  # "Bashiru" for the "Ajibola Basiru" named before
            if not candidates and not name.isupper():  # no full name ends with the word: one may begin with it
                frequency = _zipf(name.lower())
                if frequency < (4.0 if name == written else 2.0):
                    # "Ms. Nagalakshmi" for "Nagalakshmi Selvarajan": an honorific before a given name (a rare one)
                    # (a rare word: "Tedros", not "Google" before "Google Photos")
                    # "Tedros" for "Tedros Adhanom Ghebreyesus"
                    given = self.names_starting_with(name) or self.names_with_middle(name)  # "Olawale": Afeez Olawale Oladipo
                    given = given or self.bodies_starting_with(name)  # "Newcrest" for "Newcrest Mining"
                    if len(given) == 1:
                        return next(iter(given))
                # ("Mr Gan" for "Gan Kim Yong": an honorific before a family name written first, as Singapore and
                # Chinese copy write it)
                if (name == written or _bare(name) not in TITLE_WORDS) and frequency < 5.0 and not is_place(name) and (
                        not is_everyday_word(name)):
                    # a family name written first ("Xi" for "Xi Jinping", "Ban" for "Ban Ki-moon") or a first name
                    # ("Bob" for the one Bob the article names), not "Indiana Statehouse" or "Racial Healer": the one
                    # person whose name begins with the word
                    given = {n for n in self.names_starting_with(name) if self.kind(n) == "person"
                             and _zipf(_bare(n.split()[-1])) < 4.0  # not "Google" for "Google Photos"
                             and all(re.fullmatch(r"[A-Za-z][A-Za-z.'’-]*", w) for w in n.split())}  # "EgyptAir Flight MS804"
                    if len(given) == 1:
                        return next(iter(given))
        if len(words) == 2 and name == written and guess_kind(name) == "person":
            # "Ahmad Zahid" for "Ahmad Zahid Hamidi": the one person named in full with both words first, as Malay and
            # Arabic names are shortened (not "Donald Trump" for "Donald Trump Jr.")
            # (one more word, and a rare one: not "Mike Pence Calls" nor "Time Warner Cable" from a title-case line)
            longer = {n for n in self.names_starting_with(words[0]) if n.startswith(f"{name} ") and len(n.split()) == 3
                      and not (is_common_word(last := n.split()[-1]) or is_frequent_word(last) or is_place(last)
                               or _is_org_word(last) or last in _GENERATIONS)}
            if len(longer) == 1:
                return longer.pop()
        if len(words) >= 2 and _is_org_word(words[-1]):
            # "Elections Commission": the "Elections Commission of Maldives" the article names in full
            fuller = {n for n in self.names_with(words[-1]) if n.startswith(name) and _OF_OR_FOR.match(n, len(name))}
            if len(fuller) == 1:
                return fuller.pop()
        return written

    def _headline_full_name(self, surname: str) -> str | None:
        """The one person the headline names in full with this surname, by a given name that is no everyday word
        ("Hillary Clinton Goes After Donald Trump ..."; not "Understated Perez", "Will Sanders")."""
        headline = self.body[:self.headline_end]
        found = {match.group(0) for match in re.finditer(rf"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+{re.escape(surname)}\b", headline)
                 if (given_name_sex(first := match.group(0).split()[0]) or _is_given_name(first))
                 and _zipf(first.lower()) < 5.0}
        return found.pop() if len(found) == 1 else None

    def _principal_of_family(self, candidates: Collection[str]) -> str | None:
        """Of several people who share a surname, the one the surname alone stands for: named first in full, three
        times or more and at least twice as often as any other (news calls the others by their given names), or
        named in the headline and as often as any other."""
        people = {c for c in candidates if self.kind(c) == "person" and len(c.split()) >= 2}
        people = {p for p in people if not any(other.endswith(f" {p}") for other in people)}  # "Rodham Clinton"
        if len(people) < 2 or len(people) != len(candidates):
            return None
        headline = self.body.split("\n", 1)[0] if "\n" in self.body else ""
        counts = {person: sum(1 for _ in word_spans(self.body, person)) for person in people}
        # (a headline's run is no name unless the text names it too, or a given name that is no everyday word opens
        # it in a headline not in title case: "Game over. Will Sanders come down ...", "Understated Perez raises
        # political profile", "Republican Donor Adelson and Trump May be Aligning on Israel")
        titled = is_title_case(headline)
        counts = {person: n for person, n in counts.items() if n > headline.count(person) or not titled and (
            given_name_sex(first_word := person.split()[0]) or _is_given_name(first_word)) and _zipf(first_word.lower()) < 5.0}
        if len(counts) < 2:
            return next(iter(counts), None)  # the one person the text names so ("Republican Donor Adelson ...")
        first = min(counts, key=lambda person: self.body.find(person))
        others = max(n for person, n in counts.items() if person != first)
        if headline and first in headline and counts[first] >= others and counts[first] > headline.count(first):
            return first  # "How Newtown gave Chris Murphy a cause": the headline's, though Marie Murphy is named too
        # (not "Sean Smith", named twice as a victim, for "Smith said", his mother Patricia Smith named once)
        return first if counts[first] >= max(3, 2 * others) else None

    def titled(self, title: str) -> str | None:
        """The one person the article names right after this title ("Environment CEC Larry Wambua" for "The
        Environment CEC stated"), on one line (not "Prime Minister Anthony Albanese" glued to the line after)."""
        if title.lower() in _TITLE_QUALIFIERS:
            return None  # "State has told lawmakers": the department, not "Secretary of State Colin Powell"
        # ("the Health Secretary" for "Health and Social Care Secretary Wes Streeting": a portfolio written in full)
        words = [re.escape(word) for word in title.split()]
        written = rf"{words[0]}(?:\s+(?:and|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+{words[1]}" if len(
            words) == 2 else re.escape(title)
        # (not "Deputy Prime Minister Winston Peters" for "the Prime Minister", nor "Vice President Mike Pence")
        found = {head_name(match.group(1).split()) for match in re.finditer(
            rf"\b(?<![Dd]eputy )(?<![Vv]ice )(?<![Vv]ice-)(?<![Ss]hadow ){written}\s+((?:[A-Z][\w'’-]+|[A-Z]\.)"
            rf"(?:[ \t]+(?:[A-Z][\w'’-]+|[A-Z]\.)){{1,3}})", self.body)}
        # (not a headline's verb: "Former Clinton Strategist Says Clinton Is In Trouble")
        found = {name for name in found if len(name.split()) >= 2 and guess_kind(name) == "person"
                 and not re.match(rf"{_HEADLINE_VERBS}\b", name)}
        return next(iter(found)) if len(found) == 1 else None

    def only_body_named(self, word: str) -> str | None:
        """The one organisation the article names with this word ("the museum": the Nelson-Atkins Museum of Art)."""
        names = self.names_with(word.capitalize())
        if not names and word in {"company", "firm"}:  # "the company's website": the one "Duke Energy Corp" named
            names = {name for form in _LEGAL_FORMS for name in self.names_with(form.capitalize())
                     if _bare(name.split()[-1]) in _LEGAL_FORMS and len(name.split()) >= 2}
        return next(iter(names)) if len(names) == 1 else None

    def names_starting_with(self, word: str) -> set[str]:
        """The people's full names in the article whose first word is `word`."""
        return self._people_around(word, lambda words: words[0] == word)

    def bodies_starting_with(self, word: str) -> set[str]:
        """The organisations the article names in full whose first word is `word` ("Delta Air Lines")."""
        return {name for name in self._names_around(word) if len(name.split()) >= 2 and name.split()[0] == word
                and is_source_name(name) and guess_kind(name) == "organization"}

    def body_called(self, phrase: str, role: str) -> str | None:
        """The one organisation the article names with every word of a described body ("the sheriff's office":
        the "Yavapai County Sheriff's Office"); none for a bare "the office"."""
        whose = re.match(r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?P<who>[\w-]+)\s+(?:of|for|at)\s+", phrase, re.IGNORECASE)
        if whose and whose.group("who").lower() in PERSON_ROLES:
            phrase = phrase[whose.end():]  # "The spokesperson of interior ministry": the ministry's words
        words = [word for word in re.findall(r"[a-z]+", phrase.lower()) if word not in {"the", "s", role}]
        if not words:
            return None
        found = {name for name in self.names_with(role.capitalize())
                 if all(re.search(rf"\b{word}\b", name.lower()) for word in words)}
        return found.pop() if len(found) == 1 else None

    def names_with_middle(self, word: str) -> set[str]:
        """The people's full names in the article with `word` between their first and last names."""
        return self._people_around(word, lambda words: len(words) >= 3 and word in words[1:-1])

    def _people_around(self, word: str, placed: Callable[[list[str]], bool]) -> set[str]:
        return {name for name in self._names_around(word) if 2 <= len(words := name.split()) <= 4 and placed(words)
                and _is_personal(words) and is_source_name(name) and guess_kind(name) == "person"}

    def _names_around(self, word: str) -> frozenset[str]:
        """The names written within reach of each mention of `word`, on its line (the headline's left out:
        "..., Says Dausabea", "..., says PM Modi" name no one in full). Read once per word, each distinct
        stretch of text once: a word repeated thousands of times costs what its distinct contexts do."""
        if word in self._around:
            return self._around[word]
        found: set[str] = set()
        read: set[str] = set()
        for at, end in word_spans(self._straight_apostrophes, _one_apostrophe(word)):  # "O'Brien" or "O’Brien"
            if at < self.headline_end:
                continue
            end = _GENERATION_AFTER.match(self.body, end).end()  # "Martin Luther King Jr."
            line_start = self.body.rfind("\n", 0, at) + 1
            start = max(line_start, at - 80)
            line_end = self.body.find("\n", end)
            line_end = line_end if line_end >= 0 else len(self.body)
            stop = min(end + 60, line_end)
            # whole words at both ends: "vin D. Williamson" cut from "Kevin D. Williamson" is no name of its own
            start = self._word_start(start, line_start)
            stop = _WORD_TAIL.match(self.body, stop).end() if stop < line_end else stop
            around = self.body[start:stop]
            if around not in read:
                read.add(around)
                found.update(head_name(run) for run in name_runs(around))
        self._around[word] = frozenset(found)
        return self._around[word]

    def _word_start(self, at: int, line_start: int) -> int:
        """Where the window opening at `at` starts on whole words, and not inside a run of capitalised ones: "Sant
        Singh Chatwal", not "Singh Chatwal" nor "vin D. Williamson"."""
        while at > line_start and not self.body[at - 1].isspace():
            at -= 1
        # (each look reads back a word's length at most, not to the line's start: a paragraph can be one long line)
        while at > line_start and (before := _CAPITALISED_BEFORE.search(self.body, max(line_start, at - 60), at)):
            at = before.start()
        return at

    def written_after_capitalised_word(self, word: str) -> bool:
        """Whether the article writes the word right after a capitalised one ("Jeff Weaver"), as a surname is;
        read once per word."""
        if word not in self._after_capitalised:
            self._after_capitalised[word] = any(_after_capitalised_word(self.body, at)
                                                for at, _ in word_spans(self.body, word, boundary_before=False))
        return self._after_capitalised[word]

    @cached_property
    def _straight_apostrophes(self) -> str:
        return _one_apostrophe(self.body)

    def introduced_near(self, name: str, words: list[str]) -> bool:
        """Whether the article writes these words just before the name ("WHO" in "WHO Director-General
        Tedros Adhanom"): "the WHO chief" is then that person."""
        return any(all(re.search(rf"\b{re.escape(w)}\b", self.body[max(0, m.start() - 80):m.start()]) for w in words)
                   for m in re.finditer(re.escape(name), self.body))

    @cached_property
    def police_force(self) -> str | None:
        """The one police force the article names ("Lexington Police", "Michigan State Police Lt. X"), which a
        bare "police said" refers to, before or after it is named."""
        named = (head_name(re.sub(r"^The\s+", "", match.group(0)).split()) for match in _POLICE_FORCE.finditer(self.body))
        found = {name for name in named  # "The Nigerian Police Force": the force; "In Police custody": none
                 if " " in name and _bare(name.split()[0]) not in _FUNCTION_WORDS | {"state", "city", "local"}}
        longest = max(found, key=len, default=None)
        return longest if longest and all(longest.startswith(name) for name in found) else None

    def spoke_for(self, name: str) -> str | None:
        """The organisation the article makes a person speak for ("Invista spokeswoman Jodie Stutzman"), which a
        later "the company" refers to."""
        if name not in self._spoke_for:
            # (most articles never write "spokesman" right before the name: no pattern for it then)
            match = re.search(rf"\b((?:[A-Z][\w&.'’-]*\s+){{1,4}}?)(?:spokesman|spokeswoman|spokesperson)\s+"
                              rf"{re.escape(name)}", self.body) if any(
                (space := _space_before(self.body, at)) < at and self.body.endswith(_SPOKES_WORDS, 0, space)
                for at, _ in word_spans(self.body, name, boundary_before=False, boundary_after=False)) else None
            if not match and " " in name and any(_OFFICER_BEFORE.search(self.body, max(0, at - 20), at)
                                                 for at, _ in word_spans(self.body, name)):
                # "Nvidia's chief financial officer, Colette Kress": the company's officer
                match = re.search(rf"\b((?:[A-Z][\w&.'’-]*[ \t]+){{0,3}}[A-Z][\w&.-]*)['’]s?\s+(?:[a-z-]+\s+){{0,3}}?"
                                  rf"(?:officer|executive|president|chairman|chairwoman|founder|CEO|CFO),?\s+{re.escape(name)}\b",
                                  self.body)
            body = re.sub(r"^The\s+", "", match.group(1).strip()) if match else ""
            # (not "super PAC spokeswoman Kellyanne Conway": a kind of body, no name)
            self._spoke_for[name] = body if body and is_source_name(body) and guess_kind(body) != "person" and not (
                re.fullmatch(_KIND_ACRONYM, body)) else None
        return self._spoke_for[name]

    @cached_property
    def people(self) -> set[str]:
        """The full names of people the article writes (two to four words), line by line: a headline or a
        paragraph ending in a capitalised word is no part of the name opening the next ("Race" and "Bernie
        Sanders", not "Race Bernie Sanders")."""
        names = {head_name(run) for line in self.body.splitlines() for run in name_runs(line)}
        return {name for name in names if _reads_as_person(name)}

    def headline_person(self, text: str) -> str | None:
        """The person a title-case headline opens with, as the article writes them elsewhere ("Ben Carson" of
        "Billionaire Ben Carson Slams Hillary"), where the words alone cannot tell where the name ends."""
        if not is_title_case(text):
            return None
        opening = " ".join(text.split()[:4])
        found = [(opening.find(name), name) for name in self.people
                 if name in opening and self.body.count(name) > text.count(name)]
        if found:
            return min(found)[1]
        # "Tom Nides Thanked Clinton For ...": the name before the headline's verb in the past tense
        words = text.split()
        verb = next((i for i, word in enumerate(words[:5]) if _past_tense(word)), None)
        name = " ".join(words[:verb]) if verb and 2 <= verb <= 3 else ""  # (not "Trump Just Responded")
        return name if name and _reads_as_person(name) and not any(_bare(w) in _FUNCTION_WORDS for w in name.split()) else None

    def misspelt_surname(self, word: str) -> str | None:
        """The one person whose surname is this word with one letter more, fewer or changed: a typing slip, where
        the article names nobody with the word itself."""
        found = {name for name in self.people if (surname := name.split()[-1])[:1] == word[:1]
                 and Levenshtein.distance(surname, word) == 1
                 and surname.rstrip("s") != word.rstrip("s")}  # not "Reuters" for a "Paul Reuter"
        return next(iter(found)) if len(found) == 1 else None

    def described_spokesperson(self, role: str, phrase: str) -> str | None:
        """The one spokesperson the article names with a description sharing a word of `phrase` ("an airport
        spokeswoman": "Sara Norris, spokeswoman St. John's International Airport"), before or after."""
        words = {w.lower() for w in re.findall(r"\w+", phrase) if len(w) > 3} - SPOKES
        return self._one_described({role}, words, read_on=True)

    def spokesperson_of(self, body: str) -> str | None:
        """The one person the article introduces as this body's spokesperson ("Senate spokesman Senator Ajibola
        Basiru", "Ajibola Basiru, a spokesman of the senate"), whom a later "Senate spokesman denies" means."""
        return self._one_described(SPOKES, {w.lower() for w in body.split() if len(w) > 3})

    def _one_described(self, roles: Collection[str], words: set[str], *, read_on: bool = False) -> str | None:
        """The one person introduced with one of these roles whose description shares a word with `words` (with
        read_on, also the words written right after the introduction, as far as the paragraph goes)."""
        found = {name for position, role, name, desc in self.roles if role in roles and (desc | ({
            w.lower() for w in re.findall(r"\w+", self.body[position:position + 150].split("\n\n")[0])}
            if read_on else set())) & words}
        return next(iter(found)) if len(found) == 1 else None

    def described_as_organisation(self, name: str) -> bool:
        """Whether the article introduces a name as an organisation ("data firm Refinitiv", "Motorola, the
        company") or writes "it" for it ("Campbell Soup said it earned $184 million"): no "he" refers to it.
        Read at each place the name occurs, with patterns compiled once, and once an article."""
        if name not in self._described_as_organisation:
            self._described_as_organisation[name] = self._introduced_as_organisation(name) or any(
                _IT_AFTER.match(self.body, end) for _, end in word_spans(self.body, name))
        return self._described_as_organisation[name]

    def _introduced_as_organisation(self, name: str) -> bool:
        """described_as_organisation by a role of a body before or after the name, or "which" after one word."""
        return any(_ROLE_BEFORE.search(self.body, max(0, start - 40), start) or _ROLE_AFTER.match(self.body, end)
                   or " " not in name and _WHICH_AFTER.match(self.body, end) and not is_place(name)  # "Netflix, which has"
                   or _STAFF_AFTER.match(self.body, end) and not _is_given_name(name.split()[0])  # "a Prasar Bharati official"
                   for start, end in word_spans(self.body, name))

    def kind(self, name: str) -> str:
        """guess_kind, corrected by what the article says of the name: "Campbell Soup said it ..." is a company."""
        if name not in self._kinds:
            kind = guess_kind(name)
            if kind == "person" and self.described_as_organisation(name) and not (
                    first_name_gender(name.split()[0]) and self._pronouns_after(name.split()[-1])) and (
                    name.split()[0].rstrip(".") not in _HONORIFICS_WRITTEN) and not (  # "Mr. Sloan added that it was"
                    given_name_sex(name.split()[0]) and not self._introduced_as_organisation(name)):
                # (not "Bill Maher said it was wrong to ...", whom the article calls "he"; nor "Bill Clinton said it’s
                # not that ...": a given name, and no "it" alone makes a body of it)
                kind = "organization"
            elif kind == "other" and " " not in name and not (is_common_word(name) or _is_org_word(name)) and any(
                    _PERSON_TITLE_BEFORE.search(self.body, max(0, start - 20), start)
                    for start, _ in word_spans(self.body, name)):
                kind = "person"  # "President Mnangagwa", "Minister Lavrov": a surname the article gives a title
            elif kind == "other" and " " not in name and (sex := given_name_sex(name)) and not (
                    is_place(name) or is_common_word(name)) and (self._pronouns_after(name) or any(
                    (pronoun := PRONOUN_SOON.match(self.body, end)) and pronoun.group("pronoun") in {"he", "she"}
                    and PRONOUN_GENDER[pronoun.group("pronoun")] == sex  # (not "Forbes said her net worth")
                    for _, end in word_spans(self.body, name))):
                kind = "person"  # "Third-floor resident Alice told the BBC she had seen": a person by her given name
            elif kind == "other" and " " not in name and not is_place(name) and len(family := self.names_with(name)) >= 2 and all(
                    self.kind(full) == "person" for full in family):
                kind = "person"  # "Paradis said", where the article names Sandra Paradis and Sandy Paradis
            elif kind == "organization" and _paper_surname(words := name.split()) and self._pronouns_after(words[1]):
                kind = "person"  # "Mayor Don Guardian ... Guardian said he": a surname that is a newspaper's word
            elif kind == "other" and not (is_place(name) or _bare(name) in _PARTY_LABELS):  # nor a party's members
                # "Apple said it would appeal", "data firm Refinitiv" (not "China said it"); "Ebeling said she knocked
                # on 40 doors": a surname the article writes "she" for (not "ProPublica ... said she", a brand)
                organisation = self.described_as_organisation(name)
                personal = " " not in name and any(_HE_AFTER.match(self.body, end) for _, end in word_spans(self.body, name))
                if organisation and not (personal or self._pronouns_after(name)):
                    kind = "organization"
                elif personal and not organisation:
                    kind = "person"
            self._kinds[name] = kind
        return self._kinds[name]

    def used_as_name(self, word: str) -> bool:
        """Whether this article writes a frequent word as a name: capitalised inside sentences and never in
        lower case ("China", "Google" pass; "Police", "Sound" at the start of a sentence do not)."""
        if word not in self._used_as_name:  # (each search reads the whole body: once a word)
            self._used_as_name[word] = self._reads_as_name(word)
        return self._used_as_name[word]

    def written_as_word(self, word: str) -> bool:
        """Whether this article writes a capitalised word in lower case and never capitalised inside a sentence:
        "Newspaper Says Clinton Needs ..." over "a Baton Rouge newspaper called on ...": a word, not a name."""
        return not re.search(rf"(?<=[a-z0-9,;:] ){re.escape(word)}\b", self.body) and bool(
            re.search(rf"\b{re.escape(word.lower())}\b", self.body))

    def _reads_as_name(self, word: str) -> bool:
        if " " in word:  # "Air India": frequent words, written as a name inside a sentence ("an Air India flight")
            words = word.split()
            if _bare(words[-1]) in _WEEKDAYS:
                return False  # "on Super Tuesday": a day, however capitalised
            return len(words) <= 4 and all(w[:1].isupper() for w in words) and bool(
                re.search(rf"(?<=[a-z0-9,;:] ){re.escape(word)}\b", self.body)) and word.lower() not in self.body
        if not word[:1].isupper():
            return False
        bare = _bare(word)
        if bare in _FUNCTION_WORDS | GENERIC_GROUPS | DEMONYMS | TITLE_WORDS | _WEEKDAYS | _MONTHS or (
                bare.endswith("s") and bare[:-1] in DEMONYMS and bare not in _PARTY_LABELS):
            return False  # (also "Mexicans often say": a people, always capitalised)
        if is_state_written_short(word):
            return False  # "Green Bay, Wis., citing the attack": always capitalised, a state, never a speaker
        inside = re.search(rf"(?<=[a-z0-9,;:] ){re.escape(word)}\b", self.body)
        return bool(inside) and not re.search(rf"\b{re.escape(bare)}\b", self.body)

    def role(self, role: str, *, phrase: str = "", before: int | None = None) -> str | None:
        """Who "the <role>" is: the person introduced with that role whose description shares most words
        with the phrase ("the head of security programs at ..."), the latest before the mention on a tie."""
        role = role.lower()
        words = {w.lower() for w in re.findall(r"\w+", phrase) if len(w) > 3} | {
            expanded for w in re.findall(r"\w+", phrase) for expanded in _ROLE_EXPANSIONS.get(w.lower(), ())}
        # "The Indian skipper" is not the "Sri Lanka skipper" the article introduces further on
        qualifiers = {w.lower() for w in re.findall(r"[A-Z][\w'’-]+", phrase)} - {"the", role}
        # on a tie, one introduced before the mention ("The minister said" is not the "Prime Minister Nawaz Sharif"
        # named further on), then the plainer introduction: "the President" is "President X", not "former Senate
        # President Y"
        candidates = [(len(desc & words), position <= (before if before is not None else position), -len(desc - words),
                       position, name)
                      for position, known_role, name, desc in self.roles if known_role == role
                      if (before is None or position <= before or not qualifiers or desc & qualifiers)
                      and not desc & _ANOTHER_OFFICE - words]  # "the chancellor" is not "the shadow chancellor"
        if not candidates:
            return None
        return max(candidates)[-1]

    def deputy_only(self, name: str, role: str, phrase: str) -> bool:
        """Whether the article introduces this person with the role only as another office the phrase does not
        name: "Deputy Prime Minister Winston Peters" is not "the prime minister", "Vice President Mike Pence" not
        "the president"."""
        words = {w.lower() for w in re.findall(r"\w+", phrase)}
        held = [desc for _, known_role, holder, desc in self.roles if holder == name and known_role == role.lower()]
        return bool(held) and all(desc & _ANOTHER_OFFICE - words for desc in held)

    def one_word_title(self, phrase: str) -> str | None:
        """"The Oklahoman", "The Australian": a title, when the article writes its capital "The" inside a sentence
        ("according to The Oklahoman"), where "the Scot" would be written in lower case."""
        words = phrase.split()
        if len(words) != 2 or words[0] != "The" or not words[1][:1].isupper():
            return None  # (not "The minister said" opening a paragraph after a headline ending in a lower-case letter)
        return phrase if re.search(rf"[a-z,][ \t]+The\s+{re.escape(words[1])}\b", self.body) else None

    def newspaper(self, name: str) -> bool:
        """Named as a newspaper is ("The Wall Street Journal"), or called one ("the newspaper Granma")."""
        return is_newspaper(name) or name in self._called_newspapers

    @cached_property
    def _called_newspapers(self) -> frozenset[str]:
        """The names the article calls newspapers ("the newspaper Granma", "the Granma newspaper"), read once."""
        return frozenset(match.group("name") or match.group("before") for match in _CALLED_NEWSPAPER.finditer(self.body))

    @cached_property
    def _newspapers(self) -> tuple[list[int], list[str]]:
        """Where the article names a newspaper, in order: each place, and the name written there."""
        names = {head_name(run).rpartition("The ")[2] for run in name_runs(self.body)}  # "Enter The Washington Post."
        found = sorted((at, name) for name in names if name and self.newspaper(name) and is_source_name(name)
                       for at, _ in word_spans(self.body, name))
        return [at for at, _ in found], [name for _, name in found]

    def last_newspaper(self, *, before: int) -> str | None:
        """"the conservative-leaning newspaper wrote": the last newspaper named before it ("In a scathing opinion
        piece, The Wall Street Journal called on ...")."""
        positions, names = self._newspapers
        index = bisect_left(positions, before) - 1
        return self.resolve(names[index]) if index >= 0 else None  # "the Post" after "The Washington Post"

    def administration_head(self, *, before: int) -> str | None:
        """"The administration said": the person whose administration the article last named ("the Obama
        administration"), as "the Obama administration said" is his; none when the last one named is a body
        ("the Federal Aviation Administration")."""
        named = [match for match in _ADMINISTRATION_OF.finditer(self.body, 0, before)
                 if not is_common_word(match.group("head")) or match.group("connector")]  # not "The administration"
        if not named or named[-1].group("connector"):
            return None
        head = self.resolve(named[-1].group("head"))
        return head if self.kind(head) == "person" else None

    def office_holder(self, office: str, *, before: int) -> str | None:
        """The person introduced before `before` with the office's title and every other word of it ("Opec
        Conference President Rilwanu Lukman" for "Opec President"; not the "Foreign Minister" for "Interior
        Minister")."""
        *qualifiers, title = office.lower().split()
        holders = {name for position, role, name, description in self.roles
                   if role == title and position <= before and qualifiers and set(qualifiers) <= description
                   and not description & _ANOTHER_OFFICE - set(qualifiers)}  # not the "Deputy Prime Minister"
        return holders.pop() if len(holders) == 1 else None

    def gender(self, name: str) -> str | None:
        """"m" or "f" when the name tells: an honorific ("Mrs. Clinton", or "Mr. Trump" written elsewhere in
        the article for the one person of that surname) or a first name nine in ten of whose bearers are one
        sex ("Hillary Clinton"); None for "Chris Christie", "Recep Tayyip Erdogan" or an organisation."""
        if name not in self._genders:
            self._genders[name] = self._gender(name)
        return self._genders[name]

    def can_be(self, name: str, pronoun: str) -> bool:
        """Whether "he" or "she" can mean this person: their sex is the pronoun's, or nothing tells it."""
        wanted = PRONOUN_GENDER.get(pronoun.lower())
        if wanted is not None and _bare(name.split()[-1]) in _PLURAL_GROUPS:
            return False  # "Young Latinos", "Senate Democrats": many people, never "he"
        return wanted is None or self.gender(name) in (None, wanted)

    def _gender(self, name: str) -> str | None:
        words = [w for w in name.split() if _bare(w) not in TITLE_WORDS or w.lower().rstrip(".") in HONORIFIC_GENDER]
        if not words or self.kind(name) == "organization":  # not the "Clinton Foundation"
            return None
        if honorific := HONORIFIC_GENDER.get(words[0].lower().rstrip(".")):
            return honorific
        if len(words) > 1 and (first := given_name_sex(words[0])):
            return first
        if len(words) > 1 and (role := self._role_sex(" ".join(words))):
            return role  # "Foreign Ministry spokeswoman Hua Chunying": a given name no list knows
        if len(self.names_with(words[-1])) > 1:
            return None  # "Fiorina": Carly or Frank
        written = {HONORIFIC_GENDER[h.lower()] for h in self._honorifics_before(words[-1])
                   if h.lower() in HONORIFIC_GENDER}
        return written.pop() if len(written) == 1 else self._pronouns_after(words[-1])

    def _role_sex(self, name: str) -> str | None:
        """The sex a role written just before the full name gives ("spokeswoman Hua Chunying", "his brother Neil
        Bush"), when every such role the article writes there agrees."""
        found = {_GENDERED_ROLES[role.group(1).lower()] for at, _ in word_spans(self.body, name)
                 if (role := _GENDERED_ROLE_BEFORE.search(self.body, max(0, at - 20), at))}
        return found.pop() if len(found) == 1 else None

    def _honorifics_before(self, surname: str) -> list[str]:
        """The honorifics the article writes before a surname: "Mrs" of "Mrs. Clinton", "Dr" of "Dr Carson"."""
        # re.findall(rf"\b(Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\.?\s+{re.escape(surname)}\b", self.body), read backwards
        # from each mention rather than compiled for each surname
        found = []
        for at, _ in word_spans(self.body, surname, boundary_before=False):
            space = _space_before(self.body, at)
            if space == at:
                continue
            end = space - (self.body[space - 1:space] == ".")
            start = end
            while start > 0 and _is_word_char(self.body[start - 1]):
                start -= 1
            if self.body[start:end] in _HONORIFICS_WRITTEN:
                found.append(self.body[start:end])
        return found

    def _sentences_opening_with(self, surname: str) -> Iterator[str]:
        """The sentences with the name among their first four words, from their start to their end (what
        re.findall(rf"(?:^|(?<=[.!?]\\s))(?:\\S+\\s+){{0,3}}{surname}\\b[^.!?\\n]*", body, re.M) finds, without
        compiling a pattern for each name)."""
        opened = -1
        for start, end in word_spans(self.body, surname, boundary_before=False):
            lead = max(self.body.rfind("\n", 0, start) + 1, max(
                (m.end() for m in _SENTENCE_END.finditer(self.body, max(0, start - 120), start)), default=0))
            if lead > opened and _SENTENCE_LEAD.fullmatch(self.body, lead, start):
                opened = lead
                yield self.body[lead:_SENTENCE_STOP.search(self.body, end).start()]

    def _pronouns_after(self, surname: str) -> str | None:
        """The sex the article's own pronouns give a person: in the sentences that open with their name (quotes
        left out), "he" and "his" at least twice and "she" or "her" never, or the other way round."""
        counts = {"m": 0, "f": 0}
        for sentence in self._sentences_opening_with(surname):
            for pronoun in re.findall(r"\b(?:he|his|him|she|her|hers)\b", re.sub(r"[“\"][^”\"]*[”\"]", "", sentence),
                                      re.IGNORECASE):
                counts[PRONOUN_GENDER[pronoun.lower()]] += 1
        found = next((sex for sex, other in (("m", "f"), ("f", "m")) if counts[sex] >= 2 and not counts[other]), None)
        if found:
            return found
        # "Sanders said he ...", "Sanders told reporters she ...": the pronoun right after the speech verb is
        # the subject's, whatever else the sentence says of others
        told = {PRONOUN_GENDER[m.group(1).lower()] for _, end in word_spans(self.body, surname)
                if (m := _TOLD_PRONOUN.match(self.body, end))}
        return told.pop() if len(told) == 1 else None

    def aliases_of(self, name: str) -> list[str]:
        """Acronyms the article introduced for `name` ("TSMC" for "Taiwan Semiconductor Manufacturing Company")."""
        return [acronym for acronym, full in self.acronyms.items() if full == name]


# ---------------------------------------------------------------- masking quotes

_SHORT_QUOTE = re.compile(r"[\"“«]([^\"“”«».!?,]{1,40})[\"”»]")


def mask_quotes(text: str, *, open_at_start: bool) -> tuple[str, bool]:
    """The sentence with quoted words replaced by "…", and whether a quote is still open at its end.
    A quoted name or term of a few words ("Alex", "cannon fodder") stays."""
    if not open_at_start and not any(char in _QUOTE_CHARS for char in text):
        return text, False
    out: list[str] = []
    keep = {m.start(1) + i for m in _SHORT_QUOTE.finditer(text) if len(m.group(1).split()) <= 3
            for i in range(len(m.group(1)))} if not open_at_start else set()
    inside = open_at_start
    nested = 0  # straight quotes opened inside a straight quote ('"... the Sh96 million "confidential budget" had ...')
    last_close = text.rfind("”")
    for position, char in enumerate(text):
        if position in keep:
            out.append(char)
        elif char == '"':
            # A straight mark opens before a word and closes after one; a mark that opens while a quote is
            # open goes on with it (a quote's next paragraph reopens it: 'pass it. "We dug in ...'), unless it
            # opens in the middle of the quote's sentence: a quote inside the quote, which its closing mark ends
            before = text[position - 1] if position else " "
            after = text[position + 1] if position + 1 < len(text) else " "
            if (before.isspace() or before in "([—–-") and not after.isspace():
                if inside and text[:position].rstrip()[-1:] not in ("", ".", "!", "?", ":", '"', "…"):
                    nested += 1
                inside = True
            elif (after.isspace() or after in ".,;:!?)]—–") and not before.isspace():
                inside, nested = (True, nested - 1) if nested else (False, 0)
            else:
                inside = not inside
            out.append(char)
        elif char in "“«„":
            # an opening mark typed to close a quote ('unusual,“ said Noble') is read as the closing one
            before = text[position - 1] if position else " "
            after = text[position + 1] if position + 1 < len(text) else " "
            closes = inside and char == "“" and before in ",.!?" and after.isspace()
            inside = not closes
            out.append("”" if closes else char)
        elif char in "”»":
            # a closing mark typed to open a quote ('”Sorry Sarah, ...!!” posted X') opens it
            before = text[position - 1] if position else " "
            opens = not inside and char == "”" and (before.isspace() or before in "([—–-" or unicodedata.category(
                before) == "Cf") and position + 1 < len(text) and not text[position + 1].isspace() and (
                position < last_close or not text[:position].strip(DIRECTION_MARKS + " "))
            inside = opens
            out.append("“" if opens else char)
        elif inside:
            if not out or out[-1] != "…":
                out.append("…")
        else:
            out.append(char)
    return "".join(out), inside


# ---------------------------------------------------------------- speaker phrases

# "Ministry of Agriculture, Irrigation and Water Development": a body's name whose commas list its fields
BODY_WITH_COMMAS = re.compile(r"\b(?:(?!The\s)[A-Z][\w'’-]*\s+){0,2}?(?:Ministry|Department|Minister|Secretary|Office|Commission|Committee|Bureau|Academy|Academies"
                              r"|Institute|Institutes|Council|School|College|Society|Association|Federation|Union)\s+(?:of|for)\s+"
                              r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)+,?\s+(?:and|&)\s+"
                              r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")


def _split_commas(text: str) -> list[str]:
    kept = {i for match in BODY_WITH_COMMAS.finditer(text) for i in range(match.start(), match.end())} if "," in text else ()
    chunks, depth, current = [], 0, []
    for position, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        if char == "," and depth == 0 and position not in kept:
            chunks.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    chunks.append("".join(current).strip())
    return [c for c in chunks if c]


def _is_appositive(chunk: str, previous: str | None) -> bool:
    words = chunk.split()
    first = words[0]
    if chunk.lower() in _PRONOUNS:
        return False  # "Following his 6-4, 2-6, 7-6 victory on Sunday, he said": the subject, last
    if first.lower() in {"a", "an", "the", "another", "who", "which", "whose"} and (
        len(words) > 1 and (words[1][:1].islower() or _bare(words[1]) in TITLE_WORDS)
    ):
        return True
    if first.lower() in {"who", "which", "whose", "both", "also", "on", "in", "at", "during", "after", "before",
                         "since", "last", "this", "earlier", "later"} or first[:1].isdigit():
        return True  # a relative clause or a time: "The Church, on October 18, 2008"
    if first[:1].islower():
        return True
    if previous and len(words) > 1 and words[1][:1].islower() and re.fullmatch(r"[A-Z][\w.'’-]*['’]s?", first) and (
            previous.split()[-1][:1].isupper() and name_runs(previous)):
        return True  # "GOP strategist Charlie Black, Manafort's former business partner": whose partner he is
    # "Kenneth L. Wainstein, Assistant Attorney General for National Security": a title after a name;
    # but "Commissioner Kevin McAleenan" is a name with its title in front.
    return bool(previous and _bare(first) in TITLE_WORDS and name_runs(previous) and not _title_then_name(words))


def _is_person_name(chunk: str) -> bool:
    """A chunk that is a person's name, titles in front allowed ("Commissioner Kevin McAleenan")."""
    words = [w for w in chunk.split() if w.lower() != "the"]
    while len(words) > 2 and _bare(words[-1]) in _POST_NOMINALS:
        words = words[:-1]  # "Jonathan Ashworth MP"
    while words and _bare(words[0]) in TITLE_WORDS | DEMONYMS:
        words = words[1:]
    return (2 <= len(words) <= 5 and all(_NAME_TOKEN.match(w) or w.lower() in _CONNECTORS for w in words)
            and _is_personal(words) and not any(w.lower() in {"of", "for", "on"} for w in words)  # not "on Facebook"
            # (not "IPI Nigeria": a body's acronym before a country; "JOEL BENENSON" is written all in capitals)
            and not (re.fullmatch(r"(?![IVXL]+$)[A-Z]{3,}", words[0]) and not all(w.isupper() for w in words))
            # "Police Public Relations Officer" is an office; "Peter T. King" a person
            and (_bare(words[-1]) not in TITLE_WORDS or _bare(words[-1]) in _SURNAME_TITLES and _is_given_name(words[0]))
            and is_source_name(" ".join(words)))


# A law or a pact, named like a person ("the Johnson Amendment", "the Freedom of Information Act")
_LAWS = frozenset("act bill amendment law treaty accord accords agreement doctrine plan rule".split())


@lru_cache(maxsize=16384)
def _reads_as_person(name: str) -> bool:
    """A person's name of two to four words ("Kevin Swanson"), as NameRegistry.people keeps them."""
    words = name.split()
    # not "Clinton Chief" ("Clinton Chief of Staff Cheryl Mills" cut at "of"), "Asserting Clinton" (a headline's
    # verb), "New Hampshire", "Freedom of Information Act", "Johnson Amendment"
    return 2 <= len(words) <= 4 and _is_personal(words) and is_source_name(name) and guess_kind(name) == "person" and (
        _bare(words[-1]) not in TITLE_WORDS | _LAWS and not _gerund(words[0]) and not _past_tense(words[0])
        and not is_place(name))


def _past_tense(word: str) -> bool:
    """"Thanked", "Praised": a title-case headline's verb before a name ("Tom Nides Thanked Clinton For ..."), not a
    name in -ed ("Reed", "Alfred", "Mildred")."""
    lowered = word.lower()
    return len(lowered) >= 6 and lowered.endswith("ed") and not first_name_gender(word) and max(
        _zipf(lowered[:-2]), _zipf(lowered[:-1])) >= 3.5



def _is_place_after_place(chunk: str, previous: str) -> bool:
    """"the city of Elkhart, Indiana", "the Metropolitan Transit Authority of Harris County, Texas", "Mr X, 32,
    from Wembley, London": a state, country or city after a place named with "of", "in" or "from"."""
    return (bool(re.search(r"\b(?:of|in|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?$", previous))  # "of Harris County"
            and 1 <= len(chunk.split()) <= 2
            and all(_NAME_TOKEN.match(w) and not _is_org_word(w) for w in chunk.split()))


def _is_affiliation(chunk: str, previous: str) -> bool:
    """"Councillor Mark Norris, Rhondda Cynon Taf Council": the organisation after a person is theirs."""
    words = chunk.split()
    if not _is_org_word(words[-1]):
        return False
    runs = name_runs(previous)
    return bool(runs) and len(head_name(runs[-1]).split()) >= 2 and _is_personal(runs[-1])


# What a government portfolio is named with: "Emergency Management and Recovery Minister", "Health and Social
# Care Secretary", "Foreign Affairs and Trade Minister".
_PORTFOLIO_WORDS = frozenset("""
affairs agriculture aged arts biosecurity business care change childhood children citizenship civil climate
commerce communications community conservation consumer corrections culture customs defence defense
development digital disability early economic economy education emergency employment energy enterprise
environment equality europe families finance fisheries food foreign forestry government health heritage
higher home hospitals housing immigration industry information infrastructure innovation interior internal
justice labour labor land local management media mental natural planning police public recovery regional
relations research resources revenue rural safety science security seniors services skills small social
sport statistics tertiary tourism trade training transport treasury urban veterans water wellbeing women
production industries
workplace works youth political legislative strategic military international broadcasting aviation
railways petroleum maritime narcotics privatisation privatization parliamentary overseas religious power
""".split())


def _surname_then_person(parts: list[str]) -> bool:
    """"Ihrman and police spokesman Lars Bystrom": a surname the article gave before, then a second person."""
    first = parts[0].split()
    return (len(first) == 1 and bool(_NAME_TOKEN.match(first[0])) and not is_common_word(first[0])
            and any(len(head_name(run).split()) >= 2 and _is_personal(run) for run in name_runs(parts[1])))


def _is_portfolio(text: str) -> bool:
    words = [w for w in text.split() if w.lower() not in _CONNECTORS | {"and", "&"}]
    return bool(words) and all(_bare(w) in _PORTFOLIO_WORDS for w in words)


def _title_then_name(words: list[str]) -> bool:
    index = 0
    while index < len(words) and _bare(words[index]) in TITLE_WORDS:
        index += 1
    return index < len(words) and bool(_NAME_TOKEN.match(words[index])) and _bare(words[index]) not in _FUNCTION_WORDS


# "A week before the vote, X said", "Just hours into the hearing, ...", "Late last year, ...", "Early Monday, ...": when
_WHEN_OPENS = re.compile(r"(?i:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|few|several|many|just|only"
                         r"|barely|less\s+than|more\s+than|about|nearly|some)\s+)*(?:seconds?|minutes?|hours?|days?"
                         r"|weeks?|months?|years?|decades?|moments?|nights?)\s+(?:before|after|ahead\s+of|into|since"
                         r"|prior\s+to|following)\s)"
                         r"|(?i:late|early)\s+(?:(?i:last|this|next|that|on|in|morning|afternoon|evening|night)\b"
                         rf"|{_WEEKDAY}|January|February|March|April|May|June|July"
                         r"|August|September|October|November|December)"
                         # "Immediately after the attacks", "Shortly before the vote", "Soon after": when
                         r"|(?i:immediately|shortly|soon|just|right|long|moments?)\s+(?:after|before|following|ahead)\b")


# "Pyongyang's only ally", "New Jersey’s sitting governor": a noun of someone else's, set beside a name
_OTHERS_NOUN = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s?\s+(?-i:[a-z])")


# what "earlier" or "later" follows when it opens a sentence as a time: "Moments earlier", "Minutes later"
_TIME_SPANS = frozenset("moments minutes hours days weeks months years seconds shortly soon much long decades".split())


def _is_leading_clause(chunk: str) -> bool:
    words = chunk.split()
    first = words[0].lower().strip(",")
    if _WHEN_OPENS.match(chunk):
        return True
    # "Crediting the bowlers for the win, ..." (a rare participle, then lower case); not "Channing Tatum, ..."
    if first in _WEEKDAYS and len(words) > 1 and words[1].lower() in {"in", "at", "on", "during", "after", "before"}:
        return True  # "Tuesday in New York City, ..., X said": when and where, not who
    if len(words) <= 3 and words[-1].lower() in {"earlier", "later", "ago", "afterwards", "afterward"} and not (
            len(words) == 2 and _NAME_TOKEN.match(words[0]) and _bare(words[0]) not in _TIME_SPANS):
        return True  # "Moments earlier, in his opening remarks, Trump said": when (not "Shelby later said": who)
    if first in _BEFORE_SUBJECT and 2 <= len(words) <= 5 and all(_NAME_TOKEN.match(w) for w in words[1:]):
        return False  # "Even Rendell, a stalwart Clinton supporter, said": the subject, a word of linking before it
    # but "Undecided Republican voter X", "Retired General X", "retired neurosurgeon Ben Carson": an adjective
    # before a name, not a clause (unlike "Pressed by Dana Cole")
    # ("Ebeling reminisced about her days ..., and said": a name, not a participle)
    return first in _LEADING_CLAUSE or len(first) > 4 and first.endswith(("ing", "ed")) and (
        _zipf(first) >= 3.0 and first.endswith("ing")
        or len(words) > 1 and words[1][:1].islower() and not _described_name_at_end(words)
        and not (first.endswith("ing") and words[0][:1].isupper() and not _gerund(first)))


def _described_name_at_end(words: list[str]) -> bool:
    """"retired neurosurgeon Ben Carson": a short phrase ending in a name after a noun, not after "by"."""
    name_starts = len(words) - next((i for i, w in enumerate(reversed(words)) if not _NAME_TOKEN.match(w)), len(words))
    return len(words) <= 6 and 0 < name_starts <= len(words) - 2 and _bare(words[name_starts - 1]) not in _FUNCTION_WORDS


# A time between a conjunction and the subject after it: "but late Saturday he announced", "and then she said"
_TIME_AFTER_CONJUNCTION = r"(?:late|early|later|then|on|last|this)(?:\s+(?!(?:he|she|they)\b)\w+)?"
_ASIDE_BEFORE_VERB = re.compile(r",\s*(?:(?:(?-i:[a-z]+ly)|also|then|later|too|again)\s+)?$")  # "X, ..., initially said"
_ASIDE = re.compile(r"(?!(?:and|or)\s)(?-i:[a-z])|[A-Z][\w.'’-]*['’]s\s+(?-i:[a-z])|\d")  # "a union", "Santilli's attorney", "49"
_CONJUNCTIONS = ("and", "but", "yet", "so")
# "Even Rendell", "Then DuPont", "Maybe Trump", "Plus Democrats", "Both Mr. King and Mr. Schultz": an adverb
# opening the sentence, no part of the name after it (not "Indeed", "Yes", "Just": the names of firms)
_FOCUSING = ("even", "still", "also", "now", "then", "maybe", "perhaps", "plus", "both", "instead", "meanwhile",
             "besides", "certainly", "surely", "clearly", "obviously", "apparently", "possibly", "probably",
             "naturally", "finally", "eventually", "ultimately", "initially")
_BEFORE_SUBJECT = frozenset(_CONJUNCTIONS + _FOCUSING)
# "Top Democrats", "Leading Republicans": a party's members so described, not the name of a person
_QUALIFIED_PARTY = re.compile(r"(?:the\s+)?(?i:top|senior|leading|prominent|fellow|key|influential|powerful|moderate"
                              r"|young|younger|veteran|establishment|vulnerable|nervous|worried|frustrated|angry|skeptical"
                              r"|wary|progressive|centrist|mainstream|elected)\s+(?P<party>Democrats|Republicans|Tories)")
# ("the programme which Mahuta", "individuals that an investigating panel": the relative clause's own subject, whose
# verb is the one after the phrase)
_RELATIVE_SUBJECT = re.compile(r"\s(?:which|that)\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
                               r"|(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)$")
# "In the statement signed by Principal Secretary X, rice production has declined": X states it (and "In a statement
# by the Force Public Relations Officer, X, the police decried ...")
_SIGNED_BY = re.compile(r"^In\s+(?:a|the|its|his|her|their)\s+(?:\w+\s+)?(?:statement|letter|notice|circular|report)\s+"
                        r"(?:(?:signed|issued|released|sent|written)\s+(?:on\s+\w+\s+)?)?by\s+(?P<np>.+?),\s+(?=[a-z])")
_INTERVIEW_GIVEN = re.compile(r"(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+)?interviews?\s+(?:that\s+)?"
                              r"(?P<who>[^,;]+?)\s+(?:gave|granted|has\s+given|had\s+given)\s+(?:to\s+)?(?:the\s+)?[A-Z].*$")
# what a person or a body writes or puts out, in the words it is named by
_DOCUMENTS = (r"(?:statement|report|study|survey|analysis|letter|e-?mail|memo|memorandum|tweet|post|note|message|filing"
              r"|form|op-ed|column|essay|book|speech|website|blog|newsletter|release|announcement|lawsuit|complaint|testimony)")
LETTERS = r"(?:letter|memo|memorandum|e-?mail)"  # what one writes to someone, and "the letter" later refers to
_THE_LETTER = re.compile(rf"(?:(?:excerpts?|parts?|a\s+copy)\s+of\s+)?(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?"
                         rf"{LETTERS}")  # "excerpts of the letter said"


def issued_document(phrase: str) -> bool:
    """Whether a sentence opens with a document and who issued it ("A statement issued in Accra by X said", "The
    letter from X said"): "It said" in the next sentence goes on with the document."""
    return bool(_DOCUMENT_BY.match(phrase))


# "Clinton’s letter to donors said": the writer (not "the Times' reporter": a person of the body, no document)
_OWN_DOCUMENT = re.compile(rf"(?P<who>(?:[Tt]he\s+)?[A-Z][\w.&'’-]*?(?:\s+[A-Z][\w.&'’-]*?){{0,3}})['’]s?\s+"
                           rf"(?:[\w-]+\s+){{0,3}}{_DOCUMENTS}(?:\s+(?:to|for|on|about|in|at)\s+[^,]*)?")
_DOCUMENT_BY = re.compile(rf"^(?:(?:[Tt]he|[Aa]n?)\s+(?:\w+\s+){{0,2}}?{_DOCUMENTS}\s+"
                          # "A statement issued in Accra by Mr Albert Kan-Dapaah, Minister of Energy": the one issuing
                          r"(?:(?:issued|released|signed|sent|published)\s+(?:(?:in|on|at)\s+[\w.'’-]+(?:\s+[A-Z][\w.'’-]*)?\s+)?)?"
                          r"(?:by|from|of)"
                          r"|(?:[Tt]he\s+)?[Rr]eports\s+(?:on|in|by|from)"  # "Reports on Press TV said"
                          # "according to calculations from HM Revenue and Customs": whose the figures are
                          rf"|(?:(?:[Tt]he\s+)?(?:\w+\s+)?)?(?:{_DATA_NOUNS}|calculations|estimates|projections)\s+(?:by|from))"
                          r"\s+(?=[A-Z])")


# A relative clause with a subject of its own just before the speech verb: "..., which she said", "..., which
# Obama has said", "..., who Trump said" (not "X, who said": the antecedent speaks)
_RELATIVE_THEN_SUBJECT = re.compile(r",\s+(?:which|who|whom)\s+(?P<np>he|she|they|(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))"
                                    r"(?:\s+(?:has|have|had))?(?:\s+(?-i:[a-z]+ly))?$")


def _antecedent_of_which(chunks: list[str]) -> str | None:
    """"VF Corporation, the owner of Vans, The North Face, Timberland and Dickies, which said": the body before
    the description, not the last name of the list in it."""
    if len(chunks) < 3 or chunks[-1].lower() not in {"which", "who"}:
        return None
    described = next((i for i in range(len(chunks) - 2) if re.match(r"(?:the|a|an)\s+[a-z]", chunks[i + 1])), None)
    runs = name_runs(chunks[described]) if described is not None else []
    return " ".join(runs[-1]) if runs else None


_LOCAL_BODY = re.compile(r"(?:the\s+)?(?:state|county|city|town|local|provincial|regional|district)\s+"
                         r"(?P<body>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)")
# "The drugmakers said", "the two companies said": the bodies named together before ("X Co and Y Inc said")
JOINT_ROLE = "bodies"
_JOINT_BODIES = re.compile(r"(?:the|both)\s+(?:two\s+|three\s+)?(?:companies|firms|drugmakers|carmakers|automakers"
                           r"|chipmakers|banks|lenders|insurers|airlines|carriers|retailers|partners)", re.IGNORECASE)


# (or what they were asked: "said retired neurosurgeon Ben Carson, asked about his claims that ...")
_DOING = re.compile(r"(?:[a-z]+ing|asked)\s+(?:a|an|the|to|that|his|her|their|its|on|about|in|at|from|for|with|up|out)\b")
_DOING_TO_SOMEONE = re.compile(r"[a-z]{3,}ing\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")


_PERSON_OF_FIRM = re.compile(r"(?:[a-z]+\s+){0,3}(?:(?:[A-Z][a-z]+\s+)?(?P<person>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2})"
                             r"|(?P<surname>[A-Z][\w'’-]*))"
                             # "of the Center for Strategic and International Studies", "of the Bank of Tokyo"
                             r"\s+(?:of|at|from|with)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|&|of|for|the))*")
_THE_CAPITALISED_WORD = re.compile(r"(?i:the)\s+(?P<word>[A-Z][a-z]{2,})")
_PERIODICAL = re.compile(r"(?:the\s+)?(?P<name>(?:The\s+)?(?!(?:The|A|An|This|That|Its|Their|His|Her|Our)\s)[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,2})\s+(?:magazine|newspaper)")


def _surname_alone(word: str) -> bool:
    """"Greenstein", "Williams": one rare capitalised word that is no title, body, place or everyday word."""
    return bool(re.fullmatch(r"[A-Z][a-z'’-]+", word)) and not (
        _bare(word) in TITLE_WORDS | {"duke", "duchess", "earl", "countess", "marquess", "viscount", "baroness", "archbishop",
                                           "cardinal", "patriarch", "emir", "sultan", "sheikh"}
        or _is_org_word(word) or is_place(word) or is_common_word(word)
        or _zipf(word.lower()) >= 4.5)


_IN_PLACE_TAIL = re.compile(r"(?<=[A-Za-z])\s+(?:in|at)\s+(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})$")


# Where people post: the medium, never the speaker ("took to Twitter, writing:", "From Bush's Facebook post:")
_PLATFORMS = r"(?:Twitter|Facebook|Instagram|YouTube|TikTok|Snapchat|LinkedIn|Reddit|Telegram|WhatsApp|Truth\s+Social)"
_TOOK_TO_PLATFORM = re.compile(rf"\s+(?:took|turned|went|takes|turns|goes)\s+to\s+{_PLATFORMS}(?:,?\s+(?:writing|saying|posting))?$")
_USERS_ON_PLATFORM = re.compile(rf"(?i:(?:some|many|others|users|people|commenters|critics|fans|several)(?:\s+\w+)?)\s+"
                                rf"(?:on|across)\s+{_PLATFORMS}")
_PLATFORM_POST = re.compile(rf"^(?:[Ff]rom\s+|[Ii]n\s+)?(?P<owner>.+?)['’]s?\s+{_PLATFORMS}\s+(?:post|page|account|feed|video"
                            r"|message|status|update|live\s?stream)$")


# A share of a group, as polls report what people say: "49 percent of Republicans", "two-thirds of voters",
# "a majority of Democrats", "6 in 10 Latinos", "Most Americans"; or some of its members.
SHARE_OF_GROUP = re.compile(
    r"(?:(?:only|just|a\s+full|fully|nearly|almost|about|around|roughly|over|more\s+than|fewer\s+than|less\s+than"
    r"|at\s+least|some)\s+)*"
    r"(?:(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|(?:a|the)\s+(?:majority|minority|plurality)|half"
    r"|(?:a|one|two|three|four)[-\s](?:thirds?|quarters?|fifths?))\s+of\s"
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:\d+|ten)\s"
    r"|most\s+(?:of\s+)?(?=(?-i:[A-Z])|the\s)"
    # "Some Democrats", "Other Netizens", "Many Senate Republicans": unnamed members of a group
    r"|(?:some|many|several|few|other|various|numerous)\s+(?:of\s+(?:the\s+)?)?"
    r"(?=(?-i:(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][a-z]+s)(?!\S)(?!\s+(?-i:[A-Z]))))",
    re.IGNORECASE)


def _is_own_s_firm(first: str, after: list[str]) -> bool:
    """"Moody's Investors Service Inc", "Lowe's Cos Inc", "McDonald's Corp": a firm's name with "'s" in it, an
    everyday word or a legal form after it and a legal form last (not "Saudi Arabia's Ministry of Energy", nor
    "Buffett's Berkshire Hathaway Inc")."""
    owner = _bare(first)
    return bool(after) and first[:1].isupper() and not first.isupper() and _bare(after[-1]) in _LEGAL_FORMS and (
        _bare(after[0]) in _LEGAL_FORMS or _zipf(_bare(after[0])) >= 4.0) and not is_place(first[:-2]) and (
        not _is_org_word(owner) and owner not in DEMONYMS and _zipf(owner) < 4.5)  # (not "Britain's ...")


# "2seventy bio Inc.", "eBay Inc.": a first word with a digit or a capital inside, then its legal form
_LOWER_CASE_FIRM = re.compile(r"(?P<name>(?=[\w&'’-]*(?:\d|[a-z][A-Z]))[\w&'’-]+(?:\s+[\w&'’-]+){0,3}\s+"
                              rf"{_WRITTEN_LEGAL_FORM})\.?,?")


# "a study published in JAMA", "A new study published today in JAMA Network Open": where it appeared, not whose it is
_PUBLISHED_IN = re.compile(r"(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:study|paper|report|analysis|research|article|review)\s+"
                          r"(?:(?:recently|just|newly|today|yesterday|this\s+week|last\s+week|on\s+\w+day)\s+)?"
                          r"(?:published|appearing|appeared)\s+(?:(?:today|yesterday|on\s+\w+day)\s+)?(?:in|on)\s",
                          re.IGNORECASE)


# "released Tuesday by", "conducted by": who made a document, after it
_DOCUMENT_MADE = r"(?:released|published|issued|conducted|commissioned|compiled|produced)"
_DOCUMENT_AUTHOR = re.compile(rf"^(?:{_DOCUMENT_MADE}\s+(?:[\w,]+\s+){{0,3}}?)?(?:by|from)\s+(?=(?:the\s+)?[A-Z])")
_CONDUCTED_FOR = re.compile(r"\b(?:conducted|carried\s+out|done|compiled|produced)\s+by\s+"
                            r"(?P<by>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)\s+for\s+(?:the\s+)?[A-Z]")
_DESCRIBED_ACRONYM = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*['’]s\s+)?(?:[a-z][\w-]*\s+){1,4}"
                                r"\((?P<acronym>[A-Z][A-Z0-9]{1,8})\)")
_NAME = r"(?P<who>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|ten|der|al|bin))*)"
_NAME_ON_TOPIC = re.compile(rf"{_NAME}\s+on\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
# '"...," said Bolden to the gathered crowd', "said Smith at a news conference", "said Heiserman of the plan": after
# the verb, whom a name spoke to, where or of what (not "Bank of America", "Adviser to the President")
# ("said Kuala Lumpur police chief Tajudin Md Isa to The Star": a name described before it, in lower case)
_NAME_TO_AUDIENCE = re.compile(rf"(?:(?:[A-Z][\w'’.-]*\s+){{0,3}}(?:[a-z][\w'’-]*\s+){{1,3}})?{_NAME}\s+(?:to\s+[^,]+|(?:at|of)\s+(?:a|an|the|his|her|its|their|this|that)\s+"
                               r"(?-i:[a-z])[^,]*)(?:,\s+(?:which|who|where)\s[^,]*)?")  # ("the crowd, which cheered")
_TITLED_CAPITALS = re.compile(r"\b(?:MR|MRS|MS|DR|SIR|LORD|LADY|DAME|JUSTICE|JUDGE)\.?(?:\s+[A-Z][A-Z'’-]+\b\.?){1,3}")


# "Even an anti-Trump PAC", "a pro-Rubio super PAC", "an NGO": an acronym for a kind of body, not a name
_KIND_ACRONYM = r"(?:PACs?|NGOs?)"
_ONE_OF_A_KIND = re.compile(rf"(?:(?i:even|also|then|now)\s+)?(?i:a|an|one|another)\s+(?:[\w'’-]+\s+){{0,3}}?{_KIND_ACRONYM}")

# "his CPS" (chief press secretary), "her PA": someone's officer by the letters of the office, not a body's name
_SOMEONES_OFFICER = re.compile(r"(?<![\w'’])(?i:his|her|their)\s+[A-Z]{2,5}$")


# "He’s", "she'd", "They’re": a pronoun with its verb written short (group 1: the pronoun)
_CONTRACTED_PRONOUN = r"((?i:he|she|they))['’](?:s|re|d|ll|ve)"


# "One organization campaigning for Britain to leave the European Union", "Activists protesting against Shell",
# "Democrats trying to regain control of the Senate": the campaigners, not what they campaign for or against
_CAMPAIGNING = re.compile(r"(?P<np>[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+[a-z][\w-]*){0,3})\s+(?:"
                          r"(?:campaigning|fighting|lobbying|pushing|protesting|agitating|advocating|calling)\s+(?:for|against|to)"
                          r"|(?:trying|hoping|seeking|working|struggling|aiming|scrambling|vying)\s+to)\s[^,]*")
_LISTED_NAME = r"(?:[A-Z][\w.'’&-]*\s+){0,3}[A-Z][\w.'’&-]*"
# "Democratic presidential contenders Hillary Clinton and Bernie Sanders": described names, nothing else
_SUBJECTS_LISTED = re.compile(rf"(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){{0,3}}{_LISTED_NAME}(?:\s+and\s+{_LISTED_NAME})?")
_NAME_LIST = re.compile(rf"(?P<first>{_LISTED_NAME})(?:,\s+{_LISTED_NAME})+,?\s+and\s+(?:other\s.*|{_LISTED_NAME})")


def read_speaker(phrase: str) -> Attribution:
    """The speaker in a noun phrase that is the subject of a speech verb (or follows "according to")."""
    # ("The Federal Capital Territory, (FCT) Police Command": a comma slipped before the acronym inside a name)
    phrase = re.sub(r",\s*(?=\([A-Z][A-Za-z]{1,8}\)\s+[A-Z])", " ", phrase)
    # ("He’s comparing the actions ... and says": the pronoun, not "He’s"; "(On Monday he said": the bracket goes)
    phrase = re.sub(rf"^{_CONTRACTED_PRONOUN}$", r"\1", phrase[1:] if phrase.startswith("(") and (
        ")" not in phrase) else phrase)
    # "Uh Mitchell expressed ...", "The only thing I'll say": a filler of speech opens no name; "I'll" is "I"
    phrase = re.sub(r"^(?:Uh|Um|Er|Erm|Ah|Hmm)\b,?\s*", "", phrase)
    if re.search(r"(?:^|\s)I['’](?:ll|d|ve|m)$", phrase):
        return Attribution(explicit=True, phrase="I")
    if described := _DESCRIBED_ACRONYM.fullmatch(phrase.strip(" ,")):
        # "Ukraine’s military intelligence agency (HUR)": a body described in lower case, named by its acronym
        return Attribution(name=described.group("acronym"), explicit=True, phrase=phrase, proper=True)
    phrase = _TICKER.sub("", re.sub(r"\s*\([^)]*\)", " ", phrase))
    phrase = _TOOK_TO_PLATFORM.sub("", phrase)
    if owner := _PLATFORM_POST.match(phrase):
        phrase = owner.group("owner")
    if _USERS_ON_PLATFORM.fullmatch(phrase):
        return Attribution(explicit=True, phrase=phrase)  # "some on Twitter", "users on Facebook": unnamed, not the site
    if campaigners := _CAMPAIGNING.fullmatch(phrase.strip()):
        phrase = campaigners.group("np")  # "One organization campaigning for Britain to leave the European Union"
    if _ONE_OF_A_KIND.fullmatch(phrase.strip()) or _SOMEONES_OFFICER.search(phrase.strip()):
        # "an anti-Trump PAC", "an NGO": one of a kind; "signed by his CPS": someone's officer written short; unnamed
        return Attribution(explicit=True, phrase=phrase)
    if "," in phrase and len(re.findall(r"\b[A-Z]{2,}\b", phrase)) >= 3 and not re.search(r"[a-z]", phrase):
        # "KEITH LERNER, CHIEF MARKET STRATEGIST, SUNTRUST ADVISORY SERVICES IN ATLANTA, GA": a lead-in in
        # capitals, read as written in lower case
        phrase = re.sub(r"[A-Z][A-Z'’.-]*", lambda word: word.group(0).lower() if word.group(0).lower() in
                        _CONNECTORS | {"and", "in", "at", "on"} else word.group(0).title(), phrase)
    # "MR JUSTICE WRIGHT, giving the judgment of the court,": a law report's name in capitals after its title
    phrase = _TITLED_CAPITALS.sub(lambda name: name.group(0).title(), phrase)
    phrase = re.sub(r"(?<=[a-z])/[A-Z][\w.&'’ -]*$", "", phrase)  # "Thomson Financial/First Call": one firm, first named
    phrase = _TIME_TAIL.sub("", phrase.strip(" ,.;:\"“”'‘’")).strip(" ,")
    phrase = _TIME_HEAD.sub("", phrase)
    # "Responding to a question the Minister of State said": an opening participle's phrase set without its comma
    phrase = re.sub(r"^(?:Responding|Replying|Speaking|Talking|Reacting)\s+(?:to|at|on|with|in)\s+[^,]*\s+"
                    r"(?=the\s+(?:[A-Z][\w-]*\s+){0,4}?(?-i:[A-Z]?[a-z]+)(?:\s+of\s+[A-Z][\w-]*)?$)", "", phrase)
    # "The Waterloo, Ontario-based company": where it is based, a city then its province or state, no name
    phrase = re.sub(r"^([Tt]he)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s+(?=[A-Z][\w.'’-]*-(?:based|headquartered)\s)",
                    r"\1 ", phrase)
    opener = re.match(r"([A-Z][a-z]+),\s+", phrase)  # ("Instead, Matthews, ...")
    listed = _NAME_LIST.fullmatch(phrase[opener.end():] if opener and opener.group(1).lower() in _FUNCTION_WORDS else phrase)
    if listed and (speaker := read_speaker(listed.group("first"))).name:
        # "Matthews, MSNBC's Alex Seitz-Wald and Reuters' Luciana Lopez argued", "Ms. Toretti, Mrs. Rao and other
        # prominent bundlers said": the first of a list of names, as of a pair
        return speaker
    first, _, second = phrase.partition(" and ")
    if second and _bare(second.split()[0]) in TITLE_WORDS and is_given_name_and_surname(
            (speaker := read_speaker(first)).name or ""):
        # "EPA Administrator Michael S. Regan and Senator Murkowski in Fairbanks": the first of two people named with
        # their titles (not one name of both, nor the place)
        return speaker
    phrase = re.split(r",\s+(?:who|whose|whom)\s", phrase, maxsplit=1)[0]  # "X, who served in Iraq": X, not Iraq
    if own := _OWN_DOCUMENT.fullmatch(phrase):
        # "Clinton’s letter to donors", "Sanders’ fundraising email to his supporters", "Obama’s letter to Congress":
        # whose it is, not to whom
        phrase = own.group("who")
    elif _DOCUMENT_BY.match(phrase):  # "the statement by Ministry of X": the ministry; "a letter from Clinton to donors"
        phrase = _personal_name_before(_NAME_TO_AUDIENCE, _DOCUMENT_BY.sub("", phrase))
    if conducted := _CONDUCTED_FOR.search(phrase):
        phrase = conducted.group("by")  # "the exit poll conducted by Edison Research for the Associated Press": Edison
    if given := _INTERVIEW_GIVEN.match(phrase):
        phrase = given.group("who")  # "an interview his brother Alastair Osman gave to ITV": the brother, not ITV
    # "(a study by) Harvard published in Nature": Harvard, not where it appeared
    phrase = re.sub(r"(?<=\w)\s+published\s+(?:in|on)\s+(?:the\s+)?[A-Z][^,]*$", "", phrase)
    phrase = re.sub(r"^\d{1,3}-year-old\s+(?=[A-Z])", "", phrase)  # "76-year-old Morton Blackwell"
    phrase = re.sub(r"\b(?i:super)\s+PAC\s+(?=[A-Z])", "", phrase)  # "super PAC Priorities USA Action": what it is
    phrase = re.sub(r"(?<=\w)\s+(?:himself|herself|itself|themselves)$", "", phrase)  # "Cruz himself said"
    # "Another intelligence source speaking to Fox News": who spoke, not to whom
    phrase = re.sub(r"(?<=\w)\s+(?:speaking|talking)\s+(?:to|with)\s[^,]*$", "", phrase)
    phrase = re.sub(r"^(?:the\s+)?(?:government|country|state|city|nation)['’]s\s+(?=[A-Z])", "", phrase)  # its body
    # "the San Francisco-based cloud software company": the company, not a place called "San Francisco-based"
    phrase = _DESCRIBED_BY_PLACE.sub("", phrase)
    placed = _PLACED_BODY.search(phrase)
    if placed and (is_place(placed.group("place")) or is_state_written_short(placed.group("state") or "")):
        # "the Cupertino, Calif., company", "the Texas company": the company, not a place
        phrase = f"{phrase[:placed.start()]}{placed.group('the')}{placed.group('body')}"
    if not re.fullmatch(r"[A-Z][a-z]+\s+reports", phrase):  # "Television reports said": a noun, the subject's head
        phrase = re.sub(rf"\s+(?:{SPEECH_VERBS})$", "", phrase)  # "according to the CDC said": a writer's slip
    if not phrase:
        return Attribution()
    if _PUBLISHED_IN.match(phrase):
        return Attribution(explicit=True, phrase=phrase)  # "A new study published in JAMA estimated": unnamed
    legal = _LOWER_CASE_FIRM.fullmatch(phrase)
    if legal:  # "2seventy bio Inc.", "eBay Inc.": a firm whose name is written in lower case, before its legal form
        return Attribution(name=legal.group("name"), explicit=True, phrase=phrase, proper=True)
    periodical = _PERIODICAL.fullmatch(phrase)
    if periodical:  # "Time magazine", "the Slate magazine": an outlet of common words is a name here
        return Attribution(name=periodical.group("name"), explicit=True, phrase=phrase, proper=True)
    if lower_body := _BODY_IN_LOWER_CASE.fullmatch(phrase):
        # '"...," said the presidency': the office a president's spokesmen speak for (South African, Nigerian copy)
        return Attribution(name=lower_body.group(1).capitalize(), explicit=True, phrase=phrase, proper=True)
    titled_work = _THE_CAPITALISED_WORD.fullmatch(phrase)
    if titled_work and (word := titled_work.group("word").lower()) not in (
            PERSON_ROLES | TITLE_WORDS | _ORG_WORDS | GENERIC_GROUPS | DEMONYMS | _FUNCTION_WORDS) and not is_place(word) and (
            _zipf(word) >= 3.0 and not word.endswith("s")) and not (
            titled_work.group("word") in _SEATS_OF_GOVERNMENT or _GOVERNMENT_BODY_WORDS.fullmatch(titled_work.group("word"))):
        # "The Hill reported", "according to The Federalist": a title of one everyday word, capitalised, keeps its
        # article (not a role or a body's word: "The President", "The Company", "The Ministry"; nor "The Saudis",
        # "The Kremlin", "The Treasury"; "The Trump campaign" goes to the person: see extraction._Speakers)
        return Attribution(name=f"The {titled_work.group('word')}", explicit=True, phrase=phrase, proper=True)
    # "But she says", "..., and insisted"; "Even Rendell", "Then DuPont" (not "Still more voters")
    phrase = re.sub(rf"^(?:(?:{'|'.join(_CONJUNCTIONS)})\s+|(?:{'|'.join(_FOCUSING)})\s+(?=(?-i:[A-Z])|(?:he|she|they)\b))",
                    "", phrase, flags=re.IGNORECASE)
    if phrase.lower() in _CONJUNCTIONS:
        return Attribution()
    if qualified := _QUALIFIED_PARTY.fullmatch(phrase):
        phrase = qualified.group("party")  # "Top Democrats say", "Fellow Republicans are urging": the party's members
    phrase = re.sub(r"\s+and\s+(?:others?|several|many|various|partner|its|their)\b[^,;]*$", "",
                    phrase)  # "X and other (Spanish) media", "OPEC and its partners"
    if re.match(r"(?:a|an)\s+(?:section|number|handful|host|couple|few)\s+of\s+(?:the\s+)?[^,;]*\b(?:media|press|outlets"
                r"|newspapers|reports|officials|experts|analysts|sources)$", phrase, re.IGNORECASE):
        return Attribution(explicit=True, phrase=phrase)  # "A section of the Indian and UAE media": some, unnamed
    if SHARE_OF_GROUP.match(phrase):
        return Attribution(explicit=True, phrase=phrase)  # "only 49 percent of Republicans say": a poll, not a party
    # "a notice sent to the Maine Attorney General says": not the recipient; "A letter from the American Legion
    # obtained by The Associated Press warns": nor who obtained it
    passed_on = re.search(r"\s(?:(?:sent|addressed|submitted|delivered|written)\s+to|(?:obtained|seen|reviewed|viewed)\s+by)\b",
                          phrase)
    if passed_on and re.match(r"(?:In|From|Under)\s", phrase) and "," in phrase[passed_on.end():]:
        # "In a statement obtained by IDOMA VOICE on Monday, the Spokesperson ..., X,": a clause before the subject
        phrase = phrase[phrase.index(",", passed_on.end()) + 1:].strip()
    elif passed_on:
        phrase = phrase[:passed_on.start()]
    local = _LOCAL_BODY.fullmatch(phrase)
    if local and all(is_common_word(w) or _is_org_word(w) for w in local.group("body").split()):
        # "the state Health Department": one of many so called, the article's unless it names it in full
        return Attribution(name=local.group("body"), explicit=True, phrase=phrase, place=True)
    if _JOINT_BODIES.fullmatch(phrase):
        return Attribution(role=JOINT_ROLE, explicit=True, phrase=phrase)  # "The drugmakers said": both, as named
    if re.match(rf"{_GROUP_WORDS}\s+(?:surveyed|polled|interviewed|questioned|asked|consulted)\s+by\b", phrase,
                re.IGNORECASE) or re.search(r"\b[A-Za-z]+(?:s|men|people)\s+(?:surveyed|polled|interviewed|questioned"
                                            r"|consulted|contacted)\s+by\b", phrase):
        # "Analysts surveyed by Bloomberg", "Businessmen polled by Reuters", "Bank economists contacted by Reuters":
        # the people asked, unnamed; not who asked them
        return Attribution(explicit=True, phrase=phrase)
    inner = _GROUP_OF.search(phrase)  # "sources in the Interior Ministry", "Analysts from the Kiel Institute"
    if inner and name_runs(inner.group(2)) and "," not in phrase[:inner.start(2)]:
        # not "Edward Snyder, an analyst at Charter Equity Research": the person speaks, not the firm
        if inner.group("preposition").lower() == "in" and not any(_is_org_word(w) for w in inner.group(2).split()):
            return Attribution(explicit=True, phrase=phrase)  # "Police in Colorado Springs": where, not who
        phrase = inner.group(2)
    # "said Erik ten Hag on Garnacho": who spoke, then whom about (not "the Commission on Elections", "Minister on X")
    phrase = _personal_name_before(_NAME_ON_TOPIC, phrase)
    # "Speaking online from Rome during a briefing in Geneva the Director of X Jean-Martin Bauer said": no comma
    # (with a comma after the clause, the comma parts it: "Speaking to the media at the Duvha Power Station in
    # Mpumalanga, the electricity minister")
    phrase = re.sub(r"^(?:Speaking|Addressing|Briefing|Talking|Writing)\s[^,]*?\s(?=the\s+[A-Z][^,]*$)", "", phrase)
    chunks = _split_commas(phrase)
    while len(chunks) > 1 and _is_leading_clause(chunks[0]):
        opening = chunks.pop(0)  # "Speaking on his way into a conference in Dublin, Brian Lenihan said"
        while len(chunks) > 1 and re.search(r"\b[Ii]n\s+[A-Z][\w'’.-]*$", opening) and (
                is_state_written_short(chunks[0]) or is_place(chunks[0])):
            opening = chunks.pop(0)  # "In Berea, OH, after winning Ohio, Gov. John Kasich said": OH is where
    phrase = ", ".join(chunks)
    # "the Church in the October 18 press release": the speaker, not where it spoke.
    phrase, *where = re.split(r"\s+(?:in|on|during|while|via|after|before)\s+(?:the|a|an|his|her|their|its|this|that)\b"
                              r"|\s+(?:after|before|while|when)\s+\w+ing\b"  # "Olawale after scoring 5 goals"
                              r"|\s+(?:when|after|before|as)\s+(?:being\s+)?asked\b"  # "said Dan Golvach when asked about X"
                              r"|\s+as\s+(?=[A-Z])"  # "says coach Carlos Pena as Iker Guarrotxena scores ..."
                              r"|\s+(?:based|located|headquartered)\s+", phrase, maxsplit=1)
    if where and (holder := _holder_after_region(phrase, where[0])):
        phrase = holder  # "Eskom general manager in the Western Cape and Eastern Cape Alwie Lester": the manager
    phrase = _TIME_TAIL.sub("", phrase).strip(" ,")  # "Ojougboh had in an interview said": "had" goes too
    # "Edward Alden of the Council on Foreign Relations in Washington": where the body is, not who speaks
    # ("the government in Beijing" is Beijing's: with no name before it, the place is who)
    phrase = _IN_PLACE_TAIL.sub(lambda tail: "" if is_place(tail.group("place")) and name_runs(
        phrase[:tail.start()]) else tail.group(0), phrase)
    chunks = _split_commas(phrase)
    # "one Sanders supporter, tweeting a link to a story about fraud in Kentucky": what they did, not who
    doing = next((i for i, c in enumerate(chunks) if i and _DOING.match(c)), None)
    chunks = chunks[:doing]  # and what follows it: "Trump, speaking at a rally in Wilmington, N.C."
    if not chunks:
        return Attribution()
    # "Valdis Dombrovskis, Vice-President for ..., also in charge of ...": a name first, then what it is.
    first_name = next((i for i, c in enumerate(chunks) if _is_person_name(c)), None)
    if first_name is None and len(chunks) >= 3 and re.fullmatch(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+", chunks[0]) and (
            is_source_name(chunks[0]) and all(re.match(r"(?:the|a|an|and)\s", c) or c.split()[-1].islower()
                                              for c in chunks[1:])):
        first_name = 0  # "Clinton, the former secretary of State, U.S. senator, and first lady": a name, then roles
    # "The report, by the Institute for Fiscal Studies, said": whoever wrote the report speaks.
    # ("The report, released Tuesday by the Pew Research Center, found": its author too)
    by = next((c for c in chunks[1:] if _DOCUMENT_AUTHOR.match(c)), None)
    if by and re.search(r"\b(?:report|study|survey|figures|research|analysis|review|poll|statement)$", chunks[0], re.I):
        chunks, first_name = [_DOCUMENT_AUTHOR.sub("", by)], None
    index = first_name if first_name is not None else len(chunks) - 1
    if index > 0 and re.fullmatch(r"[A-Z]{2,6}", chunks[index]) and _PROPER_PHRASE.fullmatch(chunks[index - 1]):
        index -= 1  # "the industry association, Airline Operators Of Nigeria, AON": the name, not its acronym
    while first_name is None and index > 0 and not chunks[index - 1].endswith(("’", "”", '"')) and (
                         _is_appositive(chunks[index], chunks[index - 1])
                         or _is_affiliation(chunks[index], chunks[index - 1])
                         or _is_place_after_place(chunks[index], chunks[index - 1])):
        index -= 1
    if index + 1 < len(chunks) and re.match(r"(?:a|an|another|one)\s", chunks[index], re.IGNORECASE) and any(
            not all(_bare(w) in DEMONYMS for w in run) for run in name_runs(chunks[index + 1])):
        index += 1  # "Another Iranian news agency, the semi-official ISNA, quoted": the name described
    chunk = chunks[index]
    if chunk.lower() in {"and", "but", "yet", "so"}:
        return Attribution()  # '... was "massive", estimated at 88 percent, and described ...': no speaker here
    if _RELATIVE_SUBJECT.search(chunk) or re.match(r"(?:Everything|Anything|Nothing|Something|Whatever)\s+(?=[A-Z])", chunk):
        # "the programme which Mahuta announced", "Everything Trump says is a lie": not the claim's
        return Attribution(explicit=True, phrase=phrase)
    chunk = re.split(r"\s+(?:who|which|whose|that)\s+", chunk, maxsplit=1)[0]
    somewhere = _PLURAL_IN_PLACE.fullmatch(chunk)
    if somewhere and not _is_org_word(somewhere.group("noun")) and (
            not somewhere.group("opener") or is_everyday_word(somewhere.group("opener")) and is_place(somewhere.group("where"))) and (
            somewhere.group("noun").islower() or _bare(somewhere.group("noun")) in GENERIC_GROUPS):
        return Attribution(explicit=True, phrase=phrase)  # "the remaining casinos in Atlantic City": unnamed, not the city
    if re.match(r"(?:an?|one|another)\s+(?:[\w-]+\s+){0,2}[a-z]+\s+inside\s", chunk, re.IGNORECASE):
        return Attribution(explicit=True, phrase=phrase)  # "One operative inside Trump Tower": unnamed, not the tower
    kind = _KIND_SOMEWHERE.fullmatch(chunk)
    if kind and (kind.group("noun").islower() or _bare(kind.group("noun")) in _PARTY_LABELS) and not _is_org_word(
            kind.group("noun")) and all(is_place(where) for where in re.split(r",?\s+and\s+", kind.group("where"))):
        # "Six Gannett newspapers in New Jersey", "exit polls in New Hampshire and Iowa", "Democrats in Iowa", "A poll
        # from Utah": of a kind, somewhere: unnamed, not the place
        return Attribution(explicit=True, phrase=phrase)
    of_firm = _PERSON_OF_FIRM.fullmatch(chunk)
    if of_firm and (of_firm.group("person") and is_given_name_and_surname(of_firm.group("person"))
                    or of_firm.group("surname") and _surname_alone(of_firm.group("surname"))):
        chunk = of_firm.group("person") or of_firm.group("surname")  # "analyst Jack Kirnan of Kidder Peabody and Co": the person, not the firm
    chunk = _first_of_two_bodies(chunk)
    # "X and U.S. Attorney Y announced": the first of two speakers.
    # ("Former Maryland Gov. Martin O'Malley and former Arkansas Gov. Mike Huckabee announced": the first too)
    parts = re.split(r"\s+and\s+(?=[A-Z]|(?:former|then|fellow|retired)\s+[A-Z])", chunk)
    if len(parts) == 1:  # "Ihrman and police spokesman Lars Bystrom"
        parts = re.split(r"\s+and\s+", chunk, maxsplit=1) if re.match(r"[A-Z][\w'’-]+\s+and\s", chunk) else parts
    # "Emergency Management and Recovery Minister Mark Mitchell": one minister of two portfolios.
    # (the title before a name: "Health and Safety Executive" is a body)
    portfolio = len(parts) > 1 and _is_portfolio(parts[0]) and any(_bare(w) in TITLE_WORDS for w in parts[1].split()[:-1])
    if len(parts) == 2 and len(second := parts[1].split()) >= 4 and second[0][:1].isupper() and (
            _bare(second[1]) in TITLE_WORDS) and len(first := parts[0].split()) >= 2 and _portfolio_words(first):
        portfolio = True  # "House Ways and Means Chairman Kevin Brady": the chairman of one committee
    if len(parts) > 1 and not portfolio and all(name_runs(p) for p in parts) and (any(
        len(name.split()) >= 2 and _is_personal(run) and guess_kind(name) == "person"
        for run in name_runs(parts[0]) for name in [head_name(run)]
    ) and any(guess_kind(head_name(run)) == "person" for run in name_runs(parts[1])) or _surname_then_person(parts)) and (
            not any(w[:1].isupper() and _is_org_word(w) for w in parts[1].split()[:-2])
            # "David Albright and Serena Kelleher-Vergantini of Washington's Institute for Science and ...": a
            # person's full name opens the second part
            or is_given_name_and_surname(" ".join(parts[1].split()[:2]))):
        # two people, not "U.S. Customs and Border Protection", "National Agriculture and Drought Assessment System",
        # nor "the Director of WFP's Food Security and Nutrition Analysis Service Jean-Martin Bauer"
        chunk = parts[0]
    words = chunk.split()
    lowered = chunk.lower()
    after_and = chunk.split(" and ", 1)[-1].split()
    titled = any(_bare(w) in TITLE_WORDS and len(after_and) >= i + 3 and all(x[:1].isupper() for x in after_and[i + 1:i + 3])
                 for i, w in enumerate(after_and))  # "Mines and Hydrocarbons Minister Gabriel M. Obiang": a person
    listed = BODY_WITH_COMMAS.search(chunk)
    if listed and listed.end() == len(chunk) and re.fullmatch(r"(?:.*\s(?:by|from)\s+)?(?:[Tt]he\s+)?",
                                                               chunk[:listed.start()]):
        # "The Ministry of Agriculture, Irrigation and Water Development"; "A report released in September by the
        # National Academies of Sciences, Engineering and Medicine"
        return Attribution(name=listed.group(0), explicit=True, phrase=phrase)
    if " and " in chunk and not portfolio and not titled and _PROPER_PHRASE.fullmatch(chunk):
        # One body named with "and": "U.S. Customs and Border Protection", or the person after it
        whole = [w for w in chunk.split() if w.lower() != "the"]
        person = _person_after_body(whole)
        if person or not any(_bare(words[i]) in TITLE_WORDS and words[i + 1].lower() in {"of", "for"}
                             for i in range(min(3, len(words) - 2))):
            # (not "(Federal) Minister for Production and Industries Hammad Azhar": a minister of two portfolios)
            return Attribution(name=person or " ".join(whole), explicit=True, phrase=phrase)
    if lowered in _PRONOUNS:
        return Attribution(pronoun=True, explicit=True, phrase=phrase)
    if re.fullmatch(rf"the\s+(?:latest\s+|new\s+)?{_DATA_NOUNS}", lowered) or re.fullmatch(
            rf"(?:the\s+)?(?:[a-z-]+\s+){{0,2}}{_DATA_NOUNS}\s+(?:released|published|issued|shared)\b.*", lowered):
        # "As per constituency-wise data released on Saturday": whose they are
        return Attribution(role="it", explicit=True, phrase=phrase)  # "the statistics show": whose they are
    if lowered == "it":
        return Attribution(role="it", explicit=True, phrase=phrase)  # "It said": the organisation that spoke last
    if _THE_LETTER.fullmatch(lowered):
        return Attribution(role="letter", explicit=True, phrase=phrase)  # "The letter said": whoever last wrote one
    if lowered in _NON_PERSON_PRONOUNS:
        return Attribution(explicit=True, phrase=phrase)
    if len(words) == 2 and words[0].lower() == "the" and words[1][:1].isupper() and _bare(words[1]) in _NATIONAL_NOUNS:
        return Attribution(role=NATIONAL_ROLE, explicit=True, phrase=phrase)  # "the Scot said": the last person named
    if len(words) == 1 and words[0][:1].isupper() and _bare(words[0]) in PERSON_ROLES:
        return Attribution(role=_bare(words[0]), explicit=True, phrase=phrase)  # "Collector disclosed that ..."
    if len(words) > 2 and words[0][:1].isupper() and _bare(words[0]) in PERSON_ROLES and words[1] in ("from", "of") and (
            is_place(" ".join(words[2:]).removeprefix("the "))):
        # "Senator from Texas says", as a headline writes it: the one of that state, not the state
        return Attribution(role=_bare(words[0]), explicit=True, phrase=phrase, qualified=True)
    spokes = _INDEFINITE_SPOKES.match(chunk)
    if spokes:  # "..., an airport spokeswoman said." before "said Sara Norris, spokeswoman St. John's Airport"
        return Attribution(role=spokes.group("role").lower(), explicit=True, phrase=phrase, indefinite=True)
    role = _ROLE_REFERENCE.match(chunk)
    if role and role.group("role").lower() == "office" and re.match(r"[A-Z][\w.]*['’]s?\s", chunk):
        role = None  # "Gowdy’s office", "Powell’s office": the person's, as before ("the sheriff's office" is a role)
    head_part = re.split(r"\s+(?:of|at|for|in|from)\s+", chunk, maxsplit=1)[0].split()
    # "the former Malaysia head coach" refers back too: a person's role in lower case after its qualifiers
    # "the iPhone maker", "the ChatGPT maker": a product names what the maker makes, not who the maker is
    makes = role and role.group("role").endswith("maker")
    plain_role = role and (makes or not any(_NAME_TOKEN.match(w) for w in head_part[1:]  # "The Agency" is "the agency"
                                            if _bare(w) not in TITLE_WORDS | DEMONYMS | _RANK_WORDS and not _LOCATED.search(w)
                                            and not (w == role.group("role") and len(chunk.split()) == 2)))
    if plain_role and role.group("role") in PERSON_ROLES and (possessor := re.match(r"([A-Z][\w.-]*)['’]s?\s", chunk)) and (
            is_place(possessor.group(1))):
        plain_role = False  # "Colorado’s delegation chairman": one introduced with Colorado, not the last person
    qualified = role and not plain_role and role.group("role") in PERSON_ROLES - _GROUP_HEADS
    named = name_runs(chunk[role.end():]) if role else []  # "the chairman of the union Sumedha Somarathna"
    if role and (plain_role or qualified) and not (
        role.group("role")[:1].isupper() and sum(w[:1].isupper() for w in head_part[1:]) >= 2
    ) and not (named and len(head_name(named[-1]).split()) >= 2 and _is_personal(named[-1])
               and not is_place(head_name(named[-1]))):
        # "the Ukrainian leader" refers back; "The South Korean Defense Minister" is an office; "The attorney
        # general of New York" is the one the article introduced so, not the state
        return Attribution(role=_ROLE_ABBREVIATIONS.get(role.group("role").lower(), role.group("role").lower()),
                           explicit=True, phrase=phrase, qualified=bool(qualified),
                           to_sources=role.group("role").lower().startswith("source"))
    quoted = re.search(r"[\"“]([A-Z][\w-]+)[\"”]", chunk)
    if quoted:
        return Attribution(name=quoted.group(1), explicit=True, phrase=phrase)
    plural = re.fullmatch(r"[Tt]he\s+([A-Z][a-z]+s)", chunk)
    if plural and _bare(plural.group(1)) not in GENERIC_GROUPS | DEMONYMS:
        # "The Conservatives", "The Greens": a party or team, though its word is common.
        return Attribution(name=plural.group(1), explicit=True, phrase=phrase, proper=True)
    located = re.match(r"(?P<body>.+?)\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*$", chunk)
    if located and _is_org_word(located.group("body").split()[-1]):
        chunk = located.group("body")  # "the Kalamazoo County Sheriff's Office in Michigan": where it is
        words, lowered = chunk.split(), chunk.lower()
    # "Alan Haynes from the Australian Workers Union": the person speaks, not the body after "from"
    # "Chuck Wexler of the police group": the person, whatever the body described in lower case
    # "Robert Antonacci of the New York delegation", "political scientist Dossym Satpayev in Almaty", "Larry
    # O’Connor on Hot Air": the person
    affiliated = re.match(r"(?:[a-z]+\s+){0,3}(?P<person>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)\s+(?:"
                          r"(?:from|at|with|on)\s+(?:the\s+)?[A-Z]|(?:of|from|at|with)\s+(?:the|a|an)\s+[a-z]"
                          r"|of\s+the\s+[A-Z][^,]*\s[a-z]+$|in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?$)", chunk)
    if affiliated and _is_person_name(affiliated.group("person")):
        chunk = affiliated.group("person")
        words, lowered = chunk.split(), chunk.lower()
    runs = name_runs(chunk)
    last_word = _bare(words[-1]) if words else ""
    if words and words[-1][:1].islower() and not _NAME_TOKEN.match(words[-1]):
        # The head is a common noun: "The New Hampshire attorney general", "party officials", "the ZANU-PF party".
        if (last_word in _ORG_WORDS or last_word in _GROUP_HEADS) and runs:
            before = chunk[: chunk.rfind(words[-1])].rstrip()
            if before.endswith(("'s", "’s")) and last_word not in _GROUP_HEADS:
                return Attribution(explicit=True, phrase=phrase)  # "Talen Energy's union": not Talen Energy
            lowered_tail = re.search(r"(?:\s+[a-z][\w'’-]*){0,2}$", before)  # "ISW think tank", "the party"
            org = _ORG_BEFORE_HEAD.search(before[:lowered_tail.start()] if lowered_tail else before)
            if org and " and " in org.group(0) and all(
                    is_place(part) or _bare(part) in DEMONYMS | _UMBRELLAS | {"soviet", "arab", "western"}
                    for part in re.split(r"\s+and\s+|,\s*", org.group(0))):
                return Attribution(explicit=True, phrase=phrase)  # "U.S. and Soviet sources": where they are from
            if org:
                # "Another USDA official", "Some Congressional sources": how many, not who
                name = head_name([w for w in org.group(0).split() if w.lower() not in {
                    "a", "an", "the", "another", "one", "some", "several", "senior", "many", "most", "other", "top",
                    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens"}])
                head = last_word if last_word in PERSON_ROLES | _GROUP_HEADS else None
                if head in {"official", "source"} and " " not in name and not name.isupper() and not _is_org_word(name) and (
                        name not in _SEATS_OF_GOVERNMENT and not _GOVERNMENT_BODY_WORDS.fullmatch(name)):
                    return Attribution(explicit=True, phrase=phrase)  # "a Gansu official": a place's, not a body
                # "Oregon health officials", "the U.N. refugee agency": a place's, unnamed; not a source "Oregon"
                place = is_place(name) and (head in {"official", "officials"} or bool(lowered_tail.group(0)))
                # "the Air India crew": capitalised words before the head name a body, however frequent the words
                proper = len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split())
                if " " not in name and last_word in {"department", "ministry"} and not (
                        place or name.isupper() or _bare(name) in DEMONYMS):
                    name = f"{name} {last_word.capitalize()}"  # "the Labor department said": the Labor Department
                if last_word == "police" and " " not in name and not is_common_word(name) and not lowered_tail.group(0):
                    # "Chicago police said", "Utrecht police said": the city's force, not the city ("Israeli police":
                    # a nation's, unnamed; "State police": which, unsaid)
                    return Attribution(name=f"{name} Police", explicit=True, phrase=phrase, proper=True)
                return Attribution(name=name if is_source_name(name) or proper else None, explicit=True,
                                   phrase=phrase, role_of=head, proper=proper, place=place)
        return Attribution(explicit=True, phrase=phrase)
    if not runs:
        return Attribution(explicit=True, phrase=phrase)
    name = head_name(runs[-1])
    if not name or all(_bare(w) in TITLE_WORDS | DEMONYMS for w in name.split()):
        # Only an office ("The South Korean Defense Minister"): the office names the speaker.
        name = " ".join(w for w in words if w.lower() not in {"the", "a", "an"})
    if set(re.findall(r"[a-z]+", name.lower())) <= GENERIC_GROUPS | DEMONYMS - _ORG_WORDS and not (
            name.isupper() and _bare(name) in _ALLIANCES):  # ("The UN said": the body)
        if phrase.strip() == name and " " not in name and _bare(name) in DEMONYMS:
            return Attribution(name=name, explicit=True, phrase=phrase)  # "Cuban said": Mark Cuban, if the article has him
        return Attribution(explicit=True, phrase=phrase)
    if len(name.split()) > 1 and not is_source_name(name) and re.search(rf"\b[Tt]he\s+{re.escape(name)}$", chunk) and (
            _bare(name.split()[-1]) in _NATIONAL_NOUNS):
        # "the Wisconsin Republican", "... for the Wisconsin Republican": the person named last, as "the Scot" is
        return Attribution(role=NATIONAL_ROLE, explicit=True, phrase=phrase)
    if len(name.split()) > 1 and re.search(rf"\b(?i:a|an|one|another)\s+{re.escape(name)}$", chunk) and (
            _bare(name.split()[-1]) in _NATIONAL_NOUNS):
        return Attribution(explicit=True, phrase=phrase)  # "said an Iowa Democrat": one, unnamed, not "Iowa Democrat"
    # Validated by the caller once the article's own names had a chance to resolve it ("the Church").
    return Attribution(name=name, explicit=True, phrase=phrase)


_ACCORDING = re.compile(r"\b(?:according to|in the words of|as per)\s+|(?<=,\s)per\s+(?=(?:the|a|an)\s|(?-i:[A-Z]))",  # "..., per the museum"
                        re.IGNORECASE)
_CITING = re.compile(r"\b(?:citing|cited by)\s+(?=[A-Z]|(?:a|an|the|two|three|several|unnamed|sources|officials)\s)")
_APPOSED_NAME = re.compile(r",\s*([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})(?:,|\.?\s*$)")
_GROUP_WORDS = (r"(?:sources?|analysts?|experts?|officials?|representatives?|team|researchers|police|authorities"
                r"|investigators|prosecutors|diplomats|residents|witnesses|observers|activists|lawmakers|economists"
                r"|scientists|doctors|critics|officers|staff|staffers|aides)")
# "the remaining casinos in Atlantic City", "Voters in Iowa": things or people of a kind somewhere
# ("Legislative leaders in North Carolina": an everyday word opening the sentence)
_PLURAL_IN_PLACE = re.compile(r"(?:[Tt]he\s+|[Mm]any\s+|[Ss]ome\s+|[Mm]ost\s+)?(?:(?P<opener>[A-Z][a-z-]+)\s+)?(?:[a-z-]+\s+){0,2}"
                              r"(?P<noun>[A-Za-z][a-z]+s|[Pp]eople)"  # "People in Fort Pierce said"
                              r"\s+(?:in|across|throughout)\s+(?:the\s+)?(?P<where>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)")
_KIND_SOMEWHERE = re.compile(r"(?:[-–—]\s+)?(?:[\w'’-]+\s+){0,3}?(?P<noun>[A-Za-z][a-z]+s|people|poll|survey)\s+"
                             r"(?:in|from|across|throughout)\s+(?:the\s+)?(?P<where>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
                             r"(?:,?\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?)")
_GROUP_OF = re.compile(rf"\b{_GROUP_WORDS}\s+(?P<preposition>in|from|at|of|with|for)\s+(.+)$", re.IGNORECASE)
# "Officials in Barangay Ucab, Itogon told ...": the group speaks; the place after the comma is where it is.
_GROUP_IN_PLACE = re.compile(rf"^(?P<np>(?:the\s+)?{_GROUP_WORDS}\s+in\s+[A-Z][^.;:\"“”,]{{0,40}},\s*[A-Z][^.;:\"“”,]{{0,40}}?)\s+"
                             rf"(?:said|says|say|told|tell)\b", re.IGNORECASE)
_SUBORDINATE = re.compile(r"(?:after|before|when|while|as|because|since|if|although|though|where|until|unless)\s",
                         re.IGNORECASE)
_QUOTED_AS = re.compile(r"\b(?:quoted|reported|cited)\s+(?P<obj>[^,;.\"“”]{2,60}?)\s+as\s+saying\b")
_QUOTED_AS_PASSIVE = re.compile(r"(?:^|,\s+)(?P<np>[^,;\"“”…]{2,80}?)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+"
                                r"(?:also\s+|widely\s+|later\s+)?(?:quoted|cited)\s+as\s+(?:saying|telling|stating)\b")
# "..., said one trader.", "..., said a source close to the talks.": unnamed people after an inverted verb
_UNNAMED_AFTER_VERB = re.compile(r"\s+((?:(?:a|an|one|two|three|several|some|many|the|other|another)\s+)?(?:[\w'’-]+\s+){0,3}?"
                                 r"(?:sources?|traders?|analysts?|officials?|observers?|people|persons?|economists?"
                                 r"|diplomats?|residents?|witness(?:es)?|experts?|bankers?|dealers?|executives?|aides?"
                                 r"|insiders?|spokes(?:man|woman|person)|participants?|lawmakers?|members?|delegates?"
                                 r"|voters?|strategists?|investors?)(?:\s+(?:close|familiar|at|from|in|on|of|with|who"
                                 r"|involved|briefed|knowledgeable|speaking|based|within|for)\b[^,;:…]{0,60}?)?)\.?\s*$")
_SAYING = re.compile(r"(?:,|…[”\"'’]|\s(?:--?|—|–)|(?<=\w)(?=\s+saying\s*[,:]?\s*$))\s+(?:(?-i:[a-z]+ly)\s+)?(?:(?:while|before|after|even\s+as)\s+)?(?:saying|stating|adding(?!\s+(?:(?:a|an|another|more|some|to|up|its|their|his|her)\b|[$£€\d]))"
                     r"|noting|arguing|insisting|claiming|warning|stressing|telling(?!\s+(?:of|the\s+story)\b)"
                     r"|remarking|explaining|acknowledging|conceding|admitting|asserting|declaring"
                     # "X showed no sign of backing down, releasing a statement that ... accused": X's statement
                     r"|(?:releasing|issuing)\s+(?:a|an)\s+(?:[\w-]+\s+)?statement(?=\s+(?:that|which|in\s+which|saying)\b|\s*[,:])"
                     # "calling the charge “pathetic”": a verdict; not "calling for", "calling on X to", "calling it quits"
                     r"|calling(?!\s+(?:for|on|in|out|up|off|upon|back|into|attention|it\s+quits)\b))\b"
                     # "X sent an update at 3:26 p.m. saying ...": what the subject sent says it
                     r"|\b(?:statement|update|message|tweet|post|release|letter|note|e-?mail|notice|video)"
                     r"(?:[^,;.\"“”]|\b[ap]\.m\.){0,40}?\s+(?:saying|stating)\b"
                     # "Mayor Mike Duggan made an announcement confirming the death of ...": what the subject announced
                     r"|\b(?:made|issued|released|posted)\s+(?:an?\s+)?(?:announcement|statement)\s+(?:confirming|announcing)\b"
                     # "Mr. McConnell deflected questions about Mr. Trump before saying, "...": the subject says it
                     r"|\s(?:before|after|upon|on)\s+saying(?=,?\s*(?:that\b|[\"“…]))"  # "boos upon saying, “...”"
                     # "Bolton distanced himself from the movement by saying he would": the subject says it
                     r"|\sby\s+(?:saying|telling|arguing|insisting|claiming|suggesting|noting|declaring|asserting)\b")
_HYPOTHESIS = re.compile(r"\b(?:could|might|would|may|should|can|will)\b|\([^)]*$")


def _participle_subject(before: str) -> tuple[str, str]:
    """The clause before "..., saying" past its leading clauses and adverbs, and the subject that opens it."""
    clause = _OPENING_ADVERB.sub("", _past_leading_clause(before))
    # "he cut into Bush, calling him": he, not the name after; "Minutes later, she sent an email saying": she
    pronoun = re.match(r"(?:[^,]{1,40},\s+)?(he|she)\b", clause)
    head = pronoun.group(1) if pronoun else _leading_noun_phrase(clause)
    # "Christie, New Jersey’s sitting governor, repeated ...": Christie
    return clause, re.sub(r"^((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*),\s+[^,]*['’]s?(?:\s+[a-z]+)*,?$", r"\1", head)


def _says_it_by(before: str, clause: str, head: str) -> bool:
    """Whether "<clause> by saying/telling/arguing ..." is its subject's claim (`clause` and `head` from
    _participle_subject): the subject opens the clause and says it in fact, not in a hypothesis ("He could do
    this by telling"), an aside ("(X won the spin by declaring ...") or a relative clause ("the candidate who
    launched his campaign by declaring")."""
    named = head in ("he", "she") or bool(head) and all(word[:1].isupper() for word in head.split())
    return named and not _HYPOTHESIS.search(before) and bool(re.match(
        r"(?:(?:When|As|After|Before|Although|While|Since|Because|Once)\s+)?" + re.escape(head) + r"(?:,|\s+[a-z])",
        clause))


# ("according to the Tax Policy Center - half a percentage point of GDP": a dash between spaces opens an aside)
_PHRASE_END = re.compile(r"[,;:]|(?<![A-Z])\.(?=\s|$)|\s(?:who|which|that|for whom)\s|\s(?:--?|—|–)\s"
                         r"|(?<=\))\s+(?=[a-z])")  # "according to the ... System (NADAMS) the affected districts"
_COLON_SPEAKER = re.compile(r"^(?P<np>[^:\"“”]{3,120}?):\s*[\"“]")
# 'Said Dorothy Poynter, who grew up with Ali, "We were all so proud of him."': the verb first, then who
# ("Continued Stone: '...'": the verb of a speech going on)
_INVERTING_VERBS = frozenset("Said Says Added Asked Wrote Recalled Continued Concluded Explained Insisted Noted Replied "
                             "Responded Argued Warned Declared Stated Remarked Observed Countered Cautioned Stressed "
                             "Emphasized Emphasised Quipped Joked Predicted Claimed Answered Commented Admitted "
                             "Acknowledged Tweeted Opined".split())
_VERB_FIRST = re.compile(rf"^(?:{'|'.join(sorted(_INVERTING_VERBS))})\s+(?P<np>[A-Z][^:\"“”]{{2,120}}?)[,:]\s*[\"“]")
_SHORT_TITLE = rf"(?:{'|'.join(TITLE_ABBREVIATIONS)}|St)\.\s+"  # "Mr. Foley wrote", "said Rev. Kyev Tatum"
# A full stop that ends no name before a comma: "Jr.", and a US state as the AP writes it short ("a retired
# nurse in Allentown, Pa., said")
_SHORT_BEFORE_COMMA = r"\b(?:Jr|Sr|{})\.(?=,)".format("|".join(
    re.escape(".".join(part.capitalize() for part in state.split("."))) for state in _AP_STATE_ABBREVIATIONS)) + (
    r"|\b(?:Co|Cos|Corp|Inc|Ltd|Bros)\.(?=,|\s+[a-z])")  # "director of research for Staley Co., said"
# what follows an inverted verb when no speaker does: "..., said on Monday", "..., said in an interview"
_CIRCUMSTANCE = re.compile(r"(?:in|on|at|during|after|before|to|from|with|that|this|last|earlier|later|yesterday|today"
                           r"|and)\b")
_AFTER_SCARE_QUOTE = re.compile(r"(?:of|for|to|in|on|at|with|from|by|about|and|but|or|as|than|that|which|into|over|like"
                                r"|against|without|within|across|through|toward|towards|under|during|between|among|despite"
                                r"|including|especially|particularly|notably)\s")  # '“...,” including provisions he said'

# "..." said Benjamin J. Rhodes, ...; "..." said C. Stewart Verdery Jr., ...: an initial ends no name
# how words were said, a verb of speech only after them: '"..., you fucking asshole," Oliver barked'
_HOW_SAID = ("demanded|shouted|yelled|exclaimed|snapped|barked|fumed|charged|scoffed|mused|sneered|griped|gushed|crowed"
             "|deadpanned|marvell?ed|chided|teased|repeated|recalls|hollered|thundered|grumbled|seethed|raged|upbraided")
_AFTER_QUOTE_INVERTED = re.compile(rf"[\"”»],?\s+(?:{INVERSION_VERBS}|{_HOW_SAID})\s+"
                                   rf"(?P<np>(?:{_SHORT_TITLE}|{_SHORT_BEFORE_COMMA}|\b(?:[A-Z]\.)+(?!,)\s*|\b[A-Z]\.\s+|[^.;!?\"“”])+)")
_AFTER_QUOTE = re.compile(rf"[\"”»],?\s+(?P<np>(?:{_SHORT_TITLE}|\b[A-Z]\.\s+|{_SHORT_BEFORE_COMMA}|[^.;!?\"“”]"
                          r"|(?<=[a-z])\.(?=(?:com|org|net|gov|edu)\b))+?)\s+"  # "who founded fivethirtyeight.com"
                          rf"(?:also\s+|then\s+|later\s+)?"
                          # ("as Bush continued to interject": he went on doing something, not speaking; "one of the
                          # states suing the EPA": after an article, a noun)
                          rf"(?<!\bthe\s)(?<!\bThe\s)(?:{SPEECH_VERBS}|continued(?!\s+to\s+(?!say\b))|replied|asked|went\s+on(?!\s+to\s+(?!say\b))"
                          rf"|shared|condemned|denounced|{_HOW_SAID})\b")
_TRAILING_INVERTED = re.compile(rf",\s+(?:{INVERSION_VERBS})\s+(?P<np>(?:the\s+)?"
                                rf"(?!(?i:{'|'.join(_WEEKDAYS)})\b)[A-Z][^;!?\"“”]+?"
                                # "..., says the industry association, Airline Operators Of Nigeria, AON"
                                r"|the\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,\s+[A-Z][^;!?\"“”]+?"
                                # "..., said election committee chairman Kadrigin Niyazov.", "..., said former
                                # Pennsylvania governor Ed Rendell, who serves as chairman of the host committee."
                                # (not "..., noted congressional testimony by Gregory Hicks, the former ...")
                                # ("..., said lobbyist and GOP strategist Charlie Black": two roles)
                                r"|(?:(?!(?:by|to|for|with|from|about|and|that)\s)[a-z][\w'’-]*\s+(?:and\s+)?){1,3}"
                                r"(?:[A-Z][\w.'’-]*\s+(?:[a-z][\w'’-]*\s+){1,2})?"
                                r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"  # "says political scientist X in Almaty"
                                r"(?:\s+(?:in|of|at|from)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?"
                                r"(?:,\s+(?:who|whose|a|an|the|then|[A-Z][\w.-]*['’]s)\s[^;!?\"“”]+?)?"
                                # "..., said the chief executive."
                                # "..., said the ministry.", "..., said the company in a statement."
                                rf"|the\s+(?:[a-z][\w'’-]*\s+){{0,3}}(?:{_PERSON_ROLE_WORDS}|{_ORGANISATION_ROLES})"
                                r"(?:\s+(?:in|on)\s+(?:a|an|its|the)\s+(?:(?:written|brief|short|joint|news|press)\s+)?"
                                r"(?:statement|release|report|filing|tweet|post|notice))?"
                                # "..., said a spokesman for the Vienna meeting, Tafal al-Nasr."
                                # (..., Oleg Voloshyn, who also ran as a candidate.")
                                r"|(?:a|an|the)\s+[^,;\"“”]{2,60},\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z]|al-|el-|bin\s|de\s)[\w.'’-]*){1,4}"
                                r"(?:,\s+(?:who|whose)\s[^;!?\"“”]+?)?)"
                                r"\.?\s*$")
_TRAILING = re.compile(rf"(?:(?<!\d),|,(?!\d))\s*(?P<np>[^,;\"“”]{{2,160}}?)\s+(?:also\s+)?(?:{SPEECH_VERBS})"
                       r"(?:\s+(?:today|yesterday|on\s+\w+day|(?:early\s+|late\s+)?\w+day(?:\s+(?:morning|afternoon|evening|night))?"
                       # "said this week", "said earlier this month", "said late last year"
                       r"|(?:(?:earlier|later|late|early)\s+)?(?:this|last)\s+(?:week|weekend|month|year|morning|afternoon|evening)"
                       # "said in a statement", "said in its latest quarterly report"
                       r"|in\s+(?:an?|its|his|her|their)\s+(?:\w+\s+){0,2}?(?:statement|report|post|tweet|release|interview"
                       r"|e-?mail|letter)"
                       rf"|{_TIME_AGO}"  # "the Washington Post reported ten days ago"
                       r"|(?:on\s+\w+day,?\s+|on\s+)?[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?"  # AP: "said Oct. 22"
                       # "wrote for the panel on an issue of first impression"
                       r"|(?:for|on|to|at|during|before)\s+(?:the|a|an|his|her|its|their)\s+[^,;\"“”]{1,50}?)){0,3}"
                       # "... at an event in Wyoming — an apparent reversal of her past support": an aside ends it
                       r"(?:\s+(?:--?|—|–)\s+(?:an?|the)\s[^—–]+?)?"
                       # "..., the WHO said on Thursday, urging governments to act": a participle goes on from it
                       r"(?:,\s+(?-i:[a-z]+ing)\s[^;\"“”]+?)?"
                       r"\s*[.!]?\s*$")  # "said today in a statement"
# "..., said Clinton’s response to Trump was undercut by ...": a verb before any comma or relative pronoun, so a
# clause, what is said, however long its subject
_REPORTED_CLAUSE = re.compile(r"[^,]*?(?<!\bwho)(?<!\bthat)(?<!\bwhich)(?<!\bwhom)\s(?:was|were|is|are|has|have|had|will"
                              r"|would|could|should|must|can)\s")
_FINITE_AFTER_NAME = re.compile(r"^(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s+(?-i:[a-z0-9][\w-]*)){0,3}|he|she|they|it|we|I|you)\s+"
                                r"(?:(?:is|are|was|were|has|have|had|would|must|should|could|can|may|might|did|does|do)"
                                r"(?:n['’]t)?|will|won['’]t|can['’]t"  # "..., said he doesn’t believe ..."
                                # "..., said Trump continued to hurt his cause": what was said (not "said Bolden to
                                # the gathered crowd": after an article, a participle describes a noun)
                                r"|(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?-i:[a-z]+ed)"
                                # "..., said Sanders believes those efforts will pay off": what was said
                                r"|(?:believes|thinks|wants|needs|knows|hopes|expects|feels|plans|intends|remains|deserves))\s")
# "Abdulahi Sule, governor of Nasarawa, never claimed": a name, what it is between commas, and what it did (not
# "..., said Jane Doe, the governor, who ...": a relative clause after the aside)
_APPOSED_THEN_VERB = re.compile(r"[A-Z][^,]*,\s+(?!(?:who|whose|whom|which|when|where)\b)[^,]+,\s+"
                                r"(?:(?:[a-z]+ly|never|not|also|still|later|then)\s+)?(?:is|are|was|were|has|have|had|would"
                                r"|will|can|could|should|must|did|does|do|(?-i:[a-z]+ed)|believes|thinks|wants|knows)\s")
# "Mr. Ross said (that) Mr. Obama had": a subject speaks first and the later verb is what it reports (not "the
# official who said ..."); read before a trailing "told" or "said" takes the reported subject for the speaker
# (or the verb alone after an aside: "Peña Nieto, contradicting Trump, said he had told Trump that ...": Peña Nieto)
_SPEAKS_FIRST = re.compile(rf"(?:[A-Z][^,]*?(?<!\swho)(?<!\swhich)(?<!\sthat)(?<!\swhom)\s+)?(?P<verb>{SPEECH_VERBS})\s+"
                           r"(?:that\s+)?(?:[A-Z]|(?:he|she|they)\b)")
# 'In his new book, "Doomed to Succeed," and in an interview, Mr. Ross': after the words quoted, a comma, then a name
_NAME_AFTER_QUOTED = re.compile(r"…[^…]*(?:,[”\"]?\s+(?P<np>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)|[”\"],?\s+(?:on|in|at"
                                r"|last|this|later|earlier)\s(?:[\w'’-]+\s+){0,3}?(?P<pronoun>he|she|they))$")
# '"Obama-Clinton" policies, which he', '"an incredible feat" - but he': what stands before the clause's pronoun
_PRONOUN_OPENS_CLAUSE = re.compile(r"^.*?,\s+(?:which|whom|that)\s+(?=(?:he|she|they)$)")
_NAME_THEN_VERB = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+(?-i:[a-z]+(?:ed|s|aw|ew|ought|ook))\b")
# "... about double what Bradley", "... an honor Donald": a clause of the sentence ends with the name of who speaks
# (not "the latest Federal Election Commission reports", "of the brokerage Nesbitt Thomson Bongard Inc said": a name)
_NAME_ENDS_CLAUSE = re.compile(r"\S\s+\S+\s+.*?\s(?:what|whom|an?\s+(?-i:[a-z]+))\s+"
                               r"(?P<np>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)$")
_AFTER_QUOTE_PRONOUN = re.compile(rf"[\"”»],?\s+(?:he|she|they)\s+(?:{SPEECH_VERBS})\b")
# "... was copied on the questions and Gates", "... grew so heated that Gov. Chris Christie": a clause of its own,
# its subject named last (not "Mr. Grassley and Mr. Leahy", one subject of two names)
_NAME_AFTER_CONJUNCTION = re.compile(r"\S\s+\S+\s+.*?(?:\s(?-i:[a-z][\w'’-]*)\s+(?:and|but|yet)|\s(?P<that>that))\s+"
                                     r"(?P<np>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)$")
_NAME_RUN = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*")  # "Bob", "John McCain", "Gov. Chris Christie"
_TRAILING_TOLD = re.compile(r"(?:(?<!\d),|,(?!\d))\s*(?P<np>[^,;\"“”]{2,80}?)\s+(?:also\s+)?(?:told|tells)\s+[^,;\"“”]{1,60}?[.!]?\s*$")
# "..., says Carl Anthony, historian at ...,": the speaker named after the verb, between commas
_INVERTED_ASIDE = re.compile(rf"(?:{INVERSION_VERBS})\s+(?P<np>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}),\s")
_PARENTHETICAL = re.compile(rf"^[^,]{{3,}}?,\s+(?P<np>[^,]{{2,60}}?)\s+(?:{SPEECH_VERBS}),\s")
_STUDY_BY = re.compile(r",\s*(?:suggests|shows|finds|found|concludes|according\s+to)\s+(?:a|an|the|new)\s+"
                       r"(?:\w+\s+)?(?:study|report|analysis|survey|research|review)\s+(?:by|from|of)\s+"
                       r"(?P<np>[^.;!?\"“”]+?)\.?\s*$")
# "..., the statistics show.": the body whose statistics the article reported (the last one that spoke)
_THE_FIGURES_SHOW = re.compile(rf",\s*(?P<np>the\s+(?:latest\s+|new\s+)?{_DATA_NOUNS})\s+{_SHOW_VERBS}\.?\s*$")
# "NHS England figures show 54,940 patients were waiting": the body whose figures they are
_NAMED_FIGURES_SHOW = re.compile(rf"(?:^(?:But\s+)?|(?<=,\s))(?P<np>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,4}})"
                                 rf"\s+(?:{_DATA_NOUNS}|reports|records|filings)"
                                 # "Stats NZ figures released on Wednesday showed"
                                 r"(?:\s+(?:released|published|issued|out)(?:\s+(?:on\s+)?(?:\w+day|today|yesterday|this\s+week))?)?"
                                 rf"\s+{_SHOW_VERBS}\b")
# "..., a new Field Poll shows.", "..., a Quinnipiac poll found.": the pollster is the source.

_NAMED_POLL = (r"(?:the|an?)\s+(?:(?:new|latest|recent)\s+)?(?P<np>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)"
               r"\s+(?P<kind>[Pp]oll|[Ss]urvey)\b")
_IN_POLL = re.compile(rf"\bin\s+{_NAMED_POLL}")
_POLL_SHOWS = re.compile(rf",\s*{_NAMED_POLL}\s+(?:shows|showed|finds|found|suggests|suggested)\.?\s*$")
_POLL_OPENS = re.compile(r"(?:But\s+|And\s+)?(?:[Tt]he|[Aa]n?)\s+(?:(?:new|latest|recent)\s+)?"
                         r"(?P<np>[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|for|on))*)\s+(?P<kind>[Pp]oll|[Ss]urvey|study|report"
                         r"|analysis)\s+(?:shows|showed|finds|found|suggests|suggested|indicates|indicated|revealed)\b")
# "Researchers at Johns Hopkins found ...", "Economists at Goldman Sachs estimated ...": the body they work at
_STAFF_AT_FOUND = re.compile(rf"(?:But\s+|And\s+)?{_STAFF}\s+(?:at|from)\s+"
                             r"(?P<np>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|for))*)\s+(?:have\s+|had\s+)?"
                             r"(?:found|find|discovered|concluded|estimated|estimate|calculated|showed|shown)\b")
_SURVEYED_IN = re.compile(rf"\b(?:surveyed|polled|questioned|interviewed)\s+(?:in|by|for)\s+{_NAMED_POLL}")
# "The report, which also provides ..., showed that": the report speaks, whatever the clause after it says
# ("The report, released Tuesday by the Pew Research Center, found": its author's)
_THE_DOCUMENT_SHOWED = re.compile(r"(?P<np>[Tt]he\s+(?:latest\s+|new\s+)?(?:report|survey|study))(?:,\s+(?:which|that)\s"
                                  rf"[^,]{{3,120}},|,\s+(?P<author>(?:{_DOCUMENT_MADE}\s+(?:\w+\s+){{0,3}}?)?by\s+"
                                  r"(?:the\s+)?[A-Z][^,]{2,80}),)?\s+"
                                  r"(?:showed|shows|found|finds|revealed|reveals|indicated|indicates)\b")
# "The apex industry association representing ... companies stated": the body so described, not a name in it
_DESCRIBED_BODY = re.compile(rf"(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_ORGANISATION_ROLES}))\s+"
                             r"(?:representing|which|that|whose|behind|running|operating)\b")
# "KATU-TV reported Monday that <who> announced ...": the outlet relays; the clause has its own speaker
_REPORTED_THAT = re.compile(r"(?:reported|reports|reporting)\b[^,;.]{0,40}?\bthat\s+(?P<clause>.+)$")
# ("A 2019 study from the Pew Research Center found", "A second study, led by Marc Gunter of ..., found": a year or
# an ordinal before the noun, the one who led it)
_FIGURES_FROM = re.compile(r"(?:^|(?<=,\s)|(?<=,\sand\s)|(?<=\sand\s))(?:(?:a|an|new|official|the|latest|provisional"
                           r"|second|third|separate|recent|\d{4})\s+){0,3}"
                           r"(?:figures|data|statistics|research|testing|tests|records|information|index|"
                           r"survey|report|study|poll|analysis|estimates)(?:\s+|,\s+(?=led\s))"
                           r"(?:(?:published|released|compiled|collected|provided|revealed|issued|presented|led|conducted)\s+)?"
                           r"(?:from|by|of|for)\s+(?P<np>.{3,100}?),?\s+"
                           r"(?:show|shows|showed|shown|suggest|suggests|suggested|found|finds|reveal|revealed|reveals|"
                           r"indicated|indicates|put)\b", re.IGNORECASE)
# "The new figures, released by Ucas, the university courses manager, reveal that ...": Ucas
_FIGURES_RELEASED_BY = re.compile(rf"(?:the\s+)?(?:new\s+|latest\s+|official\s+)?{_DATA_NOUNS},\s+"
                                  r"(?:released|published|compiled|issued)\s+(?:\w+\s+)?by\s+(?P<np>[^,;]+),", re.IGNORECASE)
# "The figures were released today by OFHEO Acting Director X": whoever released the figures states them
_RELEASED_BY = re.compile(r"^(?:The|These|Those)\s+(?:[\w-]+\s+){0,3}?(?:figures|data|statistics|results|numbers|estimates|"
                          r"findings)\s+(?:was|were|have\s+been|has\s+been)\s+(?:released|published|issued|presented)"
                          r"\s+(?:[\w,]+\s+){0,3}?by\s+(?P<np>(?:\b[A-Z]\.\s+|[^,;.!?\"“”])+)")
# "The figure was announced on Tuesday by the WHO Director-General Tedros Adhanom, who ...": the agent speaks.
_PASSIVE_BY = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+(?:first\s+|\w+ly\s+)?(?:announced|reported|confirmed|disclosed|revealed|"
                         r"stated|said|claimed)\s+(?:[\w,'’]+\s+){0,7}?by\s+(?P<np>(?:\b[A-Z]\.\s+|[^,;.!?\"“”])+)")
_RELATIVE_SAID = re.compile(r"(?:(?P<which>,\s+(?:which|what))|,\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?[a-z]+\s+that)\s+"
                            r"(?P<np>(?:(?:Mr|Ms|Mrs|Dr)\.?\s+|the\s+)?[A-Z][\w'’.-]+"
                            r"(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w'’.-]+){0,5})"
                            # "which President Obama on Friday declared", "which the Organization for Economic ... says"
                            r"(?:\s+(?:on|last|this)\s+\w+day)?"
                            r"\s+(?:said|says|claimed|claims|estimated|estimates|declared|declares)\b"
                            # "..., an event that Carson says led him to Christ": the verb whose subject "that" is
                            # (not "reports that Trump said he ...": a clause with a subject of its own)
                            r"(?(which)|(?=\s+(?:was|were|is|are|had|has|have|would|will|could|can|did|does"
                            r"|(?-i:[a-z]+ed))\b))")
# "As The Hill reported, Donald Trump was also accused ...": the outlet relays what follows
_RAN_A_PIECE = re.compile(r"(?P<np>(?:The\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})\s+(?:[a-z]+ly\s+)?"
                          r"(?:ran|published|posted|aired|carried|printed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:piece|article|story|editorial|report|column|op-ed|analysis)\s+(?:that|which)$")
_AS_X_REPORTED = re.compile(r"[Aa]s\s+(?P<np>(?:the\s+|The\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})\s+(?:first\s+)?"
                            r"(?:reported|reports|noted|notes|wrote|writes|revealed|disclosed)\s*,")
_AS_REPORTED_BY = re.compile(r"\b[Aa]s\s+(?:(?:first|previously|earlier|originally)\s+)?(?:reported|announced|stated|confirmed)\s+by\s+(?P<np>[^,;.!?\"“”]+)")
# "Air Canada confirmed that ..., ANI reported": the subject speaks, the agency relays it
# "Ms. Sherry smiled and said", "Mrs. Clinton shook her head and said": the name, a gesture, then the speech
_NAME_THEN_GESTURE = re.compile(r"(?P<name>(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
                                r"(?:[a-z]+ly\s+)?(?-i:[a-z]+ed|shook|took|threw|gave)(?:\s+(?:his|her|their)\s+[a-z]+)?\s+and")
# A sentence's subject and its (past or present) verb: "She blamed", "Lobera thought", "Cooper heaped"
_SUBJECT_THEN_VERB = re.compile(r"(?P<who>He|She|They|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s+(?:[a-z]+ly\s+)?"
                                r"(?:[a-z]+(?:ed|s)|thought|spoke|told|wrote|took|made|gave|went|came|saw|felt|knew|kept|held"
                                r"|met|sent|stood|won|lost)\b")
_SECOND_PREDICATE = re.compile(r"[a-z][\w'’-]*(?:\s+[^,;]+?)?\s+(?:and|but|then)")  # "reacted on the cancellation and"
_OPENING_SPEAKER = re.compile(r"^(?:[^,]{0,40},\s+)?(?P<np>[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|[a-z]+)){0,5}?)\s+(?:has\s+|had\s+)?"
                              r"(?:said|says|confirmed|confirms|announced|stated|told)\b")
_AMONG_WHO_SAY = re.compile(rf"^(?P<np>[A-Z][^;:\"“”]{{2,160}}?)\s+(?:is|are|was|were)\s+(?:also\s+)?among\s+(?:the\s+|those\s+|many\s+)?"
                            rf"(?:[\w'’-]+\s+){{0,3}}?(?:who|that)\s+(?:{SPEECH_VERBS})\b")
_STATEMENT = re.compile(r"^(?P<np>.{3,120}?)\s+(?:issued|released|gave|made|published|sent(?:\s+out)?|put\s+out|provided|e-?mailed)\s+"
                        r"(?:(?:me|us|reporters|the\s+\w+)\s+)?(?:the\s+following|a|this)"
                        r"(?:\s+(?:follow-up|new|brief|short|written|second|joint|separate|lengthy|formal))?\s+statement\b"
                        # "COAI last week shared its latest report detailing ...": the body whose report it is
                        # "COAI on Thursday released latest telecom subscriber numbers": the figures, too
                        r"|^(?P<issuer>.{3,250}?)\s+(?:issued|released|published|shared|unveiled|presented)\s+"
                        r"(?:(?:a|an|its|their|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:report|figures|numbers|data|statistics)\b"
                        # "The following is a statement from Blue Apron CEO Linda Findley Kozlowski:"
                        r"|^(?:the\s+following|below)\s+is\s+(?:a|the)\s+statement\s+(?:from|by)\s+(?P<from>[^:]{3,120}?):?\s*$",
                        re.IGNORECASE)


# A name and what titles it, up to the first word in lower case that is no connector ("WFP's 2026 Global Outlook")
_LEADING_NAME = re.compile(r"(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|\d{4}|of|for|and|on|the|&))*")


def _phrase_after(text: str, start: int) -> str:
    """The noun phrase from `start` to its first break, read through titles written short ("Capt. Jordan Motta")."""
    rest = text[start:]
    position = 0
    for end in _PHRASE_END.finditer(rest):
        if end.group().startswith(".") and re.search(rf"\b(?:{'|'.join(TITLE_ABBREVIATIONS)})$", rest[:end.start()]):
            continue
        position = end.start()
        break
    else:
        position = len(rest)
    return rest[:position]


def heading_lead_in(line: str) -> Attribution | None:
    """Who a line set apart before a paragraph names as its speaker, with a verb and a colon ("The New York Times
    reports:", "Hewitt writes:", or the verb first: "Stated Stone:"); none for a bare label ("CORRECTION:")."""
    found = find_attribution(line)[0]
    if not found.explicit and _VERB_FIRST.match(f"{line} “"):
        found = find_attribution(f"{line} “…”")[0]
    return found if found.explicit else None


def find_attribution(text: str, *, open_at_start: bool = False) -> tuple[Attribution, bool]:
    """Who the sentence says is speaking (quoted words masked), and whether a quote is open at its end."""
    found, open_at_end = _find_attribution(text, open_at_start=open_at_start)
    if found.name and found.phrase.endswith(("'s", "’s")) and not found.name.endswith(("'s", "’s")) and (
            found.phrase[:-2].endswith(found.name.split()[-1])) and re.search(
            rf"{re.escape(found.phrase)}\s+{_NEVER_A_NOUN.pattern}", text):
        # "Moody's said", "Lowe's told investors": "'s" right before the verb is the name's own, no possessive
        found = replace(found, name=found.name + found.phrase[-2:])
    return found, open_at_end


def _find_attribution(text: str, *, open_at_start: bool) -> tuple[Attribution, bool]:
    masked, open_at_end = mask_quotes(text.strip(), open_at_start=open_at_start)
    masked = _PARTY_TAG.sub("", masked)  # "Mitch McConnell's, R-Kentucky, office said": party and state, no name
    masked = _DATELINE.sub("", masked)  # (after the party: "Trey Gowdy, R -S.C., said" opens with no dateline)
    masked = re.sub(r",\s+(Jr|Sr|Jnr|Snr)\.", r" \1.", masked)  # "Louis V. Franklin, Sr." is one name
    masked = _COMMA_LEGAL_FORM.sub(r" \1", masked)  # "2seventy bio, Inc.": one name
    masked = _DEGREE_TAG.sub("", masked)  # "CMO Michael Anderson, MD, told the Kitsap Sun": letters, no name
    masked = _EXCHANGE_TAG.sub("", masked)  # "2seventy bio, Inc. (Nasdaq: TSVT), today announced": a listing, no name
    masked = _TOWN_STATE_BODY.sub(_town_state_body, masked)  # "the Cupertino, Calif., company": no clauses
    masked = _NICKNAME.sub(" ", masked)  # "Juan Miguel “Migz” F. Zubiri said": one person, by name
    masked = re.sub(r",\s*$", "", masked)  # "X ... stated," before a quote set apart as its own sentence
    masked = _HAS_SAID.sub(_has, masked)  # "He's said", "Trump's long argued": has, not a possessive
    if is_title_case(masked):  # "Glenn Beck Says Trump Poses A Threat", "..., Trevor Noah Says.": the verb of a headline
        masked = _HEADLINE_VERB.sub(lambda verb: verb.group(0).lower(), masked)
    if "," not in masked or not _DIGIT_GROUP.search(masked):
        return _find(masked), open_at_end
    # "Paul Ryan, who won 1,500 votes, said": the comma of a number parts no clauses (and is given back after)
    found = _find(_DIGIT_GROUP.sub(_THOUSANDS, masked))
    return replace(found, **{field: value.replace(_THOUSANDS, ",") for field, value in vars(found).items()
                             if isinstance(value, str) and _THOUSANDS in value}), open_at_end


# "the Cupertino, Calif., company reported": a town and its state inside one noun phrase, not commas between clauses
_TOWN_STATE_BODY = re.compile(r"\b(?P<town>[Tt]he\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+(?P<state>[A-Z][A-Za-z.]*\.),"
                              r"(?=\s+[a-z])")


# A nickname quoted inside a person's name: 'Rep. Robert "Bobby" Scott', "Senator Francis ‘Tol’ N. Tolentino"
_NICKNAME = re.compile(r" [\"“‘](?<=[a-z] [\"“‘])[A-Z][a-z]+[\"”’] (?=[A-Z])")


def _town_state_body(match: re.Match) -> str:
    if not is_state_written_short(match.group("state")):
        return match.group(0)
    return f"{match.group('town')} {match.group('state')}"


_DIGIT_GROUP = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_THOUSANDS = "\u066c"  # the Arabic thousands separator: neither a comma, a space nor a word character


_HEADLINE_VERBS = r"(?:Says|Tells|Warns|Claims|Admits|Insists|Vows|Argues|Predicts|Declares)"
# "X on Y", "X Slams Y": where a title-case headline's speaker ends (its speech verbs are lowered before)
_HEADLINE_TOPIC = re.compile(r"\s+(?:[Oo]n|Hammers|Slams|Blasts|Rips|Praises|Addresses|Calls|Defends|Knocks|Mocks|Attacks"
                             r"|Responds|Reacts|Urges|Thanks|Hails|Accuses|Denies|Touts|Backs|Endorses|Questions)\s+")
_HEADLINE_VERB = re.compile(rf"(?<=\S\s){_HEADLINE_VERBS}(?=\s|\.?$)")


def _has(match: re.Match) -> str:
    """"He's said", "Trump's long argued": has; but a name's own "'s" right before the verb stays ("Moody's said",
    "McDonald's said")."""
    who = match.group("who")
    if who[:1].isupper() and who.lower() not in {"he", "she", "it", "i", "we", "you", "they", "that", "who"} and not (
            match.group("adverb")):
        return match.group(0)
    return f"{who} has "


_HAS_SAID = re.compile(r"\b(?P<who>\w+)['’](?:s|ve)\s+(?=(?P<adverb>(?:also|long|repeatedly|often|previously|since|already|"
                       r"publicly|privately|never|consistently|frequently)\s+)?(?:said|told|claimed|argued|insisted|stated"
                       r"|suggested|warned|acknowledged|admitted|maintained|denied|promised|pledged|vowed)\b)")


_PARTY_TAG = re.compile(r",\s*[RDI]\s?-\s?[A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]+)?(?=,)"
                        r"|\s*\((?:[RDI]|Rep|Dem|GOP)\.?-?(?:[A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]+)?)?\)")  # "Sen. X (R-S.C.)"
# "(NYSE: BMY)", "(Nasdaq: TSVT)", "(LSE: BP.)": where a company's shares trade, written after its name in releases
_EXCHANGE_TAG = re.compile(r"\s*\((?:NYSE(?:\s+American)?|Nasdaq|NASDAQ|AMEX|LSE|TSX(?:V)?|ASX|NZX|SGX|HKEX|OTC\w*|Euronext"
                           r"(?:\s+\w+)?)\s*:\s*[A-Z][A-Z0-9.]*\)")
_DEGREE_TAG = re.compile(r",\s*(?:MD|M\.D\.|PhD|Ph\.D\.|RN|MPH|Esq\.?|QC|KC|OBE|MBE|CBE)(?=,|\.?\s*$)")
# "states" is the verb before what is stated ("X states that", "states the obvious", a quote, a colon), else a noun
_STATES_NOUN = re.compile(r"states(?!\s*(?:(?:that|the|a|an|its|his|her|their|this|it)\b|[“\"‘':]))", re.IGNORECASE)
# "Harsh comments are earning ...", "claims that have been made", "Southern states that will hold contests": a
# plural noun, as the verb after it (or after "that") agrees with a plural
_PLURAL_NOUN = re.compile(r"(?:claims|reports|comments|notes|estimates|states)(?=\s+(?:are|were|have|had)\b"
                          # "Television reports said", "Initial reports spoke of": the noun, then its verb
                          r"|\s+(?:said|say|showed|show|suggested|suggest|indicated|indicate|spoke)\b"
                          r"|\s+that\s+(?:are|were|have|had)\b)|states\s+that\s+(?:will|would|could|can|may|might)\b")
_SPEECH_SOON = re.compile(rf"[^,;]{{0,30}}?\b(?:{SPEECH_VERBS})\b")  # a speech verb just after a subject, same clause
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s?\s+$")
_HAVE_BEFORE = re.compile(r"\b(?:have|has|had)\s+$")  # "Malaysia, Brunei and Taiwan have claims in the area"
# "asking him to probe claims Clinton made", "only he can issue comments to the media"
_INFINITIVE_BEFORE = re.compile(r"\b(?:to|can|could|will|would|shall|should|may|might|must)\s+[a-z]+\s+$")


# (a number between: "for their 12 comments")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|his|her|their|its|our|my|your|such|any|no|several)\s+(?:\d[\d,.]*\s+)?$",
                                re.IGNORECASE)


# "a Breitbart News report that", "a confirmed CNN report", "Pagliano's Fifth Amendment claims": after "a" or a
# possessive and a name, a word that can be a noun is one
_A_NAME_BEFORE = re.compile(r"(?:\b[Aa]n?\s+(?:[a-z]+\s+){0,2}|\w['’]s?\s+|\b[Tt]he\s+(?:latest|new|recent|last|first|final|monthly"
                            r"|weekly|annual|quarterly|official)\s+)(?:[A-Z][\w.'’&-]*\s+){1,3}$")  # "the latest FEC reports"
_NOUN_FORM = re.compile(r"(?:report|claim|comment|note|estimate|tweet|post|statement)s?\b")


# after a name's "'s", still the verb: "Moody's said", "McDonald's told investors" (not "Trump's claims")
_NEVER_A_NOUN = re.compile(r"(?:said|says|told|tells|wrote|warned)\b")


def _noun_not_verb(plain: str, start: int) -> bool:
    """"Trump's claims", "40 states", "Mr. Trump's comments": the word a speech verb would be, used as a noun."""
    before = plain[max(0, start - 40):start]
    return bool(_STATES_NOUN.match(plain, start) or _PLURAL_NOUN.match(plain, start) or _POSSESSIVE_BEFORE.search(
        before) and not _NEVER_A_NOUN.match(plain, start) or re.match(r"\w+s\b", plain[start:start + 20]) and (_HAVE_BEFORE.search(before)
                                                                     or _INFINITIVE_BEFORE.search(before))
        or _DETERMINER_BEFORE.search(before)  # "to assess the comments", "these claims"
        # "citing a Breitbart News report" (read up to the word, not in the window, which may cut a word to "a")
        or _NOUN_FORM.match(plain, start) and _A_NAME_BEFORE.search(plain, max(0, start - 100), start)
        # "liable for alleged anomalous policies": an adjective after a preposition or an article, no one alleging
        or _ADJECTIVE_ALLEGED.match(plain, start) and _PREPOSITION_BEFORE.search(before))
# ("for alleged anomalous policies", "the alleged misuse")
_ADJECTIVE_ALLEGED = re.compile(r"alleged\s+(?!that\b|to\b)[a-z]")
_PREPOSITION_BEFORE = re.compile(r"\b(?:for|of|in|on|over|about|with|into|against|from|the|an?|its|his|her|their)\s+$")
_DESCRIBED_AS = re.compile(r"described\s+as\b")
_ACTIVE_SUBJECT_BEFORE = re.compile(r"(?:\b(?:he|she|they|we|I|who|which|it)|[A-Z][\w'’.-]*|\bwhat\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)"
                                    r"(?:\s+[a-z]+ly)?\s+$")  # "what analysts described as"
_ANY_CUE = re.compile(rf",\s+per\s|\b[Aa]s\s+per\s|\b(?:{SPEECH_VERBS}|{INVERSION_VERBS}|continued|replied|asked|went\s+on|shared|condemned|denounced|{_HOW_SAID}|[Aa]ccording|[Ii]n\s+the\s+words\s+of|citing|cited|quoted\s+as|statement|study|report|"
                     r"[Ff]igures|[Dd]ata|[Ss]tatistics|[Ss]urvey|[Pp]oll|[Ee]stimates|[Tt]esting|[Tt]ests|[Rr]ecords|"
                     r"[Ii]nformation|analysis|survey|research|review|(?:[Rr]esearchers|[Ss]cientists)\s+(?:at|from))\b|:")


_LIST_TAIL = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+(?:and|&)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")
_LIST_HEAD = re.compile(r"(?:^|,)\s*(?P<head>[^,]*\b(?:for|of|in|from|at)\s+(?:the\s+)?[A-Z][\w.'’-]*)$")


# "and Chairman of the Australian Centre", "the chief executive": a title, and what of, with no name after it
_TITLE_OF = re.compile(r"(?:and\s+)?(?:the\s+)?(?P<title>[\w-]+)(?:\s+(?-i:[a-z])[^,]*)?", re.IGNORECASE)


def _first_of_two_bodies(chunk: str) -> str:
    """The first of two bodies named together: "the Nationwide and the Halifax", each with its article (not "Minister
    of Finance and the Public Service Dr. Nigel Clarke": one minister of two portfolios, then the name); "a tally by
    the Center for Responsive Politics and USA TODAY", a body and a newspaper (not one name of both)."""
    two_bodies = re.split(r"\s+and\s+the\s+(?=[A-Z])", chunk, maxsplit=1)
    if len(two_bodies) == 2 and all(name_runs(p) for p in two_bodies) and not (
            any(_bare(w) in TITLE_WORDS for w in two_bodies[0].split()[:3])
            and len(held := head_name(name_runs(two_bodies[1])[-1]).split()) >= 2 and guess_kind(" ".join(held)) == "person"):
        return two_bodies[0]
    # (the last "and" only, found once: a newspaper's name after it is capitalised words alone)
    last = next(reversed(list(_AND.finditer(chunk))), None)
    if last and re.search(r"[a-z]", chunk[1:last.start()]) and _CAPITALISED_WORDS.fullmatch(chunk, last.end()) and (
            guess_kind(chunk[last.end():]) == "outlet") and guess_kind(head_name(chunk[:last.start()].split())) in {
            "organization", "outlet"}:
        return chunk[:last.start()]
    return chunk


_AND = re.compile(r"\s+and\s+")
_CAPITALISED_WORDS = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")


def _whole_list(before: str, phrase: str) -> str:
    """"..., the deputy assistant secretary of defense for Russia, Ukraine and Eurasia said": the phrase after
    the last comma ends a list of places inside the speaker's title, so the speaker is the title's head."""
    if _LIST_TAIL.fullmatch(phrase.strip()):
        head = _LIST_HEAD.search(before)
        if head and head.group("head").strip()[:1].islower():
            return head.group("head")
    return phrase


# '"Barkley is out, not available for tomorrow." – Unai Emery': a quote signed with a dash, as roundups print them
# ("– Lopes on a credit card that is part of the mayor’s office budget.": the speaker, then what the words were on)
_SIGNED = (r"[–—]\s*(?P<np>[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,7}?)"
           r"(?:\s+(?:on|to|about|after|when|while|during|at)\s[^–—\"“”]*)?\s*$")
_DASH_AFTER_QUOTE = re.compile(rf"(?:[”\"»]\s*|^){_SIGNED}")
SIGNATURE = re.compile(_SIGNED)  # a sentence that is only "– Unai Emery": it signs the quote before it


def _named_subject(subject: str) -> Attribution | None:
    """The speaker a short subject without a verb names ("His campaign manager, Jeff Weaver"); not one a
    described thing holds ("The contrast with Trump")."""
    if len(subject.split()) > 8 or _FINITE.search(subject) or (
            re.match(r"(?:the|a|an)\s+[a-z]", subject, re.IGNORECASE) and "," not in subject):
        return None
    named = read_speaker(subject)
    return named if named.name else None


# a clause inside the sentence, after a main clause, whose subject speaks
# (not "The poll showed that although X has touted": inside what the poll showed; not "after World War II. Some
# Americans": two sentences)
_SUBORDINATE_SUBJECT = re.compile(r"^\S+(?:\s+\S+)+?(?<!\sthat)\s+(?:because|since|although|though|whereas|after|when|until"
                                  # ("after a gaffe by House Majority Leader Kevin McCarthy suggested": his)
                                  r"|unless|once)\s+(?P<np>(?:(?:an?|the)\s+(?:[a-z-]+\s+){1,2}(?:by|from)\s+)?"
                                  r"[A-Z](?:(?![A-Z]{2,}\.\s|[a-z]{3,}\.\s)[^,;])*?)"
                                  r"(?:\s+(?:has|have|had))?$")


# "..., with Governor Michele Bullock telling a press conference that ...": who speaks in the clause after "with"
# ("..., with party spokesperson Jairam Ramesh alleging that": a described name too)
_WITH_X_SAYING = re.compile(r",\s+with\s+(?P<np>(?:(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:spokes(?:man|woman|person)|leader"
                            r"|chief|minister|secretary|president|chairman|chair)\s+)?(?:[A-Z][\w.'’-]*\s+){0,5}?[A-Z][\w'’-]+)"
                            r"\s+(?:saying|telling|adding|noting|warning|arguing|insisting|claiming|stating|alleging)\b")


# "Lewandowski continued to say", "X went on to claim": the subject of the verb before
# ("went so far as to say", "was quick to point out", "took to Twitter to say")
_GOES_ON_TO = re.compile(r"\s+(?:continued|continues|went\s+on|goes\s+on|began|begins|started|starts|went\s+so\s+far\s+as"
                         r"|(?:was|were|is|are)\s+quick|took\s+to\s+(?:Twitter|Facebook|Instagram|social\s+media"
                         r"|the\s+airwaves))\s+to$")


# "the party's leader", "a longtime friend": a short noun phrase with an article and no verb
_DESCRIBED_NOUN_PHRASE = re.compile(r"(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}(?!(?-i:[a-z]+ed)$)[\w'’-]+")


# "UNB adds:", "Reuters reports:": a wire's credit before a sentence that names its own speaker
_WIRE_ADDS = re.compile(r"(?:[A-Z][\w.&'’-]*\s+){1,3}(?:adds|reports|writes)\s*:\s+(?=[A-Z])")


def _find(plain: str) -> Attribution:
    dashed = _DASH_AFTER_QUOTE.search(plain)
    if dashed:  # "– Mikel Arteta on Myles Lewis-Skelly": the speaker, then what about
        speaker = read_speaker(re.sub(r"\s+on\s+.*$", "", dashed.group("np")))
        if speaker.name:
            return speaker
    verb_first = _VERB_FIRST.match(plain)
    if verb_first:
        return read_speaker(verb_first.group("np"))
    accompanying = _WITH_X_SAYING.search(plain)
    if accompanying and (speaker := read_speaker(accompanying.group("np"))).name:
        return speaker  # "The RBA left the rate at 4.35%, with Governor Michele Bullock telling reporters that ..."
    if not _ANY_CUE.search(plain) and not _SAYING.search(plain):
        return Attribution()  # no speech verb, "according to" or colon: nobody is quoted (most sentences)
    if (credit := _WIRE_ADDS.match(plain)) and (inner := _find(plain[credit.end():])).name:
        return inner  # "UNB adds: Home minister Asaduzzaman today said ...": the agency adds what he said
    located = _GROUP_IN_PLACE.match(plain)
    if located:  # "Officials in Barangay Ucab, Itogon told ...": a group somewhere, not the place after the comma
        return Attribution(explicit=True, phrase=located.group("np"))
    match = _ACCORDING.search(plain)
    if match:
        phrase = _phrase_after(plain, match.end())
        if match.start() == 0 and len(phrase.split()) > 8 and (named := _LEADING_NAME.match(phrase)):
            # "According to WFP's 2026 Global Outlook around 14 million people are ...": no comma ends the name
            phrase = named.group(0)
        named = _APPOSED_NAME.match(plain[match.end() + len(phrase):])
        if named and (phrase.lower().startswith("the ") or is_office(phrase) or re.match(r"(?i:an?)\s", phrase) and (
                _bare(phrase.split()[-1]) in PERSON_ROLES)):
            # "according to the head of X, Pavlo Lakiichuk, ...", "According to Kileleshwa ward MCA, Robert Alai, ...",
            # "according to a statement signed by the ministry spokesman, John Ade."
            return read_speaker(named.group(1))
        if _PUBLISHED_IN.match(phrase):
            phrase = ""  # "according to a study published in JAMA": where it appeared, not whose it is
        phrase = re.sub(r"^(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:report|statement|study|survey|analysis|data|"
                        r"figures|estimate|estimates|poll)\s+(?:by|from|of|in)\s+", "", phrase)
        # "according to the CDC's latest update", "according to CDC data": the body behind the document
        # "according to the Central Statistics Office's consumer price index for May": the office
        phrase = re.sub(r"^(?:the\s+|an?\s+)?(?P<body>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)(?:['’]s\s+(?:\w+\s+){0,3}?|\s+)"
                        r"(?:update|report|statement|study|survey|analysis|data|figures|estimates?|statistics|"
                        r"records|count|tally|poll|index|census|forecasts?|projections?|numbers|research"
                        r"|website|site|dashboard|page|account|tweet|post|tracker|database|filings|(?:polling\s+)?average"
                        r"|memo|letter|e-?mails?|lawsuit|complaint|affidavit|testimony|memoir|book|summary"
                        r"|(?i:outlook|review|bulletin|assessment))"
                        r"(?:\s+(?:for|of|on|in|from|published|released)\s[^,;]*)?$", r"\g<body>", phrase)
        according = read_speaker(phrase)
        if according.name and is_place(according.name) and re.search(
                rf"\s(?:in|across|throughout)\s+(?:the\s+)?{re.escape(according.name)}$", phrase):
            according = replace(according, name=None)  # "according to the exit polls in New Hampshire": where, not who
        by = re.match(r"(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:report|study|survey|analysis)\s+by\s+"
                      r"(?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){1,3})$", _phrase_after(plain, match.end()))
        if by:  # "according to a report by Study Finds": an outlet of common words is a name here
            return Attribution(name=by.group("name"), explicit=True, phrase=by.group(0), proper=True)
        relayed_by = _AS_REPORTED_BY.search(plain, match.end())
        if not according.name and relayed_by:  # "..., according to state data, as reported by Reuters": Reuters
            speaker = read_speaker(relayed_by.group("np"))
            if speaker.name:
                return replace(speaker, relayed=True)
        if match.start() == 0:
            rest = plain[match.end() + len(phrase):].lstrip(" ,")
            if not according.name and rest:  # "According to media reports, General Secretary X said that ...": X
                named = _find(rest)
                if named.name:
                    return named
            return according
        # "X said ..., according to Reuters" or "... to media reports": X, whom the report relays
        named = _find(plain[:match.start()].rstrip(" ,"))
        # ("The company said revenue ..., according to Thomson Reuters", '"...," he told Y, according to officials':
        # who spoke, as an agency, a paper or unnamed people relay it; not "The port authority reported ...,
        # according to Minister X")
        # ("The company expects revenue of $37.5 billion, against estimates of $37.08 billion, according to LSEG
        # data": the company, whose forecast is set beside a data firm's figures)
        relaying = not according.name or is_newspaper(according.name) or bool(_NEWS_AGENCY.fullmatch(according.name)) or (
            bool(re.search(r"\s(?:data|figures|estimates|statistics|numbers)$", _phrase_after(plain, match.end()))))
        # ("The Trump campaign announced ..., according to Politico": the campaign, a name's, which the paper reports)
        return named if named.name or CAMPAIGN.fullmatch(named.phrase or "") or (named.role or named.pronoun) and (
            relaying) else according
    signed = _SIGNED_BY.match(plain)
    if signed:
        speaker = read_speaker(signed.group("np"))
        if speaker.name or speaker.role:  # ("In the statement released on Friday by the ministry, ...": the ministry)
            return speaker
    relayed = _QUOTED_AS.search(plain)
    if relayed:
        speaker = read_speaker(relayed.group("obj"))
        if speaker.someone:  # "Xinhua quoted the governor as saying": the governor
            return speaker
    quoted = _QUOTED_AS_PASSIVE.search(plain)
    if quoted and (speaker := read_speaker(quoted.group("np"))).someone:
        return speaker  # "..., operator Qbuzz was quoted as saying by the ANP news agency": Qbuzz, not the agency
    cited = _CITING.search(plain)
    if cited and cited.start() > 0:
        before = plain[:cited.start()].rstrip(" ,")
        speaker = read_speaker(before.split(",")[-1] if "," in before else before)
        first = _find(before.rsplit(",", 1)[0]) if speaker.name and "," in before else Attribution()
        if first.explicit and first.phrase:
            # "..., the statistical authority announced on June 3, Trend reports citing X": the authority
            return replace(first, relayed=True)
        if speaker.name:
            after = _phrase_after(plain, cited.end())
            source = read_speaker(after)
            if source.name and re.search(rf"{re.escape(source.name.split()[-1])}['’]s?\s", after):
                source = Attribution()  # "citing the release of prisoners and Suu Kyi's election": a fact, no source
            if source.name and guess_kind(source.name) == "person":
                return replace(source, relayed=True)  # "..., Bloomberg reported, citing Energy Minister X": X
            if source.name and _NEWS_AGENCY.fullmatch(speaker.name) and (
                    source.name.isupper() or guess_kind(source.name) == "organization"):
                return replace(source, relayed=True)  # "..., Yonhap news agency reported, citing the NIS": the NIS
            speaker.cited = source.name
            return speaker
    colon = _COLON_SPEAKER.match(plain)
    # "X reacted to the news, saying:": read as "saying" is (not "a text message to supporters saying:")
    # (not 'he had silenced her: "She signed an agreement," he told the Times': the quote's own speaker after it)
    pronoun_after = _AFTER_QUOTE_PRONOUN.search(plain, colon.end()) if colon else None
    opener = _NAME_THEN_VERB.match(_past_leading_clause(colon.group("np"))) if pronoun_after else None
    if opener and is_source_name(opener.group("name")):
        # 'Mosman saw the words differently: "...," he said': Mosman, whom "he" stands for
        return read_speaker(opener.group("name"))
    # ('It may have an impact: "...," Isaac Boltansky, an analyst, wrote': the one named after the quote)
    named_after = _AFTER_QUOTE.search(plain, colon.end()) if colon and not pronoun_after else None
    if colon and not re.search(r",\s+(?:[a-z]+ly\s+)?(?:saying|stating|adding|noting)$", colon.group("np")) and not (
            pronoun_after or named_after and _is_person_name(named_after.group("np").split(",")[0].strip())):
        # ("At the town hall in Hudson, New Hampshire Monday, the Christie supporter retorted:": past where and when
        # to the subject of the verb; not "Then, later that month on CNN:", no verb, no subject)
        lead_in = whole_lead_in = colon.group("np")
        lead_in = _past_leading_clause(lead_in) if _SPEECH.search(f"{lead_in}:") else lead_in
        subject = re.split(r"\s+(?:is|are|was|were|has|have|had)\s+", lead_in, maxsplit=1)[0]
        # "Kelly responded pointedly, with a smile:": a verb that reads as speech only before its colon
        verb = _SPEECH.search(f"{subject}:") or re.search(rf"\b(?:{INVERSION_VERBS})\b", subject)
        if verb:  # "He told the BBC:": the subject speaks, not the broadcaster
            subject = subject[:verb.start()]
        if all(word[:1].isupper() or word in {"on", "of", "to", "for", "and", "the", "a"} for word in subject.split()):
            # a headline's "Gillibrand on Hillary ...: ‘...’", "Warren Hammers Wells Fargo CEO: ‘...’": the one
            # who speaks on a subject, the subject of the headline's verb
            subject = _HEADLINE_TOPIC.split(subject, maxsplit=1)[0]
        speaker = read_speaker(subject)
        if not (speaker.name or speaker.pronoun) and (verb := _SPEECH.search(whole_lead_in)) and (
                (inner := _find(whole_lead_in[:verb.end()])).name or inner.pronoun):
            return inner  # "His Catholic faith is important to him, and he said he often thinks of ...:": he
        return speaker
    for pattern in (_AFTER_QUOTE_INVERTED, _AFTER_QUOTE, _TRAILING_INVERTED, _STUDY_BY, _TRAILING, _TRAILING_TOLD,
                    _PARENTHETICAL):
        found = pattern.search(plain)
        if found and re.search(r"\b(?:is|are|was|were|be|been|being)$", found.group("np")):
            continue  # "..., and whether the findings are confirmed": a passive, not a speaker
        if found and pattern in (_TRAILING, _AFTER_QUOTE, _PARENTHETICAL) and (verb := _SPEECH.search(plain, found.end("np"))) and \
                _noun_not_verb(plain, verb.start()):
            continue  # "..., Mexico must rebut Trump's claims.": no one claims
        if found and pattern in (_TRAILING, _AFTER_QUOTE) and re.search(r"\sto$", _GOES_ON_TO.sub("", found.group("np"))):
            continue  # "invoked Reagan's deficit in 1980 to claim": an infinitive, whose subject is the verb's before
        if found and pattern is _TRAILING and _FINITE.search(plain[found.end("np"):]):
            continue  # "..., Trump said during the debate were sparked by ...": a clause reported inside another
        if found and pattern in (_TRAILING, _TRAILING_TOLD) and _SPEAKS_FIRST.match(found.group("np")) and not (
                _noun_not_verb(plain, found.start("np") + _SPEAKS_FIRST.match(found.group("np")).start("verb"))):
            continue  # "In an interview, Mr. Ross said Mr. Obama had told leaders ...": Ross speaks, Obama is reported
        if found and pattern in (_AFTER_QUOTE_INVERTED, _TRAILING_INVERTED) and _CIRCUMSTANCE.match(found.group("np")):
            continue  # 'X, star of "The Apprentice," said in an interview with Y that': X spoke, before the title
        if found and pattern in (_TRAILING_INVERTED, _AFTER_QUOTE_INVERTED) and (
                _FINITE_AFTER_NAME.search(found.group("np")) or _REPORTED_CLAUSE.match(found.group("np"))
                or _APPOSED_THEN_VERB.match(found.group("np"))):
            # "X, Dr Sandra Close, says Kalgoorlie's Super Pit was the largest": what is said, not who (nor "X, the
            # minister, says Abdulahi Sule, governor of Nasarawa, never claimed ...": the subject described between
            # commas)
            continue
        if found and pattern is _AFTER_QUOTE and re.search(r"\s(?:--?|—|–)$", found.group("np")):
            continue  # 'X - who said he would "bomb" oil fields held by Y - said': the aside ends, X speaks
        if found and pattern is _AFTER_QUOTE and re.fullmatch(r"(?:(?:--?|—|–)\s*)?(?:and|but|then)", found.group("np")):
            continue  # 'boasted of his organization - "the best in the state" - and stressed': the subject goes on
        if found and pattern in (_TRAILING, _TRAILING_TOLD) and re.match(r"(?:who|which)\s", found.group("np")) and (
                _FINITE.search(found.group("np"))):
            continue  # "X said the candidate was headed to the venue, which she was doing when security ... told her"
        if found and pattern is _AFTER_QUOTE and re.match(r"(?:who|which)\s", found.group("np")):
            continue  # 'X, a contestant on "The Apprentice," who went on to work alongside Trump, said': X, before it
        if found and pattern is _AFTER_QUOTE and re.fullmatch(r"(?:when|after|before|if|once)(?:\s+being)?", found.group("np")):
            continue  # 'on CNN's "Fareed Zakaria GPS," when asked about Trump, President Obama said': asked, not asking
        if found and pattern is _AFTER_QUOTE and re.fullmatch(r"(?-i:[a-z]+ed)\s[^…]*\sand", found.group("np")):
            continue  # 'summed her up as "terrible," denounced her record and said': the subject goes on
        if found and pattern is _AFTER_QUOTE and _AFTER_SCARE_QUOTE.match(found.group("np")):
            continue  # 'had "chickened out" of a debate with him and accused him': words after a scare quote
        if found and pattern is _AFTER_QUOTE and found.group("np").endswith(",") and (
                inverted := _TRAILING_INVERTED.search(plain, found.end("np") - 1)) and not _CIRCUMSTANCE.match(
                inverted.group("np")) and not read_speaker(found.group("np")).someone:
            continue  # 'The promise to "take our country back" appeals to whites, said X': X, named after the verb
        if found and not _SUBORDINATE.match(found.group("np")):  # '"...," after his minister said': not the speaker
            np = found.group("np")
            if pattern in (_TRAILING, _TRAILING_TOLD, _AFTER_QUOTE, _PARENTHETICAL):
                # "..., with Gyokeres threatening to strike as Varandas told the media:": the one before the verb
                # ("..., jabbing her finger at an activist as she angrily said": she)
                # (not "X, who served as Hillary Clinton's chief of staff," told: an aside, between commas)
                if not (after_as := re.split(r"\s+(?:as|while|when|where)\s+(?=[A-Z]|(?:he|she|they|his|her|their)\b)",
                                             np)[-1]).endswith(","):
                    np = after_as
                # '... a federal "supermax" prison in Colorado, and a former defense official said': a new clause
                np = re.split(r",\s+(?:and|but)\s+(?=(?:an?|one|another|the)\s)", np)[-1]
                # '"Obama-Clinton" policies, which he said': the pronoun
                np = _PRONOUN_OPENS_CLAUSE.sub("", np)
                np = _GOES_ON_TO.sub("", np)  # '"...," Smith went on to claim': Smith
            if pattern is _AFTER_QUOTE and plain[found.start() - 1:found.start()].isalnum() and plain[
                    found.start() + 1:found.start() + 2] != ",":
                np = np.rsplit(",", 1)[-1].strip()  # 'Trump “The Dealmaker” Could Address Energy, Lindsey Graham Says'
            if pattern in (_AFTER_QUOTE_INVERTED, _TRAILING_INVERTED):
                np = _personal_name_before(_NAME_TO_AUDIENCE, np)
            gesture = _NAME_THEN_GESTURE.fullmatch(np) if pattern in (_TRAILING, _PARENTHETICAL) else None
            if gesture:  # "When asked whom she supported, Ms. Sherry smiled and said": Ms. Sherry
                np = gesture.group("name")
            if pattern is _TRAILING and _SECOND_PREDICATE.fullmatch(np) and (opener := subject_person(plain)):
                # "Ghulam Nabi Azad, DPAP chief, whose flight was cancelled, reacted on it and stated,": the subject
                return read_speaker(opener)
            speaker = read_speaker(_whole_list(plain[:found.start()], np))
            # 'Hillary Clinton said the foundation had "overwhelming disclosure," referencing its donations, but
            # multiple reports revealed otherwise': after a quote, the subject speaks when the words name no one
            opening = _OPENING_SPEAKER.match(plain) if pattern in (_TRAILING, _TRAILING_INVERTED, _AFTER_QUOTE_INVERTED) \
                or pattern is _AFTER_QUOTE and not speaker.name else None
            if opening and _SUBORDINATE.match(plain) and not (")" in found.group("np") and "(" not in found.group("np")):
                # 'When Sanders said at a rally ..., he "...," said Drew Heiserman': a clause of time opens the
                # sentence, whose own speaker is named last (unless inside an aside: '(..., declared La Stampa)')
                opening = None
            if opening and opening.start("np") < found.start():
                subject = read_speaker(opening.group("np"))
                # "He said the plan would cost $5bn, Bloomberg reported": the outlet relays what he said
                if subject.name or pattern is not _AFTER_QUOTE and (subject.pronoun or subject.role) and re.search(
                        r"\breport(?:ed|s)\b", found.group(0)):
                    return subject
            opener = subject_person(plain) if speaker.pronoun else None
            if opener and re.search(rf"{re.escape(opener)}(?:,\s+(?:who|which)\s[^,]*,)?\s+(?:{SPEECH_VERBS})\b", plain):
                return read_speaker(opener)  # 'Mark Newman, who follows X, said ...; "...," he wrote': Newman
            if not speaker.name and re.search(r"\b(?:and|but|then)$", np.strip(" ,")) and (
                    leading := _SUBJECT_THEN_VERB.match(_past_leading_clause(plain))) and (
                    (opener := read_speaker(leading.group("who"))).name or opener.pronoun):
                # 'She blamed the violence on a "disturbed person," not on his religion, and said', "In the learnings
                # from the game, Lobera thought his team has work to do and expressed,": the subject's second verb
                return opener
            if pattern is _TRAILING_INVERTED and not speaker.someone and (
                    named := _named_subject(plain[:found.start()].strip(" ,"))):
                return named  # "His campaign manager, Jeff Weaver, said Sanders believes ...": Weaver, the subject
            if speaker.explicit:
                return speaker
    poll = _POLL_SHOWS.search(plain) or _POLL_OPENS.match(plain)
    if poll:  # "..., a new Ipsos poll shows.", "A new Gallup poll found ..."
        return _poll_speaker(poll)
    staff = _STAFF_AT_FOUND.match(plain)
    if staff:
        return read_speaker(staff.group("np"))
    shown = _THE_FIGURES_SHOW.search(plain)
    if shown:
        return read_speaker(shown.group("np"))
    owned = _NAMED_FIGURES_SHOW.search(plain)  # "NHS England figures show ...", "..., Labor Department data showed"
    owner = re.sub(r"['’]s$", "", owned.group("np")) if owned else ""  # "G.M.R.'s records show": G.M.R.'s own
    if owned and is_source_name(owner) and (" " in owner or owner.isupper() or _zipf(owner.lower()) < 4.0) and not (
            re.fullmatch(r"[A-Z][a-z]+(?:ed|ing)", owner)):  # "Unsmoothed figures show": what kind, not whose
        # "NHS England figures show", "Eurostat data show": not "Separate figures show", "Government figures"
        return Attribution(name=owner, explicit=True, phrase=owner)
    figures = _FIGURES_FROM.search(plain) or _FIGURES_RELEASED_BY.match(plain)
    if figures and re.search(r"\b(?:poll|survey)\s", figures.group(0)) and is_place(figures.group("np")):
        return Attribution(explicit=True, phrase=figures.group(0))  # "A poll from Utah showed": of a place, by no one
    if figures:  # "Figures from the Office for National Statistics showed ...": the office is the source
        # "... obtained by a Sunday newspaper show": the body whose figures they are, not who obtained them
        return read_speaker(re.sub(r"\s+(?:obtained|seen|received|leaked)\s+(?:by|to)\s.*$", "", figures.group("np")))
    among = _AMONG_WHO_SAY.match(plain)
    if among and (speaker := read_speaker(among.group("np"))).name:
        return speaker  # "Naureen Jahangir, a Sanders supporter, is among those who say ...": she says it too
    relative = _RELATIVE_SAID.search(plain)
    if relative:  # "Labor has costed the Liberals' promises, which Weatherill said would total $1.05 billion"
        speaker = read_speaker(relative.group("np"))
        if speaker.name:
            return speaker
    as_reported = _AS_X_REPORTED.match(plain)
    if as_reported and (speaker := read_speaker(as_reported.group("np"))).name:
        return replace(speaker, relayed=True)
    relayed_by = _AS_REPORTED_BY.search(plain)
    if relayed_by:  # "..., as reported by news agency ANI."
        speaker = read_speaker(relayed_by.group("np"))
        if speaker.name:
            return replace(speaker, relayed=True)
    passive = _PASSIVE_BY.search(plain) or _RELEASED_BY.match(plain)
    if passive:
        np = passive.group("np")
        named = re.match(r",\s*((?:[A-Z]|al-|el-)[\w'’.-]+(?:\s+(?:[A-Z]|al-|el-)[\w'’.-]+){1,3})\s*[.,]?\s*$",
                         plain[passive.end("np"):])
        if named and re.match(r"the\s", np, re.IGNORECASE):
            np = named.group(1)  # "... by the Kuwaiti Assistant Foreign Minister for Consular Affairs, Sami al-Hamad."
        speaker = read_speaker(np)
        if speaker.name or speaker.role:
            return speaker
    statement = _STATEMENT.match(plain)
    if statement and statement.group("from"):
        return read_speaker(statement.group("from"))
    if statement and statement.group("issuer") and not _FINITE.search(statement.group("issuer")):
        issuer = statement.group("issuer")
        # "Apex industry association representing Telecom, Internet, ... companies Cellular Operators Association
        # of India (COAI) on Thursday released ...": the last body named before the verb, not a word of the list
        bodies = [head_name(run) for run in name_runs(issuer) if any(_is_org_word(w) for w in run)]
        return read_speaker(bodies[-1] if "," in issuer and bodies else issuer)
    if statement and statement.group("np") and not _FINITE.search(statement.group("np")) and not _SPEECH.search(
            statement.group("np")):  # ("The Times said Cook provided a written statement": the Times)
        return read_speaker(re.sub(r"\s+(?:has|have|had)$", "", statement.group("np")))  # "Air India has released"
    # "Asked to respond to opposition claims that ..., Mr McCreevy said": not a verb of the opening clause.
    # (what comes just before each verb is read, not the whole sentence again: a run of verbs stays linear)
    verbs = [m for m in _SPEECH.finditer(plain)  # "... before the winner was announced": not a speech
             if not re.search(r"\b(?:was|were|is|are|be|been|being"  # "responding to the claim": a noun
                              r"|the|a|an|his|her|its|their|this|these|those|such"
                              # "amid reports that ...": after a preposition, a noun
                              r"|amid|despite|following|of|about|over|with|from)\s+$", plain[max(0, m.start() - 40):m.start()])
             and not _noun_not_verb(plain, m.start())  # "The Middle Atlantic states of New Jersey": a noun
             # "the candidates most often described as anti-establishment": a passive (not "what he described as")
             and not (_DESCRIBED_AS.match(plain, m.start()) and not _ACTIVE_SUBJECT_BEFORE.search(plain, 0, m.start()))
             # "Donald Trump - who previously said he would ... - said": the verb inside the aside is not the sentence's
             and not re.search(r"\s(?:--?|—|–)\s+(?:who|which)\s[^-—–]*$", plain[max(0, m.start() - 300):m.start()])]
    speech = next((m for m in verbs if "," in plain[:m.start()] or not _is_leading_clause(plain[:m.start()].strip()
                                                                                       or "-")), verbs[0] if verbs else None)
    participle = _SAYING.search(plain)
    # ("X rebuked critics who say ..., saying": what the critics say is reported, X speaks)
    said_by = participle and (not speech or participle.start() < speech.start() or re.search(
        r"\b(?-i:[a-z]+)\s+who\s+$", plain[:speech.start()])) and _participle_subject(plain[:participle.start()])
    if said_by and (not participle.group().lstrip().startswith("by ") or _says_it_by(plain[:participle.start()],
                                                                                     *said_by)):
        # "President X brushed off the notion, saying he had not spoken to Y": the subject says it
        # "In a statement, X ...", "Then he cut into Bush, calling him": the subject after them
        head = said_by[1]
        speaker = read_speaker(head) if head else Attribution()
        if speaker.name or speaker.pronoun or speaker.role == NATIONAL_ROLE:
            # not a role: "The leader of X's party is calling ..., saying"; but "The Wisconsin Republican did
            # give Trump some credit, saying" refers back as "he" would
            return speaker
        # "But the other candidate on the stage, former Secretary of State Hillary Clinton, drew a contrast,
        # saying": the subject is described, then named between commas
        apposed = re.match(r"[^,]*,\s+([^,]+),\s", plain[:participle.start()])
        if apposed and _leading_noun_phrase(apposed.group(1)) == apposed.group(1) and (
                named := read_speaker(apposed.group(1))).name and guess_kind(named.name) == "person":
            return named
    document = _THE_DOCUMENT_SHOWED.match(plain)
    if document and document.group("author"):
        return read_speaker(_DOCUMENT_AUTHOR.sub("", document.group("author")))
    if document:  # "The report, which also provides ..., showed that ..., while Kerala reported ...": the report's
        return Attribution(role="it", explicit=True, phrase=document.group("np"))
    if speech:
        described = _DESCRIBED_BODY.match(plain[:speech.start()])
        if described:  # "The apex industry association representing leading Telecom, Internet, ... companies stated"
            return read_speaker(described.group("np"))
        relaying = _REPORTED_THAT.match(plain, speech.start())
        if relaying:  # "KATU-TV reported that the Oregon Health Authority announced ...": the authority
            clause = relaying.group("clause")
            inner = _find(clause)
            at = clause.find(inner.phrase)
            # (its own verb just after it: not "... reported that Fiorina's speaking firm advertised her
            # availability, noting ...")
            if inner.name and inner.phrase and 0 <= at <= 4 and _SPEECH_SOON.match(clause, at + len(inner.phrase)):
                return replace(inner, relayed=True)
        aside = _INVERTED_ASIDE.match(plain, speech.start()) if plain[:speech.start()].rstrip().endswith(",") else None
        if aside and (speaker := read_speaker(aside.group("np"))).name and not (
                (opener := _named_subject(plain[:speech.start()].strip(" ,"))) and guess_kind(opener.name) == "person"):
            # (not "John Smith, the minister, said Jane Doe, the governor, had lied": Smith, named before the verb)
            return speaker  # "The paradox of Nancy, says Carl Anthony, historian at ..., is that": Anthony
        subject = plain[:speech.start()].strip()
        inverted = _UNNAMED_AFTER_VERB.match(plain, speech.end()) if subject.endswith(",") else None
        if inverted and (_FINITE.search(inverted.group(1)) or re.search(
                r"\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|should|may|might|must|do|does|did)\b",
                inverted.group(1))):
            inverted = None  # "Marlon Marshall, ..., said the campaign is taking nothing for granted": what is said
        if inverted:  # "Prices rose 3 percent, said one trader.": the one after the verb, not the clause before it
            return read_speaker(inverted.group(1))
        # "It was not an abstract concern: soon X had declared", "It was three years ago that X said": the clause
        # after the colon, the subject after a cleft's "that"
        # (not inside an aside or a headline: "— headlined The Rats Are Scurrying: Republicans Who ... —")
        after_colon = re.sub(r"^(?:[^:;]*[:;]\s+|(?:It|This)\s+(?:was|is)\s+[^,]*?\bthat\s+(?=[A-Z]))", "", subject)
        # ("Yet news coverage was merciless: The New Hampshire Union Leader said": a name after prose)
        if not re.search(r"\s(?:--?|—|–)(?:\s|$)", after_colon) and not (
                is_title_case(after_colon) and is_title_case(subject[:len(subject) - len(after_colon)])):
            subject = after_colon
        surveyed = _SURVEYED_IN.search(subject)
        if surveyed:  # "Nearly one-quarter of those surveyed in the McClatchy-Marist Poll say": the poll's
            return _poll_speaker(surveyed)
        # "Sanders - who discussed a path ahead aboard a flight from Vermont - said": the aside between dashes goes
        # as is one inside the subject: "In a victory speech from Wyoming -- which holds a caucus -- Sanders claimed"
        # ("A former Republican presidential candidate -- John McCain, who lost in 2008 -- said": a name opening
        # the aside is the subject's, and stays)
        subject = re.sub(r"\s+(?:--?|—|–)\s+((?:(?!\s(?:--?|—|–)\s).){3,}?)\s+(?:--?|—|–)(\s|$)",
                         lambda aside: _named_in_aside(aside.group(1)) + ("," + aside.group(2) if aside.group(2) else ""),
                         subject).strip()
        if len(subject.split()) > 30 and (described := re.match(
                r"(?P<np>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]+),\s+(?:who|whose)\s.*,$", subject)):
            # "Dr. Connie Mariano, who as a Navy captain was the White House physician in ... and later retired from
            # the service as a rear admiral, said": the name the long relative clause describes
            return read_speaker(described.group("np"))
        if len(subject.split()) > 30 and "," in subject:
            # "<a long clause>, Judge X wrote for the panel"; "<a long clause>, the Minister, Mr X, told the Dail": a
            # name set apart last (not "..., Warren E. Buffett, the billionaire investor, complained")
            last = subject.rstrip(" ,").rsplit(",", 1)[-1].strip()
            subject = subject.rsplit(",", 1)[1].strip() or (last if re.fullmatch(
                r"(?:[A-Z][\w'’.-]*['’]s\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}", last) else "")
        named_first = re.match(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}),\s", subject) if "…" in subject else None
        if named_first:  # 'Basiru, in a statement entitled "...", said:': the name before the quoted title
            return read_speaker(named_first.group(1))
        quoted_then = re.search(r"…[”\"']*\s+(?:but|yet)\s+(?P<np>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$", subject)
        if quoted_then:  # 'told him to act "presidential," but Trump said': the second clause's subject
            return read_speaker(quoted_then.group("np"))
        named_last = _NAME_AFTER_QUOTED.search(subject) if "…" in subject else None
        if named_last and ((speaker := read_speaker(named_last.group("np") or named_last.group("pronoun"))).pronoun or
                           speaker.name and not is_place(speaker.name)):
            # 'In his new book, "…," and in an interview, Mr. Ross said': the person after the comma ('Where he used
            # to boast that he had decimated "…," on Tuesday night he said': he)
            return speaker
        if not subject or len(subject.split()) > 30 or "…" in subject and not re.search(
                r"…[”\"']*,?\s+(?:[a-z][^…]*?\s+)?(?:but|and)(?:\s+(?:he|she|they))?(?:\s+(?:also|then|later))?$", subject):
            # (not 'called the use "…" but said', 'summed her up as "…," denounced her record and said', 'called the
            # assault that killed five officers "…," but he also noted': after the words quoted, the first verb's
            # subject goes on)
            return Attribution()
        subject = re.sub(r",\s+(?:and\s+)?then$", " and", subject)  # "X offered the man a job, then says": X
        subject = _GOES_ON_TO.sub("", subject)
        ran = _RAN_A_PIECE.match(subject)
        if ran:  # "The Washington Post recently ran a piece that noted": the outlet's
            return read_speaker(ran.group("np"))
        subject = _TIME_TAIL.sub("", subject).strip()
        subject = _DATED_TAIL.sub("", subject)  # "The Governor had on Sunday, April 5,"
        subject = _LINKING_ASIDE.sub("", subject)  # "Kelly Ayotte’s campaign, for example,"
        relative_subject = _RELATIVE_THEN_SUBJECT.search(subject)
        if relative_subject:  # "X condemned the death, which she said was": she; "the deal, which Obama said": Obama
            return read_speaker(relative_subject.group("np"))
        # "Chamisa, who heads the party,"; "Ms. Arnold, who helped found EDGE, an environmental justice group,";
        # "At a rally in Iowa, which holds its caucus first, Bush": the clause goes, the commas around it stay;
        # "X, who was to travel to Columbus, Ohio, on Wednesday,": the clause goes on through a place and a time
        # and a second verb ("Beck, who supported Sen. Ted Cruz, R-Texas, and virulently opposed Trump, said")
        subject = re.sub(r",\s+(?:who|which)(?:['’]s)?\s+[^,]+(?:,\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?|(?:in|on|at|during|to|from|for|with|after|before|since)\s[^,]+|and\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\s[^,]+)(?=,))*(?:(,\s*(?=(?:a|an|the)\s|[A-Z][^,]*$))|,)?",
                         lambda clause: ", " if clause.group(1) else "", subject)
        # "Mr. Sanders, whose sole win came in Rhode Island, did not": not "whose latest start-up, Paradata,"
        subject = re.sub(r",\s+whose\s+[^,]+(?:,(?!\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,)|$)", "", subject)
        subject = re.sub(r",\s+or\s+[A-Z][A-Z&]+(?=,|$)", "", subject)  # "Democracy for America, or DFA": one body
        # "As Andrew J. Tabler, an expert on Syria at X, noted,": Tabler, as he noted
        subject = re.sub(r"^(?:As|Like)\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+(?:an?|the)\s)", "", subject)
        chunks = _split_commas(subject)
        while len(chunks) > 1 and _is_leading_clause(chunks[0]):
            chunks.pop(0)
            if len(chunks) > 2 and is_place(chunks[0]) and chunks[1][:1].islower():
                del chunks[:2]  # "At a meet-and-greet in an Oskaloosa, Iowa, coffee shop, X told": the place goes on
                subject = ", ".join(chunks)
        if len(chunks) == 1 and chunks[0] != subject and _NAME_RUN.fullmatch(chunks[0]) and (
                speaker := read_speaker(chunks[0])).name:
            return speaker  # "Speaking to thousands watching from the National Mall, Mr. Obama said": the name after
        while len(chunks) > 1 and _is_place_after_place(chunks[-1], chunks[-2]):
            chunks.pop()  # "... after a woman in Worcester, Massachusetts, told him": where she lives, not who
        named = re.sub(r"^(?:Even|But|And|Yet|Still)\s+", "", chunks[0]) if len(chunks) == 2 else ""
        if named and _NAME_RUN.fullmatch(named) and _OTHERS_NOUN.match(chunks[1]) and (
                speaker := read_speaker(named)).name:
            return speaker  # "Even China, Pyongyang's only ally and its economic lifeline, said": China
        if len(chunks) >= 3 and _is_person_name(chunks[0]) and all(re.match(r"(?:a|an)\s", c) for c in chunks[1:]):
            return read_speaker(chunks[0])  # "Geoff Garin, a pollster working with X, a pro-Clinton super PAC, said"
        if antecedent := _antecedent_of_which(chunks):
            return read_speaker(antecedent)  # "X, the owner of A, B and C, which said"
        body_which = re.search(r"(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*)(?:\s+itself)?$",
                               chunks[-2]) if len(chunks) >= 2 and chunks[-1].lower() == "which" else None
        if body_which:  # "More recent figures come from Reliance Jio itself, which revealed that": the body
            speaker = read_speaker(body_which.group("name"))
            if speaker.name:  # "which", not "who": a body, however its name reads
                return speaker
        if len(chunks) >= 2 and chunks[-1].lower() == "who":
            # "... was delivered by CNE boss, Andre da Silva Neto, who declared that": the person before "who"
            before = read_speaker(chunks[-2])
            if before.name and guess_kind(before.name) == "person":
                return before
        if len(chunks) >= 3 and re.match(r"(?:who|whose)\s", chunks[1]) and _is_person_name(chunks[0]) and (
                _ASIDE_BEFORE_VERB.search(plain, 0, speech.start())):
            return read_speaker(chunks[0])  # "Marco Rubio, whose hometown, Miami, is projected to ..., argues"
        # "Sexton, after previous Trump rallies, wrote", "Coan, Santilli's attorney, argues": between the commas
        # before the verb an aside, before it the subject
        if len(chunks) >= 2 and _ASIDE_BEFORE_VERB.search(plain, 0, speech.start()) and all(
                _ASIDE.match(chunk) and not _FINITE.search(re.sub(r"\b(?:who|that|which)\b.*$", "", chunk))
                for chunk in chunks[1:]) and not _FINITE.search(chunks[0]):
            speaker = read_speaker(chunks[0])
            if speaker.name and is_source_name(speaker.name) and not is_place(speaker.name):
                return speaker
        if len(chunks) > 1 and re.match(r"(?:when|after|before|if|once)\s+(?:being\s+)?asked\b", chunks[-1]):
            chunks = chunks[:-1]  # "Ted Cruz, when asked what is wrong with Trump's vision, responded that": Cruz
        # (past an aside after the clause's subject: "after Mr. Trump, asked about ... Mr. Putin, had said": Trump)
        # (or one naming whom: "as Peña Nieto, contradicting Trump, said": Peña Nieto)
        clause = chunks
        while len(clause) > 1 and (_DOING.match(clause[-1]) or _DOING_TO_SOMEONE.fullmatch(clause[-1])):
            clause = clause[:-1]
        inner = _SUBORDINATE_SUBJECT.search(clause[-1]) if clause else None
        if inner and not _FINITE.search(inner.group("np")):
            # "McCarthy's move is notable because House Speaker Paul Ryan has said": Ryan; "X returned the money
            # after USA TODAY's reporting indicated": a speaker of its own, unnamed, not X
            speaker = read_speaker(inner.group("np"))
            if speaker.name:
                return speaker
            if not re.search(r"\s(?:and|but|or)$", inner.group("np")):  # (not "when Cruz knocked Rubio and called")
                return Attribution(explicit=True, phrase=inner.group("np"))
        relative = re.match(r"(?:(?i:even)\s+)?(?:where|when|while|whereas|as|after|because|although|though|if|since"
                            r"|(?i:now\s+that))\s+(.+)$",
                            clause[-1] if clause else "")
        if relative:  # "... occurred in Samoa, where rescue workers say ...": the clause has its own subject
            clause = relative.group(1)
            if re.search(r"\s(?:and|but)$", clause):  # "Clinton, though she praised Garland and said": she
                pronoun = re.match(r"(?:he|she|they)\b", clause)
                clause = pronoun.group(0) if pronoun else _leading_noun_phrase(clause)
            return read_speaker(clause) if clause and not _FINITE.search(clause) else Attribution()
        # "..., but Mahama claims", "..., but late Saturday he announced": the second clause's subject
        # ("..., but economists said": a group, unnamed)
        after = re.match(rf"(?:but|and|yet|so)\s+(?:{_TIME_AFTER_CONJUNCTION}\s+)?(?P<rest>[A-Z].*|he|she"
                         r"|(?:the\s+|some\s+|many\s+|most\s+|other\s+)?(?!(?:was|has|does|goes|seems|remains)$)(?-i:[a-z]{3,}s))$",
                         chunks[-1]) if len(chunks) > 1 else None
        if after and len(chunks) == 2 and chunks[-1].startswith("and ") and _SUBJECTS_LISTED.fullmatch(chunks[0]) and not (
                _FINITE.search(chunks[0]) or _bare(chunks[0].split()[0]) in _FUNCTION_WORDS) and (
                listed := read_speaker(chunks[0])).name:
            # "Democratic presidential contenders Hillary Clinton and Bernie Sanders, and Democratic Gov. Jay Nixon,
            # tweeted": no clause before, but a list of subjects, which speaks through its first
            return listed
        if after and len(chunks) > 2 and _is_person_name(chunks[0]) and all(
                (title := _TITLE_OF.fullmatch(chunk)) and _bare(title.group("title")) in TITLE_WORDS for chunk in chunks[1:]):
            # "Professor Cres Eastman, Director of the ... study, and Chairman of the Australian Centre for ...,
            # says": the titles of the person named first, not a second subject (as "and President Obama" is)
            return read_speaker(chunks[0])
        if after:  # "The full results have not been announced, but Mahama claims": the second clause's subject
            return read_speaker(after.group("rest"))
        apposed_object = False
        if len(chunks) > 1 and chunks[-1] in {"and", "but"}:
            # "X stood beside Meles's successor, Prime Minister Hailemariam Desalegn, and described": a noun phrase
            # alone between the commas names the object of the verb before, whose subject speaks
            apposed_object = len(chunks) > 2 and (_leading_noun_phrase(chunks[-2]) == chunks[-2] or bool(
                _DESCRIBED_NOUN_PHRASE.fullmatch(chunks[-2]))) and chunks[0][:1].isupper() and not _is_leading_clause(chunks[0])
            chunks = [*chunks[:-2], chunks[-2] + " and"]  # "X railed against immigrants, and explained": X
        if chunks and re.search(r"\s(?:and|but)$", chunks[-1]):
            # "Cooper heaped praise on the hosts and said": the subject of the first verb speaks
            head = apposed_object and _leading_noun_phrase(re.sub(r"^(?:But|And|Yet|So)\s+", "", chunks[0]))
            head = head or _leading_noun_phrase(chunks[-1])
            if len(chunks) > 1 and re.match(r"(?-i:[a-z]+(?:s|ed|ing))\s+(?:an?|the|to|for|on|his|her|their|its|it|him|them)\s",
                                            chunks[-1]) and chunks[0][:1].isupper() and not _is_leading_clause(chunks[0]):
                # "She has called for a ban, favors a California proposal and has promised": the first verb's subject
                # ("Clinton celebrated with supporters, declaring it "…" and said": hers)
                # ("The Minority Spokesperson on Energy, John Jinapor, addressed the media and urged": the name after
                # the description)
                head = chunks[1] if len(chunks) == 3 and re.match(r"(?:the|an?)\s", chunks[0], re.IGNORECASE) and (
                    _is_person_name(chunks[1])) else _leading_noun_phrase(chunks[0])
            if not head and len(chunks) > 1 and chunks[-1][:1].islower():
                # "Brian Fallon, a spokesman for Mrs. Clinton, called on X to quit and said", "One of the men,
                # Jessie Elkins, 70, had served in Vietnam and said"
                head = _described_person(chunks[:-1])
            return read_speaker(head) if head else Attribution()
        inner = re.search(r"\b(?:where|when|while|as|after|before|since|until|once|(?:in|at|during|under)\s+which)\s+"
                          r"(?P<subject>(?:he|she|they)(?=(?:\s+[a-z]+ly)?$)"
                          r"|(?:[A-Z][\w'’-]*\s+)?(?:[a-z]+\s+){0,2}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
                          r"(?:\s+(?:has|have|had))?(?:\s+[a-z]+ly)?$", chunks[-1]) if chunks else None
        if inner:  # "He was speaking at the briefing where he announced 124 new cases": the clause's subject
            # "a campaign in which GOP presidential nominee Donald Trump has said", "hours after Sanders said"
            return read_speaker(inner.group("subject"))
        then_named = _NAME_AFTER_CONJUNCTION.search(chunks[-1]) if chunks else None
        if then_named and then_named.group("that") and not re.fullmatch(r"sa(?:id|ys)|argue[sd]|claim(?:s|ed)|wr(?:ote|ites)",
                                                                         speech.group(0)):
            then_named = None  # "to note that Carson posted", "to assure them that Mr. Trump recognized": what is told
        if then_named and (speaker := read_speaker(then_named.group("np"))).name and not is_place(speaker.name):
            # "..., but he was copied on the questions and Gates said", "grew so heated that Gov. Chris Christie
            # said": a clause of its own, whose subject is the person named just before the verb
            return speaker
        if not chunks or _FINITE.search(chunks[-1]):
            if len(chunks) >= 2 and (person := _described_person(chunks)):
                return read_speaker(person)  # "Lance Beebe, 49, a Navy veteran who now is an employee, said"
            return Attribution()  # "Soccer in the United States is our report": not a speaker
        if len(chunks) > 1 and (_CLAUSE_VERB.search(", ".join(chunks[:-1])) or re.match(
                r"(?:and|but|yet)\s+(?:the\s+)?[A-Z]", chunks[-1]) and len(words := chunks[-2].split()) >= 4 and not any(
                w[:1].isupper() for w in words[1:])):
            # ("All those reviews came back clear, and the F.B.I. has said": a clause of its own after the comma)
            if len(chunks) > 2 and re.match(r"(?:the|a|an)\s", chunks[-1]) and _is_person_name(chunks[-2]):
                return read_speaker(chunks[-2])  # "..., Patrick F. Kennedy, the undersecretary for management, wrote"
            return read_speaker(chunks[-1])  # "X won the election, the country's electoral commission said"
        if len(chunks) > 1 and _NAME_RUN.fullmatch(chunks[-1]) and not chunks[-1].isupper() and re.search(
                r"\b(?-i:[a-z][\w'’-]*|\d+)$", chunks[-2]) and not any(
                _NAME_RUN.fullmatch(chunk) and is_source_name(chunk) for chunk in chunks[:-1]) and (
                speaker := read_speaker(chunks[-1])).name:
            # "A rumpled figure with short gray whiskers on his face, Bob said", "after the department asked Mills,
            # Sullivan and Abedin to search their e-mails, Hackett said": a phrase put first, then the subject
            # (not "Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said": Vian;
            # not "The Association of International Bond Dealers, AIBD," nor "L.F. Rothschild, Unterberg Towbin Inc")
            return speaker
        embedded = _NAME_ENDS_CLAUSE.search(subject)
        if embedded and (speaker := read_speaker(embedded.group("np"))).name and not is_place(speaker.name):
            return speaker  # "about double what Bradley said she expected", "an honor Donald said he hoped would be"
        # (not "The Christian speaker shared with the crowd that he believes": the subject says what he believes)
        # ("Clinton isn't rattled — in fact, she said it", "On Monday he said": the pronoun next to the verb)
        inner_pronoun = re.search(r"(?:\s(?!that\s)[\w'’]+|,|^(?:While|Although|Though|Because|Whereas|Since|Unless))\s+"
                                  r"(?P<pronoun>he|she|they)$", subject)  # ("While she says ..., she applauds")
        if inner_pronoun:  # "Trump included the Philippines on a list of countries he said had sent": he
            return read_speaker(inner_pronoun.group("pronoun"))
        before_dash = re.split(r"\s+(?:--?|—|–)\s+", subject, maxsplit=1)
        if len(before_dash) == 2 and not before_dash[0].isupper() and (speaker := read_speaker(before_dash[0])).name and (
                guess_kind(speaker.name) == "person"):
            return speaker  # "Pollster Whit Ayres -- author of 2016 and Beyond, which ... urged": Ayres, not his book
        return read_speaker(subject)
    poll = _IN_POLL.search(plain)
    if poll:  # "Obama leads 51 percent to 44 percent in the American Research Group poll released today"
        return _poll_speaker(poll)
    return Attribution()


def _named_in_aside(aside: str) -> str:
    """", John McCain" when an aside between dashes opens with a person's name ("John McCain, who lost ..."), else ""."""
    name = aside.split(",", 1)[0].strip()
    return f", {name}" if _is_person_name(name) else ""


def _described_person(chunks: list[str]) -> str | None:
    """The person's name when the comma-separated chunks are one, then their age and descriptions ("Lance Beebe",
    "49", "a Navy veteran"), perhaps after a description ("One of the men", "Jessie Elkins", "70")."""
    if len(chunks) > 2 and re.match(r"(?:one|another|a|an)\s", chunks[0], re.IGNORECASE):
        chunks = chunks[1:]
    return chunks[0] if _is_person_name(chunks[0]) and all(re.match(r"(?:a|an)\s|\d{1,3}$", c) for c in chunks[1:]) else None


def _poll_speaker(poll: re.Match) -> Attribution:
    """Who a named poll speaks for: its pollster ("the American Research Group poll"), or the poll by its own
    name ("the McClatchy-Marist Poll")."""
    name = poll.group("np") + (" " + poll.group("kind") if poll.group("kind")[0].isupper() else "")
    return Attribution(name=name if is_source_name(name) else None, explicit=True, phrase=poll.group(0).lstrip(", "))


# Words that end a subject before a name: "Adelson met with Trump", not "main line operator Virgin Trains"
_VERB_MARKS = frozenset("""
not has have had
met told made took gave got saw sent spent won lost left held led ran brought thought wrote spoke began became chose
drove flew fought found kept knew paid put set sat stood struck threw sought caught built felt heard meant went came
""".split())


def _leading_noun_phrase(clause: str) -> str:
    """The words before a clause's verb: "The head coach" of "The head coach heaped praise on ...", where the
    first lower-case word that is no article, title or role is taken for the verb."""
    if contracted := re.match(rf"{_CONTRACTED_PRONOUN}\s", clause):
        return contracted.group(1)  # "She's a Sanders supporter but concedes": she, not Sanders
    words: list[str] = []
    tokens = clause.split()
    for index, word in enumerate(tokens):
        if word[:1].islower() and word.lower() not in {"the", "a", "an"} | _CONNECTORS and (
            _bare(word) not in TITLE_WORDS | PERSON_ROLES | ORGANISATION_ROLES
        ):
            ahead = tokens[index:index + 4]  # "West Coast main line operator Virgin Trains scrapped ...": a name follows
            capital = next((i for i, w in enumerate(ahead) if w[:1].isupper()), None)
            if capital is None or any(w.endswith("ed") or _FINITE.fullmatch(w) or w in _VERB_MARKS
                                      for w in ahead[:capital]):  # "Mr. Sanders did not attack Mrs. Clinton"
                group = next((i for i, w in enumerate(ahead[:3]) if _bare(w) in GENERIC_GROUPS), None)
                if words and group is not None and not any(
                        w.endswith("ed") or _FINITE.fullmatch(w) or w in _VERB_MARKS for w in ahead[:group]):
                    words.extend(ahead[:group + 1])  # "Nuclear proliferation experts have ...": experts, not "Nuclear"
                break
        words.append(word)
    return " ".join(words)


_OPENING_ADVERBS = frozenset({"then", "now", "meanwhile", "however", "also", "later", "earlier"})
_OPENING_ADVERB = re.compile(rf"^(?:{'|'.join(sorted(_OPENING_ADVERBS))}|but|and|so|yet),?\s+(?=\S)", re.IGNORECASE)


def only_person_named(text: str, names: NameRegistry) -> str | None:
    """The one person a sentence names, wherever, when a title introduces them ("... was a negative
    assessment from CEO Denise Morrison in a statement."): the antecedent of a "she" after it. None if the
    sentence names anyone else, in full or by a surname ("Hillel Cherney had been convicted of bribing Olmert"),
    or names nobody with a title ("the mayhem of Cyclone Montha", "Puyallup's Good Samaritan Hospital")."""
    runs = name_runs(text)
    # a title in the run ("CEO Denise Morrison") or just before it ("chief executive Dana Whitfield"); most
    # sentences have none, so this cheap test comes first
    titled_runs = [run for run in runs if any(_bare(w) in TITLE_WORDS for w in run[:-1])
                   or _bare(text[:text.find(run[0])].rstrip().rpartition(" ")[2]) in TITLE_WORDS]
    titled = {name for run in titled_runs for name in [head_name(run)]
              if 2 <= len(name.split()) <= 4 and _is_personal(run) and is_source_name(name)
              and not _past_tense(name.split()[0])}  # "... Representative Thanked Clinton For Her Courage ..."
    if len(titled) != 1:
        return None
    people = {full for run in runs for name in [head_name(run)] if name and _is_personal(run) and is_source_name(name)
              for full in [names.resolve(name) if len(name.split()) == 1 else name]
              if 2 <= len(full.split()) <= 4 and names.kind(full) == "person"}
    return people.pop() if people == titled else None


# Words that open a sentence before a name and are no part of it ("Given Sanders' record", "Despite Trump's ...")
_OPENERS = frozenset("Given Despite Unlike Like Including Following Regarding Considering Amid Per Against".split())


def _gerund(word: str) -> bool:
    """"Clinching", "Winning": a sentence opening with an everyday -ing word, not a name ("Fleming", "Browning")."""
    word, stem = word.lower(), word.lower()[:-3]
    if not word.endswith("ing") or len(stem) < 3:
        return False
    doubled = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem  # "winning": "win"
    return max(_zipf(stem), _zipf(stem + "e"), _zipf(doubled)) >= 2.8  # "clinch", "make", "entrust"; not "Flem", "Sterl"


# The words a headline in title case leaves in lower case.
_MINOR_WORDS = frozenset("a an the and or but nor of on in to for at by as with from into over than per via vs v".split())


def is_title_line(line: str) -> bool:
    """"British Bank Abruptly Drops Russian Network RT's Accounts.": every word capitalised but the minor ones, a
    headline whether a full stop closes it or not; not a lead full of names ("Russian President Vladimir Putin and
    Chinese President Xi Jinping met in Moscow."), whose verb is in lower case."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 4 and all(w[:1].isupper() or w.lower().rstrip(".,:;") in _MINOR_WORDS for w in words)


def is_title_case(text: str) -> bool:
    """"Ben Carson Slams Hillary Over Emails": a headline whose every word is capitalised, where no name ends."""
    words = text.split()
    return len(words) >= 5 and sum(w[:1].isupper() for w in words) > 0.7 * len(words)


def _past_leading_clause(text: str) -> str:
    """The sentence from its subject on: "Speaking in Salem, New Hampshire, Trump went ..." from "Trump" (a clause
    of up to 120 characters: "But after focusing her attention on issues such as the drug epidemic ravaging rural
    communities, Clinton delivered"; and "At a rally in Portland, Maine, on Thursday, Trump included ...": a time
    after the place)."""
    for turn in range(3):
        clause = re.match(r"[^,]{3,120},\s+", text)
        if not (clause and _is_leading_clause(clause.group(0))) or turn and (
                clause.group(0).split()[0].lower() not in _PREPOSITIONS):  # (not "..., and four years later, Freddy")
            return text
        text = text[clause.end():]
        place = re.match(rf"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}?)(?:\s+{_WEEKDAY})?,\s+",
                         text)  # ("New Hampshire Monday, ...": the place, then the day)
        if place and is_place(place.group(1)):
            text = text[place.end():]  # not the state
    return text


# ("..., the visitors scored four times and Coleman praised the hosts": a last clause's subject after "and", not a
# second subject of one verb, "Trump and Clinton debated")
_BUT_SUBJECT = re.compile(r"(?:[,;]\s+(?:but|yet)|(?<![\w'’.-])[a-z][a-z0-9]*\s+and)\s+(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                          r"\s+(?:was|wasn['’]t|is|isn['’]t|had|hadn['’]t|has|did|didn['’]t|does|would|wouldn['’]t|could|kept"
                          r"|(?-i:[a-z]+ed))\b")


# "Then there's Axelrod.": a person brought on stage, whom the "he wrote" after it means
_THERE_IS = re.compile(r"(?:(?:And|But|Then|Now|Also)\s+)?[Tt]here(?:['’]s|\s+is|\s+was)\s+(?:also\s+)?"
                       r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})[.!]")


def later_subject(text: str, names: NameRegistry) -> str | None:
    """The person a clause after "but" opens with, the one a next "he" most likely means: "The moderators were ready
    to move on, but Christie wasn't having it."; or the person a sentence of its own brings on: "Then there's
    Axelrod." """
    clauses = list(_BUT_SUBJECT.finditer(text))
    there = _THERE_IS.fullmatch(text.strip())
    if not (clauses or there):
        return None
    name = names.resolve(there.group("name") if there else clauses[-1].group("name"))
    return name if name in names.people else None


# ("under Isaias Afwerki, a rebel leader turned president, Eritrea was": a phrase before the subject, no descriptor)
_PREPOSITIONS = frozenset("""under over about against among between into through without within after before
during since from with by for of in on at to upon toward towards across behind beyond""".split())


# "NHS England's chief executive, Amanda Pritchard, ...", "the F.B.I. director, James B. Comey, ...": a body's officer,
# named after a comma
# (not "The builder, Hal Brenner, paid Mayor Eli Olmert": no body's, and "He said" after it may be either man)
_OWNERS_ROLE_THEN_NAME = re.compile(r"(?:[Tt]he\s+)?(?!(?:The|A|An)\s)(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*(?:['’]s?)?\s+"
                                    r"(?:[a-z][\w-]*\s+){0,3}"
                                    r"[a-z][\w-]*,\s+"
                                    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),")


# "The High Commissioner for Human Rights, Volker Türk, issued ...": a capitalised office, then its holder
_OFFICE_THEN_NAME = re.compile(rf"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}(?=[A-Z])(?i:{by_initial(TITLE_WORDS | PERSON_ROLES)})"
                               r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|the))*)?,\s+"
                               r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),")


# "One superdelegate, ...", "A longtime friend, ...": a subject described first, then named between commas
_DESCRIBED_THEN_NAMED = re.compile(r"(?:One|Another|A|An|The)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,\s+(?=[A-Z])")


def subject_person(text: str) -> str | None:
    """The person a sentence opens with as its subject ("Minister Anna Berg spoke ..."), an antecedent for a
    later "she"; none when the sentence opens otherwise ("As she grew older, Juliet Addai struggled": the
    clause before the comma goes first)."""
    if is_title_case(text):
        return None  # "Schlafly’s Final Column Explains Why She Sees ...": see NameRegistry.headline_person
    text = _past_leading_clause(text.removeprefix("("))  # "(John Schlafly defended his mother ...)": an aside
    # "Maricopa County (Ariz.) Sheriff Joe Arpaio": a state written short, in brackets, inside the subject
    text = re.sub(r"\s+\([A-Z][a-z]{1,5}\.?\)(?=\s+[A-Z])", "", text[:120]) + text[120:]
    # ("Tennis great Billie Jean King remembered Ali": the verb in the past right after the name)
    described = re.match(r"(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){1,2}(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
                         r"(?:,\s|\s+(?=(?-i:[a-z]+ed)\s))", text)
    if described and not _FINITE.search(described.group(0)) and not (
            set(re.findall(r"\b[a-z]+\b", described.group(0)[:described.start("name")])) & _PREPOSITIONS) and (
            _is_personal(described.group("name").split()) and is_source_name(described.group("name"))
            and guess_kind(described.group("name")) == "person"):
        return described.group("name")  # "Conservative icon Phyllis Schlafly, who died Monday, used ..."
    apposed = _DESCRIBED_THEN_NAMED.match(text)
    if apposed and not _FINITE.search(apposed.group(0)) and (named := subject_person(text[apposed.end():])) and (
            re.match(rf"[^,]*\b{re.escape(named)},\s", text[apposed.end():])):
        return named  # "One superdelegate, Alabama Democratic Party chairwoman Nancy Worley, pledged ...": her
    owned = _OWNERS_ROLE_THEN_NAME.match(text) or _OFFICE_THEN_NAME.match(text)
    if owned and is_source_name(owned.group("name")) and guess_kind(owned.group("name")) == "person":
        return owned.group("name")  # "NHS England's chief executive, Amanda Pritchard, welcomed": her, not NHS England
    # "Former Pennsylvania governor Ed Rendell", "Real estate mogul Donald Trump": the role after a few words
    # ("Acme Corp Chief Executive Dana Cole": the name after the last title)
    starts = [0, *(space.end() for space in re.finditer(r"\s+", text[:80]))]
    titled = next((found for start in starts if (found := _ROLE_THEN_NAME.match(text, start))
                   and re.fullmatch(r"(?:[A-Z][\w.'’-]*\s+){0,3}(?:[a-z][\w'’-]*\s+){0,3}", text[:start])
                   and _bare(found.group("name").split()[0]) not in TITLE_WORDS | PERSON_ROLES), None)
    named = re.sub(r"['’]s?$", "", titled.group("name")) if titled else ""  # "nominee Donald Trump's first tweet"
    named = " ".join(_past_short_rank(named.split()))  # "Police spokesperson CP Fred Enanga": the name after the rank
    if named and not _is_org_word(named.split()[-1]) and is_source_name(named) and guess_kind(named) == "person":
        return named  # "Former Pennsylvania governor Ed Rendell, one of ..., was": not "Former Pennsylvania"
    words = text.split()
    index = 0
    while index < len(words) and (_bare(words[index]) in TITLE_WORDS | DEMONYMS | _OPENING_ADVERBS
                                  or words[index].lower() == "the"):  # "Then coach Ole Gunnar Solskjær was ..."
        index += 1
    run: list[str] = []
    for word in words[index:index + 5]:
        if not _NAME_TOKEN.match(word.rstrip(",;:")) or _bare(word) in _FUNCTION_WORDS:
            break
        run.append(word.rstrip(",;:"))
        if word.endswith((",", ";", ":")):
            break
    # "WHO Director-General Tedros Adhanom": the titles go; "Entrusting Donald Trump with ...": no name opens it
    name = head_name(run) if run and not _gerund(run[0]) else ""
    # (not "White House Chief" of "White House Chief of Staff John Kelly": a title, cut before its "of"; not "The
    # Great Debate Debate shows ...": a thing, "the" with no title after it)
    if 2 <= len(name.split()) <= 4 and _is_personal(run) and is_source_name(name) and guess_kind(name) == "person" and (
            _bare(name.split()[-1]) not in TITLE_WORDS) and not (index == 1 and words[0].lower() == "the"):
        return name
    # "Cisco Systems Inc Chief Executive John Chambers apologized": the name at the end of the opening run
    runs = name_runs(" ".join(words[:12]))
    if runs and words and runs[0][0] == words[0] and not _gerund(words[0]):  # not "Clinching the Democratic ..."
        name = head_name(runs[0])
        if 2 <= len(name.split()) <= 4 and is_source_name(name) and guess_kind(name) == "person":
            return name
    return None


_ONE_WORD_SUBJECT = re.compile(r"(?:(?P<title>Mr|Mrs|Ms|Dr|Sen|Gov|Rep|President|Senator|Governor|Secretary|Speaker|Judge"
                               r"|Justice)\.?\s+)?(?P<name>[A-Z][\w'’-]+)"
                               r"(?:\s+(?=[a-z])|,\s+(?=(?:who|a|an|the|though|although|while|when|after|because)\s))")


# what may stand between a clause and the "he said" that goes on from its subject: a conjunction, or a quote the
# clause introduced with a colon; not a comma alone ("Also, Trump isn't a conservative, he said": the words said)
# "Mr. Trump's RT appearance, in which", "Obama's speech on Friday, during which": the one whose event it was
_OWNER_OF_EVENT = re.compile(r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,3})['’]s\s+"
                             r"(?:[\w-]+\s+){0,4}?[\w-]+,?\s+(?:in|at|during)\s+which\s+$")
_GOES_ON = re.compile(r"(?:,\s*(?:which|who|whom)"  # "Trump has blasted the delegate system, which he said"
                      r"|\b(?:when|while|as|where|and|but|though|although|because|after|before|until|since|yet|so|what)"
                      rf"(?:\s+{_TIME_AFTER_CONJUNCTION})?"  # "but late Saturday he announced"
                      # 'Trump asserted ...: "…," he claimed', 'Mook explained that Marc Elias, "…," he wrote'
                      r"|[:,]\s*[“\"'‘`]+[^“”\"]*[”\"'’]+,?)\s*$")
# a clause put after a noun with no word between: "Trump included it on a list of countries he said had sent"
# (not "asking Rubio why he decided", "told them that he": whom a question or a report is about)
_NOUN_THEN_CLAUSE = re.compile(r"\s(?!(?:that|said|says|why|how|whether|if|who|whom|whose|what|told|asked)\s)[a-z]+\s+$")


# a sentence opening with a clause of time or concession and its subject: "While Comey said", "When Mr. Trump spoke"
_SUBORDINATE_OPENING = re.compile(r"(?:While|Although|Though|Whereas|When|After|Before|Since|Because|As|Once)\s+"
                                  r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                                  r"\s+(?-i:[a-z])")


def clause_subject(text: str, names: NameRegistry) -> str | None:
    """The person the clause before a "he said" opens with: "Trump was defending ... when he told",
    "Kasich’s parents died in 1987, and he says", "Soon after the murder, Trump asserted ...: '...,' he
    claimed". A full name as subject_person reads it, or one word the article uses for one person."""
    if (owner := _OWNER_OF_EVENT.search(text)) and _reads_as_person(person := names.resolve(owner.group("name"))):
        return person  # "Mr. Trump's RT appearance, in which he said": whose appearance it was
    if (opening := _SUBORDINATE_OPENING.match(text)) and text.rstrip().endswith(",") and _reads_as_person(
            person := names.resolve(opening.group("name"))):
        return person  # "While Comey said there was clear evidence ..., he said": the subject of the clause before
    after_noun = not _GOES_ON.search(text)
    if after_noun and not _NOUN_THEN_CLAUSE.search(text):
        return None
    subject = subject_person(text)
    person = names.resolve(subject) if subject else surname_subject(text, names)
    if person and after_noun and other_person_named(text, person, names, after=subject or person.split()[-1]):
        return None  # "Hugh Hewitt asked Trump about statements he had made": the person asked, nearer the clause
    return person


def other_person_named(text: str, person: str, names: NameRegistry, *, after: str = "") -> bool:
    """Whether the text names a person other than `person` (after the words `after`, if given: its subject)."""
    at = text.find(after)
    rest = text[at + len(after):] if at >= 0 else ""
    return any((other := names.resolve(name)) != person and names.kind(other) == "person"
               for run in name_runs(rest) if (name := head_name(run)))


def _one_word_opening(text: str) -> tuple[str | None, str] | None:
    """The title (if any) and the one word a sentence's subject is, past its leading clause and without its "'s"
    ("Kasich’s parents died": Kasich), when the word is no function word or title ("She", "The")."""
    match = _ONE_WORD_SUBJECT.match(_past_leading_clause(text))
    if not match or _bare(match.group("name")) in _FUNCTION_WORDS | TITLE_WORDS:
        return None
    return match.group("title"), re.sub(r"['’]s?$", "", match.group("name"))


def surname_subject(text: str, names: NameRegistry, at: int | None = None) -> str | None:
    """The person a sentence opens with by one word the article uses for one person: "Kasich’s parents died",
    "Swanson, who is a pastor ..., slammed" (or, read at `at`, for the one person of that name named by then)."""
    opening = _one_word_opening(text)
    if not opening or _gerund(opening[1]):
        return None
    title, word = opening
    if not title and not names.written_after_capitalised_word(word) and not (
            given_name_sex(word) and len(names.names_starting_with(word)) == 1):
        # "Republicans", "Instead": the article never writes it after a first name (but "Megyn was incredulous":
        # the given name of the one Megyn Kelly named)
        return None
    written = f"{title} {word}" if title in {"Mr", "Mrs", "Ms", "Dr"} else word
    name = names.resolve(written) if at is None else names.resolve_at(written, at)
    if _reads_as_person(name):  # one of NameRegistry.people, without listing them all
        return name
    if name == word and len(names.names_with(word)) >= 2 and names.kind(word) == "person":
        return name  # "Paradis agrees.", where the article names Sandra and Sandy Paradis: one of the family
    if title and is_source_name(word) and not is_common_word(word):
        return name  # "President Obama rebuked critics", where the article never writes "Barack Obama"
    return None


def opening_person(text: str) -> Attribution | None:
    """The person a sentence opens with by a role or a pronoun ("The Kiwi skipper, who hit form ..., is",
    "He was"), read as a speaker phrase; None when it opens otherwise."""
    pronoun = re.match(r"(?:He|She)\s", text)
    if pronoun:
        return read_speaker(pronoun.group(0))
    role = _ROLE_REFERENCE.match(text)
    if not role or role.group("role").lower() not in PERSON_ROLES:
        return None
    return read_speaker(role.group(0))


_ONE_WORD_WHICH = re.compile(r"[A-Z][\w.'’&-]+(?=,\s+which\s)")
# "Apple on Tuesday unveiled a thinner iPhone": a one-word name, a day, a verb in the past: the day's news of a body
_ONE_WORD_ON_DAY = re.compile(rf"[A-Z][\w.'’&-]+(?=\s+on\s+{_WEEKDAY}\s+(?-i:[a-z]+ed)\s)")


# "In related news, PFG plans to spend ...": a body by its acronym, the subject past a leading clause
_ACRONYM_SUBJECT = re.compile(r"[A-Z]{2,6}(?=\s+(?:[a-z]+ly\s+)?[a-z]+s\b)")


_CONTINENTAL = frozenset({"asian", "african", "european", "arab", "caribbean", "pacific", "latin"})


def subject_organisation(text: str) -> str | None:
    """The organisation a sentence opens with as its subject ("The US Centers for Disease Control and Prevention
    is warning ..."), an antecedent for a later "the agency says". None in a headline in title case, where no
    name ends ("British Bank Abruptly Drops Russian Network RT's Accounts.")."""
    text = text.strip()
    match = _PROPER_PHRASE.match(text) or _ONE_WORD_WHICH.match(text) or _ONE_WORD_ON_DAY.match(text) or (
        _ACRONYM_SUBJECT.match(_past_leading_clause(text)))
    if not match or is_title_line(text):
        return None
    words = match.group(0).split()
    # "The US Centers for Disease Control ...": not where the name starts; "Turkish Airlines" is the name
    # (a continent's adjective is the name's own: "The Asian Development Bank", "the African Union")
    while words and (_bare(words[0]) in _FUNCTION_WORDS or _bare(words[0]) in DEMONYMS - _CONTINENTAL and len(words) > 2):
        words = words[1:]
    words = _past_shares_of(words)
    name = re.sub(r"['’]s?$", "", " ".join(words))  # "Samsung Electronics’ new flagship smartphone, ..."
    if len(words) == 1 and match.re is not _PROPER_PHRASE and is_source_name(name) and not (
            is_place(name) or _is_given_name(name) or _GOVERNMENT_BODY_WORDS.fullmatch(name)):
        # "Netflix, which has more than 280 million subscribers, did not respond": a body, "which"; "Apple on
        # Tuesday unveiled ...": a body's news (not "Congress, which acted quickly": no company's nor
        # administration's antecedent)
        return name
    return name if len(words) >= 2 and guess_kind(name) == "organization" and is_source_name(name) else None


def subject_body(text: str, names: NameRegistry) -> str | None:
    """A one-word subject the article shows to be a body ("For years, Twitter has positioned itself as ..."), for a
    later "the company" or "the social media company"."""
    opening = _one_word_opening(text)
    if not opening or opening[0] or not (is_source_name(word := opening[1]) and names.used_as_name(word)):
        return None  # ("Bank" opening a sentence)
    return word if names.kind(word) == "organization" and not is_place(word) else None


# '“Stoic” driver identified', '“Stickerboy” placed two stickers': a quoted term the sentence goes on after
_QUOTED_TERM_FIRST = re.compile(r"[\"“«”](?P<term>[^\"“”«».,!?;:]{0,40}?\w)[\"”»]\s+[\w(]")


def opens_quote(text: str) -> bool:
    """Whether the sentence opens with a quote mark (or a closing mark typed to open one: '”Sorry Sarah, ...'),
    not with a quoted term of a few words that the sentence goes on after."""
    start = text.strip().lstrip(DIRECTION_MARKS)
    if (term := _QUOTED_TERM_FIRST.match(start)) and len(term.group("term").split()) <= 3:
        return False
    return start.startswith(_OPEN_QUOTES) or start.startswith("”") and bool(start[1:2].strip())
