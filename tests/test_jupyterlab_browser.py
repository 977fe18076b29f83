"""JupyterLab in a real browser: open the quickstart notebook, run every cell, see a chart.

Starts JupyterLab on 127.0.0.1 with a throw-away copy of the quickstart
notebook and the seeds, drives Debian's Chromium with Playwright (never a
downloaded browser), runs all cells from the Run menu, asserts that no cell
shows an error and that a chart image rendered, and saves a screenshot to
``test-artifacts/``. Skipped, with the reason, where ``/usr/bin/chromium`` is
absent (``.ci/run`` installs it with apt-get).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium; "
                                                     ".ci/run does it)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def jupyterlab(tmp_path):
    work = tmp_path / "work"
    (work / "notebooks").mkdir(parents=True)
    shutil.copytree(ROOT / "seeds", work / "seeds")
    shutil.copy(ROOT / "notebooks" / "01_quickstart.ipynb", work / "notebooks")
    config = tmp_path / "config"
    (config / "labconfig").mkdir(parents=True)
    # no "Jupyter news" notification over the page
    (config / "labconfig" / "page_config.json").write_text(json.dumps(
        {"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}}), encoding="utf-8")
    port, token = _free_port(), secrets.token_hex(16)
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(config), "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
           "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces"), "MPLBACKEND": "module://matplotlib_inline.backend_inline"}
    log = (tmp_path / "jupyterlab.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ip=127.0.0.1", f"--port={port}",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={work}", "--ServerApp.open_browser=False"],
        env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2):
                break
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                pytest.fail("JupyterLab did not start:\n" + (tmp_path / "jupyterlab.log").read_text())
            time.sleep(0.5)
    yield url, token, work / "notebooks" / "01_quickstart.ipynb"
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


def _started(page, seconds: float = 30) -> bool:
    """Whether any code cell shows [*] or an execution count within ``seconds``."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        prompts = page.locator(".jp-CodeCell .jp-InputArea-prompt").all_text_contents()
        if any(re.fullmatch(r"\[(\*|\d+)\]:?", t.strip()) for t in prompts):
            return True
        time.sleep(0.5)
    return False


def test_quickstart_runs_in_jupyterlab(jupyterlab):
    from playwright.sync_api import sync_playwright

    url, token, notebook = jupyterlab
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "jupyterlab-quickstart.png"
    shot.unlink(missing_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        try:
            page.goto(f"{url}/lab/tree/notebooks/01_quickstart.ipynb?token={token}")
            page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
            page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
            n_code = sum(c["cell_type"] == "code" for c in json.loads(notebook.read_text(encoding="utf-8"))["cells"])
            for _attempt in range(6):               # the kernel may still be connecting: retry the menu
                page.get_by_role("menuitem", name="Run", exact=True).click()
                page.get_by_text("Run All Cells", exact=True).click()
                if _started(page):
                    break
                page.keyboard.press("Escape")
            deadline = time.time() + 180
            while time.time() < deadline:
                prompts = page.locator(".jp-CodeCell .jp-InputArea-prompt").all_text_contents()
                done = [t for t in prompts if re.fullmatch(r"\[\d+\]:?", t.strip())]
                if len(done) == n_code:
                    break
                time.sleep(1)
            page.wait_for_selector(".jp-OutputArea-output img", timeout=30_000)
            errors = page.locator("[data-mime-type='application/vnd.jupyter.error']").count()
            images = page.locator(".jp-OutputArea-output img").count()
            page.locator(".jp-OutputArea-output img").first.scroll_into_view_if_needed()
            page.screenshot(path=str(shot), full_page=False)
            page.keyboard.press("Control+s")                 # the saved file tells what every cell did
            time.sleep(2)
        finally:
            if not shot.exists():
                page.screenshot(path=str(shot))
            browser.close()
    assert len(done) == n_code, f"only {len(done)} of {n_code} code cells ran"
    saved = json.loads((notebook).read_text(encoding="utf-8"))
    cells = [c for c in saved["cells"] if c["cell_type"] == "code"]
    assert all(c["execution_count"] for c in cells), "a code cell did not run"
    assert not [o for c in cells for o in c["outputs"] if o["output_type"] == "error"]
    assert any("image/png" in o.get("data", {}) for c in cells for o in c["outputs"])
    assert errors == 0, f"{errors} cell(s) show an error; see {shot}"
    assert images >= 1, "no chart image rendered"
