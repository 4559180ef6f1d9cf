#!/usr/bin/env python3
"""Times `handbook build` against Hugo building the same site, and a school-sized handbook alone.

Usage: python3 Benchmarks/bench.py [--policies 200] [--school 40] [--memory 1000] [--runs 5]
                                   [--search] [--binary PATH] [--work /tmp/handbook-bench]

Every handbook build is a full one, into a folder that does not exist yet. It measures, each as
the median of --runs runs:
  - for each --policies size: `handbook build --no-search` and Hugo over the same-site corpus
    (Benchmarks/hugo_same_site.py: every page the handbook makes, as Markdown), in turn, the
    ratio taken pair by pair; with --search, `handbook build` with its Pagefind index against
    Hugo followed by `pagefind --site` over Hugo's output, paired the same way
  - a school-sized handbook (--school policies): the full build without search and, with
    --search, with it
  - the peak memory (maximum resident set size, /usr/bin/time -v) of a full build of --memory
    policies without search
  - writing the first size's finished files alone, from memory, on one thread: a gauge of the disk
A tool that is not installed is skipped, and it says so. By default the release binary is built
and timed; --binary times another one (an older build, for a before-and-after).

Output folders are moved aside between runs and deleted only at the end, for every tool alike:
on an ext4 file system without a journal, files created within minutes of deleting thousands of
others make the kernel skip each recently freed inode (for five minutes while the freed inode's
block is not yet written out, five seconds after), which adds up to a second of system time to a
run and measures the deletion, not the tool. The script syncs and waits a few seconds before
it starts and after it deletes, so an earlier run's deletions do not weigh on the next.
"""
import argparse
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "Benchmarks"))
import hugo_same_site  # noqa: E402


class Trash:
    """Where old output waits until every timing is done (see the note above)."""

    def __init__(self, folder):
        stale = folder.with_name(folder.name + "-stale")
        if folder.exists():
            folder.rename(stale)
        self.folder = folder
        self.count = 0
        folder.mkdir(parents=True)
        self.discard(stale)

    def discard(self, path):
        if path.exists() or path.is_symlink():
            self.count += 1
            path.rename(self.folder / str(self.count))

    def empty(self):
        shutil.rmtree(self.folder, ignore_errors=True)
        settle()


def settle():
    """Writes deletions out to the disk and waits a little: the kernel skips a freed inode for
    five minutes while its block is not yet on the disk, but only five seconds once it is."""
    os.sync()
    time.sleep(6)


def write_floor(site, target, runs, trash):
    """Median time to create the built site's folders and files from memory, rendering nothing:
    what writing the handbook's output costs by itself on this machine."""
    pages = []
    for folder, _, names in os.walk(site):
        for name in names:
            path = pathlib.Path(folder) / name
            pages.append((path.relative_to(site), path.read_bytes()))
    times = []
    for _ in range(runs):
        trash.discard(target)
        start = time.perf_counter()
        made = set()
        for relative, data in pages:
            folder = target / relative.parent
            if folder not in made:
                folder.mkdir(parents=True, exist_ok=True)
                made.add(folder)
            (target / relative).write_bytes(data)
        times.append(time.perf_counter() - start)
    return statistics.median(times), len(pages), sum(len(data) for _, data in pages) / 1e6


def run(command, cwd=None, quiet=True):
    result = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL if quiet else None,
                            stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(map(str, command))}\n{result.stderr[-2000:]}")
    return result


def timed(command, runs, before=None):
    times = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        run(command)
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def paired(first, second, runs, before_first=None, before_second=None):
    """Runs the two commands in turn, runs times each: the medians of each, and the median of
    the ratio first / second taken pair by pair, which keeps the ratio meaningful when the
    machine's speed drifts."""
    times = ([], [])
    for _ in range(runs):
        for index, (command, before) in enumerate(((first, before_first), (second, before_second))):
            if before:
                before()
            start = time.perf_counter()
            run(command)
            times[index].append(time.perf_counter() - start)
    ratios = [a / b for a, b in zip(*times)]
    return statistics.median(times[0]), statistics.median(times[1]), statistics.median(ratios), list(zip(*times))


def site_size(folder):
    """HTML pages, and bytes of every file, that a site folder holds."""
    pages, size = 0, 0
    for current, _, names in os.walk(folder):
        for name in names:
            size += (pathlib.Path(current) / name).stat().st_size
            pages += name.endswith(".html")
    return pages, size / 1e6


