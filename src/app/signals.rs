//! Ending well on any signal: SIGTERM or SIGHUP during a menu give the terminal back (no
//! raw mode, no bracketed paste, the cursor shown) before the program ends, as Ctrl-C does.

use std::io::Write;
use std::sync::OnceLock;

use signal_hook::consts::{SIGHUP, SIGTERM};
use signal_hook::iterator::Signals;

/// Installed once per process: the goodbye said when a signal ends a menu.
static INSTALLED: OnceLock<()> = OnceLock::new();

/// From now on, SIGTERM and SIGHUP restore the terminal, say `goodbye` on standard error
/// and end the program with the conventional status (128 + the signal: 143, 129).
pub(crate) fn give_the_terminal_back_on_termination(goodbye: String) {
    INSTALLED.get_or_init(|| {
        // Without the handler the default action still ends the program, only less
        // tidily: failing to install it is no reason to stop a person's guide.
        let Ok(mut signals) = Signals::new([SIGTERM, SIGHUP]) else {
            return;
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                restore_terminal();
                let mut stderr = std::io::stderr().lock();
                let _ = writeln!(stderr, "\n{goodbye}");
                let _ = stderr.flush();
                std::process::exit(128 + signal);
            }
        });
    });
}

/// Undoes what the menu did to the terminal: raw mode, bracketed paste, a hidden cursor.
fn restore_terminal() {
    let _ = crossterm::terminal::disable_raw_mode();
    let _ = crossterm::execute!(
        std::io::stderr(),
        crossterm::event::DisableBracketedPaste,
        crossterm::cursor::Show
    );
}
