"""Tests for metadata extraction: each field from the page, and nothing invented."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest.article import Article
from digest.article_parts import PageMeta
from digest.clean.cleaner import clean
from digest.metadata.extract import extract_metadata, parse_date, split_names
from digest.metadata.headline_model import best_headline

LEDE = (
    "TOKYO (Reuters) -The European Union will deepen cooperation with Japan on chips, its "
    "industry chief said on Monday. Officials gave no further details of the plan."
)
SECOND = (
    "The two sides will monitor the chip supply chain together and exchange researchers "
    "and engineers, officials said after the meeting."
)


def metadata(*lines: str) -> Article:
    """Clean the lines as one page and extract its metadata."""
    text = "\n\n".join(lines)
    return extract_metadata(Article(id="x", filename="x.txt", text=text, lines=clean(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jul 5, 2023 | Global Onsite Activity | 0 comments", "2023-07-05"),
        ("2023-05-26 | 03:40", "2023-05-26"),
        ("5 July 2023", "2023-07-05"),
        ("15. Jänner 2024", "2024-01-15"),  # Austrian German
        ("22 Julai 2024", "2024-07-22"),  # Malay
        ("15 ม.ค. 2567", "2024-01-15"),  # Thai, in the Buddhist era
        ("22 พฤษภาคม 2567", "2024-05-22"),
        ("பிப்ரவரி 09, 2024 01:10 AM IST", "2024-02-09"),  # Tamil
        ("১৩ মার্চ ২০২৪", "2024-03-13"),  # Bengali, in Bengali digits
        ("12 डिसेंबर 2024", "2024-12-12"),  # Marathi
        ("14 ജനുവരി 2025", "2025-01-14"),  # Malayalam
        ("15 جنوری 2024", "2024-01-15"),  # Urdu
        ("14. studenoga 2024", "2024-11-14"),  # Croatian
        ("12. septembra 2024", "2024-09-12"),  # Slovak
        ("5 януари 2025", "2025-01-05"),  # Bulgarian
        ("9. oktoober 2025", "2025-10-09"),  # Estonian
        ("02 მაისი 2025, 00:40", "2025-05-02"),  # Georgian
        ("15 Hunyo 2024", "2024-06-15"),  # Filipino
        ("3 Maart 2025", "2025-03-03"),  # Afrikaans (and Dutch)
        ("14 listopada 2024", "2024-11-14"),  # Polish November, not Croatian October
        # Lithuanian writes the year first; of two dates, the one written first.
        ("2025 m. kovo 3 d. 18:05 Atnaujinta 2025-03-04 08:30", "2025-03-03"),
        ("Sept. 14th, 2022", "2022-09-14"),
        ("said on Monday", None),
        ("2023-02-30", None),
        ("12. März 2024, 14:35 Uhr", "2024-03-12"),
        ("23 мая 2023, 10:42", "2023-05-23"),
        ("5 de julio de 2023", "2023-07-05"),
        ("2023年9月1日 18時05分", "2023-09-01"),
        ("송고2023-11-01 09:15", "2023-11-01"),
        ("2023.11.01", "2023-11-01"),
        ("ТОКИО, 23 мая. /ТАСС/.", None),
        ("version 12.2023", None),
        # Slashed: read only when a number over 12 settles which one is the day.
        ("Published 04/17/2024, 03:12 AM", "2024-04-17"),
        ("Publié le 24/10/2024 à 18h05", "2024-10-24"),
        ("05/03/2024", None),
        ("13/13/2024", None),
    ],
)
def test_parse_date_forms(text, expected):
    """Common written dates parse to ISO 8601; weekdays and impossible dates do not."""
    assert parse_date(text) == expected


def test_a_date_line_dating_the_publication_before_its_update_dates_the_publication():
    """`12. März 2024, 14:35 Uhr Aktualisiert: 13. März 2024`: the update is named after
    the publication's date on the line, which is no update's line (text path)."""
    headline = "Warnstreik legt Nahverkehr in fünf Ländern lahm"
    lines = (
        "Nachrichten",
        "Region",
        headline,
        "12. März 2024, 14:35 Uhr Aktualisiert: 13. März 2024, 08:10 Uhr",
        "Weitere Artikel",
        "Tarifrunde Nahverkehr: Das fordert Verdi 22.02.2024",
        "Berlin (dpa) - Fahrgäste in fünf Bundesländern müssen sich am Donnerstag auf "
        "Ausfälle im Nahverkehr einstellen, weil die Gewerkschaft Verdi zu Warnstreiks aufruft.",
        "Betroffen sind Busse und Straßenbahnen in zahlreichen Städten, teilte die Gewerkschaft "
        "am Dienstag mit, und auch einige U-Bahn-Linien sollen stillstehen.",
    )
    assert metadata(*lines).date == "2024-03-12"


def test_the_caption_of_the_picture_opening_the_article_is_no_lede():
    """`Duck fluff and feathers …` over `Photo: Getty Images`, then the report: the
    description is the report's first sentence, not the picture's caption."""
    caption = "Duck fluff and feathers in the middle of a drying process after being cleaned."
    article = metadata(
        "A man developed feather duvet lung after changing his bedding",
        "Filed to: Weird medicine",
        caption,
        "Photo: Getty Images",
        LEDE,
        SECOND,
    )
    assert article.description.startswith("The European Union will deepen cooperation")


def test_a_wire_photos_long_caption_closed_by_its_credit_is_no_lede_or_standfirst():
    """AFP captions run to three sentences and close with the photographer and the agency
    (`... Jaafar ASHTIYEH / AFP`): under the headline, that is no standfirst, no lede."""
    caption = (
        "A man rides on a donkey in the Palestinian village of Kifl Hares opposite the "
        "Israeli settlement of Revava (background) on November 19, 2019. Israeli Prime "
        "Minister Benjamin Netanyahu hailed a US announcement that it no longer considers "
        "settlements in the West Bank and annexed east Jerusalem illegal, but the "
        "Palestinians pledged new measures to oppose it. Jaafar ASHTIYEH / AFP"
    )
    article = metadata("US says settlements no longer illegal", caption, LEDE, SECOND)
    assert article.description.startswith("The European Union will deepen cooperation")


def test_published_wins_over_updated():
    """Of `Published ... Updated ...`, the publication date is the article's date."""
    article = metadata(
        "Chip pact signed in Tokyo today",
        "Updated Jul 9, 2023 · Published Jul 5, 2023",
        LEDE,
        SECOND,
    )
    assert article.date == "2023-07-05"


