## The page's words for connecting and exporting, which its scripts write: the Connect screen
## (connect-), the apps and the search across them (apps-), an app's test runs (runs-), the
## export's progress and the finished archive (exporting-), the letter's details (preview-), the
## unfinished exports (unfinished-), the small dialogs (dialog-), the window's frame (main-), and
## sizes and times (format-). The static words of the page are in app.ftl.
## "App Center" (the service), "ACT Export" (this app) and "SHA-256", "AES-256" are names: keep
## them as they are.

## The window's frame (ui/js/main.js)

# At the top of the window once connected. $name: the App Center user's display name.
main-greeting = Guten Tag, { $name }
# A banner above the export steps when they answer a request. $reference: the request's
# reference (e.g. "DSR-2026-041"); $subject: the person or company whose data is exported.
main-for-request = Für Antrag { $reference }: Daten von { $subject }
# At the foot of the window. $name: the app's name ("ACT Export"); $version: e.g. "1.4.0".
main-version = { $name }, Version { $version }
# At the foot of the window, when the app's version could not be read.
main-version-unknown = Version unbekannt
# A question when the officer leaves a finished archive that was not saved: its title, its
# text, and the button that leaves (the other button, "Keep it", stays).
main-leave-title = Ohne Speichern verlassen?
main-leave-text = Das Archiv ist noch nicht gespeichert. Wenn Sie die Ansicht verlassen, wird es gelöscht, und Sie müssten erneut exportieren.
main-leave-yes = Verlassen und löschen

## The Connect screen (ui/js/connect.js)

# Status lines while a connection is tried.
connect-checking-token = Token wird geprüft…
connect-starting-sample = Beispieldaten werden gestartet…
connect-checking-saved-token = Gespeichertes Token wird geprüft…
# After the button that forgets the saved token.
connect-token-forgotten = Das gespeicherte Token wurde von diesem Computer entfernt.
# The button beside the token field: shows the token typed, or masks it again.
connect-show-token = Anzeigen
connect-hide-token = Ausblenden
# When the Paste button may not read the clipboard.
connect-paste-by-hand = Klicken Sie in das Token-Feld und drücken Sie Strg+V (bzw. Cmd+V), um es einzufügen.

## The apps screen and the search across the apps (ui/js/apps.js)

# In an app's line, when App Center does not say for which operating system it is.
apps-unknown-os = unbekanntes Betriebssystem
# A badge on an app's line. $chosen: what of the app is in the export, one of the messages
# runs-pick-every, runs-pick-all or runs-pick (e.g. "8 test runs").
apps-in-export = In diesem Export: { $chosen }
apps-none-visible = Mit diesem Token sind keine Apps sichtbar.
apps-no-match = Die Suche ergab keine App.
# Under the list of apps. $shown: the apps the search shows; $total: all apps.
apps-shown = { $shown } von { $total } Apps
apps-loading = Apps werden geladen…
# The search for a client's test runs across every app: one line per app with runs that match.
# $app: the app's name; $count: its runs that match.
apps-found-in-app = { $app }: { $count ->
        [one] { $count } passender Testlauf
       *[other] { $count } passende Testläufe
    }
# A button on an app's line of finds, and its text once pressed.
apps-add-found = Zum Export hinzufügen
apps-added = Hinzugefügt
# A button on an app's line of finds: opens the app's test runs. $app: the app's name.
apps-review = Prüfen
    .aria-label = Testläufe von { $app } prüfen
# While the search reads each app in turn. $app: the app's name; $n: its number; $total: all apps.
apps-searching = { $app } wird durchsucht ({ $n } von { $total })…
# The search found nothing. $apps: how many apps were searched; $words: the words searched for.
apps-found-none = In { $apps ->
        [one] { $apps } durchsuchten App
       *[other] { $apps } durchsuchten Apps
    } passt kein Testlauf zu „{ $words }“.
# The search found runs. $runs: how many runs match; $apps: in how many apps.
apps-found = Gefunden: { $runs ->
        [one] { $runs } passender Testlauf
       *[other] { $runs } passende Testläufe
    } in { $apps ->
        [one] { $apps } App
       *[other] { $apps } Apps
    }. Fügen Sie die Treffer dem Export hinzu, oder prüfen Sie sie App für App.

## An app's test runs (ui/js/runs.js)

# What of an app is in the export, for the badge "In this export: …" (apps-in-export).
# The entire app, before its runs were counted.
runs-pick-every = alle Testläufe
# The entire app. $count: its runs.
runs-pick-all = { $count ->
        [one] { $count } Testlauf (alle)
       *[other] alle { $count } Testläufe
    }
