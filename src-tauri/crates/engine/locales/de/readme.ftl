# README.html: the archive explained to the person who asked for their data (after the cover
# letter) and to the officer who sends it. Values in { } are names, addresses, file names and
# counts; some are shown in bold or as code on the page, which the message need not say.

# This file's name in the archive, in the language of the answer: capital letters (ASCII
# only, no accents), digits and hyphens, no spaces, ending in .html (tests/engine/toplevel.rs
# checks it).
file-readme = LIESMICH.html

readme-title = Datenexport aus App Center Test: { $apps }
readme-heading = Ihre Daten in App Center Test
# $apps: the apps, each "Name (owner/app)", listed; $count: how many.
# "zur App X" / "zu den Apps X und Y", as in the letter.
readme-holds-subject =
    { $count ->
        [one] Dieses Archiv enthält die Testdaten von { $subject } zur App { $apps } aus Visual Studio App Center Test.
       *[other] Dieses Archiv enthält die Testdaten von { $subject } zu den Apps { $apps } aus Visual Studio App Center Test.
    }
readme-holds-selected =
    { $count ->
        [one] Dieses Archiv enthält die Testdaten der ausgewählten Testläufe zur App { $apps } aus Visual Studio App Center Test.
       *[other] Dieses Archiv enthält die Testdaten der ausgewählten Testläufe zu den Apps { $apps } aus Visual Studio App Center Test.
    }
readme-app = { $name } ({ $slug })
readme-made = Es wurde am { $date } mit ACT Export { $version } erstellt.
# $what is in bold: readme-every-run or readme-only-listed (accusative, after "umfasst").
readme-covers-whole = Es umfasst { $what }.
readme-every-run =
    { $count ->
        [one] alle Testläufe der App
       *[other] alle Testläufe dieser Apps
    }
readme-covers-listed =
    { $count ->
        [one] Es umfasst { $what }. Daten anderer Testläufe derselben App sind nicht enthalten.
       *[other] Es umfasst für jede App { $what }. Daten anderer Testläufe derselben Apps sind nicht enthalten.
    }
readme-only-listed = nur die unten aufgeführten Testläufe
readme-contains =
    { $files ->
        [one] Es enthält { $files } Datei ({ $size }).
       *[other] Es enthält { $files } Dateien ({ $size }).
    }
readme-runs-heading = Testläufe ({ $runs })
readme-app-runs =
    { $runs ->
        [one] { $app }: { $runs } Testlauf
       *[other] { $app }: { $runs } Testläufe
    }
readme-no-runs = Die App hat keine Testläufe.
readme-column-date = Datum
readme-column-series = Testserie
readme-column-version = App-Version
readme-column-platform = Plattform
readme-column-result = Ergebnis
readme-column-run = Testlauf-ID

## What is in this archive. $file, $folder, $data and $files are names of files and folders.

readme-contents-heading = Was dieses Archiv enthält
readme-contents-readme = { $file }: diese Seite.
readme-contents-manifest = { $file }: eine maschinenlesbare Liste aller Dateien mit ihrer Größe und SHA-256-Prüfsumme, eine Aufstellung, was wann bei App Center abgefragt wurde, und ein Nachweis über jeden Datensatz und jeden Link auf eine Datei, den App Center geliefert hat: aufgenommen (und warum) oder nicht aufgenommen (und warum).
readme-contents-app = { $folder }: die Daten der App { $app }, aufgeteilt auf { $data } und { $files } wie unten beschrieben.
readme-contents-data = { $data }: die Datensätze, die App Center über die Testläufe speichert, genau so, wie App Center sie gesendet hat, im JSON-Format: die Testläufe ({ $runs }), ihre vollständigen Testberichte ({ $reports }) und die Exportdatensätze von App Center Test ({ $export }).
readme-contents-data-each = In jedem App-Ordner { $data }: die Datensätze, die App Center über die Testläufe speichert, genau so, wie App Center sie gesendet hat, im JSON-Format: die Testläufe ({ $runs }), ihre vollständigen Testberichte ({ $reports }) und die Exportdatensätze von App Center Test ({ $export }).
readme-contents-files = { $files }: die für diese Testläufe hochgeladenen und dabei erzeugten Dateien: App-Binärdateien, Symboldateien, App-Icons, Testdateien sowie Artefakte der Testberichte wie Screenshots und Geräteprotokolle.
readme-contents-files-each = In jedem App-Ordner { $files }: die für diese Testläufe hochgeladenen und dabei erzeugten Dateien: App-Binärdateien, Symboldateien, App-Icons, Testdateien sowie Artefakte der Testberichte wie Screenshots und Geräteprotokolle.

