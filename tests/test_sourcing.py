"""Tests for the source read from a flattened web page: only where two places agree.

Each page is shaped like a real one flattened to text lines (menus, the article, the
footer), as `digest clean --json x.txt` reads it.
"""

from digest.article import Article
from digest.clean.cleaner import clean
from digest.ingest.seeds import read_seed
from digest.metadata.credits import plausible_source
from digest.metadata.extract import extract_metadata
from digest.metadata.notices import copyright_notice_holder
from digest.metadata.selfnames import (
    Evidence,
    fold,
    self_references,
    shown_form,
)
from digest.pipeline import article_from_seed
from digest.runinfo import ROOT

HEADLINE = "Chipmakers race to build new plants as demand for AI hardware soars"
BYLINE = "By Dana Ford"
BODY = (
    "Chipmakers are racing to build new plants across three continents, as orders for the "
    "processors that train artificial intelligence models outstrip what factories can make.",
    "Executives said on Tuesday that the backlog would last well into next year, and that "
    "new capacity would not come on line before the end of 2026 at the earliest.",
    "Analysts expect the spending to reach record levels, although some warned that the "
    "industry has overbuilt before and paid for it when demand turned.",
)


def page(top: tuple[str, ...], bottom: tuple[str, ...], lede: str = "") -> Article:
    """Flatten a page as the scrapes are (one block a line) and read its metadata."""
    body = (lede + " " + BODY[0],) if lede else BODY[:1]
    text = "\n".join((*top, HEADLINE, BYLINE, *body, *BODY[1:], *bottom))
    return extract_metadata(Article(id="x", filename="x.txt", text=text, lines=clean(text)))


def test_menu_entries_are_no_source_the_site_named_twice_is():
    """`Ad Feedback` and `Skip Navigation` open pages as a masthead does; the name the
    footer gives the site in two kinds of place (`Work for CNN`, `CNN Newsletters`) is it."""
    article = page(
        ("Ad Feedback", "SCOTUS", "Congress", "Facts First"),
        ("Work for CNN", "CNN Newsletters", "CNN Films", "CNN Heroes", "Follow CNN Politics"),
    )
    assert (article.source, article.source_from) == ("CNN", "page")
    bare = page(("Skip Navigation", "SIGN IN", "Pro", "Watchlist"), ("Privacy Policy",))
    assert (bare.source, bare.source_from) == (None, None)


def test_search_box_and_copyright_notice_agree_on_the_site():
    """`Search SlashGear` and `© 2005-2019 SlashGear, All Rights Reserved.` name the site;
    the menu's `EXPLORE` above them does not."""
    article = page(
        ("EXPLORE", "Tech", "Cars", "Gaming", "Search SlashGear"),
        ("© 2005-2019 SlashGear, All Rights Reserved.",),
    )
    assert article.source == "SlashGear"


def test_a_parent_company_in_the_legal_line_is_not_the_publication():
    """`© 2019 Vox Media, LLC` and `©1996-2019 Ziff Davis, LLC` name the owner; the site
    names itself in its menus and bylines (`Dawgs By Nature homepage`, `IGN Staff`)."""
    blog = page(
        (
            "Dawgs By Nature homepage Dawgs By Nature a Cleveland Browns community",
            "Follow Dawgs By Nature online:",
            "Dawgs By Nature main menu",
        ),
        ("More From Dawgs By Nature", "Vox Media Advertise with us © 2019 Vox Media, LLC."),
    )
    assert blog.source == "Dawgs By Nature"
    games = page(
        ("Wednesday,", "Browse IGN", "IGN Entertainment"),
        ("By Eric Song, IGN Staff", "©1996-2019 Ziff Davis, LLC. All rights reserved."),
    )
    assert games.source == "IGN"


def test_a_parent_company_with_menus_alone_is_not_the_source():
    """A company's name in the copyright and in menu lines is no evidence of the
    publication (`The Channel Company` under CRN): a company is named as a company."""
    article = page(
        ("Homepage", "News", "The Channel Company Events"),
        ("The Channel Company Privacy", "© 2019 The Channel Company, LLC.", "Channel Company Jobs"),
    )
    assert article.source is None


def test_a_topic_or_a_sister_site_opening_the_page_is_no_masthead():
    """A topic menu opens with a person in the news, a network bar with a sister site;
    neither is named again, as a site's own name is."""
    topic = page(("Steve Mnuchin", "Cryptocurrencies", "Deutsche Bank", "Banks"), ())
    assert topic.source is None
    network = page(("The A.V. Club", "Deadspin", "Gizmodo", "Jalopnik"), ())
    assert network.source is None
    own = page(("The Straits Times", "Singapore", "Asia"), ())
    assert own.source == "The Straits Times"


