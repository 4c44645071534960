# README.html: the archive explained to the person who asked for their data (after the cover
# letter) and to the officer who sends it. Values in { } are names, addresses, file names and
# counts; some are shown in bold or as code on the page, which the message need not say.

# This file's name in the archive, in the language of the answer: capital letters (ASCII
# only, no accents), digits and hyphens, no spaces, ending in .html (tests/engine/toplevel.rs
# checks it).
file-readme = LEGGIMI.html

readme-title = Esportazione dei dati di App Center Test: { $apps }
readme-heading = I Suoi dati di App Center Test
# $apps: the apps, each "Name (owner/app)", listed; $count: how many.
readme-holds-subject =
    { $count ->
        [one] Questo archivio contiene i dati di test di { $subject } presenti nell'app { $apps } in Visual Studio App Center Test.
       *[other] Questo archivio contiene i dati di test di { $subject } presenti nelle app { $apps } in Visual Studio App Center Test.
    }
readme-holds-selected =
    { $count ->
        [one] Questo archivio contiene i dati delle esecuzioni di test selezionate nell'app { $apps } in Visual Studio App Center Test.
       *[other] Questo archivio contiene i dati delle esecuzioni di test selezionate nelle app { $apps } in Visual Studio App Center Test.
    }
readme-app = { $name } ({ $slug })
# $date is a moment ("1 dicembre 2026 alle ore 09:05 UTC"): "in data", as in letter-made,
# so that no article has to be elided before the day.
readme-made = È stato creato in data { $date } con ACT Export { $version }.
# $what is in bold: readme-every-run or readme-only-listed.
readme-covers-whole = Comprende { $what }.
readme-every-run =
    { $count ->
        [one] tutte le esecuzioni di test dell'app
       *[other] tutte le esecuzioni di test di queste app
    }
readme-covers-listed =
    { $count ->
        [one] Comprende { $what }. I dati di altre esecuzioni di test della stessa app non sono inclusi.
       *[other] Comprende { $what }, app per app. I dati di altre esecuzioni di test delle stesse app non sono inclusi.
    }
readme-only-listed = soltanto le esecuzioni di test elencate di seguito
readme-contains =
    { $files ->
        [one] Contiene { $files } file ({ $size }).
       *[other] Contiene { $files } file ({ $size }).
    }
readme-runs-heading = Esecuzioni di test ({ $runs })
readme-app-runs =
    { $runs ->
        [one] { $app }: { $runs } esecuzione di test
       *[other] { $app }: { $runs } esecuzioni di test
    }
readme-no-runs = L'app non ha alcuna esecuzione di test.
readme-column-date = Data
readme-column-series = Serie di test
readme-column-version = Versione dell'app
readme-column-platform = Piattaforma
readme-column-result = Risultato
readme-column-run = ID dell'esecuzione

## What is in this archive. $file, $folder, $data and $files are names of files and folders.

readme-contents-heading = Che cosa contiene questo archivio
readme-contents-readme = { $file }: questa pagina.
readme-contents-manifest = { $file }: un elenco, leggibile da dispositivo automatico, di tutti i file con la relativa dimensione e somma di controllo SHA-256, di ciò che è stato richiesto ad App Center e quando, nonché un resoconto di ogni record e di ogni collegamento a file restituito da App Center, con l'indicazione se è stato incluso (e perché) o escluso (e perché).
readme-contents-app = { $folder }: i dati di { $app }, nelle cartelle { $data } e { $files } descritte di seguito.
readme-contents-data = { $data }: i record che App Center conserva sulle esecuzioni di test, esattamente come li ha inviati, in formato JSON: le esecuzioni ({ $runs }), i relativi rapporti di test completi ({ $reports }) e i record di esportazione dei test ({ $export }).
readme-contents-data-each = Nella cartella di ciascuna app, { $data }: i record che App Center conserva sulle esecuzioni di test, esattamente come li ha inviati, in formato JSON: le esecuzioni ({ $runs }), i relativi rapporti di test completi ({ $reports }) e i record di esportazione dei test ({ $export }).
readme-contents-files = { $files }: i file caricati per queste esecuzioni di test o da esse generati: file binari delle app, file di simboli, icone delle app, file di test e allegati dei rapporti, come schermate e log dei dispositivi.
readme-contents-files-each = Nella cartella di ciascuna app, { $files }: i file caricati per queste esecuzioni di test o da esse generati: file binari delle app, file di simboli, icone delle app, file di test e allegati dei rapporti, come schermate e log dei dispositivi.

