//! Everyone can use the guide: a screen-reader or braille user (the plain, line-based
//! mode), a dumb terminal, a 40-column screen, and a person who reads only Dutch. The
//! screens are read back through a terminal emulator, as a person would see them.

use std::collections::HashSet;
use std::process::Command;

use meldwijzer::guide::{FlowInput, Guide, LocalesInput};
use meldwijzer::{Lang, Walker};
use rexpect::process::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

use super::support::{Test, binary, run};

const TIMEOUT_MS: u64 = 10_000;
const ESC: u8 = 0x1b;

fn owned(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| (*s).to_owned()).collect()
}

fn plain(input: &str, args: &[&str]) -> std::process::Output {
    let mut all = vec!["start", "--plain"];
    all.extend(args);
    run(&owned(&all), &[], Some(input))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

// ---------------------------------------------------------------------------------------
// The plain mode, driven through a pipe.

#[test]
fn plain_mode_reaches_dutch_advice_with_a_wrong_answer_back_and_restart() {
    // 7 is not an answer, xyz neither; 2 = Nederland; b goes back; "neder" is how an
    // answer starts; r starts again; then Nederland, chat app.
    let output = plain("7\nxyz\n2\nb\nneder\nr\n2\n1\nq\n", &["--lang", "nl"]);
    assert_eq!(output.status.code(), Some(0));
    let stdout = text(&output.stdout);
    assert!(
        stdout.starts_with("Is een kind nu in gevaar? Bel 112."),
        "emergency first"
    );
    assert!(
        stdout.contains("\"7\" is geen antwoord op deze vraag."),
        "{stdout}"
    );
    assert!(stdout.contains("\"xyz\" is geen antwoord op deze vraag."));
    // The keys are said once, in the person's language.
    assert_eq!(
        stdout
            .matches("b = terug, r = opnieuw beginnen, q = stoppen")
            .count(),
        1
    );
    // The first question, asked again after b and after r: three times.
    assert_eq!(stdout.matches("\nWaar woon je?\n").count(), 3);
    assert!(stdout.contains("1. Een kind is nu in gevaar\n2. Nederland\n3. België\n"));
    assert!(stdout.contains("Stuur het door naar het WhatsApp-nummer van Meldpunt Kinderporno"));
    assert!(stdout.contains("+31 (0)6 428 346 35 (+31642834635)"));
    assert!(
        stdout.ends_with("Je keuze: q\nDank je dat je dit serieus neemt.\n"),
        "{stdout}"
    );
    assert!(!output.stdout.contains(&ESC) && !output.stderr.contains(&ESC));
}

#[test]
fn plain_mode_reaches_belgian_and_other_countries_advice() {
    let belgium = plain("3\n1\n", &["--lang", "en"]);
    assert_eq!(
        belgium.status.code(),
        Some(0),
        "end of input after advice is a normal end"
    );
    let stdout = text(&belgium.stdout);
    assert!(stdout.contains("Report the images to Child Focus"));
    assert!(stdout.contains("https://www.stopchildporno.be"));

    let elsewhere = plain("4\n5\nq\n", &["--lang", "en"]);
    assert_eq!(elsewhere.status.code(), Some(0));
    assert!(
        text(&elsewhere.stdout).contains("Find your country's reporting point on INHOPE's map")
    );

    let danger = plain("1\n", &["--lang", "en"]);
    assert!(text(&danger.stdout).contains("Call 112 now (in Belgium: 101 for the police)"));
    for output in [belgium, elsewhere, danger] {
        assert!(!output.stdout.contains(&ESC), "no escape byte");
    }
}

#[test]
fn plain_mode_repeats_the_question_and_says_when_there_is_no_going_back() {
    let stdout = text(&plain("?\nb\nq\n", &["--lang", "en"]).stdout);
    assert_eq!(stdout.matches("\nWhere do you live?\n").count(), 2);
    assert!(stdout.contains("This is the first question: there is no going back from here."));
}

#[test]
fn plain_mode_takes_the_start_of_an_answer_and_asks_when_it_is_ambiguous() {
    // "i" starts one answer of the first question; at the Dutch "what" question "beelden"
    // starts two, so the person is asked for the number.
    let stdout = text(&plain("2\nbeelden\n1\nq\n", &["--lang", "nl"]).stdout);
    assert!(
        stdout.contains("Meer dan één antwoord begint zo: 1, 3. Typ het nummer."),
        "{stdout}"
    );
    assert!(stdout.contains("WhatsApp-nummer van Meldpunt Kinderporno"));
}

#[test]
fn input_that_ends_before_the_advice_names_the_question_and_exits_2() {
    Test::new(&["start", "--plain", "--lang", "nl"])
        .stdin("2\n")
        .status(2)
        .stderr(
            "fout: de invoer hield op bij vraag `nl-what` (Waar gaat het om?), voordat er een advies was\n  hulp: geef één antwoord per regel: het nummer, of hoe het begint\n",
        )
        .run();
}

#[test]
fn plain_mode_starts_by_itself_with_the_environment_variable() {
    let env = [("MELDWIJZER_PLAIN".to_owned(), "1".to_owned())];
    let output = run(&owned(&["--lang", "en"]), &env, Some("2\n1\n"));
    assert_eq!(output.status.code(), Some(0));
    assert!(text(&output.stdout).contains("2. The Netherlands"));
}

#[test]
fn without_plain_a_pipe_never_prompts() {
    Test::new(&["start", "--lang", "en"])
        .stdin("2\n1\n")
        .status(2)
        .stdout("")
        .run();
}

// ---------------------------------------------------------------------------------------
// In a real terminal (a pseudo-terminal), read back through a terminal emulator.

/// The guide in a pseudo-terminal of `cols` x `rows`, with its output fed to an emulator.
struct Screen {
    session: PtySession,
    parser: vt100::Parser,
    raw: Vec<u8>,
    cols: u16,
}

impl Screen {
    fn new(cols: u16, rows: u16, term: &str, args: &str) -> Self {
        // stty sets the window size of the terminal before meldwijzer starts, and turns
        // echo back on (rexpect turns it off), as a person's terminal has it.
        let script = format!(
            "stty cols {cols} rows {rows} echo; exec '{}' {args}",
            binary()
        );
        let mut command = Command::new("sh");
        command
            .args(["-c", &script])
            .env("TERM", term)
            .env("NO_COLOR", "1")
            .env_remove("COLUMNS")
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("MELDWIJZER_PLAIN");
        let session = spawn_command(command, Some(TIMEOUT_MS)).expect("spawn in a pty");
        let size = |n: u16| std::num::NonZeroU16::new(n).expect("a size");
        Self {
            session,
            parser: vt100::Parser::new(size(rows), size(cols), 0),
            raw: Vec::new(),
            cols,
        }
    }

    /// rexpect hands back each byte of output as one `char`: turn them into bytes again.
    fn feed(&mut self, text: &str) {
        let bytes: Vec<u8> = text
            .chars()
            .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
            .collect();
        self.raw.extend_from_slice(&bytes);
        self.parser.process(&bytes);
    }

    /// Waits for `pattern` (a regex) in the output.
    fn expect(&mut self, pattern: &str) {
        let (before, matched) = self
            .session
            .exp_regex(pattern)
            .unwrap_or_else(|e| panic!("waiting for {pattern}: {e}"));
        self.feed(&before);
        self.feed(&matched);
    }

    /// Waits until a menu is drawn in full: its hint ends with the emergency line.
    fn menu(&mut self) {
        self.expect(r"(police|politie)\.\]");
    }

    fn send(&mut self, keys: &str) {
        self.session.send(keys).expect("send");
        self.session.flush().expect("flush");
    }

    /// The visible rows.
    fn rows(&self) -> Vec<String> {
        self.parser.screen().rows(0, self.cols).collect()
    }

    /// The visible text with wrapped lines joined, for finding sentences.
    fn joined(&self) -> String {
        self.rows()
            .iter()
            .flat_map(|row| {
                row.split_whitespace()
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn exit_code(&mut self) -> i32 {
        let rest = self.session.exp_eof().unwrap_or_default();
        self.feed(&rest);
        match self.session.process().wait().expect("wait") {
            WaitStatus::Exited(_, code) => code,
            other => panic!("unexpected end: {other:?}"),
        }
    }
}

const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";

/// Punctuation around words, and the menu's own marks.
const MARKS: &[char] = &[
    '[', ']', '(', ')', '.', ',', ':', ';', '!', '?', '"', '\'', '·', '→', '←', '↑', '↓', '>', '-',
];

fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| MARKS.contains(&c))
}

/// Every word the guide can put on the screen in `lang`: its texts, the flow's numbers,
/// addresses and dates, and the pieces a long address may be broken into.
fn vocabulary(lang: Lang) -> HashSet<String> {
    let guide = Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
        .expect("valid")
        .0;
    let mut texts: Vec<String> = guide
        .catalog
        .messages(lang)
        .map(|(id, _)| guide.catalog.text(lang, id))
        .collect();
    texts.push(guide.emergency_line(lang));
    for contact in &guide.flow.contacts {
        texts.extend(contact.phone.iter().map(|p| p.id.to_string()));
        texts.extend(
            contact
                .phone
                .iter()
                .map(|p| meldwijzer::phone::dialable(&p.id)),
        );
        texts.extend(contact.url.iter().map(|u| u.id.to_string()));
        texts.push(contact.verified.id.to_string());
    }
    for source in &guide.flow.sources {
        texts.push(source.publisher.id.to_string());
        texts.push(source.address.id.to_string());
    }
    let mut words = HashSet::new();
    for text in texts {
        for word in text.split_whitespace() {
            words.insert(bare(word).to_owned());
            // The pieces an address longer than a line is broken into.
            for piece in word.split_inclusive('/') {
                words.insert(bare(piece).to_owned());
                for part in piece.split_inclusive('-') {
                    words.insert(bare(part).to_owned());
                }
            }
        }
    }
    words
}

/// True if `token` is a run of whole pieces of an address (broken after `/` or `-`), as
/// a line holds when an address longer than the screen is broken.
fn is_run_of_address_pieces(token: &str, words: &HashSet<String>) -> bool {
    words.iter().filter(|w| w.contains('/')).any(|address| {
        address.match_indices(token).any(|(start, _)| {
            let end = start + token.len();
            let starts = start == 0 || address[..start].ends_with(['/', '-']);
            // The marks around a word are trimmed, so the break may follow the token.
            let ends = end == address.len()
                || token.ends_with(['/', '-'])
                || address[end..].starts_with(['/', '-']);
            starts && ends
        })
    })
}

/// Every word on the screen is a whole word of the guide's texts: none was cut in two.
fn assert_no_word_cut(screen: &Screen, words: &HashSet<String>, at: &str) {
    for row in screen.rows() {
        assert!(
            row.chars().count() <= usize::from(screen.cols),
            "{at}: a row wider than the screen"
        );
        for word in row.split_whitespace() {
            let word = bare(word);
            // One character: what the person typed (echoed), or `v` and `^`, which mark a
            // menu that scrolls.
            if word.chars().count() <= 1 {
                continue;
            }
            assert!(
                words.contains(word) || is_run_of_address_pieces(word, words),
                "{at}, {} columns: `{word}` is not a word of the text; screen:\n{}",
                screen.cols,
                screen.rows().join("\n")
            );
        }
    }
}

#[test]
fn no_word_is_cut_in_two_at_40_80_or_120_columns_and_the_advice_shows_its_number() {
    let words = vocabulary(Lang::Nl);
    for cols in [40, 80, 120] {
        let mut s = Screen::new(cols, 24, "xterm", "--lang nl");
        s.menu();
        assert_no_word_cut(&s, &words, "the first question");
        s.send(DOWN);
        s.send(ENTER);
        s.expect("Waar gaat het om");
        s.menu();
        assert_no_word_cut(&s, &words, "the second question");
        s.send(ENTER); // chat app
        s.expect("Wat wil je nu doen");
        s.menu();
        assert_no_word_cut(&s, &words, "the advice");
        // On a 24-line screen, without scrolling: the title and the first contact's number.
        let visible = s.joined();
        assert!(
            visible.contains("Stuur het door naar het WhatsApp-nummer van Meldpunt Kinderporno"),
            "{cols} columns: the title is visible:\n{}",
            s.rows().join("\n")
        );
        assert!(
            visible.contains("+31 (0)6 428 346 35"),
            "{cols} columns: the number"
        );
        s.send("\x1b[B\x1b[B"); // to Quit
        s.send(ENTER);
        assert_eq!(s.exit_code(), 0);
    }
}

#[test]
fn a_source_address_longer_than_the_screen_is_broken_between_its_parts() {
    // nl-complaint cites the police page, whose address is longer than 40 columns.
    let mut s = Screen::new(40, 24, "xterm", "--plain --lang nl");
    s.expect("Je keuze \\(1 tot 5\\):");
    s.send("2\r");
    s.expect("Je keuze \\(1 tot 13\\):");
    s.send("11\r");
    s.expect("Je keuze:");
    let visible = s.rows().join("\n");
    assert!(visible.contains("Bron: Politie"), "{visible}");
    assert_no_word_cut(&s, &vocabulary(Lang::Nl), "the source of nl-complaint");
    s.send("q\r");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn text_is_never_wider_than_a_readable_maximum() {
    let mut s = Screen::new(120, 40, "xterm", "--lang en");
    s.menu();
    let widest = s.rows().iter().map(|r| r.trim_end().chars().count()).max();
    assert!(
        widest.is_some_and(|w| w <= 80),
        "at most 80 columns: {widest:?}"
    );
}

#[test]
fn back_returns_to_the_previous_question_with_its_answer_selected() {
    let mut s = Screen::new(80, 30, "xterm", "--lang en");
    s.menu();
    s.send(DOWN);
    s.send(DOWN);
    s.send(ENTER); // Belgium
    s.expect("What is it about");
    s.menu();
    s.send("\x1b"); // Esc: back
    s.expect("Where do you live");
    s.menu();
    let rows = s.rows();
    let selected = rows
        .iter()
        .find(|r| r.starts_with("> "))
        .expect("a selected row");
    assert_eq!(selected.trim_end(), "> Belgium");
    assert!(
        !String::from_utf8_lossy(&s.raw).contains("<canceled>"),
        "no library words on the screen"
    );
    s.send("\x1b[A\x1b[A"); // up to "A child is in danger right now"
    s.send(ENTER);
    s.expect("What would you like to do");
}

#[test]
fn esc_at_the_first_question_says_so_in_dutch_and_the_guide_goes_on() {
    let mut s = Screen::new(80, 24, "xterm", "--lang nl");
    s.menu();
    s.send("\x1b");
    s.expect("Dit is de eerste vraag: verder terug kan niet. Kies Stoppen om te stoppen.");
    s.menu();
    s.send(DOWN);
    s.send(ENTER);
    s.expect("Waar gaat het om");
}

#[test]
fn ctrl_c_says_goodbye_in_dutch_with_the_emergency_number_and_exits_130() {
    let mut s = Screen::new(80, 24, "xterm", "--lang nl");
    s.menu();
    s.session.send_control('c').expect("ctrl-c");
    s.expect("Gestopt. Is een kind nu in gevaar\\? Bel 112.");
    assert_eq!(s.exit_code(), 130);
}

#[test]
fn a_dumb_terminal_gets_the_plain_guide_without_a_single_escape_byte() {
    let mut s = Screen::new(80, 24, "dumb", "--lang en");
    s.expect("Your choice \\(1 to 5\\):");
    s.send("2\r");
    s.expect("Your choice \\(1 to 13\\):");
    s.send("x\r");
    s.expect("is not an answer");
    s.send("b\r");
    s.expect("Your choice \\(1 to 5\\):");
    s.send("r\r");
    s.expect("Your choice \\(1 to 5\\):");
    s.send("3\r");
    s.expect("Your choice \\(1 to 8\\):");
    s.send("1\r");
    s.expect("Your choice:");
    s.send("q\r");
    s.expect("Thank you for taking this seriously.");
    assert_eq!(s.exit_code(), 0);
    assert!(
        !s.raw.contains(&ESC),
        "escape bytes in: {}",
        String::from_utf8_lossy(&s.raw)
    );
}

#[test]
fn plain_mode_in_a_terminal_uses_its_width_and_no_escape_byte() {
    let mut s = Screen::new(40, 24, "xterm", "--plain --lang nl");
    s.expect("Je keuze \\(1 tot 5\\):");
    s.send("2\r");
    s.expect("Je keuze \\(1 tot 13\\):");
    s.send("1\r");
    s.expect("Je keuze:");
    s.send("q\r");
    assert_eq!(s.exit_code(), 0);
    assert!(!s.raw.contains(&ESC));
    let words = vocabulary(Lang::Nl);
    assert_no_word_cut(&s, &words, "the plain advice");
}

// ---------------------------------------------------------------------------------------
// Every error a citizen or helpline worker can meet, in Dutch under `--lang nl`.

fn dutch_error(args: &[&str], stdin: Option<&str>) -> String {
    let output = run(&owned(args), &[], stdin);
    assert_ne!(output.status.code(), Some(0), "{args:?} fails");
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with("fout: ") || stderr.starts_with("waarschuwing: "),
        "{args:?}: {stderr}"
    );
    assert!(
        !stderr.contains("error") && !stderr.contains("help:"),
        "{args:?}: {stderr}"
    );
    stderr
}

fn strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

fn assert_dutch_errors(cases: &[(Vec<&str>, Option<&str>, &str)]) {
    for (args, stdin, expected) in cases {
        let stderr = dutch_error(args, *stdin);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
}

#[test]
fn every_error_in_answers_and_flags_is_in_dutch() {
    let start = ["start", "--lang", "nl"];
    let with = |more: &[&'static str]| -> Vec<&'static str> {
        start.iter().chain(more).copied().collect()
    };
    assert_dutch_errors(&[
        (
            with(&["-a", "country=nl"]),
            None,
            "geen antwoord op vraag `nl-what`",
        ),
        (with(&["-a", "country=nll"]), None, "bedoel je `nl`?"),
        (
            with(&["-a", "land=nl"]),
            None,
            "de flow heeft geen vraag `land`",
        ),
        (
            with(&["-a", "country"]),
            None,
            "heeft niet de vorm VRAAG=ANTWOORD",
        ),
        (with(&["--step"]), None, "herhaalt voorbereide antwoorden"),
        (
            with(&["-a", "country=danger-now", "--format", "json", "--summary"]),
            None,
            "schrijf het bij `--format json` naar een bestand",
        ),
    ]);
    let located = dutch_error(
        &with(&["--answers", "tests/fixtures/answers/unknown-answer.toml"]),
        None,
    );
    assert!(located.contains("vraag `nl-what` heeft geen antwoord `chatapp`"));
    assert!(
        located.contains("unknown-answer.toml:3:11"),
        "still located: {located}"
    );
    assert!(located.contains("= hulp: bedoel je `chat-app`?"));
}

#[test]
fn every_error_in_files_and_input_is_in_dutch() {
    let dir = tempfile::tempdir().expect("temp dir");
    let existing = dir.path().join("case.txt");
    std::fs::write(&existing, "earlier notes").expect("write");
    let existing = existing.display().to_string();
    let unwritable = dir
        .path()
        .join("no/such/folder/case.txt")
        .display()
        .to_string();
    let to = |file: &str| -> Vec<String> {
        [
            "start",
            "--lang",
            "nl",
            "-a",
            "country=danger-now",
            "--summary",
            "--output",
            file,
        ]
        .map(str::to_owned)
        .to_vec()
    };
    let (existing, unwritable) = (to(&existing), to(&unwritable));
    assert_dutch_errors(&[
        (strs(&existing), None, "bestaat al"),
        (strs(&unwritable), None, "die map bestaat niet"),
        (
            vec!["start", "--lang", "nl", "--plain"],
            Some("2\n"),
            "de invoer hield op bij vraag",
        ),
        (
            vec![
                "start",
                "--lang",
                "nl",
                "--answers",
                "examples/be-images.toml",
                "--step",
            ],
            Some(""),
            "de invoer hield op voordat de herhaling klaar was",
        ),
    ]);
}

#[test]
fn an_unused_answer_is_a_dutch_warning() {
    let args = [
        "start",
        "--lang",
        "nl",
        "-a",
        "country=danger-now",
        "-a",
        "nl-what=forum",
    ];
    let output = run(&owned(&args), &[], None);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        text(&output.stderr),
        "waarschuwing: het antwoord op `nl-what` is niet gebruikt: de gekozen route stelt die vraag niet\n"
    );
}

#[test]
fn the_emergency_advice_is_the_shortest_of_all() {
    let guide = Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
        .expect("valid")
        .0;
    let routes = meldwijzer::routes::list(&guide.flow, 1000);
    let length = |answers: &[String]| {
        let mut args = vec!["start".to_owned(), "--lang".to_owned(), "en".to_owned()];
        for answer in answers {
            args.extend(["-a".to_owned(), answer.clone()]);
        }
        let output = run(&args, &[], None);
        // Without the "your answers" part, which only grows with the route.
        let stdout = text(&output.stdout);
        let advice = stdout
            .split("\nYour answers")
            .next()
            .unwrap_or("")
            .to_owned();
        advice.lines().count()
    };
    let mut shortest = (usize::MAX, String::new());
    let mut emergency = 0;
    for route in routes {
        let mut walker = Walker::new(&guide.flow).expect("a start");
        let mut answers = Vec::new();
        for step in &route.steps {
            let question = &guide.flow.questions[step.question];
            let answer = &question.answers[step.answer];
            answers.push(format!("{}={}", question.id.id, answer.id.id));
            walker.choose(&answer.id.id).expect("a valid route");
        }
        let outcome = walker.outcome().expect("an outcome").id.id.to_string();
        let lines = length(&answers);
        if outcome == "emergency" {
            emergency = lines;
        } else if lines < shortest.0 {
            shortest = (lines, outcome);
        }
    }
    assert!(
        // A tie is allowed: no advice may be shorter than the emergency's.
        emergency > 0 && emergency <= shortest.0,
        "emergency: {emergency} lines; shortest other: {shortest:?}"
    );
}
