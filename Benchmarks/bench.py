#!/usr/bin/env python3
"""Times `handbook build` against Hugo building the same site, and against cmark.

Usage: python3 Benchmarks/bench.py [--policies 200 400 1000] [--runs 5] [--search] [--work /tmp/handbook-bench]

For each corpus size it generates the content (Benchmarks/generate_corpus.py), then measures,
as the median of --runs runs:
  - handbook full build (release binary, `--no-search`, empty output folder each run), in turn
    with Hugo over the same-site corpus (Benchmarks/hugo_same_site.py: every page the handbook
    makes, as Markdown), the ratio taken pair by pair; with --search, the same again with the
    handbook's search index and Hugo's site given the search page
  - handbook no-op rebuild (same content, site already built)
  - handbook rebuild after one policy's new release: each run builds a fresh site (not timed),
    releases a new edition of one policy as an office would (edit policy.md, `handbook release`)
    and times the build; then does the same for a second policy. The first rebuild after a build
    into an empty folder has no previous site to start from (it links every unchanged page into a
    new folder); every later one starts from the site the last swap replaced, which is the
    office's usual case, and is the figure given as "after one release"
  - hugo on the released Markdown files alone, one page per edition (the earlier yardstick)
  - cmark alone over the same Markdown files
and the peak memory (maximum resident set size, /usr/bin/time -v) of a full build, and the
pages and bytes each tool wrote. A competitor that is not installed is skipped, and it says so.

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
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
HANDBOOK = ROOT / ".build" / "release" / "handbook"
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


def timed(command, runs, before=None, cwd=None):
    times = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        run(command, cwd=cwd)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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
    """HTML pages, and bytes of every file, that a site folder holds, hidden folders left out."""
    pages, size = 0, 0
    for current, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            if name.startswith("."):
                continue
            size += (pathlib.Path(current) / name).stat().st_size
            pages += name.endswith(".html")
    return pages, size / 1e6


def release_one(content, policy):
    """A new edition of one policy, as the office makes it: a new paragraph and version, then
    `handbook release`."""
    text_file = content / "policies" / policy / "policy.md"
    text = text_file.read_text()
    version = re.search(r'^version: "(\d+)\.0"$', text, re.M).group(1)
    newer = int(version) + 1
    text = text.replace(f'version: "{version}.0"', f'version: "{newer}.0"', 1)
    text += f"\nEdition {newer}.0 adds this paragraph: pupils hand in phones at the office.\n"
    text_file.write_text(text)
    run([str(HANDBOOK), "release", policy, "--content", str(content), "--date", f"{2020 + newer}-07-01"])


def peak_memory_mb(command, before=None):
    if not shutil.which("time") and not os.path.exists("/usr/bin/time"):
        return None
    if before:
        before()
    result = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    for line in result.stderr.splitlines():
        if "Maximum resident set size" in line:
            return int(line.split()[-1]) / 1024
    return None


def hugo_site(content, folder, trash):
    """A Hugo site whose pages are the released editions' Markdown, with a one-page layout."""
    trash.discard(folder)
    (folder / "layouts" / "_default").mkdir(parents=True)
    (folder / "hugo.toml").write_text(
        'baseURL = "http://localhost/"\ntitle = "bench"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
        '[markup.goldmark.renderer]\nunsafe = false\n')
    (folder / "layouts" / "_default" / "single.html").write_text(
        "<!DOCTYPE html><html lang=\"en\"><head><title>{{ .Title }}</title></head>"
        "<body><main>{{ .Content }}</main></body></html>\n")
    (folder / "layouts" / "_default" / "list.html").write_text(
        "<!DOCTYPE html><html lang=\"en\"><head><title>{{ .Title }}</title></head>"
        "<body><ul>{{ range .Pages }}<li>{{ .Title }}</li>{{ end }}</ul></body></html>\n")
    files = sorted(content.glob("policies/*/versions/*/policy.md"))
    for source in files:
        policy, version = source.parts[-4], source.parts[-2]
        target = folder / "content" / policy / f"{version}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return files


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--policies", type=int, nargs="+", default=[200, 400])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--search", action="store_true", help="also time the build with its search index")
    parser.add_argument("--work", default="/tmp/handbook-bench")
    args = parser.parse_args()
    work = pathlib.Path(args.work)
    work.mkdir(parents=True, exist_ok=True)

    print("building handbook (release)…", flush=True)
    run(["swift", "build", "-c", "release", "--product", "handbook"], cwd=ROOT)
    hugo = shutil.which("hugo")
    cmark = shutil.which("cmark")
    if not hugo:
        print("hugo is not installed (apt-get install hugo): skipping Hugo")
    if not cmark:
        print("cmark is not installed (apt-get install cmark): skipping cmark")

    trash = Trash(work / "trash")
    settle()
    print(f"machine: {os.cpu_count()} cores, {os.uname().machine}, {os.uname().sysname} {os.uname().release}")
    results = {}
    for count in args.policies:
        content = work / f"content-{count}"
        trash.discard(content)
        run([sys.executable, str(ROOT / "Benchmarks" / "generate_corpus.py"), str(content), "--policies", str(count)],
            quiet=False)
        site = work / f"site-{count}"

        def build(output, search=False, folder=content):
            return [str(HANDBOOK), "build", "--content", str(folder), "--templates", str(ROOT / "templates"),
                    "--output", str(output)] + ([] if search else ["--no-search"])

        def clean(output=site):
            trash.discard(output)
            for leftover in work.glob(f".{output.name}*"):
                trash.discard(leftover)

        row = {}
        same_site = work / f"hugo-same-{count}"
        hugo_pages = hugo_same_site.write_site(content, same_site)
        public = same_site / "public"
        if hugo:
            row["full"], row["same"], row["ratio"], row["pairs"] = paired(
                build(site), [hugo, "--quiet", "--source", str(same_site)], args.runs,
                before_first=clean, before_second=lambda: trash.discard(public))
            row["hugo_pages"], row["hugo_mb"] = site_size(public)
        else:
            row["full"] = timed(build(site), args.runs, before=clean)
        row["pages"], row["mb"] = site_size(site)
        run(build(site))
        row["noop"] = timed(build(site), args.runs)
        row["memory"] = peak_memory_mb(build(site), before=clean)

        # After one release: a fresh full build each run (not timed), so every run starts from the
        # same state, then one policy's new edition, then another's.
        released = work / f"content-{count}-released"
        trash.discard(released)
        shutil.copytree(content, released)
        after = work / f"site-{count}-released"
        first, later = [], []
        for number in range(1, args.runs + 1):
            clean(after)
            run(build(after, folder=released))
            for policy, times in ((2 * number - 1, first), (2 * number, later)):
                release_one(released, f"policy-{policy:04d}")
                start = time.perf_counter()
                run(build(after, folder=released))
                times.append(time.perf_counter() - start)
        row["release_runs"] = later
        row["release_first"] = statistics.median(first)
        row["release"] = statistics.median(later)

        if args.search and hugo:
            hugo_same_site.write_site(content, same_site, search=True)
            row["full_search"], row["same_search"], row["ratio_search"], _ = paired(
                build(site, search=True), [hugo, "--quiet", "--source", str(same_site)], args.runs,
                before_first=clean, before_second=lambda: trash.discard(public))

        floor, written, written_mb = write_floor(site, work / f"floor-{count}", args.runs, trash)
        files = hugo_site(content, work / f"hugo-{count}", trash)
        megabytes = sum(f.stat().st_size for f in files) / 1e6
        if hugo:
            editions_public = work / f"hugo-{count}" / "public"
            row["hugo"] = timed([hugo, "--quiet", "--source", str(work / f"hugo-{count}")], args.runs,
                                before=lambda: trash.discard(editions_public))
        if cmark:
            script = f"cat {' '.join(str(f) for f in files)} | {cmark} > /dev/null"
            row["cmark"] = timed(["sh", "-c", script], args.runs)
        results[count] = row
        full = row["full"]
        print(f"\n{count} policies, {len(files)} editions, {megabytes:.1f} MB of Markdown (median of {args.runs} runs)")
        print(f"  handbook full build   {full:7.3f} s   {row['pages']} pages, {row['mb']:.1f} MB (no search index)")
        if "same" in row:
            print(f"  hugo, same site       {row['same']:7.3f} s   {row['hugo_pages']} pages, {row['hugo_mb']:.1f} MB "
                  f"({hugo_pages} Markdown pages)")
            print(f"  handbook / hugo same site = {row['ratio']:.2f} (median of the pairs' ratios)")
            print("    each pair, handbook / hugo: " + "  ".join(f"{a:.2f}/{b:.2f}" for a, b in row["pairs"]))
        if "full_search" in row:
            print(f"  with search: handbook {row['full_search']:.3f} s, hugo (search page, no index) "
                  f"{row['same_search']:.3f} s, ratio {row['ratio_search']:.2f}")
        print(f"  handbook no-op build  {row['noop']:7.3f} s   ({row['noop'] / full:.1%} of a full build)")
        print(f"  after one release     {row['release']:7.3f} s   ({row['release'] / full:.1%} of a full build; "
              + " ".join(f"{t:.3f}" for t in row["release_runs"]) + ")")
        print(f"    (the first after a build into an empty folder {row['release_first']:.3f} s, "
              f"{row['release_first'] / full:.1%}: no previous site to start from)")
        if row["memory"]:
            print(f"  handbook peak memory  {row['memory']:7.1f} MB")
        print(f"  writing its {written} files ({written_mb:.1f} MB) alone, one thread: {floor:.3f} s")
        if "hugo" in row:
            print(f"  hugo, editions only   {row['hugo']:7.3f} s   (handbook / hugo = {full / row['hugo']:.2f})")
        if "cmark" in row:
            print(f"  cmark alone           {row['cmark']:7.3f} s   (handbook / cmark = {full / row['cmark']:.1f})")
    trash.empty()
    if len(results) >= 2:
        counts = sorted(results)
        small = counts[0]
        for large in counts[1:]:
            print(f"\nscaling: {large} policies take {results[large]['full'] / results[small]['full']:.2f} x the time of {small}")


if __name__ == "__main__":
    main()
