#!/usr/bin/env python3
"""Writes a benchmark content folder: N policies x K released editions x R rules.

Usage: python3 Benchmarks/generate_corpus.py OUT_DIR [--policies 200] [--editions 3] [--rules 25]
                                             [--paragraphs 36] [--seed 1]

Each policy has realistic policy prose (headings, paragraphs of 40-120 words, lists), a rules.yml
whose quotes are taken from its own text, summaries for every audience and band of the shipped
handbook.yml, and K editions under versions/ with edition.yml fingerprints computed exactly as
`handbook release` does (SHA-256 of policy.md without its placement lines, a zero byte, rules.yml). The working copy equals
the newest edition, so a build publishes everything without warnings.
"""
import argparse
import hashlib
import pathlib
import random

WORDS = ("school staff pupil pupils parent parents carer governors policy safeguarding child children "
         "online social media network site sites account message messages photograph image images "
         "consent record records report reported concern concerns teacher headteacher office class "
         "lesson lessons learning device devices phone phones tablet computer equipment internet access "
         "information personal data protection privacy confidential share shared sharing permission "
         "approved approval review reviewed guidance procedure procedures responsible responsibility "
         "appropriate inappropriate behaviour conduct expected expectations member members community "
         "visit visits trip trips risk assessment plan planned leader leaders supervision supervise "
         "first aid medical medicine emergency contact contacts safe safely secure security password "
         "passwords use used using must should will may can not always never each every any all the a "
         "an of to in on for with by at from when where who which that this these those and or but if").split()

HANDBOOK = """school: Benchmark Multi-Academy Trust
title: Policy handbook
audiences:
  - id: staff
    name: Staff and governors
    kind: staff
  - id: parents
    name: Parents and carers
    kind: parents
  - id: pupils
    name: Pupils
    kind: pupils
    bands:
      - id: years-3-4
        name: Years 3 and 4
        ages: [7, 9]
      - id: years-5-6
        name: Years 5 and 6
        ages: [9, 11]
"""
# No max-grade: the generated prose is random words, so it would fail the readability gate.
# Every summary is still scored, so the cost of the gate is in the figures.


def sentence(rng, low=8, high=22):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def paragraph(rng):
    text, count = [], 0
    target = rng.randint(40, 120)
    while count < target:
        s = sentence(rng)
        text.append(s)
        count += len(s.split())
    return " ".join(text)


def base_blocks(rng, paragraphs):
    """The first edition's blocks as (kind, Markdown) pairs."""
    blocks = []
    section = 0
    for index in range(paragraphs):
        if index % 8 == 0:
            section += 1
            blocks.append(("heading", f"## Section {section}: {sentence(rng, 2, 5)[:-1]}"))
        if rng.random() < 0.25:
            items = [f"- Rule {index}-{n}: {sentence(rng, 10, 24)}" for n in range(rng.randint(3, 6))]
            blocks.append(("list", "\n".join(items)))
        else:
            blocks.append(("paragraph", paragraph(rng)))
    return blocks


def revise(blocks, rng, version):
    """A later edition: about one paragraph in twenty gains a sentence, and one paragraph is added."""
    revised = []
    for kind, text in blocks:
        if kind == "paragraph" and rng.random() < 0.05:
            text += f" This was revised in edition {version}."
        revised.append((kind, text))
    revised.append(("paragraph", f"Edition {version} adds this paragraph. " + paragraph(rng)))
    return revised


def quotable(blocks):
    sources = []
    for kind, text in blocks:
        if kind == "paragraph":
            sources.append(text)
        elif kind == "list":
            sources += [line[2:] for line in text.split("\n")]
    return sources


def quote_from(source, rng):
    words = source.split()
    start = rng.randint(0, max(0, len(words) - 12))
    return " ".join(words[start:start + 10])


