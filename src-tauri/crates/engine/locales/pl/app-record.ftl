## The record of requests as the app shows it to the officer: where a request stands, its
## history line by line, the second pair of eyes. Dates arrive as words already made in the
## language ($received, $due, $on, $told-on).
##
## Polish: the day dates arrive without "r." ("czwartek, 26 listopada 2026"), which is added
## here; they follow a label and a colon, so that no case is needed. The request ("wniosek") is
## masculine; "dzień": 1 dzień, 2 dni, 5 dni; "miesiąc": 1 miesiąc, 2 miesiące, 5 miesięcy.

# The right the requester exercises (GDPR Art. 15 or 20), in a list and on the request's page.
record-right-access = prawo dostępu (art. 15)
record-right-portability = prawo do przenoszenia danych (art. 20)

# A request's status, a column of the list of requests.
record-status-open = otwarty
record-status-answered = udzielono odpowiedzi
record-status-closed = zamknięty

# Where a request stands today, beside its due date.
record-answered-on-time = odpowiedź udzielona w terminie
record-answered-late =
    { $days ->
        [one] odpowiedź udzielona { $days } dzień po terminie
        [few] odpowiedź udzielona { $days } dni po terminie
        [many] odpowiedź udzielona { $days } dni po terminie
       *[other] odpowiedź udzielona { $days } dnia po terminie
    }
record-closed-unanswered = zamknięty bez odpowiedzi
record-due-today = termin upływa dzisiaj
record-days-left =
    { $days ->
        [one] pozostał { $days } dzień
        [few] pozostały { $days } dni
        [many] pozostało { $days } dni
       *[other] pozostało { $days } dnia
    }
record-overdue =
    { $days ->
        [one] termin przekroczony o { $days } dzień
        [few] termin przekroczony o { $days } dni
        [many] termin przekroczony o { $days } dni
       *[other] termin przekroczony o { $days } dnia
    }
# The deadline was extended (GDPR Art. 12(3)) by $months further months in all.
record-extension =
    { $months ->
        [one] Przedłużono o { $months } miesiąc; data poinformowania wnioskodawcy: { $told-on } r.; przyczyna: { $reason }
        [few] Przedłużono o { $months } miesiące; data poinformowania wnioskodawcy: { $told-on } r.; przyczyna: { $reason }
        [many] Przedłużono o { $months } miesięcy; data poinformowania wnioskodawcy: { $told-on } r.; przyczyna: { $reason }
       *[other] Przedłużono o { $months } miesiąca; data poinformowania wnioskodawcy: { $told-on } r.; przyczyna: { $reason }
    }
# When the request was answered ($on, a date) and whether on time ($timeliness, one of the
# record-answered-* texts above).
record-answered = { $on } r. – { $timeliness }

# How the answer reached the requester.
record-channel-email = e-mailem
record-channel-portal = przez portal
record-channel-post = pocztą
record-channel-other = w inny sposób

## The second pair of eyes, on the request's page.

record-approved = Ostatnie archiwum zostało zatwierdzone do przekazania.
record-sent-back = Ostatnie archiwum zostało zwrócone do poprawy i nie może zostać przekazane: { $reason }. Aby utworzyć nowe archiwum, proszę ponownie wykonać eksport.
record-waiting-yours = Oczekuje na zatwierdzenie przez inną osobę z zespołu: ostatnie archiwum wyeksportował bieżący użytkownik.
record-waiting = Oczekuje na zatwierdzenie przez inną osobę z zespołu (autor eksportu ostatniego archiwum: { $exporter }): można je zatwierdzić lub zwrócić do poprawy.
# Said of the exporter when the record does not name them.
record-a-colleague = osoba z zespołu

## The history of a request, one line per event.

history-case-opened = Otwarto wniosek (czyje dane: { $subject }; { $right }; data wpływu: { $received } r.; termin: { $due } r.)
history-extended =
    { $months ->
        [one] Przedłużono termin o { $months } miesiąc (data poinformowania wnioskodawcy: { $told-on } r.; przyczyna: { $reason }); nowy termin: { $due } r.
        [few] Przedłużono termin o { $months } miesiące (data poinformowania wnioskodawcy: { $told-on } r.; przyczyna: { $reason }); nowy termin: { $due } r.
        [many] Przedłużono termin o { $months } miesięcy (data poinformowania wnioskodawcy: { $told-on } r.; przyczyna: { $reason }); nowy termin: { $due } r.
       *[other] Przedłużono termin o { $months } miesiąca (data poinformowania wnioskodawcy: { $told-on } r.; przyczyna: { $reason }); nowy termin: { $due } r.
    }
history-note = Notatka: { $note }
history-export-started-all = Rozpoczęto eksport: { $app }, wszystkie przebiegi testów
history-export-started =
    { $runs ->
        [one] Rozpoczęto eksport: { $app }, { $runs } przebieg testu
        [few] Rozpoczęto eksport: { $app }, { $runs } przebiegi testów
        [many] Rozpoczęto eksport: { $app }, { $runs } przebiegów testów
       *[other] Rozpoczęto eksport: { $app }, { $runs } przebiegu testu
    }
# $runs test runs and $files files of $size in all; $sha256 the archive's checksum; $version
# the app's version; $operator who exported.
history-export-completed =
    { $runs ->
        [one] Zakończono eksport: { $app }, { $runs } przebieg testu
        [few] Zakończono eksport: { $app }, { $runs } przebiegi testów
        [many] Zakończono eksport: { $app }, { $runs } przebiegów testów
       *[other] Zakończono eksport: { $app }, { $runs } przebiegu testu
    }, { $files ->
        [one] { $files } plik
        [few] { $files } pliki
        [many] { $files } plików
       *[other] { $files } pliku
    }, { $size }, suma SHA-256 archiwum: { $sha256 } (ACT Export { $version }, autor eksportu: { $operator })
