#!/usr/bin/env python3
"""Adds or updates UI strings in the three resource files, kept sorted by key.

Usage: python3 resx.py strings.tsv
Each line of the TSV: key <TAB> Serbian Latin <TAB> English [<TAB> Serbian Cyrillic]
Without a Cyrillic column the Latin text is transliterated (lj, nj, dž digraphs included);
text inside {braces} and words marked with a leading ~ (e.g. ~PDF) are kept as they are.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).parent
FILES = {"sr": HERE / "SharedResource.resx", "cyr": HERE / "SharedResource.sr-Cyrl-RS.resx", "en": HERE / "SharedResource.en.resx"}

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

PAIRS = [("DŽ", "Џ"), ("Dž", "Џ"), ("dž", "џ"), ("LJ", "Љ"), ("Lj", "Љ"), ("lj", "љ"), ("NJ", "Њ"), ("Nj", "Њ"), ("nj", "њ")]
SINGLE = dict(zip("ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠabvgdđežzijklmnoprstćufhcčš", "АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШабвгдђежзијклмнопрстћуфхцчш"))


def transliterate(text):
    out = []
    for part in re.split(r"(\{[^}]*\}|~\S+|https?://\S+)", text):
        if part.startswith("{") or part.startswith("http"):
            out.append(part)
        elif part.startswith("~"):
            out.append(part[1:])
        else:
            for lat, cyr in PAIRS:
                part = part.replace(lat, cyr)
            out.append("".join(SINGLE.get(c, c) for c in part))
    return "".join(out)


def load(path):
    if not path.exists():
        return {}
    return {d.get("name"): d.findtext("value") or "" for d in ET.parse(path).getroot().iter("data")}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def save(path, entries):
    body = "".join(
        f'  <data name="{esc(k)}" xml:space="preserve"><value>{esc(v)}</value></data>\n' for k, v in sorted(entries.items(), key=lambda kv: kv[0].lower()))
    path.write_text(HEADER + body + "</root>\n", encoding="utf-8")


def main(tsv):
    data = {lang: load(path) for lang, path in FILES.items()}
    for line in Path(tsv).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        key, sr, en = cols[0].strip(), cols[1].strip(), cols[2].strip()
        cyr = cols[3].strip() if len(cols) > 3 and cols[3].strip() else transliterate(sr)
        data["sr"][key] = sr.replace("~", "")
        data["cyr"][key] = cyr
        data["en"][key] = en
    for lang, path in FILES.items():
        save(path, data[lang])


if __name__ == "__main__":
    main(sys.argv[1])
