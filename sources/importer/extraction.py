"""Step 3: split content into sentences and keep the check-worthy ones, with claimant and figures.

General rules for English news copy, no knowledge of particular articles:
attribution verbs and "according to", quoted speech and its speaker,
figures and dates, named entities; questions, calls to action and
meta-statements ("could not verify") are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from syntok import segmenter

from sources.importer.cleaning import TERMINAL, Block

KEEP_THRESHOLD = 0.5
MIN_WORDS = 5

SPEECH_VERBS = (
    "said|says|say|stated|states|state|told|tells|reported|reports|report|warned|warns|claimed|claims|claim"
    "|noted|notes|added|adds|announced|announces|revealed|reveals|confirmed|confirms|estimated|estimates"
    "|believes|believed|argued|argues|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|explained|explains|wrote"
    "|writes|tweeted|posted|insisted|insists|denied|denies|admitted|admits|acknowledged|acknowledges|alleged"
    "|alleges|suggested|suggests|speculated|assessed|assesses|observed|expressed|urged|urges|concluded"
    "|concludes|declared|declares|predicted|predicts|testified|disclosed|indicated|indicates|asserted"
    "|has come to the conclusion|came to the conclusion|pointed out|points out|informed"
)
_SPEECH = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_ACCORDING = re.compile(r"\b(?:according to|citing|cited by|in the words of)\s+", re.IGNORECASE)
_REPORTEDLY = re.compile(r"\b(reportedly|allegedly|it was reported|it is reported|were reported|was reported)\b",
                         re.IGNORECASE)
_OPEN_QUOTE = ('"', "“", "«", "„")
_QUOTE_THEN_SPEAKER = re.compile(
    rf"(?:^|[\"“«])[^\"“”«»]{{20,}}[\"”»]\s*,?\s*(?:(?P<verb_first>{SPEECH_VERBS})\s+(?P<np1>[^,.;\"“”]+)|(?P<np2>[^,.;\"“”]+?)\s+(?:also\s+)?(?:{SPEECH_VERBS})\b)"
)
_SPEAKER_THEN_QUOTE = re.compile(rf"(?P<np>[^,.;\"“”]+?)\s+(?:{SPEECH_VERBS})\s*[:,]\s*[\"“«]")
_VERB_THEN_SPEAKER = re.compile(rf",\s*(?:{SPEECH_VERBS})\s+(?P<np>[A-Z][^,.;]+)")
# "..., EU diplomats said." at the end of a sentence.
_TRAILING_SPEAKER = re.compile(rf",\s*(?P<np>[^,;\"“”]{{2,80}}?)\s+(?:{SPEECH_VERBS})\s*[.!]?[\"”’]?\s*$")

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
_TRAILING_AUXILIARIES = re.compile(r"(?:\s*\b(?:also|later|earlier|previously|has|have|had|again|since|repeatedly))+\s*$")
_PRONOUN_SUBJECT = re.compile(r"^(he|she|they)\b", re.IGNORECASE)

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
_YEAR = re.compile(r"\b(?:in|by|since|until|of|end of|early|late|mid-?)\s+(?P<year>(?:19|20)\d\d)\b")
_RELATIVE_DAY = re.compile(r"\b(today|yesterday|tonight|this week|last week|this month|last month|this year"
                           r"|last year)\b", re.IGNORECASE)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                 "hundred": 100, "dozens": None, "hundreds": None, "thousands": None, "millions": None,
                 "billions": None}
_SCALE = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
_QUANTITY = re.compile(
    r"(?P<qualifier>\b(?:up to|more than|over|at least|nearly|almost|about|around|some|fewer than|less than"
    r"|approximately)\s+)?"
    r"(?:(?P<num>(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?)(?!\d|th\b|st\b|nd\b|rd\b)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion))?(?P<percent>\s*%|\s+percent)?"
    r"|\b(?P<word>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|hundred|dozens|hundreds|thousands|millions|billions)\b)"
    r"(?P<unit>(?:-|\s+)(?:of\s+)?(?:[A-Za-z][\w’'-]*\s+){0,2}?(?:troops|soldiers|servicemen|personnel|people"
    r"|infantrymen|officers|citizens|civilians|workers|casualties|shells|missiles|drones|tanks|dollars|euros"
    r"|units?|men|women|children|deaths|dead|killed|wounded|refugees|person|months?|years?|days?|weeks?"
    r"|kilometers|kilometres|miles|tons|tonnes|votes|cases|Koreans|[A-Za-z]+s)\b)?",
)
_NOT_A_COUNT = re.compile(r"(?:Article|No\.|Section|Chapter|Resolution|Brigade|Army|Corps|Division|Regiment)\s*$")
_YEAR_NUMBER = re.compile(r"^(19|20)\d\d$")

# Words that start sentences or name titles rather than entities.
_COMMON_STARTERS = frozenset("""
a an the this that these those it its he she they we i you his her their our in on at by for from
with as after before during since while when where earlier later thus however meanwhile additionally
also and but or so yet according some many several most both all one two three everyone everybody
nobody someone somebody each none western foreign what why how if there here such analysts experts
officials sources reports media
""".split())
TITLE_WORDS = frozenset("""
president prime minister secretary general head chief leader spokesman spokeswoman spokesperson
defense defence foreign state deputy commander director ambassador representative senator governor
mayor minister's dictator chairman chairwoman official analyst commissioner envoy adviser advisor mr
mrs ms dr sir colonel col. major lieutenant captain sergeant admiral marshal gen. lt. brigadier
corporal private professor prof.
""".split())
DEMONYMS = frozenset("""
ukrainian russian american us u.s. british french german korean north south chinese iranian western
european israeli polish nato un eu
""".split())
_GENERIC_CLAIMANTS = frozenset("""
some several many most these those foreign western eastern unnamed anonymous local various other
sources source reports report experts expert officials official analysts analyst observers media it
there people team they we data diplomats scientists researchers economists observers residents witnesses
doctors lawmakers activists critics
""".split())
_CONNECTORS = {"of", "for", "the", "on", "de", "al"}
_LEADING_ADVERBIALS = {"at", "on", "in", "earlier", "later", "thus", "meanwhile", "however", "additionally", "also",
                       "and", "but", "then", "now", "previously", "last", "this", "since", "after", "before",
                       "during", "while", "as", "so", "by", "from", "with", "in addition", "speaking", "addressing"}
ROLE_NOUNS = TITLE_WORDS | {"representative", "envoy", "spokesman", "spokeswoman", "spokesperson", "adviser",
                            "advisor", "aide", "officer", "correspondent", "ambassador"}
_NAME_TOKEN = re.compile(r"^[A-Z][\w'’.-]*$|^[A-Z]{2,}[\w.]*$")
# "the Ukrainian leader", "the head of state", "the source": someone already named.
# A capitalised office ("The South Korean Defense Minister") names a speaker instead.
_ROLE_REFERENCE = re.compile(r"^(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[\w'’-]+\s+){0,3}?(?:leader|president|head"
                             r"|chief|minister|official|spokesman|spokeswoman|source|sources|expert|analyst|state"
                             r"|officer|commander|secretary)\b")
_ORG_WORDS = frozenset("""
institute agency ministry department post news times tv television channel radio independent council
center centre committee service services intelligence office army forces press network journal
gazette herald telegraph guardian tribune daily weekly media university foundation group party union
organization organisation bureau command reuters
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


