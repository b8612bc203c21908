#!/usr/bin/env python3
"""Derives the testimonial-arc reading's state and phrase classes from WordNet.

    python3 .ci/craft/derive-arc-states.py [--wordnet DIR] [--check] [--stats]

Six classes of `RulePacks/testimonial-arcs.yaml` were once written by hand; this script derives
them from WordNet 3.0 (Debian `wordnet-base`) into `Sources/EvidentCheck/RulePacks/
arc-states.yaml`, with the few phrases WordNet cannot give kept in a reviewed overlay
(`.ci/craft/arc-states-overlay.tsv`: class, phrase, the reason WordNet cannot give it). Each
class's comment in the output counts what came from WordNet and from the overlay.

- `@vigour-state`: a body's readiness or working state as copy promises it without a verb
  ("Still firm …", "Dry all night …", "Regular as clockwork …"). Rule V1: the words of the
  adjective senses WordNet glosses as a sexual, urinary or bowel function working: "(of a male)
  capable of copulation" (potent, virile), "having control over urination and defecation"
  (continent), "not constipated" (regular), "of sexual organs; stiff and rigid" (erect, tumid)
  with the head of its cluster (hard) and its satellite "not soft or yielding to pressure"
  (firm, solid). Rule V2: dryness and wetness as continence and lubrication: the sense "free
  from liquid or moisture" (dry), its satellite "completely dry" (bone-dry) and wet's satellite
  "slightly wet" (moist, damp).
- `@state-timing`: when such a state holds. Rule T1: a whole night or evening: "all", "all …
  long", "the whole", "the whole … long", "whole", "twice a", "three times a" before a word
  whose commonest noun sense is WordNet's night ("the time after sunset and before sunrise")
  or evening. Rule T2: till the day's start: "till", "until", "till the", "until the" before
  the words of WordNet's dawn ("the first light of day": morning, daybreak, sunrise). Rule T3:
  WordNet's adverb "like clockwork".
- `@age-phrase`: an age said without a number of years. Rule Y1: a likeness to youth: "as
  a(n)", "like a(n)" before the words of WordNet's adolescent ("a juvenile between the onset
  of puberty and maturity": teenager, teen), young man ("young buck") and lad ("a male
  child"). Rule Y2: WordNet's decades of a life ("the time of life between 20 and 30":
  twenties … nineties): the first as a likeness ("like in your twenties", "as a twenty year
  old", "as at twenty"), those from forty as the age the years take a state ("in your
  seventies", "into his eighties").
- `@covering-gap`: the skin showing through a covering. Rule G1: "<verb> through" for the
  verbs of WordNet's senses "be or become visible" (show) and "be shiny" (shine, gleam, glint),
  in every written form, and the adjective "see-through". Rule G2: a place of a covering's
  loss: rule L1's adjectives of `derive-arc-classes.py` (bare, bald, thin, sparse) before the
  words of WordNet's "bald spot" (patch, spot). Rule G3: a parting widening: "wide", "broad",
  "widening", "widened" before the words of WordNet's parting ("the line where the hair is
  parted"). Rule G4: a shining top of the head: the words of WordNet's shiny ("reflecting
  light": glossy, shiny, shining) before the words of WordNet's scalp and pate (crown, poll).
- `@arc-pain-state`: a body in pain or lame as a state. Rule P1: "in" before a word whose
  commonest noun sense is WordNet's pain ("a symptom of some physical hurt or disorder"),
  agony, anguish, torment or misery. Rule P2: the past of WordNet's "double over" ("bend over
  or curl up, usually with laughter or pain"). Rule P3: the words of WordNet's lame ("disabled
  in the feet or legs"), less those SemCor tags as a noun or a verb ("halt", "game").
- `@well-verdict`: what says a body is well in a clinician's verdict. Rule W1: the adjective
  senses whose antonym WordNet derives into ill health, illness or abnormality itself (the
  medical roots of `derive.py`): healthy, well, normal. Rule W2: the words of WordNet's
  "being satisfactory or in satisfactory condition" (fine, all right, ok). Rule W3: the words of
  "not causing or capable of causing harm" (harmless).

Three classes more serve the reading of a covering spreading over a place of the body
(`implied-covering-place-filled`): `@covering-place` (rule H1: the places of a head's hair:
WordNet's hairline, parting and widow's peak, glossed by the hair on the head; the top of the
head, pate, poll or crown; the temple; the scalp; less a word SemCor tags 50 times or more as a
noun, first an everyday word: "part"), `@covering-hole` (rule H2: an open place,
WordNet's "an open or empty space in or between things", opening and gap, and rule G2's spot
and patch) and `@covering-vanish` (rule H3: every form of WordNet's "become invisible or
unnoticeable", disappear, vanish, go away, and the past of "prevent from being seen", hidden,
concealed); and `@covering-disguise` (rule H4: what hides a bare place without growing it:
every kind of WordNet's hairpiece and cosmetic, the dye and its kinds named for hair, less a
one-word noun whose commonest sense is of another thing ("switch", "paint"), and the verbs dye,
colour and tint in every form; the verbs' other words "touch", "tinge" and "tinct" left
out, "touch" being first of contact).

Two more serve the reading of a condition a young animal or a child was born with
(`testimonial-arc-from-birth`): `@arc-body-adjective` (rule B1: a one-word adjective whose
commonest sense WordNet says pertains to a noun of `noun.body`: pulmonary, cardiac, spinal,
renal, ocular) and `@arc-birth-state` (rule B2: the words of WordNet's adjective heads of ill
health, unhealthy, ill, frail and weak, and of the satellites it lists as similar to them, one-word and
commonest in those senses: weak, sickly, feeble, ailing; and the nouns WordNet derives from
them in those senses: weakness, frailty, sickliness). `@arc-too-state` (rule B3) puts each of
those adjectives in "too <adjective> to" ("too weak to", "too frail to", "too lame to"): an act
kept from a body by its ill health, an incapacity as `@incapable`'s "couldn't" is (read by
testimonial-arcs.yaml's `@arc-unable`, after a holder: tea is "too weak to" as well).

Ten serve the reading of a span of suffering told in lay signs (`testimonial-arc-lay-sign`,
`testimonial-arc-conceived`): `@arc-small-hour` (rule S1: the small hours, WordNet's "the hours
just after midnight", told as a clock time: the cardinals one to four of WordNet's adjectives
"being one more than …" (the word and the digit; not the roman numeral, "i" being a pronoun)
after "until"/"till" or before "am" or "in the morning"), `@arc-night-vigil` (rule S2: a night
kept awake as the body lies: every form of WordNet's "look at with fixed eyes" (stare, gaze) at
the ceiling, of watch at the clock, and lying awake: the forms of lie with WordNet's awake), `@arc-month`
(rule S3: the first word of each kind of WordNet's Gregorian calendar month: a complaint that
comes back every June is a season's), `@arc-short-night` (rule S4: a night of sleep counted
in rule S1's cardinals of hours: "three hours a night", "four broken hours", "more than two
hours"), `@arc-predator` (rule L1: the one-word kinds of WordNet's predator, "any animal that
lives by preying on other animals", carnivore and bird of prey, commonest in such a sense: a herd
lost to a fox was not lost to an illness), `@arc-ear-sound` (rule E1: the one-word kinds of
WordNet's sound, "the particular auditory effect produced by a given cause", and noise,
commonest in such a sense: hiss, hum, buzz, whine, whistle, heard in one's own ear),
`@arc-rest-place` (rule R2: the places a body withdraws to:
WordNet's bedroom, bed ("a piece of furniture that provides a place to sleep") and house ("a
dwelling that serves as living quarters"), one-word and commonest in that sense), `@arc-dark-room`
(rule R3: a room without light: WordNet's dark, "devoid of or deficient in light or
brightness", and its one-word satellites commonest in that sense, before room; and curtains,
WordNet's "hanging cloth used as a blind", drawn, shut or closed), `@arc-carer` (rule C1: the
one-word hyponyms of WordNet's health professional, "a person who helps in identifying or
preventing or treating illness or disability", and of its therapist, "a person skilled in a
particular type of therapy", with WordNet's hospital and clinic, commonest in such a sense) and `@arc-conceived` (rule F1: conception told: every form of WordNet's
conceive, "become pregnant", and carry to term; expecting in the sense "look forward to the
birth of a child"; the words of WordNet's pregnant after fell, got and became).

The output is sorted and byte-identical on every run; `--check` compares instead of writing
(exit 1 on a difference); `--stats` prints, per class, the words from WordNet and from the
overlay.
"""

