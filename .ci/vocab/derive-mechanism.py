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

Principle G (session 31): a germ or a pest kept from taking hold of a body is an infection
prevented or cured, whatever the germ does: "coats the virus particles so they can't latch onto
the lining of your nose", "stops the bacteria from clinging to the bladder wall", "the nits
will never move in", "worms won't ever come back". `@germ-hold-verb`: the words of the verb
synsets of what a germ or a pest does to get a hold on a host (HOLD_SYNSETS: latch_on.v.01 "take
hold of or attach to"; attach.v.02/.03 "be/become attached"; adhere.v.03 and stick.v.03 "stick
to firmly", cling; multiply and breed ("have young or reproduce"), reproduce.v.01, replicate.v
"reproduce or make an exact copy of; replicate the cell"; infect.v.01/.02; infest.v.01 "occupy in
large numbers or live on a host"; invade.v.04 "penetrate in a harmful or injurious way";
enter.v.01; burrow.v.01; spread.v.02 "become distributed or widespread: the infection spread";
move_in.v.01/.02 "occupy a place, move into a new house"; return.v.01 "go or come back to a
place"; come_back.v.01 "be restored": come back; settle.v.04 "take up residence and become established"; colonize.v.01/.02),
each kept when the synset is among the word's COMMONEST verb senses, with their inflections,
and a phrasal verb in "on" or "in" also with "onto" or "into" ("latch onto"). The rule
(`germ-kept-from-body`, mechanism.yaml) reads such a verb negated or prevented after a germ
(`@microbe`, with the condition vocabulary's germs) or a pest of an animal (`@animal-pest`).

Principle D (session 31): what the product acts on that drives a disease's signs stands for the
disease: "calm the Th17 cells that drive skin cells to pile up in thick silvery patches", "the
enzyme that triggers the crystals in your joint". `@drive-verb`: the words of the synsets of
causing (cause.v.01 "give rise to", cause.v.02 "cause to do": make, get, induce, stimulate),
of setting off (trigger.v.01: actuate, set off, spark, touch off), of forcing into a state
(drive.v.04) and of fuelling (stimulate.v: fuel), among the word's COMMONEST senses. The rule
(`cause-of-sign-mechanism`) reads a cell, a molecule or a germ, then "that" and such a verb,
then a lesion, a condition of the vocabulary or a sign the disease shows (`@disease-sign`).
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
# Principle G: latch_on.v.01, attach.v.02, attach.v.03, adhere.v.03 (cling), stick.v.03,
# breed.v.03 (multiply), reproduce.v.01, replicate.v.02, infect.v.01, infect.v.02, infest.v.01,
# invade.v.04, enter.v.01, burrow.v.01, spread.v.02, move_in.v.01, move_in.v.02, return.v.01,
# settle.v.04, colonize.v.01, colonize.v.02, come_back.v.01 ("be restored").
HOLD_SYNSETS = ("01216212", "01290273", "01290440", "01220903", "01356768", "00056334",
                "00055142", "01734947", "00089750", "00088713", "02654686", "01227506",
                "02016541", "02042085", "01380140", "01856114", "01856000", "02004892",
                "00413876", "02590340", "00414174", "00548153")
# Principle D: cause.v.01, cause.v.02, trigger.v.01, drive.v.04, stimulate.v (fuel).
DRIVE_SYNSETS = ("01645619", "00770455", "01643675", "01516552", "01762196")
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
    hold = set()
    drive = set()
    for lemma, senses in wn.index.items():
        if not re.fullmatch(r"[a-z]+(_[a-z]+)?", lemma):
            continue
        ranked = [o for pos, o in senses if pos == "verb"][:COMMONEST]
        if any(o in HOLD_SYNSETS for o in ranked):
            forms = cure_objects.verb_forms(lemma, exceptions)
            hold.update(forms)
            # a phrasal verb in "on" or "in" is written with "onto" or "into" too
            for form in forms:
                for particle, joined in ((" on", " onto"), (" in", " into")):
                    if form.endswith(particle):
                        hold.add(form[: -len(particle)] + joined)
        if any(o in DRIVE_SYNSETS for o in ranked):
            drive.update(cure_objects.verb_forms(lemma, exceptions))
    return sorted(verbs), sorted(molecules), sorted(hold), sorted(drive)


wrap = cure_objects.wrap


def render_pack(verbs, molecules, hold, drive):
    return "\n".join([
        "# Derived by .ci/vocab/derive-mechanism.py (rules M, G, D) from WordNet 3.0 (Princeton); do",
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
        "  # Principle G: verbs of a germ or a pest taking hold of a host (latch on, attach, cling,",
        "  # multiply, replicate, infect, infest, enter, burrow, spread, move in, come back, settle)",
        "  germ-hold-verb: [",
        wrap(hold),
        "  ]",
        "  # Principle D: verbs of causing, setting off, driving into a state or fuelling",
        "  drive-verb: [",
        wrap(drive),
        "  ]",
        "rules: []",
        "",
    ])


def main():
    args, lists = derive.wordnet_lists(__doc__.split("\n")[0], derive_lists)
    if lists is None:
        return 2
    verbs, molecules, hold, drive = lists
    if args.stats:
        print(f"drug-action-verb: {len(verbs)}; body-molecule: {len(molecules)}; "
              f"germ-hold-verb: {len(hold)}; drive-verb: {len(drive)}", file=sys.stderr)
    return derive.write_or_check({PACK: render_pack(verbs, molecules, hold, drive)}, args.check,
                                 "a fresh derivation")


if __name__ == "__main__":
    sys.exit(main())
