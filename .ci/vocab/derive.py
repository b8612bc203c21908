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
# WordNet 3.0 synsets whose hyponyms are medical senses: ill health, pathological state,
# disorder, symptom, injury, pain (state and sensation), abnormality, pathology, infection (state
# and process), illness, disease, mental illness, attack (a sudden illness).
MEDICAL_ROOTS = {
    "14052046", "14051917", "14052403", "14299637", "14285662", "14322699", "05724694",
    "14501726", "14204950", "14174549", "14061805", "14070360", "13498404", "13498666",
    "14380140", "14081375",
}
# A synset filed under one of these topics (WordNet's `;c` domain pointer) is a medical sense.
MEDICAL_TOPICS = {
    "medicine", "pathology", "psychiatry", "neurology", "oncology", "dermatology",
    "ophthalmology", "cardiology", "gynecology", "obstetrics", "urology", "gastroenterology",
    "rheumatology", "endocrinology", "hematology", "immunology", "otology", "dentistry",
    "orthopedics", "pediatrics", "psychopathology", "virology", "bacteriology",
}


def words_of(text):
    """Lowercase word tokens, split like the checker's tokenizer (letters and digits)."""
    return re.findall(r"[0-9a-z\u00c0-\u024f]+(?:'[a-z]+)?", text.lower())


def key_of(text):
    """A dedup key: words with a plural `s` dropped (the checker's stemmer merges them too)."""
    out = []
    for w in words_of(text):
        w = w.replace("'s", "")
        if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
        out.append(w)
    return " ".join(out)


def clean(text):
    """Rule F1: parenthetical and bracketed qualifiers removed, spaces collapsed."""
    text = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", text)
    text = text.replace("\u2019", "'")
    text = re.sub(r"\s+", " ", text).strip(" .;:,-")
    return text


class WordNet:
    """WordNet 3.0: which phrases have an everyday sense besides a medical one."""

    def __init__(self, folder):
        self.folder = folder
        self.available = os.path.exists(os.path.join(folder, "index.noun"))
        self.index = {}
        self.hypernyms = {}
        self.lemmas = set()
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
        topics, names = {}, {}
        with open(os.path.join(folder, "data.noun"), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                parts = line.split(" | ")[0].split()
                offset, n = parts[0], int(parts[3], 16)
                words = [parts[4 + 2 * i] for i in range(n)]
                k = 4 + 2 * n
                up = []
                for i in range(int(parts[k])):
                    symbol, target, pos = parts[k + 1 + 4 * i:k + 4 + 4 * i]
                    if symbol in ("@", "@i") and pos == "n":
                        up.append(target)
                    elif symbol == ";c" and pos == "n":
                        topics.setdefault(offset, []).append(target)
                names[offset] = words[0].lower()
                # Proper nouns ("Cancer" the constellation, the genus) are not senses of the
                # common word.
                self.hypernyms[offset] = (up, words[0][:1].isupper())
        self.topical = {o for o, ts in topics.items()
                        if any(names.get(t) in MEDICAL_TOPICS for t in ts)}
        self.medical = {}

    def is_medical(self, offset):
        if offset in self.medical:
            return self.medical[offset]
        seen, stack, found = set(), [offset], False
        while stack:
            o = stack.pop()
            if o in seen:
                continue
            seen.add(o)
            if o in MEDICAL_ROOTS or o in self.topical:
                found = True
                break
            stack.extend(self.hypernyms.get(o, ([], False))[0])
        self.medical[offset] = found
        return found

    def senses(self, phrase):
        """(medical, everyday) sense counts of a phrase, trying singular forms too."""
        base = phrase.lower().replace(" ", "_").replace("-", "_")
        candidates = [base]
        if base.endswith("ies"):
            candidates.append(base[:-3] + "y")
        if base.endswith("es"):
            candidates.append(base[:-2])
        if base.endswith("s"):
            candidates.append(base[:-1])
        medical = everyday = 0
        for lemma in candidates:
            for pos, offset in self.index.get(lemma, []):
                if pos == "noun":
                    up, proper = self.hypernyms.get(offset, ([], False))
                    if proper:
                        continue
                    if self.is_medical(offset):
                        medical += 1
                    else:
                        everyday += 1
                else:
                    everyday += 1
            if medical or everyday:
                break
        return medical, everyday

    def is_word(self, word):
        return sum(self.senses(word)) > 0


class Vocabulary:
    def __init__(self, wordnet):
        self.wordnet = wordnet
        self.entries = {}  # key -> dict(term, kinds, ids)
        self.dropped = {}

    def drop(self, rule):
        self.dropped[rule] = self.dropped.get(rule, 0) + 1

    def add(self, raw, kind, concept, preferred=False):
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
                return self.drop("F5 short acronym")
            if self.wordnet.available and self.wordnet.is_word(term):
                return self.drop("F5 acronym is a word")
        key = key_of(term)
        if not key:
            return self.drop("F4 no word")
        entry = self.entries.get(key)
        if entry is None:
            entry = {"term": term.lower(), "kinds": set(), "ids": set(), "preferred": False}
            self.entries[key] = entry
        elif len(term) < len(entry["term"]):
            entry["term"] = term.lower()
        entry["kinds"].add(kind)
        entry["ids"].add(concept)
        entry["preferred"] |= preferred

    def rows(self, functions):
        rows = []
        for key in sorted(self.entries):
            entry = self.entries[key]
            kind = "disease" if "disease" in entry["kinds"] else "symptom"
            # Rule F10: a phrase an authorised EU Article 13 claim uses ("reduction of tiredness
            # and fatigue", "weight loss") names a normal function copy may speak of.
            if key in functions:
                kind = "function"
            # Rule F8: a phrase with an everyday sense besides its medical one ("cold",
            # "stroke", "depression") needs a health context in the copy before it counts.
            sense = "-"
            if self.wordnet.available:
                medical, everyday = self.wordnet.senses(entry["term"])
                if everyday and not medical:
                    # Rule F9: an everyday word or phrase WordNet knows only in a non-medical
                    # sense ("atlas" under a fracture code, "aortic arch", "body weight") is a
                    # qualifier, not a condition name, unless it is the preferred name of a
                    # concept ("Alcoholism"), where it stays, as ambiguous.
                    if " " in entry["term"] or not entry["preferred"]:
                        self.drop("F9 everyday sense only")
                        continue
                if everyday:
                    sense = "ambiguous"
            ids = " ".join(sorted(entry["ids"], key=source_order))
            rows.append(f"{entry['term']}\t{kind}\t{sense}\t{ids}")
        return rows


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
            kind = "symptom" if all(t.startswith("C23.888") for t in tree_list) else "disease"
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
    n = 0
    for fields in stanzas:
        if "id" not in fields or fields.get("is_obsolete") == ["true"]:
            continue
        lay = synonyms(fields, scope="layperson")
        if not lay:
            continue
        n += 1
        for term in lay:
            vocabulary.add(term, "symptom", fields["id"][0])
    counts["hpo"] = n

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
    return vocabulary, functions, counts, wordnet.available


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
    ("wordnet", "WordNet (word senses only, no terms)", "WordNet 3.0 licence (Princeton)", "3.0"),
]


