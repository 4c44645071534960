## The page's static words (ui/index.html): the header, the steps of an export, each screen and
## each dialog, in the order the page has them. Some screens' scripts later replace a text with
## one of their own messages (the same words, or the words for a later state).
##
## Where a sentence has a part in bold or in code (the name of a button, or of a page of App
## Center's site, or a command), the message is the whole sentence with that part in <strong>
## or <code>: keep those marks around the same words in your language's word order (no other
## markup is allowed).
##
## Polish: the words of letter.ftl and readme.ftl (RODO, "wniosek", "przebieg testu",
## "archiwum", "rekord eksportu", "organ nadzorczy", "administrator danych"). Buttons are
## imperatives, as Polish software has them ("Zapisz", "Anuluj"); sentences addressed to the
## officer are impersonal or formal ("Proszę wybrać…", "należy…", "można…"), never "ty".
## The record of requests is "ewidencja", the local file "dziennik", the team's PostgreSQL
## database "rejestr zespołu"; delivery is "przekazanie"; the requester "wnioskodawca".

## Header

# A badge beside the app's name while the sample data (not real App Center data) is in use.
page-header-sample-badge = Dane przykładowe
# Button: goes to the list of requests.
page-header-requests = Wnioski
# Button: ends the connection to App Center.
page-header-disconnect = Rozłącz

## The steps of an export, shown above the screen while an export is being made

# Read out by screen readers: the name of the list of steps.
page-steps =
    .aria-label = Kroki
page-steps-connect = Połączenie
page-steps-apps = Wybór aplikacji
page-steps-runs = Wybór przebiegów
page-steps-export = Eksport
# The last step: saving the finished archive.
page-steps-done = Zapis

## The error panel (its "Show details" and "Copy details" buttons are in app-errors.ftl)

# Button: closes the error panel.
page-error-close = Zamknij
# Shown under an error that stopped an export halfway.
page-error-resumable = To, co już wykonano, zostało zachowane: aby kontynuować od miejsca przerwania, proszę ponownie wyeksportować te same przebiegi testów.

## Screen: the list of requests

page-requests-title = Wnioski
# Button: starts an export that answers no request (e.g. to look around).
page-requests-quick-export = Eksport bez wniosku
# Button: opens the dialog to record a new request for a copy of someone's data.
page-requests-new = Nowy wniosek

# Shown when there are no requests yet. The bold names are those of the buttons.
page-requests-empty = <strong>Brak wniosków.</strong> Gdy klient lub osoba fizyczna poprosi o kopię swoich danych, proszę wybrać <strong>{ page-requests-new }</strong>: ACT Export obliczy termin odpowiedzi i zapisze w ewidencji eksport oraz jego przekazanie.
page-requests-empty-hint = Aby najpierw zapoznać się z programem, proszę wybrać <strong>{ page-requests-quick-export }</strong>, a następnie <strong>{ page-connect-try-sample }</strong>.

# Read out by screen readers: the name of the two choices that follow (requests of the team's
# register: those assigned to me, or all).
page-requests-whose = Które wnioski
page-requests-whose-mine = Przypisane do mnie
page-requests-whose-all = Wszystkie
# The label of the search field above the list of requests.
page-requests-search = Szukaj
page-requests-search-input =
    .placeholder = Znak sprawy lub czyje dane
# Read out by screen readers: the table of requests.
page-requests-table-caption = Wnioski, od najbliższego terminu
# The columns of the table of requests.
page-requests-col-reference = Znak sprawy
# The person or client whose data was asked for.
page-requests-col-subject = Czyje dane
# The date the request was received.
page-requests-col-received = Data wpływu
# When the answer is due.
page-requests-col-due = Termin
# How far the request has got (e.g. "overdue by 3 days", "answered on time").
page-requests-col-standing = Stan
# The officer who handles the request.
page-requests-col-assignee = Osoba odpowiedzialna

