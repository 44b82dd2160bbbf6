"""Tests for the text measures the cleaner and the metadata stage share."""

from digest.text import (
    ends_like_sentence,
    first_sentences,
    headline_text,
    is_breadcrumb,
    is_name_like,
    normalise,
    strip_headline_decoration,
    word_weight,
)


def test_word_weight_counts_cjk_characters_in_pairs():
    """Japanese text without spaces still has a length in words."""
    assert word_weight("半導体の協力を強化する") == 11 / 2
    assert word_weight("three plain words") == 3


def test_sentence_end_looks_past_closing_quotes():
    """A quote that ends a paragraph still ends like a sentence."""
    assert ends_like_sentence("“We made it very clear we just want to de-risk,” Breton said.")
    assert ends_like_sentence("He called them “a little too strict.”")
    assert ends_like_sentence("日本は協力する。")
    assert not ends_like_sentence("Softer Japanese AI rules")


def test_name_like_lines():
    """One to four capitalised words read as a name; a phrase with lower-case words does not."""
    assert is_name_like("Thierry Breton")
    assert is_name_like("Reuters")
    assert not is_name_like("Softer Japanese AI rules")
    assert not is_name_like("Ursula von der Leyen Said Today")


def test_normalise_drops_invisible_characters_and_collapses_space():
    """Zero-width characters and runs of spaces do not survive."""
    assert normalise("  Sales\u200b  Director -\u00a0Mr.  Lee ") == "Sales Director - Mr. Lee"
    # The joiners are spelling: Persian `می‌شود` (is done) keeps its non-joiner.
    assert normalise("بازگشایی می\u200cشود") == "بازگشایی می\u200cشود"


def test_headline_decoration_is_removed():
    """`date YYYY-MM-DD` prefixes and `| Site` suffixes are not part of a headline."""
    assert strip_headline_decoration(" date 2023-05-26 Japan and US agree") == "Japan and US agree"
    assert strip_headline_decoration("Chips deal signed | The Daily") == "Chips deal signed"


def test_first_sentences_keeps_whole_sentences():
    """A description is cut at a sentence end, keeping a closing quote with its sentence."""
    text = "“It is done,” he said. " + "More words follow here. " * 30
    assert first_sentences(text, limit=60) == "“It is done,” he said. More words follow here."
    assert first_sentences("One long sentence without end", limit=10) == (
        "One long sentence without end"
    )


def test_word_weight_counts_scripts_without_spaces_by_characters():
    """Thai and Burmese run a phrase's words together: a long Thai sentence is long."""
    thai = "ผู้สื่อข่าวรายงานว่าเจ้าหน้าที่ตำรวจได้รับแจ้งว่าพบศพลอยอยู่ในแม่น้ำโขง"
    assert word_weight(thai) == len(thai) / 4
    assert word_weight(thai) >= 15


def test_sentence_ends_of_other_scripts():
    """Burmese, Urdu, Ethiopic and Armenian write their own full stops."""
    for sentence in ("တရားရုံးက ချမ်းသာခွင့်ပေးခဲ့တယ်။", "حکومت نے اعلان کیا۔", "ስብሰባው ተጠናቀቀ።"):
        assert ends_like_sentence(sentence)


def test_first_sentences_are_not_cut_at_abbreviations():
    """A title, a month or an initialism ends no sentence: the description reads on."""
    lede = (
        "South Dakota Gov. Kristi Noem defended the state's new anti-drug campaign on "
        "Tuesday after the U.S. Senate's leaders mocked its slogan. Critics disagreed."
    )
    assert first_sentences(lede, limit=120) == lede.removesuffix(" Critics disagreed.")
    assert first_sentences(
        "A man threatened to kill Rep. Ilhan Omar, D-Minn., in March. He pleaded guilty.", limit=40
    ) == ("A man threatened to kill Rep. Ilhan Omar, D-Minn., in March.")
    # Before a word in lower case a stop ends nothing; a stop after a word does.
    assert first_sentences("Sales rose approx. ten percent. Costs fell.", limit=20) == (
        "Sales rose approx. ten percent."
    )


def test_a_breadcrumb_glued_onto_the_headline_is_cut():
    """`HomeLatest NewsHeadline`: a trail's links flattened with no space between them.
    A headline opening with `Home` words (`Home Depot`, `Homeowners`) or holding a
    name with inner capitals (`McDonald's`, `iPhone`) keeps them."""
    assert (
        headline_text("HomeLatest NewsNollywood Actress, Kate Henshaw Is Looking Stunning")
        == "Nollywood Actress, Kate Henshaw Is Looking Stunning"
    )
    assert headline_text("HomeNewsMcDonald's opens 500 stores") == "McDonald's opens 500 stores"
    for kept in ("Home Depot sales miss", "Homeowners face higher rates", "Apple's iPhone sales"):
        assert headline_text(kept) == kept


def test_a_trail_ending_in_the_headline_leaves_the_headline():
    """`Головна › Новини › Headline`: the trail's last link is the article's headline;
    a trail of section names alone stays as it is."""
    headline = "У Вінниці відкрили перший в області центр реабілітації для ветеранів"
    assert headline_text(f"Головна › Новини › {headline}") == headline
    assert headline_text("Home > News > Local") == "Home > News > Local"


def test_a_trail_with_the_wide_marks_of_chinese_and_japanese_pages_is_a_breadcrumb():
    """`トップ ＞ 福井 ＞ 北陸新幹線` is a trail of sections, as `Home > News > Local` is."""
    assert is_breadcrumb("トップ ＞ 福井 ＞ 北陸新幹線")
    assert is_breadcrumb("Home > News > Local")


def test_a_headline_second_half_after_a_dash_is_kept():
    """A dash before `And They're Not Great` goes on with the headline: a clause that
    opens with a conjunction or holds a verb's contraction names no site. A real site
    after the dash is still cut."""
    whole = "The Early Reviews For Stadia Are Here — And They're Not Great"
    assert headline_text(whole) == whole
    assert headline_text("Bank Raises Rates — But Markets Shrug") == (
        "Bank Raises Rates — But Markets Shrug"
    )
    assert headline_text("Bank raises rates | The Guardian") == "Bank raises rates"
    assert headline_text("Bank raises rates – Barron's") == "Bank raises rates"
