"""What a demanding client found wrong serving a real corpus: each test failed before its fix."""

from service import create_app

TWO_ARTICLES = {
    "a.txt": "Budget talks\n\nThe weather was mild in London on Monday and crowds filled "
    "the parks.\n\nLater, Prime Minister Tony Blair said the economy was strong.\n",
    "b.txt": "A visit\n\nTony Blair visited Leeds on Tuesday, where Mr Blair met workers.\n",
}


def test_corpus_entity_titles_say_which_document_their_offsets_index(make_corpus):
    client = create_app({"CORPUS_DIR": str(make_corpus(TWO_ARTICLES))}).test_client()
    titles = client.get("/v1/entities/person:tony-blair").get_json()["titles"]
    listed = client.get("/v1/entities?q=blair").get_json()["items"]
    assert [e["titles"] for e in listed if e["id"] == "person:tony-blair"] == [titles]
    assert {t["value"] for t in titles} >= {"Prime Minister", "Mr"}
    for title in titles:
        text = client.get(f"/v1/documents/{title['document_id']}").get_json()["text"]
        assert text[title["start"] : title["end"]] == title["text"]