# Where a sentence could end inside a paragraph: end punctuation, then space, then a capital, digit or quote.
_POSSIBLE_BOUNDARY = re.compile(r"[.!?…][\"”’'»)\]]*\s+[\"“‘'«(\[]?[A-Z0-9]")


def segment(body: str, blocks: list[Block]) -> list[Sentence]:
    """Sentences of the content blocks, with exact spans in the body."""
    sentences: list[Sentence] = []
    for index, block in enumerate(blocks):
        if block.kind != "content":
            continue
        text = body[block.start:block.end]
        if not _POSSIBLE_BOUNDARY.search(text):
            # One sentence: syntok would return it whole, so spare the (comparatively slow) call.
            sentences.append(Sentence(block.start, block.end, text, index))
            continue
        for paragraph in segmenter.analyze(text):
            for tokens in paragraph:
                if not tokens:
                    continue
                start = block.start + tokens[0].offset
                end = block.start + tokens[-1].offset + len(tokens[-1].value)
                sentences.append(Sentence(start, end, body[start:end], index))
    return sentences


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
    for match in _QUANTITY.finditer(text):
        num, word = match.group("num"), match.group("word")
        span_start = match.start("num") if num else match.start("word")
        if any(s <= span_start < e for s, e in date_spans):
            continue
        if _NOT_A_COUNT.search(text[:span_start]):
            continue
        unit = (match.group("unit") or "").strip(" -").removeprefix("of ").strip()
        if num:
            if _YEAR_NUMBER.match(num) and not unit:
                continue
            value: float | None = float(num.replace(",", ""))
            if match.group("scale"):
                value *= _SCALE[match.group("scale")]
            if not unit and not match.group("percent") and value < 10 and not match.group("scale"):
                continue  # a lone small number ("Article 4", "2 of them") says too little
        else:
            value = _NUMBER_WORDS[word.lower()]
            if not unit:
                continue
        if value is not None and value == int(value):
            value = int(value)
        figure = {"kind": "percent" if match.group("percent") else "quantity", "text": match.group(0).strip(),
                  "value": value, "unit": unit.lower()}
        if match.group("qualifier"):
            figure["qualifier"] = match.group("qualifier").strip().lower()
        figures.append(figure)
    return figures


