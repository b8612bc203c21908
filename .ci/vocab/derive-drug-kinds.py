#!/usr/bin/env python3
"""Derives the drug kinds and the verbs of throwing away of the drug-replacement reading.

    python3 .ci/vocab/derive-drug-kinds.py [--wordnet DIR] [--check] [--stats]

Copy offers its product in place of a medicine by naming the medicine's kind in the words a
patient uses ("bin the water tablets", "no more sleeping tablets", "say goodbye to muscle
relaxants", "ditch the beta blockers") and a verb of getting rid of it. The checker's `@drug`
class names drugs by brand, generic name and stem; this script adds the kinds of drug WordNet
knows (rule K1) and the verbs of throwing away (rule K2):

- `@drug-kind` (rule K1): the lowercase lemmas, of one to three words, whose commonest noun
  sense lies under WordNet's drug.n.01 ("a substance that is used as a medicine or narcotic"),
  but not under the kinds that are no medicine a patient is prescribed or a product may stand
  in for: drugs of abuse, controlled substances, intoxicants, narcotics, mind-altering drugs,
  stimulants (coffee's caffeine), botanicals, agonists, antagonists and synergists (the
  pharmacologist's words); nor, under medicine.n.02, a dose or its forms (pill, tablet,
  capsule: what every product is sold as; a drug filed under a dose's form as well as under a
  kind, "sleeping pill", counts by its kind), powders, tinctures, tonics, remedies, herbal or
  patent medicines, placebos, suppositories, inhalants and "pharmaceutical", nor the actions
  herbal and cosmetic copy names lawfully (astringent, demulcent, carminative …;
  `EXCLUDED_ROOTS`). A WordNet drug: its sense is filed among the artifacts (chloroform and
  castor oil are substances first). A two-word lemma whose head is a dose's form is written with each of
  them, as patients say it ("water pill": "water tablet", "water capsule"; "sleeping pill":
  "sleeping tablet"). With their plurals (WordNet's irregular ones, else -s or -es).
- `@discard-verb` (rule K2): the words of WordNet's verb synsets of getting rid of a thing
  (discard.v.01 "throw or cast away": toss out, chuck out, throw away, dispose; chuck.v.02
  "throw away": ditch; dump.v.01 "throw away as refuse"; trash.v.01 "dispose of (something
  useless or old)": junk, scrap; get_rid_of.v.01 "dispose of"; forget.v.01 "dismiss from the
  mind"), kept when the synset is among the word's two commonest verb senses ("remove" takes
  away first, then moves, and gets rid of only third), with their inflections.

Output (sorted, byte-identical on every run; `--check` compares instead of writing, exit 1 on
a difference): `Sources/EvidentCheck/RulePacks/drug-kinds.yaml`.
"""

import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
spec = importlib.util.spec_from_file_location("derive", os.path.join(HERE, "derive.py"))
derive = importlib.util.module_from_spec(spec)
spec.loader.exec_module(derive)
spec = importlib.util.spec_from_file_location(
    "cure_objects", os.path.join(HERE, "derive-cure-objects.py"))
cure_objects = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cure_objects)

PACK = os.path.join(ROOT, "Sources", "EvidentCheck", "RulePacks", "drug-kinds.yaml")
# Rule K1: WordNet 3.0 drug.n.01.
DRUG_ROOT = "03247620"
# Rule K1: the kinds under drug.n.01 that are no medicine a product stands in for: drug of
# abuse, controlled substance, intoxicant, narcotic, psychoactive drug, stimulant, botanical,
# agonist, antagonist, synergist; and under medicine.n.02: dose (pill, tablet, capsule),
# powder, tincture, tonic, remedy (curative), herbal medicine, patent medicine, placebo,
# suppository, inhalant, pharmaceutical, over-the-counter drug, specific, soothing syrup,
# prescription drug (a refill: "prescription" is a `@drug` already); and the actions herbal
# and cosmetic copy sells lawfully (astringent, demulcent, carminative, counterirritant,
# diaphoretic, sudorific, rubefacient: "a soothing demulcent tea", "an astringent toner").
EXCLUDED_ROOTS = {
    "03248958", "03097890", "03581634", "03808564", "04017137", "04320126", "02876537",
    "02684789", "02714883", "04376259",
    "03225238", "03994008", "04439122", "04451473", "04074482", "03515500", "03898936",
    "03952696", "04361381", "03571155", "03920989", "03866176", "04271640", "04260816",
    "03999280", "02750835", "03174829", "02965617", "03117776", "03188979", "04350347",
    "04117089",
}
# Rule K1: a dose's forms, as a patient names a drug by its kind ("water pill", "water tablet").
DOSE_FORMS = ("pill", "tablet", "capsule")
# Rule K2: discard.v.01, chuck.v.02, dump.v.01, trash.v.01, get_rid_of.v.01, forget.v.01.
DISCARD_COMMONEST = 2
DISCARD_SYNSETS = ("02222336", "02227380", "02225222", "02223256", "02224073", "00610167")


