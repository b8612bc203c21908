#!/usr/bin/env python3
"""Browser test of `evident serve`: a headless Chromium opens the review app on a temporary
copy of the knowledge base, signs a claim off through the form, and checks the page and the
claim file afterwards.

Run by .ci/run after `swift test` (which builds .build/debug/evident). Needs Debian's
chromium, chromium-driver and python3-selenium (.ci/run installs them when missing), and runs
with the system Python that python3-selenium belongs to:

    /usr/bin/python3 .ci/browser-test.py [--binary .build/debug/evident] [--screenshot FILE]
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

CLAIM = "k2-increases-bone-density"
CLAIM_FILE = "Claims/vitamin-k2-article/k2-increases-bone-density.yaml"


def fail(message):
    print(f"browser test: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)
    print(f"browser test: ok: {message}")


def start_server(binary, root):
    """Starts `evident serve --port 0` and returns the process and the URL it printed."""
    process = subprocess.Popen(
        [binary, "serve", "--port", "0", "--kb", root],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    match = re.match(r"evident serve: (http://127\.0\.0\.1:\d+/) ", line)
    if not match:
        process.kill()
        fail(f"the server did not say where it listens: {line!r} {process.stderr.read()!r}")
    return process, match.group(1)


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--disable-gpu", "--window-size=1280,2000"]:
        options.add_argument(argument)
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(driver_path), options=options)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--binary", default=os.path.join(repo, ".build/debug/evident"))
    parser.add_argument("--screenshot", help="save the claim page after sign-off as PNG")
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        fail(f"no evident binary at '{args.binary}' (run swift build first)")

    root = tempfile.mkdtemp(prefix="evident-browser-")
    for folder in ["Claims", "Sources-Refs"]:
        shutil.copytree(os.path.join(repo, folder), os.path.join(root, folder))
    claim_files = [name for _, _, names in os.walk(os.path.join(root, "Claims"))
                   for name in names if name.endswith(".yaml")
                   and not name.startswith("_") and name != "policy.yaml"]
    server, url = start_server(args.binary, root)
    driver = None
    try:
        driver = browser()
        wait = WebDriverWait(driver, 60)

        driver.get(url)
        check(driver.title == "Claims · Evident", f"the listing opens ({driver.title!r})")
        check(len(driver.find_elements(By.TAG_NAME, "main")) == 1, "the listing has a <main>")
        links = {a.get_attribute("href") for a in
                 driver.find_elements(By.CSS_SELECTOR, "table.claims a[href*='/claims/']")}
        check(len(links) >= 0.9 * len(claim_files),
              f"the listing links {len(links)} of {len(claim_files)} claims")

        driver.get(url + "claims/" + CLAIM)
        mark = driver.find_element(By.CSS_SELECTOR, "blockquote.paragraph mark")
        check(mark.text == "increases bone density", "the claim page marks the quote")
        verdict_field = driver.find_element(By.ID, "verdict").find_element(
            By.XPATH, "./ancestor::div[contains(@class, 'field')]")
        check(not verdict_field.is_displayed(),
              "the verdict field is hidden until the decision is override (app.js ran)")

        driver.find_element(By.ID, "reviewer").send_keys("Dana Reviewer")
        Select(driver.find_element(By.ID, "decision")).select_by_value("approve")
        driver.find_element(By.ID, "reason").send_keys("Checked in the browser test.")
        driver.find_element(By.CSS_SELECTOR, "form.review button[type=submit]").click()
        wait.until(expected_conditions.url_contains("done=review"))

        notice = driver.find_element(By.CSS_SELECTOR, "p.notice").text
        check("Review recorded" in notice, f"the page says the review was recorded ({notice!r})")
        history = driver.find_element(By.CSS_SELECTOR, "ol.reviews").text
        check("Approved by Dana Reviewer" in history and "Checked in the browser test." in history,
              "the review history shows the sign-off")
        state = driver.find_element(By.CSS_SELECTOR, "p.badges .state").text
        check(state == "approved", f"the claim's review state is approved ({state!r})")
        if args.screenshot:
            driver.save_screenshot(args.screenshot)

        with open(os.path.join(root, CLAIM_FILE), encoding="utf-8") as handle:
            text = handle.read()
        check("  - reviewer: Dana Reviewer\n" in text and "    decision: approve\n" in text
              and "    reason: Checked in the browser test.\n" in text,
              "the claim file holds the review")
        check("    fingerprint: " in text, "the review carries a fingerprint")
        with open(os.path.join(repo, CLAIM_FILE), encoding="utf-8") as handle:
            check("Dana Reviewer" not in handle.read(), "the repository's own file is untouched")
    finally:
        if driver is not None:
            driver.quit()
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(root, ignore_errors=True)
    print("browser test: passed")


if __name__ == "__main__":
    main()
