# The cover letter that opens README.html: the answer to the person who asked for their data
# (GDPR Art. 15). Every message of this file exists in every language, with the same
# variables. Numbers ($n, $runs, $files, $records) choose the plural form; $alone is "yes"
# when a reason explains the only link there is.
#
# Polish: the requester (a person or an organisation) is addressed as "Państwo" throughout,
# which fits both and needs no gender. Words used throughout: "przebieg testu" (test run),
# "raport z testu" (test report), "archiwum" (archive), "plik" (file), "link" (link, masculine),
# "rekord" (export record).

## The Regulation's terms, as its readers know them.

-gdpr = ogólne rozporządzenie o ochronie danych
# The Regulation's usual abbreviation (indeclinable), used for "the Regulation".
-regulation = RODO
# The genitive ("art. 15 ogólnego rozporządzenia o ochronie danych").
-gdpr-gen = ogólnego rozporządzenia o ochronie danych

## Lists and dates.

# "A, B and C": the items before the last, joined by ", ", and the last.
list-and = { $rest } i { $last }
# A moment in words: the date (from CLDR) and the time, in UTC.
moment = { $date } r., godz. { $time } UTC
# The decimal separator of sizes ("1.5 MB").
decimal-separator = ,
size-bytes =
    { $n ->
        [one] { $n } bajt
        [few] { $n } bajty
       *[many] { $n } bajtów
    }

# Sizes of a thousand bytes and more: $n is the number, already written ("1,5").
size-kilobytes = { $n } kB
size-megabytes = { $n } MB
size-gigabytes = { $n } GB
size-terabytes = { $n } TB

## The letter.

letter-heading = Państwa wniosek o kopię danych osobowych
letter-reference = Nasz znak: { $reference }.
# $date is a day with its weekday, from CLDR: "czwartek, 26 listopada 2026".
letter-received = Data wpływu wniosku: { $date } r.
letter-made = Data sporządzenia odpowiedzi: { $date }.
# The requester's name as the addressee line, then the salutation (a Polish salutation
# does not take a name, and "Szanowni Państwo" fits a person or an organisation).
letter-dear =
    { $name }
    Szanowni Państwo,
letter-dear-anyone = Szanowni Państwo,
letter-asked = Zwrócili się Państwo do nas z wnioskiem o kopię dotyczących Państwa danych osobowych, które przetwarzamy (art. 15 { -gdpr-gen } – { -regulation }). Administratorem tych danych jest { $controller }. Niniejsze archiwum stanowi odpowiedź na Państwa wniosek: zawiera te dane, a w tym piśmie wyjaśniamy, co przeszukaliśmy, co zostało dołączone, co pominęliśmy i dlaczego, oraz przekazujemy informacje, których udzielenia wymagają od nas przepisy.
# Genitive, after "w zakresie".
letter-searched-whole-app = wszystkich jej przebiegów testów
letter-searched-runs =
    { $runs ->
        [one] { $runs } przebiegu testu dotyczącego Państwa
        [few] { $runs } przebiegów testów dotyczących Państwa
       *[many] { $runs } przebiegów testów dotyczących Państwa
    }
letter-searched-app = { $name } ({ $slug }) w zakresie { $runs }
# Genitive, after "dla".
letter-searched-one = aplikacji { $app }
letter-searched-several = aplikacji { $apps }
letter-searched = Przeszukane zasoby: nasze dane w Visual Studio App Center Test dla { $where } wraz z raportami z testów, plikami przesłanymi na potrzeby tych przebiegów testów lub utworzonymi w ich trakcie oraz rekordami eksportu App Center Test.
letter-files =
    { $files ->
        [one] łącznie { $files } plik ({ $size })
        [few] łącznie { $files } pliki ({ $size })
       *[many] łącznie { $files } plików ({ $size })
    }
letter-files-later = wszystkie należące do nich pliki (ich liczba zostanie ustalona podczas eksportu)
letter-included =
    { $runs ->
        [one] Zawartość archiwum: { $runs } przebieg testu oraz { $files }, w postaci, w jakiej są przechowywane w App Center.
        [few] Zawartość archiwum: { $runs } przebiegi testów oraz { $files }, w postaci, w jakiej są przechowywane w App Center.
       *[many] Zawartość archiwum: { $runs } przebiegów testów oraz { $files }, w postaci, w jakiej są przechowywane w App Center.
    }
letter-left-out-later =
    { $apps ->
        [one] Dane pominięte: w tej samej aplikacji mogą znajdować się również dane testowe innych klientów.
        [few] Dane pominięte: w tych samych aplikacjach mogą znajdować się również dane testowe innych klientów.
       *[many] Dane pominięte: w tych samych aplikacjach mogą znajdować się również dane testowe innych klientów.
    } Nie są to Państwa dane, dlatego nie zostały umieszczone w tym archiwum (liczba pominiętych rekordów zostanie ustalona podczas eksportu). Wymaga tego art. 15 ust. 4 { -regulation }: prawo do uzyskania kopii nie może niekorzystnie wpływać na prawa i wolności innych osób. Pliki, których App Center już nie przechowuje, oraz podane w App Center linki, których nie da się otworzyć, zostaną wymienione w tym miejscu po zakończeniu eksportu.
