# The interface's own sentences. English.

ui-emergency = Is a child in danger right now? Call { $phone }. In Belgium: 101 for the police.
ui-intro = meldwijzer tells you where to report child sexual abuse material or the online sexual abuse of a minor. A few questions; nothing is saved or sent.
ui-back = ← Back
ui-restart = Start again
ui-quit = Quit
ui-prompt-hint = ↑↓ to move, Enter to choose, Esc to go back
# The first question has nowhere to go back to: no Esc in its hint.
ui-prompt-hint-first = ↑↓ to move, Enter to choose
ui-what-next = What would you like to do?
ui-goodbye = Thank you for taking this seriously.
ui-contacts = Who to contact
ui-note-down = What to note down
ui-after = What happens next
ui-warnings = Important
ui-support = If this upsets you
ui-answers = Your answers
ui-source = Source
ui-phone = Phone
ui-web = Web
ui-when = When
ui-hours = Hours
ui-verified = Verified
ui-kind-phone = Phone
ui-kind-chat = Chat app
ui-kind-web-form = Report form
ui-kind-website = Website
ui-kind-organisation = Organisation

# Staff and trainer tools.
ui-routes = { $count ->
    [one] 1 route
   *[other] { $count } routes
}
ui-routes-shown = Showing the first { $shown } of { $count } routes; use --limit to see more.
ui-route = Route { $number }
ui-script-title = Call script
ui-script-intro = Ask the questions in order. Each answer says which step comes next, or which advice to give.
ui-step = Step { $number }
ui-advice = Advice { $number }
ui-go-to-step = go to step { $number }
ui-give-advice = give advice { $number }
ui-flow-verified = Checked against the sources on { $date }.
ui-contacts-title = Contacts
ui-summary-title = Case summary
ui-summary-advice = Advice
ui-summary-written = The summary was written to { $file }.
ui-replay-prepared = prepared answer
ui-replay-continue = Press Enter to continue.
ui-diff-added = added
ui-diff-removed = removed
ui-diff-changed = changed
ui-diff-ends-in = ends in { $outcome }
ui-diff-outcome = now ends in { $new } instead of { $old }
ui-diff-contacts = contacts were { $old }, now { $new }
ui-diff-text = the wording of the advice changed
ui-diff-none = The flows give the same advice on every route.
ui-diff-total = { $added } added, { $removed } removed, { $changed } changed.
ui-diff-partial = More routes differ: only the first { $compared } are listed; use --limit to list more.
ui-diff-partial-long = More routes differ: only the first { $compared } are listed, { $answers } answers long in all; a longer listing is not printed, whatever --limit says.
ui-routes-many = more than { $count } routes

# Line by line (--plain), for screen readers, braille displays and plain terminals.
ui-plain-keys = At each question, type the number of your answer (or a word of it) and press Enter. Also: b = back, r = start again, q = quit, ? = repeat the question.
ui-plain-prompt = Your choice (1 to { $count }):
ui-plain-several = More than one answer fits: { $answers }. Type the number.
ui-plain-several-answer = { $number } ({ $answer })
ui-plain-unknown = "{ $input }" is not an answer to this question. Type a number from 1 to { $count } or a word of an answer, or b, r, q or ?.
ui-plain-first-question = This is the first question: there is no going back from here.
ui-plain-after = Type r to start again, b to go back, ? to read the advice again, or q to quit.
ui-plain-after-prompt = Your choice:
ui-first-question = This is the first question: there is no going back from here. Choose Quit to stop.
ui-interrupted = Stopped.

