## The page's words for connecting and exporting, which its scripts write: the Connect screen
## (connect-), the apps and the search across them (apps-), an app's test runs (runs-), the
## export's progress and the finished archive (exporting-), the letter's details (preview-), the
## unfinished exports (unfinished-), the small dialogs (dialog-), the window's frame (main-), and
## sizes and times (format-). The static words of the page are in app.ftl.
## "App Center" (the service), "ACT Export" (this app) and "SHA-256", "AES-256" are names: keep
## them as they are.
##
## Polish: "przebieg testu" (1 przebieg testu, 2 przebiegi testów, 5 przebiegów testów),
## "aplikacja" (w 1 aplikacji, w 2 aplikacjach), "plik", "rekord", HTTP requests are
## "zapytania" (never "wnioski"). App Center is never the subject of a verb in the past tense.

## The window's frame (ui/js/main.js)

# At the top of the window once connected. $name: the App Center user's display name.
main-greeting = Dzień dobry, { $name }
# A banner above the export steps when they answer a request. $reference: the request's
# reference (e.g. "DSR-2026-041"); $subject: the person or company whose data is exported.
main-for-request = Wniosek { $reference } – czyje dane: { $subject }
# At the foot of the window. $name: the app's name ("ACT Export"); $version: e.g. "1.4.0".
main-version = { $name }, wersja { $version }
# At the foot of the window, when the app's version could not be read.
main-version-unknown = Wersja nieznana
# A question when the officer leaves a finished archive that was not saved: its title, its
# text, and the button that leaves (the other button, "Keep it", stays).
main-leave-title = Wyjść bez zapisywania?
main-leave-text = Archiwum nie zostało jeszcze zapisane. Po wyjściu zostanie usunięte i trzeba będzie ponownie wykonać eksport.
main-leave-yes = Wyjdź i usuń archiwum

## The Connect screen (ui/js/connect.js)

# Status lines while a connection is tried.
connect-checking-token = Sprawdzanie tokenu…
connect-starting-sample = Uruchamianie danych przykładowych…
connect-checking-saved-token = Sprawdzanie zapisanego tokenu…
# After the button that forgets the saved token.
connect-token-forgotten = Zapisany token został usunięty z tego komputera.
# The button beside the token field: shows the token typed, or masks it again.
connect-show-token = Pokaż
connect-hide-token = Ukryj
# When the Paste button may not read the clipboard.
connect-paste-by-hand = Aby wkleić token, proszę kliknąć pole tokenu i nacisnąć Ctrl+V (lub Cmd+V).

## The apps screen and the search across the apps (ui/js/apps.js)

# In an app's line, when App Center does not say for which operating system it is.
apps-unknown-os = nieznany system
# A badge on an app's line. $chosen: what of the app is in the export, one of the messages
# runs-pick-every, runs-pick-all or runs-pick (e.g. "8 test runs").
apps-in-export = W tym eksporcie: { $chosen }
apps-none-visible = Ten token nie ma dostępu do żadnej aplikacji.
apps-no-match = Żadna aplikacja nie pasuje do wyszukiwania.
# Under the list of apps. $shown: the apps the search shows; $total: all apps.
apps-shown = { $shown } z { $total } aplikacji
apps-loading = Wczytywanie aplikacji…
# The search for a client's test runs across every app: one line per app with runs that match.
# $app: the app's name; $count: its runs that match.
apps-found-in-app = { $app }: { $count ->
        [one] { $count } pasujący przebieg testu
        [few] { $count } pasujące przebiegi testów
        [many] { $count } pasujących przebiegów testów
       *[other] { $count } pasującego przebiegu testu
    }
# A button on an app's line of finds, and its text once pressed.
apps-add-found = Dodaj do eksportu
apps-added = Dodano
# A button on an app's line of finds: opens the app's test runs. $app: the app's name.
apps-review = Przejrzyj
    .aria-label = Przejrzyj przebiegi testów aplikacji { $app }
