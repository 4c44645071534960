## The record of requests as the app shows it to the officer: where a request stands, its
## history line by line, the second pair of eyes. Dates arrive as words already made in the
## language ($received, $due, $on, $told-on).
## Italian: those dates have their weekday ("giovedì 26 novembre 2026"): no article before them.

# The right the requester exercises (GDPR Art. 15 or 20), in a list and on the request's page.
record-right-access = diritto di accesso (art. 15)
record-right-portability = diritto alla portabilità dei dati (art. 20)

# A request's status, a column of the list of requests.
record-status-open = aperta
record-status-answered = evasa
record-status-closed = chiusa

# Where a request stands today, beside its due date.
record-answered-on-time = evasa nei termini
record-answered-late =
    { $days ->
        [one] evasa con { $days } giorno di ritardo
       *[other] evasa con { $days } giorni di ritardo
    }
record-closed-unanswered = chiusa senza risposta
record-due-today = scade oggi
record-days-left =
    { $days ->
        [one] manca { $days } giorno
       *[other] mancano { $days } giorni
    }
record-overdue =
    { $days ->
        [one] in ritardo di { $days } giorno
       *[other] in ritardo di { $days } giorni
    }
# The deadline was extended (GDPR Art. 12(3)) by $months further months in all.
record-extension =
    { $months ->
        [one] Termine prorogato di { $months } mese; l'interessato è stato informato { $told-on }: { $reason }
       *[other] Termine prorogato di { $months } mesi; l'interessato è stato informato { $told-on }: { $reason }
    }
# When the request was answered ($on, a date) and whether on time ($timeliness, one of the
# record-answered-* texts above).
record-answered = { $on }, { $timeliness }

# How the answer reached the requester.
record-channel-email = per e-mail
record-channel-portal = tramite un portale
record-channel-post = per posta
record-channel-other = in altro modo

## The second pair of eyes, on the request's page.

record-approved = L'ultimo archivio della richiesta è stato approvato per la consegna.
record-sent-back = L'ultimo archivio della richiesta è stato respinto e non deve essere consegnato: { $reason }. Esportare di nuovo per ottenere un nuovo archivio.
record-waiting-yours = In attesa dell'approvazione di un altro incaricato: l'ultimo archivio è stato esportato da Lei.
record-waiting = In attesa dell'approvazione di un incaricato diverso da { $exporter }, che ha esportato l'ultimo archivio: è possibile approvarlo o respingerlo.
# Said of the exporter when the record does not name them.
record-a-colleague = un collega

## The history of a request, one line per event.

history-case-opened = Richiesta aperta: dati di { $subject }, { $right }, ricevuta { $received }, scadenza { $due }
history-extended =
    { $months ->
        [one] Termine prorogato di { $months } mese (interessato informato { $told-on }: { $reason }); nuova scadenza { $due }
       *[other] Termine prorogato di { $months } mesi (interessato informato { $told-on }: { $reason }); nuova scadenza { $due }
    }
history-note = Nota: { $note }
history-export-started-all = Esportazione avviata: { $app }, tutte le esecuzioni di test
history-export-started =
    { $runs ->
        [one] Esportazione avviata: { $app }, { $runs } esecuzione di test
       *[other] Esportazione avviata: { $app }, { $runs } esecuzioni di test
    }
# $runs test runs and $files files of $size in all; $sha256 the archive's checksum; $version
# the app's version; $operator who exported.
history-export-completed =
    { $runs ->
        [one] Esportazione completata: { $app }, { $runs } esecuzione di test
       *[other] Esportazione completata: { $app }, { $runs } esecuzioni di test
    }, { $files ->
        [one] { $files } file
       *[other] { $files } file
    }, { $size }, SHA-256 dell'archivio { $sha256 } (ACT Export { $version }, eseguita da { $operator })
history-export-completed-protected =
    { $runs ->
        [one] Esportazione completata: { $app }, { $runs } esecuzione di test
       *[other] Esportazione completata: { $app }, { $runs } esecuzioni di test
    }, { $files ->
        [one] { $files } file
       *[other] { $files } file
    }, { $size }, SHA-256 dell'archivio { $sha256 }, archivio protetto da password (ACT Export { $version }, eseguita da { $operator })
# $code is the error's code, for the IT team.
history-export-failed = Esportazione non riuscita: { $app } ({ $code })
history-export-cancelled = Esportazione annullata: { $app }
history-saved = Archivio salvato in { $path } (SHA-256 { $sha256 })
history-saved-on = Archivio salvato in { $path } su { $computer } (SHA-256 { $sha256 })
history-dragged-out = Archivio trascinato fuori dall'app (SHA-256 { $sha256 })
# $channel is one of the record-channel-* texts ("by email").
history-delivered = Archivio consegnato { $channel } a { $recipient }, { $on }
# $how says how the password was sent, as the officer wrote it.
history-delivered-password = Archivio consegnato { $channel } a { $recipient }, { $on }; invio della password: { $how }
history-copy-deleted = Copia locale eliminata: { $path }
history-copy-deleted-on = Copia locale eliminata da { $computer }: { $path }
history-closed = Richiesta chiusa
history-assigned = Assegnata a { $officer }
# $language is the language's name in itself ("Français").
history-answer-language = Lingua della risposta: { $language }
history-approval-required = D'ora in poi, un archivio deve essere approvato da un secondo incaricato prima che ne venga registrata la consegna
history-approval-not-required = D'ora in poi, gli archivi vengono consegnati senza l'approvazione di un secondo incaricato
history-journal-copied =
    { $events ->
        [one] Segue { $events } evento copiato dal registro { $from } (scritto da { $officer }; somma di controllo del suo ultimo evento: { $head })
       *[other] Seguono { $events } eventi copiati dal registro { $from } (scritto da { $officer }; somma di controllo del suo ultimo evento: { $head })
    }
history-approved = Archivio approvato per la consegna (SHA-256 { $sha256 })
history-sent-back = Archivio respinto, da non consegnare (SHA-256 { $sha256 }): { $reason }
history-journal-identified = È stata registrata l'identità del registro: { $id } (d'ora in poi una verifica distingue questo registro da qualsiasi altro)

## The ledger an approving officer reads (an archive's account of each app), on the request's
## page.

ledger-in-the-archive =
    { $runs ->
        [one] { $runs } esecuzione di test
       *[other] { $runs } esecuzioni di test
    } e { $files ->
        [one] { $files } file scaricato
       *[other] { $files } file scaricati
    }
ledger-missing-files =
    { $n ->
        [one] { $n } file elencato da App Center non era più disponibile.
       *[other] { $n } file elencati da App Center non erano più disponibili.
    }
# $reasons says why, counted ("2 were not valid addresses and 1 pointed elsewhere").
ledger-links-not-fetched =
    { $n ->
        [one] Non è stato possibile scaricare { $n } collegamento a un file, perché { $reasons }.
       *[other] Non è stato possibile scaricare { $n } collegamenti a file, perché { $reasons }.
    }
ledger-links-not-followed =
    { $n ->
        [one] { $n } collegamento dell'elenco dei record di esportazione di App Center non è stato seguito, perché { $reasons }.
       *[other] { $n } collegamenti dell'elenco dei record di esportazione di App Center non sono stati seguiti, perché { $reasons }.
    }
# In the column "Left out" when all of an endpoint's records are in the archive.
ledger-left-out-none = nessuno
ledger-left-out-records =
    { $n ->
        [one] { $n } record
       *[other] { $n } record
    }