import importlib.util
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, ".ci", "vocab"))
import derive  # noqa: E402  (WordNet reader, the shared command line, write-or-check)

_spec = importlib.util.spec_from_file_location(
    "arc_classes", os.path.join(HERE, "derive-arc-classes.py"))
arc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(arc)

OUT = os.path.join(ROOT, "Sources", "EvidentCheck", "RulePacks", "arc-states.yaml")
OVERLAY = os.path.join(HERE, "arc-states-overlay.tsv")
CLASSES = ["vigour-state", "state-timing", "age-phrase", "covering-gap", "arc-pain-state",
           "well-verdict", "covering-place", "covering-hole", "covering-vanish",
           "covering-disguise", "arc-body-adjective", "arc-birth-state", "arc-small-hour",
           "arc-night-vigil", "arc-short-night", "arc-month", "arc-rest-place", "arc-predator",
           "arc-ear-sound", "arc-dark-room", "arc-carer",
           "arc-conceived", "arc-too-state"]

# Rule V1: a sexual, urinary or bowel function working (by gloss, in the docstring's order).
VIGOUR_SENSES = ["01825420", "00591817", "00638501", "01151592", "01150915", "01151740"]
# Rule V2: dry, bone-dry, and wet's satellite "slightly wet".
WETNESS_SENSES = ["02551381", "02552647", "02548821"]
# Rule T1: night ("the time after sunset and before sunrise") and evening.
NIGHT_SENSES = ["15167027", "15166462"]
NIGHT_FORMS = ["all {}", "all {} long", "the whole {}", "the whole {} long", "whole {}",
               "twice a {}", "three times a {}"]
