"""schemathesis hooks for the constraints of this API that a schema cannot state."""

import schemathesis


@schemathesis.hook
def before_call(ctx, case, **kwargs):
    """Make the cases meant to be valid satisfy what the schema cannot state.

    A page token is opaque: only a ``next_page_token`` the API returned for the same query is
    valid, so a generated string that fits the schema is still rightly refused with 400. The
    refusal of such tokens is tested in tests/test_errors.py.

    Likewise ``min_value`` over ``max_value`` is refused (400: no number could match), which
    JSON Schema cannot say of two parameters; a valid case gets them in order.
    """
    meta = case.meta
    if meta is not None and meta.generation.mode.is_positive and case.query:
        case.query.pop("page_token", None)
        low, high = case.query.get("min_value"), case.query.get("max_value")
        if isinstance(low, int | float) and isinstance(high, int | float) and low > high:
            case.query["min_value"], case.query["max_value"] = high, low
