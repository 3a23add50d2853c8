#!/usr/bin/env python3
"""Convert OpenTaal's Dutch data (as packaged by Debian) into Lucene decompounding resources.

What it reads (Debian bookworm packages; install as root with
`apt-get update && apt-get install -y hyphen-nl wdutch`):

  * /usr/share/hyphen/hyph_nl_NL.dic  -- package `hyphen-nl` (source: libreoffice-dictionaries).
    Plain Liang/TeX hyphenation patterns in libhyphen's format: the first line names the charset
    (currently "ISO8859-1"), optional header lines (LEFTHYPHENMIN, RIGHTHYPHENMIN,
    COMPOUNDLEFTHYPHENMIN, COMPOUNDRIGHTHYPHENMIN, NOHYPHEN, NEXTLEVEL) may follow, then one
    pattern per line.
  * /usr/share/dict/dutch             -- package `wdutch` (source: dutch). OpenTaal's word list,
    UTF-8, one word or phrase per line.

What it writes (next to this script, or into --out):

  * hyph_nl.xml   -- the patterns wrapped in FOP's hyphenation XML format, as read by Lucene's
                     HyphenationCompoundWordTokenFilter.getHyphenationTree(InputSource); UTF-8.
  * words_nl.txt  -- the decompounding dictionary for WordlistLoader.getWordSet: the OpenTaal
                     words that are all lower case (names and abbreviations dropped) and of
                     letters only, with at least 4 letters, minus the affix-like fragments found
                     by affix_fragments() (except KEEP) and minus JUNK_FRAGMENTS; deduplicated,
                     sorted, UTF-8, one per line, no comments or header.
  * names_nl.txt  -- the names of the word list (places, people, streets): the OpenTaal entries of
                     letters only, with at least 3 letters, written with one capital at the start
                     and the rest lower case (abbreviations such as AOW, KvK dropped), whose
                     lower-cased form is not a word of words_nl.txt (Delft is also a word; Laren,
                     Ede and Echt are names here, as words_nl.txt leaves out laren and echt as
                     fragments and ede as too short); lower-cased, deduplicated, sorted, UTF-8,
                     one per line. A
                     query word that is a name is not read as a known word and an unknown rest,
                     nor corrected into another word (Dordrecht is not dord + recht).
  * NOTICE-opentaal.txt -- the licence notice for the files above: their origin, the Debian
                     package names and versions (from dpkg-query) and the licence texts, copied
                     from /usr/share/doc/wdutch/copyright and /usr/share/doc/hyphen-nl/copyright.

Run it again (from the repository root) with:

    python3 indexer/src/main/resources/nl/buurtkennis/analysis/convert-opentaal.py

Options: --hyph PATH, --words PATH, --out DIR. The output is deterministic for given input files
(the NOTICE needs dpkg-query and the packages' copyright files, so run it on Debian with the packages
installed). Only the Python 3 standard library is used.
"""

import argparse
import os
import re
import subprocess
import sys
import unicodedata
from xml.sax.saxutils import escape

DEFAULT_HYPH = "/usr/share/hyphen/hyph_nl_NL.dic"
DEFAULT_WORDS = "/usr/share/dict/dutch"

# libhyphen header keywords that are not patterns.
HEADER_KEYWORDS = (
    "LEFTHYPHENMIN",
    "RIGHTHYPHENMIN",
    "COMPOUNDLEFTHYPHENMIN",
    "COMPOUNDRIGHTHYPHENMIN",
    "NOHYPHEN",
    "NEXTLEVEL",
)

MIN_WORD_LENGTH = 4
MIN_NAME_LENGTH = 3

