"""Targets typed in 万元: the English screen says "10,000 yuan", limits are said in that unit."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from promoplanner.ui.campaigns.new_dialog import NewCampaignDialog
from promoplanner.ui.language import install_translators
from promoplanner.ui.widgets.wan_edit import WanTooLarge, parse_wan


def test_a_target_too_large_is_said_in_the_fields_unit():
    with pytest.raises(WanTooLarge) as refused:
        parse_wan("1000000")
    assert str(refused.value) == (
        "Too large: at most 999,999.999999 (10,000 yuan), that is ¥9,999,999,999.99."
    )


def test_the_target_labels_name_the_unit_in_each_language(qtbot, gui_session):
    dialog = NewCampaignDialog(gui_session)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Sales target (10,000 yuan):" in labels and not any("万元" in t for t in labels)
    install_translators(QApplication.instance(), "zh")
    try:
        with pytest.raises(WanTooLarge) as refused:
            parse_wan("1000000")
        assert str(refused.value) == "过大：最多 999,999.999999 万元，即 ¥9,999,999,999.99。"
    finally:
        install_translators(QApplication.instance(), "en")