# A section that opens when clicked: the organisation's details for the cover letter that opens
# every archive.
page-requests-letter-title = Dane organizacji do pisma przewodniego
page-requests-letter-hint = Każde archiwum otwiera pismo do osoby, która złożyła wniosek: co przeszukano, co dołączono, co pominięto i dlaczego oraz jakie informacje należy jej przekazać zgodnie z prawem (art. 15 RODO). Wystarczy wypełnić te pola raz; poniższe teksty to propozycje dla danych testowych usługi testowania aplikacji mobilnych i każdy z nich można zmienić. Dane są przechowywane na tym komputerze.
# The choice of the language whose texts the form shows and saves, followed by a list of the
# languages, each named in itself ("Deutsch", "Français").
page-requests-letter-language = Teksty pism w języku
page-requests-letter-language-hint = (pisma w każdym języku korzystają z tekstów zapisanych dla tego języka; dla języka bez zapisanych tekstów formularz pokazuje teksty, których używają jego pisma)
# The labels of the letter's fields (the data controller's details that GDPR Art. 15 requires).
page-requests-letter-controller = Organizacja (administrator danych)
page-requests-letter-contact = Kontakt dla wnioskodawcy w sprawie tej odpowiedzi
page-requests-letter-dpo = Inspektor ochrony danych (opcjonalnie)
page-requests-letter-purposes = Cele przetwarzania
page-requests-letter-categories = Kategorie danych osobowych
page-requests-letter-recipients = Odbiorcy danych
page-requests-letter-retention = Okres przechowywania danych
page-requests-letter-source = Źródło danych
page-requests-letter-automated-decisions = Zautomatyzowane podejmowanie decyzji
page-requests-letter-transfers = Przekazywanie danych poza EOG i zabezpieczenia
page-requests-letter-authority = Organ nadzorczy, do którego można wnieść skargę
# Label of the field for who signs the letter (a name, a team).
page-requests-letter-signature = Podpis pod pismem
# Button: saves the letter's details.
page-requests-letter-save = Zapisz

# A section that opens when clicked: where the record of requests (the journal) is kept.
page-requests-journal-title = Ewidencja na tym komputerze
# Pieces of a paragraph, in this order: this piece, a space, the journal's file path (in a
# fixed-width font), a full stop, a space, the next piece.
page-requests-journal-where = Wszystkie wnioski i podjęte w ich sprawie działania są zapisywane na tym komputerze w dzienniku, którego nie można niepostrzeżenie zmienić:
# "act-export" is the command's name: never translated.
page-requests-journal-command = Te same wnioski wyświetla polecenie <code>act-export</code>.
# The last sentence of the paragraph above.
page-requests-journal-length = Ten komputer zapisuje też, w innym folderze, długość dziennika przy każdym jego zapisie: dzięki temu kontrola wykaże, jeśli dziennik zostanie usunięty, skrócony lub zastąpiony.
# A checkbox, for a team that shares a register.
page-requests-approval-rule = Zasada czworga oczu: inna osoba z zespołu zatwierdza każde archiwum, zanim zostanie odnotowane jego przekazanie (dotyczy całego zespołu)
# The title of a form to keep the record in a PostgreSQL database shared by the privacy team.
page-requests-register-title = Korzystanie z rejestru zespołu (PostgreSQL)
page-requests-register-hint = Zespół ds. ochrony danych prowadzi wspólną ewidencję: każda osoba z zespołu widzi wszystkie wnioski i to, kto je obsługuje, a przy każdym zdarzeniu zapisywany jest jego autor. Adres rejestru i login przekazuje administrator bazy danych.
page-requests-register-address = Adres rejestru
page-requests-register-password = Hasło do rejestru (jeśli login go wymaga)
# A checkbox.
page-requests-register-remember = Zapamiętaj hasło w magazynie haseł systemu
# Button.
page-requests-register-use = Połącz i użyj
# Button: stops using the team's register.
page-requests-register-leave = Prowadź ewidencję na tym komputerze
# Button: checks that the journal was not changed, cut short or replaced.
page-requests-journal-check = Sprawdź dziennik
# A setting in one line: this label, a field for a number of days, then the word of
# page-requests-remind-days. The number varies: "days" is for any number of days above one.
page-requests-remind = Przypomnienie o zapisanych kopiach starszych niż
page-requests-remind-days = dni
# Button: saves the number of days.
page-requests-remind-save = Zapisz

## Screen: one request

# Button: back to the list of requests (the arrow points left).
page-request-back = ← Wnioski
# Button: the archive may be delivered (a second officer approves it).
page-request-approve = Zatwierdź do przekazania
# Button: the archive needs changes before it is delivered.
page-request-send-back = Zwróć do poprawy
# A button that looks like a link: opens the archive's letter and ledger.
page-request-papers = Pokaż pismo i zestawienie
# Label of the choice of language the answer (letter and archive) is written in.
page-request-language = Język odpowiedzi
# The request's buttons.
page-request-export = Eksportuj dane do tego wniosku
page-request-deliver = Odnotuj przekazanie
page-request-extend = Przedłuż termin
page-request-note = Dodaj notatkę
# Gives the request to an officer of the team.
page-request-assign = Przypisz
page-request-close = Zamknij wniosek
# Headings.
page-request-copies = Zapisane kopie
page-request-history = Historia

