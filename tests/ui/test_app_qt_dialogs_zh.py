"""Qt's standard dialogs speak Chinese: qtbase's translation, and ours where it lacks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QTreeView

from promoplanner.ui.language import install_translators


@pytest.fixture
def chinese(qtbot):
    install_translators(QApplication.instance(), "zh")
    yield
    install_translators(QApplication.instance(), "en")


def test_the_file_dialog_is_chinese(qtbot, tmp_path, chinese):
    (tmp_path / "folder").mkdir()
    dialog = QFileDialog(None, "x", str(tmp_path), "promoplanner (*.sqlite)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert labels == ["查找范围(&L)：", "文件名称(&N)：", "文件类型(&T)："]
    view = dialog.findChild(QTreeView)
    model = view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["名称", "体积", "类型", "修改日期"]
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) > 0)
    types = {
        model.index(r, 0, view.rootIndex()).data(): model.index(r, 2, view.rootIndex()).data()
        for r in range(model.rowCount(view.rootIndex()))
    }
    assert types["folder"] == "文件夹"
