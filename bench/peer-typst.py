#!/usr/bin/env python3
"""Writes a Typst document with the text of a built briefing page (out/<id>/index.html): every
heading, paragraph, quote, list item and caption, in document order, in both languages, as the
bilingual edition has them. bench/peer.sh compiles it with Typst to compare the engines.

Usage: peer-typst.py INDEX_HTML > briefing.typ"""
import sys
from html.parser import HTMLParser

BLOCKS = {"h1", "h2", "h3", "p", "li", "blockquote", "figcaption"}


class Blocks(HTMLParser):
    """The page's blocks as (tag, lang, text); a block inside another is its own block."""

    def __init__(self):
        super().__init__()
        self.stack, self.blocks, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "svg"):
            self.skip += 1
        elif tag in BLOCKS:
            self.stack.append([tag, dict(attrs).get("lang"), []])

    def handle_endtag(self, tag):
        if tag in ("script", "style", "svg"):
            self.skip -= 1
        elif tag in BLOCKS and self.stack:
            name, lang, parts = self.stack.pop()
            text = " ".join("".join(parts).split())
            if text:
                self.blocks.append((name, lang, text))

    def handle_data(self, data):
        if self.stack and not self.skip:
            self.stack[-1][2].append(data)


def literal(text):
    """A Typst string literal: its text is set as it is, never read as markup."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    parser = Blocks()
    with open(sys.argv[1], encoding="utf-8") as page:
        parser.feed(page.read())
    out = [
        '#set page(paper: "a4", margin: (x: 2.6cm, top: 3.7cm, bottom: 3.5cm), numbering: "— 1 —")',
        '#set text(font: ("DejaVu Serif", "AR PL KaitiM GB"), size: 12pt, lang: "zh")',
        "#set par(justify: true, leading: 1em, first-line-indent: 2em)",
        "#show heading: set text(font: (\"DejaVu Sans\", \"WenQuanYi Micro Hei\"), size: 15pt)",
        "",
    ]
    for tag, lang, text in parser.blocks:
        body = literal(text)
        if lang == "en":
            body = f'text(lang: "en", {body})'
        if tag == "h1":
            out.append(f"#align(center, text(size: 20pt, weight: \"bold\", {body}))")
        elif tag in ("h2", "h3"):
            out.append(f"#heading(level: {tag[1]}, {body})")
        elif tag == "blockquote":
            out.append(f"#quote(block: true, {body})")
        elif tag == "li":
            out.append(f"- #{body}")
        else:
            out.append(f"#{body}")
        out.append("")
    print("\n".join(out))


main()
