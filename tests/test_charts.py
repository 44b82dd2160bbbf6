"""Tests for the inline SVG bar charts of the overview page."""

import re
import xml.etree.ElementTree as ET

from digest.site.charts import LONGEST_BAR_PERCENT, MAX_LABEL_CHARS, MAX_ROWS, bar_chart

SVG = "{http://www.w3.org/2000/svg}"


def parse(chart: str) -> ET.Element:
    """Parse a chart's markup as XML: it must be well-formed to be inline SVG."""
    return ET.fromstring(chart)


def test_bars_are_proportional_and_labelled():
    """The longest bar has the most items; each bar's width is in proportion, with its count."""
    svg = parse(bar_chart("Per source", [("Reuters", 4), ("AP", 2), ("AFP", 1)], "articles"))[0]
    widths = [float(rect.get("width").rstrip("%")) for rect in svg.iter(f"{SVG}rect")]
    assert widths == [LONGEST_BAR_PERCENT, LONGEST_BAR_PERCENT / 2, LONGEST_BAR_PERCENT / 4]
    texts = [t.text for t in svg.iter(f"{SVG}text")]
    assert texts == ["Reuters", "4", "AP", "2", "AFP", "1"]
    assert svg.get("role") == "img"
    title = svg.find(f"{SVG}title").text
    assert title == "Per source. Reuters: 4 articles; AP: 2 articles; AFP: 1 articles"


def test_colours_come_from_css_not_fixed_values():
    """Every shape is painted with currentColor, so CSS sets it for light and dark."""
    chart = bar_chart("T", [("a", 1)], "x")
    assert set(re.findall(r'fill="([^"]+)"', chart)) == {"currentColor"}
    assert "http" not in chart.replace("http://www.w3.org/2000/svg", "")


def test_long_charts_sum_the_rest_and_long_labels_are_cut():
    """Beyond MAX_ROWS the rest is one "others" row; long labels end in an ellipsis."""
    rows = [(f"tag {i}", 100 - i) for i in range(MAX_ROWS + 5)]
    svg = parse(bar_chart("T", rows, "x"))[0]
    labels = [t.text for t in svg.iter(f"{SVG}text")][::2]
    assert len(labels) == MAX_ROWS
    assert labels[-1] == "6 others"
    long = parse(bar_chart("T", [("x" * 100, 1)], "x"))[0]
    label = next(long.iter(f"{SVG}text")).text
    assert len(label) == MAX_LABEL_CHARS and label.endswith("…")
    assert "x" * 100 in long.find(f"{SVG}title").text


def test_markup_in_labels_is_text():
    """A label full of markup is escaped: the chart stays one well-formed SVG."""
    svg = parse(bar_chart("<b>T</b>", [("<script>x</script>", 1)], "x"))[0]
    assert next(svg.iter(f"{SVG}text")).text == "<script>x</script>"
    assert list(svg.iter("script")) == [] and list(svg.iter(f"{SVG}script")) == []