# Errors and warnings a person can meet.
ui-word-error = error
ui-word-warning = warning
ui-word-help = help
ui-error-missing-answer = no answer for question `{ $question }`, and standard input is not a terminal, so meldwijzer does not ask
ui-help-missing-answer = add `--answer { $question }=ANSWER`, where ANSWER is one of: { $answers }; or add `--plain` to answer line by line
ui-error-missing-answer-json = no answer for question `{ $question }`: with `--format json` meldwijzer asks nothing, as it prints only finished advice
ui-help-missing-answer-json = add `--answer { $question }=ANSWER`, where ANSWER is one of: { $answers }
ui-error-unknown-answer = question `{ $question }` has no answer `{ $answer }`
ui-help-did-you-mean-answer = did you mean `{ $suggestion }`? Answers: { $answers }
ui-help-answers = answers: { $answers }
ui-error-unknown-question = the flow has no question `{ $question }`
ui-help-did-you-mean-question = did you mean `{ $suggestion }`? Questions: { $questions }
ui-help-questions = questions: { $questions }
ui-error-answers-file = the answers file cannot be used: { $detail }
ui-help-answers-file = an answers file has one table, `[answers]`, of `question = "answer"` lines
ui-error-input-ended = the input ended at question `{ $question }` ({ $text }), before any advice was given
ui-help-input-ended = give one answer per line: its number, or a word of it
ui-error-file-exists = `{ $file }` already exists
ui-help-file-exists = add `--force` to overwrite it
ui-error-cannot-write = cannot write `{ $file }`: { $reason ->
    [not-found] that folder does not exist
    [permission-denied] meldwijzer may not write there
    [is-a-directory] that is a folder, not a file
    [disk-full] the disk is full
   *[other] { $detail }
}
ui-error-replay-ended = the input ended before the replay did
ui-error-step-needs-answers = `--step` replays prepared answers: add `--answers FILE` or `--answer QUESTION=ANSWER`
ui-error-summary-with-json = `--summary` is text; with `--format json`, write it to a file with `--output FILE`
ui-error-answer-form = `--answer { $pair }` is not of the form QUESTION=ANSWER (for example `--answer country=nl`)
ui-warning-unused-answer = the answer to `{ $question }` was not used: the route taken does not ask it
ui-community = Language: { $community ->
    [nl] Dutch
    [fr] French
   *[other] { $community }
}
ui-label = { $label }:
ui-error-language-missing = these translations have no language `{ $lang }`; they have: { $offered }
ui-script-exception = In advice { $advice }

# A quiz for trainers (meldwijzer quiz).
ui-quiz-intro = Practise with situations. Read each situation, then walk the guide as you would to help the caller. Afterwards you hear whether you reached the advice that fits it.
ui-quiz-situation = Situation { $number } of { $total }
ui-quiz-told-in = (This situation is told in another language: { $code }.)
ui-quiz-right = Right: this is the advice for this situation.
ui-quiz-wrong = This is not the advice for this situation.
ui-quiz-diverged = Your route left the expected one at the question "{ $question }": you chose "{ $chosen }"; the expected answer was "{ $expected }".
ui-quiz-expected = The expected advice: { $title }
ui-quiz-stopped = Stopped at the question "{ $question }".
ui-quiz-score = You reached the expected advice in { $right } of { $total } { $total ->
    [one] situation
   *[other] situations
} answered.
ui-error-quiz-needs-input = a quiz asks questions: run it in a terminal, or add `--plain` to answer line by line
ui-error-no-scenario = `{ $file }` has no scenario `{ $id }`
ui-help-did-you-mean-scenario = did you mean `{ $suggestion }`? Scenarios: { $scenarios }
ui-help-scenarios = scenarios: { $scenarios }
ui-error-scenario-fails = scenario `{ $id }` no longer reaches its advice in this flow
ui-help-run-verify = `meldwijzer verify { $file }` says why

# The web page (meldwijzer html).
ui-html-title = meldwijzer: where to report the sexual abuse of children
ui-html-languages = Language
ui-html-language-name = English
ui-html-back = Back? Use your browser's back button.

