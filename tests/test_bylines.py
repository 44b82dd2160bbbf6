"""Tests for the writers read from a flattened page (digest/metadata/bylines.py): the byline nearest
the headline, what a byline runs its names on into, and the furniture that is no writer
(a menu entry, a photographer's credit, a commenter, another story's writer, a desk)."""

from digest.clean.cleaner import clean
from digest.metadata.bylines import extract_authors
from digest.metadata.credits import plausible_source
from digest.metadata.linecredits import BylinePage, dated_writer
from digest.metadata.writerlines import byline_names
from tests.test_headlines import HEADLINE, LEDE, MENU, SECOND

# Words a page writes in lower case elsewhere: a name never holds them.
ORDINARY = "More stories: any means necessary, learn more about what we see and size of it."


def authors(*lines: str, headline: str | None = HEADLINE) -> tuple[str, ...]:
    """Clean the lines as one page and read its writers under `headline`."""
    return extract_authors(clean("\n\n".join(lines)), headline)


def page(*top: str, after: tuple[str, ...] = ()) -> tuple[str, ...]:
    """A page: the menu, the headline, `top` under it, the article, then `after`."""
    return (*MENU, HEADLINE, *top, LEDE, SECOND, *after)


def test_the_byline_under_the_headline_wins_over_other_stories_and_commenters():
    """Teasers under the article carry their own `By` lines, comments their `Posted by`."""
    lines = page(
        "By Priya Raman",
        "March 3, 2024",
        after=("Why lumber is cheap again", "By Tom Hale", "Posted by: Ohio CPA, 4 Mar 2024"),
    )
    assert authors(*lines) == ("Priya Raman",)


def test_a_menu_entry_above_the_headline_is_no_byline():
    """`Author Or` in a search menu, `Like Follow @site` are far from the headline."""
    lines = ("Author Or", "Like Follow @homenews", *page("By Priya Raman"))
    assert authors(*lines) == ("Priya Raman",)


def test_a_desk_or_an_agency_where_the_byline_stands_credits_no_person():
    """A photographer's `Name, Associated Press` under a desk's credit is no writer; with
    an agency's name there, only the wire's own credit names its reporters."""
    photo = "Al Goldis, Associated Press"
    assert authors(*page("Detroit News wire services", "Nov 19, 2019", photo)) == ()
    assert authors(*page("By World's Editorial Writers", "Nov 18, 2011")) == ()
    assert authors(*page("REUTERS", "19 NOV 2019", "Jane Lee")) == ()
    credit = "(Reporting by Jane Lee; Editing by Chris Reese)"
    assert authors(*page("REUTERS", "19 NOV 2019", after=(credit,))) == ("Jane Lee",)


def test_a_by_line_after_a_desks_credit_still_names_the_writer():
    lines = page("By: CNN Wire", "Posted at 2:42 PM, Dec 30, 2013", "By Leigh Ann Caldwell")
    assert authors(*lines) == ("Leigh Ann Caldwell",)


def test_a_byline_loses_the_date_handle_and_job_it_runs_on_into():
    for byline, names in [
        ("By Seth Fiegerman2014-01-26 21:32:46 UTC", ("Seth Fiegerman",)),
        ("By Chris Pokorny@DawgsByNature Nov 18, 2019, 11:47am EST", ("Chris Pokorny",)),
        ("By Umair Irfan Updated Nov 13, 2019, 10:28am EST", ("Umair Irfan",)),
        ("By PHILLIP RAWLS 10/ 5/11 09:19 PM ET", ("PHILLIP RAWLS",)),
        ("Posted by Maciej Fijalkowski at 5:06 AM", ("Maciej Fijalkowski",)),
        ("Von Moritz Bachmann publiziert am 25. September 2018", ("Moritz Bachmann",)),
        ("By Meg JamesStaff Writer", ("Meg James",)),
        ("By Priya RamanFebruary 3, 2025", ("Priya Raman",)),
        ("By Salman QadirPublished 4 hours ago", ("Salman Qadir",)),
        ("By Margaret OkaforColumnist", ("Margaret Okafor",)),
        ("By MAGGIE HABERMAN & SHIRA TOEPLITZ | 10/9/10", ("MAGGIE HABERMAN", "SHIRA TOEPLITZ")),
    ]:
        assert authors(*page(byline)) == names, byline


def test_by_alone_on_its_line_names_the_writer_on_the_next():
    assert authors(*page("By", "Sarah E. Needleman", "Nov. 19, 2019 8:03 am ET")) == (
        "Sarah E. Needleman",
    )


def test_a_phrase_after_by_is_no_name():
    """Every word of `Any Means Necessary` is one the page writes in lower case."""
    lines = ("By Any Means Necessary", *page(after=(ORDINARY,)))
    assert authors(*lines, headline=None) == ()


def test_a_date_line_that_names_the_writer():
    for line, names in [
        ("Chris Davies - Nov 19, 2019, 10:31 pm CST", ("Chris Davies",)),
        ("Carlos Nadalim 27/09/2018 Comente! Música", ("Carlos Nadalim",)),
        ("Monday November 18, 2019 7:45 am PST by Joe Rossignol", ("Joe Rossignol",)),
        ("Reuters November 18, 2019 11:03 PM", ()),
    ]:
        assert authors(*page(line)) == names, line


