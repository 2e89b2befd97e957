"""Screenshots of the main pages of each role at 375 and 1280 px, compared with reference images
kept in tests/browser/screenshots/, so a layout regression is seen rather than guessed.

Deterministic: the same small site (site.py) with fixed names, images drawn by the demo's
placeholder code, Debian's fonts, no animations and no caret, and every text that looks like a
date or time masked. Compared at half size in greys (what a person sees, not the anti-aliasing of
one glyph): a pixel counts as changed when it moved more than CHANGED_LEVEL grey levels, and a
page fails when more than MAX_CHANGED of its pixels changed or its size differs.

To accept a change (a new page, a deliberate restyling): run
    UPDATE_SCREENSHOTS=1 .venv/bin/python -m pytest tests/browser/test_screenshots.py
look at the new PNGs in tests/browser/screenshots/ and commit them. On a failure the page as shown
and the difference are written to test-results/screenshots/."""
import os
import re
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageOps
from playwright.sync_api import Page

from directory.demo.images import save_logo, save_tile
from directory.models import OfferingImage
from tests.conftest import PASSWORD

from .conftest import sign_in
from .site import populate

REFERENCES = Path(__file__).parent / "screenshots"
RESULTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"
UPDATE = os.environ.get("UPDATE_SCREENSHOTS") == "1"
WIDTHS = {375: 812, 1280: 800}  # viewport width: height (only the first screen is kept)
CHANGED_LEVEL = 48  # of 255 grey levels
MAX_CHANGED = 0.01  # of the pixels
DATES = re.compile(r"\d{1,2}/\d{1,2}/\d{4}|\d{1,2}:\d{2}")


@pytest.fixture
def shot_site(world, db, make_category, make_offering, make_enterprise):
    populate(world, db, make_category, make_offering, make_enterprise)
    world["a"].logo_path = save_logo(world["a"].display_name)
    offering = world["offering_a"]
    offering.images = [OfferingImage(path=save_tile(offering.category.name_vi))]
    db.session.commit()
    return world


def pages(site) -> dict[str, list[tuple[str, str]]]:
    """role -> [(name, url)]: the pages each role starts from."""
    offering, enterprise = site["offering_a"], site["a"]
    return {
        "visitor": [("home", "/"), ("search", "/search/?q=th%C3%A9p"), ("offering", f"/offerings/{offering.id}"),
                    ("enterprise", f"/enterprises/{enterprise.slug}")],
        "manager_a": [("workspace", "/workspace/"), ("linkage", "/linkage/")],
        "reviewer_a": [("review", "/review/")],
        "admin": [("admin", "/admin/")],
    }


def _grey_half(png: bytes | Path) -> Image.Image:
    with Image.open(png) as image:
        grey = ImageOps.grayscale(image)
        return grey.resize((grey.width // 2, grey.height // 2), Image.Resampling.BOX)


def _changed(reference: Image.Image, shown: Image.Image) -> tuple[float, Image.Image]:
    diff = ImageChops.difference(reference, shown).point(lambda v: 255 if v > CHANGED_LEVEL else 0)
    changed = diff.histogram()[255] / (diff.width * diff.height)
    return changed, diff


def test_main_pages_look_as_they_did(page: Page, shot_site, tmp_path):
    problems, written = [], []
    for role, role_pages in pages(shot_site).items():
        page.context.clear_cookies()
        if role != "visitor":
            sign_in(page, shot_site[role].email, PASSWORD)
        for name, url in role_pages:
            for width, height in WIDTHS.items():
                page.set_viewport_size({"width": width, "height": height})
                assert page.goto(url).status == 200, url
                page.wait_for_load_state("networkidle")
                shot = tmp_path / f"{role}-{name}-{width}.png"
                page.screenshot(path=str(shot), animations="disabled", caret="hide",
                                mask=[page.get_by_text(DATES)], mask_color="#888888")
                shown = _grey_half(shot)
                reference = REFERENCES / shot.name
                if UPDATE:
                    REFERENCES.mkdir(exist_ok=True)
                    shown.save(reference, optimize=True)
                    written.append(shot.name)
                    continue
                if not reference.exists():
                    problems.append(f"{shot.name}: no reference (UPDATE_SCREENSHOTS=1 makes one)")
                    continue
                with Image.open(reference) as stored:
                    stored = stored.convert("L")
                if stored.size != shown.size:
                    problems.append(f"{shot.name}: {shown.size} instead of {stored.size}")
                    continue
                changed, diff = _changed(stored, shown)
                if changed > MAX_CHANGED:
                    RESULTS.mkdir(parents=True, exist_ok=True)
                    shown.save(RESULTS / shot.name)
                    diff.save(RESULTS / shot.name.replace(".png", "-diff.png"))
                    problems.append(f"{shot.name}: {changed:.1%} of the pixels changed (see {RESULTS})")
    if UPDATE:
        pytest.skip(f"references written: {', '.join(written)}")
    assert problems == [], "\n".join(problems)
    assert page.script_errors == []


def test_the_comparison_sees_a_moved_block(tmp_path):
    """The measure itself: a block of text moved by a few pixels is a change, the same image is not."""
    base = Image.new("L", (200, 100), 255)
    moved = base.copy()
    for image, x in ((base, 20), (moved, 60)):
        image.paste(0, (x, 20, x + 60, 60))
    assert _changed(base, base.copy())[0] == 0
    assert _changed(base, moved)[0] > MAX_CHANGED
