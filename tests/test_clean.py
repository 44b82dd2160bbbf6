"""Tests for the line cleaner: each kind of page furniture, and each trap that must stay."""

import pytest

from digest.article_parts import Verdict
from digest.clean.cleaner import clean, clean_extracted
from digest.clean.furniture import judge_alone
from digest.clean.line_lengths import MIN_SENTENCE_WORDS
from digest.ingest.seeds import Seed
from digest.pipeline import article_from_seed

LEDE = (
    "The European Union will deepen cooperation with Japan on semiconductors, its "
    "industry chief said on Monday, as countries move to secure supply chains."
)
SECOND = (
    "The two sides will monitor the chip supply chain together and exchange researchers "
    "and engineers, officials said after the meeting in Tokyo."
)
THIRD = (
    "Japan is offering subsidies to revitalise its chip industry, which retains an edge in "
    "materials and equipment but has lost overall global market share."
)


def verdicts(*lines: str) -> dict[str, Verdict]:
    """Clean the lines as one page; map each line's text to its verdict."""
    return {line.text: line.verdict for line in clean("\n\n".join(lines))}


def kept(*lines: str) -> list[str]:
    """Clean the lines as one page; return the kept lines."""
    return [line.text for line in clean("\n\n".join(lines)) if line.verdict.kept]


def test_sentence_length_threshold():
    """A line ending like a sentence is prose from MIN_SENTENCE_WORDS words on."""
    words = ["word"] * MIN_SENTENCE_WORDS
    assert judge_alone(" ".join(words) + ".") is Verdict.BODY
    assert judge_alone(" ".join(words[:-1]) + ".") is None


def test_navigation_and_header_before_the_body_go():
    """Menu words, the date/category/comments header and counters are not the story."""
    result = verdicts(
        "Select Page",
        "Home",
        "EU and Japan team up on chips",
        "Jul 5, 2023 | World | 0 comments",
        "3 min read",
        LEDE,
        SECOND,
    )
    assert result["EU and Japan team up on chips"] is Verdict.HEADLINE
    assert result["Jul 5, 2023 | World | 0 comments"] is Verdict.DATE_HEADER
    assert result["3 min read"] is Verdict.COUNTER
    assert not result["Select Page"].kept and not result["Home"].kept


def test_repeated_headline_lines_go():
    """A headline shown three times is kept once, as the headline, never in the body."""
    headline = "Japan and US to commit to closer chip cooperation"
    result = clean("\n".join([headline, "World", headline, "2min", headline, LEDE, SECOND]))
    assert [line.verdict for line in result if line.text == headline] == [
        Verdict.HEADLINE,
        Verdict.REPEATED,
        Verdict.REPEATED,
    ]


def test_subheadings_between_paragraphs_stay():
    """A short line standing alone between paragraphs is a subheading."""
    result = verdicts(LEDE, "Softer rules for AI", SECOND, THIRD)
    assert result["Softer rules for AI"] is Verdict.SUBHEADING
    # A bullet the page printed makes the line a list's item, not a heading.
    bulleted = verdicts(LEDE, "- Arrowhead bottled water", SECOND, "• A sun hat", THIRD)
    assert bulleted["- Arrowhead bottled water"] is Verdict.LIST_ITEM
    assert bulleted["• A sun hat"] is Verdict.LIST_ITEM
    # A decoration between paragraphs heads nothing.
    assert verdicts(LEDE, "▼", SECOND, THIRD)["▼"] is Verdict.BODY
    # A sentence introducing a list heads nothing; a label with its colon may.
    introducing = "The show opens to the public on Friday. Here are some of the highlights:"
    assert verdicts(LEDE, introducing, SECOND, THIRD)[introducing] is Verdict.BODY
    assert verdicts(LEDE, "Key points:", SECOND, THIRD)["Key points:"] is Verdict.SUBHEADING


def test_short_one_line_paragraphs_stay():
    """A short quote or a two-word sentence inside the body is body text."""
    assert "It didn't." in kept(LEDE, "It didn't.", SECOND)
    assert "“No,” she said." in kept(LEDE, "“No,” she said.", SECOND)


def test_sentences_mentioning_whatsapp_or_newsletters_stay():
    """Long sentences about WhatsApp or a newsletter are part of the story."""
    whatsapp = (
        "Officials said the messages were shared on WhatsApp groups before the vote, "
        "according to the report."
    )
    newsletter = (
        "The company told subscribers in its newsletter that prices would rise next month, "
        "and urged them to sign up early."
    )
    assert kept(LEDE, whatsapp, newsletter, SECOND) == [LEDE, whatsapp, newsletter, SECOND]


def test_sales_contact_and_newsletter_blocks_go():
    """A WhatsApp sales-contact block and a sign-up box after the story are dropped."""
    result = verdicts(
        LEDE,
        SECOND,
        "WhatsApp Online logo",
        "Sales Team",
        "Sales Director - Mr. Jasper Lee WhatApp-Icon",
        "Subscribe To Our Newsletter",
        "Pin It on Pinterest",
    )
    assert result["Sales Team"] is Verdict.CONTACT
    assert result["Subscribe To Our Newsletter"] is Verdict.CALL_TO_ACTION
    assert not any(verdict.kept for text, verdict in result.items() if text not in (LEDE, SECOND))


def test_a_headline_about_sales_is_no_sales_contact():
    """`Sales` heads a contact block as a team or a role; in a headline or a short line
    of the news it is what the report is about."""
    result = verdicts(
        "Home Depot sales miss, shares plunge", LEDE, SECOND, "Sales: +1 555 010 2000"
    )
    assert result["Home Depot sales miss, shares plunge"] is not Verdict.CONTACT
    assert result["Sales: +1 555 010 2000"] is Verdict.CONTACT


def test_captions_go_even_when_glued_to_a_word():
    """Photo credits go, also when a scrape glued them to the image's label."""
    result = verdicts(
        LEDE,
        "semiconductorPhoto: Jane Doe, Example Agency / Images",
        SECOND,
        "Workers at a chip plant in Kumamoto. (Photo by Jane Doe)",
        THIRD,
    )
    assert result["semiconductorPhoto: Jane Doe, Example Agency / Images"] is Verdict.CAPTION
    assert result["Workers at a chip plant in Kumamoto. (Photo by Jane Doe)"] is Verdict.CAPTION