# While the search reads each app in turn. $app: the app's name; $n: its number; $total: all apps.
apps-searching = Przeszukiwanie aplikacji { $app } ({ $n } z { $total })…
# The search found nothing. $apps: how many apps were searched; $words: the words searched for.
apps-found-none = { $apps ->
        [one] W przeszukanej aplikacji nie ma przebiegu testu pasującego do „{ $words }”.
        [few] W żadnej z { $apps } przeszukanych aplikacji nie ma przebiegu testu pasującego do „{ $words }”.
        [many] W żadnej z { $apps } przeszukanych aplikacji nie ma przebiegu testu pasującego do „{ $words }”.
       *[other] W żadnej z { $apps } przeszukanych aplikacji nie ma przebiegu testu pasującego do „{ $words }”.
    }
# The search found runs. $runs: how many runs match; $apps: in how many apps.
apps-found = Znaleziono { $runs ->
        [one] { $runs } pasujący przebieg testu
        [few] { $runs } pasujące przebiegi testów
        [many] { $runs } pasujących przebiegów testów
       *[other] { $runs } pasującego przebiegu testu
    } w { $apps ->
        [one] { $apps } aplikacji
        [few] { $apps } aplikacjach
        [many] { $apps } aplikacjach
       *[other] { $apps } aplikacjach
    }. Wyniki można dodać do eksportu lub przejrzeć w poszczególnych aplikacjach.

## An app's test runs (ui/js/runs.js)

# What of an app is in the export, for the badge "In this export: …" (apps-in-export).
# The entire app, before its runs were counted.
runs-pick-every = wszystkie przebiegi testów
# The entire app. $count: its runs.
runs-pick-all = { $count ->
        [one] jedyny przebieg testu
        [few] wszystkie przebiegi testów ({ $count })
        [many] wszystkie przebiegi testów ({ $count })
       *[other] wszystkie przebiegi testów ({ $count })
    }
# Some runs. $count: how many.
runs-pick = { $count ->
        [one] { $count } przebieg testu
        [few] { $count } przebiegi testów
        [many] { $count } przebiegów testów
       *[other] { $count } przebiegu testu
    }
# The other apps whose runs are in the same export, one line each. $app: the app's name.
runs-other-every = { $app }: wszystkie przebiegi testów
runs-other-all = { $count ->
        [one] { $app }: jedyny przebieg testu
        [few] { $app }: wszystkie przebiegi testów ({ $count })
        [many] { $app }: wszystkie przebiegi testów ({ $count })
       *[other] { $app }: wszystkie przebiegi testów ({ $count })
    }
runs-other = { $count ->
        [one] { $app }: { $count } przebieg testu
        [few] { $app }: { $count } przebiegi testów
        [many] { $app }: { $count } przebiegów testów
       *[other] { $app }: { $count } przebiegu testu
    }
# A button on such a line: takes that app's runs out of the export. $app: the app's name.
runs-remove = Usuń
    .aria-label = Usuń przebiegi testów aplikacji { $app } z tego eksportu
# Beside the Export button: what is chosen in this app. $count: the app's runs, or the runs
# selected.
runs-entire-app = { $count ->
        [one] Cała aplikacja: jedyny przebieg testu
        [few] Cała aplikacja: wszystkie przebiegi testów ({ $count })
        [many] Cała aplikacja: wszystkie przebiegi testów ({ $count })
       *[other] Cała aplikacja: wszystkie przebiegi testów ({ $count })
    }
runs-none-selected = Nie zaznaczono przebiegów testów
runs-selected = { $count ->
        [one] Zaznaczono { $count } przebieg testu
        [few] Zaznaczono { $count } przebiegi testów
        [many] Zaznaczono { $count } przebiegów testów
       *[other] Zaznaczono { $count } przebiegu testu
    }
# Beside the Export button when other apps' runs are in the export too (short: it must fit an
# 800×600 window). $here: this app's runs chosen; $all: the runs chosen in every app; $apps: the
# apps with runs chosen.
runs-entire-app-and-others = tutaj wszystkie ({ $here }), łącznie { $all } w { $apps ->
        [one] { $apps } aplikacji
        [few] { $apps } aplikacjach
        [many] { $apps } aplikacjach
       *[other] { $apps } aplikacjach
    }
runs-selected-and-others = tutaj zaznaczono { $here }, łącznie { $all } w { $apps ->
        [one] { $apps } aplikacji
        [few] { $apps } aplikacjach
        [many] { $apps } aplikacjach
       *[other] { $apps } aplikacjach
    }