def test_a_site_that_names_itself_carries_the_wire_report_as_its_own():
    """A dateline's `(AP)` credits the report; a page that invites the reader to follow
    the site by name and holds its copyright is that site's page."""
    article = page(
        ("AOL News has a new home!", "Hot on HuffPost:"),
        ("Follow AOL News on Facebook and Twitter.", "© 2011 All Rights Reserved AOL News."),
        lede="WASHINGTON (AP) --",
    )
    assert article.source == "AOL News"
    bare = page(("Home", "World"), ("Privacy",), lede="WASHINGTON (AP) --")
    assert bare.source == "AP"


def test_an_agency_copyright_credits_the_report_beside_the_site_own():
    """`© 2025 AFP` under the report: the text is the agency's, whatever site shows it;
    Bloomberg's notice alone is its own site's, beside another site's it is a credit."""
    article = page(("Barron's", "Markets"), ("© 2025 AFP", "More From Barron's"))
    assert article.source == "AFP"
    reposted = page(
        ("Asia Business Daily", "Markets"),
        ("(c) 2025 Bloomberg L.P.", "© 2025 Asia Business Daily. All rights reserved."),
    )
    assert reposted.source == "Bloomberg"


def test_staff_photo_credits_and_copyright_name_the_paper():
    """`Doug Mills/The New York Times` credits a staff photographer; with the copyright
    line the paper is named in two kinds of place. An agency's `REUTERS/Name` is not."""
    article = page(
        ("Sections", "SEARCH"),
        (
            "Trump at a rally last week.Credit...Doug Mills/The New York Times",
            "© 2019 The New York Times Company",
        ),
    )
    assert article.source == "The New York Times"
    evidence = self_references(clean("Tapie en 2008. REUTERS/Benoit Tessier\nHome"))
    assert [item.kind for item in evidence if item.kind == "photo"] == []


def test_affiliate_disclosure_and_menus_name_the_site():
    """A site discloses its own affiliate earnings by name, and prefixes its menus with it."""
    article = page(
        ("Never miss an update Follow AppleInsider", "Reviews", "Deals"),
        (
            "AppleInsider has affiliate partnerships and may earn commission on products.",
            "AppleInsider Podcast",
            "Advertise on AppleInsider",
        ),
    )
    assert article.source == "AppleInsider"


def test_a_disclosure_after_a_registration_sentence_names_the_site_alone():
    """`Registered in Ireland No. 612345. Sideline.ie is a member of the Press Council`:
    the name starts after the sentence before it."""
    text = (
        "© 2024 Sideline Media Ltd. Registered in Ireland No. 612345. Sideline.ie is a "
        "member of the Press Council of Ireland."
    )
    lines = clean("\n".join((HEADLINE, *BODY, "Privacy Policy", text)))
    assert Evidence("Sideline.ie", "discloses") in self_references(lines)


def test_a_site_named_in_menu_words_is_named_by_its_disclosure():
    """`Live Science` is made of words menus use (`Live`, `Science`), and its writers'
    bylines carry it (`By Dana Ford - Live Science Contributor`); its disclosure is a
    sentence only the site says of itself, which no menu entry and no writer says."""
    article = page(
        (
            "Skip to main content",
            "Live Science",
            "Search",
            *("News", "Tech", "Health", "Planet Earth", "Animals", "History", "Space"),
            "Live Science is supported by its audience. When you purchase through links "
            "on our site, we may earn an affiliate commission. Learn more",
            "Home",
            "News",
        ),
        (
            "Originally published on Live Science.",
            "Sign Up for e-mail newsletters",
            "Most Read Most Shared",
            "Live Science is part of Future US Inc, an international media group.",
            "Terms and conditions",
            "Privacy policy",
            "© Future US, Inc. 11 West 42nd Street, New York, NY 10036.",
        ),
    )
    assert (article.source, article.source_from) == ("Live Science", "page")


def test_furniture_words_and_writers_are_no_site():
    """`About Us` and `Contact Us` name no site; `Follow Dana` and `About Dana Ford`
    beside a byline name the writer."""
    article = page(
        ("About Us", "Contact Us", "Follow Dana Ford"),
        ("About Dana Ford", "More from Dana Ford", "About Us"),
    )
    assert article.source is None


