"""Tests for choosing the publication date among the dates a flattened page shows."""

import pytest

from digest.clean.cleaner import clean
from digest.ingest.pagedates import is_bare_date, is_date_line, written_date
from digest.metadata.dates import parse_date, stamp_date
from digest.metadata.extract import extract_date

LEDE = (
    "The European Union will deepen cooperation with Japan on chips, its industry chief "
    "said on Monday, after two days of talks in Tokyo with the trade minister."
)
SECOND = (
    "The two sides will monitor the chip supply chain together and exchange researchers "
    "and engineers, officials said after the meeting."
)
MENU = ("Home", "World", "Business", "Tech", "Sport", "Opinion", "Video", "Podcasts")


def page_date(*lines: str) -> str | None:
    """Clean the lines as one flattened page and read its publication date."""
    return extract_date(clean("\n".join(lines)))


def test_masthead_date_among_menus_is_not_the_story_date() -> None:
    """Today's date between menu entries far above the article gives way to the byline's."""
    top = ("Log in", "Wed, Nov 20, 2019", "Subscribe", *MENU, *MENU)
    assert page_date(
        *top,
        "EU and Japan agree to deepen chip cooperation",
        "By Jane Roe | Nov 18, 2019, 11:47am EST",
        LEDE,
        SECOND,
    ) == ("2019-11-18")


def test_masthead_date_alone_is_not_shown() -> None:
    """A page whose only date is the masthead's shows no date rather than today's."""
    top = ("Log in", "Wed, Nov 20, 2019", "Subscribe", *MENU, *MENU)
    assert page_date(*top, "EU and Japan agree to deepen chip cooperation", LEDE, SECOND) is None


def test_date_at_the_page_top_gives_way_to_one_by_the_headline() -> None:
    """The first lines of a page hold the site's date; the story's stands lower down."""
    assert (
        page_date(
            "Welcome to The Daily Planet",
            "Mon, 25 Dec 2023",
            "News for people who think",
            "EU and Japan agree to deepen chip cooperation",
            "Thu, 14 May 2020 17:55 UTC",
            LEDE,
            SECOND,
        )
        == "2020-05-14"
    )


def test_dates_of_comments_under_the_text_are_not_the_story_date() -> None:
    """Comment stamps after the article are no evidence of its date."""
    comments = (
        "Comments",
        "Posted by: Jo Bloggs, 27 Sep 2011 | 15:22",
        "Good piece, thanks.",
        "Posted by: A. Reader, 28 Sep 2011 | 05:41",
        "I disagree with most of this.",
    )
    assert page_date("EU and Japan agree to deepen chip cooperation", LEDE, SECOND, *comments) is (
        None
    )


def test_sentence_with_a_date_in_the_header_is_not_a_date_line() -> None:
    """A caption telling of an event (`signed into law on August 14, 1935`) dates nothing."""
    assert (
        page_date(
            "EU and Japan agree to deepen chip cooperation",
            "The treaty was signed by both ministers in Tokyo on August 14, 1995",
            LEDE,
            SECOND,
        )
        is None
    )


def test_first_date_under_the_headline_wins_over_a_list_of_other_stories() -> None:
    """The story's date comes first under its headline; teasers with dates follow it."""
    assert (
        page_date(
            "EU and Japan agree to deepen chip cooperation",
            "9:39AM BST 05 Oct 2011",
            "Related articles",
            "Chip makers brace for a slow year",
            "25 Sep 2011",
            "Japan names a new trade minister",
            "21 Sep 2011",
            LEDE,
            SECOND,
        )
        == "2011-10-05"
    )


def test_published_label_wins_over_an_updated_date_in_several_languages() -> None:
    """`Publié le ..., modifié le ...` dates the story by its first, labelled date."""
    assert (
        page_date(
            "L'UE et le Japon renforcent leur coopération sur les puces",
            "Publié le 12 février 2024 à 18h00, modifié le 13 février 2024 à 10h12",
            LEDE,
            SECOND,
        )
        == "2024-02-12"
    )


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Opublikowano: 5 lutego 2025, 14:20 Aktualizacja: 6 lutego 2025, 09:05", "2025-02-05"),
        ("Yayınlanma: 12 Mart 2025 09:14 Güncelleme: 12 Mart 2025 11:02", "2025-03-12"),
        ("3 października 2024", "2024-10-03"),
    ],
)
def test_polish_and_turkish_dates_and_labels_are_read(line: str, day: str) -> None:
    """Polish months in the genitive dates use (`lutego`, `października`), Turkish
    months, and their `Opublikowano` and `Yayınlanma` labels."""
    assert page_date("Tramwaj na Górkę Narodową opóźniony o rok", line, LEDE, SECOND) == day


