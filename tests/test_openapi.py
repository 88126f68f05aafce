import json
from pathlib import Path

import yaml
from openapi_spec_validator import validate

SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"


def test_committed_spec_matches_the_app(app):
    generated = json.loads(
        json.dumps(app.extensions["flask-smorest"]["apis"][""]["ext_obj"].spec.to_dict())
    )
    committed = yaml.safe_load(SPEC.read_text())
    assert committed == generated, "openapi.yaml is stale: run `make openapi`"


def test_committed_spec_is_valid_openapi_3_1():
    spec = yaml.safe_load(SPEC.read_text())
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_spec_served_and_docs_offline(client):
    spec = client.get("/openapi.json").get_json()
    assert "/v1/documents" in spec["paths"]
    page = client.get("/docs").get_data(as_text=True)
    assert "/docs/assets/swagger-ui-bundle.js" in page
    assert "//cdn" not in page
    assert "unpkg" not in page
    asset = client.get("/docs/assets/swagger-ui-bundle.js")
    assert asset.status_code == 200
    assert len(asset.data) > 100_000


def test_every_get_documents_etag_and_errors_are_problem_json():
    spec = yaml.safe_load(SPEC.read_text())
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method == "get":
                assert "304" in op["responses"], path
    for name, response in spec["components"]["responses"].items():
        assert list(response.get("content", {"application/problem+json": 0})) == [
            "application/problem+json"
        ], name