letter-left-out-nothing = Dane pominięte: brak.
letter-left-out-records =
    { $apps ->
        [one] Dane pominięte: w tej samej aplikacji znajdują się również dane testowe innych klientów.
        [few] Dane pominięte: w tych samych aplikacjach znajdują się również dane testowe innych klientów.
       *[many] Dane pominięte: w tych samych aplikacjach znajdują się również dane testowe innych klientów.
    } Nie są to Państwa dane, dlatego nie zostały umieszczone w tym archiwum ({ $records ->
        [one] pominięto { $records } rekord dotyczący innych przebiegów testów – został on jedynie policzony
        [few] pominięto { $records } rekordy dotyczące innych przebiegów testów – zostały one jedynie policzone
       *[many] pominięto { $records } rekordów dotyczących innych przebiegów testów – zostały one jedynie policzone
    }). Wymaga tego art. 15 ust. 4 { -regulation }: prawo do uzyskania kopii nie może niekorzystnie wpływać na prawa i wolności innych osób.
letter-left-out-no-records = Dane pominięte: nie pominięto żadnych rekordów, jednak nie wszystko, co wskazano w App Center, udało się dołączyć do archiwum.
letter-missing-files =
    { $n ->
        [one] W wykazie App Center dotyczącym tych przebiegów testów znajdował się { $n } plik, który nie był już jednak dostępny, gdy o niego poprosiliśmy, dlatego nie ma go w tym archiwum. Jest on wymieniony w dalszej części tej strony.
        [few] W wykazie App Center dotyczącym tych przebiegów testów znajdowały się { $n } pliki, które nie były już jednak dostępne, gdy o nie poprosiliśmy, dlatego nie ma ich w tym archiwum. Są one wymienione w dalszej części tej strony.
       *[many] W wykazie App Center dotyczącym tych przebiegów testów znajdowało się { $n } plików, które nie były już jednak dostępne, gdy o nie poprosiliśmy, dlatego nie ma ich w tym archiwum. Są one wymienione w dalszej części tej strony.
    }
letter-links-not-fetched =
    { $n ->
        [one] W rekordach i raportach znajdował się { $n } link do pliku, którego nie udało się pobrać, ponieważ { $reasons }. Link ten jest wymieniony w dalszej części tej strony.
        [few] W rekordach i raportach znajdowały się { $n } linki do plików, których nie udało się pobrać, ponieważ { $reasons }. Linki te są wymienione w dalszej części tej strony.
       *[many] W rekordach i raportach znajdowało się { $n } linków do plików, których nie udało się pobrać, ponieważ { $reasons }. Linki te są wymienione w dalszej części tej strony.
    }
letter-links-not-followed =
    { $n ->
        [one] Udostępniony przez App Center wykaz miejsc przechowywania rekordów eksportu zawierał { $n } link, którego nie otworzyliśmy, ponieważ { $reasons }. Zasoby, do których prowadzi, nie znajdują się w tym archiwum. Link ten jest wymieniony w dalszej części tej strony.
        [few] Udostępniony przez App Center wykaz miejsc przechowywania rekordów eksportu zawierał { $n } linki, których nie otworzyliśmy, ponieważ { $reasons }. Zasoby, do których prowadzą, nie znajdują się w tym archiwum. Linki te są wymienione w dalszej części tej strony.
       *[many] Udostępniony przez App Center wykaz miejsc przechowywania rekordów eksportu zawierał { $n } linków, których nie otworzyliśmy, ponieważ { $reasons }. Zasoby, do których prowadzą, nie znajdują się w tym archiwum. Linki te są wymienione w dalszej części tej strony.
    }

## Why links were not taken, each after a count of links ("2 had no address"), or alone
## for the only link ("it had no address"). "Link" is masculine: 1 nie miał, 2 nie miały,
## 5 nie miało.

link-not-valid =
    { $alone ->
        [yes] nie zawierał prawidłowego adresu
       *[no] { $n ->
            [one] { $n } nie zawierał prawidłowego adresu
            [few] { $n } nie zawierały prawidłowego adresu
           *[many] { $n } nie zawierało prawidłowego adresu
        }
    }
link-not-web =
    { $alone ->
        [yes] wskazywał na coś innego niż adres internetowy
       *[no] { $n ->
            [one] { $n } wskazywał na coś innego niż adres internetowy
            [few] { $n } wskazywały na coś innego niż adres internetowy
           *[many] { $n } wskazywało na coś innego niż adres internetowy
        }
    }
link-no-address =
    { $alone ->
        [yes] nie zawierał żadnego adresu
       *[no] { $n ->
            [one] { $n } nie zawierał żadnego adresu
            [few] { $n } nie zawierały żadnego adresu
           *[many] { $n } nie zawierało żadnego adresu
        }
    }