def test_copyright_notices_name_their_holder_without_company_form():
    """The holder's name, without year, `All rights reserved` or a company form."""
    assert copyright_notice_holder("© 2019 The Paradigm. All Rights Reserved.") == "The Paradigm"
    assert copyright_notice_holder("Copyright © 2010 AUTORACING. Todos") == "AUTORACING"
    for notice in (
        "Copyright © 2024 The Economic Chronicle (P) Ltd. All Rights Reserved.",
        "© 2024 The Economic Chronicle - All Rights Reserved. Website by PixelHub NG.",
        "Copyright 2024 by The Economic Chronicle - All rights reserved.",
    ):
        assert copyright_notice_holder(notice) == "The Economic Chronicle", notice
    assert copyright_notice_holder("© 2011 All Rights Reserved AOL News.") == "AOL News"
    assert copyright_notice_holder("OKay Marketing Copyright © 2014.") == "OKay Marketing"
    assert copyright_notice_holder("Copyright Policy") is None
    # The years a sentence of their own; the rights reserved first; what follows the name.
    notices = {
        "Copyright 2019. Washington Examiner. All Rights Reserved.": "Washington Examiner",
        "All rights reserved © 2019 The Real Deal is a registered Trademark of Korangy": (
            "The Real Deal"
        ),
        "© 2000 - 2019 Al Bawaba (www.albawaba.com)": "Al Bawaba",
        "© 2019 The Republic unless otherwise noted. All rights reserved.": "The Republic",
    }
    for notice, holder in notices.items():
        assert copyright_notice_holder(notice) == holder, notice
    assert fold("MacRumors.com, LLC") == fold("MacRumors") == "macrumors"


def test_a_copyright_line_running_on_into_its_terms_and_publisher_names_its_holder():
    """The notice's first sentence names the holder; the terms after it do not make it a
    paragraph, and the company publishing it in a later sentence is not the holder's form."""
    notice = (
        "© 2025 The Merlion Post. MCI (P) 041/08/2024. Published by Straits Harbour Media "
        "Pte Ltd. Co. Regn. No. 201812345K. All rights reserved. Reproduction in whole or in "
        "part without written permission is prohibited."
    )
    assert copyright_notice_holder(notice) == "The Merlion Post"
    for notice, holder in (
        (
            "Copyright © 2008 - 2024 Ege Postası. Tüm hakları saklıdır. Sitemizde yayınlanan "
            "haber, yazı ve fotoğrafların her türlü hakkı Ege Postası Gazetecilik A.Ş. ye aittir.",
            "Ege Postası",
        ),
        (
            "© Copyright 2000-2024 Folha do Cerrado. Todos os direitos reservados. Editora "
            "Planalto Central Ltda. CNPJ 00.000.000/0001-00. Proibida a reprodução total.",
            "Folha do Cerrado",
        ),
        ("© 2025 De Rijnbode is onderdeel van Betuwse Mediagroep B.V.", "De Rijnbode"),
        ("© 2024 Beacon Newspapers Ltd, part of Albion Media Group plc.", "Beacon Newspapers"),
    ):
        assert copyright_notice_holder(notice) == holder
    article = page(("The Merlion Post", "Home", "News", "Business"), ("About us", notice))
    assert article.source == "The Merlion Post"


def test_an_at_sign_typed_for_the_copyright_sign_is_no_part_of_the_name():
    """`Copyright @ 2019 The New Arab.`: some footers type `@` for `©`."""
    assert copyright_notice_holder("Copyright @ 2019 The New Arab.") == "The New Arab"
    article = page(("Home", "News"), ("Copyright @ 2019 The Pacific Review.",))
    assert article.source in (None, "The Pacific Review")


def test_a_blog_or_e_edition_menu_entry_is_no_site():
    """`Blog` and `E-Edition` are sections every news site has, not its name."""
    article = page(("Blog", "E-Edition", "Search Blog"), ("About Blog", "E-Edition"))
    assert article.source is None


def test_a_reservation_of_rights_in_any_language_is_no_site():
    """`© RIPRODUZIONE RISERVATA` reserves the rights, as `All rights reserved` does."""
    article = page(("Home", "Cronaca"), ("© RIPRODUZIONE RISERVATA", "© Riproduzione riservata"))
    assert article.source is None
    assert plausible_source("RIPRODUZIONE RISERVATA") is None
    assert plausible_source("Corriere della Sera") == "Corriere della Sera"


def test_share_buttons_in_another_language_are_no_site():
    """`Compartir en Facebook`, `Compartir en X`: a share bar, whatever its language."""
    shares = ("Compartir en Facebook", "Compartir en X", "Compartir en WhatsApp")
    masthead = ("Menú", "Diario del Sureste", "Portada", "Salud", *shares)
    article = page(masthead, ("Diario del Sureste", "© 2026 Editorial Sureste S.L."))
    assert article.source != "Compartir"


