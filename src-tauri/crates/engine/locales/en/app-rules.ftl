## What the officer is asked to change when something they gave cannot be recorded: shown
## under the error panel's title ("Something in the form needs a change."). Dates ($date,
## $received) are written YYYY-MM-DD.

rule-received-in-future = The date received ({ $date }) is in the future: check it.
rule-delivered-in-future = The delivery date ({ $date }) is in the future: record a delivery once it is made.
rule-delivered-before-received = The delivery date ({ $date }) is before the request was received ({ $received }): check it.
rule-told-in-future = The date the requester was told ({ $date }) is in the future: record the extension once they are told.
rule-no-recipient = Say to whom the answer was sent.
rule-password-in-note = Do not write the archive's password here: say only how it was sent (for example: read out by phone).
rule-empty-note = The note is empty.
# $path is a file's place on this computer.
rule-not-a-copy = That file is not a copy this request saved: { $path }
rule-copy-changed = { $path } is no longer the copy this request saved (its contents changed since): it was left as it is.
# A copy another officer's computer saved (the team's register); $computer is its name.
rule-copy-elsewhere = { $path } was saved on another computer, { $computer }: it can be deleted only there, from ACT Export on that computer.
rule-nothing-to-review = This request has no finished export to approve: export its data first.
rule-own-archive = You exported this archive yourself: another officer of your team approves it or sends it back.
rule-no-reason = Say why the archive is sent back, so that whoever exported it knows what to change.
# $exporter is the officer who exported the archive.
rule-awaiting-approval = Your team has another officer approve each archive before it is delivered, and this request's last archive (exported by { $exporter }) is not approved yet: ask a colleague to approve it, then record the delivery.
# $reason is what the reviewing officer wrote.
rule-was-sent-back = This request's last archive was sent back ({ $reason }): export it again, have the new archive approved, then record the delivery.
rule-register-address = Give the register's address as your team's administrator gave it: it starts with postgres:// and names the database, for example postgres://anna@db.example.org/register.
rule-register-password-in-address = Leave the password out of the address and type it in the Password field: the address is remembered, the password only in the keychain if you ask.
rule-reminder-days = Choose a number of days from 1 to 3650.
rule-password-empty = The password is empty.
# $min is the least number of characters (10).
rule-password-too-short = The password is too short: use at least { $min } characters (a passphrase of several words is best).
