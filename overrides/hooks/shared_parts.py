"""MkDocs hook: render once the parts of the theme that pages outside the navigation share.

Material renders its navigation sidebar, footer and configuration script, and the
header around the page's title, for every page: a third of the time an article
page's template took (about 2 ms of 6 to 7 ms on one core, 2026-11-30), and a digest
is mostly article pages. For a page outside the navigation (the articles, the cleaning
report) those parts show nothing of the page itself: no navigation entry is active, it
has no previous or next page, and every address in them is that of the site's root, of
a navigation page or of the theme's files, relative to the page. So each part is
rendered for the first such page with a given set of those addresses and reused for
the others: keyed by the part's name, the address of the site's root (`base_url`) and
of every navigation page and the home page, as seen from the page. A page's own
folder holds no theme file, so the root's address stands for the theme files'.

The templates (overrides/main.html, overrides/partials/header.html) hand each part to
`digest_shared_part` when this hook is present and render it as Material does
otherwise (Zensical runs no Python hooks). A site built with this hook is byte for
byte the site built without it (tests/test_shared_parts.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jinja2 import Environment, pass_context
from jinja2.runtime import Context
from mkdocs.utils import normalize_url

_parts: dict[tuple[object, ...], str] = {}


def on_env(env: Environment, config: Any, files: Any) -> Environment:
    """Offer `digest_shared_part` to the templates, with none of a previous build's parts."""
    _parts.clear()  # under `mkdocs serve` the navigation may have changed since
    env.globals["digest_shared_part"] = shared_part
    return env


@pass_context
def shared_part(context: Context, name: str, caller: Callable[[], str]) -> str:
    """Return the part `caller` renders: rendered once for all pages outside the
    navigation that see the same addresses, each time for the others."""
    page, nav = context.get("page"), context.get("nav")
    if page is None or nav is None or any(item is page for item in nav.pages):
        return caller()
    homepage = context["config"].extra.get("homepage") or (nav.homepage and nav.homepage.url)
    key = (
        name,
        context.get("base_url"),
        normalize_url(homepage, page) if isinstance(homepage, str) else None,
        *(normalize_url(item.url, page) for item in nav.pages),
    )
    part = _parts.get(key)
    if part is None:
        part = _parts[key] = caller()
    return part
