## The page's words for connecting and exporting, which its scripts write: the Connect screen
## (connect-), the apps and the search across them (apps-), an app's test runs (runs-), the
## export's progress and the finished archive (exporting-), the letter's details (preview-), the
## unfinished exports (unfinished-), the small dialogs (dialog-), the window's frame (main-), and
## sizes and times (format-). The static words of the page are in app.ftl.
## "App Center" (the service), "ACT Export" (this app) and "SHA-256", "AES-256" are names: keep
## them as they are.
##
## French: an app's name follows "dans" or "l'application" (never "de", which would have to
## elide before a vowel). A non-breaking space (U+00A0) stands before ":", ";", "?" and "!",
## and inside « ».

## The window's frame (ui/js/main.js)

# At the top of the window once connected. $name: the App Center user's display name.
main-greeting = Bonjour { $name }
# A banner above the export steps when they answer a request. $reference: the request's
# reference (e.g. "DSR-2026-041"); $subject: the person or company whose data is exported.
main-for-request = Pour la demande { $reference } : données concernant { $subject }
# At the foot of the window. $name: the app's name ("ACT Export"); $version: e.g. "1.4.0".
main-version = { $name }, version { $version }
# At the foot of the window, when the app's version could not be read.
main-version-unknown = Version inconnue
# A question when the officer leaves a finished archive that was not saved: its title, its
# text, and the button that leaves (the other button, "Keep it", stays).
main-leave-title = Quitter sans enregistrer ?
main-leave-text = L'archive n'est pas encore enregistrée. Si vous quittez cet écran, elle sera supprimée et vous devrez exporter à nouveau.
main-leave-yes = Quitter et la supprimer

## The Connect screen (ui/js/connect.js)

# Status lines while a connection is tried.
connect-checking-token = Vérification du jeton…
connect-starting-sample = Démarrage des données d'exemple…
connect-checking-saved-token = Vérification du jeton enregistré…
# After the button that forgets the saved token.
connect-token-forgotten = Le jeton enregistré a été supprimé de cet ordinateur.
# The button beside the token field: shows the token typed, or masks it again.
connect-show-token = Afficher
connect-hide-token = Masquer
# When the Paste button may not read the clipboard.
connect-paste-by-hand = Cliquez dans le champ du jeton et appuyez sur Ctrl+V (ou Cmd+V) pour coller.

## The apps screen and the search across the apps (ui/js/apps.js)

# In an app's line, when App Center does not say for which operating system it is.
apps-unknown-os = système inconnu
# A badge on an app's line. $chosen: what of the app is in the export, one of the messages
# runs-pick-every, runs-pick-all or runs-pick (e.g. "8 test runs").
apps-in-export = Dans cette exportation : { $chosen }
apps-none-visible = Ce jeton ne donne accès à aucune application.
apps-no-match = Aucune application ne correspond à la recherche.
# Under the list of apps. $shown: the apps the search shows; $total: all apps.
apps-shown = Applications affichées : { $shown } sur { $total }
apps-loading = Chargement des applications…
# The search for a client's test runs across every app: one line per app with runs that match.
# $app: the app's name; $count: its runs that match.
apps-found-in-app = { $app } : { $count ->
        [one] { $count } exécution de test correspond
       *[other] { $count } exécutions de test correspondent
    }
# A button on an app's line of finds, and its text once pressed.
apps-add-found = Ajouter à l'exportation
apps-added = Ajoutée
# A button on an app's line of finds: opens the app's test runs. $app: the app's name.
apps-review = Examiner
    .aria-label = Examiner les exécutions de test de l'application { $app }
# While the search reads each app in turn. $app: the app's name; $n: its number; $total: all apps.
apps-searching = Recherche dans { $app } ({ $n } sur { $total })…
# The search found nothing. $apps: how many apps were searched; $words: the words searched for.
apps-found-none = Aucune exécution de test ne correspond à « { $words } » ({ $apps ->
        [one] { $apps } application examinée
       *[other] { $apps } applications examinées
    }).
# The search found runs. $runs: how many runs match; $apps: in how many apps.
apps-found = { $runs ->
        [one] { $runs } exécution de test correspond
       *[other] { $runs } exécutions de test correspondent
    } dans { $apps ->
        [one] { $apps } application
       *[other] { $apps } applications
    }. Ajoutez-les à l'exportation, ou examinez-les application par application.

## An app's test runs (ui/js/runs.js)