def plural(word, exceptions):
    irregular = sorted(form for form, bases in exceptions.items() if word in bases)
    if irregular:
        return irregular[0]
    if re.search(r"(s|sh|ch|x|z)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def derive_lists(folder):
    wn = derive.WordNet(folder)
    if not wn.available:
        return None
    noun_exceptions = derive.irregular_forms(folder, "noun")
    verb_exceptions = derive.irregular_forms(folder, "verb")
    kinds = set()
    for lemma, senses in wn.index.items():
        words = lemma.split("_")
        if not 1 <= len(words) <= 3 or not all(re.fullmatch(r"[a-z]+(-[a-z]+)?", w)
                                               for w in words):
            continue
        if lemma not in wn.lowercase and words[0] not in wn.lowercase:
            continue
        own = [(pos, o) for pos, o in senses if pos == "noun" and (pos, o) not in wn.proper]
        if not own:
            continue
        first = own[0]
        if wn.files[first] != "noun.artifact":
            continue
        if not wn.reaches(first, lambda s: s[1] == DRUG_ROOT,
                          stop=lambda s: s[1] in EXCLUDED_ROOTS):
            continue
        heads = [words[-1]]
        if words[-1] in DOSE_FORMS and len(words) > 1:
            heads = list(DOSE_FORMS)
        for head in heads:
            for last in (head, plural(head, noun_exceptions)):
                kinds.add(" ".join(words[:-1] + [last]).replace("-", " "))
    discard = set()
    for lemma, senses in wn.index.items():
        if "-" in lemma:
            continue
        ranked = [o for pos, o in senses if pos == "verb"][:DISCARD_COMMONEST]
        if any(o in DISCARD_SYNSETS for o in ranked):
            discard.update(cure_objects.verb_forms(lemma, verb_exceptions))
    return sorted(kinds), sorted(discard)


def render(kinds, discard):
    wrap = cure_objects.wrap
    return "\n".join([
        "# Derived by .ci/vocab/derive-drug-kinds.py (rules K1, K2) from WordNet 3.0 (Princeton);",
        "# do not edit. Run the script again to regenerate; its docstring gives the rules.",
        "classes:",
        "  # Rule K1: the kinds of drug WordNet knows (drug.n.01, less drugs of abuse, stimulants,",
        "  # doses and their forms, remedies and tonics), a dose's form in each of a patient's",
        "  # words (\"water pill\", \"water tablet\"): what a product is offered in place of.",
        "  drug-kind: [",
        wrap(kinds),
        "  ]",
        "  # Rule K2: verbs of getting rid of a thing (throw away, ditch, dump, junk, forget).",
        "  discard-verb: [",
        wrap(discard),
        "  ]",
        "rules: []",
        "",
    ])


def main():
    args, lists = derive.wordnet_lists(__doc__.split("\n")[0], derive_lists)
    if lists is None:
        return 2
    kinds, discard = lists
    if args.stats:
        print(f"drug-kind: {len(kinds)}; discard-verb: {len(discard)}", file=sys.stderr)
    return derive.write_or_check({PACK: render(kinds, discard)}, args.check,
                                 "a fresh derivation")


if __name__ == "__main__":
    sys.exit(main())
