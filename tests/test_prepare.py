"""Tests for the parallel, cached per-seed stage (digest/prepare.py)."""

import os
import pickle
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from digest import cli, cores
from digest import prepare as prepare_module
from digest import stamps as stamps_module
from digest.article import Article
from digest.cache import DATABASE, Cache, CacheChangedError
from digest.ingest.seeds import Seed
from digest.pipeline import process_articles, site_files
from digest.prepare import code_version, entry_key, prepare_all
from digest.site.feeds import SiteInfo
from digest.stamps import content_digest
from digest.tags.taxonomy import load_taxonomy
from tests.conftest import ROOT, copy_project, run_digest
from tests.hostile_corpus import CORPUS

TAXONOMY = load_taxonomy(ROOT / "taxonomy.yml")


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """The project's seeds and the committed hostile corpus, in one folder."""
    folder = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", folder)
    for path in CORPUS.iterdir():
        if path.is_file() and path.name != "README.md" and not path.name.startswith("."):
            shutil.copy2(path, folder / path.name)
    return folder


def count_prepared(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the file name of every seed prepared (cleaned first) in this process."""
    done: list[str] = []
    real = prepare_module.cleaned_article

    def counting(seed: Seed) -> Article:
        done.append(seed.filename)
        return real(seed)

    monkeypatch.setattr(prepare_module, "cleaned_article", counting)
    return done


def test_worker_processes_give_what_one_process_gives(seeds: Path, monkeypatch):
    """Two workers and one process prepare the same articles, in the same order."""
    monkeypatch.setattr(cores, "MIN_PARALLEL", 1)
    monkeypatch.setattr(cores, "CHUNK", 3)
    alone, problems_alone = prepare_all(seeds, TAXONOMY, Cache(None), jobs=1)
    pooled, problems_pooled = prepare_all(seeds, TAXONOMY, Cache(None), jobs=2)
    assert len(alone) > 20
    assert pooled == alone
    assert problems_pooled == problems_alone
    site = SiteInfo("https://example.org/", "Digest", "")
    files_alone = site_files(process_articles(alone, taxonomy=TAXONOMY), site)
    files_pooled = site_files(process_articles(pooled, taxonomy=TAXONOMY), site, jobs=2)
    assert files_pooled == files_alone


def test_workers_render_cached_articles_whose_bodies_are_still_in_the_cache(
    seeds: Path, tmp_path: Path, monkeypatch
):
    """Forked workers read a cached article's body through a connection of their own
    (SQLite's rule for forks), and render what one process renders."""
    monkeypatch.setattr(cores, "MIN_PARALLEL", 1)
    monkeypatch.setattr(cores, "CHUNK", 3)
    prepare_all(seeds, TAXONOMY, Cache(tmp_path / "cache"), jobs=1)
    cache = Cache(tmp_path / "cache")
    cached, _ = prepare_all(seeds, TAXONOMY, cache, jobs=1)
    site = SiteInfo("https://example.org/", "Digest", "")
    pooled = site_files(process_articles(cached, taxonomy=TAXONOMY), site, jobs=2)
    fresh, _ = prepare_all(seeds, TAXONOMY, Cache(None), jobs=1)
    assert pooled == site_files(process_articles(fresh, taxonomy=TAXONOMY), site)


def test_a_second_run_prepares_nothing_and_a_changed_seed_only_itself(
    seeds: Path, tmp_path: Path, monkeypatch
):
    cache = Cache(tmp_path / "cache")
    first, _ = prepare_all(seeds, TAXONOMY, cache, jobs=1)
    done = count_prepared(monkeypatch)
    again, _ = prepare_all(seeds, TAXONOMY, cache, jobs=1)
    assert done == []
    assert again == first
    changed = seeds / "003_3d5a385bf9cf1884.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line.\n", "utf-8")
    prepare_all(seeds, TAXONOMY, cache, jobs=1)
    assert done == [changed.name]


def test_an_unreadable_cache_entry_is_made_again(seeds: Path, tmp_path: Path, monkeypatch):
    cache = Cache(tmp_path / "cache")
    first, _ = prepare_all(seeds, TAXONOMY, cache, jobs=1)
    with sqlite3.connect(tmp_path / "cache" / DATABASE) as db:
        db.execute("UPDATE articles SET entry = ? WHERE rowid = 1", (b"half a pick",))
    done = count_prepared(monkeypatch)
    again, _ = prepare_all(seeds, TAXONOMY, cache, jobs=1)
    assert len(done) == 1
    assert again == first


def test_a_cached_articles_text_and_lines_are_read_only_when_asked_for(seeds: Path, tmp_path: Path):
    """Reading back a build's articles leaves their bodies in the cache until a stage
    asks for one; one gone from the cache since is a clear error, not a wrong page."""
    cache = Cache(tmp_path / "cache")
    first, _ = prepare_all(seeds, TAXONOMY, cache, jobs=1)
    again, _ = prepare_all(seeds, TAXONOMY, Cache(tmp_path / "cache"), jobs=1)
    assert not any("lines" in article.__dict__ for article in again)
    assert again[0].lines == first[0].lines and again[0].text == first[0].text
    assert pickle.loads(pickle.dumps(again[1])) == first[1]  # as sent to a worker
    with sqlite3.connect(tmp_path / "cache" / DATABASE) as db:
        db.execute("DELETE FROM bodies")
    with pytest.raises(CacheChangedError):
        again[2].lines  # noqa: B018


def entry_count(folder: Path) -> int:
    with sqlite3.connect(folder / DATABASE) as db:
        return db.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_the_cache_keeps_only_the_last_builds_entries(seeds: Path, tmp_path: Path):
    cache = Cache(tmp_path / "cache")
    prepare_all(seeds, TAXONOMY, cache, jobs=1)
    before = entry_count(tmp_path / "cache")
    next(seeds.glob("00*.txt")).unlink()
    prepare_all(seeds, TAXONOMY, cache, jobs=1)
    assert entry_count(tmp_path / "cache") == before - 1


def test_a_cache_file_that_is_no_database_is_started_afresh(seeds: Path, tmp_path: Path):
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / DATABASE).write_bytes(b"not a database at all" * 100)
    first, _ = prepare_all(seeds, TAXONOMY, Cache(tmp_path / "cache"), jobs=1)
    again, _ = prepare_all(seeds, TAXONOMY, Cache(tmp_path / "cache"), jobs=1)
    assert again == first
    assert entry_count(tmp_path / "cache") > 20