def test_an_agency_under_a_picture_between_paragraphs_is_no_sign_off():
    """`Reuters` standing between two paragraphs credits the photo it stood under; a
    sign-off ends the text."""
    text = "\n".join(
        (HEADLINE, BYLINE, BODY[0], "Reuters", "Executives at the plant, in March", *BODY[1:])
    )
    article = extract_metadata(Article(id="x", filename="x.txt", text=text, lines=clean(text)))
    assert article.source != "Reuters"
    signed = "\n".join((HEADLINE, BYLINE, *BODY, "Reuters"))
    article = extract_metadata(Article(id="x", filename="x.txt", text=signed, lines=clean(signed)))
    assert article.source == "Reuters"


def test_a_section_a_breadcrumb_files_the_article_under_is_no_site():
    """`Ports` opens the page, heads `More from Ports` and stands in the breadcrumb after
    `Home`: a section. The site names itself in `About Harbor Ledger`."""
    article = page(
        ("Ports", "Home › Ports › West Coast", "Subscribe to Harbor Ledger"),
        ("More from Ports", "About Harbor Ledger", "Harbor Ledger newsletters"),
    )
    assert article.source == "Harbor Ledger"
    slashed = page(
        ("The Long Haul", "Shows / The Long Haul / Episode 87", "Fieldnote Audio"),
        ("More from The Long Haul", "Fieldnote Audio", "© 2025 Fieldnote Audio"),
    )
    assert slashed.source == "Fieldnote Audio"
    # A date line's credit after its time is no section: `/ 1:07 AM / CBS News`.
    dated = page(
        ("CBS News", "November 20, 2019 / 1:07 AM / CBS News"),
        ("More from CBS News", "© 2019 CBS Interactive Inc."),
    )
    assert dated.source == "CBS News"


def test_a_paper_called_by_its_last_word_is_shown_by_its_full_name():
    """The menus' `Record` is short for the copyright's `The Prairie Record`; an owner's
    company name (`Beacon Community Media, Inc.`) is no full name of the `Beacon`."""
    article = page(
        ("Subscribe to the Record", "News", "Sports"),
        ("Record Staff", "© 2026 The Prairie Record, Minden, Nebraska. All rights reserved."),
    )
    assert article.source == "The Prairie Record"
    owned = page(
        ("Subscribe to the Beacon", "News", "Sports"),
        ("About the Beacon", "© 2026 Beacon Community Media, Inc."),
    )
    assert owned.source == "Beacon"


def test_a_syndicating_site_credits_the_original_on_a_line_of_its_own():
    """`Read the original article on X.` ends a syndicated copy, among the text's lines:
    X is the original; `About Our Ads` in the footer names nothing."""
    article = page((), ("Read the original article on The Startup Ledger.", "About Our Ads"))
    assert article.source == "The Startup Ledger"
    assert page((), ("About Our Ads", "Terms")).source is None
    featured = page((), ("This story was originally featured on Fortune.com", "Terms"))
    assert featured.source == "Fortune"
    essay = ("This essay originally appeared in the Spring 2025 issue of Upland Almanac.",)
    assert page((), essay).source == "Upland Almanac"


def test_a_list_of_sources_credits_a_chart_not_the_page():
    """`Sources: A Survey; Federal Reserve` under a chart names its data: a page carries
    one publication's copy, so a list of several credits none."""
    chart = ("Sources: Cardinal Insights 2024 Manufacturing Survey; Federal Reserve",)
    assert page((), chart).source is None
    assert page((), ("Source: The Startup Ledger",)).source == "The Startup Ledger"


def test_a_source_line_between_paragraphs_credits_a_table_not_the_page():
    """`Source: INMO` under a table inside the article names its figures' source; the
    page's own source credit stands above the text or closes it."""
    table = ("Trolley Watch, Monday", "Cork University Hospital: 112", "National total: 843")
    text = "\n".join((HEADLINE, BYLINE, BODY[0], *table, "Source: INMO", *BODY[1:]))
    article = extract_metadata(Article(id="x", filename="x.txt", text=text, lines=clean(text)))
    assert article.source is None


def test_our_services_in_another_language_names_no_site():
    """`Nos services` (French: our services) in a footer is no site named `Nos`."""
    footer = ("Nos services", "S'abonner", "Le journal numérique", "Newsletters")
    assert page((), ("À propos", *footer, "Nous contacter")).source is None