# Some runs. $count: how many.
runs-pick = { $count ->
        [one] { $count } Testlauf
       *[other] { $count } Testläufe
    }
# The other apps whose runs are in the same export, one line each. $app: the app's name.
runs-other-every = alle Testläufe in { $app }
runs-other-all = { $count ->
        [one] { $count } Testlauf in { $app } (alle)
       *[other] alle { $count } Testläufe in { $app }
    }
runs-other = { $count ->
        [one] { $count } Testlauf in { $app }
       *[other] { $count } Testläufe in { $app }
    }
# A button on such a line: takes that app's runs out of the export. $app: the app's name.
runs-remove = Entfernen
    .aria-label = Testläufe von { $app } aus diesem Export entfernen
# Beside the Export button: what is chosen in this app. $count: the app's runs, or the runs
# selected.
runs-entire-app = { $count ->
        [one] Die ganze App: { $count } Testlauf
       *[other] Die ganze App: alle { $count } Testläufe
    }
runs-none-selected = Keine Testläufe ausgewählt
runs-selected = { $count ->
        [one] { $count } Testlauf ausgewählt
       *[other] { $count } Testläufe ausgewählt
    }
# Beside the Export button when other apps' runs are in the export too (short: it must fit an
# 800×600 window). $here: this app's runs chosen; $all: the runs chosen in every app; $apps: the
# apps with runs chosen.
runs-entire-app-and-others = alle { $here } hier, { $all } in { $apps ->
        [one] { $apps } App
       *[other] { $apps } Apps
    }
runs-selected-and-others = { $here } hier ausgewählt, { $all } in { $apps ->
        [one] { $apps } App
       *[other] { $apps } Apps
    }
# The label, for screen readers, of the checkbox that selects one run. $date: when the run was
# made (e.g. "3 Jan 2024, 18:46"); $series: its test series; $version: the app's version tested.
runs-select-run =
    .aria-label = Testlauf vom { $date }, { $series }, Version { $version } auswählen
# Above the table of runs. $count: the app's runs.
runs-count = { $count ->
        [one] { $count } Testlauf
       *[other] { $count } Testläufe
    }
# Above the table of runs, when the filters hide some. $shown: the runs shown; $total: all.
runs-shown = { $shown } von { $total } Testläufen angezeigt
# The password the archive is protected with, when the officer chose their own (it is not
# shown). $length: how many characters it has.
runs-own-password = Ihr eigenes ({ $length ->
        [one] { $length } Zeichen
       *[other] { $length } Zeichen
    })
# The button that copies the password, and what it says for two seconds after.
runs-copy = Kopieren
runs-copied = Kopiert
runs-copy-failed = Kopieren fehlgeschlagen
# When the officer's own password is too short. "Cancel" is the dialog's button.
runs-password-too-short = Wählen Sie ein längeres Passwort, oder wählen Sie „Abbrechen“, um das vorgeschlagene zu behalten.
runs-loading = Testläufe werden geladen…
# The first choice of the filter by test series.
runs-all-series = Alle Serien

## The export's progress and the finished archive (ui/js/exporting.js)

# The steps of an export, as the progress shows them.
exporting-phase-listing-runs = Testläufe der App werden aufgelistet
exporting-phase-reading-runs = Testläufe und ihre Berichte werden gelesen
exporting-phase-reading-export-records = Exportdatensätze werden gelesen
exporting-phase-reading-account-data = Exportdatensätze des Kontos werden gelesen
exporting-phase-downloading = Dateien werden heruntergeladen
exporting-phase-writing = Archiv wird geschrieben
exporting-phase-done = Fertig
# A step in an export of several apps. $phase: the step (one of the messages above); $app: the
# app being read.
exporting-phase-in-app = { $phase } ({ $app })
# The progress of a step. $phase: the step; $done: the items done; $total: all items.
exporting-progress = { $phase }: { $done } von { $total }
# The progress while files are downloaded. $phase: the step; $done and $total: files downloaded
# and to download; $downloaded: the size downloaded (e.g. "1.5 MB"); $known: "yes" when the size
# of all files, $size, is known; $copying: "yes" when some of what was downloaded is not yet
# copied into the archive, of which $archived (a size) is.
exporting-progress-downloading = { $phase }: { $done } von { $total }, { $known ->
        [yes] { $downloaded } von { $size }
       *[no] { $downloaded } bisher
    }{ $copying ->
        [yes] ; { $archived } im Archiv
       *[no] {""}
    }
