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
    return sorted(verbs), sorted(kinds.items())


wrap = cure_objects.wrap


def render_pack(verbs):
    return "\n".join([
        "# Derived by .ci/vocab/derive-product-objects.py (rule U14) from WordNet 3.0",
        "# (Princeton); do not edit. Run the script again to regenerate; its docstring gives the",
        "# rule. Read by TaggedSentence+ProductObjects.swift.",
        "classes:",
        "  # Rule U14: verbs whose commonest senses include to make healthy, to reverse, to erase",
        "  # or remove from existence, to pull out or to drive away: what a product does this to",
        "  # is a condition unless it is a thing of another world.",
        "  product-cure-verb: [",
        wrap(verbs),
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
    verbs, nouns = lists
    if args.stats:
        print(f"product-cure-verb: {len(verbs)}; world nouns: "
              f"{sum(k == 'world' for _, k in nouns)}; body nouns: "
              f"{sum(k == 'body' for _, k in nouns)}; verbs only: "
              f"{sum(k == 'verb' for _, k in nouns)}", file=sys.stderr)
    outputs = {PACK: render_pack(verbs), WORLD: render_world(nouns)}
    return derive.write_or_check(outputs, args.check, "a fresh derivation")


if __name__ == "__main__":
    sys.exit(main())
