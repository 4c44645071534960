# README.html: the archive explained to the person who asked for their data (after the cover
# letter) and to the officer who sends it. Values in { } are names, addresses, file names and
# counts; some are shown in bold or as code on the page, which the message need not say.

# This file's name in the archive, in the language of the answer: capital letters (ASCII
# only, no accents), digits and hyphens, no spaces, ending in .html (tests/engine/toplevel.rs
# checks it).
file-readme = LEESMIJ.html

readme-title = Export van gegevens uit App Center Test: { $apps }
readme-heading = Uw gegevens in App Center Test
# $apps: the apps, each "Name (owner/app)", listed; $count: how many.
readme-holds-subject =
    { $count ->
        [one] Dit archief bevat de testgegevens van { $subject } in de app { $apps }, afkomstig uit Visual Studio App Center Test.
       *[other] Dit archief bevat de testgegevens van { $subject } in de apps { $apps }, afkomstig uit Visual Studio App Center Test.
    }
readme-holds-selected =
    { $count ->
        [one] Dit archief bevat de testgegevens van de geselecteerde testruns in de app { $apps }, afkomstig uit Visual Studio App Center Test.
       *[other] Dit archief bevat de testgegevens van de geselecteerde testruns in de apps { $apps }, afkomstig uit Visual Studio App Center Test.
    }
readme-app = { $name } ({ $slug })
readme-made = Het archief is op { $date } aangemaakt met ACT Export { $version }.
# $what is in bold: readme-every-run or readme-only-listed.
readme-covers-whole = Het omvat { $what }.
readme-every-run =
    { $count ->
        [one] alle testruns van de app
       *[other] alle testruns van deze apps
    }
readme-covers-listed =
    { $count ->
        [one] Het omvat { $what }. Gegevens van andere testruns van dezelfde app zijn niet opgenomen.
       *[other] Het omvat per app { $what }. Gegevens van andere testruns van dezelfde apps zijn niet opgenomen.
    }
readme-only-listed = alleen de hieronder vermelde testruns
readme-contains =
    { $files ->
        [one] Het bevat { $files } bestand ({ $size }).
       *[other] Het bevat { $files } bestanden ({ $size }).
    }
readme-runs-heading = Testruns ({ $runs })
readme-app-runs =
    { $runs ->
        [one] { $app }: { $runs } testrun
       *[other] { $app }: { $runs } testruns
    }
readme-no-runs = De app heeft geen testruns.
readme-column-date = Datum
readme-column-series = Testreeks
readme-column-version = Versie van de app
readme-column-platform = Besturingssysteem
readme-column-result = Resultaat
readme-column-run = Testrun-ID

## What is in this archive. $file, $folder, $data and $files are names of files and folders.

readme-contents-heading = Wat er in dit archief staat
readme-contents-readme = { $file }: deze pagina.
readme-contents-manifest = { $file }: een machineleesbare lijst van alle bestanden met hun grootte en SHA-256-controlegetal (checksum), wat er wanneer aan App Center is gevraagd, en een verantwoording van elk record en elke link naar een bestand die App Center heeft teruggegeven: opgenomen (en waarom) of weggelaten (en waarom).
readme-contents-app = { $folder }: de gegevens van { $app }, in { $data } en { $files }, zoals hieronder beschreven.
readme-contents-data = { $data }: de records die App Center over de testruns bewaart, precies zoals App Center ze heeft verstuurd, in JSON-formaat: de testruns ({ $runs }), hun volledige testrapporten ({ $reports }) en de exportrecords van App Center Test ({ $export }).
readme-contents-data-each = In de map van elke app staat { $data }: de records die App Center over de testruns bewaart, precies zoals App Center ze heeft verstuurd, in JSON-formaat: de testruns ({ $runs }), hun volledige testrapporten ({ $reports }) en de exportrecords van App Center Test ({ $export }).
readme-contents-files = { $files }: de bestanden die voor deze testruns zijn geüpload of daarbij zijn aangemaakt: de builds van de app, symboolbestanden, pictogrammen van de app, testbestanden en bestanden bij de testrapporten, zoals schermafbeeldingen en apparaatlogboeken.
readme-contents-files-each = In de map van elke app staat { $files }: de bestanden die voor deze testruns zijn geüpload of daarbij zijn aangemaakt: de builds van de app, symboolbestanden, pictogrammen van de app, testbestanden en bestanden bij de testrapporten, zoals schermafbeeldingen en apparaatlogboeken.

