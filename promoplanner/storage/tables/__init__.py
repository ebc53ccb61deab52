"""The database tables as typed SQLAlchemy 2 models, one module per area of the store."""

from __future__ import annotations

from promoplanner.storage.tables.base import (
    Base,
    LocalTime,
    LongText,
    Money,
    Text200,
    Versioned,
    enum_column,
)
from promoplanner.storage.tables.campaign import (
    CampaignRow,
    DeadlineRow,
    FloorQuotaRow,
    HolidayRow,
    PhaseRow,
)
from promoplanner.storage.tables.display import (
    CheckRecordRow,
    ItemPluRow,
    ScaleSettingRow,
    WalkOrderRow,
)
from promoplanner.storage.tables.floor import (
    ContestEntrantRow,
    ContestRoundRow,
    ContestRow,
    ContestTieEntryRow,
    ContestTieRow,
    DisplayCheckRow,
    HeatEntryRow,
    HeatRow,
)
from promoplanner.storage.tables.items import (
    ActivityRow,
    CarriedItemRow,
    DisplayZoneRow,
    FlyerItemRow,
    FlyerProofItemRow,
    FlyerProofRow,
    zone_item,
)
from promoplanner.storage.tables.people import (
    DeadlineReopeningRow,
    HistoryRow,
    PersonRoleRow,
    PersonRow,
    RoleRightRow,
)
from promoplanner.storage.tables.store import (
    BuyerRow,
    DepartmentRow,
    FloorRow,
    StoreRow,
    buyer_department,
    buyer_floor,
)
from promoplanner.storage.tables.submissions import (
    HeaderWordRow,
    LateRecordRow,
    SubmissionItemCommentRow,
    SubmissionRow,
)

__all__ = [
    "ActivityRow",
    "Base",
    "BuyerRow",
    "CampaignRow",
    "CarriedItemRow",
    "CheckRecordRow",
    "ContestEntrantRow",
    "ContestRoundRow",
    "ContestRow",
    "ContestTieEntryRow",
    "ContestTieRow",
    "DeadlineReopeningRow",
    "DeadlineRow",
    "DepartmentRow",
    "DisplayCheckRow",
    "DisplayZoneRow",
    "FloorQuotaRow",
    "FloorRow",
    "FlyerItemRow",
    "FlyerProofItemRow",
    "FlyerProofRow",
    "HeaderWordRow",
    "HeatEntryRow",
    "HeatRow",
    "HistoryRow",
    "HolidayRow",
    "ItemPluRow",
    "LateRecordRow",
    "LocalTime",
    "LongText",
    "Money",
    "PersonRoleRow",
    "PersonRow",
    "PhaseRow",
    "RoleRightRow",
    "ScaleSettingRow",
    "StoreRow",
    "SubmissionItemCommentRow",
    "SubmissionRow",
    "Text200",
    "Versioned",
    "WalkOrderRow",
    "buyer_department",
    "buyer_floor",
    "enum_column",
    "zone_item",
]
