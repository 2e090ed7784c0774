"""Writes a posting as the Word file an NGO would publish (python-docx): its first line as the
title, a table of deadline, contract and grade, then each line of the text as a paragraph, lines
starting with "- " as bullets.

    python make_docx.py POSTING.txt OUT.docx "Deadline=…" "Contract=…" "Grade=…"
"""
import sys

from docx import Document

source, out, *rows = sys.argv[1:]
lines = open(source, encoding="utf-8").read().split("\n")
document = Document()
document.add_heading(lines[0], level=1)
table = document.add_table(rows=0, cols=2)
table.style = "Table Grid"
for row in rows:
    label, value = row.split("=", 1)
    cells = table.add_row().cells
    cells[0].text, cells[1].text = label, value
for line in lines[1:]:
    if not line.strip():
        continue
    if line.startswith("- "):
        document.add_paragraph(line[2:], style="List Bullet")
    else:
        document.add_paragraph(line)
document.save(out)
