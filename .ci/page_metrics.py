"""Loads pages of a built site in headless Chromium and reports their height and axe-core findings.

Usage: python3 .ci/page_metrics.py SITE_FOLDER WIDTH PAGE [PAGE ...]
Prints one JSON object: {"PAGE": {"height": PIXELS, "violations": ["rule at target", ...]}, ...}.
Used by the tests that hold a whole school's pages to a phone's length; needs selenium,
axe-core-python and axe-playwright-python (for axe.min.js), as .ci/run installs.

python3 .ci/page_metrics.py --serve keeps one browser for many sites: it reads lines
"SITE_FOLDER<TAB>WIDTH<TAB>PAGE<TAB>PAGE..." on standard input and answers each with that
object on one line of standard output, until standard input ends.
"""
import json
import pathlib
import sys

import axe_playwright_python
from axe_core_python.selenium import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def start_browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-device-scale-factor=1"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(120)
    return driver


def measure(driver, axe, site, width, pages):
    # The page itself is made WIDTH wide, whatever frame or smallest window size the browser has:
    # sizing the window from its inner width failed when the browser reported a stale width.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    results = {}
    for page in pages:
        driver.get((site / page).as_uri())
        height = driver.execute_script("return document.documentElement.scrollHeight")
        found = axe.run(driver, options={"runOnly": {"type": "tag", "values": TAGS}})
        violations = [f"{v['id']} at {' '.join(str(t) for t in n['target'])}"
                      for v in found["violations"] for n in v["nodes"]]
        results[page] = {"height": height, "violations": violations}
    return results


def main() -> int:
    axe = Axe.from_file(pathlib.Path(axe_playwright_python.__file__).parent / "axe.min.js")
    driver = start_browser()
    try:
        if sys.argv[1] == "--serve":
            for line in sys.stdin:
                site, width, *pages = line.rstrip("\n").split("\t")
                try:
                    answer = measure(driver, axe, pathlib.Path(site).resolve(), int(width), pages)
                except Exception as error:  # said on its line, so that the asking test fails with it
                    answer = {"error": f"{type(error).__name__}: {error}"}
                print(json.dumps(answer), flush=True)
        else:
            print(json.dumps(measure(driver, axe, pathlib.Path(sys.argv[1]).resolve(), int(sys.argv[2]), sys.argv[3:])))
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