# What of an app is in the export, for the badge "In this export: …" (apps-in-export).
# The entire app, before its runs were counted.
runs-pick-every = toutes les exécutions de test
# The entire app. $count: its runs.
runs-pick-all = { $count ->
        [one] toutes les exécutions de test ({ $count })
       *[other] les { $count } exécutions de test
    }
# Some runs. $count: how many.
runs-pick = { $count ->
        [one] { $count } exécution de test
       *[other] { $count } exécutions de test
    }
# The other apps whose runs are in the same export, one line each. $app: the app's name.
runs-other-every = toutes les exécutions de test dans { $app }
runs-other-all = { $count ->
        [one] toutes les exécutions de test dans { $app } ({ $count })
       *[other] les { $count } exécutions de test dans { $app }
    }
runs-other = { $count ->
        [one] { $count } exécution de test dans { $app }
       *[other] { $count } exécutions de test dans { $app }
    }
# A button on such a line: takes that app's runs out of the export. $app: the app's name.
runs-remove = Retirer
    .aria-label = Retirer de cette exportation les exécutions de test de l'application { $app }
# Beside the Export button: what is chosen in this app. $count: the app's runs, or the runs
# selected.
runs-entire-app = { $count ->
        [one] L'application entière : { $count } exécution de test
       *[other] L'application entière : les { $count } exécutions de test
    }
runs-none-selected = Aucune exécution de test sélectionnée
runs-selected = { $count ->
        [one] { $count } exécution de test sélectionnée
       *[other] { $count } exécutions de test sélectionnées
    }
# Beside the Export button when other apps' runs are in the export too (short: it must fit an
# 800×600 window). $here: this app's runs chosen; $all: the runs chosen in every app; $apps: the
# apps with runs chosen.
runs-entire-app-and-others = toutes ici ({ $here }), { $all } dans { $apps ->
        [one] { $apps } application
       *[other] { $apps } applications
    }
runs-selected-and-others = sélection : { $here } ici, { $all } dans { $apps ->
        [one] { $apps } application
       *[other] { $apps } applications
    }
# The label, for screen readers, of the checkbox that selects one run. $date: when the run was
# made (e.g. "3 Jan 2024, 18:46"); $series: its test series; $version: the app's version tested.
runs-select-run =
    .aria-label = Sélectionner l'exécution du { $date }, { $series }, version { $version }
# Above the table of runs. $count: the app's runs.
runs-count = { $count ->
        [one] { $count } exécution de test
       *[other] { $count } exécutions de test
    }
# Above the table of runs, when the filters hide some. $shown: the runs shown; $total: all.
runs-shown = Exécutions de test affichées : { $shown } sur { $total }
# The password the archive is protected with, when the officer chose their own (it is not
# shown). $length: how many characters it has.
runs-own-password = le vôtre ({ $length ->
        [one] { $length } caractère
       *[other] { $length } caractères
    })
# The button that copies the password, and what it says for two seconds after.
runs-copy = Copier
runs-copied = Copié
runs-copy-failed = Échec de la copie
# When the officer's own password is too short. "Cancel" is the dialog's button.
runs-password-too-short = Choisissez un mot de passe plus long, ou Annuler pour garder celui qui est proposé.
runs-loading = Chargement des exécutions de test…
# The first choice of the filter by test series.
runs-all-series = Toutes les séries

## The export's progress and the finished archive (ui/js/exporting.js)

# The steps of an export, as the progress shows them.
exporting-phase-listing-runs = Recensement des exécutions de test de l'application
exporting-phase-reading-runs = Lecture des exécutions de test et de leurs rapports
exporting-phase-reading-export-records = Lecture des enregistrements d'exportation
exporting-phase-reading-account-data = Lecture des enregistrements d'exportation du compte
exporting-phase-downloading = Téléchargement des fichiers
exporting-phase-writing = Écriture de l'archive
exporting-phase-done = Terminé
# A step in an export of several apps. $phase: the step (one of the messages above); $app: the
# app being read.
exporting-phase-in-app = { $phase } ({ $app })
# The progress of a step. $phase: the step; $done: the items done; $total: all items.
exporting-progress = { $phase } : { $done } sur { $total }
# The progress while files are downloaded. $phase: the step; $done and $total: files downloaded
# and to download; $downloaded: the size downloaded (e.g. "1.5 MB"); $known: "yes" when the size
# of all files, $size, is known; $copying: "yes" when some of what was downloaded is not yet
# copied into the archive, of which $archived (a size) is.
exporting-progress-downloading = { $phase } : { $done } sur { $total }, { $known ->
        [yes] { $downloaded } sur { $size }
       *[no] { $downloaded } téléchargés
    }{ $copying ->
        [yes] {"\u00A0"}; { $archived } dans l'archive
       *[no] {""}
    }
