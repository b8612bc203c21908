#!/usr/bin/env python3
"""Derives the word classes of the structure-rebuilt reading (rules S1-S3) and rule S4.

    python3 .ci/vocab/derive-structures.py [--wordnet DIR] [--check] [--stats]

A part of the body that is missing, absent or never formed is a congenital malformation (MeSH
C16.131, Congenital Abnormalities: agenesis, aplasia, hypoplasia), and copy that offers to
rebuild, regrow or restore one claims to cure it ("regrows the kidney your baby was born
without", "restores the absent tail vertebrae", "rebuilds the corpus callosum that never
formed"), though it names no condition. The rule `structure-rebuilt-claim` (common.yaml) reads
a verb of making a part again (`@rebuild-verb`), a part of the body (`@mesh-anatomy`,
`@complaint-location`, `@animal-part`) and what says it is not there: an adjective of absence
before it (`@absent-adjective`), "never" and a verb of coming into being after it
(`@come-into-being-verb`), or "born without" / "born missing". The classes come from WordNet
3.0 (Debian `wordnet-base`):

- `@rebuild-verb` (rule S1): the words of WordNet's verb synsets of making a thing whole or
  present again: rebuild.v.01 (rebuild, reconstruct: "build again"), regrow.v.01 ("grow anew
  ... after an injury"), regenerate.v (replace a body part through new tissue), restore.v
  (return to the original, functioning condition; bring back into original existence),
  renew.v, repair.v.01 (repair, mend, fix), kept when the synset is among the word's two
  commonest verb senses ("doctor" treats first), with their inflections.
- `@absent-adjective` (rule S2): the words of WordNet's adjective synset lacking.s.02
  ("nonexistent; the thumb is absent": lacking, absent, missing, wanting) and its head
  nonexistent.a.01.
- `@come-into-being-verb` (rule S3): the words of WordNet's verb synsets of a thing coming into
  existence or shape: originate.v.01 (arise, develop, grow, spring up), form.v.04 (take
  shape), erupt.v (of teeth: come out, break through, push through), mature.v.01 (grow), with
  their inflections.

- `@undo-mass-verb` (rule S4): the verbs of WordNet's synsets of undoing a solid mass:
  dissolve.v (cause to go into a solution), melt.v (become or cause to become soft or liquid),
  fragment.v (break up: break into pieces), disperse.v (its example: "break up kidney
  stones"), loosen.v (make loose), dislodge.v (remove or force out from a position),
  disintegrate.v, digest.v (soften or disintegrate by chemical action), crumble.v; a one-word
  verb kept when the synset is among its two commonest verb senses ("free" and "digest" mean
  other things first), a phrasal verb ("break up", "fall apart") as written; with their
  inflections. The rule `deposit-mechanism-claim` (common.yaml) reads them with a deposit the
  body holds ("loosens the deposits in your joints", "breaks up the gravel in your kidneys").

Output (sorted, byte-identical on every run; `--check` compares instead of writing, exit 1 on
a difference): `Sources/EvidentCheck/RulePacks/structures.yaml`.
"""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
spec = importlib.util.spec_from_file_location("derive", os.path.join(HERE, "derive.py"))
derive = importlib.util.module_from_spec(spec)
spec.loader.exec_module(derive)
cure_objects = derive.sibling("cure_objects", "derive-cure-objects.py")

PACK = os.path.join(ROOT, "Sources", "EvidentCheck", "RulePacks", "structures.yaml")
# Rule S1: rebuild.v.01, regrow.v.01, regenerate.v (a body part), restore.v (original
# condition; original existence), renew.v, repair.v.01.
REBUILD_SYNSETS = ("01655920", "00095012", "00168393", "02552449", "02426799", "01631090",
                   "00260648")
