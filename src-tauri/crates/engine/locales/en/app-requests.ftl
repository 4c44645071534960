## The words of the Requests screen (the list of requests, its search and filter, where the
## record is kept, the team's register, the reminder about old saved copies: requests-*) and of
## one request's page (its facts, saved copies, history, actions and the dialogs it fills:
## request-*). Texts given as variables such as $standing, $problem, $contents are already made
## in the officer's language by the app; dates arrive as text too.

## The Requests screen: the list

# In the list's "Where it stands" column, for a closed request. $standing is the app's own
# words about where the request stood (e.g. "answered on time", "overdue by 3 days"). Lower
# case: it is a table cell.
requests-standing-closed = closed; { $standing }
# In the list's "Assigned to" column (team's register only): the request is assigned to no officer.
requests-nobody-yet = nobody yet
# The status line under the search field: how many requests the list holds (filter "All", no search).
requests-count =
    { $count ->
        [one] { $count } request
       *[other] { $count } requests
    }
# The status line: how many requests are assigned to the officer (filter "Assigned to me", no search).
requests-count-mine =
    { $count ->
        [one] { $count } request assigned to you
       *[other] { $count } requests assigned to you
    }
# The status line while searching: $shown requests match, out of $count (filter "All").
requests-shown =
    { $count ->
        [one] { $shown } of { $count } request
       *[other] { $shown } of { $count } requests
    }
# The status line while searching: $shown requests match, out of the $count assigned to the
# officer (filter "Assigned to me").
requests-shown-mine =
    { $count ->
        [one] { $shown } of { $count } request assigned to you
       *[other] { $shown } of { $count } requests assigned to you
    }
# The status line when the filter "Assigned to me" shows nothing; $count is the number of
# requests in the register, seen with the filter "All" (the name of that choice, in the
# screen's segmented control).
requests-none-mine =
    { $count ->
        [one] No request is assigned to you; { $count } request is under All.
       *[other] No request is assigned to you; { $count } requests are under All.
    }
# The status line when the search matches no request.
requests-no-match = No request matches the search.
# Above the list. $today is today's date, already written out (e.g. "3 December 2026").
requests-today = Today is { $today }.

## The Requests screen: the reminder about saved copies

# The box's first line. $count is how many saved archives are older than the reminder setting,
# $days that setting (a number of days).
requests-old-copies =
    { $count ->
        [one] A copy saved on this computer is older than { $days ->
            [one] { $days } day
           *[other] { $days } days
        }. Delete what is no longer needed: they hold personal data.
       *[other] { $count } copies saved on this computer are older than { $days ->
            [one] { $days } day
           *[other] { $days } days
        }. Delete what is no longer needed: they hold personal data.
    }
# One old copy in the box's list, after the request's reference (a link): $path is where the
# archive is saved, $days how old it is in days.
requests-old-copy =
    { $days ->
        [one] { $path } ({ $days } day old)
       *[other] { $path } ({ $days } days old)
    }
# Under the reminder setting, once it was saved.
requests-reminder-saved = Saved.

## The Requests screen: the organisation's texts for the cover letter

# Once the texts for the letters in one language were saved; $language is the language's
# own name (e.g. "Français").
requests-letter-saved = Saved. From now on, every letter in { $language } uses these texts.

## The Requests screen: where the record is kept

# On the team's register: $address is the register's address (without password), $officer the
# officer's login there.
# The team's register in words, in the sentences below ($address): its PostgreSQL database's
# name and its server.
requests-register-place = database "{ $database }" on { $server }
requests-register-where = Every request is kept in the team's register: { $address }. You work in it as { $officer }; each event records who wrote it, and no one can change it unnoticed.
# How the connection to the team's register is protected, as the server saw it (one of these
# is shown under requests-register-where). "sslmode=verify-full" and "sslrootcert=" are words of
# the register's address: keep them as they are.
requests-protection-local = The connection goes through the server's local socket on this computer: nothing crosses the network.
requests-protection-plain = The connection is not encrypted: what the app reads and writes crosses the network readable. Ask your administrator to turn on TLS on the server, then add sslmode=verify-full to the address.
requests-protection-unchecked = The connection is encrypted, but the server's certificate is not checked: a machine posing as the server could read it. Add sslmode=verify-full to the address (and sslrootcert= with the file of the authority that signed the certificate, if your administrator gives you one).
requests-protection-authority = The connection is encrypted, and the server's certificate is signed by the authority named in the address; the server's name in it is not checked (sslmode=verify-full would check it too).
requests-protection-checked = The connection is encrypted, and the server's certificate is checked.
# The title of the foldable section about the record (the journal), when it is the team's
# shared register (PostgreSQL database).
requests-record-shared = The record: the team's register
# The title of the foldable section about the record, when it is kept on this computer.
requests-record-local = The record on this computer
# Heading of the register's form, when the team's register is in use.
requests-register-title-shared = The team's register (PostgreSQL)
# Heading of the register's form, when the record is on this computer.
requests-register-title-local = Use the team's register (PostgreSQL)
# Button: connect to the team's register again (it is in use already).
requests-connect-again = Connect again
# Button: connect to the team's register and keep the record there from now on.
requests-connect-use = Connect and use it
# Status while connecting to the register.
requests-connecting = Connecting…
# Status once connected; $address is the register's address.
requests-connected = Connected: the record is now the team's register, { $address }.
# Status after choosing to keep the record on this computer instead of the team's register.
requests-back-local = The record is kept on this computer again.
# Status while the journal is being checked.
requests-checking = Checking…
# The check's result: nothing in the journal was changed. $count is the number of its events.
requests-journal-intact =
    { $count ->
        [one] The journal is intact: { $count } event, none changed, removed or reordered.
       *[other] The journal is intact: { $count } events, none changed, removed or reordered.
    }
