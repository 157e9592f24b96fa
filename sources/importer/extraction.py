"""Step 3: split content into sentences and keep the check-worthy ones, with claimant and figures.

General rules for English news copy, no knowledge of particular articles:
attribution verbs and "according to", quoted speech and its speaker,
figures and dates, named entities; questions, calls to action and
meta-statements ("could not verify") are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from syntok import segmenter

from sources import checkworthiness
from sources.importer.attribution import (
    CAMPAIGN,
    COMMERCIAL_ROLES,
    CURRENCY_PREFIXES,
    JOINT_ROLE,
    LETTERS,
    NATIONAL_ROLE,
    NEWSPAPER_ROLES,
    ORGANISATION_ROLES,
    ORGANISATION_WORDS,
    OTHER_PARTY_ROLES,
    PERSON_ROLES,
    POLICE_PHRASE,
    PRONOUN_GENDER,
    PRONOUN_SOON,
    SIGNATURE,
    SPACE_THEN_LOWER,
    SPOKES,
    SUPPORTING_ROLES,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    Attribution,
    NameRegistry,
    clause_subject,
    find_attribution,
    guess_kind,
    heading_lead_in,
    is_bare_title,
    is_everyday_word,
    is_frequent_word,
    is_office,
    is_place,
    is_plural_noun,
    is_public_body,
    is_source_name,
    issued_document,
    later_subject,
    mask_quotes,
    name_runs,
    only_person_named,
    opening_person,
    opens_quote,
    opens_with,
    other_person_named,
    read_speaker,
    subject_body,
    subject_organisation,
    subject_person,
    surname_subject,
    word_spans,
)
from sources.importer.cleaning import (
    COMMA_LEAD_IN,
    TERMINAL,
    Block,
    leads_into_quote,
    with_curly_quotes,
    with_double_quotes,
    with_lead_in_colons,
    without_nickname_quotes,
)

KEEP_THRESHOLD = 0.5
MIN_WORDS = 5

# "Cameron’s spokesman", "the spokesman for WikiLeaks": whom a spokesperson speaks for
_PRINCIPAL = re.compile(r"(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})['’]s\s+(?:\w+\s+)?(?:spokesman|spokeswoman|spokesperson)$"
                        r"|(?i:the|a)\s+(?:\w+\s+)?(?:spokesman|spokeswoman|spokesperson)\s+(?:for|of)\s+(?:the\s+)?"
                        r"(?P<body>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})$")
_REPORTEDLY = re.compile(r"\b(reportedly|allegedly|it was reported|it is reported|were reported|was reported)\b",
                         re.IGNORECASE)

_QUESTION_OR_CTA = re.compile(
    r"^(click|subscribe|join|follow|sign up|read|watch|listen|download|share|send us|contact us|tell us)\b",
    re.IGNORECASE,
)
_META = re.compile(
    r"\b(unable to (independently )?verify|could not (independently )?(verify|confirm)|did not respond to"
    r"|declined to comment|could not be reached|contributed to this report|shared (his|her|their) (opinions?|views?))\b",
    re.IGNORECASE,
)
_OPINION = re.compile(r"\b(i think|in my opinion|we believe|needs? more|should|must)\b", re.IGNORECASE)
_HEDGED = re.compile(r"\b(could|might|may)\b")
# "Kyrylo Budanov ... later reported", "The Washington Post had earlier reported": not part of the name.

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12}
_MONTH_RE = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December" \
            r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_DATE = re.compile(
    rf"\b{_MONTH_RE}\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(?P<year>(?:19|20)\d\d)\b)?"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>January|February|March|April|May|June|July|August|September"
    rf"|October|November|December)\b(?:\s+(?P<year2>(?:19|20)\d\d))?"
)
_WEEKDAY = re.compile(r"\b(?:on|last|this|next)\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_YEAR = re.compile(r"\b(?:in|by|since|until|of|end of|early|late|mid-?)\s+"
                   r"(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?(?P<year>(?:19|20)\d\d)\b")
_RELATIVE_DAY = re.compile(r"\b(today|yesterday|tonight|this week|last week|this month|last month|this year"
                           r"|last year)\b", re.IGNORECASE)
# Numbers written in words: "eleven injuries", "twenty-five thousand striking health workers", "one billion
# dollars". Plurals of a scale ("thousands of") count without a value.
_NUMBER_WORDS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())} | {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
                "trillion": 1_000_000_000_000}
_SCALE = {word: value for word, value in _WORD_SCALES.items() if word != "hundred"} | {
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,  # Indian copy
    # British copy and the wires: "£1.5bn", "4.2 mln tonnes", "5 bln dlrs", "$2tn"
    "bn": 1_000_000_000, "bln": 1_000_000_000, "mln": 1_000_000, "mn": 1_000_000, "tn": 1_000_000_000_000}
_VAGUE_NUMBERS = ("dozens", "hundreds", "thousands", "millions", "billions")
_NUMBER_WORD = r"(?:" + "|".join(sorted([*_NUMBER_WORDS, *_WORD_SCALES], key=len, reverse=True)) + r")"
# A run of number words ("twenty-five thousand", "one hundred and sixty five"), or "a" before a scale
# ("a million"); a lone "one" or "zero" is no figure ("one of the", "zero tolerance").
_WORDS_RUN = (rf"(?i:(?:\ba\s+(?=(?:{'|'.join(_WORD_SCALES)})\b))?"
              rf"(?!(?:one|zero)\b(?![\s-]+{_NUMBER_WORD}\b))\b{_NUMBER_WORD}(?:(?:[\s-]+and)?[\s-]+{_NUMBER_WORD})*\b)")


_LARGEST_WORDS_VALUE = 10**15  # "nine hundred ninety-nine trillion" is the largest a scale word here can spell


def _words_value(words: str) -> int:
    """The value of a run of number words: "twenty-five thousand" is 25,000, "a million" 1,000,000."""
    total = current = 0
    for word in re.findall(r"[a-z]+", words.lower()):
        if word in _NUMBER_WORDS:
            current += _NUMBER_WORDS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _WORD_SCALES:
            total += (current or 1) * _WORD_SCALES[word]
            current = 0
    return total + current


# Words that end in "s" without being plurals, and adjectives in "-ous" ("numerous", "previous").
_NOT_PLURAL = (r"his|hers|its|ours|yours|theirs|was|has|is|as|us|this|thus|plus|across|less|unless|whereas|towards"
               r"|afterwards|besides|perhaps|always|sometimes|does|yes|[a-z]*ous")
# Words that end what a figure counts rather than describe it: "$800,000 in his campaign account", "$8 million
# across five projects".
_NOT_IN_UNIT = (r"in|on|at|by|for|from|to|into|since|during|across|over|under|after|before|per|than|and|or|but"
                r"|was|were|is|are|has|have|had|his|her|its|their|this|that|these|those")
_QUALIFIERS = ("up to", "more than", "over", "at least", "nearly", "almost", "about", "around", "some", "fewer than",
               "less than", "approximately")
# (in either case, and as case-insensitive matching folds them: "(?i:[s])" also finds the long s "ſ")
_NUMBER_WORD_INITIALS = rf"(?i:[{''.join(sorted({w[0] for w in [*_NUMBER_WORDS, *_WORD_SCALES, *_VAGUE_NUMBERS, 'a']}))}])"
# Where a figure can begin: a currency sign, or a word (or a number) that starts with a digit or with the first
# letter of a qualifier, a currency or a number word. Tried first at each character, this one test spares most
# of them the whole pattern below (three times faster, the same matches).
_FIGURE_STARTS = (rf"(?=[£$€]|\b(?:[\d{''.join(sorted({w[0] for w in (*_QUALIFIERS, *CURRENCY_PREFIXES)}))}]"
                  rf"|{_NUMBER_WORD_INITIALS}))")
_QUANTITY = re.compile(
    rf"{_FIGURE_STARTS}(?P<qualifier>\b(?:{'|'.join(_QUALIFIERS)})\s+)?"
    # a currency written with letters before the digits: "N20 million" (naira), "Rs 72 crore", "Ksh 4.9 billion"
    rf"(?:(?:(?P<currency>\b(?:{'|'.join(CURRENCY_PREFIXES)})\.?\s?)|(?P<symbol>[£$€])?(?<![\w.,]))"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d|th\b|st\b|nd\b|rd\b)"
    rf"(?:\s*(?P<scale>{'|'.join(sorted(_SCALE, key=len, reverse=True))})(?![A-Za-z])"
    r"|(?(symbol)(?P<short>[mk])(?![A-Za-z])|(?!)))?"  # "£30m", "$40k": after a currency sign, millions, thousands
    r"(?P<percent>\s*%|\s+per\s?cent|\s+pct\b)?"
    rf"|(?P<word>{_WORDS_RUN}|\b(?i:{'|'.join(_VAGUE_NUMBERS)})\b))"
    rf"(?P<unit>(?:-|\s+)(?:of\s+(?:(?:the|its|their|his|her|our)\s+)?)?(?:(?!(?i:{_NOT_IN_UNIT})\s)[A-Za-z][\w’'-]*\s+){{0,2}}?(?:troops|soldiers|servicemen|personnel|people"
    r"|infantrymen|officers|citizens|civilians|workers|casualties|shells|missiles|drones|tanks|dollars|euros"
    r"|units?|men|women|children|deaths|dead|killed|wounded|refugees|person|months?|years?|days?|weeks?"
    # any plural, but not a word that merely ends in "s": "$800,000 in his campaign account" counts nothing
    rf"|kilometers|kilometres|miles|tons|tonnes|votes|cases|Koreans|(?!(?i:{_NOT_PLURAL})\b)[A-Za-z]+s)\b)?",
)
# What every quantity holds, a digit or a number word: most sentences have neither, and _QUANTITY, tried at each
# of their characters, costs ten times this search
_QUANTITY_CANDIDATE = re.compile(rf"(?=\d|\b{_NUMBER_WORD_INITIALS})(?:\d|\b(?i:{_NUMBER_WORD}|{'|'.join(_VAGUE_NUMBERS)}))")
_TEXT_BEFORE = re.compile(r"[^ \"“‘'(]")  # a word before, not only an opening quote or bracket
_NOT_A_COUNT = re.compile(r"(?:Article|No\.|Section|Chapter|Resolution|Brigade|Army|Corps|Division|Regiment)\s*$")
_YEAR_NUMBER = re.compile(r"^(19|20)\d\d$")

# Capitalised words that open sentences rather than name entities (for scoring).
_COMMON_STARTERS = frozenset("""
a an the this that these those it its he she they we i you his her their our in on at by for from
with as after before during since while when where earlier later thus however meanwhile additionally
also and but or so yet according some many several most both all one two three everyone everybody
nobody someone somebody each none western foreign what why how if there here such analysts experts
officials sources reports media
""".split())


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    block: int
    in_quote: bool = False


@dataclass
class ExtractedClaim:
    start: int
    end: int
    text: str
    claimant: str | None
    claimant_kind: str
    checkworthiness: float
    reasons: list[str] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    claimant_aliases: list[str] = field(default_factory=list)  # other names the article gives the claimant
    kept: bool = True  # an import makes it a claim (every_sentence=True also returns the sentences it would not)


# A lower-case word after a name that is no connector or particle: "Cleveland police", not "Khizr and Ghazala Khan"
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|nor|of|for|the|a|an|in|on|at|to|with|from|by|who|which|that|de|da|van|von"
                         r"|bin|al|el|la|le)\b)[a-z]")

# Where a sentence could end inside a paragraph: end punctuation, then space, then a capital, digit or quote.
_POSSIBLE_BOUNDARY = re.compile(r"[.!?…][\"”’'»)\]]*\s+[\"“‘'«(\[]{0,2}[A-Z0-9]")


def segment(body: str, blocks: list[Block]) -> list[Sentence]:
    """Sentences of the content blocks, with exact spans in the body."""
    sentences: list[Sentence] = []
    for index, block in enumerate(blocks):
        if block.kind != "content":
            continue
        text = body[block.start:block.end]
        if not _POSSIBLE_BOUNDARY.search(text):
            # One sentence: syntok would return it whole, so spare the (comparatively slow) call.
            spans = [(block.start, block.end)]
        else:
            spans = _rejoin_titles(body, [
                (block.start + tokens[0].offset, block.start + tokens[-1].offset + len(tokens[-1].value))
                for paragraph in segmenter.analyze(text) for tokens in paragraph if tokens])
        for start, end in (piece for span in spans for piece in _split_glued(body, *span)):
            for piece_start, piece_end in _split_lead_in(body, start, end):
                sentences.append(Sentence(piece_start, piece_end, body[piece_start:piece_end], index))
    return sentences


# "... makes all the difference.Higher doses of statins ...": a sentence glued to the next (scraped copy);
# "... like Bernie Sanders.'' He cautioned", "... on ''60 Minutes.'' ''I don't think": a doubled closing mark,
# which the segmenter reads on past.
# "... in Washington D.C. He recalled ...": an initialism ends the sentence before a pronoun or an article.
# "... of Mic.com. “You have ...": a web address ends it too.
# (each cut comes after a full stop, a mark or a closing quote: tested first, that spares the rest at other places)
_GLUED = re.compile(r"(?<=[.!?”])(?:(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]{2})|(?<=[.!?]””)\s+(?=(?:““)?[A-Z])"
                    r"|(?<=\b[A-Z]\.[A-Z]\.)\s+(?=(?:He|She|It|They|We|The|This|These|Those|His|Her|Their|Its|There)\s)"
                    r"|(?<=\.(?:com|org|net)\.)\s+(?=[\"“]?[A-Z]))")  # "editor in chief of Mic.com. “You have ..."


def _split_glued(body: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start, *(m.start() for m in _GLUED.finditer(body, start, end)), end]
    pieces = [(a + len(body[a:b]) - len(body[a:b].lstrip()), b) for a, b in zip(cuts, cuts[1:], strict=False)]
    return [(a, b) for a, b in pieces if a < b]


# A title written short before a name ends no sentence: "Michigan State Police Lt. Mark Giannunzio said".
# ... nor does a currency written short: "Kenya Power's Ksh. 4.9 billion", "Rs. 72 crore", nor a place's
# prefix: "a Ft. Worth member of the AfroSpear", "Mt. Kenya"; nor a secretary, as Philippine copy writes one ("Sec.
# Duque": a title to read the name by, not one to strip from "SEC"). Only the currencies written with a stop; not
# every one of CURRENCY_PREFIXES: a sentence can end on a lone "N." or "Sh." ("Malcolm N.", "the plan B, and Sh.")
_TITLE_ABBREVIATION = re.compile(rf"\b(?:{'|'.join(TITLE_ABBREVIATIONS)}|Sec|No|Ksh|Kshs|Shs|Rs|Tk|Ft|Mt)\.$")


# ... nor a month written short before its day: "over the weekend of Aug. 26-27 and was discovered".
_MONTH_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")


def _rejoin_titles(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and (_TITLE_ABBREVIATION.search(body, joined[-1][0], joined[-1][1]) or (
                _MONTH_ABBREVIATION.search(body, joined[-1][0], joined[-1][1]) and body[start:start + 1].isdigit())):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


# "Pierre Moscovici, Commissioner for ..., said: “After five years ...": the quote is its own sentence.
_LEAD_IN_QUOTE = re.compile(r"\b(?:said|says|added|adds|stated|commented|explained|warned|continued"
                            r"|told\s+(?:[A-Z][\w.&'’ -]{0,40}?|the\s+(?:media|press|reporters)|reporters|journalists))"
                            r"\s*:\s*(?=[\"“«])"  # "The Health Secretary told LBC:", "Varandas told the media:"
                            # "X commented, "Two box office stars were born ..."": a press release's lead-in;
                            # "..., reacted on the cancellation and stated, “I was supposed to leave ...”"
                            rf"|{COMMA_LEAD_IN}\s*(?=[\"“«])")


def _split_lead_in(body: str, start: int, end: int) -> list[tuple[int, int]]:
    match = _LEAD_IN_QUOTE.search(body, start, end)
    if not match or match.end() >= end:
        return [(start, end)]
    return [(start, match.end() - (len(match.group(0)) - len(match.group(0).rstrip()))), (match.end(), end)]


# ---------------------------------------------------------------- figures and dates

def _month_number(token: str) -> int:
    token = token.rstrip(".").lower()
    return MONTHS.get(token) or _MONTH_ABBR[token[:4] if token.startswith("sept") else token[:3]]


def extract_figures(text: str) -> list[dict]:
    """Quantities and dates stated in a sentence, structured for conflict detection."""
    figures: list[dict] = []
    date_spans: list[tuple[int, int]] = []
    for match in _DATE.finditer(text):
        month = match.group("month") or match.group("month2")
        day = match.group("day") or match.group("day2")
        year = match.group("year") or match.group("year2")
        figures.append({"kind": "date", "text": match.group(0).strip(), "month": _month_number(month),
                        "day": int(day), "year": int(year) if year else None})
        date_spans.append(match.span())
    for match in _WEEKDAY.finditer(text):
        figures.append({"kind": "date", "text": match.group(0), "weekday": match.group("weekday")})
    for match in _YEAR.finditer(text):
        if not any(s <= match.start("year") < e for s, e in date_spans):
            figures.append({"kind": "date", "text": match.group(0), "year": int(match.group("year"))})
            date_spans.append(match.span("year"))
    for match in _QUANTITY.finditer(text) if _QUANTITY_CANDIDATE.search(text) else ():
        num, word = match.group("num"), match.group("word")
        span_start = match.start("num") if num else match.start("word")
        if any(s <= span_start < e for s, e in date_spans):
            continue
        if _NOT_A_COUNT.search(text, max(0, span_start - 40), span_start):  # the words just before, not the whole text
            continue
        unit = (match.group("unit") or "").strip(" -").removeprefix("of ").strip()
        if num:
            if _YEAR_NUMBER.match(num) and not unit:
                continue
            if match.group("currency") and not match.group("scale") and len(num) < 5:
                continue  # "N95 masks", "Sh50": a model or a small sum, not a figure worth checking
            value: float | None = float(num.replace(",", ""))
            if match.group("scale"):
                value *= _SCALE[match.group("scale")]
            elif match.group("short"):
                value *= 1_000_000 if match.group("short") == "m" else 1_000
            if not unit and not match.group("percent") and value < 10 and not match.group("scale") and not match.group("short"):
                continue  # a lone small number ("Article 4", "2 of them") says too little
        else:
            if word[0].isupper() and _TEXT_BEFORE.search(text, 0, span_start):
                continue  # "the Eight Nations Alliance", "the Big Four": capitalised inside a sentence, a name
            value = None if word.lower() in _VAGUE_NUMBERS else _words_value(word)
            if value is not None and value > _LARGEST_WORDS_VALUE:
                continue  # "hundred hundred hundred ...": no number anyone writes, and no row should hold it
            if not unit and (value is None or value < 1_000):
                continue  # "three of them", "the two": a figure only with what it counts, or a large one
        if value is not None and value == int(value):
            value = int(value)
        figure = {"kind": "percent" if match.group("percent") else "quantity", "text": match.group(0).strip(),
                  "value": value, "unit": unit.lower()}
        if match.group("qualifier"):
            figure["qualifier"] = match.group("qualifier").strip().lower()
        figures.append(figure)
    return figures


# ---------------------------------------------------------------- scoring

def _entity_count(text: str) -> int:
    count = 0
    for run in name_runs(text):
        if run and not (run[0].lower() in _COMMON_STARTERS and len(run) == 1):
            count += 1
    return count


def score(text: str, *, attributed: bool, figures: list[dict], context_speaker: bool = False,
          speaker_span: tuple[int, int] | None = None) -> tuple[float, list[str]]:
    """Check-worthiness in [0, 1] and the reasons behind it."""
    reasons: list[str] = []
    words = text.split()
    stripped = text.strip().rstrip('"”’»\'')
    if stripped.endswith("?"):
        return 0.0, ["question"]
    if _QUESTION_OR_CTA.match(text.strip()):
        return 0.0, ["call to action"]
    quantities = [f for f in figures if f["kind"] in ("quantity", "percent")]
    # A short sentence is weak evidence of a claim, unless it states a figure ("We're up 400,000 jobs.").
    value = 0.3 if len(words) >= 8 or quantities else 0.1
    if attributed:
        value += 0.35
        reasons.append("attributed statement")
    elif _REPORTEDLY.search(text):
        value += 0.2
        reasons.append("reported statement")
    elif context_speaker:
        value += 0.2
        reasons.append("part of an attributed passage")
    dates = [f for f in figures if f["kind"] == "date"] or _RELATIVE_DAY.findall(text)
    if quantities:
        value += 0.25
        reasons.append("states figures")
    if dates:
        value += 0.15
        reasons.append("states a date")
    content = text[:speaker_span[0]] + " " + text[speaker_span[1]:] if speaker_span else text
    entities = _entity_count(content)
    if entities:
        value += 0.15 + (0.1 if entities >= 2 else 0)
        reasons.append("names entities")
    elif not quantities and not dates:
        value -= 0.15
        reasons.append("no name, figure or date to check")
        if _HEDGED.search(text):
            value -= 0.15
            reasons.append("speculation")
    if _META.search(text):
        value -= 0.5
        reasons.append("statement about the reporting itself")
    if _OPINION.search(text) and not quantities:
        value -= 0.15
        reasons.append("opinion wording")
    if len(words) < MIN_WORDS:
        value -= 0.3
        reasons.append("too short")
    return round(min(1.0, max(0.0, value)), 3), reasons


# ---------------------------------------------------------------- the extractor

def caption_speaker(text: str, *, after_quote: bool = False) -> str | None:
    """A trailing caption such as "Volodymyr Zelenskyi President of Ukraine" under a quote, or right after its
    closing mark a name with its title and a full stop ("... among our people.” Sen. Kipchumba Murkomen.")."""
    signed = re.fullmatch(r"(?:(?:[A-Z][a-z]{1,4}\.|H\.E\.?)\s+)*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\.",
                          text.strip()) if after_quote else None
    if signed and is_source_name(signed.group("name")) and guess_kind(signed.group("name")) == "person":
        return signed.group("name")
    words = text.split()
    if not 2 <= len(words) <= 8 or text.rstrip().endswith(TERMINAL):
        return None
    name: list[str] = []
    for word in words:
        if word.lower() in TITLE_WORDS or not word[:1].isupper():
            break
        name.append(word.rstrip(","))
        if word.endswith(","):
            break  # "Charles Bolden, NASA Administrator"
    candidate = " ".join(name)
    if len(name) >= 3 and all(re.fullmatch(r"[A-Z]{2,4}", word) for word in name):
        return None  # "PTI BUN AAR": a wire agency's slug, its desk's initials after a story, no one's name
    return candidate if len(name) >= 2 and is_source_name(candidate) else None


@dataclass
class _Speakers:
    """What the extractor remembers between sentences of one article."""

    names: NameRegistry
    recent_people: list[str] = field(default_factory=list)  # antecedents of "he" / "she", the latest last
    last_organisation: str | None = None  # antecedent of "the company" / "the agency"
    last_cited: str | None = None  # antecedent of "these sources"
    quote_speaker: str | None = None  # speaker of the quote the previous paragraph ended with
    quote_left_open: bool = False  # the previous paragraph ended inside a quote (no closing mark)
    lead_in_speaker: str | None = None  # "X said:" introduced the paragraphs that follow, quoted or not
    paragraph_speaker: str | None = None  # the last speaker the previous paragraph named
    paragraph_subject: str | None = None  # the person the previous paragraph, with no speech nor quote, ended about
    last_statement_by: str | None = None  # who made the statement the article last mentioned
    last_letter_by: str | None = None  # who wrote the letter the article last said someone wrote in
    role_speakers: dict[str, str] = field(default_factory=dict)  # "the spokesperson": whose spokesperson spoke
    body_just_heard: str | None = None  # the organisation the last sentence quoted, for "They say"
    document_just_heard: str | None = None  # whose statement the last sentence quoted, for "It said"

    @property
    def last_person(self) -> str | None:
        """The antecedent of "the 63-year-old", "the Illinois Democrat": the person named last."""
        return next((person for person in reversed(self.recent_people) if person), None)

    @property
    def unnamed_spoke_last(self) -> bool:
        return bool(self.recent_people) and self.recent_people[-1] == UNNAMED

    def heard_unnamed(self) -> None:
        """'"...," one Japanese official said.' then '..., he said': he is that official, whom the article does not
        name, not a person named before (an unnamed speaker stands in the list as "")."""
        if UNNAMED in self.recent_people:
            self.recent_people.remove(UNNAMED)
        self.recent_people.append(UNNAMED)

    def resolve(self, attribution: Attribution, *, at: int) -> str | None:
        if attribution.role == "it" and self.document_just_heard:
            name = self.document_just_heard  # "A statement issued by X said ... It said ...": the statement, X's
        else:
            name = self._resolve(attribution, at=at)
        # "Police say ..." then "They say ...": the organisation the sentence before quoted speaks again
        self.body_just_heard = name if attribution.explicit and name and guess_kind(name) == "organization" else None
        return name

    def _resolve(self, attribution: Attribution, *, at: int) -> str | None:
        if attribution.name and attribution.name.startswith("The ") and self.names.kind(
                self.names.resolve(attribution.name.removeprefix("The "))) == "person":
            # "The Trump campaign sent an email saying": a person's, no title "The Trump"
            attribution = replace(attribution, name=attribution.name.removeprefix("The "))
        if attribution.name:
            name = self.names.resolve(attribution.name)
            if name.endswith(" Police") and len(forces := {body for body in self.names.bodies_starting_with(
                    name.split()[0]) if body.startswith(f"{name} ")}) == 1:
                name = forces.pop()  # "Chicago police said" where the article names the Chicago Police Department
            if " " not in attribution.name and name.startswith(f"{attribution.name} ") and opens_with(
                    attribution.phrase, attribution.name, _NOUN_AFTER) and self.names.kind(name) == "person":
                # "Cleveland police have insisted": the word stands before a group, so it is no person's first
                # name ("Cleveland Browns" named earlier); "Xi said" is still Xi Jinping, and "Delta officials"
                # still the "Delta Air Lines" named before
                name = attribution.name
            pair = name.split(" and ") if name == attribution.name and name.count(" and ") == 1 else []
            if pair and all(self.names.resolve(part) in self.names.people for part in pair):
                # "Pelosi and Schumer said in a statement": the first of two people the article named in full
                name = self.names.resolve(pair[0])
            if attribution.place and name == attribution.name:
                # "Oregon health officials": unnamed, unless the article names one body so ("Delta Air Lines")
                # (not the one party of that state: "Some Arizona officials" are no "Arizona Democratic Party")
                bodies = {body for body in self.names.bodies_starting_with(name) if not body.endswith(" Party")}
                if len(bodies) != 1:
                    return None
                name = bodies.pop()
            if name == attribution.name and len(name.split()) <= 3 and is_office(name):
                # "The Environment CEC stated": the person so introduced; "The Opec President said": the one
                # introduced as "Opec Conference President Rilwanu Lukman" (a title of the same body)
                name = self.names.titled(name) or self.names.office_holder(name, before=at) or name
                if name == attribution.name and _unheld_office(name, attribution.phrase):
                    # "The Prime Minister retorted", "The Interior Minister said" with no such minister named: no
                    # source "Prime Minister"
                    return None
            elif name == attribution.name and len(name.split()) <= 6 and is_office(name):
                # "said Council of Governors Chairman": the chairman the article introduced, if one
                name = self.names.role(name.split()[-1].lower(), phrase=name, before=at) or name
            if not (attribution.proper or is_source_name(name) or self.names.used_as_name(name)):
                return None
            if " and " in name and all(is_place(part) for part in re.split(r",\s*|\s+and\s+", name)):
                return None  # "voters in Alabama, Georgia and Virginia said": where they live, not who
            before_noun = attribution.role_of or opens_with(attribution.phrase, name, SPACE_THEN_LOWER)
            if name == attribution.name and not (attribution.proper or attribution.place or self.names.used_as_name(name)) and (
                    before_noun and (is_everyday_word(name, attribution.phrase) or attribution.role_of in _FIELD_WORKERS
                                     and is_frequent_word(name))
                    or name == attribution.phrase and (is_everyday_word(name) or is_plural_noun(name) or is_frequent_word(
                        name) and self.names.written_as_word(name))):
                # A word opening the sentence, not the name of a body: "Digital forensics experts", "Independent
                # experts", "Civil defence officials", "Television reports", "Weather forecasters", "Crime experts" (a
                # field's experts; "Google officials" are a body's); alone: "Allies say", "Initial estimates put",
                # "Newspaper Says" where the article writes "newspaper" elsewhere
                return None
            if attribution.role_of:
                self.role_speakers[attribution.role_of] = name
            if attribution.role_of in SPOKES:  # "Senate spokesman denies ...": the one the article named, if any
                return self.names.spokesperson_of(name) or name
            return name
        if attribution.explicit and re.fullmatch(r"[A-Z][a-z]+", attribution.phrase) and (
                person := self.names.resolve(attribution.phrase)).endswith(f" {attribution.phrase}") and (
                person in self.names.people):
            # '"...," May said' after "Theresa May": a surname that is also a word (a month), the one named so
            return person
        if attribution.to_sources:
            return self.last_cited
        if attribution.role == "it":
            return self.last_organisation
        if attribution.role == JOINT_ROLE:
            last = self.last_organisation or ""
            return last if " and " in last else None
        if attribution.role == "letter":
            return self.last_letter_by  # "The letter said": the one the article said wrote in a letter, if any
        if attribution.role in ("statement", "report", "forecast"):
            # "The statement said", "said the report", "the forecast says": whoever last issued one
            return self.last_statement_by
        if attribution.indefinite:
            # "an airport spokeswoman": the one the article names so; else, for "an airline spokesperson" after
            # "Turkish Airlines flight TK1617 ...", the body of that kind the article was just about
            kind = re.findall(r"[a-z]+", attribution.phrase.lower())[-2:-1]
            last = self.last_organisation or ""
            return self.names.described_spokesperson(attribution.role, attribution.phrase) or (
                last if kind and kind[0] in last.lower() else None) or (
                self.names.only_body_named(kind[0]) if kind and kind[0] in ORGANISATION_WORDS else None)
        if attribution.role in SPOKES and (principal := _PRINCIPAL.match(attribution.phrase)):
            # "Cameron’s spokesman said": the one the article named as his spokesman, else the one he speaks for;
            # "The spokesman for WikiLeaks said": WikiLeaks's, not the last person named (its founder)
            principal_name = self.names.resolve(principal.group("who") or principal.group("body"))
            if principal_name in self.names.people or principal.group("body") and is_source_name(principal_name) and (
                    self.names.kind(principal_name) != "person"):
                return self.names.spokesperson_of(principal_name) or principal_name
            return None
        if attribution.role:
            # "the deputy spokesperson": the person introduced with that role, else the last person speaking.
            known = self.names.role(attribution.role, phrase=attribution.phrase, before=at)
            known = known or self.role_speakers.get(attribution.role)
            if attribution.qualified and not known:  # "the Florida senator": "Sen. Marco Rubio (R-Fla.)"
                known = self.names.state_member(attribution.role, attribution.phrase)
            if attribution.role in _BODY_TYPES:  # "the union": the one union named, else the body that spoke if one
                last = self.last_organisation or ""
                return known or self.names.only_body_named(attribution.role) or (
                    last if attribution.role in last.lower() else None)
            if attribution.role in NEWSPAPER_ROLES and not known:
                # "the newspaper wrote": the last newspaper named, not the poll or agency heard last
                last = self.last_organisation
                return last if last and self.names.newspaper(last) else self.names.last_newspaper(before=at)
            if attribution.role == "administration" and not known and (head := self.names.administration_head(before=at)):
                return head  # "The administration said" after "the Obama administration": Obama
            if attribution.role in ORGANISATION_ROLES:
                # the body introduced with that role, else the one the article names with the phrase's words ("the
                # sheriff's office": the "Yavapai County Sheriff's Office"), else the one heard last, if one can be
                # (each asked only when the one before fails)
                candidates = (lambda: known, lambda: self.names.body_called(attribution.phrase, attribution.role),
                              lambda: self.last_organisation)
                body = next((name for candidate in candidates if (name := candidate()) and self.can_be_body(name) and not (
                    attribution.role in COMMERCIAL_ROLES and is_public_body(name))), None)
                body = body or self.names.only_body_named(attribution.role)
                if body or attribution.role not in PERSON_ROLES:
                    return body
                # (a role of a body or a person: "The independent forecaster said" after the Office for Budget
                # Responsibility, "The forecaster said" after meteorologist John Smith)
            if (attribution.role == NATIONAL_ROLE or attribution.role in PERSON_ROLES - ORGANISATION_ROLES) and (
                    title := self.names.one_word_title(attribution.phrase)):
                return title  # "according to The Oklahoman": a newspaper, not "the Scot" the last person named
            refers_back = (attribution.role in PERSON_ROLES and not attribution.qualified
                           or attribution.role.endswith("-year-old") or attribution.role == NATIONAL_ROLE)
            if attribution.qualified and self.last_person:
                # "the WHO chief" is the last person when the article wrote "WHO" before their name
                qualifiers = [w for w in re.findall(r"[A-Z][\w'’.-]*", attribution.phrase) if w.lower() != "the"]
                refers_back = self.names.introduced_near(self.last_person, qualifiers)
            if attribution.role in SUPPORTING_ROLES | OTHER_PARTY_ROLES:
                refers_back = False  # "A Republican committee aide blasted ...; '...,' the aide said": not Gowdy
            if attribution.role in PERSON_ROLES and self.unnamed_spoke_last:
                refers_back = False  # '"...," one official said. "...," the official said': the same, unnamed
            if refers_back and self.last_person and self.names.deputy_only(self.last_person, attribution.role,
                                                                           attribution.phrase):
                refers_back = False  # "the prime minister" after "Deputy Prime Minister Winston Peters": not him
            if attribution.role not in SPOKES and re.search(
                    rf"\w['’]s\s+(?:[\w-]+\s+){{0,3}}{re.escape(attribution.role)}$", attribution.phrase, re.IGNORECASE):
                # "The intelligence community's inspector general": someone's officer, not the last person (but "the
                # prime minister's spokesman" speaks for the prime minister named last)
                refers_back = False
            return known or (self.last_person if refers_back else None)  # "the 63-year-old told VOA"
        if attribution.pronoun:
            return self.antecedent(attribution.phrase)
        if attribution.explicit and (campaign := CAMPAIGN.fullmatch(attribution.phrase)):
            person = self.names.resolve(campaign.group("who"))  # "Clinton’s campaign says": the Hillary Clinton campaign
            return f"{person} campaign" if person in self.names.people else None
        if attribution.explicit and POLICE_PHRASE.fullmatch(attribution.phrase):
            return self.names.police_force
        if attribution.explicit and (_MEMBERS.fullmatch(attribution.phrase) or _LONE_SPOKESPERSON.fullmatch(attribution.phrase)):
            # "the Council said", then "The policymakers said" / "they added" / "A spokeswoman said"
            return self.body_just_heard
        return None

    def can_be_body(self, name: str) -> bool:
        """Whether "the company" or "the ministry" can stand for a name: not a country or a state ("who lived in
        the United Kingdom, worked for the Centamin mining company") nor a person, unless the article introduces
        it as a body ("the newspaper Granma", also a Cuban province). (A first name is no test: "Williams Cos".)"""
        return self.names.described_as_organisation(name) or not (
            is_place(name) or self.names.kind(name) == "person")

    def described_subject(self, sentence: Sentence) -> str | None:
        """The person a sentence without speech opens with by a role or a pronoun ("The Kiwi skipper, who hit
        form with a belligerent 49, is more than happy"), for the unattributed quote after it."""
        described = opening_person(sentence.text)
        return self._resolve(described, at=sentence.start) if described else None

    def antecedent(self, pronoun: str) -> str | None:
        """The latest person "he" or "she" can be: "she said" after "Mayra Gonzalez" and then "Ernest
        Coursey" is Gonzalez; none when every person named so far is of the other sex."""
        person = next((person for person in reversed(self.recent_people)
                       if person == UNNAMED or self.names.can_be(person, pronoun)), None) or None
        return self.one_of_family(person, pronoun) if person else None

    def one_of_family(self, person: str, pronoun: str) -> str:
        """A surname several people of the article share, told apart by a pronoun for it: "Grayson denied ..."
        of Alan and Lolita Grayson, then "He said": the one of the family heard so far that he can be, else the one
        of his sex the article names; the surname as written when neither tells."""
        sex = PRONOUN_GENDER.get(pronoun.lower())
        if " " in person or not sex:
            return person
        family = {other for other in self.recent_people if other.endswith(f" {person}") and self.names.can_be(other, pronoun)}
        return family.pop() if len(family) == 1 else self.names.one_of_sex(person, sex) or person

    def heard(self, claimant: str | None) -> None:
        kind = self.names.kind(claimant) if claimant else None
        if kind == "person" and (body := self.names.spoke_for(claimant)):
            self.last_organisation = body  # "Invista spokeswoman X said", then "The company has said"
        if kind == "person" or kind == "other" and " " not in claimant and not self.names.described_as_organisation(
                claimant):
            if claimant in self.recent_people:
                self.recent_people.remove(claimant)
            self.recent_people.append(claimant)
        if kind == "organization" or kind == "other" and " " not in claimant:
            self.last_organisation = claimant  # "Motorola" is either, until "the company" says which


UNNAMED = ""  # in _Speakers.recent_people: a person who spoke without a name
# "one Japanese official", "a senior U.S. diplomat", "another analyst": one person the article does not name
_UNNAMED_PERSON = re.compile(r"(?:one|a|an|another)\s+(?:[\w.'’-]+\s+){0,4}?(?:official|spokes(?:man|woman|person)|analyst"
                             r"|diplomat|economist|trader|dealer|banker|executive|lawmaker|aide|adviser|advisor|source"
                             r"|person|man|woman|resident|witness|worker|employee|officer|delegate|voter|supporter)",
                             re.IGNORECASE)


# "Speech by Mr K Shanmugam, Minister for Home Affairs", "Remarks by the President ...": a headline naming whose words
# the page is
_SPEECH_BY = re.compile(r"\b(?:[Ss]peech|[Rr]emarks|[Aa]ddress|[Kk]eynote|[Tt]estimony|[Oo]pening\s+[Ss]tatement|[Ss]tatement)"
                        r"\s+(?:by|of|from)\s+(?P<who>[^,;:()–—|]{3,80})")


def _speech_page_speaker(body: str, blocks: list[Block], by_block: dict[int, list[Sentence]],
                         speakers: _Speakers) -> str | None:
    """The one whose speech the page is: its first line names a speech by them ("... – Speech by Mrs Josephine Teo,
    Minister for ...") and the text goes on in the first person in most of its paragraphs, outside quotes (not a
    report about a speech, written in the third person)."""
    # the headline: the title cleaning found, else the first line when it is content
    at = 0 if blocks and (blocks[0].kind == "title" or 0 in by_block) else None
    found = _SPEECH_BY.search(body[blocks[0].start:blocks[0].end]) if at is not None else None
    if not found:
        return None
    paragraphs = [mask_quotes(body[blocks[i].start:blocks[i].end], open_at_start=False)[0] for i in by_block if i != at]
    if len(paragraphs) < 2 or 2 * sum(bool(_FIRST_PERSON.search(p)) for p in paragraphs) < len(paragraphs):
        return None
    attribution = read_speaker(found.group("who"))
    return speakers.resolve(attribution, at=blocks[0].start) if attribution.name else None


def _unnamed_office(attribution: Attribution) -> bool:
    """"The Home Minister said", where the article names no such minister: one person, unnamed, whom "he said"
    goes on with (not the last person the sentence named)."""
    office = attribution.name or ""
    return 1 <= len(office.split()) <= 3 and is_office(office) and _unheld_office(office, attribution.phrase)


def _unheld_office(office: str, phrase: str) -> bool:
    """"The Prime Minister retorted", "The Interior Minister said" as written: an office, left so when the article
    names no one who holds it (no source "Prime Minister")."""
    return is_bare_title(office) or office.split()[-1].lower() in PERSON_ROLES and phrase.lower().startswith("the ")


# Who know a field: "Crime experts", "Budget analysts", "Weather forecasters" (not a body's officials or sources)
_FIELD_WORKERS = frozenset({"experts", "analysts", "researchers", "forecasters", "meteorologists"})
_BODY_TYPES = frozenset({"union", "commission", "committee", "council"})
# Who speaks for the body the sentence before quoted: "they", "the policymakers", "the rate-setters", "members".
_LONE_SPOKESPERSON = re.compile(r"(?:a|an)\s+spokes(?:man|woman|person)", re.IGNORECASE)
_MEMBERS = re.compile(r"they|(?:the\s+)?(?:policy\s?makers|rate-?setters|(?:board\s+|committee\s+|council\s+)?members)",
                      re.IGNORECASE)
# "Analysts at Bernstein said": a bank's analysts on the company the article is about, which "the company" stays
_OUTSIDE_ANALYSTS = re.compile(r"(?:\w+\s+)?(?:analysts?|economists?|strategists?)\s+(?:at|from|with)\s", re.IGNORECASE)
_CITED_DATA = re.compile(r"\b[Aa]ccording\s+to\s+(?:(?:data|figures|estimates)\s+(?:compiled\s+|provided\s+|gathered\s+)?"
                         r"(?:by|from)\s|(?:[A-Z][\w.&-]*\s+){1,3}(?i:data|estimates|figures)\b)")  # "Reuters Estimates"
# A paragraph that is a quote and nothing else (its quotes masked by mask_quotes)
_ALL_QUOTED = re.compile(r"\s*(?:[\"“«„]…[\"”»]\s*)+")
# ... the last left open: a quote that goes on in the next paragraph
_ALL_QUOTED_OPEN = re.compile(r"\s*(?:[\"“«„]…[\"”»]\s*)*[\"“«„]…")
# 'After the call, “they aren’t rumblings, but full-fledged screams.”': a short lead, then a quote to the end
_LEAD_THEN_QUOTE = re.compile(r"[A-Z][^,\"“”]{0,40},\s*[\"“][^\"“”]{12,}(?:[.!?,…][\"”]|[\"”][.!?])\s*$")
# Who issued a statement, report or forecast, for a later "the statement said" / "said the report": "said in a
# statement", "issued a report", "a report released by", "the company's forecast" (outside quotes; not "said he saw
# no evidence in the report", a report he read)
# "President X in the letter said", "Exxon Mobil contended in its letter": whose letter "the letter" is later
_IN_LETTER = re.compile(rf"\b(?i:in|through|via)\s+(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}?{LETTERS}\b")
_ISSUED = re.compile(r"\b(?i:in|through|via|according\s+to)\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:statement|report|forecast)\b"
                     r"|\b(?:issued|released|published|put\s+out|sent|provided|delivered|unveiled)\s+(?:a|an|his|her|its|their)\s+"
                     r"(?:[\w-]+\s+){0,3}?(?:statement|report|forecast)\b"
                     r"|\b(?:statement|report|forecast),?\s+(?:(?:issued|released|published|put\s+out)\b(?!\s+by\b)"
                     # ("a statement issued by police": the issuer named, who need not be the one speaking)
                     r"|(?:(?:issued|released|published|put\s+out)\s+)?(?:from|by)\s+(?P<by>[\w.&'’ -]+))"
                     r"|\b(?:its|his|her|their|[A-Z][\w.&-]*['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|forecast)\b")


def _sex_soon_after(text: str, phrase: str, starts_open: bool) -> str | None:
    """The sex a pronoun outside quotes tells a few words after the speaker's phrase, if one does."""
    masked = mask_quotes(text, open_at_start=starts_open)[0]
    span = next(word_spans(masked, phrase), None)
    pronoun = PRONOUN_SOON.match(masked, span[1]) if span else None
    return PRONOUN_GENDER[pronoun.group("pronoun")] if pronoun else None


def _read_paragraph(sentences: list[Sentence], speakers: _Speakers, starts_in_quote: bool
                    ) -> tuple[list[Attribution], list[str | None], list[int | None], list[str | None], bool]:
    """Attribution sentence by sentence, with quoted words masked: each sentence's attribution, its speaker
    resolved in the article, the quote it belongs to (quote 0 goes on from the paragraph before; sentences of
    one quote share a speaker), the person a sentence without speech is about (its subject) and whether a
    quote is still open at the paragraph's end."""
    attributions: list[Attribution] = []
    resolved: list[str | None] = []
    quote_ids: list[int | None] = []
    subjects: list[str | None] = []
    open_quote = starts_in_quote
    quote_id = 0 if open_quote else -1
    for sentence in sentences:
        starts_open = open_quote
        attribution, open_quote = find_attribution(sentence.text, open_at_start=starts_open)
        if starts_open:
            quote_ids.append(quote_id)
        elif opens_quote(sentence.text) or open_quote or not attribution.explicit and _LEAD_THEN_QUOTE.match(sentence.text):
            quote_id += 1
            quote_ids.append(quote_id)
        else:
            quote_ids.append(None)
        if attribution.role in ORGANISATION_ROLES and not starts_open and (
                opening := subject_organisation(sentence.text)) and sentence.text.find(attribution.phrase) > len(opening):
            # "Arkansas State Police have arrested two men ..., the agency said": the body the sentence opens with
            speakers.last_organisation = speakers.names.resolve(opening)
        name = speakers.resolve(attribution, at=sentence.start)
        speakers.document_just_heard = name if attribution.explicit and issued_document(sentence.text) else None
        if name and " " not in name and attribution.name and not attribution.pronoun and (
                sex := _sex_soon_after(sentence.text, attribution.phrase, starts_open)):
            # "Clinton told the debate audience that she believes": of Hillary and Bill Clinton, her
            name = speakers.names.one_of_sex(name, sex) or name
        if attribution.pronoun and not starts_open and (
                pronoun := next(word_spans(sentence.text, attribution.phrase), None)):
            subject = clause_subject(sentence.text[:pronoun[0]], speakers.names)  # "Trump was ... when he told"
            if subject and speakers.names.can_be(subject, attribution.phrase):
                name = speakers.one_of_family(subject, attribution.phrase)
        own_words = mask_quotes(sentence.text, open_at_start=starts_open)[0] if name else ""
        if name and _IN_LETTER.search(own_words):
            speakers.last_letter_by = name
        if name and (issued := _ISSUED.search(own_words)) and (
                not issued.group("by") or set(name.lower().split()) & set(issued.group("by").lower().split())):
            speakers.last_statement_by = name  # (not "X says ..., though a statement issued by police suggested")
        attributions.append(attribution)
        resolved.append(name)
        speaking = bool(attribution.explicit and name) or starts_open  # not "Obama rebuked critics who say"
        subject = None if speaking else (
            later_subject(sentence.text, speakers.names) or subject_person(sentence.text)
            or only_person_named(sentence.text, speakers.names)
            or surname_subject(sentence.text, speakers.names, sentence.start) or speakers.names.headline_person(sentence.text))
        named = speakers.names.resolve(subject) if subject else None
        if named is None and not (attribution.explicit or quote_ids[-1] is not None):
            subjects.append(speakers.described_subject(sentence))
        else:
            subjects.append(named)
        if not (attribution.relayed or _OUTSIDE_ANALYSTS.match(sentence.text) or name and _CITED_DATA.search(
                sentence.text) and not is_public_body(name)):
            # an agency relaying the sentence, the bank whose analysts comment or the firm whose data is cited
            # ("according to data compiled by LSEG") is no antecedent of "the company"
            organisation = None if speaking or subject else (
                subject_organisation(sentence.text) or subject_body(sentence.text, speakers.names))
            # ("In related news, PFG plans ...": the "Performance Food Group (PFG)" named before)
            speakers.heard(name if speaking else named if subject else organisation and speakers.names.resolve(organisation))
        if attribution.explicit and not name and not starts_open and (
                _UNNAMED_PERSON.fullmatch(attribution.phrase) or _unnamed_office(attribution)):
            speakers.heard_unnamed()
    return attributions, resolved, quote_ids, subjects, open_quote


def _quote_speakers(sentences: list[Sentence], attributions: list[Attribution], resolved: list[str | None],
                    quote_ids: list[int | None], subjects: list[str | None]) -> dict[int, str]:
    """Who speaks each quote of a paragraph, from the paragraph alone: a sentence of the quote that names its
    speaker, the "X said:" before it, the sentence naming a speaker (or the person it is about) just before it,
    else the quote before."""
    quote_speakers: dict[int, str] = {}
    for position, (qid, name) in enumerate(zip(quote_ids, resolved, strict=True)):
        if qid is not None and name and qid not in quote_speakers:
            quote_speakers[qid] = name
        lead_in_before = position > 0 and leads_into_quote(sentences[position - 1].text)
        if qid is not None and qid not in quote_speakers and lead_in_before and resolved[position - 1]:
            quote_speakers[qid] = resolved[position - 1]
    for position, qid in enumerate(quote_ids):
        # 'Wesley Christenson said yesterday. "Many protestors were over 30."': the quote is his
        if (qid is not None and qid not in quote_speakers and position and quote_ids[position - 1] is None
                and attributions[position - 1].explicit and resolved[position - 1]):
            quote_speakers[qid] = resolved[position - 1]
        elif (qid is not None and qid not in quote_speakers and position and subjects[position - 1]
              and not _quoted_whole(sentences, quote_ids, position - 1) and not attributions[position].explicit):
            # 'Taylor, who made 102, was delighted. "We knew ..."': the quote is the person just described
            # (not '"...," one P&G employee told BFMTV.', nor one the quote itself names: '"I like Dr. Carson.'
            # then 'I would settle for him."')
            quote_speakers[qid] = subjects[position - 1]
    for position, (sentence, name) in enumerate(zip(sentences, resolved, strict=True)):
        # '"... We have to see tomorrow."' then '– Erik ten Hag': the signature names the quote just closed
        previous = quote_ids[position - 1] if position else None
        if name and previous is not None and previous not in quote_speakers and (
                SIGNATURE.match(sentence.text) or quote_ids[position] is None and _SAID_ALONE.fullmatch(sentence.text)):
            quote_speakers[previous] = name
    for qid in sorted(set(q for q in quote_ids if q is not None)):
        # '"A," he said. "B."': B goes on with the quote of the paragraph's last speaker.
        if qid not in quote_speakers and qid - 1 in quote_speakers:
            quote_speakers[qid] = quote_speakers[qid - 1]
    return quote_speakers


_AFTER_CLOSING_MARK = re.compile(r"\s+(?:he|she|they|it|we|the|a|an|said|says|added|told)\b")


def _closes_first(paragraph: str, mark: re.Match) -> bool:
    """Whether a quote mark closes a quote: a straight or closing mark after a comma or a stop, then the speech's
    subject or verb in lower case ('..., " he said', '...,” the ministry said')."""
    return mark.group() in "\"”" and re.search(r"[,.!?]\s?$", paragraph[max(0, mark.start() - 2):mark.start()]) is not None \
        and _AFTER_CLOSING_MARK.match(paragraph, mark.end()) is not None
# '"... in the next few hours." Dejan Panic, Acting Country Director in Afghanistan said.': after the quote's own
# full stop, a sentence of nothing but who said it
_SAID_ALONE = re.compile(r"[^\"“”!?]{2,150}?\s(?:said|says|added|adds|stated|explained|noted|told\s+[^\"“”!?]{2,40}?)"
                         # "... said in a press release.", "... said at a Select Committee earlier this year."
                         r"(?:\s+(?:in|at|during|before|to)\s+(?:a|an|the|its|his|her|their)(?:\s+(?!that\b)[\w-]+){1,6}?)?"
                         r"(?:\s+(?:(?:earlier|later)\s+)?(?:this|last)\s+(?:week|month|year|morning|afternoon|evening)"
                         r"|\s+yesterday|\s+today|\s+on\s+[A-Z][a-z]+day)?\.?\s*")


def _quoted_whole(sentences: list[Sentence], quote_ids: list[int | None], position: int) -> bool:
    """Whether the sentence lies inside its quote from its first word: it opens with the quote mark, or the quote
    began in a sentence before it (not 'Sanders delivered a retort: "No one ...', which opens the quote)."""
    qid = quote_ids[position]
    return qid is not None and (opens_quote(sentences[position].text) or (
        position > 0 and quote_ids[position - 1] == qid))


def _with_claimant(claim: ExtractedClaim, claimant: str, names: NameRegistry) -> ExtractedClaim:
    return replace(claim, claimant=claimant, claimant_kind=names.kind(claimant),
                   claimant_aliases=names.aliases_of(claimant))


_SPEAKING_SELF = frozenset({"I", "We", "we"})  # "I did say ...": the one speaking, in a transcript the label's
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|we|We|our|Our|us|my|My|me)\b")


def _first_person_speakers(sentences: list[Sentence], attributions: list[Attribution],
                           resolved: list[str | None]) -> dict[int, str]:
    """Sentences in the first person with no speaker, before one in the first person that names its speaker
    in the same paragraph (every sentence between them in the first person too): that speaker's."""
    found: dict[int, str] = {}
    pending: list[int] = []
    for position, (sentence, attribution, name) in enumerate(zip(sentences, attributions, resolved, strict=True)):
        if not _FIRST_PERSON.search(sentence.text):
            pending = []
        elif attribution.explicit and name:
            found.update(dict.fromkeys(pending, name))
            pending = []
        elif not attribution.explicit and not opens_quote(sentence.text):
            pending.append(position)
    return found


def _speaker_span(text: str, phrase: str) -> tuple[int, int] | None:
    if not phrase:
        return None
    position = text.find(phrase)
    return (position, position + len(phrase)) if position >= 0 else None


# "PRIME MINISTER ANTHONY ALBANESE: Good morning.", "Mao Ning: I have noted the report.": a transcript's speaker
# ("The Hon. Gladys Berejiklian MP, Premier of NSW:": an office "of" somewhere in mixed case)
_LABEL = r"(?P<label>[A-Z][\w.'’-]*(?:(?:,?\s+(?:of|for|the|and))*,?\s+[A-Z][\w.'’-]*){0,7}):"
_SPEAKER_LABEL = re.compile(rf"{_LABEL}\s+(?![\"“”'‘])(?=\S)"
                            # "Q. You turned things around ...": a sports transcript's; "A. Zico- I have been ...",
                            # "A. Gregory Arnolin - We have ...": the answer's speaker named after its letter
                            r"|(?P<asked>Q|A)\.\s+(?:(?P<answerer>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*[-–—]\s*)?(?=[A-Z])")
_LABEL_ALONE = re.compile(rf"{_LABEL}\s*")  # "Albanese:" on a line of its own
_QUESTIONERS = frozenset("q a question answer journalist journalists reporter reporters moderator interviewer "
                         "audience host presenter".split())


def _transcript_speakers(body: str, blocks: list[Block], indexes: list[int], speakers: _Speakers
                         ) -> tuple[dict[int, str | None], set[int]]:
    """In a transcript (two paragraphs or more open with a speaker's label: a press conference, a doorstop
    interview), who speaks in each paragraph: the person the label names ("PRIME MINISTER:" is the prime minister
    the article names), until the next label; none after a questioner's label ("Q:", "JOURNALIST:", "Xinhua News
    Agency:") or one that names no person ("BHOPAL:", a dateline). Also the paragraphs that open with a label."""
    def text(index: int) -> str:
        return body[blocks[index].start:blocks[index].end]

    labels: dict[int, str | None] = {}
    named: dict[str, str] = {}  # each label that named a person, as written
    # "Albanese:" on lines of their own, a speaker's label when it comes back (not one "Video Transcript:")
    alone = {index: match for index, block in enumerate(blocks) if (match := _LABEL_ALONE.fullmatch(body, block.start, block.end))}
    repeated = {label for label, count in Counter(match.group("label") for match in alone.values()).items() if count > 1}
    for index in indexes:
        # (from the line's start: the first paragraph's "TOM CONNELL:" was set aside as a dateline would be)
        line_start = body.rfind("\n", 0, blocks[index].start) + 1
        match = _SPEAKER_LABEL.match(body, line_start)
        if not (match and match.end() >= blocks[index].start) or match.end() > blocks[index].end:
            match = _SPEAKER_LABEL.match(body, blocks[index].start)
        if not match or match.end() > blocks[index].end:
            # "Albanese:" on a line of its own, the answer on the lines under it
            match = alone.get(index - 1)
            if not (match and match.group("label") in repeated):
                continue
        groups = match.groupdict()  # (a label alone has neither an answer's letter nor its answerer)
        label = groups["label"] or groups.get("answerer") or groups.get("asked")
        label = re.sub(r"^THE\s+|^[Tt]he\s+", "", label)  # "THE MODERATOR:"
        # "PRIME MINISTER", "McCAFFERY": words set in capitals, read as a name is written
        written = re.sub(r"\bMc([a-z])", lambda mc: f"Mc{mc.group(1).upper()}", " ".join(
            word.title() if sum(c.isupper() for c in word) > len(word) / 2 else word for word in label.split()))
        # "ANTHONY ALBANESE, PRIME MINISTER": the name before the office
        name = next((found for part in written.split(",") if (found := read_speaker(part.strip()).name)), None)
        titled = bool(name) and " " not in name and len(written.split()) > 1 and written.split()[-2].lower() in PERSON_ROLES
        # ("COACH McCAFFERY:": a surname after a title is a person's)
        if name and is_office(name):
            # "PRIME MINISTER:" after "PRIME MINISTER ANTHONY ALBANESE:" or "ANTHONY ALBANESE, PRIME MINISTER:"
            name = next((person for before, person in named.items() if before.startswith(f"{label} ") or before.endswith(
                f", {label}")), None) or speakers.names.titled(name)
        elif name and " " not in name and len(heard := {person for person in named.values()
                                                       if person.endswith(f" {name}")}) == 1:
            name = heard.pop()  # "CONNELL:" after "TOM CONNELL:", a name the article writes only in capitals
        name = speakers.names.resolve(name) if name and label.lower().rstrip(".") not in _QUESTIONERS else None
        # (one named after an answer's letter, or on a line of its own, answers: a person, unless a body or a place:
        # "A. Zico- ...", "Albanese:")
        answering = bool(groups.get("answerer")) or match.re is _LABEL_ALONE
        labels[index] = name if name and (speakers.names.kind(name) == "person" or titled or answering and (
            speakers.names.kind(name) != "organization" and not is_place(name))) else None
        if labels[index]:
            named[label] = labels[index]
    def talks(index: int) -> bool:
        paragraph = text(index)
        return bool(_FIRST_PERSON.search(paragraph)) or "?" in paragraph

    people = [index for index in labels if labels[index]]
    # the labelled speakers talk in the first person or ask ("Sanders: Win in a walk." over a section about him is no
    # transcript's)
    if len(labels) < 2 or 2 * sum(1 for index in people if talks(index)) < max(len(people), 1):
        return {}, set()
    after_first = [index for index in indexes if index >= min(labels)]
    dense = 2 * len(labels) >= len(after_first)  # most paragraphs open with a label: one without goes on with it
    spoken: dict[int, str | None] = {}
    current = None
    for index in after_first:
        current = labels.get(index, current)
        if index in labels or dense or _FIRST_PERSON.search(text(index)):
            spoken[index] = current
    return spoken, set(labels)


def _lead_in_line(body: str, blocks: list[Block], index: int, by_block: dict[int, list[Sentence]]) -> Attribution | None:
    """The speaker a line without sentences of its own just before the paragraph names with a colon ("Stated
    Stone:", "The governor said:")."""
    if not index or index - 1 in by_block:
        return None
    line = body[blocks[index - 1].start:blocks[index - 1].end].strip()
    if not line.endswith(":") or len(line) > 160:
        return None
    found = heading_lead_in(line)
    return found if found and (found.name or found.role or found.pronoun) else None


def checkworthiness_minimum() -> float:
    """CLAIMTRACK_CHECKWORTHINESS_MIN: the learned score a kept sentence needs as well (0: the rules decide)."""
    from django.conf import settings

    return getattr(settings, "CLAIMTRACK_CHECKWORTHINESS_MIN", 0.0) if settings.configured else 0.0


def _as_read(body: str, blocks: list[Block]) -> str:
    """The body as the extractor reads it, one character for each of the original's, so every offset still points
    into it: doubled quote marks as curly ones, the horizontal bar some sites set as their dash ("PHILADELPHIA ―
    Hillary Clinton's campaign said") as the em dash, a hard-wrapped paragraph's line breaks as the spaces they
    stand for (the breaks between paragraphs stay), a semicolon after "said" before a quote as the colon it stands for,
    a nickname's quote marks inside a name as spaces and a paragraph's single quotation marks as double ones."""
    body = with_curly_quotes(body).replace("\u2015", "—")
    parts, done = [], 0
    for block in blocks:  # in the body's order, apart
        parts += [body[done:block.start],
                  with_double_quotes(without_nickname_quotes(with_lead_in_colons(body[block.start:block.end].replace("\n", " "))))]
        done = block.end
    return "".join([*parts, body[done:]])


def extract_claims(body: str, blocks: list[Block], *, every_sentence: bool = False) -> list[ExtractedClaim]:
    """Check-worthy sentences with their claimant: the sentence's own speaker, the speaker of the
    quote it belongs to, or the antecedent of its pronoun subject; otherwise none.
    every_sentence=True returns all sentences, scored, whatever their check-worthiness (for repairs)."""
    by_block: dict[int, list[Sentence]] = {}
    original, body = body, _as_read(body, blocks)  # read; claims quote the original
    ordered = segment(body, blocks)
    for sentence in ordered:
        by_block.setdefault(sentence.block, []).append(sentence)
    # The learned model reads each sentence with its neighbours in the article (sources.checkworthiness).
    neighbours = {s.start: (ordered[i - 1].text if i else "", ordered[i + 1].text if i + 1 < len(ordered) else "")
                  for i, s in enumerate(ordered)}
    learned = checkworthiness.model()
    minimum = checkworthiness_minimum()

    speakers = _Speakers(NameRegistry(body))
    claims: list[ExtractedClaim] = []
    unattributed: list[int] = []  # claims of a quote left open with nobody named yet: its end may name them
    previous_block = previous_lead_in_block = -1
    transcript, label_blocks = _transcript_speakers(body, blocks, sorted(by_block), speakers)
    speech_by = _speech_page_speaker(body, blocks, by_block, speakers)
    for block_index in sorted(by_block):
        block_sentences = by_block[block_index]
        caption = caption_speaker(block_sentences[-1].text, after_quote=block_sentences[-2].text.rstrip().endswith(
            ("”", '"', "»"))) if len(block_sentences) > 1 else None
        if caption:
            block_sentences = block_sentences[:-1]
        follows = previous_block == block_index - 1
        # A quote left open at the end of a paragraph goes on in the next one, opening mark or not; without
        # one, only if the quote closes there (a paragraph with no quote mark at all is the writer's again).
        paragraph = body[blocks[block_index].start:blocks[block_index].end]
        # (its first mark closes: "To that, X joked that he likes a good “peaceful protest”" opens one of its own)
        first_mark = re.search(r'["“”«»]', paragraph)
        starts_in_quote = not opens_quote(block_sentences[0].text) and bool(first_mark) and (
            follows and speakers.quote_left_open and first_mark.group() not in "“«"
            # 'To those in quarantine, you have kept the promise. ... the law, " he said.': a paragraph whose first
            # mark closes a quote began inside it, its opening mark left out
            or _closes_first(paragraph, first_mark))
        attributions, resolved, quote_ids, subjects, open_quote = _read_paragraph(block_sentences, speakers,
                                                                                  starts_in_quote)
        quote_speakers = _quote_speakers(block_sentences, attributions, resolved, quote_ids, subjects)
        continues_quote = follows and (opens_quote(block_sentences[0].text) or speakers.quote_left_open)
        if continues_quote and 0 in quote_speakers:
            # '"A ...' then '"B ...," he said.': the paragraph that closes the quote names who spoke both.
            for index in unattributed:
                claims[index] = _with_claimant(claims[index], quote_speakers[0], speakers.names)
        if continues_quote and 0 not in quote_speakers and speakers.quote_speaker and not any(
                attribution.explicit and not attribution.pronoun and qid == 0
                for attribution, qid in zip(attributions, quote_ids, strict=True)):
            # ('"...," the park police said': the quote names its unnamed speaker, not the one before)
            quote_speakers[0] = speakers.quote_speaker
        elif follows and opens_quote(block_sentences[0].text) and 0 not in quote_speakers and not any(
                a.explicit for a in attributions):
            if speakers.paragraph_speaker:
                quote_speakers[0] = speakers.paragraph_speaker
            elif speakers.paragraph_subject and (_ALL_QUOTED.fullmatch(masked := mask_quotes(paragraph, open_at_start=False)[0])
                                                 or _ALL_QUOTED_OPEN.fullmatch(masked) and block_index + 1 in by_block
                                                 and opens_quote(by_block[block_index + 1][0].text)):
                # 'Wayne Rooney scored a hat-trick ...' then a paragraph that is one quote and nothing else: his (one that
                # goes on in the next paragraph too, opening it again; not a pull quote signed on the line after)
                quote_speakers[0] = speakers.paragraph_subject
        if not continues_quote or 0 in quote_speakers:
            unattributed = []
        # After "X said:", unquoted paragraphs (the style of government press releases) are X's words: the
        # first one, then those that go on in the first person and name no speaker of their own.
        lead_in = speakers.lead_in_speaker if follows and not any(a.explicit for a in attributions) else None
        if lead_in and previous_lead_in_block != block_index - 1 and not _FIRST_PERSON.search(paragraph):
            lead_in = None
        if not any(a.explicit for a in attributions) and (heading := _lead_in_line(body, blocks, block_index, by_block)) and (
                opens_quote(block_sentences[0].text) or _FIRST_PERSON.search(paragraph) or not subjects[0]):
            # "The New York Times reports:", "Stated Stone:" on a line of its own, set apart as a heading: the
            # paragraphs under it are theirs (not one about someone else: what it introduced, an embedded post, is gone)
            lead_in = speakers.resolve(heading, at=blocks[block_index - 1].start)
            if lead_in:  # (a quote under it goes on as quotes do; the writer's own "we" after it is no more theirs)
                speakers.lead_in_speaker = None if opens_quote(block_sentences[0].text) else lead_in
                previous_lead_in_block = block_index - 1
        if speech_by and not lead_in and block_index and not any(
                a.explicit and a.phrase not in _SPEAKING_SELF for a in attributions):
            lead_in = speech_by  # the page is one person's speech: its own words are theirs
        labelled = transcript.get(block_index)  # a transcript's speaker
        if caption:
            quote_speakers = dict.fromkeys(set(q for q in quote_ids if q is not None), caption)
        # a pull quote printed without its marks, signed: "... because she was suppressive. Valeska Paris"
        signed_by = caption if caption and not any(resolved) else None

        # '– It is the worst day of my career. ... as we have recovered before, he tells the BBC': a paragraph
        # in the first person, unquoted, is the speaker its later sentence names.
        first_person_speaker = _first_person_speakers(block_sentences, attributions, resolved)
        last_quote_speaker = None
        for position, (sentence, attribution, name, qid) in enumerate(
                zip(block_sentences, attributions, resolved, quote_ids, strict=True)):
            claimant = name or first_person_speaker.get(position)
            if qid is not None and (claimant is None or not attribution.explicit):
                speaker = quote_speakers.get(qid, claimant)
                # ('"Savage," she said' in a quote of his: not him)
                if not (attribution.pronoun and speaker and not speakers.names.can_be(speaker, attribution.phrase.split()[-1])):
                    claimant = speaker
            if claimant is None and lead_in and (not attribution.explicit or lead_in == speech_by and (
                    attribution.phrase in _SPEAKING_SELF)):
                claimant = lead_in  # (on a speech page, "I thank the members" is the speaker's too)
            if claimant is None and signed_by and (not attribution.explicit or attribution.phrase in _SPEAKING_SELF):
                claimant = signed_by
            if labelled and (claimant is None and (not attribution.explicit or attribution.phrase in _SPEAKING_SELF)
                             or position == 0 and block_index in label_blocks and not attribution.name):
                claimant = labelled  # (the label's own sentence, whatever a colon after the label made of it)
            if qid is not None and claimant:
                last_quote_speaker = claimant
            if attribution.cited:
                speakers.last_cited = speakers.names.resolve(attribution.cited)
            figures = extract_figures(sentence.text)
            value, reasons = score(sentence.text, attributed=attribution.explicit, figures=figures,
                                   context_speaker=claimant is not None,
                                   speaker_span=_speaker_span(sentence.text, attribution.phrase))
            signature = attribution.explicit and SIGNATURE.match(sentence.text)
            ruled_in = value >= KEEP_THRESHOLD and not leads_into_quote(sentence.text) and not signature
            if not (every_sentence or ruled_in):
                continue  # the rules leave it out: an import needs no learned score for it
            probability = round(learned.probability(sentence.text, *neighbours[sentence.start]), 4)
            kept = ruled_in and probability >= minimum
            if every_sentence or kept:
                if claimant is None and open_quote and qid == quote_ids[-1]:
                    unattributed.append(len(claims))
                claims.append(ExtractedClaim(
                    start=sentence.start, end=sentence.end, text=original[sentence.start:sentence.end], claimant=claimant,
                    claimant_kind=speakers.names.kind(claimant) if claimant else "other",
                    checkworthiness=probability, reasons=reasons, figures=figures,
                    claimant_aliases=speakers.names.aliases_of(claimant) if claimant else [], kept=kept,
                ))
        speakers.quote_left_open = open_quote
        # "X issued the following statement:" opens the quotes of the next paragraphs.
        ends_with_colon = block_sentences[-1].text.rstrip().endswith(":")
        if ends_with_colon and resolved[-1]:
            speakers.lead_in_speaker, previous_lead_in_block = resolved[-1], block_index
        elif not lead_in:
            speakers.lead_in_speaker = None
        if last_quote_speaker or (ends_with_colon and resolved[-1]):
            speakers.quote_speaker = last_quote_speaker or resolved[-1]
        elif not continues_quote:
            speakers.quote_speaker = None
        # 'He said he had dreamt of it.' then '"It's something I've dreamt of."': a quote naming nobody is his
        explicit = [name for attribution, name in zip(attributions, resolved, strict=True) if attribution.explicit and name]
        speakers.paragraph_speaker = explicit[-1] if explicit else None
        # (not "Frank quotes former Carter adviser Alfred Kahn:", whose quote is Kahn's)
        speakers.paragraph_subject = subjects[-1] if not explicit and all(qid is None for qid in quote_ids) and (
            subjects[-1] and speakers.names.kind(subjects[-1]) == "person") and not (
            block_sentences[-1].text.rstrip().endswith(":")
            and other_person_named(block_sentences[-1].text, subjects[-1], speakers.names)) else None
        previous_block = block_index
    return claims
