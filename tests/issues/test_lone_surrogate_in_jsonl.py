"""A lone surrogate ("\\ud800") in a JSON Lines "id" or "text" crashed the whole build when the
graph was written (no UTF-8 form); now that record is skipped with its reason, the others read."""

from kg.ingest.read import read_inputs
from kg.model import Article, ReadError


def test_a_lone_surrogate_in_text_or_id_skips_only_that_record(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "bad-text", "text": "Troops \\ud800 arrived."}\n'
                    '{"id": "bad-\\udfff", "text": "Troops arrived."}\n'
                    '{"id": "fine", "text": "Troops arrived in Almaty."}\n', encoding="ascii")
    items = list(read_inputs([path]))
    assert [item.source_id for item in items if isinstance(item, Article)] == ["fine"]
    reasons = {item.source: item.reason for item in items if isinstance(item, ReadError)}
    assert reasons == {
        f"{path}:1": "record 'bad-text': \"text\" holds a lone surrogate (U+D800) at character 7, which is not Unicode text",
        f"{path}:2": '"id" holds a lone surrogate (U+DFFF) at character 4, which is not Unicode text',
    }


def test_a_surrogate_pair_written_as_escapes_is_one_character_and_is_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "emoji", "text": "Crowds cheered \\ud83d\\ude00 in Almaty."}\n', encoding="ascii")
    (article,) = read_inputs([path])
    assert article.text == "Crowds cheered \U0001F600 in Almaty."