def test_updated_date_is_second_choice() -> None:
    """An `Updated` line dates the story only when no other date line does."""
    assert (
        page_date(
            "EU and Japan agree to deepen chip cooperation",
            "Updated: Mar. 21, 2024",
            "Mar. 20, 2024",
            LEDE,
            SECOND,
        )
        == "2024-03-20"
    )


def test_an_update_line_holding_the_publication_date_too_dates_the_publication() -> None:
    """`Updated 16 May 2024 15 May 2024 - 18:12`: the update's badge glued before the
    publication's date, which never comes after it."""
    headline = "EU and Japan agree to deepen chip cooperation"
    lines = (headline, "Updated 16 May 2024 15 May 2024 - 18:12", LEDE, SECOND)
    assert page_date(*lines) == "2024-05-15"
    assert page_date(headline, "Updated 16 May 2024 - 18:12", LEDE, SECOND) == "2024-05-16"
    # The update's label in other languages, and digits of other scripts.
    polish = "Aktualizacja: 15 marca 2024, 08:10 Publikacja: 14 marca 2024, 21:37"
    assert page_date(headline, polish, LEDE, SECOND) == "2024-03-14"
    bengali = "আপডেট: ১৩ মার্চ ২০২৪, ০৯: ১৫ প্রকাশ: ১২ মার্চ ২০২৪, ১১: ৪০"
    assert page_date(headline, bengali, LEDE, SECOND) == "2024-03-12"


def test_a_year_glued_to_the_update_label_still_dates_the_publication_first() -> None:
    """`June 24, 2024Updated June 26, 2024`: the layout glued the byline's two dates; the
    first dates the publication, as it does with a space between them."""
    headline = "EU and Japan agree to deepen chip cooperation"
    line = "by Renata Holm and Kwame Asante June 24, 2024Updated June 26, 2024 11:20 a.m."
    assert page_date(headline, line, LEDE, SECOND) == "2024-06-24"
    # Read alone too, as a saved page's line under its headline is.
    glued = "By A | Roundhouse Report March 20, 2025Updated 8:15 a.m. MDT March 21, 2025"
    assert written_date(glued) == "2025-03-20"


def test_a_byline_labelling_its_publication_date_beats_the_mastheads_date() -> None:
    """A live page's byline runs on into its stamps under the key points (`Compiled by A
    Published 15 July 2024 | 06:05 · Last updated 16 July`); the masthead shows today."""
    lines = (
        "Tuesday 16 July 2024 · Johannesburg 14°C",
        *MENU,
        "Cape storm: roads flooded as cold front batters Western Cape",
        LEDE,
        SECOND,
        "Compiled by Thandeka Mokoena Published 15 July 2024 | 06:05 · Last updated 16 July 2024",
        SECOND,
    )
    assert page_date(*lines) == "2024-07-15"


def test_date_line_opening_the_text() -> None:
    """A byline and date kept with the lede still date the story."""
    assert (
        page_date(
            "EU and Japan agree to deepen chip cooperation",
            LEDE,
            "By Jason Roe | November 18, 2019 -- 19:14 GMT (19:14 GMT) | Topic: Hardware",
            SECOND,
        )
        == "2019-11-18"
    )


def test_blog_post_dated_under_its_text() -> None:
    """`Posted May 14, 2024 in Databases` closing a post dates it; no comment repeats it."""
    assert (
        page_date(
            "Nimbus Labs open-sources Quill, its embedded database engine",
            LEDE,
            SECOND,
            "About the author",
            "Posted May 14, 2024 in Databases, Open Source",
            "Related posts",
        )
        == "2024-05-14"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Updated 4:48 PM EST, Mon November 6, 2023", True),
        ("By Jane Roe@janeroe Nov 18, 2019, 11:47am EST", True),
        ("Текст: Венера Ерофеева·24 сентября 2018", True),
        ("2023-11-17 20:52:15 来源： 新华网", True),
        ("le lundi 29 octobre 2012 à 15h46", True),
        (
            "By Lisa Marchetti and Devon Okafor Associated Press July 31, 2025 at 10:48 p.m."
            " EDT Updated August 1, 2025 at 7:02 a.m. EDT",
            True,
        ),
        ("The Social Security Act was signed into law on August 14, 1935", False),
        ("In this March 2, 2011 file photo, the chief executive waves to his audience", False),
    ],
)
def test_date_line_shape(text: str, expected: bool) -> None:
    """A date line holds a date, a time, labels and names; a sentence holds prose."""
    assert is_date_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wed, Nov 20, 2019", True),
        ("Thursday 06 October 2011", True),
        ("2018年6月20日（水）", False),
        ("2018年6月20日", True),
        ("Marketplace Tech for Friday, April 19, 2013", False),
    ],
)
def test_bare_date(text: str, expected: bool) -> None:
    """A masthead's date is the date alone, with its weekday and at most a time."""
    assert is_bare_date(text) is expected


