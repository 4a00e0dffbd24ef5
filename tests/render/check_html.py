#!/usr/bin/env python3
"""Checks the pages of `pact render --format html` with an independent parser.

For every .html file of the folders given:
- html5lib parses it in strict mode (any parse error fails);
- it is self-contained: no <script>, no <link>, <iframe>, <object> or <embed>,
  no <img> of another file, no attribute that points outside the folder
  (an absolute URL, a scheme, a protocol-relative path), no `@import` or
  `url(` in the styles;
- every link resolves: the file exists in the folder and, with `#anchor`,
  has an element with that id; every id is unique on its page;
- it is accessible in the ways the renderer promises: one <h1>, a `lang`,
  a <title>, each table with a <caption> and header cells, each <svg> with
  `role="img"` and a <title>.

Usage: check_html.py DIR [DIR...]; exit 1 with every problem listed.
"""

import os
import re
import sys

import html5lib

NS = "{http://www.w3.org/1999/xhtml}"
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"


def local(tag):
    return tag.split("}", 1)[-1] if isinstance(tag, str) else ""


def parse(path, strict=True):
    with open(path, "rb") as f:
        data = f.read()
    parser = html5lib.HTMLParser(strict=strict, namespaceHTMLElements=True)
    return parser.parse(data)


def check_folder(folder):
    problems = []
    pages = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".html"):
            continue
        path = os.path.join(folder, name)
        try:
            pages[name] = parse(path)
        except Exception as e:  # html5lib raises ParseError in strict mode
            problems.append(f"{path}: not well-formed HTML: {e}")
            pages[name] = parse(path, strict=False)
    if not pages:
        problems.append(f"{folder}: no .html page")
    ids = {}
    for name, root in pages.items():
        seen = set()
        for el in root.iter():
            i = el.get("id")
            if i is not None:
                if i in seen:
                    problems.append(f"{name}: the id {i!r} is used twice")
                seen.add(i)
        ids[name] = seen
    for name, root in pages.items():
        where = os.path.join(folder, name)
        html = root if local(root.tag) == "html" else root.find(f"{NS}html")
        if html is None or not html.get("lang"):
            problems.append(f"{where}: <html> has no lang")
        if root.find(f".//{NS}title") is None:
            problems.append(f"{where}: no <title>")
        h1 = root.findall(f".//{NS}h1")
        if len(h1) != 1:
            problems.append(f"{where}: {len(h1)} <h1> elements, expected one")
        for el in root.iter():
            tag = local(el.tag)
            if tag in ("script", "link", "iframe", "object", "embed", "base"):
                problems.append(f"{where}: a <{tag}> element (pages are self-contained)")
            if tag == "img":
                problems.append(f"{where}: an <img> (pictures are inline SVG)")
            if tag == "style" and re.search(r"@import|url\(", el.text or ""):
                problems.append(f"{where}: the style loads something")
            for attr, value in el.attrib.items():
                a = local(attr)
                if a.startswith("on"):
                    problems.append(f"{where}: an event handler {a}= (no script)")
                if a == "style" and "url(" in value:
                    problems.append(f"{where}: a style attribute loads something")
                if a not in ("href", "src"):
                    continue
                check_link(folder, name, value, ids, problems)
            if tag == "table":
                if el.find(f"{NS}caption") is None:
                    problems.append(f"{where}: a table without <caption>")
                if el.find(f".//{NS}th") is None:
                    problems.append(f"{where}: a table without header cells")
            if el.tag == f"{SVG}svg":
                if el.get("role") != "img":
                    problems.append(f"{where}: an <svg> without role=img")
                if el.find(f"{SVG}title") is None:
                    problems.append(f"{where}: an <svg> without <title>")
    return problems, len(pages)


def check_link(folder, page, value, ids, problems):
    where = os.path.join(folder, page)
    if value.startswith("#"):
        target, anchor = page, value[1:]
    else:
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", value) or value.startswith("//") or value.startswith("/"):
            problems.append(f"{where}: a link outside the folder: {value!r}")
            return
        target, _, anchor = value.partition("#")
    if target not in ids:
        problems.append(f"{where}: a link to a page that is not there: {value!r}")
        return
    if anchor and anchor not in ids[target]:
        problems.append(f"{where}: a link to an anchor that is not there: {value!r}")


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    problems, count = [], 0
    for folder in argv[1:]:
        p, n = check_folder(folder)
        problems += p
        count += n
    for p in problems:
        print(p)
    print(f"{count} pages checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
