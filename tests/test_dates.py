"""tidings.dates: metadata dates, datelines/footers, and event dates relative to publication."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.dates import find_dateline, parse_date, resolve_event_date

FRI = date(2021, 12, 17)  # a Friday
MON = date(2021, 12, 13)  # a Monday
JAN3 = date(2022, 1, 3)  # a Monday early in the year


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-12-17", date(2021, 12, 17)),
        ("2022-06-24T17:30:00Z", date(2022, 6, 24)),
        ("2022-02-24T23:30:00+02:00", date(2022, 2, 24)),  # written date kept, no tz shift
        ("2021/12/17", date(2021, 12, 17)),
        ("Fri, 17 Dec 2021 09:30:00 GMT", date(2021, 12, 17)),
        ("December 17, 2021", date(2021, 12, 17)),
        ("17 December 2021", date(2021, 12, 17)),
        ("Dec. 17, 2021", date(2021, 12, 17)),
        (date(2021, 12, 17), date(2021, 12, 17)),
        ("2021-02-30", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        (12345, None),
    ],
)
def test_dates_parse_date(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published: 2021-12-17\n\nThe minister said talks failed.", date(2021, 12, 17)),
        ("Posted on December 17, 2021 by staff\n\nText of the story.", date(2021, 12, 17)),
        ("Updated 17 December 2021\n\nBody.", date(2021, 12, 17)),
        ("By Jane Roe\nDecember 17, 2021\n\nThe minister said.", date(2021, 12, 17)),
        ("KYIV, Ukraine, Feb 3, 2022 (AP) — Officials said.", date(2022, 2, 3)),
        # A yearless dateline borrows the year of a full date elsewhere in the text.
        ("MOSCOW, Dec 17 (Reuters) - Russia said. Talks began on 1 December 2021 in Geneva.",
         date(2021, 12, 17)),
        # ... and without one the year is not guessed.
        ("MOSCOW, Dec 17 (Reuters) - Russia said it would respond.", None),
        ("LONDON, 17 December - Britain said it would respond.", None),
        ("The story ends here.\n\nPublished: 2021-12-17", date(2021, 12, 17)),
        ("Some story text that ends.\n\n17 December 2021", date(2021, 12, 17)),
        ("By Jane Roe\nFriday, December 17, 2021 09:30 GMT\n\nText.", date(2021, 12, 17)),
        # Dates inside sentences are event dates, not publication dates.
        ("Hailey was born in Luton on 5 April 1920 and wrote novels.", None),
        ("The results for the three months to 31 December 2004 were strong.", None),
        # A date split over paragraphs is not one date (a sports fixture's kick-off time).
        ("Ewood Park\n\nTuesday, 1 March\n\n2000 GMT\n\nThe home side won.", None),
        ("No date is stated anywhere in this text at all.", None),
    ],
)
def test_dates_find_dateline(text: str, expected: date | None) -> None:
    assert find_dateline(text) == expected


def test_dates_find_dateline_ignores_event_dates_in_the_body() -> None:
    body = "A" * 400 + " The annexation on 18 March 2014 was condemned. " + "B" * 400
    assert find_dateline(body) is None


@pytest.mark.parametrize(
    ("sentence", "published", "tense", "expected"),
    [
        ("Russia said today it would respond.", FRI, "past", ("2021-12-17", "day")),
        ("The minister spoke yesterday.", FRI, "past", ("2021-12-16", "day")),
        ("The leaders will meet tomorrow.", FRI, "future", ("2021-12-18", "day")),
        ("Troops moved last night.", FRI, "past", ("2021-12-16", "day")),
        ("He said this morning that talks failed.", FRI, "past", ("2021-12-17", "day")),
        # Weekdays: the most recent one before publication in the past tense ...
        ("On Monday, Moscow rejected the offer.", FRI, "past", ("2021-12-13", "day")),
        ("Kyiv said on Thursday it was ready.", FRI, "past", ("2021-12-16", "day")),
        # ... the publication day itself when it is that weekday (dateparser's pitfall) ...
        ("The ministry said on Friday it was ready.", FRI, "past", ("2021-12-17", "day")),
        ("The ministry said on Monday it was ready.", MON, "past", ("2021-12-13", "day")),
        # ... and the next one in the future tense.
        ("The talks will resume on Monday.", FRI, "future", ("2021-12-20", "day")),
        ("The talks will resume on Friday.", FRI, "future", ("2021-12-17", "day")),
        ("They met last Friday.", FRI, "past", ("2021-12-10", "day")),
        ("They meet next Tuesday.", FRI, "future", ("2021-12-21", "day")),
        # "We" must never be read as Wednesday, nor "may"/"march" as months.
        ("We may march on the capital, he said.", FRI, "past", ("2021-12-17", "publication")),
        ("The talks on December 7 ended without agreement.", FRI, "past", ("2021-12-07", "day")),
        ("The talks on Dec. 7 ended.", FRI, "past", ("2021-12-07", "day")),
        ("The talks on 7 December ended.", FRI, "past", ("2021-12-07", "day")),
        ("Talks on 7th December ended.", FRI, "past", ("2021-12-07", "day")),
        # A past date more than two months after publication belongs to the previous year.
        ("The talks on December 28 ended.", JAN3, "past", ("2021-12-28", "day")),
        ("The summit on January 10 will decide.", FRI, "future", ("2022-01-10", "day")),
        ("On December 7, 2020 the deal was signed.", FRI, "past", ("2020-12-07", "day")),
        ("The decree of 2021-12-07 was published.", FRI, "past", ("2021-12-07", "day")),
        ("It happened on 2021-12-07.", None, "past", ("2021-12-07", "day")),
        # Weeks are coarsened to the month (no week precision; "day" would overstate).
        ("Troops massed last week.", FRI, "past", ("2021-12-01", "month")),
        ("Troops massed last week.", date(2021, 12, 3), "past", ("2021-11-01", "month")),
        ("They will meet next week.", date(2021, 12, 28), "future", ("2022-01-01", "month")),
        ("Two weeks ago, troops massed.", FRI, "past", ("2021-12-01", "month")),
        ("Three days ago, troops massed.", FRI, "past", ("2021-12-14", "day")),
        ("Last month Moscow warned Kyiv.", FRI, "past", ("2021-11-01", "month")),
        ("Last month Moscow warned Kyiv.", date(2022, 1, 5), "past", ("2021-12-01", "month")),
        ("Earlier this month Moscow warned Kyiv.", FRI, "past", ("2021-12-01", "month")),
        ("In May the talks collapsed.", FRI, "past", ("2021-05-01", "month")),
        ("In March 2014 Russia annexed Crimea.", FRI, "past", ("2014-03-01", "month")),
        ("In 2014 Russia annexed Crimea.", FRI, "past", ("2014-01-01", "year")),
        # an article before the year, and years before 1900 (never a clock time)
        ("Crimea voted in a 2014 referendum.", FRI, "past", ("2014-01-01", "year")),
        ("The bronzes were looted in an 1897 raid.", FRI, "past", ("1897-01-01", "year")),
        ("The siege lasted from 1854 to 1855.", FRI, "past", ("2021-12-17", "publication")),
        ("Shelling went on since 1600 GMT.", FRI, "past", ("2021-12-17", "publication")),
        ("Last year the talks collapsed.", FRI, "past", ("2020-01-01", "year")),
        # No expression: the publication date, or nothing when that is unknown.
        ("Russia accused Ukraine of provocations.", FRI, "past", ("2021-12-17", "publication")),
        ("Russia accused Ukraine of provocations.", None, "past", (None, "publication")),
        ("On Monday, Moscow rejected the offer.", None, "past", (None, "publication")),
        # The first expression in the sentence wins.
        ("On Monday he said the talks on December 7 failed.", FRI, "past",
         ("2021-12-13", "day")),
    ],
)
def test_dates_resolve_event_date(
    sentence: str, published: date | None, tense: str, expected: tuple[str | None, str]
) -> None:
    assert resolve_event_date(sentence, published=published, tense=tense) == expected

