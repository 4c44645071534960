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

## What the check of the journal found (the Requests screen, "The record on this computer").
## $seq is an event's number, or how many events the journal had; $on the day this computer
## last wrote the journal; $now how many events it has now. Each is one sentence of its own;
## the screen adds what to do.

shell-journal-changed = L'evento { $seq } non è più come è stato scritto.
shell-journal-missing =
    { $seq ->
        [one] Il registro non è stato trovato: conteneva { $seq } evento quando questo computer lo ha scritto per l'ultima volta, in data { $on }.
       *[other] Il registro non è stato trovato: conteneva { $seq } eventi quando questo computer lo ha scritto per l'ultima volta, in data { $on }.
    }
shell-journal-missing-archived =
    { $seq ->
        [one] Il registro non è stato trovato: conteneva { $seq } evento quando è stato creato l'archivio.
       *[other] Il registro non è stato trovato: conteneva { $seq } eventi quando è stato creato l'archivio.
    }
shell-journal-shorter =
    { $seq ->
        [one] Il registro è più corto di prima: conteneva { $seq } evento quando questo computer lo ha scritto per l'ultima volta, in data { $on }, e ora ne contiene { $now }: alcuni eventi sono stati rimossi dalla fine.
       *[other] Il registro è più corto di prima: conteneva { $seq } eventi quando questo computer lo ha scritto per l'ultima volta, in data { $on }, e ora ne contiene { $now }: alcuni eventi sono stati rimossi dalla fine.
    }
shell-journal-replaced =
    { $seq ->
        [one] Il registro non è quello scritto da questo computer: la sua identità è diversa (l'ultimo registro scritto da questo computer conteneva { $seq } evento, in data { $on }).
       *[other] Il registro non è quello scritto da questo computer: la sua identità è diversa (l'ultimo registro scritto da questo computer conteneva { $seq } eventi, in data { $on }).
    }
shell-journal-replaced-archived = Il registro non è quello con cui è stato creato l'archivio: la sua identità è diversa.
shell-journal-rewritten = Il registro è stato riscritto: l'evento { $seq } non è quello scritto da questo computer in data { $on } (la sua somma di controllo è diversa).