link-other-host =
    { $alone ->
        [yes] prowadził poza App Center, dokąd nigdy nie wolno przesyłać naszych danych dostępowych do App Center
       *[no] { $n ->
            [one] { $n } prowadził poza App Center, dokąd nigdy nie wolno przesyłać naszych danych dostępowych do App Center
            [few] { $n } prowadziły poza App Center, dokąd nigdy nie wolno przesyłać naszych danych dostępowych do App Center
           *[many] { $n } prowadziło poza App Center, dokąd nigdy nie wolno przesyłać naszych danych dostępowych do App Center
        }
    }
link-not-this-apps =
    { $alone ->
        [yes] nie prowadził do rekordów eksportu danej aplikacji
       *[no] { $n ->
            [one] { $n } nie prowadził do rekordów eksportu danej aplikacji
            [few] { $n } nie prowadziły do rekordów eksportu danej aplikacji
           *[many] { $n } nie prowadziło do rekordów eksportu danej aplikacji
        }
    }
link-no-web-page =
    { $alone ->
        [yes] nie prowadził do żadnej strony internetowej
       *[no] { $n ->
            [one] { $n } nie prowadził do żadnej strony internetowej
            [few] { $n } nie prowadziły do żadnej strony internetowej
           *[many] { $n } nie prowadziło do żadnej strony internetowej
        }
    }

## About this data (Art. 15(1)(a) to (h) and 15(2)).

letter-about = Informacje o przetwarzaniu danych
letter-purposes = Cele przetwarzania
letter-categories = Kategorie danych osobowych
letter-recipients = Odbiorcy danych
letter-retention = Okres przechowywania danych
letter-source = Źródło danych
letter-automated = Zautomatyzowane podejmowanie decyzji
letter-transfers = Przekazywanie danych poza Europejski Obszar Gospodarczy (EOG)
letter-rights-heading = Przysługujące Państwu prawa
letter-rights = Mają Państwo prawo żądać od nas sprostowania nieprawidłowych danych, ich usunięcia lub ograniczenia ich przetwarzania, a także prawo do wniesienia sprzeciwu wobec ich przetwarzania. Przysługuje Państwu również prawo wniesienia skargi do organu nadzorczego: { $authority }.
letter-questions = W razie pytań dotyczących tej odpowiedzi prosimy o kontakt: { $contact }.
letter-dpo = Nasz inspektor ochrony danych: { $dpo }.
letter-checksums = Dla każdego pliku w tym archiwum obliczono sumę kontrolną (wykaz sum kontrolnych znajduje się na końcu tej strony), dzięki czemu każdy może sprawdzić, że po utworzeniu pliku nic w nim nie zmieniono.
letter-closing = Z poważaniem
letter-signed = { $signature }, { $controller }

## The texts the app suggests for the organisation's details (the officer may write their
## own; a suggested text is given in the language of each answer).

# Nominative: "Administratorem tych danych jest { $controller }." and the signature line.
profile-controller = nasza organizacja
# Nominative, after "prosimy o kontakt:".
profile-contact = osoba, która przesłała Państwu to archiwum
profile-purposes = Testowanie aplikacji mobilnych na rzeczywistych urządzeniach na Państwa zlecenie: przeprowadzanie testów zleconych przez Państwa lub Państwa organizację, przechowywanie ich wyników i raportów oraz ustalanie przyczyn niepowodzeń.
profile-categories = Przebiegi testów i ich wyniki, raporty z testów wraz z dziennikami urządzeń i zrzutami ekranu, przesłane na potrzeby testów kompilacje aplikacji, pliki symboli i pliki testowe, a także związane z nimi nazwy i daty.
profile-recipients = Firma Microsoft, która świadczyła dla nas usługę App Center Test jako nasz podmiot przetwarzający. Nikt inny nie otrzymał od nas tych danych.
profile-retention = Przez okres obowiązywania umowy o świadczenie usług testowania, a następnie do upływu określonego w niej okresu przechowywania; po tym czasie dane są usuwane.
profile-source = Od Państwa lub Państwa organizacji – przy konfigurowaniu i przeprowadzaniu testów; raporty zostały wygenerowane przez usługę testową.
profile-automated-decisions = Nie dotyczy: na podstawie tych danych nie są podejmowane w sposób zautomatyzowany żadne decyzje, które Państwa dotyczą.
profile-transfers = Usługa App Center przechowywała dane w Stanach Zjednoczonych (państwie trzecim) na podstawie standardowych klauzul ochrony danych przyjętych przez Komisję Europejską.
# Nominative, after "skargi do organu nadzorczego:".
profile-authority = organ ochrony danych osobowych w państwie, w którym Państwo mieszkają lub pracują (w Polsce – Prezes Urzędu Ochrony Danych Osobowych)
profile-signature = Zespół ds. ochrony danych osobowych