# Rule T2: dawn ("the first light of day").
DAWN_SENSE = "15168790"
DAWN_FORMS = ["till {}", "until {}", "till the {}", "until the {}"]
# Rule T3: the adverb "like clockwork" ("smoothly and regularly").
CLOCKWORK_SENSE = "00168428"
# Rule Y1: adolescent, young man (young buck), lad ("a male child").
YOUTH_SENSES = ["09772029", "10804287", "09871229"]
# Rule Y2: the decades of a life, by their gloss.
DECADE_GLOSS = re.compile(r"^the time of life between (\d+) and (\d+)")
CARDINALS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty",
             70: "seventy", 80: "eighty", 90: "ninety"}
POSSESSIVES = ["your", "his", "her"]
# The age from which the years are said to take a body's readiness (rule Y2's "in your …").
TAKEN_FROM = 40
# Rule G1: "be or become visible" (show, show up) and "be shiny" (glitter, glisten, glint,
# gleam, shine); "see-through" is an adjective of its own.
SHOW_SENSES = [("verb", "02137150"), ("verb", "02139562"), ("verb", "02162965")]
SEE_THROUGH = "see-through"
# Rule G2: spot, patch ("a small contrasting part of something").
PLACE_SENSE = "04682462"
# Rule G3: parting, and the adjective wide ("having great extent from one side to the other")
# with the verb widen.
PARTING_SENSE = "05256358"
WIDE_SENSE = "02560549"
WIDEN = "widen"
# Rule G4: shiny ("reflecting light") and the top of the head.
SHINY = "shiny"
HEAD_TOP_SENSES = ["05539947", "05539595"]
# Rules W2 and W3: "being satisfactory or in satisfactory condition" (fine, all right, ok) and
# "not causing or capable of causing harm" (harmless).
SATISFACTORY_SENSE = "02081115"
HARMLESS_SENSE = "01159655"
# Rule H1: the places of a head's hair: hairline, parting, widow's peak (the noun.body senses
# glossed by the hair on the head), the top of the head (pate, poll, crown), the temple and the
# scalp.
PLACE_SENSES = ["05256220", "05256358", "05256562", "05539595", "05602683", "05539947"]
# Rule H1: a word SemCor tags as a noun this often is first an everyday word of another sense
# ("part" 234 times) and names a place of the head in no copy.
EVERYDAY_NOUN_TAGS = 50
# Rule H2: an open place: "an open or empty space in or between things" (opening, gap) and
# rule G2's spot and patch.
OPENING_SENSE = "09379111"
# Rule H3: "become invisible or unnoticeable" (disappear, vanish, go away) and "prevent from
# being seen" (hide, conceal).
VANISH_SENSES = ["00426958", "02156564"]
HIDE_SENSE = "02144853"
# Rule H4: what hides a bare place without growing it: every kind of WordNet's hairpiece and
# cosmetic, the dye synset and its kinds named for hair (hair dye, hair coloring), and the
# verbs dye, colour (color in) and tint.
HAIRPIECE = "03476083"
COSMETIC = "03113152"
DYE = "14985383"
DISGUISE_VERBS = ["00283090", "00283911", "00286928"]
# Rule B2: the adjective heads of ill health: unhealthy, ill (sick), frail (WordNet's
# "physically weak") and weak ("wanting in physical strength"), with the satellites WordNet
# lists as similar to them.
ILL_HEADS = ["01172889", "02541303", "02040050", "02324398"]
# Rule P1: pain, hurting; agony (feeling and state); torment (state and feeling); anguish;
# misery.
PAIN_SENSES = ["14322699", "07495551", "14324274", "14333433", "07496755", "14448333"]
# Rule P2: double over ("bend over or curl up, usually with laughter or pain").
DOUBLE_OVER_SENSE = "02063327"
# Rule P3: lame ("disabled in the feet or legs").
LAME_SENSE = "01018788"

