#!/usr/bin/env python3
"""Derives the word lists of the cure-object reading (rule U).

    python3 .ci/vocab/derive-cure-objects.py [--wordnet DIR] [--check] [--stats]

Copy names many conditions no vocabulary has ("cures megabacteria in budgies", "wipe out
chalkbrood", "eradicate footrot"), most of them animal, plant-pest or rare diseases. The object
of a verb whose sense is to make healthy again or to destroy completely is what the verb cures
or destroys; in a product's copy, a thing the product cures is a condition. The checker reads
the object's head as a disease (`TaggedSentence.tagCureObjects`) when it is

- (a) a noun whose commonest sense (WordNet's first noun sense) has hypernyms that reach ill health (derive.py's MEDICAL_ROOTS
  but physiological state: disorder, disease, symptom, pathological state, injury, infection
  …; a medical topic alone is not enough, it also files drugs and treatments), which the
  vocabulary does not list: after such a verb the medical sense is the one meant ("heals
  cankers"); or
- (b) a word nothing the checker reads knows: not a WordNet word in any part of speech or
  inflection, not a word of the condition vocabulary, and (checked when reading) in no class
  of the lexicon or the rule packs, the substance catalog included. Written in lowercase, of
  four letters or more.

Outputs (sorted, byte-identical on every run; `--check` compares instead of writing, exit 1 on
a difference):

- `Sources/EvidentCheck/RulePacks/cure-objects.yaml`, rule U1: `@cure-verb`, the words of the
  WordNet verb synset of "cure" and "heal" that means to make healthy (cure.v.01 "provide a
  cure for, make healthy again"; its object may be (a) or (b)), and `@eradicate-verb`, those
  of "eradicate" (eradicate.v.01 "kill in large numbers", uproot.v.02 "destroy completely, as
  if down to the roots"; one can eliminate anything, so only (b)), each kept when the synset
  is among the word's three commonest senses (WordNet orders them by frequency): "extinguish"
  (a fire first, then "put an end to") goes. With their inflections (WordNet's exception
  lists with -s and -ing, else the regular -s, -ed, -ing forms; of a phrasal verb, its first
  word's). `@cure-verb-of-things`: the `@cure-verb` words with another of their three
  commonest senses that takes a thing as its object (WordNet's verb frames 8 and 11,
  "somebody/something ----s something"): "cure" also preserves meat and hardens resin, so its
  unknown object ("cures guanciale") counts only in a sentence with another health-context
  word; "heal"'s other senses take no object. Rule U2, `@disease-sense-noun`: the nouns of
  (a), one word, in lowercase (the lexicon matches stems, so a plural matches too).
- Rule U4, `@living-body`: the one-word lowercase nouns whose commonest WordNet sense is an
  animal (noun.animal: "calf", "lamb", "foal", "heifer"), or whose senses before an animal
  one, among the three commonest, are things made of it (its flesh as food, its fur:
  "duckling", "chinchilla"), with WordNet's irregular plurals ("calves") and the regular
  plurals the checker's stemmer does not join to the singular ("budgies"): a @cure-verb's
  object placed "in" one is its disease.
- Rule U5 (`TaggedSentence.tagNamedConditions`): lay names of conditions built of ordinary
  words around a part of the body ("jumper's knee", "turf toe", "hoof rot") are conditions as
  the object of a @cure-verb, of `@repair-verb` (repair.v.01 "restore by putting together what
  is torn or broken": mend, fix) or of `@avert-verb` (prevent.v.02 "keep from happening",
  avert.v.01 "prevent the occurrence of": ward off, stave off), each kept as in rule U1 when
  the synset is among the word's three commonest verb senses and the word has no more noun
  senses than verb senses ("doctor" is read as the noun). `Vocabulary/describing-words.txt`:
  the stems of every word WordNet knows as an adjective or adverb and of every noun whose
  commonest sense is a time: before a part of the body such a word describes the part ("dry
  skin", "winter skin"), not a condition; and of the nouns whose commonest sense is an
  artifact: after a verb of mending or warding off the part is a thing's ("fixes chair legs";
  "cures bottle jaw" is a condition).
- Rule U6, `@therapy-verb`: the words of the WordNet verb synsets whose sense is to make a bad
  state go away (THERAPY_SYNSETS: make healthy or relieve, treat, take out or destroy, reverse,
  defeat, drive away, bring to an end), kept as in rule U1 when the synset is among the word's
  three commonest verb senses ("clear" removes leaves first; "banish" expels from a country
  first). After one (or a @protect-verb's "from"/"against"), in health copy, an unknown word,
  an abbreviation or a @disease-sense-noun ending the object is a condition.
- Rule U7, `@germ-head`: the one-word lowercase nouns with a sense that is a germ (GERM_ROOTS)
  or a parasite (parasite.n.01, acarine.n.01, louse.n.01) and names a class of organisms (it
  has hyponyms), in noun.animal, or in noun.plant when the condition vocabulary lists the word
  as a germ ("fungus"); not algae or probiotics, and not a word whose commonest sense is an
  artifact ("rod"): the head of a germ's name the vocabulary lacks ("Heartland virus").
- `Sources/EvidentCheck/Vocabulary/known-words.txt`: rule U3, the stems (the checker's
  stemmer, derive.stem) of every one-word WordNet lemma in any part of speech (the index and
  the exception lists; a hyphenated lemma's pieces, as the tokenizer splits them) and of every
  word of the condition vocabulary and its aliases: a word whose stem is not here is unknown
  (b). The words of WordNet's multi-word lemmas are not counted: most are species epithets
  and other names ("Araucaria columnaris").

Rule U15 (`TaggedSentence.tagInfestations`, no list of its own: it reads the classes above and
the lexicon's `@microbe-kill-verb` and `@keep-out-verb`): a product that kills, clears or keeps
off an organism living on or in an animal, a herd's place or a part of a body names that
organism's disease ("kills off varroa in your colonies", "clears Marteilia from your mussels",
"rids your rabbits of E. cuniculi", "keeps flystrike off your rabbits"): the object of a verb
of killing (not one of stopping), removing (`@removal-verb`), U6's or U1's, whose head is (b)
(three letters or more in lowercase when placed in an animal: "ich"; or capitalised, a genus,
placed in an animal; or, placed in an animal or a herd's place, an abbreviation of three capitals
or more: "MSX", "IBV"), a `@germ-genus`, a `@disease-sense-noun` placed in an animal, or a
`@germ-head` with a word before it, placed after it "in", "on", "from" or "off" an animal, a
`@herd-place` or a part of a body, or after "rid <animal> of"; placed nowhere, named by a later
"the parasite" (a `@germ-head` after a definite determiner), or, in lowercase after a verb of
killing, beside an animal named elsewhere in the sentence. What is killed on a thing or a
plant is a pest of another world ("kills ants in the larder", "clears rust from the leek bed").
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

PACK = os.path.join(ROOT, "Sources", "EvidentCheck", "RulePacks", "cure-objects.yaml")
KNOWN = os.path.join(ROOT, "Sources", "EvidentCheck", "Vocabulary", "known-words.txt")
DESCRIBING = os.path.join(ROOT, "Sources", "EvidentCheck", "Vocabulary", "describing-words.txt")
VOCABULARY = os.path.join(ROOT, "Sources", "EvidentCheck", "Vocabulary")
# Rule U1: WordNet 3.0 verb synsets: cure.v.01 (bring around, cure, heal: make healthy), and
# eradicate.v.01 (eliminate, annihilate, extinguish, eradicate, wipe out, decimate, carry off)
# and uproot.v.02 (uproot, eradicate, extirpate, root out, exterminate): destroy completely.
CURE_SYNSETS = ("00081725",)
ERADICATE_SYNSETS = ("00470701", "01662136")
# Rule U5: WordNet 3.0 verb synsets: prevent.v.02 (prevent, forestall, foreclose, preclude,
# forbid: keep from happening) and avert.v.01 (avert, debar, obviate, deflect, head off, stave
# off, fend off, ward off); repair.v.01 (repair, mend, fix, bushel, doctor, furbish up, restore,
# touch on: restore by putting together what is torn or broken).
AVERT_SYNSETS = ("02452885", "02453321")
# Rule U6: WordNet 3.0 verb synsets whose sense is to make a bad state go away, so that what
# they act on, in a product's copy, is the state: to make healthy or give relief (cure.v.01;
# remedy.v.02 "provide relief for; remedy his illness"; treat.v.03 "provide treatment for"),
# to take out or destroy (eliminate.v.01 "terminate, end, or take out": get rid of, do away
# with; eradicate.v.01; uproot.v.02; knock_out.v.01 "eliminate"; rid.v.01 "relieve from"),
# to turn to the contrary (reverse.v.01 "the trend was reversed"), to defeat (overcome.v.01
# "win a victory over", overcome.v.02 "get on top of; deal with successfully", beat.v.01
# "come out better in a conflict"), to drive away (dispel.v.01 "force to go away": drive out,
# drive off; banish.v.04 "drive away"; shake_off.v.01 "get rid of") and to bring to an end
# (end.v.02 "bring to an end or halt": terminate).
THERAPY_SYNSETS = ("00081725", "00082563", "00078760", "00471711", "00470701", "01662136",
                   "00472426", "02350193", "00138508", "01108166", "01108645", "01101931",
                   "02002738", "02003377", "02073563", "00352826")
# Rule U7: the WordNet 3.0 nouns whose germ sense (derive.py's GERM_ROOTS) or parasite sense
# (parasite.n.01, acarine.n.01: mites and ticks, louse.n.01) names a class of organisms (it
# has hyponyms) head a germ's name: "<name> virus", "<name> mite". Algae (alga.n.01) are
# protoctists but infect nobody, and a probiotic (probiotic.n.01) is taken for health. A fungus
# sense (noun.plant) counts when the condition vocabulary lists the word as a germ ("fungus");
# mushrooms and moulds of the table do not. A word whose commonest sense is an artifact ("rod")
# names the thing.
PARASITE_ROOTS = {"01384687", "01776192", "02183857"}
NOT_GERM_ROOTS = {"01397114", "01349495"}
REPAIR_SYNSETS = ("00260648",)
# Rule U13: WordNet 3.0 verb synsets of falling ill (sicken.v.02 "get sick": sicken, come down;
# contract.v.04 "be stricken by an illness, fall victim to an illness": contract, take, get;
# catch.v.19 "contract; did you catch a cold?"; have.v.12 "suffer from; be ill with";
# suffer.v "undergo (as of injuries and illnesses)": suffer, sustain, have, get; develop.v.04
# "come to have or undergo a change of (physical features and attributes)": develop, grow,
# get, acquire), every word in
# any sense rank (the rule reads them only with a condition after them), and a phrasal verb
# with "with" after it as copy writes it ("come down with"): a negated future of one before a
# condition ("your dog won't catch kennel cough") is the prevent frame.
# Rule U12: the troponyms of prevent.v.02 ("keep from happening or arising"): stop.v.03 ("stop
# from happening or developing": stop, halt, block), obstruct.v ("hinder"), thwart.v ("foil"),
# avert.v ("ward off"), kept when one is among a word's three commonest verb senses: what one
# stops in an animal is the animal's condition ("stops tying-up in racehorses").
PREVENT_SYNSET = "02452885"
FALL_ILL_SYNSETS = ("00087454", "00087736", "00087988", "00065370", "00065639", "00094460")
# Rule U13 (session 30): the phrasal verbs of catching an illness that WordNet files only in
# their other senses (pick_up "take up by hand", go_down "sink", bring_home "make clear"),
# as British and American copy writes them of a child, a pet or a flock ("the kids won't pick
# up the bug going round", "she won't go down with strangles", "your dog won't bring kennel
# cough home": "bring" reads only with "home" after the condition, common.yaml), with their
# inflections.
LAY_FALL_ILL = ("pick up", "go down with", "come home with")
# Rule U9: WordNet 3.0 verb synsets of a thing going away from a place (leave.v.01 "go away from
# a place", exit.v.01 "move out of or depart from": exit, go out, get out, leave; go.v.02 "move
# away from a place into another direction": go away, depart; depart.v.03 "go away or leave";
# walk_out.v.02 "leave abruptly"; pull_out.v.01 "move out or away": get out), kept as in rule U1
# when the synset is among the word's three commonest verb senses; of coming into one (enter.v.01
# "to come or go into": come in, get into, go into, move into; reach.v.01 "reach a destination";
# arrive.v.01 "reach a destination; arrive by movement"; penetrate.v.01 "pass into or through";
# invade.v.03 "occupy in large numbers or live on a host": overrun, infest), kept likewise; of
# keeping a thing out (exclude.v.01 "prevent from entering": keep out, shut out; keep_away.v.01
# "prevent from coming close"): their first words ("keep", "shut"), whose particle follows the
# object; of staying put (stay.v.02 "stay put (in a certain place)": stick around) and of
# remaining outside (keep_out.v.02); and of making a thing leave a place (remove.v.01, clear.v.05
# "clear the leaves from the lawn", take_out.v.01 "cause to leave", expel.v.01 "force to leave
# or move out", banish.v.01-04, rout.v.01, flush.v.05 "rinse, clean or empty with a liquid",
# chase_away.v.01 "force to go away"), among the word's five commonest verb senses: the place
# after "from" or "out of" says which sense is meant.
# Rule U9: die.v.01 ("pass from physical life"): what an animal dies of is a condition.
DIE_SYNSETS = ("00358431",)
DEPART_SYNSETS = ("02009451", "02015616", "01848736", "02008414", "02010418", "02015186")
ENTER_SYNSETS = ("02016541", "02020608", "02005966", "01227693", "02654686")
KEEP_OUT_SYNSETS = ("02449340", "02451113")
STAY_OUT_SYNSETS = ("01857410", "00118435")
REMOVAL_SYNSETS = ("00173338", "00195342", "02404922", "02501738", "02504017", "02504280",
                   "02503803", "02003377", "01108969", "00455529", "02002738")
# Rule U9: the places a condition leaves or never enters that are a body's or a herd's besides
# a part of the body or an animal: the noun senses under an animal group (animal_group.n.01:
# herd, flock, brood), a colony of organisms (colony.n.02), a farm building (henhouse, barn,
# stable), a pen, a cage, a vivarium, a kennel, a beehive or an aviary.
# Rule U8: WordNet 3.0 body_part.n.01; a noun with any sense under it names a part of a body
# ("coronet", "hock", "fetlock": parts of a horse's leg, filed among the animals).
BODY_PART = "05220461"
INFECTING_ROOTS = {"microorganism", "virus", "infectious_agent", "pathogen", "protoctist_genus",
                   "bacteria_genus"}
PLANTLIKE_ROOTS = {"alga", "seaweed", "green_algae", "red_algae", "brown_algae", "algae"}
HERD_PLACE_ROOTS = {"07993929", "07995856", "03322570", "03907227", "02936714", "04539203",
                    "03610524", "02822865", "02763604"}
# Rule U5: the lexicographer files of a noun's commonest sense that make it, before a part,
# a description of a part of the body ("winter skin", "morning eyes"), or (after a verb of
# mending or warding off, not of curing) the owner of a thing's part ("chair legs", "clock
# hands"), rather than a kind of condition.
DESCRIBING_NOUN_FILES = {"noun.time"}
THING_NOUN_FILES = {"noun.artifact"}
# Rule U1: WordNet's verb frames that take a thing as the object ("Somebody ----s something",
# "Something ----s something").
THING_FRAMES = {8, 11}
# Rule U4: an animal a noun names before or after the things made of it: its flesh as food
# ("duckling", "chicken": under meat or seafood) or its fur ("chinchilla", "mink": an animal
# product or material), among the
# noun's three commonest senses.
ANIMAL_SENSES = 3
ANIMAL_PRODUCT_ROOTS = {"meat", "seafood", "animal_product", "animal_material"}
# (session 30) or, beside such a thing, a person named after it by a figure ("shrimp": a small
# person first, then the food, then the crustacean): what is cured in one is the animal's.
ANIMAL_FIGURE_FILES = {"noun.person"}
# Rule U11: what is wrong with a part of the body, by the change it underwent: the WordNet
# synsets (by first word) of a change of shape (narrowing, curving), of size (increase,
# decrease: enlargement, thickening as a swelling) and of place (shift: displacement,
# luxation), and of a decline (deterioration, degeneration).
CHANGE_ROOT_NAMES = {"change_of_shape", "change_of_magnitude", "shift", "deterioration",
                     "degeneration"}
# Rule U1: how common the sense must be among a word's verb senses.
COMMONEST = 3
# Rule U9: how common a sense of making a thing leave a place must be (the place follows),
# and a herd's place among a noun's senses ("flock": a congregation first, then a herd).
COMMONEST_PLACED = 5
HERD_PLACE_SENSES = 2
# Rule U2: the roots of ill health, less physiological state (sleep, arousal, desire).
ILL_HEALTH = derive.MEDICAL_ROOTS - {"14034177"}


def verb_forms(lemma, exceptions):
    """A verb's inflections: WordNet's irregular forms, else the regular ones; of a phrasal
    verb, its first word's ("wiped out")."""
    word, _, rest = lemma.replace("_", " ").partition(" ")
    if rest:
        return {form + " " + rest for form in verb_forms(word, exceptions)}
    forms = {word}
    irregular = [form for form, bases in exceptions.items() if word in bases]
    if irregular:
        third = word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else (
            word + "es" if re.search(r"(s|sh|ch|x|z)$", word) else word + "s")
        return forms | set(irregular) | {third, word + "ing"}
    if word.endswith("e"):
        forms.update({word + "s", word + "d", word[:-1] + "ing"})
    elif re.search(r"(s|sh|ch|x|z)$", word):
        forms.update({word + "es", word + "ed", word + "ing"})
    elif re.search(r"[^aeiou]y$", word):
        forms.update({word[:-1] + "ies", word[:-1] + "ied", word + "ing"})
    else:
        forms.update({word + "s", word + "ed", word + "ing"})
    return forms


