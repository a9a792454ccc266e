//! The code's layers read top-down only, and no module imports one that imports it back.
//!
//! The dependency graph is read from the source: every `crate::`, `super::` and `self::` path
//! and every use of a child module declared with `mod`, resolved to the file that defines it.
//! A parent's `pub use child::…` re-exports are not dependencies (they only shorten paths), and
//! neither is a file's inline `mod tests` reaching its own module through `super::`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Top-level modules from the bottom layer up. A module may use the layers below its own, and
/// its own top-level module; two modules side by side in one layer never use each other.
/// The bottom layer is small shared helpers: `atomic_file` (replacing a file whole), `look`
/// (theme names and what the terminal shows), `paths` (where things are kept, plan file names),
/// `sanitize` (text from files made safe); `i18n` (every user-visible string, Fluent) uses
/// `sanitize`; `output` writes to the terminal through `sanitize`.
const LAYERS: &[&[&str]] = &[
    &["atomic_file", "look", "paths", "sanitize"],
    &["i18n"],
    &["output"],
    &["content"],
    &["plan"],
    &["store"],
    &["document"],
    &["export", "forms"],
    &["config"],
    &["cli"],
    &["tui", "plain"],
    &["commands"],
];

type Graph = BTreeMap<String, BTreeSet<String>>;

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let graph = module_graph();
    let cycles = cycles(&graph);
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn lower_layers_never_import_higher_ones() {
    let graph = module_graph();
    let mut wrong = Vec::new();
    for (from, targets) in &graph {
        for to in targets {
            if let (Some(a), Some(b)) = (layer(from), layer(to))
                && (b > a || b == a && top(from) != top(to))
            {
                wrong.push(format!("{from} -> {to}"));
            }
        }
    }
    assert!(wrong.is_empty(), "lower layers importing higher ones:\n{}", wrong.join("\n"));
}

#[test]
fn the_graph_reader_sees_real_dependencies() {
    let graph = module_graph();
    let plan_users = graph.iter().filter(|(_, t)| t.contains("plan")).count();
    assert!(plan_users > 5, "expected many modules to use plan, found {plan_users}");
    let fake: Graph = [("a", "b"), ("b", "c"), ("c", "a")]
        .into_iter()
        .map(|(a, b)| (a.to_string(), BTreeSet::from([b.to_string()])))
        .collect();
    assert_eq!(cycles(&fake).len(), 1);
    let known = BTreeSet::from(["a", "a::b", "c"]);
    let file = "use crate::c::D;\n#[cfg(test)]\nmod tests {\n    use super::*;\n}\n";
    let deps = dependencies("a::b", file, &known);
    assert_eq!(deps, BTreeSet::from(["c".to_string()]), "an inline test's super:: is its module");
}

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&top(module)))
}

fn top(module: &str) -> &str {
    module.split("::").next().unwrap_or(module)
}

fn module_graph() -> Graph {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = rust_files(&src);
    let modules: BTreeMap<String, PathBuf> =
        files.iter().map(|f| (module_of(&src, f), f.clone())).collect();
    let known: BTreeSet<&str> = modules.keys().map(String::as_str).collect();
    modules
        .iter()
        .filter(|(m, _)| !m.is_empty())
        .map(|(m, f)| (m.clone(), dependencies(m, &fs::read_to_string(f).unwrap(), &known)))
        .collect()
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// `src/tui/view/mod.rs` -> `tui::view`; `src/lib.rs` and `src/main.rs` -> the crate root "".
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let parts = match parts.last().map(String::as_str) {
        Some("mod") => &parts[..parts.len() - 1],
        Some("lib" | "main") if parts.len() == 1 => &parts[..0],
        _ => &parts[..],
    };
    parts.join("::")
}

