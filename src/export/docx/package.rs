//! The Word package, assembled here rather than by docx-rs: only the parts the document uses
//! (docx-rs adds empty comments, footnotes and custom-property parts nothing refers to), real
//! document properties, settings that fill the table of contents on opening, and every part
//! put through the Word-strict pass of [`super::ooxml`].

use std::io::{Seek, Write};

use anyhow::{Context, Result};
use docx_rs as w;
use docx_rs::BuildXML;
use jiff::civil::Date;

use super::ooxml::{self, Element, Part};

/// Where the package goes: a file, or bytes in memory. The zip goes back to finish each part's
/// header, so it must be seekable.
pub trait Output: Write + Seek {}

impl<T: Write + Seek> Output for T {}

/// What the package says about the document (File > Properties).
#[derive(Debug, Clone, PartialEq)]
pub struct Properties {
    pub title: String,
    pub subject: String,
    /// The document's status ("Draft"), in its language.
    pub status: String,
    pub author: String,
    pub created: Date,
    /// A BCP 47 tag with a region where one is usual (`en-GB`), for `w:lang`.
    pub language: String,
}

/// The fonts and language marks for the plan's script.
#[derive(Debug, Clone, PartialEq)]
pub struct Script {
    pub language: String,
    /// The East Asian language, when the plan is written in one.
    pub east_asia: Option<String>,
    /// The complex-script (right-to-left) language, when the plan is written in one.
    pub bidi: Option<String>,
    pub east_asia_font: &'static str,
}

impl Script {
    /// From the plan's language: `zh`, `ja` and `ko` take East Asian fonts, `ar`, `he`, `fa`
    /// and `ur` are complex scripts written right to left.
    pub fn for_language(language: &str) -> Script {
        let language = with_region(language);
        let primary = language.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        let east_asia_font = match primary.as_str() {
            "ja" => "Yu Gothic",
            "ko" => "Malgun Gothic",
            _ => "Microsoft YaHei",
        };
        let east_asia = matches!(primary.as_str(), "zh" | "ja" | "ko").then(|| language.clone());
        let bidi = matches!(primary.as_str(), "ar" | "he" | "fa" | "ur").then(|| language.clone());
        Script { language, east_asia, bidi, east_asia_font }
    }
}

/// A bare language code with the region Word expects for it (`en` is `en-GB`); anything else
/// (already with a region, or unknown) as given. An empty language is English.
pub fn with_region(language: &str) -> String {
    let language = language.trim();
    let region = match language.to_ascii_lowercase().as_str() {
        "" | "en" => "en-GB",
        "fr" => "fr-FR",
        "de" => "de-DE",
        "es" => "es-ES",
        "pt" => "pt-PT",
        "it" => "it-IT",
        "nl" => "nl-NL",
        "ru" => "ru-RU",
        "uk" => "uk-UA",
        "ar" => "ar-SA",
        "he" => "he-IL",
        "fa" => "fa-IR",
        "ur" => "ur-PK",
        "zh" => "zh-CN",
        "ja" => "ja-JP",
        "ko" => "ko-KR",
        "tr" => "tr-TR",
        "sr" => "sr-Latn-RS",
        _ => return language.to_string(),
    };
    region.to_string()
}

/// Body font for Latin text, complex scripts and (by default) East Asian text.
const FONT: &str = "Calibri";
const COMPLEX_SCRIPT_FONT: &str = "Arial";

/// Rows with more text than this are allowed to break across pages: a row kept whole that is
/// taller than a page would be cut off.
const UNSPLITTABLE_ROW_CHARS: usize = 1500;

/// The Word package, written as it is made: the body of `word/document.xml` is streamed in one
/// paragraph or table row at a time, each through the strict pass on its own, so neither
/// docx-rs's tree nor the XML of the whole body is ever held (a 26,000-action plan would take
/// gigabytes). The other parts come from a skeleton docx-rs document: styles, numbering,
/// footers, and one empty section per page group whose section properties close each group.
pub struct Package<'a> {
    zip: zip::ZipWriter<&'a mut dyn Output>,
    ids: ParaIds,
    skeleton: w::XMLDocx,
    script: Script,
    /// The skeleton body's children: a section-break paragraph per page group but the last,
    /// then the last group's section properties.
    section_ends: std::vec::IntoIter<Element>,
}

