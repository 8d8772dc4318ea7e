//! The staff and trainer tools: paths, graph, script, contacts, summary, replay and diff.

use meldwijzer::guide::{FlowInput, Guide, LocalesInput};

use super::support::{Test, fixture, root, stdout_of};

fn snapshot(args: &[&str]) {
    let output = stdout_of(args);
    let name = args.join(" ").replace(['/', ' '], "_");
    insta::with_settings!({ description => format!("meldwijzer {}", args.join(" ")), omit_expression => true }, {
        insta::assert_snapshot!(name, output);
    });
}

#[test]
fn golden_output_of_every_export_in_every_language() {
    for lang in ["nl", "en", "fr"] {
        for format in ["text", "markdown", "json"] {
            snapshot(&["paths", "--lang", lang, "--format", format]);
        }
        for format in ["dot", "mermaid", "svg"] {
            snapshot(&["graph", "--lang", lang, "--format", format]);
        }
        snapshot(&[
            "graph", "--lang", lang, "--format", "svg", "--from", "be-what",
        ]);
        snapshot(&["graph", "--lang", lang, "--landscape", "--country", "nl"]);
        for format in ["markdown", "text"] {
            snapshot(&["script", "--lang", lang, "--format", format]);
        }
        for format in ["text", "json"] {
            snapshot(&["contacts", "--lang", lang, "--format", format]);
        }
    }
}

#[test]
fn routes_listed_equal_routes_counted_and_golden_route_tests() {
    let listing: serde_json::Value =
        serde_json::from_str(&stdout_of(&["paths", "--format", "json"])).expect("JSON");
    let listed = listing["listed"].as_u64().expect("listed");
    assert_eq!(listing["count"], listed.to_string());
    assert_eq!(
        stdout_of(&["paths", "--count", "--lang", "en"]),
        format!("{listed} routes\n")
    );
    let golden = std::fs::read_dir(root().join("tests/meldwijzer/snapshots"))
        .expect("snapshots")
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("meldwijzer__routes__en-json-")
        })
        .count();
    assert_eq!(
        golden as u64, listed,
        "one golden route test per listed route"
    );
}

#[test]
fn listing_stops_at_the_limit_and_says_so() {
    let text = stdout_of(&["paths", "--lang", "en", "--limit", "3"]);
    assert_eq!(text.matches("\nRoute ").count(), 3);
    assert!(
        text.ends_with("Showing the first 3 of 44 routes; use --limit to see more.\n"),
        "{text}"
    );
}

#[test]
fn the_dot_output_parses_with_a_real_dot_parser() {
    let guide = Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
        .expect("valid")
        .0;
    for lang in ["nl", "en", "fr"] {
        let dot = stdout_of(&["graph", "--format", "dot", "--lang", lang]);
        let mut parser = layout::gv::DotParser::new(&dot);
        let graph = parser
            .process()
            .unwrap_or_else(|e| panic!("DOT does not parse: {e}\n{dot}"));
        let mut builder = layout::gv::GraphBuilder::new();
        builder.visit_graph(&graph);
        let visual = builder.get();
        assert_eq!(
            visual.num_nodes(),
            guide.flow.questions.len() + guide.flow.outcomes.len()
        );
        let answers: usize = guide.flow.questions.iter().map(|q| q.answers.len()).sum();
        assert_eq!(dot.matches(" -> ").count(), answers, "one edge per answer");
    }
}

/// The number of the first attribute `name` in `tag` (an SVG tag, or the whole drawing).
fn attribute(tag: &str, name: &str) -> f64 {
    let start = tag.find(&format!(" {name}=\"")).expect("attribute") + name.len() + 3;
    tag[start..]
        .split('"')
        .next()
        .and_then(|v| v.parse().ok())
        .expect("number")
}

/// The cards of an SVG drawing: `(x, y, width, height)` of each `<rect>` inside a `<g>`.
fn cards(svg: &str) -> Vec<(f64, f64, f64, f64)> {
    svg.split("<g id=")
        .skip(1)
        .map(|card| {
            // Each card is drawn in its own frame: `translate(X,Y)` places it.
            let (dx, dy) = card
                .split_once("translate(")
                .and_then(|(_, rest)| rest.split_once(')'))
                .and_then(|(pair, _)| pair.split_once(','))
                .map_or((0.0, 0.0), |(x, y)| {
                    (x.parse().unwrap_or(0.0), y.parse().unwrap_or(0.0))
                });
            let rect = &card[card.find("<rect").expect("rect")..];
            let rect = &rect[..rect.find("/>").expect("end")];
            (
                dx + attribute(rect, "x"),
                dy + attribute(rect, "y"),
                attribute(rect, "width"),
                attribute(rect, "height"),
            )
        })
        .collect()
}

