"""Tests for a saved web page's metadata: title, source, authors and date chosen from its
markup by agreement (digest/ingest/markup.py, digest/ingest/pagemeta.py,
digest/ingest/pageauthors.py).

Each page is small but shaped as real news pages are: a `<title>` carrying the site,
Open Graph tags, JSON-LD, a masthead, a byline under the headline.
"""

import json

import pytest
from trafilatura.utils import load_html

from digest.article import Article
from digest.ingest.authornames import person_names
from digest.ingest.markup import read_markup
from digest.ingest.pagemeta import page_meta
from digest.ingest.seeds import Seed, seed_from_bytes
from digest.pipeline import article_from_seed
from digest.runinfo import ROOT

# Enough article for trafilatura to find one.
BODY = """
<p>Several chipmakers agreed on Tuesday to share one standard for packaging advanced
chips, the group said in a statement after a two-day meeting in Tokyo.</p>
<p>The standard will be published next year, officials said, and the first products
that follow it are expected in 2025, in time for the next generation of servers.</p>
<p>Packaging has become the bottleneck of the industry: the most advanced chips are now
built from several dies that must be joined inside one package, and each maker has
used its own way of doing so until now.</p>
"""


def page(head: str, header: str = "", body: str = BODY, url: str = "") -> str:
    """A news page: `head` tags, a site header, `header` (headline, byline) above the
    article's text, as most pages set them apart from it."""
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">{head}{canonical}</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/tech">Technology</a></li></ul></nav></header>
<main><div class="story-header">{header}</div>
<article><div class="story-body">{body}</div></article></main>
<footer><p>Privacy policy</p><p>Contact us</p></footer>
</body></html>"""


def json_ld(item: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(item)}</script>'


def saved_page(folder: str, name: str) -> Article:
    """Read one of the saved pages of tests/html_pages as a build reads a seed."""
    saved = ROOT / "tests" / "html_pages" / folder / name
    seed = seed_from_bytes(saved.name, saved.read_bytes(), "page")
    assert isinstance(seed, Seed)
    return article_from_seed(seed)


def read(html: str) -> Article:
    seed = seed_from_bytes("page.html", html.encode("utf-8"), "page")
    assert isinstance(seed, Seed)
    return article_from_seed(seed)


# --- the title and the source ----------------------------------------------------------

WIIG = "Kristen Wiig: 'My next movie – it's going to be a Porky's prequel'"
NEWS_NATION = json_ld(
    {
        "@type": "NewsArticle",
        "headline": "Is an oxygen bar offering fresh air?",
        "publisher": {"@type": "Organization", "name": "News Nation"},
    }
)
# (head, above the article, canonical address, the title and source a reader should see)
TITLES_AND_SOURCES = {
    # The `<h1>` the metadata agrees with wins over a title carrying section and site.
    "section and site around the headline": (
        "<title>Opinion | Chipmakers Agree on a Standard - The New York Times</title>"
        '<meta property="og:title" content="Opinion | Chipmakers Agree on a Standard">',
        "<h1>Chipmakers Agree on a Standard</h1>",
        "",
        "Chipmakers Agree on a Standard",
        "The New York Times",
    ),
    # A headline may hold ` – ` itself; only the site's segment is cut.
    "a dash inside the headline": (
        f"<title>{WIIG} | Film | The Guardian</title>"
        f'<meta property="og:title" content="{WIIG}">'
        '<meta property="og:site_name" content="The Guardian">',
        f"<h1>{WIIG}</h1>",
        "",
        WIIG,
        "The Guardian",
    ),
    # `<h1>Engadget</h1>` is the site's logo: the headline is the metadata's, site cut.
    "a masthead in an h1": (
        "<title>Verizon boxes get a new guide -- Engadget</title>"
        '<meta property="og:site_name" content="Engadget">',
        "<h1>Engadget</h1>",
        "",
        "Verizon boxes get a new guide",
        "Engadget",
    ),
    # The `<h1>` is one segment of the title, though not its longest.
    "the headline is the first segment": (
        "<title>2012 map takes unfamiliar shape - Maggie Haberman and Shira Toeplitz"
        " - POLITICO.com</title>"
        '<meta property="og:title" content="2012 map takes unfamiliar shape'
        ' - Maggie Haberman and Shira Toeplitz">'
        '<meta property="og:site_name" content="POLITICO">',
        "<h1>2012 map takes unfamiliar shape</h1>",
        "",
        "2012 map takes unfamiliar shape",
        "POLITICO",
    ),
    # No `<h1>` agrees: the `<title>` without its site, the dash in the headline kept.
    "no shown headline": (
        "<title>The Early Reviews Are Here — And They're Not Great - Digg</title>"
        '<meta property="og:site_name" content="Digg">',
        "<h1>'Why Don't You Go Fight For The Reindeer?'</h1>",
        "",
        "The Early Reviews Are Here — And They're Not Great",
        "Digg",
    ),
    # A blog's name before `:` and in its `<h1>`, spelling its address, is its source.
    "a blog's name": (
        "<title>Lost in JIT: PyPy and the road towards SciPy</title>",
        "<h1>Lost in JIT</h1>",
        "http://lostinjit.blogspot.com/2011/10/pypy-and-road-towards-scipy.html",
        "PyPy and the road towards SciPy",
        "Lost in JIT",
    ),
    # Chinese titles join the site without spaces; a headline's characters count as words.
    "a site after a separator without spaces": (
        "<title>短缺药品保供稳价 全力保障临床用药需求-新华网</title>",
        "<h1>短缺药品保供稳价 全力保障临床用药需求</h1>",
        "",
        "短缺药品保供稳价 全力保障临床用药需求",
        "新华网",
    ),
    # A declared site name loses its tagline.
    "a tagline": (
        "<title>Kate Henshaw looks stunning</title>"
        """<meta property="og:site_name" content="LinkNaija | Nigeria's news platform">""",
        "<h1>Kate Henshaw looks stunning</h1>",
        "",
        "Kate Henshaw looks stunning",
        "LinkNaija",
    ),
    # An address declared as the site's name gives way to the publisher and the title.
    "an address as the site name": (
        '<meta property="og:site_name" content="https://www.newsnation.in">'
        "<title>Is an oxygen bar offering fresh air? - News Nation</title>" + NEWS_NATION,
        "<h1>Is an oxygen bar offering fresh air?</h1>",
        "",
        "Is an oxygen bar offering fresh air?",
        "News Nation",
    ),
    # `og:site_name` says `U.S.`, a section; the `<title>` and the address say Reuters.
    "a section as the site name": (
        '<meta property="og:site_name" content="U.S.">'
        "<title>Oil drags lower, stocks drift near highs - Reuters</title>",
        "<h1>Oil drags lower, stocks drift near highs</h1>",
        "https://www.reuters.com/article/us-global-markets/oil-idUSKBN1XT00W",
        "Oil drags lower, stocks drift near highs",
        "Reuters",
    ),
}


@pytest.mark.parametrize(
    ("head", "header", "url", "title", "source"),
    TITLES_AND_SOURCES.values(),
    ids=TITLES_AND_SOURCES.keys(),
)
def test_title_and_source_are_chosen_by_agreement(
    head: str, header: str, url: str, title: str, source: str
):
    """The headline the page shows and the site's name, without each other."""
    article = read(page(head, header, url=url))
    assert (article.title, article.title_from) == (title, "page")
    assert (article.source, article.source_from) == (source, "page")


def test_a_footers_notice_spelling_the_address_names_the_site_without_its_sign():
    """`© Libération` on liberation.fr, whose `og:site_name` is only its address: the
    source a reader sees is `Libération`, not the notice."""
    article = read(
        page(
            '<meta property="og:site_name" content="www.liberation.fr">'
            "<title>Ayrault assume sa méthode</title>",
            "<h1>Ayrault assume sa méthode</h1>",
            body=BODY + "<p>© Libération</p>",
            url="http://www.liberation.fr/politiques/2012/10/21/ayrault-assume_854846",
        )
    )
    assert (article.source, article.source_from) == ("Libération", "page")


def test_an_h1_running_on_into_the_sites_name_gives_the_metadata_headline():
    """`<h1><span>Headline</span><a>Site</a></h1>` reads `HeadlineSite`: the title stops."""
    article = read(
        page(
            "<title>Anticorrupción decidirá si recurre » Local » Noticias » Ultima Hora</title>"
            '<meta property="og:title" content="Anticorrupción decidirá si recurre">',
            '<h1><span>Anticorrupción decidirá si recurre</span><a href="/">Ultima Hora</a></h1>',
        )
    )
    assert article.title == "Anticorrupción decidirá si recurre"
    cut_short = read(
        page(
            '<meta name="twitter:title" content="Governor doubles down on its anti-drug">',
            "<h1>Governor doubles down on its anti-drug campaign</h1>",
        )
    )
    assert cut_short.title == "Governor doubles down on its anti-drug campaign"


def test_a_title_naming_only_the_site_and_its_sections_gives_way_to_the_h1():
    """`Hoogheemraadschap Delfzand - Nieuws - Persbericht` titles no article: the site
    (its copyright notice names it) and two sections. The page's `<h1>` is the headline;
    a menu's `Nieuws` atop the text is no masthead."""
    article = read(
        page(
            "<title>Hoogheemraadschap Delfzand - Nieuws - Persbericht</title>",
            "<p>Nieuws</p><h1>Dijkversterking start in februari: fietspad maanden dicht</h1>",
            BODY + "<p>&copy; 2026 Hoogheemraadschap Delfzand</p>",
        )
    )
    assert article.title == "Dijkversterking start in februari: fietspad maanden dicht"
    assert article.source != "Nieuws"


def test_an_old_page_with_a_site_and_section_title_and_no_h1_shows_its_bold_headline():
    """`Millbrook Herald - Local News` names a site (by its shape) and a section; the old
    table layout sets the headline in bold type over its byline, as readers see it."""
    headline = "Grain elevator fire forces evacuation of east side homes"
    article = read(
        page(
            "<title>Millbrook Herald - Local News</title>",
            "<table><tr><td><p>Home | Local News | Sports | Obituaries</p>"
            f"<p><b>{headline}</b></p><p>By Dale Hutchins, Herald Staff Writer</p>"
            "<p>April 17, 2009</p></td></tr></table>",
            body="<p>A fire at the grain elevator on Mill Street forced the evacuation of "
            "homes on the east side of town on Thursday night, the fire chief said.</p>"
            "<p>Crews from three counties fought the blaze for six hours before it was "
            "brought under control, and residents were allowed back on Friday morning.</p>",
        )
    )
    assert article.title == headline
    assert article.title_from == "page"
    assert article.source == "Millbrook Herald"  # the title's other segment is a section's
    # An obituary page's title names the paper and the section it files the notice under.
    notice = read(page("<title>The Millbrook Gazette :: Obituaries</title>", "<p>News</p>"))
    assert notice.title != "The Millbrook Gazette"
    assert notice.source == "The Millbrook Gazette"
    # A short headline in title case after a section names no site: it stays the title.
    short = "Hong Kong Protests Escalate"
    assert read(page(f"<title>World | {short}</title>", "<p>World</p>")).title == short


