//! The command line: every non-interactive task has a subcommand, so work can be scripted on
//! servers. Parsing only; the work is in `commands`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "napwiz",
    version,
    about = "Design a National Action Plan against trafficking in human beings, checklist item by item",
    long_about = "napwiz walks a country team through a checklist that follows the structure of Chapter A of \
ICMPD's 'Developing and Monitoring National Anti-Trafficking Response: A Practitioner's Guide' (2021), records \
the team's decisions in a plan file (RON), checks and summarises the plan, and writes the draft action plan (Word, Excel, HTML, Markdown, CSV). Run without a command for the interactive wizard. The checklist wording is \
napwiz's own, written from the international standards the Guide builds on; it is not ICMPD's text."
)]
pub struct Cli {
    /// Use the content pack in DIR instead of the one built into napwiz
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,

    /// Interface language (en, ...; see README "Languages"); overrides the config and locale
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,

    /// Read LANG/napwiz.ftl translations from DIR over the built-in ones (also NAPWIZ_LOCALES_DIR)
    #[arg(long, global = true, value_name = "DIR")]
    pub locales: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,

    /// Plan file to open
    #[arg(value_name = "PLAN")]
    pub plan: Option<PathBuf>,

    #[command(flatten)]
    pub ui: UiArgs,
}

/// How the wizard looks; each overrides the config file.
#[derive(Debug, Args)]
pub struct UiArgs {
    /// Colour theme (T switches it in the wizard)
    #[arg(long, value_enum)]
    pub theme: Option<crate::look::ThemeName>,
    /// Use colour: auto follows NO_COLOR (no-color.org)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// ASCII glyphs only (automatic on TERM=linux, vt100, dumb or a non-UTF-8 locale)
    #[arg(long)]
    pub ascii: bool,
    /// Let mouse clicks select items and steps (M switches it in the wizard)
    #[arg(long)]
    pub mouse: bool,
    /// Thin link: while keys move down a list, the item's description and the keys line wait
    /// for a pause (auto: thin over SSH, from SSH_CONNECTION/SSH_TTY)
    #[arg(long, value_enum, default_value_t = LinkChoice::Auto)]
    pub link: LinkChoice,
    /// Line-by-line wizard for screen readers, dumb terminals and pipes
    #[arg(long)]
    pub plain: bool,
    /// Follow PLAN live, read-only: it reloads whenever another napwiz saves it
    #[arg(long)]
    pub follow: bool,
    /// Follow by reading the folder every half second (network file systems, where change
    /// events do not arrive); NAPWIZ_FOLLOW_POLL=1 does the same
    #[arg(long)]
    pub follow_poll: bool,
}

impl UiArgs {
    /// Whether to follow the plan (`--follow`, or `--follow-poll` alone).
    pub fn following(&self) -> bool {
        self.follow || self.follow_poll
    }

    /// Whether following polls the folder rather than waiting for change events.
    pub fn polling(&self) -> bool {
        self.follow_poll || crate::store::watch::poll_forced_by_env()
    }
}

/// The years a plan period may use.
pub const FIRST_YEAR: i64 = 1990;
pub const LAST_YEAR: i64 = 2100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SplitBy {
    Area,
}

