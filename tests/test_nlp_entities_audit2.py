"""Entity rules found by the gold-free audit (``bench/entity_audit.py``) on unannotated news of
US outlets (PolNeAR) and the BBC, each on a short hand-written text."""

from service.nlp.entities import resolve_entities
from service.nlp.identity import resolve_identities


def entities(nlp, text):
    return {e.key: e for e in resolve_entities(nlp(text))}


def test_a_nationality_and_a_group_are_no_persons_name(nlp):
    text = (
        "Many American Jews voted for the senator in March. American Catholics did not, "
        "said the head of the Conference of Major American Jewish Organizations."
    )
    found = entities(nlp, text)
    assert not [k for k in found if k.startswith("person:")]


def test_a_verb_opening_a_sentence_before_a_full_name_is_no_given_name(nlp):
    found = entities(nlp, "The senator spoke at length.\n\nFollow Pam Key on Twitter.")
    assert "person:pam-key" in found
    assert not [k for k in found if "follow" in k]


def test_said_opening_a_sentence_before_a_named_persons_surname(nlp):
    text = (
        'FBI director James Comey spoke on Tuesday. Said Comey, "The thought that an error '
        'on our part is connected to this is painful."'
    )
    found = entities(nlp, text)
    comey = found["person:james-comey"]
    assert [m.text for m in comey.mentions] == ["James Comey", "Comey"]
    assert not [k for k in found if "said" in k]
    # A given name and the surname of a namesake, introducing no words, stay a name.
    other = entities(nlp, "Edward Comey wrote the book. Said Comey, a student, was there.")
    assert "person:said-comey" in other


def test_a_rank_before_the_surname_of_a_person_named_in_full(nlp):
    text = (
        "She used a private server after what happened to General Petraeus. Last year, "
        "David H. Petraeus, a former C.I.A. director, pleaded guilty."
    )
    found = entities(nlp, text)
    petraeus = found["person:david-h-petraeus"]
    assert sorted(m.text for m in petraeus.mentions) == ["David H. Petraeus", "Petraeus"]
    assert "General" in {a.value for a in petraeus.attributes}


def test_a_surname_before_a_suffix_is_no_royal_title_and_a_holiday_no_person(nlp):
    text = (
        "The candidates spoke at a Martin Luther King Jr. celebration in Columbia. The "
        "debate was held on the eve of Martin Luther King Day."
    )
    found = entities(nlp, text)
    assert found["person:martin-luther-king-jr"].name == "Martin Luther King Jr."
    assert found["event:martin-luther-king-day"].type == "event"
    assert [k for k in found if k.startswith("person:")] == ["person:martin-luther-king-jr"]


def test_a_surname_with_a_courtesy_title_never_joins_a_body_of_that_name(nlp):
    docs = [
        resolve_entities(nlp(text))
        for text in (
            "Shares in McDonald's fell. McDonald's said profits rose.",
            "Shares in McDonald's rose on Monday, after McDonald's cut prices.",
            "Shares in McDonald's fell again. McDonald's opened 100 restaurants in China.",
            "Police questioned Mr Fawcett and Mr McDonald. Mr McDonald denied wrongdoing.",
        )
    ]
    merged = resolve_identities(docs, ["a", "b", "c", "d"])
    assert {merged.types[v] for v in merged.keys[0].values()} == {"organization"}
    titled = {v for k, v in merged.keys[3].items() if "mcdonald" in k}
    assert len(titled) == 1
    (person,) = titled
    assert merged.types[person] == "person"
    bodies = {v for keys in merged.keys[:3] for k, v in keys.items() if "mcdonald" in k}
    assert person not in bodies
    assert {merged.types[b] for b in bodies} == {"organization"}


def test_a_state_written_as_its_postal_code_is_named_in_full(nlp):
    found = entities(nlp, "Sen. Joe Donnelly (D-IN) voted no. Sen. Rob Portman (R-Ohio) did not.")
    states = {e.key: [a.value for a in e.attributes if a.kind == "state"] for e in found.values()}
    assert states["person:joe-donnelly"] == ["Indiana"]
    assert states["person:rob-portman"] == ["Ohio"]


def test_a_role_is_never_cut_inside_a_hyphenated_word(nlp):
    text = (
        "Vice-President Dick Cheney met BBC director-general Greg Dyke. Victor Shum, a "
        "Singapore-based analyst, agreed. James Ferry, the 22-year-old son of the singer, "
        "was held. Obama ran against then-Sen. Hillary Clinton."
    )
    found = entities(nlp, text)
    roles = {e.key: {a.value for a in e.attributes} for e in found.values()}
    assert roles["person:dick-cheney"] == {"Vice-President"}
    assert roles["person:greg-dyke"] >= {"director-general"}
    assert roles["person:victor-shum"] == {"analyst"}
    assert roles["person:james-ferry"] == {"son"}
    assert roles["person:hillary-clinton"] == {"Sen."}
