"""``import``, ``export``, ``template``, ``submission`` and ``late`` as scripts use them."""

from __future__ import annotations

import json
import shutil

import pytest
from openpyxl import load_workbook
from sheet_files import HEADERS_ZH, ean, food_rows, make_xlsx

from promoplanner.cli import main

NOW = ["--now", "2027-05-20 09:00"]
AFTER = ["--now", "2027-06-30 09:00"]


@pytest.fixture
def db(tmp_path, demo_db_template, monkeypatch):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_template, path)
    monkeypatch.setenv("PROMOPLANNER_PASSWORD", "demo")
    return str(path)


def run(capsys, *args, now=NOW):
    code = main([*now, *args])
    out, err = capsys.readouterr()
    kept = [line for line in err.splitlines(True) if "clock stands still" not in line]
    return code, out, "".join(kept)


def test_import_lists_bad_rows_by_number_exits_1_and_writes_nothing(db, capsys, tmp_path):
    rows = food_rows(4)
    rows[2][4] = 0
    path = make_xlsx(tmp_path / "food.xlsx", [HEADERS_ZH, *rows], title="特价商品")
    code, out, err = run(capsys, "--db", db, "--user", "buyer-food", "import", "items",
                         str(path), "--phase", "1")  # fmt: skip
    assert code == 1 and out == ""
    assert "Row 6, column E (零售价)" in err and "nothing was imported" in err
    code, out, _ = run(capsys, "--db", db, "--user", "buyer-food", "import", "items", str(path),
                       "--phase", "1", "--json")  # fmt: skip
    data = json.loads(out)
    assert code == 1 and data["written"] is False and data["bad_rows"] == 1
    assert data["problems"][0]["row"] == 6 and data["problems"][0]["column"] == "E"
    code, out, _ = run(capsys, "--db", db, "items", "list", "--phase", "1", "--json")
    assert ean(0) not in out


def test_import_then_reimport_then_dry_run(db, capsys, tmp_path):
    path = make_xlsx(tmp_path / "food.xlsx", [HEADERS_ZH, *food_rows(3)])
    args = ["--db", db, "--user", "buyer-food", "import", "items", str(path), "--phase", "1"]
    code, out, _ = run(capsys, *args)
    assert code == 0 and "3 new, 0 changed, 0 unchanged" in out
    code, out, _ = run(capsys, *args, "--json")
    assert json.loads(out)["unchanged"] == 3
    rows = food_rows(3)
    rows[0][5] = 8.8
    make_xlsx(path, [HEADERS_ZH, *rows])
    code, out, _ = run(capsys, *args, "--dry-run")
    assert code == 0 and "would add 0, change 1" in out
    code, out, _ = run(capsys, "--db", db, "items", "list", "--phase", "1", "--json")
    price = next(i for i in json.loads(out)["items"] if i["barcode"] == ean(0))["promo_price"]
    assert price == "9.90"  # the dry run wrote nothing


def test_import_needs_a_signed_in_person(db, capsys, tmp_path):
    path = make_xlsx(tmp_path / "food.xlsx", [HEADERS_ZH, *food_rows(1)])
    code, _, err = run(capsys, "--db", db, "import", "items", str(path), "--phase", "1")
    assert code == 2 and err.count("\n") == 1 and "sign" in err.lower()


def test_unknown_headers_are_said_and_can_be_mapped(db, capsys, tmp_path):
    path = make_xlsx(tmp_path / "w.xlsx", [["货品名", "条码", "单位", "原价", "特价"],
                                         ["粽子", int(ean(5)), "只", 5, 4]])  # fmt: skip
    base = ["--db", db, "--user", "buyer-food", "import", "items", str(path), "--phase", "1"]
    code, _, err = run(capsys, *base)
    assert code == 2 and "货品名" in err and "Name" in err
    code, out, _ = run(capsys, *base, "--map", "货品名=name")
    assert code == 0 and "1 new" in out
    code, _, err = run(capsys, *base, "--map", "货品名=colour")
    assert code == 2 and "colour" in err


def test_export_csv_keeps_barcodes_and_prices_as_excel_needs(db, capsys, tmp_path):
    out_csv = tmp_path / "p1.csv"
    code, out, _ = run(capsys, "--db", db, "export", "items", "--phase", "1", "--floor", "1F",
                       "-o", str(out_csv))  # fmt: skip
    assert code == 0 and "items written" in out
    data = out_csv.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Name,Barcode,Spec,Unit,Regular price,Promotion price")
    assert '"=""69' in lines[1] and ",5.90,3.90," in lines[1]
    assert all(",1F," in line for line in lines[1:])
    code, _, err = run(capsys, "--db", db, "export", "items", "--phase", "1", "-o", "x.pdf")
    assert code == 2 and ".csv or .xlsx" in err


def test_export_xlsx_and_the_template_with_drop_downs(db, capsys, tmp_path):
    book = tmp_path / "p1.xlsx"
    assert run(capsys, "--db", db, "export", "items", "--phase", "1", "-o", str(book))[0] == 0
    sheet = load_workbook(book).active
    assert sheet["B2"].data_type == "s" and len(sheet["B2"].value) == 13
    assert sheet["E2"].number_format == "0.00" and isinstance(sheet["E2"].value, float | int)
    template = tmp_path / "blank.xlsx"
    assert run(capsys, "--db", db, "--lang", "zh", "template", "-o", str(template))[0] == 0
    sheet = load_workbook(template).worksheets[0]
    assert [c.value for c in sheet[1]][:6] == ["品名", "条码", "规格", "单位", "原价", "特价"]
    ranges = {str(v.sqref).split(":")[0]: v.formula1 for v in sheet.data_validations.dataValidation}
    assert set(ranges) == {"G2", "H2", "I2", "J2", "K2", "L2"}  # tier … buyer
    lists = load_workbook(template).worksheets[1]
    assert [c.value for c in lists["A"]][1:4] == ["1F", "2F", "3F"]
    blank_csv = tmp_path / "blank.csv"
    assert run(capsys, "--db", db, "template", "-o", str(blank_csv))[0] == 0
    assert blank_csv.read_text("utf-8-sig").count("\n") == 2