# ---------------------------------------------------------------- claimants

def _strip_parenthetical(text: str) -> str:
    return re.sub(r"\s*\([^)]*\)", " ", text)


_NOT_NAMES = _COMMON_STARTERS - DEMONYMS - {"the"}


def _continues_name(words: list[str], index: int) -> bool:
    while index < len(words) and words[index].lower() in _CONNECTORS:
        index += 1
    return index < len(words) and bool(_NAME_TOKEN.match(words[index]))


def _has_proper_name(text: str) -> bool:
    return any(any(w.lower() not in DEMONYMS | TITLE_WORDS | {"the"} for w in run) for run in _name_runs(text))


def _name_runs(text: str) -> list[list[str]]:
    """Runs of capitalised words ("Institute for the Study of War", "Volodymyr Zelensky")."""
    words = re.findall(r"[\w'’.-]+|[\"“”]", text)
    runs: list[list[str]] = []
    current: list[str] = []
    for i, word in enumerate(words):
        is_name = bool(_NAME_TOKEN.match(word)) and word.lower() not in _NOT_NAMES
        joins_name = bool(current) and word.lower() in _CONNECTORS and _continues_name(words, i + 1)
        if is_name or joins_name:
            current.append(word)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [run for run in runs if any(w.lower() not in _CONNECTORS for w in run)]


_POST_MODIFIER = re.compile(r"\s+(?:based|located|headquartered|who|which|that|whose)\s+")


def _name_weight(run: list[str]) -> int:
    return sum(1 for w in run if w.lower() not in DEMONYMS | TITLE_WORDS | _CONNECTORS)


def _head_name(run: list[str]) -> str:
    """Strip leading titles and demonyms: "Ukrainian President Volodymyr Zelensky" -> "Volodymyr Zelensky"."""
    run = [w[:-2] if w.endswith(("’s", "'s")) else w.rstrip(".’'") for w in run]
    while run and run[0].lower() == "the":
        run = run[1:]
    tail: list[str] = []
    for word in reversed(run):
        if word.lower() in _CONNECTORS:
            tail.insert(0, word)
            continue
        if word.lower() in TITLE_WORDS or word.lower() in DEMONYMS:
            break
        tail.insert(0, word)
    while tail and tail[0].lower() in _CONNECTORS:
        tail.pop(0)
    name = " ".join(tail) if tail else " ".join(w for w in run if w.lower() != "the")
    return name.strip(" .,")


def guess_kind(name: str) -> str:
    words = name.split()
    lowered = {w.lower() for w in words}
    if lowered & _ORG_WORDS:
        return "organization"
    if len(words) == 1 and name.isupper():
        return "organization"
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return "person"
    if len(words) == 1 and name[:1].isupper():
        return "person"
    return "other"


def claimant_from_phrase(phrase: str) -> str | None:
    """The entity named in a noun phrase that speaks ("the ISW team", "Kyrylo Budanov, head of ...")."""
    phrase = phrase.strip(" ,.;:\"“”")
    # "The ISW think tank based in the United States": the modifier is not the speaker.
    phrase = _POST_MODIFIER.split(phrase, maxsplit=1)[0]
    chunks = [c.strip() for c in _strip_parenthetical(phrase).split(",") if c.strip()]
    for position, chunk in enumerate(chunks):
        first = chunk.split()[0].lower()
        if first in _LEADING_ADVERBIALS and position < len(chunks) - 1:
            continue
        last = chunk.split()[-1].lower()
        if last in ROLE_NOUNS and position < len(chunks) - 1 and _has_proper_name(chunks[position + 1]):
            continue  # "Ukraine's representative, Sergiy Kyslytsya, stated"
        if chunk.lower() in {"he", "she", "they", "it", "we"}:
            return None
        # "sources in Ukraine's Military Intelligence (HUR)", "Analysts from the Institute ..."
        inner = re.search(r"\b(?:sources?|analysts?|experts?|officials?|representatives?|team)\s+(?:in|from|at|of)\s+(.+)$",
                          chunk, re.IGNORECASE)
        if inner:
            chunk = inner.group(1)
        runs = _name_runs(chunk)
        quoted = re.search(r"[\"“]([A-Z][\w-]+)[\"”]", chunk)
        if quoted:
            return quoted.group(1)
        if not runs:
            return None
        named = [run for run in runs if any(w.lower() not in DEMONYMS | TITLE_WORDS | {"the"} for w in run)]
        # "Foreign Policy chief Josep Borrell": the fullest name wins, the first one on a tie.
        name = _head_name(max(named, key=_name_weight) if named else runs[0])
        if not name:
            continue
        if all(w.lower() in DEMONYMS | TITLE_WORDS for w in name.split()):
            # Only a title ("The South Korean Defense Minister"): the phrase itself names the speaker.
            name = " ".join(w for w in chunk.split() if w.lower() not in {"the", "a", "an"})
        if set(re.findall(r"[a-z]+", name.lower())) <= _GENERIC_CLAIMANTS | DEMONYMS:
            return None
        return name
    return None