def verbs_of_synsets(wn, synsets, commonest, exceptions):
    """The inflected forms of every one-word or phrasal verb (no hyphen) one of whose
    `commonest` verb senses is among `synsets` (WordNet offsets): the verbs of a meaning, kept
    only where it is among the word's first senses."""
    verbs = set()
    for lemma, senses in wn.index.items():
        if "-" in lemma:
            continue
        ranked = [o for pos, o in senses if pos == "verb"][:commonest]
        if any(o in synsets for o in ranked):
            verbs.update(verb_forms(lemma, exceptions))
    return verbs


def verb_records(folder):
    """Each synset line of WordNet's data.verb as its fields, with the index of its pointer
    count."""
    with open(os.path.join(folder, "data.verb"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split(" | ")[0].split()
            yield parts, 4 + 2 * int(parts[3], 16)


def troponyms(folder, root, depth):
    """The verb synsets `depth` troponym links or fewer below `root` (WordNet offsets)."""
    below = {}
    for parts, k in verb_records(folder):
        for i in range(int(parts[k])):
            symbol, target = parts[k + 1 + 4 * i], parts[k + 2 + 4 * i]
            if symbol == "~":
                below.setdefault(parts[0], []).append(target)
    found, level = {root}, [root]
    for _ in range(depth):
        level = [t for o in level for t in below.get(o, []) if t not in found]
        found.update(level)
    return found


def verb_frames(folder):
    """WordNet's verb frames per synset offset."""
    frames = {}
    for parts, k in verb_records(folder):
        k += 1 + 4 * int(parts[k])
        frames[parts[0]] = {int(parts[k + 2 + 3 * i]) for i in range(int(parts[k]))}
    return frames


def vocabulary_phrases():
    """(phrase, sense) of conditions.tsv and aliases.tsv."""
    rows = []
    for name in ("conditions.tsv", "aliases.tsv"):
        with open(os.path.join(VOCABULARY, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                fields = line.rstrip("\n").split("\t")
                rows.append((fields[0].strip('"'), fields[2] if len(fields) > 2 else "-"))
    return rows


def germ_phrases():
    """(phrase, kind) of conditions.tsv's germs."""
    rows = []
    with open(os.path.join(VOCABULARY, "conditions.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) > 1 and fields[1] == "germ":
                rows.append((fields[0], fields[1]))
    return rows


def is_ill(wn, sense):
    """Whether a noun sense's hypernyms reach ill health (ILL_HEALTH)."""
    return wn.reaches(sense, lambda s: s[1] in ILL_HEALTH)


def derive_lists(folder):
    wn = derive.WordNet(folder)
    if not wn.available:
        return None
    verb_exceptions = derive.irregular_forms(folder, "verb")
    # Rule U1.
    frames = verb_frames(folder)
    verbs, of_things, eradicate, therapy = set(), set(), set(), set()
    for lemma, senses in wn.index.items():
        if "-" in lemma:
            continue
        ranked = [o for pos, o in senses if pos == "verb"][:COMMONEST]
        # Rule U6.
        if any(o in THERAPY_SYNSETS for o in ranked):
            therapy.update(verb_forms(lemma, verb_exceptions))
        if any(o in CURE_SYNSETS for o in ranked):
            verbs.update(verb_forms(lemma, verb_exceptions))
            if any(o not in CURE_SYNSETS and frames.get(o, set()) & THING_FRAMES
                   for o in ranked):
                of_things.update(verb_forms(lemma, verb_exceptions))
        elif any(o in ERADICATE_SYNSETS for o in ranked):
            eradicate.update(verb_forms(lemma, verb_exceptions))
    # Rule U5.
    avert, repair = set(), set()
    for lemma, senses in wn.index.items():
        if "-" in lemma:
            continue
        ranked = [o for pos, o in senses if pos == "verb"][:COMMONEST]
        # a word WordNet knows in more noun senses than verb senses is read as the noun
        # ("doctor", "bushel")
        if sum(pos == "noun" for pos, _ in senses) > sum(pos == "verb" for pos, _ in senses):
            continue
        if any(o in AVERT_SYNSETS for o in ranked):
            avert.update(verb_forms(lemma, verb_exceptions))
        if any(o in REPAIR_SYNSETS for o in ranked):
            repair.update(verb_forms(lemma, verb_exceptions))
    describing, things = set(), set()
    for lemma, senses in wn.index.items():
        if not re.fullmatch(r"[a-z]+", lemma):
            continue
        own = [(pos, o) for pos, o in senses if (pos, o) not in wn.proper]
        nouns_own = [s for s in own if s[0] == "noun"]
        if any(pos in ("adj", "adv") for pos, _ in own) or (
                nouns_own and wn.files[nouns_own[0]] in DESCRIBING_NOUN_FILES):
            describing.add(derive.stem(lemma))
        elif nouns_own and wn.files[nouns_own[0]] in THING_NOUN_FILES:
            things.add(derive.stem(lemma))
    for pos in ("adj", "adv"):
        for form in derive.irregular_forms(folder, pos):
            if re.fullmatch(r"[a-z]+", form):
                describing.add(derive.stem(form))
    describing = [(w, "-") for w in describing] + [(w, "thing") for w in things - describing]
    # Rule U2.
    vocabulary = vocabulary_phrases()
    listed = {derive.stem(p) for p, _ in vocabulary if " " not in p}
    nouns = set()
    for lemma, senses in wn.index.items():
        if not re.fullmatch(r"[a-z]{4,}", lemma) or lemma not in wn.lowercase:
            continue
        own = [(pos, o) for pos, o in senses if pos == "noun" and (pos, o) not in wn.proper]
        if own and is_ill(wn, own[0]) and derive.stem(lemma) not in listed:
            nouns.add(lemma)
    # Rule U7.
    germ_words = {derive.stem(p.strip('"').lower()) for p, _ in germ_phrases() if " " not in p}
    germ_heads = set()
    for lemma, senses in wn.index.items():
        if not re.fullmatch(r"[a-z]{3,}", lemma) or lemma not in wn.lowercase:
            continue
        for sense in senses:
            if sense[0] != "noun" or sense in wn.proper or not wn.hyponyms.get(sense):
                continue
            if wn.reaches(sense, lambda s: s[1] in NOT_GERM_ROOTS):
                continue
            if not (wn.is_germ_sense(sense)
                    or wn.reaches(sense, lambda s: s[1] in PARASITE_ROOTS)):
                continue
            own = [s for s in senses if s[0] == "noun" and s not in wn.proper]
            if wn.files[own[0]] in THING_NOUN_FILES:
                continue
            if wn.files[sense] == "noun.animal" or derive.stem(lemma) in germ_words:
                germ_heads.add(lemma)
    # Rule U9.
    depart, enter, keep_out, stay_out, removal, die = set(), set(), set(), set(), set(), set()
    for lemma, senses in wn.index.items():
        if "-" in lemma:
            continue
        verbs_of = [o for pos, o in senses if pos == "verb"]
        ranked = verbs_of[:COMMONEST]
        forms = None
        for synsets, found in ((DEPART_SYNSETS, depart), (ENTER_SYNSETS, enter),
                               (STAY_OUT_SYNSETS, stay_out), (DIE_SYNSETS, die)):
            if any(o in synsets for o in ranked):
                forms = forms or verb_forms(lemma, verb_exceptions)
                found.update(forms)
        if any(o in KEEP_OUT_SYNSETS for o in ranked) and "_" in lemma:
            # the verb's first word: its particle follows the object ("keep mites out")
            keep_out.update(verb_forms(lemma.split("_")[0], verb_exceptions))
        if any(o in REMOVAL_SYNSETS for o in verbs_of[:COMMONEST_PLACED]):
            removal.update(verb_forms(lemma, verb_exceptions))
    herd_places = set()
    for lemma, senses in wn.index.items():
        if not re.fullmatch(r"[a-z]{3,}", lemma) or lemma not in wn.lowercase:
            continue
        own = [(pos, o) for pos, o in senses if pos == "noun" and (pos, o) not in wn.proper]
        if any(wn.reaches(sense, lambda s: s[1] in HERD_PLACE_ROOTS)
               for sense in own[:HERD_PLACE_SENSES]):
            herd_places.add(lemma)
    noun_exceptions = derive.irregular_forms(folder, "noun")
    for form, bases in noun_exceptions.items():
        if re.fullmatch(r"[a-z]+", form) and any(b in herd_places for b in bases):
            herd_places.add(form)
    # Rule U9: a germ WordNet knows only as one kind of germ, filed among the animals (protozoa
    # and bacteria; fungi and lichens are plants), a microorganism, virus or parasite (not an
    # earthworm), no alga or seaweed, naming no class of them (no hyponyms: "Eimeria",
    # "Costia", "Hexamita"; not "bacteria"), which the vocabulary does not list.
    germ_genera = set()
    for lemma, senses in wn.index.items():
        if not re.fullmatch(r"[a-z]{4,}", lemma) or derive.stem(lemma) in listed:
            continue
        if wn.germ_word(lemma) and all(
                wn.files[s] == "noun.animal" and not wn.hyponyms.get(s)
                and wn.reaches(s, lambda t: wn.names.get(t) in INFECTING_ROOTS
                               or t[1] in PARASITE_ROOTS)
                and not wn.reaches(s, lambda t: t[1] in NOT_GERM_ROOTS
                                   or wn.names.get(t) in PLANTLIKE_ROOTS) for s in senses):
            germ_genera.add(lemma)
    # Rule U9: the nouns whose commonest sense is of the body (noun.body: "body", "bloodstream").
    body_nouns = set()
    for lemma, senses in wn.index.items():
        if not re.fullmatch(r"[a-z]{3,}", lemma) or lemma not in wn.lowercase:
            continue
        own = [(pos, o) for pos, o in senses if pos == "noun" and (pos, o) not in wn.proper]
        if own and wn.files[own[0]] == "noun.body":
            body_nouns.add(lemma)
    # Rule U8: the nouns with a sense that is a part of a body, in any rank.
    part_senses = set()
    for lemma, senses in wn.index.items():
        if not re.fullmatch(r"[a-z]{3,}", lemma) or lemma not in wn.lowercase:
            continue
        if any(pos == "noun" and (pos, o) not in wn.proper
               and wn.reaches((pos, o), lambda s: s[1] == BODY_PART) for pos, o in senses):
            part_senses.add(lemma)
            part_senses.update(b for b in [lemma + "s"] if not lemma.endswith("s"))
    for form, bases in noun_exceptions.items():
        if re.fullmatch(r"[a-z]+", form) and any(b in part_senses for b in bases):
            part_senses.add(form)
    # Rule U4: the animals a cure verb's object may be placed in.
    animals = set()
    for lemma, senses in wn.index.items():
        if not re.fullmatch(r"[a-z]{3,}", lemma) or lemma not in wn.lowercase:
            continue
        own = [(pos, o) for pos, o in senses if pos == "noun" and (pos, o) not in wn.proper]
        files = [wn.files[sense] for sense in own[:ANIMAL_SENSES]]
        before = own[:files.index("noun.animal")] if "noun.animal" in files else []
        made = [wn.reaches(sense, lambda x: wn.names.get(x) in ANIMAL_PRODUCT_ROOTS)
                for sense in before]
        if "noun.animal" in files and all(
                m or (any(made) and wn.files[sense] in ANIMAL_FIGURE_FILES)
                for sense, m in zip(before, made)):
            animals.add(lemma)
    for form, bases in noun_exceptions.items():
        if re.fullmatch(r"[a-z]+", form) and any(b in animals for b in bases):
            animals.add(form)
    # a regular plural the checker's stemmer does not join to its singular ("budgies":
    # "budgy", "budgie": "budgi")
    for lemma in sorted(animals):
        plural = lemma + "s"
        if not lemma.endswith("s") and derive.stem(plural) != derive.stem(lemma):
            animals.add(plural)
    # Rule U3.
    known = set()
    for lemma in wn.index:
        if "_" in lemma:
            continue
        for word in lemma.lower().split("-"):
            if word:
                known.add(derive.stem(word))
    for pos in ("noun", "verb", "adj", "adv"):
        for form, bases in derive.irregular_forms(folder, pos).items():
            for word in [form, *bases]:
                if "_" in word:
                    continue
                for piece in word.lower().split("-"):
                    if piece:
                        known.add(derive.stem(piece))
    for phrase, _ in vocabulary:
        for word in derive.words_of(phrase):
            known.add(derive.stem(word))
    known = sorted(w for w in known if re.fullmatch(r"[a-z]+", w))
    # Rule U11: the nouns of what is wrong with a part of the body, by its kind or by the
    # change it underwent.
    abnormal = set()
    for lemma, senses in wn.index.items():
        if not re.fullmatch(r"[a-z]{5,}", lemma) or lemma not in wn.lowercase:
            continue
        own = [(pos, o) for pos, o in senses if pos == "noun" and (pos, o) not in wn.proper]
        if not own or wn.files[own[0]] in THING_NOUN_FILES | {"noun.body", "noun.person"}:
            continue
        if any(is_ill(wn, sense) or sense in wn.medical_topic or wn.reaches(
                sense, lambda x: wn.names.get(x) in CHANGE_ROOT_NAMES)
               for sense in own[:COMMONEST]):
            abnormal.add(lemma)
    for form, bases in noun_exceptions.items():
        if re.fullmatch(r"[a-z]+", form) and any(b in abnormal for b in bases):
            abnormal.add(form)
    # Rule U12.
    stop_synsets = troponyms(folder, PREVENT_SYNSET, 1) - {PREVENT_SYNSET}
    stop = verbs_of_synsets(wn, stop_synsets, COMMONEST, verb_exceptions)
    # Rule U13.
    fall_ill = set()
    with open(os.path.join(folder, "data.verb"), encoding="latin-1") as f:
        for line in f:
            parts = line.split(" | ")[0].split()
            if line.startswith(" ") or parts[0] not in FALL_ILL_SYNSETS:
                continue
            for i in range(int(parts[3], 16)):
                words = parts[4 + 2 * i].split("(")[0].lower().split("_")
                forms = verb_forms(words[0], verb_exceptions)
                tail = words[1:] + (["with"] if len(words) > 1 else [])
                fall_ill.update(" ".join([form] + tail) for form in forms)
    for lemma in LAY_FALL_ILL:
        fall_ill.update(verb_forms(lemma, verb_exceptions))
    return (sorted(verbs), sorted(of_things), sorted(eradicate), sorted(nouns), known,
            sorted(animals), sorted(avert), sorted(repair), sorted(describing), sorted(therapy),
            sorted(germ_heads), {"depart-verb": sorted(depart), "enter-verb": sorted(enter),
                                 "keep-out-verb": sorted(keep_out),
                                 "stay-out-verb": sorted(stay_out),
                                 "removal-verb": sorted(removal - depart),
                                 # WordNet's exceptions give "dying" for "die", no past
                                 "die-verb": sorted({w for w in die if " " not in w}
                                                    | {w + "d" for w in die if w == "die"}),
                                 "herd-place": sorted(herd_places),
                                 "body-part-sense": sorted(part_senses),
                                 "body-noun": sorted(body_nouns),
                                 "germ-genus": sorted(germ_genera),
                                 "abnormality-noun": sorted(abnormal),
                                 "fall-ill-verb": sorted(fall_ill),
                                 "stop-verb": sorted(stop - therapy)})


def wrap(words, indent="    ", width=100):
    lines, line = [], indent
    for word in words:
        piece = word + ", "
        if len(line) + len(piece.rstrip()) > width:
            lines.append(line.rstrip())
            line = indent
        line += piece
    lines.append(line.rstrip().rstrip(","))
    return "\n".join(lines)


U9_COMMENTS = {
    "depart-verb": "verbs of going away from a place (leave, exit, go out, depart, walk out)",
    "enter-verb": "verbs of coming into a place (enter, get into, reach, penetrate, infest)",
    "keep-out-verb": "the first words of keeping a thing out (keep out, shut out, keep away)",
    "stay-out-verb": "verbs of staying put or remaining outside (stay, stick around)",
    "removal-verb": "verbs of making a thing leave a place (remove, clear, expel, banish, flush)",
    "die-verb": "verbs of dying, one word (die, perish, croak): an animal dies of a condition",
    "herd-place": "nouns of an animal group, a colony, a farm building, a pen, a cage, a kennel",
    "body-part-sense": "nouns with any sense that is a part of a body (rule U8: coronet, hock)",
    "body-noun": "nouns whose commonest sense is of the body (body, bloodstream, blood)",
    "germ-genus": "words WordNet knows only as a germ, the vocabulary not at all (Eimeria)",
    "abnormality-noun": "rule U11: nouns of ill health or of a change of shape, size or place "
                        "(anomaly, curvature, displacement, narrowing)",
    "stop-verb": "rule U12: verbs of stopping a thing from happening (stop, halt, block, "
                 "thwart, ward off): what one stops in an animal is its condition",
    "fall-ill-verb": "rule U13: verbs of falling ill (catch, contract, get, come down with, "
                     "suffer): after a negated future, the prevent frame",
}


def render_pack(verbs, of_things, eradicate, nouns, animals, avert, repair, therapy, germ_heads,
                departure):
    return "\n".join([
        "# Derived by .ci/vocab/derive-cure-objects.py (rules U1, U2) from WordNet 3.0",
        "# (Princeton) and the condition vocabulary; do not edit. Run the script again to",
        "# regenerate; its docstring gives the rules. Read by TaggedSentence+CureObjects.swift.",
        "classes:",
        "  # Rule U1: verbs whose commonest senses include to make healthy (they take a",
        "  # @disease-sense-noun or an unknown word as a condition) ...",
        "  cure-verb: [",
        wrap(verbs),
        "  ]",
        "  # The @cure-verb words with another commonest sense that takes a thing as its object",
        "  # (to preserve meat, to harden resin).",
        "  cure-verb-of-things: [",
        wrap(of_things),
        "  ]",
        "  # ... or to destroy completely (they take an unknown word as a condition).",
        "  eradicate-verb: [",
        wrap(eradicate),
        "  ]",
        "  # Rule U2: nouns whose commonest WordNet sense is ill health and that the vocabulary",
        "  # does not list; after a @cure-verb the medical sense is meant.",
        "  disease-sense-noun: [",
        wrap(nouns),
        "  ]",
        "  # Rule U4: nouns whose commonest WordNet sense is an animal (noun.animal), with",
        "  # WordNet's irregular plurals: a cure verb's object placed in one is its disease.",
        "  living-body: [",
        wrap(animals),
        "  ]",
        "  # Rule U5: verbs whose commonest senses include to keep from happening or to ward",
        "  # off, and to mend: their object may be a condition named by a part of the body.",
        "  avert-verb: [",
        wrap(avert),
        "  ]",
        "  repair-verb: [",
        wrap(repair),
        "  ]",
        "  # Rule U6: verbs whose commonest senses include to make a bad state go away (make",
        "  # healthy, take out, reverse, defeat, drive away, bring to an end): after one, an",
        "  # unknown word, an abbreviation or a germ's name ending its object is a condition.",
        "  therapy-verb: [",
        wrap(therapy),
        "  ]",
        "  # Rule U7: nouns that name a class of germs or parasites (WordNet): the head of a",
        "  # germ's name (\"Heartland virus\", \"northern fowl mite\").",
        "  germ-head: [",
        wrap(germ_heads),
        "  ]",
        "  # Rule U9: a condition leaving a body or a herd's place, never entering one, kept",
        "  # out of one or removed from one is what the copy promises (\"norovirus exits your",
        "  # gut\", \"keep mastitis out of the parlour\", \"Eimeria flushed out of the flock\").",
        *[line for name, words in departure.items() for line in (
            f"  # {U9_COMMENTS[name]}", f"  {name}: [", wrap(words), "  ]")],
        "rules: []",
        "",
    ])


def render_known(known):
    return "\n".join([
        "# Derived by .ci/vocab/derive-cure-objects.py (rule U3) from WordNet 3.0 (Princeton)",
        "# and the condition vocabulary; do not edit. The stems of every word they know, one a",
        "# line: a word of copy whose stem is not here is unknown to them.",
        *known,
        "",
    ])


def render_describing(describing):
    return "\n".join([
        "# Derived by .ci/vocab/derive-cure-objects.py (rule U5) from WordNet 3.0 (Princeton);",
        "# do not edit. Columns: stem, kind. The stems of the words that describe rather than",
        "# name a kind (-): every word WordNet knows as an adjective or adverb, in any sense,",
        "# and every noun whose commonest sense is a time; before a part of the body such a word",
        "# says what the part is like (\"dry skin\", \"winter skin\"), not which condition it",
        "# names. And (thing) the nouns whose commonest sense is an artifact: after a verb of",
        "# mending or warding off, the part is a thing's (\"fixes chair legs\").",
        *[f"{w}\t{k}" for w, k in sorted(describing)],
        "",
    ])


def main():
    args, lists = derive.wordnet_lists(__doc__.split("\n")[0], derive_lists)
    if lists is None:
        return 2
    (verbs, of_things, eradicate, nouns, known, animals, avert, repair, describing, therapy,
     germ_heads, departure) = lists
    if args.stats:
        print(f"cure-verb: {len(verbs)}; eradicate-verb: {len(eradicate)}; disease-sense-noun: "
              f"{len(nouns)}; known stems: {len(known)}; therapy-verb: {len(therapy)}; "
              f"germ-head: {len(germ_heads)}; "
              + "; ".join(f"{k}: {len(v)}" for k, v in departure.items()), file=sys.stderr)
    outputs = {PACK: render_pack(verbs, of_things, eradicate, nouns, animals, avert, repair,
                                 therapy, germ_heads, departure),
               KNOWN: render_known(known), DESCRIBING: render_describing(describing)}
    return derive.write_or_check(outputs, args.check, "a fresh derivation")


if __name__ == "__main__":
    sys.exit(main())
