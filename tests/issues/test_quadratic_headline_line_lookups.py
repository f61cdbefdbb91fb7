"""On a 800,000-character article, headlines.NamePieces spent 40 s finding the line of each
entity (a scan of every line per entity) and 8 s searching the whole body with a regex for each
name a headline entity might hold. The line is now found by bisection and the body's word runs
are indexed once; both must answer what the scan and the regex answered."""

import re

from hypothesis import given, settings, strategies as st

from kg.extract.headlines import NamePieces

from headline_docs import StandInDoc




WORDS = st.sampled_from(["Troops", "Arrive", "In", "Almaty", "police", "said", "calm", "Almaty's", "U.S.",
                         "St.", "-", "Tokayev", "Tokayev-led", "é", "_x", "42", ""])
LINES = st.lists(st.lists(WORDS, max_size=8).map(" ".join).map(lambda line: line + full_stop_sometimes(line)), max_size=12)


def full_stop_sometimes(line: str) -> str:
    return "." if len(line) % 3 == 0 else ""


@settings(max_examples=200, deadline=None)
@given(LINES, st.lists(st.integers(-2, 400), min_size=1, max_size=30))
def test_the_line_of_a_character_is_the_one_a_scan_of_every_line_finds(lines, chars):
    pieces = NamePieces(StandInDoc("\n".join(lines)), {})
    for char in chars:
        scanned = any(start <= char <= end and title for start, end, title in pieces.lines())
        assert pieces.in_title_line(char) == scanned


@settings(max_examples=200, deadline=None)
@given(LINES, st.lists(st.lists(WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=10))
def test_whether_the_body_writes_some_words_is_what_a_regex_over_the_whole_body_says(lines, asked):
    pieces = NamePieces(StandInDoc("\n".join(lines)), {})
    for words in asked:
        regex = re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", pieces.body()) is not None
        assert pieces._in_body(words) == regex