# The label, for screen readers, of the checkbox that selects one run. $date: when the run was
# made (e.g. "3 Jan 2024, 18:46"); $series: its test series; $version: the app's version tested.
runs-select-run =
    .aria-label = Zaznacz przebieg z { $date }, { $series }, wersja { $version }
# Above the table of runs. $count: the app's runs.
runs-count = { $count ->
        [one] { $count } przebieg testu
        [few] { $count } przebiegi testów
        [many] { $count } przebiegów testów
       *[other] { $count } przebiegu testu
    }
# Above the table of runs, when the filters hide some. $shown: the runs shown; $total: all.
runs-shown = Widoczne przebiegi testów: { $shown } z { $total }
# The password the archive is protected with, when the officer chose their own (it is not
# shown). $length: how many characters it has.
runs-own-password = własne ({ $length ->
        [one] { $length } znak
        [few] { $length } znaki
        [many] { $length } znaków
       *[other] { $length } znaku
    })
# The button that copies the password, and what it says for two seconds after.
runs-copy = Kopiuj
runs-copied = Skopiowano
runs-copy-failed = Nie udało się skopiować
# When the officer's own password is too short. "Cancel" is the dialog's button.
runs-password-too-short = Proszę wybrać dłuższe hasło lub kliknąć Anuluj, aby zachować proponowane.
runs-loading = Wczytywanie przebiegów testów…
# The first choice of the filter by test series.
runs-all-series = Wszystkie serie

## The export's progress and the finished archive (ui/js/exporting.js)

# The steps of an export, as the progress shows them.
exporting-phase-listing-runs = Pobieranie listy przebiegów testów aplikacji
exporting-phase-reading-runs = Odczytywanie przebiegów testów i raportów z testów
exporting-phase-reading-export-records = Odczytywanie rekordów eksportu
exporting-phase-reading-account-data = Odczytywanie rekordów eksportu konta
exporting-phase-downloading = Pobieranie plików
exporting-phase-writing = Zapisywanie archiwum
exporting-phase-done = Gotowe
# A step in an export of several apps. $phase: the step (one of the messages above); $app: the
# app being read.
exporting-phase-in-app = { $phase } ({ $app })
# The progress of a step. $phase: the step; $done: the items done; $total: all items.
exporting-progress = { $phase }: { $done } z { $total }
# The progress while files are downloaded. $phase: the step; $done and $total: files downloaded
# and to download; $downloaded: the size downloaded (e.g. "1.5 MB"); $known: "yes" when the size
# of all files, $size, is known; $copying: "yes" when some of what was downloaded is not yet
# copied into the archive, of which $archived (a size) is.
exporting-progress-downloading = { $phase }: { $done } z { $total }, { $known ->
        [yes] { $downloaded } z { $size }
       *[no] dotychczas { $downloaded }
    }{ $copying ->
        [yes] ; w archiwum: { $archived }
       *[no] {""}
    }
# Under the progress. $duration: e.g. "about 5 minutes" (format-duration-…).
exporting-time-left = Pozostały czas: { $duration }
# When App Center refused for a moment and the app waits before trying again. $seconds: the wait.
exporting-retry-rate-limited = Usługa App Center poprosiła o zmniejszenie liczby zapytań; ponowna próba za { $seconds ->
        [one] { $seconds } sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    }. To normalne i nic nie zostanie utracone.
exporting-retry-server-error = Wystąpił przejściowy problem po stronie App Center; ponowna próba za { $seconds ->
        [one] { $seconds } sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    }. To normalne i nic nie zostanie utracone.
exporting-retry-connection = Połączenie zostało przerwane; ponowna próba za { $seconds ->
        [one] { $seconds } sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    }. To normalne i nic nie zostanie utracone.
# When the app waits to keep within App Center's limit of requests. $seconds: the wait.
exporting-pacing = Przestrzeganie limitu App Center (500 zapytań w ciągu 5 minut): kolejne zapytania zostaną wysłane za { $seconds ->
        [one] { $seconds } sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    }.