def test_a_picture_agencys_credit_after_a_bar_or_in_brackets_is_a_caption():
    """`Alex Wong | Getty Images` under a photo, `(NASA/JPL-Caltech/ASU)` under an image:
    a picture agency credits photographs only, whatever separates it from the
    photographer; a news agency after a comma may end a byline (`Tom Krisher, AP`)."""
    credits = (
        "Natalie Naccache | Bloomberg | Getty Images",
        "Alex Wong | Getty Images",
        "(NASA/JPL-Caltech/ASU)",
    )
    result = verdicts(LEDE, credits[0], SECOND, credits[1], THIRD, credits[2], SECOND + " Again.")
    assert [result[credit] for credit in credits] == [Verdict.CAPTION] * 3


def test_another_storys_headline_between_the_paragraphs_is_a_teaser():
    """A box of links flattened into the text leaves other stories' headlines between its
    paragraphs: one sharing no word with the article is a teaser; a subheading heads the
    article's own text and shares its words, and a short one or one introducing a list
    may share none."""
    teaser = "Man Shot at Dallas Gas Station Dies at Hospital"
    own = "Tokyo meeting sets chip supply plans"
    short = "What happens next"
    intro = "Here is what the officials promised:"
    result = verdicts(LEDE, teaser, SECOND, own, THIRD, short, SECOND + " Again.", intro, LEDE)
    assert result[teaser] is Verdict.TEASER
    assert result[own] is Verdict.SUBHEADING and result[short] is Verdict.SUBHEADING
    assert result[intro].kept


def test_an_expanded_caption_with_its_less_toggle_is_a_caption():
    """A caption box shown open flattens with its `less` toggle at the end."""
    caption = (
        "Karla Mendes, head of design at Arvo Motors, left, and Tom Beck, unveil the Arvo "
        "SC2 concept at the auto show in Los Angeles on Tuesday, Nov. 19, 2019. less"
    )
    result = verdicts(LEDE, caption, SECOND, THIRD)
    assert result[caption] is Verdict.CAPTION
    assert result[LEDE].kept


def test_a_caption_closing_with_a_cjk_photographers_credit_is_a_caption():
    """`新华社记者 陈志强 摄`, `（高橋健太撮影）`, `(사진=연합뉴스)`: who took the picture."""
    captions = (
        "12月2日，施工人员在隧道内庆祝全线贯通。新华社记者 陈志强 摄",
        "着工が延期される再開発予定地＝30日午後、札幌市中央区（高橋健太撮影）",
        "서울 시내 모습. (사진=연합뉴스)",
    )
    result = verdicts(LEDE, *captions, SECOND, THIRD)
    assert [result[caption] for caption in captions] == [Verdict.CAPTION] * 3
    assert result[LEDE].kept


def test_a_bare_name_repeating_the_text_is_an_image_label():
    """A lone name that the article mentions elsewhere, between paragraphs, is a caption."""
    lede = LEDE.replace("its industry chief", "Thierry Breton")
    assert verdicts(lede, "Thierry Breton", SECOND)["Thierry Breton"] is Verdict.CAPTION


def test_teasers_link_lists_and_bios_go():
    """`Also on X:` teasers, `Also read:` lists, and an author bio are not the story."""
    result = verdicts(
        LEDE,
        "Also on AF: Dutch Restrict Chip Exports",
        SECOND,
        THIRD,
        "Also read:",
        "EU to Discuss Ideas on Guarding Top Tech",
        "Taiwan Asks EU to Deepen Ties",
        "Micron to Spend $3.7bn in Japan",
        "Jane Doe",
        "Jane Doe is a senior editor at Example News. You can write to her at the desk.",
    )
    assert result["Also on AF: Dutch Restrict Chip Exports"] is Verdict.TEASER
    assert result["Also read:"] is Verdict.TEASER
    assert not result["Taiwan Asks EU to Deepen Ties"].kept
    assert (
        result["Jane Doe is a senior editor at Example News. You can write to her at the desk."]
        is Verdict.BIO
    )


def test_wire_credits_and_bylines_go():
    """Bylines and `(Reporting by ...)` credits are metadata, not body text."""
    result = verdicts(
        "By Sam Nussey",
        LEDE,
        SECOND,
        "(Reporting by Sam Nussey; Editing by Jane Doe)",
        "Source: The Japan Times",
    )
    assert result["By Sam Nussey"] is Verdict.BYLINE
    assert result["(Reporting by Sam Nussey; Editing by Jane Doe)"] is Verdict.CREDIT
    assert result["Source: The Japan Times"] is Verdict.CREDIT


def test_trailing_agency_name_is_a_credit():
    """A bare agency name right after the last paragraph is the story's credit."""
    assert verdicts(LEDE, SECOND, "Reuters")["Reuters"] is Verdict.CREDIT


def test_standfirst_is_set_aside_for_the_description():
    """A long first line without a final stop, before the lede, is the standfirst."""
    standfirst = (
        "The move comes as Japan works to revitalise its chip industry and the bloc looks to "
        "reduce its dependence on China"
    )
    result = verdicts("EU and Japan team up on chips", standfirst, LEDE, SECOND)
    assert result[standfirst] is Verdict.STANDFIRST


def test_pages_in_other_scripts_keep_their_body():
    """Japanese and Russian paragraphs are prose by length and sentence end, not by English."""
    japanese = (
        "日本政府は半導体の研究開発で米国との協力を強化すると発表した。関係者が明らかにした。"
    )
    russian = (
        "Правительство Японии объявило о расширении сотрудничества с США в области "
        "полупроводников, сообщили источники."
    )
    assert kept("ニュース", japanese, russian, "メニュー") == [japanese, russian]


def test_no_prose_at_all_keeps_nothing():
    """A page of menu words has no body, and cleaning it does not fail."""
    assert kept("Home", "World", "Business") == []
    assert clean("") == ()


def test_lists_inside_the_body_stay():
    """A run of short sentence-case items between paragraphs is a list of the story."""
    items = ["Drink water 30 minutes before", "Eat within two hours after", "Sleep eight hours"]
    result = verdicts(LEDE, SECOND, *items, THIRD)
    assert all(result[item] is Verdict.LIST_ITEM for item in items)


def test_headline_case_runs_are_link_lists():
    """A run of headline-case lines inside the body is a list of links to other stories."""
    links = [
        "Taiwan Asks Europe to Deepen Ties Before Investments",
        "Micron to Spend Billions Bringing Chipmaking Tech to Japan",
        "China Strains Dominate the Agenda at Summit Talks",
    ]
    result = verdicts(LEDE, SECOND, *links, THIRD)
    assert all(result[link] is Verdict.LINK_LIST for link in links)