## What was left out, and why.

readme-left-out-heading = Was nicht aufgenommen wurde und warum
readme-left-out-in = In der App { $app }
readme-nothing-left-out = Nichts. Alle Datensätze, die App Center für diese App geliefert hat, und alle darin genannten Dateien sind in diesem Archiv enthalten.
readme-others-records = App Center speichert die Datensätze aller Testläufe einer App gemeinsam, auch die anderer Personen und Organisationen. In diesem Archiv sind nur die Datensätze enthalten, die zu den oben aufgeführten Testläufen gehören; die übrigen wurden nicht aufgenommen, um die Rechte dieser anderen Personen und Organisationen zu schützen (Artikel 15 Absatz 4 { -regulation }). Sie wurden nur gezählt, nie kopiert:
# $endpoint: the export endpoint's name; $reasons: why, each counted (record-*), listed.
# "3 von 16 Datensätzen" (dative plural after "von"), chosen by $received.
readme-excluded =
    { $received ->
        [one] { $endpoint }: { $excluded } von { $received } Datensatz nicht aufgenommen: { $reasons }.
       *[other] { $endpoint }: { $excluded } von { $received } Datensätzen nicht aufgenommen: { $reasons }.
    }
readme-missing-heading = Dateien, die bei App Center nicht mehr vorhanden waren ({ $n })
readme-missing-note = App Center hat diese Dateien aufgeführt, aber geantwortet, dass sie nicht mehr existieren. Sie konnten nicht aufgenommen werden.
readme-missing-file = { $address } (genannt in { $file })
readme-skipped-heading = Links, die nicht abgerufen werden konnten ({ $n })
readme-skipped-file = { $address } (genannt in { $file }): { $reason }
readme-not-followed-heading = Links in der Liste der Exportdatensätze von App Center, denen nicht gefolgt wurde ({ $n })
readme-not-followed = { $link }: { $reason }

## Why records were left out, after their count ("16 records belong to test runs that were
## not chosen").

record-other-run =
    { $n ->
        [one] { $n } Datensatz gehört zu einem Testlauf, der nicht ausgewählt wurde
       *[other] { $n } Datensätze gehören zu Testläufen, die nicht ausgewählt wurden
    }
record-no-usable-link =
    { $n ->
        [one] { $n } Datensatz hat keinen verwertbaren Link zu einem Testlauf
       *[other] { $n } Datensätze haben keinen verwertbaren Link zu einem Testlauf
    }
record-not-used =
    { $n ->
        [one] { $n } Datensatz ist eine hochgeladene Datei, die kein ausgewählter Testlauf verwendet
       *[other] { $n } Datensätze sind hochgeladene Dateien, die kein ausgewählter Testlauf verwendet
    }
record-app-wide =
    { $n ->
        [one] { $n } Datensatz betrifft die ganze App, nicht einen einzelnen Testlauf
       *[other] { $n } Datensätze betreffen die ganze App, nicht einen einzelnen Testlauf
    }
record-undocumented =
    { $n ->
        [one] { $n } Datensatz gehört zu einem Typ, den die API nicht dokumentiert
       *[other] { $n } Datensätze gehören zu Typen, die die API nicht dokumentiert
    }

## Why a link was not taken, on its own line.

reason-not-web = keine Webadresse (http oder https)
reason-not-valid = keine gültige Adresse
reason-no-address = der Link hat keine Adresse
reason-other-host = der Link verweist auf einen anderen Server, an den das API-Token nicht gesendet werden darf
reason-not-this-apps = kein Exportdatensatz dieser App

## How to check that nothing was changed. $file is the word that stands for a file's name in
## the commands.

readme-check-heading = So prüfen Sie, dass nichts verändert wurde
readme-check = Für jede unten aufgeführte Datei ist eine SHA-256-Prüfsumme angegeben, die auch in { $manifest } steht. Berechnen Sie die Prüfsumme einer Datei und vergleichen Sie sie mit dem angegebenen Wert:
readme-check-file = DATEI
readme-column-file = Datei
readme-column-size = Größe
readme-column-sha256 = SHA-256
