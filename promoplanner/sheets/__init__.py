"""Buyers' spreadsheets on disk: reading .xlsx and .csv, writing exports and the template."""