def test_comments_never_become_the_article():
    """Readers' comments after a comments heading are dropped, even when they are longer."""
    comment = (
        "I think this is exactly what they should have done years ago, and I said so at the "
        "time to anyone who would listen to me."
    )
    lines = [LEDE, SECOND, "12 Comments", "janedoe", "2 days ago at 07:54 am"]
    lines += [comment.replace("years", f"{n} years") for n in range(2, 6)]
    assert kept(*lines) == [LEDE, SECOND]


def test_inline_related_box_does_not_end_the_article():
    """A `Related articles` box in the middle of a story does not cut the story short."""
    box = ["Related articles", "Protesters Send Defiant Warning", "Students Under Siege"]
    assert kept(LEDE, SECOND, *box, THIRD, SECOND.replace("Tokyo", "Osaka")) == [
        LEDE,
        SECOND,
        THIRD,
        SECOND.replace("Tokyo", "Osaka"),
    ]


def test_opening_paragraphs_above_a_related_box_join_a_long_story():
    """Two paragraphs above an inline box stay, however long the rest of the story."""
    box = ["Related", "Protesters Send Defiant Warning", "Students Under Siege", "Related"]
    rest = [f"{THIRD[:-1]} in part {n}." for n in range(12)]
    assert kept(LEDE, SECOND, *box, *rest)[:3] == [LEDE, SECOND, rest[0]]


def test_a_slip_of_text_between_two_parts_does_not_split_the_story():
    """A one-line teaser inside a trending box is passed over to reach the story's start."""
    slip = "A short teaser about something else entirely that happened today."
    page = [LEDE, SECOND, "Trending News", slip, "Watch", "Share", "Print", THIRD]
    assert LEDE in kept(*page, SECOND.replace("Tokyo", "Osaka"), THIRD.replace("Japan", "Korea"))


def test_a_comments_link_in_a_share_bar_does_not_end_the_page_before_the_story():
    """`Comments` between `Twitter` and `Print` is a link; the story below it is kept."""
    notice = (
        "Quotes are delayed at least fifteen minutes and market data is provided by the "
        "exchange for information only, not for trading purposes or advice."
    )
    page = [notice, "Facebook", "Twitter", "Comments", "Print", "Email", LEDE, SECOND, THIRD]
    assert kept(*page)[-3:] == [LEDE, SECOND, THIRD]


GLUED_DATELINES = (
    "Deportees return home from US NEW DELHI: Nearly 150 Indians returned home on Wednesday.",
    "Schools in the valley reopen KARACHI: All schools and colleges are now open again today.",
)
GLUED_TITLES = (
    "Ford Recalls Pickups Over Loose CablesFord is recalling over 168,000 trucks this week.",
    "Is Violence In Sports On The Rise?Violence is part of the game in many sports today.",
)


@pytest.mark.parametrize("teasers", [GLUED_DATELINES, GLUED_TITLES])
def test_headlines_glued_to_other_stories_ledes_are_teasers(teasers: tuple[str, str]) -> None:
    """`Headline NEW DELHI: lede` or `HeadlineThe lede` lines in a row are a listing."""
    result = verdicts(*teasers, "Share", LEDE, SECOND)
    assert [result[line] for line in teasers] == [Verdict.TEASER, Verdict.TEASER]
    assert result[LEDE].kept


def test_readers_comments_with_author_and_time_never_become_the_article():
    """`NAME says:` over a timestamp heads a comment, however many comments follow."""
    comment = f"{THIRD} {SECOND} {LEDE}"
    thread = []
    for number in range(6):
        thread += [f"reader{number} says:", f"November 19, 2019 at 8:{number}3 am", comment]
    assert kept(LEDE, SECOND, *thread) == [LEDE, SECOND]


def test_a_quote_introduced_with_said_stays():
    """`The company said:` before a quotation is reporting, not a comment header."""
    assert kept(LEDE, "In a statement, the company said:", SECOND, THIRD) == [
        LEDE,
        "In a statement, the company said:",
        SECOND,
        THIRD,
    ]


def test_a_salutation_in_capitals_is_not_a_glued_dateline():
    """Advice columns open letters with `DEAR ABBY:`: those paragraphs are the article."""
    letters = [
        "DEAR ABBY: My husband and I were getting ready to leave after dinner at a restaurant.",
        "DEAR BEATEN UP: There is probably more to this story than what you have written here.",
    ]
    assert kept(*letters, LEDE) == [*letters, LEDE]


def test_a_data_table_in_the_story_stays():
    """Standings or results rows, each a few numbers, are the article's table."""
    rows = [f"{n} Driver Number{n} {5040 - n} {n % 3} {n + 1}" for n in range(1, 9)]
    assert kept("Final standings after 36 races:", LEDE, *rows, SECOND)[-9:] == [*rows, SECOND]


def test_a_tag_cloud_under_a_tags_heading_goes():
    """Twenty-odd topic words without punctuation under `Tags` are a tag list, not prose."""
    cloud = " ".join(f"topic{n}" for n in range(24))
    assert verdicts(LEDE, SECOND, "Tags", cloud)[cloud] is Verdict.TAG_LIST


def test_text_a_page_region_away_never_joins_the_story():
    """A paragraph after dozens of menu lines is the site's footer, not the story's end."""
    menu = [f"Section {n}" for n in range(40)]
    footer = (
        "The Customer Service Center can be contacted with any questions or requests by "
        "telephone or by email, every day of the week from eight in the morning on."
    )
    assert footer not in kept(LEDE, SECOND, *menu, footer)


def test_the_story_under_its_byline_beats_a_longer_sidebar():
    """Stories start below their byline or date; a longer sidebar elsewhere is not the story."""
    sidebar = [f"{THIRD[:-1]} in sidebar item {n}." for n in range(2)]
    page = [*sidebar, "Menu", "Home", "World", "By Jane Doe", "July 5, 2023", LEDE, SECOND]
    assert kept(*page) == [LEDE, SECOND]


TOUR_DATES = [
    "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
    "June 10 -- Credit Union Amphitheatre, Tampa, FL",
    "June 14 -- Bank Amphitheatre, Alpharetta, GA",
]


def test_a_list_the_story_announces_with_a_colon_stays():
    """`The tour dates:` at the end of the story promises the short lines after it."""
    page = [LEDE, SECOND, "The 2020 tour dates:", *TOUR_DATES, "Share", "Most Popular"]
    assert kept(*page) == [LEDE, SECOND, "The 2020 tour dates:", *TOUR_DATES]


def test_an_announced_list_of_related_links_goes():
    """`Related coverage from Money:` announces links to other stories, not the story's list."""
    page = [LEDE, SECOND, "Related coverage from Money:", *TOUR_DATES, "Share"]
    assert kept(*page) == [LEDE, SECOND]


