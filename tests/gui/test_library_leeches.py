"""A question forgotten 8 times is flagged on its bank's card in the library."""

from __future__ import annotations

from datetime import timedelta

from tests.helpers.reviews import answer_timed


def test_leeches_are_shown_on_the_bank_card(window, qtbot, now):
    [card] = window.library_view.cards
    assert card.row.leeches == 0 and not hasattr(card, "leeches")
    progress = window.library.progress
    t = now - timedelta(days=400)
    answer_timed(progress, "q-tf", 4, t)  # Easy: straight to review
    for _ in range(8):
        t += timedelta(days=30)
        answer_timed(progress, "q-tf", 1, t)  # forgotten: a lapse
        t += timedelta(minutes=10)
        answer_timed(progress, "q-tf", 3, t)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.show_library()
    [card] = window.library_view.cards
    assert card.row.leeches == 1
    assert card.leeches.text().startswith("1 leech: forgotten 8 times or more")
