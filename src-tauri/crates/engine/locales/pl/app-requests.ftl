## The words of the Requests screen (the list of requests, its search and filter, where the
## record is kept, the team's register, the reminder about old saved copies: requests-*) and of
## one request's page (its facts, saved copies, history, actions and the dialogs it fills:
## request-*). Texts given as variables such as $standing, $problem, $contents are already made
## in the officer's language by the app; dates arrive as text too.
##
## Polish: "wniosek" (masculine: "zamknięty"), the record "ewidencja", the local file
## "dziennik", the team's database "rejestr zespołu". Day dates arrive without "r."
## ("czwartek, 26 listopada 2026"), moments with it ("1 grudnia 2026 r., godz. 09:05 UTC").

## The Requests screen: the list

# In the list's "Where it stands" column, for a closed request. $standing is the app's own
# words about where the request stood (e.g. "answered on time", "overdue by 3 days"). Lower
# case: it is a table cell.
requests-standing-closed = zamknięty; { $standing }
# In the list's "Assigned to" column (team's register only): the request is assigned to no officer.
requests-nobody-yet = nie przypisano
# The status line under the search field: how many requests the list holds (filter "All", no search).
requests-count =
    { $count ->
        [one] { $count } wniosek
        [few] { $count } wnioski
        [many] { $count } wniosków
       *[other] { $count } wniosku
    }
# The status line: how many requests are assigned to the officer (filter "Assigned to me", no search).
requests-count-mine =
    { $count ->
        [one] { $count } wniosek przypisany do mnie
        [few] { $count } wnioski przypisane do mnie
        [many] { $count } wniosków przypisanych do mnie
       *[other] { $count } wniosku przypisanego do mnie
    }
# The status line while searching: $shown requests match, out of $count (filter "All").
requests-shown =
    { $count ->
        [one] { $shown } z { $count } wniosku
        [few] { $shown } z { $count } wniosków
        [many] { $shown } z { $count } wniosków
       *[other] { $shown } z { $count } wniosku
    }
# The status line while searching: $shown requests match, out of the $count assigned to the
# officer (filter "Assigned to me").
requests-shown-mine =
    { $count ->
        [one] { $shown } z { $count } wniosku przypisanego do mnie
        [few] { $shown } z { $count } wniosków przypisanych do mnie
        [many] { $shown } z { $count } wniosków przypisanych do mnie
       *[other] { $shown } z { $count } wniosku przypisanego do mnie
    }
# The status line when the filter "Assigned to me" shows nothing; $count is the number of
# requests in the register, seen with the filter "All" (the name of that choice, in the
# screen's segmented control).
requests-none-mine =
    { $count ->
        [one] Nie przypisano mi żadnego wniosku; w widoku Wszystkie jest { $count } wniosek.
        [few] Nie przypisano mi żadnego wniosku; w widoku Wszystkie są { $count } wnioski.
        [many] Nie przypisano mi żadnego wniosku; w widoku Wszystkie jest { $count } wniosków.
       *[other] Nie przypisano mi żadnego wniosku; w widoku Wszystkie jest { $count } wniosku.
    }
# The status line when the search matches no request.
requests-no-match = Żaden wniosek nie pasuje do wyszukiwania.
# Above the list. $today is today's date, already written out (e.g. "3 December 2026").
requests-today = Dzisiaj jest { $today } r.

## The Requests screen: the reminder about saved copies

# The box's first line. $count is how many saved archives are older than the reminder setting,
# $days that setting (a number of days).
requests-old-copies =
    { $count ->
        [one] Kopia zapisana na tym komputerze jest starsza niż { $days ->
            [one] { $days } dzień
            [few] { $days } dni
            [many] { $days } dni
           *[other] { $days } dnia
        }. Kopie, które nie są już potrzebne, należy usunąć: zawierają dane osobowe.
        [few] { $count } kopie zapisane na tym komputerze są starsze niż { $days ->
            [one] { $days } dzień
            [few] { $days } dni
            [many] { $days } dni
           *[other] { $days } dnia
        }. Kopie, które nie są już potrzebne, należy usunąć: zawierają dane osobowe.
        [many] { $count } kopii zapisanych na tym komputerze jest starszych niż { $days ->
            [one] { $days } dzień
            [few] { $days } dni
            [many] { $days } dni
           *[other] { $days } dnia
        }. Kopie, które nie są już potrzebne, należy usunąć: zawierają dane osobowe.
       *[other] { $count } kopii zapisanych na tym komputerze jest starszych niż { $days ->
            [one] { $days } dzień
            [few] { $days } dni
            [many] { $days } dni
           *[other] { $days } dnia
        }. Kopie, które nie są już potrzebne, należy usunąć: zawierają dane osobowe.
    }