## Screen: connect to App Center

page-connect-title = Połączenie z App Center
page-connect-intro = ACT Export odczytuje dane App Center Test za pomocą tokenu API. Proszę wkleić token poniżej lub najpierw zapoznać się z programem na danych przykładowych.
page-connect-token = Token API
# Button: shows the token typed in the field (otherwise hidden like a password).
page-connect-token-show = Pokaż
# Button: pastes the token from the clipboard.
page-connect-token-paste = Wklej
page-connect-token-help = Token jest wysyłany wyłącznie na adres API i nigdzie indziej.
# A section that opens when clicked: the steps to get a token on App Center's site.
page-connect-token-where = Jak uzyskać token?
# The steps to make a token on App Center's site. The bold names are as App Center's site shows
# them (in English).
page-connect-step-account = Zalogować się do App Center i otworzyć <strong>Account settings</strong> (ustawienia konta).
page-connect-step-tokens = Wybrać <strong>User API tokens</strong> (lub, w przypadku tylko jednej aplikacji, <strong>Settings > App API tokens</strong> tej aplikacji).
page-connect-step-new = Wybrać <strong>New API token</strong>, nadać tokenowi nazwę i zaznaczyć <strong>Read only</strong> (tylko do odczytu): to najbezpieczniejsza opcja i w pełni wystarcza programowi ACT Export.
# Step 4.
page-connect-step-copy = Skopiować token (jest wyświetlany tylko raz) i wkleić go tutaj.
# A section that opens when clicked: the API address.
page-connect-advanced = Zaawansowane
page-connect-address = Adres API
page-connect-address-help = Ten adres należy zmieniać tylko na polecenie organizacji.
# A checkbox.
page-connect-remember = Zapamiętaj ten token na tym komputerze
page-connect-saved-token = Na tym komputerze zapisano token.
# Buttons beside the sentence above.
page-connect-use-saved = Połącz z zapisanym tokenem
page-connect-forget = Usuń token
# Button: connects with the token typed.
page-connect-connect = Połącz
# Button: uses made-up sample data instead of App Center.
page-connect-try-sample = Wypróbuj na danych przykładowych

## Screen: choose the app

page-apps-title = Wybór aplikacji
# Label of a search, in every app at once, for the test runs of a client.
page-apps-find = Wyszukiwanie przebiegów testów klienta we wszystkich aplikacjach
# "contoso-" is an example of the start of a test series' name.
page-apps-find-input =
    .placeholder = Seria testów lub tekst, na przykład contoso-
# Button: starts the search.
page-apps-find-go = Szukaj
# Read out by screen readers: the list of apps the search found.
page-apps-found-list =
    .aria-label = Aplikacje z pasującymi przebiegami testów
# Label of the search field above the list of apps.
page-apps-search = Można też wybrać aplikację
page-apps-search-input =
    .placeholder = Nazwa aplikacji lub właściciel
# Read out by screen readers: the list of apps.
page-apps-list =
    .aria-label = Aplikacje

## Screen: choose the test runs

# Button: back to the list of apps (the arrow points left).
page-runs-back = ← Aplikacje
page-runs-title = Wybór przebiegów testów klienta
# Button: shows the letter the archive will open with.
page-runs-preview-letter = Podgląd pisma
# Button: adds the test runs of another app to the same export.
page-runs-add-app = Dodaj inną aplikację…
# Followed by a list of the other apps in the export and their test runs.
page-runs-other-apps = W tym eksporcie również:
# Read out by screen readers: the list above.
page-runs-other-apps-list =
    .aria-label = Inne aplikacje w tym eksporcie
page-runs-scope = Zakres eksportu
page-runs-scope-runs = Tylko zaznaczone przebiegi testów (dane jednego klienta)
page-runs-scope-app = Cała aplikacja (dane wszystkich klientów)
# The filters above the table of test runs.
page-runs-filter-series = Seria testów
# The choice of the filter above that shows every test series.
page-runs-filter-all-series = Wszystkie serie
# Label of a date field: the first day shown.
page-runs-filter-from = Od
# Label of a date field: the last day shown.
page-runs-filter-to = Do
page-runs-filter-search = Szukaj
page-runs-filter-search-input =
    .placeholder = Wersja, wynik, identyfikator przebiegu
