"""A buyer's departments on the People screen: ticked among those of the floors typed."""

from __future__ import annotations

from items_fixtures import type_text
from PySide6.QtCore import Qt
from signed_in import sign_in

from promoplanner.services.people import person_by_user_name, update_person


def offered(screen) -> list[tuple[str, bool]]:
    picker = screen.departments
    return [
        (picker.item(n).text(), picker.item(n).checkState() == Qt.CheckState.Checked)
        for n in range(picker.count())
    ]


def tick(qtbot, screen, text: str) -> None:
    """Go to the department with the arrow keys and press Space, as a person would."""
    picker = screen.departments
    picker.setFocus()
    texts = [picker.item(n).text() for n in range(picker.count())]
    picker.setCurrentRow(0)
    for _ in range(texts.index(text)):
        qtbot.keyClick(picker, Qt.Key.Key_Right)
    assert picker.currentItem().text() == text
    qtbot.keyClick(picker, Qt.Key.Key_Space)


def choose(screen, user_name: str):
    person = person_by_user_name(screen.session.ctx, user_name)
    screen.section.choose(person.id)
    return person


def department_id(session, floor_code: str, name_zh: str) -> int:
    layout = session.layout()
    floor = layout.floor_by_code(floor_code)
    return next(d.id for d in layout.departments if d.floor_id == floor.id and d.name_zh == name_zh)


def test_a_planner_ticks_a_buyers_departments_and_saves(qtbot, window, gui_session):
    screen = window.show_screen("people")
    choose(screen, "buyer-food")
    assert [text for text, _ in offered(screen)][:2] == ["1F Fresh food", "1F Grocery"]
    assert not any(on for _, on in offered(screen))
    tick(qtbot, screen, "1F Fresh food")
    tick(qtbot, screen, "1F Chilled & dairy")
    qtbot.mouseClick(screen.buttons["save_person"], Qt.MouseButton.LeftButton)
    assert screen.status.text() == "Saved."
    food = person_by_user_name(gui_session.ctx, "buyer-food")
    assert food.department_ids == tuple(
        sorted(
            [department_id(gui_session, "1F", "生鲜"), department_id(gui_session, "1F", "冷藏乳品")]
        )
    )
    row = next(
        screen.section.table.item(r, 4).text()
        for r in range(screen.section.table.rowCount())
        if screen.section.table.item(r, 0).text() == "buyer-food"
    )
    assert row == "1F/生鲜 1F/冷藏乳品"
    choose(screen, "buyer-general")
    choose(screen, "buyer-food")  # chosen again: the ticks are the stored ones
    assert [t for t, on in offered(screen) if on] == ["1F Fresh food", "1F Chilled & dairy"]


def test_the_departments_follow_the_floors_typed(qtbot, window, gui_session):
    screen = window.show_screen("people")
    choose(screen, "buyer-food")
    tick(qtbot, screen, "1F Fresh food")
    screen.floors.setFocus()
    screen.floors.selectAll()
    type_text(qtbot, screen.floors, "1F 2F")
    texts = [t for t, _ in offered(screen)]
    assert "2F Personal care" in texts and ("1F Fresh food", True) in offered(screen)  # kept
    tick(qtbot, screen, "2F Personal care")
    screen.floors.selectAll()
    type_text(qtbot, screen.floors, "2F")
    assert [t for t, on in offered(screen) if on] == ["2F Personal care"]  # 1F went with it
    qtbot.mouseClick(screen.buttons["save_person"], Qt.MouseButton.LeftButton)
    food = person_by_user_name(gui_session.ctx, "buyer-food")
    assert food.department_ids == (department_id(gui_session, "2F", "洗化"),)


def test_a_change_made_meanwhile_is_refused_and_the_ticks_stay(qtbot, window, gui_session):
    screen = window.show_screen("people")
    food = choose(screen, "buyer-food")
    update_person(gui_session.ctx, food.id, display_name="王建国 食品")  # somebody else, meanwhile
    tick(qtbot, screen, "1F Grocery")
    qtbot.mouseClick(screen.buttons["save_person"], Qt.MouseButton.LeftButton)
    assert "was changed by" in screen.status.text()
    assert person_by_user_name(gui_session.ctx, "buyer-food").department_ids == ()
    assert ("1F Grocery", True) in offered(screen)


def test_a_buyer_sees_their_departments_but_cannot_tick(qtbot, window, gui_session):
    food = person_by_user_name(gui_session.ctx, "buyer-food")
    update_person(gui_session.ctx, food.id, buyer_department_ids=[
        department_id(gui_session, "1F", "生鲜")])  # fmt: skip
    sign_in(gui_session, "buyer-food")
    screen = window.show_screen("people")
    choose(screen, "buyer-food")
    assert ("1F Fresh food", True) in offered(screen)
    tick(qtbot, screen, "1F Grocery")
    assert ("1F Grocery", False) in offered(screen)  # Space does nothing for them
