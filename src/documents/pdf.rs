//! PDF: the glyphs pdf-extract decodes (fonts, encodings, ToUnicode maps), laid out by
//! [`super::layout`].

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use super::layout::{text_of, Glyph};
use super::DocumentError;

/// Collects each page's glyphs with their position and size in points.
#[derive(Default)]
struct Glyphs {
    pages: Vec<Vec<Glyph>>,
}

impl OutputDev for Glyphs {
    fn begin_page(
        &mut self,
        _: u32,
        _: &MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.pages.push(Vec::new());
        Ok(())
    }
    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        // The font size as drawn: the text matrix scales it (Chromium draws at size 1, scaled).
        let (sx, sy) = (
            font_size * (trm.m11 + trm.m21),
            font_size * (trm.m12 + trm.m22),
        );
        let size = (sx * sy).abs().sqrt();
        if let Some(page) = self.pages.last_mut() {
            page.push(Glyph {
                x: trm.m31,
                y: trm.m32,
                width: width * size,
                size,
                text: text.to_string(),
            });
        }
        Ok(())
    }
    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// The text of a PDF, or why there is none to read.
pub fn read(bytes: &[u8]) -> Result<String, DocumentError> {
    let document = lopdf::Document::load_mem(bytes).map_err(|e| match e {
        lopdf::Error::Decryption(_) => DocumentError::Encrypted,
        e => DocumentError::Damaged(e.to_string()),
    })?;
    if document.is_encrypted() {
        return Err(DocumentError::Encrypted);
    }
    let mut glyphs = Glyphs::default();
    pdf_extract::output_doc(&document, &mut glyphs)
        .map_err(|e| DocumentError::Damaged(e.to_string()))?;
    let text = text_of(&glyphs.pages);
    if text.trim().is_empty() {
        return Err(DocumentError::ImagesOnly);
    }
    Ok(text)
}