# Valid Dutch words that are bad compound parts, removed by hand after the automatic
# affix_fragments() filter below. Found by running HyphenationCompoundWordTokenFilter
# (minWordSize 5, minSubwordSize 4, maxSubwordSize 15, all flags off) over the test words of the
# report and over every word of the Dutch documents in corpus/: each is emitted as a part of words
# it is not a constituent of. Every entry also stops the word from being found as a real part
# (e.g. "pers" in persbericht), so only fragments whose false matches outweigh that are listed.
JUNK_FRAGMENTS = {
    # over-splitting fragments known from DictionaryCompoundWordTokenFilter (buurtpreventie)
    "even", "vent", "reven", "tie", "ties",
    # junk parts of the test words: criminaliteit, gemeente, vertrouwen, (woning)inbraak/inbraken,
    # (buurt)bemiddeling
    "mina", "meen", "meent", "gemeen", "trouwen", "trouwe", "braak", "braken", "middeling",
    # suffixes and stems of derived words: mogelijk, bruikbaar, bereikbare, gemakkelijk,
    # afhankelijk, vrijwilliger, beschikbaar, nederlands, parkeerplaatsen, prettig, sterker,
    # blijven, combinatie, personen, geneigd, betrokken, verantwoordelijk, begeleiding, beslissen,
    # prioriteit, brengen, experimenteel, aangesproken, ondersteunen, invoering, ambtenaren,
    # anderzijds, diefstal, bemiddelen, verschillende
    "lijk", "baar", "bare", "moge", "brui", "makke", "hank", "williger", "schik", "neder",
    "plaat", "pret", "ster", "blij", "combi", "pers", "neig", "trok", "woordelijk", "gelei",
    "slis", "rite", "bren", "teel", "sproke", "onderste", "voering", "nare", "zijd", "stal",
    "dele", "lende",
    # endings of verbs in -eren/-eert/-eer (controleer, genoteerd, informeren, parkeren,
    # combineert) and of other frequent words (rapport, iemand, termijn, ontmoeten, tabellen,
    # vandalen, politietaken, burgerarrest, content, control)
    "leer", "teer", "meren", "keren", "neer", "port", "mand", "mijn", "moeten", "bellen",
    "dalen", "tiet", "rest", "tent", "trol",
    # inner pieces of frequent words: cameratoezicht, betrokken(heid), hennepkwekerij,
    # (straat)verlichting, informatie, bespraken/afspraken
    "rato", "betrok", "trokken", "kwek", "lichting", "formatie", "sprake",
}

# Linking letters between the parts of a Dutch compound (veiligheid-s-beleving, zonne-energie).
LINKS = ("s", "e", "en", "n")
AFFIX_MIN_OCCURRENCES = 20
AFFIX_MAX_EXPLAINED = 0.30

# Words that affix_fragments() flags but that are wanted as parts (onveilig, grootouders).
KEEP = {"veilig", "gezond", "ouders", "ouder", "kind", "meld"}

PATTERN_RE = re.compile(r"^[.\d\w]+$")


def read_patterns(path):
    with open(path, "rb") as f:
        raw = f.read()
    first, _, rest = raw.partition(b"\n")
    charset = first.decode("ascii").strip()
    encoding = {"ISO8859-1": "iso-8859-1", "ISO-8859-1": "iso-8859-1", "UTF-8": "utf-8"}.get(
        charset.upper(), None)
    if encoding is None:
        sys.exit("%s: unexpected charset line %r" % (path, charset))
    text = rest.decode(encoding)
    patterns = []
    skipped = []
    seen = {}
    for lineno, line in enumerate(text.splitlines(), start=2):
        line = line.strip()
        if not line or line.startswith("%") or line.startswith("#"):
            continue
        if line.split()[0].upper() in HEADER_KEYWORDS:
            # NEXTLEVEL would start a second pattern set (libhyphen's non-compound level); the
            # current file has none, so both levels would simply be merged: review if it appears.
            if line.split()[0].upper() == "NEXTLEVEL":
                print("warning: NEXTLEVEL in %s: pattern levels merged" % path, file=sys.stderr)
            skipped.append(line)
            continue
        for pat in line.split():
            pat = unicodedata.normalize("NFC", pat.lower())
            # libhyphen's non-standard patterns ("c1k/k=k,1,2") have no FOP equivalent
            if "/" in pat or not PATTERN_RE.match(pat) or not any(c.isalpha() for c in pat):
                skipped.append(pat)
                continue
            letters = re.sub(r"\d", "", pat)
            if letters in seen:
                if seen[letters] != pat:
                    sys.exit("%s:%d: conflicting patterns %r and %r" % (path, lineno, seen[letters], pat))
                continue
            seen[letters] = pat
            patterns.append(pat)
    return charset, patterns, skipped


def read_words(path):
    """Returns (dictionary words, names, counts of dropped entries, removed fragments)."""
    dropped = {"not letters": 0, "capitalised (names, abbreviations)": 0, "short": 0}
    lower = set()  # every all-lower-case word of letters, any length: used to explain remainders
    capitalised = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = unicodedata.normalize("NFC", line.strip())
            if not w:
                continue
            if not w.isalpha():  # digits, apostrophes, dots, spaces, hyphens, ...
                dropped["not letters"] += 1
            elif w != w.lower():  # Ling, Nisa, Dina, Levin (names); AOW, KvK, iPod (abbreviations)
                dropped["capitalised (names, abbreviations)"] += 1
                if w[0].isupper() and w[1:] == w[1:].lower() and len(w) >= MIN_NAME_LENGTH:
                    capitalised.add(w.lower())
            else:
                lower.add(w)
    words = set()
    for w in lower:
        if len(w) < MIN_WORD_LENGTH:
            dropped["short"] += 1
        else:
            words.add(w)
    affix = affix_fragments(words, lower) - KEEP
    removed = {"affix-like fragments": sorted(affix & words),
               "junk fragments": sorted(JUNK_FRAGMENTS & words)}
    words -= affix
    words -= JUNK_FRAGMENTS
    # A name whose lower-case twin the dictionary leaves out (laren, a fragment) would otherwise
    # be neither word nor name, and "did you mean" would correct Laren into laten.
    return sorted(words), sorted(capitalised - set(words)), dropped, removed


