#!/usr/bin/env python3
"""The fault suite: builds killed, interrupted, run side by side and starved of disk.

Usage: python3 .ci/faults.py [--binary .build/debug/handbook] [--kills 20] [--rounds 10] [--policies 50]

Each case starts from a published site (the "old" one) and content that differs from it (the
"new" one). After every case the script checks the school's promises:
  - the output folder is there, and is either the complete old site or the complete new one;
  - nothing is left beside it (no staging folder, no lock file);
  - the next build succeeds and its files equal a build into an empty folder, byte for byte.
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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=str(ROOT / ".build" / "debug" / "handbook"))
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--interrupts", type=int, default=5)
    parser.add_argument("--policies", type=int, default=50)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="handbook-faults-") as folder:
        suite = Suite(args, pathlib.Path(folder))
        suite.kills(args.kills, rng)
        suite.concurrent(args.rounds, 2)
        suite.concurrent(args.rounds, 3)
        suite.interrupt(args.interrupts, rng, signal.SIGINT, "Ctrl-C (SIGINT)")
        suite.interrupt(args.interrupts, rng, signal.SIGTERM, "SIGTERM")
        suite.full_disk()
        failures = suite.failures
    print(f"fault suite: {len(failures)} broken promises in {time.monotonic() - started:.0f} s")
    for failure in failures:
        print(f"  {failure}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
