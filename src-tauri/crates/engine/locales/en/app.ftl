## The page's static words (ui/index.html): the header, the steps of an export, each screen and
## each dialog, in the order the page has them. Some screens' scripts later replace a text with
## one of their own messages (the same words, or the words for a later state).
##
## Where a sentence has a part in bold or in code (the name of a button, or of a page of App
## Center's site, or a command), the message is the whole sentence with that part in <strong>
## or <code>: keep those marks around the same words in your language's word order (no other
## markup is allowed).

## Header

# A badge beside the app's name while the sample data (not real App Center data) is in use.
page-header-sample-badge = Sample data
# Button: goes to the list of requests.
page-header-requests = Requests
# Button: ends the connection to App Center.
page-header-disconnect = Disconnect

## The steps of an export, shown above the screen while an export is being made

# Read out by screen readers: the name of the list of steps.
page-steps =
    .aria-label = Steps
page-steps-connect = Connect
page-steps-apps = Choose the app
page-steps-runs = Choose the runs
page-steps-export = Export
# The last step: saving the finished archive.
page-steps-done = Save

## The error panel (its "Show details" and "Copy details" buttons are in app-errors.ftl)

# Button: closes the error panel.
page-error-close = Close
# Shown under an error that stopped an export halfway.
page-error-resumable = What was done is kept: export the same test runs again to continue where it stopped.

## Screen: the list of requests

page-requests-title = Requests
# Button: starts an export that answers no request (e.g. to look around).
page-requests-quick-export = Export without a request
# Button: opens the dialog to record a new request for a copy of someone's data.
page-requests-new = New request

# Shown when there are no requests yet. The bold names are those of the buttons.
page-requests-empty = <strong>No requests yet.</strong> When a client or a person asks for a copy of their data, choose <strong>{ page-requests-new }</strong>: ACT Export works out when the answer is due, and keeps a record of the export and of its delivery.
page-requests-empty-hint = To look around first, choose <strong>{ page-requests-quick-export }</strong>, then <strong>{ page-connect-try-sample }</strong>.

# Read out by screen readers: the name of the two choices that follow (requests of the team's
# register: those assigned to me, or all).
page-requests-whose = Which requests
page-requests-whose-mine = Assigned to me
page-requests-whose-all = All
# The label of the search field above the list of requests.
page-requests-search = Search
page-requests-search-input =
    .placeholder = Reference or whose data
# Read out by screen readers: the table of requests.
page-requests-table-caption = Requests, the soonest due first
# The columns of the table of requests.
page-requests-col-reference = Reference
# The person or client whose data was asked for.
page-requests-col-subject = Whose data
# The date the request was received.
page-requests-col-received = Received
# When the answer is due.
page-requests-col-due = Due
# How far the request has got (e.g. "overdue by 3 days", "answered on time").
page-requests-col-standing = Where it stands
# The officer who handles the request.
page-requests-col-assignee = Assigned to

# A section that opens when clicked: the organisation's details for the cover letter that opens
# every archive.
page-requests-letter-title = Your organisation, for the cover letter
page-requests-letter-hint = Every archive opens with a letter to the person who asked: what was searched, what is included, what was left out and why, and what the law (GDPR Art. 15) says they must be told. Fill this in once; the texts below are suggestions for test data of a mobile-app testing service, and every one can be changed. Kept on this computer.
# The choice of the language whose texts the form shows and saves, followed by a list of the
# languages, each named in itself ("Deutsch", "Français").
page-requests-letter-language = Texts for the letters in
page-requests-letter-language-hint = (the letters in each language use the texts saved for it; for a language with none saved, the form shows what its letters use)
# The labels of the letter's fields (the data controller's details that GDPR Art. 15 requires).
page-requests-letter-controller = Your organisation
page-requests-letter-contact = How the requester can reach you about this answer
page-requests-letter-dpo = Your data protection officer (optional)
page-requests-letter-purposes = Why you hold the data
page-requests-letter-categories = What kinds of data
page-requests-letter-recipients = Who received it
page-requests-letter-retention = How long you keep it
page-requests-letter-source = Where it came from
page-requests-letter-automated-decisions = Automated decisions
page-requests-letter-transfers = Transfers outside the EEA, and their safeguards
page-requests-letter-authority = The supervisory authority to complain to
# Label of the field for who signs the letter (a name, a team).
page-requests-letter-signature = The letter is signed
# Button: saves the letter's details.
page-requests-letter-save = Save

