"""Tests for the headline among the lines above the article (digest/metadata/headlines.py), and the
bare names that stand under it: real-shaped pages with menus, teasers and captions."""

from digest.clean.cleaner import clean
from digest.metadata.bylines import _before_the_date, is_persons_name
from digest.metadata.headlines import shared_share
from digest.metadata.notices import copyright_notice_holder
from digest.text import content_words
from tests.test_metadata import metadata

MENU = ["Home", "World", "Business", "Tech", "Opinion", "Sign in", "Subscribe"]
HEADLINE = "Home Depot sales miss forecasts as shares plunge"
LEDE = (
    "Home Depot's quarterly sales missed analysts' forecasts on Tuesday, and its shares "
    "plunged 5% in early trading as the retailer cut its outlook for the year."
)
SECOND = (
    "The company said sales at stores open at least a year rose 3.6%, short of the 4.5% "
    "analysts had expected, as lumber prices fell and storms were fewer than last year."
)


def test_a_headline_shares_words_with_the_article_it_stands_over():
    assert shared_share(HEADLINE, content_words(LEDE)) >= 0.5
    assert shared_share("CHROME SAFARI FIREFOX", content_words(LEDE)) == 0.0
    # One word in common is chance, not a headline restating the report.
    assert shared_share("Home Improvement Guides", content_words(LEDE)) == 0.0


def test_words_are_compared_by_their_first_letters_in_any_script():
    """Inflected forms are one word, and Indic vowel signs stay inside their word."""
    assert content_words("экспорта") == content_words("экспорт")
    assert len(content_words("सेमीकंडक्टर प्लांट")) == 2  # not split at each vowel sign


def test_page_furniture_above_the_article_is_never_the_headline():
    """A browser banner the cleaner took for a headline shares nothing with the report:
    the headline shown is the line that announces it."""
    page = metadata(*MENU, "CHROME SAFARI FIREFOX", HEADLINE, "By Jane Doe", LEDE, SECOND)
    assert (page.title, page.title_from) == (HEADLINE, "page")


def test_with_no_line_announcing_the_article_the_title_is_derived_and_marked_so():
    page = metadata(*MENU, "Breaking News Emails", "Topics You Follow", LEDE, SECOND)
    assert page.title_from == "lede"
    assert page.title.startswith("Home Depot's quarterly sales")


def test_a_caption_run_into_its_credit_is_no_headline():
    caption = "Shoppers at a Home Depot store in Texas.Credit...Jane Roe/Reuters"
    page = metadata(*MENU, caption, LEDE, SECOND)
    assert page.title != caption


def test_a_curators_paste_keeps_its_headline_whatever_words_it_shares():
    """With only the headline above the article there is no rival line to weigh."""
    page = metadata("Retail gloom deepens", LEDE, SECOND)
    assert (page.title, page.title_from) == ("Retail gloom deepens", "page")


def test_a_bare_name_is_a_persons_only_when_the_page_writes_none_of_its_words_in_lower_case():
    lines = clean("\n\n".join([*MENU, "Learn more about our plans", LEDE, SECOND]))
    assert not is_persons_name("Learn More", lines)
    assert is_persons_name("Priya Raman", lines)


def test_a_menu_entry_under_the_headline_is_no_byline():
    page = metadata(*MENU, HEADLINE, "Learn More", LEDE, SECOND, "Learn more about our offers")
    assert page.authors == ()
    named = metadata(*MENU, HEADLINE, "Priya Raman", LEDE, SECOND)
    assert named.authors == ("Priya Raman",)


def test_a_bylines_names_end_where_its_date_or_outlet_begins():
    assert _before_the_date("Bryan Walsh Tuesday, Aug. 17, 2010") == "Bryan Walsh"
    assert _before_the_date("Anton Shilov on March 20, 2024 10:00 AM EST") == "Anton Shilov"
    assert _before_the_date("Jane Doe | March 5, 2024 | 3 comments") == "Jane Doe"
    assert _before_the_date("Jonathan GarberFOXBusiness") == "Jonathan Garber"
    assert _before_the_date("Sam Nussey and Tim Kelly") == "Sam Nussey and Tim Kelly"
    assert _before_the_date("John McDonald") == "John McDonald"


def test_link_labels_and_dates_are_no_source():
    """`Copyright Policy` is a link, not a notice; a lone label on a credit line names no
    publication unless the page names it again; a date line's segment is no source."""
    bare = [*MENU, HEADLINE, LEDE, SECOND]
    assert metadata(*bare, "Copyright Policy").source is None
    assert metadata(*bare, "Story Timeline").source is None
    # A topic tag after the article (`Stores`) is in the text only as a word, `at stores`.
    assert metadata(*bare, "Stores").source is None
    assert metadata(*bare, "© 2019 Home Depot Journal").source == "Home Depot Journal"
    dated = metadata(*MENU, HEADLINE, "Updated on: November 19, 2019 / 10:07 AM", LEDE, SECOND)
    assert dated.source is None


def test_a_web_address_is_never_the_headline():
    address = "https://www.example.com/news/us/article/Home-Depot-sales-miss-14848164.php"
    page = metadata(*MENU, address, HEADLINE, LEDE, SECOND)
    assert page.title == HEADLINE
    alone = metadata(address + " Home Depot sales miss", LEDE, SECOND)
    assert alone.title_from == "lede"


def test_a_notices_holder_ends_at_a_dash_and_a_photo_credit_is_no_holder():
    # A paste: on a site's page, a holder no other kind of place names is not shown
    # (tests/test_source_model.py).
    shown = ["Zurek Design journal", HEADLINE, LEDE, SECOND]
    zurek = metadata(*shown, "© 2019 Zurek Design — Read our terms of service")
    assert zurek.source == "Zurek Design"
    assert metadata(*MENU, HEADLINE, LEDE, SECOND, "© REUTERS / POOL").source is None
    assert metadata(*MENU, HEADLINE, LEDE, SECOND, "About Me").source is None


def test_a_notices_holder_named_by_its_address_keeps_the_address():
    """`© 2019 Cleveland.com. All rights reserved`: the site's name is its address; the
    holder is not the city (`Cleveland`), and the sentence still ends after it."""
    assert copyright_notice_holder("© 2019 Cleveland.com. All rights reserved") == "Cleveland.com"
    assert copyright_notice_holder("© 2019 The Times. Published by X") == "The Times"


def test_the_second_half_of_a_headline_is_no_site_unless_the_page_names_it_again():
    clause = f"{HEADLINE} — And They're Not Great"
    assert metadata(*MENU, clause, LEDE, SECOND).source is None
    site = f"{HEADLINE} — Retail Wire"
    assert metadata(*MENU, site, LEDE, SECOND).source == "Retail Wire"
