//! Everyone can use the guide: a screen-reader or braille user (the plain, line-based
//! mode), a dumb terminal, a 40-column screen, and a person who reads only Dutch. The
//! screens are read back through a terminal emulator, as a person would see them.

use std::collections::HashSet;
use std::process::Command;

use meldwijzer::guide::{FlowInput, Guide, LocalesInput};
use meldwijzer::{Lang, Walker};
use rexpect::process::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

use super::support::{COMMANDS, Test, binary, run};

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
fn plain_mode_takes_a_word_of_an_answer_and_says_which_fit_when_several_do() {
    // At the Dutch "what" question "beelden" is a word of four answers: they are named
    // with their numbers, and the person is asked again.
    let stdout = text(&plain("2\nbeelden\n1\nq\n", &["--lang", "nl"]).stdout);
    let stdout = stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        stdout.contains("Meer dan één antwoord past: 1 (Beelden of video's die ik kreeg in een"),
        "{stdout}"
    );
    assert!(
        stdout.contains("; 3 (Beelden of video's op een website); 6 (Iemand dreigt"),
        "{stdout}"
    );
    assert!(
        stdout.contains("; 9 (Seksuele beelden, maar ik weet niet zeker of er een minderjarige"),
        "{stdout}"
    );
    assert!(stdout.contains("Typ het nummer."), "{stdout}");
    assert!(stdout.contains("WhatsApp-nummer van Meldpunt Kinderporno"));
}

#[test]
fn plain_mode_understands_country_names_typed_as_words_in_three_languages() {
    // Each country, typed as a person would: a word of the answer, any case, no accents.
    // The next question's first answer shows which country was understood.
    let cases = [
        ("nl", "nederland", "1. Beelden of video's die ik kreeg"),
        ("nl", "NEDERLAND", "1. Beelden of video's die ik kreeg"),
        ("nl", "belgie", "1. Ik vond seksuele misbruikbeelden"),
        ("nl", "België", "1. Ik vond seksuele misbruikbeelden"),
        ("en", "Netherlands", "1. Images or videos sent to me"),
        ("en", "netherl", "1. Images or videos sent to me"),
        ("en", "belgium", "1. I found images of child sexual abuse"),
        ("fr", "pays-bas", "1. Des images ou vidéos reçues"),
        ("fr", "pays bas", "1. Des images ou vidéos reçues"),
        ("fr", "Belgique", "1. J'ai trouvé sur internet"),
        ("fr", "belgique", "1. J'ai trouvé sur internet"),
    ];
    for (lang, typed, next) in cases {
        let output = plain(&format!("{typed}\nq\n"), &["--lang", lang]);
        let stdout = text(&output.stdout);
        let flat = stdout.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(output.status.code(), Some(0), "{lang} {typed}: {stdout}");
        assert!(
            flat.contains(next),
            "{lang} {typed} leads to {next}: {stdout}"
        );
    }
    // "pays" is a word of two French answers: both are named, and the question is asked again.
    let stdout = text(&plain("pays\nq\n", &["--lang", "fr"]).stdout);
    let flat = stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Plusieurs réponses conviennent : 2 (Les Pays-Bas); 4 (Un autre pays)."),
        "{stdout}"
    );
}

#[test]
fn input_that_ends_before_the_advice_names_the_question_and_exits_2() {
    Test::new(&["start", "--plain", "--lang", "nl"])
        .stdin("2\n")
        .status(2)
        .stderr(
            "fout: de invoer hield op bij vraag `nl-what` (Waar gaat het om?), voordat er een advies was\n  hulp: geef één antwoord per regel: het nummer, of een woord ervan\n",
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
        Self::with_env(cols, rows, term, args, &[])
    }

    /// As [`Screen::new`], with more environment: `env`.
    fn with_env(cols: u16, rows: u16, term: &str, args: &str, env: &[(&str, &str)]) -> Self {
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
        // What the terminal of whoever runs the tests says of itself (links) stays out.
        for name in [
            "VTE_VERSION",
            "TERM_PROGRAM",
            "KONSOLE_VERSION",
            "WT_SESSION",
            "KITTY_WINDOW_ID",
            "DOMTERM",
            "TMUX",
            "STY",
        ] {
            command.env_remove(name);
        }
        command.envs(env.iter().copied());
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

    /// Changes the window to `cols` x `rows`, as a person dragging its edge: the terminal
    /// tells the program (SIGWINCH), and the emulator takes the new size.
    fn resize(&mut self, cols: u16, rows: u16) {
        let master = self.session.process().get_file_handle().expect("the pty");
        let status = Command::new("stty")
            .args(["cols", &cols.to_string(), "rows", &rows.to_string()])
            .stdin(master)
            .status()
            .expect("stty runs");
        assert!(status.success(), "stty resized the pty");
        let size = |n: u16| std::num::NonZeroU16::new(n).expect("a size");
        self.parser.set_size(size(rows), size(cols));
        self.cols = cols;
    }

    /// How many visible rows start with `start`.
    fn count_rows(&self, start: &str) -> usize {
        self.rows()
            .iter()
            .filter(|row| row.starts_with(start))
            .count()
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
/// addresses and dates.
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
        }
    }
    words
}