def _is_generic_group(phrase: str) -> bool:
    """"officials", "two diplomats familiar with the talks", "Climate scientists": a group, not a named source."""
    words = phrase.strip().split()
    if not words:
        return False
    head = next((i for i, w in enumerate(words) if w.lower().strip(",") in _GENERIC_CLAIMANTS), None)
    if head is None:
        return False
    qualifiers = words[:head]
    if _has_proper_name(" ".join(words[head + 1:])):
        return False  # "Analysts at Goldman Sachs" names its source
    # Only numbers, articles and one sentence-initial capital before the group noun ("Climate scientists").
    return all(w.lower() in {"a", "an", "the", "two", "three", "several", "some", "many", "four", "five"}
               or w.lower() in DEMONYMS or (i == 0 and w[:1].isupper() and w[1:].islower())
               for i, w in enumerate(qualifiers)) and len(qualifiers) <= 2


def _is_generic(phrase: str) -> bool:
    words = re.findall(r"[a-z]+", phrase.lower())
    return bool(words) and set(words) <= _GENERIC_CLAIMANTS | DEMONYMS | {"the", "a", "an", "some"}


@dataclass
class Attribution:
    name: str | None = None
    reference: bool = False  # "he", "the Ukrainian leader", "the source": someone named before
    explicit: bool = False
    span: tuple[int, int] | None = None  # where the speaker is named, so it is not counted as content
    cited: str | None = None  # "X, citing sources in Y, reported": Y, for a later "according to these sources"
    to_sources: bool = False  # the reference is to sources ("these sources"), not to a speaker


def find_attribution(text: str) -> Attribution:
    """Who the sentence says is speaking, if anyone."""
    plain = text.strip()
    match = _ACCORDING.search(plain)
    if match:
        rest = plain[match.end():]
        phrase = re.split(r"[,.;:]|\s(?:who|which|that|for whom)\s", rest, maxsplit=1)[0]
        phrase = re.split(r"\s(?:cite|cites|citing)\s", phrase, maxsplit=1)[0]
        span = (match.start(), match.end() + len(phrase))
        if match.group(0).lower().startswith("citing") and match.start() > 0:
            before = plain[:match.start()].rstrip(" ,")
            name = claimant_from_phrase(before.split(",")[-1] if "," in before else before)
            if name:
                return Attribution(name=name, explicit=True, span=(0, span[1]), cited=claimant_from_phrase(phrase))
        if _ROLE_REFERENCE.match(phrase.strip()) and not _has_proper_name(phrase.split(" of ")[0]):
            return Attribution(reference=True, explicit=True, span=span,
                               to_sources=bool(re.search(r"\bsources?\b", phrase, re.IGNORECASE)))
        if _is_generic(phrase):
            return Attribution(explicit=True, span=span)
        name = claimant_from_phrase(phrase)
        return Attribution(name=name, explicit=True, span=span,
                           reference=name is None and _ROLE_REFERENCE.match(phrase.strip()) is not None)
    for pattern in (_QUOTE_THEN_SPEAKER, _VERB_THEN_SPEAKER, _TRAILING_SPEAKER):
        quote = pattern.search(plain)
        if quote:
            group = next((g for g in ("np1", "np2", "np") if quote.groupdict().get(g)), None)
            if group:
                span = quote.span(group)
                phrase = quote.group(group).split(" while ")[0].split(" who ")[0]
                if _PRONOUN_SUBJECT.match(phrase.strip()) or _ROLE_REFERENCE.match(phrase.strip()):
                    return Attribution(reference=True, explicit=True, span=span)
                if _is_generic_group(phrase):
                    return Attribution(explicit=True, span=span)
                name = claimant_from_phrase(phrase)
                if name:
                    return Attribution(name=name, explicit=True, span=span)
    speech = _SPEECH.search(plain)
    if speech:
        subject = plain[:speech.start()].strip()
        subject = _TRAILING_AUXILIARIES.sub("", subject).strip()
        subject = subject.split(", who ")[0]
        if not subject or len(subject.split()) > 25:
            return Attribution()
        span = (0, speech.start())
        if _PRONOUN_SUBJECT.match(subject) and len(subject.split()) == 1:
            return Attribution(reference=True, explicit=True, span=span)
        if _ROLE_REFERENCE.match(subject) and not _has_proper_name(subject.split(" of ")[0]):
            return Attribution(reference=True, explicit=True, span=span)
        if subject.lower() in {"it", "there"} or _is_generic(subject) or _is_generic_group(subject):
            return Attribution(explicit=True, span=span)
        words = subject.split()
        head = words[1] if words[0].lower() in {"a", "an", "the"} and len(words) > 1 else words[0]
        if head[:1].islower() and not re.search(r"\b(?:sources?|analysts?|experts?|officials?)\s+(?:in|from|at|of)\b",
                                                subject, re.IGNORECASE):
            return Attribution()
        name = claimant_from_phrase(subject)
        if name:
            return Attribution(name=name, explicit=True, span=span)
    return Attribution()