def test_wire_dateline_gives_city_and_source():
    """`TOKYO (Reuters) -` names the dateline city and the source."""
    article = metadata("By Sam Nussey", LEDE, SECOND)
    assert (article.dateline, article.source, article.authors) == (
        "Tokyo",
        "Reuters",
        ("Sam Nussey",),
    )
    assert article.dateline_from == article.source_from == article.authors_from == "page"


def test_explicit_source_credit_wins():
    """`Source: X` names the publication."""
    assert metadata(LEDE, SECOND, "Source: The Japan Times").source == "The Japan Times"


def test_nothing_evidenced_stays_empty():
    """A page with no headline, date, byline or credit gets none, and says so."""
    article = metadata(LEDE.replace("TOKYO (Reuters) -", ""), SECOND)
    assert article.date is None and article.date_from is None
    assert article.source is None and article.source_from is None
    assert article.authors == () and article.authors_from is None
    assert article.title_from == "lede"
    assert article.title.startswith("The European Union will deepen cooperation")


def test_desk_bylines_are_not_names():
    """`Staff Reporter` and agency names are not authors; people are."""
    assert split_names("Sam Nussey and Tim Kelly") == ["Sam Nussey", "Tim Kelly"]
    assert split_names("Staff Reporter") == []
    assert split_names("Reuters") == []


def test_description_is_standfirst_or_lede_sentences():
    """The standfirst is the description; without one, the lede's first sentences."""
    standfirst = (
        "The move comes as Japan works to revitalise its chip industry and the bloc looks to "
        "reduce its dependence on China"
    )
    assert metadata("Chip pact signed in Tokyo", standfirst, LEDE, SECOND).description == standfirst
    assert metadata(LEDE, SECOND).description.startswith("The European Union will deepen")


def test_the_link_to_the_original_is_the_page_address_given():
    """A web page's canonical address, or the address a curator pasted first in a text
    scrape; an address further down is a link of the page, not its own."""
    article = extract_metadata(
        Article(
            id="x",
            filename="x.html",
            text=LEDE,
            lines=clean(LEDE),
            page_meta=PageMeta(url="https://example.com/a"),
        )
    )
    assert (article.url, article.url_from) == ("https://example.com/a", "page")
    pasted = metadata("https://example.com/news/chips", "Chip pact signed in Tokyo", LEDE, SECOND)
    assert (pasted.url, pasted.url_from) == ("https://example.com/news/chips", "page")
    assert pasted.title == "Chip pact signed in Tokyo"
    later = metadata("Chip pact signed in Tokyo", "https://example.com/other", LEDE, SECOND)
    assert (later.url, later.url_from) == (None, None)
    assert metadata("javascript:alert(1)", LEDE, SECOND).url is None


def test_a_web_pages_markup_wins_over_lines_guessed_from_its_text():
    """For a web page, the markup's title, date, authors and site (chosen by agreement in
    digest/ingest/pagemeta.py) win over a byline or a wire credit read in the extracted text."""
    meta = PageMeta(
        title="Chip pact signed",
        date="2023-08-01",
        authors=("Jane Doe", "Reuters Staff"),
        site_name="Example News",
    )
    text = "\n\n".join(["By Sam Nussey", LEDE, SECOND])
    article = extract_metadata(
        Article(id="x", filename="x.html", text=text, lines=clean(text), page_meta=meta)
    )
    assert (article.title, article.title_from) == ("Chip pact signed", "page")
    assert (article.date, article.date_from) == ("2023-08-01", "page")
    assert (article.authors, article.authors_from) == (("Jane Doe",), "page")
    assert (article.source, article.source_from) == ("Example News", "page")


def test_the_lines_fill_what_a_web_pages_markup_leaves_empty():
    """A page whose markup states no title, date or site still gets them from its text."""
    text = "\n\n".join(["Chip pact signed in Tokyo", "March 3, 2024", LEDE, SECOND])
    article = extract_metadata(
        Article(id="x", filename="x.html", text=text, lines=clean(text), page_meta=PageMeta())
    )
    assert article.title == "Chip pact signed in Tokyo"
    assert article.date == "2024-03-03"
    assert article.source == "Reuters"
    assert article.authors == (), "no byline is guessed from a web page's text"


