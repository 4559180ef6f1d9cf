"""Builds a site's Pagefind search index with the pages added in sorted order, so the same site
always gives the same index, byte for byte, whatever order the file system lists them in.

The index's files are taken back from Pagefind's service and written here. The service answers
a request to write them before they are all on disk, and stops with its writes unfinished when
its input ends or it is terminated: on a busy machine some files came out cut short (a 175 KB
script as 128 KB, or empty).

Pagefind makes an index per language, by each page's `lang`: a family's language (`pl`, `ur`) gets
its own, which a search page with that `lang` searches. The handbook's English (`en-GB`) is indexed
as `en`, as it always has been, so a handbook without translations keeps the same index.

Usage: python3 search_index.py SITE_FOLDER OUTPUT_FOLDER
"""
import asyncio
import json
import pathlib
import re
import sys

from pagefind.index import IndexConfig
from pagefind.service import PagefindService

# Pagefind's Python service sleeps 0.1 s before reading each reply, so a site of 300 pages took
# 30 s to index. Reading a reply already waits for it to arrive, so the pause is only dropped.
_sleep = asyncio.sleep


async def _sleep_without_polling_pause(delay, *args, **kwargs):
    return await _sleep(0 if delay == 0.1 else delay, *args, **kwargs)


asyncio.sleep = _sleep_without_polling_pause


_HTML_LANG = re.compile(r'(<html\b[^>]*?\blang=")([^"]*)(")', re.IGNORECASE)


def with_index_language(content: str) -> str:
    """The page with its `<html lang>` as its index is named: English of any region is `en`."""
    def language(match):
        lang = match.group(2)
        english = lang.lower() == "en" or lang.lower().startswith("en-")
        return match.group(1) + ("en" if english else lang) + match.group(3)
    return _HTML_LANG.sub(language, content, count=1)


def in_fixed_order(entry: bytes) -> bytes:
    """Pagefind lists its languages in pagefind-entry.json in a different order each run; sorted,
    the file is the same every time (and unchanged with one language)."""
    data = json.loads(entry)
    data["languages"] = dict(sorted(data["languages"].items()))
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def pages_to_index(site: pathlib.Path):
    """Every page, by path from the site, with its text, sorted. Pagefind leaves out every page
    without `data-pagefind-body` once any page has it, so when one does, only those are sent: the
    index is the same, and sending the others was most of the time it took."""
    pages = [(page.relative_to(site).as_posix(), page.read_text(encoding="utf-8")) for page in site.rglob("*.html")]
    marked = [(relative, content) for relative, content in pages if "data-pagefind-body" in content]
    return sorted(marked or pages)


async def main(site: pathlib.Path, output: pathlib.Path) -> None:
    service = await PagefindService().launch()
    # Every file of the index comes back in one reply, which is read up to this many bytes (the
    # service's own limit, 2 MiB, is less than the index of a 30-policy handbook).
    service._backend.stdout._limit = 1 << 31
    try:
        index = await service.create_index(IndexConfig(keep_index_url=True))
        for relative, content in pages_to_index(site):
            await index.add_html_file(content=with_index_language(content), source_path=relative, url="/" + relative)
        files = await index.get_files()
    finally:
        await service.close()
    for file in files:
        path = output / file["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        content = file["content"]
        path.write_bytes(in_fixed_order(content) if file["path"] == "pagefind-entry.json" else content)


if __name__ == "__main__":
    asyncio.run(main(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])))