# A section that opens when clicked: where the record of requests (the journal) is kept.
page-requests-journal-title = The record on this computer
# Pieces of a paragraph, in this order: this piece, a space, the journal's file path (in a
# fixed-width font), a full stop, a space, the next piece.
page-requests-journal-where = Every request and what was done for it is kept on this computer, in a journal no one can change unnoticed:
# "act-export" is the command's name: never translated.
page-requests-journal-command = The <code>act-export</code> command shows the same requests.
# The last sentence of the paragraph above.
page-requests-journal-length = This computer also notes, in another folder, how long the journal was each time it wrote it: the check says so if the journal is deleted, cut short or replaced.
# A checkbox, for a team that shares a register.
page-requests-approval-rule = A second pair of eyes: another officer approves each archive before its delivery is recorded (for the whole team)
# The title of a form to keep the record in a PostgreSQL database shared by the privacy team.
page-requests-register-title = Use the team's register (PostgreSQL)
page-requests-register-hint = A privacy team keeps one record together: every officer sees every request and who handles it, and each event names who wrote it. Your administrator gives you its address and your login.
page-requests-register-address = The register's address
page-requests-register-password = Your password for it (if your login has one)
# A checkbox.
page-requests-register-remember = Remember the password in this computer's keychain
# Button.
page-requests-register-use = Connect and use it
# Button: stops using the team's register.
page-requests-register-leave = Keep the record on this computer instead
# Button: checks that the journal was not changed, cut short or replaced.
page-requests-journal-check = Check the journal
# A setting in one line: this label, a field for a number of days, then the word of
# page-requests-remind-days. The number varies: "days" is for any number of days above one.
page-requests-remind = Remind me about saved copies older than
page-requests-remind-days = days
# Button: saves the number of days.
page-requests-remind-save = Save

## Screen: one request

# Button: back to the list of requests (the arrow points left).
page-request-back = ← Requests
# Button: the archive may be delivered (a second officer approves it).
page-request-approve = Approve for delivery
# Button: the archive needs changes before it is delivered.
page-request-send-back = Send back
# A button that looks like a link: opens the archive's letter and ledger.
page-request-papers = Read the letter and the ledger
# Label of the choice of language the answer (letter and archive) is written in.
page-request-language = Language of the answer
# The request's buttons.
page-request-export = Export data for this request
page-request-deliver = Record delivery
page-request-extend = Extend the deadline
page-request-note = Add a note
# Gives the request to an officer of the team.
page-request-assign = Assign
page-request-close = Close the request
# Headings.
page-request-copies = Saved copies
page-request-history = History

## Screen: connect to App Center

