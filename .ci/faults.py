#!/usr/bin/env python3
"""The fault suite: builds killed, interrupted, run side by side and starved of disk; then the
records: first imports run side by side, imports killed while they make the store, and records
led into templates/ by a symbolic link.

Usage: python3 .ci/faults.py [--binary .build/debug/handbook] [--kills 20] [--rounds 10] [--policies 50]
                             [--importers 4] [--only-records]

Each case starts from a published site (the "old" one) and content that differs from it (the
"new" one). After every case the script checks the school's promises:
  - the output folder is there, and is either the complete old site or the complete new one;
  - nothing is left beside it (no staging folder, no lock file);
  - the next build succeeds and its files equal a build into an empty folder, byte for byte.
For the records: every first import run side by side succeeds and all their people are recorded;
a killed first import leaves records holding none of its register or all of it, and the next
import completes them; records and exports led into templates/ are refused, run from any folder;
and a site built beside the records holds none of their names.
It prints one line per kind of fault with its figures, and exits 1 if any promise was broken.
"""
import argparse
import hashlib
import os
import pathlib
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def tree(folder):
    """Every file of a site, hidden ones included, by path with its SHA-256."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            found[path.relative_to(folder).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


class Suite:
    def __init__(self, args, work):
        self.binary = str(pathlib.Path(args.binary).resolve())
        self.work = work
        self.templates = str(ROOT / "templates")
        self.failures = []
        self.old_content = work / "content-old"
        self.new_content = work / "content-new"
        subprocess.run([sys.executable, str(ROOT / "Benchmarks" / "generate_corpus.py"), str(self.old_content),
                        "--policies", str(args.policies), "--editions", "2", "--rules", "10", "--seed", "1"],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run([sys.executable, str(ROOT / "Benchmarks" / "generate_corpus.py"), str(self.new_content),
                        "--policies", str(args.policies), "--editions", "3", "--rules", "10", "--seed", "1"],
                       check=True, stdout=subprocess.DEVNULL)
        self.old_site = self.reference_build(self.old_content, "reference-old")
        self.new_site = self.reference_build(self.new_content, "reference-new")
        if self.old_site == self.new_site:
            raise SystemExit("error: the two corpora build the same site, so the suite would prove nothing")

    def command(self, content, output, *extra, search=False):
        # The search index is made in staging like every page, so it adds nothing new to be killed
        # in; it is left out to keep the suite within CI's time.
        return [self.binary, "build", "--content", str(content), "--templates", self.templates,
                "--output", str(output), *([] if search else ["--no-search"]), *extra]

    def reference_build(self, content, name):
        parent = self.work / name
        parent.mkdir()
        result = subprocess.run(self.command(content, parent / "site"), capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"error: the reference build failed:\n{result.stderr}")
        return tree(parent / "site")

    def fresh_case(self, name):
        """A folder holding the published old site and nothing else."""
        parent = self.work / name
        parent.mkdir()
        result = subprocess.run(self.command(self.old_content, parent / "site"), capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"error: could not publish the old site:\n{result.stderr}")
        return parent

    def verify(self, case, parent, allow_old=True, killed=False):
        """The promises, after a fault; returns True when all hold. A killed build cannot clear
        its own staging folder; the next build must, so for a kill leftovers are judged after it."""
        site = parent / "site"
        problems = []
        beside = sorted(p.name for p in parent.iterdir() if p.name != "site")
        if beside and not killed:
            problems.append(f"left beside the site: {beside}")
        if not site.is_dir():
            problems.append("the site folder is missing")
        else:
            now = tree(site)
            if now != self.new_site and not (allow_old and now == self.old_site):
                problems.append(f"the site is neither the old nor the new one ({len(now)} files)")
        again = subprocess.run(self.command(self.new_content, site), capture_output=True, text=True)
        if again.returncode != 0:
            problems.append(f"the next build failed: {again.stderr.strip()[:300]}")
        elif tree(site) != self.new_site:
            problems.append("the next build differs from a build into an empty folder")
        beside = sorted(p.name for p in parent.iterdir() if p.name != "site")
        if beside:
            problems.append(f"left beside the site after the next build: {beside}")
        if problems:
            self.failures.append(f"{case}: " + "; ".join(problems))
        return not problems

    def kills(self, runs, rng):
        """Builds the new content over the old site and kills it at a random moment within the
        time a whole build takes, `runs` times."""
        survived = 0
        probe = self.fresh_case("kill-probe")
        start = time.monotonic()
        subprocess.run(self.command(self.new_content, probe / "site"), capture_output=True)
        full = time.monotonic() - start
        for run in range(runs):
            parent = self.fresh_case(f"kill-{run}")
            delay = rng.uniform(0.0, full * 1.1)
            process = subprocess.Popen(self.command(self.new_content, parent / "site"),
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            process.send_signal(signal.SIGKILL)
            process.wait()
            survived += self.verify_after_kill(f"kill -9 after {delay:.2f} s of a build", parent)
        print(f"kill -9 at random moments of a {full:.2f} s build: {survived} of {runs} survived")

    def verify_after_kill(self, case, parent):
        site = parent / "site"
        if not site.is_dir():
            self.failures.append(f"{case}: the site folder is missing")
            return False
        now = tree(site)
        if now not in (self.old_site, self.new_site):
            self.failures.append(f"{case}: the site is neither the old nor the new one")
            return False
        return self.verify(case, parent, killed=True)

    def interrupt(self, runs, rng, signum, name):
        clean = 0
        probe_start = time.monotonic()
        probe = self.fresh_case(f"{name}-probe")
        subprocess.run(self.command(self.new_content, probe / "site"), capture_output=True)
        full = time.monotonic() - probe_start
        for run in range(runs):
            parent = self.fresh_case(f"{name}-{run}")
            process = subprocess.Popen(self.command(self.new_content, parent / "site"),
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.05, full * 0.8))
            process.send_signal(signum)
            process.wait()
            leftovers = sorted(p.name for p in parent.iterdir() if p.name != "site")
            if leftovers:
                self.failures.append(f"{name}: left behind after the build stopped: {leftovers}")
            elif self.verify(name, parent):
                clean += 1
        print(f"{name} during a build: {clean} of {runs} stopped with nothing left behind and the site whole")

    def concurrent(self, rounds, width):
        correct = 0
        for run in range(rounds):
            parent = self.fresh_case(f"concurrent-{width}-{run}")
            processes = [subprocess.Popen(self.command(self.new_content, parent / "site"),
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                         for _ in range(width)]
            # communicate, not wait: a build that prints much would block on a full pipe.
            outcomes = [(p.returncode, out, err) for p in processes for out, err in [p.communicate()]]
            if any(code != 0 for code, _, _ in outcomes):
                self.failures.append(f"{width} concurrent builds: a build failed: "
                                     + "; ".join(err.strip()[:200] for code, _, err in outcomes if code != 0))
                continue
            if tree(parent / "site") != self.new_site:
                self.failures.append(f"{width} concurrent builds: the published site is not the complete new one")
                continue
            if self.verify(f"{width} concurrent builds", parent, allow_old=False):
                correct += 1
        print(f"{width} builds at once into one folder: {correct} of {rounds} rounds ended with the correct site")

    def full_disk(self):
        mount = self.work / "small-disk"
        mount.mkdir()
        # Room for the published old site and part of a new one: the new build must run out of
        # disk half-way, with the old site there to keep.
        old_bytes = sum(p.stat().st_size for p in (self.work / "reference-old" / "site").rglob("*") if p.is_file())
        size_kb = int(old_bytes * 1.5 / 1024) + 256
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mount)],
                                 capture_output=True)
        if mounted.returncode != 0:
            print("full disk: skipped (this machine does not allow mounting a small file system here)")
            return
        try:
            parent = mount / "case"
            parent.mkdir()
            small = subprocess.run(self.command(self.old_content, parent / "site"), capture_output=True, text=True)
            if small.returncode != 0:
                # The old site alone does not fit: publish a tiny one so there is something to keep.
                print(f"full disk: the {size_kb} KiB disk cannot hold the corpus; checking a failed first build")
            before = tree(parent / "site") if (parent / "site").is_dir() else None
            result = subprocess.run(self.command(self.new_content, parent / "site"),
                                    capture_output=True, text=True)
            reports = result.stderr.count("the disk is full")
            after = tree(parent / "site") if (parent / "site").is_dir() else None
            leftovers = sorted(p.name for p in parent.iterdir() if p.name != "site")
            ok = result.returncode == 1 and reports == 1 and after == before and not leftovers
            if not ok:
                self.failures.append(f"full disk: exit {result.returncode}, reported {reports} times, "
                                     f"site {'kept' if after == before else 'changed'}, left behind {leftovers}")
            print(f"full disk ({size_kb} KiB): exit {result.returncode}, 'disk is full' reported {reports} time(s), "
                  f"previous site {'kept' if after == before else 'CHANGED'}, {len(leftovers)} leftovers")
        finally:
            subprocess.run(["umount", str(mount)], capture_output=True)


class RecordsFaults:
    """The records under faults: first imports run side by side into a records folder that does
    not exist yet, imports killed while they make the store and write it, and a records folder
    that a symbolic link leads into templates/. A small project of its own: content/ and a copy
    of templates/ side by side, so nothing is ever written into the repository's templates."""

    SIGNED = "01/09/2026"
    TODAY = "2026-11-30"

    def __init__(self, binary, work, failures):
        self.binary = binary
        self.project = work / "records-project"
        self.failures = failures
        self.content = self.project / "content"
        self.templates = self.project / "templates"
        subprocess.run([sys.executable, str(ROOT / "Benchmarks" / "generate_corpus.py"), str(self.content),
                        "--policies", "2", "--editions", "2", "--rules", "4", "--seed", "3"],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.copytree(ROOT / "templates", self.templates)
        self.policy = sorted(p.name for p in (self.content / "policies").iterdir())[0]
        self.names = []

    def run(self, *arguments, cwd=None, **popen):
        command = [self.binary, *arguments, "--content", str(self.content)]
        if popen:
            return subprocess.Popen(command, cwd=cwd or self.project, **popen)
        return subprocess.run(command, cwd=cwd or self.project, capture_output=True, text=True)

    def register(self, label, people):
        """A register filled in for `people` new names, written by `handbook forms` and signed."""
        names = [f"Fault {label.title()} {number:04d}" for number in range(people)]
        self.names += names
        roster = self.project / f"roster-{label}.csv"
        roster.write_text("name,role\n" + "".join(f"{name},Teacher\n" for name in names))
        out = self.project / f"forms-{label}"
        made = self.run("forms", self.policy, "--roster", str(roster), "--output", str(out),
                        "--templates", str(self.templates))
        if made.returncode != 0:
            raise SystemExit(f"error: could not make a register for the records faults:\n{made.stderr}")
        register = next(out.glob("register-*.csv"))
        lines = register.read_text(encoding="utf-8").split("\r\n")
        filled = [lines[0]] + [line + self.SIGNED for line in lines[1:] if line]
        signed = self.project / f"signed-{label}.csv"
        signed.write_bytes(("\r\n".join(filled) + "\r\n").encode())
        return signed, len(names)

    def import_command(self, register, records):
        return ["records", "import", str(register), "--records", str(records), "--today", self.TODAY]

    def people(self, records):
        """How many people the records hold, by `records export`; None when they cannot be read."""
        result = self.run("records", "export", "--records", str(records))
        if result.returncode != 0:
            return None
        return max(0, len({line.split(",")[0] for line in result.stdout.splitlines()[1:] if line}))

    def concurrent_first_imports(self, rounds, width):
        registers = [self.register(f"side{index}", 5) for index in range(width)]
        expected = sum(count for _, count in registers)
        correct = 0
        for run in range(rounds):
            records = self.project / f"records-concurrent-{run}"
            processes = [self.run(*self.import_command(register, records), stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for register, _ in registers]
            outcomes = [(p.returncode, err) for p in processes for _, err in [p.communicate()]]
            failed = [err.strip().splitlines()[0] if err.strip() else f"exit {code}" for code, err in outcomes if code != 0]
            held = self.people(records)
            if failed or held != expected:
                self.failures.append(f"{width} first imports at once into a new records folder, round {run}: "
                                     f"{len(failed)} failed ({'; '.join(failed)[:300]}), "
                                     f"the records hold {held} of {expected} people")
            else:
                correct += 1
        print(f"{width} first imports at once into a new records folder: {correct} of {rounds} rounds "
              f"ended with every register recorded")

    def killed_first_imports(self, runs, rng):
        register, count = self.register("killed", 400)
        probe = self.project / "records-kill-probe"
        start = time.monotonic()
        self.run(*self.import_command(register, probe))
        full = time.monotonic() - start
        usable = 0
        for run in range(runs):
            records = self.project / f"records-killed-{run}"
            process = self.run(*self.import_command(register, records), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
            if run % 2:
                delay = rng.uniform(0.0, full * 1.1)
                time.sleep(delay)
                moment = f"after {delay:.2f} s"
            else:
                # Every other kill lands as the store file appears: while the store is being made.
                while process.poll() is None and not (records / "records.sqlite").exists():
                    time.sleep(0.0005)
                moment = "as the store file appeared"
            process.send_signal(signal.SIGKILL)
            process.wait()
            problems = []
            held = self.people(records) if (records / "records.sqlite").exists() else 0
            if held not in (0, count):
                problems.append(f"after the kill the records hold {held} of {count} people, neither none nor all")
            again = self.run(*self.import_command(register, records))
            if again.returncode != 0:
                problems.append(f"the next import failed: {again.stderr.strip()[:300]}")
            elif self.people(records) != count:
                problems.append(f"after the next import the records hold {self.people(records)} of {count} people")
            if problems:
                self.failures.append(f"kill -9 {moment} in a first import: " + "; ".join(problems))
            else:
                usable += 1
        print(f"kill -9 during a {full:.2f} s first import (half as the store is made, half at random): "
              f"{usable} of {runs} left usable records")

    def linked_into_templates(self):
        """Run from another folder, so that a templates/ there is not what is guarded."""
        register, _ = self.register("linked", 1)
        elsewhere = self.project.parent / "records-elsewhere"
        (elsewhere / "templates").mkdir(parents=True)
        link = self.project / "to-templates"
        link.symlink_to(self.templates / "assets")
        cases = [
            ("--records reached through a symbolic link into templates/",
             self.import_command(register, link / "rec"), self.templates / "assets" / "rec"),
            ("--records inside templates/assets",
             self.import_command(register, self.templates / "assets" / "rec"), self.templates / "assets" / "rec"),
            ("records export --output into templates/assets",
             ["records", "export", "--records", str(self.project / "records-kill-probe"),
              "--output", str(self.templates / "assets" / "export.csv")], self.templates / "assets" / "export.csv"),
        ]
        refused = 0
        for case, arguments, target in cases:
            result = self.run(*arguments, cwd=elsewhere)
            if result.returncode != 1 or "is inside the templates folder" not in result.stderr or target.exists():
                self.failures.append(f"{case}: exit {result.returncode}, {'written' if target.exists() else 'nothing written'}: "
                                     f"{result.stderr.strip()[:300]}")
            else:
                refused += 1
        print(f"records written into templates/, run from another folder: {refused} of {len(cases)} refused")

    def published_site_holds_no_name(self):
        site = self.project / "site"
        result = subprocess.run([self.binary, "build", "--no-search", "--content", str(self.content),
                                 "--templates", str(self.templates), "--output", str(site)],
                                cwd=self.project, capture_output=True, text=True)
        if result.returncode != 0:
            self.failures.append(f"the records project's site did not build: {result.stderr.strip()[:300]}")
            return
        found = []
        for path in sorted(site.rglob("*")):
            if path.is_file():
                data = path.read_bytes()
                found += [f"{path.relative_to(site)}: {name}" for name in self.names if name.encode() in data]
        if found:
            self.failures.append(f"the site holds names from the records: {found[:5]}")
        print(f"the site built beside the records: {len(found)} names found in it "
              f"(of {len(self.names)} on the registers)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=str(ROOT / ".build" / "debug" / "handbook"))
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--interrupts", type=int, default=5)
    parser.add_argument("--policies", type=int, default=50)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--importers", type=int, default=4, help="first records imports run at once")
    parser.add_argument("--only-records", action="store_true", help="run the records faults alone")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.monotonic()
    failures = []
    with tempfile.TemporaryDirectory(prefix="handbook-faults-") as folder:
        binary = str(pathlib.Path(args.binary).resolve())
        if not args.only_records:
            suite = Suite(args, pathlib.Path(folder))
            suite.kills(args.kills, rng)
            suite.concurrent(args.rounds, 2)
            suite.concurrent(args.rounds, 3)
            suite.interrupt(args.interrupts, rng, signal.SIGINT, "Ctrl-C (SIGINT)")
            suite.interrupt(args.interrupts, rng, signal.SIGTERM, "SIGTERM")
            suite.full_disk()
            failures += suite.failures
        records = RecordsFaults(binary, pathlib.Path(folder), failures)
        records.concurrent_first_imports(args.rounds, args.importers)
        records.killed_first_imports(args.kills, rng)
        records.linked_into_templates()
        records.published_site_holds_no_name()
    print(f"fault suite: {len(failures)} broken promises in {time.monotonic() - started:.0f} s")
    for failure in failures:
        print(f"  {failure}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