def test_a_date_line_naming_the_writer_and_job_is_cut_where_the_author_box_prints_the_name():
    """`Aoife Brennan Health Correspondent Tue 9 Jan 2024 at 06:00`: where the job starts
    is known from the author box under the text, which prints the name alone."""
    box = ("Aoife Brennan", "Health Correspondent")
    lines = page("Aoife Brennan Health Correspondent Tue 9 Jan 2024 at 06:00", after=box)
    assert authors(*lines) == ("Aoife Brennan",)


def test_a_byline_with_job_and_handle_is_cut_where_the_author_box_prints_the_name():
    """`Harriet Quill Crime Correspondent @HarrietQuillBP` over the date; the author box
    prints `Harriet Quill` alone. A standfirst opening with a name so printed is none."""
    box = ("Harriet Quill", "Harriet Quill is the paper's Crime Correspondent.")
    lines = page("Harriet Quill Crime Correspondent @HarrietQuillBP", "12 June 2024", after=box)
    assert authors(*lines) == ("Harriet Quill",)
    standfirst = "Janet Lowther said the money paid for holidays abroad"
    assert authors(*page(standfirst, after=("Janet Lowther",))) == ()


def test_a_wire_that_helped_the_writer_is_no_part_of_the_byline():
    """`Par Claire Fontaine avec AFP`: the writer, helped by the wire; the site's desk with
    the wire (`Par L'Écho du Centre avec AFP`) names no person."""
    assert authors(*page("Par Claire Fontaine avec AFP", "13 mars 2024")) == ("Claire Fontaine",)
    assert authors(*page("By Jane Doe with AP", "March 13, 2024")) == ("Jane Doe",)
    assert authors(*page("Par L'Écho du Centre avec AFP", "13 mars 2024")) == ()


def test_two_writers_with_their_jobs_places_or_wire_after_them():
    """Each writer's job in brackets, the place after `à`, the wire run on after the last
    name: both writers are named, and a wire joined by `and` is still no writer."""
    bylines = {
        "By Sam Ortiz (Senior Reporter) and Ingrid Bergström (Contributing Editor) · 6 min read": (
            "Sam Ortiz",
            "Ingrid Bergström",
        ),
        "Par Mathieu Gagnon-Leclerc et Nadia Benali à Ottawa": (
            "Mathieu Gagnon-Leclerc",
            "Nadia Benali",
        ),
        "By Hannah Castillo and Derek Brandt Associated Press": ("Hannah Castillo", "Derek Brandt"),
        "By Brian Otieno and AFP": ("Brian Otieno",),
        "By Jericho Dela Cruz (@jdelacruz_sulo) and Aira Mae Villanueva (@airamaev)": (
            "Jericho Dela Cruz",
            "Aira Mae Villanueva",
        ),
    }
    for byline, names in bylines.items():
        assert authors(*page(byline, "March 3, 2024")) == names, byline


def test_a_section_or_a_label_before_the_date_is_no_writer():
    """`North Korea` is an entry of the page's menu; `Published` is one word."""
    lines = ("North Korea", *page("North Korea 09:31 August 20, 2019"))
    assert authors(*lines) == ()
    assert authors(*page("Published 11:34 PM EST Nov 19, 2019")) == ()


def test_dated_writer_reads_only_a_person_before_the_date():
    nothing = BylinePage(set(), set(), set(), 0)
    assert dated_writer("Patricio Candia | Palma | 08/01/2014", nothing) == ["Patricio Candia"]
    assert dated_writer("Actualizado domingo 28/10/2012 03:21 horas", nothing) is None
    assert dated_writer("Posted on March 30, 2015 by Admin", nothing) == []
    assert dated_writer("New York, March 5, 2024", nothing) is None


def test_a_name_with_its_handle_is_the_writer():
    assert authors(*page("Natasha Turak@NatashaTurak", "Key Points")) == ("Natasha Turak",)
    assert authors(*page("Catherine Shu @catherineshu / 2 days")) == ("Catherine Shu",)
    over = page("Emma Brockes", "@emmabrockes", "Friday 18 November 2011 18.00 EST")
    assert authors(*over) == ("Emma Brockes",)


def test_a_dashed_byline_signing_the_article_off_names_the_writer():
    """`-- By Michael Russell Follow @tdmrussell` under the text: a dash opens a closing
    byline, and the handle with its `Follow` prompt is no part of the name."""
    closing = page(after=("-- By Michael Russell Follow @tdmrussell", "View/Post Comments"))
    assert authors(*closing) == ("Michael Russell",)


def test_a_name_and_the_wire_it_writes_for():
    lines = page("Tom Davies Associated Press", "Published 11:34 PM EST Nov 19, 2019")
    assert authors(*lines) == ("Tom Davies",)


def test_bylines_in_other_words_and_languages():
    for byline, names in [
        ("Autori: Anna Ūdre (LTV Ziņu dienesta redaktore)", ("Anna Ūdre",)),
        ("Текст: Венера Ерофеева·24 сентября 2018", ("Венера Ерофеева",)),
        ("Analysis by Joan Biskupic, CNN Senior Supreme Court Analyst", ("Joan Biskupic",)),
        ("Andrea Stone Senior Washington Correspondent", ("Andrea Stone",)),
        ("Door Sanne de Vries en Bram Jansen", ("Sanne de Vries", "Bram Jansen")),
        (
            "di Marco Bellini e Giulia Ferraro - 03/05/2024 - 10:30",
            ("Marco Bellini", "Giulia Ferraro"),
        ),
        ("Penulis: Rizky Pratama", ("Rizky Pratama",)),
        ("Words: Thabo Mokoena 04/11/2023 11:02 3 min read", ("Thabo Mokoena",)),
    ]:
        assert authors(*page(byline)) == names, byline