def test_a_site_and_section_title_leaves_the_headline_an_extractor_reads_from_its_element():
    """`Riverside Courier - Politics` names the site and a section; the headline stands in
    an element marked as the entry's title, where trafilatura reads it."""
    headline = "Ward boundaries redrawn for autumn vote"
    article = read(
        page(
            "<title>Riverside Courier - Politics</title>",
            f'<h2 class="entry-title">{headline}</h2>',
        )
    )
    assert article.title == headline


def test_an_h1_over_the_byline_is_the_headline_whatever_the_seo_title_says():
    """The metadata titles word the story for search (`PHOTOS: Inside the final shrimp
    season`); the one `<h1>`, over `Story by`, is what readers see. An `<h1>` with no byline
    under it and no subject shared with the titles may be a pull quote: not taken."""
    seo = "PHOTOS: Inside the final shrimp season for a Texas town"
    head = f'<title>{seo} | Gulf Tribune</title><meta property="og:title" content="{seo}">'
    h1 = "<h1>The last boats out of Port Alder</h1>"
    byline = "<p>Story by Dana Whitfield | Photographs by Marco Ilves</p>"
    assert read(page(head, h1 + byline)).title == "The last boats out of Port Alder"
    assert read(page(head, h1 + "<p>Sept. 22, 2023</p>")).title == seo
    published = "<p>Dana Whitfield Gulf Tribune Publié le 3 décembre 2024 à 14 h 32</p>"
    assert read(page(head, h1 + published)).title == "The last boats out of Port Alder"
    # A feature's headline may be short over its byline.
    short = "<h1>The Great Perogy Pilgrimage</h1><p>Words by Chantal Gagnon</p>"
    assert read(page(head, short)).title == "The Great Perogy Pilgrimage"


def test_the_pages_own_summary_is_the_description_unless_it_is_a_tagline_or_the_lede():
    """`og:description` restating the article is shown over it as read from the page; a
    site's tagline shares none of its words, and the first paragraph would be read twice."""
    h1 = "<h1>Chipmakers agree on one packaging standard</h1>"
    summary = (
        "Several chipmakers will share one standard for packaging advanced chips, "
        "to be published next year."
    )
    article = read(page(f'<meta property="og:description" content="{summary}">', h1))
    assert (article.description, article.description_from) == (summary, "page")
    tagline = "The latest news, sport, weather and opinion from across the county, every day."
    article = read(page(f'<meta property="og:description" content="{tagline}">', h1))
    assert article.description_from == "lede"
    opening = (
        "Several chipmakers agreed on Tuesday to share one standard for packaging advanced chips"
    )
    article = read(page(f'<meta name="description" content="{opening}">', h1))
    assert article.description_from == "lede"
    # A tagline opening with the site's name, whose words the menus share, is the site's.
    own = "The Millbrook Gazette - advanced chips, packaging and the industry, every Tuesday"
    head = (
        '<meta property="og:site_name" content="The Millbrook Gazette">'
        f'<meta name="description" content="{own}">'
    )
    article = read(page(head, f"<p>The Millbrook Gazette</p>{h1}"))
    assert article.source == "The Millbrook Gazette"
    assert article.description_from == "lede"


def test_markup_typed_into_the_pages_summary_shows_as_its_words():
    """`<a href="...">how to stop spending</a>` in a meta description (escaped, as an
    editor's content system writes it) reads as the link's words, not as markup."""
    h1 = "<h1>Chipmakers agree on one packaging standard</h1>"
    summary = (
        "Several chipmakers will share one standard for packaging advanced chips. For more "
        "on &lt;a href=&quot;https://example.com/chips&quot;&gt;advanced packaging&lt;/a&gt;, "
        "see our guide."
    )
    article = read(page(f'<meta name="description" content="{summary}">', h1))
    assert article.description_from == "page"
    assert article.description == (
        "Several chipmakers will share one standard for packaging advanced chips. For more "
        "on advanced packaging, see our guide."
    )


def test_with_no_name_declared_the_source_is_the_site_as_the_page_writes_it():
    """The first capitalised run spelling the address's name, before the address itself."""
    named = read(
        page(
            "<title>Use IK Multimedia's rings to make music</title>",
            "<p>USATODAY.com</p><h1>Use IK Multimedia's rings to make music</h1>"
            "<p>Jefferson Graham, USA TODAY 3:53 p.m. EST January 25, 2014</p>",
            url="http://www.usatoday.com/story/tech/2014/01/25/namm-2014/4863129/",
        )
    )
    assert named.source == "USA TODAY"
    address = read(
        page(
            "<title>2018 Boys State Swim Results</title>",
            "<h1>2018 Boys State Swim Results</h1><p>Results from catchitkansas.com</p>",
            url="https://www.catchitkansas.com/content/news/Swim-Results-474349633.html",
        )
    )
    assert address.source == "catchitkansas.com"


def test_a_subtitle_after_the_headline_is_no_source():
    """`Headline: a subtitle` in the `<title>` names no site; nothing else does either."""
    article = read(
        page(
            '<meta property="og:title" content="The Guardian view on Hong Kong">'
            "<title>The Guardian view on Hong Kong: a city on the brink</title>",
            "<h1>The Guardian view on Hong Kong</h1>",
        )
    )
    assert article.title == "The Guardian view on Hong Kong"
    assert article.source is None


def test_a_name_declared_in_another_script_stays_over_the_addresss_latin_spelling():
    """`og:site_name` 北陸新報 on hokurikushimpo.co.jp, whose footer reads `© The Hokuriku
    Shimpo`: an address spells no name written in kanji, so the declared name stays."""
    headline = "金沢港に大型クルーズ船、今季初寄港"
    article = read(
        page(
            f'<meta property="og:site_name" content="北陸新報"><title>{headline}</title>',
            f"<h1>{headline}</h1>",
            body=BODY + "<p>© 2024 The Hokuriku Shimpo. All rights reserved.</p>",
            url="https://www.hokurikushimpo.co.jp/news/society/1420785",
        )
    )
    assert article.source == "北陸新報"


def test_a_section_before_the_headline_in_the_title_is_no_source():
    """`News | Board sets March bond vote`: the page's desk, not the paper's name."""
    headline = "Board sets March bond vote for new elementary"
    article = read(page(f"<title>News | {headline}</title>", f"<h1>{headline}</h1>"))
    assert article.title == headline
    assert article.source is None


# --- the authors -----------------------------------------------------------------------


def test_authors_are_the_people_the_markup_names_and_the_page_shows():
    """JSON-LD's Person, not its Organization author; not the company in `author`."""
    article = read(
        page(
            '<meta name="author" content="Condé Nast">'
            + json_ld(
                {
                    "@type": "NewsArticle",
                    "headline": "Surveillance has put the West Bank on lockdown",
                    "author": [
                        {"@type": "Person", "name": "Tom Bennett"},
                        {"@type": "Organization", "name": "Wired Staff"},
                        {"@type": "Person", "name": "Never Shown"},
                    ],
                }
            ),
            "<h1>Surveillance has put the West Bank on lockdown</h1><p>By Tom Bennett</p>",
        )
    )
    assert (article.authors, article.authors_from) == (("Tom Bennett",), "page")


def test_the_twitter_cards_creator_is_the_writer_when_the_page_shows_the_name():
    """`twitter:creator` names the writer where it is a name the page shows, not a
    handle (`@gizmodo`)."""
    headline = "<h1>The gear you need to survive the next semester</h1>"
    # Shown under the text, as the writer's profile link, not as a byline.
    shown = BODY + '<aside><p>Follow <a href="/people/at">Andrew Tarantola</a> on X</p></aside>'
    named = read(page('<meta name="twitter:creator" content="Andrew Tarantola">', headline, shown))
    assert named.authors == ("Andrew Tarantola",)
    handle = read(page('<meta name="twitter:creator" content="@gizmodo">', headline))
    assert handle.authors == ()
    unseen = read(page('<meta name="twitter:creator" content="Andrew Tarantola">', headline))
    assert unseen.authors == ()


def test_roles_wires_and_the_site_are_no_authors():
    """`Editorial`, `admin`, `Reuters` and `lefigaro.fr` in the author field name nobody;
    nor do a sponsor (`Umoya Bank`, `Estúdio Gazeta`) or a job in another language
    (`Verslaggever Ede`, a reporter of Ede)."""
    for author in (
        "Editorial",
        "admin",
        "Reuters",
        "lefigaro.fr",
        "Umoya Bank",
        "Estúdio Gazeta",
        "Verslaggever Ede",
    ):
        article = read(
            page(
                f'<meta name="author" content="{author}">'
                '<meta property="og:site_name" content="Le Figaro">'
                "<title>Montebourg envisage des privatisations</title>",
                f"<h1>Montebourg envisage des privatisations</h1><p>{author}</p>",
                url="http://www.lefigaro.fr/conjoncture/2013/04/05/montebourg.php",
            )
        )
        assert article.authors == (), author


def test_an_editor_in_the_author_field_is_not_the_writer():
    """The markup's author is `Zeynep Arslan`, whom the page shows only as `Editör:
    Zeynep Arslan` under a desk's byline: the editor who filed it, not its writer."""
    headline = "Kuraklık nedeniyle barajlarda doluluk yüzde 20'ye düştü"
    article = read(
        page(
            f'<meta name="author" content="Zeynep Arslan"><title>{headline}</title>',
            f"<h1>{headline}</h1><p>Haber Merkezi</p><p>Editör: Zeynep Arslan</p>",
        )
    )
    assert article.authors == ()


def test_a_photographer_in_the_markup_or_an_editors_link_in_the_byline_wrote_nothing():
    """JSON-LD lists the photographer the page credits only as `Фото:`; the byline block
    links the editor under `Editor:`. Only the writer stays."""
    headline = "В Новосибирске отремонтируют 120 дворов до конца лета"
    photographer = read(
        page(
            json_ld(
                {
                    "@type": "NewsArticle",
                    "headline": headline,
                    "author": [
                        {"@type": "Person", "name": "Анна Соколова"},
                        {"@type": "Person", "name": "Игорь Лебедев"},
                    ],
                }
            ),
            f"<h1>{headline}</h1><p>Текст: Анна Соколова</p><p>Фото: Игорь Лебедев</p>",
        )
    )
    assert photographer.authors == ("Анна Соколова",)
    headline = "Banjir rendam lima kecamatan di Kabupaten Bandung"
    editor = read(
        page(
            f'<meta name="author" content="Rizky Pratama"><title>{headline}</title>',
            f'<h1>{headline}</h1><p>Penulis: <a rel="author" href="/p/rizky">Rizky Pratama</a></p>'
            '<p>Editor: <a rel="author" href="/e/dewi">Dewi Lestari</a></p>',
        )
    )
    assert editor.authors == ("Rizky Pratama",)


