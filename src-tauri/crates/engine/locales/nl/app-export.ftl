## The page's words for connecting and exporting, which its scripts write: the Connect screen
## (connect-), the apps and the search across them (apps-), an app's test runs (runs-), the
## export's progress and the finished archive (exporting-), the letter's details (preview-), the
## unfinished exports (unfinished-), the small dialogs (dialog-), the window's frame (main-), and
## sizes and times (format-). The static words of the page are in app.ftl.
## "App Center" (the service), "ACT Export" (this app) and "SHA-256", "AES-256" are names: keep
## them as they are.

## The window's frame (ui/js/main.js)

# At the top of the window once connected. $name: the App Center user's display name.
main-greeting = Hallo, { $name }
# A banner above the export steps when they answer a request. $reference: the request's
# reference (e.g. "DSR-2026-041"); $subject: the person or company whose data is exported.
main-for-request = Voor verzoek { $reference }: gegevens van { $subject }
# At the foot of the window. $name: the app's name ("ACT Export"); $version: e.g. "1.4.0".
main-version = { $name } versie { $version }
# At the foot of the window, when the app's version could not be read.
main-version-unknown = Versie onbekend
# A question when the officer leaves a finished archive that was not saved: its title, its
# text, and the button that leaves (the other button, "Keep it", stays).
main-leave-title = Verlaten zonder op te slaan?
main-leave-text = Het archief is nog niet opgeslagen. Als u dit scherm verlaat, wordt het archief verwijderd en moet u opnieuw exporteren.
main-leave-yes = Verlaten en verwijderen

## The Connect screen (ui/js/connect.js)

# Status lines while a connection is tried.
connect-checking-token = Het token wordt gecontroleerd…
connect-starting-sample = De voorbeeldgegevens worden gestart…
connect-checking-saved-token = Het opgeslagen token wordt gecontroleerd…
# After the button that forgets the saved token.
connect-token-forgotten = Het opgeslagen token is van deze computer verwijderd.
# The button beside the token field: shows the token typed, or masks it again.
connect-show-token = Tonen
connect-hide-token = Verbergen
# When the Paste button may not read the clipboard.
connect-paste-by-hand = Klik in het tokenveld en druk op Ctrl+V (of Cmd+V) om te plakken.

## The apps screen and the search across the apps (ui/js/apps.js)

# In an app's line, when App Center does not say for which operating system it is.
apps-unknown-os = onbekend besturingssysteem
# A badge on an app's line. $chosen: what of the app is in the export, one of the messages
# runs-pick-every, runs-pick-all or runs-pick (e.g. "8 test runs").
apps-in-export = In deze export: { $chosen }
apps-none-visible = Met dit token zijn geen apps zichtbaar.
apps-no-match = Geen enkele app komt overeen met de zoekopdracht.
# Under the list of apps. $shown: the apps the search shows; $total: all apps.
apps-shown = { $shown } van { $total } apps
apps-loading = De apps worden geladen…
# The search for a client's test runs across every app: one line per app with runs that match.
# $app: the app's name; $count: its runs that match.
apps-found-in-app = { $app }: { $count ->
        [one] { $count } testrun komt overeen
       *[other] { $count } testruns komen overeen
    }
# A button on an app's line of finds, and its text once pressed.
apps-add-found = Toevoegen aan de export
apps-added = Toegevoegd
# A button on an app's line of finds: opens the app's test runs. $app: the app's name.
apps-review = Bekijken
    .aria-label = De testruns van { $app } bekijken
# While the search reads each app in turn. $app: the app's name; $n: its number; $total: all apps.
apps-searching = Zoeken in { $app } ({ $n } van { $total })…
# The search found nothing. $apps: how many apps were searched; $words: the words searched for.
apps-found-none = Geen enkele testrun komt overeen met “{ $words }” (gezocht in { $apps ->
        [one] { $apps } app
       *[other] { $apps } apps
    }).
# The search found runs. $runs: how many runs match; $apps: in how many apps.
apps-found = { $runs ->
        [one] { $runs } testrun gevonden in { $apps ->
            [one] { $apps } app
           *[other] { $apps } apps
        }. Voeg die toe aan de export, of bekijk die eerst.
       *[other] { $runs } testruns gevonden in { $apps ->
            [one] { $apps } app
           *[other] { $apps } apps
        }. Voeg ze toe aan de export, of bekijk ze per app.
    }

## An app's test runs (ui/js/runs.js)

