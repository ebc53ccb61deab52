"""Campaigns: the picker of the campaign on screen, Campaign → New, adding and removing phases."""

from promoplanner.ui.campaigns.new_dialog import NewCampaignDialog
from promoplanner.ui.campaigns.phase_actions import PhaseActionsWidget
from promoplanner.ui.campaigns.picker import CampaignPickerWidget

__all__ = ["CampaignPickerWidget", "NewCampaignDialog", "PhaseActionsWidget"]
