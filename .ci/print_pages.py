"""Prints pages to PDF in one headless Chromium, for the tests that print many pages.

Usage: python3 .ci/print_pages.py CHROMIUM
Reads lines "HTML_FILE<TAB>PDF_FILE" on standard input and prints each page to its PDF with what
`chromium --headless --print-to-pdf --no-pdf-header-footer` asks of the browser (backgrounds
printed, the page's own @page size, no header or footer), answering each line with "ok" or
"error: ..." on standard output. A line "--dom<TAB>HTML_FILE" is answered with the page's DOM
once it has loaded and its scripts have run, as `chromium --headless --dump-dom` prints it, as
one JSON string. Chromium starts once, spoken to over --remote-debugging-pipe, and is stopped
when standard input ends.
"""
import base64
import fcntl
import json
import os
import pathlib
import subprocess
import sys


class Browser:
    def __init__(self, chromium):
        to_browser_read, self.to_browser = os.pipe()
        self.from_browser, from_browser_write = os.pipe()
        # The browser reads commands on its descriptor 3 and writes answers on 4.
        reads = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD_CLOEXEC, 10)
        writes = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD_CLOEXEC, 10)
        for descriptor in (to_browser_read, from_browser_write):
            os.close(descriptor)

        def descriptors():
            os.dup2(reads, 3)
            os.dup2(writes, 4)

        self.process = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--remote-debugging-pipe",
             "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=descriptors, close_fds=False)
        os.close(reads)
        os.close(writes)
        self.pending = b""
        self.last_id = 0

    def send(self, method, params=None, session=None):
        self.last_id += 1
        message = {"id": self.last_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        return self.last_id

    def receive(self):
        while b"\0" not in self.pending:
            more = os.read(self.from_browser, 1 << 16)
            if not more:
                raise RuntimeError("Chromium closed its pipe")
            self.pending += more
        message, self.pending = self.pending.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=None):
        """Sends a command and waits for its answer; events before it are passed over."""
        wanted = self.send(method, params, session)
        while True:
            message = self.receive()
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def loaded(self, html, then):
        """Opens the page in a tab of its own and, once it has loaded, as --print-to-pdf and
        --dump-dom wait for, returns what `then` makes of the tab's session."""
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        try:
            session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            self.call("Page.enable", session=session)
            self.send("Page.navigate", {"url": pathlib.Path(html).resolve().as_uri()}, session)
            while True:
                message = self.receive()
                if message.get("method") == "Page.loadEventFired" and message.get("sessionId") == session:
                    break
                if "error" in message:
                    raise RuntimeError(f"Page.navigate: {message['error']}")
            return then(session)
        finally:
            self.call("Target.closeTarget", {"targetId": target})

    def print_page(self, html, pdf):
        def printed(session):
            return self.call("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True,
                                                 "displayHeaderFooter": False}, session)
        pathlib.Path(pdf).write_bytes(base64.b64decode(self.loaded(html, printed)["data"]))

    def dom(self, html):
        def outer(session):
            return self.call("Runtime.evaluate", {"expression": "document.documentElement.outerHTML",
                                                  "returnByValue": True}, session)["result"]["value"]
        return self.loaded(html, outer)

    def close(self):
        try:
            self.call("Browser.close")
        except (RuntimeError, OSError):
            pass
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()


def main() -> int:
    browser = Browser(sys.argv[1])
    try:
        for line in sys.stdin:
            first, _, second = line.rstrip("\n").partition("\t")
            try:
                if first == "--dom":
                    print(json.dumps(browser.dom(second)), flush=True)
                    continue
                browser.print_page(first, second)
                print("ok", flush=True)
            except (RuntimeError, OSError, KeyError, ValueError) as error:
                print(f"error: {error}".replace("\n", " "), flush=True)
    finally:
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
