#!/usr/bin/env python3
"""Derives the word classes of the testimonial-arc reading from WordNet.

    python3 .ci/craft/derive-arc-classes.py [--wordnet DIR] [--vocabulary FILE] [--check]

A testimonial arc tells of an everyday ability a person or an animal lost for a long time and
has again beside the product ("I couldn't get out of bed for months; two weeks of the capsules
and I'm myself again"). The reading (`RulePacks/testimonial-arcs.yaml`) needs two classes of
words no hand list should hold, and this script derives them from WordNet 3.0 (Debian
`wordnet-base`) into `Sources/EvidentCheck/RulePacks/arc-classes.yaml`:

- `@arc-ability`: what a body does. Rule A1: a verb (one word, or WordNet's multi-word lemma:
  "get up", "fall asleep") whose commonest sense (WordNet lists senses by frequency) is filed
  under `verb.body` (sleep, swallow, breathe, dress), `verb.motion` (walk, climb, get up),
  `verb.consumption` (eat, chew, drink) or `verb.contact` (hold, grip, kneel, sit, hug). Being
  unable to do one of these for months is a disability; being unable to do a thing of the mind,
  of making, owning or dealing with people ("get the hang of", "afford", "repair") is not. Verbs of perceiving (`verb.perception`) are left out:
  after "couldn't" they take the mind's objects as often ("couldn't see the point"), and a
  sense lost and restored is implied.yaml's reading (`@sense-verb`). Rule A3: the verb is
  written as a verb in running English: WordNet's semantic concordance (`cntlist.rev`, SemCor)
  tagged its verb senses at least three times, and at least as often as its noun senses. A word
  of a class is no longer an unknown word to the other readings (rule U4 reads "cures slobbers
  in foals" because "slobbers" is in no class), so the classes hold only the verbs a story
  uses as verbs ("walk", "kneel", "swallow"; not "slobber", "founder" or "scour"). Rule A2:
  verbs that also mean ceasing (a lemma of a synset of "cease": "stop", "quit") are left out:
  after "couldn't" they take the ability as their object ("couldn't stop scratching").
- `@arc-movement`: rule A1's verbs of `verb.motion` alone (walk, climb, get up, jump): an
  ability lost and then done beside the product, with no span said, is a body that could not
  move; a night's sleep or a meal missed is not (occasional sleeplessness is a normal state).
- `@arc-condition-verb`: a condition told as a verb ("our lurcher convulsed", "the sow
  prolapsed", "ten years of coughing"). Rule C1: a verb whose commonest sense WordNet derives
  from a noun (its `+` pointer, word to word) in a sense that is a condition, the noun's
  commonest sense being one too (a kind of ill health, disorder, symptom, injury, pain,
  abnormality or infection: the vocabulary's `MEDICAL_ROOTS` less physiological state, so
  "sleep" is no condition): cough, sneeze, convulse, fibrillate, prolapse, stammer. Rule C2: a
  verb whose commonest sense is filed under `verb.body` and whose stem is a one-word disease or
  symptom of the condition vocabulary (`Vocabulary/conditions.tsv`): faint, snore, squint,
  vomit. Rule C4: a verb whose -ing form WordNet has as a noun whose commonest sense is a
  condition ("limping" is lameness, "shivering" a chill): limp, shiver. Rule C5: a verb whose
  word is first a condition as a noun (its commonest noun sense, written in lowercase:
  "founder" is first laminitis, "wound" an injury), the verb first one of neither contact,
  communication, emotion nor change (a bite, a warble, a boil): founder, wound, collapse; a
  class of their own (`@arc-condition-noun-verb`), as the noun is also a person or a thing
  ("our founder"), so the rules read one as a verb only after an animal's kind or a pronoun.
  Rule C3: verbs whose commonest sense is filed under contact, creation, emotion, social life,
  cognition, weather, possession or competition are otherwise left out: they take an object, a
  mind or a thing owned ("bit the postman", "plagued by doubts", "wasted money"), and a body
  undergoing a condition does none.
- `@arc-covering`: a body's covering or hard tissue, which a disease can strip and a claim
  says grows back. Rule B1: a noun with a sense filed under `noun.body` or `noun.animal` whose
  hypernyms reach body covering, horny structure (nails, hooves), gum (gingiva) or solid body
  substance (enamel, bone), less a hairdo's kinds (a shape given to hair: "bob", "perm"):
  hair, fur, coat, feather, scalp, nail, gum, enamel.
- `@arc-covering-loss`: the words WordNet gives a body part that has lost its covering. Rule
  L1: the adjectives of the senses "having no hair or fur" (hairless), "lacking its natural or
  customary covering" (bare), "not dense" (sparse: "a thin beard") and "(of a hairline) moving
  slowly back" (receding), with the senses WordNet lists as similar to them; the verbs whose
  commonest sense WordNet derives from them (thin, bald).
- `@arc-regrow`: a covering growing again. Rule G1: a verb with a sense of "grow" filed under
  `verb.body` (a body growing a part: "grow a beard") or a troponym of one, down every level
  (regrow, sprout, fledge). Rule G2: the antonyms WordNet gives rule L1's verbs (thin →
  thicken): the change the loss undoes. Rule G3: only verbs whose commonest sense is filed
  under `verb.body` or `verb.change` ("get", "acquire" and "cut" are first of owning and
  cutting).
- `@arc-sleepless`: a body kept from sleep ("ten years of lying awake"). Rule W1: the words of
  WordNet's sense "not in a state of sleep" (awake), not the senses it lists as similar, which
  name a watch or a time of day ("watchful waiting", "waking at dawn") as often.
- `@arc-episode`, `@arc-episode-shared`, `@arc-episode-verb`: an episode of a condition, which
  a story counts or says is gone ("not one seizure since", "no vestibular episodes in four
  months", "hasn't fitted once"). Rule E1 (`@arc-episode`): a noun whose commonest sense is
  WordNet's attack.n "a sudden occurrence of an uncontrollable condition" or one of its
  hyponyms, down every level (seizure, convulsion, paroxysm, clonus, heart attack). Rule E2
  (`@arc-episode-shared`): a noun with such a sense that is not its commonest (attack, fit,
  flare, stroke, absence), and the words of WordNet's senses of a happening counted as an
  occurrence or a recurrence, or a period marked by an illness (`OCCURRENCE_SENSES`: episode,
  case and instance, flare-up, recurrence, relapse, bout "a period of illness", spell "a
  period marked by some action or condition", blackout "a momentary loss of consciousness"):
  their commonest sense is a thing of another kind ("a fit of giggles", "an attack on the
  goal", "an accident on the carpet"), so the rules read one only after a condition or a part
  of the body's adjective, or before "of" and a condition. Rule E3 (`@arc-episode-verb`): a
  verb written as a rule-E1 or E2 noun of attack.n, or as the base of its nominalisation in
  -ure or -sion (seizure: seize; convulsion: convulse), when the noun's episode sense is its
  commonest (rule E1) or the verb's commonest sense is filed under none of contact,
  perception and competition (stroke, touch, spot and attack are first acts on a thing): seize,
  convulse, fit, flare. The rules read one only after its sufferer with a rate ("fitted twice
  a week") or a negation ("hasn't seized since").
- `@arc-waste`, `@arc-waste-adjective` (session 24, signs only): a body's waste told as a sign
  ("bloody droppings", "watery stools", "dark urine"), which a story or a promise says clears
  or is gone. Rule X1 (`@arc-waste`): a one-word noun whose commonest sense is, or has as a
  hypernym, WordNet's body waste (excretion, excreta: feces, urine, vomit and their other
  words, droppings, dung), mucus (phlegm, sputum, snot) or pus. Rule X2: a noun with such a
  sense that is not its commonest, when a two-word symptom term of the condition vocabulary
  ends with it ("watery stool": "stool" is first a seat). Rule X3 (`@arc-waste-adjective`): the
  first word of a two-word symptom term of the vocabulary ending with a rule X1 or X2 noun,
  which WordNet has as an adjective and SemCor tagged as an adjective at least as often as as
  a noun (bloody, watery, dark, black, greasy; not "eye" of "eye discharge"). A body's waste
  alone is no sign ("no more droppings on the patio"): the rules read a waste noun only after
  such an adjective.
- `@arc-kin`: who a story's before-state is about besides "I", a pronoun or a pet. Rule K1: a
  noun whose commonest sense is a relative or a young person (WordNet's `relative.n.01` and
  `juvenile.n.01`, with every hyponym): "nephew", "toddler", "grandson".

- `@arc-dose-measure` (session 32): what a story counts the product it took in ("half a tub
  of the mud cream", "one box of the red clover", "a sachet of the pond tonic", "two bottles of
  the tincture later"). Rule Q1: a one-word noun whose commonest sense is WordNet's container
  (container.n.01: tub, box, bottle, jar, sachet, pouch, carton) or containerful
  (containerful.n.01: spoonful, capful, handful) or a kind of one, down every level, less the
  vehicles WordNet files under container (vehicle.n.01 and its kinds: a car, a pram, a
  wagon); or a noun with such a sense whose commonest sense is a made thing or a quantity
  (`noun.artifact`, `noun.quantity`: "tube", "packet"; not "chest", a part of the body, nor
  "glass", a material): a quantity of the product used up, the grammar of an intake, not a
  thing of the story.

- `@arc-age-hue` (session 32): a covering turned the colour of age ("our collie's coat went
  grey", "a grizzled muzzle"), which is ageing, not a sign of illness. Rule H1: the words of
  WordNet's adjective sense "showing characteristics of age, especially having grey or white
  hair" (hoary's commonest sense: grey, gray, grizzly, hoary, white-haired), a hyphen read as
  a space.

- `@arc-weep`, `@arc-spin`, `@arc-soak` (session 33, a story's signs told by events, not body
  words: "I'd sit crying in the car", "the ceiling whirled", "the sheets soaked"). Rule W2
  (`@arc-weep`): the words of WordNet's weep.v.01 ("shed tears because of sadness, rage, or
  pain": cry, weep), and a one-word verb whose commonest sense is a troponym of it, down every
  level (sob, blubber, sniffle); "tear" is first to rip. Rule V1 (`@arc-spin`): a one-word verb whose
  commonest sense is the commonest sense of "spin" (revolve quickly around one's own axis:
  whirl, reel, gyrate), of "whirl" (twirl, swirl) or of "reel" (stagger, lurch, careen), or a
  troponym of one: the room or the ceiling turning round a body that is still (vertigo). Rule
  D1 (`@arc-soak`): the words of the adjective sense "wet through and through; thoroughly
  wet" (sodden, soppy), and the past and -ing forms of the verbs whose commonest sense makes a
  thing thoroughly wet (soak.v.01 "submerge in a liquid", drench.v.01 "drench or submerge or
  be drenched or submerged") and of their troponyms: a bed or nightclothes soaked at night is
  a body sweating.

Rule I1: the four classes above also hold the past and -ing forms of their one-syllable
words, which double the final consonant and which the checker's stemmer does not bring back to the word
("thinning", "furred"), as a covering's noun is also its verb ("the patch furred over"); rule
I2 adds the irregular forms WordNet lists for the verbs of the verb classes (`verb.exc`:
"grew", "grown"). Rule S1 leaves out of all four a word whose stem the checker gives a word of
another family ("bare" is stemmed as "bar", "mane" as "man").

Every step is a written rule applied to every word alike; there is no list of hand-picked
words. The output is sorted and byte-identical on every run; `--check` compares instead of
writing (exit 1 on a difference).
"""

