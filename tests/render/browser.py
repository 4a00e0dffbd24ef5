#!/usr/bin/env python3
"""Renders the shipped examples and opens pages in a real headless browser.

1. `pact render examples/` as HTML and as Markdown into OUT (default
   target/render-ci), and a generated portfolio of many partnerships;
2. every HTML page checked by check_html.py (html5lib strict, links,
   self-contained);
3. the portfolio page and a partnership page opened in Debian's chromium,
   headless: a screenshot of each (OUT/shots/*.png), and a failure on any
   console message (the pages have no script, so any message is a fault:
   a blocked resource, a parse problem) or on a blank screenshot.

Usage: browser.py --pact target/release/pact [--out DIR] [--chromium PATH]
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

from PIL import Image

import check_html

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
    "--hide-scrollbars",
]


def run(cmd, **kw):
    print("$", " ".join(cmd), flush=True)
    return subprocess.run(cmd, cwd=ROOT, **kw)


def render(pact, paths, out, fmt):
    shutil.rmtree(out, ignore_errors=True)
    done = run([pact, "render", *paths, "--format", fmt, "-o", out, "--color", "never"])
    if done.returncode != 0:
        sys.exit(f"pact render {' '.join(paths)} failed ({done.returncode})")


def screenshot(chromium, page, png, height):
    profile = tempfile.mkdtemp(prefix="pact-chromium-")
    try:
        done = run(
            [chromium, *FLAGS, f"--user-data-dir={profile}", f"--window-size=1200,{height}",
             f"--screenshot={png}", "file://" + os.path.abspath(page)],
            capture_output=True, text=True, timeout=180,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    problems = []
    if done.returncode != 0:
        problems.append(f"chromium exited with {done.returncode}:\n{done.stderr}")
    console = [l for l in done.stderr.splitlines() if ":CONSOLE" in l]
    problems += [f"{page}: console: {l}" for l in console]
    if not os.path.exists(png):
        problems.append(f"{page}: no screenshot")
        return problems
    with Image.open(png) as im:
        im = im.convert("RGB")
        small = im.resize((120, max(1, im.height * 120 // im.width)))
        pixels = [small.getpixel((x, y)) for y in range(small.height) for x in range(small.width)]
        inked = sum(1 for p in pixels if sum(p) < 600) / len(pixels)
        colours = len(set(pixels))
    print(f"{png}: {im.width}x{im.height}, {inked:.1%} inked, {colours} colours")
    if inked < 0.02 or colours < 8:
        problems.append(f"{page}: the screenshot looks blank ({inked:.1%} inked, {colours} colours)")
    return problems


def generated(count):
    """A portfolio of `count` partnerships among a few parties, with
    renewals, exits, meetings and milestones that depend on each other."""
    parties = max(2, count // 4)
    out = ["//! A generated portfolio for the browser check.\n"]
    for p in range(parties):
        out.append(f"party Org{p} {{ role ops capacity 60 hours per month; role rm capacity 20 hours per month; role sponsor }}\n")
    for i in range(count):
        a, b = i % parties, (i * 7 + 1) % parties
        if a == b:
            b = (b + 1) % parties
        year, month = 2026 + (i // 2) // 12, 1 + (i // 2) % 12
        requires = f" requires P{i - 1}.delivered" if i > 0 and i % 5 else ""
        out.append(f"""
partnership P{i} {{
  parties Org{a} as client, Org{b} as provider
  term {year}-{month:02}-01 for 2 years
  meeting sync every 2 weeks on tuesday 1 hour with Org{a}.ops, Org{b}.ops
  meeting review quarterly 2 hours with Org{a}.rm, Org{b}.rm
  milestone kickoff by day 10 owner Org{b}
  milestone delivered by day 200 owner Org{b}{requires}
  renewal {{
    window opens 120 days before end
    decision due 90 days before end
    default renew for 1 year
  }}
  exit {{
    notice 60 days
    transition 1 month {{
      Org{b} must deliver documentation
    }}
  }}
}}
""")
    return "".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pact", required=True)
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "render-ci"))
    ap.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = ap.parse_args()
    pact = os.path.abspath(args.pact)
    out = os.path.abspath(args.out)
    html, md, shots = (os.path.join(out, d) for d in ("html", "markdown", "shots"))
    render(pact, ["examples/"], html, "html")
    render(pact, ["examples/"], md, "markdown")
    # A generated portfolio: the pages stay valid at size.
    big_src = os.path.join(out, "generated")
    shutil.rmtree(big_src, ignore_errors=True)
    os.makedirs(big_src)
    big_html = os.path.join(out, "generated-html")
    with open(os.path.join(big_src, "generated.pact"), "w") as f:
        f.write(generated(60))
    render(pact, [big_src], big_html, "html")
    problems, count = [], 0
    for folder in (html, big_html):
        p, n = check_html.check_folder(folder)
        problems += p
        count += n
    print(f"{count} HTML pages checked")
    os.makedirs(shots, exist_ok=True)
    problems += screenshot(args.chromium, os.path.join(html, "index.html"), os.path.join(shots, "portfolio.png"), 2400)
    problems += screenshot(args.chromium, os.path.join(html, "HealthIntegration.html"), os.path.join(shots, "partnership.png"), 2400)
    problems += screenshot(args.chromium, os.path.join(big_html, "index.html"), os.path.join(shots, "generated.png"), 2400)
    for p in problems:
        print(p)
    if problems:
        sys.exit(f"{len(problems)} problems")
    print("render: pages valid, links resolve, screenshots in", shots)


if __name__ == "__main__":
    main()