# Rule S1: the cardinals one to four (WordNet's "used of a single unit or thing", "being one
# more than one", … "than three").
SMALL_HOUR_SENSES = ["02186339", "02186471", "02186581", "02186666"]
SMALL_HOUR_FORMS = ["{} am", "{}am", "{} a m", "{} in the morning", "until {}", "till {}"]
# Rule S4: a short night counted in hours (the same cardinals).
SHORT_NIGHT_FORMS = ["{} hours a night", "{} hours sleep", "{} broken hours", "more than {} hours"]
# Rule S2: "look at with fixed eyes" (gaze, stare) and "fixate one's eyes" (stare).
STARE_SENSES = ["02132763", "00033406"]
# Rule L1: predator ("any animal that lives by preying on other animals"), carnivore (the
# mammal) and bird of prey.
PREDATOR_SENSES = ["02152740", "02075296", "01604330"]
# Rule E1: sound ("the particular auditory effect produced by a given cause") and noise ("sound
# of any kind (especially unintelligible or dissonant sound)").
EAR_SOUND_SENSES = ["07371293", "07387509"]
# Rule S3: the Gregorian calendar's months.
CALENDAR_MONTH = "15209706"
# Rule R2: bedroom, bed (the furniture), house (the dwelling).
REST_SENSES = ["02821627", "02818832", "03544360"]
# Rule R3: dark ("devoid of or deficient in light or brightness"), curtain (the cloth).
DARK_SENSE = "00273082"
CURTAIN_SENSE = "03151077"
CURTAIN_CLOSED = ["drawn", "shut", "closed"]
# Rule C1: health professional and therapist ("a person skilled in a particular type of
# therapy"), with their hyponyms; hospital and clinic (the building and the institution).
CARER_SENSES = ["10165109", "10707233"]
HOSPITAL_SENSES = ["03540595", "08054417", "03043274", "08054076"]
# Rule F1: conceive ("become pregnant"), carry to term, expect ("look forward to the birth of a
# child"), pregnant.
CONCEIVE_SENSES = ["00054285", "00059559"]
EXPECT_BIRTH_SENSE = "00059376"
PREGNANT_SENSE = "00173220"
BECOME_PREGNANT = ["fell", "fall", "falling", "got", "get", "getting", "became", "become"]


class Glosses:
    """WordNet's glosses and synset words by (part of speech, offset), and the nouns its
    adjectives pertain to (`\\` pointers, per adjective word)."""

    def __init__(self, folder):
        self.gloss = {}
        self.words = {}
        self.pertains = {}
        for pos in ("noun", "verb", "adj", "adv"):
            with open(os.path.join(folder, "data." + pos), encoding="latin-1") as f:
                for line in f:
                    if line.startswith(" "):
                        continue
                    head, _, gloss = line.partition(" | ")
                    parts = head.split()
                    count = int(parts[3], 16)
                    words = [re.sub(r"\(.*\)$", "", parts[4 + 2 * i]).lower()
                             for i in range(count)]
                    self.words[(pos, parts[0])] = words
                    self.gloss[(pos, parts[0])] = gloss.strip()
                    k = 4 + 2 * count
                    for i in range(int(parts[k])):
                        symbol, target, target_pos, numbers = parts[k + 1 + 4 * i:k + 5 + 4 * i]
                        if pos == "adj" and symbol == "\\" and target_pos == "n":
                            source = int(numbers[:2], 16)
                            for word in ([words[source - 1]] if source else words):
                                self.pertains.setdefault(((pos, parts[0]), word), set()).add(
                                    ("noun", target))


def words_of(glosses, pos, offset):
    """The words of a synset, written as copy writes them ("bone-dry", "first light")."""
    return [w.replace("_", " ") for w in glosses.words[(pos, offset)]]


def verb_forms(word, irregular):
    """A verb's written forms: the word, -s, -ing (a final e dropped), and its past: WordNet's
    irregular forms (`verb.exc`: "shone", "went", "hidden") and -ed where they are fewer than two."""
    # a final e is dropped before -ing and -ed, but not after a vowel or y ("dyeing", "seeing")
    stem = word[:-1] if re.search(r"[^aeiouy]e$", word) else word
    third = word + ("es" if re.search(r"(s|sh|ch|x|z|o)$", word) else "s")
    forms = {word, third, stem + "ing"}
    past = stem + "d" if stem.endswith("e") else stem + "ed"
    # WordNet's irregular forms; "-ed" too unless they give both a past and a participle
    # ("went", "gone": no "goed"; "shown" alone: "showed" as well)
    exceptions = irregular.get(word, set())
    forms.update(exceptions)
    if len(exceptions) < 2:
        forms.add(past)
    return forms


def tagged(counts, word, pos):
    """Whether SemCor (`cntlist.rev`) tagged the word in a sense of `pos` at least once: a word
    of running English, not only of the dictionary ("eventide", "maculation")."""
    return counts.get(word, {}).get(pos, 0) > 0


def with_article(word):
    return ("an " if word[0] in "aeiou" else "a ") + word


def vigour(glosses):
    """Rules V1 and V2."""
    return {w for o in VIGOUR_SENSES + WETNESS_SENSES for w in words_of(glosses, "adj", o)}


def timing(wordnet, glosses, counts):
    """Rules T1 to T3."""
    out = set()
    night_senses = {("noun", o) for o in NIGHT_SENSES}
    for offset in NIGHT_SENSES:
        for word in words_of(glosses, "noun", offset):
            if (arc.commonest(wordnet, word.replace(" ", "_"), "noun") not in night_senses
                    or not tagged(counts, word, "noun")):
                continue
            for form in NIGHT_FORMS:
                phrase = form.format(word)
                out.add(phrase.replace(" a ", " an ") if re.search(r" a [aeiou]", phrase)
                        else phrase)
    for word in words_of(glosses, "noun", DAWN_SENSE):
        out.update(form.format(word) for form in DAWN_FORMS)
    out.update(words_of(glosses, "adv", CLOCKWORK_SENSE))
    return out