def test_a_writer_line_names_the_writer_before_a_job_or_an_outlet():
    """A separator or the layout's glue ends the name: what follows is the job or the
    outlet (`| Rugby Correspondent`, `· GPB News`, `BriainHealth Correspondent`)."""
    for byline, names in [
        ("Gavin Cummins | Rugby Correspondent", ("Gavin Cummins",)),
        ("Kendra Lavallee · GPB News", ("Kendra Lavallee",)),
        ("Niamh Ó BriainHealth Correspondent", ("Niamh Ó Briain",)),
    ]:
        assert authors(*page(byline, "Tue, 14 Mar 2023, 07:45")) == names, byline


def test_a_job_or_a_description_in_another_language_ends_the_name():
    assert authors(*page("Door Sanne de Wit Verslaggever Ede")) == ("Sanne de Wit",)
    handle = "Tomasz Wiśniewski dziennikarz działu Kraków @t_wisniewski"
    assert authors(*page(handle, "5 lutego 2025, 14:20")) == ("Tomasz Wiśniewski",)


def test_a_labelled_byline_under_the_text_signs_it_off():
    """`Автор: Анна Кузнецова` right under the last paragraph, whatever the cleaner
    called the line, names the writer."""
    text = tuple(f"{SECOND} ({n})" for n in range(6))
    closing = ("Автор: Анна Кузнецова", "аварии отопление ЖКХ", "Поделиться: ВКонтакте")
    assert authors(*page(after=(*text, *closing))) == ("Анна Кузнецова",)


def test_a_byline_runs_on_over_its_lines_with_and():
    """A second writer after `and` on a line of its own, or on a line opening with it,
    past the first writer's job."""
    alone = ("By John Cross", "Chief Football Writer", "and", "Sam Dowd", "Bookmarks")
    assert authors(*page(*alone)) == ("John Cross", "Sam Dowd")
    opening = ("BY DEREK HALVORSEN, BUSINESS EDITOR", "AND MEI-LIN TRAN, RETAIL REPORTER")
    assert authors(*page(*opening, "12 MARCH 2025")) == ("DEREK HALVORSEN", "MEI-LIN TRAN")
    jobs = (
        "By",
        "Sophie Hartley",
        "Traffic and Travel Reporter",
        "Joe Ainsworth",
        "Senior Reporter",
    )
    assert authors(*page(*jobs)) == ("Sophie Hartley", "Joe Ainsworth")


def test_a_list_of_writers_ends_with_its_and():
    """What follows a comma after the last `and` is the outlet or the place."""
    byline = "Por Ana Beatriz Souza e Rafael Menezes, Folha do Cerrado — Goiânia"
    assert authors(*page(byline)) == ("Ana Beatriz Souza", "Rafael Menezes")
    assert authors(*page("By Jane Doe, John Roe and Max Moe")) == (
        "Jane Doe",
        "John Roe",
        "Max Moe",
    )


def test_a_brand_signing_a_sponsored_post_is_no_writer():
    assert authors(*page("By Meridian Brand Content", "Tue, 14 Mar 2023, 07:45")) == ()


def test_a_show_named_after_the_outlet_is_no_writer():
    """`Al Jazeera Correspondent` in the menus is a programme: without a separator or the
    layout's glue, a capitalised job after capitalised words ends no name."""
    assert authors(*page("Al Jazeera Correspondent", "Tue, 14 Mar 2023, 07:45")) == ()


def test_the_photographer_beside_the_writer_wrote_nothing():
    for byline in (
        "By Jack Rutherford Photography by Sarah Nguyen",
        "By Jack Rutherford Fotos: Jens Bauer",
    ):
        assert authors(*page(byline)) == ("Jack Rutherford",), byline


def test_a_label_is_no_name_after_text():
    """`Text Size` is a control: `Text` opens a byline only with its colon."""
    lines = page("Aug 13, 2010 – 4:39 PM", "Text Size", after=(ORDINARY,))
    assert authors(*lines) == ()


def test_a_name_is_cut_where_the_page_prints_it_alone():
    """`WordPress` is the post's category; the author box prints the name alone."""
    lines = page("By Brian Jackson WordPress No Comments", after=("Latest Posts", "Brian Jackson"))
    assert authors(*lines) == ("Brian Jackson",)


def test_a_korean_signature_under_the_article_names_the_writer():
    lines = page(after=("최윤호 기자 uknow@donga.com",))
    assert authors(*lines) == ("최윤호",)


def test_a_byline_under_a_standfirst_kept_as_the_first_line():
    standfirst = "Disney said demand led to some problems as it rolled out its service."
    lines = (*MENU, HEADLINE, standfirst, "By Amy Kuperinsky | NJ Advance Media", LEDE, SECOND)
    assert authors(*lines, headline=None) == ("Amy Kuperinsky",)


def test_a_name_in_a_run_of_names_beside_the_date_is_no_byline():
    """A results table or a menu of columnists lists names one per line; a byline stands
    alone beside the date."""
    results = (
        "Aidan Gantenbein 100 backstroke",
        "Miguel Bernal North Diving",
        "Ben Patton Trinity",
    )
    assert authors(*MENU, *results, "Posted: Fri 6:45 PM, Feb 16, 2018", LEDE, SECOND) == ()
    alone = authors(*MENU, HEADLINE, "Kyle Wiggers", "10:30 AM EDT • August 3, 2024", LEDE)
    assert alone == ("Kyle Wiggers",)


