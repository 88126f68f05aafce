"""/livez and /readyz, unversioned, for orchestrators."""

from __future__ import annotations

from service import nlp
from service.api.errors import Blueprint
from service.api.schemas import LivenessSchema, NoQuery, ReadinessSchema
from service.api.state import store

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
    """The corpus is served: document count, fingerprint, skipped files, model and store.

    For readiness probes. Files that could not be read are listed under `skipped` with the
    reason, and files read with a fallback under `warnings`; neither stops the service.
    `store` is the SQLite file served (its path, size and build time). The ETag of this
    response is a digest of its body.
    """
    served = store()
    return {
        "status": "ready",
        "documents": served.document_count,
        "fingerprint": served.fingerprint,
        "skipped": served.skipped,
        "warnings": served.warnings,
        "model": {"name": nlp.MODEL_PACKAGE, "version": nlp.model_version()},
        "pipeline_version": nlp.PIPELINE_VERSION,
        "store": {"path": str(served.path), "size": served.size, "built_at": served.built_at},
    }
