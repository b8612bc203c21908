#!/usr/bin/env python3
"""Derives how much an English word says, for matching copy to claims, from WordNet's counts.

    python3 .ci/craft/derive-word-information.py [--wordnet DIR] [--check]

Reads WordNet 3.0 (Debian `wordnet-base`): `cntlist.rev`, how often each word sense was tagged
in the semantic concordance texts (SemCor, 258,691 tagged words of running English), and the
exception lists (`*.exc`, irregular forms: "gave" -> "give"). Writes
`Sources/EvidentCheck/Vocabulary/word-information.tsv`: per stem (the checker's stemmer,
`derive.stem`), the information of the word as a share of a word seen once (`ClaimIndex` weighs
a plain word of copy or claim by it: "give", "back", "take" say less than "crossword" or
"softgel"). The output is sorted and byte-identical on every run; `--check` compares instead of
writing (exit 1 on a difference).

Every step is a written rule below, applied to every word alike; there is no list of
hand-picked words.
"""

import argparse
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, ".ci", "vocab"))
import derive  # noqa: E402  (the checker's stemmer and the write-or-check tail)

OUT = os.path.join(ROOT, "Sources", "EvidentCheck", "Vocabulary", "word-information.tsv")
# Rule I1: a word is one lowercase run of letters (a multi-word lemma such as "take_off" is
# not a word of copy; capitalised lemmas are names).
WORD = re.compile(r"^[a-z]+$")
# Rule I4: a stem seen once says as much as a word seen once; a stem seen at least this often
# is listed (once is the reference, and is not listed).
MIN_COUNT = 2


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    path = os.path.join(args.wordnet, "cntlist.rev")
    if not os.path.exists(path):
        print(f"{path}: not found (install wordnet-base)", file=sys.stderr)
        return 2
    # Rule I2: a word's count is the sum of its senses' tag counts; the total is every tagged
    # word, multi-word lemmas included (they are running text too).
    counts = {}
    total = 0
    with open(path, encoding="latin-1") as f:
        for line in f:
            key, _, tagged = line.split()
            lemma = key.split("%")[0]
            total += int(tagged)
            if WORD.match(lemma):
                counts[lemma] = counts.get(lemma, 0) + int(tagged)
    # Rule I3: a stem stands for every word the checker reads as it: each counted lemma and
    # its irregular forms from the exception lists ("gave", "mice"); a stem's count is the sum
    # of its distinct lemmas' counts ("general" and "generate" are one stem to the checker).
    forms = {lemma: {lemma} for lemma in counts}
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(args.wordnet, pos + ".exc"), encoding="latin-1") as f:
            for line in f:
                parts = line.split()
                if len(parts) < 2 or not WORD.match(parts[0]):
                    continue
                for lemma in parts[1:]:
                    if lemma in forms:
                        forms[lemma].add(parts[0])
    lemmas_by_stem = {}
    for lemma, written in forms.items():
        for word in written:
            lemmas_by_stem.setdefault(derive.stem(word), set()).add(lemma)
    # Rule I4: the information of a stem seen n times among `total` tagged words, as a share of
    # that of a word seen once: log(total / n) / log(total) = 1 - log n / log total ("give",
    # 781 times: 0.47; "meal", 20 times: 0.76), two decimals.
    rows = []
    for stem_, lemmas in lemmas_by_stem.items():
        count = sum(counts[lemma] for lemma in lemmas)
        if count < MIN_COUNT or not stem_:
            continue
        rows.append((stem_, 1 - math.log(count) / math.log(total)))
    rows.sort()
    lines = [
        "# Derived by .ci/craft/derive-word-information.py from WordNet 3.0 (Princeton): the tag",
        "# counts of its semantic concordance (cntlist.rev) and its exception lists; do not edit.",
        f"# {len(rows)} stems of {total} tagged words; per stem, its information as a share of a",
        "# word seen once (1 - log count / log total). Read by ClaimIndex.swift.",
    ] + [f"{stem_}\t{share:.2f}" for stem_, share in rows]
    text = "\n".join(lines) + "\n"
    return derive.write_or_check({OUT: text}, args.check, "WordNet 3.0's tag counts")


if __name__ == "__main__":
    sys.exit(main())