# Under the progress. $duration: e.g. "about 5 minutes" (format-duration-…).
exporting-time-left = Temps restant : { $duration }
# When App Center refused for a moment and the app waits before trying again. $seconds: the wait.
exporting-retry-rate-limited = App Center nous a demandé de ralentir ; nouvel essai dans { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }. C'est normal, et rien n'est perdu.
exporting-retry-server-error = App Center a rencontré un problème passager ; nouvel essai dans { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }. C'est normal, et rien n'est perdu.
exporting-retry-connection = La connexion a été interrompue ; nouvel essai dans { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }. C'est normal, et rien n'est perdu.
# When the app waits to keep within App Center's limit of requests. $seconds: the wait.
exporting-pacing = Respect de la limite d'App Center de 500 requêtes par tranche de 5 minutes : les prochaines requêtes partent dans { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }.
# The progress before the first step, and after the officer stopped the export.
exporting-starting = Démarrage
exporting-stopping = Arrêt en cours
# What is exported, under the progress's title: each app's part, joined into one list as the
# language joins lists ("8 test runs of FieldMate for Android and 5 of FieldMate for iOS").
# $app: the app's name; $runs: its runs exported. The first app's part begins the line.
exporting-what-first = { $runs ->
        [one] { $runs } exécution de test dans { $app }
       *[other] { $runs } exécutions de test dans { $app }
    }
exporting-what-every-first = Toutes les exécutions de test dans { $app }
# The other apps' parts, after the first.
exporting-what-next = { $runs } dans { $app }
exporting-what-every-next = toutes les exécutions de test dans { $app }
# What is exported when an unfinished export is continued. $runs: its runs; $app: the app's name.
exporting-what-continued = { $runs ->
        [one] { $runs } exécution de test dans { $app }, exportation reprise
       *[other] { $runs } exécutions de test dans { $app }, exportation reprise
    }