def test_a_photographer_credited_under_a_label_line_or_in_captions_wrote_nothing():
    """JSON-LD lists three people; the page shows the third under a `Photography` label
    line and in captions' credits (`Lena Marchetti / The Coastal Observer`, `... for
    Brightline`), and her bio says she is a photographer. A byline's `A / B` and a name
    alone on its line (the byline) still name writers."""
    headline = "Why the West Coast port dispute could outlast the summer"

    def authors(body: str) -> tuple[str, ...]:
        people = ["Fiona Grant", "Samuel Osei", "Lena Marchetti"]
        data = {"@type": "NewsArticle", "headline": headline, "author": people}
        return read(page(json_ld(data), f"<h1>{headline}</h1>{body}")).authors

    credited = (
        "<p>Words</p><p>Fiona Grant and Samuel Osei</p><p>Photography</p><p>Lena Marchetti</p>"
        "<p>Lena Marchetti / The Coastal Observer</p><p>Cranes on the waterfront.</p>"
        "<p>A foreman on the docks. Lena Marchetti for The Coastal Observer</p>"
        "<p>Lena Marchetti</p><p>Lena Marchetti is a staff photographer in Vancouver.</p>"
    )
    assert authors(credited) == ("Fiona Grant", "Samuel Osei")
    bylined = "<p>Fiona Grant / Samuel Osei / Lena Marchetti</p><p>Cranes on the waterfront.</p>"
    assert authors(bylined) == ("Fiona Grant", "Samuel Osei", "Lena Marchetti")
    alone = "<p>Fiona Grant, Samuel Osei</p><p>Lena Marchetti</p><p>Photo: Lena Marchetti</p>"
    assert authors(alone) == ("Fiona Grant", "Samuel Osei", "Lena Marchetti")


def test_an_employer_after_the_writers_job_in_an_author_field_is_no_writer():
    """`Marisa Delacroix, Chief Strategy Officer, Quillon Cloud`: the comma after the job
    leads to her employer; `Jane Doe, Senior Editor, and John Roe` names two writers."""
    headline = "How small firms are moving their books to the cloud"

    def credited(field: str, byline: str) -> tuple[str, ...]:
        head = f'<meta name="author" content="{field}"><title>{headline}</title>'
        return read(page(head, f"<h1>{headline}</h1><p>{byline}</p>")).authors

    sponsored = "Marisa Delacroix, Chief Strategy Officer, Quillon Cloud"
    assert credited(sponsored, f"By {sponsored}") == ("Marisa Delacroix",)
    two = "Jane Doe, Senior Editor, and John Roe"
    assert credited(two, f"By {two}") == ("Jane Doe", "John Roe")
    company = "Corvane Therapeutics, Inc."
    assert credited(company, "Corvane Therapeutics, Inc. announced today") == ()
    # What the comma leads to is the job itself, or the team after an engineer's job.
    marsh = "Helen Marsh, PA Education Correspondent"
    assert credited(marsh, f"By {marsh}") == ("Helen Marsh",)
    team = "Tomasz Wierzbicki Staff Software Engineer, Ledger Platform"
    assert credited(team, team) == ("Tomasz Wierzbicki",)
    # A title before the name is no part of it: `Rev. Helen Ashworth`, `Dr Naomi Achterberg`.
    assert credited("Rev. Helen Ashworth", "By Rev. Helen Ashworth") == ("Helen Ashworth",)


def test_a_wire_in_the_author_field_is_no_person():
    """`<meta name="author" content="PTI">` over `New Delhi, May 28 (PTI)`: the agency
    whose copy it is, and the page names no writer."""
    headline = "Monsoon likely to reach Kerala around June 4, says weather office"
    article = read(
        page(
            f'<meta name="author" content="PTI"><title>{headline}</title>',
            f"<h1>{headline}</h1><p>New Delhi, May 28 (PTI) The southwest monsoon is likely "
            "to arrive over Kerala around June 4, the weather office said on Tuesday.</p>",
        )
    )
    assert article.authors == ()


def test_a_bylines_label_in_the_author_field_is_no_part_of_the_name():
    """Content systems store the byline as printed: `Penulis: Rizky Pratama`,
    `بقلم: أحمد الخطيب` (`Writer:`, `By the pen of:`) name the writer after the label."""
    headline = "Harga cabai rawit di Bandung naik dua kali lipat jelang Ramadan"
    for field, name in (
        ("Penulis: Rizky Pratama", "Rizky Pratama"),
        ("بقلم: أحمد الخطيب", "أحمد الخطيب"),
    ):
        article = read(
            page(
                json_ld({"@type": "NewsArticle", "headline": headline, "author": field}),
                f"<h1>{headline}</h1><p>{field}</p>",
            )
        )
        assert article.authors == (name,)


def test_a_reporter_the_page_credits_with_helping_is_no_writer():
    """JSON-LD lists `Lauren Pike` beside the writer; the page shows her only as `Staff
    writer Lauren Pike contributed to this report.` (and as another story's byline)."""
    headline = "Council backs navigation center downtown after four-hour debate"
    authors = [{"@type": "Person", "name": n} for n in ("Daniel Ortega", "Lauren Pike")]
    article = read(
        page(
            json_ld({"@type": "NewsArticle", "headline": headline, "author": authors}),
            f"<p>County count rises 14%</p><p>By Lauren Pike</p><h1>{headline}</h1>"
            "<p>By Daniel Ortega</p>",
            body=BODY + "<p>Staff writer Lauren Pike contributed to this report.</p>",
        )
    )
    assert article.authors == ("Daniel Ortega",)


def test_a_medical_reviewer_the_markup_lists_wrote_nothing():
    """Health sites list the clinician who reviewed the article beside its writer; the page
    says so (`Medically reviewed byDr Owen Hartley`) and quotes them as a source."""
    ld = json_ld(
        {
            "@type": "NewsArticle",
            "headline": "Walking more",
            "author": [{"@type": "Person", "name": n} for n in ("Priya Natarajan", "Owen Hartley")],
        }
    )
    header = (
        "<h1>Walking more</h1><p>By Priya Natarajan</p>"
        "<p>Medically reviewed byDr Owen Hartley, GP</p>"
    )
    body = BODY + '<p>"Any increase is worthwhile," said Dr Owen Hartley, a GP.</p>'
    assert read(page(ld, header, body)).authors == ("Priya Natarajan",)


def test_a_greek_editors_credit_is_no_byline_and_grafei_is():
    """`Γράφει η A | Επιμέλεια: B`: A writes, B edits; the author field holds the editor."""
    head = '<meta name="author" content="Κώστας Ζαχαρίου">'
    header = (
        "<h1>Λευκονήσι: Χωρίς νερό</h1><p>Γράφει η Ελένη Μαυρίδου | Επιμέλεια: Κώστας Ζαχαρίου</p>"
    )
    assert read(page(head, header)).authors == ("Ελένη Μαυρίδου",)


def test_a_photographer_credited_in_another_language_wrote_nothing():
    """JSON-LD lists both; the page prints `Texto: Ana Rita Matos Fotografia: Pedro Sousa`."""
    headline = "Antiga fábrica do Penedo vai dar lugar a 120 casas a custos controlados"
    authors = [{"@type": "Person", "name": n} for n in ("Ana Rita Matos", "Pedro Sousa")]
    article = read(
        page(
            json_ld({"@type": "NewsArticle", "headline": headline, "author": authors}),
            f"<h1>{headline}</h1><p>Texto: Ana Rita Matos Fotografia: Pedro Sousa</p>",
        )
    )
    assert article.authors == ("Ana Rita Matos",)


def test_a_press_releases_media_contact_in_the_author_field_wrote_nothing():
    """The content system files the release under its contact, whom the page shows only
    under `Media Contact`: a company's release has no byline."""
    headline = "Halvorsen Robotics launches FrostLine cold-storage picking arm"
    article = read(
        page(
            '<meta name="author" content="Dana Whitfield">',
            f"<h1>{headline}</h1>",
            body=BODY + "<p>Media Contact</p><p>Dana Whitfield</p><p>press@example.com</p>",
        )
    )
    assert article.authors == ()


def test_an_and_word_an_extractor_capitalised_still_parts_two_writers():
    """trafilatura title-cases a byline it reads (`di Marco Bellini e Giulia Ferraro`
    becomes `Marco Bellini E Giulia Ferraro`): the `E` is still Italian's `and`."""
    assert person_names("Marco Bellini E Giulia Ferraro") == ["Marco Bellini", "Giulia Ferraro"]


def test_the_outlet_after_a_writers_name_in_a_byline_is_no_writer():
    """A syndicated story's byline names the outlet its writer works for; a second writer
    is still one."""
    assert person_names("By Rachel Teo, Asia Property Journal") == ["Rachel Teo"]
    assert person_names("Rachel Teo, Associated Press") == ["Rachel Teo"]
    assert person_names("Rachel Teo, Daniel Feld") == ["Rachel Teo", "Daniel Feld"]


def test_markup_naming_no_writer_leaves_the_byline_the_page_shows():
    """An old site: its logo in the `<h1>`, the headline in an `<h2>`, the byline
    `Ramesh Iyengar | New Delhi` over the date, no author in the markup. The text
    trafilatura cut out does not reach the header, and no `<h1>` heads the byline: the
    page's visible lines are read as a text scrape's are."""
    headline = "Lok Sabha passes insurance amendment bill amid Opposition walkout"
    header = (
        "<h1>The Deccan Standard</h1><p>Nation | Business | World</p>"
        f"<h2>{headline}</h2><p>Ramesh Iyengar | New Delhi</p>"
        "<p>Published: 12 Feb 2025, 08:15 IST</p>"
    )
    article = read(page(f"<title>{headline} - The Deccan Standard</title>", header))
    assert article.authors == ("Ramesh Iyengar",)


def test_a_chinese_outlet_in_the_author_field_is_no_person():
    """`东方时报网` (a paper's site) stands in the author field and on the page."""
    headline = "国务院常务会议部署稳外贸措施"
    article = read(
        page(
            f'<meta name="author" content="东方时报网"><title>{headline}</title>',
            f"<h1>{headline}</h1><p>东方时报网</p>",
        )
    )
    assert article.authors == ()


def test_a_chinese_bylines_label_and_space_part_its_writers_a_japanese_one_does_not():
    """`作者：王晓明 刘佳`: the label is no name, and a space parts two Chinese names; a
    Japanese byline spaces one name (`山田 健太`)."""

    def credited(field: str, headline: str, lang: str) -> tuple[str, ...]:
        head = f'<meta name="author" content="{field}"><title>{headline}</title>'
        html = page(head, f"<h1>{headline}</h1><p>{field}</p>").replace(
            'lang="en"', f'lang="{lang}"'
        )
        return read(html).authors

    assert credited("作者：王晓明 刘佳", "国务院常务会议部署稳外贸措施", "zh") == ("王晓明", "刘佳")
    assert credited("记者 张伟", "国务院常务会议部署稳外贸措施", "zh") == ("张伟",)
    assert credited("山田 健太", "富山市、路面電車に新停留場", "ja") == ("山田 健太",)


