//! Word-strict XML: docx-rs writes child elements in its own order (`rPr` first in `pPr`,
//! `footerReference` last in `sectPr`, `rPr` before `pPr` in styles), reuses paragraph ids for
//! section breaks and has no switch for repeating header rows or right-to-left paragraphs.
//! Word's "repair" prompt complains about each of these, and docx-rs cannot be told otherwise,
//! so every part it writes goes through this pass: parsed into a small tree, children sorted
//! into the order of the ECMA-376 schema sequences below, and the marks it lacks added.
//!
//! The parser reads only what docx-rs writes: elements, attributes, escaped text and the XML
//! declaration (no comments, CDATA or doctype).

use anyhow::{Result, bail};

/// One XML node: an element with its attributes (values kept escaped) and children, or text
/// (kept escaped).
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Element(Element),
    Text(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    pub name: String,
    pub attributes: Vec<(String, String)>,
    pub children: Vec<Node>,
}

impl Element {
    pub fn new(name: &str) -> Element {
        Element { name: name.into(), attributes: vec![], children: vec![] }
    }

    pub fn with(mut self, attribute: &str, value: &str) -> Element {
        self.set(attribute, value);
        self
    }

    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    pub fn set(&mut self, name: &str, value: &str) {
        match self.attributes.iter_mut().find(|(n, _)| n == name) {
            Some(a) => a.1 = value.into(),
            None => self.attributes.push((name.into(), value.into())),
        }
    }

    pub fn remove(&mut self, name: &str) {
        self.attributes.retain(|(n, _)| n != name);
    }

    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    pub fn elements_mut(&mut self) -> impl Iterator<Item = &mut Element> {
        self.children.iter_mut().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    #[cfg(test)]
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.name == name)
    }

    /// The child named `name`, added (empty) when missing.
    pub fn child_mut(&mut self, name: &str) -> &mut Element {
        let at = self.children.iter().position(|n| matches!(n, Node::Element(e) if e.name == name));
        let at = at.unwrap_or_else(|| {
            self.children.push(Node::Element(Element::new(name)));
            self.children.len() - 1
        });
        match &mut self.children[at] {
            Node::Element(e) => e,
            Node::Text(_) => unreachable!("position found an element"),
        }
    }

    /// Adds an empty child `name` unless there is one.
    pub fn ensure(&mut self, name: &str) {
        self.child_mut(name);
    }

    /// Every element below this one (not itself), depth first.
    pub fn descendants(&self) -> Vec<&Element> {
        let mut all = vec![];
        for e in self.elements() {
            all.push(e);
            all.extend(e.descendants());
        }
        all
    }

    /// The text of the `w:t` elements below, unescaped enough to judge its script.
    pub fn text(&self) -> String {
        let mut text = String::new();
        for e in self.descendants() {
            if e.name == "w:t" {
                for n in &e.children {
                    if let Node::Text(t) = n {
                        text.push_str(t);
                    }
                }
            }
        }
        text
    }

    /// Applies `f` to this element and every element below it, parents first.
    pub fn visit_mut(&mut self, f: &mut impl FnMut(&mut Element)) {
        f(self);
        for e in self.elements_mut() {
            e.visit_mut(f);
        }
    }
}

/// A parsed part: the XML declaration (if any) and the root element.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub declaration: String,
    pub root: Element,
}

