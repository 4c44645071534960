## The record of requests as the app shows it to the officer: where a request stands, its
## history line by line, the second pair of eyes. Dates arrive as words already made in the
## language ($received, $due, $on, $told-on).

# The right the requester exercises (GDPR Art. 15 or 20), in a list and on the request's page.
record-right-access = Auskunftsrecht (Art. 15)
record-right-portability = Recht auf Datenübertragbarkeit (Art. 20)

# A request's status, a column of the list of requests.
record-status-open = offen
record-status-answered = beantwortet
record-status-closed = abgeschlossen

# Where a request stands today, beside its due date.
record-answered-on-time = fristgerecht beantwortet
record-answered-late =
    { $days ->
        [one] { $days } Tag zu spät beantwortet
       *[other] { $days } Tage zu spät beantwortet
    }
record-closed-unanswered = ohne Antwort abgeschlossen
record-due-today = heute fällig
record-days-left =
    { $days ->
        [one] noch { $days } Tag
       *[other] noch { $days } Tage
    }
record-overdue =
    { $days ->
        [one] { $days } Tag überfällig
       *[other] { $days } Tage überfällig
    }
# The deadline was extended (GDPR Art. 12(3)) by $months further months in all.
record-extension =
    { $months ->
        [one] Um { $months } Monat verlängert; betroffene Person am { $told-on } unterrichtet: { $reason }
       *[other] Um { $months } Monate verlängert; betroffene Person am { $told-on } unterrichtet: { $reason }
    }
# When the request was answered ($on, a date) and whether on time ($timeliness, one of the
# record-answered-* texts above).
record-answered = { $on }, { $timeliness }

# How the answer reached the requester.
record-channel-email = per E-Mail
record-channel-portal = über ein Portal
record-channel-post = per Post
record-channel-other = auf anderem Weg

## The second pair of eyes, on the request's page.

record-approved = Das letzte Archiv ist zur Zustellung freigegeben.
record-sent-back = Das letzte Archiv wurde zurückgewiesen und darf nicht zugestellt werden: { $reason }. Exportieren Sie erneut, um ein neues Archiv zu erstellen.
record-waiting-yours = Wartet auf Freigabe durch ein anderes Teammitglied: Sie haben das letzte Archiv exportiert.
record-waiting = Das letzte Archiv hat { $exporter } exportiert; es wartet auf Freigabe durch ein anderes Teammitglied: Sie können es freigeben oder zurückweisen.
# Said of the exporter when the record does not name them.
record-a-colleague = ein Teammitglied

## The history of a request, one line per event.

history-case-opened = Antrag angelegt: Daten von { $subject }, { $right }, eingegangen am { $received }, fällig am { $due }
history-extended =
    { $months ->
        [one] Um { $months } Monat verlängert (betroffene Person am { $told-on } unterrichtet: { $reason }); jetzt fällig am { $due }
       *[other] Um { $months } Monate verlängert (betroffene Person am { $told-on } unterrichtet: { $reason }); jetzt fällig am { $due }
    }
history-note = Notiz: { $note }
history-export-started-all = Export gestartet: { $app }, alle Testläufe
history-export-started =
    { $runs ->
        [one] Export gestartet: { $app }, { $runs } Testlauf
       *[other] Export gestartet: { $app }, { $runs } Testläufe
    }
# $runs test runs and $files files of $size in all; $sha256 the archive's checksum; $version
# the app's version; $operator who exported.
history-export-completed =
    { $runs ->
        [one] Export abgeschlossen: { $app }, { $runs } Testlauf
       *[other] Export abgeschlossen: { $app }, { $runs } Testläufe
    }, { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    }, { $size }, SHA-256 des Archivs { $sha256 } (ACT Export { $version }, von { $operator })
