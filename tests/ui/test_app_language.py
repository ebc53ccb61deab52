"""Every visible string has its Chinese; Chinese is chosen from the settings or the locale."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from promoplanner.core import i18n
from promoplanner.ui.app import open_window
from promoplanner.ui.language import choose_language, install_translators
from promoplanner.ui.settings import SettingsDialog, saved_language

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402


@pytest.mark.parametrize("group", translations.groups(), ids=lambda g: g.name or "app")
def test_every_string_of_the_gui_is_translated(group):
    assert group.ts.exists() and group.plurals.exists()
    assert translations.unfinished(group.ts) == []
    assert translations.unfinished(group.plurals) == []
    assert group.ts.with_suffix(".qm").exists()


@pytest.mark.parametrize("group", translations.groups(), ids=lambda g: g.name or "app")
def test_the_ts_holds_every_string_of_the_sources(tmp_path, group):
    # Extracting the sources again into a copy must find nothing untranslated.
    copy = tmp_path / "copy_zh_CN.ts"
    plurals = tmp_path / "copy_en.ts"
    copy.write_bytes(group.ts.read_bytes())
    plurals.write_bytes(group.plurals.read_bytes())
    assert translations.update(group, copy, plurals) == 0
    assert translations.unfinished(copy) == []
    assert translations.unfinished(plurals) == []


# ASCII , : ; ( ) ? ! right beside a Chinese character, outside numbers and times (12:00),
# file-dialog filters "(*.pdf)" and menu accelerators "(&F)".
ASCII_BESIDE_CHINESE = re.compile(
    r"[\u4e00-\u9fff][,:;?!()]|[,:;?!()][\u4e00-\u9fff]|[\u4e00-\u9fff] \(|\) [\u4e00-\u9fff]"
)
# The dashboard's file is left to the change that next touches that screen.
FULL_WIDTH_GROUPS = [g for g in translations.groups() if g.name != "dashboard"]


@pytest.mark.parametrize("group", FULL_WIDTH_GROUPS, ids=lambda g: g.name or "app")
def test_chinese_translations_use_full_width_punctuation(group):
    found = []
    for message in ElementTree.parse(group.ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = translation.findall("numerusform") if translation is not None else []
        for text in [f.text for f in forms] or [
            translation.text if translation is not None else ""
        ]:
            prose = re.sub(r"<[^>]*>|\(&\w\)", "", text or "")
            if "(*" not in prose and ASCII_BESIDE_CHINESE.search(prose):
                found.append(text)
    assert found == []


def _calls_inside_f_strings(tree: ast.AST) -> list[int]:
    """Lines where tr() or translate() runs inside an f-string, which lupdate never reads."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call):
                name = getattr(inner.func, "attr", None) or getattr(inner.func, "id", None)
                if name in ("tr", "translate"):
                    found.append(inner.lineno)
    return found


def test_no_gui_string_is_translated_inside_an_f_string():
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted(translations.UI.rglob("*.py"))
        for line in _calls_inside_f_strings(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == []


def test_every_gui_module_belongs_to_a_translation_group():
    grouped = {p for g in translations.groups() for p in g.sources}
    modules = {p for p in translations.UI.rglob("*.py") if "__pycache__" not in p.parts}
    assert modules == grouped


@pytest.fixture
def chinese(qtbot):
    app = QApplication.instance()
    install_translators(app, "zh")
    yield
    install_translators(app, "en")
    i18n.set_language("en")


def test_the_window_speaks_chinese(qtbot, chinese, gui_session):
    win = open_window(gui_session)
    qtbot.addWidget(win)
    titles = [win.sidebar.item(r).text() for r in range(win.sidebar.count())]
    assert titles[0] == "总览" and "阶段与配额" in titles and "文档" in titles
    planning = win.show_screen("planning")
    assert planning.phase_form.save_button.text() == "保存阶段"
    assert win.statusBar().user.text() == "用户：周敏（企划部）"  # full-width brackets


def test_settings_remember_the_language(qtbot, window, gui_session, monkeypatch):
    def accept(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("zh"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    window.actions_by_name["settings"].trigger()
    assert saved_language() == "zh"
    assert gui_session.person.user_name == "planner"  # who works is the sign-in's business
    monkeypatch.delenv("PROMOPLANNER_LANG", raising=False)
    monkeypatch.setattr(i18n, "_current", None)
    assert choose_language(saved_language()) == "zh"


class _Stop(Exception):
    pass


@pytest.mark.parametrize(
    ("argv", "expected"), [([], "zh"), (["--lang", "en"], "en"), (["--lang=en"], "en")]
)
def test_the_language_chosen_in_settings_is_used_at_the_next_start(
    tmp_path, monkeypatch, argv, expected
):
    # Started from the command line as a person does; --lang still overrides the setting.
    import promoplanner.ui.app as gui_app
    from promoplanner import cli
    from promoplanner.ui.settings import save_language

    save_language("zh")
    monkeypatch.delenv("PROMOPLANNER_LANG", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setattr(i18n, "_current", None)
    chosen = []

    def record(_app, language):
        chosen.append(language)
        raise _Stop

    monkeypatch.setattr(gui_app, "install_translators", record)
    with pytest.raises(_Stop):
        cli.main(["--db", str(tmp_path / "x.sqlite"), *argv])
    assert chosen == [expected]
    i18n.set_language("en")
