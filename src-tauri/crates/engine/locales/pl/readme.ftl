# README.html: the archive explained to the person who asked for their data (after the cover
# letter) and to the officer who sends it. Values in { } are names, addresses, file names and
# counts; some are shown in bold or as code on the page, which the message need not say.
#
# Polish: the words of letter.ftl ("przebieg testu", "raport z testu", "archiwum", "plik",
# "link", "rekord eksportu"), the requester addressed as "Państwo", the organisation as "we".
# App Center is never made the subject of a verb in the past tense (its gender is unsettled).

# This file's name in the archive, in the language of the answer: capital letters (ASCII
# only, no accents), digits and hyphens, no spaces, ending in .html (tests/engine/toplevel.rs
# checks it).
file-readme = CZYTAJ.html

readme-title = Eksport danych App Center Test: { $apps }
readme-heading = Państwa dane w App Center Test
# $apps: the apps, each "Name (owner/app)", listed; $count: how many. $subject (a person or an
# organisation) stays in the nominative, after a colon.
readme-holds-subject =
    { $count ->
        [one] Niniejsze archiwum zawiera dane testowe z aplikacji { $apps } w usłudze Visual Studio App Center Test, które dotyczą: { $subject }.
        [few] Niniejsze archiwum zawiera dane testowe z aplikacji { $apps } w usłudze Visual Studio App Center Test, które dotyczą: { $subject }.
       *[many] Niniejsze archiwum zawiera dane testowe z aplikacji { $apps } w usłudze Visual Studio App Center Test, które dotyczą: { $subject }.
    }
readme-holds-selected =
    { $count ->
        [one] Niniejsze archiwum zawiera dane z wybranych przebiegów testów w aplikacji { $apps } w usłudze Visual Studio App Center Test.
        [few] Niniejsze archiwum zawiera dane z wybranych przebiegów testów w aplikacjach { $apps } w usłudze Visual Studio App Center Test.
       *[many] Niniejsze archiwum zawiera dane z wybranych przebiegów testów w aplikacjach { $apps } w usłudze Visual Studio App Center Test.
    }
readme-app = { $name } ({ $slug })
# "je": the archive. $date is the moment in words ("1 grudnia 2026 r., godz. 09:05 UTC").
readme-made = Utworzono je { $date } za pomocą programu ACT Export { $version }.
# $what is in bold: readme-every-run or readme-only-listed (accusative).
readme-covers-whole = Archiwum obejmuje { $what }.
readme-every-run =
    { $count ->
        [one] wszystkie przebiegi testów tej aplikacji
        [few] wszystkie przebiegi testów tych aplikacji
       *[many] wszystkie przebiegi testów tych aplikacji
    }
readme-covers-listed =
    { $count ->
        [one] Archiwum obejmuje { $what }. Dane z innych przebiegów testów tej samej aplikacji nie zostały w nim umieszczone.
        [few] Archiwum obejmuje { $what }, w podziale na aplikacje. Dane z innych przebiegów testów tych samych aplikacji nie zostały w nim umieszczone.
       *[many] Archiwum obejmuje { $what }, w podziale na aplikacje. Dane z innych przebiegów testów tych samych aplikacji nie zostały w nim umieszczone.
    }
readme-only-listed = wyłącznie przebiegi testów wymienione poniżej
# "ono": the archive (follows readme-covers-*).
readme-contains =
    { $files ->
        [one] Łącznie zawiera ono { $files } plik ({ $size }).
        [few] Łącznie zawiera ono { $files } pliki ({ $size }).
       *[many] Łącznie zawiera ono { $files } plików ({ $size }).
    }
readme-runs-heading = Przebiegi testów ({ $runs })
readme-app-runs =
    { $runs ->
        [one] { $app }: { $runs } przebieg testu
        [few] { $app }: { $runs } przebiegi testów
       *[many] { $app }: { $runs } przebiegów testów
    }
readme-no-runs = Ta aplikacja nie ma żadnych przebiegów testów.
readme-column-date = Data
readme-column-series = Seria testów
readme-column-version = Wersja aplikacji
readme-column-platform = Platforma
readme-column-result = Wynik
readme-column-run = Identyfikator przebiegu

## What is in this archive. $file, $folder, $data and $files are names of files and folders.

readme-contents-heading = Zawartość archiwum
readme-contents-readme = { $file }: ta strona.
readme-contents-manifest = { $file }: plik w formacie przeznaczonym do odczytu maszynowego, zawierający wykaz wszystkich plików wraz z ich rozmiarem i sumą kontrolną SHA-256, informacje o tym, jakie zapytania i kiedy skierowaliśmy do App Center, a także zestawienie wszystkich rekordów i linków do plików zwróconych przez App Center ze wskazaniem, czy zostały dołączone do archiwum (i dlaczego), czy pominięte (i dlaczego).
readme-contents-app = { $folder }: dane aplikacji { $app } w folderach { $data } i { $files }, opisanych poniżej.
readme-contents-data = { $data }: przechowywane w App Center rekordy dotyczące przebiegów testów, w formacie JSON, dokładnie w takiej postaci, w jakiej zostały nam przekazane: przebiegi testów ({ $runs }), pełne raporty z testów ({ $reports }) oraz rekordy eksportu App Center Test ({ $export }).
readme-contents-data-each = { $data } w folderze każdej aplikacji: przechowywane w App Center rekordy dotyczące przebiegów testów, w formacie JSON, dokładnie w takiej postaci, w jakiej zostały nam przekazane: przebiegi testów ({ $runs }), pełne raporty z testów ({ $reports }) oraz rekordy eksportu App Center Test ({ $export }).
readme-contents-files = { $files }: pliki przesłane na potrzeby tych przebiegów testów lub utworzone w ich trakcie: kompilacje aplikacji, pliki symboli, ikony aplikacji, pliki testowe oraz elementy raportów, takie jak zrzuty ekranu i dzienniki urządzeń.
readme-contents-files-each = { $files } w folderze każdej aplikacji: pliki przesłane na potrzeby tych przebiegów testów lub utworzone w ich trakcie: kompilacje aplikacji, pliki symboli, ikony aplikacji, pliki testowe oraz elementy raportów, takie jak zrzuty ekranu i dzienniki urządzeń.

