#!/usr/bin/env python3
"""Derives the word classes of the testimonial-arc reading from WordNet.

    python3 .ci/craft/derive-arc-classes.py [--wordnet DIR] [--check]

A testimonial arc tells of an everyday ability a person or an animal lost for a long time and
has again beside the product ("I couldn't get out of bed for months; two weeks of the capsules
and I'm myself again"). The reading (`RulePacks/testimonial-arcs.yaml`) needs two classes of
words no hand list should hold, and this script derives them from WordNet 3.0 (Debian
`wordnet-base`) into `Sources/EvidentCheck/RulePacks/arc-classes.yaml`:

- `@arc-ability`: what a body does. Rule A1: a verb (one word, or WordNet's multi-word lemma:
  "get up", "fall asleep") whose commonest sense (WordNet lists senses by frequency) is filed
  under `verb.body` (sleep, swallow, breathe, dress), `verb.motion` (walk, climb, get up),
  `verb.consumption` (eat, chew, drink) or `verb.contact` (hold, grip, kneel, sit, hug). Being
  unable to do one of these for months is a disability; being unable to do a thing of the mind,
  of making, owning or dealing with people ("get the hang of", "afford", "repair") is not. Verbs of perceiving (`verb.perception`) are left out:
  after "couldn't" they take the mind's objects as often ("couldn't see the point"), and a
  sense lost and restored is implied.yaml's reading (`@sense-verb`). Rule A3: the verb is
  written as a verb in running English: WordNet's semantic concordance (`cntlist.rev`, SemCor)
  tagged its verb senses at least three times, and at least as often as its noun senses. A word
  of a class is no longer an unknown word to the other readings (rule U4 reads "cures slobbers
  in foals" because "slobbers" is in no class), so the classes hold only the verbs a story
  uses as verbs ("walk", "kneel", "swallow"; not "slobber", "founder" or "scour"). Rule A2:
  verbs that also mean ceasing (a lemma of a synset of "cease": "stop", "quit") are left out:
  after "couldn't" they take the ability as their object ("couldn't stop scratching").
- `@arc-movement`: rule A1's verbs of `verb.motion` alone (walk, climb, get up, jump): an
  ability lost and then done beside the product, with no span said, is a body that could not
  move; a night's sleep or a meal missed is not (occasional sleeplessness is a normal state).
- `@arc-kin`: who a story's before-state is about besides "I", a pronoun or a pet. Rule K1: a
  noun whose commonest sense is a relative or a young person (WordNet's `relative.n.01` and
  `juvenile.n.01`, with every hyponym): "nephew", "toddler", "grandson".

Every step is a written rule applied to every word alike; there is no list of hand-picked
words. The output is sorted and byte-identical on every run; `--check` compares instead of
writing (exit 1 on a difference).
"""

import argparse
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, ".ci", "vocab"))
import derive  # noqa: E402  (WordNet reader and the write-or-check tail)

OUT = os.path.join(ROOT, "Sources", "EvidentCheck", "RulePacks", "arc-classes.yaml")
# Rule A1's lexicographer files: what a body does.
ABILITY_FILES = {"verb.body", "verb.motion", "verb.consumption", "verb.contact"}
# Rule K1's roots: the commonest senses of these nouns, with every hyponym.
KIN_ROOTS = ["relative", "juvenile"]
# Rule A3: how often SemCor must have tagged a lemma as a verb.
MIN_VERB_COUNT = 3
# A word of copy: lowercase letters, words joined by "_" in WordNet's multi-word lemmas.
LEMMA = re.compile(r"^[a-z]+(_[a-z]+)*$")


def commonest(wordnet, lemma, pos):
    """The lemma's commonest sense of a part of speech (WordNet orders senses by frequency),
    proper nouns left out ("Abraham" is no relative of the reader's)."""
    return next((s for s in wordnet.index.get(lemma, [])
                 if s[0] == pos and s not in wordnet.proper), None)


def tag_counts(folder):
    """Rule A3's counts: per lemma, how often SemCor tagged its noun and its verb senses."""
    counts = {}
    with open(os.path.join(folder, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            key, _, count = line.split()
            lemma, rest = key.split("%", 1)
            pos = {"1": "noun", "2": "verb"}.get(rest[:1])
            if pos:
                counts.setdefault(lemma, {"noun": 0, "verb": 0})[pos] += int(count)
    return counts


def written_as_verb(counts, lemma):
    """Rule A3."""
    seen = counts.get(lemma, {"noun": 0, "verb": 0})
    return seen["verb"] >= MIN_VERB_COUNT and seen["verb"] >= seen["noun"]


def abilities(wordnet, counts, files=ABILITY_FILES):
    """Rules A1 to A3 (the verbs of `files`)."""
    cease = {s for s in wordnet.index.get("cease", []) if s[0] == "verb"}
    ceasing = {lemma for lemma, senses in wordnet.index.items()
               if any(s in cease for s in senses)}
    words = set()
    for lemma in wordnet.index:
        if not LEMMA.match(lemma) or lemma in ceasing:
            continue
        sense = commonest(wordnet, lemma, "verb")
        if sense and wordnet.files[sense] in files and written_as_verb(counts, lemma):
            words.add(lemma.replace("_", " "))
    return words


def kin(wordnet):
    """Rule K1."""
    roots = [commonest(wordnet, word, "noun") for word in KIN_ROOTS]
    closure, todo = set(), [r for r in roots if r]
    while todo:
        sense = todo.pop()
        if sense in closure:
            continue
        closure.add(sense)
        todo.extend(wordnet.hyponyms.get(sense, []))
    words = set()
    for lemma in wordnet.index:
        if LEMMA.match(lemma) and commonest(wordnet, lemma, "noun") in closure:
            words.add(lemma.replace("_", " "))
    return words


def render(classes):
    lines = [
        "# Derived by .ci/craft/derive-arc-classes.py from WordNet 3.0 (Princeton). Do not edit.",
        "# Run the script again to regenerate; its docstring gives the rules. Read by",
        "# testimonial-arcs.yaml.",
        "# kept: " + ", ".join(f"{len(words)} {name}" for name, words, _ in classes) + ".",
        "classes:",
    ]
    for name, words, comment in classes:
        lines.append(f"  # {comment}")
        lines.append(f"  {name}: [")
        # one row per line of at most 99 characters; a multi-word item is never split
        flow = ", ".join(word.replace(" ", "\0") for word in sorted(words))
        rows = textwrap.wrap(flow, width=99, initial_indent="    ", subsequent_indent="    ",
                             break_long_words=False, break_on_hyphens=False)
        lines.extend(row.replace("\0", " ") for row in rows)
        lines.append("  ]")
    lines.append("rules: []")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    wordnet = derive.WordNet(args.wordnet)
    if not wordnet.available:
        print(f"derive-arc-classes: WordNet not found in {args.wordnet}", file=sys.stderr)
        return 2
    counts = tag_counts(args.wordnet)
    text = render([
        ("arc-ability", abilities(wordnet, counts),
         "Rules A1 to A3: verbs whose commonest sense is of the body, motion, eating or "
         "touching, written as verbs; not ceasing."),
        ("arc-movement", abilities(wordnet, counts, {"verb.motion"}),
         "Rules A1 to A3: verbs whose commonest sense is of motion, written as verbs; not "
         "ceasing."),
        ("arc-kin", kin(wordnet),
         "Rule K1: nouns whose commonest sense is a relative or a young person."),
    ])
    return derive.write_or_check({OUT: text}, args.check, "WordNet 3.0")


if __name__ == "__main__":
    sys.exit(main())
