"""The query page in a real headless browser (Debian's chromium): it loads with no request to
any other host, runs an example query through /sparql and shows the results as a table."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support import REPO, free_port

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None or CHROMEDRIVER is None,
        reason="needs Debian's chromium and its driver: "
        "apt-get install -y chromium chromium-driver",
    ),
]


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """The full service over the sample dataset, under uvicorn on a free loopback port."""
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "tests.service.browser_app:build",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        cwd=REPO,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(url + "/health", timeout=5).read()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("the service did not start")
                time.sleep(0.3)
        yield url
    finally:
        server.terminate()
        server.wait(30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-default-apps",
        "--disable-extensions",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(
        options=options, service=webdriver.ChromeService(executable_path=str(CHROMEDRIVER))
    )
    try:
        yield driver
    finally:
        driver.quit()


def requested_urls(driver: Any) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def test_ui_browser_page_runs_an_example_and_requests_nothing_elsewhere(
    base_url: str, browser: Any
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.select import Select
    from selenium.webdriver.support.wait import WebDriverWait

    browser.get(base_url + "/")
    assert "Query the diplomatic knowledge graph" in browser.page_source
    examples = Select(browser.find_element(By.ID, "examples"))
    labels = [option.text for option in examples.options]
    assert any("host country" in label for label in labels)
    examples.select_by_visible_text(
        next(label for label in labels if label.startswith("How many visits each host"))
    )
    assert "dip:hostCountry" in browser.find_element(By.ID, "query").get_attribute("value")
    assert browser.find_elements(By.CSS_SELECTOR, "#highlight .kw")
    browser.find_element(By.ID, "run").click()
    WebDriverWait(browser, 60).until(
        lambda driver: driver.find_elements(By.CSS_SELECTOR, "#results table tbody tr")
    )
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#results th")]
    assert headers == ["host_country", "name", "visits"]
    rows = browser.find_elements(By.CSS_SELECTOR, "#results tbody tr")
    assert {row.find_elements(By.TAG_NAME, "td")[1].text for row in rows} == {
        "France",
        "Kazakhstan",
        "Uzbekistan",
    }
    csv_link = browser.find_element(By.ID, "download-csv").get_attribute("href")
    assert csv_link.startswith(base_url + "/sparql?format=csv&query=")
    with urllib.request.urlopen(csv_link, timeout=30) as response:
        assert response.read().decode().splitlines()[0] == "host_country,name,visits"
    urls = requested_urls(browser)
    assert any(url.endswith("/static/query.js") for url in urls)
    assert any("/sparql" in url for url in urls)
    outside = [u for u in urls if not u.startswith(base_url) and not u.startswith("data:")]
    assert outside == []


def test_ui_browser_ontology_page_loads_offline(base_url: str, browser: Any) -> None:
    browser.get(base_url + "/ontology")
    assert "ontology" in browser.title.lower()
    outside = [u for u in requested_urls(browser) if not u.startswith(base_url)]
    assert outside == []