# The progress before the first step, and after the officer stopped the export.
exporting-starting = Rozpoczynanie
exporting-stopping = Zatrzymywanie
# What is exported, under the progress's title: each app's part, joined into one list as the
# language joins lists ("8 test runs of FieldMate for Android and 5 of FieldMate for iOS").
# $app: the app's name; $runs: its runs exported. The first app's part begins the line.
exporting-what-first = { $runs ->
        [one] { $runs } przebieg testu z aplikacji { $app }
        [few] { $runs } przebiegi testów z aplikacji { $app }
        [many] { $runs } przebiegów testów z aplikacji { $app }
       *[other] { $runs } przebiegu testu z aplikacji { $app }
    }
exporting-what-every-first = Wszystkie przebiegi testów z aplikacji { $app }
# The other apps' parts, after the first.
exporting-what-next = { $runs } z aplikacji { $app }
exporting-what-every-next = wszystkie przebiegi testów z aplikacji { $app }
# What is exported when an unfinished export is continued. $runs: its runs; $app: the app's name.
exporting-what-continued = { $runs ->
        [one] { $runs } przebieg testu z aplikacji { $app } – kontynuacja
        [few] { $runs } przebiegi testów z aplikacji { $app } – kontynuacja
        [many] { $runs } przebiegów testów z aplikacji { $app } – kontynuacja
       *[other] { $runs } przebiegu testu z aplikacji { $app } – kontynuacja
    }
# The finished archive's summary: each term, then its value.
exporting-summary-continued = Kontynuacja
# $when: when the export was begun, in words (e.g. "27 November 2026, 23:01 UTC").
exporting-summary-continued-from = Eksport rozpoczęty { $when }
exporting-summary-begun-anew = Rozpoczęto od nowa
exporting-summary-runs = Przebiegi testów
# The runs of an export of several apps. $runs: all runs; $each: the apps' runs, joined by
# commas, each of them exporting-runs-in-app.
exporting-summary-runs-each = { $runs } ({ $each })
# $runs: an app's runs; $app: the app's name.
exporting-runs-in-app = { $runs } w aplikacji { $app }
exporting-summary-files = Pliki
# $files: the files in the archive; $missing: how many of them App Center no longer had.
exporting-summary-files-missing = { $files } (nieistniejące już w App Center: { $missing })
exporting-summary-size = Rozmiar
exporting-summary-left-out = Pominięte
# $records: the records of other test runs left out of the archive.
exporting-summary-left-out-records = { $records ->
        [one] { $records } rekord innych przebiegów testów
        [few] { $records } rekordy innych przebiegów testów
        [many] { $records } rekordów innych przebiegów testów
       *[other] { $records } rekordu innych przebiegów testów
    }
exporting-summary-nothing-left-out = Nic
exporting-summary-protection = Ochrona
exporting-summary-password = Hasło (AES-256)
exporting-summary-request = Wniosek
# $reference: the request's reference.
exporting-summary-request-recorded = { $reference } (zapisano w dzienniku)
exporting-summary-journal = Dziennik
# When the journal (the record of requests) could not record the export. $problem: why, two
# sentences of the error table (exporting-problem).
exporting-summary-not-recorded = Nie zapisano. { $problem } Samo archiwum jest kompletne i można je zapisać.
# An error of the error table (app-errors.ftl) in a line: $title says what happened, $next what
# to do next; both are sentences.
exporting-problem = { $title } { $next }
exporting-not-saved = Archiwum nie zostało jeszcze zapisane. Zostanie usunięte po zamknięciu programu ACT Export.
# $path: where the archive was saved.
exporting-saved = Zapisano: { $path }
# $path: where the archive was saved; $problem: why the journal could not record it (exporting-problem).
exporting-saved-unrecorded = Zapisano: { $path }. Nie udało się odnotować tego w dzienniku. { $problem }
# The button that copies the archive's password, and what it says for two seconds after.
exporting-copy = Kopiuj
exporting-copied = Skopiowano
exporting-copy-failed = Nie udało się skopiować
# Said to a screen reader (not shown) while files are downloaded, at each quarter. $phase: the
# step (exporting-phase-downloading); $percent: 25, 50 or 75.
exporting-announce-downloaded = { $phase }: ukończono { $percent }%
# Said to a screen reader (not shown) when the archive is ready. $size: its size (e.g. "1.5 MB").
# "Save as" is the name of the Done screen's button (page-done-save), without its dots.
exporting-announce-ready = Archiwum jest gotowe ({ $size }). Nie zostało jeszcze zapisane: aby je zachować, proszę wybrać Zapisz jako.

