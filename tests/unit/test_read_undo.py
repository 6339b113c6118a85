"""What an undo of "mark all as read" gives back: the articles that marking changed, less the
ones the user opened or changed since, once."""

from __future__ import annotations

from desktop_app.services.read_undo import MarkedRead, ReadUndo


def test_undo_gives_back_what_was_marked_less_what_the_user_touched_since() -> None:
    undo = ReadUndo()
    undo.expect()
    undo.touch([2])  # opened while the marking waited for the writer
    undo.offer(MarkedRead((1, 2, 3, 4)))
    undo.touch([4])

    assert undo.take() == (1, 3)
    assert undo.offered is None
    assert undo.take() == (), "an undo is taken once"


def test_a_new_marking_replaces_the_one_offered_and_forgets_what_was_touched() -> None:
    undo = ReadUndo()
    undo.expect()
    undo.offer(MarkedRead((1, 2)))
    undo.touch([1])
    undo.expect()
    assert undo.offered is None, "the earlier marking can no longer be undone"
    undo.offer(MarkedRead((1, 5)))

    assert undo.take() == (1, 5)


def test_a_withdrawn_offer_gives_nothing_back() -> None:
    undo = ReadUndo()
    undo.offer(MarkedRead((1,)))
    undo.withdraw()
    assert undo.take() == ()


def test_a_marking_that_changed_nothing_offers_nothing() -> None:
    undo = ReadUndo()
    undo.offer(MarkedRead(()))
    assert undo.offered is None