def ages(glosses):
    """Rules Y1 and Y2."""
    out = set()
    for offset in YOUTH_SENSES:
        for word in words_of(glosses, "noun", offset):
            out.update(f"{likeness} {with_article(word)}" for likeness in ("as", "like"))
    decades = {}
    for (pos, offset), gloss in glosses.gloss.items():
        match = DECADE_GLOSS.match(gloss)
        if pos == "noun" and match:
            first = next(w for w in words_of(glosses, pos, offset) if " " not in w
                         and "-" not in w)
            decades[int(match.group(1))] = first
    youngest = min(decades)
    young, number = decades[youngest], CARDINALS[youngest]
    for likeness in ("as", "like"):
        out.update({f"{likeness} in your {young}", f"{likeness} at {number}",
                    f"{likeness} a {number} year old", f"{likeness} a {youngest} year old"})
    out.add(f"like your {young}")
    for start, decade in decades.items():
        if start >= TAKEN_FROM:
            for possessive in POSSESSIVES:
                out.update({f"in {possessive} {decade}", f"into {possessive} {decade}"})
    return out


def gaps(wordnet, glosses, counts, irregular):
    """Rules G1 to G4."""
    out = set()
    for pos, offset in SHOW_SENSES:
        for word in words_of(glosses, pos, offset):
            if " " in word:
                continue
            out.update(f"{form} through" for form in verb_forms(word, irregular))
    out.add(SEE_THROUGH.replace("-", " "))
    places = {w for w in words_of(glosses, "noun", PLACE_SENSE) if tagged(counts, w, "noun")}
    losses = {w for o in arc.LOSS_SENSES for w in words_of(glosses, "adj", o)
              if re.fullmatch(r"[a-z]+", w)}
    for loss in losses:
        for place in places:
            out.update({f"{loss} {place}", f"{loss} {place}es" if place.endswith("ch")
                        else f"{loss} {place}s"})
    widening = set(words_of(glosses, "adj", WIDE_SENSE)) | {
        f for f in verb_forms(WIDEN, irregular) if f.endswith(("ing", "ed"))}
    for adjective in widening:
        out.update(f"{adjective} {part}" for part in words_of(glosses, "noun", PARTING_SENSE))
    shiny = {w for w in words_of(glosses, *arc.commonest(wordnet, SHINY, "adj")) if " " not in w}
    for offset in HEAD_TOP_SENSES:
        out.update(f"{s} {top}" for s in shiny for top in words_of(glosses, "noun", offset))
    return out


def pains(wordnet, glosses, counts, irregular):
    """Rules P1 to P3."""
    out = set()
    senses = {("noun", o) for o in PAIN_SENSES}
    for offset in PAIN_SENSES:
        for word in words_of(glosses, "noun", offset):
            if " " not in word and arc.commonest(wordnet, word, "noun") in senses:
                out.add(f"in {word}")
    for word in words_of(glosses, "verb", DOUBLE_OVER_SENSE):
        if " " in word:
            verb, particle = word.split(" ", 1)
            out.update(f"{form} {particle}" for form in verb_forms(verb, irregular)
                       if form.endswith("ed"))
    for word in words_of(glosses, "adj", LAME_SENSE):
        seen = counts.get(word, {"noun": 0, "verb": 0})
        if seen["noun"] == 0 and seen["verb"] == 0:
            out.add(word)
    return out


def verdicts(pointers, glosses):
    """Rules W1 to W3."""
    out = {w for o in (SATISFACTORY_SENSE, HARMLESS_SENSE) for w in words_of(glosses, "adj", o)
           if re.fullmatch(r"[a-z ]+", w)}
    for key, antonyms in pointers.antonyms.items():
        if key[0] != "adj":
            continue
        for antonym in antonyms:
            for _, target, _ in pointers.derived.get(antonym, []):
                if target[0] == "noun" and target[1] in derive.MEDICAL_ROOTS:
                    out.update(w.replace("_", " ") for w in pointers.words[key])
    return out


def plural(word):
    return word + ("es" if re.search(r"(s|sh|ch|x|z)$", word) else "s")


def places(glosses, counts):
    """Rule H1: the places, singular and plural."""
    out = set()
    for offset in PLACE_SENSES:
        for word in words_of(glosses, "noun", offset):
            if counts.get(word, {}).get("noun", 0) >= EVERYDAY_NOUN_TAGS:
                continue
            out.update({word, plural(word)} if "'" not in word else {word})
    return out


def holes(glosses, counts):
    """Rule H2: gaps and bare patches, singular and plural."""
    out = set()
    for offset in (OPENING_SENSE, PLACE_SENSE):
        for word in words_of(glosses, "noun", offset):
            if " " not in word and tagged(counts, word, "noun"):
                out.update({word, plural(word)})
    return out


def vanishing(glosses, irregular):
    """Rule H3: every written form of the verbs of disappearing, and the past of hiding."""
    out = set()
    for offset in VANISH_SENSES:
        for word in words_of(glosses, "verb", offset):
            verb, _, particle = word.partition(" ")
            out.update((f"{form} {particle}" if particle else form)
                       for form in verb_forms(verb, irregular))
    for word in words_of(glosses, "verb", HIDE_SENSE):
        out.update(f for f in verb_forms(word, irregular) if f.endswith(("ed", "en")))
    return out