## Unfinished exports (ui/js/unfinished.js)

# The title of the list of exports that did not finish. $count: how many.
unfinished-title = { $count ->
        [one] Niedokończony eksport
        [few] Niedokończone eksporty
        [many] Niedokończone eksporty
       *[other] Niedokończone eksporty
    }
# One unfinished export. $app: the app's name; $runs: its test runs; $whose: "yes" when it has a
# $subject (whose data); $requested: "yes" when it answers a request, $reference; $protected:
# "yes" when it is protected with a password; $started: when it was begun, in words (e.g.
# "27 November 2026, 23:01 UTC"); $done: the files done; $planned: all its files.
unfinished-what = { $app }: { $runs ->
        [one] { $runs } przebieg testu
        [few] { $runs } przebiegi testów
        [many] { $runs } przebiegów testów
       *[other] { $runs } przebiegu testu
    }{ $whose ->
        [yes] , { $subject }
       *[no] {""}
    }{ $requested ->
        [yes] {" "}(wniosek { $reference })
       *[no] {""}
    }{ $protected ->
        [yes] , archiwum chronione hasłem
       *[no] {""}
    }; rozpoczęto { $started }; ukończono { $done } z { $planned ->
        [one] { $planned } pliku
        [few] { $planned } plików
        [many] { $planned } plików
       *[other] { $planned } pliku
    }.
# What to do to continue it, after that line. The program that runs it now, in words.
unfinished-running = Jest teraz wykonywany przez: { $program }.
# $service: the address of the App Center service it reads.
unfinished-connect = Aby go kontynuować, proszę połączyć się z usługą { $service }.
unfinished-connect-sample = Aby go kontynuować, proszę połączyć się z danymi przykładowymi.
# On the Requests screen. "Export without a request", "Try with sample data": the names of those
# buttons (keep the same words as the buttons).
unfinished-from-home-sample = Aby go kontynuować, proszę wybrać Eksport bez wniosku, a następnie Wypróbuj na danych przykładowych.
unfinished-from-home = Aby go kontynuować, proszę wybrać Eksport bez wniosku i połączyć się z usługą { $service }.
unfinished-try-sample = Aby go kontynuować, proszę wybrać Wypróbuj na danych przykładowych.
# Buttons on an unfinished export.
unfinished-continue = Kontynuuj
unfinished-discard = Odrzuć

## The small dialogs (ui/js/dialogs.js)

# What a form's dialog says when the app refused: an error of the error table (app-errors.ftl).
# $title says what happened, $next what to do next; both are sentences.
dialog-problem = { $title } { $next }

## Sizes and times (ui/js/format.js)

# A size in bytes (below 1000). $bytes: the number.
format-size-bytes = { $bytes ->
        [one] { $bytes } bajt
        [few] { $bytes } bajty
        [many] { $bytes } bajtów
       *[other] { $bytes } bajta
    }
# Sizes in kilobytes, megabytes, gigabytes and terabytes (1000 of the one before). $size: the
# number, already written as the language writes it ("1.5", "12").
format-size-kilobytes = { $size } kB
format-size-megabytes = { $size } MB
format-size-gigabytes = { $size } GB
format-size-terabytes = { $size } TB
# How long something takes, e.g. in "Time left: …" (exporting-time-left).
# Below 10 seconds.
format-duration-few-seconds = kilka sekund
# Below a minute. $seconds: rounded to 5 (10, 15, … 60).
format-duration-seconds = { $seconds ->
        [one] { $seconds } sekunda
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    }
# Below an hour. $minutes: whole minutes (1 to 59).
format-duration-minutes = { $minutes ->
        [one] około minuty
        [few] około { $minutes } minut
        [many] około { $minutes } minut
       *[other] około { $minutes } minuty
    }
# An hour or more. $hours: hours, with one decimal when not whole (e.g. 1.5).
format-duration-hours = { $hours ->
        [one] około godziny
        [few] około { $hours } godzin
        [many] około { $hours } godzin
       *[other] około { $hours } godziny
    }

# Said on the Connect screen when "Remember this token" was ticked but the computer's
# keychain could not keep it (the connection itself worked).
connect-not-remembered = Połączono, ale magazyn haseł systemu nie mógł zapamiętać tokenu: następnym razem proszę wkleić go ponownie.