@pytest.mark.parametrize(
    ("lede", "city", "agency"),
    [
        ("WASHINGTON (AP) — The administration said on Tuesday it would act.", "Washington", "AP"),
        ("Magdeburg (dpa) - Der Konzern verschiebt den Bau seiner Fabrik.", "Magdeburg", "dpa"),
        ("KUMAMOTO, Japan -- The company has begun shipping chips.", "Kumamoto", None),
        ("NEW DELHI: The cabinet on Thursday approved three plants.", "New Delhi", None),
        ("ТОКИО, 23 мая. /ТАСС/. Правительство Японии утвердило поправки.", "Токио", "ТАСС"),
        ("(서울=연합뉴스) 김민수 기자 = 반도체 수출이 증가세로 돌아섰다.", "서울", "연합뉴스"),
        ("【千歳共同】ラピダスは１日、工場の起工式を開いた。", "千歳", "共同通信"),
        ("Москва. 10 апреля. ИНТЕРФАКС - Производство микросхем начнётся.", "Москва", "ИНТЕРФАКС"),
        ("[東京　31日　ロイター] - 経済産業省は31日、発表した。", "東京", "ロイター"),
        ("Officials -- speaking on Monday -- said the plant would open.", None, None),
        ("Officials: the plant will open in July, they said.", None, None),
        ("DEAR ABBY: My husband of more than 20 years just purchased plane tickets.", None, None),
        ("Prof. Carlos: Estou aqui ao lado do Eugênio Tadeu, que já é de casa.", None, None),
        ("Dr. Müller sagte am Montag, die Lage sei ernst.", None, None),
    ],
)
def test_dateline_shapes(lede, city, agency):
    """Each wire's dateline gives its city and agency; a capitalised first word alone does not."""
    article = metadata("Chip plant plans move ahead in several countries", lede, SECOND)
    assert (article.dateline, article.source if agency else None) == (city, agency)


@pytest.mark.parametrize(
    ("lede", "opening"),
    [
        ("LONDON: The bank said it would cut rates.", "The bank said"),
        ("NEW DELHI: Their plan was approved on Monday.", "Their plan"),
        ("TOKYO (Reuters) - The EU will deepen ties with Japan.", "The EU will"),
        ("Mangaluru, Jul 12 (PTI) The weather office issued a red alert.", "The weather office"),
        (
            "PITTSBURGH, Sept. 17, 2024 /PRNewswire/ -- Halvorsen Robotics launched a robot.",
            "Halvorsen",
        ),
        ("ТОКИО, 23 мая. /ТАСС/. Япония ужесточила контроль за экспортом.", "Япония"),
    ],
)
def test_the_dateline_is_cut_whole_and_no_more(lede, opening):
    """The description starts with the report's first word, its first letter kept."""
    assert metadata(lede, SECOND).description.startswith(opening)


def test_a_date_in_the_dateline_brackets_is_no_agency():
    """`WASHINGTON (Aug. 13) --` dates the report; it does not credit anyone."""
    article = metadata(
        "WASHINGTON (Aug. 13) -- Declaring the plan a success, officials left.", SECOND
    )
    assert article.dateline == "Washington"
    assert article.source is None


def test_headline_above_the_cleaners_is_the_headline():
    """When two headline-shaped lines lead the page, the upper one is the headline, and
    the lower one its standfirst: never shown as the headline, whatever the model's doubt
    (a pasted page this short may get its title from the lede)."""
    headline = "TSMC's Kumamoto plant begins shipments ahead of schedule"
    standfirst = "Output to serve Sony and Denso as Japan bets on a chip revival"
    lede = (
        "KUMAMOTO, Japan -- TSMC's Kumamoto plant began shipments to Sony and Denso on "
        "Tuesday, ahead of schedule, as Japan bets on a chip revival."
    )
    article = metadata("Spotlight", headline, standfirst, "December 24, 2024", lede, SECOND)
    assert article.title != standfirst
    ranked = best_headline(article.lines)
    assert ranked is not None and ranked[0].text == headline
    assert (article.description, article.description_from) == (standfirst, "page")


def test_writers_named_without_by():
    """A name with a job title, a name `in` a city, and a Korean reporter line are authors."""
    for line, name in [
        ("KENJI TANAKA, Nikkei staff writer", "KENJI TANAKA"),
        ("Helen Davidson in Taipei", "Helen Davidson"),
        ("김민수 기자", "김민수"),
        ("Posted by Ruth Ellery on March 3, 2024", "Ruth Ellery"),
        ("Von Max Müller", "Max Müller"),
    ]:
        article = metadata("Chip plant plans move ahead in Japan", line, LEDE, SECOND)
        assert article.authors == (name,), line
    made_in = metadata("Chip plant plans move ahead", "Made in China", LEDE, SECOND)
    assert made_in.authors == (), "one word before `in` is no name"


