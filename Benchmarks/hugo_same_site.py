#!/usr/bin/env python3
"""Writes a Hugo site that has, as Markdown, every page the handbook builds from a content folder.

Usage: python3 Benchmarks/hugo_same_site.py CONTENT_DIR HUGO_DIR [--search]

For each policy: its current text; each released edition's text; a changes page with the
changed rules and a word diff of each edition against the one before (worked out here, once,
so Hugo is only asked to render it), and each older edition compared with the newest; the staff, parents and each pupil band's view of the rules
with the whole paragraph each quote is taken from; the staff sign-off sheet and each band's pupil agreement. For the school: the
front page, the list of all policies, each reader's home, topics A to Z (every heading), the
accessibility statement, and with --search the search page. Hugo builds the pages; no index,
since Hugo has no search of its own.

Every page is a regular page at the handbook's own address (`url:` in its front matter), and
section, taxonomy, RSS, sitemap, robots and 404 pages are turned off, so Hugo writes exactly one
HTML page per handbook page. The layout is one template per kind, with a title and the content.
Needs PyYAML to read rules.yml.
"""
import argparse
import difflib
import pathlib
import re
import shutil

import yaml

# libyaml's loader when PyYAML was built with it: the pure-Python one takes a minute for 200 policies.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

LAYOUT = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head>"
          "<body><nav><a href=\"{{ \"\" | relURL }}\">Home</a></nav><main>{{ .Content }}</main></body></html>\n")
CONFIG = ('baseURL = "http://localhost/"\ntitle = "bench"\nrelativeURLs = true\n'
          'disableKinds = ["section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
          '[markup.goldmark.renderer]\nunsafe = false\n')
BANDS = ["years-3-4", "years-5-6"]
ACCESSIBILITY = """This policy handbook is published by the school. We want everyone who reads it to be able to use it.

## What you can do

- Read every page on a phone, a tablet or a computer, and print any page.
- Zoom in up to 400% without the text spilling off the screen.
- Move around every page using only a keyboard.
- Use a screen reader: each page has one main heading and labelled regions.

## How we check it

Every time the handbook is rebuilt, each page is checked, and summaries are checked for how easy they are to read.

## Asking for another format

If you need a policy in a different format, please ask the school office.
"""


def load(text):
    return yaml.load(text, Loader=LOADER)


def split_front_matter(text):
    _, front, body = text.split("---\n", 2)
    return load(front), body


def slug(heading):
    return re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


class Policy:
    def __init__(self, folder):
        self.id = folder.name
        self.meta, self.text = split_front_matter((folder / "policy.md").read_text())
        self.rules = load((folder / "rules.yml").read_text()) or []
        self.editions = []
        for version in sorted((folder / "versions").iterdir(), key=lambda p: [int(n) for n in p.name.split(".")]):
            meta, text = split_front_matter((version / "policy.md").read_text())
            rules = load((version / "rules.yml").read_text()) or []
            self.editions.append((version.name, meta, text, rules))
        self.title = self.meta["title"]
        # Paragraphs and list items, in which each rule's quote is found, as the handbook shows
        # the whole of it beside the rule.
        self.blocks = [line[2:] if line.startswith("- ") else line
                       for block in self.text.split("\n\n") for line in block.split("\n")]
        self.headings = [line[3:] for line in self.text.splitlines() if line.startswith("## ")]


def facts(meta):
    return (f"| Version | In force from | Review by | Owner | Approved by |\n| --- | --- | --- | --- | --- |\n"
            f"| {meta['version']} | {meta['effective']} | {meta['review-by']} | {meta['owner']} | "
            f"{meta['approved-by']} |\n\n")


def views(policy):
    links = [f"[Staff](/staff/{policy.id}/)", f"[Parents](/parents/{policy.id}/)"]
    links += [f"[Pupils {band}](/pupils/{band}/{policy.id}/)" for band in BANDS]
    links += [f"[Full text](/policies/{policy.id}/)", f"[What changed](/policies/{policy.id}/changes/)"]
    return "Read this policy for: " + " · ".join(links) + "\n\n"


def text_page(policy, meta, text):
    editions = "\n".join(f"- [Edition {v}](/policies/{policy.id}/{v}/), in force from {m['effective']}"
                         for v, m, _, _ in reversed(policy.editions))
    contents = "\n".join(f"{n}. [{h}](#{slug(h)})" for n, h in enumerate(policy.headings, 1))
    return facts(meta) + views(policy) + "## Editions\n\n" + editions + "\n\n## Contents\n\n" + contents + "\n\n" + text