# Hostile input (issue 20): reads within limits, reasons in the reader's words.
ui-plain-not-text = That line is not text meldwijzer can read (it is not UTF-8). Type the number of your answer.
ui-error-line-too-long = a line of input is longer than { $limit } bytes: meldwijzer stops here
ui-error-cannot-read-input = cannot read standard input: { $reason }
ui-error-output = cannot write the output: { $reason }
ui-error-stdout-closed = standard output is closed: what meldwijzer writes would be lost
ui-help-stdout-closed = send the output somewhere, for example `> file.txt`
ui-error-output-empty = `--output` needs a file name (or `-` for standard output)
ui-error-landscape-svg-only = `--landscape` shapes the SVG drawing only; DOT and Mermaid are laid out by their own tools
ui-error-scenario-file = the scenario file `{ $file }` cannot be used: { $reason }
ui-error-scenario-empty = `{ $file }` holds no scenario
ui-help-scenario-empty = a scenario file has one `[[scenario]]` table per situation; `meldwijzer schema scenarios` describes them
ui-scenario-problem = { $problem ->
    [empty] the file holds no scenario
    [invalid-id] `{ $id }` is not a valid id (letters, digits, `-` and `_` only)
    [duplicate-id] the id `{ $id }` is used twice
    [no-situation] scenario `{ $id }` tells no situation
    [unknown-language] `{ $id }` is not a language; use nl, en or fr
    [no-answers] scenario `{ $id }` gives no answers
    [control-characters] scenario `{ $id }` holds control characters, which are not shown
   *[other] { $id }
}
ui-error-scenario-problem = the scenario file `{ $file }` has a problem: { ui-scenario-problem }
ui-reason = { $reason ->
    [not-found] it does not exist
    [permission-denied] access is not allowed
    [is-a-directory] it is a folder, not a file
    [disk-full] the disk is full
    [too-large] it is larger than { $limit } bytes
    [not-utf8] it is not UTF-8 text
    [invalid-type] a value has the wrong type
    [invalid-toml] it is not valid TOML
   *[other] { $detail }
}
ui-reason-with-detail = { $reason } ({ $detail })
ui-narrow-screen = The screen is { $columns } columns wide; meldwijzer lays text out for at least { $floor }, so some lines will be cut. A smaller font or a wider window helps.
# Case records, country filters and the compact call script (issue 19).
ui-record-title = Case record
ui-record-time = Recorded
ui-record-case-ref = Case reference
ui-record-note = Note
ui-record-route = Route (question = answer)
ui-record-outcome = Advice given
ui-record-contacts = Contacts given
ui-record-warnings = Warnings given
ui-record-program = meldwijzer { $version }, flow checked on { $date }, fingerprint { $fingerprint }
ui-error-too-long = `{ $flag }` takes at most { $max } characters; this one has { $length }.
ui-only-from = only from { $country ->
    [be] Belgium
   *[nl] the Netherlands
}
ui-from-abroad = from abroad: { $number }
ui-country-name = { $country ->
    [be] Belgium
    [nl] The Netherlands
   *[other] Everywhere
}
ui-script-compact-title = Call script (short form)
ui-script-compact-intro = Ask in order; the codes in brackets are answer ids, for the case record.
ui-script-advice-list = Advice, with the first number to give
ui-script-for-advice = (advice { $advice })
# diff: each changed sentence, before and after, in every language (issue 19)
ui-diff-reworded = in { $lang }, { $part } ({ $message }):
ui-diff-before = before: { $text }
ui-diff-after = after: { $text }
ui-diff-absent = (nothing)

# quiz: grading by what the caller is told to do, why, a pause, the missed list (issue 19)
ui-quiz-right-same-first = Right: by another route, the caller is told to do the same first: { $contact }.
ui-quiz-right-also = Right: this advice fits this situation too.
ui-quiz-why = Why: { $why }
ui-quiz-pause = Press Enter for the next situation (q to stop).
ui-quiz-missed = Situations to look at again:
ui-quiz-missed-item = situation { $number } ({ $id }): { $title }