@pytest.mark.parametrize(
    "heading",
    ["Most read in world news", "Você pode gostar...", "Das könnte Sie auch interessieren"],
)
def test_a_heading_over_other_stories_goes_in_its_language_and_forms(heading: str) -> None:
    """A section's `Most read in ...`, a heading trailing off (`Você pode gostar...`): the
    heading and the other stories' headlines under it go."""
    page = [LEDE, SECOND, heading, *TOUR_DATES, "Share"]
    assert kept(*page) == [LEDE, SECOND]
    assert verdicts(*page)[heading] is Verdict.TEASER


def test_a_teaser_line_in_brackets_with_its_preposition_goes():
    """`(Leggi anche su: ...)`: read also, on another site, in brackets after a paragraph."""
    teaser = "(Leggi anche su: I Cavalieri dello Zodiaco: ecco gli attori del film)"
    assert verdicts(LEDE, SECOND, teaser, THIRD)[teaser] is Verdict.TEASER


def test_a_paragraph_printed_twice_over_a_photos_credit_is_its_caption_everywhere():
    """A gallery's layout prints each caption twice over its credit, and again further
    down the page: every copy is the photo's caption; the story's lede is not."""
    caption = (
        "Former Massachusetts Gov. Deval Patrick, left, speaks with a business owner during "
        "a campaign stop, Tuesday, Nov. 19, 2019, in Columbia, S.C."
    )
    credit = "Photo: Meg Kinnard, AP"
    page = [caption, caption, credit, credit, "Image 1 of 5", caption, caption, credit]
    assert kept(*page, LEDE, SECOND, THIRD) == [LEDE, SECOND, THIRD]


def test_headline_case_items_after_a_colon_are_list_items():
    """Inside the story, title-case lines after `dates:` are a list, not links."""
    result = verdicts(LEDE, "The tour dates:", *TOUR_DATES, SECOND, THIRD)
    assert [result[line] for line in TOUR_DATES] == [Verdict.LIST_ITEM] * 3


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Your email address will not be published. Required fields are marked *", "COMMENTS"),
        (
            "Save my name, email, and website in this browser for the next time I comment.",
            "COMMENTS",
        ),
        ("You have reached your limit of free articles this month.", "CALL_TO_ACTION"),
        ("Follow me on Twitter or LinkedIn. Check out my website.", "CALL_TO_ACTION"),
        ("Follow NBC Latino on Facebook, Twitter and Instagram.", "CALL_TO_ACTION"),
        ("Tempo de leitura: 2 minutos", "COUNTER"),
        ("[Related: Salesforce Dreamforce Keynote Draws Protest]", "TEASER"),
        ('[button link="https://example.com/"] Send us YOUR kit review[/button]', "CALL_TO_ACTION"),
        ("Story continues below gallery", "CALL_TO_ACTION"),
        ("Originally published on Live Science.", "CREDIT"),
        ("The views expressed in this article do not necessarily reflect those of X.", "CREDIT"),
        (
            "The views of the public do not necessarily reflect the facts on the ground, she said.",
            "BODY",
        ),
        (
            "Get the day's big stories + fun stuff delivered to your inbox every morning.",
            "CALL_TO_ACTION",
        ),
        ("This sponsored deal is brought to you by Dashlane.", "CREDIT"),
        ("Staff Reports", "CREDIT"),
        ("Follow the money on the ledgers, investigators said, and you find them.", "BODY"),
        ("Protesters outside parliament in London, July 5, 2023. REUTERS/Toby Melville", "CAPTION"),
        ("Pictured: The new factory in Arizona", "CAPTION"),
        ("Above: A WeWork coworking space in San Francisco.", "CAPTION"),
        ("Above all, the company said it would cut costs this year.", "BODY"),
        ("The Associated Press contributed to this report.", "CREDIT"),
        ("（编辑：严玉洁 王辉）", "CREDIT"),
        ("【纠错】 【责任编辑:张樵苏 】", "CREDIT"),
        ("5 min listen", "COUNTER"),
        ("Přeskočit na obsah", "CALL_TO_ACTION"),
        (
            "Vážíme si vašeho soukromí. Vltavský deník a jeho partneři používají soubory cookie "
            "a zpracovávají osobní údaje, aby vám mohli zobrazovat relevantní obsah a reklamu a "
            "měřit návštěvnost. Kliknutím na „Souhlasím“ udělujete souhlas se zpracováním.",
            "CALL_TO_ACTION",
        ),
        (
            "The regulator fined the search company for setting advertising cookies on "
            "users' browsers without their consent, the second such penalty this year.",
            "BODY",
        ),
        ("Zum Inhalt springen", "CALL_TO_ACTION"),
        ("Aller au contenu principal", "CALL_TO_ACTION"),
        ("Shares", "COUNTER"),
        ("Updated 3 hours ago", "COUNTER"),
        ("Promoted stories", "TEASER"),
        ("เรื่องที่เกี่ยวข้อง", "TEASER"),
        ("Baca juga: Harga BBM naik lagi pekan depan", "TEASER"),
        ("More from this author", "TEASER"),
        ("More Must-Reads From TIME", "TEASER"),
        ("このニュースをシェア", "CALL_TO_ACTION"),
        ("공유하기", "CALL_TO_ACTION"),
        ("Loading weather data ...", "CALL_TO_ACTION"),
        ("More Stories From CNN", "TEASER"),
        ("Read more from The Hill", "TEASER"),
        ("Visitor comments Add your comment", "COMMENTS"),
        ("Комментарии", "COMMENTS"),
        ("12 Komentar", "COMMENTS"),
        ("Kommentare (9)", "COMMENTS"),
        ("Citește și: Guvernul a aprobat bugetul pe 2025", "TEASER"),
        ("קראו עוד: הממשלה אישרה את התקציב", "TEASER"),
        ("Luetuimmat", "TEASER"),
        ("Megosztás", "CALL_TO_ACTION"),
        ("แชร์", "CALL_TO_ACTION"),
        ("Tilaa uutiskirje", "CALL_TO_ACTION"),
        ("Comments (12)", "COMMENTS"),
        ("About the author", "BIO"),
        ("Alexia Tsotsis currently works for TechCrunch as a writer. She blogs too.", "BIO"),
        ("Über den Autor", "BIO"),
        ("Continue reading the main story", "CALL_TO_ACTION"),
        ("Available on the App Store", "CALL_TO_ACTION"),
        ("Turn on notifications to get breaking news alerts", "CALL_TO_ACTION"),
        ("Copy link", "CALL_TO_ACTION"),
        ("Manage preferences", "CALL_TO_ACTION"),
        ("Got a news tip?", "CALL_TO_ACTION"),
        ("Send us your tips", "CALL_TO_ACTION"),
        ("Home | Hospital Solutions | Senior Care | Find a partner", "LINK_LIST"),
    ],
)
def test_each_kind_of_furniture_is_named_for_what_it_is(line: str, kind: str) -> None:
    """Comment forms, paywalls, agency captions, app and alert prompts: one line each."""
    assert judge_alone(line) is Verdict[kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "He read the full report on Monday and said the company would respond by Friday.",
        "The app store owner said notifications were down 5% in the quarter, the filing showed.",
        "The rover sent images of the crater, the agency said, crediting NASA/JPL Caltech.",
        "Police said they had received a tip from a neighbour and arrested the man on Monday.",
    ],
)
def test_reporting_that_mentions_furniture_words_stays(sentence: str) -> None:
    """Sentences that merely mention apps, reports or credits are the story's text."""
    assert judge_alone(sentence) is Verdict.BODY


