"""What a reader downloads for a first search, and how soon results show (`make bench`).

The built site is served on 127.0.0.1 and opened in headless Chromium (Debian's
`/usr/bin/chromium`, driven by Playwright). After the home page has loaded, the
reader presses "/" and types a word; every response from then until the first result
shows is counted, raw and as gzip would send it (each body compressed at level 6).
The time is from the last keystroke to the first result on screen, which includes the
search box's short wait for typing to pause.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# A word of news prose found in many articles: the index chunks it needs are typical.
QUERY = "government"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """Serve `folder` on a free port of 127.0.0.1; yield its address."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def first_search(site: Path, query: str = QUERY, browser: Any = None) -> str:
    """Return "RAW KB raw, GZIP KB gzip in N files; S s to results" for a first search.

    `browser` is a Playwright browser to use; by default Chromium is started for it.
    """
    if browser is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            try:
                return first_search(site, query, chromium)
            finally:
                chromium.close()
    bodies: list[bytes] = []
    with served(site) as address:
        page = browser.new_page()
        page.goto(address, wait_until="networkidle")
        page.on("response", lambda response: bodies.append(_body(response)))
        page.keyboard.press("/")
        page.keyboard.type(query, delay=30)
        typed = time.perf_counter()
        page.wait_for_selector(".digest-search__results li", timeout=60_000)
        seconds = time.perf_counter() - typed
        page.wait_for_load_state("networkidle")
        page.close()
    raw = sum(len(body) for body in bodies)
    packed = sum(len(gzip.compress(body, 6)) for body in bodies)
    sizes = f"{raw / 1024:,.0f} KB raw, {packed / 1024:,.0f} KB gzip"
    return f"{sizes} in {len(bodies)} files; {seconds:.2f} s"


def _body(response: Any) -> bytes:
    try:
        return bytes(response.body())
    except Exception:  # a redirect or an aborted request has no body
        return b""