/// Every address the guide can show, whole: its contacts' and its sources'.
fn addresses() -> HashSet<String> {
    let guide = Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
        .expect("valid")
        .0;
    let mut all: HashSet<String> = guide
        .flow
        .contacts
        .iter()
        .filter_map(|c| c.url.as_ref().map(|u| u.id.to_string()))
        .collect();
    all.extend(guide.flow.sources.iter().map(|s| s.address.id.to_string()));
    all
}

/// The screen's lines as the program wrote them: rows the terminal folded (a line longer
/// than the screen) joined again.
fn logical_lines(screen: &Screen) -> Vec<String> {
    let vt = screen.parser.screen();
    let mut lines: Vec<String> = Vec::new();
    let mut folded = false;
    for (i, row) in screen.rows().into_iter().enumerate() {
        match lines.last_mut() {
            Some(last) if folded => last.push_str(&row),
            _ => lines.push(row),
        }
        folded = u16::try_from(i).is_ok_and(|i| vt.row_wrapped(i));
    }
    lines
}

/// Every address on the screen is whole: a line holding a piece of one holds all of it.
/// Returns how many addresses were seen.
fn assert_addresses_whole(screen: &Screen, at: &str) -> usize {
    let all = addresses();
    let mut seen = 0;
    for line in logical_lines(screen) {
        for word in line.split_whitespace() {
            let word = word.trim_matches(|c: char| "()[],;".contains(c));
            let word = word.strip_suffix('.').unwrap_or(word);
            if word.contains('/') && word.contains('.') {
                assert!(
                    all.contains(word),
                    "{at}: `{word}` is a cut address; screen:\n{}",
                    screen.rows().join("\n")
                );
                seen += 1;
            }
        }
    }
    seen
}

