"""The learned source model (digest/metadata/source_model.py) and its trainer, on small
real-shaped pages: which names a page offers as its source, and what tells them apart."""

from __future__ import annotations

import numpy as np

from digest.clean.cleaner import clean
from digest.metadata.linemodel import LineModel
from digest.metadata.source_candidates import FEATURE_NAMES, candidates
from digest.metadata.source_model import likeliest_source, load_model, vetted_source
from digest.metadata.train_headlines import Page, choose, train
from digest.metadata.train_sources import pick_veto, vetted_figures
from tests.test_metadata import metadata
from tests.test_sourcing import BODY, BYLINE, HEADLINE

WIRE_LEDE = "TOKYO (Reuters) - " + BODY[0]
SITE_MENUS = (
    "Tri-County Herald",
    *(f"Section {n}" for n in range(1, 40)),
    "Follow Tri-County Herald on Facebook",
    "More from Tri-County Herald",
)


def _lines(*texts: str) -> tuple:
    return clean("\n".join(texts))


def _feature(found: list, key: str, name: str) -> float:
    candidate = next(c for c in found if c.key == key)
    return candidate.features[FEATURE_NAMES.index(name)]


def test_the_weights_on_disk_are_the_codes_features():
    model = load_model()
    assert len(model.weights) == len(FEATURE_NAMES)
    assert 0.0 < model.threshold <= 1.0


def test_a_site_page_carrying_a_wire_offers_the_site_and_the_wire():
    """A site carrying a wire's report names itself in its furniture; the dateline names
    the wire. Both are candidates, the wire marked as standing on a site's page."""
    lines = _lines(*SITE_MENUS, HEADLINE, BYLINE, WIRE_LEDE, *BODY[1:], "Contact us")
    found = candidates(lines, agency="Reuters")
    assert {"tri-county herald", "reuters"} <= {c.key for c in found}
    assert _feature(found, "tri-county herald", "self_referenced") == 1.0
    assert _feature(found, "reuters", "kind_dateline") == 1.0
    assert _feature(found, "reuters", "agency_on_a_site_page") > 0.5
    assert _feature(found, "reuters", "agency_on_a_bare_paste") == 0.0


def test_a_parent_company_in_the_copyright_line_is_marked_as_a_company():
    lines = _lines(*SITE_MENUS, HEADLINE, BYLINE, *BODY, "© 2024 Herald Media Group")
    found = candidates(lines)
    assert _feature(found, "herald media group", "company_copyright") == 1.0
    assert _feature(found, "tri-county herald", "company_copyright") == 0.0


def test_a_bare_wire_paste_offers_the_wire_as_a_paste():
    """A curator's paste of wire copy has no menus: the wire is all the page names."""
    found = candidates(_lines(HEADLINE, WIRE_LEDE, *BODY[1:]), agency="Reuters")
    assert [c.key for c in found] == ["reuters"]
    assert _feature(found, "reuters", "agency_on_a_bare_paste") == 1.0


def test_a_topic_the_headline_names_is_no_site_read_from_lists_and_menus():
    """`More from Saskatchewan` and a menu's `Saskatchewan` over a story headlined about
    Saskatchewan: the story's subject, no site, where nothing else names it."""
    menus = [f"Section {n}" for n in range(1, 12)]
    headline = "Extreme cold warning issued for much of Saskatchewan as wind chills near -50"
    lines = _lines(*menus, "Saskatchewan", headline, *BODY, "More from Saskatchewan")
    assert vetted_source(lines, headline=headline) is None
    assert vetted_source(lines, headline=HEADLINE) == "Saskatchewan"


def test_a_topic_the_article_tells_of_is_no_site_read_from_its_menus():
    """A tech site's menus (`Apple Store`, `Apple Watch`, `Apple Music`) over a deals post
    whose paragraphs tell of Apple's products: the story's subject, not the site."""
    menus = [f"Section {n}" for n in range(1, 12)]
    shop = ("Apple Store", "Apple Watch", "Apple Music", "Apple TV")
    paragraphs = (
        "Today only, Amazon offers Apple's 12-inch MacBook in certified refurbished "
        "condition for $700, nearly $600 off the original price.",
        "Rakuten offers the latest Apple AirPods with the wireless charging case for $150, "
        "down from the usual $199 price tag.",
    )
    told = _lines(*menus, *shop, HEADLINE, *paragraphs, *BODY)
    assert vetted_source(told, headline=HEADLINE) is None
    untold = _lines(*menus, *shop, HEADLINE, *BODY)
    assert vetted_source(untold, headline=HEADLINE) == "Apple"


