//! The interactive guide driven through a pseudo-terminal, as a person would use it.

use std::process::Command;

use rexpect::process::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

use super::support::binary;

const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const TIMEOUT_MS: u64 = 10_000;

fn guide(args: &[&str]) -> PtySession {
    let mut command = super::support::command();
    command.args(args).env("NO_COLOR", "1").env("TERM", "xterm");
    spawn_command(command, Some(TIMEOUT_MS)).expect("spawn in a pty")
}

/// Waits until the prompt is drawn in full: its help line ends with the emergency line.
fn ready(session: &mut PtySession) {
    session
        .exp_regex(r"(police|politie)\.\]")
        .expect("prompt drawn");
}

/// Waits for the prompt, moves down `n` choices and picks.
fn pick(session: &mut PtySession, n: usize) {
    ready(session);
    for _ in 0..n {
        session.send(DOWN).expect("send");
    }
    session.send(ENTER).expect("send");
    session.flush().expect("flush");
}

fn exit_code(session: &PtySession) -> i32 {
    match session.process().wait().expect("wait") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("unexpected end: {other:?}"),
    }
}

#[test]
fn emergency_first_then_answer_reach_advice_go_back_and_quit() {
    let mut s = guide(&["--lang", "en"]);
    let before_question = s.exp_string("Where do you live").expect("first question");
    assert!(
        before_question.contains("Is a child in danger right now? Call 112."),
        "emergency line comes first"
    );
    pick(&mut s, 1); // The Netherlands
    s.exp_string("What is it about?").expect("second question");
    pick(&mut s, 0); // chat app
    s.exp_string("Forward it to Meldpunt Kinderporno's WhatsApp number")
        .expect("outcome");
    s.exp_string("+31 (0)6 428 346 35").expect("the number");
    s.exp_string("Forward the images only to the WhatsApp reporting number")
        .expect("the warning");
    s.exp_string("What would you like to do?")
        .expect("what next");
    pick(&mut s, 1); // Back
    s.exp_string("What is it about?")
        .expect("back at the second question");
    ready(&mut s);
    s.send(ESC).expect("esc");
    s.flush().expect("flush");
    s.exp_string("Where do you live")
        .expect("esc goes back to the first question");
    pick(&mut s, 4); // from The Netherlands, selected again, down to Quit
    s.exp_string("Thank you for taking this seriously.")
        .expect("goodbye");
    assert_eq!(exit_code(&s), 0);
}

#[test]
fn start_again_from_the_advice() {
    let mut s = guide(&["--lang", "nl"]);
    s.exp_string("Waar woon je").expect("first question");
    pick(&mut s, 0); // a child in danger now
    s.exp_string("Bel nu 112").expect("emergency advice");
    s.exp_string("Wat wil je nu doen?").expect("what next");
    pick(&mut s, 0); // start again
    s.exp_string("Waar woon je").expect("first question again");
    ready(&mut s);
    s.send_control('c').expect("ctrl-c");
    s.exp_eof().expect("ends");
    assert_eq!(exit_code(&s), 130);
}

#[test]
fn ctrl_c_exits_130_and_leaves_the_terminal_as_it_was() {
    // bash owns the terminal: it saves the full terminal state (`stty -g`), runs
    // meldwijzer, and after the interruption reports the status and whether the state
    // is exactly the one it saved.
    let script = format!(
        "saved=$(stty -g); '{}' --lang en; status=$?; [ \"$(stty -g)\" = \"$saved\" ] && t=restored || t=changed; echo \"status=$status terminal=$t\"",
        binary()
    );
    let mut command = Command::new("bash");
    command
        .args(["--norc", "--noprofile", "-c", &script])
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    let mut s = spawn_command(command, Some(TIMEOUT_MS)).expect("spawn bash");
    s.exp_string("Where do you live").expect("first question");
    ready(&mut s);
    s.send_control('c').expect("ctrl-c");
    s.exp_string("status=130 terminal=restored")
        .expect("exit 130 with the terminal restored");
}

/// Sends `signal` to a guide waiting at its first menu and expects the guide's goodbye,
/// then bash's `expected` line: the exit status and whether the terminal is restored.
fn end_a_menu_with(signal: &str, expected: &str) {
    // Without job control bash gives a background command /dev/null as input, hence the
    // explicit /dev/tty; bash prints the guide's pid so the test can signal it alone.
    let script = format!(
        "saved=$(stty -g); '{}' --lang en </dev/tty & pid=$!; echo \"pid=$pid.\"; wait $pid; status=$?; [ \"$(stty -g)\" = \"$saved\" ] && t=restored || t=changed; echo \"status=$status terminal=$t\"",
        binary()
    );
    let mut command = Command::new("bash");
    command
        .args(["--norc", "--noprofile", "-c", &script])
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    let mut s = spawn_command(command, Some(TIMEOUT_MS)).expect("spawn bash");
    let (_, said) = s.exp_regex(r"pid=[0-9]+\.").expect("the guide's pid");
    let pid = said
        .trim_start_matches("pid=")
        .trim_end_matches('.')
        .to_owned();
    s.exp_string("Where do you live").expect("first question");
    ready(&mut s);
    let killed = Command::new("kill")
        .args([&format!("-{signal}"), &pid])
        .status()
        .expect("run kill");
    assert!(killed.success(), "kill -{signal} {pid}");
    let goodbye = s.exp_string(expected).expect("status and terminal");
    assert!(
        goodbye.contains("Stopped. Is a child in danger right now? Call 112."),
        "the guide says it stopped and gives the emergency line: {goodbye:?}"
    );
}

#[test]
fn sigterm_during_a_menu_restores_the_terminal_and_exits_143() {
    end_a_menu_with("TERM", "status=143 terminal=restored");
}

#[test]
fn sighup_during_a_menu_restores_the_terminal_and_exits_129() {
    end_a_menu_with("HUP", "status=129 terminal=restored");
}

#[test]
fn esc_or_ctrl_d_at_the_first_question_says_there_is_no_going_back_and_goes_on() {
    let mut s = guide(&["--lang", "en"]);
    s.exp_string("Where do you live").expect("first question");
    ready(&mut s);
    s.send_control('d').expect("ctrl-d");
    s.exp_string("This is the first question: there is no going back from here.")
        .expect("a note in the person's language");
    pick(&mut s, 5); // Quit
    s.exp_string("Thank you for taking this seriously.")
        .expect("goodbye");
    assert_eq!(exit_code(&s), 0);
}

#[test]
fn a_summary_is_printed_when_the_person_quits() {
    let mut s = guide(&["--lang", "en", "start", "--summary"]);
    s.exp_string("Where do you live").expect("first question");
    pick(&mut s, 0); // a child in danger now
    s.exp_string("What would you like to do?")
        .expect("what next");
    pick(&mut s, 2); // Quit
    s.exp_string("Case record").expect("summary");
    s.exp_string("Advice given: [emergency] Call 112 now")
        .expect("advice in the summary");
    s.exp_eof().expect("ends");
    assert_eq!(exit_code(&s), 0);
}
