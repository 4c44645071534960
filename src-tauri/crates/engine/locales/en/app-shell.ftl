## Texts the app makes for its screens besides the record's: a password's strength, an
## unfinished export begun anew.

# How strong a password for the archive is, shown under the password field as it is typed.
# $problem says why it cannot be used (one of the shell-password-* texts below).
shell-strength-unusable = Not usable: { $problem }.
shell-strength-weak = Weak: it could be guessed. Use the suggested passphrase, or a longer one.
shell-strength-fair = Fair: a few more words or characters make it strong.
shell-strength-strong = Strong.
shell-password-empty = the password is empty
# $min is the least number of characters a password must have.
shell-password-too-short =
    { $min ->
        [one] the password is too short: use at least { $min } character (a passphrase of several words is best)
       *[other] the password is too short: use at least { $min } characters (a passphrase of several words is best)
    }

# Said on the Done screen when an unfinished export could not be continued as it was.
shell-begun-anew-other-account = The unfinished export of these test runs was begun with another App Center account: nothing of it was kept, and the export was begun anew with this one.
shell-begun-anew-other-password = The password is not the one the unfinished export was begun with: its archive was begun anew, and the files already in it were downloaded again.

## What the check of the journal found (the Requests screen, "The record on this computer").
## $seq is an event's number, or how many events the journal had; $on the day this computer
## last wrote the journal; $now how many events it has now. Each is one sentence of its own;
## the screen adds what to do.

shell-journal-changed = Event { $seq } is not as it was written.
shell-journal-missing =
    { $seq ->
        [one] The journal is missing: it had { $seq } event when this computer last wrote it, on { $on }.
       *[other] The journal is missing: it had { $seq } events when this computer last wrote it, on { $on }.
    }
shell-journal-missing-archived =
    { $seq ->
        [one] The journal is missing: it had { $seq } event when the archive was made.
       *[other] The journal is missing: it had { $seq } events when the archive was made.
    }
shell-journal-shorter =
    { $seq ->
        [one] The journal is shorter than it was: it had { $seq } event when this computer last wrote it, on { $on }, it now has { $now }: events were removed from its end.
       *[other] The journal is shorter than it was: it had { $seq } events when this computer last wrote it, on { $on }, it now has { $now }: events were removed from its end.
    }
shell-journal-replaced =
    { $seq ->
        [one] The journal is not the journal this computer wrote: its identity differs (the one this computer last wrote had { $seq } event, on { $on }).
       *[other] The journal is not the journal this computer wrote: its identity differs (the one this computer last wrote had { $seq } events, on { $on }).
    }
shell-journal-replaced-archived = The journal is not the journal the archive was made with: its identity differs.
shell-journal-rewritten = The journal was rewritten: event { $seq } is not the one this computer wrote on { $on } (its checksum differs).