#[test]
fn the_svg_has_one_card_per_node_and_none_overlap() {
    let guide = Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
        .expect("valid")
        .0;
    for lang in ["nl", "en", "fr"] {
        let svg = stdout_of(&["graph", "--lang", lang]);
        let cards = cards(&svg);
        assert_eq!(
            cards.len(),
            guide.flow.questions.len() + guide.flow.outcomes.len()
        );
        for (i, a) in cards.iter().enumerate() {
            for b in &cards[i + 1..] {
                let apart =
                    a.0 + a.2 <= b.0 || b.0 + b.2 <= a.0 || a.1 + a.3 <= b.1 || b.1 + b.3 <= a.1;
                assert!(apart, "cards overlap: {a:?} and {b:?}");
            }
        }
    }
}

/// The size an SVG drawing declares: `(width, height)`.
fn declared_size(svg: &str) -> (f64, f64) {
    (attribute(svg, "width"), attribute(svg, "height"))
}

/// The straight runs of every arrow of an SVG drawing, `(x1, x2, y)`: where an arrow
/// passes a column through its slot, drawn as `L` after the point where it entered.
fn straight_runs(svg: &str) -> Vec<(f64, f64, f64)> {
    let point = |text: &str| -> (f64, f64) {
        let (x, y) = text.split_once(',').expect("x,y");
        (x.parse().expect("x"), y.parse().expect("y"))
    };
    let mut runs = Vec::new();
    // The arrowhead's own outline, in <defs>, is closed with `z`: not an arrow.
    for path in svg.split("<path d=\"M").skip(1) {
        let d = path.split('"').next().expect("d");
        if d.contains('z') {
            continue;
        }
        let mut last = (0.0, 0.0);
        for token in d.split(' ') {
            let straight = token.starts_with('L');
            let here = point(token.trim_start_matches(['C', 'L']));
            if straight && (here.1 - last.1).abs() < 0.05 {
                runs.push((last.0, here.0, here.1));
            }
            last = here;
        }
    }
    runs
}

/// Every straight run of an arrow in `svg` passes beside the cards, never behind one.
fn arrows_pass_no_card(svg: &str, what: &str) {
    let cards = cards(svg);
    for (x1, x2, y) in straight_runs(svg) {
        for card in &cards {
            let across = x1.min(x2) < card.0 + card.2 && x1.max(x2) > card.0;
            let within = y > card.1 && y < card.1 + card.3;
            assert!(
                !(across && within),
                "{what}: an arrow at y={y} runs behind {card:?}"
            );
        }
    }
}

#[test]
fn a_landscape_drawing_fits_a_projector_and_keeps_every_card_apart() {
    // The tree as drawn is much taller than wide (about 1:2); on a 16:9 projector its
    // text would be tiny. The landscape shape stays within 4:3 to 2.4:1 whatever is drawn.
    let parts: [&[&str]; 4] = [
        &[],
        &["--country", "nl"],
        &["--country", "be"],
        &["--from", "nl-what"],
    ];
    for lang in ["nl", "en", "fr"] {
        for part in parts {
            let mut args = vec!["graph", "--lang", lang];
            let tree = stdout_of(&[args.clone(), part.to_vec()].concat());
            args.push("--landscape");
            let svg = stdout_of(&[args, part.to_vec()].concat());
            let (width, height) = declared_size(&svg);
            assert!(
                (4.0 / 3.0..=2.4).contains(&(width / height)),
                "{lang} {part:?}: {width} x {height}"
            );
            arrows_pass_no_card(&svg, &format!("{lang} {part:?} landscape"));
            arrows_pass_no_card(&tree, &format!("{lang} {part:?}"));
            assert!(
                !straight_runs(&svg).is_empty(),
                "{lang} {part:?}: some arrows cross columns"
            );
            let cards = cards(&svg);
            assert_eq!(
                cards.len(),
                self::cards(&tree).len(),
                "{lang} {part:?}: every card drawn"
            );
            for (i, a) in cards.iter().enumerate() {
                assert!(
                    a.0 + a.2 <= width && a.1 + a.3 <= height,
                    "{lang} {part:?}: inside"
                );
                for b in &cards[i + 1..] {
                    let apart = a.0 + a.2 <= b.0
                        || b.0 + b.2 <= a.0
                        || a.1 + a.3 <= b.1
                        || b.1 + b.3 <= a.1;
                    assert!(apart, "{lang} {part:?}: cards overlap: {a:?} and {b:?}");
                }
            }
        }
    }
}

