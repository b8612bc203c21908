#!/usr/bin/env python3
"""Derives the word classes of the lay-language reader (`Vocabulary/lay-words.tsv`).

    python3 .ci/vocab/derive-lay-words.py [--wordnet DIR] [--check] [--stats]

The learned reader of disease claims told in lay words (`Sources/EvidentCheck/LayModel.swift`,
trained by `.ci/train-lay-model`) reads a sentence's stems, its adjacent pairs of stems and the
classes of its stems. A class generalises past the words of the training sentences: "bulging
blue ropes on your calves" and "swollen veins on your legs" share no word, but both name a
part of the body (noun.body) and a change of shape. The classes come from static vocabularies
only (never from the rule packs, so a pack's change never changes the reader's features):

- WordNet 3.0 supersenses (lexicographer files): for each one-word lowercase lemma, the file of
  its commonest noun sense (`noun.body`, `noun.state`, `noun.animal`, ...) and of its
  commonest verb sense (`verb.body`, `verb.change`, ...); proper-noun senses left out. Its
  inflections (a noun's plural, a verb's -s, -ed and -ing forms, the irregular forms of
  WordNet's exception lists) carry them too, unless the form is a lemma of its own.
- The condition vocabulary (`Vocabulary/conditions.tsv`, `aliases.tsv`): a one-word
  condition phrase's kind (`cond.disease`, `cond.symptom`, `cond.germ`, `cond.function`), and
  `hpo` when the Human Phenotype Ontology (its layperson synonyms among them) names it.

Keyed by the checker's stem (derive.stem, the same as `Stemmer.swift`); a stem's classes are
the union of its words'. Columns: stem, classes (comma-separated, sorted).
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import derive  # noqa: E402

VOCABULARY = os.path.join(ROOT, "Sources", "EvidentCheck", "Vocabulary")
OUTPUT = os.path.join(VOCABULARY, "lay-words.tsv")


def condition_classes():
    """stem -> classes of the one-word condition phrases (conditions.tsv, aliases.tsv)."""
    classes = {}
    for name in ("conditions.tsv", "aliases.tsv"):
        with open(os.path.join(VOCABULARY, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                fields = line.rstrip("\n").split("\t")
                if len(fields) < 2:
                    continue
                phrase = fields[0].strip('"').lower()
                if not re.fullmatch(r"[a-z][a-z']+", phrase):
                    continue
                own = classes.setdefault(derive.stem(phrase), set())
                own.add("cond." + fields[1])
                if len(fields) > 3 and "HP:" in fields[3]:
                    own.add("hpo")
    return classes


def derive_lists(folder):
    wn = derive.WordNet(folder)
    if not wn.available:
        return None
    # A lemma's inflections ("calves", "bulging", "ran") carry its classes, unless the form is
    # a lemma of its own ("bed" is no form of "be").
    irregular = {pos: {} for pos in ("noun", "verb")}
    for pos in irregular:
        for form, bases in derive.irregular_forms(folder, pos).items():
            for base in bases:
                irregular[pos].setdefault(base, set()).add(form)
    classes = {}
    for lemma, senses in wn.index.items():
        if not re.fullmatch(r"[a-z]{2,}", lemma):
            continue
        own = [(pos, o) for pos, o in senses if (pos, o) not in wn.proper]
        for pos in ("noun", "verb"):
            first = [s for s in own if s[0] == pos][:1]
            if not first:
                continue
            if pos == "noun":
                forms = {lemma, lemma + "s", lemma + "es"}
                if lemma.endswith("y"):
                    forms.add(lemma[:-1] + "ies")
            else:
                forms = derive.inflections(lemma)
            forms |= irregular[pos].get(lemma, set())
            for form in forms:
                if form == lemma or form not in wn.index:
                    classes.setdefault(derive.stem(form), set()).add(wn.files[first[0]])
    for stem, kinds in condition_classes().items():
        classes.setdefault(stem, set()).update(kinds)
    return classes


def render(classes):
    return "\n".join([
        "# Derived by .ci/vocab/derive-lay-words.py from WordNet 3.0 (Princeton) and the",
        "# condition vocabulary (conditions.tsv, aliases.tsv); do not edit. Columns: stem (the",
        "# checker's stemmer), classes: the WordNet file of the commonest noun and verb sense",
        "# (noun.body, verb.change, ...), cond.KIND for a one-word condition phrase, hpo when the",
        "# Human Phenotype Ontology names it. Read by LayModel.swift (the lay-language reader).",
        *[f"{s}\t{','.join(sorted(k))}" for s, k in sorted(classes.items())],
        "",
    ])


def main():
    args, classes = derive.wordnet_lists(__doc__.split("\n")[0], derive_lists)
    if classes is None:
        return 2
    if args.stats:
        print(f"stems: {len(classes)}", file=sys.stderr)
    return derive.write_or_check({OUTPUT: render(classes)}, args.check, "a fresh derivation")


if __name__ == "__main__":
    sys.exit(main())
