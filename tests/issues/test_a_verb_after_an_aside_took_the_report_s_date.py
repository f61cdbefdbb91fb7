"""A verb coordinated across an attribution ("was playing with the gun on February 29, court
papers say, and accidentally shot himself") hangs, to the parser, on the aside's verb: the
shooting took no date, or the report's ("court papers said Monday, and ... shot himself"). A
conjunct with no subject of its own shares the date of the clause the aside interrupts, and a
report's time is never given to what is coordinated with it."""

from datetime import date

from event_dates import event_dates

TUESDAY = date(2016, 3, 8)


def test_the_shot_takes_the_day_of_the_clause_the_aside_interrupts(nlp):
    text = ("The boy was playing with the gun at his aunt's house on February 29, court papers say, "
            "and accidentally shot himself in the leg.")
    assert event_dates(nlp, text, TUESDAY)["shot"] == date(2016, 2, 29)


def test_the_shot_takes_no_day_from_the_report(nlp):
    text = ("The boy was playing with the gun at his aunt's house, court papers said Monday, "
            "and accidentally shot himself in the leg.")
    assert event_dates(nlp, text, TUESDAY)["shot"] is None


def test_coordinated_deeds_still_share_a_day(nlp):
    dates = event_dates(nlp, "Police stormed the building on Monday and arrested two men.", TUESDAY)
    assert dates["arrested"] == date(2016, 3, 7)
