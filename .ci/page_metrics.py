"""Loads pages of a built site in headless Chromium and reports their height and axe-core findings.

Usage: python3 .ci/page_metrics.py SITE_FOLDER WIDTH PAGE [PAGE ...]
Prints one JSON object: {"PAGE": {"height": PIXELS, "violations": ["rule at target", ...]}, ...}.
Used by the tests that hold a whole school's pages to a phone's length; needs selenium,
axe-core-python and axe-playwright-python (for axe.min.js), as .ci/run installs.
"""
import json
import pathlib
import sys

import axe_playwright_python
from axe_core_python.selenium import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def main() -> int:
    site = pathlib.Path(sys.argv[1]).resolve()
    width = int(sys.argv[2])
    axe = Axe.from_file(pathlib.Path(axe_playwright_python.__file__).parent / "axe.min.js")
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-device-scale-factor=1"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(120)
    results = {}
    try:
        # The page itself is made WIDTH wide, whatever frame or smallest window size the browser has:
        # sizing the window from its inner width failed when the browser reported a stale width.
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
        for page in sys.argv[3:]:
            driver.get((site / page).as_uri())
            height = driver.execute_script("return document.documentElement.scrollHeight")
            found = axe.run(driver, options={"runOnly": {"type": "tag", "values": TAGS}})
            violations = [f"{v['id']} at {' '.join(str(t) for t in n['target'])}"
                          for v in found["violations"] for n in v["nodes"]]
            results[page] = {"height": height, "violations": violations}
    finally:
        driver.quit()
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
