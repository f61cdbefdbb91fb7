"""Reading an infinitive under a past verb as past ("found the death Monday to be accidental")
also turned one under a present perfect back: "said it has identified three companies for the
programme to run through June" (an article of March 2013) gave June 2012. A present perfect
reports now; only a simple past moves its infinitive back."""

from datetime import date

from kg.extract.dates import extract_times
from kg.model import Article


def test_an_infinitive_under_a_present_perfect_still_looks_ahead(nlp):
    text = "The company said it has identified three firms for the programme to run through June."
    times = extract_times(nlp(text), Article("a", text, date=date(2013, 3, 18)))
    assert [(t.span.text, t.value) for t in times] == [("June", date(2013, 6, 1))]