/// How the terminal is reached (see `tui::link`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LinkChoice {
    Auto,
    Local,
    Thin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new, empty plan
    New(NewArgs),
    /// Check a plan's health; exits with status 1 when it has errors
    Check {
        /// The plan file
        path: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Write the draft action plan: Markdown, HTML, Word, Excel and CSV
    Export(ExportArgs),
    /// Write the implementation report of a reporting period, or an evaluation pack
    Report(ReportArgs),
    /// Start the next plan from this one: unfinished actions carried over, achievements as
    /// baselines, reported difficulties as lessons
    Next(NextArgs),
    /// Print counts per area, baseline, priority and institution
    Summary {
        /// The plan file
        path: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Write a fully worked demo plan for a fictional country
    Demo {
        /// Where to write it [default: demo-veldora.ron in the plans folder]
        path: Option<PathBuf>,
        /// The demo plan's language: its checklist, its own texts and its documents (en, fr,
        /// es, ru) [default: the interface language when napwiz has a checklist in it, else en]
        #[arg(long, value_name = "LANG")]
        language: Option<String>,
        /// Replace an existing file (it is backed up first)
        #[arg(long)]
        force: bool,
    },
    /// List a plan's backups, or restore one
    Backups {
        /// The plan file
        path: PathBuf,
        /// Restore backup N (1 is the newest, as listed); the current file is backed up first
        #[arg(long, value_name = "N")]
        restore: Option<usize>,
        /// Take over the plan's lock held on another computer (only if that session has ended)
        #[arg(long)]
        take_over: bool,
    },
    /// Split a plan into one breakout file per area, for groups working in parallel
    Split {
        /// The plan file
        path: PathBuf,
        /// How to split (one file per area)
        #[arg(long, value_enum, default_value_t = SplitBy::Area)]
        by: SplitBy,
        /// Folder for the parts (and PLAN.base.ron, the state they start from)
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Replace existing files
        #[arg(long)]
        force: bool,
    },
    /// Merge breakout parts back into the plan; exit status 1 when conflicts are left
    Merge {
        /// The plan the parts were split from
        path: PathBuf,
        /// The breakout files
        #[arg(required = true)]
        parts: Vec<PathBuf>,
        /// On a conflict, take this file's value
        #[arg(long, value_name = "FILE")]
        prefer: Option<PathBuf>,
        /// The state the parts started from [default: PLAN.base.ron beside the parts, else PLAN]
        #[arg(long, value_name = "FILE")]
        base: Option<PathBuf>,
        /// Take over the plan's lock held on another computer (only if that session has ended)
        #[arg(long)]
        take_over: bool,
    },
    /// git merge driver: napwiz merge-driver %O %A %B (see the README)
    MergeDriver { base: PathBuf, ours: PathBuf, theirs: PathBuf },
    /// Print the decisions that differ between two plans, in plain words
    Diff { old: PathBuf, new: PathBuf },
    /// Print a plan as one decision per line (git diff textconv driver)
    Textconv { path: PathBuf },
    /// Print the config file's location or a commented default config
    Config {
        /// Print a commented default config (save it as the config file to start from)
        #[arg(long)]
        print_default: bool,
    },
    /// Check or export a content pack
    #[command(subcommand)]
    Content(ContentCommand),
    /// Follow the adopted plan: reporting periods, forms for the institutions, their reports
    #[command(subcommand)]
    Monitor(MonitorCommand),
    /// Print shell completions: napwiz completions bash > ~/.local/share/bash-completion/completions/napwiz
    Completions {
        /// The shell to complete in
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): napwiz man > napwiz.1; man ./napwiz.1
    Man {
        /// Write napwiz.1 and a page per subcommand (napwiz-new.1, ...) into DIR instead
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Saves a plan over and over until killed (used by the crash-safety test)
    #[command(hide = true)]
    DebugSaveLoop { path: PathBuf },
}

#[derive(Debug, Args)]
#[command(
    after_help = "Without --title, --country, --from or --to, napwiz asks for them on a terminal."
)]
pub struct NewArgs {
    /// Where to write the plan [default: a file named after the title in the plans folder]
    pub path: Option<PathBuf>,
    /// The plan's title (asked on a terminal when missing)
    #[arg(long)]
    pub title: Option<String>,
    /// The country the plan is for (asked on a terminal when missing)
    #[arg(long)]
    pub country: Option<String>,
    /// First year of the plan period (asked on a terminal when missing)
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(u16).range(FIRST_YEAR..=LAST_YEAR))]
    pub from: Option<u16>,
    /// Last year of the plan period (asked on a terminal when missing)
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(u16).range(FIRST_YEAR..=LAST_YEAR))]
    pub to: Option<u16>,
    /// The workshop facilitator
    #[arg(long, default_value = "")]
    pub facilitator: String,
    /// The body coordinating the national response
    #[arg(long, value_name = "NAME", default_value = "")]
    pub coordinating_body: String,
    /// The plan's language: its checklist and documents (en, fr, es, ru) [default: the
    /// interface language when napwiz has a checklist in it, else en]
    #[arg(long, value_name = "LANG")]
    pub language: Option<String>,
    /// Replace an existing file (it is backed up first)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The plan file
    pub path: PathBuf,
    /// Formats to write, comma-separated
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = crate::export::Format::ALL)]
    pub format: Vec<crate::export::Format>,
    /// Folder to write into [default: the plan's folder]
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// CSV for Excel: a byte-order mark and ';' between fields
    #[arg(long)]
    pub excel: bool,
    /// A clean copy for circulation: no workshop notes, no drafting marks, no mention of
    /// napwiz; the gaps it leaves out go to PLAN-checklist.md for the drafting team
    #[arg(long)]
    pub clean: bool,
    /// Date of the draft, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub date: Option<jiff::civil::Date>,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  napwiz report nap.ron --period 2027-H2\n  \
napwiz report nap.ron --evaluation mid-term --format docx,html\n\n\
The files are named after the plan: nap-report-2027-H2.docx, nap-mid-term-evaluation.docx, ...")]
pub struct ReportArgs {
    /// The plan file
    pub path: PathBuf,
    /// The reporting period to report on, e.g. 2027-H2 (an unknown one lists them); for an
    /// evaluation pack, the last period it covers [default: the last period with reports]
    #[arg(long, value_name = "PERIOD", required_unless_present = "evaluation")]
    pub period: Option<String>,
    /// Write the evaluation pack instead: indicator trajectories across the periods and a
    /// questions template along the OECD-DAC criteria
    #[arg(long, value_enum, value_name = "STAGE")]
    pub evaluation: Option<crate::document::Stage>,
    /// Formats to write, comma-separated
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = ReportFormat::ALL)]
    pub format: Vec<ReportFormat>,
    /// Folder to write into [default: the plan's folder]
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// A clean copy for circulation: no drafting marks, no mention of napwiz; the gaps it
    /// leaves out go to a -checklist.md file for the drafting team
    #[arg(long)]
    pub clean: bool,
    /// Date of the report, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub date: Option<jiff::civil::Date>,
}

