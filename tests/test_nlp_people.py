"""The resolver of mentions to people, on small hand-written texts."""

import gzip
import runpy
from importlib.metadata import PackageNotFoundError, distribution

import pytest

from service.nlp.entities import resolve_entities
from service.nlp.people import (
    People,
    description_key,
    first_name_gender,
    noun_phrase,
    word_gender,
)
from service.nlp.person_words import LEXICON
from service.nlp.quotes import find_quoted_spans
from tests.conftest import ROOT


def people(nlp, text):
    doc = nlp(text)
    return doc, People(doc, resolve_entities(doc), find_quoted_spans(text))


def token(doc, word, nth=0):
    return [t for t in doc if t.text == word][nth]


def name(ref):
    return ref.entity.name if ref is not None and ref.entity is not None else None


def test_first_name_lexicon_and_words():
    assert first_name_gender("Angela Merkel") == "female"
    assert first_name_gender("Liam Fox") == "male"
    assert first_name_gender("Jean Dupont") is None  # given to both
    assert first_name_gender("Fox") is None  # a lone surname has no first name
    assert first_name_gender("J. Smith") is None
    assert first_name_gender("Zoë Ball") == "female"  # accents folded
    assert word_gender("Mrs") == "female"
    assert word_gender("Sir") == "male"
    assert word_gender("spokeswoman") == "female"
    assert word_gender("minister") is None


def test_gender_from_the_text_beats_the_name(nlp):
    # "Robin" is given to both; the article's "she" says who this Robin is.
    _, found = people(
        nlp, "Robin Walker runs the bakery. She opened it in 2001. Mr Patel supplies it."
    )
    assert found.gender["person:robin-walker"] == ("female", "text")
    assert found.gender["person:patel"] == ("male", "text")


def test_gender_from_the_name_as_fallback(nlp):
    _, found = people(nlp, "Margaret Hodge and Gordon Brown met the press on Monday.")
    assert found.gender["person:margaret-hodge"] == ("female", "name")
    assert found.gender["person:gordon-brown"] == ("male", "name")


def test_pronoun_takes_the_subject_of_the_previous_sentence_not_the_last_name(nlp):
    doc, found = people(
        nlp,
        "Dr Liam Fox accused Tony Blair of telling lies about the Tories. "
        "He told BBC News the campaign would be dirty.",
    )
    assert name(found.resolve(token(doc, "He"))) == "Liam Fox"


def test_pronoun_agrees_in_gender(nlp):
    doc, found = people(
        nlp,
        "Sarah Jones met Peter Smith at the station on Monday. "
        "Peter Smith had arrived early. She was late.",
    )
    assert name(found.resolve(token(doc, "She"))) == "Sarah Jones"


def test_pronoun_chain_follows_the_topic(nlp):
    doc, found = people(
        nlp,
        "Mary Robinson visited the camp. She spoke to John Kerr there. "
        "She was moved by what she saw.",
    )
    assert name(found.resolve(token(doc, "She", 1))) == "Mary Robinson"


def test_they_is_never_one_named_person(nlp):
    doc, found = people(nlp, "Peter Smith left early. They were not pleased.")
    ref = found.resolve(token(doc, "They"))
    assert ref is None or ref.entity is None or ref.entity.type != "person"


def test_names_inside_quotes_are_not_antecedents(nlp):
    doc, found = people(
        nlp, "Anna Berg spoke first. “I met Tom Hardy yesterday,” she said. He nodded."
    )
    assert name(found.resolve(token(doc, "she"))) == "Anna Berg"


def test_description_given_before_the_name(nlp):
    doc, found = people(
        nlp,
        "Rookie defenceman Caleb Jones scored twice. The coach was pleased. "
        "The rookie defenceman was modest about it.",
    )
    subject = token(doc, "defenceman", 1)
    assert name(found.resolve(subject)) == "Caleb Jones"
    assert found.resolve(subject).description == "The rookie defenceman"


def test_hyphenated_role_is_one_word(nlp):
    doc, found = people(
        nlp, "Tory co-chairman Liam Fox spoke. The Tory co-chairman attacked the pledges."
    )
    head = token(doc, "co", 1)
    assert noun_phrase(head).text == "The Tory co-chairman"
    assert name(found.resolve(head)) == "Liam Fox"


def test_a_before_a_plural_head_belongs_to_another_phrase(nlp):
    doc = nlp(
        "The jets flew over the border, a move local officials said was a provocation. "
        "A couple officials said it was planned."
    )
    assert noun_phrase(token(doc, "officials")).text == "local officials"
    assert noun_phrase(token(doc, "officials", 1)).text == "A couple officials"


def test_appositions_and_age(nlp):
    doc, found = people(
        nlp,
        "The affable proprietor, Alfonso Espinos, opened the doors. "
        "John Smith, 45, a plumber, waited outside. The proprietor smiled. "
        "The 45-year-old declined to comment.",
    )
    assert name(found.resolve(token(doc, "proprietor", 1))) == "Alfonso Espinos"
    assert name(found.resolve(token(doc, "old"))) == "John Smith"
    assert description_key(["the", "45-year-old"]) == "age:45"


def test_description_without_a_single_fit_stays_unresolved(nlp):
    doc, found = people(
        nlp,
        "Foreign Minister Anna Lind met Defence Minister Carl Bildt. "
        "The talks were long. The minister left early.",
    )
    assert name(found.resolve(token(doc, "minister"))) is None
    # A capitalised modifier the article never used names someone else.
    doc, found = people(
        nlp, "Lib Dem leader Charles Kennedy spoke. Then the Tory leader was heckled."
    )
    assert name(found.resolve(token(doc, "leader", 1))) is None


def test_lone_surname_is_the_latest_full_name(nlp):
    doc, found = people(
        nlp,
        "Erik Karlsson scored first. Melker Karlsson added a second goal. "
        "Karlsson said it was easy.",
    )
    assert name(found.resolve(token(doc, "Karlsson", 2))) == "Melker Karlsson"
    doc, found = people(
        nlp,
        "Dorie Greenspan wrote the book. Michael Greenspan took the photographs. "
        "Mrs Greenspan said it took a year.",
    )
    assert name(found.resolve(token(doc, "Greenspan", 2))) == "Dorie Greenspan"


def test_vendored_lexicon_is_the_packages_derivation():
    """service/nlp/data/first_names.tsv.gz is what .ci/build_name_lexicon.py derives from the
    pinned nomquamgender (a dev dependency): regenerate it with `make lexicon` after a bump."""
    try:
        distribution("nomquamgender")
    except PackageNotFoundError:
        pytest.skip("nomquamgender (the dev extra) is not installed")
    build = runpy.run_path(str(ROOT / ".ci" / "build_name_lexicon.py"))
    assert gzip.decompress(LEXICON.read_bytes()) == build["derive"]()


def test_surname_with_a_capitalised_particle_is_the_full_name(nlp):
    doc = nlp('Robin van Persie scored twice on Saturday. "It was a great night," Van Persie said.')
    people = [e for e in resolve_entities(doc) if e.type == "person"]
    assert [(e.name, len(e.mentions)) for e in people] == [("Robin van Persie", 2)]


def test_full_name_the_model_missed_behind_a_possessive(nlp):
    doc = nlp(
        "The Raptors’ Scottie Barnes, who missed three games with a wrist injury, returned "
        "Friday. “I felt fine,” Barnes said."
    )
    people = {e.name: len(e.mentions) for e in resolve_entities(doc) if e.type == "person"}
    assert people == {"Scottie Barnes": 2}