REBUILD_COMMONEST = 2
# Rule S2: lacking.s.02 and its head nonexistent.a.01.
ABSENT_SYNSETS = ("00927832", "00927578")
# Rule S3: originate.v.01, form.v.04, erupt.v (teeth), mature.v.01.
COME_SYNSETS = ("02624263", "02623906", "00548266", "00250181")
# Rule S4: dissolve.v (cause to go into a solution), melt.v (become or cause to become soft or
# liquid), fragment.v (break up: break into pieces), disperse.v ("break up kidney stones"),
# loosen.v (make loose), dislodge.v (remove or force out from a position), disintegrate.v,
# digest.v (soften or disintegrate by chemical action), crumble.v (break into fragments).
UNDO_SYNSETS = ("00447309", "00376106", "00338071", "00330565", "00419375", "01528540",
                "00397576", "00209420", "00397405",
                # rule S4b (session 24): liquefy.v ("make (a solid substance) liquid")
                "00444309")
UNDO_COMMONEST = 2
# Rule S5: clean.v.01 ("make clean by removing dirt, filth, or unwanted substances from") and
# its troponyms two levels down (wash, rinse, flush, scour, purge, sweep, dust, brush ...),
# wash.v ("remove by the application of water ...": wash off, wash out, wash away; "clean with
# some chemical process": wash, rinse) and scrub.v ("clean with hard rubbing": scrub, scour);
# a phrasal verb only when its other words are particles ("rinse off", not "make clean").
CLEAN_ROOT = "01532607"
CLEAN_DEPTH = 2
CLEAN_SYNSETS = ("00557686", "01270217", "01251246")
PARTICLES = {"off", "out", "away", "up", "down"}
CLEAN_COMMONEST = 2
# Rule S6: matter gathered into a mass: clump.n.01 and lump.n.01 (agglomeration's kinds: "a
# compact mass"), sediment.n.01 ("matter that has been deposited"), sludge.n.02 ("any thick,
# viscous matter"), residue.n.01, debris.n.01, tangle.n.01 ("a twisted and tangled mass"),
# buildup.n.02 ("the result of the process of accumulation").
MASS_SYNSETS = ("07959943", "07961016", "09428967", "14956661", "15004501", "14857897",
                "09454412", "13442168")
MASS_COMMONEST = 2


def synset_words(folder, pos, offsets):
    words = set()
    with open(os.path.join(folder, "data." + pos), encoding="latin-1") as f:
        for line in f:
            parts = line.split(" | ")[0].split()
            if line.startswith(" ") or parts[0] not in offsets:
                continue
            for i in range(int(parts[3], 16)):
                word = parts[4 + 2 * i].split("(")[0]
                if word == word.lower() and "-" not in word:
                    words.add(word)
    return words