def rules_yaml(rng, sources, count, version):
    chosen = rng.sample(sources, min(count, len(sources)))
    lines = []
    for number, source in enumerate(chosen, 1):
        quote = quote_from(source, rng).replace('"', "")
        kind = rng.choice(["must", "must-not", "should", "info"])
        staff = sentence(rng, 10, 18)
        if number == 1:
            staff = staff[:-1] + f", as set out in edition {version}."
        lines += [
            f"- id: rule-{number}",
            f'  quote: "{quote}"',
            "  applies-to: [staff, pupils]",
            f"  kind: {kind}",
            "  acknowledge: [staff, pupils]",
            "  summary:",
            f"    staff: {staff}",
            f"    parents: {sentence(rng, 8, 14)}",
            "    pupils:",
            f"      years-3-4: I will {rng.choice(WORDS)} {rng.choice(WORDS)} at school.",
            f"      years-5-6: I will {rng.choice(WORDS)} {rng.choice(WORDS)} and {rng.choice(WORDS)} online.",
        ]
    return "\n".join(lines) + "\n"


# Pupils are shown only words written for their band: one line for their list of policies.
# A placement field, so it is left out of the fingerprint, as `handbook release` leaves it out.
PUPIL_DESCRIPTION = ("pupil-description:\n  years-3-4: What to do at school.\n"
                     "  years-5-6: What we do at school, and why.\n")


def front_matter(policy, version, year, placement=""):
    return (f"---\ntitle: Policy {policy:04d}\nversion: \"{version}\"\neffective: {year}-09-01\n"
            f"review-by: {year + 1}-09-01\nowner: Headteacher\napproved-by: Board of Trustees\n{placement}material: true\n"
            f"changes: Annual review {year}.\n---\n\n")


def write_policy(root, policy, editions, rules, paragraphs, rng):
    folder = root / "policies" / f"policy-{policy:04d}"
    blocks = base_blocks(rng, paragraphs)
    # The rules quote the first edition; later editions only add words, so every quote still matches.
    sources = quotable(blocks)
    for edition in range(1, editions + 1):
        version = f"{edition}.0"
        year = 2020 + edition
        if edition > 1:
            blocks = revise(blocks, rng, version)
        text = "\n\n".join(text for _, text in blocks) + "\n"
        policy_md = (front_matter(policy, version, year, PUPIL_DESCRIPTION) + text).encode()
        unplaced_md = (front_matter(policy, version, year) + text).encode()
        rules_yml = rules_yaml(random.Random(policy), sources, rules, version).encode()
        target = folder / "versions" / version
        target.mkdir(parents=True, exist_ok=True)
        (target / "policy.md").write_bytes(policy_md)
        (target / "rules.yml").write_bytes(rules_yml)
        fingerprint = hashlib.sha256(unplaced_md + b"\0" + rules_yml).hexdigest()
        (target / "edition.yml").write_text(
            "# Written by `handbook release`. Do not edit this folder: released editions cannot be changed.\n"
            f'version: "{version}"\nreleased: {year}-07-01\nfingerprint: {fingerprint}\nfiles:\n'
            f"  policy.md: {hashlib.sha256(policy_md).hexdigest()}\n"
            f"  rules.yml: {hashlib.sha256(rules_yml).hexdigest()}\n")
        if edition == editions:
            (folder / "policy.md").write_bytes(policy_md)
            (folder / "rules.yml").write_bytes(rules_yml)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--policies", type=int, default=200)
    parser.add_argument("--editions", type=int, default=3)
    parser.add_argument("--rules", type=int, default=25)
    parser.add_argument("--paragraphs", type=int, default=36)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    root = pathlib.Path(args.out)
    root.mkdir(parents=True, exist_ok=True)
    (root / "handbook.yml").write_text(HANDBOOK)
    rng = random.Random(args.seed)
    for policy in range(1, args.policies + 1):
        write_policy(root, policy, args.editions, args.rules, args.paragraphs, rng)
    released = sum(p.stat().st_size for p in root.glob("policies/*/versions/*/policy.md"))
    print(f"wrote {args.policies} policies x {args.editions} editions x {args.rules} rules to {root} "
          f"({released / 1e6:.1f} MB of released Markdown)")


if __name__ == "__main__":
    main()