def disguises(wordnet, glosses, irregular):
    """Rule H4."""
    def kinds(offset):
        seen, todo = set(), [("noun", offset)]
        while todo:
            sense = todo.pop()
            if sense not in seen:
                seen.add(sense)
                todo.extend(wordnet.hyponyms.get(sense, []))
        return seen
    out = set()
    nouns = kinds(HAIRPIECE) | kinds(COSMETIC)
    nouns |= {s for s in kinds(DYE) if s == ("noun", DYE)
              or any(w.startswith("hair ") for w in words_of(glosses, *s))}
    for sense in nouns:
        # a one-word noun first of another sense is that thing ("switch", "paint", "pencil")
        out.update(w for w in words_of(glosses, *sense) if " " in w
                   or arc.commonest(wordnet, w, "noun") in nouns)
    for offset in DISGUISE_VERBS:
        for word in words_of(glosses, "verb", offset):
            if " " not in word and word not in ("touch", "tinge", "tinct"):
                out.update(verb_forms(word, irregular))
    return {w for w in out if re.fullmatch(r"[a-z][a-z -]*", w)}


def body_adjectives(wordnet, glosses):
    """Rule B1: a one-word adjective whose commonest sense pertains to a part of the body
    (WordNet's pertainym, to a noun of `noun.body`): pulmonary, cardiac, spinal, renal."""
    out = set()
    for (sense, word), nouns in glosses.pertains.items():
        if (re.fullmatch(r"[a-z]+", word) and arc.commonest(wordnet, word, "adj") == sense
                and any(wordnet.files.get(n) == "noun.body" for n in nouns)):
            out.add(word)
    return out


def ill_senses(pointers):
    """The senses of Rule B2: the heads of ill health and their similar satellites."""
    senses = {("adj", o) for o in ILL_HEADS}
    for head in list(senses):
        senses.update(pointers.similar.get(head, []))
    return senses


def ill_adjectives(wordnet, pointers, senses):
    """Rule B2's adjectives: the words of the senses, one-word, whose commonest adjective sense
    is one of them ("weak", "sickly"; not "green", "light" or "bad")."""
    return {w for s in senses for w in pointers.words[s]
            if re.fullmatch(r"[a-z]+", w) and arc.commonest(wordnet, w, "adj") in senses}


def too_states(wordnet, pointers):
    """Rule B3: an act kept from the body by its ill health, "too <adjective> to" with each
    adjective of Rule B2 ("too weak to", "too frail to", "too lame to", "too dizzy to")."""
    return {f"too {w} to" for w in ill_adjectives(wordnet, pointers, ill_senses(pointers))}


def birth_states(wordnet, pointers):
    """Rule B2: the words of the heads and their similar satellites, one-word, whose commonest
    adjective sense is one of them ("weak", "sickly"; not "green", "light" or "bad")."""
    senses = ill_senses(pointers)
    words = ill_adjectives(wordnet, pointers, senses)
    # the nouns WordNet derives from those words in those senses ("weakness", "frailty")
    for sense in senses:
        for word in pointers.words[sense]:
            if word in words:
                words.update(noun for noun, _ in pointers.derived_words(word, sense, "noun")
                             if re.fullmatch(r"[a-z]+", noun))
    return words


def one_word(word):
    return re.fullmatch(r"[a-z]+", word) is not None


def small_hours(glosses):
    """Rule S1."""
    out = set()
    for sense in SMALL_HOUR_SENSES:
        words = glosses.words[("adj", sense)]
        for n in [w for w in words if w.isdigit()] + [words[0]]:
            # written together with "am" only as a digit ("2am")
            out.update(form.format(n) for form in SMALL_HOUR_FORMS
                       if n.isdigit() or not form.startswith("{}am"))
    return out


def short_nights(glosses):
    """Rule S4."""
    out = set()
    for sense in SMALL_HOUR_SENSES:
        words = glosses.words[("adj", sense)]
        for n in [w for w in words if w.isdigit()] + [words[0]]:
            out.update(form.format(n) for form in SHORT_NIGHT_FORMS)
    return out


def kinds(wordnet, glosses, roots, also=()):
    """The one-word words of noun senses `roots`, every kind of them (hyponyms, all the way
    down) and the senses `also`, whose commonest noun sense is one of those senses."""
    senses = arc.hyponym_closure(wordnet, [("noun", o) for o in roots],
                                 {("noun", o) for o in also})
    return {word for pos, offset in senses for word in glosses.words.get((pos, offset), [])
            if one_word(word) and arc.commonest(wordnet, word, "noun") in senses}


def predators(wordnet, glosses):
    """Rule L1: the one-word kinds of predator, carnivore and bird of prey, commonest in such a
    sense (fox, mink, buzzard; not "dog" alone, whose commonest sense is the pet, also here)."""
    return kinds(wordnet, glosses, PREDATOR_SENSES)