def test_cleaning_a_cleaned_body_keeps_every_line():
    """Lines left in a run of short lines once a repeat between them goes are settled at once."""
    paragraph = "The plant will open next year, officials said on Tuesday in Tokyo."
    page = "\n".join([paragraph, "Read more:", "B", "Chips Are Back In Japan", paragraph])
    first = kept(page)
    assert kept("\n".join(first)) == first


def test_interview_turns_stay_however_short():
    """`Q:` and `A:` lines of an interview are the article's text."""
    qa = ["Q: Favourite book?", "A: Middlemarch.", "Q: Favourite city?", "A: Osaka."]
    assert kept(LEDE, SECOND, *qa, THIRD) == [LEDE, SECOND, *qa, THIRD]


def test_imperative_promotions_go_even_as_sentences():
    """`Subscribe to our newsletter.` addresses the reader; it is not reporting."""
    promo = "Stay up to date with Example. Subscribe to our newsletter."
    assert verdicts(LEDE, SECOND, promo)[promo] is Verdict.CALL_TO_ACTION


def test_a_listing_of_other_stories_is_not_the_article():
    """Blurbs that each stand between a title and a timestamp are a listing, not the story."""
    listing = []
    for n in range(4):
        listing += [
            f"Story number {n} title here",
            f"A blurb about story number {n} that runs for well over eight words here.",
            f"{n + 1}H ago",
        ]
    assert kept(LEDE, SECOND, THIRD, *listing) == [LEDE, SECOND, THIRD]


def test_banners_paywalls_and_promos_go():
    """Cookie banners, paywall teasers, channel-join prompts and app promos are dropped."""
    furniture = [
        "We use cookies to improve your experience on our site. By continuing you accept this.",
        "Subscribe to continue reading. Already a subscriber? Log in.",
        "You have 2 free articles remaining this month.",
        "Join our Telegram channel for the latest updates on this story.",
        "Listen to the podcast on Apple Podcasts or Spotify.",
        "Download the app to get breaking news alerts on your phone.",
        "Advertisement",
    ]
    result = verdicts(LEDE, furniture[0], SECOND, *furniture[1:3], THIRD, *furniture[3:])
    assert all(not result[line].kept for line in furniture), result


FOURTH = (
    "Officials in Brussels said the agreement would be reviewed next year, once both sides "
    "had assessed the first results of the joint monitoring."
)


def test_every_kind_of_furniture_on_one_page_goes():
    """A page with each kind of furniture keeps exactly its four paragraphs."""
    page = [
        "Accept all cookies",
        "We use cookies to personalise content and ads. Read our cookie policy.",
        "Share this article",
        "Facebook",
        "Twitter",
        "Email",
        "EU and Japan agree on chips",
        LEDE,
        "Advertisement",
        SECOND,
        "Workers inspect wafers at a plant in Kumamoto. Photograph: Jane Doe/Reuters",
        "[Photo: Kyodo]",
        "File photo: A chip plant in Taiwan.",
        THIRD,
        "Subscribe to read the full story. Already a subscriber? Sign in",
        FOURTH,
        "Tags: chips, Japan, EU",
        "Most read",
        "Japan’s Chip Ambitions Face a Labour Shortage",
        "Why Europe Wants Its Own Foundries",
        "Taiwan Weighs Its Options After Summit",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Comment *",
        "Name *",
        "Post Comment",
        "Join our WhatsApp channel for breaking news.",
        "Listen to our daily podcast on Spotify.",
        "© 2023 Example Media Ltd. All rights reserved.",
    ]
    assert kept(*page) == [LEDE, SECOND, THIRD, FOURTH]
    result = verdicts(*page)
    assert result["Tags: chips, Japan, EU"] is Verdict.TAG_LIST
    assert result["File photo: A chip plant in Taiwan."] is Verdict.CAPTION
    assert result["© 2023 Example Media Ltd. All rights reserved."] is Verdict.CREDIT


# --- length and sentence shape outweigh cue words -----------------------------------

# What trafilatura returns for a page laid out as a table: the menu cell and the
# article cell flattened into one row, the article's caption and the writer's contact
# line inside it.
TABLE_ROW = (
    "| Home Local Sports Obituaries | Council approves budget after long debate "
    "By Jane Miller, Staff Writer "
    "The city council approved a $4.2 million budget on Tuesday night after a four-hour "
    "debate that stretched past midnight, with members split over road repairs. "
    "Photo: Council members vote on the budget. (Tom Reyes / Staff) "
    '"We have put this off for three years, and the potholes are not going away," said '
    "council member Ana Ruiz, who pushed for the larger repair fund. "
    "The final plan sets aside $1.1 million for streets, up from $600,000 last year, and "
    "trims the parks department's request by about 10 percent. "
    "Residents who spoke were mostly in favour of the road spending, though several "
    "asked the council to keep the summer pool hours. "
    "The budget takes effect July 1. Reach her at jmiller@example.com. |"
)


def test_a_table_row_holding_the_whole_article_is_kept():
    """A row of a hundred words is the article, whatever caption or bio cue it holds."""
    assert judge_alone(TABLE_ROW) is Verdict.BODY
    lines = clean_extracted(TABLE_ROW, "Council approves budget after long debate")
    assert [line.verdict for line in lines] == [Verdict.BODY]