## What was left out, and why.

readme-left-out-heading = Co pominięto i dlaczego
readme-left-out-in = W aplikacji { $app }
readme-nothing-left-out = Niczego nie pominięto. Wszystkie rekordy zwrócone przez App Center dla tej aplikacji i wszystkie wskazane w nich pliki znajdują się w tym archiwum.
readme-others-records = App Center przechowuje rekordy wszystkich przebiegów testów danej aplikacji razem, w tym rekordy innych osób i organizacji. W tym archiwum znajdują się wyłącznie rekordy należące do wymienionych powyżej przebiegów testów; pozostałe pominęliśmy, aby chronić prawa tych osób i organizacji (art. 15 ust. 4 { -regulation }). Policzyliśmy je, ale nigdy ich nie kopiowaliśmy:
# $endpoint: the export endpoint's name; $reasons: why, each counted (record-*), listed.
# "pominięto" (impersonal) agrees with any $excluded; "z" takes the genitive of $received.
readme-excluded =
    { $received ->
        [one] { $endpoint }: pominięto { $excluded } z { $received } rekordu: { $reasons }.
        [few] { $endpoint }: pominięto { $excluded } z { $received } rekordów: { $reasons }.
       *[many] { $endpoint }: pominięto { $excluded } z { $received } rekordów: { $reasons }.
    }
readme-missing-heading = Pliki, których nie było już w App Center ({ $n })
readme-missing-note = Pliki te były wymienione w App Center, jednak w odpowiedzi na nasze zapytanie otrzymaliśmy informację, że już nie istnieją. Nie można było ich dołączyć do archiwum.
readme-missing-file = { $address } (wymieniony w { $file })
readme-skipped-heading = Linki do plików, których nie udało się pobrać ({ $n })
readme-skipped-file = { $address } (w { $file }): { $reason }
readme-not-followed-heading = Linki z wykazu rekordów eksportu App Center, których nie otworzyliśmy ({ $n })
readme-not-followed = { $link }: { $reason }

## Why records were left out, after their count ("16 rekordów należy do przebiegów testów,
## których nie wybrano"). The verb agrees with the count: 1 należy, 2 należą, 5 należy.

record-other-run =
    { $n ->
        [one] { $n } rekord należy do przebiegu testu, którego nie wybrano
        [few] { $n } rekordy należą do przebiegów testów, których nie wybrano
       *[many] { $n } rekordów należy do przebiegów testów, których nie wybrano
    }
record-no-usable-link =
    { $n ->
        [one] { $n } rekord nie zawiera możliwego do wykorzystania odniesienia do przebiegu testu
        [few] { $n } rekordy nie zawierają możliwego do wykorzystania odniesienia do przebiegu testu
       *[many] { $n } rekordów nie zawiera możliwego do wykorzystania odniesienia do przebiegu testu
    }
record-not-used =
    { $n ->
        [one] { $n } rekord dotyczy przesłanego pliku, którego nie używa żaden z wybranych przebiegów testów
        [few] { $n } rekordy dotyczą przesłanych plików, których nie używa żaden z wybranych przebiegów testów
       *[many] { $n } rekordów dotyczy przesłanych plików, których nie używa żaden z wybranych przebiegów testów
    }
record-app-wide =
    { $n ->
        [one] { $n } rekord dotyczy całej aplikacji, a nie pojedynczego przebiegu testu
        [few] { $n } rekordy dotyczą całej aplikacji, a nie pojedynczego przebiegu testu
       *[many] { $n } rekordów dotyczy całej aplikacji, a nie pojedynczego przebiegu testu
    }
record-undocumented =
    { $n ->
        [one] { $n } rekord jest typu, którego nie opisuje dokumentacja API
        [few] { $n } rekordy są typu, którego nie opisuje dokumentacja API
       *[many] { $n } rekordów jest typu, którego nie opisuje dokumentacja API
    }

## Why a link was not taken, on its own line.

reason-not-web = nie jest to adres internetowy (http ani https)
reason-not-valid = nie jest to prawidłowy adres
reason-no-address = link nie zawiera adresu
reason-other-host = prowadzi do innego hosta, który nie może otrzymać tokenu API
reason-not-this-apps = nie jest to żaden z rekordów eksportu tej aplikacji

## How to check that nothing was changed. $file is the word that stands for a file's name in
## the commands.

readme-check-heading = Jak sprawdzić, czy niczego nie zmieniono
readme-check = Dla każdego z poniższych plików podano sumę kontrolną SHA-256, która znajduje się również w pliku { $manifest }. Wystarczy obliczyć sumę kontrolną pliku i porównać ją z podaną:
readme-check-file = PLIK
readme-column-file = Plik
readme-column-size = Rozmiar
readme-column-sha256 = SHA-256