# Under the progress. $duration: e.g. "about 5 minutes" (format-duration-…).
exporting-time-left = Verbleibende Zeit: { $duration }
# When App Center refused for a moment and the app waits before trying again. $seconds: the wait.
exporting-retry-rate-limited = App Center hat um eine Verlangsamung gebeten; neuer Versuch in { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }. Das ist normal, und es geht nichts verloren.
exporting-retry-server-error = Bei App Center ist ein vorübergehendes Problem aufgetreten; neuer Versuch in { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }. Das ist normal, und es geht nichts verloren.
exporting-retry-connection = Die Verbindung wurde unterbrochen; neuer Versuch in { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }. Das ist normal, und es geht nichts verloren.
# When the app waits to keep within App Center's limit of requests. $seconds: the wait.
exporting-pacing = Das Limit von App Center (500 Anfragen in 5 Minuten) wird eingehalten: Die nächsten Anfragen beginnen in { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }.
# The progress before the first step, and after the officer stopped the export.
exporting-starting = Wird gestartet
exporting-stopping = Wird angehalten
# What is exported, under the progress's title: each app's part, joined into one list as the
# language joins lists ("8 test runs of FieldMate for Android and 5 of FieldMate for iOS").
# $app: the app's name; $runs: its runs exported. The first app's part begins the line.
exporting-what-first = { $runs ->
        [one] { $runs } Testlauf von { $app }
       *[other] { $runs } Testläufe von { $app }
    }
exporting-what-every-first = Alle Testläufe von { $app }
# The other apps' parts, after the first.
exporting-what-next = { $runs } von { $app }
exporting-what-every-next = alle Testläufe von { $app }
# What is exported when an unfinished export is continued. $runs: its runs; $app: the app's name.
exporting-what-continued = { $runs ->
        [one] { $runs } Testlauf von { $app }, fortgesetzt
       *[other] { $runs } Testläufe von { $app }, fortgesetzt
    }
# The finished archive's summary: each term, then its value.
exporting-summary-continued = Fortgesetzt
# $when: when the export was begun, in words (e.g. "27 November 2026, 23:01 UTC").
exporting-summary-continued-from = Der am { $when } begonnene Export
exporting-summary-begun-anew = Neu begonnen
exporting-summary-runs = Testläufe
# The runs of an export of several apps. $runs: all runs; $each: the apps' runs, joined by
# commas, each of them exporting-runs-in-app.
exporting-summary-runs-each = { $runs } ({ $each })
# $runs: an app's runs; $app: the app's name.
exporting-runs-in-app = { $runs } in { $app }
exporting-summary-files = Dateien
# $files: the files in the archive; $missing: how many of them App Center no longer had.
exporting-summary-files-missing = { $files } ({ $missing } bei App Center nicht mehr vorhanden)
exporting-summary-size = Größe
exporting-summary-left-out = Nicht aufgenommen
# $records: the records of other test runs left out of the archive.
exporting-summary-left-out-records = { $records ->
        [one] { $records } Datensatz anderer Testläufe
       *[other] { $records } Datensätze anderer Testläufe
    }
exporting-summary-nothing-left-out = Nichts
exporting-summary-protection = Schutz
exporting-summary-password = Passwort (AES-256)
exporting-summary-request = Antrag
# $reference: the request's reference.
exporting-summary-request-recorded = { $reference } (im Journal erfasst)
exporting-summary-journal = Journal
# When the journal (the record of requests) could not record the export. $problem: why, two
# sentences of the error table (exporting-problem).
exporting-summary-not-recorded = Nicht erfasst. { $problem } Das Archiv selbst ist vollständig und kann gespeichert werden.
# An error of the error table (app-errors.ftl) in a line: $title says what happened, $next what
# to do next; both are sentences.
exporting-problem = { $title } { $next }
exporting-not-saved = Noch nicht gespeichert. Das Archiv wird gelöscht, wenn Sie ACT Export schließen.
# $path: where the archive was saved.
exporting-saved = Gespeichert unter { $path }
# $path: where the archive was saved; $problem: why the journal could not record it (exporting-problem).
exporting-saved-unrecorded = Gespeichert unter { $path }. Das Journal konnte dies nicht erfassen. { $problem }
# The button that copies the archive's password, and what it says for two seconds after.
exporting-copy = Kopieren
exporting-copied = Kopiert
exporting-copy-failed = Kopieren fehlgeschlagen
# Said to a screen reader (not shown) while files are downloaded, at each quarter. $phase: the
# step (exporting-phase-downloading); $percent: 25, 50 or 75.
exporting-announce-downloaded = { $phase }: { $percent } % erledigt
# Said to a screen reader (not shown) when the archive is ready. $size: its size (e.g. "1.5 MB").
# "Save as" is the name of the Done screen's button (page-done-save), without its dots.
exporting-announce-ready = Das Archiv ist fertig ({ $size }). Es ist noch nicht gespeichert: Wählen Sie „Speichern unter“, um es zu behalten.

