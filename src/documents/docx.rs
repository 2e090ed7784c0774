//! Word (DOCX): the paragraphs and tables of `word/document.xml`, read with zip and quick-xml.
//! A table is read row by row, its cells joined as "label: value".

use std::io::Read;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::DocumentError;

/// The most `word/document.xml` may unpack to: a zip bomb stops here.
const MAX_XML_BYTES: u64 = 64 * 1024 * 1024;

/// The text of a DOCX file, or why there is none to read.
pub fn read(bytes: &[u8]) -> Result<String, DocumentError> {
    let damaged = |e: &dyn std::fmt::Display| DocumentError::Damaged(e.to_string());
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| damaged(&e))?;
    let mut entry = archive
        .by_name("word/document.xml")
        .map_err(|_| DocumentError::NotADocument)?;
    if entry.encrypted() {
        return Err(DocumentError::Encrypted);
    }
    let mut xml = String::new();
    entry
        .by_ref()
        .take(MAX_XML_BYTES)
        .read_to_string(&mut xml)
        .map_err(|e| damaged(&e))?;
    let text = text_of(&xml).map_err(|e| damaged(&e))?;
    if text.trim().is_empty() {
        return Err(DocumentError::ImagesOnly);
    }
    Ok(text)
}

/// The document's paragraphs, one per line; a table row's cells on one line.
fn text_of(xml: &str) -> Result<String, quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    let mut lines: Vec<String> = Vec::new();
    let mut paragraph = String::new();
    // Inside a table, paragraphs go into the cell, cells into the row.
    let (mut cell, mut row) = (String::new(), Vec::<String>::new());
    let mut tables = 0usize;
    let mut in_text = false;
    loop {
        match reader.read_event()? {
            Event::Start(e) => match e.local_name().into_inner() {
                "t" => in_text = true,
                "tbl" => tables += 1,
                _ => {}
            },
            Event::Empty(e) => match e.local_name().into_inner() {
                "tab" => paragraph.push('\t'),
                "br" | "cr" => paragraph.push(' '),
                _ => {}
            },
            Event::Text(t) if in_text => paragraph.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => paragraph.push_str(&entity(&r)),
            Event::End(e) => match e.local_name().into_inner() {
                "t" => in_text = false,
                "p" => {
                    let text = std::mem::take(&mut paragraph).trim().to_string();
                    match (text.is_empty(), tables > 0) {
                        (true, _) => {}
                        (false, true) => {
                            if !cell.is_empty() {
                                cell.push(' ');
                            }
                            cell.push_str(&text);
                        }
                        (false, false) => lines.push(text),
                    }
                }
                "tc" => row.push(std::mem::take(&mut cell)),
                "tr" => {
                    let cells: Vec<&str> = row
                        .iter()
                        .map(String::as_str)
                        .filter(|c| !c.is_empty())
                        .collect();
                    if !cells.is_empty() {
                        lines.push(row_text(&cells));
                    }
                    row.clear();
                }
                "tbl" => tables = tables.saturating_sub(1),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(lines.join("\n"))
}

/// A character or entity reference in the text (`&amp;`, `&#233;`).
fn entity(r: &quick_xml::events::BytesRef) -> String {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return c.to_string();
    }
    match &**r {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => "",
    }
    .to_string()
}

/// A table row as one line: "Deadline: 30 June 2025".
fn row_text(cells: &[&str]) -> String {
    let mut line = String::new();
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            if !line.ends_with(':') {
                line.push(':');
            }
            line.push(' ');
        }
        line.push_str(cell);
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(inner: &str) -> String {
        format!(
            r#"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{inner}</w:body></w:document>"#
        )
    }

    #[test]
    fn paragraphs_and_table_rows_in_order() {
        let xml = body(concat!(
            r#"<w:p><w:r><w:t>Policy Officer</w:t></w:r></w:p>"#,
            r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Deadline</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>30 June 2025</w:t></w:r></w:p></w:tc></w:tr>"#,
            r#"<w:tr><w:tc><w:p><w:r><w:t>Grade:</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>AD 5</w:t></w:r></w:p><w:p><w:r><w:t>(step 1)</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#,
            r#"<w:p><w:r><w:t xml:space="preserve">Fluent </w:t></w:r><w:r><w:t>French &amp; Dutch</w:t></w:r><w:r><w:tab/><w:t>&#233;t&#233;</w:t></w:r></w:p>"#,
            r#"<w:p></w:p>"#,
        ));
        assert_eq!(
            text_of(&xml).unwrap(),
            "Policy Officer\nDeadline: 30 June 2025\nGrade: AD 5 (step 1)\nFluent French & Dutch\tété"
        );
    }

    #[test]
    fn what_is_not_a_word_file_says_so() {
        assert!(matches!(
            read(b"PK\x03\x04 not really a zip"),
            Err(DocumentError::Damaged(_))
        ));
        assert!(matches!(
            read(b"plain text"),
            Err(DocumentError::Damaged(_))
        ));
    }
}