pub fn parse(xml: &str) -> Result<Part> {
    let mut rest = xml.trim_start_matches('\u{feff}');
    let mut declaration = String::new();
    if rest.starts_with("<?") {
        let end = rest.find("?>").map(|i| i + 2).unwrap_or(rest.len());
        declaration = rest[..end].to_string();
        rest = &rest[end..];
    }
    let mut stack: Vec<Element> = vec![Element::new("")];
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("</") {
            let end = after.find('>').ok_or_else(|| anyhow::anyhow!("unclosed end tag"))?;
            let done = stack.pop().filter(|e| e.name == after[..end].trim());
            let Some(done) = done else { bail!("mismatched end tag </{}>", &after[..end]) };
            let Some(parent) = stack.last_mut() else { bail!("end tag without a start") };
            parent.children.push(Node::Element(done));
            rest = &after[end + 1..];
        } else if rest.starts_with('<') {
            let end = tag_end(rest)?;
            let tag = &rest[1..end];
            let (tag, empty) = match tag.strip_suffix('/') {
                Some(t) => (t, true),
                None => (tag, false),
            };
            let element = parse_start_tag(tag)?;
            if empty {
                stack.last_mut().expect("root").children.push(Node::Element(element));
            } else {
                stack.push(element);
            }
            rest = &rest[end + 1..];
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            stack.last_mut().expect("root").children.push(Node::Text(rest[..end].into()));
            rest = &rest[end..];
        }
    }
    let Some(mut top) = stack.pop().filter(|_| stack.is_empty()) else { bail!("unclosed element") };
    let root = top.elements_mut().next().cloned();
    let Some(root) = root else { bail!("no root element") };
    Ok(Part { declaration, root })
}

/// Index of the `>` that closes the tag starting `rest`, outside quoted attribute values.
fn tag_end(rest: &str) -> Result<usize> {
    let mut quote = None;
    for (i, c) in rest.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if q == c => quote = None,
            (None, '>') => return Ok(i),
            _ => {}
        }
    }
    bail!("unclosed tag")
}

fn parse_start_tag(tag: &str) -> Result<Element> {
    let tag = tag.trim();
    let name_end = tag.find(char::is_whitespace).unwrap_or(tag.len());
    let mut element = Element::new(&tag[..name_end]);
    let mut rest = tag[name_end..].trim_start();
    while !rest.is_empty() {
        let Some(eq) = rest.find('=') else { bail!("attribute without value in <{tag}>") };
        let name = rest[..eq].trim().to_string();
        let value = rest[eq + 1..].trim_start();
        let Some(quote) = value.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            bail!("unquoted attribute in <{tag}>")
        };
        let close = value[1..].find(quote).ok_or_else(|| anyhow::anyhow!("unclosed value"))?;
        // Values are stored with double quotes on output.
        let raw = value[1..1 + close].replace('"', "&quot;");
        element.attributes.push((name, raw));
        rest = value[close + 2..].trim_start();
    }
    Ok(element)
}

/// An element's start tag, for writing its children after it piece by piece.
pub fn start_tag(e: &Element) -> String {
    let mut out = String::new();
    write_start(&mut out, e);
    out.push('>');
    out
}

/// One element and everything in it.
pub fn element_string(e: &Element) -> String {
    let mut out = String::with_capacity(1024);
    write_element(&mut out, e);
    out
}

pub fn serialize(part: &Part) -> String {
    let mut out = String::with_capacity(1 << 16);
    out.push_str(&part.declaration);
    write_element(&mut out, &part.root);
    out
}

fn write_start(out: &mut String, e: &Element) {
    out.push('<');
    out.push_str(&e.name);
    for (name, value) in &e.attributes {
        out.push_str(&format!(" {name}=\"{value}\""));
    }
}

fn write_element(out: &mut String, e: &Element) {
    write_start(out, e);
    if e.children.is_empty() {
        out.push_str("/>");
        return;
    }
    out.push('>');
    for child in &e.children {
        match child {
            Node::Element(c) => write_element(out, c),
            Node::Text(t) => out.push_str(t),
        }
    }
    out.push_str(&format!("</{}>", e.name));
}

// ---- the schema's order ----

/// Where content (anything not named) goes in a sequence.
const REST: &str = "*";

