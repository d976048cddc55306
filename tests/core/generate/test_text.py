from studyapp.core.generate.text import parse_article, split_sentences

from tests.core.generate.conftest import article


def test_title_paragraphs_and_sentences_keep_offsets():
    a = parse_article(article("Mr Smith met the U.S. envoy. They talked.\n\nDr Jones left at 5 p.m. on Friday.",
                              title="Talks held"))
    assert a.title == "Talks held"
    assert len(a.paragraphs) == 2
    texts = [s.text for s in a.sentences]
    assert texts == ["Mr Smith met the U.S. envoy.", "They talked.", "Dr Jones left at 5 p.m. on Friday."]
    for s in a.sentences:
        assert a.body[s.start:s.end] == s.text


def test_a_sentence_ends_after_a_closing_quote_mark():
    text = '"We will win," he said. "Nobody can stop us." The crowd cheered.'
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ['"We will win," he said.', '"Nobody can stop us."', "The crowd cheered."]


def test_windows_line_endings_and_a_byte_order_mark_are_accepted():
    a = parse_article("\ufeffTitle\r\n\r\nOne sentence here.\r\nAnother paragraph.\r\n")
    assert a.title == "Title"
    assert [s.text for s in a.sentences] == ["One sentence here.", "Another paragraph."]
