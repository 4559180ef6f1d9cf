"""Loads every page of a built site in headless Chromium and runs axe-core on it.

Usage: python3 .ci/accessibility.py SITE_FOLDER
Prints one line per violation and a summary; exits 1 when there is any violation.
Uses the axe.min.js (axe-core 4.x, with WCAG 2.2 rules) shipped in axe-playwright-python.
404.html is checked as a static host shows it, at an address with no page, several folders deep:
its links start from the host's root, so from a file it would have no stylesheet.
"""
import functools
import http.server
import pathlib
import sys
import threading

import axe_playwright_python
from axe_core_python.selenium import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

class StaticHost(http.server.SimpleHTTPRequestHandler):
    """Serves the site, and 404.html for any address with no file, as static hosts do."""

    def send_error(self, code, message=None, explain=None):
        missing = pathlib.Path(self.directory) / "404.html"
        if code != 404 or not missing.is_file():
            return super().send_error(code, message, explain)
        body = missing.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *arguments):
        pass


TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
WIDTHS = [1280, 320]


def main() -> int:
    site = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "site").resolve()
    pages = sorted(site.rglob("*.html"))
    axe = Axe.from_file(pathlib.Path(axe_playwright_python.__file__).parent / "axe.min.js")
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
        options.add_argument(argument)
    host = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(StaticHost, directory=str(site)))
    threading.Thread(target=host.serve_forever, daemon=True).start()
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(120)
    violations = 0
    checks = 0
    try:
        for width in WIDTHS:
            driver.set_window_size(width, 900)
            for page in pages:
                if page == site / "404.html":
                    driver.get(f"http://127.0.0.1:{host.server_port}/no/such/page/")
                else:
                    driver.get(page.as_uri())
                result = axe.run(driver, options={"runOnly": {"type": "tag", "values": TAGS}})
                checks += 1
                for violation in result["violations"]:
                    for node in violation["nodes"]:
                        violations += 1
                        target = " ".join(str(t) for t in node["target"])
                        print(f"{page.relative_to(site)} @{width}px: {violation['id']} ({violation['impact']}): "
                              f"{violation['help']} at {target}")
    finally:
        driver.quit()
        host.shutdown()
    version = axe.axe_script.split("\n", 1)[0].removeprefix("/*! axe ").strip()
    print(f"axe-core {version}: {len(pages)} pages at {len(WIDTHS)} widths "
          f"({checks} checks), {violations} violations")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