def test_a_cache_of_another_layout_is_started_afresh(seeds: Path, tmp_path: Path):
    """An older digest's cache (other tables, other columns) is not read or written
    into: it is replaced, journal and all, and then kept as usual."""
    (tmp_path / "cache").mkdir()
    with sqlite3.connect(tmp_path / "cache" / DATABASE) as db:
        db.execute("CREATE TABLE articles (key TEXT PRIMARY KEY, entry BLOB, body BLOB)")
    (tmp_path / "cache" / f"{DATABASE}-journal").write_bytes(b"a journal of the old file")
    prepare_all(seeds, TAXONOMY, Cache(tmp_path / "cache"), jobs=1)
    assert not (tmp_path / "cache" / f"{DATABASE}-journal").exists()
    assert entry_count(tmp_path / "cache") > 20


def test_the_key_changes_with_the_bytes_the_name_and_the_taxonomy():
    version = code_version(TAXONOMY)
    text = content_digest(b"Some text.")
    keys = {
        entry_key(version, "a.txt", "a", text),
        entry_key(version, "a.txt", "a", content_digest(b"Some text!")),
        entry_key(version, "b.txt", "b", text),
        entry_key(code_version(load_taxonomy(Path("no-such-taxonomy.yml"))), "a.txt", "a", text),
    }
    assert len(keys) == 4


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the name of every seed file whose bytes are read."""
    reads: list[str] = []
    real = prepare_module.read_seed_bytes

    def counting(path: Path, folder: Path | None = None):  # type: ignore[no-untyped-def]
        reads.append(path.name)
        return real(path, folder)

    monkeypatch.setattr(prepare_module, "read_seed_bytes", counting)
    return reads


def test_a_seed_whose_stamp_is_unchanged_is_not_read_again(
    seeds: Path, tmp_path: Path, monkeypatch
):
    """Once settled, unchanged seeds are known by their stamps; a rewrite is read again,
    even when it keeps the size and the modification time."""
    monkeypatch.setattr(stamps_module, "SETTLED_NS", 0)
    cache = Cache(tmp_path / "cache")
    first, _ = prepare_all(seeds, TAXONOMY, cache, jobs=1)
    reads = count_reads(monkeypatch)
    again, _ = prepare_all(seeds, TAXONOMY, cache, jobs=1)
    assert again == first
    assert reads == []
    changed = seeds / "003_3d5a385bf9cf1884.txt"
    info = changed.stat()
    data = changed.read_bytes()
    changed.write_bytes(data.replace(b"e", b"a", 1))
    os.utime(changed, ns=(info.st_atime_ns, info.st_mtime_ns))
    third, _ = prepare_all(seeds, TAXONOMY, cache, jobs=1)
    assert reads == [changed.name]
    assert third != first


def test_seeds_written_just_now_are_read_again(seeds: Path, tmp_path: Path, monkeypatch):
    """Files whose times are within SETTLED_NS of the build could still change unseen
    (the copies in `seeds` were all made just now)."""
    cache = Cache(tmp_path / "cache")
    prepare_all(seeds, TAXONOMY, cache, jobs=1)
    reads = count_reads(monkeypatch)
    prepare_all(seeds, TAXONOMY, cache, jobs=1)
    assert "003_3d5a385bf9cf1884.txt" in reads
    assert len(reads) > 20


def test_a_stamp_taken_just_after_a_write_is_not_kept_however_long_the_build(
    seeds: Path, tmp_path: Path, monkeypatch
):
    """A stamp is judged by when the build looked, not when it ended: a seed written
    just before a build that then ran for seconds may still have been written again
    within the same clock tick, unseen."""
    monkeypatch.setattr(stamps_module, "SETTLED_NS", 500_000_000)
    real_run = prepare_module.map_on_cores

    def slow_run(*args):  # type: ignore[no-untyped-def]
        time.sleep(1)
        return real_run(*args)

    monkeypatch.setattr(prepare_module, "map_on_cores", slow_run)
    changed = seeds / "003_3d5a385bf9cf1884.txt"
    changed.touch()
    cache = Cache(tmp_path / "cache")
    prepare_all(seeds, TAXONOMY, cache, jobs=1)
    reads = count_reads(monkeypatch)
    prepare_all(seeds, TAXONOMY, cache, jobs=1)
    assert changed.name in reads


def test_a_seed_known_by_its_stamp_is_read_when_its_entry_is_lost(
    seeds: Path, tmp_path: Path, monkeypatch
):
    monkeypatch.setattr(stamps_module, "SETTLED_NS", 0)
    cache = Cache(tmp_path / "cache")
    first, _ = prepare_all(seeds, TAXONOMY, cache, jobs=1)
    with sqlite3.connect(tmp_path / "cache" / DATABASE) as db:
        db.execute("DELETE FROM articles WHERE rowid = 1")
    reads = count_reads(monkeypatch)
    again, _ = prepare_all(seeds, TAXONOMY, cache, jobs=1)
    assert len(reads) == 1
    assert again == first


def test_a_rebuild_writes_only_what_changed(tmp_path: Path):
    """After one seed changes, the build rewrites its article and the listings, no other."""
    project = copy_project(tmp_path / "project")
    assert run_digest(project, "build", "--no-site").returncode == 0
    articles = project / "content" / "articles"
    before = {path.name: path.stat().st_mtime_ns for path in articles.glob("*.md")}
    result = run_digest(project, "build", "--no-site")
    assert "0 files written" in result.stderr
    seed = project / "seeds" / "004_bf94a9b77f07c8c4.txt"
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("The sources also said", "The sources later said", 1), "utf-8")
    assert run_digest(project, "build", "--no-site").returncode == 0
    changed = [
        path.name for path in articles.glob("*.md") if path.stat().st_mtime_ns != before[path.name]
    ]
    assert len(changed) == 1
    assert "The sources later said" in (articles / changed[0]).read_text(encoding="utf-8")


def test_a_rebuild_reads_the_body_only_of_articles_it_renders_again(tmp_path: Path, monkeypatch):
    """The cache keeps articles' text and lines apart for a rebuild to leave them
    there: after one seed changes, a body is read only for a page made again."""
    project = copy_project(tmp_path / "project")
    paths = [f"--{name}={project / name}" for name in ("seeds", "content")]
    paths += [f"--cache={project / '.digest-cache'}", f"--curation={project / 'curation.yml'}"]
    paths += [f"--taxonomy={project / 'taxonomy.yml'}", f"--config={project / 'mkdocs.yml'}"]
    assert cli.main(["build", "--no-site", *paths]) == 0
    seed = project / "seeds" / "004_bf94a9b77f07c8c4.txt"
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("The sources also said", "The sources later said", 1), "utf-8")
    reads: list[str] = []
    read_body = Cache._body
    monkeypatch.setattr(Cache, "_body", lambda self, key: reads.append(key) or read_body(self, key))
    articles = project / "content" / "articles"
    before = {path.name: path.stat().st_mtime_ns for path in articles.glob("*.md")}
    assert cli.main(["build", "--no-site", *paths]) == 0
    made_again = [p for p in articles.glob("*.md") if p.stat().st_mtime_ns != before[p.name]]
    assert len(made_again) == 1
    assert len(reads) <= len(made_again) - 1  # the changed seed's own body was just read


def test_a_memo_is_read_back_only_under_its_code_version_and_when_readable(tmp_path: Path):
    cache = Cache(tmp_path / "cache")
    cache.store_memo("related", "v1", {"key": [[1, 2], []]})
    assert cache.memo("related", "v1") == {"key": [[1, 2], []]}
    assert cache.memo("related", "v2") == {}
    with sqlite3.connect(tmp_path / "cache" / DATABASE) as db:
        db.execute("UPDATE memos SET value = ?", (b"half a pick",))
    assert Cache(tmp_path / "cache").memo("related", "v1") == {}


def test_rendered_pages_are_kept_by_version_and_read_when_asked_for(tmp_path: Path):
    """The cache hands back the keys of the kept pages; a text is read when asked for,
    and a store writes what was added and drops what was removed."""
    cache = Cache(tmp_path / "cache")
    pages = cache.rendered("v1")
    pages["one"], pages["two"] = "# One\n", "# Two\n"
    cache.store_rendered("v1", pages)
    again = cache.rendered("v1")
    assert sorted(again) == ["one", "two"] and again.added == {}
    assert again["two"] == "# Two\n"
    del again["one"]
    cache.store_rendered("v1", again)
    assert dict(cache.rendered("v1")) == {"two": "# Two\n"}
    assert dict(cache.rendered("v2")) == {}
    with sqlite3.connect(tmp_path / "cache" / DATABASE) as db:
        db.execute("DELETE FROM rendered")
    with pytest.raises(KeyError):
        again["two"]  # gone from the cache since: missing, not stale


def test_the_cache_keeps_the_line_counts_and_a_new_seed_adds_only_its_own(
    tmp_path: Path, monkeypatch
):
    """Two stories of one site share its paragraph about itself: it stays. A third
    story of the site comes: the build hashes that seed's lines alone, counts from the
    counts the cache kept, and the paragraph leaves all three bodies."""
    from digest.article_parts import Verdict
    from digest.clean.recurring import KEYS_VERSION, LineCounts, count_lines
    from tests.test_recurring import ABOUT
    from tests.test_stories import prose

    folder = tmp_path / "seeds"
    folder.mkdir()

    def write(number: int) -> None:
        text = "\n\n".join([f"Talks on chips, part {number}", *prose(number, 3), ABOUT])
        (folder / f"site{number}.txt").write_text(text + "\n", encoding="utf-8")

    write(0)
    write(1)
    cache = Cache(tmp_path / "cache")
    first, _ = prepare_all(folder, TAXONOMY, cache, jobs=1)
    assert all(ABOUT in [line.text for line in a.body_lines] for a in first)
    kept = cache.memo(prepare_module.LINE_COUNTS, KEYS_VERSION)
    assert sorted(kept["pages"]) == ["site0", "site1"]
    hashed: list[int] = []
    real = prepare_module.line_keys
    monkeypatch.setattr(
        prepare_module, "line_keys", lambda lines: hashed.append(len(lines)) or real(lines)
    )
    write(2)
    second, _ = prepare_all(folder, TAXONOMY, Cache(tmp_path / "cache"), jobs=1)
    assert len(hashed) == 1
    for article in second:
        line = next(line for line in article.lines if line.text == ABOUT)
        assert line.verdict is Verdict.RECURRING
        assert ABOUT not in [line.text for line in article.body_lines]
    kept = cache.memo(prepare_module.LINE_COUNTS, KEYS_VERSION)
    assert kept["counts"] == count_lines(LineCounts({}, {}), kept["pages"]).counts