def ear_sounds(wordnet, glosses):
    """Rule E1: the one-word kinds of sound and noise, commonest in such a sense (hiss, hum,
    buzz, whine, whistle): one heard in one's own ear for a span is the ear's trouble."""
    return kinds(wordnet, glosses, EAR_SOUND_SENSES)


def night_vigils(glosses, irregular):
    """Rule S2."""
    out = set()
    for sense in STARE_SENSES:
        for verb in glosses.words[("verb", sense)]:
            out.update(f"{form} at the ceiling" for form in verb_forms(verb, irregular))
    out.update(f"{form} the clock" for form in verb_forms("watch", irregular))
    awake = glosses.words[("adj", arc.AWAKE_SENSE)]
    out.update(f"{form} {a}" for form in ("lie", "lies", "lay", "lying", "lain") for a in awake
               if one_word(a))
    return out


def senses_words(wordnet, glosses, senses):
    """The one-word words of senses whose commonest noun sense is one of them (a plural needs
    no entry: the checker stems words as it reads them)."""
    return {word for sense in senses for word in glosses.words[("noun", sense)]
            if one_word(word)
            and arc.commonest(wordnet, word, "noun") in {("noun", s) for s in senses}}


def months(wordnet, glosses):
    """Rule S3: the first word of each kind of WordNet's Gregorian calendar month (the name,
    not its abbreviation)."""
    return {glosses.words[sense][0] for sense in wordnet.hyponyms[("noun", CALENDAR_MONTH)]}


def rest_places(wordnet, glosses):
    """Rule R2."""
    return senses_words(wordnet, glosses, REST_SENSES)


def dark_rooms(wordnet, glosses, pointers):
    """Rule R3."""
    senses = [("adj", DARK_SENSE)] + pointers.similar.get(("adj", DARK_SENSE), [])
    darks = {w for s in senses for w in pointers.words[s]
             if one_word(w) and arc.commonest(wordnet, w, "adj") in senses}
    out = {f"{d} room" for d in darks}
    for curtain in glosses.words[("noun", CURTAIN_SENSE)]:
        if one_word(curtain) and arc.commonest(wordnet, curtain, "noun") == ("noun", CURTAIN_SENSE):
            for shut in CURTAIN_CLOSED:
                out.update({f"{curtain} {shut}", f"{shut} {curtain}"})
    return out


def carers(wordnet, glosses):
    """Rule C1."""
    return kinds(wordnet, glosses, CARER_SENSES, also=HOSPITAL_SENSES)


def conceptions(glosses, irregular):
    """Rule F1."""
    out = set()
    for sense in CONCEIVE_SENSES:
        for verb in glosses.words[("verb", sense)]:
            head, *rest = verb.split("_")
            forms = ({head, head[:-1] + "ies", head + "ing", head[:-1] + "ied"}
                     if re.search(r"[^aeiou]y$", head) else verb_forms(head, irregular))
            out.update(" ".join([form] + rest) for form in forms)
    out.add(glosses.words[("verb", EXPECT_BIRTH_SENSE)][0] + "ing")
    out.update(f"{b} {p}" for b in BECOME_PREGNANT for p in glosses.words[("adj", PREGNANT_SENSE)])
    return out


def read_overlay(path):
    """The overlay: class, phrase, reason (every line needs all three)."""
    out = {name: set() for name in CLASSES}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 3 or fields[0] not in out or not fields[2].strip():
                sys.exit(f"{path}:{number}: want 'class<TAB>phrase<TAB>reason' with a known class")
            out[fields[0]].add(fields[1])
    return out


def derive_lists(folder):
    wordnet = derive.WordNet(folder)
    if not wordnet.available:
        return None
    glosses = Glosses(folder)
    pointers = arc.Pointers(folder)
    irregular = arc.irregular_forms(folder)
    counts = arc.tag_counts(folder)
    derived = {
        "vigour-state": vigour(glosses),
        "state-timing": timing(wordnet, glosses, counts),
        "age-phrase": ages(glosses),
        "covering-gap": gaps(wordnet, glosses, counts, irregular),
        "arc-pain-state": pains(wordnet, glosses, counts, irregular),
        "well-verdict": verdicts(pointers, glosses),
        "covering-place": places(glosses, counts),
        "covering-hole": holes(glosses, counts),
        "covering-vanish": vanishing(glosses, irregular),
        "covering-disguise": disguises(wordnet, glosses, irregular),
        "arc-body-adjective": body_adjectives(wordnet, glosses),
        "arc-birth-state": birth_states(wordnet, pointers),
        "arc-small-hour": small_hours(glosses),
        "arc-night-vigil": night_vigils(glosses, irregular),
        "arc-short-night": short_nights(glosses),
        "arc-predator": predators(wordnet, glosses),
        "arc-ear-sound": ear_sounds(wordnet, glosses),
        "arc-month": months(wordnet, glosses),
        "arc-rest-place": rest_places(wordnet, glosses),
        "arc-dark-room": dark_rooms(wordnet, glosses, pointers),
        "arc-carer": carers(wordnet, glosses),
        "arc-conceived": conceptions(glosses, irregular),
        "arc-too-state": too_states(wordnet, pointers),
    }
    overlay = read_overlay(OVERLAY)
    return {name: (derived[name], overlay[name] - derived[name]) for name in CLASSES}


