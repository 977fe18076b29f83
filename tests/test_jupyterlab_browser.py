"""JupyterLab in a real browser: open the quickstart notebook, run every cell, see a chart.

Starts JupyterLab on 127.0.0.1 with a throw-away copy of the quickstart
notebook and the seeds, drives Debian's Chromium with Playwright (never a
downloaded browser), waits for the notebook's kernel, runs all cells with
JupyterLab's own "Run All Cells" command (the way JupyterLab's Galata tests
drive the app, so no menu animation or late dialog can swallow a click),
asserts that no cell shows an error and that a chart image rendered, and saves
a screenshot to ``test-artifacts/``. Any dialog JupyterLab raises is recorded
and reported if the run fails. Skipped, with the reason, where ``/usr/bin/chromium`` is
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
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={work}", "--ServerApp.open_browser=False",
         "--LabApp.expose_app_in_browser=True"],
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


# JavaScript run in the page through window.jupyterapp (exposed by --LabApp.expose_app_in_browser)
_KERNEL_IDLE = """() => {
    const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
    const kernel = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
    return Boolean(kernel && kernel.connectionStatus === 'connected' && kernel.status === 'idle');
}"""
_RUN_ALL = "() => window.jupyterapp.commands.execute('notebook:run-all-cells')"
_SAVE = "() => window.jupyterapp.commands.execute('docmanager:save')"


def _dismiss_dialogs(page, seen: list[str]) -> None:
    """Record the text of every open JupyterLab dialog and accept it."""
    for dialog in page.locator(".jp-Dialog").all():
        if not dialog.is_visible():
            continue
        seen.append(" ".join(dialog.inner_text().split())[:300])
        accept = dialog.locator(".jp-Dialog-button.jp-mod-accept")
        if accept.count():
            accept.first.click()
        else:
            page.keyboard.press("Escape")


def _code_prompts(page) -> list[str]:
    return [t.strip() for t in page.locator(".jp-CodeCell .jp-InputArea-prompt").all_text_contents()]


def _wait_for(condition, *, seconds: float, page, dialogs: list[str]) -> bool:
    """Poll ``condition()`` for ``seconds``, clearing dialogs on the way."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        _dismiss_dialogs(page, dialogs)
        if condition():
            return True
        time.sleep(0.5)
    return False


def test_quickstart_runs_in_jupyterlab(jupyterlab):
    from playwright.sync_api import sync_playwright

    url, token, notebook = jupyterlab
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "jupyterlab-quickstart.png"
    shot.unlink(missing_ok=True)
    n_code = sum(c["cell_type"] == "code" for c in json.loads(notebook.read_text(encoding="utf-8"))["cells"])
    dialogs: list[str] = []
    done: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        try:
            page.goto(f"{url}/lab/tree/notebooks/01_quickstart.ipynb?token={token}")
            page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=90_000)
            kernel_ready = _wait_for(lambda: page.evaluate(_KERNEL_IDLE), seconds=120, page=page, dialogs=dialogs)
            assert kernel_ready, f"the notebook's kernel never became idle; dialogs seen: {dialogs}"
            for _attempt in range(3):
                page.evaluate(_RUN_ALL)
                if _wait_for(lambda: any(re.fullmatch(r"\[(\*|\d+)\]:?", t) for t in _code_prompts(page)),
                             seconds=30, page=page, dialogs=dialogs):
                    break

            def finished() -> bool:
                done[:] = [t for t in _code_prompts(page) if re.fullmatch(r"\[\d+\]:?", t)]
                return len(done) == n_code

            _wait_for(finished, seconds=240, page=page, dialogs=dialogs)
            page.wait_for_selector(".jp-OutputArea-output img", timeout=30_000)
            errors = page.locator("[data-mime-type='application/vnd.jupyter.error']").count()
            images = page.locator(".jp-OutputArea-output img").count()
            page.locator(".jp-OutputArea-output img").first.scroll_into_view_if_needed()
            page.screenshot(path=str(shot), full_page=False)
            page.evaluate(_SAVE)                        # the saved file tells what every cell did
            _wait_for(lambda: page.locator(".jp-mod-dirty").count() == 0, seconds=20, page=page, dialogs=dialogs)
        finally:
            if not shot.exists():
                page.screenshot(path=str(shot))
            browser.close()
    assert len(done) == n_code, f"only {len(done)} of {n_code} code cells ran; dialogs seen: {dialogs}"
    saved = json.loads((notebook).read_text(encoding="utf-8"))
    cells = [c for c in saved["cells"] if c["cell_type"] == "code"]
    assert all(c["execution_count"] for c in cells), "a code cell did not run"
    assert not [o for c in cells for o in c["outputs"] if o["output_type"] == "error"]
    assert any("image/png" in o.get("data", {}) for c in cells for o in c["outputs"])
    assert errors == 0, f"{errors} cell(s) show an error; see {shot}"
    assert images >= 1, "no chart image rendered"