def test_original_credit_and_header_credit_name_the_source():
    """`originally published by X` wins over all; else a credit beside the header's date."""
    bare = LEDE.replace("TOKYO (Reuters) -", "")
    reposted = metadata(
        "US weighs curbs on legacy chips", bare, SECOND, "Originally published by Bloomberg."
    )
    assert reposted.source == "Bloomberg"
    credited = metadata(
        "India approves three chip plants", "TNN | Feb 29, 2024, 11.45 PM IST", bare, SECOND
    )
    assert (credited.source, credited.date) == ("TNN", "2024-02-29")
    bio = metadata(
        bare, SECOND, "Anna Vermeer is a technology correspondent at the Amsterdam Courant."
    )
    assert bio.source == "Amsterdam Courant"


def test_site_name_after_the_headline_is_the_last_resort():
    """`Headline – Site` gives the site as source only when nothing credits the original."""
    bare = LEDE.replace("TOKYO (Reuters) -", "")
    article = metadata(
        "Taiwan's chip industry braces for new US tariffs – The Guardian", bare, SECOND
    )
    assert (article.title, article.source) == (
        "Taiwan's chip industry braces for new US tariffs",
        "The Guardian",
    )
    wire = metadata("Taiwan's chip industry braces for new US tariffs – The Guardian", LEDE, SECOND)
    assert wire.source == "Reuters"


def test_credits_after_the_article():
    """A sign-off names the wire; a copyright line loses its boilerplate and company form."""
    bare = LEDE.replace("TOKYO (Reuters) -", "")
    assert metadata("Samsung to invest in Texas chip plant", bare, SECOND, "— Reuters").source == (
        "Reuters"
    )
    for line, name in [
        ("© 1996-2024 The Pacific Review", "The Pacific Review"),
        ("ⓒ The Korea Herald", "The Korea Herald"),
    ]:
        assert metadata("Samsung to invest in Texas chip plant", bare, SECOND, line).source == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("©2024 Silicon Notes LLC. All Rights Reserved.", "Silicon Notes"),
        (
            "Copyright NHK (Japan Broadcasting Corporation) All rights reserved.",
            "NHK (Japan Broadcasting Corporation)",
        ),
    ],
)
def test_a_footer_copyright_names_the_source_only_as_the_page_shows_it(line, name):
    """A site's footer may name its owner (`Cable News Network` under CNN): the holder,
    without its company form, is the source when the page shows that name above the
    article too, as a site's menus do; alone, it is no evidence of the publication."""
    bare = LEDE.replace("TOKYO (Reuters) -", "")
    alone = metadata("Samsung to invest in Texas chip plant", bare, SECOND, line)
    assert (alone.source, alone.source_from) == (None, None)
    shown = metadata(
        f"Subscribe to {name} newsletters",
        "Samsung to invest in Texas chip plant",
        bare,
        SECOND,
        line,
    )
    assert (shown.source, shown.source_from) == (name, "page")
    cnn = metadata(
        "Samsung to invest in Texas chip plant", bare, SECOND, "© 2014 Cable News Network."
    )
    assert cnn.source is None


def test_bylines_lose_what_follows_the_names():
    """An e-mail in brackets, `| Place | Updated ...` and `on <date>` are not part of a name."""
    for byline, names in [
        ("By Byun Hye-jin (hyejin2@heraldcorp.com)", ("Byun Hye-jin",)),
        ("Written by Anil Sasi | New Delhi | Updated: September 23, 2023", ("Anil Sasi",)),
        ("By MATT O'BRIEN and JOSH BOAK", ("MATT O'BRIEN", "JOSH BOAK")),
    ]:
        assert (
            metadata("Samsung to invest in Texas chip plant", byline, LEDE, SECOND).authors == names
        )


def test_bare_name_beside_the_date_is_the_writer():
    """A name alone next to the date line is the author; a one-word section is not."""
    head = "Nvidia's next AI chip is delayed by a design flaw"
    bare = LEDE.replace("TOKYO (Reuters) -", "")
    date = "10:30 AM EDT • August 3, 2024"
    assert metadata(head, "Kyle Wiggers", date, bare, SECOND).authors == ("Kyle Wiggers",)
    assert metadata(head, "Hardware", date, bare, SECOND).authors == ()


def test_a_taiwanese_lede_names_its_reporter_and_where_it_was_filed():
    """`〔記者陳怡君／台中報導〕` opens the lede: the reporter, then where the report was filed."""
    lede = (
        "〔記者陳怡君／台中報導〕台中市清泉區歷史最悠久的戲院「明月座」，因土地所有權人計畫改建為"
        "住商大樓，最快將於今年8月動工拆除。"
    )
    article = metadata("台中百年戲院明月座將拆除", "2024/05/22 07:30", lede, "文史團體發起連署。")
    assert article.authors == ("陳怡君",)


def test_a_slashed_dateline_naming_the_agency_s_reporter_names_the_agency():
    """`Пловдив, 17 април /Ани Кирилова, БТА/`: the agency's reporter, then the agency."""
    lede = (
        "Пловдив, 17 април /Ани Кирилова, БТА/ Община Пловдив ще получи 2,4 млн. лева за "
        "цялостна реставрация на Хаджиилиевата къща, съобщиха от общината."
    )
    article = metadata(
        "Пловдив получава 2,4 млн. лева за къщата", lede, "Работата ще отнеме две години."
    )
    assert (article.dateline, article.source) == ("Пловдив", "БТА")