def test_a_byline_under_the_headline_names_the_writers_the_markup_leaves_out():
    """Metadata keeps the first writer; the byline printed under the headline has three."""
    article = read(
        page(
            json_ld(
                {
                    "@type": "NewsArticle",
                    "headline": "Key moments from the hearing",
                    "author": {"@type": "Person", "name": "Stefan Becket"},
                }
            ),
            "<h1>Key moments from the hearing</h1>"
            "<p>By Stefan Becket, Kathryn Watson, Grace Segers</p>"
            "<p>November 20, 2019 / 1:07 AM</p>",
        )
    )
    assert article.authors == ("Stefan Becket", "Kathryn Watson", "Grace Segers")


def test_a_byline_column_before_the_headline_adds_the_writer_it_joins_on():
    """A column beside the article comes first in the page's order; its second line
    joins a second writer on (`and Rajiv Menon`). An editor's labelled credit and a
    teaser's byline further down join nothing."""
    column = (
        '<aside><div class="byline-block">'
        '<p><a rel="author" href="/p/fh">Felicity Haworth</a> Economics editor</p>'
        '<p>and <a rel="author" href="/p/rm">Rajiv Menon</a> Personal finance correspondent</p>'
        "</div><p>Thu 1 Aug 2024 18.05 BST</p></aside>"
    )
    head = '<meta name="author" content="Felicity Haworth">'
    article = read(page(head, column + "<h1>Why the rate cut will take months</h1>"))
    assert article.authors == ("Felicity Haworth", "Rajiv Menon")
    labelled = column.replace("<p>and <a", "<p>Editor: <a")
    article = read(page(head, labelled + "<h1>Why the rate cut will take months</h1>"))
    assert article.authors == ("Felicity Haworth",)


def test_a_handle_in_brackets_after_a_name_in_the_byline_is_no_part_of_it():
    """`By A (@a) and B (@b)`: the handles are the writers' accounts, so the byline still
    names the markup's one writer and adds the second."""
    article = read(
        page(
            '<meta name="author" content="Jericho Dela Cruz">',
            "<h1>Scholars still waiting for stipends</h1>"
            "<p>By Jericho Dela Cruz (@jdelacruz_sulo) and Aira Mae Villanueva (@airamaev)</p>",
        )
    )
    assert article.authors == ("Jericho Dela Cruz", "Aira Mae Villanueva")


def test_a_byline_the_page_marks_is_read_when_the_markup_names_nobody():
    """`<span class=author><a rel=author>` under the headline; the date it runs on into cut."""
    article = read(
        page(
            "<title>How to add schema markup</title>",
            "<h1>How to add schema markup</h1>"
            '<p>By <span class="vcard author"><a rel="author" href="/a/bj">Brian Jackson</a>'
            '</span> <a href="/wp">WordPress</a> No Comments</p>'
            "<p>By PHILLIP RAWLS 10/ 5/11 09:19 PM ET</p>",
        )
    )
    assert article.authors == ("Brian Jackson", "PHILLIP RAWLS")


def test_a_place_in_the_byline_element_is_no_author():
    """`<span class=article-author__name>Washington,</span>`: one word, a place."""
    article = read(
        page(
            "<title>Trade talks resume</title>",
            '<h1>Trade talks resume</h1><div class="article-author">Reuters, '
            '<span class="article-author__name">Washington,</span> Nov 20 2019</div>',
        )
    )
    assert article.authors == ()


def test_a_name_the_layout_glued_to_its_date_or_outlet_is_shown():
    """`By Seth Fiegerman2014-01-26`, `By Jonathan GarberFOXBusiness`: the markup's
    author is on the page."""
    article = read(
        page(
            '<meta name="sailthru.author" content="Seth Fiegerman">'
            "<title>Square cofounder on Jack Dorsey</title>",
            "<h1>Square cofounder on Jack Dorsey</h1>"
            "<p>By Seth Fiegerman<time>2014-01-26 21:32:46 UTC</time></p>",
        )
    )
    assert article.authors == ("Seth Fiegerman",)
    outlet = read(
        page(
            '<meta name="author" content="Jonathan Garber">'
            "<title>Home Depot sales miss, shares plunge</title>",
            "<h1>Home Depot sales miss, shares plunge</h1>"
            "<p>By <a>Jonathan Garber</a><span>FOXBusiness</span></p>",
        )
    )
    assert outlet.authors == ("Jonathan Garber",)


def test_a_name_alone_under_the_headline_is_its_byline():
    """Printed without `By`; a breadcrumb of capitalised words there is none."""
    named = read(
        page(
            "<title>New court files expose a security team</title>",
            "<h1>New court files expose a security team</h1>"
            "<div>Max Blumenthal</div><div>The Grayzone</div>",
        )
    )
    assert named.authors == ("Max Blumenthal",)
    crumbs = read(
        page(
            "<title>Montebourg envisage des privatisations</title>",
            "<h1>Montebourg envisage des privatisations</h1><div>Home ECONOMIE Conjoncture</div>",
        )
    )
    assert crumbs.authors == ()


def test_a_korean_reporters_signature_after_the_article_is_its_byline():
    """`최윤호 기자 uknow@donga.com` closes the article; `김준일 기자의 핫플레이스` (a
    reporter's column, in a teaser) names no writer of this article."""
    article = read(
        page(
            "<title>창의적 열정과 소통 : 뉴스 : 동아닷컴</title>",
            "<h1>창의적 열정과 소통</h1>",
            BODY + "<p>최윤호 기자 uknow@donga.com</p><p>김준일 기자의 핫플레이스</p>",
        )
    )
    assert article.authors == ("최윤호",)


def test_the_structured_data_of_a_related_story_is_not_the_pages():
    """A page describing a linked story first: its own item is the one its title holds."""
    related = {
        "@type": "NewsArticle",
        "headline": "Markets fall on trade fears",
        "author": {"@type": "Person", "name": "Ann Other"},
        "datePublished": "2019-01-01T08:00:00+00:00",
    }
    own = {
        "@type": "NewsArticle",
        "headline": "Chipmakers agree on a standard",
        "author": {"@type": "Person", "name": "Jane Doe"},
        "datePublished": "2019-11-19T08:00:00+00:00",
    }
    article = read(
        page(
            json_ld({"@graph": [related, own]})
            + "<title>Chipmakers agree on a standard | Example News</title>",
            "<h1>Chipmakers agree on a standard</h1><p>By Jane Doe</p>"
            "<aside><p>Markets fall on trade fears, by Ann Other</p></aside>",
        )
    )
    assert (article.date, article.authors) == ("2019-11-19", ("Jane Doe",))


def test_a_name_stored_surname_first_is_the_name_the_byline_prints():
    article = read(
        page(
            '<meta name="author" content="Doe, Jane"><title>Chipmakers agree on a standard</title>',
            "<h1>Chipmakers agree on a standard</h1><p>By Jane Doe</p>",
        )
    )
    assert article.authors == ("Jane Doe",)


# --- the date --------------------------------------------------------------------------


def test_the_date_is_the_day_the_markup_writes_not_an_update_in_the_text():
    """`2019-11-18T23:04:24-05:00` is the 18th where it was written (not the UTC day);
    an update stamp inside the article is not the publication date."""
    article = read(
        page(
            '<meta property="article:published_time" content="2019-11-18T23:04:24-05:00">'
            "<title>Man pleads guilty</title>",
            "<h1>Man pleads guilty</h1>",
            "<p>Updated: November 19, 2019 2:10 PM</p>" + BODY,
        )
    )
    assert (article.date, article.date_from) == ("2019-11-18", "page")


def test_the_sites_date_of_today_among_the_menus_under_the_h1_is_not_the_storys():
    """A logo's `<h1>` stands over the menus, where the site prints today's date (`jueves,
    09 enero 2014 - 10:21 h` over `PORTADA`, `Noticias`): not the story's date. The date
    a story prints under its headline, over its share bar, is."""
    headline = "Anticorrupción recurre la imputación de la Infanta"
    head = f'<meta property="og:title" content="{headline}">'
    menus = "<ul><li>PORTADA</li><li>Noticias</li><li>Deportes</li></ul>"
    today = "<p>Suscríbete a El Diario</p><p>jueves, 09 enero 2014 - 10:21 h</p>"
    assert read(page(head, f"<h1>{headline}</h1>" + today + menus)).date is None
    shared = "<ul><li>Share</li><li>Tweet</li></ul>"
    story = f"<h1>{headline}</h1><p>miércoles, 08 enero 2014 - 19:40 h</p>"
    assert read(page(head, story + shared)).date == "2014-01-08"


def test_a_page_that_states_no_date_is_dated_by_its_own_address():
    """With no date in its markup or its text, a page is dated by the day its canonical
    address files it under (`/2010/POLITICS/08/13/`); an address without one dates
    nothing."""
    filed = "http://www.example.com/2010/POLITICS/08/13/democrats.social.security/index.html"
    header = "<h1>Democrats to use Social Security against GOP this fall</h1>"
    assert read(page("", header, url=filed)).date == "2010-08-13"
    assert read(page("", header, url="http://www.example.com/politics/democrats")).date is None


def test_iso_basic_dates_are_read_and_placeholder_dates_are_not():
    basic = read(
        page(
            json_ld({"@type": "NewsArticle", "datePublished": "20180619T055000+0900"})
            + "<title>A summit call</title>",
            "<h1>A summit call</h1>",
        )
    )
    assert basic.date == "2018-06-19"
    placeholder = read(
        page(
            json_ld({"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"})
            + "<title>A football result</title>",
            "<h1>A football result</h1>",
        )
    )
    assert placeholder.date != "0001-01-01"


# --- the link to the original ----------------------------------------------------------


def test_the_link_to_the_original_is_the_address_the_page_declares():
    """A canonical path is read against `og:url`; an `og:url` without its scheme is one."""
    path = read(
        page(
            '<link rel="canonical" href="/tennis/davis-cup-opener/">'
            '<meta property="og:url" content="https://www.sportsnet.ca/tennis/">'
            "<title>Nadal keeps Spain alive</title>",
            "<h1>Nadal keeps Spain alive</h1>",
        )
    )
    assert (path.url, path.url_from) == (
        "https://www.sportsnet.ca/tennis/davis-cup-opener/",
        "page",
    )
    bare = read(
        page(
            '<meta property="og:url" content="www.elmundo.es/elmundo/2012/10/28/espana/1.html">'
            "<title>Cae en Francia la jefa del aparato militar</title>",
            "<h1>Cae en Francia la jefa del aparato militar</h1>",
        )
    )
    assert bare.url == "https://www.elmundo.es/elmundo/2012/10/28/espana/1.html"


