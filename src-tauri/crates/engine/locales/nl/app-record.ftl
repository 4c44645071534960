## The record of requests as the app shows it to the officer: where a request stands, its
## history line by line, the second pair of eyes. Dates arrive as words already made in the
## language ($received, $due, $on, $told-on).

# The right the requester exercises (GDPR Art. 15 or 20), in a list and on the request's page.
record-right-access = recht van inzage (artikel 15)
record-right-portability = recht op overdraagbaarheid van gegevens (artikel 20)

# A request's status, a column of the list of requests.
record-status-open = lopend
record-status-answered = beantwoord
record-status-closed = gesloten

# Where a request stands today, beside its due date.
record-answered-on-time = op tijd beantwoord
record-answered-late =
    { $days ->
        [one] { $days } dag te laat beantwoord
       *[other] { $days } dagen te laat beantwoord
    }
record-closed-unanswered = gesloten zonder antwoord
record-due-today = termijn verloopt vandaag
record-days-left =
    { $days ->
        [one] nog { $days } dag
       *[other] nog { $days } dagen
    }
record-overdue =
    { $days ->
        [one] { $days } dag te laat
       *[other] { $days } dagen te laat
    }
# The deadline was extended (GDPR Art. 12(3)) by $months further months in all.
record-extension =
    { $months ->
        [one] Verlengd met { $months } maand; de verzoeker is ingelicht op { $told-on }: { $reason }
       *[other] Verlengd met { $months } maanden; de verzoeker is ingelicht op { $told-on }: { $reason }
    }
# When the request was answered ($on, a date) and whether on time ($timeliness, one of the
# record-answered-* texts above).
record-answered = { $on }, { $timeliness }

# How the answer reached the requester.
record-channel-email = per e-mail
record-channel-portal = via een portaal
record-channel-post = per post
record-channel-other = op een andere manier

## The second pair of eyes, on the request's page.

record-approved = Het laatste archief is goedgekeurd voor verstrekking.
record-sent-back = Het laatste archief is teruggestuurd en mag niet worden verstrekt: { $reason }. Exporteer opnieuw voor een nieuw archief.
record-waiting-yours = Wacht op goedkeuring door een andere medewerker: u hebt het laatste archief geëxporteerd.
record-waiting = Wacht op goedkeuring door een andere medewerker dan { $exporter }, die het laatste archief heeft geëxporteerd: u kunt het goedkeuren of terugsturen.
# Said of the exporter when the record does not name them.
record-a-colleague = een collega

## The history of a request, one line per event.

history-case-opened = Verzoek geopend: gegevens van { $subject }, { $right }, ontvangen op { $received }, uiterste datum { $due }
history-extended =
    { $months ->
        [one] Verlengd met { $months } maand (verzoeker ingelicht op { $told-on }: { $reason }); nieuwe uiterste datum { $due }
       *[other] Verlengd met { $months } maanden (verzoeker ingelicht op { $told-on }: { $reason }); nieuwe uiterste datum { $due }
    }
history-note = Notitie: { $note }
history-export-started-all = Export gestart: { $app }, alle testruns
history-export-started =
    { $runs ->
        [one] Export gestart: { $app }, { $runs } testrun
       *[other] Export gestart: { $app }, { $runs } testruns
    }
# $runs test runs and $files files of $size in all; $sha256 the archive's checksum; $version
# the app's version; $operator who exported.
history-export-completed =
    { $runs ->
        [one] Export voltooid: { $app }, { $runs } testrun
       *[other] Export voltooid: { $app }, { $runs } testruns
    }, { $files ->
        [one] { $files } bestand
       *[other] { $files } bestanden
    }, { $size }, SHA-256 van het archief { $sha256 } (ACT Export { $version }, door { $operator })
history-export-completed-protected =
    { $runs ->
        [one] Export voltooid: { $app }, { $runs } testrun
       *[other] Export voltooid: { $app }, { $runs } testruns
    }, { $files ->
        [one] { $files } bestand
       *[other] { $files } bestanden
    }, { $size }, SHA-256 van het archief { $sha256 }, beveiligd met een wachtwoord (ACT Export { $version }, door { $operator })
# $code is the error's code, for the IT team.
history-export-failed = Export mislukt: { $app } ({ $code })
history-export-cancelled = Export geannuleerd: { $app }
history-saved = Archief opgeslagen in { $path } (SHA-256 { $sha256 })
history-saved-on = Archief opgeslagen in { $path } op { $computer } (SHA-256 { $sha256 })
history-dragged-out = Archief uit de app gesleept (SHA-256 { $sha256 })
# $channel is one of the record-channel-* texts ("by email").
history-delivered = Verstrekt { $channel } aan { $recipient } op { $on }
# $how says how the password was sent, as the officer wrote it.
history-delivered-password = Verstrekt { $channel } aan { $recipient } op { $on }; wachtwoord verstuurd: { $how }
history-copy-deleted = Lokale kopie verwijderd: { $path }
history-copy-deleted-on = Lokale kopie verwijderd van { $computer }: { $path }
history-closed = Verzoek gesloten
history-assigned = Toegewezen aan { $officer }
# $language is the language's name in itself ("Français").
history-answer-language = Taal van het antwoord: { $language }
history-approval-required = Vanaf nu moet een archief door een tweede medewerker worden goedgekeurd voordat de verstrekking ervan wordt vastgelegd
history-approval-not-required = Vanaf nu worden archieven verstrekt zonder goedkeuring van een tweede medewerker
history-journal-copied =
    { $events ->
        [one] Hierna volgt { $events } gebeurtenis, gekopieerd uit het logboek { $from } (geschreven door { $officer }; controlegetal van de laatste gebeurtenis: { $head })
       *[other] Hierna volgen { $events } gebeurtenissen, gekopieerd uit het logboek { $from } (geschreven door { $officer }; controlegetal van de laatste gebeurtenis: { $head })
    }
history-approved = Archief goedgekeurd voor verstrekking (SHA-256 { $sha256 })
history-sent-back = Archief teruggestuurd, niet te verstrekken (SHA-256 { $sha256 }): { $reason }
history-journal-identified = De identiteit van het logboek is vastgelegd: { $id } (vanaf nu onderscheidt een controle dit logboek van elk ander logboek)

## The ledger an approving officer reads (an archive's account of each app), on the request's
## page.

ledger-in-the-archive =
    { $runs ->
        [one] { $runs } testrun
       *[other] { $runs } testruns
    } en { $files ->
        [one] { $files } gedownload bestand
       *[other] { $files } gedownloade bestanden
    }
ledger-missing-files =
    { $n ->
        [one] { $n } bestand dat App Center vermeldde, was er niet meer.
       *[other] { $n } bestanden die App Center vermeldde, waren er niet meer.
    }
# $reasons says why, counted ("2 were not valid addresses and 1 pointed elsewhere").
ledger-links-not-fetched =
    { $n ->
        [one] { $n } link naar een bestand kon niet worden opgehaald, omdat { $reasons }.
       *[other] { $n } links naar bestanden konden niet worden opgehaald, omdat { $reasons }.
    }
ledger-links-not-followed =
    { $n ->
        [one] { $n } link in de lijst van exportrecords van App Center is niet gevolgd, omdat { $reasons }.
       *[other] { $n } links in de lijst van exportrecords van App Center zijn niet gevolgd, omdat { $reasons }.
    }
# In the column "Left out" when all of an endpoint's records are in the archive.
ledger-left-out-none = geen
ledger-left-out-records =
    { $n ->
        [one] { $n } record
       *[other] { $n } records
    }
