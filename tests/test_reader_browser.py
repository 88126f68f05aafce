"""The reader's page in a real browser: Debian's chromium, headless, driven by Selenium.

Nothing is downloaded: the browser and its driver are the system's (``make test`` installs
the ``chromium`` and ``chromium-driver`` packages where missing). The page is served by
gunicorn over the seed corpus, as in production. The screenshot of the seed's page is
written to docs/reader.png (shown in the README), or where ``READER_SCREENSHOT`` says.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED_ID, SEEDS
from tests.servers import start_gunicorn, stop, wait_ready

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
# Flags that work as root in a container, with nothing fetched from the network.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,1100",
    "--force-device-scale-factor=1",
)
pytestmark = pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
    reason="chromium and chromium-driver are not installed (make test installs them)",
)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    proc = start_gunicorn(SEEDS)
    try:
        wait_ready(proc.port, proc)
        yield f"http://127.0.0.1:{proc.port}"
    finally:
        stop(proc)


def api(server: str, path: str) -> dict:
    with urllib.request.urlopen(server + path, timeout=30) as response:
        return json.loads(response.read())


def chromium(*, javascript: bool = True):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="newsfacts-chromium-")
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2}
        )
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(CHROMEDRIVER))
    driver.profile_dir = profile
    return driver


@pytest.fixture(scope="module")
def browser() -> Iterator:
    driver = chromium()
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(driver.profile_dir, ignore_errors=True)


def errors(driver) -> list[dict]:
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


QUOTES_SHOWN = """
const marks = [...document.querySelectorAll('#article mark.q')];
const on = marks.filter(m => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)');
const ids = list => [...new Set(list.map(m => m.dataset.quote))];
return {all: ids(marks), highlighted: ids(on)};
"""


def test_the_page_loads_without_errors_and_marks_every_quote(server, browser):
    browser.get(f"{server}/read/{SEED_ID}")
    assert errors(browser) == []
    quotes = api(server, f"/v1/documents/{SEED_ID}/quotes?page_size=100")
    shown = browser.execute_script(QUOTES_SHOWN)
    assert len(shown["all"]) == len(shown["highlighted"]) == quotes["total_size"] > 10
    assert set(shown["all"]) == {q["id"] for q in quotes["items"]}
    facts = api(server, f"/v1/documents/{SEED_ID}/numeric-facts?page_size=100")["total_size"]
    assert len(browser.find_elements(By.CSS_SELECTOR, "#article data.num")) >= facts
    assert browser.find_elements(By.CSS_SELECTOR, "#article .ent-person")
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("The United States")


def test_the_speaker_filter_keeps_only_their_quotes(server, browser):
    browser.get(f"{server}/read/{SEED_ID}")
    boxes = browser.find_elements(By.CSS_SELECTOR, "#speakers input[name=speaker]")
    names = [b.find_element(By.XPATH, "following-sibling::label").text for b in boxes]
    keep = names.index("Dmitry Peskov")
    for n, box in enumerate(boxes):
        if n != keep:
            box.click()
    said = api(server, f"/v1/quotes?speaker=person:dmitry-peskov&document={SEED_ID}")
    shown = browser.execute_script(QUOTES_SHOWN)
    assert sorted(shown["highlighted"]) == sorted(q["id"] for q in said["items"])
    assert len(shown["all"]) > len(shown["highlighted"]) > 0
    key = boxes[keep].get_attribute("value")
    assert browser.current_url.endswith(f"?speaker={key}&filtered=1")
    for n, box in enumerate(boxes):
        if n != keep:
            box.click()
    shown = browser.execute_script(QUOTES_SHOWN)
    assert shown["highlighted"] == shown["all"]
    assert browser.current_url.endswith(f"/read/{SEED_ID}")
    assert errors(browser) == []


TIP = "return getComputedStyle(document.activeElement, '::after').content;"


def test_keyboard_reaches_each_quote_and_shows_its_speaker(server, browser):
    browser.get(f"{server}/read/{SEED_ID}")
    first = api(server, f"/v1/documents/{SEED_ID}/quotes?page_size=1")["items"][0]
    body = browser.find_element(By.TAG_NAME, "body")
    for _ in range(60):
        body.send_keys(Keys.TAB)
        focused = browser.switch_to.active_element
        if focused.get_attribute("data-quote"):
            break
    assert focused.get_attribute("data-quote") == first["id"]
    assert first["speaker"]["name"] in browser.execute_script(TIP)
    focused.send_keys(Keys.TAB)
    label = browser.execute_script(TIP)
    assert label == "none" or "·" in label  # the next stop: a quote or a number, labelled


# Every text colour on its effective background, the tooltip's included.
CONTRAST_PAIRS = """
const parse = c => c.match(/[\\d.]+/g).map(Number);
const background = el => {
  for (; el; el = el.parentElement) {
    const c = parse(getComputedStyle(el).backgroundColor);
    if (c.length < 4 || c[3] > 0) return c.slice(0, 3);
  }
  return [255, 255, 255];
};
const pairs = [];
for (const el of document.querySelectorAll('body *')) {
  const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  if (!own || !el.offsetParent) continue;
  pairs.push([el.tagName + '.' + el.className, parse(getComputedStyle(el).color).slice(0, 3),
              background(el)]);
}
const tip = getComputedStyle(document.activeElement, '::after');
pairs.push(['tooltip', parse(tip.color).slice(0, 3), parse(tip.backgroundColor).slice(0, 3)]);
return pairs;
"""


def luminance(rgb: list[float]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: list[float], b: list[float]) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_text_meets_wcag_aa_contrast(server, browser):
    browser.get(f"{server}/read/{SEED_ID}")
    browser.execute_script("document.querySelector('#article mark.q').focus()")
    pairs = browser.execute_script(CONTRAST_PAIRS)
    assert len(pairs) > 100
    low = [(what, round(contrast(fg, bg), 2)) for what, fg, bg in pairs if contrast(fg, bg) < 4.5]
    assert low == []


def test_listing_and_search(server, browser):
    browser.get(f"{server}/read/")
    links = browser.find_elements(By.CSS_SELECTOR, ".documents a")
    assert [a.text for a in links] == [api(server, "/v1/documents")["items"][0]["title"]]
    search = browser.find_element(By.ID, "q")
    search.send_keys("kremlin", Keys.ENTER)
    WebDriverWait(browser, 20).until(lambda d: d.current_url.endswith("/read/?q=kremlin"))
    assert browser.find_element(By.CSS_SELECTOR, ".snippet mark").text.lower() == "kremlin"
    browser.find_element(By.CSS_SELECTOR, ".documents a").click()
    WebDriverWait(browser, 20).until(lambda d: d.current_url.endswith(f"/read/{SEED_ID}"))
    assert errors(browser) == []


def test_readable_without_script_and_the_filter_still_works(server):
    driver = chromium(javascript=False)
    try:
        driver.get(f"{server}/read/{SEED_ID}")
        shown = driver.find_elements(By.CSS_SELECTOR, "#article mark.q[data-quote]")
        assert shown
        boxes = driver.find_elements(By.CSS_SELECTOR, "#speakers input[name=speaker]")
        speaker = boxes[0].get_attribute("value")
        boxes[0].click()
        driver.find_element(By.CSS_SELECTOR, "#speakers button.apply").click()
        WebDriverWait(driver, 20).until(lambda d: "filtered=1" in d.current_url)
        off = driver.find_elements(By.CSS_SELECTOR, "#article mark.q.off")
        assert off
        assert {m.get_attribute("data-speaker") for m in off} == {speaker}
    finally:
        driver.quit()
        shutil.rmtree(driver.profile_dir, ignore_errors=True)


def test_screenshot_of_the_seed(server, browser):
    browser.get(f"{server}/read/{SEED_ID}")
    # The first quote focused: its speaker's label shows, as on hover.
    browser.execute_script("document.querySelector('#article mark.q').focus()")
    shot = Path(os.environ.get("READER_SCREENSHOT") or "docs/reader.png")
    assert browser.save_screenshot(str(ROOT / shot))
    assert (ROOT / shot).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert errors(browser) == []