## What was left out, and why.

readme-left-out-heading = Wat is weggelaten, en waarom
readme-left-out-in = In de app { $app }
readme-nothing-left-out = Niets. Elk record dat App Center voor deze app heeft teruggegeven, en elk bestand dat daarin wordt genoemd, staat in dit archief.
readme-others-records = App Center bewaart de records van alle testruns van de app bij elkaar, ook die van andere personen en organisaties. Alleen de records die bij de hierboven vermelde testruns horen, staan in dit archief. De andere records zijn weggelaten om de rechten van die anderen te beschermen (artikel 15, lid 4, van { -regulation }). Ze zijn geteld, maar nooit gekopieerd:
# $endpoint: the export endpoint's name; $reasons: why, each counted (record-*), listed.
readme-excluded =
    { $received ->
        [one] { $endpoint }: { $excluded } van { $received } record weggelaten: { $reasons }.
       *[other] { $endpoint }: { $excluded } van de { $received } records weggelaten: { $reasons }.
    }
readme-missing-heading = Bestanden die App Center niet meer had ({ $n })
readme-missing-note = App Center vermeldde deze bestanden, maar antwoordde dat ze niet meer bestaan. Ze konden daarom niet worden opgenomen.
readme-missing-file = { $address } (genoemd in { $file })
readme-skipped-heading = Links die niet konden worden opgehaald ({ $n })
readme-skipped-file = { $address } (genoemd in { $file }): { $reason }
readme-not-followed-heading = Niet gevolgde links in de lijst van App Center met exportrecords ({ $n })
readme-not-followed = { $link }: { $reason }

## Why records were left out, after their count ("16 records belong to test runs that were
## not chosen").

record-other-run =
    { $n ->
        [one] { $n } record hoort bij een testrun die niet is geselecteerd
       *[other] { $n } records horen bij testruns die niet zijn geselecteerd
    }
record-no-usable-link =
    { $n ->
        [one] { $n } record heeft geen bruikbare link naar een testrun
       *[other] { $n } records hebben geen bruikbare link naar een testrun
    }
record-not-used =
    { $n ->
        [one] { $n } record is een geüpload bestand dat door geen enkele geselecteerde testrun wordt gebruikt
       *[other] { $n } records zijn geüploade bestanden die door geen enkele geselecteerde testrun worden gebruikt
    }
record-app-wide =
    { $n ->
        [one] { $n } record gaat over de hele app, niet over één testrun
       *[other] { $n } records gaan over de hele app, niet over één testrun
    }
record-undocumented =
    { $n ->
        [one] { $n } record is van een soort die niet in de documentatie van de API wordt beschreven
       *[other] { $n } records zijn van een soort die niet in de documentatie van de API wordt beschreven
    }

## Why a link was not taken, on its own line.

reason-not-web = geen webadres (http of https)
reason-not-valid = geen geldig adres
reason-no-address = de link heeft geen adres
reason-other-host = de link verwijst naar een andere server, die onze toegangscode voor de API (API-token) niet mag ontvangen
reason-not-this-apps = de link leidt niet naar een van de exportrecords van deze app

## How to check that nothing was changed. $file is the word that stands for a file's name in
## the commands.

readme-check-heading = Zo controleert u dat er niets is gewijzigd
readme-check = Van elk bestand hieronder is een SHA-256-controlegetal vermeld, dat ook in { $manifest } staat. Bereken het controlegetal van een bestand en vergelijk de twee:
readme-check-file = BESTAND
readme-column-file = Bestand
readme-column-size = Grootte
readme-column-sha256 = SHA-256
