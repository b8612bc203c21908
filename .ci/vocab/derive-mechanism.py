#!/usr/bin/env python3
"""Derives the word classes of the drug-action reading (rule M, `mechanism.yaml`).

    python3 .ci/vocab/derive-mechanism.py [--wordnet DIR] [--check] [--stats]

Principle M: a product said to block, inhibit, suppress, switch off, switch on or activate a
molecule of the body (an enzyme, a hormone, a receptor, a neurotransmitter, a gene, a cytokine)
says it acts as a drug acts: an inhibitor, a blocker, an agonist is a drug class, and the verb
says the same thing as the noun ("blocks the aromatase enzyme", "switches off ghrelin, the
hunger hormone", "inhibits acetylcholinesterase"). "Supports healthy enzyme activity" names no
such act. Outputs (sorted, byte-identical on every run; `--check` compares instead of writing,
exit 1 on a difference):

- `Sources/EvidentCheck/RulePacks/mechanism-classes.yaml`: `@drug-action-verb`, the words of
  the WordNet 3.0 verb synsets of limiting or stopping an action or function (inhibit.v.04
  "limit, block, or decrease the action or function of: inhibit the action of the enzyme";
  suppress.v.01 "put down by force": suppress, inhibit, curb; stop.v.03 "stop from happening or
  developing": halt, block; obstruct.v.02: blockade, hinder), of making active (activate.v.01),
  of switching on and off (switch_on.v.01, switch_off.v.01: turn on, turn off) and of
  deactivating (deactivate.v.01), each kept when the synset is among the word's COMMONEST verb
  senses, with their inflections; and `@body-molecule`, the one-word and two-word lowercase
  nouns whose commonest WordNet sense is an enzyme, a hormone, a neurotransmitter, a gene, a
  cellular receptor or a cytokine, or a kind of one (MOLECULE_ROOTS and their hyponyms), with
  their plurals: "aromatase", "lipase", "ghrelin", "cortisol", "serotonin", "interleukin".
  A name WordNet lacks is read by the checker (`TaggedSentence.tagMoleculeNames`): an unknown
  word in -ase, or an abbreviation in capitals (with digits or a hyphen: "AMPK", "COX-2"),
  as the object of a `@drug-action-verb` (`@molecule-name`).
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import derive  # noqa: E402

cure_objects = derive.sibling("derive_cure_objects", "derive-cure-objects.py")

PACK = os.path.join(ROOT, "Sources", "EvidentCheck", "RulePacks", "mechanism-classes.yaml")
# inhibit.v.04, suppress.v.01, stop.v.03, obstruct.v.02, activate.v.01, switch_on.v.01,
# switch_off.v.01, deactivate.v.01.
ACTION_SYNSETS = ("02451679", "00462092", "02559752", "02557199", "00190682", "01510417",
                  "01510594", "00191728")
COMMONEST = 4
# enzyme.n.01, hormone.n.01, neurotransmitter.n.01, gene.n.01, receptor.n.01 (the cellular
# structure, not the sense organ), cytokine.n.01.
MOLECULE_ROOTS = {"14732946", "05407119", "14807558", "05436752", "05608868", "14828193"}


def derive_lists(folder):
    wn = derive.WordNet(folder)
    if not wn.available:
        return None
    exceptions = derive.irregular_forms(folder, "verb")
    verbs = set()
    for lemma, senses in wn.index.items():
        if "-" in lemma:
            continue
        ranked = [o for pos, o in senses if pos == "verb"][:COMMONEST]
        if any(o in ACTION_SYNSETS for o in ranked):
            verbs.update(cure_objects.verb_forms(lemma, exceptions))
    molecules = set()
    for lemma, senses in wn.index.items():
        if not re.fullmatch(r"[a-z][a-z0-9]+(_[a-z0-9]+)?", lemma) or lemma not in wn.lowercase:
            continue
        own = [s for s in senses if s[0] == "noun" and s not in wn.proper]
        if not own:
            continue
        if any(pos != "noun" for pos, _ in senses):
            continue
        if wn.reaches(own[0], lambda s: s[1] in MOLECULE_ROOTS):
            word = lemma.replace("_", " ")
            molecules.update({word, derive.plural(word)})
    return sorted(verbs), sorted(molecules)


wrap = cure_objects.wrap


def render_pack(verbs, molecules):
    return "\n".join([
        "# Derived by .ci/vocab/derive-mechanism.py (rule M) from WordNet 3.0 (Princeton); do",
        "# not edit. Run the script again to regenerate; its docstring gives the rule. Read by",
        "# mechanism.yaml and TaggedSentence+ProductObjects.swift.",
        "classes:",
        "  # verbs whose commonest senses include to inhibit, block, suppress, activate or switch",
        "  # on or off",
        "  drug-action-verb: [",
        wrap(verbs),
        "  ]",
        "  # nouns whose commonest sense is an enzyme, hormone, neurotransmitter, gene, cellular",
        "  # receptor or cytokine, or a kind of one",
        "  body-molecule: [",
        wrap(molecules),
        "  ]",
        "rules: []",
        "",
    ])


def main():
    args, lists = derive.wordnet_lists(__doc__.split("\n")[0], derive_lists)
    if lists is None:
        return 2
    verbs, molecules = lists
    if args.stats:
        print(f"drug-action-verb: {len(verbs)}; body-molecule: {len(molecules)}",
              file=sys.stderr)
    return derive.write_or_check({PACK: render_pack(verbs, molecules)}, args.check,
                                 "a fresh derivation")


if __name__ == "__main__":
    sys.exit(main())