COMMENTS = {
    "vigour-state": "Rules V1 and V2: a sexual, urinary or bowel function working (potent, "
                    "continent, regular, erect, hard, firm), dry and moist.",
    "state-timing": "Rules T1 to T3: a whole night or evening, till dawn, like clockwork.",
    "age-phrase": "Rules Y1 and Y2: a likeness to youth, the decades from forty.",
    "covering-gap": "Rules G1 to G4: skin showing or shining through, a bare or thin patch, "
                    "a widening parting, a shiny scalp or crown.",
    "arc-pain-state": "Rules P1 to P3: in pain, agony, torment or misery; doubled over; lame.",
    "covering-place": "Rule H1: the places of a head's hair (hairline, parting, crown, temple, "
                      "scalp).",
    "covering-hole": "Rule H2: an open place (gap, opening, spot, patch).",
    "covering-vanish": "Rule H3: disappearing and hidden (disappear, vanish, go away, hidden).",
    "covering-disguise": "Rule H4: what hides a bare place without growing it (a hairpiece, a "
                         "cosmetic, hair dye; dyed, coloured, tinted).",
    "arc-body-adjective": "Rule B1: an adjective whose commonest sense pertains to a part of "
                          "the body (pulmonary, cardiac, spinal, renal).",
    "arc-birth-state": "Rule B2: ill health as an adjective (weak, sickly, feeble, ailing) and "
                       "its nouns (weakness, frailty).",
    "arc-small-hour": "Rule S1: the small hours as a clock time (until four, 2 am, three in the "
                      "morning).",
    "arc-night-vigil": "Rule S2: a night kept awake as the body lies (staring at the ceiling, "
                       "watching the clock, lying awake).",
    "arc-short-night": "Rule S4: a short night counted in hours (three hours a night, four "
                       "broken hours).",
    "arc-predator": "Rule L1: the animals that prey on others (fox, mink, buzzard): a herd's "
                    "loss to one is no illness.",
    "arc-ear-sound": "Rule E1: the kinds of sound and noise (hiss, hum, buzz, whine), one heard "
                     "in one's own ear.",
    "arc-month": "Rule S3: the months of the year (a complaint that comes back every June).",
    "arc-rest-place": "Rule R2: the places a body withdraws to (bedroom, bed, house).",
    "arc-dark-room": "Rule R3: a room without light (a dark room, curtains drawn).",
    "arc-carer": "Rule C1: a carer of a body or a place of care (osteopath, chiropractor, "
                 "nurse, hospital).",
    "arc-conceived": "Rule F1: conception told (conceived, fell pregnant, expecting, carried "
                     "to term).",
    "arc-too-state": "Rule B3: an act kept from the body by ill health (too weak to, too frail "
                     "to, too lame to).",
    "well-verdict": "Rules W1 to W3: the opposite of ill health, illness or abnormality "
                    "(healthy, well, normal), fine, harmless.",
}


def render(lists):
    lines = [
        "# Derived by .ci/craft/derive-arc-states.py from WordNet 3.0 (Princeton) and the",
        "# reviewed overlay .ci/craft/arc-states-overlay.tsv. Do not edit. Run the script again",
        "# to regenerate; its docstring gives the rules. Read by testimonial-arcs.yaml and the",
        "# checker (TaggedSentence+StatePromise, +ClinicianNamed).",
    ]
    kept = "kept: " + ", ".join(f"{name} {len(d)} WordNet + {len(o)} overlay"
                                for name, (d, o) in lists.items()) + "."
    lines.extend(textwrap.wrap(kept, width=99, initial_indent="# ", subsequent_indent="# "))
    lines.append("classes:")
    for name, (derived, overlay) in lists.items():
        lines.extend(textwrap.wrap(COMMENTS[name], width=99, initial_indent="  # ",
                                   subsequent_indent="  # "))
        lines.extend(arc.class_lines(name, derived | overlay, arc_quote))
    lines.append("rules: []")
    return "\n".join(lines) + "\n"


def arc_quote(word):
    """YAML needs quotes around words it would read as something else ("no", "on")."""
    return f'"{word}"' if word in {"no", "yes", "on", "off", "true", "false"} else word


def main():
    args, lists = derive.wordnet_lists(__doc__.split("\n")[0], derive_lists)
    if lists is None:
        return 2
    if args.stats:
        for name, (derived, overlay) in lists.items():
            print(f"{name}: {len(derived)} from WordNet, {len(overlay)} from the overlay")
            print("  WordNet: " + ", ".join(sorted(derived)))
            print("  overlay: " + ", ".join(sorted(overlay)))
        return 0
    return derive.write_or_check({OUT: render(lists)}, args.check, "WordNet 3.0 + overlay")


if __name__ == "__main__":
    sys.exit(main())
