"""Tests for the evidence a tag needs: a country as a state, not a place or a market.

The shipped taxonomy's country entries are checked on sentences shaped like the real
pages they come from (tests/labels/tags/README.md gives the rule the labels follow): a
product column's US market, an interview's US box office, a German report of a firm's
US business, a Korean firm's list of countries, a storm over the eastern United States.
"""

from pathlib import Path

import pytest

from digest.tags.taxonomy import Taxonomy, load_taxonomy, tags_for

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def shipped() -> Taxonomy:
    """The project's own taxonomy.yml."""
    return load_taxonomy(ROOT / "taxonomy.yml")


def countries(taxonomy: Taxonomy, headline: str, body: str) -> set[str]:
    """Return the country and bloc tags the article gets."""
    states = {"China", "Japan", "United States", "Netherlands", "Taiwan", "South Korea", "Russia"}
    return set(tags_for(taxonomy, headline, body)) & states


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Here Comes Apple's Real TV",
            "Apple has a plan for the living room.\n"
            "The typical U.S. consumer watches 5 hours of TV a day, according to Nielsen.\n"
            "Comcast, the leading U.S. cable system, lost 275,000 subscribers.\n"
            "The TV ad spend in the U.S. totaled $70 billion in 2010.",
        ),
        (
            "Kristen Wiig has had the kind of summer one might imagine",
            "We are in the tearoom of a hotel in Tribeca.\n"
            "She was known to US audiences as a cast member of Saturday Night Live.\n"
            "The film had grossed more than $150m in the US by midsummer.",
        ),
        (
            "Linde Gasekonzern muss Teile des US-Geschäfts verkaufen",
            "Der Linde-Konzern muss sich von Teilen seiner US-Aktivitäten trennen.\n"
            "Beim Geschäft mit Industriegasen kommt Linde in den USA auf zwei Milliarden Dollar.",
        ),
        (
            "[CEO&]창의적 열정과 소통, 초일류 시험인증 기업이 간다",
            "경기도 용인에 자리 잡은 민간 시험인증 전문기업.\n"
            "유럽연합(EU) 미국 중국 브라질 등 전 세계 180여 개 국가의 표준 시험과 "
            "인증시스템을 구축했다.\n"
            "일본, 중국 등의 인접국가로부터도 상당한 시험, 인증 수주가 예상되고 있다.",
        ),
    ],
)
def test_a_country_as_a_market_or_an_audience_is_no_tag(shipped, headline, body):
    """A country named as a market, an audience or one of a firm's many countries, in an
    article with no word of government or politics, is where the story happens: no tag."""
    assert countries(shipped, headline, body) == set()


def test_a_country_as_a_state_keeps_its_tag(shipped):
    """The same names beside a word of government (in the article's language) tag it."""
    assert countries(
        shipped,
        "US consumers cut back",
        "Retail sales fell in March.\nThe U.S. government said spending would recover.",
    ) == {"United States"}
    summit = "外国专家：中美合作共赢符合国际社会利益"
    assert countries(shipped, summit, "中国从未想过构建一个没有美国的多极世界秩序。") == {
        "China",
        "United States",
    }
    korea = (
        "경기도 용인에 자리 잡은 민간 시험인증 전문기업.\n"
        "유럽연합(EU) 미국 중국 브라질 등 전 세계 국가의 표준 시험.\n"
        "중국 정부는 새 규격을 발표했다."
    )
    assert countries(shipped, "시험인증 기업", korea) == {"China"}


def test_a_capital_in_a_dateline_names_its_state_beside_its_agencies(shipped):
    """A Xinhua report from Beijing on China's national agencies is about China's state,
    though it never writes 中国: the capital, in Chinese, counts beside 国家 (national)."""
    body = (
        "新华社北京11月17日电 记者17日从国家卫生健康委获悉，相关部门持续优化短缺药品监测预警。\n"
        "国家药监局持续采集短缺药品生产供应及停产报告信息。"
    )
    assert countries(shipped, "短缺药品保供稳价 全力保障临床用药需求", body) == {"China"}


def test_a_region_of_a_country_is_no_mention_of_it(shipped):
    """`the eastern United States` in a weather story is a stretch of land, not the
    state: a compass word before a name makes it a region, whatever the article's words
    of government (here the Federal Aviation Administration's)."""
    body = (
        "(CNN) -- A winter storm struck much of the eastern United States on Wednesday.\n"
        "Delays at Newark averaged an hour, according to the Federal Aviation Administration.\n"
        "Snow is also forecast across northern Japan and Southern China this week."
    )
    assert countries(shipped, "Tomorrow will be a quieter day", body) == set()
    body = body.replace("the eastern United States", "the United States")
    assert countries(shipped, "Tomorrow will be a quieter day", body) == {"United States"}


def test_a_newspaper_or_a_company_named_after_a_country_is_no_mention_of_it(shipped):
    """USA Today and the South China Morning Post report; Taiwan Semiconductor
    Manufacturing and Tokyo Electron make chips and chip tools: each names a paper or a
    firm, not the state."""
    body = (
        "The government's new rules were first reported by USA Today.\n"
        "Taiwan Semiconductor Manufacturing Co said sales rose, the South China Morning Post "
        "reported.\n"
        "USA Today and the South China Morning Post both cited Taiwan Semiconductor "
        "Manufacturing's chief executive.\n"
        "Tokyo Electron shares rose 3%.\nTokyo Electron did not comment."
    )
    assert countries(shipped, "Chip sales climb", body) == set()


def test_us_in_a_line_set_in_capitals_is_the_pronoun(shipped):
    """`FOLLOW US` and `CONTACT US` kept at the foot of a report on a government's rules
    are calls to the reader, not the United States."""
    body = (
        "The government published its new rules on Monday.\n"
        "FOLLOW US ON TWITTER FOR MORE NEWS\n"
        "CONTACT US: newsroom@example.com"
    )
    assert countries(shipped, "Rules published", body) == set()
