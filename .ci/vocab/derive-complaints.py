#!/usr/bin/env python3
"""Derives the word classes of the compositional complaint reading (rule L).

    python3 .ci/vocab/derive-complaints.py [--vocab DIR] [--wordnet DIR] [--out FILE] [--check]
                                           [--stats]

Copy often names a complaint with no vocabulary term at all: a part of the body and a word for
what is wrong with it ("the itch between his toes", "swollen gums", "his gums bleed"). The
checker reads such a pair as a symptom (`TaggedSentence.tagLocatedComplaints`). This script
derives both halves from the sources, with no hand-picked word, and writes
`Sources/EvidentCheck/RulePacks/complaints.yaml` (classes only; sorted, byte-identical on
every run; `--check` compares instead of writing, exit 1 on a difference):

- `@complaint-noun`: rule L1. The head words the vocabularies use for symptom terms: the last
  word (before "of", "in", "on" …) of the Symptom Ontology's names and synonyms, the HPO's
  layperson synonyms and the entry terms of MeSH's Signs and Symptoms (C23.888), when that
  word is not itself a part of the body. A head is kept only when its commonest WordNet sense
  (the first sense of its first part of speech) is bodily: a kind of ill health, disorder,
  symptom, pain, injury or infection (derive.py's MEDICAL_ROOTS and medical topics). "pain",
  "swelling", "itch", "rash" stay; "part", "loss", "size", "pressure" go.
- `@complaint-adjective`: rule L2. The words the same terms put before a head that is a part
  of the body ("swollen ankles", "itchy skin"), kept when the word, or the word it is formed
  from (its participle's verb, the noun of an -y adjective, the verb's -ing noun), has a bodily
  commonest sense as in L1, or its verb's commonest sense is a bodily process (WordNet's
  verb.body). "swollen" (swell, swelling), "itchy" (itch), "inflamed" stay; "dry", "red",
  "small", "absent" go.
- `@complaint-verb`: rule L3. The verbs WordNet derives from the L1 heads (its derivationally
  related forms) whose commonest sense is a bodily process (verb.body: "bleed", "itch",
  "ache", "swell"), with their inflections.
- `@complaint-location`: rule L4. The nouns whose commonest WordNet sense is a part of the
  body (a hyponym of "body part": organs, limbs, joints, regions, an animal's hoof, beak or
  udder), one word or a WordNet compound ("heart valve", "ear canal"), singular and plural.
- `@complaint-adjective` also holds rule L2b: the adjectives WordNet derives from an L1 noun's
  bodily sense (its "+" and pertainym pointers) when that sense is the adjective's commonest:
  "numb" (numbness), "dizzy" (dizziness), "achy" (ache), "arthritic" (arthritis). The symptom
  terms seldom put them before a part of the body, but copy says "my fingers go numb".
- `@complaint-adjective` also holds rule L2c (session 33): the adjectives of a germ's cause,
  whose commonest WordNet sense pertains to a germ (its "+" or pertainym pointer reaches a
  noun sense that is a germ, derive.py's `is_germ_sense`: "fungal" fungus, "bacterial"
  bacteria, "viral" virus) and that the condition vocabularies put first in at least
  `CAUSE_TERMS` terms ending in "infection" or "disease" ("fungal infection", "viral
  disease"): before a part of the body they name its infection as lay copy does ("a fungal
  foot", "her bacterial eye", "my viral chest"), a name no vocabulary lists.
- `@complaint-part-verb`: rule L6. A part of the body that stops working, gives way or locks
  names a complaint ("my back gave out", "his knees buckled", "my knees lock"): the words of
  WordNet's verb senses "stop operating or functioning" (fail), "break down, literally or
  metaphorically" (collapse) and "become rigid or immoveable" (lock), and of the senses under
  them, with inflections. A one-word verb is kept when that sense is its commonest
  ("collapse", "malfunction") or when WordNet's own example says it of a part of the body
  ("His knees buckled"; "the patient's knees tended to lock"); a phrasal verb ("give out",
  "give way") is kept as written. The checker reads them only after a part of the body, as
  its verb, with no object after them (TaggedSentence+Complaints.swift).
- `@complaint-located-noun`: rule L7. A thing found in or on a part of the body: a noun the
  condition vocabularies (MeSH C and F03, the Disease Ontology, ICD-10-CM, SYMP, the HPO's
  layperson synonyms) put as the head of a term beside a part of the body ("breast lump",
  "polyp of colon", "calculus of kidney") whose commonest WordNet sense is not bodily (else it
  is L1's), when WordNet gives it a sense that is (a lump, a growth, a wart, a spot, a boil: L1's
  roots, any sense), or, for a head the vocabularies place on three parts of the body or more,
  when its commonest sense is a natural object ("stone", "calculus", "splinter"). A word WordNet
  also gives a colour sense ("redness") is left out: on a part of the body it says how the part
  looks; so is a word whose commonest sense is an act, an event, a force or a thought: it names
  something done to the part ("the strain on your back", "an attack on the heart"). The checker reads these words only where a
  preposition of place puts them in, on or under a part of the body ("a growth on the eyelid",
  "stones in your bile duct"), never with "of" ("the growth of your nails").
- `@complaint-location-possessed`: rule L5. The nouns with a body-part sense that is not
  their commonest ("gums": chewing gum first; "head" …), or that are also adverbs or more
  often adjectives ("back", "behind"): a part of the body only when a possessive or a
  determiner of a body stands before them ("your gums", "a horse's back").

- `@condition-process-head` and `@condition-part-adjective`: rule L9, the compositional
  condition name. The condition vocabularies name many diseases by a part of the body and a
  word for what goes wrong with it ("kidney failure", "narrowing of the aorta", "retinal
  thinning", "corneal degeneration"), and copy names others the same way that no vocabulary
  lists ("hip joint degeneration", "carotid narrowing", "bone thinning"). The heads: the last
  word of a term whose other words are all parts of the body (L4) or adjectives of one
  (`@condition-part-adjective`), or its first word before "of" or "in" and such words, in the
  condition terms of rule L7 (MeSH C and F03, the Disease Ontology, ICD-10-CM, SYMP, the HPO's
  layperson synonyms), kept when the terms place it on two parts of the body or more, at least
  one of them in a disease source (MeSH C but C23.888's signs and symptoms, the Disease
  Ontology, ICD-10-CM but chapter R), and its commonest WordNet noun sense is a change, a
  process, a state, an event or a phenomenon (noun.process, noun.state, noun.act, noun.event,
  noun.phenomenon; an attribute sense first is passed over: "narrowing" is a width, then a
  decrease; "mass" a measure, then a quantity). Left out: a word already L1's or L7's, a part
  of the body, a word that is a vocabulary condition by itself (it needs no part), a word with
  a colour or appearance sense among its first two (it says how a part looks:
  "discoloration", "nevus"), a normal physiological state ("pregnancy"), an increase
  ("enlargement", "compression": a part made bigger or denser is what a cosmetic, a garment or
  training promises as often as a disease), and a word with a thing's sense among its first
  two (an artifact, object, substance, food, body, plant, quantity: "deposit", "wear",
  "mass"). The adjectives: those whose commonest WordNet sense pertains to a part of the body
  (a pertainym pointer to an L4 sense: "renal", "carotid", "retinal") and that the same
  disease terms put before a head. The checker reads a part (one or two words, or an adjective
  of one) right before a head as a disease name (TaggedSentence+CompositionalConditions.swift).

- `@animal-condition-head`: rule L10, the names keepers give an animal's disease by its
  part or its kind and a word for the harm ("foot rot", "sheep rot", "fowl pox", "sheep pox"),
  which copy writes for other parts and kinds no vocabulary lists ("tail rot", "shell rot",
  "pigeon pox"). The heads: the last word of a two-word disease of the condition vocabulary
  (`Vocabulary/conditions.tsv`, WordNet's animal diseases among its sources) whose first word
  is an animal's kind or part (`@animal-kind`, `@animal-part`, `@animal-part-shared` of
  `implied-anatomy.yaml`), kept when the vocabulary places it after two of them or more, one
  a kind of animal (a harm named only after parts a person has too, "foot injury", "knee
  injury", is a person's), and its commonest WordNet noun sense is a state or a process
  (noun.state, noun.process: "rot", "pox") with no thing's sense among its first two. Left out as in L9: a word already L1's or
  L7's, a part, a word that is a vocabulary condition by itself. The checker reads one after
  such a part or kind as a disease name only in a sentence that names an animal
  (TaggedSentence+CompositionalConditions.swift): rot on a fence or in a tomato stays theirs.

Words of fewer than three letters and words that are stopwords of the lexicon are left out.
"""