#[test]
fn the_drawings_in_docs_are_up_to_date() {
    for lang in ["nl", "en", "fr"] {
        let on_disk = std::fs::read_to_string(root().join(format!("docs/flow-{lang}.svg")))
            .expect("docs drawing");
        assert_eq!(
            on_disk,
            stdout_of(&["graph", "--lang", lang]),
            "regenerate docs/flow-{lang}.svg with `meldwijzer graph --lang {lang}`"
        );
    }
}

#[test]
fn the_call_script_numbers_steps_and_points_every_answer_somewhere() {
    let script = stdout_of(&["script", "--lang", "en", "--format", "text"]);
    let guide = Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
        .expect("valid")
        .0;
    let answers: usize = guide.flow.questions.iter().map(|q| q.answers.len()).sum();
    // Wrapping can split a pointer over two lines: count on the text with lines joined.
    let joined = script.split_whitespace().collect::<Vec<_>>().join(" ");
    let pointers = joined.matches("→ go to step").count() + joined.matches("→ give advice").count();
    assert_eq!(
        pointers, answers,
        "every answer leads to a step or an advice"
    );
    assert_eq!(
        script.matches("\nAdvice ").count(),
        guide.flow.outcomes.len()
    );
    assert!(script.contains("Checked against the sources on 2026-11-27."));
}

#[test]
fn the_summary_file_is_written_once_and_never_overwritten_without_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("case.md");
    let path = file.display().to_string();
    let args = [
        "start",
        "--lang",
        "en",
        "-a",
        "country=danger-now",
        "--summary",
        "markdown",
        "--output",
        &path,
    ];
    Test::new(&args)
        .stderr(&format!("The summary was written to {path}.\n"))
        .run();
    let written = std::fs::read_to_string(&file).expect("written");
    assert!(written.starts_with("## Case record\n"), "{written}");
    std::fs::write(&file, "kept").expect("write");
    // Refused before any advice is printed, so that no one reads advice whose record
    // was not kept.
    Test::new(&args)
        .status(2)
        .stdout("")
        .stderr(&format!(
            "error: `{path}` already exists\n  help: add `--force` to overwrite it\n"
        ))
        .run();
    assert_eq!(std::fs::read_to_string(&file).expect("read"), "kept");
    let mut forced = args.to_vec();
    forced.push("--force");
    Test::new(&forced).run();
    assert!(
        std::fs::read_to_string(&file)
            .expect("read")
            .starts_with("## Case record")
    );
}

#[test]
fn output_needs_summary_and_json_summaries_need_a_file() {
    Test::new(&["start", "-a", "country=nl", "--output", "x.txt"])
        .status(2)
        .run();
    Test::new(&["start", "--lang", "en", "-a", "country=danger-now", "--summary", "--format", "json"])
        .status(2)
        .stderr("error: `--summary` is text; with `--format json`, write it to a file with `--output FILE`\n")
        .run();
}

#[test]
fn replay_marks_each_prepared_answer_and_waits_for_enter() {
    let output = Test::new(&[
        "start",
        "--lang",
        "en",
        "--answers",
        "examples/nl-live-unknown.toml",
        "--step",
    ])
    .stdin("\n\n\n")
    .run();
    let text = String::from_utf8_lossy(&output.stdout);
    assert_eq!(text.matches("Press Enter to continue.").count(), 3);
    assert!(text.contains("  ▸ The Netherlands  (prepared answer)"));
    assert!(text.contains("  ▸ No, neither is known  (prepared answer)"));
    assert!(
        text.contains("Call the police on 0900-8844"),
        "advice at the end"
    );
}