def test_chinese_wire_dateline_names_agency_city_and_reporter():
    """A Chinese wire dateline gives source, dateline and reporter; `来源：` names a source."""
    lede = (
        "新华社北京4月16日电（记者张三）国家统计局16日发布数据显示，一季度集成电路产量同比增长40%。"
    )
    article = metadata(
        "我国集成电路产量同比增长", "2024-04-16 10:20:15", lede, "分析人士认为，需求回暖。"
    )
    assert (article.source, article.dateline, article.authors, article.date) == (
        "新华社",
        "北京",
        ("张三",),
        "2024-04-16",
    )
    sourced = metadata("我国集成电路产量同比增长", "来源：人民网", lede, "分析人士认为，需求回暖。")
    assert sourced.source == "人民网"


def test_masthead_named_like_a_publication_is_the_last_resort():
    """A first line such as `The Korea Herald` names the site; `Home` or `Select Page` does not."""
    bare = LEDE.replace("TOKYO (Reuters) -", "")
    head = "SK hynix to build chip packaging plant in Indiana"
    assert metadata("The Korea Herald", head, bare, SECOND).source == "The Korea Herald"
    assert metadata("Home", head, bare, SECOND).source is None
    assert metadata("Select Page", head, bare, SECOND).source is None
    assert metadata("The Korea Herald", head, LEDE, SECOND).source == "Reuters"


def test_writer_lines_and_correspondent_datelines():
    """Writers joined by `and` or `;`, a handle line, and a Japanese correspondent's dateline."""
    bare = LEDE.replace("TOKYO (Reuters) -", "")
    head = "Japan to tighten chip export rules in line with US"
    for line, names in [
        (
            "Kana Inagaki in Tokyo and Demetri Sevastopulo in Washington",
            ("Kana Inagaki", "Demetri Sevastopulo"),
        ),
        ("Jessie Shen, Taipei; Willis Ke, DIGITIMES Asia", ("Jessie Shen", "Willis Ke")),
        ("Author: Tom Lee", ("Tom Lee",)),
        ("von Larissa Holzki", ("Larissa Holzki",)),
    ]:
        assert metadata(head, line, bare, SECOND).authors == names, line
    handle = metadata("Markets", head, "Arjun Kharpal @ARJUNKHARPAL", bare, SECOND)
    assert (handle.title, handle.authors) == (head, ("Arjun Kharpal",))
    lede = "【台北=龍元秀明】台湾積体電路製造は熊本県に第2工場を建設すると発表した。"
    japanese = metadata("TSMC、熊本第2工場の建設を正式決定", lede, "地元では懸念も出ている。")
    assert (japanese.dateline, japanese.authors, japanese.source) == ("台北", ("龍元秀明",), None)


def test_wire_signed_after_the_last_sentence():
    """`(ANSA).` after the last sentence names the wire; `(IBM).` inside a sentence does not."""
    bare = LEDE.replace("TOKYO (Reuters) -", "")
    head = "Il governo stanzia fondi per la fabbrica di chip"
    assert metadata(head, bare, SECOND + " (ANSA).").source == "ANSA"
    assert (
        metadata(head, bare, "It works with International Business Machines (IBM).").source is None
    )


def test_second_half_of_a_headline_is_no_site_name():
    """`Headline – more headline` keeps its second half; `Headline – The Guardian` loses it."""
    title = "TSMC baut Chipfabrik in Dresden – Milliardenförderung vom Bund"
    lede = (
        "Der Chipkonzern TSMC baut eine Chipfabrik in Dresden; der Bund zahlt eine "
        "Milliardenförderung für das Werk, teilte das Ministerium mit."
    )
    article = metadata(title, lede, SECOND)
    assert (article.title, article.source) == (title, None)


def test_press_release_dates_and_names_itself():
    """A date in the dateline and an `About X` box date and source a press release."""
    article = metadata(
        "FOR IMMEDIATE RELEASE",
        "Acme Robotics Selects Texas for New Chip Packaging Line",
        "AUSTIN, Texas – March 1, 2024 – Acme Robotics today announced a packaging line.",
        "Production is scheduled to begin in 2026, the company said in Austin.",
        "About Acme Robotics",
        "Acme Robotics designs motion-control chips for industrial automation.",
    )
    assert (article.date, article.dateline, article.source) == (
        "2024-03-01",
        "Austin",
        "Acme Robotics",
    )
    later = metadata(
        "Chip plant plans move ahead", LEDE + " A deal signed on March 1, 2024 holds.", SECOND
    )
    assert later.date is None, "a date the report mentions is not its own"


def test_desks_are_not_authors():
    """`By The Associated Press` is a desk; `Author Jane Smith (with Reuters, AFP)` a person."""
    head = "Chinese chipmaker reports profit jump despite US curbs"
    assert metadata(head, "By The Associated Press", LEDE, SECOND).authors == ()
    assert metadata(head, "Author Jane Smith (with Reuters, AFP)", LEDE, SECOND).authors == (
        "Jane Smith",
    )