def test_a_paragraph_ending_in_a_photo_credit_is_prose():
    """A long paragraph that ends with the article's image credits is no caption."""
    paragraph = (
        "Now all that is left is to keep every gadget charged through the day, and you "
        "might just make it through the semester with your sanity intact. [Top image: "
        "Jane Doe / Example Photos, Notes image: Studio North / Shutterstock, Calculator: "
        "Ann Lee, Dorm room: Vasin Ray, Readers: Kyle Park, Reference: Dmitry Elk, Maths: "
        "Mathlab, Language: Racorn]"
    )
    assert judge_alone(paragraph) is Verdict.BODY
    # A caption of one sentence and its credit still goes.
    caption = (
        "The oxygen bar pumps purified air to customers through a disposable nasal tube "
        "for a fee. (Photo Credit: PTI File Photo)"
    )
    assert judge_alone(caption) is Verdict.CAPTION


# A Thai report: Thai ends no sentence with a stop, and runs a phrase's words together.
THAI = [
    "ผู้สื่อข่าวรายงานว่าเมื่อวันที่ 21 มกราคม เจ้าหน้าที่ตำรวจได้รับแจ้งว่าพบศพชายไม่ทราบชื่อลอยอยู่ในแม่น้ำโขง"
    " ใกล้กับท่าเรือของอำเภอเมือง",
    "ผลการตรวจดีเอ็นเอยืนยันว่าศพดังกล่าวเป็นคนสนิทของนักเคลื่อนไหวทางการเมืองที่หายตัวไปจากที่พักเมื่อเดือนก่อน",
    "ภรรยาของผู้เสียชีวิตกล่าวว่าได้ทราบข่าวจากบุตรชายแล้ว แต่ยังไม่ขอให้สัมภาษณ์จนกว่าจะได้รับผลการตรวจอย่างเป็นทางการ",
]


def test_paragraphs_without_final_stops_are_the_article():
    """On a page whose paragraphs end with no stop, none is taken for a standfirst."""
    page = ["หน้าแรก", "ข่าว", "ผลดีเอ็นเอยืนยันศพลอยแม่น้ำโขงเป็นคนสนิท", "2019-01-21 13:49", *THAI]
    assert kept(*page) == THAI


# A first paragraph ending with a colon introduces the article's next lines; a photo's
# caption above the lede is a caption: neither is a standfirst (the description).
ANNOUNCING_LEDE = (
    "Google's streaming platform launches today. Is it the future of gaming, or will "
    "it fall flat? Here's what the early reviews say:"
)
TOP_CAPTION = (
    "Spain's Rafael Nadal celebrates a point against Russia's Karen Khachanov during "
    "their Davis Cup match in Madrid, Spain, Tuesday, Nov. 19, 2019. (Manu Fernandez/AP)"
)


@pytest.mark.parametrize(
    ("first", "verdict"), [(ANNOUNCING_LEDE, Verdict.BODY), (TOP_CAPTION, Verdict.CAPTION)]
)
def test_a_first_line_without_a_final_stop_that_is_no_standfirst(first, verdict):
    """The line under the byline that ends in a colon, or a credit, is no standfirst."""
    result = verdicts("Headline Of The Story Here", "By Dana Ross", first, LEDE, SECOND)
    assert result[first] is verdict


def long_rest() -> list[str]:
    """The rest of a long story: twelve paragraphs, each told apart by its witness."""
    return [
        f"{sentence} Witness number {n} told the committee what {word} had seen in July."
        for n, (sentence, word) in enumerate(
            [(THIRD, "she"), (FOURTH, "he"), (SECOND, "they"), (LEDE, "she")] * 3, start=1
        )
    ]


def test_a_lede_under_the_byline_joins_the_article_across_a_box_of_links():
    """The paragraphs under the byline are the story's lede, though a box of related
    links separates them from a much longer rest; the box goes."""
    rest = long_rest()
    box = [
        "Impeachment Inquiry More",
        "Watch live: the ambassador testifies at the hearing",
        "Key moments from Tuesday's testimony",
        "7 key moments from the first hearing",
        "Envoy says he didn't see the link to the investigations",
        "Aides testify about an unusual call",
        "More in Impeachment Inquiry",
    ]
    lede = [
        "Two former officials testified side by side before the committee on Tuesday "
        "about the events at the center of the inquiry, and both defended their work.",
        "The envoy said he had not known of any effort to link aid to an investigation.",
    ]
    page = ["Key moments from the hearing", "By Dana Ross", "November 20, 2019", *lede, *box, *rest]
    assert kept(*page) == [*lede, *rest]


def test_a_short_lede_under_the_date_joins_the_article_across_a_gallery():
    """A tabloid's two-sentence lede (fewer than 40 words) stands under the date, a photo
    gallery's counters and captions between it and the rest: still the story's start."""
    rest = long_rest()
    gallery = [
        "4",
        "Beijing Chaoyang Hospital, where patients from Inner Mongolia sought treatmentCredit: EPA",
        "4",
        "The latest case was reported after a hunter killed and ate a rabbitCredit: Getty",
        "4",
        "Health workers disinfect a ward at the hospital in BeijingCredit: AFP",
        "4",
        "A market in Inner Mongolia where wild rabbits are soldCredit: Reuters",
    ]
    lede = [
        "A HUNTER who killed and ate a wild rabbit in China has been hit by the deadly plague.",
        "The 55-year-old is the third Beijing resident to contract the disease, say officials.",
    ]
    page = ["Hunter diagnosed with plague", "Debbie White", "18 Nov 2019, 19:09", *lede, *gallery]
    assert kept(*page, *rest) == [*lede, *rest]


# A German report as its site prints it: a photo credit, share buttons, a heading over
# other stories, the comments, a legal notice and the publisher's services after it.
GERMAN = [
    "Der Linde-Konzern muss sich von Teilen seines Geschäfts in den USA trennen, damit "
    "die Kartellbehörden die geplante Fusion mit dem Rivalen Praxair genehmigen.",
    "In Beraterkreisen ist von einem Verkauf in Milliardenhöhe die Rede, wie die Zeitung "
    "am Donnerstag unter Berufung auf Insider berichtete.",
    "Für zwei Anlagen in Brasilien hätten mögliche Käufer bereits Interesse bekundet, "
    "hieß es in Industriekreisen. Ein Sprecher wollte sich nicht äußern.",
]


def test_furniture_in_german_goes():
    """Comments, related stories, credits and buttons are furniture in German too."""
    page = [
        "Linde muss Teile des US-Geschäfts verkaufen",
        "23. März 2017, 15:43 Uhr",
        GERMAN[0],
        "Bild: Reuters",
        GERMAN[1],
        "Diesen Artikel teilen:",
        GERMAN[2],
        "Nach oben",
        "Das könnte Sie auch interessieren",
        "Praxair-Fusion: Linde-Chef verteidigt den Zusammenschluss gegen alle Kritik",
        "71 Kommentare",
        "Hinterlasse jetzt einen Kommentar",
        "Warum soll Linde überhaupt verkaufen? Das verstehe ich nicht, die Anlagen "
        "laufen doch seit Jahren gut und bringen dem Konzern viel Geld.",
    ]
    assert kept(*page) == GERMAN
    result = verdicts(*page)
    assert result["Bild: Reuters"] is Verdict.CAPTION
    assert result["Das könnte Sie auch interessieren"] is Verdict.TEASER
    assert result["71 Kommentare"] is Verdict.COMMENTS
    assert result["Hinterlasse jetzt einen Kommentar"] is Verdict.COMMENTS


