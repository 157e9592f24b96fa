"""What both benchmarks share: a synthetic corpus, throw-away databases, one worker process per database."""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PLACES = ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Lviv", "Kherson", "Mykolaiv", "Poltava", "Chernihiv"]


REALNEWS = ROOT / "tests" / "sources" / "realnews"
CORPORA = {"seeds": SEEDS, "realnews": REALNEWS}


def make_corpus(folder: Path, count: int, seed: int = 7, source: str = "seeds") -> None:
    """Articles that mix paragraphs of the seeds (one-sentence paragraphs) or of the real news test texts
    (multi-sentence paragraphs from several publishers), with numbers changed and a unique lead."""
    rng = random.Random(seed)
    paragraphs = [p for path in sorted(CORPORA[source].glob("*.txt"))
                  for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    low, high = (8, 16) if source == "seeds" else (4, 9)  # real news paragraphs hold 2-5 sentences each
    for index in range(count):
        chosen = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(low, high)))
        body = [re.sub(r"\d[\d,]*", lambda m: f"{rng.randint(2, 40) * 500:,}" if len(m.group()) > 2 else m.group(), p)
                for p in chosen]
        lead = (f"Officials in {rng.choice(PLACES)} said on October {rng.randint(1, 28)} that "
                f"{rng.randint(2, 900) * 10:,} people were evacuated (report {index}).")
        (folder / f"article_{index:05d}.txt").write_text("\n".join([lead, *body]) + "\n", encoding="utf-8")


def reset_postgres(url: str, name: str = "claimtrack_bench") -> str:
    import psycopg

    base, _, _ = url.rpartition("/")
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return f"{base}/{name}"


def parser(doc: str, articles: int) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=articles)
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="seeds",
                        help="seeds: one-sentence paragraphs; realnews: multi-sentence paragraphs of real news")
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--pg-url", default=os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres"))
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    return parser


def run_on_each_database(module: str, args: argparse.Namespace, worker_args: list[str]) -> dict[str, dict]:
    """Make the corpus once, then run `python -m module --worker CORPUS ...` against each database."""
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        make_corpus(corpus, args.articles, source=args.corpus)
        for database in args.databases.split(","):
            url = f"sqlite:///{tmp}/bench.sqlite3" if database == "sqlite" else reset_postgres(args.pg_url)
            env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": "bench", "DEBUG": "false",
                   "SECURE_SSL_REDIRECT": "false", "API_THROTTLE_ANON": "1000000/min"}
            out = subprocess.run([sys.executable, "-m", module, "--worker", str(corpus), *worker_args], cwd=ROOT,
                                 env=env, capture_output=True, text=True)
            if out.returncode:
                sys.exit(f"{database}: benchmark failed\n{out.stderr[-3000:]}")
            results[database] = json.loads(out.stdout.strip().splitlines()[-1])
    return results
