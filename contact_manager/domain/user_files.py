"""Which reader a users file needs: an Excel workbook, vCards, or CSV. Pure, no Qt.

``read_users_file(data, name, sheet=None)`` gives the import's ``CsvTable`` whatever the file
is, with the admin console's export it comes from recognised (``table.format``).
"""

from __future__ import annotations

from contact_manager.domain.csv_file import CsvTable
from contact_manager.domain.csv_import import parse_csv, recognise_table
from contact_manager.domain.vcard_read import looks_like_vcard, read_vcards
from contact_manager.domain.workbook import looks_like_workbook, read_workbook


def read_users_file(data: bytes, name: str = "", sheet: str | None = None) -> CsvTable:
    """The rows of a .xlsx sheet (the first unless ``sheet``), of a .vcf file, or of a CSV file."""
    if looks_like_workbook(data, name):
        return recognise_table(read_workbook(data, name, sheet))
    if looks_like_vcard(data) or name.lower().endswith((".vcf", ".vcard")):
        return read_vcards(data, name)
    return parse_csv(data, name)
