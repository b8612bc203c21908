#!/usr/bin/env python3
"""Derives the word lists of the product-object reading (rule U14).

    python3 .ci/vocab/derive-product-objects.py [--wordnet DIR] [--check] [--stats]

Principle C: what a product (or the copy's imperative) cures, heals, reverses or removes from a
body is a condition, whatever the word ("This oil cures stretch marks", "the salve draws out a
boil", "erases crow's feet"), unless it is a thing of another world: what a product cures or
erases that is an artifact, a food, a substance, a plant, a place, a group, a person, a
possession, a message, an amount or a time ("cures the bacon", "erases the blackboard", "heals
the rift", "reverses last year's losses") is that thing. The checker reads the object of such a
verb (`TaggedSentence.tagProductObjects`) with these lists:

- `Sources/EvidentCheck/RulePacks/product-objects.yaml`, `@product-cure-verb`: the words of the
  WordNet 3.0 verb synsets of making healthy (cure.v.01: cure, heal, bring around), of turning
  to the contrary (reverse.v.01: reverse, change by reversal), of removing from existence or a
  surface (erase.v.01 "remove from memory or existence", erase.v.02 "remove by or as if by
  rubbing": rub out, efface, wipe off; obliterate.v.03 "remove completely from recognition"),
  of removing with force (extract.v.01 "remove, usually with some force or effort; extract a
  bad tooth; take out a splinter": pull out, draw out) and of driving away (banish.v.04 "drive
  away: banish gloom"), each kept when the synset is among the word's COMMONEST verb senses
  (WordNet orders them by frequency: "turn" and "pull" mean other things first). With their
  inflections (derive-cure-objects.py's verb_forms).
- `Sources/EvidentCheck/Vocabulary/world-nouns.txt`: the stems (the checker's stemmer) of the
  one-word lowercase nouns whose commonest WordNet sense (proper nouns left out) is in a file of
  another world (WORLD_FILES: artifact, food, plant, substance, object, location, group,
  person, possession, communication, quantity, relation, time, motive, animal, the top nouns)
  or of the body (noun.body: a part of a body named alone is what the product acts on, not a
  condition: "heals the skin"), with the file's short name: `world` or `body`. A word that also
  has an adjective or adverb sense is left out. And (`verb`) the stems of the words WordNet
  knows only as verbs: no noun, so not what a verb acts on; and, written as they are (a line
  opening with "="; not stems: "curled" is an adjective, "curl" is not), the words WordNet knows
  as adjectives or adverbs: `adj` when they have more noun senses than adjective and adverb
  senses ("chicken"), `adj+` when not ("damp", "scaly"). A head with either describes ("cures
  rising damp"); a word before the head describes it when it is `adj+` ("scaly leg"), and
  names a kind with it when it is `adj` ("chicken skin"). A noun whose
  commonest sense is a state, an act, an attribute, a process, a feeling, an event, a shape or a
  phenomenon is not here: after such a verb it is the condition the product acts on; but one
  whose commonest sense's gloss or example speaks of hair (HAIR: "frizz", "the condition of
  being formed into small tight curls; her hair was in a frizz") is of the hair's world, what a
  cosmetic acts on (`world`).

Outputs are sorted and byte-identical on every run; `--check` compares instead of writing
(exit 1 on a difference).

Rule N (session 31): the combining forms of diseases that a coined product name joins to a
cure ending ("Arthrease": "arthr" + "ease"; "Psoriclear", "Bronchaway"). A one-word disease
name of the condition vocabulary (`Vocabulary/conditions.tsv`, kind disease) ending in a Greek
or Latin suffix of disease (NAME_SUFFIXES: -itis, -iasis, -osis, -algia, -pathy, -aemia,
-emia, -oma, -ism) gives its stem (four letters or more: "arthr" of "arthritis", "psor" of
"psoriasis", "bronch" of "bronchitis"), and the stem with a joining vowel ("arthri", "bronchi",
"broncho"): `@disease-combining-form` in product-objects.yaml. A stem that is itself a WordNet
word ("cyst", "sinus", "mast") or one of the lexicon's `@organ-stem` ("hepat", "gastro": a
part of the body joined to "ease" is no disease's) is left out. The checker
(`Lexicon.markCoinedNames`) reads a capitalised word no dictionary knows, written as a name, as
a disease's when it is such a form (or a `@disease-stem`) followed by a `@cure-ending`.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import derive  # noqa: E402

cure_objects = derive.sibling("derive_cure_objects", "derive-cure-objects.py")

PACK = os.path.join(ROOT, "Sources", "EvidentCheck", "RulePacks", "product-objects.yaml")
WORLD = os.path.join(ROOT, "Sources", "EvidentCheck", "Vocabulary", "world-nouns.txt")
# cure.v.01, reverse.v.01 (change_by_reversal), erase.v.01, erase.v.02, obliterate.v.03,
# extract.v.01, banish.v.04.
PRODUCT_CURE_SYNSETS = ("00081725", "00138508", "00479391", "01548736", "00311338", "01351188",
                        "02003377")
COMMONEST = 4
WORLD_FILES = {"noun.Tops", "noun.animal", "noun.artifact", "noun.communication", "noun.food",
               "noun.group", "noun.location", "noun.motive", "noun.object", "noun.person",
               "noun.plant", "noun.possession", "noun.quantity", "noun.relation",
               "noun.substance", "noun.time"}
BODY_FILES = {"noun.body"}
# A state or shape of the hair is what a cosmetic acts on ("banishes frizz"): a noun whose
# commonest sense's gloss or example speaks of hair is of the hair's world.
HAIR = re.compile(r"\b(hair|hairs|hairdo|hairstyle|coiffure)\b")
# Rule N: the suffixes of disease names whose stem is a combining form, the shortest stem kept
# and the joining vowels.
NAME_SUFFIXES = ("itis", "iasis", "osis", "algia", "pathy", "aemia", "emia", "oma", "ism")
FORM_MIN = 4
JOINING_VOWELS = ("i", "o")
CONDITIONS = os.path.join(ROOT, "Sources", "EvidentCheck", "Vocabulary", "conditions.tsv")
LEXICON = os.path.join(ROOT, "Sources", "EvidentCheck", "RulePacks", "lexicon.yaml")


def noun_glosses(folder):
    """The gloss (with its examples) of each noun synset, by offset."""
    glosses = {}
    with open(os.path.join(folder, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if not line.startswith(" "):
                offset, _, gloss = line.partition(" | ")
                glosses[offset.split(" ", 1)[0]] = gloss
    return glosses


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
        if not any(o in PRODUCT_CURE_SYNSETS for o in ranked):
            continue
        verbs.update(cure_objects.verb_forms(lemma, exceptions))
    glosses = noun_glosses(folder)
    nouns, verb_only = {}, set()
    for lemma, senses in wn.index.items():
        if not re.fullmatch(r"[a-z]{3,}", lemma):
            continue
        own = [(pos, o) for pos, o in senses if (pos, o) not in wn.proper]
        if any(pos in ("adj", "adv") for pos, _ in own):
            continue
        first = [s for s in own if s[0] == "noun"][:1]
        if not first:
            # a word WordNet knows only as a verb names no thing a product cures
            if own and derive.stem(lemma) not in nouns:
                verb_only.add(derive.stem(lemma))
            continue
        kind = ("world" if wn.files[first[0]] in WORLD_FILES
                or HAIR.search(glosses.get(first[0][1], ""))
                else "body" if wn.files[first[0]] in BODY_FILES else None)
        stem = derive.stem(lemma)
        # a stem two words share is of another world only when both are ("mark", "marker")
        nouns[stem] = kind if nouns.get(stem, kind) == kind else None
    for form, bases in derive.irregular_forms(folder, "noun").items():
        kinds = {nouns.get(derive.stem(b)) for b in bases}
        if re.fullmatch(r"[a-z]{3,}", form) and len(kinds) == 1 and None not in kinds:
            stem = derive.stem(form)
            if nouns.get(stem, next(iter(kinds))) == next(iter(kinds)):
                nouns[stem] = next(iter(kinds))
    kinds = {w: k for w, k in nouns.items() if k}
    # a stem a noun has too ("heal" and "heals", "cure") is the noun's
    known_nouns = set(nouns)
    for lemma, senses in wn.index.items():
        if re.fullmatch(r"[a-z]{3,}", lemma) and any(pos == "noun" for pos, _ in senses):
            known_nouns.add(derive.stem(lemma))
    for stem in verb_only - known_nouns:
        kinds[stem] = "verb"
    # the written words with an adjective or adverb sense (not stems: "curled" is an
    # adjective, "curl" is not): `adj` when their noun senses are more, `adj+` when not
    for lemma, senses in wn.index.items():
        if not re.fullmatch(r"[a-z]{3,}", lemma):
            continue
        own = [(pos, o) for pos, o in senses if (pos, o) not in wn.proper]
        describing = sum(pos in ("adj", "adv") for pos, _ in own)
        if describing:
            named = sum(pos == "noun" for pos, _ in own)
            kinds["=" + lemma] = "adj" if named > describing else "adj+"
    # Rule N: the combining forms of the vocabulary's one-word disease names
    organ = set(derive.lexicon_class(LEXICON, "organ-stem"))
    forms = set()
    with open(CONDITIONS, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
    diseases = {fields[0] for fields in rows if len(fields) > 1 and fields[1] == "disease"}
    for fields in rows:
        if len(fields) < 2 or fields[1] != "disease":
            continue
        name = fields[0]
        if not re.fullmatch(r"[a-z]+", name):
            continue
        suffix = next((x for x in NAME_SUFFIXES if name.endswith(x)), None)
        if suffix is None or len(name) - len(suffix) < FORM_MIN:
            continue
        stem = name[:-len(suffix)]
        for form in (stem,) + tuple(stem + v for v in JOINING_VOWELS if not stem.endswith(v)):
            # a form that is a word is that word, unless the word is itself a disease
            # of the vocabulary ("cyst" of "cystitis": "Cystaway")
            if (form not in wn.index or form in diseases) and form not in organ:
                forms.add(form)
    return sorted(verbs), sorted(kinds.items()), sorted(forms)


wrap = cure_objects.wrap


def render_pack(verbs, forms):
    return "\n".join([
        "# Derived by .ci/vocab/derive-product-objects.py (rules U14, N) from WordNet 3.0",
        "# (Princeton) and the condition vocabulary; do not edit. Run the script again to",
        "# regenerate; its docstring gives the rules. Read by TaggedSentence+ProductObjects.swift",
        "# and Lexicon+CoinedNames.swift.",
        "classes:",
        "  # Rule U14: verbs whose commonest senses include to make healthy, to reverse, to erase",
        "  # or remove from existence, to pull out or to drive away: what a product does this to",
        "  # is a condition unless it is a thing of another world.",
        "  product-cure-verb: [",
        wrap(verbs),
        "  ]",
        "  # Rule N: the combining forms of the condition vocabulary's one-word disease names in",
        "  # -itis, -osis, -algia ... (\"arthr\", \"arthri\", \"psori\"), no WordNet word or organ stem:",
        "  # joined to a cure ending in a coined product name (\"Arthrease\") they name the disease.",
        "  disease-combining-form: [",
        wrap(forms),
        "  ]",
        "rules: []",
        "",
    ])


def render_world(nouns):
    return "\n".join([
        "# Derived by .ci/vocab/derive-product-objects.py (rule U14) from WordNet 3.0",
        "# (Princeton); do not edit. Columns: stem, kind. The one-word nouns whose commonest",
        "# sense is a thing of another world (world: an artifact, food, plant, substance, object,",
        "# place, group, person, possession, message, amount, relation or time) or a part of the",
        "# body (body), and no adjective or adverb: what a product cures, reverses or erases",
        "# that is one of them is not a condition; and (verb) the stems of words WordNet knows",
        "# only as verbs; and (adj, adj+) the written words WordNet knows as adjectives or",
        "# adverbs, after \"=\": adj+ when those senses are at least as many as their noun senses.",
        *[f"{w}\t{k}" for w, k in nouns],
        "",
    ])


def main():
    args, lists = derive.wordnet_lists(__doc__.split("\n")[0], derive_lists)
    if lists is None:
        return 2
    verbs, nouns, forms = lists
    if args.stats:
        print(f"product-cure-verb: {len(verbs)}; world nouns: "
              f"{sum(k == 'world' for _, k in nouns)}; body nouns: "
              f"{sum(k == 'body' for _, k in nouns)}; verbs only: "
              f"{sum(k == 'verb' for _, k in nouns)}; disease-combining-form: {len(forms)}",
              file=sys.stderr)
    outputs = {PACK: render_pack(verbs, forms), WORLD: render_world(nouns)}
    return derive.write_or_check(outputs, args.check, "a fresh derivation")


if __name__ == "__main__":
    sys.exit(main())