def word_diff(old, new):
    """Changed paragraphs, removed words struck through and added words in bold."""
    old_paragraphs, new_paragraphs = old.split("\n\n"), new.split("\n\n")
    out = []
    matcher = difflib.SequenceMatcher(None, old_paragraphs, new_paragraphs, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        before, after = " ".join(old_paragraphs[a1:a2]).split(), " ".join(new_paragraphs[b1:b2]).split()
        words = []
        for op, w1, w2, v1, v2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
            if op == "equal":
                words += before[w1:w2]
                continue
            if w2 > w1:
                words.append("~~" + " ".join(before[w1:w2]) + "~~")
            if v2 > v1:
                words.append("**" + " ".join(after[v1:v2]) + "**")
        out.append(" ".join(words).replace("\n", " "))
    return "\n\n".join(out)


def rule_changes(old_rules, new_rules):
    old = {rule["id"]: rule for rule in old_rules}
    rows = []
    for rule in new_rules:
        before = old.get(rule["id"])
        if before is None:
            rows.append(f"| `{rule['id']}` | new | | {rule['summary']['staff']} |")
        elif before != rule:
            rows.append(f"| `{rule['id']}` | changed | {before['summary']['staff']} | {rule['summary']['staff']} |")
    if not rows:
        return "No rules changed.\n\n"
    return "| Rule | Change | Before | After |\n| --- | --- | --- | --- |\n" + "\n".join(rows) + "\n\n"


def changes_page(policy):
    parts = [views(policy)]
    for index in range(len(policy.editions) - 1, -1, -1):
        version, meta, text, rules = policy.editions[index]
        parts.append(f"## Edition {version}\n\nIn force from {meta['effective']}. [Read edition {version}]"
                     f"(/policies/{policy.id}/{version}/).\n\n**Summary of changes:** {meta.get('changes', '')}\n\n")
        if index > 0:
            _, _, old_text, old_rules = policy.editions[index - 1]
            parts.append("### Rules changed\n\n" + rule_changes(old_rules, rules))
            parts.append("### Text changed\n\n" + word_diff(old_text, text) + "\n\n")
    return "".join(parts)


def comparison_page(policy, index):
    """An older edition compared with the newest, as the handbook's changes/VERSION/ pages do."""
    _, _, old_text, old_rules = policy.editions[index]
    newest, _, text, rules = policy.editions[-1]
    return (f"[Every edition, one by one](/policies/{policy.id}/changes/)\n\n## Edition {newest}\n\n"
            + "### Rules changed\n\n" + rule_changes(old_rules, rules)
            + "### Text changed\n\n" + word_diff(old_text, text) + "\n\n")


def wording(policy, rule):
    return next((block for block in policy.blocks if rule["quote"] in block), rule["quote"])


def summary(rule, audience, band=None):
    text = rule.get("summary", {}).get(audience)
    return text.get(band) if band and isinstance(text, dict) else text


def reader_page(policy, audience, band=None):
    lines = [facts(policy.meta), views(policy)]
    for rule in policy.rules:
        said = summary(rule, audience, band)
        if not said:
            continue
        if band:
            lines.append(f"- **My promise:** {said} [The grown-up words](/policies/{policy.id}/#rule-{rule['id']})\n")
        else:
            lines.append(f"### {rule['kind']}\n\n{said}\n\n> {wording(policy, rule)}\n\n"
                         f"[The policy wording](/policies/{policy.id}/#rule-{rule['id']})\n\n")
    return "".join(lines)


def staff_form(policy):
    rules = "\n".join(f"{n}. {summary(rule, 'staff')}" for n, rule in enumerate(policy.rules, 1))
    return (facts(policy.meta) + "Please read the full policy, then sign below.\n\n" + rules +
            "\n\n| Name | Role | Signature | Date |\n| --- | --- | --- | --- |\n" + "|  |  |  |  |\n" * 12)


def pupil_form(policy, band):
    promises = "\n".join(f"{n}. {summary(rule, 'pupils', band)}" for n, rule in enumerate(policy.rules, 1))
    return (facts(policy.meta) + promises + "\n\nMy name: ________ My signature: ________\n\n"
            f"**A note for parents and carers.** Please read these promises with your child. They come from "
            f"{policy.title}, version {policy.meta['version']}.\n\nParent or carer: ________\n")


def reader_home(policies, audience, band=None):
    prefix = f"pupils/{band}" if band else audience
    lines = []
    for policy in policies:
        first = next((summary(rule, audience, band) for rule in policy.rules if summary(rule, audience, band)), "")
        lines.append(f"## [{policy.title}](/{prefix}/{policy.id}/)\n\n{first}\n\n"
                     f"Changed in edition {policy.meta['version']}: {policy.meta.get('changes', '')}\n")
    return "\n".join(lines)


def policies_index(policies):
    rows = "\n".join(f"| [{p.title}](/policies/{p.id}/) [what changed](/policies/{p.id}/changes/) | "
                     f"{p.meta['version']} | {p.meta['effective']} | {p.meta['review-by']} |" for p in policies)
    return "| Policy | Edition | In force from | Review by |\n| --- | --- | --- | --- |\n" + rows + "\n"


def topics(policies):
    entries = sorted(((heading, policy) for policy in policies for heading in policy.headings),
                     key=lambda entry: (entry[0], entry[1].id))
    return "\n".join(f"- {heading}: [{policy.title}](/policies/{policy.id}/#{slug(heading)})" for heading, policy in entries) + "\n"


def front_page(policies):
    news = "\n".join(f"- [{p.title}](/policies/{p.id}/changes/): edition {p.meta['version']}. {p.meta.get('changes', '')}"
                     for p in policies[:5])
    readers = "\n".join(["- [Staff and governors](/staff/)", "- [Parents and carers](/parents/)"] +
                        [f"- [Pupils {band}](/pupils/{band}/)" for band in BANDS])
    return f"Who are you?\n\n{readers}\n\n## What's new\n\n{news}\n\n- [All policies](/policies/)\n- [Topics A to Z](/topics/)\n"


def write_page(content, url, title, body):
    path = content / (url.strip("/") + ".md")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'---\ntitle: "{title}"\nurl: "{url}"\n---\n\n{body}')


