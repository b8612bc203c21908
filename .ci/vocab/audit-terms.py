#!/usr/bin/env python3
"""Vocabulary coverage audit: does the checker read every condition term it ships?

    python3 .ci/vocab/audit-terms.py --binary PATH [--kb DIR] [--out FILE] [--sample N]

Every disease and symptom phrase of Sources/EvidentCheck/Vocabulary/conditions.tsv and
aliases.tsv (germs and functions aside; an `eponym` phrase as "Name's", as the vocabulary counts
it) is put into neutral templates that claim a product acts on it:

    T1  "Our herbal capsules treat <term>."
    T2  "No more <term>, thanks to our herbal tea."
    T3  "Say goodbye to your <term> with our herbal tea."

and, with --variants, V1: T1 with the term's last word in the plural (`plural`), counted
apart (a plural copy writes is read by the checker's stemmer, not listed).

and the binary checks them (`evident check --market us --format json`, one paragraph per
sentence, so none bleeds into the next). A term is caught when every template gets a finding
of severity `error`. The figure is terms caught / terms shipped, per kind; the misses are
grouped by a cause read from the term's form (a digit, a hyphen, an apostrophe, a bracket or a
comma, one word, a sense marked `ambiguous`, four words or more, else "other") and written to
--out (TSV: term, kind, sense, form, templates missed) to read by eye. No term is added or
changed here: a miss is a cause to fix in the reader (tokenising, plurals, hyphens, a sense
guard, an alias shadowing), never a phrase.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
VOCAB = ROOT / "Sources" / "EvidentCheck" / "Vocabulary"
TEMPLATES = [
    ("T1", "Our herbal capsules treat {}."),
    ("T2", "No more {}, thanks to our herbal tea."),
    ("T3", "Say goodbye to your {} with our herbal tea."),
]


def plural(phrase):
    """The phrase with its last word in the plural in -s or -es (V1), as copy writes a
    complaint one has many of ("migraines", "cold sores"); None when it ends in s already."""
    if phrase.endswith(("s", "'s", "x", "z")) or not phrase[-1:].isalpha():
        return None
    if phrase.endswith(("ch", "sh")):
        return phrase + "es"
    if phrase.endswith("y") and phrase[-2:-1] not in "aeiou":
        return phrase[:-1] + "ies"
    return phrase + "s"


def terms():
    found = []
    for name in ("conditions.tsv", "aliases.tsv"):
        for line in (VOCAB / name).open(encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            phrase, kind, sense = fields[0], fields[1], fields[2]
            if kind not in ("disease", "symptom"):
                continue
            phrase = phrase.strip('"')
            if sense == "eponym" and not phrase.endswith("'s"):
                phrase += "'s"
            found.append((phrase, kind, sense))
    return found


def form(phrase, sense):
    if any(c.isdigit() for c in phrase):
        return "digit"
    if any(c in phrase for c in "()[],;/"):
        return "bracket-or-comma"
    if "-" in phrase:
        return "hyphen"
    if "'" in phrase:
        return "apostrophe"
    if sense == "ambiguous":
        return "ambiguous"
    words = phrase.split()
    if len(words) == 1:
        return "one-word"
    if len(words) >= 4:
        return "four-words-or-more"
    return "other"


def run(binary, kb, sentences):
    """The set of sentence numbers that got an error finding."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "audit.txt"
        path.write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
        done = subprocess.run(
            [binary, "check", str(path), "--kb", kb, "--market", "us", "--format", "json"],
            capture_output=True, text=True)
        if done.returncode not in (0, 1):
            sys.exit(f"{binary} exited {done.returncode}: {done.stderr[-500:]}")
        report = json.loads(done.stdout)
    # Line n (1-based) holds sentence (n - 1) / 2.
    hit = set()
    for file in report["files"]:
        for finding in file["findings"]:
            if finding["severity"] == "error":
                hit.add((finding["line"] - 1) // 2)
    return hit


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--kb", default=str(ROOT))
    parser.add_argument("--out", default=str(ROOT / ".build" / "audit-terms.tsv"))
    parser.add_argument("--sample", type=int, default=0, help="audit a random N terms (seed 25)")
    parser.add_argument("--variants", action="store_true", help="also V1, plurals")
    args = parser.parse_args()
    found = terms()
    if args.sample:
        random.Random(25).shuffle(found)
        found = found[: args.sample]
    missed = {}
    for name, template in TEMPLATES:
        sentences = [template.format(phrase) for phrase, _, _ in found]
        hit = run(args.binary, args.kb, sentences)
        for number, term in enumerate(found):
            if number not in hit:
                missed.setdefault(term, []).append(name)
    if args.variants:
        plurals = [(term, plural(term[0])) for term in found if plural(term[0])]
        hit = run(args.binary, args.kb, [TEMPLATES[0][1].format(p) for _, p in plurals])
        lost_plurals = [(term, p) for number, (term, p) in enumerate(plurals) if number not in hit]
        print(f"V1 plural caught {len(plurals) - len(lost_plurals)}/{len(plurals)}")
        with open(args.out + ".plurals", "w", encoding="utf-8") as out:
            for (phrase, kind, sense), p in lost_plurals:
                out.write(f"{p}\t{kind}\t{sense}\t{form(phrase, sense)}\n")
    kinds = Counter(kind for _, kind, _ in found)
    lost = Counter(kind for _, kind, _ in missed)
    for kind in sorted(kinds):
        caught = kinds[kind] - lost[kind]
        print(f"{kind:8} caught {caught}/{kinds[kind]} ({100 * caught / kinds[kind]:.1f}%)")
    total = len(found) - len(missed)
    print(f"all      caught {total}/{len(found)} ({100 * total / len(found):.1f}%)")
    forms = Counter(form(phrase, sense) for phrase, _, sense in missed)
    print("misses by form: " + ", ".join(f"{k} {v}" for k, v in forms.most_common()))
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as out:
        for (phrase, kind, sense), names in sorted(missed.items()):
            out.write(f"{phrase}\t{kind}\t{sense}\t{form(phrase, sense)}\t{','.join(names)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