def test_a_name_then_its_place_beside_the_date():
    lines = page("Ángeles Escrivá | Madrid", "Actualizado domingo 28/10/2012 03:21 horas")
    assert authors(*lines) == ("Ángeles Escrivá",)
    assert authors(*page("Home | World", "Nov 19, 2019")) == ()


def test_a_japanese_staff_writers_title_and_a_nickname_in_quotes():
    assert authors(*page("編集委員 中沢克二", "2018/6/20 2:00")) == ("中沢克二",)
    byline = 'By Amanda "Tania Mae" Tan November 19, 2023 7:18 pm'
    assert authors(*page(byline)) == ('Amanda "Tania Mae" Tan',)


def test_a_sections_path_beside_the_headline_is_no_name_and_place():
    lines = (
        *MENU,
        "Hong Kong / Transport",
        HEADLINE,
        "Harvey Lam",
        "Published: 7:15pm, 4 Mar 2024",
    )
    assert authors(*lines, LEDE, SECOND) == ("Harvey Lam",)


def test_writers_one_per_line_are_one_byline():
    """Read upwards from the article, the lowest writer line is found first."""
    writers = ("Helena Strauss, Senior Fellow", "Rajiv Menon, Research Associate")
    lines = (*MENU, HEADLINE, "Last updated: 5 March 2024", "Authors", *writers, "Share")
    assert authors(*lines, LEDE, SECOND, headline=None) == ("Helena Strauss", "Rajiv Menon")


def test_a_company_title_beside_a_name_says_whom_the_story_is_about():
    line = "Introducing Junior Gaspard, New CEO at Experience"
    assert authors(*page(line, "Nov 19, 2019")) == ()


def test_a_name_the_date_line_opens_with_titles_a_column_not_its_writer():
    lines = (*MENU, "Opening Bell", "Opening Bell 11.18.19", LEDE, SECOND)
    assert authors(*lines, headline=None) == ()


def test_a_weak_writer_line_holds_no_word_the_page_writes_in_lower_case():
    """`Photo Credit Associated Press` has a name's shape; `photo` is an ordinary word."""
    lines = page("Photo Credit Associated Press", "Nov 19, 2019", after=("A photo of the plant.",))
    assert authors(*lines) == ()


def test_a_name_and_the_publication_the_page_credits_as_its_original():
    credit = "This article was originally published by Futurism. Read the original article."
    lines = page("VICTOR TANGERMANN, FUTURISM", "18 NOV 2019", after=(credit,))
    assert authors(*lines) == ("VICTOR TANGERMANN",)
    assert authors(*page("NEW DELHI, INDIA", "18 NOV 2019", after=(credit,))) == ()


def test_a_by_line_over_the_headline_wins_over_a_photos_credit_under_it():
    lines = (*MENU, "By Jane Doe", HEADLINE, "John Smith, Associated Press", "Nov 19, 2019")
    assert authors(*lines, LEDE, SECOND) == ("Jane Doe",)


def test_a_place_after_each_writers_name_is_no_writer():
    """`By A, City & B, City`: one word after a full name is where that writer is."""
    assert authors(*page("By Adebayo Olaniyan, Lokoja & Ngozi Eze, Makurdi", "March 3, 2024")) == (
        "Adebayo Olaniyan",
        "Ngozi Eze",
    )


def test_a_sentence_opening_with_by_is_no_byline():
    """A sign-up box's `By subscribing, I agree to ... Privacy Policy` names nobody."""
    consent = (
        "By subscribing, I agree to Example's Terms of Use and acknowledge its Information "
        "Collection Notice and Privacy Policy."
    )
    assert "Privacy Policy" not in " ".join(authors(*page(consent, "March 3, 2024")))
    assert byline_names(consent.removeprefix("By "), set()) is None


def test_additional_reporting_credits_are_not_the_writers():
    """`Additional reporting by X` helps the writers; alone it makes X no writer."""
    lines = page("March 3, 2024", after=("Additional reporting by Elise Marchetti in Brussels.",))
    assert "Elise Marchetti" not in authors(*lines)


def test_a_magazines_label_on_its_own_line_credits_the_names_under_it():
    """`Words` over `Fiona Grant and Samuel Osei`, `Photography` over `Lena Marchetti`:
    the layout set each label apart from its names; only the writing's names wrote."""
    lines = page("Words", "Fiona Grant and Samuel Osei", "Photography", "Lena Marchetti")
    assert authors(*lines) == ("Fiona Grant", "Samuel Osei")
    assert authors(*page("Text by", "Fiona Grant", "Photos", "Lena Marchetti")) == ("Fiona Grant",)


def test_the_employer_after_a_writers_job_is_no_writer():
    """`By A, Chief Strategy Officer, Quillon Cloud`: the company the job is at; a comma
    and an `and` after a job still lead to a second writer."""
    line = "By Marisa Delacroix, Chief Strategy Officer, Quillon Cloud"
    assert authors(*page(line, "October 6, 2026")) == ("Marisa Delacroix",)
    two = "By Jane Doyle, Senior Editor, and John Roe"
    assert authors(*page(two, "October 6, 2026")) == ("Jane Doyle", "John Roe")
    captain = "By Hemi Walker, Club Captain"
    assert authors(*page(captain, "October 6, 2026")) == ("Hemi Walker",)
    # A company's legal form after the comma: the company, no writer and its outlet.
    assert authors(*page("Corvane Therapeutics, Inc. announced today", "October 6, 2026")) == ()


