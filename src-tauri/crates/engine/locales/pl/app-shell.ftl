## Texts the app makes for its screens besides the record's: a password's strength, an
## unfinished export begun anew.

# How strong a password for the archive is, shown under the password field as it is typed.
# $problem says why it cannot be used (one of the shell-password-* texts below).
shell-strength-unusable = Nie do użycia: { $problem }.
shell-strength-weak = Słabe: można je odgadnąć. Proszę użyć proponowanego hasła złożonego z kilku słów lub dłuższego.
shell-strength-fair = Średnie: kilka dodatkowych słów lub znaków uczyni je silnym.
shell-strength-strong = Silne.
shell-password-empty = hasło jest puste
# $min is the least number of characters a password must have.
shell-password-too-short =
    { $min ->
        [one] hasło jest za krótkie: musi mieć co najmniej { $min } znak (najlepiej kilka słów)
        [few] hasło jest za krótkie: musi mieć co najmniej { $min } znaki (najlepiej kilka słów)
        [many] hasło jest za krótkie: musi mieć co najmniej { $min } znaków (najlepiej kilka słów)
       *[other] hasło jest za krótkie: musi mieć co najmniej { $min } znaku (najlepiej kilka słów)
    }

# Said on the Done screen when an unfinished export could not be continued as it was.
shell-begun-anew-other-account = Niedokończony eksport tych przebiegów testów rozpoczęto na innym koncie App Center: nic z niego nie zachowano, a eksport rozpoczęto od nowa na bieżącym koncie.
shell-begun-anew-other-password = To nie jest hasło, z którym rozpoczęto niedokończony eksport: archiwum utworzono od nowa, a znajdujące się już w nim pliki pobrano ponownie.

## What the check of the journal found (the Requests screen, "The record on this computer").
## $seq is an event's number, or how many events the journal had; $on the day this computer
## last wrote the journal; $now how many events it has now. Each is one sentence of its own;
## the screen adds what to do.

shell-journal-changed = Zdarzenie nr { $seq } nie jest już takie, jakie zostało zapisane.
shell-journal-missing =
    { $seq ->
        [one] Nie znaleziono dziennika: gdy ten komputer zapisał go ostatni raz, dnia { $on } r., dziennik zawierał { $seq } zdarzenie.
        [few] Nie znaleziono dziennika: gdy ten komputer zapisał go ostatni raz, dnia { $on } r., dziennik zawierał { $seq } zdarzenia.
        [many] Nie znaleziono dziennika: gdy ten komputer zapisał go ostatni raz, dnia { $on } r., dziennik zawierał { $seq } zdarzeń.
       *[other] Nie znaleziono dziennika: gdy ten komputer zapisał go ostatni raz, dnia { $on } r., dziennik zawierał { $seq } zdarzenia.
    }
shell-journal-missing-archived =
    { $seq ->
        [one] Nie znaleziono dziennika: w chwili utworzenia archiwum zawierał { $seq } zdarzenie.
        [few] Nie znaleziono dziennika: w chwili utworzenia archiwum zawierał { $seq } zdarzenia.
        [many] Nie znaleziono dziennika: w chwili utworzenia archiwum zawierał { $seq } zdarzeń.
       *[other] Nie znaleziono dziennika: w chwili utworzenia archiwum zawierał { $seq } zdarzenia.
    }
shell-journal-shorter =
    { $seq ->
        [one] Dziennik jest krótszy niż wcześniej: gdy ten komputer zapisał go ostatni raz, dnia { $on } r., zawierał { $seq } zdarzenie, a obecnie liczba zdarzeń wynosi { $now }: zdarzenia zostały usunięte z jego końca.
        [few] Dziennik jest krótszy niż wcześniej: gdy ten komputer zapisał go ostatni raz, dnia { $on } r., zawierał { $seq } zdarzenia, a obecnie liczba zdarzeń wynosi { $now }: zdarzenia zostały usunięte z jego końca.
        [many] Dziennik jest krótszy niż wcześniej: gdy ten komputer zapisał go ostatni raz, dnia { $on } r., zawierał { $seq } zdarzeń, a obecnie liczba zdarzeń wynosi { $now }: zdarzenia zostały usunięte z jego końca.
       *[other] Dziennik jest krótszy niż wcześniej: gdy ten komputer zapisał go ostatni raz, dnia { $on } r., zawierał { $seq } zdarzenia, a obecnie liczba zdarzeń wynosi { $now }: zdarzenia zostały usunięte z jego końca.
    }
shell-journal-replaced =
    { $seq ->
        [one] Dziennik nie jest tym, który zapisywał ten komputer: ma inny identyfikator (dziennik zapisany ostatnio przez ten komputer dnia { $on } r. zawierał { $seq } zdarzenie).
        [few] Dziennik nie jest tym, który zapisywał ten komputer: ma inny identyfikator (dziennik zapisany ostatnio przez ten komputer dnia { $on } r. zawierał { $seq } zdarzenia).
        [many] Dziennik nie jest tym, który zapisywał ten komputer: ma inny identyfikator (dziennik zapisany ostatnio przez ten komputer dnia { $on } r. zawierał { $seq } zdarzeń).
       *[other] Dziennik nie jest tym, który zapisywał ten komputer: ma inny identyfikator (dziennik zapisany ostatnio przez ten komputer dnia { $on } r. zawierał { $seq } zdarzenia).
    }
shell-journal-replaced-archived = Dziennik nie jest tym, z którym utworzono archiwum: ma inny identyfikator.
shell-journal-rewritten = Dziennik został zapisany na nowo: zdarzenie nr { $seq } nie jest tym, które ten komputer zapisał dnia { $on } r. (ma inną sumę kontrolną).