def nouns_of_synsets(wn, synsets, commonest):
    """Every one-word lowercase noun one of whose `commonest` noun senses is among `synsets`,
    with its plural."""
    nouns = set()
    for lemma, senses in wn.index.items():
        if "_" in lemma or "-" in lemma or not lemma.isalpha():
            continue
        ranked = [o for pos, o in senses if pos == "noun"][:commonest]
        if any(o in synsets for o in ranked) and lemma in wn.lowercase:
            nouns.add(lemma)
            nouns.add(lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s")
    return nouns


def phrasal_forms(folder, synsets, exceptions):
    """The phrasal verbs of `synsets` as written, each inflected on its first word."""
    forms = set()
    for lemma in synset_words(folder, "verb", synsets):
        if "_" in lemma and set(lemma.split("_")[1:]) <= PARTICLES:
            words = lemma.split("_")
            forms.update(" ".join([form] + words[1:])
                         for form in cure_objects.verb_forms(words[0], exceptions))
    return forms


def derive_lists(folder):
    wn = derive.WordNet(folder)
    if not wn.available:
        return None
    verb_exceptions = derive.irregular_forms(folder, "verb")
    rebuild = cure_objects.verbs_of_synsets(
        wn, REBUILD_SYNSETS, REBUILD_COMMONEST, verb_exceptions)
    absent = {w.replace("_", " ") for w in synset_words(folder, "adj", ABSENT_SYNSETS)}
    come = set()
    for lemma in synset_words(folder, "verb", COME_SYNSETS):
        come.update(cure_objects.verb_forms(lemma, verb_exceptions))
    undo = cure_objects.verbs_of_synsets(wn, UNDO_SYNSETS, UNDO_COMMONEST, verb_exceptions)
    for lemma in synset_words(folder, "verb", UNDO_SYNSETS):
        if "_" in lemma:
            words = lemma.split("_")
            undo.update(" ".join([form] + words[1:])
                        for form in cure_objects.verb_forms(words[0], verb_exceptions))
    clean_synsets = cure_objects.troponyms(folder, CLEAN_ROOT, CLEAN_DEPTH) | set(CLEAN_SYNSETS)
    clean = cure_objects.verbs_of_synsets(wn, clean_synsets, CLEAN_COMMONEST, verb_exceptions)
    clean.update(phrasal_forms(folder, clean_synsets, verb_exceptions))
    clean = {v for v in clean if set(v.split()[1:]) <= PARTICLES}
    mass = nouns_of_synsets(wn, set(MASS_SYNSETS), MASS_COMMONEST)
    return (sorted(rebuild), sorted(absent), sorted(come), sorted(undo), sorted(clean),
            sorted(mass))


def render(rebuild, absent, come, undo, clean, mass):
    wrap = cure_objects.wrap
    return "\n".join([
        "# Derived by .ci/vocab/derive-structures.py (rules S1-S4) from WordNet 3.0 (Princeton);",
        "# do not edit. Run the script again to regenerate; its docstring gives the rules.",
        "classes:",
        "  # Rule S1: verbs of making a thing whole or present again (rebuild, regrow, restore).",
        "  rebuild-verb: [",
        wrap(rebuild),
        "  ]",
        "  # Rule S2: adjectives of a thing not there (missing, absent, lacking).",
        "  absent-adjective: [",
        wrap(absent),
        "  ]",
        "  # Rule S3: verbs of a thing coming into existence or shape (form, develop, come out).",
        "  come-into-being-verb: [",
        wrap(come),
        "  ]",
        "  # Rule S4: verbs of undoing a solid mass (dissolve, melt, break up, loosen, dislodge):",
        "  # with a deposit in the body, a mechanism standing for a cure (common.yaml).",
        "  undo-mass-verb: [",
        wrap(undo),
        "  ]",
        "  # Rule S5: verbs of making clean by removing matter (wash off, rinse, flush, scour,",
        "  # scrub, sweep): with a deposit or a mass in the body, a mechanism standing for a cure.",
        "  cleanse-verb: [",
        wrap(clean),
        "  ]",
        "  # Rule S6: nouns of matter gathered into a mass (clump, lump, sediment, sludge, residue,",
        "  # debris, tangle, buildup): what rule S4's and S5's verbs undo where the body holds it.",
        "  mass-noun: [",
        wrap(mass),
        "  ]",
        "  # The parts of a body the rule reads: MeSH's anatomy, WordNet's body parts, an",
        "  # animal's parts (implied-anatomy.yaml, complaints.yaml).",
        "  body-structure: [\"@mesh-anatomy\", \"@complaint-location\", \"@animal-part\"]",
        "rules: []",
        "",
    ])


def main():
    args, lists = derive.wordnet_lists(__doc__.split("\n")[0], derive_lists)
    if lists is None:
        return 2
    rebuild, absent, come, undo, clean, mass = lists
    if args.stats:
        print(f"rebuild-verb: {len(rebuild)}; absent-adjective: {len(absent)}; "
              f"come-into-being-verb: {len(come)}; undo-mass-verb: {len(undo)}; "
              f"cleanse-verb: {len(clean)}; mass-noun: {len(mass)}",
              file=sys.stderr)
    return derive.write_or_check({PACK: render(rebuild, absent, come, undo, clean, mass)},
                                 args.check,
                                 "a fresh derivation")


if __name__ == "__main__":
    sys.exit(main())
