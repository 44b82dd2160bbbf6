"""Read a calendar date written the ways news pages write them, in several languages.

`Jul 5, 2023`, `5 July 2023`, `2023-05-26 | 03:40`, `12. März 2024`, `23 мая 2023`,
`2023年9月1日`, `송고2023-11-01`: each becomes `2023-07-05`-style ISO 8601. Only a
full date counts: a weekday or a date without a year is not a publication date, and
an impossible date (30 February) is no date at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

# Month names and their common abbreviations (English, German, French, Spanish,
# Italian, Dutch, Portuguese, Indonesian, Arabic), and the genitive forms Russian dates use.
# Spanish, Portuguese and Italian abbreviate months their own way (`02 Ago 2017`, `5 dic
# 2024`, `3 out 2023`): read only beside a day and a year, as every name here is.
# Compared case-folded (`Δεκεμβρίου` as `δεκεμβρίου`).
_MONTH_NAMES = (
    "jan january januar janvier janv enero gennaio januari janeiro ene gen января январь يناير",
    "feb february februar février fevrier févr fevr febrero febbraio februari fevereiro "
    "февраля февраль فبراير",
    "mar march märz maerz mars marzo maart março maret марта март مارس",
    "apr april avril avr abril aprile abr апреля апрель أبريل",
    "may mai mayo maggio mei maio mag мая май مايو",
    "jun june juni juin junio giugno junho giu июня июнь يونيو",
    "jul july juli juillet juil julio luglio julho lug июля июль يوليو",
    "aug august août aout agosto augustus agustus ago августа август أغسطس",
    "sep sept september septembre septiembre settembre setembro set сентября сентябрь سبتمبر",
    "oct october oktober octobre octubre ottobre outubro out ott октября октябрь أكتوبر",
    "nov november novembre noviembre novembro ноября ноябрь نوفمبر",
    "dec december dezember décembre decembre déc diciembre dicembre dezembro desember dic dez "
    "декабря декабрь ديسمبر",
)
# Polish (the genitive dates use, `5 lutego 2025`, and the nominative) and Turkish.
_MORE_MONTH_NAMES = (
    "stycznia styczeń ocak",
    "lutego luty şubat",
    "marca marzec mart",
    "kwietnia kwiecień nisan",
    "maja maj mayıs",
    "czerwca czerwiec haziran",
    "lipca lipiec temmuz",
    "sierpnia sierpień ağustos",
    "września wrzesień eylül",
    "października październik ekim",
    "listopada listopad kasım",
    "grudnia grudzień aralık",
)
# Ukrainian, Czech (their genitives), Catalan, Hungarian, Greek (genitive), Romanian,
# Danish and Norwegian, Finnish (the partitive dates use), Hindi.
_OTHER_MONTH_NAMES = (
    "січня ledna gener január ιανουαρίου ianuarie tammikuuta जनवरी",
    "лютого února febrer február φεβρουαρίου februarie helmikuuta फ़रवरी फरवरी",
    "березня března març március μαρτίου martie marts maaliskuuta मार्च",
    "квітня dubna április απριλίου aprilie huhtikuuta अप्रैल",
    "травня května maig május μαΐου toukokuuta मई",
    "червня června juny június ιουνίου iunie kesäkuuta जून",
    "липня července juliol július ιουλίου iulie heinäkuuta जुलाई",
    "серпня srpna agost augusztus αυγούστου elokuuta अगस्त",
    "вересня září setembre szeptember σεπτεμβρίου septembrie syyskuuta सितंबर सितम्बर",
    "жовтня října octubre október οκτωβρίου octombrie lokakuuta अक्टूबर",
    "листопада listopadu novembre noiembrie νοεμβρίου marraskuuta नवंबर नवम्बर",
    "грудня prosince desembre decembrie δεκεμβρίου joulukuuta दिसंबर दिसम्बर",
)
# Austrian German's `Jänner`, Malay, and Thai (its names and their dotted abbreviations).
_FURTHER_MONTH_NAMES = (
    "jänner jän มกราคม ม.ค.",
    "กุมภาพันธ์ ก.พ.",
    "mac มีนาคม มี.ค.",
    "เมษายน เม.ย.",
    "พฤษภาคม พ.ค.",
    "มิถุนายน มิ.ย.",
    "julai กรกฎาคม ก.ค.",
    "ogos สิงหาคม ส.ค.",
    "กันยายน ก.ย.",
    "ตุลาคม ต.ค.",
    "พฤศจิกายน พ.ย.",
    "disember ธันวาคม ธ.ค.",
)
# Marathi, Bengali, Tamil, Malayalam and Urdu (May's two-letter names are left out: a
# month's name has three letters at least).
_SOUTH_ASIAN_MONTH_NAMES = (
    "जानेवारी জানুয়ারি ஜனவரி ജനുവരി جنوری",
    "फेब्रुवारी ফেব্রুয়ারি பிப்ரவரி ഫെബ്രുവരി فروری",
    "মার্চ மார்ச் മാർച്ച് مارچ",
    "एप्रिल এপ্রিল ஏப்ரல் ഏപ്രിൽ اپریل",
    "മേയ് مئی",
    "জুন ஜூன் ജൂൺ جون",
    "जुलै জুলাই ஜூலை ജൂലൈ جولائی",
    "ऑगस्ट আগস্ট ஆகஸ்ட் ഓഗസ്റ്റ് اگست",
    "सप्टेंबर সেপ্টেম্বর செப்டம்பர் സെപ്റ്റംബർ ستمبر",
    "ऑक्टोबर অক্টোবর அக்டோபர் ഒക്ടോബർ اکتوبر",
    "नोव्हेंबर নভেম্বর நவம்பர் നവംബർ نومبر",
    "डिसेंबर ডিসেম্বর டிசம்பர் ഡിസംബർ دسمبر",
)
# Croatian (genitive; October's `listopada` is Polish November's, left to it), Slovak and
# Slovenian (genitive), Bulgarian, Lithuanian (genitive), Estonian, Georgian, Filipino,
# Afrikaans.
_EUROPEAN_AND_OTHER_MONTH_NAMES = (
    "siječnja januára januarja януари sausio jaanuar იანვარი enero januarie",
    "veljače februára februarja февруари vasario veebruar თებერვალი pebrero februarie",
    "ožujka marec март kovo märts მარტი marso maart",
    "travnja apríla aprila април balandžio aprill აპრილი abril",
    "svibnja mája май gegužės მაისი",
    "lipnja júna junija юни birželio juuni ივნისი hunyo junie",
    "srpnja júla julija юли liepos juuli ივლისი hulyo julie",
    "kolovoza augusta avgusta avgust август rugpjūčio აგვისტო agosto augustus",
    "rujna septembra септември rugsėjo სექტემბერი setyembre",
    "októbra oktobra октомври spalio oktoober ოქტომბერი oktubre",
    "studenoga studenog novembra ноември lapkričio ნოემბერი nobyembre",
    "prosinca decembra декември gruodžio detsember დეკემბერი disyembre desember",
)
MONTHS = {
    name: number
    for number, names in enumerate(
        zip(
            _MONTH_NAMES,
            _MORE_MONTH_NAMES,
            _OTHER_MONTH_NAMES,
            _FURTHER_MONTH_NAMES,
            _SOUTH_ASIAN_MONTH_NAMES,
            _EUROPEAN_AND_OTHER_MONTH_NAMES,
            strict=True,
        ),
        1,
    )
    for name in " ".join(names).split()
}
# Thai dates count years in the Buddhist era, 543 ahead (`15 ม.ค. 2567` is 15 January
# 2024); no news page dates a story in a Gregorian year this late.
BUDDHIST_ERA_FROM = 2400
BUDDHIST_ERA_AHEAD = 543

# A month's name: letters, and the vowel signs of scripts such as Devanagari, the other
# Indic scripts and Thai,
# or a Thai abbreviation (`ม.ค.`).
_MONTH = (
    r"(?P<month>(?:[^\W\d_]|[\u0900-\u0dff\u0e00-\u0e7f]){3,12}"
    r"|[\u0e00-\u0e7f]{1,3}\.[\u0e00-\u0e7f]{1,3}\.)\.?"
)
# Digits are matched by value (full-width `２０２３` too), never inside a longer number.
_DATE_FORMS = (
    re.compile(r"(?<!\d)(?P<year>\d{4})[-./](?P<month>\d{1,2})[-./](?P<day>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),
    re.compile(r"(?<!\d)(?P<year>\d{4})\s*년\s*(?P<month>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b"),
    re.compile(
        rf"(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?{_MONTH},?\s+"
        r"(?:de\s+)?(?P<year>\d{4})\b"
    ),
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?!\d)"),
    # Hungarian writes the year first: `2026. december 4.`
    re.compile(rf"(?<!\d)(?P<year>\d{{4}})\.\s+{_MONTH}\s+(?P<day>\d{{1,2}})\.(?!\d)"),
    # Lithuanian writes the year first, with its abbreviations: `2025 m. kovo 3 d.`
    re.compile(rf"(?<!\d)(?P<year>\d{{4}})\s*m\.\s+{_MONTH}\s+(?P<day>\d{{1,2}})\s*d\.(?!\w)"),
    # Korean pages space their dotted dates: `2024. 2. 1.`
    re.compile(r"(?<!\d)(?P<year>\d{4})\.\s(?P<month>\d{1,2})\.\s(?P<day>\d{1,2})\.(?!\d)"),
)
# `04/17/2024`, `24/10/2024`: the order of day and month is not written, so the date is
# read only when one of the two is over 12 and cannot be the month; `05/03/2024` is not.
# Dots are read day first above; one that cannot be (`03.14.2024`) is settled here too.
_SLASHED = re.compile(
    r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\d)"
)
MONTHS_IN_A_YEAR = 12
# Every form above writes the year in four digits: a text without four in a row (most
# lines a page's header holds) is no date, and skips the eight patterns.
_FOUR_DIGITS = re.compile(r"\d{4}")
# A timestamp's two-digit year (`8/17/13 11:04am`) is in this century below this number,
# in the last one from it: news archives online reach back to the 1990s.
CENTURY = 2000
TWO_DIGIT_YEARS_FROM = 90
_SHORT_YEAR_STAMP = re.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])\s?(?P<b>\d{1,2})(?P=sep)\s?(?P<year>\d{2})"
    r"(?:\s+at|\s*[,@|])?\s+\d{1,2}[:.]\d{2}(?!\d)"  # `11/13/19 at 4:00 PM`
)
# Both forms are read only before a clock time: a text without one skips them.
_CLOCK_TIME = re.compile(r"\d[:.]\d\d")
# A year glued to the time after it: `Nov 20 20194:29 AM`.
_GLUED_TIME = re.compile(r"(?<=\d{4})(?=\d{1,2}:\d{2})")


def parse_date(text: str, day_first: bool = False) -> str | None:
    """Return the first well-formed calendar date written in `text`, as YYYY-MM-DD.

    `day_first` reads `05/03/2024` as 5 March: a page not in English, where the month
    never comes first.
    """
    if not _FOUR_DIGITS.search(text):
        return None
    found = [day for form in _DATE_FORMS for day in _dates_of(form, text)]
    if found:
        return min(found)[1]  # the one written first
    return slashed_date(text, day_first)


def _dates_of(form: re.Pattern[str], text: str) -> Iterator[tuple[int, str]]:
    """Yield where each well-formed date of one form starts in `text`, and the date."""
    for match in form.finditer(text):
        month_text = match["month"]
        month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.casefold(), 0)
        year = int(match["year"])
        year -= BUDDHIST_ERA_AHEAD if year >= BUDDHIST_ERA_FROM else 0
        try:
            yield match.start(), date(year, month, int(match["day"])).isoformat()
        except ValueError:
            continue


def has_numeric_date(text: str) -> bool:
    """Say whether `text` writes a date as `dd/mm/yyyy` or `mm/dd/yyyy` (or with dots)."""
    return _SLASHED.search(text) is not None


def slashed_date(text: str, day_first: bool = False) -> str | None:
    """Return a `dd/mm/yyyy` or `mm/dd/yyyy` date whose order its numbers (or the page) settle."""
    for match in _SLASHED.finditer(text):
        found = _settled_date(int(match["a"]), int(match["b"]), int(match["year"]), day_first)
        if found:
            return found
    return None


def stamp_date(text: str, day_first: bool = False) -> str | None:
    """Return the date of a timestamp written as few pages write a date: with a two-digit
    year (`8/17/13 11:04am`, `08-13-10 05:18 PM`) or with the year glued to the time
    (`Nov 20 20194:29 AM`, two text nodes joined when the page was flattened).

    Only a date a clock time follows is read: two digits between slashes and dashes
    stand for many things, a date and a time together for one.
    """
    if not _CLOCK_TIME.search(text):
        return None
    unglued = _GLUED_TIME.sub(" ", text)
    found = parse_date(unglued, day_first) if unglued != text else None
    for match in _SHORT_YEAR_STAMP.finditer(text):
        if found:
            break
        year = int(match["year"])
        year += CENTURY if year < TWO_DIGIT_YEARS_FROM else CENTURY - 100
        found = _settled_date(int(match["a"]), int(match["b"]), year, day_first)
    return found


def _settled_date(a: int, b: int, year: int, day_first: bool) -> str | None:
    """Return the date of two numbers, day and month in an order one of them (over 12)
    or the page (`day_first`) settles; None when neither does, or for no such day."""
    settled = (a > MONTHS_IN_A_YEAR) != (b > MONTHS_IN_A_YEAR)
    if not settled and not (day_first and max(a, b) <= MONTHS_IN_A_YEAR):
        return None
    day, month = (b, a) if b > MONTHS_IN_A_YEAR else (a, b)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# A date in an article's address, as news sites file their stories: `/2019/11/19/`,
# `/2010/POLITICS/08/13/` (a section between the year and the month).
_ADDRESS_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d\d)/(?:[A-Za-z][\w-]*/)?(?P<month>\d{1,2})/(?P<day>\d{1,2})(?:/|$)"
)


def address_date(url: str | None) -> str | None:
    """Return the day an article's address files it under (`/2019/11/19/`), or None."""
    match = _ADDRESS_DATE.search(url or "")
    if not match:
        return None
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"])).isoformat()
    except ValueError:
        return None


def a_day_apart(day: str, other: str) -> bool:
    """Say whether two `YYYY-MM-DD` days are one day apart."""
    try:
        return abs((date.fromisoformat(day) - date.fromisoformat(other)).days) == 1
    except ValueError:
        return False
