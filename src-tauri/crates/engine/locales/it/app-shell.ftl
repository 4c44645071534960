## Texts the app makes for its screens besides the record's: a password's strength, an
## unfinished export begun anew.

# How strong a password for the archive is, shown under the password field as it is typed.
# $problem says why it cannot be used (one of the shell-password-* texts below).
shell-strength-unusable = Non utilizzabile: { $problem }.
shell-strength-weak = Debole: potrebbe essere indovinata. Usare la passphrase proposta o una più lunga.
shell-strength-fair = Discreta: qualche parola o carattere in più la rende robusta.
shell-strength-strong = Robusta.
shell-password-empty = la password è vuota
# $min is the least number of characters a password must have.
shell-password-too-short =
    { $min ->
        [one] la password è troppo corta: usare almeno { $min } carattere (è preferibile una passphrase di più parole)
       *[other] la password è troppo corta: usare almeno { $min } caratteri (è preferibile una passphrase di più parole)
    }

# Said on the Done screen when an unfinished export could not be continued as it was.
shell-begun-anew-other-account = L'esportazione non completata di queste esecuzioni di test era stata avviata con un altro account App Center: non ne è stato conservato nulla e l'esportazione è stata ricominciata da capo con questo account.
shell-begun-anew-other-password = La password non è quella con cui era stata avviata l'esportazione non completata: il relativo archivio è stato ricreato da capo e i file già presenti sono stati scaricati di nuovo.
