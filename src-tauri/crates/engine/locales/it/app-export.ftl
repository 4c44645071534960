## The page's words for connecting and exporting, which its scripts write: the Connect screen
## (connect-), the apps and the search across them (apps-), an app's test runs (runs-), the
## export's progress and the finished archive (exporting-), the letter's details (preview-), the
## unfinished exports (unfinished-), the small dialogs (dialog-), the window's frame (main-), and
## sizes and times (format-). The static words of the page are in app.ftl.
## "App Center" (the service), "ACT Export" (this app) and "SHA-256", "AES-256" are names: keep
## them as they are.
## Italian: "app", "file" and "record" do not change in the plural.

## The window's frame (ui/js/main.js)

# At the top of the window once connected. $name: the App Center user's display name.
main-greeting = Salve, { $name }
# A banner above the export steps when they answer a request. $reference: the request's
# reference (e.g. "DSR-2026-041"); $subject: the person or company whose data is exported.
main-for-request = Per la richiesta { $reference }: dati di { $subject }
# At the foot of the window. $name: the app's name ("ACT Export"); $version: e.g. "1.4.0".
main-version = { $name } versione { $version }
# At the foot of the window, when the app's version could not be read.
main-version-unknown = Versione sconosciuta
# A question when the officer leaves a finished archive that was not saved: its title, its
# text, and the button that leaves (the other button, "Keep it", stays).
main-leave-title = Uscire senza salvare?
main-leave-text = L'archivio non è ancora stato salvato. Uscendo, verrà eliminato e sarà necessario esportare di nuovo.
main-leave-yes = Esci ed elimina

## The Connect screen (ui/js/connect.js)

# Status lines while a connection is tried.
connect-checking-token = Verifica del token in corso…
connect-starting-sample = Avvio dei dati di esempio in corso…
connect-checking-saved-token = Verifica del token memorizzato in corso…
# After the button that forgets the saved token.
connect-token-forgotten = Il token memorizzato è stato rimosso da questo computer.
# The button beside the token field: shows the token typed, or masks it again.
connect-show-token = Mostra
connect-hide-token = Nascondi
# When the Paste button may not read the clipboard.
connect-paste-by-hand = Fare clic nel campo del token e premere Ctrl+V (o Cmd+V) per incollarlo.

## The apps screen and the search across the apps (ui/js/apps.js)

# In an app's line, when App Center does not say for which operating system it is.
apps-unknown-os = sistema operativo sconosciuto
# A badge on an app's line. $chosen: what of the app is in the export, one of the messages
# runs-pick-every, runs-pick-all or runs-pick (e.g. "8 test runs").
apps-in-export = In questa esportazione: { $chosen }
apps-none-visible = Questo token non consente di vedere alcuna app.
apps-no-match = Nessuna app corrisponde alla ricerca.
# Under the list of apps. $shown: the apps the search shows; $total: all apps.
apps-shown = { $shown } di { $total } app
apps-loading = Caricamento delle app…
# The search for a client's test runs across every app: one line per app with runs that match.
# $app: the app's name; $count: its runs that match.
apps-found-in-app = { $app }: { $count ->
        [one] { $count } esecuzione di test corrispondente
       *[other] { $count } esecuzioni di test corrispondenti
    }
# A button on an app's line of finds, and its text once pressed.
apps-add-found = Aggiungi all'esportazione
apps-added = Aggiunto
# A button on an app's line of finds: opens the app's test runs. $app: the app's name.
apps-review = Esamina
    .aria-label = Esamina le esecuzioni di test di { $app }
# While the search reads each app in turn. $app: the app's name; $n: its number; $total: all apps.
apps-searching = Ricerca in { $app } ({ $n } di { $total })…
# The search found nothing. $apps: how many apps were searched; $words: the words searched for.
apps-found-none = Nessuna esecuzione di test corrisponde a «{ $words }» ({ $apps ->
        [one] { $apps } app esaminata
       *[other] { $apps } app esaminate
    }).
# The search found runs. $runs: how many runs match; $apps: in how many apps.
apps-found = { $runs ->
        [one] { $runs } esecuzione di test corrisponde alla ricerca in { $apps } app. Aggiungerla all'esportazione oppure esaminarla app per app.
       *[other] { $runs } esecuzioni di test corrispondono alla ricerca in { $apps } app. Aggiungerle all'esportazione oppure esaminarle app per app.
    }

## An app's test runs (ui/js/runs.js)