import argparse
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
spec = importlib.util.spec_from_file_location("derive", os.path.join(HERE, "derive.py"))
derive = importlib.util.module_from_spec(spec)
spec.loader.exec_module(derive)

OUT = os.path.join(ROOT, "Sources", "EvidentCheck", "RulePacks", "complaints.yaml")
BODY_PART = "05220461"  # WordNet 3.0: body part (noun)
# derive.py's medical roots less "physiological state" (sleep, pregnancy are not complaints),
# plus "cutaneous sensation" (itch, tickle, prickling).
PHYSIOLOGICAL_STATE = "14034177"
# Rule L7: a word with a sense under "color" (a visual attribute) names how a part looks.
COLOR = "04956594"
# Rule L7: a word whose commonest sense is an act, an event, a force or a thought names
# something done to a part of the body, not a thing found there ("the strain on your back",
# "an attack on the heart", "the effect on the heart").
DOINGS = {"noun.act", "noun.event", "noun.phenomenon", "noun.cognition", "noun.communication",
          "noun.relation", "noun.time", "noun.feeling", "noun.motive", "noun.possession"}
# Rule L3: a verb whose commonest sense is a process of the body or the perception of one
# ("bleed", "ache"); not a contact, change, motion or emotion ("scratch", "harden", "limp").
BODILY_VERB_FILES = {"verb.body", "verb.perception"}
# Rule L2c: how many terms ending in "infection" or "disease" a germ's adjective must open.
CAUSE_TERMS = 2
CAUSE_HEADS = ("infection", "infections", "disease", "diseases")
COMPLAINT_ROOTS = (derive.MEDICAL_ROOTS - {PHYSIOLOGICAL_STATE}) | {"05723210"}
# Rule L6: WordNet 3.0's verb senses of a thing that stops working, gives way or locks.
PART_FAILURE_ROOTS = {
    "00434374",  # fail, give out, give way, break down: stop operating or functioning
    "01989071",  # collapse, give way, cave in: break down, literally or metaphorically
    "00219775",  # lock: become rigid or immoveable ("the patient's knees tended to lock")
}
# Rule L6: how far before a verb WordNet's example may name the part of the body it is said
# of ("the patient's knees tended to lock").
EXAMPLE_SUBJECT_REACH = 3
# Rule L9: the lexicographer files of a head that names a change, a process or a state.
CHANGE_FILES = {"noun.process", "noun.state", "noun.act", "noun.event", "noun.phenomenon",
                "noun.attribute"}
