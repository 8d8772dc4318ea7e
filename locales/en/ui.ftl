# The interface's own sentences. English.

ui-emergency = Is a child in danger right now? Call { $phone }. In Belgium: 101 for the police.
ui-intro = meldwijzer tells you where to report child sexual abuse material or the online sexual abuse of a minor. A few questions; nothing is saved or sent.
ui-back = ← Back
ui-restart = Start again
ui-quit = Quit
ui-prompt-hint = ↑↓ to move, Enter to choose, Esc to go back
ui-what-next = What would you like to do?
ui-goodbye = Thank you for taking this seriously.
ui-contacts = Who to contact
ui-note-down = What to note down
ui-after = What happens next
ui-warnings = Important
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
ui-diff-partial = Only the first { $compared } routes of each flow were compared; use --limit to compare more.
ui-routes-many = more than { $count } routes