# What of an app is in the export, for the badge "In this export: …" (apps-in-export).
# The entire app, before its runs were counted.
runs-pick-every = alle testruns
# The entire app. $count: its runs.
runs-pick-all = { $count ->
        [one] de hele app ({ $count } testrun)
       *[other] alle { $count } testruns
    }
# Some runs. $count: how many.
runs-pick = { $count ->
        [one] { $count } testrun
       *[other] { $count } testruns
    }
# The other apps whose runs are in the same export, one line each. $app: the app's name.
runs-other-every = alle testruns van { $app }
runs-other-all = { $count ->
        [one] de hele app { $app } ({ $count } testrun)
       *[other] alle { $count } testruns van { $app }
    }
runs-other = { $count ->
        [one] { $count } testrun van { $app }
       *[other] { $count } testruns van { $app }
    }
# A button on such a line: takes that app's runs out of the export. $app: the app's name.
runs-remove = Verwijderen
    .aria-label = De testruns van { $app } uit deze export verwijderen
# Beside the Export button: what is chosen in this app. $count: the app's runs, or the runs
# selected.
runs-entire-app = { $count ->
        [one] De hele app: { $count } testrun
       *[other] De hele app: alle { $count } testruns
    }
runs-none-selected = Geen testruns geselecteerd
runs-selected = { $count ->
        [one] { $count } testrun geselecteerd
       *[other] { $count } testruns geselecteerd
    }
# Beside the Export button when other apps' runs are in the export too (short: it must fit an
# 800×600 window). $here: this app's runs chosen; $all: the runs chosen in every app; $apps: the
# apps with runs chosen.
runs-entire-app-and-others = alle { $here } hier, { $all } in { $apps ->
        [one] { $apps } app
       *[other] { $apps } apps
    }
runs-selected-and-others = { $here } hier geselecteerd, { $all } in { $apps ->
        [one] { $apps } app
       *[other] { $apps } apps
    }
# The label, for screen readers, of the checkbox that selects one run. $date: when the run was
# made (e.g. "3 Jan 2024, 18:46"); $series: its test series; $version: the app's version tested.
runs-select-run =
    .aria-label = De testrun van { $date }, { $series }, versie { $version } selecteren
# Above the table of runs. $count: the app's runs.
runs-count = { $count ->
        [one] { $count } testrun
       *[other] { $count } testruns
    }
# Above the table of runs, when the filters hide some. $shown: the runs shown; $total: all.
runs-shown = { $shown } van { $total } testruns getoond
# The password the archive is protected with, when the officer chose their own (it is not
# shown). $length: how many characters it has.
runs-own-password = uw eigen wachtwoord ({ $length ->
        [one] { $length } teken
       *[other] { $length } tekens
    })
# The button that copies the password, and what it says for two seconds after.
runs-copy = Kopiëren
runs-copied = Gekopieerd
runs-copy-failed = Kopiëren mislukt
# When the officer's own password is too short. "Cancel" is the dialog's button.
runs-password-too-short = Kies een langer wachtwoord, of kies Annuleren om het voorgestelde wachtwoord te behouden.
runs-loading = De testruns worden geladen…
# The first choice of the filter by test series.
runs-all-series = Alle reeksen

## The export's progress and the finished archive (ui/js/exporting.js)

# The steps of an export, as the progress shows them.
exporting-phase-listing-runs = Testruns van de app opvragen
exporting-phase-reading-runs = Testruns en hun rapporten lezen
exporting-phase-reading-export-records = Exportrecords lezen
exporting-phase-reading-account-data = Exportrecords van het account lezen
exporting-phase-downloading = Bestanden downloaden
exporting-phase-writing = Archief schrijven
exporting-phase-done = Klaar
# A step in an export of several apps. $phase: the step (one of the messages above); $app: the
# app being read.
exporting-phase-in-app = { $phase } ({ $app })
# The progress of a step. $phase: the step; $done: the items done; $total: all items.
exporting-progress = { $phase }: { $done } van { $total }
# The progress while files are downloaded. $phase: the step; $done and $total: files downloaded
# and to download; $downloaded: the size downloaded (e.g. "1.5 MB"); $known: "yes" when the size
# of all files, $size, is known; $copying: "yes" when some of what was downloaded is not yet
# copied into the archive, of which $archived (a size) is.
exporting-progress-downloading = { $phase }: { $done } van { $total }, { $known ->
        [yes] { $downloaded } van { $size }
       *[no] { $downloaded } tot nu toe
    }{ $copying ->
        [yes] ; { $archived } in het archief
       *[no] {""}
    }