def test_embedded_post_date_under_the_text_is_not_the_story_date() -> None:
    """`— Jane Roe (@janeroe) November 18, 2019` signs an embedded post, not the story."""
    assert (
        page_date(
            "EU and Japan agree to deepen chip cooperation",
            LEDE,
            SECOND,
            "— Jane Roe (@janeroe) November 18, 2019",
            "Tags Chips Japan",
        )
        is None
    )


def test_unlabelled_date_closing_a_post_alone() -> None:
    """One bare date right under a post's text dates it; a list of dates would not."""
    assert (
        page_date(
            "Nimbus Labs open-sources Quill, its embedded database engine",
            LEDE,
            SECOND,
            "Share this post",
            "14 May 2024",
            "Related posts",
        )
        == "2024-05-14"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Andrew Tarantola 8/17/13 11:04am", "2013-08-17"),
        ("First Posted: 08-13-10 05:18 PM | Updated: 08-14-10 12:41 AM", "2010-08-13"),
        ("Published Wed, Nov 20 20194:29 AM EST", "2019-11-20"),
        ("By Jane Roe 10/ 5/11 09:19 PM ET", None),
        ("By Jane Roe On 11/13/19 at 4:00 PM EST", "2019-11-13"),  # `at` before the time
        ("Meet 11/13/19 at 4 sharp", None),  # no clock time: no timestamp
        ("Final score 3-1-10", None),
    ],
)
def test_stamp_date(text: str, expected: str | None) -> None:
    """A two-digit year is read only in a timestamp, and only when the order is settled."""
    assert stamp_date(text) == expected


def test_masthead_date_over_the_menu_is_not_the_story_date() -> None:
    """`jueves, 09 enero 2014 - 10:21 h` above `PORTADA`, `Noticias` is today's date."""
    assert (
        page_date(
            "Suscríbete a El Diario",
            "jueves, 09 enero 2014 - 10:21 h",
            *MENU,
            *MENU,
            "La UE y Japón refuerzan su cooperación en chips",
            LEDE,
            SECOND,
        )
        is None
    )


def test_a_date_under_the_headline_over_its_share_bar_is_the_storys() -> None:
    """Short lines follow a story's date too (`Share this`, `View Comments`): under a
    headline, a bare date over them is the story's, however far the text starts below."""
    share_bar = ("Share this", "View Comments", "More Activity", "Facebook Activity")
    widget = tuple(f"Reader {n} shared a story" for n in range(12))
    assert page_date(
        *MENU,
        *MENU,
        "EU and Japan agree to deepen chip cooperation",
        "June 8, 2012 6:14 AM",
        *share_bar,
        *widget,
        LEDE,
        SECOND,
    ) == ("2012-06-08")


def test_indonesian_month_names() -> None:
    """`Posted on Maret 30, 2015`: Indonesian pages write their own month names."""
    assert page_date(
        "Pemerintah dan DPR sepakat soal anggaran chip nasional",
        "Posted on Maret 30, 2015 by Admin",
        LEDE,
        SECOND,
    ) == ("2015-03-30")


def test_date_far_above_the_text_gives_way_to_a_nearer_one() -> None:
    """A dated line among the site's menus, many lines up, is not the story's date."""
    top = ("Logout", "Wednesday, April 7, 2010 as of 11:14 AM ET", "Search Site")
    assert (
        page_date(
            *MENU,
            *MENU,
            *top,
            *MENU,
            *MENU,
            *MENU,
            *MENU,
            *MENU,
            "EU and Japan agree to deepen chip cooperation",
            "August 14, 2010",
            LEDE,
            SECOND,
        )
        == "2010-08-14"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mis à jour le 29/10/2012 à 14h03", True),  # four words in lower case
        ("It was signed into law on August 14, 1935", False),  # five
    ],
)
def test_date_line_prose_at_the_limit(text: str, expected: bool) -> None:
    """Four words in lower case beside the date still make a date line; five a sentence."""
    assert is_date_line(text) is expected


def test_a_date_above_the_headline_is_another_storys() -> None:
    """A related story's card over the headline carries its own date line; the story's
    own date stands under its headline and byline."""
    headline = "EU and Japan agree to deepen chip cooperation"
    lines = clean(
        "\n".join(
            (
                *MENU,
                "SEE ALSO",
                "Chip exports to China fall for a third month",
                "Economy · 14/08/2023",
                headline,
                "By Jane Roe",
                "15/08/2023 05:00 · Updated 2 hours ago",
                LEDE,
                SECOND,
            )
        )
    )
    assert extract_date(lines, headline) == "2023-08-15"
    assert extract_date(lines) == "2023-08-14"  # without the headline, the topmost


