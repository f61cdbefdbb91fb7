"""An impossible date (2022-13-45) was dropped silently from a .txt header, while in JSON Lines it
skipped the whole record; now both warn, naming the input, and read the article without a date."""

from kg.ingest.read import read_inputs
from kg.model import Article, ReadWarning


def test_a_bad_header_date_and_a_bad_record_date_both_warn_and_read_the_article(tmp_path):
    (tmp_path / "a.txt").write_text("date 2022-13-45 Troops arrived.")
    (tmp_path / "b.jsonl").write_text('{"id": "b1", "text": "Troops left.", "date": "2022-13-45"}\n')
    items = list(read_inputs([tmp_path]))
    assert items == [
        ReadWarning(str(tmp_path / "a.txt"), "date header '2022-13-45' is not a date: read without a date"),
        Article("a.txt", "date 2022-13-45 Troops arrived."),
        ReadWarning(f"{tmp_path / 'b.jsonl'}:1",
                    "record 'b1': \"date\" '2022-13-45' is not an ISO date (YYYY-MM-DD): read without a date"),
        Article("b1", "Troops left."),
    ]
