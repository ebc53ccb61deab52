"""Campaigns: the picker of the campaign on screen, Campaign → New, adding and removing phases.

The modules are imported where used (picker, new_dialog, phase_actions, menu), not here:
the main window needs only the menu at start-up.
"""
