"""Import benchmark: a synthetic corpus made from the seeds, imported on SQLite and PostgreSQL.

    python -m bench.import_bench [--articles 5000] [--databases sqlite,postgres] [--pg-url URL]

Reports articles/s and claims/s for the first import and for re-importing the
unchanged corpus, and peak memory (RSS) after 20% and 100% of the first import
(flat memory means the two are close). Uses throw-away databases, never the
development one.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PLACES = ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Lviv", "Kherson", "Mykolaiv", "Poltava", "Chernihiv"]


def make_corpus(folder: Path, count: int, seed: int = 7) -> None:
    """Articles that mix the seeds' paragraphs, with numbers changed and a unique lead, so each is new text."""
    rng = random.Random(seed)
    paragraphs = [p for path in sorted(SEEDS.glob("*.txt")) for p in path.read_text(encoding="utf-8").split("\n")
                  if p.strip()]
    for index in range(count):
        chosen = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(8, 16)))
        body = [re.sub(r"\d[\d,]*", lambda m: f"{rng.randint(2, 40) * 500:,}" if len(m.group()) > 2 else m.group(), p)
                for p in chosen]
        lead = (f"Officials in {rng.choice(PLACES)} said on October {rng.randint(1, 28)} that "
                f"{rng.randint(2, 900) * 10:,} people were evacuated (report {index}).")
        (folder / f"article_{index:05d}.txt").write_text("\n".join([lead, *body]) + "\n", encoding="utf-8")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_import(corpus: Path, jobs: int) -> dict:
    """Runs inside a process whose DATABASE_URL points at the benchmark database."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    django.setup()
    from django.core.management import call_command

    from claims.models import Claim
    from sources.importer.pipeline import import_files

    call_command("migrate", verbosity=0)
    call_command("loaddata", str(ROOT / "fixtures" / "sources.json"), verbosity=0)
    files = sorted(corpus.glob("*.txt"))
    checkpoint = len(files) // 5

    started = time.perf_counter()
    rss_at_checkpoint = None
    for i, result in enumerate(import_files(files, jobs=jobs, started_by="bench"), 1):
        assert result.outcome == "created", (result.path, result.reason)
        if i == checkpoint:
            rss_at_checkpoint = rss_mb()
    first = time.perf_counter() - started
    rss_end = rss_mb()
    claims = Claim.objects.count()

    started = time.perf_counter()
    for result in import_files(files, jobs=jobs, started_by="bench"):
        assert result.outcome == "unchanged"
    second = time.perf_counter() - started
    return {
        "articles": len(files), "claims": claims, "jobs": jobs,
        "first_seconds": round(first, 2), "articles_per_s": round(len(files) / first, 1),
        "claims_per_s": round(claims / first, 1),
        "reimport_seconds": round(second, 2), "reimport_articles_per_s": round(len(files) / second, 1),
        "reimport_speedup": round(first / second, 1),
        "rss_mb_at_20pct": round(rss_at_checkpoint or 0, 1), "rss_mb_at_end": round(rss_end, 1),
    }


def reset_postgres(url: str, name: str = "claimtrack_bench") -> str:
    import psycopg

    base, _, _ = url.rpartition("/")
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return f"{base}/{name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--pg-url", default=os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres"))
    parser.add_argument("--jobs", type=int, default=1, help="Importer worker processes.")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(run_import(Path(args.worker), args.jobs)))
        return

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        make_corpus(corpus, args.articles)
        for database in args.databases.split(","):
            url = f"sqlite:///{tmp}/bench.sqlite3" if database == "sqlite" else reset_postgres(args.pg_url)
            env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": "bench", "DEBUG": "false"}
            out = subprocess.run([sys.executable, "-m", "bench.import_bench", "--worker", str(corpus),
                                  "--jobs", str(args.jobs)], cwd=ROOT,
                                 env=env, capture_output=True, text=True)
            if out.returncode:
                sys.exit(f"{database}: benchmark failed\n{out.stderr}")
            results[database] = json.loads(out.stdout.strip().splitlines()[-1])
    for database, r in results.items():
        print(f"{database:9} jobs={r['jobs']} {r['articles']} articles, {r['claims']} claims: first import {r['first_seconds']} s "
              f"= {r['articles_per_s']} articles/s, {r['claims_per_s']} claims/s; re-import {r['reimport_seconds']} s "
              f"= {r['reimport_articles_per_s']} articles/s ({r['reimport_speedup']}x faster); "
              f"RSS {r['rss_mb_at_20pct']} MB at 20%, {r['rss_mb_at_end']} MB at the end")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
