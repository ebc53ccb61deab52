"""The campaign's own settings (targets are money, see inputs): the deep-discount limit."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "campaign.discount_limit": (
        "The deep-discount limit is a whole percentage from 1 to 99, like 70; “{value}” is not.",
        "深度折扣上限应为 1 至 99 之间的整数百分比（例如 70），“{value}”不符合。",
    ),
}