def explained(rest, lower, at_end):
    """True when `rest`, what is left of a word beside a candidate part, is itself a word,
    allowing a linking s/e/en/n between the two (veiligheid-s-beleving)."""
    if len(rest) >= 3 and rest in lower:
        return True
    for link in LINKS:
        if len(rest) - len(link) >= 3:
            if at_end and rest.endswith(link) and rest[:-len(link)] in lower:
                return True
            if not at_end and rest.startswith(link) and rest[len(link):] in lower:
                return True
    return False


def affix_fragments(words, lower):
    """Short words that occur mostly as a syllable of other words, not as one of their parts.

    For every dictionary word of 4..7 letters, count the dictionary words that begin or end with
    it (leaving at least 3 letters), and how many of those are explained as a compound: the rest
    is a word too (see explained()). Words that begin or end at least AFFIX_MIN_OCCURRENCES
    words of which less than AFFIX_MAX_EXPLAINED are explained are fragments such as ding
    (aanleiding), ging (beveiliging), ment (document), ving (beleving), part (participatie),
    gemeen (gemeente): HyphenationCompoundWordTokenFilter would emit them as junk parts.
    """
    cands = {w for w in words if len(w) <= 7}
    total, good = {}, {}
    for x in words:
        n = len(x)
        for size in range(4, min(8, n - 2)):
            for part, rest, at_end in ((x[:size], x[size:], False), (x[n - size:], x[:n - size], True)):
                if part in cands:
                    total[part] = total.get(part, 0) + 1
                    if explained(rest, lower, at_end):
                        good[part] = good.get(part, 0) + 1
    return {w for w, t in total.items()
            if t >= AFFIX_MIN_OCCURRENCES and good.get(w, 0) < AFFIX_MAX_EXPLAINED * t}


def letter_classes(patterns, words):
    letters = set()
    for p in patterns:
        letters.update(c for c in p if c.isalpha())
    for w in words:
        letters.update(w)
    letters.update("abcdefghijklmnopqrstuvwxyz")
    # all lower-case Latin-1 letters, so that words with any of them still get hyphenated
    letters.update(c for c in map(chr, range(0xDF, 0x100)) if c.isalpha())
    classes = []
    for c in sorted(letters):
        up = c.upper()
        classes.append(c + up if len(up) == 1 and up != c else c)
    return classes


def write_xml(path, patterns, classes, source):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        f.write("<!-- Dutch hyphenation patterns (OpenTaal), converted from %s\n" % source)
        f.write("     by convert-opentaal.py. Licence: see NOTICE-opentaal.txt. -->\n")
        f.write("<hyphenation-info>\n")
        f.write('<hyphen-char value="-"/>\n')
        f.write('<hyphen-min before="2" after="2"/>\n')
        f.write("<classes>\n")
        for c in classes:
            f.write(escape(c) + "\n")
        f.write("</classes>\n")
        f.write("<patterns>\n")
        for p in patterns:
            f.write(escape(p) + "\n")
        f.write("</patterns>\n")
        f.write("</hyphenation-info>\n")


WORDS_COPYRIGHT = "/usr/share/doc/wdutch/copyright"
HYPH_COPYRIGHT = "/usr/share/doc/hyphen-nl/copyright"


def package_info(pkg):
    fmt = "${Package} ${Version} (source package ${source:Package} ${source:Version})"
    return subprocess.run(["dpkg-query", "-W", "-f=" + fmt, pkg], check=True,
                          capture_output=True, text=True).stdout.strip()


def debian_paragraph(lines, first):
    """The lines of a DEP-5 paragraph or license block that starts with the line `first`."""
    start = lines.index(first)
    out = [lines[start]]
    for line in lines[start + 1:]:
        if not line.strip():
            break
        if not line.startswith(" ") and first.startswith("License:"):
            break
        out.append(line)
    return out


