"""Imports, submissions and late records on PostgreSQL (a private test cluster)."""

from __future__ import annotations

from datetime import datetime, timedelta

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sheet_files import HEADERS_ZH, food_rows, make_xlsx
from signed_in import as_user
from test_postgres import pg_db, pg_url  # noqa: F401  (the cluster fixtures)

from promoplanner.core.clock import FixedClock
from promoplanner.services.campaigns import find_campaign, load_snapshot
from promoplanner.services.context import connect
from promoplanner.services.demo import load_demo
from promoplanner.services.imports import import_preview, preview_import
from promoplanner.services.late import late_list
from promoplanner.services.submissions import submit_items
from promoplanner.sheets.reading import read_sheet
from promoplanner.storage.tables import Base


def test_import_submit_and_the_record_at_the_cutoff_on_postgresql(pg_db, tmp_path):  # noqa: F811
    clock = FixedClock(datetime(2027, 5, 20, 9, 0))
    ctx = connect(pg_db, clock=clock)
    load_demo(ctx, 2027)
    with ctx.uow.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    food = as_user(ctx, "buyer-food")
    phase = load_snapshot(food, find_campaign(food).id).phases[0]
    path = make_xlsx(tmp_path / "food.xlsx", [HEADERS_ZH, *food_rows(1500)], title="特价")
    result = import_preview(food, preview_import(food, phase.id, read_sheet(path)))
    assert len(result.created) == 1500
    again = preview_import(food, phase.id, read_sheet(path))
    assert again.counts()[again.rows[0].state] == 1500  # all unchanged
    submit_items(food, phase.id)
    due = min(d.due for d in load_snapshot(ctx, phase.campaign_id).deadlines)
    clock.at = due + timedelta(hours=1)
    records = {r.buyer_name: r for r in late_list(ctx, phase.id).records}
    assert records["王建国"].submitted_at == datetime(2027, 5, 20, 9, 0)
    assert records["王建国"].items >= 1500
    ctx.uow.engine.dispose()
