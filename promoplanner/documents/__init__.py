"""Printable documents: plain data in (``data``), ReportLab story, PDF bytes out.

Each document module turns its frozen data into PDF bytes and reads nothing else; the
data is gathered by ``promoplanner.services.documents`` and the two are joined in
``promoplanner.printing``.
"""