# Rule L9: a sense under "appearance" (a blemish, a discolouration) says how a part looks.
APPEARANCE = "04673965"
# Rule L9: senses of things (a head with one among its first two senses is left out).
THING_FILES = {"noun.artifact", "noun.object", "noun.substance", "noun.food", "noun.body",
               "noun.plant", "noun.animal", "noun.Tops", "noun.person", "noun.group",
               "noun.quantity"}
# Rule L9: an increase ("enlargement": a part made bigger; "compression": made denser) is what
# a cosmetic, a garment or training promises as often as a disease ("breast enlargement", "leg
# compression"): WordNet's increase as an act, an event and a process.
INCREASE = {"00363260", "07356676", "13497135"}
# Rule L9: the words between a head and its part ("narrowing of the aorta").
PROCESS_LINKS = {"of", "in"}
# The words after which a symptom term's head has ended ("swelling of the ankles").
HEAD_ENDERS = {
    "of", "in", "on", "at", "around", "behind", "under", "between", "from", "with", "due",
    "after", "during", "when", "while", "to", "for", "affecting", "involving", "and", "or",
}


class Lexicon:
    """WordNet with the derivationally related forms and the irregular forms."""

    def __init__(self, folder):
        self.wn = derive.WordNet(folder)
        self.related = {}  # (pos, offset) -> [(pos, offset)] across parts of speech
        self.exceptions = {}  # inflected form -> base forms
        for pos in ("noun", "verb", "adj"):
            for offset, words, links in derive.synset_records(folder, pos):
                for symbol, target, target_pos, numbers in links:
                    if symbol in ("+", "<", "\\"):
                        name = {"n": "noun", "v": "verb", "a": "adj", "s": "adj",
                                "r": "adv"}[target_pos]
                        # A lexical pointer belongs to one word of the synset.
                        source = int(numbers[:2], 16)
                        owner = words[source - 1] if source else None
                        self.related.setdefault((pos, offset), []).append((name, target, owner))
        self.tagged = {}  # (pos, lemma) -> how many of its senses occur in tagged texts
        for pos in ("noun", "verb", "adj"):
            with open(os.path.join(folder, "index." + pos), encoding="latin-1") as f:
                for line in f:
                    if line.startswith(" "):
                        continue
                    parts = line.split()
                    self.tagged[(pos, parts[0])] = int(parts[5 + int(parts[3])])
        for pos in ("noun", "verb", "adj"):
            with open(os.path.join(folder, pos + ".exc"), encoding="latin-1") as f:
                for line in f:
                    words = line.split()
                    if len(words) >= 2:
                        self.exceptions.setdefault(words[0], []).extend(
                            (pos, w) for w in words[1:])

    def targets(self, sense, word=None):
        """The senses WordNet derives from a sense (of `word`, when given, for the pointers
        that belong to one word)."""
        return [(p, o) for p, o, owner in self.related.get(sense, [])
                if word is None or owner is None or owner == word]

    def senses(self, lemma, pos=None):
        return [s for s in self.wn.index.get(lemma, [])
                if s not in self.wn.proper and (pos is None or s[0] == pos)]

    def lemmas(self, word, pos):
        """The base forms of a word in one part of speech (WordNet's morphy, simplified)."""
        out = []
        for p, base in self.exceptions.get(word, []):
            if p == pos:
                out.append(base)
        endings = {
            "noun": [("ies", "y"), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"),
                     ("men", "man"), ("s", ""), ("", "")],
            "verb": [("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""),
                     ("ing", "e"), ("ing", ""), ("", "")],
            "adj": [("er", ""), ("est", ""), ("er", "e"), ("est", "e"), ("", "")],
        }[pos]
        for suffix, ending in endings:
            if suffix and not word.endswith(suffix):
                continue
            base = (word[:-len(suffix)] if suffix else word) + ending
            if base and self.senses(base, pos):
                out.append(base)
            # a doubled consonant before -ing/-ed ("throbbing")
            if pos == "verb" and suffix in ("ing", "ed") and len(base) > 2 \
                    and base[-1] == base[-2] and self.senses(base[:-1], pos):
                out.append(base[:-1])
        return list(dict.fromkeys(out))

    def commonest_is_bodily(self, word):
        """Rule L1's test: the first sense of the word's first part of speech is bodily, and
        it is the commonest: WordNet orders senses by their frequency in its tagged texts, so
        for a word none of whose senses occur there ("redness": inflammation, then the
        colour) every sense must be bodily."""
        for pos in ("noun", "verb", "adj"):
            for lemma in self.lemmas(word, pos):
                senses = self.senses(lemma, pos)
                if not senses:
                    continue
                if self.tagged.get((pos, lemma), 0) == 0:
                    return all(self.is_bodily(s) for s in senses)
                return self.is_bodily(senses[0])
        return False

    def first_sense(self, word):
        """The commonest sense of a word: the first sense of its first part of speech WordNet
        lists (noun, verb, adjective), over its base forms."""
        for pos in ("noun", "verb", "adj"):
            for lemma in self.lemmas(word, pos):
                senses = self.senses(lemma, pos)
                if senses:
                    return senses[0]
        return None

    def is_bodily(self, sense, follow=True):
        """Rule L1: a kind of ill health, disorder, symptom, pain, injury or infection, a skin
        sensation (an itch, a tickle), or a sense on a medical topic; a verb or adjective
        sense WordNet derives from (or to) such a noun sense ("ache": feel physical pain).
        Physiological states that are normal (sleep, pregnancy) are not complaints."""
        if sense is None:
            return False
        if self.reaches(sense, lambda s: s[1] in COMPLAINT_ROOTS or s in self.wn.medical_topic,
                        stop=lambda s: s[1] == PHYSIOLOGICAL_STATE):
            return True
        if follow and sense[0] != "noun":
            return any(self.is_bodily(t, follow=False) for t in self.targets(sense)
                       if t[0] == "noun")
        return False

    def reaches(self, sense, wanted, stop=lambda s: False):
        """Whether a sense or one of its hypernyms is `wanted` (not looking past `stop`)."""
        return self.wn.reaches(sense, wanted, stop)

    def under_body_part(self, sense):
        return self.reaches(sense, lambda s: s == ("noun", BODY_PART))

    def location(self, word):
        """'first' when the commonest noun sense of the word is a part of the body, 'some'
        when another noun sense is, None otherwise."""
        result = None
        for lemma in self.lemmas(word.replace(" ", "_"), "noun"):
            senses = self.senses(lemma, "noun")
            if not senses:
                continue
            if self.under_body_part(senses[0]):
                return "first"
            if any(self.under_body_part(s) for s in senses):
                result = "some"
        return result


def heads_and_modifiers(terms, lexicon):
    """Rule L1/L2 candidates: {head: count} of heads that are not a part of the body, and
    {modifier: count} of the words before a head that is."""
    heads, modifiers = {}, {}
    for term in terms:
        if "," in term:
            continue
        words = derive.words_of(term)
        for index, word in enumerate(words):
            if index > 0 and word in HEAD_ENDERS:
                words = words[:index]
                break
        if not words:
            continue
        head = words[-1]
        if lexicon.location(head) == "first":
            for word in words[:-1]:
                modifiers[word] = modifiers.get(word, 0) + 1
        else:
            heads[head] = heads.get(head, 0) + 1
    return heads, modifiers


def family(word, lexicon):
    """A word with the words it is formed from (the verb of a participle: "swollen", swell;
    the noun or verb of an -y adjective: "itchy", itch), their -ing nouns, and the words
    WordNet derives from the commonest sense of each (its "+" and pertainym pointers)."""
    bases = {word}
    for pos in ("verb", "adj", "noun"):
        bases.update(lexicon.lemmas(word, pos))
    if word.endswith("y") and len(word) > 4:
        stem = word[:-1]
        for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2]
                     else None):
            if base and (lexicon.senses(base, "noun") or lexicon.senses(base, "verb")):
                bases.add(base)
    for base in list(bases):
        if lexicon.senses(base, "verb"):
            bases.add((base[:-1] if base.endswith("e") and not base.endswith("ee") else base)
                      + "ing")
    out = set(bases)
    for base in bases:
        for pos in ("noun", "verb", "adj"):
            senses = lexicon.senses(base, pos)
            for target in lexicon.targets(senses[0], base) if senses else []:
                out.update(synset_words(lexicon, target))
    return out


