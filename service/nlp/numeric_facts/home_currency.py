"""The dollar an article means by a bare "$": its own country's, read from its dateline.

Wire style in Canada, Australia and New Zealand writes amounts in the home currency and marks
American ones ("US$"): "TORONTO -- Loblaw made a $1.6-billion profit" is Canadian dollars. An
article with no dateline, or one from elsewhere, keeps US dollars for "$" as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from service.nlp.article import DATELINE
from service.nlp.records import NumericFact

_CITIES = {
    "CAD": (
        "TORONTO OTTAWA MONTREAL VANCOUVER CALGARY EDMONTON WINNIPEG HALIFAX REGINA "
        "SASKATOON FREDERICTON CHARLOTTETOWN WHITEHORSE YELLOWKNIFE IQALUIT MONCTON KELOWNA "
        "GATINEAU MISSISSAUGA BRAMPTON BURNABY SUDBURY THUNDER-BAY QUEBEC-CITY ST.-JOHN'S"
    ),
    "AUD": "SYDNEY MELBOURNE CANBERRA BRISBANE PERTH ADELAIDE HOBART DARWIN GOLD-COAST",
    "NZD": "WELLINGTON AUCKLAND CHRISTCHURCH",
    "SGD": "SINGAPORE",
    "HKD": "HONG-KONG",
}
# (Towns that share their name with a bigger one elsewhere, Hamilton, Windsor, Victoria, count
# only with their region: "VICTORIA, B.C.")
_HOME = {city.replace("-", " "): code for code, names in _CITIES.items() for city in names.split()}
# Regions a dateline adds after a town ("SURREY, B.C. --", "BALLARAT, Vic. -").
_REGIONS = {
    **dict.fromkeys(
        [
            *("B.C.", "Alta.", "Sask.", "Man.", "Ont.", "Que.", "N.B.", "N.S.", "P.E.I."),
            *("N.L.", "Nfld.", "Y.T.", "N.W.T.", "Nunavut", "Alberta", "Saskatchewan"),
            *("Manitoba", "Ontario", "Quebec"),
        ],
        "CAD",
    ),
    **dict.fromkeys(
        ["N.S.W.", "NSW", "Vic.", "Qld", "Qld.", "Tas.", "W.A.", "S.A.", "N.T.", "A.C.T."], "AUD"
    ),
}
_DATELINE_LINES = 4  # the headline, a byline or a standfirst may come first
# An amount whose own words name its country ("US$5", "$5 US", "5 U.S. dollars").
_NAMED = re.compile(r"[A-Za-z]\$|\$\s?US|U\.?S\.?|American|Canadian|Australian")


def home_dollar(text: str) -> str | None:
    """The currency of the country an article is datelined in, when it is a dollar."""
    lines = [line for line in text[:2000].splitlines() if line.strip()][:_DATELINE_LINES]
    for line in lines:
        if (found := DATELINE.match(line.strip())) is None:
            continue
        region = found["region"]
        if region is not None and region in _REGIONS:
            return _REGIONS[region]
        return _HOME.get(found["town"].replace("’", "'"))
    return None


def in_home_dollars(text: str, facts: list[NumericFact]) -> list[NumericFact]:
    """The facts with a bare "$" or "dollars" in the dateline country's dollar."""
    home = home_dollar(text)
    if home is None:
        return facts
    return [
        replace(fact, currency=home)
        if fact.currency == "USD" and not _NAMED.search(fact.text)
        else fact
        for fact in facts
    ]