def caption_speaker(text: str) -> str | None:
    """A trailing caption such as "Volodymyr Zelenskyi President of Ukraine" under a quote."""
    words = text.split()
    if not 2 <= len(words) <= 8 or text.rstrip().endswith(TERMINAL):
        return None
    name: list[str] = []
    for word in words:
        if word.lower() in TITLE_WORDS or not word[:1].isupper():
            break
        name.append(word)
    return " ".join(name) if len(name) >= 2 else None


# ---------------------------------------------------------------- scoring

def _entity_count(text: str) -> int:
    count = 0
    for run in _name_runs(text):
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
    value = 0.3 if len(words) >= 8 else 0.1
    if attributed:
        value += 0.35
        reasons.append("attributed statement")
    elif _REPORTEDLY.search(text):
        value += 0.2
        reasons.append("reported statement")
    elif context_speaker:
        value += 0.2
        reasons.append("part of an attributed passage")
    quantities = [f for f in figures if f["kind"] in ("quantity", "percent")]
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

def extract_claims(body: str, blocks: list[Block]) -> list[ExtractedClaim]:
    sentences = segment(body, blocks)
    by_block: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_block.setdefault(sentence.block, []).append(sentence)

    claims: list[ExtractedClaim] = []
    last_named: str | None = None
    last_cited: str | None = None
    last_quote_speaker: str | None = None
    previous_block = -1
    for block_index in sorted(by_block):
        block_sentences = by_block[block_index]
        block_text = body[blocks[block_index].start:blocks[block_index].end]
        caption = caption_speaker(block_sentences[-1].text) if len(block_sentences) > 1 else None
        if caption:
            block_sentences = block_sentences[:-1]
        attributions = [find_attribution(s.text) for s in block_sentences]
        names = [a.name for a in attributions if a.name]
        starts_with_quote = block_text.lstrip().startswith(_OPEN_QUOTE)
        paragraph_speaker = caption or (names[0] if names else None)
        if paragraph_speaker is None and starts_with_quote and previous_block == block_index - 1:
            paragraph_speaker = last_quote_speaker
        for sentence, attribution in zip(block_sentences, attributions, strict=True):
            claimant = attribution.name
            if claimant is None and attribution.reference:
                claimant = (last_cited if attribution.to_sources else None) or last_named
            if attribution.cited:
                last_cited = attribution.cited
            if claimant is None and not attribution.explicit:
                claimant = paragraph_speaker
            figures = extract_figures(sentence.text)
            value, reasons = score(sentence.text, attributed=attribution.explicit, figures=figures,
                                   context_speaker=claimant is not None, speaker_span=attribution.span)
            if claimant:
                last_named = claimant
            if value >= KEEP_THRESHOLD:
                claims.append(ExtractedClaim(
                    start=sentence.start, end=sentence.end, text=sentence.text, claimant=claimant,
                    claimant_kind=guess_kind(claimant) if claimant else "other",
                    checkworthiness=value, reasons=reasons, figures=figures,
                ))
        if starts_with_quote or caption or any(s.text.lstrip().startswith(_OPEN_QUOTE) for s in block_sentences):
            last_quote_speaker = paragraph_speaker
        previous_block = block_index
    return claims