def test_a_newsroom_credit_in_any_language_is_no_writer():
    """`Por Redacción y Alejandro Meza`: the newsroom and one reporter."""
    assert authors(*page("Por Redacción y Alejandro Meza", "19 de febrero de 2025")) == (
        "Alejandro Meza",
    )


def test_a_place_beside_the_date_under_a_by_line_is_no_second_writer():
    """`Written by A` over `New Delhi | Updated: ...`: where A filed from, and when; a
    second writer's line would say `By` too."""
    lines = page("Written by Meera Chandrasekhar", "New Delhi | Updated: August 15, 2025 09:02 IST")
    assert authors(*lines) == ("Meera Chandrasekhar",)
    assert authors(*page("By Priya Raman", "By Tom Hale")) == ("Priya Raman", "Tom Hale")


def test_a_long_name_running_on_into_a_menu_s_city_ends_before_it():
    """`Por Lucía Ferrández Ortega Murcia | EFE` on a page whose menu lists `Murcia`:
    the writer's name has three words, the fourth is where she filed from."""
    lines = ("Murcia", *page("Por Lucía Ferrández Ortega Murcia | EFE", "12/03/2024"))
    assert authors(*lines) == ("Lucía Ferrández Ortega",)
    assert authors(*page("Por Lucía Ferrández Ortega | EFE", "12/03/2024")) == (
        "Lucía Ferrández Ortega",
    )


def test_a_job_opens_at_a_word_the_page_writes_in_lower_case():
    """`Danielle Forsyth Court Reporter` on a page telling what the court heard, `By Tom
    Ashworth Local Democracy Reporter` on one about local matters: no name holds a word
    the page writes in lower case, so the job opens there."""
    court = "The court heard the builder took a deposit from each of the pensioners."
    lines = page("Danielle Forsyth Court Reporter", "14:32, 6 FEB 2024", after=(court,))
    assert authors(*lines) == ("Danielle Forsyth",)
    local = "The local council will decide on the plan next month, officials said."
    lines = page("By Tom Ashworth Local Democracy Reporter", "6 March 2024", after=(local,))
    assert authors(*lines) == ("Tom Ashworth",)
    # Without that evidence the rank still ends the name; the name stays whole otherwise.
    assert authors(*page("By Andrea Stone Senior Washington Correspondent")) == ("Andrea Stone",)


def test_a_writer_over_their_address_and_a_photographer_s_credit():
    """`Karin Lindqvist karin.lindqvist@...` is the writer, as a name over a handle is;
    `Foto Jonas Ek` beside the date is the photographer's credit, its label no name."""
    lines = page(
        "Karin Lindqvist karin.lindqvist@norrlandsposten.se",
        "Foto Jonas Ek",
        "Publicerad 19 januari 2024 00.30 Uppdaterad 19 januari 2024 07.45",
    )
    assert authors(*lines) == ("Karin Lindqvist",)
    assert authors(*page("Foto Jonas Ek", "19 januari 2024 00.30")) == ()


def test_the_company_that_provided_a_release_is_no_writer():
    """`News provided by` over `Corvane Robotics` beside the date: the release's issuer."""
    assert authors(*page("News provided by", "Corvane Robotics", "May 14, 2024, 08:00 ET")) == ()


def test_writers_stacked_under_a_by_label_with_their_glued_jobs():
    """`By` over each writer with the job the layout glued on (`Lachlan PryceProperty
    reporter`), a `Follow` button between them: both are the byline's writers."""
    lines = page(
        "By",
        "Lachlan PryceProperty reporter",
        "Follow",
        "Mei Ling TanEconomics writer",
        "Follow",
        "Updated March 6, 2024 — 5.47pm, first published at 4.30am",
    )
    assert authors(*lines) == ("Lachlan Pryce", "Mei Ling Tan")
    # A name's own inner capital after its prefix is no glue.
    assert authors(*page("Michael McDonald Staff Writer", "March 6, 2024")) == ("Michael McDonald",)


def test_a_release_s_date_label_is_no_writer():
    """`Release Date` over the date of a government release stands where a name would."""
    assert authors(*page("Release Date", "October 3, 2024")) == ()


def test_a_byline_naming_only_an_agency_names_no_writer():
    """`Autor: Hina` (the Croatian agency) is the agency's copy: no person wrote it by name."""
    assert authors(*page("Autor: Hina", "14.11.2024. u 00:35")) == ()
    assert authors(*page("By Reuters", "Nov. 14, 2024")) == ()


def test_a_national_agency_after_the_writer_is_no_part_of_the_name():
    """`Mikko Rantanen STT`: the Finnish News Agency's reporter, as `Jane Doe AP` is."""
    assert authors(*page("Mikko Rantanen STT", "16.9.2024 10:05")) == ("Mikko Rantanen",)


def test_a_share_bar_beside_the_date_is_no_writer():
    """`Condividi Tweet WhatsApp Email` stands where a bare name would; `Last updated`
    after a byline is the date's."""
    assert authors(*page("29 Novembre 2026", "Condividi Tweet WhatsApp Email")) == ()
    # A bar of icons' short forms (WhatsApp, Facebook, X) names no writer and no site.
    assert authors(*page("14.02.24, 10:25", "WA FB X @")) == ()
    assert plausible_source("WA FB") is None
    line = "By Nora Lindahl and Marcus Feld Last updated Dec 2, 2026, 10:45 AM EST"
    assert authors(*page(line)) == ("Nora Lindahl", "Marcus Feld")


