"""Encrypts a PDF with a user password, as a publisher protecting a notice would (pypdf).

    python encrypt_pdf.py IN.pdf OUT.pdf
"""
import sys

from pypdf import PdfReader, PdfWriter

reader = PdfReader(sys.argv[1])
writer = PdfWriter()
for page in reader.pages:
    writer.add_page(page)
writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
with open(sys.argv[2], "wb") as out:
    writer.write(out)