# Button: selects every test run the table shows.
page-runs-select-shown = Zaznacz wszystkie widoczne
# Button: unselects every test run.
page-runs-clear = Wyczyść
# A checkbox.
page-runs-protect = Chroń archiwum hasłem
# Read out by screen readers: the table of test runs.
page-runs-table-caption = Przebiegi testów aplikacji
# Read out by screen readers: the column of checkboxes.
page-runs-col-selected = Zaznaczone
# The columns of the table of test runs.
page-runs-col-date = Data
page-runs-col-series = Seria testów
page-runs-col-version = Wersja aplikacji
page-runs-col-platform = Platforma
page-runs-col-result = Wynik
# Followed by the suggested password for the archive.
page-runs-password = Hasło:
# Button: suggests another password.
page-runs-password-another = Zaproponuj inne
# Button: copies the password.
page-runs-password-copy = Kopiuj
# Button: opens a dialog to type one's own password.
page-runs-password-own = Własne hasło…
# Label of the field for the name of the client or person whose data is exported.
page-runs-subject = Czyje to dane?
page-runs-subject-hint = (opcjonalnie, zapisywane w archiwum)
# "Contoso Ltd" is a made-up company.
page-runs-subject-input =
    .placeholder = Na przykład: Contoso Sp. z o.o.
page-runs-selected-none = Nie zaznaczono przebiegów testów
# Button: starts the export.
page-runs-export = Eksportuj

## Screen: exporting

page-export-title = Eksportowanie
# What the export is doing: at first, starting.
page-export-starting = Rozpoczynanie
# Button: stops the export.
page-export-cancel = Anuluj

## Screen: the archive is ready

page-done-title = Archiwum jest gotowe
# Under the archive's icon, which can be dragged to a folder; "Save as" is the button below.
page-done-drag = Można je przeciągnąć do folderu lub użyć przycisku Zapisz jako
# Buttons.
page-done-save = Zapisz jako…
page-done-show-folder = Pokaż w folderze
page-done-deliver = Odnotuj przekazanie
page-done-another = Rozpocznij nowy eksport
# Followed by the archive's password.
page-done-password = Hasło:
# Button: copies the password.
page-done-copy = Kopiuj
page-done-password-hint = ACT Export nie przechowuje tego hasła: proszę je teraz skopiować i przesłać oddzielnie od archiwum (na przykład podać telefonicznie). Do otwarcia archiwum odbiorca potrzebuje bezpłatnego narzędzia, takiego jak 7-Zip (Windows) albo Keka lub The Unarchiver (Mac): narzędzia wbudowane w systemy Windows i macOS nie otwierają archiwów zabezpieczonych w ten sposób. Informuje o tym notatka umieszczona obok zaszyfrowanych plików.

## Dialog: stop the export?

page-cancel-title = Zatrzymać eksport?
page-cancel-text = Nic nie zostanie zapisane. Eksport można rozpocząć ponownie w dowolnym momencie.
# Button: closes the dialog, the export goes on.
page-cancel-keep-going = Eksportuj dalej
# Button: stops the export.
page-cancel-confirm = Zatrzymaj eksport

## Dialog: a new request

page-new-request-title = Nowy wniosek
# Label of the field for the request's reference; its hint follows in a lighter font.
page-new-request-reference = Znak sprawy
page-new-request-reference-hint = (numer zgłoszenia lub pisma)
# Label of the field for whose data is asked for.
page-new-request-subject = Czyje dane
page-new-request-subject-hint = (klient lub osoba, która złożyła wniosek)
page-new-request-right = Przedmiot wniosku
# The two choices of the field above.
page-new-request-right-access = Kopia danych (prawo dostępu, art. 15)
page-new-request-right-portability = Dane do przeniesienia (prawo do przenoszenia danych, art. 20)
page-new-request-language = Język odpowiedzi
page-new-request-language-hint = (w tym języku zostaną sporządzone pismo przewodnie i objaśnienia w archiwum)
page-new-request-received = Data wpływu
page-new-request-due-hint = Termin odpowiedzi upływa miesiąc od daty wpływu (art. 12 ust. 3 RODO), a jeśli przypada w sobotę lub niedzielę – w następnym dniu roboczym. ACT Export nie zna dni ustawowo wolnych od pracy: należy je sprawdzić samodzielnie.
page-new-request-cancel = Anuluj
# Button: records the request and opens its page.
page-new-request-open = Otwórz wniosek

## Dialog: record the delivery of the archive

page-deliver-title = Odnotuj przekazanie
page-deliver-channel = Sposób przekazania
# The choices of the field above.
page-deliver-channel-email = E-mailem
page-deliver-channel-portal = Przez portal
page-deliver-channel-post = Pocztą
page-deliver-channel-other = W inny sposób
# Label of the field for who received the archive.
page-deliver-recipient = Komu
page-deliver-recipient-input =
    .placeholder = Imię i nazwisko, nazwa lub adres