def test_a_footer_saying_what_the_site_is_and_its_notice_name_it():
    """`X is an independent daily newspaper` and `© 2024 X - All Rights Reserved` are
    two places naming the site; so are `About WVLX` and `Copyright 2024 by WVLX`."""
    about = "Ibadan Herald is an independent daily newspaper published in Ibadan, Oyo State."
    notice = "© 2024 Ibadan Herald - All Rights Reserved. Website by PixelHub NG."
    assert page((), ("Categories", "News", "Metro", about, "Categories", notice)).source == (
        "Ibadan Herald"
    )
    footer = ("Jobs", "About WVLX", "Contact", "Copyright 2024 by WVLX - All rights reserved.")
    assert page((), footer).source == "WVLX"


def test_the_sites_app_and_its_regulator_name_it_a_one_word_app_name_does_not():
    """`Get the Britannia Post app` and `The Britannia Post is regulated by the Independent
    Press Standards Organisation` name the site twice; `Get the Ledger app` names a
    paper by its last word, no name to show."""
    regulated = "The Britannia Post is regulated by the Independent Press Standards Organisation."
    footer = ("Get the Britannia Post app", "Newsletters", "Contact us", "Careers", "Terms")
    source = page((), (*footer, "Privacy", "Cookie settings", regulated)).source
    assert source in ("Britannia Post", "The Britannia Post")
    assert page((), ("Get the Ledger app", "Newsletters", "About the Ledger")).source is None


def test_a_writer_signing_off_by_first_name_is_no_source():
    """A blog post ends with its writer's first name (`Helen`), which the page names
    again only as the start of her full name (`Posted by Rev. Helen Ashworth`): that is
    no publication named twice, while a name the page gives alone again is."""
    signed = ("Helen", "Posted by Rev. Helen Ashworth at 18:42", "About Me", "Rev. Helen Ashworth")
    assert page((), signed).source is None
    repeated = ("Upland Almanac", "Posted at 18:42", "About Upland Almanac")
    assert page((), repeated).source == "Upland Almanac"


def test_a_wire_under_a_list_of_other_stories_signs_off_nothing():
    """A portal lists other stories after the text, each with its outlet (`Reuters`,
    `· 3 min read`): a sign-off ends the text, never stands under `Recommended Stories`."""
    teasers = (
        "Recommended Stories",
        "Divers recover cannon from 17th-century Swedish warship",
        "Reuters",
        "· 3 min read",
        "Scientists read charred scroll using AI",
        "The Independent",
        "· 2 min read",
    )
    assert page((), teasers).source != "Reuters"
    assert page((), ("Reuters",)).source == "Reuters"


def test_an_agencys_initials_among_the_footers_legal_links_sign_off_nothing():
    """`DPA` among `Terms of service` and `Privacy policy` is a data processing agreement:
    a wire signs its report off right under the text, not in the footer's links."""
    legal = ("Legal", "Terms of service", "Privacy policy", "DPA", "Subprocessors", "Trust center")
    assert page((), ("Company", "About us", "Careers", *legal)).source is None


def test_national_agencies_sign_off_by_their_full_names():
    """`The Canadian Press`, `PA Media`, `NTB` under the text sign a wire's copy as
    `Reuters` does: the agencies are few and their names stable."""
    for agency in ("The Canadian Press", "PA Media", "NTB", "Australian Associated Press"):
        assert page((), (agency,)).source in (agency, "Canadian Press", "AAP")


def test_a_press_releases_source_line_names_the_company_without_its_form():
    """`SOURCE Corvane Therapeutics, Inc.` closes a wire-service release."""
    article = page((), ("SOURCE Corvane Therapeutics, Inc.",))
    assert article.source == "Corvane Therapeutics"


def test_a_month_cut_from_a_date_is_no_source():
    """`This article was originally published on Nov. 19, 2026`: the credit's name is
    cut at its stop, and `Nov` is the date's month, never a publication."""
    assert plausible_source("Nov") is None
    assert plausible_source("Novembre") is None
    assert plausible_source("Nov Times") == "Nov Times"


def test_an_owners_name_is_known_in_other_languages_too():
    """`Kurier Mediengruppe`, `Grupo Clarín`, `Gruppo Editoriale`: the company
    that owns the paper, in the words German, Spanish, Italian and French owners use;
    a wire (`PA Media`) and a paper (`Nordhessen Kurier`) are not owners."""
    from digest.metadata.selfnames import is_owner_shaped

    for owner in ("Kurier Mediengruppe", "Grupo Clarín", "Gruppo Editoriale", "Vox Media"):
        assert is_owner_shaped(owner), owner
    for publication in ("Nordhessen Kurier", "PA Media", "Clarín", "Global News Network"):
        assert not is_owner_shaped(publication), publication


