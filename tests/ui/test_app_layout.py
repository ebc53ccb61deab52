"""The window fits an office laptop, its keys are not bound twice, Ctrl+F and F1 help."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from promoplanner.ui.screens import SCREENS


def test_every_screen_fits_a_1366_by_768_laptop(qtbot, window):
    for spec in SCREENS:
        window.show_screen(spec.key)
        qtbot.wait(10)
        hint = window.minimumSizeHint()
        assert hint.height() <= 700 and hint.width() <= 1300, (spec.key, hint)
    window.resize(1366, 700)
    qtbot.wait(10)
    assert window.height() <= 700


def test_no_key_is_bound_twice(window):
    owners: dict[str, str] = {}
    for name, action in window.actions_by_name.items():
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in owners, f"{key} is bound to {owners[key]} and {name}"
            owners[key] = name
    assert "F1" in owners and "Ctrl+Q" in owners


def test_ctrl_f_goes_to_the_search_of_the_items_and_checks_screens(qtbot, window):
    items = window.show_screen("items")
    window.actions_by_name["find"].trigger()
    assert QApplication.focusWidget() is items.filters.search
    checks = window.show_screen("checks")
    window.actions_by_name["find"].trigger()
    assert QApplication.focusWidget() is checks.scan


def test_help_explains_the_buyers_grid(window):
    items = window.show_screen("items")
    assert "Insert" in items.help_text() and "Ctrl+Shift+V" in items.help_text()
    assert "scan" in window.show_screen("checks").help_text().lower()
