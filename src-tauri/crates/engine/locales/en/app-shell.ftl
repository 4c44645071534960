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