def test_a_subscribe_button_in_another_language_is_no_site():
    """`S’abonner` (with a typographic apostrophe) is the French `Subscribe` button."""
    from digest.metadata.selfnames import fold, is_furniture_name

    assert is_furniture_name(fold("S’abonner"))
    assert is_furniture_name(fold("Abonnez-vous"))


def test_a_desk_named_before_the_date_credits_no_one():
    """`Economia · 14/08/2023` files the story under its desk, in any language; a name
    there that is no desk's (`Tribune Wire`) still credits the publication."""

    def credited(line: str) -> str | None:
        text = "\n".join(("Home", "Politics", HEADLINE, line, BYLINE, *BODY, "Terms"))
        return extract_metadata(
            Article(id="x", filename="x.txt", text=text, lines=clean(text))
        ).source

    assert credited("Economia · 14/08/2023") is None
    assert credited("Wirtschaft | 14.08.2023") is None
    assert credited("Property · 14/08/2023") is None
    assert credited("Tribune Wire · 14/08/2023") == "Tribune Wire"


def test_a_person_the_story_reports_on_is_no_source():
    """A topic tag under the article names the story's subject (`Miriam Ashdown`, whom
    the text quotes): however often the page names her, she published nothing."""
    lede = (
        "Miriam Ashdown said on Tuesday the plants would be built, and Miriam Ashdown added more."
    )
    assert page((), ("Miriam Ashdown", "Terms"), lede=lede).source is None


def test_a_writers_employer_on_a_sites_page_needs_the_footers_logo_too():
    """On a site's page a bio's employer alone may be a syndicated writer's outlet; the
    same name alone on a line of the footer is the site's logo there."""
    menus = ("Home", "News", "Sport", "Business", "Opinion", "Lifestyle", "Weather")
    bio = "Ellen Marsh is a health reporter for The National Beacon."
    footer = ("About us", "Contact", "Privacy", "Terms", "Advertise")
    assert page(menus, (bio, *footer)).source is None
    assert page(menus, (bio, *footer, "The National Beacon")).source == "The National Beacon"


def test_the_sites_bureau_in_a_date_line_names_it():
    """`New Delhi, Ganga News Bureau | Updated : 19 November 2019` credits the site's own
    bureau; with its copyright notice, two kinds of place agree."""
    menus = ("Home", "India", "World", "Sports", "Business", "Videos", "Photos")
    top = (*menus, "New Delhi, Ganga News Bureau | Updated : 19 November 2019, 09:01 AM")
    bottom = ("About Us", "Contact", "Privacy", "© 2019 Ganga News. All rights reserved.")
    assert page(top, bottom).source == "Ganga News"
    assert page(menus, bottom).source is None


def test_the_publication_the_article_spoke_to_and_its_copyright_agree():
    """`..., told Quillmark.` in the report and `© 2019 Quillmark` in the footer: the
    reporter names their own publication, the notice its holder; a page naming one
    outlet in a quote and another in its notice shows neither."""
    menus = ("Home", "News", "Science", "Health", "Tech", "Culture", "Podcasts")
    footer = ("About Us", "Contact", "Privacy", "© 2019 Quillmark")
    quoted = "A researcher who did not work on the study told Quillmark: “The effect is real.”"
    assert page(menus, (quoted, *footer)).source == "Quillmark"
    assert page(menus, footer).source is None
    elsewhere = quoted.replace("Quillmark", "The Harbor Ledger")
    assert page(menus, (elsewhere, *footer)).source is None


def test_a_company_named_after_the_paper_opening_the_page_holds_its_rights():
    """`India Post` opens the page, `© 2018 India Post Media Pvt. Ltd.` closes it: the
    company is named after its paper (a line above the masthead, an alert, does not hide
    it). The company's notice alone names no paper."""
    menus = ("Home", "News", "Business", "Sports", "World", "Opinion", "Videos")
    footer = ("About Us", "Contact", "Privacy")
    notice = "© 2018 Copyright Ganges Post Media Pvt. Ltd.. All Rights reserved."
    alert = "Something went wrong with the connection!"
    assert page((alert, "Ganges Post", *menus), (*footer, notice)).source == "Ganges Post"
    assert page(("Sponsored", *menus), (*footer, notice)).source is None