def test_a_page_declaring_no_address_is_where_its_share_buttons_point():
    """No canonical link, no `og:url`: the address the page's share buttons pass their
    services (BBC Chinese, 2012) is its own; one button alone, or buttons naming
    different addresses (a box of other stories), is no evidence."""
    own = "http://www.bbc.co.uk/zhongwen/simp/chinese_news/2012/12/121210_hongkong_politics.shtml"
    other = "http://www.bbc.co.uk/zhongwen/simp/world/2012/12/121209_other.shtml"
    facebook = '<a href="http://www.facebook.com/sharer.php?u={}&amp;t=BBC">Facebook</a>'
    google = '<a href="https://plus.google.com/share?url={}&hl=zh-CN">Google+</a>'
    header = "<h1>港特首梁振英就住宅违建事件道歉</h1>"
    shared = read(page("", header + facebook.format(own) + google.format(own)))
    assert (shared.url, shared.url_from) == (own, "page")
    assert read(page("", header + facebook.format(own))).url is None
    forged = "http://example.com/x%22onmouseover%3Dalert(1)"  # a quote, once decoded
    assert read(page("", header + facebook.format(forged) + google.format(forged))).url is None
    assert read(page("", header + facebook.format(own) + google.format(other))).url is None


def test_hostile_structured_data_leaves_the_fields_empty_without_a_crash():
    """JSON-LD nested 100,000 deep, a reference that is no string, an author field of
    100,000 names: the page still builds, with no author invented."""
    article = read(
        page(
            '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>"
            '<script type="application/ld+json">{"@type": ["NewsArticle", 5], '
            '"author": {"@id": 5}, "headline": ["x"], "datePublished": 12}</script>'
            f'<meta name="author" content="{"Ab Cd, " * 100_000}">'
            "<title>Chipmakers agree on a standard</title>",
            "<h1>Chipmakers agree on a standard</h1>",
        )
    )
    assert article.title == "Chipmakers agree on a standard"
    assert article.authors == ()


def test_a_copyright_notice_spelling_the_address_names_the_site_of_a_page_without_one():
    """With no canonical link nor `og:url`, `Copyright © Entermedia.co.kr` tells the site:
    its name is cut from the `<title>` and shown as the source."""
    html = page("<title>Why the quarrel went public - Entermedia</title>")
    html = html.replace(
        "<p>Privacy policy</p>", "<p>Copyright © Entermedia.co.kr. All rights reserved.</p>"
    )
    article = read(html)
    assert (article.title, article.source) == ("Why the quarrel went public", "Entermedia")


def test_a_full_width_separator_and_a_photo_credit_are_no_part_of_the_title():
    """`見出し（写真＝ロイター） ：日本経済新聞`: the paper's name after a full-width colon
    (the first words of its `og:site_name`, `日本経済新聞 電子版`) and the picture's
    credit in brackets are cut."""
    head = (
        "<title>米朝首脳直通電話　習氏に挑むトランプ戦術の成否"
        "　（写真＝ロイター）　：日本経済新聞</title>"
        '<meta property="og:site_name" content="日本経済新聞 電子版">'
    )
    assert read(page(head)).title == "米朝首脳直通電話 習氏に挑むトランプ戦術の成否"
    credited = read(
        page("<title>Chipmakers agree on a packaging standard (Photo: Reuters)</title>")
    )
    assert credited.title == "Chipmakers agree on a packaging standard"


def test_a_logo_h1_and_double_colons_are_cut_from_the_title():
    """`Site :: Section :: Headline` with the site's logo as the page's `<h1>`: the
    headline is the title's longest part, never the site's name."""
    headline = "Robotics firm Paxmore opens Ohio fulfillment lab"
    article = read(
        page(
            f"<title>Warehouse Systems Today :: News :: {headline}</title>",
            '<h1><a href="/"><img src="/logo.gif" alt="Warehouse Systems Today"></a></h1>'
            f"<h2>{headline}</h2>",
        )
    )
    assert article.title == headline


def test_a_logo_titled_with_its_section_only_is_no_headline():
    """`Cedar Falls Courier-Press - News` titles the site and a section; its notice names
    it too. The logo's line atop the text is the site, no story: with no headline the
    page shows as such, the title is the lede's, marked so, never the site's name."""
    article = read(
        page(
            "<title>Cedar Falls Courier-Press - News</title>",
            "<h1>Cedar Falls Courier-Press</h1><p>News | Sports | Obituaries</p>",
            BODY + "<p>Copyright &copy; 2025 Cedar Falls Courier-Press. All rights reserved.</p>",
        )
    )
    assert article.source == "Cedar Falls Courier-Press"
    assert article.title != "Cedar Falls Courier-Press"
    assert article.title_from != "page"


def test_a_reporters_title_and_an_agency_are_no_part_of_an_authors_name():
    """`김민준 기자` is the reporter 김민준; `Agência Brasil` is an agency, not a writer."""
    item = {"@type": "NewsArticle", "headline": "반도체 수출 석 달째 증가"}
    item["author"] = [{"@type": "Person", "name": "김민준 기자"}]
    korean = read(
        page(
            json_ld(item) + "<title>반도체 수출 석 달째 증가</title>",
            "<h1>반도체 수출 석 달째 증가</h1><p>김민준 기자</p>",
        )
    )
    assert korean.authors == ("김민준",)
    agency = read(
        page(
            '<meta name="author" content="Agência Brasil"><title>Chuva forte no Sul</title>',
            "<h1>Chuva forte no Sul</h1><p>Agência Brasil</p>",
        )
    )
    assert agency.authors == ()


def test_a_utc_stamp_a_day_off_the_pages_own_date_gives_way_to_it():
    """Stamped `2026-03-14T01:15:00Z`, shown `March 13, 2026 9:15 p.m. ET`: the site
    dates the story as its readers do; a stamp with the site's own offset stays."""
    headline = "Okoro's late three lifts Hartford past Providence"

    def dated(stamp: str) -> str | None:
        return read(
            page(
                f'<meta property="article:published_time" content="{stamp}">'
                f"<title>{headline}</title>",
                f"<h1>{headline}</h1><p>By Tyrell Banks</p><p>March 13, 2026 9:15 p.m. ET</p>",
            )
        ).date

    assert dated("2026-03-14T01:15:00Z") == "2026-03-13"
    assert dated("2026-03-14T01:15:00-04:00") == "2026-03-14"
    assert dated("2026-03-13T21:15:00Z") == "2026-03-13"


def test_a_utc_stamp_gives_way_to_the_date_under_a_headline_set_in_no_h1():
    """A Korean page sets its headline in a `<div>`: the date line under the line that
    shows the metadata title (`입력 2026.12.04 08:10`) is the site's own day."""
    headline = "반도체 수출 석 달째 사상 최대…HBM이 끌었다"
    article = read(
        page(
            '<meta property="article:published_time" content="2026-12-03T23:10:00+00:00">'
            f"<title>{headline} | 한빛일보</title>",
            f'<div class="title">{headline}</div><p>김민준 기자</p><p>입력 2026.12.04 08:10</p>',
        )
    )
    assert article.date == "2026-12-04"


def test_an_update_stamp_over_the_publication_line_is_not_the_pages_own_date():
    """`Updated 3:14 p.m. ET Nov. 4, 2023` stands over `Published 7:02 a.m. ET Nov. 3,
    2023`: the UTC stamp `2023-11-03T11:02:00Z` agrees with the publication line."""
    headline = "Council backs transit levy after six-hour hearing"
    article = read(
        page(
            '<meta property="article:published_time" content="2023-11-03T11:02:00Z">'
            f"<title>{headline}</title>",
            f"<h1>{headline}</h1><p>By Dana Whitfield</p>"
            "<p>Updated 3:14 p.m. ET Nov. 4, 2023</p><p>Published 7:02 a.m. ET Nov. 3, 2023</p>",
        )
    )
    assert article.date == "2023-11-03"


def test_a_utc_stamp_gives_way_to_a_first_publication_labelled_at_the_foot():
    """Only `4 hours ago` under the headline; `First published Sat 18 Mar 2023` under
    the text is the site's day, the UTC stamp's the eve."""
    headline = "Magpies storm home to stun Blues in MCG thriller"
    article = read(
        page(
            '<meta property="article:published_time" content="2023-03-17T21:15:00Z">'
            f"<title>{headline}</title>",
            f"<h1>{headline}</h1><p>By Jack Rutherford</p><p>4 hours ago</p>",
            body=BODY + "<p>First published Sat 18 Mar 2023, 8.15am AEDT</p>",
        )
    )
    assert article.date == "2023-03-18"


def test_the_date_line_under_a_standfirst_is_read_and_its_label_too():
    """A long standfirst between the headline and `Publié le 4 décembre 2026 à 00h30,
    modifié le 4 décembre 2026 à 09h05`: the date line is still the header's, and its
    label's date is the day shown, not the UTC stamp's eve."""
    headline = "La sobriété numérique ne se décrète pas"
    standfirst = (
        "TRIBUNE. Deux chercheurs estiment qu’il faut imposer aux centres de données une "
        "transparence énergétique totale plutôt que des moratoires inapplicables, et "
        "proposent une méthode commune de mesure pour tous."
    )
    article = read(
        page(
            '<meta property="article:published_time" content="2026-12-03T23:30:00+00:00">'
            f"<title>{headline}</title>",
            f"<h1>{headline}</h1><p>{standfirst}</p>"
            "<p>Publié le 4 décembre 2026 à 00h30, modifié le 4 décembre 2026 à 09h05</p>",
        )
    )
    assert len(standfirst) > 200
    assert article.date == "2026-12-04"


def test_the_published_date_of_a_line_that_shows_the_update_first():
    """`Updated November 15, 2023 at 9:02 a.m. EST | Published November 14, 2023 at
    8:47 p.m. EST` under the headline, stamped `2023-11-15T01:47:00Z`: the day the
    page publishes is the 14th, the UTC stamp's eve."""
    headline = "Senate rail safety deal collapses after late fight"
    article = read(
        page(
            '<meta property="article:published_time" content="2023-11-15T01:47:00Z">'
            f"<title>{headline}</title>",
            f"<h1>{headline}</h1><p>By Marisol Etxeberria</p><p>Updated November 15, 2023 "
            "at 9:02 a.m. EST | Published November 14, 2023 at 8:47 p.m. EST</p>",
        )
    )
    assert article.date == "2023-11-14"


def test_a_guessed_date_the_page_never_shows_is_not_shown():
    """No publication date in the markup: the extractor's guess from a `<time>` element
    stands only where the page shows that day to its reader."""
    headline = "Council approves new cycle lanes"

    def dated(header: str) -> str | None:
        return read(page(f"<title>{headline}</title>", f"<h1>{headline}</h1>{header}")).date

    assert dated('<time datetime="2012-10-29T10:00:00"></time>') is None
    assert dated('<time datetime="2012-10-29T10:00:00">October 29, 2012</time>') == "2012-10-29"


def test_an_owners_company_name_gives_way_to_the_publications_name():
    """og:site_name `Lakeshore Media Group`, the `<title>` `Headline | The Duluth
    Standard`: a name shaped as a company's is the owner's, where the page names the
    publication too."""
    headline = "Why the harbour needs a new breakwater"
    article = read(
        page(
            '<meta property="og:site_name" content="Lakeshore Media Group">'
            f"<title>{headline} | The Duluth Standard</title>",
            f"<h1>{headline}</h1>",
        )
    )
    assert article.source == "The Duluth Standard"


