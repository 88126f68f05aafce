"""CORS is off unless configured; POST /v1/analyze can be rate-limited per client."""

import pytest

from service import create_app
from tests.conftest import SEEDS

ORIGIN = "https://newsroom.example"


@pytest.fixture(scope="module")
def guarded():
    config = {"CORPUS_DIR": str(SEEDS), "CORS_ORIGINS": [ORIGIN], "ANALYZE_RATE_LIMIT": "2/minute"}
    return create_app(config).test_client()


def test_cors_is_off_by_default(client):
    response = client.get("/v1/documents", headers={"Origin": ORIGIN})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_cors_allows_only_configured_origins(guarded):
    allowed = guarded.get("/v1/documents", headers={"Origin": ORIGIN})
    assert allowed.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert "ETag" in allowed.headers["Access-Control-Expose-Headers"]
    other = guarded.get("/v1/documents", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in other.headers


def test_cors_preflight_for_analyze(guarded):
    response = guarded.options(
        "/v1/analyze",
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type",
        },
    )
    assert response.status_code == 200
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert response.headers["Access-Control-Allow-Headers"].lower() == "content-type"


def test_analyze_rate_limit_is_429_problem_with_retry_after(guarded):
    statuses = [
        guarded.post("/v1/analyze", json={"text": "Sales rose 5%."}).status_code for _ in range(2)
    ]
    assert statuses == [200, 200]
    limited = guarded.post("/v1/analyze", json={"text": "Sales rose 5%."})
    assert limited.status_code == 429
    assert limited.mimetype == "application/problem+json"
    assert 0 < int(limited.headers["Retry-After"]) <= 60
    assert "2 per 1 minute" in limited.get_json()["detail"]
    # Only the analysis is limited: reads go on.
    assert guarded.get("/v1/documents").status_code == 200


def test_analyze_is_unlimited_by_default(client):
    for _ in range(5):
        assert client.post("/v1/analyze", json={"text": "Sales rose 5%."}).status_code == 200
