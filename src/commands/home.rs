use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::common::{content_for, new_plan_language};
use crate::cli::{ColorChoice, LinkChoice, UiArgs};
use crate::content::{Content, PackSource};
use crate::tui::theme::{ColorDepth, Look, term_has_colour, wants_ascii};

/// A piped session fails when a line was refused, naming each line, so a script cannot go on
/// believing every answer was taken.
pub(super) fn plain_exit(rejected: &[crate::plain::Rejected], piped: bool) -> Result<ExitCode> {
    if !piped || rejected.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    for r in rejected {
        let text = crate::sanitize::clean_line(&r.text);
        let line = r.line.to_string();
        let refused =
            crate::fl!("plain-line-refused", line = line, text = text, why = r.why.as_str());
        crate::errln!("napwiz: {refused}")?;
    }
    Ok(ExitCode::from(super::common::EXIT_ERROR))
}

/// `napwiz [PLAN]`: the full-screen wizard, or the plain one with --plain.
pub fn run(pack: &PackSource, plan: Option<&Path>, ui: &UiArgs) -> Result<ExitCode> {
    let (content, read) = content_and_plan(pack, plan)?;
    if ui.following() && plan.is_none() {
        anyhow::bail!("{}", crate::fl!("follow-needs-plan"));
    }
    if ui.plain && ui.following() {
        let plan = plan.expect("checked above");
        let stdin = std::io::BufReader::new(std::io::stdin());
        let out = crate::output::Output::stdout();
        crate::plain::follow::run(stdin, out, &content, plan, ui.polling())?;
        return Ok(ExitCode::SUCCESS);
    }
    if ui.plain {
        let stdin = std::io::stdin();
        let echo = !stdin.is_terminal();
        let mut plain =
            crate::plain::Plain::new(stdin.lock(), crate::output::Output::stdout(), content)
                .echo_answers(echo);
        plain.run(plan)?;
        return plain_exit(plain.rejected(), echo);
    }
    let (config, mut config_problem) = crate::config::load();
    if let Some(text) = key_override_notes(&config.keys) {
        config_problem = Some(config_problem.map_or(text.clone(), |p| format!("{p}; {text}")));
    }
    if let Some(problem) = &config_problem
        && !crate::output::stdout_is_terminal()
    {
        crate::errln!("napwiz: {problem}")?;
    }
    let look = look(ui, &config, &|name| std::env::var(name).ok());
    // crossterm would write a bare `ESC[m` (a full reset) for each colour when NO_COLOR is set;
    // it writes every colour instead, and the wizard's output filter takes them out (tui::sgr).
    crossterm::style::Colored::set_ansi_color_disabled(false);
    let mouse = ui.mouse || config.mouse;
    let (follow, poll) = (ui.following(), ui.polling());
    let pack = pack.clone();
    let thin_link = thin_link(ui.link, &config, &|name| std::env::var(name).ok());
    let options =
        crate::tui::Options { look, mouse, config, config_problem, follow, poll, pack, thin_link };
    crate::tui::run(content, plan, read, options)
}

/// The checklist and the plan as read (once: the wizard opens it from this). The plan is parsed
/// on another thread while the checklist loads, in the language a new plan would take; only a
/// plan in another language of the embedded packs makes the checklist load again.
fn content_and_plan(
    pack: &PackSource,
    plan: Option<&Path>,
) -> Result<(Content, Option<crate::store::PlanFile>)> {
    let guess = new_plan_language(pack, None)?;
    let reading = plan.map(|p| {
        let path = p.to_path_buf();
        // A plan that cannot be read is reported when the wizard opens it.
        std::thread::spawn(move || crate::store::PlanFile::read(&path).ok())
    });
    let guessed = content_for(pack, &guess);
    let read = reading.and_then(|thread| thread.join().ok().flatten());
    let language = start_language(pack, read.as_ref())?;
    // A folder's checklist is the same in any language.
    let same = *pack != PackSource::Embedded || language == guess;
    let content = match guessed {
        Ok(content) if same => content,
        _ => content_for(pack, &language)?,
    };
    Ok((content, read))
}

/// The checklist language to start in: the plan's when one is given (a plan that cannot be
/// read is reported when it is opened), else the one a new plan would take.
fn start_language(pack: &PackSource, read: Option<&crate::store::PlanFile>) -> Result<String> {
    match read {
        Some(file) => Ok(file.plan.meta.language.clone()),
        None => new_plan_language(pack, None),
    }
}

/// Theme, colour, depth and glyphs from the flags, the config and the environment (in that
/// order of precedence).
pub fn look(
    ui: &UiArgs,
    config: &crate::config::Config,
    env: &dyn Fn(&str) -> Option<String>,
) -> Look {
    let no_color = env("NO_COLOR").is_some_and(|v| !v.is_empty());
    let term = env("TERM");
    let color = match ui.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => !no_color && term_has_colour(term.as_deref()),
    };
    let ascii = ui.ascii
        || config.ascii.unwrap_or_else(|| {
            wants_ascii(
                term.as_deref(),
                env("LC_ALL").as_deref(),
                env("LC_CTYPE").as_deref(),
                env("LANG").as_deref(),
            )
        });
    Look {
        theme: ui.theme.unwrap_or(config.theme),
        color,
        depth: ColorDepth::detect(env("COLORTERM").as_deref(), term.as_deref()),
        ascii,
    }
}

