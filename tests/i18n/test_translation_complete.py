"""Every string the code can show has a finished Italian translation.

lupdate reads the current sources into a copy of the committed catalogue: a string added
to the code and not yet translated comes out "unfinished" and fails here, naming the
string. Fix: `python scripts/update_translations.py`, translate, `make translations`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.build_translations import OUTPUT, SOURCES, lrelease_command

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import update_translations  # noqa: E402

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    forms: tuple[str, ...]
    finished: bool
    numerus: bool

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_catalogue(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = tuple(f.text or "" for f in translation.iter("numerusform")) or (translation.text or "",)
            kind = translation.get("type")
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source"),
                    forms=forms,
                    finished=kind not in ("unfinished", "vanished", "obsolete") and all(forms),
                    numerus=message.get("numerus") == "yes",
                )
            )
    return entries


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> dict[str, list[Entry]]:
    """The committed catalogues, brought up to date with the code by lupdate."""
    folder = tmp_path_factory.mktemp("ts")
    result = {}
    for lang, (target, extra) in update_translations.CATALOGS.items():
        ts = folder / f"contact_manager_{lang}.ts"
        shutil.copy(SOURCES / ts.name, ts)
        update_translations.lupdate(ts, target, [*extra, "-silent"], locations="none")
        result[lang] = read_catalogue(ts)
    return result


def test_the_code_has_strings_to_translate(fresh):
    # Guards the check itself: lupdate must find the sources' strings.
    contexts = {e.context for e in fresh["it"]}
    assert {"Role", "Errors", "LanguageMenu"} <= contexts
    assert len(fresh["it"]) > 50


def test_every_string_has_a_finished_italian_translation(fresh):
    missing = [str(e) for e in fresh["it"] if not e.finished]
    assert not missing, "untranslated or unfinished in Italian:\n" + "\n".join(missing)


def test_every_plural_has_its_english_forms(fresh):
    missing = [str(e) for e in fresh["en"] if e.numerus and not e.finished]
    assert not missing, "plural forms missing in English:\n" + "\n".join(missing)


def test_committed_catalogue_is_up_to_date_with_the_code(fresh):
    """No string in the .ts that the code no longer has, and none missing from it."""
    committed = {(e.context, e.source) for e in read_catalogue(SOURCES / "contact_manager_it.ts")}
    current = {(e.context, e.source) for e in fresh["it"]}
    assert committed == current, (
        "run scripts/update_translations.py: "
        f"new {sorted(current - committed)[:10]}, gone {sorted(committed - current)[:10]}"
    )


def test_translations_keep_the_placeholders(fresh):
    wrong = []
    for entry in fresh["it"] + fresh["en"]:
        if not entry.finished:
            continue  # reported by the completeness test
        expected = sorted(set(PLACEHOLDER.findall(entry.source)))
        for form in entry.forms:
            found = sorted(set(PLACEHOLDER.findall(form)))
            # A plural form may spell out "one" instead of %n.
            if found != expected and not (entry.numerus and set(found) == set(expected) - {"%n"}):
                wrong.append(f"{entry} -> {form!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_mnemonics_survive_translation(fresh):
    """A source with an &-mnemonic keeps exactly one in Italian (not on a space)."""
    wrong = []
    for entry in fresh["it"]:
        if entry.finished and re.search(r"&[^&\s]", entry.source):
            for form in entry.forms:
                marks = re.findall(r"&(?!&)(.)", form.replace("&&", ""))
                if len(marks) != 1 or marks[0].isspace():
                    wrong.append(f"{entry} -> {form!r}")
    assert not wrong, "mnemonic lost or doubled:\n" + "\n".join(wrong)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_compiled_catalogue_is_fresh(lang, tmp_path):
    """The .qm the app loads is what `make translations` makes of the committed .ts now: a
    stale one shows old texts. Compared by content, so an edited .ts not yet compiled fails."""
    ts = SOURCES / f"contact_manager_{lang}.ts"
    shipped = OUTPUT / f"contact_manager_{lang}.qm"
    assert shipped.is_file(), "no compiled catalogue: run `make translations`"
    fresh_qm = tmp_path / shipped.name
    subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(fresh_qm)], check=True)
    assert shipped.read_bytes() == fresh_qm.read_bytes(), f"{shipped.name} is stale: run `make translations`"


def test_every_context_is_one_qt_looks_up_at_run_time(fresh):
    """``parent.tr(...)`` or a module-level ``tr()`` wrapper gives lupdate a context ("parent",
    "") that differs from the one Qt asks for at run time: the translation is never found.
    Use ``self.tr`` in the class, or ``QCoreApplication.translate("Context", ...)``."""
    looked_up = re.compile(r"[A-Z][A-Za-z0-9]*")
    wrong = sorted({e.context for e in fresh["it"] if not looked_up.fullmatch(e.context or "")})
    assert not wrong, f"contexts Qt will never look up: {wrong}"
