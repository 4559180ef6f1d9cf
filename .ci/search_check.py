"""Serves a built site on a free local port and searches it in headless Chromium.

Usage: python3 .ci/search_check.py [--folder /handbook/] [--follow] [--file] [--page search/pl/index.html]
                                  SITE_FOLDER QUERY READER [QUERY READER ...]
READER may be empty for every reader. Each search is run in turn in one browser. Prints one JSON
list, an object for each search: {"results": [{"title": …, "url": …, "reader": …, "excerpt": …}],
"said": the first line the results area shows, "console": [...]}.
--folder serves the site in that folder of the server, as a school's website would, and nothing
outside it. --follow opens each search's first result and adds "followed": {"url", "status", "title"}.
--file opens the search page from the disk (file://) instead of a server.
--page searches on that page of the site instead of search/index.html (a language's search page).
The options may also stand between the searches: each then holds for the searches after it
(--server and --no-follow undo --file and --follow, --folder / serves from the root again), so
that several kinds of search share one browser.
The server listens on 127.0.0.1 only and stops when the check ends.
"""
import functools
import http.server
import json
import pathlib
import sys
import threading
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".js": "text/javascript", ".wasm": "application/wasm"}
    folder = "/"
    # The status of every request by its path, so a followed link can be told found or not.
    statuses = {}

    def translate_path(self, path):
        # Outside the site's folder nothing is found.
        if not path.startswith(self.folder):
            return "/nonexistent/" + path
        return super().translate_path("/" + path[len(self.folder):])

    def send_response(self, code, message=None):
        self.statuses[urllib.parse.urlsplit(self.path).path] = code
        super().send_response(code, message)

    def log_message(self, *args):
        pass


def read_option(option, arguments, settings):
    """Applies one option to the settings; False if `option` is not one."""
    if option == "--folder":
        settings["folder"] = arguments.pop(0)
    elif option in ("--follow", "--no-follow"):
        settings["follow"] = option == "--follow"
    elif option in ("--file", "--server"):
        settings["from_disk"] = option == "--file"
    elif option == "--page":
        settings["page"] = arguments.pop(0)
    else:
        return False
    return True


def main() -> int:
    arguments = sys.argv[1:]
    settings = {"folder": "/", "follow": False, "from_disk": False, "page": "search/index.html"}
    while arguments and arguments[0].startswith("--"):
        read_option(arguments.pop(0), arguments, settings)
    site = arguments.pop(0)
    # Each search with the settings in force where it stands.
    searches = []
    while arguments:
        first = arguments.pop(0)
        if read_option(first, arguments, settings):
            continue
        reader = arguments.pop(0) if arguments else ""
        searches.append((first, reader, dict(settings)))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    answers = []
    try:
        for query, reader, settings in searches:
            QuietHandler.folder = settings["folder"]
            page = (pathlib.Path(site).resolve().as_uri() + "/" if settings["from_disk"]
                    else f"http://127.0.0.1:{server.server_address[1]}{settings['folder']}")
            address = page + settings["page"] + "?" + urllib.parse.urlencode({"q": query, "reader": reader})
            driver.get(address)
            # The page writes its count (or that nothing was found) once the search is done. The
            # limit only stops a broken page from hanging the tests; a slow machine never reaches it.
            WebDriverWait(driver, 300, poll_frequency=0.2).until(
                lambda driver: driver.find_elements(By.CSS_SELECTOR, "#search-results p"))
            results = []
            for item in driver.find_elements(By.CSS_SELECTOR, "#search-results li"):
                link = item.find_element(By.TAG_NAME, "a")
                paragraphs = [p.text for p in item.find_elements(By.TAG_NAME, "p")]
                results.append({"title": link.text, "url": link.get_attribute("href"),
                                "reader": paragraphs[0] if len(paragraphs) > 1 else "",
                                "excerpt": paragraphs[-1] if paragraphs else ""})
            said = driver.find_element(By.CSS_SELECTOR, "#search-results p").text
            console = [entry["message"] for entry in driver.get_log("browser")]
            answer = {"results": results, "said": said, "console": console}
            if settings["follow"] and results:
                driver.get(results[0]["url"])
                path = urllib.parse.urlsplit(driver.current_url).path
                answer["followed"] = {"url": driver.current_url, "status": QuietHandler.statuses.get(path, 0),
                                      "title": driver.title}
            answers.append(answer)
    finally:
        driver.quit()
        server.shutdown()
    print(json.dumps(answers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