#[test]
fn replay_stops_cleanly_when_input_ends() {
    Test::new(&[
        "start",
        "--lang",
        "en",
        "--answers",
        "examples/nl-live-unknown.toml",
        "--step",
    ])
    .stdin("\n")
    .status(1)
    .stderr("error: the input ended before the replay did\n")
    .run();
}

#[test]
fn replay_needs_prepared_answers() {
    Test::new(&["start", "--lang", "en", "--step"])
        .status(2)
        .stderr("error: `--step` replays prepared answers: add `--answers FILE` or `--answer QUESTION=ANSWER`\n")
        .run();
}

#[test]
fn diff_of_a_flow_with_itself_is_empty() {
    Test::new(&[
        "diff",
        "flows/default.toml",
        "flows/default.toml",
        "--lang",
        "en",
    ])
    .stdout("The flows give the same advice on every route.\n")
    .run();
}

#[test]
fn diff_reports_added_removed_and_changed_routes() {
    Test::new(&[
        "diff",
        "flows/default.toml",
        &fixture("diff/edited.toml"),
        "--lang",
        "en",
    ])
    .status(1)
    .stdout(
        "- changed: country=nl → nl-what=chat-app
  - contacts were meldpunt-chat-app (+31 (0)6 428 346 35), now meldpunt-chat-app
    (+31 (0)6 000 000 00)
- removed: country=nl → nl-what=complaint (ends in nl-complaint)
- changed: country=nl → nl-what=social-media
  - contacts were meldpunt-whatsapp-message (+31 (0)6 428 346 35),
    meldpunt-kinderporno (https://www.meldpunt-kinderporno.nl), now
    meldpunt-whatsapp-message (+31 (0)6 000 000 00), meldpunt-kinderporno
    (https://www.meldpunt-kinderporno.nl)
- added: country=be → be-what=veilig-thuis (ends in nl-worried)

1 added, 1 removed, 2 changed.
",
    )
    .stderr("")
    .run();
}

#[test]
fn diff_reports_every_route_that_now_ends_elsewhere() {
    let output = Test::new(&[
        "diff",
        "flows/default.toml",
        &fixture("diff/rerouted.toml"),
        "--lang",
        "en",
    ])
    .status(1)
    .run();
    let text = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        text.matches("now ends in nl-live-known instead of nl-live-unknown")
            .count(),
        3,
        "{text}"
    );
    assert!(text.ends_with("0 added, 0 removed, 3 changed.\n"));
}

#[test]
fn diff_with_an_invalid_flow_is_trouble() {
    let output = Test::new(&[
        "diff",
        "flows/default.toml",
        &fixture("broken/cycle/flow.toml"),
        "--new-locales",
        &fixture("locales"),
    ])
    .status(2)
    .stdout("")
    .run();
    assert!(String::from_utf8_lossy(&output.stderr).contains("leads back to `q1`"));
}

#[test]
fn the_web_page_for_every_language_weighs_at_most_40_kb_gzip_and_is_built_fast() {
    use std::io::Write as _;
    let started = std::time::Instant::now();
    let page = stdout_of(&["html"]);
    let took = started.elapsed();
    // What a phone downloads: the page as a server sends it, compressed with gzip.
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gzip.write_all(page.as_bytes()).expect("in memory");
    let sent = gzip.finish().expect("in memory").len();
    assert!(sent <= 40 * 1024, "{sent} bytes gzip");
    assert!(took < std::time::Duration::from_secs(1), "{took:?}");
    assert!(page.starts_with("<!doctype html>\n<html lang=\"nl\">"));
    for lang in ["nl", "en", "fr"] {
        assert!(
            page.contains(&format!("<section id=\"{lang}\" lang=\"{lang}\"")),
            "{lang}"
        );
    }
    assert!(
        page.contains("default-src 'none'"),
        "a policy that forbids loading anything"
    );
}

#[test]
fn the_web_page_in_one_language_says_so() {
    let page = stdout_of(&["html", "--lang", "en"]);
    assert!(page.starts_with("<!doctype html>\n<html lang=\"en\">"));
    assert!(!page.contains("lang=\"nl\"") && !page.contains("lang=\"fr\""));
    assert!(
        !page.contains("class=\"langs\""),
        "no language switch for one language"
    );
}

#[test]
fn the_web_page_is_written_only_where_asked_and_never_over_a_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("meldwijzer.html");
    let path = file.display().to_string();
    Test::new(&["html", "--output", &path]).stdout("").run();
    assert!(
        std::fs::read_to_string(&file)
            .expect("written")
            .contains("<main>")
    );
    std::fs::write(&file, "kept").expect("write");
    Test::new(&["html", "--lang", "en", "--output", &path])
        .status(2)
        .stderr(&format!(
            "error: `{path}` already exists\n  help: add `--force` to overwrite it\n"
        ))
        .run();
    assert_eq!(std::fs::read_to_string(&file).expect("read"), "kept");
    Test::new(&["html", "--output", &path, "--force"]).run();
    assert_ne!(std::fs::read_to_string(&file).expect("read"), "kept");
}