def render(vocabulary, functions, counts):
    rows = vocabulary.rows(functions)
    head = [
        "# Evident condition vocabulary: derived by .ci/vocab/derive.py from ../shared/vocab;",
        "# do not edit (lay phrases no source has go in aliases.tsv). Columns: phrase, kind",
        "# (disease | symptom | function), sense (ambiguous: needs a health context | -), concept ids.",
        "# This product uses the Human Phenotype Ontology (version 2025-01-16).",
    ]
    conditions = "\n".join(head + rows) + "\n"
    lines = ["# source\tname\tlicence\tversion\tconcepts used"]
    for key, name, licence, version in SOURCES:
        lines.append(f"{key}\t{name}\t{licence}\t{version}\t{counts.get(key, '-')}")
    kinds = {"disease": 0, "symptom": 0, "function": 0, "ambiguous": 0}
    for row in rows:
        parts = row.split("\t")
        kinds[parts[1]] += 1
        if parts[2] == "ambiguous":
            kinds["ambiguous"] += 1
    lines.append(f"total\tphrases\t{len(rows)} ({kinds['disease']} disease, "
                 f"{kinds['symptom']} symptom, {kinds['function']} function, "
                 f"{kinds['ambiguous']} ambiguous)\t-\t-")
    return conditions, "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vocab", default=os.path.join(ROOT, "..", "shared", "vocab"))
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--out", default=os.path.join(ROOT, "Sources", "EvidentCheck",
                                                      "Vocabulary"))
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--stats", action="store_true")
    args = parser.parse_args()
    vocabulary, functions, counts, has_wordnet = derive(args.vocab, args.wordnet)
    if not has_wordnet:
        print(f"error: WordNet not found in {args.wordnet} (apt-get install wordnet-base)",
              file=sys.stderr)
        return 2
    outputs = dict(zip(("conditions.tsv", "sources.tsv"), render(vocabulary, functions, counts)))
    if args.stats:
        for rule, count in sorted(vocabulary.dropped.items()):
            print(f"dropped by {rule}: {count}", file=sys.stderr)
    status = 0
    for name, text in outputs.items():
        path = os.path.join(args.out, name)
        if args.check:
            try:
                with open(path, encoding="utf-8") as f:
                    same = f.read() == text
            except OSError:
                same = False
            if not same:
                print(f"{path}: differs from what derive.py produces", file=sys.stderr)
                status = 1
        else:
            os.makedirs(args.out, exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"wrote {path} ({len(text.encode())} bytes)")
    return status


if __name__ == "__main__":
    sys.exit(main())
