//! The real binary in a pseudo-terminal, with a screen model to read what it shows.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

pub const BIN: &str = env!("CARGO_BIN_EXE_napwiz");

/// Writes the demo plan to `plan` with `napwiz demo`, using the data folder `data`.
pub fn write_demo(plan: &std::path::Path, data: &std::path::Path) {
    let out = std::process::Command::new(BIN)
        .args(["demo".as_ref(), plan.as_os_str()])
        .env("NAPWIZ_DATA_DIR", data)
        .output()
        .expect("run napwiz demo");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

pub struct Session {
    pub screen: Arc<Mutex<vt100::Parser>>,
    /// Every byte napwiz wrote, for tests of what exactly reaches the terminal.
    pub raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Session {
    /// Starts napwiz with `args` in an 80x24 xterm with a UTF-8 locale. The variables that change
    /// the look or the link are cleared first, then `env` is applied.
    pub fn start(args: &[&str], env: &[(&str, &str)]) -> Session {
        Session::start_sized(args, env, (80, 24))
    }

    /// [`Session::start`] in a terminal of `size` (columns, rows).
    pub fn start_sized(args: &[&str], env: &[(&str, &str)], size: (u16, u16)) -> Session {
        let (cols, rows) = size;
        let pty = native_pty_system()
            .openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(BIN);
        cmd.args(args);
        // An SSH session (CI reached over SSH) would make the link thin: tests say when.
        for name in
            ["NO_COLOR", "COLORTERM", "LC_ALL", "LC_CTYPE", "LANG", "SSH_CONNECTION", "SSH_TTY"]
        {
            cmd.env_remove(name);
        }
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("napwiz starts");
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let size = |n| std::num::NonZero::new(n).expect("not zero");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(size(rows), size(cols), 0)));
        let sink = screen.clone();
        let raw = Arc::new(Mutex::new(Vec::new()));
        let raw_sink = raw.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                raw_sink.lock().unwrap().extend_from_slice(&buf[..n]);
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().expect("writer");
        Session { screen, raw, writer, child, _master: pty.master }
    }

    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    pub fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while !self.contents().contains(text) {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "never showed {text:?}; screen:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the parsed screen satisfies `ready` (a frame may arrive in several reads).
    pub fn wait_until(&self, what: &str, ready: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        while !ready(self.screen.lock().unwrap().screen()) {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "never {what}; screen:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// A cell's text, foreground, background and reverse video.
    pub fn cell(&self, row: u16, col: u16) -> (String, vt100::Color, vt100::Color, bool) {
        let parser = self.screen.lock().unwrap();
        let cell = parser.screen().cell(row, col).expect("a cell").clone();
        (cell.contents().to_string(), cell.fgcolor(), cell.bgcolor(), cell.inverse())
    }

    /// Sends keys one at a time, as a person types.
    pub fn keys(&mut self, keys: &[&str]) {
        for key in keys {
            let bytes: &[u8] = match *key {
                "Enter" => b"\r",
                "Esc" => b"\x1b",
                "Space" => b" ",
                "F5" => b"\x1b[15~",
                "F12" => b"\x1b[24~",
                other => other.as_bytes(),
            };
            self.writer.write_all(bytes).unwrap();
            self.writer.flush().unwrap();
            // Esc needs a pause so it is not read as the start of an escape sequence.
            std::thread::sleep(Duration::from_millis(if *key == "Esc" { 150 } else { 40 }));
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("a pid")
    }

    /// Waits for the process to end; `why` names what should have ended it.
    pub fn wait_exit(&mut self, why: &str) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "napwiz did not exit after {why}: {}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Quits with `q` and waits for the process to end.
    pub fn quit(mut self) {
        self.keys(&["q"]);
        self.wait_exit("q");
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
        }
    }
}