import argparse
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, ".ci", "vocab"))
import derive  # noqa: E402  (WordNet reader and the write-or-check tail)

OUT = os.path.join(ROOT, "Sources", "EvidentCheck", "RulePacks", "arc-classes.yaml")
# Rule A1's lexicographer files: what a body does.
ABILITY_FILES = {"verb.body", "verb.motion", "verb.consumption", "verb.contact"}
# Rule K1's roots: the commonest senses of these nouns, with every hyponym.
KIN_ROOTS = ["relative", "juvenile"]
# Rule A3: how often SemCor must have tagged a lemma as a verb.
MIN_VERB_COUNT = 3
# A word of copy: lowercase letters, words joined by "_" in WordNet's multi-word lemmas.
LEMMA = re.compile(r"^[a-z]+(_[a-z]+)*$")
# Rule C1: a condition, as the vocabulary's rules read WordNet, less physiological state
# (sleep, hunger and arousal are states of every healthy body).
PHYSIOLOGICAL_STATE = "14034177"
CONDITION_ROOTS = set(derive.MEDICAL_ROOTS) - {PHYSIOLOGICAL_STATE}
# Rule C3: lexicographer files of verbs that take an object or a mind, not a body's state.
NOT_UNDERGONE = {"verb.contact", "verb.creation", "verb.emotion", "verb.social",
                 "verb.cognition", "verb.weather", "verb.possession", "verb.competition"}