# One old copy in the box's list, after the request's reference (a link): $path is where the
# archive is saved, $days how old it is in days.
requests-old-copy =
    { $days ->
        [one] { $path } (zapisana { $days } dzień temu)
        [few] { $path } (zapisana { $days } dni temu)
        [many] { $path } (zapisana { $days } dni temu)
       *[other] { $path } (zapisana { $days } dnia temu)
    }
# Under the reminder setting, once it was saved.
requests-reminder-saved = Zapisano.

## The Requests screen: the organisation's texts for the cover letter

# Once the texts for the letters in one language were saved; $language is the language's
# own name (e.g. "Français").
requests-letter-saved = Zapisano. Od teraz każde pismo w tym języku ({ $language }) korzysta z tych tekstów.

## The Requests screen: where the record is kept

# On the team's register: $address is the register's address (without password), $officer the
# officer's login there.
# The team's register in words, in the sentences below ($address): its PostgreSQL database's
# name and its server.
requests-register-place = baza danych „{ $database }” na serwerze { $server }
requests-register-where = Wszystkie wnioski są przechowywane w rejestrze zespołu: { $address }. Zalogowano jako { $officer }; przy każdym zdarzeniu zapisywany jest jego autor, a rejestru nie można niepostrzeżenie zmienić.
requests-protection-local = Połączenie przechodzi przez lokalne gniazdo serwera na tym komputerze: nic nie przechodzi przez sieć.
requests-protection-plain = Połączenie nie jest szyfrowane: to, co aplikacja odczytuje i zapisuje, przechodzi przez sieć jawnym tekstem. Proszę poprosić administratora o włączenie TLS na serwerze, a następnie dodać sslmode=verify-full do adresu.
requests-protection-unchecked = Połączenie jest szyfrowane, ale certyfikat serwera nie jest sprawdzany: komputer podszywający się pod serwer mógłby je odczytać. Proszę dodać sslmode=verify-full do adresu (oraz sslrootcert= z plikiem urzędu certyfikacji, który podpisał certyfikat, jeśli administrator go udostępni).
requests-protection-authority = Połączenie jest szyfrowane, a certyfikat serwera jest podpisany przez urząd certyfikacji wskazany w adresie; nazwa serwera w certyfikacie nie jest sprawdzana (sslmode=verify-full sprawdziłby również ją).
requests-protection-checked = Połączenie jest szyfrowane, a certyfikat serwera jest sprawdzany.
# The title of the foldable section about the record (the journal), when it is the team's
# shared register (PostgreSQL database).
requests-record-shared = Ewidencja: rejestr zespołu
# The title of the foldable section about the record, when it is kept on this computer.
requests-record-local = Ewidencja na tym komputerze
# Heading of the register's form, when the team's register is in use.
requests-register-title-shared = Rejestr zespołu (PostgreSQL)
# Heading of the register's form, when the record is on this computer.
requests-register-title-local = Korzystanie z rejestru zespołu (PostgreSQL)
# Button: connect to the team's register again (it is in use already).
requests-connect-again = Połącz ponownie
# Button: connect to the team's register and keep the record there from now on.
requests-connect-use = Połącz i użyj
# Status while connecting to the register.
requests-connecting = Łączenie…
# Status once connected; $address is the register's address.
requests-connected = Połączono: ewidencja jest teraz prowadzona w rejestrze zespołu, { $address }.
# Status after choosing to keep the record on this computer instead of the team's register.
requests-back-local = Ewidencja jest ponownie prowadzona na tym komputerze.
# Status while the journal is being checked.
requests-checking = Sprawdzanie…
# The check's result: nothing in the journal was changed. $count is the number of its events.
requests-journal-intact =
    { $count ->
        [one] Dziennik jest nienaruszony: { $count } zdarzenie, które nie zostało zmienione ani usunięte.
        [few] Dziennik jest nienaruszony: { $count } zdarzenia; żadne nie zostało zmienione ani usunięte, a ich kolejność się nie zmieniła.
        [many] Dziennik jest nienaruszony: { $count } zdarzeń; żadne nie zostało zmienione ani usunięte, a ich kolejność się nie zmieniła.
       *[other] Dziennik jest nienaruszony: { $count } zdarzenia; żadne nie zostało zmienione ani usunięte, a ich kolejność się nie zmieniła.
    }
# The check's result when the journal is gone; $problem is the app's sentence saying what was
# found (it ends with a full stop).
requests-journal-missing = { $problem } Proszę przywrócić go z kopii zapasowej lub powiadomić dział IT.
# The check's result when the journal's content was altered; $problem is the app's sentence
# saying what was found.
requests-journal-changed = Dziennik został zmieniony. { $problem } Proszę pozostawić plik bez zmian i powiadomić dział IT.
# The check's result for any other problem; $problem is the app's sentence saying what was found.
requests-journal-problem = { $problem } Proszę pozostawić plik bez zmian i powiadomić dział IT.
# After ticking the team's rule that a second officer approves each archive.
requests-approval-on = Od teraz każde archiwum zatwierdza inna osoba z zespołu, zanim zostanie odnotowane jego przekazanie.
# After unticking that rule.
requests-approval-off = Od teraz archiwa są przekazywane bez zatwierdzenia przez drugą osobę z zespołu.

