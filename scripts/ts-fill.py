#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill the unfinished entries of the Simplified Chinese .ts file from per-area translation tables.

Why: several people add strings at once; if each edited the one .ts file by hand, every merge would
conflict. Each area keeps its translations in resources/i18n/zh_CN/<area>.tsv instead, and after
`cmake --build BUILD --target update_translations` (lupdate) this script writes them into
resources/i18n/dutydesk_zh_CN.ts. A .ts conflict in a merge is resolved by taking either side,
re-running lupdate and this script.

TSV format (UTF-8): one entry per line, `English source<TAB>Chinese translation`; `\\n` and `\\t` stand
for a newline and a tab; lines starting with # and blank lines are ignored. An optional third column
names the context when the same English needs different Chinese in different places:
`source<TAB>translation<TAB>dd::ui::RosterPage`.

Usage: scripts/ts-fill.py [--check]    (--check: exit 1 and list the entries still unfinished)
"""
import glob
import os
import sys
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = os.path.join(ROOT, "resources", "i18n", "dutydesk_zh_CN.ts")
TABLES = os.path.join(ROOT, "resources", "i18n", "zh_CN", "*.tsv")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(nxt, "\\" + nxt))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def load_tables():
    anywhere, by_context = {}, {}
    for path in sorted(glob.glob(TABLES)):
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.split("\t")
                if len(cols) not in (2, 3) or not cols[1]:
                    sys.exit(f"{path}:{number}: expected 'source<TAB>translation[<TAB>context]'")
                source, translation = unescape(cols[0]), unescape(cols[1])
                if len(cols) == 3:
                    by_context[(cols[2], source)] = translation
                else:
                    anywhere[source] = translation
    return anywhere, by_context


def xml_unescape(text):
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def xml_escape(text):
    # the same escaping lupdate writes, so a filled file diffs only where it was filled
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


CONTEXT = re.compile(r"(<context>\s*<name>(.*?)</name>)(.*?)(</context>)", re.S)
MESSAGE = re.compile(r"<message([^>]*)>(.*?)</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
UNFINISHED = re.compile(r"<translation type=\"unfinished\"\s*/>|<translation type=\"unfinished\">.*?</translation>", re.S)


def main():
    check = "--check" in sys.argv[1:]
    anywhere, by_context = load_tables()
    with open(TS, encoding="utf-8") as f:
        original = f.read()
    missing, filled = [], 0

    def fill_context(cm):
        nonlocal filled
        name = xml_unescape(cm.group(2))

        def fill_message(mm):
            nonlocal filled
            body = mm.group(2)
            if not UNFINISHED.search(body):
                return mm.group(0)
            sm = SOURCE.search(body)
            source = xml_unescape(sm.group(1)) if sm else ""
            text = by_context.get((name, source), anywhere.get(source))
            if text is None or check:
                missing.append(f"{name}: {source}" + ("" if text is None else " (in a table; run without --check)"))
                return mm.group(0)
            if 'numerus="yes"' in mm.group(1):
                element = "<translation><numerusform>" + xml_escape(text) + "</numerusform></translation>"
            else:
                element = "<translation>" + xml_escape(text) + "</translation>"
            filled += 1
            return "<message" + mm.group(1) + ">" + UNFINISHED.sub(lambda _: element, body, count=1) + "</message>"

        return cm.group(1) + MESSAGE.sub(fill_message, cm.group(3)) + cm.group(4)

    result = CONTEXT.sub(fill_context, original)
    if not check and result != original:
        with open(TS, "w", encoding="utf-8") as f:
            f.write(result)
    if not check:
        print(f"ts-fill: {filled} entries filled, {len(missing)} still unfinished")
    for line in missing:
        print("unfinished:", line)
    return 1 if (check and missing) else 0


if __name__ == "__main__":
    sys.exit(main())