## Unfinished exports (ui/js/unfinished.js)

# The title of the list of exports that did not finish. $count: how many.
unfinished-title = { $count ->
        [one] Ein Export wurde nicht abgeschlossen
       *[other] Nicht abgeschlossene Exporte
    }
# One unfinished export. $app: the app's name; $runs: its test runs; $whose: "yes" when it has a
# $subject (whose data); $requested: "yes" when it answers a request, $reference; $protected:
# "yes" when it is protected with a password; $started: when it was begun, in words (e.g.
# "27 November 2026, 23:01 UTC"); $done: the files done; $planned: all its files.
unfinished-what = { $app }: { $runs ->
        [one] { $runs } Testlauf
       *[other] { $runs } Testläufe
    }{ $whose ->
        [yes] , { $subject }
       *[no] {""}
    }{ $requested ->
        [yes] {" "}(Antrag { $reference })
       *[no] {""}
    }{ $protected ->
        [yes] , mit Passwort geschützt
       *[no] {""}
    }, begonnen am { $started }; { $done } von { $planned ->
        [one] { $planned } Datei
       *[other] { $planned } Dateien
    } erledigt.
# What to do to continue it, after that line. The program that runs it now, in words.
unfinished-running = Er läuft gerade in { $program }.
# $service: the address of the App Center service it reads.
unfinished-connect = Verbinden Sie sich mit { $service }, um ihn fortzusetzen.
unfinished-connect-sample = Verbinden Sie sich mit den Beispieldaten, um ihn fortzusetzen.
# On the Requests screen. "Export without a request", "Try with sample data": the names of those
# buttons (keep the same words as the buttons).
unfinished-from-home-sample = Wählen Sie „Ohne Antrag exportieren“ und dann „Mit Beispieldaten ausprobieren“, um ihn fortzusetzen.
unfinished-from-home = Wählen Sie „Ohne Antrag exportieren“ und verbinden Sie sich mit { $service }, um ihn fortzusetzen.
unfinished-try-sample = Wählen Sie „Mit Beispieldaten ausprobieren“, um ihn fortzusetzen.
# Buttons on an unfinished export.
unfinished-continue = Fortsetzen
unfinished-discard = Verwerfen

## The small dialogs (ui/js/dialogs.js)

# What a form's dialog says when the app refused: an error of the error table (app-errors.ftl).
# $title says what happened, $next what to do next; both are sentences.
dialog-problem = { $title } { $next }

## Sizes and times (ui/js/format.js)

# A size in bytes (below 1000). $bytes: the number.
format-size-bytes = { $bytes ->
        [one] { $bytes } Byte
       *[other] { $bytes } Byte
    }
# Sizes in kilobytes, megabytes, gigabytes and terabytes (1000 of the one before). $size: the
# number, already written as the language writes it ("1.5", "12").
format-size-kilobytes = { $size } kB
format-size-megabytes = { $size } MB
format-size-gigabytes = { $size } GB
format-size-terabytes = { $size } TB
# How long something takes, e.g. in "Time left: …" (exporting-time-left).
# Below 10 seconds.
format-duration-few-seconds = wenige Sekunden
# Below a minute. $seconds: rounded to 5 (10, 15, … 60).
format-duration-seconds = { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }
# Below an hour. $minutes: whole minutes (1 to 59).
format-duration-minutes = { $minutes ->
        [one] etwa eine Minute
       *[other] etwa { $minutes } Minuten
    }
# An hour or more. $hours: hours, with one decimal when not whole (e.g. 1.5).
format-duration-hours = { $hours ->
        [one] etwa { $hours } Stunde
       *[other] etwa { $hours } Stunden
    }

# Said on the Connect screen when "Remember this token" was ticked but the computer's
# keychain could not keep it (the connection itself worked).
connect-not-remembered = Verbunden, aber der Schlüsselbund dieses Computers konnte das Token nicht speichern: Fügen Sie es beim nächsten Mal erneut ein.