## One request's page

# The page's heading; $reference is the request's reference (e.g. "DSAR-2024-017").
request-title = Wniosek { $reference }
# The line under the heading for a closed request; $standing is the app's words about where it
# stood (lower case, e.g. "answered on time").
request-standing-closed = Zamknięty; { $standing }.
# The line under the heading for a request still open; $standing is the app's words about where
# it stands ("12 days left", "answered on time"...), with its first letter made upper case.
request-standing = { $standing }.

# The request's facts: labels of a list of terms and values.
# The person whose data was asked for.
request-fact-subject = Czyje dane
# The kind of request (the right used, e.g. access).
request-fact-right = Rodzaj wniosku
request-fact-received = Data wpływu
request-fact-due = Termin
# The extension of the deadline, if one was recorded.
request-fact-extension = Przedłużenie
request-fact-status = Status
# The officer who handles the request.
request-fact-assignee = Osoba odpowiedzialna
# When the request was answered.
request-fact-answered = Odpowiedź
# How many archives were exported for it.
request-fact-exports = Eksporty
# One note an officer wrote about the request.
request-fact-note = Notatka
# The value of "Assigned to" when no officer has the request.
request-nobody-yet = nie przypisano

## One request's page: its saved copies

request-no-copies = Brak. Tutaj pojawią się archiwa zapisane dla tego wniosku.
# A saved archive: $path is where it is, $saved when it was saved (already written out).
request-copy = { $path }, zapisano { $saved }.
# Added after request-copy when the file is no longer at that place.
request-copy-gone = Pliku nie ma już w tym miejscu.
request-copy-elsewhere = { $path }, zapisano { $saved } na innym komputerze ({ $computer }). Tam można ją usunąć.
# Added after request-copy when the copy is older than the reminder setting (in days).
request-copy-old = Jest starsza niż okres ustawiony w przypomnieniu: jeśli nie jest już potrzebna, proszę ją usunąć.
# Button next to a saved archive.
request-delete-copy = Usuń kopię lokalną
# Confirmation dialog's title.
request-delete-copy-title = Usunąć tę kopię lokalną?
# Confirmation dialog's text; $path is where the archive is saved.
request-delete-copy-text = Plik { $path } zostanie usunięty z tego komputera, a dziennik odnotuje to zdarzenie. Nie dotyczy to kopii już przesłanych.
# The confirmation dialog's button that deletes it.
request-delete-copy-yes = Usuń

## One request's page: its history and actions

# After an event of the history, the officer who recorded it ($officer: a name or login).
request-event-by = (autor: { $officer })
# Button: give the request to another officer (it has one already).
request-hand-over = Przypisz innej osobie
# Button: give the request to an officer (it has none yet).
request-assign = Przypisz
# After choosing the language of the answer; $language is the language's own name (e.g. "Deutsch").
request-language-saved = Zapisano: odpowiedź (pismo i objaśnienia w archiwum) zostanie sporządzona w języku: { $language }.
# Said to a screen reader (not shown) once a delivery is recorded. $standing: the app's words
# about where the request stands now, lower case (e.g. "answered on time", "answered 3 days late").
request-delivered = Odnotowano przekazanie: { $standing }.
# Confirmation dialog's title.
request-close-title = Zamknąć ten wniosek?
# Confirmation dialog's text, for a request that was answered.
request-close-answered = Wniosek pozostanie w ewidencji jako zamknięty.
# Confirmation dialog's text, for a request not answered yet.
request-close-unanswered = Na ten wniosek nie udzielono jeszcze odpowiedzi. Pozostanie w ewidencji jako zamknięty bez odpowiedzi.
# The confirmation dialog's button that closes the request.
request-close-yes = Zamknij wniosek

## One request's page: the archive awaiting approval (its letter and its account of each app)

# Shown instead of the cover letter when the archive has none.
request-no-letter = To archiwum nie zawiera pisma przewodniego.
# Under an app's name; $contents is the app's words about what of it is in the archive.
request-ledger-inside = W archiwum: { $contents }.
# The caption of an app's table; $app is the app's name. App Center is a product name.
request-ledger-caption = Rekordy przekazane przez App Center dla aplikacji { $app }
# Column heads of that table: the kind of records, how many were received from App Center, how
# many are in the archive, how many were left out.
request-ledger-records = Rekordy
request-ledger-received = Otrzymane
request-ledger-kept = W archiwum
request-ledger-left-out = Pominięte
# Under the table when App Center named no file that is missing from the archive.
request-ledger-complete = Wszystkie pliki wskazane przez App Center znajdują się w archiwum.