def test_a_freelances_outlet_and_a_share_bar_are_no_writers():
    """`TOM REDDAN FOR BEACONSPORT` names Tom Reddan; a share bar where a byline goes
    (`WhatsApp Facebook X Email`) names nobody."""
    byline = "By JAMIE HOLLOWAY and TOM REDDAN FOR BEACONSPORT"
    assert authors(*page(byline)) == ("JAMIE HOLLOWAY", "TOM REDDAN")
    assert authors(*page("By Jane Doe for MailOnline", "March 3, 2024")) == ("Jane Doe",)
    assert authors(*page("WhatsApp Facebook X Email", "March 3, 2024")) == ()


def test_a_columnist_named_over_the_headline_with_who_they_are_is_the_writer():
    """Opinion pages set the columnist over the headline: the headline opens with the
    name, or a line saying who they are (or the name again, their picture's caption)
    stands between. A name alone over a headline is otherwise a kicker's topic."""
    column = f"Mereana Walker: {HEADLINE}"
    lines = (*MENU, "Opinion", "Mereana Walker", column, LEDE, SECOND)
    assert authors(*lines, headline=column) == ("Mereana Walker",)
    bio = "Michelle Au-Yeung is a professor of engineering and adviser on waste policy"
    header = (*MENU, "Letters", "Columnists", "Opinion", "Michelle Au-Yeung", bio, HEADLINE)
    lines = (*header, "Published: 6:30am, 2 Dec 2026", "Share", LEDE, SECOND)
    assert authors(*lines) == ("Michelle Au-Yeung",)
    lines = (*MENU, "Opinion", "Harriet Sloane", "Harriet Sloane", HEADLINE, LEDE, SECOND)
    assert authors(*lines) == ("Harriet Sloane",)
    topic = (*MENU, "Politics", "Steve Mnuchin", HEADLINE, LEDE, SECOND)
    assert authors(*topic) == ()
    followed = (*MENU, "Columnist", "Gideon Marchetti", "Follow", HEADLINE, LEDE, SECOND)
    assert authors(*followed) == ("Gideon Marchetti",)


def test_the_writers_named_under_the_headlines_standfirst_or_on_a_live_blog():
    """The byline stands under the headline's standfirst; a live blog marks whose turn it
    is in small letters (`(now)`, `(earlier)`) or credits its `Live updates by` writers."""
    standfirst = "The retailer cut its outlook for the year as lumber prices fell and storms eased"
    dated = "Wed 25 Nov 2026 15.02 GMT"
    turns = "Alex Crowther (now) and Hannah Bell (earlier)"
    assert authors(*page(standfirst, turns, dated)) == ("Alex Crowther", "Hannah Bell")
    updates = "Live updates by Ollie Rudd and Zara Iqbal"
    assert authors(*page(standfirst, updates, dated)) == ("Ollie Rudd", "Zara Iqbal")


def test_a_month_or_a_weekdays_first_letters_in_a_name_end_no_name():
    """`Mei` is May in Dutch and Indonesian and `Sato` begins like `Saturday`: a month
    ends a byline's name only where a date's number followed it (`Priya Raman February
    3`), and a weekday only as the whole word."""
    assert authors(*page("By Daniel Okonkwo and Mei Sato")) == ("Daniel Okonkwo", "Mei Sato")
    assert authors(*page("By Theresa May")) == ("Theresa May",)
    assert authors(*page("By Priya Raman February 3, 2024")) == ("Priya Raman",)
    assert authors(*page("By Satish Kumar Saturday")) == ("Satish Kumar",)


def test_reporters_labelled_in_chinese_japanese_and_arabic_bylines():
    """`记者 NAME` with a correspondent after it, `記者NAME／PLACE報導` with where it was
    filed, a Japanese name spaced in two, and Arabic's `بقلم:` (by the pen of)."""
    assert authors(*page("江城晚报记者 周晓岚 通讯员 马建国")) == ("周晓岚",)
    assert authors(*page("記者林佳蓉／高雄報導")) == ("林佳蓉",)
    assert authors(*page("記者　森田 彩花")) == ("森田 彩花",)
    assert authors(*page("بقلم: سارة العتيبي")) == ("سارة العتيبي",)
    assert authors(*page("记者 张伟 李娜")) == ()  # two names or one: not read


def test_a_label_that_is_only_ever_a_bylines_may_go_without_its_colon():
    """`Penulis Dian Pratiwi` (Indonesian: writer): the label is no part of the name."""
    assert authors(*page("Penulis Dian Pratiwi, Fajar Santoso")) == (
        "Dian Pratiwi",
        "Fajar Santoso",
    )


def test_a_bare_name_with_a_title_over_its_job_line_is_the_writer_without_it():
    """`Dr Naomi Achterberg` over `Columnist`: she writes as Naomi Achterberg."""
    lines = (*MENU, "Opinion", "Dr Naomi Achterberg", "Columnist", HEADLINE, LEDE, SECOND)
    assert authors(*lines) == ("Naomi Achterberg",)
    vicar = (*MENU, "Opinion", "Rev. Helen Ashworth", "Columnist", HEADLINE, LEDE, SECOND)
    assert authors(*vicar) == ("Helen Ashworth",)