def write_notice(path, hyph_src, words_src, n_patterns, n_words, n_names, removed):
    with open(WORDS_COPYRIGHT, encoding="utf-8") as f:
        words_copyright = f.read().splitlines()
    with open(HYPH_COPYRIGHT, encoding="utf-8") as f:
        hyph_copyright = f.read().splitlines()
    # wdutch's copyright file: from the copyright holders to the end (BSD and CC-BY-3.0 texts)
    start = words_copyright.index("Copyright:")
    words_licence = words_copyright[start:]
    hyph_files = debian_paragraph(hyph_copyright, "Files: dictionaries/nl_NL/*")
    hyph_bsd = debian_paragraph(hyph_copyright, "License: BSD-2-clause")
    n_removed = sum(len(v) for v in removed.values())
    text = """OpenTaal data in this directory
===============================

hyph_nl.xml, words_nl.txt and names_nl.txt in this directory are derived from the Dutch word list and the
Dutch hyphenation patterns of the OpenTaal project (https://www.opentaal.org/), as packaged by
Debian {debian}:

  hyph_nl.xml   converted from {hyph_src}
                in Debian package {hyph_pkg}.
                The {n_patterns} hyphenation patterns, unchanged, converted from ISO-8859-1 to UTF-8
                and wrapped in FOP's hyphenation XML format (letter classes added).
  words_nl.txt  derived from {words_src}
                in Debian package {words_pkg}.
                Modified: {n_words} words; only words of letters, of four or more letters, without
                capitals (names and abbreviations dropped), lower-cased, sorted; {n_removed} words
                that are bad compound parts removed.
  names_nl.txt  derived from {words_src}
                in Debian package {words_pkg}.
                Modified: {n_names} names; only the entries of letters, of three or more letters,
                with one capital at the start, whose lower-cased form is not a word of
                words_nl.txt; lower-cased, sorted.

All three were produced by convert-opentaal.py in this directory. The original works have been
modified as described above. These files are not endorsed by OpenTaal.

OpenTaal offers its data under a choice of two licences: a BSD licence or Creative Commons
Attribution 3.0 Unported (CC BY 3.0, https://creativecommons.org/licenses/by/3.0/legalcode).
OpenTaal asks that its file README_nl_NL.txt be kept with every copy of the word list; the Debian
packages do not ship it; it comes with OpenTaal's own releases
(https://github.com/OpenTaal/opentaal-wordlist, https://github.com/OpenTaal/opentaal-hyphenation).

The licence notices follow, copied from the Debian packages' copyright files
(unchanged except for trailing spaces).


------------------------------------------------------------------------------------------------
From {words_copyright_path} (package {words_name}):
------------------------------------------------------------------------------------------------

{words_licence}


------------------------------------------------------------------------------------------------
From {hyph_copyright_path} (package {hyph_name}), the paragraph for
the Dutch dictionaries and the BSD-2-clause text it refers to (the CC-BY-3.0 text is the one above):
------------------------------------------------------------------------------------------------

{hyph_files}

{hyph_bsd}
""".format(debian=open("/etc/debian_version").read().strip(),
           hyph_src=hyph_src, hyph_pkg=package_info("hyphen-nl"), n_patterns=n_patterns,
           words_src=words_src, words_pkg=package_info("wdutch"), n_words=n_words, n_names=n_names,
           n_removed=n_removed, words_copyright_path=WORDS_COPYRIGHT, words_name="wdutch",
           words_licence="\n".join(l.rstrip() for l in words_licence).rstrip(),
           hyph_copyright_path=HYPH_COPYRIGHT, hyph_name="hyphen-nl",
           hyph_files="\n".join(l.rstrip() for l in hyph_files),
           hyph_bsd="\n".join(l.rstrip() for l in hyph_bsd))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--hyph", default=DEFAULT_HYPH)
    ap.add_argument("--words", default=DEFAULT_WORDS)
    ap.add_argument("--out", default=here)
    args = ap.parse_args()

    charset, patterns, skipped = read_patterns(args.hyph)
    words, names, dropped, removed = read_words(args.words)
    classes = letter_classes(patterns, words)

    xml_path = os.path.join(args.out, "hyph_nl.xml")
    words_path = os.path.join(args.out, "words_nl.txt")
    write_xml(xml_path, patterns, classes, args.hyph)
    with open(words_path, "w", encoding="utf-8", newline="\n") as f:
        for w in words:
            f.write(w + "\n")
    names_path = os.path.join(args.out, "names_nl.txt")
    with open(names_path, "w", encoding="utf-8", newline="\n") as f:
        for w in names:
            f.write(w + "\n")

    notice_path = os.path.join(args.out, "NOTICE-opentaal.txt")
    write_notice(notice_path, args.hyph, args.words, len(patterns), len(words), len(names),
                 removed)

    print("%s: charset %s, %d patterns, %d skipped %s" % (args.hyph, charset, len(patterns),
                                                           len(skipped), skipped[:10]))
    print("%s: %d words kept, %d names, dropped %s" % (args.words, len(words), len(names),
                                                        dropped))
    for k, v in removed.items():
        print("removed %d %s: %s" % (len(v), k, " ".join(v)))
    print("%d letter classes" % len(classes))
    for p in (xml_path, words_path, names_path, notice_path):
        print("wrote %s (%d bytes)" % (p, os.path.getsize(p)))


if __name__ == "__main__":
    main()
