# The interface's own sentences. English.

ui-emergency = Is a child in danger right now? Call { $phone }.
ui-intro = meldwijzer tells you where to report child sexual abuse material or the online sexual abuse of a minor. A few questions; nothing is saved or sent.
ui-back = ← Back
ui-restart = Start again
ui-quit = Quit
ui-prompt-hint = ↑↓ to move, Enter to choose, Esc to go back
ui-what-next = What would you like to do?
ui-goodbye = Thank you for taking this seriously.
ui-contacts = Who to contact
ui-note-down = Note down first
ui-after = What happens next
ui-warnings = Important
ui-answers = Your answers
ui-source = Source
ui-phone = Phone
ui-web = Web
ui-when = When
ui-hours = Hours
ui-verified = verified
ui-no-details = No number or address given: see the organisation's own website
ui-kind-phone = Phone
ui-kind-chat = Chat app
ui-kind-web-form = Report form
ui-kind-website = Website
ui-kind-organisation = Organisation