## What was left out, and why.

readme-left-out-heading = Che cosa è stato escluso e perché
readme-left-out-in = Nell'app { $app }
readme-nothing-left-out = Nulla. Tutti i record restituiti da App Center per questa app e tutti i file a cui essi fanno riferimento sono contenuti in questo archivio.
readme-others-records = App Center conserva insieme i record di tutte le esecuzioni di test dell'app, comprese quelle di altre persone e organizzazioni. In questo archivio si trovano soltanto i record relativi alle esecuzioni di test elencate sopra; gli altri sono stati esclusi per tutelare i diritti di tali persone e organizzazioni (articolo 15, paragrafo 4, del { -regulation }). Sono stati soltanto conteggiati, mai copiati:
# $endpoint: the export endpoint's name; $reasons: why, each counted (record-*), listed.
# Italian: "esclusi" agrees with $excluded ("1 record su 40 escluso", "3 record su 40 esclusi").
readme-excluded =
    { $excluded ->
        [one] { $endpoint }: { $excluded } record su { $received } escluso: { $reasons }.
       *[other] { $endpoint }: { $excluded } record su { $received } esclusi: { $reasons }.
    }
readme-missing-heading = File che App Center non aveva più ({ $n })
readme-missing-note = App Center elencava questi file, ma ha risposto che non esistono più. Non è stato possibile includerli.
readme-missing-file = { $address } (indicato in { $file })
readme-skipped-heading = Collegamenti che non è stato possibile scaricare ({ $n })
readme-skipped-file = { $address } (presente in { $file }): { $reason }
readme-not-followed-heading = Collegamenti non seguiti nell'elenco di App Center dei record di esportazione ({ $n })
readme-not-followed = { $link }: { $reason }

## Why records were left out, after their count ("16 records belong to test runs that were
## not chosen"). Italian: "record" does not change; the verb agrees with $n.

record-other-run =
    { $n ->
        [one] { $n } record appartiene a un'esecuzione di test non selezionata
       *[other] { $n } record appartengono a esecuzioni di test non selezionate
    }
record-no-usable-link =
    { $n ->
        [one] { $n } record non contiene alcun riferimento utilizzabile a un'esecuzione di test
       *[other] { $n } record non contengono alcun riferimento utilizzabile a un'esecuzione di test
    }
record-not-used =
    { $n ->
        [one] { $n } record è un file caricato che nessuna delle esecuzioni di test selezionate utilizza
       *[other] { $n } record sono file caricati che nessuna delle esecuzioni di test selezionate utilizza
    }
record-app-wide =
    { $n ->
        [one] { $n } record riguarda l'app nel suo complesso e non una singola esecuzione di test
       *[other] { $n } record riguardano l'app nel suo complesso e non una singola esecuzione di test
    }
record-undocumented =
    { $n ->
        [one] { $n } record è di un tipo non documentato dall'API
       *[other] { $n } record sono di un tipo non documentato dall'API
    }

## Why a link was not taken, on its own line.

reason-not-web = non è un indirizzo web (http o https)
reason-not-valid = non è un indirizzo valido
reason-no-address = il collegamento è privo di indirizzo
reason-other-host = rimanda a un altro host, al quale il token dell'API non deve essere inviato
reason-not-this-apps = non è uno dei record di esportazione di questa app

## How to check that nothing was changed. $file is the word that stands for a file's name in
## the commands.

readme-check-heading = Come verificare che nulla sia stato modificato
readme-check = Per ogni file elencato di seguito è indicata una somma di controllo SHA-256, riportata anche in { $manifest }. Calcoli la somma di controllo di un file e la confronti con quella indicata:
readme-check-file = NOMEFILE
readme-column-file = Percorso del file
readme-column-size = Dimensione
readme-column-sha256 = SHA-256
