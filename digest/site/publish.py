"""GitHub Pages: the address the site is built for, and the sizes Pages accepts.

Most digests live at `https://USER.github.io/REPO/`, a sub-path: canonical links, the
sitemap and the 404 page are only right there when MkDocs knows that address. It is
resolved in one place, in this order: `SITE_URL` when set and not empty, then
`GITHUB_REPOSITORY` (set by GitHub Actions) as `https://OWNER.github.io/REPO/`, then
`site_url` in mkdocs.yml. Pure functions over the environment; `digest.cli` applies them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

# GitHub Pages refuses a file over 100 MB and publishes sites up to 1 GB. GitHub's pages
# say "MB"/"GB" without saying which; the decimal reading is the stricter one, so a site
# that passes here passes there.
MAX_FILE_BYTES = 100_000_000
MAX_SITE_BYTES = 1_000_000_000

# GitHub's rules for names: an owner is letters, digits and single hyphens; a repository
# name is letters, digits, ".", "-" and "_".
_REPOSITORY = re.compile(r"(?P<owner>[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)/(?P<repo>[\w.-]+)")


class SiteUrlError(ValueError):
    """An environment variable holds something that is no site address."""


def site_url_from_env(env: Mapping[str, str]) -> str | None:
    """Return the address the environment asks for, or None to keep mkdocs.yml's.

    An empty `SITE_URL` counts as unset: a workflow passes `${{ vars.SITE_URL }}`,
    which is empty in a repository that defines no such variable.
    """
    explicit = env.get("SITE_URL", "").strip()
    if explicit:
        return _checked_url(explicit)
    repository = env.get("GITHUB_REPOSITORY", "").strip()
    if repository:
        return github_pages_url(repository)
    return None


def resolve_site_url(env: Mapping[str, str], configured: str | None) -> str | None:
    """Return the address the site is built for: the environment's, else mkdocs.yml's."""
    return site_url_from_env(env) or configured or None


def github_pages_url(repository: str) -> str:
    """Return where GitHub Pages publishes `OWNER/REPO`.

    Host names are lower case; a repository named `OWNER.github.io` is the owner's
    user site, published at the root rather than under a sub-path.
    """
    match = _REPOSITORY.fullmatch(repository)
    if match is None or match["repo"] in (".", ".."):
        raise SiteUrlError(
            f"GITHUB_REPOSITORY={repository!r}: expected OWNER/REPO, such as octo/news-digest"
        )
    host = f"{match['owner'].lower()}.github.io"
    if match["repo"].lower() == host:
        return f"https://{host}/"
    return f"https://{host}/{match['repo']}/"


def _checked_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SiteUrlError(
            f"SITE_URL={value!r}: expected an http(s) address, "
            "such as https://octo.github.io/news-digest/"
        )
    if parts.query or parts.fragment:
        raise SiteUrlError(f"SITE_URL={value!r}: an address for a site has no '?' or '#' part")
    return value if value.endswith("/") else value + "/"


def check_pages_limits(
    site: Path, max_file: int | None = None, max_site: int | None = None
) -> list[str]:
    """Return one message per way `site/` is too big for GitHub Pages; empty when it fits.

    The limits default to GitHub's, read when called, so a test can lower them.
    """
    max_file = MAX_FILE_BYTES if max_file is None else max_file
    max_site = MAX_SITE_BYTES if max_site is None else max_site
    problems = []
    total = 0
    for folder, _, names in sorted(os.walk(site)):
        for name in sorted(names):
            path = Path(folder) / name
            size = path.lstat().st_size
            total += size
            if size > max_file:
                problems.append(
                    f"{path}: {_size(size)}; GitHub Pages refuses files over {_size(max_file)}"
                )
    if total > max_site:
        problems.append(
            f"{site}: {_size(total)} in all; GitHub Pages publishes sites up to {_size(max_site)}"
        )
    return problems


def _size(count: int) -> str:
    """Say a byte count the way GitHub states its limits."""
    if count >= 1_000_000_000:
        return f"{count / 1e9:.2f} GB".replace(".00 ", " ")
    if count >= 1_000_000:
        return f"{count / 1e6:.1f} MB".replace(".0 ", " ")
    return f"{count:,} bytes"