# Label of the date field: the day it was delivered.
page-deliver-on = Data
page-deliver-password = Sposób przekazania hasła
page-deliver-password-hint = (tylko jeśli archiwum było chronione hasłem; nigdy samo hasło)
page-deliver-password-input =
    .placeholder = Na przykład: podane telefonicznie
page-deliver-cancel = Anuluj
# Button: records the delivery.
page-deliver-record = Odnotuj

## Dialog: extend the deadline

page-extend-title = Przedłuż termin
page-extend-hint = Art. 12 ust. 3 RODO pozwala przedłużyć termin o kolejne dwa miesiące z uwagi na skomplikowany charakter żądania lub liczbę żądań, jeśli wnioskodawca zostanie poinformowany o przyczynach w ciągu pierwszego miesiąca.
page-extend-months = Łączne przedłużenie
# The choices of the field above: $count is 1 or 2.
page-extend-months-option =
    { $count ->
        [one] { $count } miesiąc
        [few] { $count } miesiące
        [many] { $count } miesięcy
       *[other] { $count } miesiąca
    }
# Label of the date field: the day the requester was told of the extension.
page-extend-told = Data poinformowania wnioskodawcy
# Label of the field for the reason of the extension.
page-extend-reason = Przyczyna
page-extend-cancel = Anuluj
# Button: extends the deadline.
page-extend-save = Przedłuż

## Dialog: add a note

page-note-title = Dodaj notatkę
page-note-text = Notatka
page-note-text-hint = (zostanie trwale zapisana w dzienniku: bez danych osobowych ponad niezbędne minimum)
page-note-cancel = Anuluj
# Button: adds the note.
page-note-save = Dodaj

## Dialog: assign the request

page-assign-title = Przypisz wniosek
page-assign-officer = Osoba z zespołu
page-assign-officer-hint = (jej login w rejestrze zespołu)
page-assign-cancel = Anuluj
# Button: assigns the request.
page-assign-save = Przypisz

## Dialog: send the archive back (not approved)

page-send-back-title = Zwróć archiwum do poprawy
# Label of the field for the reason.
page-send-back-reason = Przyczyna
page-send-back-reason-hint = (przeczyta ją autor eksportu; zostanie zapisana w dzienniku)
page-send-back-cancel = Anuluj
# Button: sends the archive back.
page-send-back-save = Zwróć do poprawy

## Dialog: the preview of the cover letter

page-letter-title = Pismo otwierające archiwum
# Names the section "Your organisation, for the cover letter" of the Requests screen.
page-letter-hint = Podgląd: liczby zostaną uzupełnione podczas eksportu. Dane organizacji można wpisać w sekcji „{ page-requests-letter-title }” na ekranie Wnioski.
page-letter-close = Zamknij

## Dialog: the letter and the ledger an export recorded, for the approving officer

page-papers-title = Co otrzyma wnioskodawca
page-papers-hint = Pismo i zestawienie archiwum w postaci, w jakiej eksport zapisał je w dzienniku: co przekazano z App Center, co znajduje się w archiwum, a co pominięto. Same dane znajdują się wyłącznie w archiwum.
# Headings.
page-papers-letter = Pismo
# The ledger: the list of what App Center returned, what was kept and what was left out.
page-papers-ledger = Zestawienie
page-papers-close = Zamknij

## Dialog: use my own password for the archive

page-own-password-title = Własne hasło
page-own-password = Hasło
page-own-password-hint = (co najmniej 10 znaków; najlepiej kilka słów)
page-own-password-cancel = Anuluj
# Button: uses the password typed.
page-own-password-use = Użyj

## Dialog: the password of an unfinished export

page-password-title = Hasło archiwum
page-password-text = Ten eksport był chroniony hasłem. Aby go kontynuować, proszę wpisać to samo hasło; po wpisaniu innego hasła archiwum zostanie utworzone od nowa z tym hasłem.
page-password-label = Hasło
page-password-cancel = Anuluj
# Button.
page-password-continue = Kontynuuj eksport

## Dialog: a yes/no question (its title, text and "yes" button come from the screen that asks)

# Button: the "no" answer, which keeps what the question was about (e.g. a copy or a request).
page-confirm-keep = Zachowaj

## Footer

# Shown until the app's version is known.
page-footer-version = Wczytywanie wersji…
# The label of the choice of the language the app speaks, at the right of the footer (its
# options are the languages, each named in itself, and the one below).
page-footer-language = Język programu
# The first option of that choice: follow the computer's settings. $language is the language
# they give, named in itself ("Deutsch").
page-footer-language-system = Systemowy ({ $language })