#[test]
fn the_site_is_written_only_into_its_folder_and_never_into_a_full_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    let path = site.display().to_string();
    Test::new(&["html", "--site", &path])
        .stdout("")
        .stderr("")
        .run();
    let mut files: Vec<String> = std::fs::read_dir(&site)
        .expect("written")
        .map(|e| {
            e.expect("a file")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "en.html",
            "fr.html",
            "index.html",
            "nl.html",
            "tree-en.html",
            "tree-fr.html",
            "tree-nl.html"
        ]
    );
    // Nothing beside the folder.
    assert_eq!(std::fs::read_dir(dir.path()).expect("read").count(), 1);
    // A folder that holds anything is left alone unless --force.
    std::fs::write(site.join("nl.html"), "kept").expect("write");
    Test::new(&["html", "--lang", "en", "--site", &path])
        .status(2)
        .stderr(&format!(
            "error: the folder `{path}` is not empty\n  help: choose an empty or new folder, or add `--force` to write into it (files of the same name are replaced)\n"
        ))
        .run();
    assert_eq!(
        std::fs::read_to_string(site.join("nl.html")).expect("read"),
        "kept"
    );
    Test::new(&["html", "--site", &path, "--force"]).run();
    assert_ne!(
        std::fs::read_to_string(site.join("nl.html")).expect("read"),
        "kept"
    );
    // One language asked for: its page, its drawing and the index that leads to it.
    let single = dir.path().join("fr-only");
    Test::new(&[
        "html",
        "--lang",
        "fr",
        "--site",
        &single.display().to_string(),
    ])
    .run();
    assert_eq!(std::fs::read_dir(&single).expect("written").count(), 3);
    // A site or a file, not both; --force needs one of them.
    Test::new(&["html", "--site", &path, "--output", "x.html"])
        .status(2)
        .run();
    Test::new(&["html", "--force"]).status(2).run();
}

/// The width of `text` at `size` pixels in the drawing's font (`DejaVu Sans`, bold or regular).
fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let data = if bold {
        dejavu::sans::bold()
    } else {
        dejavu::sans::regular()
    };
    let face = ttf_parser::Face::parse(data, 0).expect("the font parses");
    let advance: u32 = text
        .chars()
        .map(|c| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .map_or(0, u32::from)
        })
        .sum();
    f64::from(advance) / f64::from(face.units_per_em()) * size
}

#[test]
fn every_text_of_the_drawing_fits_its_card_in_every_language() {
    let attribute = |tag: &str, name: &str| -> f64 {
        let start = tag.find(&format!(" {name}=\"")).expect(name) + name.len() + 3;
        tag[start..]
            .split('"')
            .next()
            .unwrap_or("")
            .parse()
            .expect("a number")
    };
    for lang in ["nl", "en", "fr"] {
        let svg = stdout_of(&["graph", "--lang", lang]);
        let mut checked = 0;
        for card in svg.split("<g id=").skip(1) {
            let card = card.split("</g>").next().unwrap_or("");
            let rect = card.split("<rect").nth(1).expect("a card");
            let right = attribute(rect, "x") + attribute(rect, "width");
            for text in card.split("<text").skip(1) {
                let (tag, after) = text.split_once('>').expect("a text element");
                let content = after
                    .split("</text>")
                    .next()
                    .unwrap_or("")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&amp;", "&");
                let width = text_width(&content, 17.0, tag.contains("font-weight=\"bold\""));
                let end = attribute(tag, "x") + width;
                assert!(
                    end <= right - 5.0,
                    "{lang}: `{content}` ends at {end:.1}, past its card's edge at {right:.1}"
                );
                checked += 1;
            }
        }
        assert!(checked > 100, "{lang}: {checked} lines checked");
    }
}

