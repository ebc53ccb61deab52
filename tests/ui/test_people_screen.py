"""The People screen: a planner adds, changes, resets and disables accounts; others only look."""

from __future__ import annotations

import pytest
from items_fixtures import cell, phase_id, type_text
from PySide6.QtCore import Qt
from signed_in import sign_in

from promoplanner.core.enums import Role
from promoplanner.core.errors import NotAllowed, SignInRefused
from promoplanner.services.items import ItemQuery, add_item, list_items
from promoplanner.services.people import list_people, person_by_user_name


def people_screen(window):
    return window.show_screen("people")


def rows(screen) -> list[list[str]]:
    table = screen.section.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def choose(screen, user_name: str) -> None:
    screen.section.choose(person_by_user_name(screen.session.ctx, user_name).id)


def fill(qtbot, screen, **fields: str) -> None:
    for name, text in fields.items():
        widget = getattr(screen, name)
        widget.setFocus()
        widget.selectAll()
        type_text(qtbot, widget, text)


def click(qtbot, screen, name: str) -> None:
    qtbot.mouseClick(screen.buttons[name], Qt.MouseButton.LeftButton)


def test_the_planner_sees_everybody_with_roles_and_floors(window):
    screen = people_screen(window)
    assert window.sidebar.item(window.sidebar.count() - 1).text() == "People"
    by_user = {row[0]: row for row in rows(screen)}
    assert sorted(by_user) == ["buyer-clothing", "buyer-food", "buyer-general", "floor", "planner"]
    assert by_user["planner"][1:] == ["周敏", "Planning department", "", "", "active"]
    assert by_user["buyer-food"][2:] == ["Buyer", "1F", "", "active"]
    assert by_user["floor"][2] == "Floor manager"
    assert all(button.isEnabled() for button in screen.buttons.values())
    assert not screen.user_name.isReadOnly()


def test_a_new_buyer_signs_in_and_may_change_only_their_floor(qtbot, window, gui_session):
    screen = people_screen(window)
    click(qtbot, screen, "new_person")
    fill(qtbot, screen, user_name="li-na", display_name="李娜", floors="2f")
    qtbot.mouseClick(screen.role_boxes[Role.BUYER], Qt.MouseButton.LeftButton)
    fill(qtbot, screen, password="fresh-2027", again="fresh-2027")
    click(qtbot, screen, "add_person")
    assert screen.status.text() == "李娜 can sign in now."
    assert ["li-na", "李娜", "Buyer", "2F", "", "active"] in rows(screen)
    assert screen.section.current_id() == person_by_user_name(gui_session.ctx, "li-na").id

    window.switch_user()
    dialog = window.sign_in_dialog
    dialog.user_name.setText("li-na")
    dialog.password.setText("fresh-2027")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert gui_session.person.user_name == "li-na" and gui_session.person.buyer_id is not None
    assert "李娜 (buyer)" in window.statusBar().user.text()
    assert not screen.buttons["add_person"].isEnabled()  # the People screen: only to look at

    phase = phase_id(gui_session, "1")
    new = {"name": "端午香囊", "regular_price": "20.00", "promo_price": "15.00"}
    with pytest.raises(NotAllowed, match="1F"):
        gui_session.change("items", add_item, phase, {**new, "floor_id": "1F"})
    mine = gui_session.change("items", add_item, phase, {**new, "floor_id": "2F"})
    items = window.show_screen("items")
    floor_of = {f.id: f.code for f in gui_session.layout().floors}
    listed = list_items(gui_session.ctx, ItemQuery(phase_id=phase))
    food = next(i for i in listed if floor_of[i.floor_id] == "1F")
    assert cell(items, mine.id, "promo_price").flags() & Qt.ItemFlag.ItemIsEditable
    assert not cell(items, food.id, "promo_price").flags() & Qt.ItemFlag.ItemIsEditable
    tip = cell(items, food.id, "promo_price").data(Qt.ItemDataRole.ToolTipRole)
    assert "You do not buy for 1F" in tip


@pytest.mark.parametrize(
    ("fields", "marked", "said"),
    [
        ({"user_name": "planner"}, "user_name", "The user name “planner” is taken already."),
        ({"user_name": "new-one", "password": "", "again": ""}, "password",
         "A password cannot be empty."),
        ({"user_name": "new-one", "again": "other-pass"}, "again", "The two passwords differ."),
        ({"user_name": "new-one", "floors": "9F"}, "floors", "9F"),
    ],
)  # fmt: skip
def test_refusals_are_said_in_words_and_nobody_is_added(
    qtbot, window, gui_session, fields, marked, said
):
    screen = people_screen(window)
    click(qtbot, screen, "new_person")
    screen.role_boxes[Role.BUYER].setChecked(True)
    fill(qtbot, screen, display_name="王五", floors="1F", password="pass-1234", again="pass-1234")
    for name, text in fields.items():
        if text:
            fill(qtbot, screen, **{name: text})
        else:
            getattr(screen, name).clear()
    click(qtbot, screen, "add_person")
    assert said in screen.status.text()
    assert marked in screen.section.errors.marked()
    assert len(list_people(gui_session.ctx)) == 5
    assert screen.user_name.text() == fields["user_name"]  # the typing stays