page-connect-title = Connect to App Center
page-connect-intro = ACT Export reads your App Center Test data with an API token. Paste yours below, or look around first with sample data.
page-connect-token = API token
# Button: shows the token typed in the field (otherwise hidden like a password).
page-connect-token-show = Show
# Button: pastes the token from the clipboard.
page-connect-token-paste = Paste
page-connect-token-help = The token is sent only to the API address, never anywhere else.
# A section that opens when clicked: the steps to get a token on App Center's site.
page-connect-token-where = Where do I get a token?
# The steps to make a token on App Center's site. The bold names are as App Center's site shows
# them (in English).
page-connect-step-account = Sign in to App Center and open <strong>Account settings</strong>.
page-connect-step-tokens = Choose <strong>User API tokens</strong> (or, for one app only, the app's <strong>Settings > App API tokens</strong>).
page-connect-step-new = Choose <strong>New API token</strong>, give it a name, and pick <strong>Read only</strong>: the safest choice, and all ACT Export needs.
# Step 4.
page-connect-step-copy = Copy the token (it is shown only once) and paste it here.
# A section that opens when clicked: the API address.
page-connect-advanced = Advanced
page-connect-address = API address
page-connect-address-help = Change this only if your organization told you to.
# A checkbox.
page-connect-remember = Remember this token on this computer
page-connect-saved-token = A token is saved on this computer.
# Buttons beside the sentence above.
page-connect-use-saved = Connect with the saved token
page-connect-forget = Forget it
# Button: connects with the token typed.
page-connect-connect = Connect
# Button: uses made-up sample data instead of App Center.
page-connect-try-sample = Try with sample data

## Screen: choose the app

page-apps-title = Choose the app
# Label of a search, in every app at once, for the test runs of a client.
page-apps-find = Find a client's test runs in every app
# "contoso-" is an example of the start of a test series' name.
page-apps-find-input =
    .placeholder = Test series or text, for example contoso-
# Button: starts the search.
page-apps-find-go = Find
# Read out by screen readers: the list of apps the search found.
page-apps-found-list =
    .aria-label = Apps with matching test runs
# Label of the search field above the list of apps.
page-apps-search = Or choose the app
page-apps-search-input =
    .placeholder = App name or owner
# Read out by screen readers: the list of apps.
page-apps-list =
    .aria-label = Apps

## Screen: choose the test runs

# Button: back to the list of apps (the arrow points left).
page-runs-back = ← Apps
page-runs-title = Choose the client's test runs
# Button: shows the letter the archive will open with.
page-runs-preview-letter = Preview the letter
# Button: adds the test runs of another app to the same export.
page-runs-add-app = Add another app…
# Followed by a list of the other apps in the export and their test runs.
page-runs-other-apps = Also in this export:
# Read out by screen readers: the list above.
page-runs-other-apps-list =
    .aria-label = Other apps in this export
page-runs-scope = What to export
page-runs-scope-runs = Only the test runs I select (one client's data)
page-runs-scope-app = The entire app (every client's data)
# The filters above the table of test runs.
page-runs-filter-series = Test series
# The choice of the filter above that shows every test series.
page-runs-filter-all-series = All series
# Label of a date field: the first day shown.
page-runs-filter-from = From
# Label of a date field: the last day shown.
page-runs-filter-to = To
page-runs-filter-search = Search
page-runs-filter-search-input =
    .placeholder = Version, result, run id
# Button: selects every test run the table shows.
page-runs-select-shown = Select all shown
# Button: unselects every test run.
page-runs-clear = Clear
# A checkbox.
page-runs-protect = Protect the archive with a password
# Read out by screen readers: the table of test runs.
page-runs-table-caption = Test runs of the app
# Read out by screen readers: the column of checkboxes.
page-runs-col-selected = Selected
# The columns of the table of test runs.
page-runs-col-date = Date
page-runs-col-series = Test series
page-runs-col-version = App version
page-runs-col-platform = Platform
page-runs-col-result = Result
# Followed by the suggested password for the archive.
page-runs-password = Password:
# Button: suggests another password.
page-runs-password-another = Another one
# Button: copies the password.
page-runs-password-copy = Copy
# Button: opens a dialog to type one's own password.
page-runs-password-own = Use my own…
# Label of the field for the name of the client or person whose data is exported.
page-runs-subject = Whose data is this?
page-runs-subject-hint = (optional, written in the archive)
# "Contoso Ltd" is a made-up company.
page-runs-subject-input =
    .placeholder = For example: Contoso Ltd
page-runs-selected-none = No test runs selected
# Button: starts the export.
page-runs-export = Export

## Screen: exporting

page-export-title = Exporting
# What the export is doing: at first, starting.
page-export-starting = Starting
# Button: stops the export.
page-export-cancel = Cancel

## Screen: the archive is ready

page-done-title = The archive is ready
# Under the archive's icon, which can be dragged to a folder; "Save as" is the button below.
page-done-drag = Drag this to a folder, or use Save as
# Buttons.
page-done-save = Save as…
page-done-show-folder = Show in folder
page-done-deliver = Record delivery
page-done-another = Start another export
# Followed by the archive's password.
page-done-password = Password:
# Button: copies the password.
page-done-copy = Copy
page-done-password-hint = ACT Export does not keep it: copy it now, and send it separately from the archive (for example, read it out on the phone). To open the archive the person needs a free tool such as 7-Zip (Windows) or Keka or The Unarchiver (Mac): the tools built into Windows and macOS cannot open an archive protected like this. A note beside the encrypted files says so.

## Dialog: stop the export?

page-cancel-title = Stop the export?
page-cancel-text = Nothing will be saved. You can start again at any time.
# Button: closes the dialog, the export goes on.
page-cancel-keep-going = Keep exporting
# Button: stops the export.
page-cancel-confirm = Stop the export

## Dialog: a new request

page-new-request-title = New request
# Label of the field for the request's reference; its hint follows in a lighter font.
page-new-request-reference = Reference
page-new-request-reference-hint = (your ticket or letter number)
# Label of the field for whose data is asked for.
page-new-request-subject = Whose data
page-new-request-subject-hint = (the client or person who asked)
page-new-request-right = What they ask for
# The two choices of the field above.
page-new-request-right-access = A copy of their data (right of access, Art. 15)
page-new-request-right-portability = Their data to take elsewhere (data portability, Art. 20)
page-new-request-language = Language of the answer
page-new-request-language-hint = (the cover letter and the archive's explanations are written in it)
page-new-request-received = Date received
page-new-request-due-hint = The answer is due one month after the date received (GDPR Art. 12(3)), on the next working day if that is a Saturday or Sunday. Public holidays are not known to ACT Export: check them yourself.
page-new-request-cancel = Cancel
# Button: records the request and opens its page.
page-new-request-open = Open the request

## Dialog: record the delivery of the archive

page-deliver-title = Record delivery
page-deliver-channel = How it was sent
# The choices of the field above.
page-deliver-channel-email = By email
page-deliver-channel-portal = Through a portal
page-deliver-channel-post = By post
page-deliver-channel-other = Another way
# Label of the field for who received the archive.
page-deliver-recipient = To whom
page-deliver-recipient-input =
    .placeholder = Name or address
# Label of the date field: the day it was delivered.
page-deliver-on = On
page-deliver-password = How the password was sent
page-deliver-password-hint = (only if the archive had one; never the password itself)
page-deliver-password-input =
    .placeholder = For example: read out by phone
page-deliver-cancel = Cancel
# Button: records the delivery.
page-deliver-record = Record it

## Dialog: extend the deadline

page-extend-title = Extend the deadline
page-extend-hint = GDPR Art. 12(3) allows two further months for complex or numerous requests, if the requester is told why within the first month.
page-extend-months = Further months in all
# The choices of the field above: $count is 1 or 2.
page-extend-months-option =
    { $count ->
        [one] { $count } month
       *[other] { $count } months
    }
# Label of the date field: the day the requester was told of the extension.
page-extend-told = The requester was told on
# Label of the field for the reason of the extension.
page-extend-reason = Why
page-extend-cancel = Cancel
# Button: extends the deadline.
page-extend-save = Extend

## Dialog: add a note

page-note-title = Add a note
page-note-text = Note
page-note-text-hint = (kept in the journal for good: no personal data beyond what is needed)
page-note-cancel = Cancel
# Button: adds the note.
page-note-save = Add

## Dialog: assign the request

page-assign-title = Assign the request
page-assign-officer = To the officer
page-assign-officer-hint = (on the team's register: their login there)
page-assign-cancel = Cancel
# Button: assigns the request.
page-assign-save = Assign

## Dialog: send the archive back (not approved)

page-send-back-title = Send the archive back
# Label of the field for the reason.
page-send-back-reason = Why
page-send-back-reason-hint = (whoever exported it reads this; kept in the journal)
page-send-back-cancel = Cancel
# Button: sends the archive back.
page-send-back-save = Send back

## Dialog: the preview of the cover letter

page-letter-title = The letter that opens the archive
# Names the section "Your organisation, for the cover letter" of the Requests screen.
page-letter-hint = A preview: the counts come when the export runs. Your organisation's details are under "{ page-requests-letter-title }" on the Requests screen.
page-letter-close = Close

## Dialog: the letter and the ledger an export recorded, for the approving officer

page-papers-title = What the requester will receive
page-papers-hint = The archive's letter and its ledger, as the export recorded them in the journal: what App Center returned, what is in the archive and what was left out. The data itself is only in the archive.
# Headings.
page-papers-letter = The letter
# The ledger: the list of what App Center returned, what was kept and what was left out.
page-papers-ledger = The ledger
page-papers-close = Close

## Dialog: use my own password for the archive

page-own-password-title = Use my own password
page-own-password = Password
page-own-password-hint = (at least 10 characters; several words are best)
page-own-password-cancel = Cancel
# Button: uses the password typed.
page-own-password-use = Use it

## Dialog: the password of an unfinished export

page-password-title = Type the archive's password
page-password-text = This export was protected with a password. Type the same password to continue it; with another one, the archive is begun again with that password.
page-password-label = Password
page-password-cancel = Cancel
# Button.
page-password-continue = Continue the export

## Dialog: a yes/no question (its title, text and "yes" button come from the screen that asks)

# Button: the "no" answer, which keeps what the question was about (e.g. a copy or a request).
page-confirm-keep = Keep it

## Footer

# Shown until the app's version is known.
page-footer-version = Loading version…
# The label of the choice of the language the app speaks, at the right of the footer (its
# options are the languages, each named in itself, and the one below).
page-footer-language = Language of the app
# The first option of that choice: follow the computer's settings. $language is the language
# they give, named in itself ("Deutsch").
page-footer-language-system = System ({ $language })