def test_the_site_is_shown_as_it_calls_itself_with_its_article_and_small_letters():
    """Running phrases drop a name's `The` and menus set it in capitals; the page's own
    `The Harbor Ledger` is shown, not `Harbor Ledger` or `HARBOR LEDGER`; a copyright's
    `The` is the legal name's, not the logo's, and a name set in quotation marks is
    shown without them."""
    menus = ("Home", "News", "Sport", "Business", "Opinion", "Culture", "Weather")
    article = ("More from Harbor Ledger", "Subscribe to The Harbor Ledger", "About Us")
    assert page(menus, article).source == "The Harbor Ledger"
    capitals = ("HARBOR LEDGER STAFF", "Search HARBOR LEDGER", "© 2026 The Harbor Ledger")
    assert page(menus, capitals).source == "The Harbor Ledger"
    logo = ("Harbor Ledger", *menus)
    assert page(logo, ("About Us", "© 2026 The Harbor Ledger")).source == "Harbor Ledger"
    quoted = ("Follow «Вечерний Город» on Telegram", "© 2026 «Вечерний Город»")
    assert page(menus, quoted).source == "Вечерний Город"
    logo = ("Вечерний Город", *menus)
    assert page(logo, ("About Us", "© 2026 «Вечерний Город»")).source == "Вечерний Город"
    # A name all in small letters (a network bar's `wsj`) is no written form of `WSJ`.
    places = [Evidence("WSJ", "masthead"), Evidence("wsj", "alone"), Evidence("WSJ", "menus")]
    assert shown_form(places) == "WSJ"


def test_a_copyright_holder_known_by_its_initials_names_the_site():
    """`© 2014 Cable News Network` under a page whose menus name `CNN` (`CNN Mobile`,
    `CNN Shop`, `told CNN`): the holder is the site its initials spell; without the
    notice the menus and the quote alone name no site."""
    menus = ("Home", "U.S.", "World", "Politics", "Tech", "Health")
    footer = ("CNN Mobile", "CNN Shop", "CNN Partner Hotels", "© 2014 Cable News Network.")
    told = "“It was a small fortune,” Jennifer Peterson told CNN affiliate WUSA."
    assert page(menus, (told, *footer)).source == "CNN"
    assert page(menus, (told, "CNN Mobile", "CNN Shop")).source is None


def test_the_logo_opening_the_page_and_the_address_it_shows_agree():
    """`Ridgeline` opens the page and its footer says `ridgeline.co.uk features the
    latest ...`: a site's address is its name. A logo spelling the domain itself
    (`Ridgeline.com` as the first line) is one place, not two."""
    menus = ("Home", "News", "Reviews", "Events", "Kit", "Know-how", "Contact")
    about = "ridgeline.co.uk features the latest reviews, news and events for riders."
    assert page(("Ridgeline", *menus), ("About Us", about)).source == "Ridgeline"
    assert page(("Ridgeline", *menus), ("About Us", "Privacy")).source is None
    assert page(("Ridgeline.com", *menus), ("About Us", "Privacy")).source is None


def test_a_short_name_with_its_domain_and_a_sites_possessive_name_the_site():
    """`NJ.com` is no two letters' many meanings; `Subscribe to Ridgeline’s newsletters`
    invites the reader to the site's own newsletters."""
    menus = ("Home", "News", "Sports", "Business", "Opinion", "Weather", "Jobs")
    footer = ("NJ.com Store", "Subscribe to NJ.com’s newsletters.", "About Us")
    assert page(menus, footer).source == "NJ.com"
    invite = ("Subscribe to Ridgeline’s newsletters.", "© 2026 Ridgeline")
    assert page(menus, invite).source == "Ridgeline"


def test_a_city_beside_the_date_that_the_breadcrumb_files_the_story_under_is_no_source():
    """`Mumbai | Updated: July 8, 2024` under `Home / Cities / Mumbai / News`: the city the
    story is filed under, where `PTI | Mar 13, 2024` would credit its wire."""
    menus = ("Home", "India", "Cities", "Mumbai", "Delhi", "Business", "Sports", "Opinion")
    lines = (*menus, "Home / Cities / Mumbai / News", HEADLINE, "By: Web Desk")
    dated = "Mumbai | Updated: July 8, 2024 14:22 IST"
    text = "\n".join((*lines, dated, *BODY))
    article = extract_metadata(Article(id="x", filename="x.txt", text=text, lines=clean(text)))
    assert article.source is None
    credited = "\n".join((*lines, "PTI | Updated: July 8, 2024 14:22 IST", *BODY))
    assert (
        extract_metadata(
            Article(id="x", filename="x.txt", text=credited, lines=clean(credited))
        ).source
        == "PTI"
    )