def adjective_is_bodily(word, lexicon, complaints):
    """Rule L2: an adjective of a part of the body names a complaint when its word family
    holds an L1 noun or an L3 verb ("swollen": swelling; "itchy": itch; "sore": soreness),
    unless its commonest adjective sense is WordNet's derivation of attributes only, none of
    them bodily ("red": the colour; "dry": dryness)."""
    own = lexicon.senses(word, "adj")
    if own:
        nouns = [t for t in lexicon.targets(own[0], word) if t[0] == "noun"]
        if nouns and all(lexicon.wn.files[t] == "noun.attribute" and not lexicon.is_bodily(t)
                         for t in nouns):
            return False
    return bool(family(word, lexicon) & complaints)


def inflections(verb):
    """A verb's regular inflections and WordNet's irregular ones are added by the caller."""
    forms = {verb}
    if verb.endswith("e") and not verb.endswith("ee"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    else:
        ending = "es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s"
        forms |= {verb + ending, verb + "ed", verb + "ing"}
    return forms


def plural(noun):
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def condition_terms_of(vocab_dir, diseases_only=False):
    """Rule L7's terms beyond the symptom terms: every name and synonym of MeSH C and F03, the
    Disease Ontology and ICD-10-CM's disease chapters (descriptions and inclusion terms). With
    `diseases_only` (rule L9's disease sources), MeSH's descriptors filed only under C23.888
    (signs and symptoms) and ICD-10-CM's chapter R (symptoms and signs) are left out."""
    import xml.etree.ElementTree as ET
    terms = []
    with open(os.path.join(vocab_dir, "mesh", "mesh2024_C_F03_subset.tsv"),
              encoding="utf-8") as f:
        for line in f:
            ui, name, entries, trees = line.rstrip("\n").split("\t")[:4]
            numbers = [t for t in trees.split("|") if t]
            if diseases_only and numbers and all(t.startswith("C23.888") for t in numbers):
                continue
            terms += [name] + [t for t in entries.split("|") if t]
    _, stanzas = derive.read_obo(os.path.join(vocab_dir, "doid", "doid-2024-01-31.obo.gz"))
    for fields in stanzas:
        if "name" in fields and fields.get("id", [""])[0].startswith("DOID:") \
                and fields.get("is_obsolete") != ["true"]:
            terms += [fields["name"][0]] + derive.synonyms(fields)
    tree = ET.parse(os.path.join(vocab_dir, "icd10cm", "icd10c-tabular-April-1-2026.xml"))
    left_out = "RVWXYZ" if diseases_only else "VWXYZ"
    for diag in tree.iter("diag"):
        code = diag.findtext("name") or ""
        if not code or code[0] in left_out or (code[0] == "U" and not code.startswith("U07")):
            continue
        terms.append(diag.findtext("desc") or "")
        for tag in ("inclusionTerm", "includes"):
            for holder in diag.findall(tag):
                terms += [note.text or "" for note in holder.findall("note")]
    return terms

def read_stopwords(path):
    """The lexicon's stopwords (its top-level `stopwords: [...]`)."""
    with open(path, encoding="utf-8") as f:
        found = re.search(r"^stopwords: \[(.*?)\]", f.read(), re.M | re.S)
    body = re.sub(r"#.*", "", found.group(1)) if found else ""
    return {w.strip().strip('"') for w in body.split(",") if w.strip()}


def derive_classes(vocab_dir, wordnet_dir):
    lexicon = Lexicon(wordnet_dir)
    stopwords = read_stopwords(derive.LEXICON)
    terms = []
    _, stanzas = derive.read_obo(os.path.join(vocab_dir, "symp", "symp.obo"))
    for fields in stanzas:
        if "name" in fields and fields.get("id", [""])[0].startswith("SYMP:") \
                and not fields["name"][0].startswith("obsolete"):
            terms += [fields["name"][0]] + derive.synonyms(fields)
    _, stanzas = derive.read_obo(os.path.join(vocab_dir, "hpo", "hp-2025-01-16.obo"))
    for fields in stanzas:
        if fields.get("is_obsolete") != ["true"]:
            terms += derive.synonyms(fields, scope="layperson")
    with open(os.path.join(vocab_dir, "mesh", "mesh2024_C_F03_subset.tsv"),
              encoding="utf-8") as f:
        for line in f:
            ui, name, entries, trees = line.rstrip("\n").split("\t")[:4]
            if any(t.startswith("C23.888") for t in trees.split("|")):
                terms += [name] + [t for t in entries.split("|") if t]
    terms = [t.lower() for t in terms]
    heads, modifiers = heads_and_modifiers(terms, lexicon)
    condition_terms = [t.lower() for t in condition_terms_of(vocab_dir)] + terms

    def usable(word):
        return len(word) >= 3 and word.isalpha() and word not in stopwords

    nouns = sorted(h for h in heads if usable(h) and any(
        lexicon.senses(lemma, "noun") for lemma in lexicon.lemmas(h, "noun"))
        and lexicon.commonest_is_bodily(h))
    # Rule L3: the bodily verbs WordNet derives from the nouns.
    verbs = set()
    for target, verb in derived_words(nouns, "verb", lexicon):
        first = lexicon.senses(verb, "verb")
        if first and lexicon.wn.files[first[0]] in BODILY_VERB_FILES \
                and lexicon.is_bodily(first[0]) and usable(verb) and "_" not in verb:
            verbs.add(verb)
    complaints = set(nouns) | verbs
    # An adjective: WordNet knows it as one, or it is a participle ("swollen", "torn").
    adjectives = sorted(
        m for m in modifiers if usable(m) and m not in nouns
        and (lexicon.senses(m, "adj") or m.endswith(("ed", "en", "ing"))
             or ("verb", m) in [(p, w) for p, w in lexicon.exceptions.get(m, [])]
             or any(p == "verb" for p, _ in lexicon.exceptions.get(m, [])))
        and adjective_is_bodily(m, lexicon, complaints))
    # Rule L2b: adjectives WordNet derives from an L1 noun's bodily sense, that sense being
    # their commonest.
    derived = set()
    for target, word in derived_words(nouns, "adj", lexicon):
        own = lexicon.senses(word, "adj")
        if own and own[0] == target and lexicon.is_bodily(target) and usable(word) \
                and "_" not in word and word not in nouns:
            derived.add(word)
    # Rule L2c: adjectives of a germ's cause the vocabularies open infection terms with.
    opened = {}
    for term in condition_terms:
        words = term.split()
        if len(words) >= 2 and words[-1] in CAUSE_HEADS:
            opened[words[0]] = opened.get(words[0], 0) + 1
    for word, count in opened.items():
        own = lexicon.senses(word, "adj")
        if count >= CAUSE_TERMS and own and usable(word) and any(
                target[0] == "noun" and lexicon.wn.is_germ_sense(target)
                for target in lexicon.targets(own[0], word)):
            derived.add(word)
    adjectives = sorted(set(adjectives) | derived)
    verb_forms = set()
    for verb in verbs:
        verb_forms |= inflections(verb)
        for form, bases in lexicon.exceptions.items():
            if ("verb", verb) in bases:
                verb_forms.add(form)
    # Rule L4/L5: the parts of the body.
    first, some = set(), set()
    for lemma in lexicon.wn.index:
        if not re.fullmatch(r"[a-z]+(?:_[a-z]+)?", lemma) or len(lemma) < 3:
            continue
        senses = lexicon.senses(lemma, "noun")
        if not senses or lemma in stopwords:
            continue
        phrase = lemma.replace("_", " ")
        # A word that is also an adverb or preposition ("back", "behind"), or more often an
        # adjective ("optic", "anterior"), is read as that first: a part of the body only
        # after a possessive ("my back", rule L5), where it can only be a noun.
        others = lexicon.senses(lemma, "adj")
        if lexicon.senses(lemma, "adv") or len(others) > len(senses):
            if any(lexicon.under_body_part(s) for s in senses):
                some |= {phrase, plural(phrase)}
            continue
        if lexicon.under_body_part(senses[0]):
            first |= {phrase, plural(phrase)}
        elif any(lexicon.under_body_part(s) for s in senses):
            some |= {phrase, plural(phrase)}
    for form, bases in lexicon.exceptions.items():
        for pos, base in bases:
            if pos == "noun" and base.replace("_", " ") in first and form.isalpha():
                first.add(form)
    some -= first
    part_verbs = set()
    for verb in part_failure_verbs(lexicon, wordnet_dir, first):
        words = verb.split("_")
        if not all(usable(w) or w in PARTICLES for w in words) or len(words[0]) < 3:
            continue
        forms = inflections(words[0])
        for form, bases in lexicon.exceptions.items():
            if ("verb", words[0]) in bases and form.isalpha():
                forms.add(form)
        part_verbs |= {" ".join([form] + words[1:]) for form in forms}
    located = located_nouns(condition_terms, lexicon, first | some, nouns, usable)
    disease_terms = {t.lower() for t in condition_terms_of(vocab_dir, diseases_only=True)}
    process, part_adjectives_used = process_heads(
        condition_terms, disease_terms, lexicon, first,
        part_adjectives(lexicon, wordnet_dir, first), set(nouns) | set(located),
        vocabulary_phrases(), usable)
    animal_heads = animal_condition_heads(
        lexicon, set(nouns) | set(located), vocabulary_phrases(), usable)
    return {
        "complaint-noun": nouns,
        "complaint-located-noun": located,
        "complaint-adjective": adjectives,
        "complaint-verb": sorted(verb_forms),
        "complaint-part-verb": sorted(part_verbs),
        "complaint-location": sorted(first),
        "complaint-location-possessed": sorted(some),
        "condition-process-head": process,
        "condition-part-adjective": part_adjectives_used,
        "animal-condition-head": animal_heads,
    }, {"terms": len(terms), "heads": len(heads), "modifiers": len(modifiers)}


def part_adjectives(lexicon, wordnet_dir, parts):
    """Rule L9: the adjectives whose commonest sense WordNet points to a part of the body with
    a pertainym ("renal": kidney; "carotid": carotid artery)."""
    out = set()
    for offset, words, links in derive.synset_records(wordnet_dir, "adj"):
        for symbol, target, target_pos, numbers in links:
            if symbol != "\\" or target_pos != "n" or not lexicon.under_body_part(
                    ("noun", target)):
                continue
            source = int(numbers[:2], 16)
            word = re.sub(r"\(.*\)$", "", words[source - 1].lower()) if source else None
            if word and word.isalpha():
                own = lexicon.senses(word, "adj")
                if own and own[0] == ("adj", offset):
                    out.add(word)
    return out


def process_heads(terms, disease_terms, lexicon, parts, adjectives, excluded, vocabulary,
                  usable):
    """Rule L9: the heads and the part adjectives (see the docstring)."""
    modifiers = parts | adjectives
    placed, in_disease, used = {}, {}, set()
    for term in terms:
        if "," in term:
            continue
        words = derive.words_of(term)
        if not 2 <= len(words) <= 5:
            continue
        pairs = []
        if all(w in modifiers for w in words[:-1]) and words[-1] not in modifiers:
            pairs.append((words[-1], words[:-1]))
        if len(words) >= 3 and words[1] in PROCESS_LINKS and words[0] not in modifiers:
            rest = [w for w in words[2:] if w not in ("the", "a", "an")]
            if rest and all(w in modifiers for w in rest):
                pairs.append((words[0], rest))
        for head, mods in pairs:
            if not head.isalpha():
                continue
            base = (lexicon.lemmas(head, "noun")[:1] or [head])[0]
            placed.setdefault(base, set()).add(mods[-1])
            if term in disease_terms:
                in_disease.setdefault(base, set()).add(mods[-1])
                used.update(m for m in mods if m in adjectives)
    heads = set()
    for head, where in placed.items():
        if len(where) < 2 or not in_disease.get(head) or not usable(head) \
                or head in excluded or head in modifiers or head in vocabulary:
            continue
        senses = lexicon.senses(head, "noun")[:2]
        # An attribute sense (a shape, a measure: "narrowing" as a width) says what a part
        # is like; the head is read by its first other sense.
        doing = [s for s in senses if lexicon.wn.files[s] != "noun.attribute"][:1]
        if not doing or lexicon.wn.files[doing[0]] not in CHANGE_FILES:
            continue
        if any(lexicon.wn.files[s] in THING_FILES for s in senses):
            continue
        if any(lexicon.reaches(s, lambda x: x[1] in (COLOR, APPEARANCE)) for s in senses) \
                or lexicon.reaches(doing[0],
                                   lambda x: x[1] == PHYSIOLOGICAL_STATE or x[1] in INCREASE):
            continue
        heads |= {head} | ({plural(head)} if not head.endswith("s") else set())
    for form, bases in lexicon.exceptions.items():
        if any(pos == "noun" and base in heads for pos, base in bases) and form.isalpha():
            heads.add(form)
    return sorted(heads - excluded), sorted(used)


# Rule L10: the derived classes of an animal's kinds and parts (.ci/implied/derive-anatomy.py).
ANATOMY = os.path.join(ROOT, "Sources", "EvidentCheck", "RulePacks", "implied-anatomy.yaml")
ANIMAL_CLASSES = ("animal-kind", "animal-part", "animal-part-shared")
# Rule L10: the lexicographer files of a disease's head (a state or a process: "rot", "pox").
ANIMAL_HEAD_FILES = {"noun.state", "noun.process"}


def animal_words(names=ANIMAL_CLASSES):
    """Rule L10: the words of the classes `names` in implied-anatomy.yaml."""
    with open(ANATOMY, encoding="utf-8") as f:
        text = f.read()
    out = set()
    for name in names:
        found = re.search(r"^  " + re.escape(name) + r": \[(.*?)\]", text, re.M | re.S)
        body = re.sub(r"#.*", "", found.group(1)) if found else ""
        out |= {w.strip().strip('"') for w in body.split(",") if w.strip()}
    return out


def animal_condition_heads(lexicon, excluded, vocabulary, usable):
    """Rule L10: the heads of two-word diseases placed after an animal's kind or part (see the
    docstring), singular and plural."""
    animals, kinds = animal_words(), animal_words(("animal-kind",))
    placed = {}
    path = os.path.join(ROOT, "Sources", "EvidentCheck", "Vocabulary", "conditions.tsv")
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(fields) < 2 or fields[1] != "disease":
                continue
            words = fields[0].split()
            if len(words) != 2 or words[0] not in animals or words[1] in animals \
                    or not words[1].isalpha():
                continue
            base = (lexicon.lemmas(words[1], "noun")[:1] or [words[1]])[0]
            placed.setdefault(base, set()).add(words[0])
    heads = set()
    for head, where in placed.items():
        if len(where) < 2 or not where & kinds or not usable(head) or head in excluded \
                or head in animals \
                or head in vocabulary:
            continue
        senses = lexicon.senses(head, "noun")[:2]
        if not senses or lexicon.wn.files[senses[0]] not in ANIMAL_HEAD_FILES \
                or any(lexicon.wn.files[s] in THING_FILES for s in senses):
            continue
        heads |= {head} | ({plural(head)} if not head.endswith("s") else set())
    return sorted(heads - excluded)


def vocabulary_phrases():
    """The phrases of the derived condition vocabulary (conditions.tsv) and its overlay."""
    out = set()
    for name in ("conditions.tsv", "aliases.tsv"):
        path = os.path.join(ROOT, "Sources", "EvidentCheck", "Vocabulary", name)
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    out.add(line.split("\t")[0].strip('"'))
    return out


def located_heads(terms, lexicon, parts):
    """Rule L7's evidence from the vocabularies: {head: set of parts} for every condition term
    of at most six words that puts a part of the body right before its last word ("breast
    lump") or after its first word and a preposition of place or "of" ("polyp of colon",
    "stones in the kidney"); heads by WordNet's base form."""
    places = {"of", "in", "on", "at", "around", "behind", "under", "between", "inside",
              "within", "over"}
    found = {}
    for term in set(terms):
        if "," in term:
            continue
        words = derive.words_of(term)
        if not 2 <= len(words) <= 6:
            continue
        pairs = []
        if words[-2] in parts and words[-1] not in parts:
            pairs.append((words[-1], words[-2]))
        if len(words) >= 3 and words[1] in places and words[0] not in parts:
            rest = [w for w in words[2:] if w not in ("the", "a", "an")]
            if rest and len(rest) <= 2 and rest[-1] in parts:
                pairs.append((words[0], rest[-1]))
        for head, part in pairs:
            if not head.isalpha():
                continue
            for base in lexicon.lemmas(head, "noun")[:1] or [head]:
                found.setdefault(base, set()).add(part)
    return found


def located_nouns(terms, lexicon, parts, complaint_nouns, usable):
    """Rule L7: the nouns of `located_heads` that WordNet gives a bodily sense other than the
    commonest, or (placed on three parts or more) whose commonest sense is a natural object;
    none with a colour sense or whose commonest sense is a doing (DOINGS); singular and
    plural."""
    out = set()
    for head, placed in located_heads(terms, lexicon, parts).items():
        senses = lexicon.senses(head, "noun")
        if not senses or not usable(head) or head in parts or head in complaint_nouns \
                or lexicon.commonest_is_bodily(head):
            continue
        if any(lexicon.reaches(s, lambda x: x == ("noun", COLOR)) for s in senses) \
                or lexicon.wn.files[senses[0]] in DOINGS:
            continue
        harm = any(lexicon.reaches(s, lambda x: x[1] in COMPLAINT_ROOTS,
                                   stop=lambda x: x[1] == PHYSIOLOGICAL_STATE) for s in senses)
        thing = len(placed) >= 3 and lexicon.wn.files[senses[0]] == "noun.object"
        if harm or thing:
            out |= {head, plural(head)}
    for form, bases in lexicon.exceptions.items():
        if any(pos == "noun" and base in out for pos, base in bases) and form.isalpha():
            out.add(form)
    return sorted(out - set(complaint_nouns))


def derived_words(nouns, pos, lexicon):
    """The (sense, word) pairs of part of speech `pos` that WordNet derives from the bodily
    senses of `nouns` (rules L3 and L2b)."""
    for noun in nouns:
        for lemma in lexicon.lemmas(noun, "noun"):
            for sense in lexicon.senses(lemma, "noun"):
                if not lexicon.is_bodily(sense):
                    continue
                for target in lexicon.targets(sense, lemma):
                    if target[0] == pos:
                        for word in synset_words(lexicon, target):
                            yield target, word


# The particles of a phrasal verb ("give out", "give way", "cave in").
PARTICLES = {"up", "out", "in", "down", "off", "way", "over"}


def part_failure_verbs(lexicon, wordnet_dir, parts):
    """Rule L6: the verbs of PART_FAILURE_ROOTS and the senses under them: a phrasal verb as
    written; a one-word verb when the sense is its commonest, or when one of WordNet's
    examples of the sense names a part of the body (`parts`) at most EXAMPLE_SUBJECT_REACH
    words before the verb."""
    below, examples = {}, {}
    for offset, _, links in derive.synset_records(wordnet_dir, "verb"):
        for symbol, target, target_pos, _ in links:
            if symbol == "@" and target_pos == "v":
                below.setdefault(target, []).append(offset)
    with open(os.path.join(wordnet_dir, "data.verb"), encoding="latin-1") as f:
        for line in f:
            if not line.startswith(" "):
                head, _, gloss = line.partition(" | ")
                examples[head.split()[0]] = re.findall(r'"([^"]*)"', gloss)
    senses, stack = set(), list(PART_FAILURE_ROOTS)
    while stack:
        offset = stack.pop()
        if offset not in senses:
            senses.add(offset)
            stack.extend(below.get(offset, []))
    out = set()
    for offset in senses:
        for word in synset_words(lexicon, ("verb", offset)):
            if "_" in word:
                if word.split("_")[-1] in PARTICLES and len(word.split("_")) == 2:
                    out.add(word)
                continue
            own = lexicon.senses(word, "verb")
            said_of_part = False
            for example in examples.get(offset, []):
                tokens = re.findall(r"[a-z]+", example.lower().replace("'s ", " "))
                for index, token in enumerate(tokens):
                    if token in lexicon.lemmas(token, "verb") or not any(
                            base == word for base in lexicon.lemmas(token, "verb")):
                        if token != word:
                            continue
                    if any(t in parts for t in tokens[max(0, index - EXAMPLE_SUBJECT_REACH):index]):
                        said_of_part = True
            if (own and own[0] == ("verb", offset)) or said_of_part:
                out.add(word)
    return sorted(out)


_SYNSET_WORDS = {}


def synset_words(lexicon, sense):
    """The words of a synset."""
    if not _SYNSET_WORDS:
        for lemma, senses in lexicon.wn.index.items():
            for s in senses:
                _SYNSET_WORDS.setdefault(s, []).append(lemma)
    return _SYNSET_WORDS.get(sense, [])


COMMENTS = {
    "complaint-noun": "Rule L1: heads of the symptom terms (SYMP, HPO lay synonyms, MeSH "
                      "C23.888) whose commonest WordNet sense is bodily.",
    "complaint-adjective": "Rule L2: the words those terms put before a part of the body, "
                           "kept when they or their base have a bodily commonest sense; L2b: "
                           "adjectives derived from an L1 noun's bodily sense; L2c: adjectives "
                           "of a germ's cause that open infection terms.",
    "complaint-verb": "Rule L3: the verbs WordNet derives from the L1 heads whose commonest "
                      "sense is a bodily process (verb.body), with inflections.",
    "complaint-part-verb": "Rule L6: verbs of a part of the body that stops working, gives way "
                           "or locks (WordNet: fail, collapse, lock), with inflections.",
    "complaint-located-noun": "Rule L7: heads the vocabularies put beside a part of the body "
                              "with a bodily WordNet sense not the commonest (or a natural "
                              "object on three parts): only in/on/under a part of the body.",
    "complaint-location": "Rule L4: nouns whose commonest WordNet sense is a part of the body.",
    "condition-process-head": "Rule L9: heads the disease terms put after (or before \"of\") "
                              "two parts of the body or more, naming a change or state: "
                              "after a part, a disease name.",
    "condition-part-adjective": "Rule L9: adjectives whose commonest sense pertains to a part "
                                "of the body, as the disease terms use them before a head.",
    "animal-condition-head": "Rule L10: heads the vocabulary's diseases put after two kinds "
                             "or parts of an animal or more, naming a state or process: after "
                             "an animal's kind or part, in a sentence naming an animal, a "
                             "disease name.",
    "complaint-location-possessed": "Rule L5: nouns with a body-part sense that is not their "
                                    "commonest: a part of the body only after a possessive.",
}


def render(classes, counts):
    lines = [
        "# Derived by .ci/vocab/derive-complaints.py (rule L) from the Symptom Ontology (CC0),",
        "# the HPO's layperson synonyms (HPO licence; version 2025-01-16), MeSH 2024 C23.888",
        "# (NLM, public domain) and WordNet 3.0 (Princeton); rule L7 also reads MeSH 2024 C and F03,",
        "# the Disease Ontology (CC0) and ICD-10-CM (CDC/NCHS). Do not edit. Run the script again",
        "# to regenerate; its docstring gives the rules. Read by TaggedSentence+Complaints.swift.",
        f"# {counts['terms']} symptom terms read; {counts['heads']} heads and "
        f"{counts['modifiers']} modifiers of a part of the body considered; kept: "
        + ", ".join(f"{len(v)} {k}" for k, v in classes.items()) + ".",
        "classes:",
    ]
    for name, words in classes.items():
        lines.append(f"  # {COMMENTS[name]}")
        body, line = [], "   "
        for word in words:
            item = f" {word},"
            if len(line) + len(item) > 99:
                body.append(line)
                line = "   "
            line += item
        body.append(line)
        body[-1] = body[-1].rstrip(",")
        lines.append(f"  {name}: [")
        lines += body
        lines.append("  ]")
    return "\n".join(lines + ["rules: []"]) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vocab", default=os.path.join(ROOT, "..", "shared", "vocab"))
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--out", default=OUT)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--stats", action="store_true")
    args = parser.parse_args()
    classes, counts = derive_classes(args.vocab, args.wordnet)
    text = render(classes, counts)
    if args.stats:
        for name, words in classes.items():
            print(f"{name}: {len(words)}", file=sys.stderr)
    return derive.write_or_check({args.out: text}, args.check, "a fresh derivation")


if __name__ == "__main__":
    sys.exit(main())