def test_date_line_is_no_headline_and_titles_are_no_names():
    """`Publié le ...` under a byline is the date; `Dr.` and `/ Staff reporter` are dropped."""
    head = "L'Inde se rêve en nouvelle puissance des semi-conducteurs"
    standfirst = "Le gouvernement indien multiplie les subventions pour attirer les fabricants"
    article = metadata(
        "Le Monde",
        head,
        standfirst,
        "Par Julien Bouissou",
        "Publié le 12 février 2024 à 18h00, modifié le 13 février 2024 à 10h12",
        "L'Inde veut devenir une puissance des semi-conducteurs : le gouvernement promet des "
        "milliards aux fabricants qui construiront des usines dans le pays.",
        SECOND,
    )
    assert (article.title, article.description, article.date) == (head, standfirst, "2024-02-12")
    assert article.authors == ("Julien Bouissou",)
    assert split_names("Dr. Maria Chen") == ["Maria Chen"]
    assert metadata(head, "By Lisa Wang / Staff reporter", LEDE, SECOND).authors == ("Lisa Wang",)


def test_title_case_standfirst_is_no_writer_line():
    """`Intel Reveals Deep Losses in Chip-Making Business` is a headline, not `name in place`."""
    head = "Intel Reveals Deep Losses in Chip-Making Business"
    article = metadata(
        "Tech",
        head,
        "By Asa Fitch",
        "Updated April 2, 2024 5:30 pm ET",
        "Intel reveals deep losses in its chip-making business, which lost $7 billion last "
        "year, the company said on Tuesday.",
        SECOND,
    )
    assert (article.title, article.authors) == (head, ("Asa Fitch",))


def test_reporters_in_places_and_names_in_any_alphabet():
    """`Reporting by Jane Lee in San Francisco` names Jane Lee; `Ángel` is a capitalised word."""
    bare = LEDE.replace("TOKYO (Reuters) -", "")
    credit = "(Reporting by Jane Lee in San Francisco and Bo Kim in Seoul; Editing by Chris Reese)"
    assert metadata(bare, SECOND, credit).authors == ("Jane Lee", "Bo Kim")
    byline = metadata("España atrae una fábrica de chips", "Por Miguel Ángel Patiño", bare, SECOND)
    assert byline.authors == ("Miguel Ángel Patiño",)


def test_business_wire_dateline_and_arabic_date():
    """`TOKYO--(BUSINESS WIRE)--` is a dateline; `05 مارس 2024` is a date."""
    lede = "TOKYO--(BUSINESS WIRE)--Kioxia Corporation today announced that its new fab opened."
    article = metadata("Kioxia Begins Operation of New Fab", lede, SECOND)
    assert (article.dateline, article.source) == ("Tokyo", "BUSINESS WIRE")
    assert parse_date("نشر في: 05 مارس 2024, 10:20 ص") == "2024-03-05"


# Batch 7's fixes: each rule on a small page of its own.


def test_wire_sign_off_on_its_own_line_is_the_source():
    article = metadata(
        "Example Daily",
        "South Korea unveils support package for chip industry",
        "Published Apr 10, 2024, 11:05 AM",
        "SEOUL - " + SECOND,
        SECOND,
        "AFP",
        "More on this Topic",
    )
    assert article.source == "AFP"


def test_agency_as_the_byline_beside_the_date_is_the_source():
    article = metadata(
        "Example Times",
        "Rapidus secures additional government support for its chips",
        "KYODO",
        "Apr 2, 2024",
        SECOND,
        SECOND,
    )
    assert article.source == "KYODO"
    assert article.authors == ()


def test_byline_with_a_colon_and_an_agency_names_the_writer():
    article = metadata(
        "Texas Instruments to expand its Sherman chip plant this year",
        "by: JAMIE STENGLE, Associated Press",
        "Posted: Mar 21, 2024 / 04:12 PM CDT",
        SECOND,
        SECOND,
    )
    assert article.authors == ("JAMIE STENGLE",)


def test_release_source_line_in_capitals_names_the_issuer():
    article = metadata(
        "Acme Microsystems Announces Opening of Design Center in Hsinchu",
        "Feb 27, 2024, 08:00 ET",
        "SHARE THIS ARTICLE",
        SECOND,
        SECOND,
        "SOURCE Acme Microsystems Inc.",
    )
    assert article.source == "Acme Microsystems"  # the company, without its legal form
    assert article.authors == ()


def test_copyright_with_a_colon():
    article = metadata(
        "Commentary from Project Syndicate",
        "Europe's chip ambitions need more than money and subsidies",
        "Europe's chip ambitions need more than money: subsidies alone will not build an "
        "industry, and the bill for them keeps growing.",
        SECOND,
        "Copyright: Project Syndicate, 2024.",
    )
    assert article.source == "Project Syndicate"


def test_wire_version_tag_is_not_part_of_the_headline():
    article = metadata(
        "(LEAD) Samsung Q1 operating profit jumps nearly tenfold on chip recovery",
        "09:21 April 05, 2024",
        "Samsung Electronics said its first-quarter operating profit jumped nearly tenfold "
        "as the chip market's recovery lifted memory prices.",
        SECOND,
    )
    assert article.title == "Samsung Q1 operating profit jumps nearly tenfold on chip recovery"