def test_a_page_naming_no_source_shows_none():
    lines = _lines(HEADLINE, BYLINE, *BODY)
    assert candidates(lines) == []
    assert likeliest_source(lines) is None


def test_the_model_shows_a_name_only_above_its_threshold():
    lines = _lines(HEADLINE, WIRE_LEDE, *BODY[1:])
    cue = FEATURE_NAMES.index("agency_on_a_bare_paste")
    weights = tuple(4.0 if i == cue else 0.0 for i in range(len(FEATURE_NAMES)))
    assert likeliest_source(lines, "Reuters", model=LineModel(weights, 0.9)) == "Reuters"
    assert likeliest_source(lines, "Reuters", model=LineModel(weights, 0.99)) is None


def _page(cue: int, marked: int = 1, right: tuple[int, ...] = (1,)) -> Page:
    """A page of three candidates where only the `marked` one carries the cue."""
    features = np.random.default_rng(cue).random((3, len(FEATURE_NAMES)))
    features[:, cue] = 0.0
    features[marked, cue] = 1.0
    return Page("planted", features, right, ("a", "b", "c"), True)


def test_training_learns_the_cues_for_and_against_a_source():
    """A self-reference marks the site; a company's copyright marks a name that is not."""
    for cue, marked, sign in (("self_referenced", 1, 1.0), ("company_copyright", 0, -1.0)):
        pages = [_page(FEATURE_NAMES.index(cue), marked) for _ in range(20)]
        weights = train(pages)
        assert sign * weights[FEATURE_NAMES.index(cue)] > 0
        assert choose(pages[0], weights)[0] == 1


def test_the_veto_lets_through_the_readings_it_finds_likely():
    """The rules' readings the model finds unlikely are held back, as far as that keeps
    more right sources than it costs: a wrong source shown counts twice."""
    from digest.metadata.train_sources import Labelled

    read = [Labelled(_page(1), False, verdict, True) for verdict in ("right",) * 3 + ("wrong",)]
    probabilities = [0.9, 0.8, 0.6, 0.3]
    veto = pick_veto(read, probabilities)
    assert veto == 0.31
    assert vetted_figures(read, probabilities, veto)["shown wrong"] == 0
    assert vetted_figures(read, probabilities, veto)["shown right"] == 3


def test_a_two_letter_name_stands_only_where_a_page_names_itself():
    """`DW` as the page's masthead is its name; `NY` in a menu's `Follow NY` is not."""
    lines = _lines("DW", "Follow NY", "Germany", "World", HEADLINE, BYLINE, *BODY)
    keys = {c.key for c in candidates(lines)}
    assert "dw" in keys
    assert "ny" not in keys


def test_a_wire_on_a_big_page_that_never_names_its_site_is_marked():
    """A site's saved page whose furniture never names the site leaves its wire alone:
    the reader cannot tell from the page whose it is."""
    menus = tuple(f"Section {n}" for n in range(1, 120))
    found = candidates(_lines(*menus, HEADLINE, WIRE_LEDE, *BODY[1:]), agency="Reuters")
    assert _feature(found, "reuters", "wire_on_a_big_page_naming_no_site") == 1.0
    named = candidates(_lines(*SITE_MENUS, *menus, HEADLINE, WIRE_LEDE), agency="Reuters")
    assert _feature(named, "reuters", "wire_on_a_big_page_naming_no_site") == 0.0


def test_a_notice_naming_its_holder_with_a_company_form_is_marked():
    """`© 2024 Silicon Notes LLC` names a legal owner; `© 2024 Silicon Notes` may be the
    publication's own notice."""
    for notice, marked in (("© 2024 Silicon Notes LLC", 1.0), ("© 2024 Silicon Notes", 0.0)):
        found = candidates(_lines(*SITE_MENUS, HEADLINE, BYLINE, *BODY, notice))
        assert _feature(found, "silicon notes", "held_with_a_company_form") == marked