/// A file's dependencies; in its inline `mod tests { ... }`, `super::` is the file's own module.
fn dependencies(module: &str, text: &str, known: &BTreeSet<&str>) -> BTreeSet<String> {
    let code = strip_comments_and_strings(text);
    let (own, tests) = code.split_at(code.find("mod tests {").unwrap_or(code.len()));
    let mut deps = paths_used(module, own, known);
    deps.extend(paths_used(&format!("{module}::tests"), tests, known));
    deps.retain(|d| d != module && !d.is_empty());
    deps
}

fn paths_used(module: &str, code: &str, known: &BTreeSet<&str>) -> BTreeSet<String> {
    let children = child_modules(code);
    let mut deps = BTreeSet::new();
    for statement in statements(code) {
        if is_reexport_of_child(&statement, &children) {
            continue;
        }
        for path in paths_in(&statement) {
            if let Some(target) = resolve(module, &path, &children, known) {
                deps.insert(target);
            }
        }
    }
    deps
}

fn is_reexport_of_child(statement: &str, children: &BTreeSet<String>) -> bool {
    let s = statement.trim_start();
    let Some(rest) = s.strip_prefix("pub use ").or_else(|| s.strip_prefix("pub(crate) use "))
    else {
        return false;
    };
    let rest = rest.trim_start().trim_start_matches("self::");
    children.iter().any(|c| rest.starts_with(&format!("{c}::")))
}

fn child_modules(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in code.lines() {
        let l = line.trim_start();
        let l = l.strip_prefix("pub ").or_else(|| l.strip_prefix("pub(crate) ")).unwrap_or(l);
        if let Some(rest) = l.strip_prefix("mod ")
            && let Some(name) = rest.strip_suffix(';')
        {
            out.insert(name.trim().to_string());
        }
    }
    out
}

/// Splits the code at `;`, `{` and `}` outside `use` trees, so that one `use` with braces stays
/// one statement.
fn statements(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    let mut in_use = false;
    for ch in code.chars() {
        current.push(ch);
        if !in_use && current.trim_start().starts_with("use ")
            || current.trim_start().starts_with("pub use ")
        {
            in_use = true;
        }
        match ch {
            '{' if in_use => depth += 1,
            '}' if in_use => depth = depth.saturating_sub(1),
            ';' if in_use && depth == 0 => {
                out.push(std::mem::take(&mut current));
                in_use = false;
            }
            ';' | '{' | '}' if !in_use => out.push(std::mem::take(&mut current)),
            _ => {}
        }
    }
    out.push(current);
    out
}

/// Every path in a statement, with `use` brace groups expanded: `use crate::{a::b, c};` gives
/// `crate::a::b` and `crate::c`.
fn paths_in(statement: &str) -> Vec<Vec<String>> {
    let s = statement.trim();
    let body = s.strip_prefix("pub use ").or_else(|| s.strip_prefix("pub(crate) use "));
    if let Some(tree) = body.or_else(|| s.strip_prefix("use ")) {
        let mut out = Vec::new();
        expand_use_tree(tree.trim_end_matches(';').trim(), &[], &mut out);
        return out;
    }
    path_tokens(s)
}

fn expand_use_tree(tree: &str, prefix: &[String], out: &mut Vec<Vec<String>>) {
    let tree = tree.trim();
    if let Some(open) = tree.find('{') {
        let head: Vec<String> = segments(&tree[..open]);
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let base: Vec<String> = prefix.iter().cloned().chain(head).collect();
        for part in split_top_level(inner) {
            expand_use_tree(&part, &base, out);
        }
    } else {
        let path: Vec<String> = prefix.iter().cloned().chain(segments(tree)).collect();
        if !path.is_empty() {
            out.push(path);
        }
    }
}

fn segments(path: &str) -> Vec<String> {
    let path = path.split(" as ").next().unwrap_or("");
    path.split("::")
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "*")
        .map(String::from)
        .collect()
}

fn split_top_level(inner: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0;
    let mut current = String::new();
    for ch in inner.chars() {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(ch);
    }
    parts.push(current);
    parts
}