# Rule C5: lexicographer files of verbs that take an object, a voice or a mind, or change a
# thing ("boil", "burn": a cook's verbs before a boil's or a burn's).
NOT_A_BODY_VERB = {"verb.contact", "verb.communication", "verb.emotion", "verb.change"}
# Rule B1: the noun synsets a covering or hard tissue of the body reaches: body covering,
# horny structure, gum (gingiva), solid body substance (enamel, dentine, bone).
COVERING_ROOTS = {"05237755", "05581514", "05304932", "05264081"}
COVERING_FILES = {"noun.body", "noun.animal"}
# Rule B1: a hairdo is hair's shape, not a covering lost ("ponytail", "bob", "perm").
HAIRDO = "05256862"
# Rule L1: the adjective senses of a body part without its covering: hairless, bare ("lacking
# its natural or customary covering"), sparse ("a thin beard"), receding ("of a hairline").
LOSS_SENSES = {"00210446", "01698401", "00542359", "00202411"}
# Rule W1: the adjective sense "not in a state of sleep" (awake).
AWAKE_SENSE = "00186616"
# Rule G3: the lexicographer files of a verb that is first a body's growing or a change.
REGROW_FILES = {"verb.body", "verb.change"}
# Rule E1: WordNet's attack.n "a sudden occurrence of an uncontrollable condition".
EPISODE_ROOT = "14081375"
# Rule E2: the senses of a happening counted as an occurrence or a recurrence, or a period
# marked by an illness: episode.n.01, case.n.01 (instance), flare-up.n.01, recurrence.n.01,
# relapse.n.01, bout.n.02 ("a period of illness"), spell.n.03 ("a period of indeterminate length
# marked by some action or condition"), blackout.n.01 ("a momentary loss of consciousness").
OCCURRENCE_SENSES = {"07289956", "07308889", "07434942", "07343363", "00068333", "15119072",
                     "15246353", "05679800"}