/// A copy of the project's locales with the lines starting `message = ` replaced, per
/// language.
fn reworded_locales(edits: &[(&str, &str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for lang in ["nl", "en", "fr"] {
        let to = dir.path().join(lang);
        std::fs::create_dir_all(&to).expect("folder");
        for entry in std::fs::read_dir(root().join("locales").join(lang)).expect("locales") {
            let path = entry.expect("entry").path();
            let mut text = std::fs::read_to_string(&path).expect("read");
            for (code, message, sentence) in edits {
                if *code != lang {
                    continue;
                }
                let start = format!("\n{message} = ");
                if let Some(at) = text.find(&start) {
                    let end = text[at + 1..].find('\n').map_or(text.len(), |e| at + 1 + e);
                    text.replace_range(at + start.len()..end, sentence);
                }
            }
            std::fs::write(to.join(path.file_name().expect("name")), text).expect("write");
        }
    }
    dir
}

#[test]
fn diff_shows_each_reworded_sentence_before_and_after_in_every_language() {
    let locales = reworded_locales(&[
        ("fr", "outcome-nl-chat-app", "Un titre de test"),
        ("nl", "outcome-nl-chat-app-summary", "Een testzin."),
    ]);
    let new_locales = locales.path().display().to_string();
    let args = [
        "diff",
        "flows/default.toml",
        "flows/default.toml",
        "--new-locales",
        &new_locales,
        "--lang",
        "en",
    ];
    let output = Test::new(&args).status(1).stderr("").run();
    let text = String::from_utf8_lossy(&output.stdout);
    insta::with_settings!({ description => "meldwijzer diff: one French title and one Dutch summary reworded", omit_expression => true }, {
        insta::assert_snapshot!("diff_reworded_every_language", text);
    });
    // The reader's language does not limit what is compared.
    let output = Test::new(&[&args[..5], &["--lang", "nl"]].concat())
        .status(1)
        .run();
    let dutch = String::from_utf8_lossy(&output.stdout);
    assert!(dutch.contains("Un titre de test"), "{dutch}");
    assert!(dutch.contains("wordt: Een testzin."), "{dutch}");
}

#[test]
fn graph_from_an_unknown_question_names_the_closest() {
    Test::new(&["--lang", "en", "graph", "--from", "nl-wha"])
        .status(2)
        .stdout("")
        .stderr("error: the flow has no question `nl-wha`\n  help: did you mean `nl-what`? Questions: country, elsewhere-country, nl-what, nl-public, nl-now, nl-known, nl-sextortion-whose, be-what, be-sextortion-whose\n")
        .run();
    Test::new(&["--lang", "en", "graph", "--from", "emergency"])
        .status(2)
        .run();
}

#[test]
fn landscape_is_refused_for_drawings_laid_out_elsewhere() {
    for format in ["dot", "mermaid"] {
        Test::new(&["--lang", "en", "graph", "--landscape", "--format", format])
            .status(2)
            .stdout("")
            .stderr("error: `--landscape` shapes the SVG drawing only; DOT and Mermaid are laid out by their own tools\n")
            .run();
    }
}

#[test]
fn the_drawing_keeps_numbers_whole_and_arrows_enter_the_header() {
    let svg = stdout_of(&["--lang", "en", "graph", "--format", "svg"]);
    let texts: Vec<&str> = svg
        .lines()
        .filter_map(|l| {
            l.split_once('>')
                .and_then(|(_, rest)| rest.strip_suffix("</text>"))
        })
        .collect();
    for number in [
        "116 000",
        "0800 266 64 36",
        "020-261 52 75",
        "+31 (0)6 428 346 35",
    ] {
        assert!(texts.contains(&number), "{number} on one line");
    }
    // The emergency card lists 101 beside 112.
    let emergency = svg
        .split("<g id=\"emergency\"")
        .nth(1)
        .and_then(|rest| rest.split("</g>").next())
        .expect("the emergency card");
    assert!(
        emergency.contains(">112</text>") && emergency.contains(">101</text>"),
        "{emergency}"
    );
}