# The check's result when the journal is gone; $problem is the app's sentence saying what was
# found (it ends with a full stop).
requests-journal-missing = { $problem } Put it back from a backup, or tell your IT team.
# The check's result when the journal's content was altered; $problem is the app's sentence
# saying what was found.
requests-journal-changed = The journal was changed. { $problem } Keep the file as it is and tell your IT team.
# The check's result for any other problem; $problem is the app's sentence saying what was found.
requests-journal-problem = { $problem } Keep the file as it is and tell your IT team.
# After ticking the team's rule that a second officer approves each archive.
requests-approval-on = From now on, another officer approves each archive before its delivery is recorded.
# After unticking that rule.
requests-approval-off = From now on, archives are delivered without a second officer's approval.

## One request's page

# The page's heading; $reference is the request's reference (e.g. "DSAR-2024-017").
request-title = Request { $reference }
# The line under the heading for a closed request; $standing is the app's words about where it
# stood (lower case, e.g. "answered on time").
request-standing-closed = Closed; { $standing }.
# The line under the heading for a request still open; $standing is the app's words about where
# it stands ("12 days left", "answered on time"...), with its first letter made upper case.
request-standing = { $standing }.

# The request's facts: labels of a list of terms and values.
# The person whose data was asked for.
request-fact-subject = Whose data
# The kind of request (the right used, e.g. access).
request-fact-right = Request
request-fact-received = Received
request-fact-due = Due
# The extension of the deadline, if one was recorded.
request-fact-extension = Extension
request-fact-status = Status
# The officer who handles the request.
request-fact-assignee = Assigned to
# When the request was answered.
request-fact-answered = Answered
# How many archives were exported for it.
request-fact-exports = Exports
# One note an officer wrote about the request.
request-fact-note = Note
# The value of "Assigned to" when no officer has the request.
request-nobody-yet = nobody yet

## One request's page: its saved copies

request-no-copies = None. Archives you save for this request are listed here.
# A saved archive: $path is where it is, $saved when it was saved (already written out).
request-copy = { $path }, saved { $saved }.
# Added after request-copy when the file is no longer at that place.
request-copy-gone = It is no longer there.
# A copy saved on another officer's computer (the team's register): $computer is that
# computer's name; it is not looked for on this one.
request-copy-elsewhere = { $path }, saved { $saved } on another computer, { $computer }. It can be deleted there.
# Added after request-copy when the copy is older than the reminder setting (in days).
request-copy-old = Older than the reminder setting: delete it if it is no longer needed.
# Button next to a saved archive.
request-delete-copy = Delete local copy
# Confirmation dialog's title.
request-delete-copy-title = Delete this local copy?
# Confirmation dialog's text; $path is where the archive is saved.
request-delete-copy-text = { $path } will be deleted from this computer, and the journal will record it. Copies already sent are not affected.
# The confirmation dialog's button that deletes it.
request-delete-copy-yes = Delete it

## One request's page: its history and actions

# After an event of the history, the officer who recorded it ($officer: a name or login).
request-event-by = (by { $officer })
# Button: give the request to another officer (it has one already).
request-hand-over = Hand over
# Button: give the request to an officer (it has none yet).
request-assign = Assign
# After choosing the language of the answer; $language is the language's own name (e.g. "Deutsch").
request-language-saved = Saved: its answer (the letter and the archive's explanations) will be written in { $language }.
# Said to a screen reader (not shown) once a delivery is recorded. $standing: the app's words
# about where the request stands now, lower case (e.g. "answered on time", "answered 3 days late").
request-delivered = Delivery recorded: { $standing }.
# Confirmation dialog's title.
request-close-title = Close this request?
# Confirmation dialog's text, for a request that was answered.
request-close-answered = It stays in the record, marked closed.
# Confirmation dialog's text, for a request not answered yet.
request-close-unanswered = It has not been answered yet. It stays in the record, marked closed without an answer.
# The confirmation dialog's button that closes the request.
request-close-yes = Close it

## One request's page: the archive awaiting approval (its letter and its account of each app)

# Shown instead of the cover letter when the archive has none.
request-no-letter = This archive has no cover letter.
# Under an app's name; $contents is the app's words about what of it is in the archive.
request-ledger-inside = In the archive: { $contents }.
# The caption of an app's table; $app is the app's name. App Center is a product name.
request-ledger-caption = The records App Center returned for { $app }
# Column heads of that table: the kind of records, how many were received from App Center, how
# many are in the archive, how many were left out.
request-ledger-records = Records
request-ledger-received = Received
request-ledger-kept = In the archive
request-ledger-left-out = Left out
# Under the table when App Center named no file that is missing from the archive.
request-ledger-complete = Every file App Center named is in the archive.