# Under the progress. $duration: e.g. "about 5 minutes" (format-duration-…).
exporting-time-left = Resterende tijd: { $duration }
# When App Center refused for a moment and the app waits before trying again. $seconds: the wait.
exporting-retry-rate-limited = App Center heeft ons gevraagd het tempo te verlagen; nieuwe poging over { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } seconden
    }. Dit is normaal en er gaat niets verloren.
exporting-retry-server-error = App Center had een tijdelijk probleem; nieuwe poging over { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } seconden
    }. Dit is normaal en er gaat niets verloren.
exporting-retry-connection = De verbinding is verbroken; nieuwe poging over { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } seconden
    }. Dit is normaal en er gaat niets verloren.
# When the app waits to keep within App Center's limit of requests. $seconds: the wait.
exporting-pacing = Om binnen de limiet van App Center te blijven (500 aanvragen per 5 minuten), starten de volgende aanvragen over { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } seconden
    }.
# The progress before the first step, and after the officer stopped the export.
exporting-starting = Bezig met starten
exporting-stopping = Bezig met stoppen
# What is exported, under the progress's title: each app's part, joined into one list as the
# language joins lists ("8 test runs of FieldMate for Android and 5 of FieldMate for iOS").
# $app: the app's name; $runs: its runs exported. The first app's part begins the line.
exporting-what-first = { $runs ->
        [one] { $runs } testrun van { $app }
       *[other] { $runs } testruns van { $app }
    }
exporting-what-every-first = Alle testruns van { $app }
# The other apps' parts, after the first.
exporting-what-next = { $runs } van { $app }
exporting-what-every-next = alle testruns van { $app }
# What is exported when an unfinished export is continued. $runs: its runs; $app: the app's name.
exporting-what-continued = { $runs ->
        [one] { $runs } testrun van { $app }, voortgezet
       *[other] { $runs } testruns van { $app }, voortgezet
    }
# The finished archive's summary: each term, then its value.
exporting-summary-continued = Voortgezet
# $when: when the export was begun, in words (e.g. "27 November 2026, 23:01 UTC").
exporting-summary-continued-from = De export die is begonnen op { $when }
exporting-summary-begun-anew = Opnieuw begonnen
exporting-summary-runs = Testruns
# The runs of an export of several apps. $runs: all runs; $each: the apps' runs, joined by
# commas, each of them exporting-runs-in-app.
exporting-summary-runs-each = { $runs } ({ $each })
# $runs: an app's runs; $app: the app's name.
exporting-runs-in-app = { $runs } van { $app }
exporting-summary-files = Bestanden
# $files: the files in the archive; $missing: how many of them App Center no longer had.
exporting-summary-files-missing = { $files } ({ $missing ->
        [one] { $missing } bestond niet meer in App Center
       *[other] { $missing } bestonden niet meer in App Center
    })
exporting-summary-size = Grootte
exporting-summary-left-out = Weggelaten
# $records: the records of other test runs left out of the archive.
exporting-summary-left-out-records = { $records ->
        [one] { $records } record van andere testruns
       *[other] { $records } records van andere testruns
    }
exporting-summary-nothing-left-out = Niets
exporting-summary-protection = Beveiliging
exporting-summary-password = Een wachtwoord (AES-256)
exporting-summary-request = Verzoek
# $reference: the request's reference.
exporting-summary-request-recorded = { $reference } (vastgelegd in het logboek)
exporting-summary-journal = Logboek
# When the journal (the record of requests) could not record the export. $problem: why, two
# sentences of the error table (exporting-problem).
exporting-summary-not-recorded = Niet vastgelegd. { $problem } Het archief zelf is volledig en kan worden opgeslagen.
# An error of the error table (app-errors.ftl) in a line: $title says what happened, $next what
# to do next; both are sentences.
exporting-problem = { $title } { $next }
exporting-not-saved = Nog niet opgeslagen. Het archief wordt verwijderd wanneer u ACT Export sluit.
# $path: where the archive was saved.
exporting-saved = Opgeslagen in { $path }
# $path: where the archive was saved; $problem: why the journal could not record it (exporting-problem).
exporting-saved-unrecorded = Opgeslagen in { $path }. Het logboek kon dit niet vastleggen. { $problem }
# The button that copies the archive's password, and what it says for two seconds after.
exporting-copy = Kopiëren
exporting-copied = Gekopieerd
exporting-copy-failed = Kopiëren mislukt
# Said to a screen reader (not shown) while files are downloaded, at each quarter. $phase: the
# step (exporting-phase-downloading); $percent: 25, 50 or 75.
exporting-announce-downloaded = { $phase }: { $percent }% klaar
# Said to a screen reader (not shown) when the archive is ready. $size: its size (e.g. "1.5 MB").
# "Save as" is the name of the Done screen's button (page-done-save), without its dots.
exporting-announce-ready = Het archief is klaar ({ $size }). Het is nog niet opgeslagen: kies Opslaan als om het te bewaren.