/// Every word on the screen is a whole word of the guide's texts: none was cut in two, and
/// every address is whole (the terminal may fold a line longer than the screen).
fn assert_no_word_cut(screen: &Screen, words: &HashSet<String>, at: &str) {
    for row in screen.rows() {
        assert!(
            row.chars().count() <= usize::from(screen.cols),
            "{at}: a row wider than the screen"
        );
    }
    assert_addresses_whole(screen, at);
    let addresses = addresses();
    for line in logical_lines(screen) {
        for word in line.split_whitespace() {
            let word = bare(word);
            // One character: what the person typed (echoed), or the marks of a menu that
            // scrolls.
            if word.chars().count() <= 1 {
                continue;
            }
            assert!(
                words.contains(word) || addresses.contains(word),
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
fn a_source_address_longer_than_the_screen_stays_whole_on_its_own_line() {
    // nl-complaint cites the police page, whose address is longer than 40 columns.
    let mut s = Screen::new(40, 40, "xterm", "--plain --lang nl");
    s.expect("Je keuze \\(1 tot 5\\):");
    s.send("2\r");
    s.expect("Je keuze \\(1 tot 13\\):");
    s.send("11\r");
    s.expect("Je keuze:");
    let visible = s.rows().join("\n");
    assert!(visible.contains("Bron: Politie"), "{visible}");
    let police = "  (https://www.politie.nl/informatie/dit-kunt-u-doen-als-u-kinderporno-tegenkomt-op-het-internet.html)";
    assert!(
        logical_lines(&s).iter().any(|line| line == police),
        "the address, whole, on a line of its own:\n{visible}"
    );
    assert_no_word_cut(&s, &vocabulary(Lang::Nl), "the source of nl-complaint");
    s.send("q\r");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn every_address_of_belgian_advice_is_whole_in_the_menu_at_40_columns() {
    let mut s = Screen::new(40, 150, "xterm", "--lang nl");
    s.menu();
    s.send("\x1b[B\x1b[B");
    s.send(ENTER); // België
    s.expect("Waar gaat het om");
    s.menu();
    s.send(ENTER); // images on the internet
    s.expect("Wat wil je nu doen");
    s.menu();
    let seen = assert_addresses_whole(&s, "Belgian advice at 40 columns");
    assert!(
        seen >= 1,
        "an address is on the screen:\n{}",
        s.rows().join("\n")
    );
    let child_focus =
        "  (https://childfocus.be/nl/seksuele-uitbuiting/kinderpornografie/burgerlijk-meldpunt)";
    assert!(
        logical_lines(&s).iter().any(|line| line == child_focus),
        "{}",
        s.rows().join("\n")
    );
    // No escape sequence for links where the terminal is not known to follow them.
    assert!(!String::from_utf8_lossy(&s.raw).contains("\x1b]8;"));
}

#[test]
fn addresses_are_links_on_a_terminal_that_follows_them_and_never_in_plain_mode() {
    let vte = [("VTE_VERSION", "7600")];
    let mut s = Screen::with_env(100, 60, "xterm-256color", "--lang nl", &vte);
    s.menu();
    s.send("\x1b[B\x1b[B");
    s.send(ENTER); // België
    s.expect("Waar gaat het om");
    s.menu();
    s.send(ENTER);
    s.expect("Wat wil je nu doen");
    s.menu();
    let raw = String::from_utf8_lossy(&s.raw).into_owned();
    assert!(
        raw.contains(
            "\x1b]8;;https://www.stopchildporno.be\x1b\\https://www.stopchildporno.be\x1b]8;;\x1b\\"
        ),
        "the report form is a link"
    );
    assert!(s.joined().contains("https://www.stopchildporno.be"));
    assert_addresses_whole(&s, "linked advice");
    // The same terminal, line by line: not one escape byte.
    let mut s = Screen::with_env(100, 60, "xterm-256color", "--plain --lang nl", &vte);
    s.expect("Je keuze \\(1 tot 5\\):");
    s.send("3\r");
    s.expect("Je keuze \\(1 tot 8\\):");
    s.send("1\r");
    s.expect("Je keuze:");
    s.send("q\r");
    assert_eq!(s.exit_code(), 0);
    assert!(!s.raw.contains(&ESC));
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
    // The question is asked again, once: no line of the menu left by Esc.
    assert_eq!(s.count_rows("? Waar woon je"), 1, "{}", s.rows().join("\n"));
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
fn a_resize_mid_menu_and_mid_advice_draws_everything_again_at_the_new_width() {
    let words = vocabulary(Lang::En);
    let mut s = Screen::new(100, 50, "xterm", "--lang en");
    s.menu();
    s.send(DOWN);
    s.send(ENTER); // The Netherlands
    s.expect("What is it about");
    s.menu();
    // Narrower, mid-menu: drawn again from a clear screen, every line whole.
    s.resize(40, 50);
    s.menu();
    assert_no_word_cut(&s, &words, "the menu after a resize to 40");
    let menu_state = |s: &Screen| {
        (
            s.count_rows("> "),
            s.count_rows("  Start again"),
            s.count_rows("? What is it about"),
        )
    };
    assert_eq!(menu_state(&s), (1, 1, 1), "{}", s.rows().join("\n"));
    assert!(
        s.rows()
            .iter()
            .any(|r| r == "> Images or videos sent to me in a chat"),
        "the first answer, selected, at the new width:\n{}",
        s.rows().join("\n")
    );
    // Moving the cursor at the new width draws in place: nothing doubled or cut. (inquire
    // rewrites only the rows that changed: the hint is not written again.)
    s.send(DOWN);
    s.expect("> Something I saw on social media");
    s.expect(r"\x1b\[\?25h");
    assert_no_word_cut(&s, &words, "the menu after moving at 40");
    assert_eq!(menu_state(&s), (1, 1, 1), "{}", s.rows().join("\n"));
    assert!(
        s.rows()
            .iter()
            .any(|r| r == "> Something I saw on social media")
    );
    s.send("\x1b[A");
    s.send(ENTER); // chat app
    s.expect("What would you like to do");
    s.menu();
    // Wider, mid-advice: the advice is drawn again at 60 columns.
    s.resize(60, 50);
    s.menu();
    assert_no_word_cut(&s, &words, "the advice after a resize to 60");
    let rows = s.rows();
    assert!(
        rows.iter().any(|r| r.chars().count() > 40),
        "wrapped to the new width:\n{}",
        rows.join("\n")
    );
    assert_eq!(s.count_rows("? What would you like to do"), 1);
    assert!(
        s.joined().contains("+31 (0)6 428 346 35"),
        "{}",
        rows.join("\n")
    );
    s.send("\x1b[B\x1b[B");
    s.send(ENTER);
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn esc_back_and_start_again_leave_no_line_of_the_abandoned_question() {
    let mut s = Screen::new(80, 40, "xterm", "--lang nl");
    s.menu();
    // The first question cannot go back: its hint does not offer Esc.
    assert!(!s.joined().contains("Esc"), "{}", s.rows().join("\n"));
    s.send(DOWN);
    s.send(ENTER); // Nederland
    s.expect("Waar gaat het om");
    s.menu();
    assert!(s.joined().contains("Esc om terug te gaan"));
    let only_the_first_question = |s: &Screen, after: &str| {
        let rows = s.rows().join("\n");
        assert_eq!(s.count_rows("? Waar woon je"), 1, "{after}:\n{rows}");
        assert!(!rows.contains("Waar gaat het om"), "{after}:\n{rows}");
        assert!(!rows.contains("→"), "{after}: no answer echoed:\n{rows}");
        assert!(
            rows.contains("Is een kind nu in gevaar? Bel 112."),
            "{after}:\n{rows}"
        );
    };
    s.send("\x1b"); // Esc
    s.expect("Waar woon je");
    s.menu();
    only_the_first_question(&s, "Esc");
    s.send(ENTER); // Nederland, still selected
    s.expect("Waar gaat het om");
    s.menu();
    for _ in 0..13 {
        s.send(DOWN); // to Terug
    }
    s.send(ENTER);
    s.expect("Waar woon je");
    s.menu();
    only_the_first_question(&s, "Terug");
    s.send(ENTER);
    s.expect("Waar gaat het om");
    s.menu();
    s.send(ENTER); // chat app
    s.expect("Wat wil je nu doen");
    s.menu();
    s.send(ENTER); // Opnieuw beginnen
    s.expect("Waar woon je");
    s.menu();
    only_the_first_question(&s, "Opnieuw beginnen");
    assert!(!s.joined().contains("WhatsApp"), "{}", s.rows().join("\n"));
    // An answer echoed is one run of words: no runs of spaces at any width.
    s.send(DOWN);
    s.send(ENTER);
    s.expect("Waar gaat het om");
    s.menu();
    s.send(ENTER);
    s.expect("Wat wil je nu doen");
    s.menu();
    for row in s.rows() {
        let text = row.trim();
        assert!(!text.contains("  "), "a run of spaces in `{row}`");
    }
}

#[test]
fn two_questions_back_and_forward_again_keeps_each_answer_selected() {
    let mut s = Screen::new(80, 40, "xterm", "--lang en");
    s.menu();
    s.send(DOWN);
    s.send(ENTER); // The Netherlands
    s.expect("What is it about");
    s.menu();
    for _ in 0..6 {
        s.send(DOWN);
    }
    s.send(ENTER); // abuse seen live
    s.expect("Do you know who the victim is");
    s.menu();
    s.send("\x1b");
    s.expect("What is it about");
    s.menu();
    s.send("\x1b");
    s.expect("Where do you live");
    s.menu();
    s.send(ENTER); // forward again
    s.expect("What is it about");
    s.menu();
    let selected: Vec<String> = s
        .rows()
        .into_iter()
        .filter(|r| r.starts_with("> "))
        .collect();
    assert_eq!(
        selected,
        ["> Abuse that can be seen live right now (for example by webcam)"]
    );
}

#[test]
fn ctrl_c_wipes_the_menu_and_names_112_and_belgiums_101_in_french() {
    let mut s = Screen::new(80, 24, "xterm", "--lang fr");
    s.menu();
    s.session.send_control('c').expect("ctrl-c");
    s.expect("police\\.");
    assert_eq!(s.exit_code(), 130);
    let rows = s.rows().join("\n");
    assert!(
        s.joined().contains(
            "Arrêté. Un enfant est-il en danger maintenant ? Appelez le 112. En Belgique : le 101 pour la police."
        ),
        "{rows}"
    );
    assert_eq!(s.count_rows("> "), 0, "the menu is wiped:\n{rows}");
    assert!(!rows.contains("Entrée pour choisir"), "{rows}");
}

#[test]
fn a_dumb_terminal_gets_the_plain_guide_without_a_single_escape_byte() {
    let mut s = Screen::new(80, 24, "dumb", "--lang en");
    s.expect("Your choice \\(1 to 5\\):");
    s.send("2\r");
    s.expect("Your choice \\(1 to 13\\):");
    // A word of no answer ("x" is one now: X, the social network).
    s.send("zzz\r");
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
// Help and mistakes on the command line, in the reader's language.

/// The words of a text, without the marks around them.
fn words_of(text: &str) -> HashSet<String> {
    text.split(|c: char| c.is_whitespace() || "[](){}<>`'\",.:;?!=/".contains(c))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The English that must not be left in a help or a mistake in `lang`: clap's own words,
/// and every word of the English command-line texts that the texts of `lang` never use.
fn english_leftovers(output: &str, lang: &str) -> Vec<String> {
    let root = super::support::root();
    let read = |path: &str| std::fs::read_to_string(root.join(path)).expect("a locale file");
    let ours = words_of(&format!(
        "{} {}",
        read(&format!("locales/cli/{lang}.ftl")),
        read(&format!("locales/{lang}/ui.ftl"))
    ));
    let english = words_of(&read("locales/cli/en.ftl"));
    let mut left: Vec<String> = [
        "Usage:",
        "Options:",
        "Commands:",
        "Arguments:",
        "error:",
        "tip:",
        "[default:",
        "[possible values",
        "Possible values",
        "Print help",
        "unrecognized",
        "For more information",
        "a similar",
    ]
    .iter()
    .filter(|clap| output.contains(*clap))
    .map(|clap| (*clap).to_owned())
    .collect();
    let option_names = words_of(output)
        .into_iter()
        .filter(|w| english.contains(w) && !ours.contains(w))
        // Commands, options, values and file names are the same in every language.
        .filter(|w| w.chars().any(char::is_lowercase) && w.chars().all(char::is_alphabetic))
        .filter(|w| !COMMANDS.contains(&w.as_str()) && w != "help")
        .filter(|w| {
            ["--{w}", "{w}/", "/{w}", ".{w}", "{w}."]
                .iter()
                .all(|form| !output.contains(&form.replace("{w}", w)))
        });
    left.extend(option_names);
    left.sort();
    left
}

fn run_in(lang_env: &[(&str, &str)], args: &[&str]) -> std::process::Output {
    let env: Vec<(String, String)> = lang_env
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    run(&owned(args), &env, None)
}

/// Output as text, with French's no-break spaces (before `:`, `?`...) as plain ones.
fn spaced(bytes: &[u8]) -> String {
    text(bytes).replace('\u{a0}', " ")
}

#[test]
fn help_of_the_program_and_of_every_command_is_in_dutch_and_french() {
    for (lang, emergency, heading, commands) in [
        (
            "nl",
            "Is een kind nu in gevaar? Bel 112. In België: 101 voor de politie.",
            "Opties:",
            "Opdrachten:",
        ),
        (
            "fr",
            "Un enfant est-il en danger maintenant ? Appelez le 112. En Belgique : le 101 pour la police.",
            "Options :",
            "Commandes :",
        ),
    ] {
        let mut calls: Vec<Vec<&str>> = vec![
            vec!["--help"],
            vec!["-h"],
            vec!["help"],
            vec!["help", "help"],
        ];
        for command in COMMANDS {
            calls.push(vec![command, "--help"]);
            calls.push(vec!["help", command]);
        }
        for call in calls {
            let mut args = vec!["--lang", lang];
            args.extend(&call);
            let output = run_in(&[], &args);
            let stdout = spaced(&output.stdout);
            assert_eq!(output.status.code(), Some(0), "{args:?}: {stdout}");
            // The help of `help` lists commands and has no options of its own.
            let heading = if call == ["help", "help"] {
                commands
            } else {
                heading
            };
            assert!(stdout.contains(heading), "{args:?}:\n{stdout}");
            assert!(
                stdout.trim_end().ends_with(emergency),
                "{args:?}:\n{stdout}"
            );
            let left = english_leftovers(&stdout, lang);
            assert!(
                left.is_empty(),
                "{args:?}: English left: {left:?}\n{stdout}"
            );
        }
    }
}

#[test]
fn help_follows_the_locale_of_the_environment() {
    for (env, expected) in [
        (
            ("LANG", "nl_NL.UTF-8"),
            "Gebruik: meldwijzer [OPTIES] [OPDRACHT]",
        ),
        (
            ("LC_ALL", "fr_BE.UTF-8"),
            "Utilisation : meldwijzer [OPTIONS] [COMMANDE]",
        ),
        (
            ("LANG", "en_GB.UTF-8"),
            "Usage: meldwijzer [OPTIONS] [COMMAND]",
        ),
    ] {
        let stdout = spaced(&run_in(&[env], &["--help"]).stdout);
        assert!(stdout.contains(expected), "{env:?}:\n{stdout}");
    }
    // `--lang` wins over the environment, wherever it stands.
    let stdout = text(
        &run_in(
            &[("LANG", "en_GB.UTF-8")],
            &["start", "--help", "--lang", "nl"],
        )
        .stdout,
    );
    assert!(
        stdout.contains("Gebruik: meldwijzer start [OPTIES]"),
        "{stdout}"
    );
}

#[test]
fn a_misspelt_command_is_answered_in_dutch_and_french_with_the_right_one() {
    Test::new(&["strat"])
        .status(2)
        .stdout("")
        .stderr(
            "fout: er is geen opdracht `strat`\n  hulp: bedoel je `start`?\n\nGebruik: meldwijzer [OPTIES] [OPDRACHT]\n\nMeer weten? Typ `meldwijzer --help`.\n",
        )
        .run();
    let output = run_in(&[], &["--lang", "fr", "strat"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        spaced(&output.stderr),
        "erreur : il n'y a pas de commande `strat`\n  aide : vouliez-vous dire `start` ?\n\nUtilisation : meldwijzer [OPTIONS] [COMMANDE]\n\nPour en savoir plus, tapez `meldwijzer --help`.\n",
    );
    assert!(english_leftovers(&spaced(&output.stderr), "fr").is_empty());
}

#[test]
fn mistakes_in_options_and_values_are_said_in_the_readers_language() {
    let cases: [(&[&str], &str, &str); 8] = [
        (
            &["start", "--formt", "json"],
            "nl",
            "fout: `--formt` is hier geen optie of argument\n  hulp: bedoel je `--format`?\n\nGebruik: meldwijzer start [OPTIES]\n",
        ),
        (
            &["start", "--format"],
            "nl",
            "fout: `--format` heeft een waarde nodig\n\nGebruik: meldwijzer start [OPTIES]\n",
        ),
        (
            &["graph", "--format", "png"],
            "fr",
            "erreur : `png` n'est pas une valeur valide pour `--format`\n  aide : valeurs possibles : dot, mermaid, svg\n\nUtilisation : meldwijzer graph [OPTIONS]\n",
        ),
        (
            &["paths", "--limit", "veel"],
            "nl",
            "fout: `veel` is geen heel getal, en dat heeft `--limit` nodig\n",
        ),
        (
            &["verify"],
            "fr",
            "erreur : il manque : <FICHIER>...\n\nUtilisation : meldwijzer verify [OPTIONS] <FICHIER>...\n",
        ),
        (
            &["--colour", "never"],
            "fr",
            "erreur : `--colour` n'est pas une option ni un argument ici\n  aide : vouliez-vous dire `--color` ?\n",
        ),
        (
            &["start", "--step", "--format", "json", "-a", "country=nl"],
            "nl",
            "fout: `--step` kan niet samen met `--format`\n",
        ),
        // One argument holding a space is said whole, not cut at the space.
        (
            &["start", "--format json"],
            "en",
            "error: `--format json` is not an option or argument here\n  help: did you mean `--format`?\n",
        ),
    ];
    for (args, lang, expected) in cases {
        let mut all = vec!["--lang", lang];
        all.extend(args);
        let output = run_in(&[], &all);
        let stderr = spaced(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{all:?}: {stderr}");
        assert!(stderr.starts_with(expected), "{all:?}:\n{stderr}");
        if lang != "en" {
            let left = english_leftovers(&stderr, lang);
            assert!(left.is_empty(), "{all:?}: English left: {left:?}\n{stderr}");
        }
    }
}

#[test]
fn lang_all_outside_html_is_an_error_that_says_so() {
    Test::new(&["--lang", "all", "start", "-a", "country=danger-now"])
        .status(2)
        .stdout("")
        .stderr(
            "fout: `--lang all` is alleen voor `html`, dat alle talen kan bevatten; kies nl, en of fr\n",
        )
        .run();
    let output = run_in(&[("LANG", "fr_BE.UTF-8")], &["--lang", "all", "contacts"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        spaced(&output.stderr),
        "erreur : `--lang all` est réservé à `html`, qui peut contenir toutes les langues ; choisissez nl, en ou fr\n",
    );
    let page = Test::new(&["--lang", "all", "html"]).run();
    assert!(text(&page.stdout).contains("<html"));
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

#[test]
fn the_emergency_line_comes_first_even_after_answers_given_on_the_command_line() {
    for (lang, line) in [
        ("nl", "Is een kind nu in gevaar? Bel 112."),
        ("en", "Is a child in danger right now? Call 112."),
    ] {
        let output = run(
            &["--lang", lang, "start", "-a", "country=nl", "--plain"].map(str::to_owned),
            &[],
            Some("q\n"),
        );
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(stdout.starts_with(line), "{lang}: {stdout}");
    }
}

#[test]
fn json_with_a_missing_answer_says_json_asks_nothing_instead_of_suggesting_plain() {
    let output = run(
        &[
            "--lang",
            "en",
            "start",
            "-a",
            "country=nl",
            "--plain",
            "--format",
            "json",
        ]
        .map(str::to_owned),
        &[],
        Some("1\n"),
    );
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("with `--format json` meldwijzer asks nothing")
            && !stderr.contains("--plain"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn plain_mode_understands_an_answer_id_as_the_printed_script_shows_it() {
    let output = run(
        &["--lang", "nl", "start", "--plain"].map(str::to_owned),
        &[],
        Some("nl\nCHAT-APP\n"),
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("Stuur het door naar het WhatsApp-nummer van Meldpunt Kinderporno"),
        "{stdout}"
    );
}

#[test]
fn the_date_a_contact_was_checked_is_wrapped_whole_on_a_24_column_screen() {
    // At 24 columns "     (Gecontroleerd 2026-11-24)" is wider than the screen: the guide
    // wraps it itself, so the terminal never folds the date in two.
    let mut s = Screen::new(24, 120, "xterm", "--plain --lang nl");
    s.expect("Je keuze \\(1 tot 5\\):");
    s.send("2\r");
    s.expect("Je keuze \\(1 tot 13\\):");
    s.send("1\r");
    s.expect("Je keuze:");
    let rows = s.rows();
    let dates: Vec<&String> = rows.iter().filter(|row| row.contains("2026-")).collect();
    assert!(!dates.is_empty(), "{}", rows.join("\n"));
    for row in dates {
        let from = row.find("2026-").map_or("", |at| &row[at..]);
        let whole = from.len() >= 10 && from[..10].chars().all(|c| c.is_ascii_digit() || c == '-');
        assert!(
            whole,
            "a date folded by the terminal: {row:?}\n{}",
            rows.join("\n")
        );
    }
    s.send("q\r");
    assert_eq!(s.exit_code(), 0);
}