history-export-completed-protected =
    { $runs ->
        [one] Zakończono eksport: { $app }, { $runs } przebieg testu
        [few] Zakończono eksport: { $app }, { $runs } przebiegi testów
        [many] Zakończono eksport: { $app }, { $runs } przebiegów testów
       *[other] Zakończono eksport: { $app }, { $runs } przebiegu testu
    }, { $files ->
        [one] { $files } plik
        [few] { $files } pliki
        [many] { $files } plików
       *[other] { $files } pliku
    }, { $size }, suma SHA-256 archiwum: { $sha256 }, archiwum chronione hasłem (ACT Export { $version }, autor eksportu: { $operator })
# $code is the error's code, for the IT team.
history-export-failed = Eksport nie powiódł się: { $app } ({ $code })
history-export-cancelled = Anulowano eksport: { $app }
history-saved = Zapisano archiwum: { $path } (SHA-256 { $sha256 })
history-saved-on = Zapisano archiwum: { $path } na komputerze { $computer } (SHA-256 { $sha256 })
history-dragged-out = Przeciągnięto archiwum poza program (SHA-256 { $sha256 })
# $channel is one of the record-channel-* texts ("by email").
history-delivered = Przekazano { $channel }; odbiorca: { $recipient }; data: { $on } r.
# $how says how the password was sent, as the officer wrote it.
history-delivered-password = Przekazano { $channel }; odbiorca: { $recipient }; data: { $on } r.; sposób przekazania hasła: { $how }
history-copy-deleted = Usunięto kopię lokalną: { $path }
history-copy-deleted-on = Usunięto kopię lokalną z komputera { $computer }: { $path }
history-closed = Zamknięto wniosek
history-assigned = Przypisano do: { $officer }
# $language is the language's name in itself ("Français").
history-answer-language = Język odpowiedzi: { $language }
history-approval-required = Od teraz archiwum musi zatwierdzić druga osoba z zespołu, zanim zostanie odnotowane jego przekazanie
history-approval-not-required = Od teraz archiwa są przekazywane bez zatwierdzenia przez drugą osobę z zespołu
history-journal-copied =
    { $events ->
        [one] Następne zdarzenie zostało skopiowane z dziennika { $from } (autor dziennika: { $officer }; suma kontrolna jego ostatniego zdarzenia: { $head })
        [few] Następne { $events } zdarzenia zostały skopiowane z dziennika { $from } (autor dziennika: { $officer }; suma kontrolna jego ostatniego zdarzenia: { $head })
        [many] Następnych { $events } zdarzeń zostało skopiowanych z dziennika { $from } (autor dziennika: { $officer }; suma kontrolna jego ostatniego zdarzenia: { $head })
       *[other] Następne { $events } zdarzenia zostało skopiowane z dziennika { $from } (autor dziennika: { $officer }; suma kontrolna jego ostatniego zdarzenia: { $head })
    }
history-approved = Zatwierdzono archiwum do przekazania (SHA-256 { $sha256 })
history-sent-back = Zwrócono archiwum do poprawy; nie należy go przekazywać (SHA-256 { $sha256 }): { $reason }
history-journal-identified = Zapisano identyfikator dziennika: { $id } (od teraz kontrola odróżni ten dziennik od każdego innego)

## The ledger an approving officer reads (an archive's account of each app), on the request's
## page.

ledger-in-the-archive =
    { $runs ->
        [one] { $runs } przebieg testu
        [few] { $runs } przebiegi testów
        [many] { $runs } przebiegów testów
       *[other] { $runs } przebiegu testu
    } i { $files ->
        [one] { $files } pobrany plik
        [few] { $files } pobrane pliki
        [many] { $files } pobranych plików
       *[other] { $files } pobranego pliku
    }
ledger-missing-files =
    { $n ->
        [one] { $n } plik wymieniony przez App Center nie był już dostępny.
        [few] { $n } pliki wymienione przez App Center nie były już dostępne.
        [many] { $n } plików wymienionych przez App Center nie było już dostępnych.
       *[other] { $n } pliku wymienionego przez App Center nie było już dostępne.
    }
# $reasons says why, counted ("2 were not valid addresses and 1 pointed elsewhere").
ledger-links-not-fetched =
    { $n ->
        [one] { $n } link do pliku nie mógł zostać pobrany, ponieważ { $reasons }.
        [few] { $n } linki do plików nie mogły zostać pobrane, ponieważ { $reasons }.
        [many] { $n } linków do plików nie mogło zostać pobranych, ponieważ { $reasons }.
       *[other] { $n } linku do pliku nie mogło zostać pobrane, ponieważ { $reasons }.
    }
ledger-links-not-followed =
    { $n ->
        [one] { $n } link z udostępnionego przez App Center wykazu rekordów eksportu nie został otwarty, ponieważ { $reasons }.
        [few] { $n } linki z udostępnionego przez App Center wykazu rekordów eksportu nie zostały otwarte, ponieważ { $reasons }.
        [many] { $n } linków z udostępnionego przez App Center wykazu rekordów eksportu nie zostało otwartych, ponieważ { $reasons }.
       *[other] { $n } linku z udostępnionego przez App Center wykazu rekordów eksportu nie zostało otwarte, ponieważ { $reasons }.
    }
# In the column "Left out" when all of an endpoint's records are in the archive.
ledger-left-out-none = brak
ledger-left-out-records =
    { $n ->
        [one] { $n } rekord
        [few] { $n } rekordy
        [many] { $n } rekordów
       *[other] { $n } rekordu
    }