/// The child order of the sequences docx-rs gets wrong (ECMA-376 Part 1, transitional schema).
pub const SEQUENCES: &[(&str, &[&str])] = &[
    (
        "w:style",
        &[
            "w:name",
            "w:aliases",
            "w:basedOn",
            "w:next",
            "w:link",
            "w:autoRedefine",
            "w:hidden",
            "w:uiPriority",
            "w:semiHidden",
            "w:unhideWhenUsed",
            "w:qFormat",
            "w:locked",
            "w:personal",
            "w:personalCompose",
            "w:personalReply",
            "w:rsid",
            "w:pPr",
            "w:rPr",
            "w:tblPr",
            "w:trPr",
            "w:tcPr",
            "w:tblStylePr",
        ],
    ),
    (
        "w:pPr",
        &[
            "w:pStyle",
            "w:keepNext",
            "w:keepLines",
            "w:pageBreakBefore",
            "w:framePr",
            "w:widowControl",
            "w:numPr",
            "w:suppressLineNumbers",
            "w:pBdr",
            "w:shd",
            "w:tabs",
            "w:suppressAutoHyphens",
            "w:kinsoku",
            "w:wordWrap",
            "w:overflowPunct",
            "w:topLinePunct",
            "w:autoSpaceDE",
            "w:autoSpaceDN",
            "w:bidi",
            "w:adjustRightInd",
            "w:snapToGrid",
            "w:spacing",
            "w:ind",
            "w:contextualSpacing",
            "w:mirrorIndents",
            "w:suppressOverlap",
            "w:jc",
            "w:textDirection",
            "w:textAlignment",
            "w:textboxTightWrap",
            "w:outlineLvl",
            "w:divId",
            "w:cnfStyle",
            "w:rPr",
            "w:sectPr",
            "w:pPrChange",
        ],
    ),
    (
        "w:rPr",
        &[
            "w:rStyle",
            "w:rFonts",
            "w:b",
            "w:bCs",
            "w:i",
            "w:iCs",
            "w:caps",
            "w:smallCaps",
            "w:strike",
            "w:dstrike",
            "w:outline",
            "w:shadow",
            "w:emboss",
            "w:imprint",
            "w:noProof",
            "w:snapToGrid",
            "w:vanish",
            "w:webHidden",
            "w:color",
            "w:spacing",
            "w:w",
            "w:kern",
            "w:position",
            "w:sz",
            "w:szCs",
            "w:highlight",
            "w:u",
            "w:effect",
            "w:bdr",
            "w:shd",
            "w:fitText",
            "w:vertAlign",
            "w:rtl",
            "w:cs",
            "w:em",
            "w:lang",
            "w:eastAsianLayout",
            "w:specVanish",
            "w:oMath",
        ],
    ),
    (
        "w:sectPr",
        &[
            "w:headerReference",
            "w:footerReference",
            "w:footnotePr",
            "w:endnotePr",
            "w:type",
            "w:pgSz",
            "w:pgMar",
            "w:paperSrc",
            "w:pgBorders",
            "w:lnNumType",
            "w:pgNumType",
            "w:cols",
            "w:formProt",
            "w:vAlign",
            "w:noEndnote",
            "w:titlePg",
            "w:textDirection",
            "w:bidi",
            "w:rtlGutter",
            "w:docGrid",
            "w:printerSettings",
            "w:sectPrChange",
        ],
    ),
    (
        "w:tblPr",
        &[
            "w:tblStyle",
            "w:tblpPr",
            "w:tblOverlap",
            "w:bidiVisual",
            "w:tblStyleRowBandSize",
            "w:tblStyleColBandSize",
            "w:tblW",
            "w:jc",
            "w:tblCellSpacing",
            "w:tblInd",
            "w:tblBorders",
            "w:shd",
            "w:tblLayout",
            "w:tblCellMar",
            "w:tblLook",
            "w:tblCaption",
            "w:tblDescription",
        ],
    ),
    (
        "w:tcPr",
        &[
            "w:cnfStyle",
            "w:tcW",
            "w:gridSpan",
            "w:hMerge",
            "w:vMerge",
            "w:tcBorders",
            "w:shd",
            "w:noWrap",
            "w:tcMar",
            "w:textDirection",
            "w:tcFitText",
            "w:vAlign",
            "w:hideMark",
        ],
    ),
    (
        "w:lvl",
        &[
            "w:start",
            "w:numFmt",
            "w:lvlRestart",
            "w:pStyle",
            "w:isLgl",
            "w:suff",
            "w:lvlText",
            "w:lvlPicBulletId",
            "w:legacy",
            "w:lvlJc",
            "w:pPr",
            "w:rPr",
        ],
    ),
    ("w:p", &["w:pPr", REST]),
    ("w:r", &["w:rPr", REST]),
    ("w:tbl", &["w:tblPr", "w:tblGrid", REST]),
    ("w:tr", &["w:tblPrEx", "w:trPr", REST]),
    ("w:tc", &["w:tcPr", REST]),
    ("w:docDefaults", &["w:rPrDefault", "w:pPrDefault"]),
    ("w:styles", &["w:docDefaults", "w:latentStyles", REST]),
];

