"""/livez and /readyz, unversioned, for orchestrators."""

from __future__ import annotations

from service import nlp
from service.api.errors import Blueprint
from service.api.schemas import LivenessSchema, NoQuery, ReadinessSchema
from service.api.state import corpus

blp = Blueprint("health", __name__, description="Liveness and readiness probes.")


@blp.route("/livez")
@blp.arguments(NoQuery, location="query", as_kwargs=True)
@blp.response(200, LivenessSchema)
def livez():
    """The process is up.

    For liveness probes: answers as long as the worker serves requests.
    """
    return {"status": "ok"}


@blp.route("/readyz")
@blp.arguments(NoQuery, location="query", as_kwargs=True)
@blp.response(200, ReadinessSchema)
def readyz():
    """The corpus is loaded: document count, fingerprint, skipped files and the model used.

    For readiness probes. Files that could not be read are listed under `skipped` with the
    reason, and files read with a fallback under `warnings`; neither stops the service.
    """
    loaded = corpus()
    return {
        "status": "ready",
        "documents": len(loaded.documents),
        "fingerprint": loaded.fingerprint,
        "skipped": loaded.skipped,
        "warnings": loaded.warnings,
        "model": {"name": nlp.MODEL_PACKAGE, "version": nlp.model_version()},
        "pipeline_version": nlp.PIPELINE_VERSION,
    }
