"""Step 2: split an article into blocks and tell content from headings and page furniture.

The body is kept as imported; cleaning only labels spans, so claim offsets
always point into the original text.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
                         "–": "-", "—": "-", "\u00a0": " "})
TERMINAL = ('.', '!', '?', '"', '”', '’', "'", '»', '…', ')')
HEADING_MAX_WORDS = 20


def normalise(text: str) -> str:
    """Typographic quotes and dashes to ASCII, whitespace collapsed: the form used for matching."""
    return " ".join(text.translate(_QUOTES).split())


# Typewriter and TeX quote marks, as archives and wire copy write them: "''It is,'' he said", "``It is''"; and two
# curly single marks for one double, as Irish copy closes a quote: "“I accept that,’’ said Mr Kenny"
_DOUBLED_QUOTE = re.compile(r"'''?|``|’’|‘‘")


def with_curly_quotes(text: str) -> str:
    """The text with each doubled mark read as the curly pair it stands for ('' before a word opens, after one
    closes), two characters for two, so every offset still points into the original."""
    if "''" not in text and "``" not in text and "’’" not in text and "‘‘" not in text:
        return text

    def curl(match: re.Match) -> str:
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        opens = match.group() in ("``", "‘‘") or (before.isspace() or before in "([—–-") and not after.isspace()
        if len(match.group()) == 3:  # a quote and one inside it, opening or closing together: "'bomb them,''' said"
            return "““‘" if opens else "’””"
        return "““" if opens else "””"

    return _DOUBLED_QUOTE.sub(curl, text)


# Marks that quote with double quotes; a paragraph with any of them keeps its single marks as quotes inside quotes.
_DOUBLE_MARKS = "\"“”«»„"
_DECADE = re.compile(r"'\d0s\b")  # "the '90s": an apostrophe


# 'Aquilino “Koko” Pimentel III', 'John "Tig" Tiegen': a nickname quoted inside a name (not '“The Crown” Star')
_NICKNAME = re.compile(r"(?P<before>\b[A-Z][a-z]{1,15}\s)[\"“](?P<nickname>(?!The\b)[A-Z][a-z'’.-]+(?:\s[A-Z][a-z'’.-]+)?)"
                       r"[\"”](?=\s+[A-Z][a-z])")


# "ASP Sani Shatambaya said;", 'She stated; “...”': a semicolon where a colon introduces the quote (Nigerian copy)
_SEMICOLON_LEAD_IN = re.compile(r"(?P<verb>\b(?:said|says|stated|states|added|adds|declared|noted)\s*);(?=\s*(?:[\"“]|$))")


def with_lead_in_colons(paragraph: str) -> str:
    """A paragraph whose speech verb is followed by a semicolon before a quote or at its end, with a colon there,
    one character for one."""
    return _SEMICOLON_LEAD_IN.sub(r"\g<verb>:", paragraph) if ";" in paragraph else paragraph


def without_nickname_quotes(paragraph: str) -> str:
    """A paragraph with the quote marks around a nickname inside a name as spaces, one character for one: the
    name reads as one ("Aquilino Koko Pimentel III"), and the nickname quotes no one."""
    if '"' not in paragraph and "“" not in paragraph:
        return paragraph
    return _NICKNAME.sub(lambda found: f"{found.group('before')} {found.group('nickname')} ", paragraph)


def with_double_quotes(paragraph: str) -> str:
    """A paragraph that quotes with single marks ("'...,' said X", "‘...’"), as British and many Asian outlets
    write, with those marks read as the double pair and any double pair inside them as a single one, one character
    for one. Apostrophes stay ("Assad's", "won't", "the '90s"): a mark opens before a word and closes after one, and
    an opening left unclosed counts only where a quote can go on into the next paragraph (at the paragraph's start,
    or after "said:" or "said,"). A paragraph with double marks outside its single ones keeps them all: there the
    single marks are quotes inside quotes."""
    if not any(mark in paragraph for mark in "'‘"):
        return paragraph
    chars, opened, spans = list(paragraph), None, []
    for position, char in enumerate(paragraph):
        if char not in "'‘’":
            continue
        before = paragraph[position - 1] if position else " "
        after = paragraph[position + 1] if position + 1 < len(paragraph) else " "
        if opened is None:
            if char != "’" and (before.isspace() or before in "([—–-/") and not after.isspace() and (
                    char == "‘" or after.isalpha() or after.isdigit() and not _DECADE.match(paragraph, position)):
                opened = position
        elif not before.isspace() and (after.isspace() or after in ".,;:!?)]—–"):
            spans.append((opened, position))
            opened = None
    if opened is not None and (not paragraph[:opened].strip() or paragraph[:opened].rstrip().endswith((":", ","))):
        spans.append((opened, len(paragraph)))
    doubles = [position for position, char in enumerate(paragraph) if char in _DOUBLE_MARKS]
    if not spans or not all(any(start < position < end for start, end in spans) for position in doubles):
        return paragraph
    for position in doubles:  # 'I just thought, "I need to get out."': the quote inside the quote
        chars[position] = "‘" if paragraph[position] in "“«„" or paragraph[position] == '"' and (
            position == 0 or paragraph[position - 1].isspace() or paragraph[position - 1] in "([—–-") else "’"
    for start, end in spans:
        chars[start] = "“"
        if end < len(paragraph):
            chars[end] = "”"
    return "".join(chars)


def fingerprint(text: str) -> str:
    return hashlib.sha256(normalise(text).casefold().encode("utf-8")).hexdigest()


# Share and subscribe prompts, error-report hints, bylines and credits copied with the text.
_FURNITURE = [re.compile(p, re.IGNORECASE) for p in (
    r"^(join|follow|subscribe to|sign up for|like)\s+(us|our)\b",
    r"^(subscribe|sign up|share|share this( article| story)?|tweet|print|email|advertisement|sponsored"
    r"|comments?|show comments|related|related (articles?|news|stories)|most read|latest news|top stories"
    r"|more on this( topic)?|you may also like|recommended|read (also|more)|see also|also read)\s*[:.]?$",
    r"ctrl\s*\+\s*enter",
    r"\b(highlight|select) the text\b",
    r"\b(found|notice|spot(ted)?|see) (a|an) (typo|mistake|error)\b",
    # a network named near a line's end, in a prompt ("Get our newsletter", "Find us on WhatsApp") or a row of share
    # buttons with no full stop; not a sentence of news about it ("WhatsApp launched Channels on Thursday.")
    r"^(?=.*\b(?:us|our|join|follow|subscribe|sign\s+up|download|listen|watch|stay|add|click|tap|visit|check\s+out|get"
    r"|find)\b|.*[^.!?\"”’]$).*\b(telegram|facebook|instagram|youtube|whatsapp|viber|newsletter|podcast|google news)\b.{0,60}$",
    r"^@\w+",
    r"^(additional sources?|sources?|photo|photos|image|video|credits?|reporting by|editing by|written by"
    r"|edited by|translated by)\s*[:•|]",
    r"^(©|copyright\b)|all rights reserved",
    # a wire story's credits: "(Reporting by Tim Kelly; Editing by Kim Coghill)", "Reporting by X; editing by Y"
    r"^\((additional\s+)?(reporting|writing|editing|compiled|research)\s+by\b[^()]*\)\.?$",
    r"^(additional\s+)?reporting\s+by\b[^;]*;\s*(additional\s+reporting|writing|editing)\s+by\b",
    r"^(follow|read|watch|listen|visit|subscribe|sign up|download|get)\b.*\bhttps?://",
    r"^(related|read more|read also|see also|also read|more)\s*:",
    # a broadcast transcript's stage directions: "(END VIDEO CLIP.)", "(COMMERCIAL BREAK)", "(LAUGHTER)"
    r"^\((begin|end)\s+(video|audio)(\s*(clip|tape))?\.?\)\.?$|^\((commercial\s+break|laughter|applause|crosstalk"
    r"|inaudible|cheers|cheering|booing)\.?\)\.?$",
)]
# (a sentence reporting speech, not opening with a prompt's verb: "In an interview on his podcast, X said 3 ...")
_REPORTS_SPEECH = re.compile(r"^(?!(?:join|follow|subscribe|sign\s+up|like|share|download|watch|listen|read|get|visit)\b)"
                                  r".*\b(?:said|says|wrote|writes|posted|posts|reported|reports|announced|stated|told"
                                  r"|shared|claimed|added|according\s+to)\b", re.IGNORECASE)
# Reporting credits at an article's end: "Lerer reported from Los Angeles. Associated Press writer Jill Colvin
# contributed from Albuquerque.", "Phillip reported from Oakland, Calif.; Gearan, from Washington."
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_PLACE = r"[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3}"  # "Washington", "Oakland, Calif", "Washington, D.C"
_CREDIT_SENTENCE = (rf"(?:(?:The\s+)?(?:Associated\s+Press|AP|Reuters)(?:['’]s)?\s+(?:staff\s+)?(?:writers?|reporters?"
                    rf"|correspondents?)\s+)?{_NAME}(?:(?:,\s*|,?\s+and\s+){_NAME})*\s+(?:also\s+)?(?:reported|contributed)"
                    rf"(?:\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article)))*(?:\s+(?:from|in)\s+{_PLACE})?"
                    rf"(?:;\s*{_NAME},?\s+(?:from|in)\s+{_PLACE})*\.")
_CREDIT = re.compile(rf"^(?:{_CREDIT_SENTENCE}\s*)+$")
# Photo captions: "FILE - Firefighters battle ... (AP Photo/Name, File)".
# Photo credits on a line of their own: "Gary Cameron/Reuters.", "John Moore/Getty Images", "POOL New/Reuters."
_CAPTION = re.compile(r"^FILE\s*[-–—]|\((?:AP|Reuters|AFP|Getty Images|EPA)?\s*Photo\b[^)]*\)\s*$"
                      r"|^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*(?:Reuters|AP|AFP|Getty\s+Images|EPA|Bloomberg|Pool"
                      r"|Associated\s+Press)\.?$", re.IGNORECASE)
_AGENCIES = (r"(?:AP|AFP|Reuters|Sputnik|TASS|Xinhua|ANI|PTI|IANS|UNI|UPI|dpa|EFE|Anadolu|Bernama|Yonhap|Kyodo|BelTA|IRNA"
             r"|WAM|SPA|KUNA|QNA|APA|Interfax|RIA Novosti|CNN|BBC)")
# "ATHENS, Greece (AP) — ", "BRUSSELS (Reuters) - ": where and who, not part of the claim.
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z0-9][\w .'’-]{1,40}){0,3}\s*\([^)]{1,40}\)\s*[-–—]+\s*"
                       # "Sept 18 (Reuters) - ", "(CBS DETROIT) - "
                       r"|^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?"
                       r"\([A-Z][A-Za-z .&/-]{1,30}\)\s*[-–—]+\s*"
                       # "Margao (Goa) [India]: " (ANI, PTI)
                       r"|^[A-Z][\w .'’-]{1,30}(?:\s*\([^)]{1,30}\))?\s*\[[A-Z][\w .'’-]{1,30}\]\s*:\s*"
                       # a city in title case with the agency: "Los Angeles, California (CNN) -- "
                       r"|^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s*\([A-Z][\w .&/-]{1,30}\)\s*(?:--?|[—–])\s*"
                       # a city in capitals with the agency and no dash: "MOSCOW (Sputnik) "
                       # ... or with more in the brackets: "CAIRO (UrduPoint News / Sputnik - 12th April, 2020) "
                       rf"|^[A-Z]{{3,}}(?:[ ,]+[A-Z][\w.]*){{0,3}}\s*\([^)]{{0,40}}\b{_AGENCIES}\b[^)]{{0,40}}\)\s+(?=[A-Z])"
                       # ... or a city in title case with the date: "New Delhi, Mar 14 (PTI) " (Indian wires)
                       r"|^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
                       rf"\s*\({_AGENCIES}\)\s*(?:[-–—]+\s*)?(?=[A-Z])"
                       # Reuters' "TORONTO Jan 24 " and an agency alone: "(Xinhua/NAN) "
                       r"|^[A-Z]{3,}(?:\s+[A-Z]{3,})?,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+(?=[A-Z])"
                       r"|^\([A-Z][A-Za-z]{1,15}(?:/[A-Z][A-Za-z]{1,15})*\)\s+(?=[A-Z])"
                       # press-release wires: "LOS ANGELES, Oct. 7, 2018 /PRNewswire/ -- ", "(BUSINESS WIRE)--"
                       r"|^[A-Z][A-Za-z .'’-]{1,40},[^/\n]{0,40}/(?:PRNewswire|PR\s?Newswire|CNW|GLOBE\s?NEWSWIRE|Globe\s?Newswire)"
                       r"(?:-[A-Za-z]+)?/\s*--?\s*"
                       r"|^[A-Z][A-Za-z .'’-]{1,40},[^(\n]{0,40}\((?:BUSINESS\s?WIRE|Business\s?Wire|ACCESSWIRE|EINPresswire)\)\s*--?\s*"
                       # a date alone before a dash: "Oct. 22 — "
                       r"|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s+[—–]\s+(?=[A-Z])"
                       # a city in title case before a dash: "London — " (VOA)
                       r"|^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[—–]\s+(?=[A-Z])"
                       # ... or with the date: "England, August 8, 2016 – ", "Nairobi, Kenya, 3 May 2021 — "
                       r"|^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?,\s*"
                       r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
                       r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4})\s*[—–-]+\s+(?=[A-Z])"
                       # without the agency: "WELLINGTON, New Zealand — ", "WASHINGTON — " (not "NATO — ")
                       r"|^(?:[A-Z][A-Z'’-]{4,}|[A-Z]{2,}(?:\s+[A-Z][A-Z'’-]+){1,2}"
                       # ... and a date after the place: "NAIROBI, Kenya Mar 3 – "
                       r"|[A-Z][A-Z .'’-]{1,40},\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s+\d{1,2}(?:,\s*\d{4})?)?)"
                       r"\s+(?:[—–]|--?)\s+")
# Before the first paragraph only (later, "Name: ..." may be a speaker's label): "ISLAMABAD: ", "New Delhi: ".
_COLON_DATELINE = re.compile(r"^(?:[A-Z]{3,}(?:\s+[A-Z]{2,}){0,2}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?):\s+(?=[A-Z\"“‘'])")
_BULLET = re.compile(r"^[-–—•*]\s+")
_CALL_TO_ACTION_MAX_WORDS = 15
_RELATED_HEADER = re.compile(
    r"^(read (also|more)|see also|also read|related( articles?| news| stories)?|more on this( topic)?"
    r"|you may also like|recommended|most read|latest news)\s*[:.]?$",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^\s*[-–—•*]\s+")
_TRAILING_SHARE = re.compile(r"(?<=[.!?\"”’»)])\s+(share|share this|tweet|print)\s*$", re.IGNORECASE)


# Verbs that lead into a quote after a comma: 'X commented, "..."', "... and stated, “...”".
COMMA_LEAD_IN = r"\b(?:commented|stated),"
# "Education Secretary Gillian Keegan said:" introduces the quoted paragraphs that follow: content, not a heading.
_QUOTE_LEAD_IN = re.compile(r"\b(?:said|says|added|adds|commented|comments|stated|states|explained|explains|"
                           # "The statement reads:"; "ASP Sani Shatambaya said;" (Nigerian copy)
                           r"continued|warned|reads|read|told\s+[\w ]{1,40})\s*[:;]\s*$"
                           rf"|{COMMA_LEAD_IN}\s*$"  # "X commented," set apart from the quote it leads into
                           # "Lobera said,", "... and expressed,", "... spoke about the game saying," ending a line
                           r"|\b(?:said|says|added|adds|explained|expressed|saying|noted|wrote|writes),\s*$"
                           # "X issued the following statement about the launch:"
                           r"|\b(?:the\s+following|this|below)(?:\s+(?:is|are)\s+(?:a|the))?\s+(?:statement|remarks?|comments?)\b"
                           r"[^:]{0,120}:\s*$", re.IGNORECASE)


def leads_into_quote(text: str) -> bool:
    """Whether a line introduces the quote that follows (_QUOTE_LEAD_IN). Such a line ends with a colon or a comma:
    most lines do not, and then cost no search of the pattern at each of their characters."""
    return text.rstrip()[-1:] in (":", ",", ";") and bool(_QUOTE_LEAD_IN.search(text))


@dataclass(frozen=True)
class Block:
    """One line of the article with its span in the body and what it is."""

    start: int
    end: int
    kind: str  # "content", "heading", "title", "furniture"
    reason: str = ""


def _words(line: str) -> list[str]:
    return line.split()


def is_furniture(line: str) -> str:
    """The reason a line is page furniture, or "" when it is not."""
    stripped = line.strip()
    if _CAPTION.search(stripped):
        return "photo caption"
    if _CREDIT.match(stripped) and len(_words(stripped)) <= _CALL_TO_ACTION_MAX_WORDS:
        return "reporting credit"
    if _RELATED_HEADER.match(stripped):
        return "related-articles header"
    if _LIST_ITEM.match(stripped) and len(_words(stripped)) <= 4 and not stripped.endswith(TERMINAL):
        return "navigation crumb"
    # A paragraph of text is no call to action: its length is checked before the patterns are tried. (Nor is a
    # sentence that reports speech on a network: "Zelensky wrote on Telegram that 3 villages were hit.")
    if len(_words(stripped)) <= _CALL_TO_ACTION_MAX_WORDS and any(p.search(stripped) for p in _FURNITURE) and not (
            _REPORTS_SPEECH.search(stripped)):
        return "share, subscribe or credit line"
    return ""


# Invisible direction marks, pasted from social networks with a post
DIRECTION_MARKS = "\u202a\u202b\u202c\u200e\u200f\ufeff"
# A quoted sentence signed with a dash and a name: '"... a year." ― Karen Bobadilla' (a reader's or a pull quote)
# (opened with a closing mark too, after a direction mark: '‪”Sorry Sarah ...!!” ― X')
_SIGNED_QUOTE = re.compile(rf"[{DIRECTION_MARKS}]*[\"“«”].*[.!?…][\"”»]\s*[—–―-]+\s*\w")


def is_heading(line: str) -> bool:
    """A short line without closing punctuation, or a lone question: a headline or section heading (not a quote
    signed with its speaker's name)."""
    stripped = line.strip()
    words = _words(stripped)
    if not words or len(words) > HEADING_MAX_WORDS or _SIGNED_QUOTE.match(stripped):
        return False
    return not stripped.endswith(TERMINAL) or (stripped.endswith("?") and len(words) <= 15)


def is_headline(line: str, rest: str) -> bool:
    """The first line is a headline when it reads like one and an article follows it."""
    stripped = line.strip()
    if not rest.strip():
        return False
    return is_heading(stripped) or ("?" in stripped and len(_words(stripped)) <= HEADING_MAX_WORDS)


def title_case_ratio(line: str) -> float:
    words = [w for w in _words(line) if w[:1].isalpha() and len(w) > 3]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def _hard_wrapped(lines: list[str]) -> bool:
    """Paragraphs broken into lines of about one length (wire copy, e-mail): many lines run on into the next."""
    runs_on = sum(1 for line, following in zip(lines, lines[1:], strict=False)
                  if 40 <= len(line.strip()) <= 100 and following.strip() and not line.rstrip().endswith(TERMINAL)
                  and not _LIST_ITEM.match(line.strip()) and not _LIST_ITEM.match(following.strip()))
    return runs_on >= 3 and runs_on * 3 >= sum(1 for line in lines if line.strip())


# "1. Venom - Sony - $205.2M", "- Storks - Warner Bros.": a list's lines are each its own, not a wrapped paragraph
_LIST_ITEM = re.compile(r"(?:\d{1,3}[.)]|[-•*–])\s")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _paragraphs(body: str) -> list[str]:
    """The body's lines; when it is hard-wrapped, each run of non-empty lines is one paragraph (blank lines
    part them), so a sentence broken across lines stays one sentence."""
    lines = body.split("\n")
    if not _hard_wrapped(lines):
        return lines
    merged: list[str] = []
    margin = Counter(_indent(line) for line in lines if line.strip()).most_common(1)[0][0]  # most lines go on
    for index, (line, previous) in enumerate(zip(lines, ["", *lines], strict=False)):
        headline_above = index == 1 and not previous.rstrip().endswith(TERMINAL) and bool(_DATELINE.match(line.strip()))
        # a line indented deeper than most opens a paragraph (wire copy marks paragraphs so, not with
        # blank lines)
        indented = _indent(line) >= margin + 2  # (a stray space is no indent)
        if line.strip() and previous.strip() and not headline_above and not indented:  # "GUATEMALA CITY (AP) -- " opens the text
            merged[-1] += "\n" + line
        else:
            merged.append(line)
    return merged


def split_blocks(body: str) -> list[Block]:
    """Label every non-empty line (paragraph, when the text is hard-wrapped) of the body."""
    blocks: list[Block] = []
    in_related_list = False
    offset = 0
    first = True
    content_seen = 0  # content paragraphs so far: a dateline opens the first (or the one after a standfirst)
    standfirst = False  # the one content paragraph so far is a standfirst (no closing punctuation)
    for line in _paragraphs(body):
        start, end = offset, offset + len(line)
        offset = end + 1
        lead = len(line) - len(line.lstrip())
        stripped = line.strip()
        if not stripped:
            in_related_list = False
            continue
        start, end = start + lead, start + lead + len(stripped)
        if first:
            first = False
            if is_headline(stripped, body[offset:]):
                blocks.append(Block(start, end, "title", "headline"))
                continue
        if in_related_list and (_LIST_ITEM.match(stripped) or is_heading(stripped)):
            blocks.append(Block(start, end, "furniture", "related-article link"))
            continue
        in_related_list = False
        reason = is_furniture(stripped)
        if reason:
            in_related_list = reason == "related-articles header"
            blocks.append(Block(start, end, "furniture", reason))
            continue
        share = _TRAILING_SHARE.search(stripped)
        if share:
            stripped = stripped[:share.start()]
            end = start + share.start()
        lead_in = _DATELINE.match(stripped) or _BULLET.match(stripped) or (
            (content_seen == 0 or content_seen == 1 and standfirst) and _COLON_DATELINE.match(stripped))
        if lead_in and lead_in.end() < len(stripped):
            stripped = stripped[lead_in.end():]
            start += lead_in.end()
        if is_heading(stripped) and not leads_into_quote(stripped):
            if title_case_ratio(stripped) >= 0.8 and len(_words(stripped)) >= 4:
                blocks.append(Block(start, end, "furniture", "headline of another article"))
            else:
                blocks.append(Block(start, end, "heading", "section heading"))
            continue
        blocks.append(Block(start, end, "content"))
        content_seen += 1
        standfirst = content_seen == 1 and not stripped.rstrip().endswith(TERMINAL)
    return blocks


def derive_title(body: str, blocks: list[Block], max_length: int = 200) -> str:
    """The headline when the text starts with one, else the start of the first paragraph."""
    for block in blocks:
        if block.kind == "title":
            return body[block.start:block.end][:max_length]
        if block.kind == "content":
            text = normalise(body[block.start:block.end])
            if len(text) <= max_length:
                return text
            return text[: max_length - 1].rsplit(" ", 1)[0] + "…"
    return normalise(body)[:max_length] or "Untitled"