def peak_memory_mb(command):
    if not os.path.exists("/usr/bin/time"):
        return None
    result = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    for line in result.stderr.splitlines():
        if "Maximum resident set size" in line:
            return int(line.split()[-1]) / 1024
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--policies", type=int, nargs="+", default=[200])
    parser.add_argument("--school", type=int, default=40, help="the school-sized handbook; 0 to skip")
    parser.add_argument("--memory", type=int, default=1000, help="policies for the peak memory; 0 to skip")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--search", action="store_true", help="also time the builds with their search index")
    parser.add_argument("--binary", help="the handbook binary to time (default: build and time the release one)")
    parser.add_argument("--work", default="/tmp/handbook-bench")
    args = parser.parse_args()
    work = pathlib.Path(args.work)
    work.mkdir(parents=True, exist_ok=True)

    if args.binary:
        handbook = pathlib.Path(args.binary).resolve()
    else:
        print("building handbook (release)…", flush=True)
        run(["swift", "build", "-c", "release", "--product", "handbook"], cwd=ROOT)
        handbook = ROOT / ".build" / "release" / "handbook"
    hugo = shutil.which("hugo")
    pagefind = [sys.executable, "-m", "pagefind"]
    has_pagefind = subprocess.run(pagefind + ["--version"], capture_output=True).returncode == 0
    if not hugo:
        print("hugo is not installed (apt-get install hugo): skipping Hugo")
    if args.search and not has_pagefind:
        print("Pagefind is not installed (python3 -m pip install 'pagefind[bin]'): skipping search")

    trash = Trash(work / "trash")
    settle()
    print(f"handbook: {handbook}")
    print(f"machine: {os.cpu_count()} cores, {os.uname().machine}, {os.uname().sysname} {os.uname().release}")

    def corpus(count):
        content = work / f"content-{count}"
        trash.discard(content)
        run([sys.executable, str(ROOT / "Benchmarks" / "generate_corpus.py"), str(content), "--policies", str(count)],
            quiet=False)
        return content

    def build(content, output, search=False):
        return [str(handbook), "build", "--content", str(content), "--templates", str(ROOT / "templates"),
                "--output", str(output)] + ([] if search else ["--no-search"])

    def fresh(output):
        """Before a build: no output folder, nothing left beside it."""
        def clear():
            trash.discard(output)
            for leftover in output.parent.glob(f".{output.name}*"):
                trash.discard(leftover)
        return clear

    first_site = None
    for count in args.policies:
        content = corpus(count)
        site = work / f"site-{count}"
        same_site = work / f"hugo-same-{count}"
        hugo_pages = hugo_same_site.write_site(content, same_site)
        public = same_site / "public"
        print(f"\n{count} policies (median of {args.runs} runs)")
        if hugo:
            full, same, ratio, pairs = paired(build(content, site), [hugo, "--quiet", "--source", str(same_site)],
                                              args.runs, before_first=fresh(site),
                                              before_second=lambda: trash.discard(public))
            pages, megabytes = site_size(site)
            print(f"  handbook full build   {full:7.3f} s   {pages} pages, {megabytes:.1f} MB (no search index)")
            hugo_count, hugo_mb = site_size(public)
            print(f"  hugo, same site       {same:7.3f} s   {hugo_count} pages, {hugo_mb:.1f} MB ({hugo_pages} Markdown pages)")
            print(f"  handbook / hugo = {ratio:.2f} (median of the pairs' ratios)")
            print("    each pair, handbook / hugo: " + "  ".join(f"{a:.2f}/{b:.2f}" for a, b in pairs))
        else:
            full, _ = timed(build(content, site), args.runs, before=fresh(site))
            print(f"  handbook full build   {full:7.3f} s (no search index)")
        if args.search and hugo and has_pagefind:
            hugo_same_site.write_site(content, same_site, search=True)
            script = f"{hugo} --quiet --source {same_site} && {sys.executable} -m pagefind --site {public} --quiet"
            full_search, same_search, ratio_search, pairs = paired(
                build(content, site, search=True), ["sh", "-c", script], args.runs,
                before_first=fresh(site), before_second=lambda: trash.discard(public))
            print(f"  with search: handbook {full_search:.3f} s, hugo then pagefind {same_search:.3f} s, "
                  f"ratio {ratio_search:.2f} (median of the pairs' ratios)")
            print("    each pair, handbook / hugo and pagefind: " + "  ".join(f"{a:.2f}/{b:.2f}" for a, b in pairs))
        if first_site is None:
            first_site = site

    if args.school:
        content = corpus(args.school)
        site = work / f"site-{args.school}"
        plain, times = timed(build(content, site), args.runs, before=fresh(site))
        print(f"\n{args.school} policies, a school's handbook: full build {plain:.3f} s without search ("
              + " ".join(f"{t:.3f}" for t in times) + ")")
        if args.search and has_pagefind:
            searched, times = timed(build(content, site, search=True), args.runs, before=fresh(site))
            print(f"  with search {searched:.3f} s (" + " ".join(f"{t:.3f}" for t in times) + ")")

    if args.memory:
        content = corpus(args.memory)
        site = work / f"site-{args.memory}"
        fresh(site)()
        memory = peak_memory_mb(build(content, site))
        if memory:
            print(f"\n{args.memory} policies: peak memory of a full build without search {memory:.1f} MB")

    if first_site is not None:
        floor, written, written_mb = write_floor(first_site, work / "floor", args.runs, trash)
        print(f"\nwriting the {written} files ({written_mb:.1f} MB) of {first_site.name} alone, one thread: {floor:.3f} s")
    trash.empty()


if __name__ == "__main__":
    main()