/// The formats a report is written in (the draft's CSV matrices have no report counterpart).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Markdown (GitHub tables)
    #[value(name = "md")]
    Markdown,
    /// One self-contained, printable HTML page with charts
    Html,
    /// Word document
    Docx,
    /// Excel workbook: actions, indicators, budget, institutions, trend
    Xlsx,
}

impl ReportFormat {
    pub const ALL: [ReportFormat; 4] =
        [ReportFormat::Markdown, ReportFormat::Html, ReportFormat::Docx, ReportFormat::Xlsx];

    pub fn export(self) -> crate::export::Format {
        match self {
            ReportFormat::Markdown => crate::export::Format::Markdown,
            ReportFormat::Html => crate::export::Format::Html,
            ReportFormat::Docx => crate::export::Format::Docx,
            ReportFormat::Xlsx => crate::export::Format::Xlsx,
        }
    }
}

#[derive(Debug, Args)]
#[command(
    after_help = "Example: napwiz next plan-2027-2030.ron --from 2031 --to 2034 --out plan-2031-2034.ron"
)]
pub struct NextArgs {
    /// The plan that ends
    pub path: PathBuf,
    /// First year of the new plan
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(u16).range(FIRST_YEAR..=LAST_YEAR))]
    pub from: u16,
    /// Last year of the new plan
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(u16).range(FIRST_YEAR..=LAST_YEAR))]
    pub to: u16,
    /// The new plan file (never overwritten)
    #[arg(long, value_name = "NEW")]
    pub out: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum MonitorCommand {
    /// List the reporting periods (added from the plan period and reporting frequency if none)
    Periods {
        /// The plan file
        path: PathBuf,
    },
    /// Close a period: its reports become read-only and forms for it are refused
    Close {
        /// The plan file
        path: PathBuf,
        /// The period, e.g. 2027-H1
        period: String,
    },
    /// Change a period's dates: its start, its end, and when its reports are due
    Dates {
        /// The plan file
        path: PathBuf,
        /// The period, e.g. 2027-H1
        period: String,
        /// First day of the period (YYYY-MM-DD); unchanged when left out
        #[arg(long, value_name = "DATE")]
        from: Option<jiff::civil::Date>,
        /// Last day of the period (YYYY-MM-DD); unchanged when left out
        #[arg(long, value_name = "DATE")]
        to: Option<jiff::civil::Date>,
        /// When the institutions' reports are due (YYYY-MM-DD); unchanged when left out
        #[arg(long, value_name = "DATE")]
        due: Option<jiff::civil::Date>,
    },
    /// Reopen a closed period
    Reopen {
        /// The plan file
        path: PathBuf,
        /// The period, e.g. 2027-H1
        period: String,
    },
    /// Enter a period's progress line by line (plain mode), action by action
    Enter {
        /// The plan file
        path: PathBuf,
        /// The period, e.g. 2027-H2
        #[arg(long)]
        period: String,
        /// Only the actions this institution leads (its code, e.g. MoI)
        #[arg(long, value_name = "CODE")]
        institution: Option<String>,
    },
    /// Write one XLSX form per implementing institution for a period
    Collect {
        /// The plan file
        path: PathBuf,
        /// The period, e.g. 2027-H2
        #[arg(long)]
        period: String,
        /// Folder for the forms
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Replace existing forms
        #[arg(long)]
        force: bool,
    },
    /// Read filled forms back into the plan: all or nothing, conflicts kept as merge keeps them
    Import {
        /// The plan file
        path: PathBuf,
        /// The filled forms
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// On a conflict, keep the plan's value (mine) or take the form's (theirs)
        #[arg(long, value_enum)]
        prefer: Option<PreferSide>,
        /// Show what would change without saving
        #[arg(long)]
        dry_run: bool,
        /// Take over the plan's lock held on another computer (only if that session has ended)
        #[arg(long)]
        take_over: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PreferSide {
    Mine,
    Theirs,
}

#[derive(Debug, Subcommand)]
pub enum ContentCommand {
    /// Validate a content pack (the embedded one, or DIR); exits with status 1 on problems
    Check {
        /// The pack folder [default: --content DIR, else the embedded pack]
        dir: Option<PathBuf>,
    },
    /// Write the embedded pack to DIR, to adapt or translate it
    Export {
        dir: PathBuf,
        /// Replace existing files
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}
