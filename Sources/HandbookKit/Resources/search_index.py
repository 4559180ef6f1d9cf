"""Builds a site's Pagefind search index with the pages added in sorted order, so the same site
always gives the same index, byte for byte, whatever order the file system lists them in.

The index's files are taken back from Pagefind's service and written here. The service answers
a request to write them before they are all on disk, and stops with its writes unfinished when
its input ends or it is terminated: on a busy machine some files came out cut short (a 175 KB
script as 128 KB, or empty).

Usage: python3 search_index.py SITE_FOLDER OUTPUT_FOLDER
"""
import asyncio
import pathlib
import sys

from pagefind.index import IndexConfig
from pagefind.service import PagefindService

# Pagefind's Python service sleeps 0.1 s before reading each reply, so a site of 300 pages took
# 30 s to index. Reading a reply already waits for it to arrive, so the pause is only dropped.
_sleep = asyncio.sleep


async def _sleep_without_polling_pause(delay, *args, **kwargs):
    return await _sleep(0 if delay == 0.1 else delay, *args, **kwargs)


asyncio.sleep = _sleep_without_polling_pause


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
        index = await service.create_index(IndexConfig(force_language="en", keep_index_url=True))
        for relative, content in pages_to_index(site):
            await index.add_html_file(content=content, source_path=relative, url="/" + relative)
        files = await index.get_files()
    finally:
        await service.close()
    for file in files:
        path = output / file["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(file["content"])


if __name__ == "__main__":
    asyncio.run(main(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])))