def test_a_site_that_declares_its_address_is_called_what_its_masthead_spells():
    """`og:site_name` = `eastsidedispatch.news`, the masthead `Eastside Dispatch`."""
    headline = "Library branch to reopen after roof repair"
    article = read(
        page(
            '<meta property="og:site_name" content="eastsidedispatch.news">'
            f"<title>{headline} | eastsidedispatch.news</title>",
            f"<p>Eastside Dispatch</p><h1>{headline}</h1>",
            url="https://eastsidedispatch.news/2025/library-branch-reopen",
        )
    )
    assert article.source == "Eastside Dispatch"


def test_the_name_the_address_spells_wins_over_an_owners_declared_name():
    """og:site_name `Southern Cross Media Group` on harbourherald.com.au, whose copyright
    notice writes `© 2025 The Harbour Herald`: the publication is the Harbour Herald."""
    headline = "Pacific leaders back regional policing pact"
    owner = '<meta property="og:site_name" content="Southern Cross Media Group">'
    notice = "<p>Copyright © 2025 The Harbour Herald. A Southern Cross Media Group publication.</p>"
    article = read(
        page(
            f"{owner}<title>{headline}</title>",
            f"<h1>{headline}</h1>",
            body=BODY + notice,
            url="https://www.harbourherald.com.au/world/pacific-pact.html",
        )
    )
    assert article.source == "The Harbour Herald"


def test_an_owner_named_alone_is_no_source_and_an_address_gives_way_to_the_name():
    """Only the station group is declared (`Cascade Peak Media` on kxtc9.com): the page
    names no publication the markup agrees on, so the source stays unknown. A group with
    a legal form (`Halvorsen Group ASA`) is an owner beside the title's `Halvorsen
    Freight`. A declared address (`rheintal-kurier.de`) gives way to the declared name
    it spells (`Rheintal-Kurier`)."""
    headline = "Crews restore power to 4,000 homes after overnight storm"

    def source(head: str, url: str | None = None) -> str | None:
        return read(
            page(f"{head}<title>{headline}</title>", f"<h1>{headline}</h1>", url=url)
        ).source

    owner = '<meta property="og:site_name" content="Cascade Peak Media">'
    assert source(owner, "https://www.kxtc9.com/news/storm-power") is None
    group = '<meta property="og:site_name" content="Halvorsen Group ASA">'
    titled = f"{group}<title>{headline} | Halvorsen Freight</title>"
    assert read(page(titled, f"<h1>{headline}</h1>")).source == "Halvorsen Freight"
    address = '<meta property="og:site_name" content="rheintal-kurier.de">'
    publisher = json_ld(
        {"@type": "NewsArticle", "headline": headline, "publisher": {"name": "Rheintal-Kurier"}}
    )
    url = "https://www.rheintal-kurier.de/region/sturm.html"
    assert source(address + publisher, url) == "Rheintal-Kurier"


def test_a_site_declared_by_its_address_label_is_shown_as_the_page_writes_it():
    """og:site_name `detroitnews` beside JSON-LD's `The Detroit News`, a Twitter handle
    `@TIME` with `© Time`: a reader sees the names the page writes, not a machine's."""
    headline = "Michigan lawmakers pass road funding plan after late-night session"

    def source(head: str) -> str | None:
        return read(page(f"{head}<title>{headline}</title>", f"<h1>{headline}</h1>")).source

    label = '<meta property="og:site_name" content="detroitnews">'
    publisher = json_ld(
        {"@type": "NewsArticle", "headline": headline, "publisher": {"name": "The Detroit News"}}
    )
    assert source(label + publisher) == "The Detroit News"
    assert source(label) == "detroitnews"  # nothing else names it: as declared
    # An address spells a name without its accents: `www.liberation.fr`, `Libération`.
    accented = '<meta property="og:site_name" content="www.liberation.fr">'
    notice = "<p>© Libération 2013</p>"
    address = "https://www.liberation.fr/politiques/2013/04/05/ayrault_894562"
    assert (
        read(page(accented, f"<h1>{headline}</h1>", body=BODY + notice, url=address)).source
        == "Libération"
    )


def test_the_pages_h1_wins_over_an_seo_title_on_the_same_subject():
    """`<title>` and og:title are an SEO variant; the `<h1>` on the same subject is the
    headline readers see. A pull quote in an `<h1>` shares no subject and is passed over."""
    seo = "Port of Tacoma Crane Strike 2026: What Shippers Need to Know"
    h1 = "Tacoma crane operators walk out, leaving 14 ships idle at anchor"
    tags = f'<meta property="og:title" content="{seo}"><title>{seo} | The Sound Ledger</title>'
    assert read(page(tags, f"<h1>{h1}</h1><p>By Dana Ford</p>")).title == h1
    quote = "'Why don't you go fight for the reindeer?'"
    assert read(page(tags, f"<h1>{quote}</h1><p>By Dana Ford</p>")).title == seo
    # One word of the subject in the singular, the other in the plural: one subject.
    seo = "Trolley crisis: 931 patients waiting for beds in Irish hospitals"
    h1 = "Hospital trolley numbers hit March record as nurses warn of unsafe conditions"
    tags = f'<meta property="og:title" content="{seo}"><title>{seo}</title>'
    assert read(page(tags, f"<h1>{h1}</h1><p>By Dana Ford</p>")).title == h1


def test_the_h1_after_an_episode_number_and_a_colon_in_the_title_is_the_headline():
    """og:title and JSON-LD say `Ep. 212: Why ...`; the page shows `Why ...` in its
    `<h1>`, with the day under it beside the host's name: both are the page's own."""
    h1 = "Why mid-size CFOs are quietly hoarding cash"
    tags = (
        f'<meta property="og:title" content="Ep. 212: {h1}">'
        '<meta property="article:published_time" content="2025-04-04T01:30:00Z">'
        f"<title>Ep. 212: {h1} | Ledger Talk</title>"
    )
    article = read(page(tags, f"<h1>{h1}</h1><p>By Hannah Okafor · April 3, 2025 · 47 min</p>"))
    assert (article.title, article.date) == (h1, "2025-04-03")


def test_a_last_updated_after_the_byline_is_no_part_of_the_name():
    headline = "Heat pumps in cold climates, explained"
    article = read(
        page(
            f"<title>{headline}</title>",
            f"<h1>{headline}</h1><p>By Nora Lindahl and Marcus Feld Last updated Dec 2, 2026</p>",
        )
    )
    assert article.authors == ("Nora Lindahl", "Marcus Feld")


def test_with_only_a_modified_time_the_date_printed_under_the_headline_is_the_date():
    """The markup states `dateModified` alone; the page prints `June 3, 2025, updated
    June 4, 2025` under its headline: it was published on 3 June."""
    headline = "Pacific leaders back regional policing pact"
    article = read(
        page(
            '<meta property="article:modified_time" content="2025-06-04T09:40:00+10:00">'
            f"<title>{headline}</title>",
            f"<h1>{headline}</h1><p>June 3, 2025 — 6.12pm, updated June 4, 2025 — 9.40am</p>",
        )
    )
    assert article.date == "2025-06-03"


def test_with_no_writer_in_the_markup_the_byline_the_text_shows_is_read():
    """`By Michael Russell` closing the article names its writer where the markup names
    none; a wire's `(Reporting by A; Editing by B)` names the agency's reporters, whom the
    site's markup did not claim."""
    signed = read(
        page("<title>Browns sign a kicker</title>", body=BODY + "<p>By Michael Russell</p>")
    )
    assert signed.authors == ("Michael Russell",)
    wired = read(
        page(
            "<title>Browns sign a kicker</title>",
            body=BODY + "<p>(Reporting by Jane Lee; Editing by Chris Reese)</p>",
        )
    )
    assert wired.authors == ()


def test_with_no_date_in_the_markup_the_texts_date_line_beats_the_extractors_guess():
    """trafilatura guesses `6/9/2026` from a comment, day first; the article's own line
    `Posted: Tuesday, June 9, 2026` says which day it is."""
    comments = (
        '<div class="comments"><p>Posted by farmgal58 on 6/9/2026 at 6:02 pm</p>'
        "<p>So sad to see this.</p></div>"
    )
    article = read(
        page(
            "<title>Elevator fire</title>",
            "<h2>Elevator fire burns for hours</h2>",
            "<p>Posted: Tuesday, June 9, 2026 4:15 pm</p>" + BODY + comments,
        )
    )
    assert article.date == "2026-06-09"


def test_a_table_page_s_byline_is_read_under_the_title_its_markup_declares():
    """An old table layout has no `<h1>`, and its menu cells come before the article in
    the page's order: the byline stands under the headline the markup declares, not under
    the menu's first line (`Main Menu` is no writer)."""
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Chipmakers agree on one packaging standard</title>
<meta name="author" content="Administrator"></head><body><table><tr>
<td>Home| Local News| Regional| Business| Sports| Editorial| Letters| Contact Us</td></tr>
<tr><td><h3>Main Menu</h3><ul><li><a href="/">Home</a></li><li><a href="/l">Local</a></li>
</ul><h3>Newsletter</h3><p>Get the Sentinel headlines by email every Thursday.</p>
<p>Home | About the Sentinel | Advertising Rates | Privacy | Contact</p>
<p>Copyright © 2025 Sentinel Publishing Co. Ltd. All Rights Reserved.</p></td><td><table><tr>
<td>Thursday, 12 June 2025</td></tr><tr>
<td class="contentheading">Chipmakers agree on one packaging standard</td></tr></table>
<table><tr><td><span class="small">Written by Sherma Laville</span></td></tr>
<tr><td class="createdate">Tuesday, 10 June 2025 14:22</td></tr>
<tr><td>{BODY}</td></tr></table></td></tr></table></body></html>"""
    article = read(html)
    assert article.title == "Chipmakers agree on one packaging standard"
    assert article.authors == ("Sherma Laville",)


def test_a_labelled_byline_adds_writers_and_gives_the_markup_s_short_name_in_full():
    """The markup keeps the first writer's short name; the byline under the headline,
    labelled in Malay (`Oleh`, by), prints it in full and names a second writer."""
    ld = json_ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Nurul Aisyah"}})
    article = read(
        page(
            ld,
            "<h1>Chipmakers agree on one packaging standard</h1>"
            "<p>Oleh Nurul Aisyah Ahmad dan Mohd Hafiz Zulkifli</p>"
            "<p>Isnin, 5 Februari 2024 @ 11:42am</p>",
        )
    )
    assert article.authors == ("Nurul Aisyah Ahmad", "Mohd Hafiz Zulkifli")
    # A word the page writes elsewhere too is where the byline runs on into, no surname.
    ld = json_ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Dana Ford"}})
    header = "<h1>Chipmakers agree on one packaging standard</h1><p>By Dana Ford Tokyo</p>"
    assert read(page(ld, header)).authors == ("Dana Ford",)


def test_the_date_under_a_byline_s_label_and_name_is_the_story_s():
    """`By` alone over the writer's name over the date, a view counter after it: short
    lines, but a byline's, not the menus around a masthead's date of today. The story's
    day stands; the print edition's next day (`Published in ...`) does not."""
    ld = json_ld({"@type": "NewsArticle", "datePublished": "2024-09-03T18:42:10+00:00"})
    article = read(
        page(
            ld,
            "<h1>Chipmakers agree on one packaging standard</h1><div>By</div>"
            "<span>Our Correspondent</span><p>September 3, 2024 11:42 PM</p>"
            "<p>1,204 views</p><p>Facebook Twitter WhatsApp</p>",
            body=BODY + "<p>Published in The Daily Meridian, September 4th, 2024</p>",
        )
    )
    assert article.date == "2024-09-03"