def test_a_first_publication_labelled_at_the_foot_beats_an_update_at_the_top() -> None:
    """Some pages date only the update under the headline and state the first
    publication under the text; a page with no date at the top but that line has it."""
    updated = ("Chennai Updated: February 18, 2024 19:52 IST",)
    foot = ("First published on: February 17, 2024 at 22:10 IST", "Comments")
    headline = "EU and Japan agree to deepen chip cooperation"
    assert page_date(*MENU, headline, *updated, LEDE, SECOND, *foot) == "2024-02-17"
    assert page_date(*MENU, headline, "4 hours ago", LEDE, SECOND, *foot) == "2024-02-17"
    assert page_date(*MENU, headline, *updated, LEDE, SECOND, "Comments") == "2024-02-18"


def test_month_names_of_more_languages_and_hungarians_year_first() -> None:
    """Ukrainian and Czech genitives, Catalan, Greek, Danish, Finnish, Hindi (its vowel
    signs are no letters to a regular expression) and Hungarian's year-first form."""
    cases = {
        "4 грудня 2026, 15:20": "2026-12-04",
        "3. prosince 2026 10:15": "2026-12-03",
        "Dissabte, 5 de desembre de 2026, 10:32": "2026-12-05",
        "Σάββατο 5 Δεκεμβρίου 2026": "2026-12-05",
        "5. marts 2026": "2026-03-05",
        "3. joulukuuta 2026": "2026-12-03",
        "प्रकाशित: 25 मार्च 2024, 02:05 PM IST": "2024-03-25",
        "2026. december 4., 18:05": "2026-12-04",
    }
    for text, day in cases.items():
        assert parse_date(text) == day, text


def test_a_day_first_date_under_a_standfirst_kept_as_text_is_read() -> None:
    """`04/03/2024` on a Portuguese page is 4 March, also when the cleaner kept the
    standfirst over the date line as the text's first line."""
    from digest.article_parts import Line, Verdict

    texts = [
        ("Mobilidade", Verdict.NAVIGATION),
        ("Linha de ônibus elétrico começa a operar na segunda", Verdict.NAVIGATION),
        ("Prefeitura diz que 24 veículos vão substituir a frota a diesel da linha.", Verdict.BODY),
        ("Por Rafael Nogueira", Verdict.BYLINE),
        ("04/03/2024 05h01 Atualizado há 2 semanas", Verdict.DATE_HEADER),
        (
            "A nova linha de ônibus elétrico começa a operar na segunda-feira, segundo a "
            "prefeitura, que prevê a troca de toda a frota da região até o fim do ano.",
            Verdict.BODY,
        ),
        (
            "Os veículos têm autonomia de 250 quilômetros e são recarregados na garagem da "
            "empresa durante a madrugada, quando a demanda de energia é menor.",
            Verdict.BODY,
        ),
    ]
    lines = tuple(Line(n, text, verdict) for n, (text, verdict) in enumerate(texts, start=1))
    assert extract_date(lines) == "2024-03-04"


def test_the_date_under_the_headlines_standfirst_wins_over_the_mastheads() -> None:
    """An opinion page: the masthead's date of today up top, the headline, a standfirst
    the cleaner keeps as text, then the story's own date line."""
    headline = "My town's leaf-blower war was the best civics lesson I've had in years"
    standfirst = (
        "Forty-one people showed up on a January night to argue about noise. That is what "
        "local democracy is supposed to look like."
    )
    lines = ("Sunday, January 19, 2025 · 28°F Concord", *MENU, "Columnist", headline)
    lines += (standfirst, "January 18, 2025 at 9:45 p.m. EST", "Share", LEDE, SECOND)
    assert extract_date(clean("\n".join(lines)), headline) == "2025-01-18"


@pytest.mark.parametrize(
    ("line", "day"),
    [("02 Ago 2017", "2017-08-02"), ("5 dic 2024", "2024-12-05"), ("3 out 2023", "2023-10-03")],
)
def test_spanish_portuguese_and_italian_month_abbreviations_are_read(line: str, day: str) -> None:
    """`Ago`, `dic`, `out`, as Spanish, Portuguese and Italian sites abbreviate their months,
    beside a day and a year only: `2 days ago` dates nothing."""
    assert parse_date(line) == day
    assert parse_date("2 days ago") is None


def test_a_dash_before_the_bylines_date_is_no_quotations_signature() -> None:
    """`- Nov. 18th 2019 8:54 am PT` under the writer's name dates the story; `— Jane Roe
    (@janeroe) November 18, 2019` signs an embedded post, whose date is not the story's."""
    headline = "EU and Japan agree to deepen chip cooperation"
    dated = page_date(*MENU, headline, "Trevor Daugherty", "- Nov. 18th 2019 8:54 am PT", LEDE)
    assert dated == "2019-11-18"
    post = "— Jane Roe (@janeroe) November 18, 2019"
    assert page_date(*MENU, headline, LEDE, SECOND, post, SECOND) is None