# Rule E3: the lexicographer files of a verb that is first an act on a thing (stroke, touch,
# spot, attack).
NOT_AN_EPISODE_VERB = {"verb.contact", "verb.perception", "verb.competition"}
# Rule E3: the suffixes of a nominalisation and the endings of the verb it names.
NOMINALISATIONS = (("ure", ("", "e")), ("sion", ("se", "de")))
# Rule X1: what a body passes or discharges: WordNet's body waste (excretion, excreta:
# feces, urine, vomit), mucus (phlegm, sputum, snot) and pus.
WASTE_ROOTS = {"14853947", "05415395", "05417472"}
# Rule Q1: what a product is counted in (container.n.01, containerful.n.01), less vehicles
# (vehicle.n.01: WordNet files wheeled vehicles under container too).
MEASURE_ROOTS = ["container", "containerful"]
NOT_A_MEASURE_ROOTS = ["vehicle"]
# Rule Q1: a word counts a product when a sense of it is such a container and its commonest
# sense is a made thing or a quantity ("tube", "tin" is first a metal, "chest" a part of the body).
MADE_THINGS = {"noun.artifact", "noun.quantity"}
# Rule H1: the sense of age's colour, found by the word whose commonest adjective sense it is.
AGE_HUE_WORD = "hoary"
# Rule W2: the sense of weeping, found by the word whose commonest verb sense it is.
WEEP_WORD = "weep"
# Rule V1: the senses of turning round, found by the words whose commonest verb senses they are.
SPIN_WORDS = ["spin", "whirl", "reel"]
# Rule D1: the adjective sense "wet through and through" (sodden.s.01), and the verbs whose
# commonest sense makes a thing thoroughly wet.
SODDEN_SENSE = "02549033"
SOAK_WORDS = ["soak", "drench"]
# Rule G1: the senses of "grow" are found by the word itself.
GROW = "grow"


def commonest(wordnet, lemma, pos):
    """The lemma's commonest sense of a part of speech (WordNet orders senses by frequency),
    proper nouns left out ("Abraham" is no relative of the reader's)."""
    return next((s for s in wordnet.index.get(lemma, [])
                 if s[0] == pos and s not in wordnet.proper), None)