history-export-completed-protected =
    { $runs ->
        [one] Export abgeschlossen: { $app }, { $runs } Testlauf
       *[other] Export abgeschlossen: { $app }, { $runs } Testläufe
    }, { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    }, { $size }, SHA-256 des Archivs { $sha256 }, mit Passwort geschützt (ACT Export { $version }, von { $operator })
# $code is the error's code, for the IT team.
history-export-failed = Export fehlgeschlagen: { $app } ({ $code })
history-export-cancelled = Export abgebrochen: { $app }
history-saved = Archiv gespeichert unter { $path } (SHA-256 { $sha256 })
history-saved-on = Archiv gespeichert unter { $path } auf { $computer } (SHA-256 { $sha256 })
history-dragged-out = Archiv aus der App gezogen (SHA-256 { $sha256 })
# $channel is one of the record-channel-* texts ("by email").
history-delivered = Zugestellt { $channel } an { $recipient } am { $on }
# $how says how the password was sent, as the officer wrote it.
history-delivered-password = Zugestellt { $channel } an { $recipient } am { $on }; Übermittlung des Passworts: { $how }
history-copy-deleted = Lokale Kopie gelöscht: { $path }
history-copy-deleted-on = Lokale Kopie auf { $computer } gelöscht: { $path }
history-closed = Antrag abgeschlossen
history-assigned = Zugewiesen an { $officer }
# $language is the language's name in itself ("Français").
history-answer-language = Sprache der Antwort: { $language }
history-approval-required = Ab jetzt muss ein Archiv von einem zweiten Teammitglied freigegeben werden, bevor seine Zustellung erfasst wird
history-approval-not-required = Ab jetzt werden Archive ohne Freigabe durch ein zweites Teammitglied zugestellt
history-journal-copied =
    { $events ->
        [one] { $events } nachfolgendes Ereignis wurde aus dem Journal { $from } übernommen (geschrieben von { $officer }; Prüfsumme seines letzten Ereignisses: { $head })
       *[other] { $events } nachfolgende Ereignisse wurden aus dem Journal { $from } übernommen (geschrieben von { $officer }; Prüfsumme seines letzten Ereignisses: { $head })
    }
history-approved = Archiv zur Zustellung freigegeben (SHA-256 { $sha256 })
history-sent-back = Archiv zurückgewiesen, nicht zuzustellen (SHA-256 { $sha256 }): { $reason }
history-journal-identified = Die Kennung des Journals wurde erfasst: { $id } (ab jetzt unterscheidet eine Prüfung dieses Journal von jedem anderen)

## The ledger an approving officer reads (an archive's account of each app), on the request's
## page.

ledger-in-the-archive =
    { $runs ->
        [one] { $runs } Testlauf
       *[other] { $runs } Testläufe
    } und { $files ->
        [one] { $files } heruntergeladene Datei
       *[other] { $files } heruntergeladene Dateien
    }
ledger-missing-files =
    { $n ->
        [one] { $n } von App Center aufgeführte Datei war nicht mehr vorhanden.
       *[other] { $n } von App Center aufgeführte Dateien waren nicht mehr vorhanden.
    }
# $reasons says why, counted ("2 were not valid addresses and 1 pointed elsewhere").
ledger-links-not-fetched =
    { $n ->
        [one] { $n } Link auf eine Datei konnte nicht abgerufen werden, weil { $reasons }.
       *[other] { $n } Links auf Dateien konnten nicht abgerufen werden, weil { $reasons }.
    }
ledger-links-not-followed =
    { $n ->
        [one] Die Liste der Exportdatensätze von App Center enthielt { $n } Link, dem nicht gefolgt wurde, weil { $reasons }.
       *[other] Die Liste der Exportdatensätze von App Center enthielt { $n } Links, denen nicht gefolgt wurde, weil { $reasons }.
    }
# In the column "Left out" when all of an endpoint's records are in the archive.
ledger-left-out-none = keine
ledger-left-out-records =
    { $n ->
        [one] { $n } Datensatz
       *[other] { $n } Datensätze
    }