def test_the_element_marked_as_the_publication_date_dates_the_story_as_readers_see_it():
    """A UTC stamp of 21:15 on 9 October is the 10th where the page was written; the
    page prints that day in the element it marks `published` (hAtom), below a box of
    related news rather than under the headline."""
    ld = json_ld({"@type": "Article", "datePublished": "2024-10-09T21:15:02Z"})
    teaser = "A ferry operator suspended its trips ahead of a storm. " * 4
    related = f"<p>Related news</p><p>{teaser}</p>"
    article = read(
        page(
            ld,
            f"<h1>Chipmakers agree on one packaging standard</h1>{related}",
            body='<p class="published">Thursday, October 10, 2024</p>' + BODY,
        )
    )
    assert article.date == "2024-10-10"


def test_a_time_element_printing_how_long_ago_dates_the_story_by_its_datetime():
    """`<time datetime="2019-11-19T11:45:59Z">1 day ago</time>` under the headline, on a
    page whose markup states no date: the element's `datetime` is the day."""
    headline = "<h1>Chipmakers agree on one packaging standard</h1>"
    ago = '<p>By Jane Roe <time datetime="2019-11-19T11:45:59.000Z">1 day ago</time></p>'
    assert read(page("", headline + ago)).date == "2019-11-19"
    elsewhere = page("", headline, body=BODY + ago.replace("Jane Roe", "Tom Hale"))
    assert read(elsewhere).date is None  # a comment's or another story's, not the header's


def test_a_service_label_of_the_address_gives_way_to_the_holder_it_stands_for():
    """`Hosted` (og:site_name and the `<title>`'s site) on hosted.ap.org, a wire's pages
    hosted for its members, whose footer reads `© 2019 The Associated Press`: the AP is
    the publication. A site whose own label is declared (`Hosted` on hosted.com) stays."""
    head = (
        '<meta property="og:site_name" content="Hosted"><title>Sondland to testify | Hosted</title>'
    )
    header = "<h1>Sondland to testify</h1><p>By Lisa Mascaro</p>"
    footer = "<p>©2019 The Associated Press. All rights reserved.</p>"
    wire = page(
        head, header, BODY + footer, url="https://hosted.ap.org/berkshireeagle/article/6486"
    )
    assert read(wire).source == "The Associated Press"
    own = page(head, header, BODY + footer, url="https://www.hosted.com/article/6486")
    assert read(own).source == "Hosted"


def test_a_short_h1_beside_the_sites_name_in_the_title_is_the_headline():
    """`<title>About bugs – Vortex Cannon Entertainment</title>` over the `<h1>` `About
    bugs`, the footer `© 2019 Vortex Cannon Entertainment`: two words are the headline
    where the rest of the title names the site, and the site is not the headline."""
    head = "<title>About bugs – Vortex Cannon Entertainment</title>"
    footer = "<p>© 2019 Vortex Cannon Entertainment. All rights reserved</p>"
    article = read(page(head, "<h1>About bugs</h1><p>Posted by Vortex</p>", BODY + footer))
    assert (article.title, article.title_from) == ("About bugs", "page")
    assert article.source == "Vortex Cannon Entertainment"


def test_an_excerpt_holding_the_opening_after_furniture_is_no_summary():
    """A content system's excerpt of the whole page (`Share this on WhatsApp` glued to the
    text's first words) as the meta description: the lede's sentences describe it."""
    opening = "Several chipmakers agreed on Tuesday to share one standard for packaging"
    head = f'<meta name="description" content="Share this on WhatsApp{opening} advanced">'
    article = read(page(head, "<h1>Chipmakers agree on one packaging standard</h1>"))
    assert article.description.startswith(opening)
    assert article.description_from == "lede"


def test_a_live_blog_entry_s_page_is_that_entry_s_article():
    """A live blog's entry has an address of its own; the page's titles still name the
    blog and its JSON-LD lists all the blog's writers, but the entry whose address is the
    page's was written by one of them."""
    address = "https://example.com/live/budget/posts/drainage-58213"
    blog = {
        "@type": "LiveBlogPosting",
        "headline": "Budget LIVE: MCAs debate spending plan",
        "author": [{"@type": "Person", "name": n} for n in ("Otieno Barasa", "Wanjiru Kamau")],
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": "Chipmakers agree on one packaging standard",
                "url": address,
                "author": {"@type": "Person", "name": "Wanjiru Kamau"},
            }
        ],
    }
    head = "<title>Budget LIVE: MCAs debate spending plan</title>" + json_ld(blog)
    html = page(
        head,
        "<p>Live coverage by Otieno Barasa and Wanjiru Kamau</p>"
        "<h1>Chipmakers agree on one packaging standard</h1><p>By Wanjiru Kamau</p>",
        url=address,
    )
    assert read(html).authors == ("Wanjiru Kamau",)


def test_the_section_a_page_declares_is_no_site_name():
    """A city edition on its own address (`krakow.` before the site's) opens with the
    city's name, which the markup declares as the article's section: the publisher the
    JSON-LD names is the site."""
    ld = json_ld(
        {
            "@type": "NewsArticle",
            "headline": "Chipmakers agree on one packaging standard",
            "publisher": {"@type": "Organization", "name": "Dziennik Nadwiślański"},
        }
    )
    head = (
        '<meta property="og:site_name" content="krakow.nadwislanski.pl">'
        '<meta property="article:section" content="Kraków">'
        "<title>Chipmakers agree on one packaging standard - Kraków - Dziennik Nadwiślański"
        "</title>" + ld
    )
    html = page(
        head,
        "<h1>Chipmakers agree on one packaging standard</h1>",
        url="https://krakow.nadwislanski.pl/chipmakers/ar/c1-18823410",
    ).replace("<header>", "<header><span>Kraków</span>")
    assert read(html).source == "Dziennik Nadwiślański"


def test_a_logo_s_h1_leaves_the_headline_to_the_h2_over_the_byline():
    """A theme gives the site's logo the `<h1>` and sets the story's headline in an `<h2>`
    over its byline: readers see that headline, not the SEO title's other wording."""
    headline = "Ebersau bekommt endlich seine Schutzmauer gegen die Donau"
    head = (
        "<title>Ebersau: 14 Millionen Euro für Hochwasserschutz beschlossen - Donaupost</title>"
        '<meta property="og:site_name" content="Donaupost">'
    )
    html = page(
        head,
        f"<h2>{headline}</h2><p>Von Katrin Maier</p><p>14. Jänner 2025, 06:00</p>",
    ).replace("<header>", '<header><h1><a href="/">Donaupost</a></h1>')
    article = read(html)
    assert article.title == headline
    assert article.authors == ("Katrin Maier",)
    # An `<h2>` with no byline or date under it is a section's heading, not the headline.
    teaser = page(head, "<h2>Mehr aus der Region</h2><p>Wetter</p>").replace(
        "<header>", '<header><h1><a href="/">Donaupost</a></h1>'
    )
    assert read(teaser).title == "Ebersau: 14 Millionen Euro für Hochwasserschutz beschlossen"


def test_persian_words_keep_their_zero_width_non_joiners():
    """Persian spells `می‌شود` with a zero-width non-joiner, which trafilatura drops from
    the text it cuts out: the title, the source and the body keep it as the page writes
    it, and the headline's copy in the body is still known for the headline."""
    zwnj = "\u200c"
    headline = f"پل تاریخی آبگینه پیش از نوروز بازگشایی می{zwnj}شود"
    body = "".join(
        f"<p>به گزارش خبرنگار پارس{zwnj}نگار، پل تاریخی شاه{zwnj}عباسی آبگینه که از بهار "
        f"به دلیل ترک{zwnj}خوردگی پایه{zwnj}ها بسته شده بود، روز دوشنبه بازگشایی خواهد شد. "
        f"این پل یکی از آثار تاریخی استان است و سال{zwnj}ها محل رفت{zwnj}وآمد مردم بود.</p>"
        for _ in range(3)
    )
    head = f'<meta property="og:site_name" content="پارس{zwnj}نگار"><title>{headline}</title>'
    article = read(page(head, f"<h1>{headline}</h1>", body=body))
    assert article.title == headline
    assert article.source == f"پارس{zwnj}نگار"
    assert f"شاه{zwnj}عباسی" in article.text
    kept = [line.text for line in article.lines if line.verdict.kept]
    assert headline not in kept


def test_credits_marked_as_bylines_for_other_parts_name_no_writer():
    """A byline block marks every credit alike: the photographer's (`Photography: Kenneth
    Ho`, `Foto` over `Jonas Ek`, a caption's `Bild: Jonas Ek`) and the outlet after a
    writer's name (`| Four Corners Public Radio`) are no writers."""
    ld = json_ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jasmine Lau"}})
    header = (
        "<h1>Chipmakers agree on one packaging standard</h1>"
        '<div class="byline"><span class="byline">Jasmine Lau</span>'
        '<span class="byline">Photography: Kenneth Ho</span></div>'
        "<p>Published: 9:00pm, 3 Mar 2025</p>"
    )
    assert read(page(ld, header)).authors == ("Jasmine Lau",)
    header = (
        "<h1>Chipmakers agree on one packaging standard</h1>"
        '<p>By <a rel="author" href="/a/lb">Lucía Benavidez</a> '
        '<span class="byline">| Roundhouse Report</span> and '
        '<a rel="author" href="/a/dw">Daniel Whitehorse</a> '
        '<span class="byline">| Four Corners Public Radio</span> March 20, 2025</p>'
    )
    assert read(page("", header)).authors == ("Lucía Benavidez", "Daniel Whitehorse")
    header = (
        "<h1>Chipmakers agree on one packaging standard</h1>"
        '<p><span class="byline">Karin Lindqvist</span></p>'
        '<p><span class="byline">Foto</span> <span class="byline">Jonas Ek</span></p>'
        "<p>Publicerad 19 januari 2024 00.30</p><p>Ett träd över ledningarna. Bild: Jonas Ek</p>"
    )
    ld = json_ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Karin Lindqvist"}})
    assert read(page(ld, header)).authors == ("Karin Lindqvist",)


