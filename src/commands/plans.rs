use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};

use super::common::{EXIT_ERROR, content_for, new_plan_language, print_notices, show};
use crate::cli::{FIRST_YEAR, Format, LAST_YEAR, NewArgs};
use crate::content::PackSource;
use crate::output::Output;
use crate::paths;
use crate::plan::{self, Period, Plan, Severity};
use crate::store::PlanFile;

pub fn new(pack: &PackSource, args: NewArgs) -> Result<ExitCode> {
    let stdin = std::io::stdin();
    let details = match NewPlan::from_flags(&args) {
        Some(details) => details,
        None if stdin.is_terminal() => {
            NewPlan::ask(&args, &mut stdin.lock(), &mut Output::stderr(), next_year())?
        }
        None => {
            crate::errln!("napwiz: {}", NewPlan::missing_flags(&args))?;
            return Ok(ExitCode::from(EXIT_USAGE));
        }
    };
    if details.from > details.to {
        anyhow::bail!(
            "{}",
            crate::fl!(
                "new-years-reversed",
                from = details.from.to_string(),
                to = details.to.to_string()
            )
        );
    }
    let language = new_plan_language(pack, args.language.as_deref())?;
    let content = content_for(pack, &language)?;
    let period = Period { first: details.from, last: details.to };
    let mut plan = Plan::new(&details.title, &details.country, period, &content);
    plan.meta.facilitator = args.facilitator;
    plan.meta.coordinating_body = args.coordinating_body;
    let path = args.path.unwrap_or_else(|| paths::new_plan_path(&details.title));
    let file = PlanFile::create(&path, plan, args.force)?;
    print_notices(&file.notices)?;
    crate::outln!("{}", show(&path))?;
    Ok(ExitCode::SUCCESS)
}

/// Exit status for wrong usage, as clap uses.
const EXIT_USAGE: u8 = 2;

fn next_year() -> u16 {
    jiff::ZonedDateTime::now().year() as u16 + 1
}

/// What a new plan needs: from the flags, or asked on a terminal.
#[derive(Debug, PartialEq, Eq)]
struct NewPlan {
    title: String,
    country: String,
    from: u16,
    to: u16,
}

impl NewPlan {
    fn from_flags(args: &NewArgs) -> Option<NewPlan> {
        Some(NewPlan {
            title: args.title.clone()?,
            country: args.country.clone()?,
            from: args.from?,
            to: args.to?,
        })
    }

    /// Which flags are missing, with an example, for a run without a terminal to ask on.
    fn missing_flags(args: &NewArgs) -> String {
        let missing: Vec<&str> = [
            (args.title.is_none(), "--title"),
            (args.country.is_none(), "--country"),
            (args.from.is_none(), "--from"),
            (args.to.is_none(), "--to"),
        ]
        .into_iter()
        .filter_map(|(missing, flag)| missing.then_some(flag))
        .collect();
        crate::fl!("new-missing-flags", flags = missing.join(", "))
    }

    /// Asks for each missing value on `out`, reading `input`; years offer a default.
    fn ask(
        args: &NewArgs,
        input: &mut impl BufRead,
        out: &mut Output<impl Write>,
        next_year: u16,
    ) -> Result<NewPlan> {
        let mut asker = Asker { input, out };
        let title = match &args.title {
            Some(t) => t.clone(),
            None => asker.until(&crate::fl!("new-ask-title"), |t| {
                non_empty(t, crate::fl!("new-need-title"))
            })?,
        };
        let country = match &args.country {
            Some(c) => c.clone(),
            None => asker.until(&crate::fl!("new-ask-country"), |c| {
                non_empty(c, crate::fl!("new-need-country"))
            })?,
        };
        let from = match args.from {
            Some(y) => y,
            None => asker
                .until(&crate::fl!("new-ask-first-year", year = next_year.to_string()), |y| {
                    year(y, next_year)
                })?,
        };
        let to = match args.to {
            Some(y) => y,
            None => {
                let last = from.saturating_add(3);
                asker.until(&crate::fl!("new-ask-last-year", year = last.to_string()), |y| {
                    year(y, last).and_then(|y| match y < from {
                        true => Err(crate::fl!("new-last-before-first", first = from.to_string())),
                        false => Ok(y),
                    })
                })?
            }
        };
        Ok(NewPlan { title, country, from, to })
    }
}

/// Questions on a terminal: a prompt, an answer line, and why an answer was not taken.
struct Asker<'a, R, W> {
    input: &'a mut R,
    out: &'a mut Output<W>,
}

impl<R: BufRead, W: Write> Asker<'_, R, W> {
    /// Asks until `parse` accepts the answer; the end of the input creates nothing.
    fn until<T>(&mut self, prompt: &str, parse: impl Fn(&str) -> Result<T, String>) -> Result<T> {
        loop {
            self.out.text(format_args!("{prompt} "))?;
            let mut line = String::new();
            if self.input.read_line(&mut line).with_context(|| crate::fl!("new-unreadable"))? == 0 {
                self.out.line("")?;
                anyhow::bail!("{}", crate::fl!("new-no-answer"));
            }
            match parse(line.trim()) {
                Ok(value) => return Ok(value),
                Err(why) => self.out.line(format_args!("  {why}"))?,
            }
        }
    }
}