## Unfinished exports (ui/js/unfinished.js)

# The title of the list of exports that did not finish. $count: how many.
unfinished-title = { $count ->
        [one] Een onvoltooide export
       *[other] Onvoltooide exports
    }
# One unfinished export. $app: the app's name; $runs: its test runs; $whose: "yes" when it has a
# $subject (whose data); $requested: "yes" when it answers a request, $reference; $protected:
# "yes" when it is protected with a password; $started: when it was begun, in words (e.g.
# "27 November 2026, 23:01 UTC"); $done: the files done; $planned: all its files.
unfinished-what = { $app }: { $runs ->
        [one] { $runs } testrun
       *[other] { $runs } testruns
    }{ $whose ->
        [yes] , { $subject }
       *[no] {""}
    }{ $requested ->
        [yes] {" "}(verzoek { $reference })
       *[no] {""}
    }{ $protected ->
        [yes] , beveiligd met een wachtwoord
       *[no] {""}
    }, begonnen op { $started }; { $done } van { $planned ->
        [one] { $planned } bestand
       *[other] { $planned } bestanden
    } klaar.
# What to do to continue it, after that line. The program that runs it now, in words.
unfinished-running = Deze export wordt nu uitgevoerd in { $program }.
# $service: the address of the App Center service it reads.
unfinished-connect = Maak verbinding met { $service } om de export voort te zetten.
unfinished-connect-sample = Maak verbinding met de voorbeeldgegevens om de export voort te zetten.
# On the Requests screen. "Export without a request", "Try with sample data": the names of those
# buttons (keep the same words as the buttons).
unfinished-from-home-sample = Kies Exporteren zonder verzoek en daarna Proberen met voorbeeldgegevens om de export voort te zetten.
unfinished-from-home = Kies Exporteren zonder verzoek en maak verbinding met { $service } om de export voort te zetten.
unfinished-try-sample = Kies Proberen met voorbeeldgegevens om de export voort te zetten.
# Buttons on an unfinished export.
unfinished-continue = Voortzetten
unfinished-discard = Verwijderen

## The small dialogs (ui/js/dialogs.js)

# What a form's dialog says when the app refused: an error of the error table (app-errors.ftl).
# $title says what happened, $next what to do next; both are sentences.
dialog-problem = { $title } { $next }

## Sizes and times (ui/js/format.js)

# A size in bytes (below 1000). $bytes: the number.
format-size-bytes = { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }
# Sizes in kilobytes, megabytes, gigabytes and terabytes (1000 of the one before). $size: the
# number, already written as the language writes it ("1.5", "12").
format-size-kilobytes = { $size } kB
format-size-megabytes = { $size } MB
format-size-gigabytes = { $size } GB
format-size-terabytes = { $size } TB
# How long something takes, e.g. in "Time left: …" (exporting-time-left).
# Below 10 seconds.
format-duration-few-seconds = een paar seconden
# Below a minute. $seconds: rounded to 5 (10, 15, … 60).
format-duration-seconds = { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } seconden
    }
# Below an hour. $minutes: whole minutes (1 to 59).
format-duration-minutes = { $minutes ->
        [one] ongeveer een minuut
       *[other] ongeveer { $minutes } minuten
    }
# An hour or more. $hours: hours, with one decimal when not whole (e.g. 1.5).
format-duration-hours = { $hours ->
        [one] ongeveer { $hours } uur
       *[other] ongeveer { $hours } uur
    }

# Said on the Connect screen when "Remember this token" was ticked but the computer's
# keychain could not keep it (the connection itself worked).
connect-not-remembered = Verbonden, maar de sleutelhanger van deze computer kon het token niet bewaren: plak het de volgende keer opnieuw.
