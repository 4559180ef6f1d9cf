"""Builds a site's Pagefind search index with the pages added in sorted order, so the same site
always gives the same index, byte for byte, whatever order the file system lists them in.

Usage: python3 search_index.py SITE_FOLDER OUTPUT_FOLDER
"""
import asyncio
import pathlib
import sys

from pagefind.index import IndexConfig, PagefindIndex

# Pagefind's Python service sleeps 0.1 s before reading each reply, so a site of 300 pages took
# 30 s to index. Reading a reply already waits for it to arrive, so the pause is only dropped.
_sleep = asyncio.sleep


async def _sleep_without_polling_pause(delay, *args, **kwargs):
    return await _sleep(0 if delay == 0.1 else delay, *args, **kwargs)


asyncio.sleep = _sleep_without_polling_pause


async def main(site: pathlib.Path, output: pathlib.Path) -> None:
    # The index writes its files when the block ends, to the configured folder (by default a
    # `pagefind` folder wherever the command was run): so the folder is given here, and only here.
    config = IndexConfig(force_language="en", keep_index_url=True, output_path=str(output))
    async with PagefindIndex(config=config) as index:
        for page in sorted(site.rglob("*.html"), key=lambda path: path.relative_to(site).as_posix()):
            relative = page.relative_to(site).as_posix()
            await index.add_html_file(content=page.read_text(encoding="utf-8"), source_path=relative,
                                      url="/" + relative)


if __name__ == "__main__":
    asyncio.run(main(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])))
