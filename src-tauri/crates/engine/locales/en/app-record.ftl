## The record of requests as the app shows it to the officer: where a request stands, its
## history line by line, the second pair of eyes. Dates arrive as words already made in the
## language ($received, $due, $on, $told-on).

# The right the requester exercises (GDPR Art. 15 or 20), in a list and on the request's page.
record-right-access = right of access (Art. 15)
record-right-portability = right to data portability (Art. 20)

# A request's status, a column of the list of requests.
record-status-open = open
record-status-answered = answered
record-status-closed = closed

# Where a request stands today, beside its due date.
record-answered-on-time = answered on time
record-answered-late =
    { $days ->
        [one] answered { $days } day late
       *[other] answered { $days } days late
    }
record-closed-unanswered = closed without an answer
record-due-today = due today
record-days-left =
    { $days ->
        [one] { $days } day left
       *[other] { $days } days left
    }
record-overdue =
    { $days ->
        [one] overdue by { $days } day
       *[other] overdue by { $days } days
    }
# The deadline was extended (GDPR Art. 12(3)) by $months further months in all.
record-extension =
    { $months ->
        [one] Extended by { $months } month; the requester was told on { $told-on }: { $reason }
       *[other] Extended by { $months } months; the requester was told on { $told-on }: { $reason }
    }
# When the request was answered ($on, a date) and whether on time ($timeliness, one of the
# record-answered-* texts above).
record-answered = { $on }, { $timeliness }

# How the answer reached the requester.
record-channel-email = by email
record-channel-portal = through a portal
record-channel-post = by post
record-channel-other = another way

## The second pair of eyes, on the request's page.

record-approved = Its last archive is approved for delivery.
record-sent-back = Its last archive was sent back, not to be delivered: { $reason }. Export again for a new archive.
record-waiting-yours = Waiting for approval by another officer: you exported its last archive.
record-waiting = Waiting for approval by another officer than { $exporter }, who exported its last archive: you can approve it or send it back.
# Said of the exporter when the record does not name them.
record-a-colleague = a colleague

## The history of a request, one line per event.

history-case-opened = Request opened: data of { $subject }, { $right }, received { $received }, due { $due }
history-extended =
    { $months ->
        [one] Extended by { $months } month (requester told on { $told-on }: { $reason }); now due { $due }
       *[other] Extended by { $months } months (requester told on { $told-on }: { $reason }); now due { $due }
    }
history-note = Note: { $note }
history-export-started-all = Export started: { $app }, all test runs
history-export-started =
    { $runs ->
        [one] Export started: { $app }, { $runs } test run
       *[other] Export started: { $app }, { $runs } test runs
    }
# $runs test runs and $files files of $size in all; $sha256 the archive's checksum; $version
# the app's version; $operator who exported.
history-export-completed =
    { $runs ->
        [one] Export completed: { $app }, { $runs } test run
       *[other] Export completed: { $app }, { $runs } test runs
    }, { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $size }, archive SHA-256 { $sha256 } (ACT Export { $version }, by { $operator })
history-export-completed-protected =
    { $runs ->
        [one] Export completed: { $app }, { $runs } test run
       *[other] Export completed: { $app }, { $runs } test runs
    }, { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $size }, archive SHA-256 { $sha256 }, protected with a password (ACT Export { $version }, by { $operator })
# $code is the error's code, for the IT team.
history-export-failed = Export failed: { $app } ({ $code })
history-export-cancelled = Export cancelled: { $app }
history-saved = Archive saved to { $path } (SHA-256 { $sha256 })
# The same, with the name of the computer it was saved on (the team's register lists every
# officer's computers).
history-saved-on = Archive saved to { $path } on { $computer } (SHA-256 { $sha256 })
history-dragged-out = Archive dragged out of the app (SHA-256 { $sha256 })
# $channel is one of the record-channel-* texts ("by email").
history-delivered = Delivered { $channel } to { $recipient } on { $on }
# $how says how the password was sent, as the officer wrote it.
history-delivered-password = Delivered { $channel } to { $recipient } on { $on }; password sent { $how }
history-copy-deleted = Local copy deleted: { $path }
# The same, with the name of the computer it was deleted from.
history-copy-deleted-on = Local copy deleted from { $computer }: { $path }
history-closed = Request closed
history-assigned = Assigned to { $officer }
# $language is the language's name in itself ("Français").
history-answer-language = To be answered in { $language }
history-approval-required = From now on, an archive must be approved by a second officer before its delivery is recorded
history-approval-not-required = From now on, archives are delivered without a second officer's approval
history-journal-copied =
    { $events ->
        [one] The { $events } event that follows was copied from the journal { $from } (written by { $officer }; its last event's checksum { $head })
       *[other] The { $events } events that follow were copied from the journal { $from } (written by { $officer }; its last event's checksum { $head })
    }
history-approved = Archive approved for delivery (SHA-256 { $sha256 })
history-sent-back = Archive sent back, not to be delivered (SHA-256 { $sha256 }): { $reason }
history-journal-identified = The journal's identity was recorded: { $id } (from now on a check tells this journal from any other)

## The ledger an approving officer reads (an archive's account of each app), on the request's
## page.

ledger-in-the-archive =
    { $runs ->
        [one] { $runs } test run
       *[other] { $runs } test runs
    } and { $files ->
        [one] { $files } downloaded file
       *[other] { $files } downloaded files
    }
ledger-missing-files =
    { $n ->
        [one] { $n } file App Center listed was no longer there.
       *[other] { $n } files App Center listed were no longer there.
    }
# $reasons says why, counted ("2 were not valid addresses and 1 pointed elsewhere").
ledger-links-not-fetched =
    { $n ->
        [one] { $n } link to a file could not be fetched, because { $reasons }.
       *[other] { $n } links to files could not be fetched, because { $reasons }.
    }
ledger-links-not-followed =
    { $n ->
        [one] { $n } link of App Center's list of export records was not followed, because { $reasons }.
       *[other] { $n } links of App Center's list of export records were not followed, because { $reasons }.
    }
# In the column "Left out" when all of an endpoint's records are in the archive.
ledger-left-out-none = none
ledger-left-out-records =
    { $n ->
        [one] { $n } record
       *[other] { $n } records
    }
