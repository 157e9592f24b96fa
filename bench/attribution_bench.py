"""How often the extractor names the right claimant, scored against PolNeAR's hand-made attributions.

    git clone https://github.com/networkdynamics/PolNeAR /tmp/PolNeAR
    python -m bench.attribution_bench /tmp/PolNeAR/data --split dev [--json out.json]

PolNeAR (the Political News Attribution Relations Corpus, Newell, Margolin and Ruths, LREC 2018) holds 1,008
articles from the 2016 US election campaign by seven publishers (Huffington Post, Breitbart, New York Times,
Politico, Washington Post, Western Journalism, USA Today), split into train (840), dev (84) and test (84). Each
article's attributions are marked by hand: the source, the cue ("said", "according to") and the content. The
corpus states no licence, so its texts are not copied into this repository: the script reads a local clone.

For every sentence the extractor keeps as a claim, the gold attribution is the one whose content covers at
least half the sentence, or overlaps it with its source inside the sentence, among those whose cue is a verb of
speech ("said", "told", "according to": "believes" or "criticised" are attributions, but not claims someone
made). A pronoun source ("he said") is read as the nearest named source before it that its sex allows, by an
honorific or a first name ("she said" after "Michael Cernech" and "Lesley Deutch" is Deutch; --gender-blind
ignores sex, as the figures before 2026-12-02 did). Then:

- named: the gold source is a name or a noun phrase; the claimant is right when it shares the gold source's
  last word (or the gold source holds the claimant's last word; after a description that opens with an article,
  "The leader of the Anti-Defamation League, Jonathan Greenblatt", the name after its comma counts too), none
  when the extractor names nobody;
- described: the gold source names no one ("the company", "officials", "the 46-year-old", "the Republican
  nominee", "the Wisconsin Republican": figures from before this line was written read a capitalised word
  inside as a name, and those before 2026-12-03 a party's member from a state; "Some Democrats" and "75
  percent of Democrats", members or a share of a group, counted as named until the evening of 2026-12-03);
  right when the claimant shares its last word or that of the nearest named source before it (often, not
  always, its referent);
- pronoun: the same, for sentences whose gold source was a pronoun;
- writer's own: no speech attribution covers the sentence; the figure is how many were given a claimant anyway;
- unsupported claimants: distinct claimants per article that no attribution of the article (of any cue) names,
  by its source or, for a pronoun or a description, the nearest named source before it,
  the "junk sources" a reviewer would have to clear.

The split used to find rules is train; dev and test are scored once per change set, for the record.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sources.importer.attribution import HONORIFIC_GENDER, PRONOUN_GENDER, SHARE_OF_GROUP, first_name_gender

SPEECH_CUES = re.compile(
    r"\b(?:said|says|say|saying|told|tells|tell|according|stated|states|added|adds|wrote|writes|asked|asks"
    r"|explained|noted|notes|argued|argues|claimed|claims|announced|announces|insisted|warned|tweeted|responded"
    r"|replied|declared|acknowledged|admitted|confirmed|reported|reports|continued|quipped|joked|stressed|recalled"
    r"|statement|remarked|conceded|suggested|suggests|predicted|promised|vowed|pledged|boasted|countered|agreed"
    r"|testified|alleged|maintained|contended|emphasized|answered|cited|shared|posted|interview)\b",
    re.IGNORECASE,
)
PRONOUNS = frozenset("he she they it we i you him her them his hers their its who which that this these those".split())
DETERMINERS = frozenset("the a an one some this that these those his her their its many several two three".split())
PARTY_MEMBER = re.compile(r"\b(?:Republican|Democrat|Independent|Libertarian)(?:['’]s?)?\s*$")
STOP = frozenset("the a an of mr mrs ms dr sen rep gov adm gen former u.s us president secretary jr sr ii iii".split())


@dataclass
class Attribution:
    source: tuple[int, int] | None
    source_text: str
    content: list[tuple[int, int]]
    speech: bool
    named: str = ""  # the source, or for a pronoun the nearest named source before it


@dataclass
class Score:
    named: Counter = field(default_factory=Counter)
    described: Counter = field(default_factory=Counter)
    pronoun: Counter = field(default_factory=Counter)
    writers_own: Counter = field(default_factory=Counter)
    claimants: Counter = field(default_factory=Counter)
    articles: int = 0
    examples: list[dict] = field(default_factory=list)
    unsupported: list[tuple[str, str]] = field(default_factory=list)

    def report(self) -> dict:
        named, pronoun = self.named, self.pronoun
        return {
            "articles": self.articles,
            "named_right": named["right"], "named_none": named["none"], "named_wrong": named["wrong"],
            "named_accuracy": round(named["right"] / max(1, named.total()), 3),
            "described_right": self.described["right"], "described_none": self.described["none"],
            "described_total": self.described.total(),
            "pronoun_right": pronoun["right"], "pronoun_total": pronoun.total(),
            "pronoun_accuracy": round(pronoun["right"] / max(1, pronoun.total()), 3),
            "writers_own_with_claimant": self.writers_own["claimant"], "writers_own": self.writers_own.total(),
            "unsupported_claimants": self.claimants["unsupported"], "claimants": self.claimants.total(),
        }


def words(name: str) -> list[str]:
    found = re.findall(r"[a-z0-9][a-z0-9.'’-]*", name.lower().replace("’s", "").replace("'s", ""))
    return [w.rstrip(".") for w in found if w.rstrip(".") not in STOP]


def matches(claimant: str, gold: str) -> bool:
    """Shares the last word of the gold source's head (before its first comma or bracket: "Trump, the longtime
    owner of ..." is Trump, not "Miss Universe"; after a description, the name after it), or the claimant's last
    word is in that head."""
    segments = re.split(r"[,(]", gold)
    heads = segments[:1]
    head_words = segments[0].split()
    if kind_of(segments[0]) != "named" or re.search(r"['’]s?\s", segments[0]) or head_words and (
            head_words[-1].islower() or head_words[0].lower() in DETERMINERS):
        # "the White House press secretary, Josh Earnest", "Bloomberg's pollster, Douglas Schoen",
        # "A Twitter spokesman, Christopher Abboud", "The leader of the Anti-Defamation League, Jonathan
        # Greenblatt": a description, then the name
        heads = segments[:2]
    mine = words(claimant)
    return bool(mine) and any(theirs and (mine[-1] in theirs or theirs[-1] in mine) for theirs in map(words, heads))


def read_attributions(ann: str, text: str, *, gendered: bool = True) -> list[Attribution]:
    spans, found = {}, []
    for line in ann.splitlines():
        if re.match(r"T\d+\t", line):  # a span's text may run over lines: only its first line has the offsets
            key, middle = line.split("\t")[:2]
            kind, _, ranges = middle.partition(" ")
            spans[key] = (kind, [tuple(map(int, r.split())) for r in ranges.split(";")])
    for line in ann.splitlines():
        if not re.match(r"E\d+\t", line):
            continue
        roles = dict(part.split(":", 1) for part in line.split("\t")[1].split())
        source = spans.get(roles.get("Source", ""), (None, []))[1]
        cue = spans.get(roles.get("Cue", ""), (None, []))[1]
        content = spans.get(roles.get("Content", ""), (None, []))[1]
        source_span = (source[0][0], source[-1][1]) if source else None
        found.append(Attribution(
            source=source_span,
            source_text=text[source_span[0]:source_span[1]] if source_span else "",
            content=list(content),
            speech=any(SPEECH_CUES.search(text[s:e]) for s, e in cue),
        ))
    found.sort(key=lambda a: a.source[0] if a.source else 0)
    named_before: list[str] = []
    for attribution in found:
        if kind_of(attribution.source_text) == "named":
            attribution.named = attribution.source_text
            named_before.append(attribution.source_text)
        else:  # "she said": the latest named source she can be (not "Michael C. Cernech", not "Mr. Burman")
            wanted = PRONOUN_GENDER.get(attribution.source_text.lower().strip()) if gendered else None
            attribution.named = next((n for n in reversed(named_before) if wanted is None or source_gender(n, text)
                                      in (None, wanted)), "")
    return found


def source_gender(source: str, text: str) -> str | None:
    """What a named source's honorific ("Ms. Nwanguma", or "Mr. Burman" elsewhere in the article) or first name
    (US Census 1990 first names, as the extractor reads them) says of its sex; None when nothing does."""
    tokens = [t.strip(",.()") for t in re.split(r",|\(", source)[0].split()]
    tokens = [t for t in tokens if t and t[0].isupper()]
    for token in tokens:
        if token.lower() in HONORIFIC_GENDER:
            return HONORIFIC_GENDER[token.lower()]
    if not tokens:
        return None
    honorifics = {HONORIFIC_GENDER[h.lower()] for h in re.findall(rf"\b(Mr|Mrs|Ms|Miss)\.?\s+{re.escape(tokens[-1])}\b", text)}
    if len(honorifics) == 1:
        return honorifics.pop()
    firsts = {first_name_gender(t) for t in tokens[:-1]} - {None}
    return firsts.pop() if len(firsts) == 1 else None


def kind_of(source: str) -> str:
    """"he": a pronoun; "the company", "officials", "the Republican nominee": described; "Sen. Chuck Grassley",
    "The Wall Street Journal": named."""
    tokens = source.split()
    if not tokens:
        return "described"
    if source.lower().strip() in PRONOUNS:
        return "pronoun"
    if tokens[0].lower() in DETERMINERS and tokens[-1][:1].islower() and not re.search(r"[,(]", source):
        # "the Republican nominee", "A Republican committee aide": a role, however qualified (not "the White
        # House press secretary, Josh Earnest")
        return "described"
    if tokens[0].lower() in DETERMINERS and PARTY_MEMBER.search(source):
        return "described"  # "the Wisconsin Republican", "the Nevada Democrat’s": a party's member from a state
    if SHARE_OF_GROUP.match(source):
        return "described"  # "Some Democrats", "75 percent of Democrats": members of a group, no one named
    if (tokens[0][:1].isupper() and tokens[0].lower() not in DETERMINERS) or any(t[:1].isupper() for t in tokens[1:]):
        return "named"
    return "described"


def gold_for(start: int, end: int, attributions: list[Attribution]) -> Attribution | None:
    best, best_overlap = None, 0
    for attribution in attributions:
        if not attribution.speech:
            continue
        overlap = sum(max(0, min(end, e) - max(start, s)) for s, e in attribution.content)
        source_inside = attribution.source and start <= attribution.source[0] < end
        if overlap and (overlap * 2 >= end - start or source_inside) and overlap > best_overlap:
            best, best_overlap = attribution, overlap
    return best


def score_article(name: str, text: str, attributions: list[Attribution], score: Score, extract) -> None:
    score.articles += 1
    claimants = set()
    for claim in extract(text):
        gold = gold_for(claim.start, claim.end, attributions)
        if claim.claimant:
            claimants.add(claim.claimant)
        if gold is None:
            score.writers_own["claimant" if claim.claimant else "none"] += 1
            if claim.claimant and len(score.examples) < 100_000:  # a claimant no attribution gives: to review
                score.examples.append({"article": name, "start": claim.start, "sentence": claim.text,
                                       "claimant": claim.claimant, "gold": "", "kind": "writers_own", "verdict": ""})
            continue
        kind = kind_of(gold.source_text)
        tally = {"pronoun": score.pronoun, "described": score.described, "named": score.named}[kind]
        golds = [gold.named, gold.source_text] if kind != "named" else [gold.source_text]
        verdict = ("none" if not claim.claimant else
                   "right" if any(matches(name, g) for name in [claim.claimant, *claim.claimant_aliases] for g in golds)
                   else "wrong")
        tally[verdict] += 1
        if len(score.examples) < 100_000:
            score.examples.append({"article": name, "start": claim.start, "sentence": claim.text, "claimant": claim.claimant, "gold": gold.named,
                                   "kind": kind, "verdict": verdict})
    sources = [s for a in attributions for s in (a.source_text, a.named) if s]  # "a Washington Post-ABC News poll"
    for claimant in claimants:
        supported = any(matches(claimant, s) for s in sources if s)
        score.claimants["supported" if supported else "unsupported"] += 1
        if not supported:
            score.unsupported.append((name, claimant))


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    arguments.add_argument("data", type=Path, help="PolNeAR's data/ folder")
    arguments.add_argument("--split", choices=["train", "dev", "test"], default="dev")
    arguments.add_argument("--json", type=Path, help="also write every scored sentence here")
    arguments.add_argument("--gender-blind", action="store_true",
                           help="read 'he said' as the latest named source whatever its sex (the figures before 2026-12-02)")
    args = arguments.parse_args()
    folder = args.data / args.split
    if not (folder / "text").is_dir() or not (folder / "attributions").is_dir():
        sys.exit(f"{folder} holds no text/ and attributions/ folders: pass the data/ folder of a PolNeAR clone")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    os.environ.setdefault("DEBUG", "true")
    import django

    django.setup()
    from sources.importer.cleaning import split_blocks
    from sources.importer.extraction import extract_claims

    score = Score()
    annotations = {}
    for path in sorted((folder / "attributions").glob("*.ann")):
        annotations.setdefault(re.sub(r"_[0-9a-f]+$", "", path.stem), path)  # the first annotator's file
    for path in sorted((folder / "text").glob("*.txt")):
        if path.stem not in annotations:
            continue
        text = path.read_text(encoding="utf-8")
        attributions = read_attributions(annotations[path.stem].read_text(encoding="utf-8"), text,
                                         gendered=not args.gender_blind)
        score_article(path.stem, text, attributions, score, lambda body: extract_claims(body, split_blocks(body)))
    report = score.report()
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps({"report": report, "examples": score.examples, "unsupported": score.unsupported}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