impl<'a> Package<'a> {
    /// Writes the parts before the document into `out` and opens its body.
    pub fn start(
        skeleton: w::XMLDocx,
        props: &Properties,
        out: &'a mut dyn Output,
    ) -> Result<Package<'a>> {
        let footers = skeleton.footers.len();
        let mut zip = zip::ZipWriter::new(out);
        let parts: [(&str, Vec<u8>); 5] = [
            ("[Content_Types].xml", content_types(footers).into_bytes()),
            ("_rels/.rels", ROOT_RELS.as_bytes().to_vec()),
            ("docProps/core.xml", core_properties(props).into_bytes()),
            ("docProps/app.xml", APP_PROPERTIES.as_bytes().to_vec()),
            ("word/_rels/document.xml.rels", document_rels(footers).into_bytes()),
        ];
        for (name, bytes) in parts {
            zip.start_file(name, deflated()).context(name)?;
            zip.write_all(&bytes).context(name)?;
        }
        let text = std::str::from_utf8(&skeleton.document).context("word/document.xml")?;
        let mut document = ooxml::parse(text).context("word/document.xml")?;
        mark_document(&mut document.root);
        ooxml::reorder(&mut document.root);
        let body = document.root.child_mut("w:body");
        let section_ends: Vec<Element> = std::mem::take(&mut body.children)
            .into_iter()
            .filter_map(|n| match n {
                ooxml::Node::Element(e) => Some(e),
                ooxml::Node::Text(_) => None,
            })
            .collect();
        zip.start_file("word/document.xml", deflated()).context("word/document.xml")?;
        let head = format!("{}{}<w:body>", document.declaration, ooxml::start_tag(&document.root));
        zip.write_all(head.as_bytes()).context("word/document.xml")?;
        Ok(Package {
            zip,
            ids: ParaIds::default(),
            script: Script::for_language(&props.language),
            skeleton,
            section_ends: section_ends.into_iter(),
        })
    }

    pub fn paragraph(&mut self, p: &w::Paragraph) -> Result<()> {
        let mut part = fragment(&p.build())?;
        mark_document(&mut part.root);
        self.write(part.root)
    }

    /// A table's properties, grid and header row; its body rows follow with [`Self::row`]
    /// and [`Self::end_table`] closes it.
    pub fn table_head(&mut self, head: &w::Table) -> Result<()> {
        let mut part = fragment(&head.build())?;
        mark_document(&mut part.root);
        let xml = self.strict(part.root);
        let open = xml.strip_suffix("</w:tbl>").context("a table without rows")?;
        self.zip.write_all(open.as_bytes()).context("word/document.xml")
    }

    pub fn row(&mut self, row: &w::TableRow) -> Result<()> {
        let mut part = fragment(&row.build())?;
        mark_row(&mut part.root, false);
        mark_document(&mut part.root);
        self.write(part.root)
    }

    pub fn end_table(&mut self) -> Result<()> {
        self.zip.write_all(b"</w:tbl>").context("word/document.xml")
    }

    /// Closes a page group with its section properties.
    pub fn end_section(&mut self) -> Result<()> {
        let end = self.section_ends.next().context("more page groups than sections")?;
        self.write(end)
    }

    /// Closes the body and writes the parts after it.
    pub fn finish(mut self) -> Result<()> {
        self.zip.write_all(b"</w:body></w:document>").context("word/document.xml")?;
        let Package { mut zip, mut ids, skeleton, script, .. } = self;
        let styles = strict(&skeleton.styles, &mut ids, |root| mark_styles(root, &script))
            .context("word/styles.xml")?;
        let numbering =
            strict(&skeleton.numberings, &mut ids, |_| {}).context("word/numbering.xml")?;
        let mut parts: Vec<(String, Vec<u8>)> = vec![
            ("word/styles.xml".into(), styles.into_bytes()),
            ("word/numbering.xml".into(), numbering.into_bytes()),
            ("word/settings.xml".into(), settings(&script).into_bytes()),
            ("word/fontTable.xml".into(), font_table().into_bytes()),
        ];
        for (i, footer) in skeleton.footers.iter().enumerate() {
            let name = format!("word/footer{}.xml", i + 1);
            let part = strict(footer, &mut ids, mark_document).context(name.clone())?;
            parts.push((name, part.into_bytes()));
        }
        for (name, bytes) in parts {
            zip.start_file(name.as_str(), deflated()).context(name.clone())?;
            zip.write_all(&bytes).context(name)?;
        }
        zip.finish().with_context(|| crate::fl!("docx-pack-failed"))?;
        Ok(())
    }

    /// One element of the body through the rest of the strict pass, into the document.
    fn write(&mut self, root: Element) -> Result<()> {
        let xml = self.strict(root);
        self.zip.write_all(xml.as_bytes()).context("word/document.xml")
    }

    fn strict(&mut self, mut root: Element) -> String {
        self.ids.renumber(&mut root);
        ooxml::reorder(&mut root);
        ooxml::element_string(&root)
    }
}

fn deflated() -> zip::write::SimpleFileOptions {
    zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated)
}

/// A piece of a part as docx-rs builds it (one paragraph, table or row), parsed.
fn fragment(bytes: &[u8]) -> Result<Part> {
    ooxml::parse(std::str::from_utf8(bytes).context("not UTF-8")?).context("word/document.xml")
}

