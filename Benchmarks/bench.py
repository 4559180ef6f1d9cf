#!/usr/bin/env python3
"""Times `handbook build` against Hugo and cmark on the same generated Markdown.

Usage: python3 Benchmarks/bench.py [--policies 200 400] [--runs 5] [--work /tmp/handbook-bench]

For each corpus size it generates the content (Benchmarks/generate_corpus.py), then measures,
as the median of --runs runs:
  - handbook full build (release binary, empty output folder each run)
  - handbook no-op rebuild (same content, site already built)
  - hugo on the same released Markdown files with a minimal single-page layout
  - cmark alone over the same Markdown files
and the peak memory (maximum resident set size, /usr/bin/time -v) of a full build.
A competitor that is not installed is skipped, and the script says so.

Output folders are moved aside between runs and deleted only at the end, for every tool alike:
on an ext4 file system without a journal, files created within a minute or so of deleting
thousands of others make the kernel skip each recently freed inode, which adds up to a second
of system time to a run and measures the deletion, not the tool.
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
HANDBOOK = ROOT / ".build" / "release" / "handbook"


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
    print(f"machine: {os.cpu_count()} cores, {os.uname().machine}, {os.uname().sysname} {os.uname().release}")
    results = {}
    for count in args.policies:
        content = work / f"content-{count}"
        trash.discard(content)
        run([sys.executable, str(ROOT / "Benchmarks" / "generate_corpus.py"), str(content), "--policies", str(count)],
            quiet=False)
        site = work / f"site-{count}"
        build = [str(HANDBOOK), "build", "--content", str(content), "--templates", str(ROOT / "templates"),
                 "--output", str(site)]

        def clean():
            trash.discard(site)
            for leftover in work.glob(f".site-{count}*"):
                trash.discard(leftover)

        full = timed(build, args.runs, before=clean)
        run(build)
        noop = timed(build, args.runs)
        memory = peak_memory_mb(build, before=clean)
        floor, written, written_mb = write_floor(site, work / f"floor-{count}", args.runs, trash)
        row = {"full": full, "noop": noop, "memory": memory}
        files = hugo_site(content, work / f"hugo-{count}", trash)
        megabytes = sum(f.stat().st_size for f in files) / 1e6
        if hugo:
            public = work / f"hugo-{count}" / "public"
            row["hugo"] = timed([hugo, "--quiet", "--source", str(work / f"hugo-{count}")], args.runs,
                                before=lambda: trash.discard(public))
        if cmark:
            script = f"cat {' '.join(str(f) for f in files)} | {cmark} > /dev/null"
            row["cmark"] = timed(["sh", "-c", script], args.runs)
        results[count] = row
        print(f"\n{count} policies, {len(files)} editions, {megabytes:.1f} MB of Markdown (median of {args.runs} runs)")
        print(f"  handbook full build   {full:7.3f} s")
        print(f"  handbook no-op build  {noop:7.3f} s   ({noop / full:.1%} of a full build)")
        if memory:
            print(f"  handbook peak memory  {memory:7.1f} MB")
        print(f"  writing its {written} files ({written_mb:.1f} MB) alone, one thread: {floor:.3f} s")
        if "hugo" in row:
            print(f"  hugo                  {row['hugo']:7.3f} s   (handbook / hugo = {full / row['hugo']:.2f})")
        if "cmark" in row:
            print(f"  cmark alone           {row['cmark']:7.3f} s   (handbook / cmark = {full / row['cmark']:.1f})")
    trash.empty()
    if len(results) >= 2:
        counts = sorted(results)
        small, large = counts[0], counts[-1]
        print(f"\nscaling: {large} policies take {results[large]['full'] / results[small]['full']:.2f} x the time of {small}")


if __name__ == "__main__":
    main()