# The finished archive's summary: each term, then its value.
exporting-summary-continued = Reprise
# $when: when the export was begun, in words (e.g. "27 November 2026, 23:01 UTC").
exporting-summary-continued-from = L'exportation commencée le { $when }
exporting-summary-begun-anew = Recommencée à zéro
exporting-summary-runs = Exécutions de test
# The runs of an export of several apps. $runs: all runs; $each: the apps' runs, joined by
# commas, each of them exporting-runs-in-app.
exporting-summary-runs-each = { $runs } ({ $each })
# $runs: an app's runs; $app: the app's name.
exporting-runs-in-app = { $runs } dans { $app }
exporting-summary-files = Fichiers
# $files: the files in the archive; $missing: how many of them App Center no longer had.
exporting-summary-files-missing = { $files } (n'existant plus dans App Center : { $missing })
exporting-summary-size = Taille
exporting-summary-left-out = Exclusions
# $records: the records of other test runs left out of the archive.
exporting-summary-left-out-records = { $records ->
        [one] { $records } enregistrement d'autres exécutions de test
       *[other] { $records } enregistrements d'autres exécutions de test
    }
exporting-summary-nothing-left-out = Aucune
exporting-summary-protection = Protection
exporting-summary-password = Mot de passe (AES-256)
exporting-summary-request = Demande
# $reference: the request's reference.
exporting-summary-request-recorded = { $reference } (consignée dans le journal)
exporting-summary-journal = Journal
# When the journal (the record of requests) could not record the export. $problem: why, two
# sentences of the error table (exporting-problem).
exporting-summary-not-recorded = Non consignée. { $problem } L'archive elle-même est complète et peut être enregistrée.
# An error of the error table (app-errors.ftl) in a line: $title says what happened, $next what
# to do next; both are sentences.
exporting-problem = { $title } { $next }
exporting-not-saved = Pas encore enregistrée. L'archive sera supprimée à la fermeture d'ACT Export.
# $path: where the archive was saved.
exporting-saved = Enregistrée dans { $path }
# $path: where the archive was saved; $problem: why the journal could not record it (exporting-problem).
exporting-saved-unrecorded = Enregistrée dans { $path }. Le journal n'a pas pu la consigner. { $problem }
# The button that copies the archive's password, and what it says for two seconds after.
exporting-copy = Copier
exporting-copied = Copié
exporting-copy-failed = Échec de la copie
# Said to a screen reader (not shown) while files are downloaded, at each quarter. $phase: the
# step (exporting-phase-downloading); $percent: 25, 50 or 75.
exporting-announce-downloaded = { $phase } : { $percent } % effectué
# Said to a screen reader (not shown) when the archive is ready. $size: its size (e.g. "1.5 MB").
# "Save as" is the name of the Done screen's button (page-done-save), without its dots.
exporting-announce-ready = L'archive est prête ({ $size }). Elle n'est pas encore enregistrée : choisissez Enregistrer sous pour la conserver.

## Unfinished exports (ui/js/unfinished.js)

# The title of the list of exports that did not finish. $count: how many.
unfinished-title = { $count ->
        [one] Une exportation est inachevée
       *[other] Exportations inachevées
    }
# One unfinished export. $app: the app's name; $runs: its test runs; $whose: "yes" when it has a
# $subject (whose data); $requested: "yes" when it answers a request, $reference; $protected:
# "yes" when it is protected with a password; $started: when it was begun, in words (e.g.
# "27 November 2026, 23:01 UTC"); $done: the files done; $planned: all its files.
# French chooses the files' plural on $done (the participle agrees with it).
unfinished-what = { $app } : { $runs ->
        [one] { $runs } exécution de test
       *[other] { $runs } exécutions de test
    }{ $whose ->
        [yes] , { $subject }
       *[no] {""}
    }{ $requested ->
        [yes] {" "}(demande { $reference })
       *[no] {""}
    }{ $protected ->
        [yes] , protégée par un mot de passe
       *[no] {""}
    }, commencée le { $started } ; { $done ->
        [one] { $done } fichier traité
       *[other] { $done } fichiers traités
    } sur { $planned }.
# What to do to continue it, after that line. The program that runs it now, in words.
unfinished-running = Elle est en cours dans { $program }.
# $service: the address of the App Center service it reads.
unfinished-connect = Connectez-vous à { $service } pour la poursuivre.
unfinished-connect-sample = Connectez-vous aux données d'exemple pour la poursuivre.
# On the Requests screen. "Export without a request", "Try with sample data": the names of those
# buttons (keep the same words as the buttons).
unfinished-from-home-sample = Choisissez Exporter sans demande, puis Essayer avec des données d'exemple, pour la poursuivre.
unfinished-from-home = Choisissez Exporter sans demande et connectez-vous à { $service } pour la poursuivre.
unfinished-try-sample = Choisissez Essayer avec des données d'exemple pour la poursuivre.
# Buttons on an unfinished export.
unfinished-continue = Poursuivre
unfinished-discard = Abandonner

## The small dialogs (ui/js/dialogs.js)

# What a form's dialog says when the app refused: an error of the error table (app-errors.ftl).
# $title says what happened, $next what to do next; both are sentences.
dialog-problem = { $title } { $next }

## Sizes and times (ui/js/format.js)

# A size in bytes (below 1000). $bytes: the number.
format-size-bytes = { $bytes ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    }
# Sizes in kilobytes, megabytes, gigabytes and terabytes (1000 of the one before). $size: the
# number, already written as the language writes it ("1.5", "12").
format-size-kilobytes = { $size } ko
format-size-megabytes = { $size } Mo
format-size-gigabytes = { $size } Go
format-size-terabytes = { $size } To
# How long something takes, e.g. in "Time left: …" (exporting-time-left).
# Below 10 seconds.
format-duration-few-seconds = quelques secondes
# Below a minute. $seconds: rounded to 5 (10, 15, … 60).
format-duration-seconds = { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }
# Below an hour. $minutes: whole minutes (1 to 59).
format-duration-minutes = { $minutes ->
        [one] environ une minute
       *[other] environ { $minutes } minutes
    }
# An hour or more. $hours: hours, with one decimal when not whole (e.g. 1.5).
format-duration-hours = { $hours ->
        [one] environ { $hours } heure
       *[other] environ { $hours } heures
    }

# Said on the Connect screen when "Remember this token" was ticked but the computer's
# keychain could not keep it (the connection itself worked).
connect-not-remembered = Connecté, mais le trousseau de cet ordinateur n'a pas pu conserver le jeton : collez-le à nouveau la prochaine fois.