def test_the_last_planner_cannot_be_disabled_nor_lose_the_role(qtbot, window, gui_session):
    screen = people_screen(window)
    choose(screen, "planner")
    click(qtbot, screen, "disable_person")
    assert "“planner” is the last active planner" in screen.status.text()
    screen.role_boxes[Role.PLANNER].setChecked(False)
    screen.role_boxes[Role.FLOOR_MANAGER].setChecked(True)
    click(qtbot, screen, "save_person")
    assert "last active planner" in screen.status.text()
    assert person_by_user_name(gui_session.ctx, "planner").roles == {Role.PLANNER}


def test_disable_and_enable_an_account_nobody_is_deleted(qtbot, window, gui_session):
    screen = people_screen(window)
    choose(screen, "floor")
    click(qtbot, screen, "disable_person")
    assert screen.status.text() == "赵敏 cannot sign in now."
    assert ["floor", "赵敏", "Floor manager", "", "", "disabled"] in rows(screen)
    with pytest.raises(SignInRefused, match="disabled"):
        sign_in(type(gui_session)(gui_session.ctx), "floor")
    choose(screen, "floor")
    click(qtbot, screen, "enable_person")
    assert screen.status.text() == "赵敏 can sign in again."
    assert person_by_user_name(gui_session.ctx, "floor").active


def test_change_roles_and_floors_and_reset_a_password(qtbot, window, gui_session):
    screen = people_screen(window)
    choose(screen, "floor")
    assert screen.user_name.text() == "floor" and screen.display_name.text() == "赵敏"
    screen.role_boxes[Role.BUYER].setChecked(True)  # one person, two roles
    fill(qtbot, screen, floors="3F")
    click(qtbot, screen, "save_person")
    assert screen.status.text() == "Saved."
    floor = person_by_user_name(gui_session.ctx, "floor")
    assert floor.roles == {Role.BUYER, Role.FLOOR_MANAGER} and len(floor.floor_ids) == 1
    assert ["floor", "赵敏", "Buyer, Floor manager", "3F", "", "active"] in rows(screen)
    choose(screen, "buyer-food")
    fill(qtbot, screen, password="new-secret", again="new-secret")
    click(qtbot, screen, "reset_password")
    assert screen.status.text() == "王建国 signs in with the new password from now on."
    assert screen.password.text() == ""
    other = type(gui_session)(gui_session.ctx)
    with pytest.raises(SignInRefused):
        sign_in(other, "buyer-food")  # "demo" no longer
    assert sign_in(other, "buyer-food", "new-secret").user_name == "buyer-food"


def test_a_buyer_sees_the_people_but_changes_nothing(qtbot, window, gui_session):
    sign_in(gui_session, "buyer-food")
    screen = people_screen(window)
    assert len(rows(screen)) == 5
    assert not any(button.isEnabled() for button in screen.buttons.values())
    assert screen.user_name.isReadOnly() and not screen.role_boxes[Role.BUYER].isEnabled()
    assert screen.status.text() == "Only the planning department manages people."
    sign_in(gui_session, "planner")
    assert screen.buttons["add_person"].isEnabled() and screen.status.text() == ""


def test_what_the_planner_typed_does_not_stay_for_the_next_person(qtbot, window, gui_session):
    screen = people_screen(window)
    choose(screen, "buyer-food")
    fill(qtbot, screen, user_name="planner", password="pass-1234", again="pass-1234")
    click(qtbot, screen, "add_person")
    assert screen.section.errors.marked() == ["user_name"]
    sign_in(gui_session, "buyer-general")
    assert screen.section.errors.marked() == [] and screen.password.text() == ""
    assert screen.user_name.text() == "buyer-food"  # the person chosen, as stored


def test_the_departments_a_buyer_buys_for_are_listed(qtbot, window, gui_session):
    from promoplanner.services.buyers import update_buyer

    layout = gui_session.layout()
    general = person_by_user_name(gui_session.ctx, "buyer-general")
    floor2 = layout.floor_by_code("2F")
    wash = next(d for d in layout.departments if d.floor_id == floor2.id)
    gui_session.change("store", update_buyer, general.buyer_id, departments=[wash.id])
    screen = people_screen(window)
    assert [f"2F/{wash.name_zh}"] == [r[4] for r in rows(screen) if r[0] == "buyer-general"]
    gui_session.change("store", update_buyer, general.buyer_id, departments=[])
    qtbot.waitUntil(lambda: [r[4] for r in rows(screen) if r[0] == "buyer-general"] == [""])
