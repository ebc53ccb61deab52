"""Printable documents: plain data in, ReportLab story, PDF bytes out."""