/// One part through the strict pass: parsed, marked by `mark`, paragraph ids renumbered,
/// children sorted into schema order.
fn strict(bytes: &[u8], ids: &mut ParaIds, mark: impl FnOnce(&mut Element)) -> Result<String> {
    let text = std::str::from_utf8(bytes).context("not UTF-8")?;
    let mut part: Part = ooxml::parse(text)?;
    mark(&mut part.root);
    ids.renumber(&mut part.root);
    ooxml::reorder(&mut part.root);
    Ok(ooxml::serialize(&part))
}

/// Paragraph ids unique across all parts: docx-rs gives section-break paragraphs the ids
/// 00000001 and 00000002 again in every section.
#[derive(Default)]
struct ParaIds {
    next: u32,
}

impl ParaIds {
    fn renumber(&mut self, root: &mut Element) {
        root.visit_mut(&mut |e| {
            if e.attribute("w14:paraId").is_some() {
                self.next += 1;
                e.set("w14:paraId", &format!("{:08X}", self.next));
            }
        });
    }
}

/// Tables, right-to-left paragraphs and the schema's attribute rules in a body part.
fn mark_document(root: &mut Element) {
    root.visit_mut(&mut |e| match e.name.as_str() {
        "w:tbl" => mark_rows(e),
        "w:p" => mark_direction(e),
        // CT_TblGridCol has no type; docx-rs writes one.
        "w:gridCol" => e.remove("w:type"),
        _ => {}
    });
}

/// Every row kept whole on a page (unless it is longer than a page could hold); the first
/// row is the header, repeated on every page.
fn mark_rows(table: &mut Element) {
    for (i, row) in table.elements_mut().filter(|e| e.name == "w:tr").enumerate() {
        mark_row(row, i == 0);
    }
}

fn mark_row(row: &mut Element, header: bool) {
    let long = row.text().chars().count() > UNSPLITTABLE_ROW_CHARS;
    let properties = row.child_mut("w:trPr");
    if !long || header {
        properties.ensure("w:cantSplit");
    }
    if header {
        properties.ensure("w:tblHeader");
    }
}

/// A paragraph whose text starts in a right-to-left script is laid out right to left.
fn mark_direction(paragraph: &mut Element) {
    if !ooxml::starts_right_to_left(&paragraph.text()) {
        return;
    }
    paragraph.child_mut("w:pPr").ensure("w:bidi");
    paragraph.visit_mut(&mut |e| {
        if e.name == "w:r" {
            e.child_mut("w:rPr").ensure("w:rtl");
        }
    });
}

/// `Normal` marked as the default paragraph style, and the language and fonts of the plan's
/// script in the document defaults.
fn mark_styles(root: &mut Element, script: &Script) {
    for style in root.elements_mut().filter(|e| e.name == "w:style") {
        if style.attribute("w:styleId") == Some("Normal") {
            style.set("w:default", "1");
        }
    }
    let defaults = root.child_mut("w:docDefaults").child_mut("w:rPrDefault").child_mut("w:rPr");
    let fonts = defaults.child_mut("w:rFonts");
    fonts.set("w:ascii", FONT);
    fonts.set("w:hAnsi", FONT);
    fonts.set("w:eastAsia", script.east_asia_font);
    fonts.set("w:cs", COMPLEX_SCRIPT_FONT);
    let mut lang = Element::new("w:lang").with("w:val", &escape(&script.language));
    if let Some(east_asia) = &script.east_asia {
        lang.set("w:eastAsia", &escape(east_asia));
    }
    if let Some(bidi) = &script.bidi {
        lang.set("w:bidi", &escape(bidi));
    }
    defaults.children.retain(|n| !matches!(n, ooxml::Node::Element(e) if e.name == "w:lang"));
    defaults.children.push(ooxml::Node::Element(lang));
}

/// Text for XML content and attribute values.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

const XML_DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;
const WORDML: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const OFFICE_RELS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CONTENT_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";