def test_a_names_particles_compiled_by_and_a_spaced_japanese_signature():
    """`van` is written in lower case in the name itself, not as an ordinary word of
    the page; `Compiled by` credits a live page's writers; `佐藤 美咲 記者` is one name."""
    two = "Thandeka Mkhize and Johan van Wyk"
    assert authors(*page(two, "16 Nov 2025", after=("Drive a van to the depot.",))) == (
        "Thandeka Mkhize",
        "Johan van Wyk",
    )
    assert authors(*page("Compiled by Aditi Rao and Sameer Kulkarni")) == (
        "Aditi Rao",
        "Sameer Kulkarni",
    )
    assert authors(*page("佐藤 美咲 記者")) == ("佐藤 美咲",)


def test_a_wire_credited_beside_a_writer_names_no_person():
    """`Marcus Vell and Reuters` under the standfirst, over the date."""
    standfirst = "Regulators will examine whether the company did enough to stop false answers"
    lines = page(standfirst, "Marcus Vell and Reuters", "Published Thu 9 Oct 2025, 10:32 am BST")
    assert authors(*lines) == ("Marcus Vell",)


def test_any_job_word_glued_on_by_the_layout_ends_the_name():
    """`Margaret OkaforColumnist`, `Hugo Pemberton-ValeEconomics Commentator`: one list
    of job words for a job standing apart and one glued on; `Stafford` holds no `Staff`."""
    assert authors(*page("By Margaret OkaforColumnist")) == ("Margaret Okafor",)
    assert authors(*page("By Hugo Pemberton-ValeEconomics Commentator")) == ("Hugo Pemberton-Vale",)
    assert authors(*page("By Anna StaffordSmith")) == ("Anna StaffordSmith",)


def test_a_name_made_with_a_publications_word_beside_the_date_is_the_site():
    """`Premium Times Nigeria` alone beside the date names the site, not a writer."""
    assert authors(*page("Premium Times Nigeria", "November 14, 2025")) == ()
    assert authors(*page("Amaka Nwosu", "November 14, 2025")) == ("Amaka Nwosu",)


def test_a_name_the_pages_addresses_spell_in_lower_case_is_still_a_name():
    """An e-mail address or a handle is written in small letters whatever it spells: the
    writer's address in the bio (`bronte.hollis@…`) does not make the name a phrase."""
    bio = ("Bronte Hollis", "Got a story? Email bronte.hollis@example.com.au or @brontehollis")
    lines = (*page("By Bronte Hollis", "February 14 2024 - 5:30am"), *bio)
    assert authors(*lines) == ("Bronte Hollis",)


def test_a_name_beside_a_date_over_the_headline_is_another_storys_byline():
    """A teaser strip over the headline prints its story's writer beside its date; the
    article's own writer line under the headline is the byline (a `By` over the headline
    would still win, as a photo's credit may stand under it)."""
    teaser = ("Boat fire off the coast: three rescued", "Murat Demirkol · 12 Mart 2024 23:48")
    lines = (*MENU, *teaser, "Ana Sayfa › Gündem", HEADLINE, "Selin Aydoğan | İzmir (AA)")
    lines += ("13 Mart 2024 01:30", LEDE, SECOND)
    assert authors(*lines) == ("Selin Aydoğan",)


def test_a_job_in_small_letters_after_its_capital_is_no_part_of_the_name():
    """`and Rajiv Menon Personal finance correspondent`: the job opens at the capital
    before its small words, as `Felicity Haworth Economics editor`'s does."""
    first, second = (
        "Felicity Haworth Economics editor",
        "and Rajiv Menon Personal finance correspondent",
    )
    lines = page(first, second, "Thu 1 Aug 2024 18.05 BST")
    assert authors(*lines) == ("Felicity Haworth", "Rajiv Menon")


def test_a_name_the_page_writes_after_the_is_no_writer():
    """`By Tessa Rourke, Denver Summit` on a page telling of `the Denver Summit`: the
    club the writer reports for, not a second writer."""
    club = "Tessa Rourke is the Denver Summit's team reporter. This story was produced by the club."
    lines = page("By Tessa Rourke, Denver Summit · Mar 23, 2024", after=(club,))
    assert authors(*lines) == ("Tessa Rourke",)


def test_two_korean_reporters_signing_one_line():
    """`김민준 기자 이서연 기자`: each name before its `기자` (reporter) is a writer."""
    assert authors(*page("김민준 기자 이서연 기자", "2024.09.03 06:00")) == ("김민준", "이서연")


def test_a_bracketed_byline_closing_the_report_names_its_writers():
    """`(By Liu Chia-wei and Evelyn Kao)`, `(Von Jens Behrendt, mit dpa)` under the text:
    the report's writers, the wire that helped aside."""
    assert authors(*page(after=("(By Liu Chia-wei and Evelyn Kao)",))) == (
        "Liu Chia-wei",
        "Evelyn Kao",
    )
    assert authors(*page(after=("(Von Jens Behrendt, mit dpa)",))) == ("Jens Behrendt",)


def test_a_dash_signing_the_text_off_with_a_name_and_a_job_names_the_writer():
    """`— Dana Kessler, Courier staff writer. Contact her at ...` closes the text; a dash
    before a name and no job (a quotation's source) names no writer."""
    signed = "— Dana Kessler, Courier staff writer. Contact her at dkessler@example.com."
    assert authors(*page(after=(signed,)), headline=None) == ("Dana Kessler",)
    quoted = "— Mark Twain, in a letter of 1897."
    assert authors(*page(after=(quoted,)), headline=None) == ()


