"""A store set up as on its first morning: three floors, departments, two buyers."""

from __future__ import annotations

from promoplanner.services.store_setup import (
    BuyerPlan,
    FloorPlan,
    NewPlanner,
    StoreSetup,
    set_up_store,
)

THREE_FLOORS = (
    FloorPlan("1F", "食品", "Food", 12, 14, ("生鲜", "粮油", "休闲食品", "酒水")),
    FloorPlan("2F", "百货", "General merchandise", 10, 12, ("洗化", "家居")),
    FloorPlan("3F", "服装", "Clothing", 6, 4, ("男装", "女装")),
)


def new_store(ctx):
    """The context of the store's first planner (zhou, 周敏) on a freshly set-up store."""
    done = set_up_store(
        ctx,
        StoreSetup(
            "新华百货超市",
            "银川",
            NewPlanner("zhou", "secret-1", "周敏"),
            THREE_FLOORS,
            (BuyerPlan("王建国", ("1F",)), BuyerPlan("张伟", ("2F",))),
        ),
    )
    return ctx.acting_as(done.planner)