def test_an_embedded_post_stays_with_its_credit():
    """A tweet quoted in the story, short and ending in its link, is a quotation, not a
    subheading; its credit under it (`— Robert Maguire (@RobertMaguire_) November 18,
    2019`) says who wrote it, though it carries a date."""
    post = "I love that they trademarked it. No one is going to take your slogan. https://t.co/X"
    credit = "— Robert Maguire (@RobertMaguire_) November 18, 2019"
    result = verdicts(LEDE, SECOND, post, credit, THIRD)
    assert result[post] is Verdict.BODY
    assert result[credit] is Verdict.BODY


def test_buttons_in_more_languages_are_calls_to_action():
    """A line that is only a subscribe, share or search button in Estonian, Lithuanian,
    Croatian or Bulgarian is the page's chrome, as `Share` is."""
    for button in ("Telli", "Dalintis", "Podijeli", "Търси"):
        result = verdicts(GERMAN[0], button, GERMAN[1], GERMAN[2])
        assert result[button] is Verdict.CALL_TO_ACTION, button


def test_a_photo_s_credit_is_a_caption_in_more_languages():
    """A caption closing with its photo's credit, labelled in Finnish (`Kuva:`),
    Hungarian (`Fotó:`) or Hebrew (`צילום:`), is the picture's, not the article's."""
    for caption in (
        "Parikymmentä poronhoitajaa osoitti mieltään kunnantalon edessä maanantaina. "
        "Kuva: Laura Nieminen / Lehtikuva",
        "A képviselők a szavazás után a parlament előtt. Fotó: Kovács Anna / MTI",
        "חברי המועצה לאחר ההצבעה. צילום: דנה לוי",
    ):
        assert verdicts(GERMAN[0], caption, GERMAN[1], GERMAN[2])[caption] is Verdict.CAPTION


def test_nothing_after_a_notice_reserving_all_rights_joins_the_article():
    """The publisher's lines after its legal notice are no part of the story."""
    services = (
        "Verlags-Services für Werbung und für Content, das Online-Archiv sowie die "
        "Realisierung und das Hosting der Seiten übernimmt ein Dienstleister des Verlags."
    )
    page = [
        "Linde muss Teile des US-Geschäfts verkaufen",
        *GERMAN,
        "© Handelsblatt GmbH – Alle Rechte vorbehalten.",
        "Impressum",
        "Kontakt",
        services,
    ]
    assert kept(*page) == GERMAN


@pytest.mark.parametrize(
    "furniture",
    [
        "1 Photo of a 1900s coal mine sparks theories 2 Aides left notes for their successors "
        "3 Congressman denies he played the sound on air 4 Two guards to be charged",
        "HOT TOPICS Fraud scam Cabinet shuffle Viral video Election results",
        "Want more deals? Join the Daily Deals Newsletter.",
    ],
)
def test_lists_and_prompts_under_the_headline_are_no_description(furniture):
    """A ranked list of other stories, a trending topics bar or a newsletter prompt
    between the headline and the lede is neither the article nor its description."""
    text = "\n".join(["Home", "News", "EU and Japan agree on chips", furniture, LEDE, SECOND])
    article = article_from_seed(Seed(id="chips", filename="chips.txt", text=text))
    assert furniture not in [line.text for line in article.lines if line.verdict.kept]
    assert article.description == LEDE


def test_sentences_shaped_like_those_lists_are_no_lists():
    """Figures opening a sentence run on in lower case; a headline uses `Trending` as a
    word of its own; neither is a list of links."""
    for line in (
        "1 person died and 2 were hurt while 3 remain missing after the fire on Sunday",
        "Trending stocks fall as investors flee technology shares",
    ):
        assert judge_alone(line) is not Verdict.LINK_LIST


SPANISH = [
    "El fiscal está preparando con el jefe de la Fiscalía Anticorrupción, en Madrid, la "
    "estrategia que seguirá tras el auto dictado por el juez.",
    "El juez señala en el auto que hay indicios claros de que pudo haber cometido delitos "
    "fiscales y de blanqueo de capitales.",
]


def test_a_comments_section_in_spanish_is_cut_off():
    """`Comentar` opens the comments, and a reader's comment stamped `Hace 28 minutos`
    is no part of the story, however long."""
    page = [
        "El fiscal prepara su estrategia",
        "27-06-2012",
        *SPANISH,
        "Comentar",
        "El contenido de los comentarios es la opinión de los usuarios y no la del diario.",
        "Recuerde que usted es responsable de todo lo que escribe en este sitio.",
        "Alcalino",
        "Hace 28 minutos",
        "Vaya comportamiento tan poco ejemplar del fiscal, defiende lo indefendible, como "
        "para que los ciudadanos confíen en la justicia de este país.",
    ]
    assert kept(*page) == SPANISH
    assert judge_alone("Hace 28 minutos") is Verdict.COUNTER
    # A sentence that opens with the same words is no timestamp.
    assert judge_alone("Vor 2 Tagen traf sich der Rat") is not Verdict.COUNTER


def test_a_paywall_notice_in_other_languages_goes():
    """A notice that the rest is for subscribers is no part of the story."""
    for notice in (
        "Cet article est réservé aux abonnés.",
        "［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。",
    ):
        assert judge_alone(notice) is Verdict.CALL_TO_ACTION


def test_a_teaser_with_its_own_byline_inside_the_story_does_not_start_it():
    """`Read Next` over another story's headline, byline and date, set between two
    paragraphs: the article starts under its own byline, and its opening stays."""
    more = (
        "Dozens of business owners and residents of the nearby district spoke against the "
        "location, saying the area already had a high share of the city's services."
    )
    lines = kept(
        "Council backs chip plant",
        "By Dana Ortega",
        "October 3, 2023 9:45 PM",
        LEDE,
        SECOND,
        "Read Next",
        "County jobless count rises 14%, with sharpest jump in the city",
        "By Lauren Pike",
        "September 28, 2023 5:00 AM",
        THIRD,
        more,
        f"{more} They asked the council to wait.",
    )
    assert lines[0] in ("Council backs chip plant", LEDE) and LEDE in lines and more in lines
    assert "By Lauren Pike" not in lines