pub fn sequence(parent: &str) -> Option<&'static [&'static str]> {
    SEQUENCES.iter().find(|(name, _)| *name == parent).map(|(_, order)| *order)
}

/// The rank of a child in its parent's sequence; content not named sorts at `*` (or last).
fn rank(order: &[&str], child: &Node) -> usize {
    let name = match child {
        Node::Element(e) => e.name.as_str(),
        Node::Text(_) => REST,
    };
    order
        .iter()
        .position(|n| *n == name)
        .or_else(|| order.iter().position(|n| *n == REST))
        .unwrap_or(order.len())
}

/// Sorts the children of every element into schema order (stable, so content keeps its order).
pub fn reorder(root: &mut Element) {
    root.visit_mut(&mut |e| {
        if let Some(order) = sequence(&e.name) {
            e.children.sort_by_key(|c| rank(order, c));
        }
    });
}

/// Whether the first letter of `text` with a strong direction is right-to-left (Hebrew,
/// Arabic, Syriac, Thaana, N'Ko and their presentation forms).
pub fn starts_right_to_left(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_serialize_round_trip() {
        let xml = r#"<?xml version="1.0"?><a x="1 &amp; 2"><b/><c y='q'>t &lt; u</c></a>"#;
        let part = parse(xml).unwrap();
        assert_eq!(
            serialize(&part),
            r#"<?xml version="1.0"?><a x="1 &amp; 2"><b/><c y="q">t &lt; u</c></a>"#
        );
    }

    #[test]
    fn a_greater_than_sign_in_a_value_does_not_end_the_tag() {
        let part = parse(r#"<a v="x>y"><b/></a>"#).unwrap();
        assert_eq!(part.root.attribute("v"), Some("x>y"));
        assert_eq!(part.root.elements().count(), 1);
    }

    #[test]
    fn children_are_sorted_into_schema_order() {
        let mut part =
            parse("<w:pPr><w:rPr/><w:spacing/><w:pStyle/><w:keepNext/></w:pPr>").unwrap();
        reorder(&mut part.root);
        assert_eq!(serialize(&part), "<w:pPr><w:pStyle/><w:keepNext/><w:spacing/><w:rPr/></w:pPr>");
    }

    #[test]
    fn content_keeps_its_order_behind_the_properties() {
        let mut part = parse("<w:p><w:r>1</w:r><w:pPr/><w:r>2</w:r></w:p>").unwrap();
        reorder(&mut part.root);
        assert_eq!(serialize(&part), "<w:p><w:pPr/><w:r>1</w:r><w:r>2</w:r></w:p>");
    }

    #[test]
    fn broken_xml_is_an_error() {
        assert!(parse("<a><b></a>").is_err());
        assert!(parse("<a>").is_err());
    }

    #[test]
    fn right_to_left_is_judged_by_the_first_letter() {
        assert!(starts_right_to_left("1. خطة العمل الوطنية"));
        assert!(starts_right_to_left("תוכנית"));
        assert!(!starts_right_to_left("Plan خطة"));
        assert!(!starts_right_to_left("2027"));
    }
}