def test_a_site_called_by_its_first_word_in_its_menus_is_shown_in_full():
    """`About Quanta` and `Search Quanta` in the menus, `Get Quanta Magazine delivered to
    your inbox` and `Quanta Magazine moderates comments` in the notices: the site's name
    in full. `Dawn News` names the paper's television channel, not Dawn in full."""
    menus = ("Physics", "Mathematics", "Biology", "About Quanta", "Search Quanta")
    notices = (
        "Share this article",
        "Newsletter",
        "Get Quanta Magazine delivered to your inbox",
        "Subscribe now",
        "Comment on this article",
        "Quanta Magazine moderates comments to facilitate an informed, civil conversation.",
        "About Quanta",
        "Privacy Policy",
    )
    assert page(menus, notices).source == "Quanta Magazine"
    menus = ("Pakistan", "World", "Business", "About Dawn", "Search Dawn")
    footer = ("Watch Dawn News live", "Dawn News on YouTube", "About Dawn", "Privacy Policy")
    assert page(menus, footer).source == "Dawn"


def test_a_footer_saying_who_publishes_the_site_names_it():
    """`Slate is published by The Slate Group` beside `Slate Shop`; `Keep up to date with
    PolitiFact` beside the menus' editions (`PolitiFact Wisconsin`)."""
    menus = ("News", "Politics", "Books", "Slate Shop")
    footer = (
        "Advertise",
        "All contents © 2019 The Slate Group LLC. All rights reserved.",
        "Slate is published by The Slate Group, a Graham Holdings Company.",
    )
    assert page(menus, footer).source == "Slate"
    menus = ("Fact-checks", "PolitiFact Wisconsin", "PolitiFact California", "PolitiFact Texas")
    footer = ("Keep up to date with PolitiFact", "Donate", "Privacy Policy", "Contact us")
    assert page(menus, footer).source == "PolitiFact"


def test_the_publication_a_copyright_holder_is_named_after_is_the_site():
    """`©2019 Forbes Media LLC` under menus the site prefixes with its title (`Forbes 400`,
    `Forbes Travel Guide`, `Forbes Daily Cover Stories`); a group prefixing its divisions
    (`Hearst Newspapers`, `Hearst Media Services`) names none of its titles."""
    menus = ("Billionaires", "Forbes 400", "Forbes Travel Guide", "Innovation", "Leadership")
    footer = ("Forbes Daily Cover Stories", "Forbes Editors' Picks", "©2019 Forbes Media LLC.")
    assert page(menus, footer).source == "Forbes"
    menus = ("Local", "Sports", "Hearst Newspapers", "Hearst Media Services", "Hearst Careers")
    assert page(menus, ("© 2019 Hearst Communications, Inc.",)).source is None


def test_what_powers_the_site_is_not_the_site():
    """`powered by Microsoft News` over a portal's page whose footer is `© 2019 Microsoft`
    and whose disclosure is Microsoft's: the platform and its owner, not the publication."""
    menus = ("msn back to msn home lifestyle", "powered by Microsoft News", "Lifestyle", "Food")
    menus += ("Travel", "Health", "Money", "Autos", "Video")
    footer = (
        "Send MSN Feedback",
        "Help",
        "Privacy & Cookies",
        "Terms of use",
        "© 2019 Microsoft. All rights reserved.",
        "Microsoft may earn an Affiliate Commission if you purchase something through links.",
    )
    assert page(menus, footer).source != "Microsoft"


def test_a_first_line_the_copyright_notice_does_not_name_is_a_menu_entry():
    """`Bom Dia` opening a page of greetings (`Boa Tarde`, `Boa Noite`) whose footer is `©
    2019 Mensagens de Reflexão`: the menu's first entry, not the site. A group holding the
    rights (`Radio Africa Group`) owns the site its first line names; a site goes by its
    initials (`DW` over `© 2024 Deutsche Welle`)."""
    menus = ("Bom Dia", "Boa Tarde", "Boa Noite", "Aniversário", "Vida", "Motivação", "Deus")
    footer = ("Temas", "Mensagens de Bom Dia", "Mensagens de Reflexão da Vida")
    assert page(menus, (*footer, "© 2019 Mensagens de Reflexão")).source is None
    kenyan = ROOT / "tests/training_scrapes/set_4/kenyan_daily_uppercase_byline_in_summary.txt"
    owned = article_from_seed(read_seed(kenyan))  # `© Radio Africa Group 2025` at its foot
    assert owned.source == "The Star"
    initials = page(("DW", "Skip to content", "News", "Sports"), ("© 2024 Deutsche Welle",))
    assert initials.source == "DW"