def test_a_byline_run_into_its_stamps_is_a_date_line_a_caption_saying_posted_is_not():
    """A long line still dates the story when a byline's capitalised words lead to its
    stamps; a caption telling what was posted when is prose."""
    byline = (
        "Jess Whitford | Australian Associated Press Updated July 3 2024 - 9:14am, "
        "first published July 2 2024 - 10:45pm"
    )
    assert judge_alone(byline) is Verdict.DATE_HEADER
    caption = "Posts by his wife, Noelia Paez, posted while in Las Vegas on January 20, 2017"
    assert judge_alone(caption) is not Verdict.DATE_HEADER


@pytest.mark.parametrize("button", ["View all (23)", "See all 12 photos", "3 / 9"])
def test_a_gallerys_button_or_count_between_paragraphs_is_no_subheading(button: str) -> None:
    """`View all (23)` under a gallery's photo between two paragraphs heads nothing."""
    assert verdicts(LEDE, SECOND, button, THIRD)[button] is Verdict.CAPTION


def test_a_box_about_the_writer_the_byline_names_goes_in_its_language():
    """`Über Moritz Bachmann` under the post `Von Moritz Bachmann` wrote, over a paragraph
    about him: his box, not the article. A press release's `About Veltrix Semiconductor`
    names no writer, and stays."""
    bio = "Als Inbound Sales Manager bildet Moritz Bachmann die Schnittstelle zum Vertrieb."
    page = ["Von Moritz Bachmann publiziert am 30. Juli 2018", LEDE, SECOND, THIRD]
    assert kept(*page, "Über Moritz Bachmann", bio) == [LEDE, SECOND, THIRD]
    boiler = "Veltrix Semiconductor designs power chips for cars and has 300 staff in Ohio."
    assert kept(*page, "About Veltrix Semiconductor", boiler)[-1] == boiler


@pytest.mark.parametrize(
    "run_on",
    ["また、その他にも、", "And beyond all that,", "— David McKinley on Sunday, October 13th"],
)
def test_a_short_line_running_on_past_its_comma_heads_nothing(run_on: str) -> None:
    """A short line of an extracted article ending in a comma runs on into the next
    paragraph (`また、その他にも、`, `Also, beyond that,`), and a quotation's signature
    opens with a dash: the text, no subheading."""
    lines = clean_extracted("\n".join([LEDE, run_on, SECOND]), "Headline")
    assert {line.text: line.verdict for line in lines}[run_on] is Verdict.BODY


@pytest.mark.parametrize(
    "caption",
    [
        "The Mexico-U.S. border check point near the Port of Entry in Nogales, Ariz. (AP)",
        "Protesters outside the council offices in Hong Kong on Monday (AP Photo/Kin Cheung)",
    ],
)
def test_a_short_line_closed_by_a_wires_credit_in_brackets_is_a_caption(caption: str) -> None:
    """A photo between paragraphs, captioned and credited `(AP)`: no subheading."""
    assert verdicts(LEDE, SECOND, caption, THIRD)[caption] is Verdict.CAPTION


def test_short_lines_of_an_extracted_article_head_text_or_list_items():
    """Two short lines in a row head nothing (a tour's dates, a shop's products): a list;
    one heading the next paragraph is a subheading; one after the last paragraph heads
    nothing."""
    dates = ["June 9 -- Coral Sky Amphitheatre, West Palm Beach", "June 11 -- MidFlorida Arena"]
    text = "\n".join([LEDE, "The tour", SECOND, *dates, THIRD, "A postscript from the road"])
    found = {line.text: line.verdict for line in clean_extracted(text, "Headline")}
    assert found["The tour"] is Verdict.SUBHEADING
    assert [found[line] for line in dates] == [Verdict.LIST_ITEM] * 2
    assert found["A postscript from the road"] is Verdict.BODY


@pytest.mark.parametrize(
    "notice",
    [
        "저작권자 ⓒ '대중문화컨텐츠 전문가그룹' 엔터미디어(",
        "), 무단전재 및 재배포금지",
        "記事の無断転載を禁じます。",
        "版权所有 新华网",
    ],
)
def test_a_rights_notice_in_korean_japanese_or_chinese_is_a_credit(notice: str) -> None:
    """The circled sign, `copyright holder`, `no copying or redistribution without
    permission` (Korean), `no reproduction without permission` (Japanese), `all rights
    reserved` (Chinese): the site's legal notice, however the extractor split it."""
    assert judge_alone(notice) is Verdict.CREDIT


def test_a_saved_pages_list_under_a_teasers_heading_is_a_list_of_links():
    """An extractor keeps a `More Must-Reads From TIME` box as the article's last list:
    its heading and every item under it, a bulleted question too, are other stories."""
    items = [
        "- The Struggle to Save Lives Inside the Hospitals",
        "- Is Using the Snooze Button Bad for You?",
        "- The Best Inventions of 2023",
    ]
    text = "\n".join([LEDE, SECOND, THIRD, "More Must-Reads From TIME", *items])
    lines = clean_extracted(text, "Headline")
    judged = {line.text: line.verdict for line in lines}
    assert judged["More Must-Reads From TIME"] is Verdict.TEASER
    assert [judged[item] for item in items] == [Verdict.LINK_LIST] * 3
    assert judged[THIRD] is Verdict.BODY


def test_the_last_link_of_a_most_popular_list_is_not_the_articles_lede():
    """`Most Popular` over other stories' links, the last of them a sentence (`MN property
    taxes are on the rise. These maps show where and how much.`), then a hockey report:
    that sentence shares hardly a word with the report, so it is the list's, and the
    article opens under it."""
    links = [
        "St. Paul police chief sought state funding for gunshot-location system",
        "The Dakota County Fair will be free to attend starting next summer",
        "Property taxes are on the rise. These maps show where and how much.",
    ]
    report = [
        "Hours before the winger's two-goal game on Tuesday, the coach said the veteran "
        "always finds a way to start scoring when the team needs him the most.",
        "The coach spoke before the 4-1 win over the Sabres in front of 15,522 fans at the "
        "arena, where the visitors had lost four straight games.",
        "Having scored four times during a three-game streak, the winger is brimming with "
        "confidence, and the power play has found its rhythm again.",
        "His first-period goals gave the team a commanding lead it never gave back, and the "
        "goalkeeper stopped thirty shots to keep the game out of reach.",
    ]
    result = verdicts("Sign up for Newsletters and Alerts", "Most Popular", *links, *report)
    assert result[links[-1]] is Verdict.TEASER
    assert result[report[0]] is Verdict.BODY