def test_the_rules_reading_stands_where_the_model_finds_it_likely():
    """A curator's paste of wire copy keeps its wire; where the model finds the rules'
    reading unlikely, the source stays empty rather than wrong."""
    lines = _lines(HEADLINE, WIRE_LEDE, *BODY[1:])
    cue = FEATURE_NAMES.index("agency_on_a_bare_paste")
    agrees = LineModel(tuple(4.0 if i == cue else 0.0 for i in range(len(FEATURE_NAMES))), 1)
    assert vetted_source(lines, "Reuters", model=agrees, veto=0.5) == "Reuters"
    doubts = LineModel(tuple(-4.0 if i == cue else 0.0 for i in range(len(FEATURE_NAMES))), 1)
    assert vetted_source(lines, "Reuters", model=doubts, veto=0.5) is None
    assert vetted_source(_lines(HEADLINE, BYLINE, *BODY), veto=0.0) is None


def test_a_pasted_wire_report_keeps_its_wire_with_the_weights_on_disk():
    page = metadata(HEADLINE, WIRE_LEDE, *BODY[1:])
    assert (page.source, page.source_from) == ("Reuters", "page")


MENUS = tuple(f"Section {n}" for n in range(1, 20))
BIO = "Jane Doe is a reporter at the Valley Courier."


def test_a_writers_employer_alone_is_no_site_pages_source():
    """On a site's page a bio's employer may be the outlet a syndicated writer works
    for, not the site carrying them: alone it is not shown. In a curator's paste, with
    no site around the report, it is; so it is where the page also opens with it."""
    site_page = _lines(*MENUS, HEADLINE, BYLINE, *BODY, BIO, "Privacy Policy")
    assert vetted_source(site_page, veto=0.0) is None
    assert vetted_source(_lines(HEADLINE, *BODY, BIO), veto=0.0) == "Valley Courier"
    mastheaded = _lines("Valley Courier", *MENUS, HEADLINE, BYLINE, *BODY, BIO)
    assert vetted_source(mastheaded, veto=0.0) == "Valley Courier"


def test_a_copyright_holder_alone_is_no_site_pages_source():
    """`© 2024 X` on a site's page names its owner as often as the site (`AOL` under
    Engadget): a holder no other place of the page names is not shown."""
    held = _lines(*MENUS, "Westbrook Ledger", HEADLINE, BYLINE, *BODY, "© 2024 Westbrook Ledger")
    assert vetted_source(held, veto=0.0) is None


def test_a_network_owner_opening_the_page_and_holding_its_rights_is_not_shown():
    """A network bar opens the page with its owner's name (`Harbor`), whose notice
    gives it a company's form (`© 2011 Harbor Inc.`), over a site the page never names
    as its own: no source, rather than the owner. The same page with the site's own
    notice (no company form) names the site."""
    menus = ("Harbor", "Mail", "Gadget Log", *MENUS)
    owned = _lines(*menus, HEADLINE, BYLINE, *BODY, "© 2011 Harbor Inc. All rights reserved.")
    assert vetted_source(owned, veto=0.0) is None
    own = _lines(*menus, HEADLINE, BYLINE, *BODY, "© 2011 Harbor. All rights reserved.")
    assert vetted_source(own, veto=0.0) == "Harbor"


def test_an_owners_company_name_is_never_shown_as_the_source():
    """`Support American Public Media`, `More from American Public Media`: the page's
    furniture names the owner in two kinds of place, as a site names itself, but a name
    shaped as a company's (`Media`, `Group`, `Holdings`, `Inc.`) is the owner's, not the
    publication a reader knows; the source stays empty. The same page naming itself
    `Tri-County Herald` keeps it."""
    owner = (
        "Home",
        *(f"Section {n}" for n in range(1, 40)),
        "Support American Public Media",
        "More from American Public Media",
    )
    page = metadata(*owner, HEADLINE, BYLINE, *BODY)
    assert page.source is None
    named = metadata(*SITE_MENUS, HEADLINE, BYLINE, *BODY)
    assert named.source == "Tri-County Herald"


def test_training_records_what_the_stage_hands_the_reading_whatever_its_options():
    """The trainer records the metadata stage's call to the source reading; an option the
    stage passes by keyword (`headline`) reaches the reading and stays out of the record."""
    from digest.metadata import extract
    from digest.metadata.train_sources import _recording

    calls: list[tuple] = []
    with _recording(calls):
        metadata(HEADLINE, *BODY)
    assert calls and all(len(call) == 4 for call in calls)
    assert extract.vetted_source is vetted_source