def test_blog_date_line_names_the_writer_and_the_about_box_is_not_the_source():
    article = metadata(
        "Semiconductor Musings",
        "Home",
        "Why High-NA EUV is not a sure bet for everyone",
        "March 3, 2024 by Priya Raman Leave a Comment",
        SECOND,
        SECOND,
        "About Priya Raman",
        "Priya is a former process engineer who writes about chipmaking.",
    )
    assert article.authors == ("Priya Raman",)
    assert article.source != "Priya Raman"


def test_a_footer_menu_run_together_after_about_is_no_about_box():
    """`About UsContact UsCareersAdvertise`: the footer's `About Us`, `Contact Us`, ...
    glued by the flattening, not a press release's box presenting its publisher."""
    article = metadata(
        "Why High-NA EUV is not a sure bet for everyone",
        "By Priya Raman",
        SECOND,
        SECOND,
        "About UsContact UsCareersAdvertise",
        "Privacy Policy",
    )
    assert article.source is None


def test_names_beside_the_date_joined_by_commas():
    article = metadata(
        "Nvidia results live: shares surge as AI chip demand smashes forecasts",
        "Tom Hale,Anika Rao",
        "Wednesday 21 February 2024 22:10 GMT",
        SECOND,
        SECOND,
    )
    assert article.authors == ("Tom Hale", "Anika Rao")


def test_byline_names_the_publication_after_the_writer():
    article = metadata(
        "Intel to get $8.5 billion in CHIPS Act grants for Oregon research",
        "Updated: Mar. 20, 2024, 1:15 p.m. | Published: Mar. 20, 2024, 6:02 a.m.",
        "By Mike Rogoway | The Oregonian/OregonLive",
        SECOND,
        SECOND,
    )
    assert article.source == "The Oregonian/OregonLive"
    assert article.date == "2024-03-20"


def test_dateline_of_the_second_paragraph_after_a_kept_standfirst():
    article = metadata(
        "Europe's Chip Ambitions Need More Than Money",
        "Apr 15, 2024",
        "The European Union's Chips Act was meant to double the bloc's share of chip "
        "production. But subsidies alone cannot build an industry without workers.",
        "BRUSSELS – When the European Union adopted its Chips Act in 2023, it promised "
        "to mobilize more than €43 billion in public and private investment.",
        SECOND,
    )
    assert article.dateline == "Brussels"


# Batch 8's fixes.


def test_agency_under_the_byline_is_the_source():
    article = metadata(
        "Micron wins billions in chips grants for Idaho and New York factories",
        "April 25, 2024 at 4:05 am",
        "By MATT O'BRIEN and JOSH BOAK",
        "The Associated Press",
        "WASHINGTON — " + SECOND,
        SECOND,
    )
    assert article.source == "The Associated Press"
    assert article.authors == ("MATT O'BRIEN", "JOSH BOAK")


def test_source_segment_of_the_date_header_and_an_about_credit():
    article = metadata(
        "Nordic Silicon Reports Record First-Quarter Revenue",
        "April 23, 2024 07:00 ET | Source: Nordic Silicon ASA",
        "OSLO, Norway, April 23, 2024 (GLOBE NEWSWIRE) -- " + SECOND,
        SECOND,
        "About Nordic Silicon",
    )
    assert article.source == "Nordic Silicon ASA"
    assert article.dateline == "Oslo"


def test_a_person_credited_beside_the_date_is_a_writer_not_the_source():
    article = metadata(
        "Anadolu Ajansı",
        "Türkiye'nin ilk yerli çip fabrikası için temel atıldı bugün",
        "Ahmet Yılmaz | 08.03.2024 - Güncelleme : 08.03.2024",
        SECOND,
        SECOND,
    )
    assert article.authors == ("Ahmet Yılmaz",)
    assert article.source != "Ahmet Yılmaz"


def test_written_by_box_kept_as_a_subheading_names_the_writer():
    article = metadata(
        "The Real Cost of a 2nm Wafer",
        "Jan 14, 2024",
        SECOND,
        SECOND,
        "Written by Alex Morgan",
        "Hardware engineer writing about chips and the economics behind them.",
    )
    assert article.authors == ("Alex Morgan",)


def test_bio_employer_ends_with_its_sentence():
    article = metadata(
        "Intel's Lunar Lake chips will ship in Q3, company confirms",
        "By Anton Shilov published 21 May 2024",
        SECOND,
        SECOND,
        "Anton Shilov",
        "Anton Shilov is a contributing writer at Tom's Hardware. Over the past "
        "decades, he has covered everything from CPUs to supercomputers.",
    )
    assert article.source == "Tom's Hardware"


def test_agency_of_a_chinese_lede_credit():
    article = metadata(
        "台積電3月營收年增34% 首季營收創同期新高",
        "2024/4/10 14:05",
        "（中央社記者張建中新竹10日電）晶圓代工廠台積電今天公布3月營收新台幣1952億元，年增34.3%。",
        "第1季營收達5926億元，創歷年同期新高。法人預期，人工智慧相關需求將持續推升台積電營運。",
    )
    assert article.source == "中央社"


def test_agency_in_place_as_the_byline_is_the_source_not_a_writer():
    article = metadata(
        "Example Guardian",
        "Taiwan earthquake: TSMC says chip production is recovering",
        "Reuters in Taipei",
        "Thu 4 Apr 2024 05.12 BST",
        SECOND,
        SECOND,
    )
    assert article.source == "Reuters"
    assert article.authors == ()


