"""kg.system.collection: the cyclic collector paused around a step, and as it was afterwards."""

import gc

from kg.system.collection import collection_paused


def test_the_collector_is_off_inside_and_on_again_after():
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off():
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_comes_back_when_the_step_fails():
    try:
        with collection_paused():
            raise ValueError("a failed step")
    except ValueError:
        pass
    assert gc.isenabled()


def test_cycles_made_while_paused_are_collected_when_the_pause_ends():
    class Node:
        pass

    with collection_paused():
        a, b = Node(), Node()
        a.other, b.other = b, a
        ids = {id(a), id(b)}
        del a, b
        assert any(id(o) in ids for o in gc.get_objects())
    assert not any(id(o) in ids and type(o).__name__ == "Node" for o in gc.get_objects())


def test_what_a_frozen_pause_made_is_kept_out_of_the_collector_which_is_on_again():
    class Node:
        pass

    try:
        with collection_paused(freeze=True):
            kept = Node()
        assert gc.isenabled()
        assert not any(o is kept for o in gc.get_objects())  # frozen: no collection walks it
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