fn content_types(footers: usize) -> String {
    let mut overrides = vec![
        ("/word/document.xml".to_string(), format!("{CONTENT_TYPE}.document.main+xml")),
        ("/word/styles.xml".into(), format!("{CONTENT_TYPE}.styles+xml")),
        ("/word/numbering.xml".into(), format!("{CONTENT_TYPE}.numbering+xml")),
        ("/word/settings.xml".into(), format!("{CONTENT_TYPE}.settings+xml")),
        ("/word/fontTable.xml".into(), format!("{CONTENT_TYPE}.fontTable+xml")),
        (
            "/docProps/core.xml".into(),
            "application/vnd.openxmlformats-package.core-properties+xml".into(),
        ),
        (
            "/docProps/app.xml".into(),
            "application/vnd.openxmlformats-officedocument.extended-properties+xml".into(),
        ),
    ];
    for i in 1..=footers {
        overrides.push((format!("/word/footer{i}.xml"), format!("{CONTENT_TYPE}.footer+xml")));
    }
    let overrides: String = overrides
        .iter()
        .map(|(part, kind)| format!(r#"<Override PartName="{part}" ContentType="{kind}"/>"#))
        .collect();
    format!(
        r#"{XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>"#
    )
}

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#;

const APP_PROPERTIES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>napwiz</Application><DocSecurity>0</DocSecurity></Properties>"#;

/// The relationships of the main part; docx-rs's footer references use `rIdFooterN`.
fn document_rels(footers: usize) -> String {
    let mut rels = vec![
        ("rId1".to_string(), "styles", "styles.xml".to_string()),
        ("rId2".into(), "settings", "settings.xml".into()),
        ("rId3".into(), "fontTable", "fontTable.xml".into()),
        ("rId4".into(), "numbering", "numbering.xml".into()),
    ];
    for i in 1..=footers {
        rels.push((format!("rIdFooter{i}"), "footer", format!("footer{i}.xml")));
    }
    let rels: String = rels
        .iter()
        .map(|(id, kind, target)| {
            format!(r#"<Relationship Id="{id}" Type="{OFFICE_RELS}/{kind}" Target="{target}"/>"#)
        })
        .collect();
    format!(
        r#"{XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>"#
    )
}

fn core_properties(props: &Properties) -> String {
    let created = format!("{}T00:00:00Z", props.created);
    let author = if props.author.is_empty() {
        String::new()
    } else {
        format!("<dc:creator>{}</dc:creator>", escape(&props.author))
    };
    format!(
        r#"{XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject>{author}<dc:language>{language}</dc:language><cp:contentStatus>{status}</cp:contentStatus><dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified></cp:coreProperties>"#,
        title = escape(&props.title),
        subject = escape(&props.subject),
        status = escape(&props.status),
        language = escape(&with_region(&props.language)),
    )
}

/// Settings in CT_Settings order; `updateFields` makes Word fill the table of contents (with
/// page numbers) when the file is opened.
fn settings(script: &Script) -> String {
    let east_asia = script.east_asia.as_deref().map(escape).unwrap_or_else(|| "zh-CN".into());
    let bidi = script.bidi.as_deref().map(escape).unwrap_or_else(|| "ar-SA".into());
    format!(
        r#"{XML_DECLARATION}<w:settings xmlns:w="{WORDML}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:updateFields w:val="true"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="{lang}" w:eastAsia="{east_asia}" w:bidi="{bidi}"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>"#,
        lang = escape(&script.language),
    )
}

fn font_table() -> String {
    let font = |name: &str, family: &str| {
        format!(
            r#"<w:font w:name="{name}"><w:charset w:val="00"/><w:family w:val="{family}"/><w:pitch w:val="variable"/></w:font>"#
        )
    };
    format!(
        r#"{XML_DECLARATION}<w:fonts xmlns:w="{WORDML}">{}{}</w:fonts>"#,
        font(FONT, "swiss"),
        font(COMPLEX_SCRIPT_FONT, "swiss"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_get_the_region_word_expects() {
        assert_eq!(with_region("en"), "en-GB");
        assert_eq!(with_region(""), "en-GB");
        assert_eq!(with_region("fr-CA"), "fr-CA");
        assert_eq!(with_region("xx"), "xx");
    }

    #[test]
    fn scripts_follow_the_language() {
        assert_eq!(Script::for_language("ar").bidi.as_deref(), Some("ar-SA"));
        assert_eq!(Script::for_language("ja").east_asia.as_deref(), Some("ja-JP"));
        assert_eq!(Script::for_language("ja").east_asia_font, "Yu Gothic");
        let en = Script::for_language("en");
        assert!(en.bidi.is_none() && en.east_asia.is_none());
    }

    #[test]
    fn long_rows_may_break_but_headers_repeat() {
        let long = "x".repeat(UNSPLITTABLE_ROW_CHARS + 1);
        let xml = format!(
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>h</w:t></w:r></w:p></w:tc></w:tr>\
             <w:tr><w:tc><w:p><w:r><w:t>d</w:t></w:r></w:p></w:tc></w:tr>\
             <w:tr><w:tc><w:p><w:r><w:t>{long}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        );
        let mut part = ooxml::parse(&xml).unwrap();
        mark_rows(&mut part.root);
        let rows: Vec<&Element> = part.root.elements().collect();
        assert!(rows[0].child("w:trPr").unwrap().child("w:tblHeader").is_some());
        assert!(rows[1].child("w:trPr").unwrap().child("w:cantSplit").is_some());
        assert!(rows[1].child("w:trPr").unwrap().child("w:tblHeader").is_none());
        assert!(rows[2].child("w:trPr").unwrap().child("w:cantSplit").is_none());
    }
}