def test_dateline_without_a_dash_needs_a_date_and_a_known_wire():
    indian = metadata(
        "Cabinet approves three semiconductor plants worth billions",
        "NEW DELHI, Feb 29 (PTI) The Union Cabinet on Thursday approved three semiconductor "
        "plants, including one in Assam, officials said after the meeting.",
        SECOND,
    )
    assert (indian.dateline, indian.source) == ("New Delhi", "PTI")
    company = metadata(
        "Samsung results beat the forecasts of most analysts",
        "Samsung, in 2023 (Reuters) said its profit fell, and in 2024 it expects growth "
        "in memory chips, officials said after the meeting.",
        SECOND,
    )
    assert company.dateline is None


@given(
    st.lists(
        st.sampled_from(["2023", "202", "12", "5", "٢٠٢٣", "２０２", "-", "/", ".", " "])
        | st.sampled_from(["年", "월", "Jan", "July", "мая", "de", "st", ","]),
        max_size=10,
    )
)
def test_a_text_without_four_digits_in_a_row_writes_no_date(pieces):
    """`parse_date` skips its patterns on such a text: none of them could match it."""
    from digest.metadata.dates import _DATE_FORMS, _FOUR_DIGITS, _SLASHED

    text = "".join(pieces)
    if not _FOUR_DIGITS.search(text):
        assert all(form.search(text) is None for form in (*_DATE_FORMS, _SLASHED))


def test_a_date_line_where_a_standfirst_stands_describes_nothing():
    """`23. März 2017, aktualisiert ... | Quelle: X` under the headline is the date line:
    the description is the lede's, not the date's."""
    dated = "23. März 2017, aktualisiert 23. März 2017, 15:43 Uhr | Quelle: Handelsblatt Online"
    article = metadata("Chip pact signed in Tokyo", dated, LEDE, SECOND)
    assert article.description.startswith("The European Union will deepen")


def test_a_note_on_the_report_in_brackets_is_not_its_opening():
    """`(Corrects 10th paragraph ...)` over the lede: the description is the lede's."""
    note = "(Corrects 10th paragraph to show the Wii is from Nintendo, not Sony.)"
    article = metadata("Chip pact signed in Tokyo", note, LEDE, SECOND)
    assert article.description.startswith("The European Union will deepen")


def test_a_bullet_opening_the_lede_is_no_part_of_the_description():
    """Key points kept as the text's first lines (`- Operators reported ...`) describe the
    article without their list's dash."""
    article = metadata(
        "Drillers pumped 9 billion gallons from a drought-stricken aquifer",
        "- Operators reported using about 2.1 billion gallons of groundwater for wells.",
        SECOND,
        SECOND,
    )
    assert article.description.startswith("Operators reported")


def test_the_first_word_of_the_company_holding_the_rights_signs_no_post():
    """`Posted by Vortex` over `© 2019 Vortex Cannon Entertainment`: the studio's own post.
    A blogger holding the rights in their one name (`© 2019 Regan`) is still its writer."""
    story = ("Home", "Games", "About bugs in our games", "Posted by Vortex", LEDE, SECOND)
    notice = "© 2019 {} All rights reserved"
    studio = metadata(*story, notice.format("Vortex Cannon Entertainment."))
    assert studio.authors == ()
    blog = [line.replace("Vortex", "Regan") for line in story]
    assert metadata(*blog, notice.format("Regan.")).authors == ("Regan",)


def test_a_title_from_a_lede_the_page_cut_short_ends_in_an_ellipsis():
    """A teaser's lede the page cut mid-sentence (`... with the plague,...`) gives a
    title that says it is cut, not one ending in a comma."""
    article = metadata("Two people in China have been diagnosed with the plague,...", SECOND)
    assert article.title_from == "lede"
    assert article.title == "Two people in China have been diagnosed with the plague…"


def test_a_title_from_a_lede_opening_a_quotation_closes_it():
    """A lede quoting someone over two sentences gives a title of the first: the quotation
    it opens is closed, in any language's marks."""
    lede = '"Head to the supermarket an hour before closing time. The bakery marks bread down."'
    assert metadata(lede, SECOND).title == '"Head to the supermarket an hour before closing time"'
    lede = (
        "«Nous avons tout essayé pour sauver le site. La ville a perdu son usine et ses emplois»."
    )
    title = metadata(lede, SECOND).title
    assert title.startswith("«Nous avons") and title.count("«") == title.count("»") == 1
    lede = '"We are done," the mayor said after the vote on Tuesday night in the city hall.'
    assert metadata(lede, SECOND).title.count('"') == 2


def test_a_title_from_the_lede_is_not_cut_at_a_dates_ordinal():
    """`Am 12. Bis 13. September ...`: German writes a day's ordinal with a stop; a title
    cut there (`Am 12. Bis 13`) says nothing, so the lede is cut at a word instead."""
    lede = (
        "Am 12. Bis 13. September 2018 fand die DMEXCO in Köln statt, und wir waren mit "
        "einem eigenen Stand dabei. Es war ein großer Erfolg für das ganze Team."
    )
    article = metadata(lede, SECOND)
    assert article.title_from == "lede"
    assert article.title.startswith("Am 12. Bis 13. September 2018 fand die DMEXCO")