def write_site(content_dir, folder, search=False):
    """Writes the Hugo site; returns the number of pages Hugo will build."""
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "layouts" / "_default").mkdir(parents=True)
    (folder / "hugo.toml").write_text(CONFIG)
    for kind in ("single", "list"):
        (folder / "layouts" / "_default" / f"{kind}.html").write_text(LAYOUT)
    content = folder / "content"
    content.mkdir()
    config = load((content_dir / "handbook.yml").read_text())
    bands = [band["id"] for audience in config["audiences"] for band in audience.get("bands", [])]
    if bands != BANDS:
        raise SystemExit(f"the same-site corpus is written for the bands {BANDS}, not {bands}")
    policies = [Policy(p) for p in sorted((content_dir / "policies").iterdir()) if (p / "policy.md").exists()]
    pages = 0

    def page(url, title, body):
        nonlocal pages
        write_page(content, url, title, body)
        pages += 1

    for policy in policies:
        page(f"/policies/{policy.id}/", policy.title, text_page(policy, policy.meta, policy.text))
        for version, meta, text, _ in policy.editions:
            page(f"/policies/{policy.id}/{version}/", f"{policy.title} {version}", text_page(policy, meta, text))
        page(f"/policies/{policy.id}/changes/", f"What changed: {policy.title}", changes_page(policy))
        for index, (version, _, _, _) in enumerate(policy.editions[:-1]):
            page(f"/policies/{policy.id}/changes/{version}/", f"What changed since {version}: {policy.title}",
                 comparison_page(policy, index))
        page(f"/staff/{policy.id}/", policy.title, reader_page(policy, "staff"))
        page(f"/parents/{policy.id}/", policy.title, reader_page(policy, "parents"))
        for band in BANDS:
            page(f"/pupils/{band}/{policy.id}/", policy.title, reader_page(policy, "pupils", band))
            page(f"/forms/{policy.id}/pupil-agreement-{band}/", f"My promises: {policy.title}", pupil_form(policy, band))
        page(f"/forms/{policy.id}/staff-sign-off/", f"Sign-off sheet: {policy.title}", staff_form(policy))
    (content / "_index.md").write_text('---\ntitle: "Policy handbook"\n---\n\n' + front_page(policies))
    pages += 1
    page("/policies/", "All policies", policies_index(policies))
    page("/staff/", "Staff and governors", reader_home(policies, "staff"))
    page("/parents/", "Parents and carers", reader_home(policies, "parents"))
    for band in BANDS:
        page(f"/pupils/{band}/", f"Pupils: {band}", reader_home(policies, "pupils", band))
    page("/topics/", "Topics A to Z", topics(policies))
    page("/accessibility/", "Accessibility statement", ACCESSIBILITY)
    if search:
        page("/search/", "Search", "Search needs JavaScript.\n")
    return pages


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("content")
    parser.add_argument("out")
    parser.add_argument("--search", action="store_true")
    args = parser.parse_args()
    pages = write_site(pathlib.Path(args.content), pathlib.Path(args.out), args.search)
    print(f"wrote a Hugo site of {pages} pages to {args.out}")


if __name__ == "__main__":
    main()