def test_submission_commands_and_their_json(db, capsys):
    base = ["--db", db]
    assert (
        run(capsys, *base, "--user", "buyer-food", "submission", "submit", "--phase", "1")[0] == 0
    )
    code, out, _ = run(capsys, *base, "--user", "planner", "submission", "return", "--phase", "1",
                       "--buyer", "王建国", "--comment", "价格再核对")  # fmt: skip
    assert code == 0 and "returned" in out
    code, out, _ = run(capsys, *base, "submission", "list", "--phase", "1", "--json")
    data = json.loads(out)
    assert data["phase"] == 1
    wang = next(s for s in data["submissions"] if s["buyer"] == "王建国")
    assert wang == {"buyer": "王建国", "state": "returned", "at": "2027-05-20T09:00",
                    "comment": "价格再核对"}  # fmt: skip
    code, _, err = run(capsys, *base, "--user", "buyer-food", "submission", "approve",
                       "--phase", "1", "--buyer", "王建国")  # fmt: skip
    assert code == 2 and err.count("\n") == 1
    code, _, err = run(capsys, *base, "--user", "buyer-food", "submission", "submit",
                       "--phase", "1", now=AFTER)  # fmt: skip
    assert code == 2 and "deadline" in err.lower()


def test_late_prints_the_record_frozen_at_the_cutoff(db, capsys):
    code, out, _ = run(capsys, "--db", db, "late", "--phase", "1", "--json")
    assert code == 0 and json.loads(out)["buyers"] == []
    code, out, _ = run(capsys, "--db", db, "late", "--phase", "1", "--json", now=AFTER)
    data = json.loads(out)
    assert data["phase"] == 1 and data["deadline"].startswith("2027-06")
    wang = next(b for b in data["buyers"] if b["buyer"] == "王建国")
    assert wang["short"] == 0 and wang["assessment"] == "0.00" and wang["waived"] is False
    assert wang["submitted_at"] is None and isinstance(wang["items"], int)
    code, out, _ = run(capsys, "--db", db, "late", "--phase", "1", now=AFTER)
    assert code == 0 and "王建国" in out
    code, _, err = run(capsys, "--db", db, "--user", "planner", "late", "--phase", "1",
                       "--waive", "王建国", "--reason", "x", now=AFTER)  # fmt: skip
    assert code == 2 and "on time" in err
    code, out, _ = run(capsys, "--db", db, "--user", "planner", "late", "--rule", "per-item",
                       "--amount", "20")  # fmt: skip
    assert code == 0 and "20.00 yuan per missing item" in out


def test_a_buyers_own_export_imports_again_and_buyers_go_by_user_name_too(db, capsys, tmp_path):
    book = tmp_path / "mine.xlsx"
    code, out, _ = run(capsys, "--db", db, "--user", "buyer-food", "export", "items",
                       "--phase", "1", "--buyer", "buyer-food", "-o", str(book))  # fmt: skip
    assert code == 0 and "19 items written" in out
    sheet = load_workbook(book).active
    header = [c.value for c in sheet[1]]
    price = header.index("Promotion price") + 1
    sheet.cell(2, price).value = 1.11
    sheet.parent.save(book)
    code, out, err = run(capsys, "--db", db, "--user", "buyer-food", "import", "items",
                         str(book), "--phase", "1")  # fmt: skip
    assert code == 0 and "1 changed, 18 unchanged" in out, err
    assert run(capsys, "--db", db, "--user", "buyer-food", "submission", "submit",
               "--phase", "1")[0] == 0  # fmt: skip
    code, out, _ = run(capsys, "--db", db, "--user", "planner", "submission", "approve",
                       "--phase", "1", "--buyer", "buyer-food")  # fmt: skip
    assert code == 0 and "王建国" in out


def test_a_row_without_its_unit_is_a_problem_as_in_the_grid(db, capsys, tmp_path):
    """Price-marking rules, Art. 7: the grid marks the item; the import names row and column."""
    rows = food_rows(3)
    rows[1][3] = "  "  # 单位 left empty (blank, as WPS keeps a cleared cell)
    path = make_xlsx(tmp_path / "food.xlsx", [HEADERS_ZH, *rows], title="特价商品")
    args = ["--db", db, "--user", "buyer-food", "import", "items", str(path), "--phase", "1"]
    code, out, err = run(capsys, *args, "--dry-run")
    assert code == 1 and "Row 5, column D (单位): Unit is empty" in err and "Art. 7" in err
    code, out, _ = run(capsys, *args, "--dry-run", "--json")
    data = json.loads(out)
    assert [(p["row"], p["column"]) for p in data["problems"]] == [(5, "D")]
    code, _, err = run(capsys, "--lang", "zh", *args)
    assert code == 1 and "单位为空" in err and "第七条" in err
    code, out, _ = run(capsys, "--db", db, "items", "list", "--phase", "1", "--json")
    assert ean(0) not in out  # nothing was imported
    no_unit = [[c for n, c in enumerate(r) if n != 3] for r in [HEADERS_ZH, *food_rows(2)]]
    path = make_xlsx(tmp_path / "nounit.xlsx", no_unit)
    code, _, err = run(capsys, "--lang", "en", *args[:6], str(path), "--phase", "1")
    assert code == 2 and "Unit" in err and "Row" not in err  # no unit column: said once