fn non_empty(text: &str, what: String) -> Result<String, String> {
    if text.is_empty() { Err(crate::fl!("new-needed", what = what)) } else { Ok(text.to_string()) }
}

/// A year of the plan period; Enter alone takes `default`.
fn year(text: &str, default: u16) -> Result<u16, String> {
    if text.is_empty() {
        return Ok(default);
    }
    text.parse::<u16>()
        .ok()
        .filter(|y| (FIRST_YEAR..=LAST_YEAR).contains(&i64::from(*y)))
        .ok_or_else(|| {
            crate::fl!(
                "new-not-a-year",
                text = text,
                first = FIRST_YEAR.to_string(),
                last = LAST_YEAR.to_string()
            )
        })
}

pub fn demo(
    pack: &PackSource,
    path: Option<PathBuf>,
    language: Option<&str>,
    force: bool,
) -> Result<ExitCode> {
    let language = new_plan_language(pack, language)?;
    let content = content_for(pack, &language)?;
    let path = path.unwrap_or_else(paths::demo_plan_path);
    let mut demo = plan::demo_plan(&content);
    demo.meta.language = language;
    let file = PlanFile::create(&path, demo, force)?;
    print_notices(&file.notices)?;
    crate::outln!("{}", show(&path))?;
    Ok(ExitCode::SUCCESS)
}

pub fn check(pack: &PackSource, path: &Path, format: Format) -> Result<ExitCode> {
    let file = PlanFile::read(path)?;
    let content = content_for(pack, &file.plan.meta.language)?;
    print_notices(&file.notices)?;
    let health = plan::check(&file.plan, &content);
    match format {
        Format::Json => crate::outln!("{}", serde_json::to_string_pretty(&health)?)?,
        Format::Human => {
            for f in &health.findings {
                let label = match f.severity {
                    Severity::Error => crate::fl!("check-error"),
                    Severity::Warning => crate::fl!("check-warning"),
                };
                crate::outln!("{label}: {}", f.message)?;
            }
            let totals =
                crate::fl!("check-totals", errors = health.errors, warnings = health.warnings);
            crate::outln!("{}: {totals}", show(path))?;
        }
    }
    Ok(if health.is_ok() { ExitCode::SUCCESS } else { ExitCode::from(EXIT_ERROR) })
}

pub fn summary(pack: &PackSource, path: &Path, format: Format) -> Result<ExitCode> {
    let mut file = PlanFile::read(path)?;
    let content = content_for(pack, &file.plan.meta.language)?;
    print_notices(&file.notices)?;
    print_notices(plan::moved_notice(&plan::follow_moves(&mut file.plan, &content)).as_slice())?;
    let summary = plan::summarize(&file.plan, &content);
    match format {
        Format::Json => crate::outln!("{}", serde_json::to_string_pretty(&summary)?)?,
        Format::Human => crate::out!("{summary}")?,
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(title: Option<&str>, from: Option<u16>) -> NewArgs {
        NewArgs {
            path: None,
            title: title.map(String::from),
            country: None,
            from,
            to: None,
            facilitator: String::new(),
            coordinating_body: String::new(),
            language: None,
            force: false,
        }
    }

    #[test]
    fn only_the_missing_values_are_asked_and_bad_ones_again() {
        let mut input = std::io::Cursor::new("\nVeldora\n20x7\n\n2026\n2031\n");
        let mut out = Output::new(Vec::new());
        let plan = NewPlan::ask(&args(Some("NAP"), None), &mut input, &mut out, 2027).unwrap();
        let said = String::from_utf8(out.get_ref().clone()).unwrap();
        assert_eq!(
            plan,
            NewPlan { title: "NAP".into(), country: "Veldora".into(), from: 2027, to: 2031 }
        );
        assert!(!said.contains("Title"), "the title was given: {said}");
        assert!(said.contains("Country:   a country is needed\nCountry: "), "{said}");
        assert!(said.contains("'20x7' is not a year from 1990 to 2100"), "{said}");
        assert!(said.contains("Last year [2030]: "), "{said}");
        assert!(said.contains("the last year cannot come before the first (2027)"), "{said}");
    }

    #[test]
    fn without_a_terminal_the_missing_flags_are_named() {
        let text = NewPlan::missing_flags(&args(Some("NAP"), Some(2027)));
        assert!(
            text.starts_with("a new plan needs --country, --to (there is no terminal"),
            "{text}"
        );
        assert!(text.contains("napwiz new nap.ron --title"), "{text}");
    }

    #[test]
    fn the_end_of_the_input_creates_nothing() {
        let mut input = std::io::Cursor::new("");
        let err = NewPlan::ask(&args(None, None), &mut input, &mut Output::new(Vec::new()), 2027)
            .unwrap_err();
        assert!(err.to_string().contains("nothing was created"));
    }
}
