"""The model's rule lemmatizer, run once per distinct word of a process and with its word
index held as sets: the same lemmas, a fraction of the time.

spaCy's English lemmatizer makes a Token of every word and, for each one in a base form (a
singular noun, an infinitive: most of them), reads its morphology into a dict again, since
only the other forms are cached. Its rules read a word's form, part of speech and morphology
only, so ``CachedLemmatizer`` looks each (form, POS, morphology) up once per process and
writes the Doc's lemmas as one column. And for each new inflected word, each of its rules
tests whether a candidate lemma is a known word of its part of speech: the model's tables
hold those words as lists (57,528 nouns), scanned in full on every test; here they are sets
(spaCy's own rules run unchanged on them). ``tests/test_nlp_pipeline_r14.py`` checks the
lemmas equal spaCy's.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline.lemmatizer import lemmatizer_score
from spacy.tokens import Doc

_ARRAY = [ORTH, POS, MORPH, LEMMA]
# About 40 MB at most (~200 bytes an entry); a year of news has some 10**5 distinct keys.
MAX_CACHED_LEMMAS = 200_000


class CachedLemmatizer(EnglishLemmatizer):
    """The English rule lemmatizer, its result cached by (form, POS, morphology), for all
    words alike."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Each (form, POS, morphology) seen, mapped to its lemma's string key: it grows with
        # the words seen, as spaCy's own cache of lemmas and its Vocab do, up to a bound, so
        # that a long-lived server fed endless new words does not grow it without end.
        self.lemma_keys: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        try:
            columns = doc.to_array(_ARRAY)
            lemmas = columns[:, 3]
            todo = numpy.arange(len(doc)) if self.overwrite else numpy.flatnonzero(lemmas == 0)
            known = self.lemma_keys
            if len(known) > MAX_CACHED_LEMMAS:
                known.clear()
            for i, key in zip(todo.tolist(), map(tuple, columns[todo, :3].tolist()), strict=True):
                lemma = known.get(key)
                if lemma is None:
                    lemma = known[key] = self.vocab.strings.add(self.lemmatize(doc[i])[0])
                lemmas[i] = lemma
            doc.from_array([LEMMA], lemmas.reshape(-1, 1))
            return doc
        except Exception as e:
            self.get_error_handler()(self.name, self, [doc], e)


@Language.factory(
    "newsfacts_lemmatizer",
    assigns=["token.lemma"],
    default_config={"mode": "rule", "overwrite": False},
)
def make_cached_lemmatizer(nlp: Language, name: str, mode: str, overwrite: bool):
    return CachedLemmatizer(
        nlp.vocab, None, name, mode=mode, overwrite=overwrite, scorer=lemmatizer_score
    )


def cache_lemmas(nlp: Language) -> None:
    """Put CachedLemmatizer in the place of the pipeline's English rule lemmatizer, with its
    tables (left as it is if the pipeline has another lemmatizer, or none)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    model = nlp.get_pipe("lemmatizer")
    if type(model) is not EnglishLemmatizer or model.mode != "rule":
        return
    cached = nlp.replace_pipe(
        "lemmatizer", "newsfacts_lemmatizer", config={"overwrite": model.overwrite}
    )
    cached.lookups = _indexed_by_set(model.lookups)


def _indexed_by_set(lookups: Lookups) -> Lookups:
    """A copy of the lemmatizer's tables, its word index per part of speech as sets."""
    copy = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == "lemma_index":
            copy.add_table(name, {pos: frozenset(words) for pos, words in table.items()})
        else:
            copy.add_table(name, dict(table.items()))
    return copy