def test_a_correspondents_from_byline_names_the_writer_and_leaves_the_place():
    """`From Adewale Ogunleye, Ibadan`: a correspondent's byline, as Nigerian and Indian
    papers set it; `From Monday, residents will ...` is a sentence."""
    assert authors(*page("From Adewale Ogunleye, Ibadan")) == ("Adewale Ogunleye",)
    assert authors(*page("From Monday, residents of the city will pay more for water")) == ()


def test_the_outlet_after_a_writers_name_is_no_writer():
    """`By Rachel Teo, Asia Property Journal Published Mar 3`: a syndicated story's byline
    names its writer's outlet; a writer's own surname is no publication's word."""
    assert byline_names("Rachel Teo, Asia Property Journal Published Mar 3, 2025", set()) == [
        "Rachel Teo"
    ]
    assert byline_names("Rachel Teo and Daniel Feld", set()) == ["Rachel Teo", "Daniel Feld"]


def test_buttons_read_as_a_name_in_a_place_are_no_byline():
    """`Search Sign in Subscribe` reads as `Helen Davidson in Taipei`; the cleaner knows
    it for buttons, so the page's writer is the name the byline shows."""
    lines = ("Search Sign in Subscribe", *page("By Priya Raman"))
    assert authors(*lines) == ("Priya Raman",)
    lines = ("Search Sign in Subscribe", *page())
    assert authors(*lines) == ()


def test_a_sites_staff_alone_on_the_byline_is_a_desk():
    """`FleetLine Business Staff` under the headline: the site's desk, no writer; a staff
    writer's line still names its writer."""
    assert authors(*page("FleetLine Business Staff", "March 5, 2024")) == ()
    assert authors(*page("Dana Kessler, Staff Writer", "March 5, 2024")) == ("Dana Kessler",)


def test_a_name_the_layout_glued_to_its_label_is_the_writer():
    """`Written byPriya Natarajan, Health Reporter`: the label's element and the name's
    run together when the page is flattened."""
    assert authors(*page("Written byPriya Natarajan, Health Reporter")) == ("Priya Natarajan",)


def test_a_column_named_for_its_day_beside_a_date_is_no_writer():
    """A list of columns dates each by its name (`Wednesday Notes · October 9, 2024`): a
    column named for the day it runs, not the writer of the page's article."""
    lines = page(
        "October 10, 2024",
        after=(
            "More Columns",
            "The Lagos traffic tax nobody voted for",
            "Wednesday Notes · October 9, 2024",
        ),
    )
    assert authors(*lines) == ()


def test_a_sports_writer_at_the_ground_is_the_byline():
    """`Ciarán Ó Dónaill at Ballyroe Park` under the headline: the writer and the ground,
    as `Helen Davidson in Taipei` is the writer and the city."""
    assert authors(*page("Ciarán Ó Dónaill at Ballyroe Park", "Sun 14 Jul 2024")) == (
        "Ciarán Ó Dónaill",
    )


def test_bylines_labelled_in_more_languages_name_their_writers():
    """`Kirjoittaja:` (Finnish), `Szerző:` (Hungarian), `Oleh` (Malay: by) label bylines."""
    for line, name in (
        ("Kirjoittaja: Mikko Rantanen", "Mikko Rantanen"),
        ("Szerző: Tóth Bence", "Tóth Bence"),
        ("Oleh Ahmad Faizal", "Ahmad Faizal"),
        ("Autor: Andreea Munteanu", "Andreea Munteanu"),  # Romanian, Spanish, Polish, Czech
        ("Deur Annelie Botha", "Annelie Botha"),  # Afrikaans
        ("Avtorica: Maja Kralj", "Maja Kralj"),  # Slovenian
        ("Autorius: Rūta Petrauskienė", "Rūta Petrauskienė"),  # Lithuanian
    ):
        assert authors(*page(line, "12.9.2024")) == (name,), line
    # The date's label in the same line ends the name: `Publicat:` (Romanian: published).
    line = "Autor: Andreea Munteanu Publicat: 14 martie 2024, 00:40"
    assert authors(*page(line, "Distribuie")) == ("Andreea Munteanu",)


def test_a_byline_ending_in_its_time_of_day_is_no_sentence():
    """`... at 11:04 a.m.`: the stop of a time written the AP's way ends no sentence."""
    by = "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m."
    assert authors(*page(by)) == ("Louis Jacobson",)
    # Two writers and the stamp run past a bare byline's length; the stamp names no one.
    two = "By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m."
    assert authors(*page(two)) == ("Matthew Digby", "Minh Do")


def test_a_korean_columnists_title_before_the_name_is_no_part_of_it():
    """`칼럼니스트 박생강 pillgoo9@gmail.com` (columnist, name, address) signing the column
    off; `박생강 칼럼니스트` the other way round."""
    assert authors(*page(after=("칼럼니스트 박생강 pillgoo9@gmail.com",))) == ("박생강",)
    assert authors(*page(after=("박생강 칼럼니스트",))) == ("박생강",)
    # Title then name without an address: a desk's list of its reporters, no signature.
    assert authors(*page(after=("칼럼니스트 박생강",))) == ()


def test_a_firm_or_an_editorial_office_signing_in_japanese_is_no_writer():
    """`by ライトハウス国際特許事務所 ／ 2016.12.01`: a patent firm's blog post; `編集部`
    (the editorial office) is a desk, as `Staff` is."""
    assert authors(*page("by ライトハウス国際特許事務所 ／ 2016.12.01")) == ()
    assert authors(*page("文 / 編集部")) == ()
    assert authors(*page("by 山田太郎 ／ 2016.12.01")) == ("山田太郎",)