# What of an app is in the export, for the badge "In this export: …" (apps-in-export).
# The entire app, before its runs were counted.
runs-pick-every = tutte le esecuzioni di test
# The entire app. $count: its runs.
runs-pick-all = { $count ->
        [one] { $count } esecuzione di test (l'intera app)
       *[other] tutte le { $count } esecuzioni di test
    }
# Some runs. $count: how many.
runs-pick = { $count ->
        [one] { $count } esecuzione di test
       *[other] { $count } esecuzioni di test
    }
# The other apps whose runs are in the same export, one line each. $app: the app's name.
runs-other-every = tutte le esecuzioni di test di { $app }
runs-other-all = { $count ->
        [one] { $count } esecuzione di test di { $app } (l'intera app)
       *[other] tutte le { $count } esecuzioni di test di { $app }
    }
runs-other = { $count ->
        [one] { $count } esecuzione di test di { $app }
       *[other] { $count } esecuzioni di test di { $app }
    }
# A button on such a line: takes that app's runs out of the export. $app: the app's name.
runs-remove = Rimuovi
    .aria-label = Rimuovi le esecuzioni di test di { $app } da questa esportazione
# Beside the Export button: what is chosen in this app. $count: the app's runs, or the runs
# selected.
runs-entire-app = { $count ->
        [one] L'intera app: { $count } esecuzione di test
       *[other] L'intera app: tutte le { $count } esecuzioni di test
    }
runs-none-selected = Nessuna esecuzione di test selezionata
runs-selected = { $count ->
        [one] { $count } esecuzione di test selezionata
       *[other] { $count } esecuzioni di test selezionate
    }
# Beside the Export button when other apps' runs are in the export too (short: it must fit an
# 800×600 window). $here: this app's runs chosen; $all: the runs chosen in every app; $apps: the
# apps with runs chosen.
runs-entire-app-and-others = { $here ->
        [one] { $here } qui (l'intera app)
       *[other] tutte le { $here } qui
    }, { $all } in { $apps } app
runs-selected-and-others = { $here ->
        [one] { $here } selezionata qui
       *[other] { $here } selezionate qui
    }, { $all } in { $apps } app
# The label, for screen readers, of the checkbox that selects one run. $date: when the run was
# made (e.g. "3 Jan 2024, 18:46"); $series: its test series; $version: the app's version tested.
runs-select-run =
    .aria-label = Seleziona l'esecuzione: { $date }, { $series }, versione { $version }
# Above the table of runs. $count: the app's runs.
runs-count = { $count ->
        [one] { $count } esecuzione di test
       *[other] { $count } esecuzioni di test
    }
# Above the table of runs, when the filters hide some. $shown: the runs shown; $total: all.
runs-shown = { $shown } di { $total } esecuzioni di test visualizzate
# The password the archive is protected with, when the officer chose their own (it is not
# shown). $length: how many characters it has.
runs-own-password = scelta da Lei ({ $length ->
        [one] { $length } carattere
       *[other] { $length } caratteri
    })
# The button that copies the password, and what it says for two seconds after.
runs-copy = Copia
runs-copied = Copiato
runs-copy-failed = Copia non riuscita
# When the officer's own password is too short. "Cancel" is the dialog's button.
runs-password-too-short = Scegliere una password più lunga oppure Annulla per mantenere quella proposta.
runs-loading = Caricamento delle esecuzioni di test…
# The first choice of the filter by test series.
runs-all-series = Tutte le serie

## The export's progress and the finished archive (ui/js/exporting.js)

# The steps of an export, as the progress shows them.
exporting-phase-listing-runs = Elenco delle esecuzioni di test dell'app
exporting-phase-reading-runs = Lettura delle esecuzioni di test e dei relativi rapporti
exporting-phase-reading-export-records = Lettura dei record di esportazione
exporting-phase-reading-account-data = Lettura dei record di esportazione dell'account
exporting-phase-downloading = Download dei file
exporting-phase-writing = Scrittura dell'archivio
exporting-phase-done = Completato
# A step in an export of several apps. $phase: the step (one of the messages above); $app: the
# app being read.
exporting-phase-in-app = { $phase } ({ $app })
# The progress of a step. $phase: the step; $done: the items done; $total: all items.
exporting-progress = { $phase }: { $done } di { $total }
# The progress while files are downloaded. $phase: the step; $done and $total: files downloaded
# and to download; $downloaded: the size downloaded (e.g. "1.5 MB"); $known: "yes" when the size
# of all files, $size, is known; $copying: "yes" when some of what was downloaded is not yet
# copied into the archive, of which $archived (a size) is.
exporting-progress-downloading = { $phase }: { $done } di { $total }, { $known ->
        [yes] { $downloaded } di { $size }
       *[no] { $downloaded } finora
    }{ $copying ->
        [yes] ; { $archived } nell'archivio
       *[no] {""}
    }
# Under the progress. $duration: e.g. "about 5 minutes" (format-duration-…).
exporting-time-left = Tempo rimanente: { $duration }
# When App Center refused for a moment and the app waits before trying again. $seconds: the wait.
exporting-retry-rate-limited = App Center ha chiesto di rallentare; nuovo tentativo tra { $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    }. È normale e non si perde nulla.
exporting-retry-server-error = App Center ha avuto un problema temporaneo; nuovo tentativo tra { $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    }. È normale e non si perde nulla.
exporting-retry-connection = La connessione si è interrotta; nuovo tentativo tra { $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    }. È normale e non si perde nulla.
# When the app waits to keep within App Center's limit of requests. $seconds: the wait.
# Italian: "chiamate" (API calls), so as not to be confused with the requests ("richieste").
exporting-pacing = Rispetto del limite di App Center di 500 chiamate in 5 minuti: le prossime chiamate partono tra { $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    }.
# The progress before the first step, and after the officer stopped the export.
exporting-starting = Avvio in corso
exporting-stopping = Interruzione in corso
# What is exported, under the progress's title: each app's part, joined into one list as the
# language joins lists ("8 test runs of FieldMate for Android and 5 of FieldMate for iOS").
# $app: the app's name; $runs: its runs exported. The first app's part begins the line.
exporting-what-first = { $runs ->
        [one] { $runs } esecuzione di test di { $app }
       *[other] { $runs } esecuzioni di test di { $app }
    }
exporting-what-every-first = Tutte le esecuzioni di test di { $app }
# The other apps' parts, after the first.
exporting-what-next = { $runs } di { $app }
exporting-what-every-next = tutte le esecuzioni di test di { $app }
# What is exported when an unfinished export is continued. $runs: its runs; $app: the app's name.
exporting-what-continued = { $runs ->
        [one] { $runs } esecuzione di test di { $app }, esportazione ripresa
       *[other] { $runs } esecuzioni di test di { $app }, esportazione ripresa
    }
# The finished archive's summary: each term, then its value.
exporting-summary-continued = Ripresa
# $when: when the export was begun, in words (e.g. "27 November 2026, 23:01 UTC").
exporting-summary-continued-from = L'esportazione avviata in data { $when }
exporting-summary-begun-anew = Ricominciata da capo
exporting-summary-runs = Esecuzioni di test
# The runs of an export of several apps. $runs: all runs; $each: the apps' runs, joined by
# commas, each of them exporting-runs-in-app.
exporting-summary-runs-each = { $runs } ({ $each })
# $runs: an app's runs; $app: the app's name.
exporting-runs-in-app = { $runs } di { $app }
exporting-summary-files = File
# $files: the files in the archive; $missing: how many of them App Center no longer had.
exporting-summary-files-missing = { $files } ({ $missing ->
        [one] { $missing } non più presente in App Center
       *[other] { $missing } non più presenti in App Center
    })
exporting-summary-size = Dimensione
exporting-summary-left-out = Esclusi
# $records: the records of other test runs left out of the archive.
exporting-summary-left-out-records = { $records ->
        [one] { $records } record di altre esecuzioni di test
       *[other] { $records } record di altre esecuzioni di test
    }
exporting-summary-nothing-left-out = Nulla
exporting-summary-protection = Protezione
exporting-summary-password = Password (AES-256)
exporting-summary-request = Richiesta
# $reference: the request's reference.
exporting-summary-request-recorded = { $reference } (annotata nel registro)
exporting-summary-journal = Registro
# When the journal (the record of requests) could not record the export. $problem: why, two
# sentences of the error table (exporting-problem).
exporting-summary-not-recorded = Esportazione non annotata. { $problem } L'archivio in sé è completo e può essere salvato.
# An error of the error table (app-errors.ftl) in a line: $title says what happened, $next what
# to do next; both are sentences.
exporting-problem = { $title } { $next }
exporting-not-saved = Non ancora salvato. L'archivio viene eliminato alla chiusura di ACT Export.
# $path: where the archive was saved.
exporting-saved = Salvato in { $path }
# $path: where the archive was saved; $problem: why the journal could not record it (exporting-problem).
exporting-saved-unrecorded = Salvato in { $path }. Non è stato possibile annotarlo nel registro. { $problem }
# The button that copies the archive's password, and what it says for two seconds after.
exporting-copy = Copia
exporting-copied = Copiato
exporting-copy-failed = Copia non riuscita
# Said to a screen reader (not shown) while files are downloaded, at each quarter. $phase: the
# step (exporting-phase-downloading); $percent: 25, 50 or 75.
exporting-announce-downloaded = { $phase }: { $percent }% completato
# Said to a screen reader (not shown) when the archive is ready. $size: its size (e.g. "1.5 MB").
# "Save as" is the name of the Done screen's button (page-done-save), without its dots.
exporting-announce-ready = L'archivio è pronto ({ $size }). Non è ancora salvato: scegliere Salva con nome per conservarlo.

## Unfinished exports (ui/js/unfinished.js)

# The title of the list of exports that did not finish. $count: how many.
unfinished-title = { $count ->
        [one] Un'esportazione non è stata completata
       *[other] Esportazioni non completate
    }
# One unfinished export. $app: the app's name; $runs: its test runs; $whose: "yes" when it has a
# $subject (whose data); $requested: "yes" when it answers a request, $reference; $protected:
# "yes" when it is protected with a password; $started: when it was begun, in words (e.g.
# "27 November 2026, 23:01 UTC"); $done: the files done; $planned: all its files.
unfinished-what = { $app }: { $runs ->
        [one] { $runs } esecuzione di test
       *[other] { $runs } esecuzioni di test
    }{ $whose ->
        [yes] , { $subject }
       *[no] {""}
    }{ $requested ->
        [yes] {" "}(richiesta { $reference })
       *[no] {""}
    }{ $protected ->
        [yes] , protetta da password
       *[no] {""}
    }, avviata in data { $started }; file completati: { $done } su { $planned ->
        [one] { $planned }
       *[other] { $planned }
    }.
# What to do to continue it, after that line. The program that runs it now, in words.
unfinished-running = È in esecuzione ora, in { $program }.
# $service: the address of the App Center service it reads.
unfinished-connect = Connettersi a { $service } per proseguirla.
unfinished-connect-sample = Connettersi ai dati di esempio per proseguirla.
# On the Requests screen. "Export without a request", "Try with sample data": the names of those
# buttons (keep the same words as the buttons).
unfinished-from-home-sample = Scegliere Esporta senza richiesta, quindi Prova con i dati di esempio, per proseguirla.
unfinished-from-home = Scegliere Esporta senza richiesta e connettersi a { $service } per proseguirla.
unfinished-try-sample = Scegliere Prova con i dati di esempio per proseguirla.
# Buttons on an unfinished export.
unfinished-continue = Prosegui
unfinished-discard = Scarta

## The small dialogs (ui/js/dialogs.js)

# What a form's dialog says when the app refused: an error of the error table (app-errors.ftl).
# $title says what happened, $next what to do next; both are sentences.
dialog-problem = { $title } { $next }

## Sizes and times (ui/js/format.js)

# A size in bytes (below 1000). $bytes: the number.
format-size-bytes = { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } byte
    }
# Sizes in kilobytes, megabytes, gigabytes and terabytes (1000 of the one before). $size: the
# number, already written as the language writes it ("1.5", "12").
format-size-kilobytes = { $size } kB
format-size-megabytes = { $size } MB
format-size-gigabytes = { $size } GB
format-size-terabytes = { $size } TB
# How long something takes, e.g. in "Time left: …" (exporting-time-left).
# Below 10 seconds.
format-duration-few-seconds = pochi secondi
# Below a minute. $seconds: rounded to 5 (10, 15, … 60).
format-duration-seconds = { $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    }
# Below an hour. $minutes: whole minutes (1 to 59).
format-duration-minutes = { $minutes ->
        [one] circa un minuto
       *[other] circa { $minutes } minuti
    }
# An hour or more. $hours: hours, with one decimal when not whole (e.g. 1.5).
format-duration-hours = { $hours ->
        [one] circa { $hours } ora
       *[other] circa { $hours } ore
    }

# Said on the Connect screen when "Remember this token" was ticked but the computer's
# keychain could not keep it (the connection itself worked).
connect-not-remembered = Connesso, ma il portachiavi di questo computer non ha potuto memorizzare il token: la prossima volta incollarlo di nuovo.