/// Whether the terminal is reached over a thin link: the flag, else the config, else whether
/// napwiz runs in an SSH session.
pub fn thin_link(
    flag: LinkChoice,
    config: &crate::config::Config,
    env: &dyn Fn(&str) -> Option<String>,
) -> bool {
    let over_ssh =
        || ["SSH_CONNECTION", "SSH_TTY"].iter().any(|v| env(v).is_some_and(|v| !v.is_empty()));
    match flag {
        LinkChoice::Thin => true,
        LinkChoice::Local => false,
        LinkChoice::Auto => config.thin_link.unwrap_or_else(over_ssh),
    }
}

/// Installs the config's key overrides and says what could not be used (with the file, the line
/// and the valid ids) and which overrides still use an old English name (with the id to use).
fn key_override_notes(keys: &std::collections::BTreeMap<String, Vec<String>>) -> Option<String> {
    let problems = crate::tui::keymap::set_overrides(keys);
    let path = crate::config::path();
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let at = |name: &str| {
        let quoted = format!("\"{name}\"");
        let line = text.lines().position(|l| l.contains(&quoted)).map_or(0, |n| n + 1);
        crate::fl!("config-at-line", path = path.display().to_string(), line = line.to_string())
    };
    let mut notes = Vec::new();
    if !problems.is_empty() {
        let ids = crate::tui::keymap::binding_ids().join(", ");
        let named = |p: &String| keys.keys().find(|k| p.contains(&format!("'{k}'"))).map(|k| at(k));
        let located: Vec<String> =
            problems.iter().map(|p| format!("{p} ({})", named(p).unwrap_or_default())).collect();
        notes.push(crate::fl!("config-keys-unused", keys = located.join("; "), ids = ids));
    }
    for (label, id) in crate::tui::keymap::renamed(keys) {
        notes.push(crate::fl!(
            "config-key-renamed",
            label = label.as_str(),
            at = at(&label),
            id = id
        ));
    }
    (!notes.is_empty()).then(|| notes.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn ui() -> UiArgs {
        UiArgs {
            theme: None,
            color: ColorChoice::Auto,
            ascii: false,
            mouse: false,
            link: LinkChoice::Auto,
            plain: false,
            follow: false,
            follow_poll: false,
        }
    }

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn an_ssh_session_is_a_thin_link_unless_told_otherwise() {
        let ssh = env(&[("SSH_CONNECTION", "10.0.0.2 52144 10.0.0.1 22")]);
        let tty = env(&[("SSH_TTY", "/dev/pts/3")]);
        let local = env(&[("TERM", "xterm")]);
        let config = Config::default();
        assert!(thin_link(LinkChoice::Auto, &config, &ssh));
        assert!(thin_link(LinkChoice::Auto, &config, &tty));
        assert!(!thin_link(LinkChoice::Auto, &config, &local));
        assert!(!thin_link(LinkChoice::Local, &config, &ssh), "the flag wins");
        assert!(thin_link(LinkChoice::Thin, &config, &local));
        let never = Config { thin_link: Some(false), ..Config::default() };
        assert!(!thin_link(LinkChoice::Auto, &never, &ssh), "the config wins over SSH");
        let always = Config { thin_link: Some(true), ..Config::default() };
        assert!(thin_link(LinkChoice::Auto, &always, &local));
    }

    #[test]
    fn no_color_turns_colour_off_unless_always() {
        let e = env(&[("NO_COLOR", "1"), ("LANG", "en_US.UTF-8"), ("TERM", "xterm")]);
        assert!(!look(&ui(), &Config::default(), &e).color);
        let always = UiArgs { color: ColorChoice::Always, ..ui() };
        assert!(look(&always, &Config::default(), &e).color);
    }

    #[test]
    fn a_vt100_gets_no_colour_unless_always() {
        let e = env(&[("TERM", "vt100"), ("LANG", "en_US.UTF-8")]);
        assert!(!look(&ui(), &Config::default(), &e).color);
        let always = UiArgs { color: ColorChoice::Always, ..ui() };
        assert!(look(&always, &Config::default(), &e).color);
    }

    #[test]
    fn the_flag_beats_the_config_for_the_theme() {
        use crate::tui::theme::ThemeName;
        let config = Config { theme: ThemeName::Light, ..Config::default() };
        let e = env(&[("LANG", "en_US.UTF-8")]);
        assert_eq!(look(&ui(), &config, &e).theme, ThemeName::Light);
        let flag = UiArgs { theme: Some(ThemeName::HighContrast), ..ui() };
        assert_eq!(look(&flag, &config, &e).theme, ThemeName::HighContrast);
    }

    #[test]
    fn ascii_is_automatic_on_the_linux_console() {
        let e = env(&[("TERM", "linux"), ("LANG", "en_US.UTF-8")]);
        assert!(look(&ui(), &Config::default(), &e).ascii);
        let config = Config { ascii: Some(false), ..Config::default() };
        assert!(!look(&ui(), &config, &e).ascii, "the config can say otherwise");
    }
}