def test_a_stale_json_ld_date_gives_way_to_the_date_the_page_prints():
    """The JSON-LD keeps a series' launch date while the meta tag and the page print the
    part's: the markup contradicts itself, and what readers see settles it."""
    ld = json_ld({"@type": "NewsArticle", "datePublished": "2023-09-03T05:00:00-0500"})
    meta = '<meta property="article:published_time" content="2023-09-17T05:00:00-0500">'
    header = "<h1>Chipmakers agree on one packaging standard</h1><p>Sept. 17, 2023</p>"
    assert read(page(ld + meta, header)).date == "2023-09-17"
    # Where the markup agrees with itself, its date stands.
    assert read(page(ld, header)).date == "2023-09-03"


def test_a_place_after_a_desk_in_the_byline_is_no_writer():
    """`নিজস্ব প্রতিবেদক` then `চট্টগ্রাম` (staff reporter, Chattogram) in the byline
    block: a desk, then the city; one word in a script that spaces a person's names is a
    place, not a writer."""
    assert saved_page("set_zv", "bn_staff_reporter_update_first_masthead_date.html").authors == ()


def test_whoever_provided_a_release_is_no_writer():
    """A distribution site prints `News provided by` over the company and marks the
    company as the author: an organisation, no writer, on either path."""
    header = (
        "<h1>Chipmakers agree on one packaging standard</h1>"
        "<p>News provided by</p><p>Corvane Robotics</p><p>May 14, 2024, 08:00 ET</p>"
    )
    article = read(page('<meta name="author" content="Corvane Robotics">', header))
    assert article.authors == ()


def test_a_byline_block_s_other_credits_and_labels_name_no_other_writer():
    """`Author: Dana Whitfield` is Dana Whitfield; `Video: Muhammad Hafiz` and
    `Photojournalist: Marcus Reyes` shot the pictures; `Източник: БТА` names the source;
    `With reporting from Jun Paolo Aquino in Borongan City` credits a helper."""
    ld = json_ld(
        {
            "@type": "NewsArticle",
            "author": [
                {"@type": "Person", "name": "Dana Whitfield"},
                {"@type": "Person", "name": "Jun Paolo Aquino"},
            ],
        }
    )
    header = (
        "<h1>Chipmakers agree on one packaging standard</h1>"
        '<div class="byline"><span class="byline">Author: Dana Whitfield</span>'
        '<span class="byline">Video: Muhammad Hafiz</span>'
        '<span class="byline">Photojournalist: Marcus Reyes</span>'
        '<span class="byline">Източник: БТА</span></div><p>May 21, 2024</p>'
    )
    body = BODY + "<p>With reporting from Jun Paolo Aquino in Borongan City.</p>"
    assert read(page(ld, header, body=body)).authors == ("Dana Whitfield",)


def test_a_surname_spelled_as_an_agency_s_initials_stays():
    """`Anna Pap` is a Hungarian surname; `PAP` in capitals is the Polish agency."""
    head = '<meta name="author" content="Anna Pap">'
    header = "<h1>Chipmakers agree on one packaging standard</h1><p>Anna Pap</p>"
    assert read(page(head, header)).authors == ("Anna Pap",)


def test_the_wire_a_writer_files_for_is_no_part_of_the_markup_s_name():
    """The meta author runs the writer on into the wire (`Jordan Whitcombe The Canadian
    Press`): the writer is the person."""
    assert saved_page("set_zx", "wire_copy_with_files_from_masthead_today_date.html").authors == (
        "Jordan Whitcombe",
    )


def test_a_byline_running_on_into_its_labelled_date_dates_the_story():
    """`رپورٹ: عمران حیدر شائع 20 جنوری 2025 02:15am` (report, name, published, date) under
    the article's `<h1>`, a logo's `<h1>` above it; the markup's UTC stamp is a day before."""
    assert saved_page("set_zy", "urdu_logo_in_h1_utc_day_shift.html").date == "2025-01-20"


def test_a_job_glued_to_a_name_in_a_by_line_ends_the_name():
    """`By ... and Priya NatarajanData reporter@priyanat_data`: the layout glued the job's
    beat to the name; the marked element holds the name alone."""
    ld = json_ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Rachel Okonkwo"}})
    header = (
        "<h1>Chipmakers agree on one packaging standard</h1>"
        '<p>By <a rel="author" href="/a/ro">Rachel Okonkwo</a>Climate reporter@rokonkwo and '
        '<a rel="author" href="/a/pn">Priya Natarajan</a>Data reporter@priyanat_data</p>'
    )
    assert read(page(ld, header)).authors == ("Rachel Okonkwo", "Priya Natarajan")


def test_an_h1_over_the_markup_s_writer_is_the_headline_whatever_the_titles_say():
    """The titles are in English, the `<h1>` and the page in Filipino; the `<h1>` stands
    over the writer the markup names (with a second writer after Filipino `at`): the
    headline readers see."""
    headline = "Ilog Marikina, itinaas sa ikalawang alarma; libu-libong residente inilikas"
    head = (
        "<title>Marikina River hits second alarm, thousands evacuated - Balita Ngayon</title>"
        '<meta name="author" content="Jerome Santos">'
    )
    header = f"<h1>{headline}</h1><p>Ni</p><p>Jerome Santos at Kristine Dela Cruz</p>"
    assert read(page(head, header)).title == headline


def test_the_wire_s_own_name_in_the_author_field_leaves_no_article_word():
    """`"author": "The Associated Press"`: the agency, not a writer called `The`."""
    ld = json_ld(
        {"@type": "NewsArticle", "author": {"@type": "Person", "name": "The Associated Press"}}
    )
    header = "<h1>Chipmakers agree on one packaging standard</h1><p>The Associated Press</p>"
    assert read(page(ld, header)).authors == ()


def test_a_byline_s_hover_card_of_recent_stories_adds_no_writer():
    """Under the byline, an author card: `Ryan Reed's Most Recent Stories` and a teaser
    whose headline lists two names and runs on (`Watch Jeff Goldblum, Sharon Van Etten
    Play Jazz Song on 'Kimmel'`): neither a possessive nor a sentence is a writer."""
    head = '<meta name="author" content="Ryan Reed">'
    header = (
        "<h1>Chipmakers agree on one packaging standard</h1>"
        '<div class="author-card"><p>By <a rel="author" href="/a/rr">Ryan Reed</a></p>'
        '<a rel="author" href="/a/rr">Ryan Reed\'s Most Recent Stories</a>'
        '<a rel="author" href="/s/1">Watch Jeff Goldblum, Sharon Van Etten Play Jazz Song '
        "on 'Kimmel'</a></div>"
    )
    assert read(page(head, header)).authors == ("Ryan Reed",)


def test_the_byline_is_read_under_the_article_s_copy_of_a_headline_printed_twice():
    """A sticky bar prints the headline over its `Read Later` and `Share` buttons; the
    article's own copy of it stands over `By Carrie Arnold`."""
    title = "Cells That Taste Danger Set Off Immune Responses"
    header = (
        f"<div class='sticky'><h1>{title}</h1><div>Read Later</div><div>Share</div></div>"
        f"<h1>{title}</h1><p>By <a href='/authors/carrie-arnold/'>Carrie Arnold</a></p>"
        "<p>November 15, 2019</p>"
    )
    article = read(page(f"<title>{title}</title>", header))
    assert article.authors == ("Carrie Arnold",)
    assert article.date == "2019-11-15"


def test_a_writer_of_one_word_that_is_the_site_s_name_is_the_site():
    """`Posted by Vortex` on Vortex Cannon Entertainment's page, and a Japanese firm's
    name under the headline of its own site (`特許業務法人ライトハウス国際特許事務所`)."""
    header = "<h1>About bugs in our games</h1><p>Posted by Vortex</p>"
    site = '<meta property="og:site_name" content="Vortex Cannon Entertainment">'
    assert read(page(site + "<title>About bugs in our games</title>", header)).authors == ()
    site = '<meta property="og:site_name" content="特許業務法人ライトハウス国際特許事務所">'
    header = "<h1>商品の改造が商標法違反に！？</h1><p>ライトハウス国際特許事務所</p>"
    assert read(page(site + "<title>商品の改造が商標法違反に！？</title>", header)).authors == ()


def test_an_application_name_that_is_the_article_s_own_title_names_no_site():
    """A portal fills `application-name` with the article's title; the `<h1>` printing
    that title is the headline, and `og:site_name` the site."""
    title = "The man whose duvet nearly killed him: How this medical mystery was solved"
    head = (
        f"<title>{title}</title>"
        f'<meta name="application-name" content="{title}">'
        '<meta property="og:site_name" content="MSN">'
    )
    url = "https://www.cnn.com/2019/11/18/health/feather-duvet-sickness/index.html"
    html = page(head, f"<h1>{title}</h1><p>By Sandee LaMotte, CNN</p>", url=url)
    meta = page_meta(read_markup(load_html(html)), None)
    assert (meta.title, meta.site_name) == (title, "MSN")


def test_the_h1_over_the_byline_is_the_headline_beside_an_ad_blockers_plea():
    """Titles worded for search agree with no `<h1>`; of the page's headline-shaped
    `<h1>`s, the ad blocker's plea stands over `By joining Slate Plus you support our
    work` (a sentence, no byline), the headline over `By Isaac Butler`."""
    head = (
        "<title>John M. Ford's books are being republished, but how did he fall into "
        "obscurity?</title>"
        '<meta property="og:title" content="The Resurrection of the Greatest Sci-Fi Writer">'
    )
    header = (
        "<h1>The Disappearance of John M. Ford</h1><p>I wanted to learn why a beloved "
        "writer fell into obscurity.</p><p>By Isaac Butler</p><p>Nov 15, 2019</p>"
    )
    plea = (
        "<aside><h1>We Need to Talk About Your Ad Blocker</h1><p>Want to Block Ads But "
        "Still Support Slate?</p><p>By joining Slate Plus you support our work and get "
        "exclusive content.</p></aside>"
    )
    article = read(page(head, header, body=BODY + plea))
    assert article.title == "The Disappearance of John M. Ford"


def test_a_byline_over_the_h1_dates_a_post_whose_markup_states_no_day():
    """A blog's theme prints `Von Moritz Bachmann publiziert am 30. Juli 2018` over the
    post's title and nothing under it; the markup states no date."""
    header = (
        "<p>Von Moritz Bachmann publiziert am 30. Juli 2018</p>"
        "<h1>Take C.A.R.E. - comwrap auf der DMEXCO 2018</h1>"
    )
    assert read(
        page("<title>Take C.A.R.E. - comwrap auf der DMEXCO 2018</title>", header)
    ).date == ("2018-07-30")


def test_a_description_poured_in_whole_or_cut_through_a_letter_is_no_summary():
    """A site's meta description holding a broken character (`보�`) and the page's
    copyright notice is its text poured in whole: no summary (the article's gives one)."""
    words = "The standard will be published next year, officials said, and the first products"
    for poured in (
        f"{words} that follow it are expected in 2025, in time for the next gener\ufffd...",
        f"{words} that follow it are expected in 2025. © 2019 Entermedia. All rights reserved.",
    ):
        head = f'<meta name="description" content="{poured}"><title>Chipmakers agree</title>'
        html = page(head, "<h1>Chipmakers agree</h1>")
        assert page_meta(read_markup(load_html(html)), None).description is None
