//! What each subcommand does. Output for people goes to stdout, notices and errors to stderr.

mod backups;
mod breakout;
mod common;
mod content;
mod debug;
mod export;
mod home;
mod monitor;
mod plans;
mod reference;
mod report;
mod settings;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{Cli, Command};
use crate::content::PackSource;
use crate::store::{LockUnverified, TakeOver};

pub use common::EXIT_ERROR;

pub fn run(cli: Cli) -> Result<ExitCode> {
    choose_language(&cli)?;
    let pack = PackSource::from_option(cli.content.as_deref());
    if let (Some(plan), Some(_)) = (&cli.plan, &cli.command) {
        anyhow::bail!(
            "{}",
            crate::fl!("plan-before-subcommand", plan = plan.display().to_string())
        );
    }
    match cli.command {
        None => home::run(&pack, cli.plan.as_deref(), &cli.ui),
        Some(Command::Config { print_default }) => settings::run(print_default),
        Some(Command::Split { path, by: _, out, force }) => {
            breakout::split_plan(&pack, &path, &out, force)
        }
        Some(Command::Merge { path, parts, prefer, base, take_over }) => {
            let take_over = take_over_choice(take_over);
            breakout::merge_parts(
                &pack,
                &path,
                &parts,
                prefer.as_deref(),
                base.as_deref(),
                take_over,
            )
            .map_err(take_over_hint)
        }
        Some(Command::MergeDriver { base, ours, theirs }) => {
            breakout::merge_driver(&pack, &base, &ours, &theirs)
        }
        Some(Command::Diff { old, new }) => breakout::diff_plans(&pack, &old, &new),
        Some(Command::Textconv { path }) => breakout::textconv(&pack, &path),
        Some(Command::New(args)) => plans::new(&pack, args),
        Some(Command::Check { path, format }) => plans::check(&pack, &path, format),
        Some(Command::Export(args)) => export::run(&pack, args),
        Some(Command::Report(args)) => report::run(&pack, args),
        Some(Command::Next(args)) => report::next(&pack, args),
        Some(Command::Summary { path, format }) => plans::summary(&pack, &path, format),
        Some(Command::Demo { path, language, force }) => {
            plans::demo(&pack, path, language.as_deref(), force)
        }
        Some(Command::Backups { path, restore, take_over }) => {
            backups::run(&path, restore, take_over_choice(take_over)).map_err(take_over_hint)
        }
        Some(Command::Content(cmd)) => content::run(&pack, cmd),
        Some(Command::Monitor(cmd)) => monitor::run(&pack, cmd).map_err(take_over_hint),
        Some(Command::Completions { shell }) => reference::completions(shell),
        Some(Command::Man { out }) => reference::man(out.as_deref()),
        Some(Command::DebugSaveLoop { path }) => debug::save_loop(&path),
    }
}

/// The interface language: `--lang`, the config file, the locale, English; and a
/// translator's folder of `.ftl` files (`--locales`, `NAPWIZ_LOCALES_DIR`) read over the
/// built-in strings, whose problems are reported without stopping anything.
fn choose_language(cli: &Cli) -> Result<()> {
    let locales = cli.locales.clone().or_else(|| {
        std::env::var_os("NAPWIZ_LOCALES_DIR").filter(|v| !v.is_empty()).map(PathBuf::from)
    });
    crate::i18n::set_locales_dir(locales.as_deref());
    let config = crate::config::load().0.language;
    let requests = crate::i18n::Requests::from_env(cli.lang.as_deref(), config.as_deref());
    let mut available = crate::i18n::interface_languages();
    for language in crate::content::languages() {
        if !available.contains(&language) {
            available.push(language);
        }
    }
    let language = crate::i18n::choose(&requests, &available)?;
    for notice in crate::i18n::use_interface(&language) {
        crate::errln!("napwiz: {notice}")?;
    }
    Ok(())
}

fn take_over_choice(flag: bool) -> TakeOver {
    if flag { TakeOver::Confirmed } else { TakeOver::IfStale }
}

/// A lock held on another computer: say how to take it over from the command line.
fn take_over_hint(err: anyhow::Error) -> anyhow::Error {
    if err.downcast_ref::<LockUnverified>().is_some() {
        anyhow::anyhow!("{}", crate::fl!("lock-take-over-hint", error = format!("{err:#}")))
    } else {
        err
    }
}