def tag_counts(folder):
    """Rule A3's counts: per lemma, how often SemCor tagged its noun and its verb senses."""
    counts = {}
    with open(os.path.join(folder, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            key, _, count = line.split()
            lemma, rest = key.split("%", 1)
            pos = {"1": "noun", "2": "verb"}.get(rest[:1])
            if pos:
                counts.setdefault(lemma, {"noun": 0, "verb": 0})[pos] += int(count)
    return counts


def written_as_verb(counts, lemma):
    """Rule A3."""
    seen = counts.get(lemma, {"noun": 0, "verb": 0})
    return seen["verb"] >= MIN_VERB_COUNT and seen["verb"] >= seen["noun"]


def abilities(wordnet, counts, files=ABILITY_FILES):
    """Rules A1 to A3 (the verbs of `files`)."""
    cease = {s for s in wordnet.index.get("cease", []) if s[0] == "verb"}
    ceasing = {lemma for lemma, senses in wordnet.index.items()
               if any(s in cease for s in senses)}
    words = set()
    for lemma in wordnet.index:
        if not LEMMA.match(lemma) or lemma in ceasing:
            continue
        sense = commonest(wordnet, lemma, "verb")
        if sense and wordnet.files[sense] in files and written_as_verb(counts, lemma):
            words.add(lemma.replace("_", " "))
    return words


def hyponym_closure(wordnet, roots, closure=None):
    """The senses `roots` and every kind of them (WordNet's hyponyms, all the way down), added
    to `closure` when it is given."""
    closure, todo = set() if closure is None else closure, list(roots)
    while todo:
        sense = todo.pop()
        if sense in closure:
            continue
        closure.add(sense)
        todo.extend(wordnet.hyponyms.get(sense, []))
    return closure


def kin(wordnet):
    """Rule K1."""
    roots = [commonest(wordnet, word, "noun") for word in KIN_ROOTS]
    closure = hyponym_closure(wordnet, [r for r in roots if r])
    words = set()
    for lemma in wordnet.index:
        if LEMMA.match(lemma) and commonest(wordnet, lemma, "noun") in closure:
            words.add(lemma.replace("_", " "))
    return words


class Pointers:
    """The WordNet pointers the rules below follow and `derive.WordNet` does not keep: verb to
    verb hypernyms, word-to-word derivations ("+") from verbs, and adjectives' similar-to
    ("&") and antonym ("!") links."""

    def __init__(self, folder):
        self.verb_hypernyms = {}
        self.derived = {}
        self.similar = {}
        self.antonyms = {}
        self.words = {}
        self.written = {}
        for pos in ("noun", "verb", "adj"):
            with open(os.path.join(folder, "data." + pos), encoding="latin-1") as f:
                for line in f:
                    if line.startswith(" "):
                        continue
                    parts = line.split(" | ")[0].split()
                    offset, count = parts[0], int(parts[3], 16)
                    written = [parts[4 + 2 * i].split("(")[0] for i in range(count)]
                    words = [w.lower() for w in written]
                    self.words[(pos, offset)] = words
                    self.written[(pos, offset)] = written
                    k = 4 + 2 * count
                    for i in range(int(parts[k])):
                        symbol, target, target_pos, numbers = parts[k + 1 + 4 * i:k + 5 + 4 * i]
                        tpos = {"n": "noun", "v": "verb", "a": "adj", "s": "adj"}.get(target_pos)
                        source, goal = int(numbers[:2], 16), int(numbers[2:], 16)
                        key = (pos, offset)
                        if pos == "verb" and symbol == "@" and tpos == "verb":
                            self.verb_hypernyms.setdefault(key, []).append((tpos, target))
                        elif symbol == "+" and source and goal:
                            self.derived.setdefault(key, []).append(
                                (words[source - 1], (tpos, target), goal))
                        elif pos == "adj" and symbol == "&":
                            self.similar.setdefault(key, []).append((tpos, target))
                        elif pos in ("adj", "verb") and symbol == "!":
                            self.antonyms.setdefault(key, []).append((tpos, target))

    def derived_words(self, lemma, sense, pos):
        """The words of `pos` WordNet derives from `lemma` in `sense`, with their senses."""
        out = []
        for word, target, goal in self.derived.get(sense, []):
            if word == lemma and target[0] == pos:
                out.append((self.words[target][goal - 1], target))
        return out


def verb_words(wordnet, pick):
    """Every verb lemma (a word of copy) whose commonest sense passes `pick(lemma, sense)`."""
    words = set()
    for lemma in wordnet.index:
        if not LEMMA.match(lemma):
            continue
        sense = commonest(wordnet, lemma, "verb")
        if sense and pick(lemma, sense):
            words.add(lemma.replace("_", " "))
    return words


def is_condition(wordnet, sense):
    """Rule C1's test of a noun sense."""
    return wordnet.reaches(sense, lambda s: s[0] == "noun" and s[1] in CONDITION_ROOTS)


def one_word_conditions(path):
    """Rule C2: the stems of the vocabulary's one-word diseases and symptoms."""
    stems = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            phrase, kind = line.rstrip("\n").split("\t")[:2]
            phrase = phrase.strip('"')
            if kind in ("disease", "symptom") and re.fullmatch(r"[a-z]+", phrase):
                stems.add(derive.stem(phrase))
    return stems


def condition_verbs(wordnet, pointers, vocabulary):
    """Rules C1 to C5: the verbs of rules C1 to C4, and those of rule C5 alone."""
    conditions = one_word_conditions(vocabulary)

    def told(lemma, sense):
        if wordnet.files[sense] in NOT_UNDERGONE:
            return False
        for noun, target in pointers.derived_words(lemma, sense, "noun"):
            first = commonest(wordnet, noun, "noun")
            if is_condition(wordnet, target) and first and is_condition(wordnet, first):
                return True
        if "_" in lemma:
            return False
        if wordnet.files[sense] == "verb.body" and derive.stem(lemma) in conditions:
            return True
        # Rule C4: the -ing form is a noun whose commonest sense is a condition.
        return any(form.endswith("ing") and (first := commonest(wordnet, form, "noun"))
                   and is_condition(wordnet, first)
                   for form in derive.inflections(lemma))

    def named(lemma, sense):
        # Rule C5: the word is first a condition as a noun ("founder" is first laminitis),
        # written in lowercase (not an acronym: "ADD", "GAD"), the verb not one of contact,
        # communication, emotion or change.
        noun = commonest(wordnet, lemma, "noun")
        return bool(noun and is_condition(wordnet, noun) and lemma in pointers.written[noun]
                    and wordnet.files[sense] not in NOT_A_BODY_VERB)
    verbs = verb_words(wordnet, told)
    return verbs, verb_words(wordnet, named) - verbs


def episode_senses(wordnet):
    """Rule E1's senses: attack.n and its hyponyms, down every level."""
    closure, todo = set(), [("noun", EPISODE_ROOT)]
    while todo:
        sense = todo.pop()
        if sense not in closure:
            closure.add(sense)
            todo.extend(wordnet.hyponyms.get(sense, []))
    return closure


def episodes(wordnet, pointers):
    """Rules E1 and E2: the nouns whose commonest sense is an episode, and the others."""
    closure = episode_senses(wordnet)
    first, shared = set(), set()
    for lemma, senses in wordnet.index.items():
        if not LEMMA.match(lemma) or not any(s in closure for s in senses):
            continue
        (first if commonest(wordnet, lemma, "noun") in closure else shared).add(lemma)
    for offset in OCCURRENCE_SENSES:
        shared.update(w for w in pointers.words[("noun", offset)] if LEMMA.match(w))
    shared -= first
    return ({w.replace("_", " ") for w in first}, {w.replace("_", " ") for w in shared})


def episode_verbs(wordnet):
    """Rule E3."""
    closure = episode_senses(wordnet)
    verbs = set()
    for lemma, senses in wordnet.index.items():
        if not LEMMA.match(lemma) or "_" in lemma or not any(s in closure for s in senses):
            continue
        first = commonest(wordnet, lemma, "noun") in closure
        bases = [lemma] + [lemma[:-len(suffix)] + ending
                           for suffix, endings in NOMINALISATIONS if lemma.endswith(suffix)
                           for ending in endings]
        for base in bases:
            sense = commonest(wordnet, base, "verb")
            if sense and (first or wordnet.files[sense] not in NOT_AN_EPISODE_VERB):
                verbs.add(base)
    return verbs


def coverings(wordnet):
    """Rule B1."""
    words = set()
    for lemma, senses in wordnet.index.items():
        if not LEMMA.match(lemma):
            continue
        for sense in senses:
            if (sense[0] == "noun" and sense not in wordnet.proper
                    and wordnet.files[sense] in COVERING_FILES
                    and wordnet.reaches(sense, lambda s: s[1] in COVERING_ROOTS,
                                        stop=lambda s: s[1] == HAIRDO)):
                words.add(lemma.replace("_", " "))
                break
    return words


def loss_senses(pointers):
    """Rule L1's adjective senses: the four and those similar to them."""
    senses = {("adj", o) for o in LOSS_SENSES}
    for sense in list(senses):
        senses.update(pointers.similar.get(sense, []))
    return senses


def losses(wordnet, pointers):
    """Rule L1: the adjectives of the loss senses and the verbs derived from them."""
    senses = loss_senses(pointers)
    words = {w.replace("_", " ") for s in senses for w in pointers.words[s] if LEMMA.match(w)}

    def pick(lemma, sense):
        return any(target in senses
                   for _, target in pointers.derived_words(lemma, sense, "adj"))
    return words | verb_words(wordnet, pick)


def sleepless(wordnet, pointers):
    """Rule W1: the words of the sense awake ("not in a state of sleep"); not the senses
    WordNet lists as similar, which name a kind of watch or a time of day ("watchful",
    "waking", "up") as often as a body kept from sleep."""
    return {w.replace("_", " ") for w in pointers.words[("adj", AWAKE_SENSE)]
            if LEMMA.match(w)}


def troponyms(pointers, roots):
    """The verb senses `roots` and every troponym of them (verbs whose hypernym they are),
    all the way down."""
    below = {}
    for sense, ups in pointers.verb_hypernyms.items():
        for up in ups:
            below.setdefault(up, []).append(sense)
    closure, todo = set(), list(roots)
    while todo:
        sense = todo.pop()
        if sense not in closure:
            closure.add(sense)
            todo.extend(below.get(sense, []))
    return closure


def first_in(wordnet, pointers, closure):
    """The one-word verbs of the senses in `closure` whose commonest verb sense is among them."""
    words = {w for sense in closure for w in pointers.words.get(sense, [])}
    return {w for w in words if LEMMA.match(w) and "_" not in w
            and commonest(wordnet, w, "verb") in closure}


def weeping(wordnet, pointers):
    """Rule W2: the words of the sense itself ("cry" is first to shout, yet a story's "cried"
    beside a turn is tears), and the troponyms' words whose commonest sense is one of them."""
    root = commonest(wordnet, WEEP_WORD, "verb")
    return ({w for w in pointers.words[root] if LEMMA.match(w)}
            | first_in(wordnet, pointers, troponyms(pointers, [root])))


def spinning(wordnet, pointers):
    """Rule V1."""
    roots = [commonest(wordnet, word, "verb") for word in SPIN_WORDS]
    return first_in(wordnet, pointers, troponyms(pointers, [r for r in roots if r]))


def soaking(wordnet, pointers, irregular):
    """Rule D1."""
    words = {w for w in pointers.words[("adj", SODDEN_SENSE)] if LEMMA.match(w)}
    roots = [commonest(wordnet, word, "verb") for word in SOAK_WORDS]
    for verb in first_in(wordnet, pointers, troponyms(pointers, [r for r in roots if r])):
        stem = verb[:-1] if verb.endswith("e") else verb
        words.update({stem + "ed", stem + "ing"})
        words.update(f for f in irregular.get(verb, ()) if LEMMA.match(f))
    return words


def regrowth(wordnet, pointers):
    """Rules G1 and G2."""
    grow = {s for s in wordnet.index.get(GROW, [])
            if s[0] == "verb" and wordnet.files[s] == "verb.body"}

    def grows(sense):
        seen, stack = set(), [sense]
        while stack:
            current = stack.pop()
            if current in grow:
                return True
            if current not in seen:
                seen.add(current)
                stack.extend(pointers.verb_hypernyms.get(current, []))
        return False
    words = set()
    for lemma, senses in wordnet.index.items():
        if LEMMA.match(lemma) and any(s[0] == "verb" and grows(s) for s in senses):
            words.add(lemma)
    for word in losses(wordnet, pointers):
        for sense in wordnet.index.get(word.replace(" ", "_"), []):
            if sense[0] == "verb":
                for target in pointers.antonyms.get(sense, []):
                    words.update(w for w in pointers.words[target] if LEMMA.match(w))
    # Rule G3: the verb is first a verb of the body or of change ("get", "cut" and "acquire"
    # are first of owning and cutting).
    return {w.replace("_", " ") for w in words
            if wordnet.files.get(commonest(wordnet, w, "verb")) in REGROW_FILES}


def waste(wordnet, vocabulary, folder):
    """Rules X1 to X3: what a body passes or discharges, and the words the vocabulary's symptom
    terms describe it with."""
    def is_waste(sense):
        return sense is not None and wordnet.reaches(
            sense, lambda s: s[0] == "noun" and s[1] in WASTE_ROOTS)

    # Rule X1: a noun whose commonest sense is waste or a body's fluid.
    first = {lemma for lemma in wordnet.index
             if LEMMA.match(lemma) and "_" not in lemma
             and is_waste(commonest(wordnet, lemma, "noun"))}
    terms = []
    with open(vocabulary, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            phrase, kind = line.rstrip("\n").split("\t")[:2]
            words = phrase.strip('"').split()
            if kind == "symptom" and len(words) == 2 and all(LEMMA.match(w) for w in words):
                terms.append(words)
    # Rule X2: a noun with such a sense that is not its commonest, which a symptom term of the
    # vocabulary ends with ("watery stool", "nasal discharge"): the term says which sense.
    def has_waste_sense(word):
        singular = [word, word[:-1]] if word.endswith("s") else [word]
        return any(is_waste(s) for w in singular for s in wordnet.index.get(w, [])
                   if s[0] == "noun")
    heads = first | {head for _, head in terms if has_waste_sense(head)}
    adjective_counts = {}
    with open(os.path.join(folder, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            key, _, count = line.split()
            lemma, rest = key.split("%", 1)
            pos = {"1": "noun", "3": "adj", "5": "adj"}.get(rest[:1])
            if pos:
                adjective_counts.setdefault(lemma, {"noun": 0, "adj": 0})[pos] += int(count)
    # Rule X3: the first word of such a two-word symptom term that WordNet has as an adjective
    # and SemCor tagged as one at least as often as as a noun (bloody, watery, dark, greasy,
    # nasal; not "eye", "nipple", "wound").
    def adjective_first(word):
        if not any(s[0] == "adj" for s in wordnet.index.get(word, [])):
            return False
        seen = adjective_counts.get(word, {"noun": 0, "adj": 0})
        return seen["adj"] >= seen["noun"]
    adjectives = {modifier for modifier, head in terms
                  if head in heads and adjective_first(modifier)}
    return {w.replace("_", " ") for w in heads}, adjectives


def dose_measures(wordnet):
    """Rule Q1."""
    def roots(words):
        return [r for r in (commonest(wordnet, word, "noun") for word in words) if r]
    closure = hyponym_closure(wordnet, roots(MEASURE_ROOTS))
    closure -= hyponym_closure(wordnet, roots(NOT_A_MEASURE_ROOTS))
    words = set()
    for lemma, senses in wordnet.index.items():
        first = commonest(wordnet, lemma, "noun")
        if (LEMMA.match(lemma) and "_" not in lemma and first
                and wordnet.files[first] in MADE_THINGS
                and any(s in closure for s in senses if s[0] == "noun")):
            words.add(lemma)
    return words


def age_hues(wordnet):
    """Rule H1."""
    sense = next((s for s in wordnet.index.get(AGE_HUE_WORD, []) if s[0] == "adj"), None)
    return {lemma.replace("_", " ").replace("-", " ") for lemma, senses in wordnet.index.items()
            if sense in senses}


def irregular_forms(folder):
    """Rule I2: WordNet's irregular verb forms (`verb.exc`: "grew", "grown" for "grow"), less
    a form of two verbs ("singing" is "sing" before it is "singe")."""
    forms = {}
    with open(os.path.join(folder, "verb.exc"), encoding="latin-1") as f:
        for line in f:
            form, *bases = line.split()
            if len(bases) == 1:
                forms.setdefault(bases[0], set()).add(form)
    return forms


def with_inflections(words, irregular):
    """Rule I1: the words, and the past and -ing forms of those of one syllable, which double
    their final consonant ("thin": "thinned", "thinning"; "fur": "furred") and which the
    checker's stemmer does not bring back to the word's stem (a doubled consonant keeps its
    suffix), so that every written form of a word of the class is read."""
    out = set(words)
    for word in words:
        out.update(f for f in irregular.get(word.replace(" ", "_"), ()) if LEMMA.match(f))
        if re.fullmatch(r"[^aeiou ]*[aeiou][^aeiouwxy ]", word):
            out.update(f for f in (word + word[-1] + "ed", word + word[-1] + "ing")
                       if derive.stem(f) != derive.stem(word))
    return out


def unconflated(wordnet, words):
    """Rule S1: leave out a one-word item whose stem the checker's stemmer also gives an
    everyday word of another family ("bare" and "bar", "mane" and "man", "singe" and "sing",
    "teethe" and "teeth": `derive.WordNet.conflated_words`), unless that word is in the class
    too or one is an inflection of the other ("receding" and "recede"): the class would read
    the other word as its own."""
    kept = set()
    for word in words:
        clashes = [c for c in wordnet.conflated_words(word) if " " not in word
                   and c not in words and word not in derive.inflections(c)
                   and c not in derive.inflections(word)]
        if not clashes:
            kept.add(word)
    return kept


def render(classes):
    lines = [
        "# Derived by .ci/craft/derive-arc-classes.py from WordNet 3.0 (Princeton). Do not edit.",
        "# Run the script again to regenerate; its docstring gives the rules. Read by",
        "# testimonial-arcs.yaml.",
        "# kept: " + ", ".join(f"{len(words)} {name}" for name, words, _ in classes) + ".",
        "classes:",
    ]
    for name, words, comment in classes:
        lines.append(f"  # {comment}")
        lines.extend(class_lines(name, words))
    lines.append("rules: []")
    return "\n".join(lines) + "\n"


def class_lines(name, words, written=lambda word: word):
    """A class as YAML lines: its name, then its words sorted and written by `written` (a
    quote where YAML needs one), one row per line of at most 99 characters; a multi-word item
    is never split. Shared with derive-arc-states.py."""
    flow = ", ".join(written(word).replace(" ", "\0") for word in sorted(words))
    rows = textwrap.wrap(flow, width=99, initial_indent="    ", subsequent_indent="    ",
                         break_long_words=False, break_on_hyphens=False)
    return [f"  {name}: ["] + [row.replace("\0", " ") for row in rows] + ["  ]"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--vocabulary", default=os.path.join(
        ROOT, "Sources", "EvidentCheck", "Vocabulary", "conditions.tsv"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    wordnet = derive.WordNet(args.wordnet)
    if not wordnet.available:
        print(f"derive-arc-classes: WordNet not found in {args.wordnet}", file=sys.stderr)
        return 2
    counts = tag_counts(args.wordnet)
    pointers = Pointers(args.wordnet)
    irregular = irregular_forms(args.wordnet)
    verbs, noun_verbs = condition_verbs(wordnet, pointers, args.vocabulary)
    first_episodes, shared_episodes = episodes(wordnet, pointers)
    waste_nouns, waste_adjectives = waste(wordnet, args.vocabulary, args.wordnet)
    text = render([
        ("arc-ability", abilities(wordnet, counts),
         "Rules A1 to A3: verbs whose commonest sense is of the body, motion, eating or "
         "touching, written as verbs; not ceasing."),
        ("arc-movement", abilities(wordnet, counts, {"verb.motion"}),
         "Rules A1 to A3: verbs whose commonest sense is of motion, written as verbs; not "
         "ceasing."),
        ("arc-kin", kin(wordnet),
         "Rule K1: nouns whose commonest sense is a relative or a young person."),
        ("arc-condition-verb", unconflated(wordnet, with_inflections(verbs, irregular)),
         "Rules C1 to C4: verbs whose commonest sense is a condition the body undergoes."),
        ("arc-condition-noun-verb",
         unconflated(wordnet, with_inflections(noun_verbs, irregular)),
         "Rule C5: verbs whose word is first a condition as a noun (read as a verb only after "
         "an animal or a pronoun)."),
        ("arc-covering", unconflated(wordnet, with_inflections(coverings(wordnet), {})),
         "Rule B1: a covering or hard tissue of a body (hair, fur, feathers, nails, gums, "
         "enamel)."),
        ("arc-covering-loss", unconflated(wordnet, with_inflections(losses(wordnet, pointers), irregular)),
         "Rule L1: a body part without its covering (hairless, bare, sparse, receding)."),
        ("arc-regrow",
         unconflated(wordnet, with_inflections(regrowth(wordnet, pointers), irregular)),
         "Rules G1 and G2: growing, and undoing a covering's loss (thicken)."),
        ("arc-sleepless", unconflated(wordnet, sleepless(wordnet, pointers)),
         "Rule W1: not asleep (awake)."),
        ("arc-episode", unconflated(wordnet, first_episodes),
         "Rule E1: nouns whose commonest sense is an episode of a condition (seizure, "
         "convulsion)."),
        ("arc-episode-shared", unconflated(wordnet, shared_episodes),
         "Rule E2: nouns with an episode's sense that is not their commonest, and an "
         "occurrence or a period counted (attack, fit, flare, episode, case, bout, spell)."),
        ("arc-episode-verb", unconflated(wordnet, with_inflections(episode_verbs(wordnet), irregular)),
         "Rule E3: verbs of an episode (seize, convulse, fit, flare)."),
        ("arc-waste", unconflated(wordnet, waste_nouns),
         "Rules X1 and X2: what a body passes or discharges (stool, urine, phlegm, pus)."),
        ("arc-dose-measure", unconflated(wordnet, dose_measures(wordnet)),
         "Rule Q1: what a product is counted in (tub, box, bottle, sachet, spoonful); no "
         "vehicle."),
        ("arc-age-hue", unconflated(wordnet, age_hues(wordnet)),
         "Rule H1: the colour of age (grey, grizzly, hoary, white-haired)."),
        ("arc-weep", unconflated(wordnet, with_inflections(weeping(wordnet, pointers), irregular)),
         "Rule W2: weeping (cry, weep, sob)."),
        ("arc-spin", unconflated(wordnet, with_inflections(spinning(wordnet, pointers), irregular)),
         "Rule V1: turning round or staggering (spin, whirl, reel, lurch)."),
        ("arc-soak", unconflated(wordnet, soaking(wordnet, pointers, irregular)),
         "Rule D1: thoroughly wet (sodden, soaked, drenched)."),
        ("arc-waste-adjective", unconflated(wordnet, waste_adjectives),
         "Rule X3: the adjectives of the vocabulary's symptom terms of a body's waste (bloody, "
         "watery, dark)."),
    ])
    return derive.write_or_check({OUT: text}, args.check, "WordNet 3.0")


if __name__ == "__main__":
    sys.exit(main())
