"""The deep-discount limit: a whole percentage, refused otherwise, used by the rule check."""

from __future__ import annotations

from decimal import Decimal

import pytest
from signed_in import as_user

from promoplanner.core.errors import DomainError, NotAllowed
from promoplanner.core.rules import check_campaign
from promoplanner.services.campaigns import find_campaign, load_snapshot, update_campaign


def warnings(ctx, campaign_id) -> int:
    snap = load_snapshot(ctx, campaign_id)
    return sum(f.code == "discount_suspicious" for f in check_campaign(snap, ctx.clock.now()))


@pytest.mark.parametrize("typed", ["40", "40 %", "４０％", 40])
def test_the_limit_is_taken_as_a_percentage(demo_ctx, typed):
    campaign = find_campaign(demo_ctx)
    before = warnings(demo_ctx, campaign.id)
    changed = update_campaign(demo_ctx, campaign.id, {"deep_discount_limit": typed})
    assert changed.deep_discount_limit == Decimal("0.40")
    assert load_snapshot(demo_ctx, campaign.id).campaign.deep_discount_limit == Decimal("0.40")
    assert warnings(demo_ctx, campaign.id) > before  # items 40–70 % off are flagged now


@pytest.mark.parametrize("typed", ["0", "100", "70.5", "0.7", "seventy", "", None, True, "1e1"])
def test_a_limit_outside_1_to_99_is_refused_and_nothing_changes(demo_ctx, typed):
    campaign = find_campaign(demo_ctx)
    with pytest.raises(DomainError) as refused:
        update_campaign(demo_ctx, campaign.id, {"deep_discount_limit": typed, "theme": "新主题"})
    assert refused.value.key == "campaign.discount_limit"
    assert refused.value.field == "deep_discount_limit"
    stored = load_snapshot(demo_ctx, campaign.id).campaign
    assert (stored.deep_discount_limit, stored.theme) == (Decimal("0.70"), campaign.theme)


def test_only_planners_change_the_limit(demo_ctx):
    campaign = find_campaign(demo_ctx)
    floor_manager = as_user(demo_ctx, "floor")
    with pytest.raises(NotAllowed):
        update_campaign(floor_manager, campaign.id, {"deep_discount_limit": "50"})