/// Paths written in code: identifiers joined by `::`.
fn path_tokens(s: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let boundary = i == 0
            || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_' || chars[i - 1] == ':');
        if boundary && (chars[i].is_alphabetic() || chars[i] == '_') {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == ':')
            {
                i += 1;
            }
            let token: String = chars[start..i].iter().collect();
            if token.contains("::") {
                out.push(segments(&token));
            }
        } else {
            i += 1;
        }
    }
    out
}

/// The module a path lands in: the longest known module prefix after making it absolute.
fn resolve(
    module: &str,
    path: &[String],
    children: &BTreeSet<String>,
    known: &BTreeSet<&str>,
) -> Option<String> {
    let absolute = absolute(module, path, children)?;
    (0..=absolute.len())
        .rev()
        .map(|n| absolute[..n].join("::"))
        .find(|m| known.contains(m.as_str()))
}

fn absolute(module: &str, path: &[String], children: &BTreeSet<String>) -> Option<Vec<String>> {
    let mut here: Vec<String> =
        if module.is_empty() { vec![] } else { module.split("::").map(String::from).collect() };
    let first = path.first()?.as_str();
    match first {
        "crate" => Some(path[1..].to_vec()),
        "self" => Some(here.into_iter().chain(path[1..].iter().cloned()).collect()),
        "super" => {
            let mut rest = path;
            while rest.first().map(String::as_str) == Some("super") {
                here.pop();
                rest = &rest[1..];
            }
            Some(here.into_iter().chain(rest.iter().cloned()).collect())
        }
        _ if children.contains(first) => {
            Some(here.into_iter().chain(path.iter().cloned()).collect())
        }
        _ => None,
    }
}

/// Comments and string literals removed, so paths in docs and messages are not dependencies.
fn strip_comments_and_strings(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        match (chars[i], chars.get(i + 1)) {
            ('/', Some('/')) => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            ('/', Some('*')) => {
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    i += 1;
                }
                i += 2;
            }
            ('"', _) => {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i += 1;
                out.push_str("\"\"");
            }
            ('\'', _) if chars.get(i + 2) == Some(&'\'') || chars.get(i + 1) == Some(&'\\') => {
                i += 1;
                while i < chars.len() && chars[i] != '\'' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i += 1;
                out.push_str("' '");
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Every strongly connected group of two or more modules, as `a -> b -> a`.
fn cycles(graph: &Graph) -> Vec<String> {
    let mut found = Vec::new();
    let mut seen = BTreeSet::new();
    for start in graph.keys() {
        if seen.contains(start) {
            continue;
        }
        let group: BTreeSet<String> = reachable(graph, start)
            .into_iter()
            .filter(|m| reachable(graph, m).contains(start))
            .collect();
        if group.len() > 1 {
            found.push(describe_cycle(graph, start, &group));
            seen.extend(group);
        }
    }
    found
}

fn reachable(graph: &Graph, start: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::from([start.to_string()]);
    let mut stack = vec![start.to_string()];
    while let Some(m) = stack.pop() {
        for next in graph.get(&m).into_iter().flatten() {
            if seen.insert(next.clone()) {
                stack.push(next.clone());
            }
        }
    }
    seen
}

/// A shortest path from `start` back to itself inside its group.
fn describe_cycle(graph: &Graph, start: &str, group: &BTreeSet<String>) -> String {
    let mut previous: BTreeMap<String, String> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start.to_string()]);
    while let Some(m) = queue.pop_front() {
        for next in graph.get(&m).into_iter().flatten().filter(|n| group.contains(*n)) {
            if next == start {
                let mut path = vec![start.to_string(), m.clone()];
                let mut at = m.clone();
                while let Some(p) = previous.get(&at) {
                    path.push(p.clone());
                    at = p.clone();
                }
                path.reverse();
                return format!("{} (group of {})", path.join(" -> "), group.len());
            }
            if !previous.contains_key(next) && next != start {
                previous.insert(next.clone(), m.clone());
                queue.push_back(next.clone());
            }
        }
    }
    start.to_string()
}
