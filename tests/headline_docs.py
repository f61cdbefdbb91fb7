"""A stand-in for a spaCy Doc with just what ``headlines.NamePieces`` reads: the text and a
vocabulary without lemma tables (shared by the regression tests on headline look-ups)."""


class StandInDoc:
    class vocab:
        class lookups:
            @staticmethod
            def has_table(name):
                return False

    def __init__(self, text: str) -> None:
        self.text = text