# verify: findings a content editor can read, in the reader's language (issue 19)
ui-verify-reaches = scenario `{ $id }` now reaches `{ $reached }` ({ $reached_title }) instead of `{ $expected }` ({ $expected_title })
ui-verify-expected-here = expected here
ui-verify-turned = the answer `{ $question } = { $answer }` ({ $place }) now leads to `{ $next }`
ui-verify-holds = { $file }: { $count ->
    [one] 1 scenario holds
   *[other] { $count } scenarios hold
}
ui-verify-fail = { $file }: { $failed } of { $total } { $total ->
    [one] scenario
   *[other] scenarios
} no longer { $failed ->
    [one] holds
   *[other] hold
}: { $ids }
ui-verify-invalid = { $file }: invalid: { $count ->
    [one] 1 error
   *[other] { $count } errors
}
ui-verify-finding = { $kind ->
    [problem] { ui-scenario-problem }
    [no-answer-for] scenario `{ $id }` now passes question `{ $question }`, which it gives no answer for
    [no-such-answer] question `{ $question }` has no answer `{ $answer }`
    [unknown-outcome] unknown outcome `{ $id }`
    [unknown-contact] unknown contact `{ $id }`
    [unknown-question] the flow has no question `{ $id }`
    [no-longer-offers] `{ $outcome }` ({ $outcome_title }) no longer offers `{ $contact }` ({ $contact_name })
    [offers] `{ $outcome }` ({ $outcome_title }) offers `{ $contact }` ({ $contact_name })
    [unused] the answer to `{ $question }` is not used
    [unnamed-country] the situation of `{ $id }` in `{ $lang }` does not say where the caller is
   *[other] { $id }
}
ui-verify-finding-label = { $kind ->
    [no-answer-for] no answer to `{ $question }` here
    [no-such-answer] no such answer
    [unknown-outcome] no outcome has this id
    [unknown-contact] no contact has this id
    [unknown-question] no question has this id
    [no-longer-offers] scenario `{ $id }` needs this contact
    [offers] scenario `{ $id }` must not be offered this
    [unused] the route of `{ $id }` does not ask this
    [unnamed-country] its route answers `{ $question } = { $answer }`
   *[other] {""}
}
ui-verify-finding-help = { $kind ->
    [did-you-mean] did you mean `{ $suggestion }`?
    [did-you-mean-answer] did you mean `{ $suggestion }`? Answers: { $answers }
    [answers] answers: { $answers }
    [no-answer-for] add `{ $question } = "..."`, one of: { $answers }
    [unnamed-country] name the country ("{ $label }"), so that a trainee can answer the question
    [no-situation] add a `situation` with the text in each language, such as nl = "..."
    [no-answers] add `answers` with an answer to each question on the route, such as country = "nl"
    [empty] { ui-help-scenario-empty }
   *[other] {""}
}
# The web guide as a site a helpline can publish (meldwijzer html --site).
ui-html-description = Where to report child sexual abuse material or the online sexual abuse of a minor, in the Netherlands and Belgium. A few questions, then who to contact. Nothing is saved or sent.
ui-html-exit = Exit this page
ui-html-exit-note = “Exit this page”, at the top of every screen, opens a weather site at once. It does not clear your browser's history.
ui-html-checked = Checked on { $date }
ui-html-tree-link = For trainers: the whole guide as one drawing
ui-html-tree-title = meldwijzer: the guide as a drawing, for trainers
ui-html-tree-intro = Every question with its answers, and where each answer leads. For training sessions; a person looking for help uses the guide itself.
ui-html-tree-back = Back to the guide
ui-error-folder-not-empty = the folder `{ $dir }` is not empty
ui-help-folder-not-empty = choose an empty or new folder, or add `--force` to write into it (files of the same name are replaced)

# The record of sources and when to check them again (meldwijzer sources).
ui-sources-title = Sources
ui-sources-intro = Today is { $today }. A source is due for a new check when it was read more than { $count } days ago.
ui-sources-address = Address
ui-sources-read = Read
ui-sources-age = { $date } ({ $count ->
    [0] today
    [one] { $count } day ago
   *[other] { $count } days ago
})
ui-sources-status = Status
ui-sources-due = due for a new check
ui-sources-current = up to date
ui-sources-contacts = Contacts that come from it
ui-sources-outcomes = Advice that rests on it
ui-sources-none = none
ui-sources-total = { $count ->
    [0] No source is due for a new check.
    [one] { $count } of { $total } sources is due for a new check.
   *[other] { $count } of { $total } sources are due for a new check.
}
ui-error-today = MELDWIJZER_TODAY (a date for tests) must be written YYYY-MM-DD, not `{ $value }`
