## The page's words for connecting and exporting, which its scripts write: the Connect screen
## (connect-), the apps and the search across them (apps-), an app's test runs (runs-), the
## export's progress and the finished archive (exporting-), the letter's details (preview-), the
## unfinished exports (unfinished-), the small dialogs (dialog-), the window's frame (main-), and
## sizes and times (format-). The static words of the page are in app.ftl.
## "App Center" (the service), "ACT Export" (this app) and "SHA-256", "AES-256" are names: keep
## them as they are.

## The window's frame (ui/js/main.js)

# At the top of the window once connected. $name: the App Center user's display name.
main-greeting = Hola, { $name }
# A banner above the export steps when they answer a request. $reference: the request's
# reference (e.g. "DSR-2026-041"); $subject: the person or company whose data is exported.
main-for-request = Para la solicitud { $reference }: datos de { $subject }
# At the foot of the window. $name: the app's name ("ACT Export"); $version: e.g. "1.4.0".
main-version = { $name }, versión { $version }
# At the foot of the window, when the app's version could not be read.
main-version-unknown = Versión desconocida
# A question when the officer leaves a finished archive that was not saved: its title, its
# text, and the button that leaves (the other button, "Keep it", stays).
main-leave-title = ¿Salir sin guardar?
main-leave-text = El archivo comprimido aún no se ha guardado. Si sale, se eliminará y tendrá que volver a exportar.
main-leave-yes = Salir y eliminarlo

## The Connect screen (ui/js/connect.js)

# Status lines while a connection is tried.
connect-checking-token = Comprobando el token…
connect-starting-sample = Iniciando los datos de ejemplo…
connect-checking-saved-token = Comprobando el token guardado…
# After the button that forgets the saved token.
connect-token-forgotten = Se ha eliminado de este ordenador el token guardado.
# The button beside the token field: shows the token typed, or masks it again.
connect-show-token = Mostrar
connect-hide-token = Ocultar
# When the Paste button may not read the clipboard.
connect-paste-by-hand = Haga clic en el campo del token y pulse Ctrl+V (o Cmd+V) para pegarlo.

## The apps screen and the search across the apps (ui/js/apps.js)

# In an app's line, when App Center does not say for which operating system it is.
apps-unknown-os = sistema operativo desconocido
# A badge on an app's line. $chosen: what of the app is in the export, one of the messages
# runs-pick-every, runs-pick-all or runs-pick (e.g. "8 test runs").
apps-in-export = En esta exportación: { $chosen }
apps-none-visible = Este token no puede ver ninguna aplicación.
apps-no-match = Ninguna aplicación coincide con la búsqueda.
# Under the list of apps. $shown: the apps the search shows; $total: all apps.
apps-shown = { $shown } de { $total } aplicaciones
apps-loading = Cargando las aplicaciones…
# The search for a client's test runs across every app: one line per app with runs that match.
# $app: the app's name; $count: its runs that match.
apps-found-in-app = { $app }: { $count ->
        [one] { $count } ejecución de prueba coincide
       *[other] { $count } ejecuciones de prueba coinciden
    }
# A button on an app's line of finds, and its text once pressed.
apps-add-found = Añadir a la exportación
apps-added = Añadida
# A button on an app's line of finds: opens the app's test runs. $app: the app's name.
apps-review = Revisar
    .aria-label = Revisar las ejecuciones de prueba de { $app }
# While the search reads each app in turn. $app: the app's name; $n: its number; $total: all apps.
apps-searching = Buscando en { $app } ({ $n } de { $total })…
# The search found nothing. $apps: how many apps were searched; $words: the words searched for.
apps-found-none = Ninguna ejecución de prueba coincide con «{ $words }» en { $apps ->
        [one] { $apps } aplicación revisada
       *[other] las { $apps } aplicaciones revisadas
    }.
# The search found runs. $runs: how many runs match; $apps: in how many apps.
apps-found = { $runs ->
        [one] { $runs } ejecución de prueba coincide en { $apps ->
            [one] { $apps } aplicación
           *[other] { $apps } aplicaciones
        }. Añádala a la exportación o revísela aplicación por aplicación.
       *[other] { $runs } ejecuciones de prueba coinciden en { $apps ->
            [one] { $apps } aplicación
           *[other] { $apps } aplicaciones
        }. Añádalas a la exportación o revíselas aplicación por aplicación.
    }

## An app's test runs (ui/js/runs.js)

# What of an app is in the export, for the badge "In this export: …" (apps-in-export).
# The entire app, before its runs were counted.
runs-pick-every = todas las ejecuciones de prueba
# The entire app. $count: its runs.
runs-pick-all = { $count ->
        [one] su única ejecución de prueba ({ $count })
       *[other] todas sus ejecuciones de prueba ({ $count })
    }
# Some runs. $count: how many.
runs-pick = { $count ->
        [one] { $count } ejecución de prueba
       *[other] { $count } ejecuciones de prueba
    }
# The other apps whose runs are in the same export, one line each. $app: the app's name.
runs-other-every = todas las ejecuciones de prueba de { $app }
runs-other-all = { $count ->
        [one] la única ejecución de prueba de { $app } ({ $count })
       *[other] todas las ejecuciones de prueba de { $app } ({ $count })
    }
runs-other = { $count ->
        [one] { $count } ejecución de prueba de { $app }
       *[other] { $count } ejecuciones de prueba de { $app }
    }
# A button on such a line: takes that app's runs out of the export. $app: the app's name.
runs-remove = Quitar
    .aria-label = Quitar de esta exportación las ejecuciones de prueba de { $app }
# Beside the Export button: what is chosen in this app. $count: the app's runs, or the runs
# selected.
runs-entire-app = { $count ->
        [one] Toda la aplicación: { $count } ejecución de prueba
       *[other] Toda la aplicación: las { $count } ejecuciones de prueba
    }
runs-none-selected = Ninguna ejecución de prueba seleccionada
runs-selected = { $count ->
        [one] { $count } ejecución de prueba seleccionada
       *[other] { $count } ejecuciones de prueba seleccionadas
    }
# Beside the Export button when other apps' runs are in the export too (short: it must fit an
# 800×600 window). $here: this app's runs chosen; $all: the runs chosen in every app; $apps: the
# apps with runs chosen.
runs-entire-app-and-others = todas aquí ({ $here }), { $all } en { $apps ->
        [one] { $apps } aplicación
       *[other] { $apps } aplicaciones
    }
runs-selected-and-others = { $here ->
        [one] { $here } seleccionada
       *[other] { $here } seleccionadas
    } aquí, { $all } en { $apps ->
        [one] { $apps } aplicación
       *[other] { $apps } aplicaciones
    }
# The label, for screen readers, of the checkbox that selects one run. $date: when the run was
# made (e.g. "3 Jan 2024, 18:46"); $series: its test series; $version: the app's version tested.
runs-select-run =
    .aria-label = Seleccionar la ejecución del { $date }, { $series }, versión { $version }
# Above the table of runs. $count: the app's runs.
runs-count = { $count ->
        [one] { $count } ejecución de prueba
       *[other] { $count } ejecuciones de prueba
    }
# Above the table of runs, when the filters hide some. $shown: the runs shown; $total: all.
runs-shown = Se muestran { $shown } de { $total } ejecuciones de prueba
# The password the archive is protected with, when the officer chose their own (it is not
# shown). $length: how many characters it has.
runs-own-password = la suya ({ $length ->
        [one] { $length } carácter
       *[other] { $length } caracteres
    })
# The button that copies the password, and what it says for two seconds after.
runs-copy = Copiar
runs-copied = Copiado
runs-copy-failed = No se pudo copiar
# When the officer's own password is too short. "Cancel" is the dialog's button.
runs-password-too-short = Elija una contraseña más larga o pulse Cancelar para conservar la sugerida.
runs-loading = Cargando las ejecuciones de prueba…
# The first choice of the filter by test series.
runs-all-series = Todas las series

## The export's progress and the finished archive (ui/js/exporting.js)

# The steps of an export, as the progress shows them.
exporting-phase-listing-runs = Enumerando las ejecuciones de prueba de la aplicación
exporting-phase-reading-runs = Leyendo las ejecuciones de prueba y sus informes
exporting-phase-reading-export-records = Leyendo los registros de exportación
exporting-phase-reading-account-data = Leyendo los registros de exportación de la cuenta
exporting-phase-downloading = Descargando ficheros
exporting-phase-writing = Escribiendo el archivo comprimido
exporting-phase-done = Terminado
# A step in an export of several apps. $phase: the step (one of the messages above); $app: the
# app being read.
exporting-phase-in-app = { $phase } ({ $app })
# The progress of a step. $phase: the step; $done: the items done; $total: all items.
exporting-progress = { $phase }: { $done } de { $total }
# The progress while files are downloaded. $phase: the step; $done and $total: files downloaded
# and to download; $downloaded: the size downloaded (e.g. "1.5 MB"); $known: "yes" when the size
# of all files, $size, is known; $copying: "yes" when some of what was downloaded is not yet
# copied into the archive, of which $archived (a size) is.
exporting-progress-downloading = { $phase }: { $done } de { $total }, { $known ->
        [yes] { $downloaded } de { $size }
       *[no] { $downloaded } hasta ahora
    }{ $copying ->
        [yes] ; { $archived } en el archivo comprimido
       *[no] {""}
    }
# Under the progress. $duration: e.g. "about 5 minutes" (format-duration-…).
exporting-time-left = Tiempo restante: { $duration }
# When App Center refused for a moment and the app waits before trying again. $seconds: the wait.
exporting-retry-rate-limited = App Center nos ha pedido que reduzcamos el ritmo; se volverá a intentar dentro de { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }. Es normal y no se pierde nada.
exporting-retry-server-error = App Center ha tenido un problema pasajero; se volverá a intentar dentro de { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }. Es normal y no se pierde nada.
exporting-retry-connection = Se ha interrumpido la conexión; se volverá a intentar dentro de { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }. Es normal y no se pierde nada.
# When the app waits to keep within App Center's limit of requests. $seconds: the wait.
exporting-pacing = Respetando el límite de App Center de 500 peticiones cada 5 minutos: las siguientes peticiones empezarán dentro de { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
# The progress before the first step, and after the officer stopped the export.
exporting-starting = Iniciando
exporting-stopping = Deteniendo
# What is exported, under the progress's title: each app's part, joined into one list as the
# language joins lists ("8 test runs of FieldMate for Android and 5 of FieldMate for iOS").
# $app: the app's name; $runs: its runs exported. The first app's part begins the line.
exporting-what-first = { $runs ->
        [one] { $runs } ejecución de prueba de { $app }
       *[other] { $runs } ejecuciones de prueba de { $app }
    }
exporting-what-every-first = Todas las ejecuciones de prueba de { $app }
# The other apps' parts, after the first.
exporting-what-next = { $runs } de { $app }
exporting-what-every-next = todas las ejecuciones de prueba de { $app }
# What is exported when an unfinished export is continued. $runs: its runs; $app: the app's name.
exporting-what-continued = { $runs ->
        [one] { $runs } ejecución de prueba de { $app } (continuación)
       *[other] { $runs } ejecuciones de prueba de { $app } (continuación)
    }
# The finished archive's summary: each term, then its value.
exporting-summary-continued = Continuación
# $when: when the export was begun, in words (e.g. "27 November 2026, 23:01 UTC").
exporting-summary-continued-from = La exportación iniciada el { $when }
exporting-summary-begun-anew = Empezada de nuevo
exporting-summary-runs = Ejecuciones de prueba
# The runs of an export of several apps. $runs: all runs; $each: the apps' runs, joined by
# commas, each of them exporting-runs-in-app.
exporting-summary-runs-each = { $runs } ({ $each })
# $runs: an app's runs; $app: the app's name.
exporting-runs-in-app = { $runs } en { $app }
exporting-summary-files = Ficheros
# $files: the files in the archive; $missing: how many of them App Center no longer had.
exporting-summary-files-missing = { $files } ({ $missing ->
        [one] { $missing } ya no existía en App Center
       *[other] { $missing } ya no existían en App Center
    })
exporting-summary-size = Tamaño
exporting-summary-left-out = Excluido
# $records: the records of other test runs left out of the archive.
exporting-summary-left-out-records = { $records ->
        [one] { $records } registro de otras ejecuciones de prueba
       *[other] { $records } registros de otras ejecuciones de prueba
    }
exporting-summary-nothing-left-out = Nada
exporting-summary-protection = Protección
exporting-summary-password = Una contraseña (AES-256)
exporting-summary-request = Solicitud
# $reference: the request's reference.
exporting-summary-request-recorded = { $reference } (registrada en el diario)
exporting-summary-journal = Diario
# When the journal (the record of requests) could not record the export. $problem: why, two
# sentences of the error table (exporting-problem).
exporting-summary-not-recorded = No se ha registrado. { $problem } El archivo comprimido en sí está completo y puede guardarse.
# An error of the error table (app-errors.ftl) in a line: $title says what happened, $next what
# to do next; both are sentences.
exporting-problem = { $title } { $next }
exporting-not-saved = Aún no se ha guardado. El archivo comprimido se eliminará al cerrar ACT Export.
# $path: where the archive was saved.
exporting-saved = Guardado en { $path }
# $path: where the archive was saved; $problem: why the journal could not record it (exporting-problem).
exporting-saved-unrecorded = Guardado en { $path }. El diario no ha podido registrarlo. { $problem }
# The button that copies the archive's password, and what it says for two seconds after.
exporting-copy = Copiar
exporting-copied = Copiado
exporting-copy-failed = No se pudo copiar
# Said to a screen reader (not shown) while files are downloaded, at each quarter. $phase: the
# step (exporting-phase-downloading); $percent: 25, 50 or 75.
exporting-announce-downloaded = { $phase }: { $percent } % completado
# Said to a screen reader (not shown) when the archive is ready. $size: its size (e.g. "1.5 MB").
# "Save as" is the name of the Done screen's button (page-done-save), without its dots.
exporting-announce-ready = El archivo comprimido está listo ({ $size }). Aún no se ha guardado: elija Guardar como para conservarlo.

## Unfinished exports (ui/js/unfinished.js)

# The title of the list of exports that did not finish. $count: how many.
unfinished-title = { $count ->
        [one] Una exportación sin terminar
       *[other] Exportaciones sin terminar
    }
# One unfinished export. $app: the app's name; $runs: its test runs; $whose: "yes" when it has a
# $subject (whose data); $requested: "yes" when it answers a request, $reference; $protected:
# "yes" when it is protected with a password; $started: when it was begun, in words (e.g.
# "27 November 2026, 23:01 UTC"); $done: the files done; $planned: all its files.
unfinished-what = { $app }: { $runs ->
        [one] { $runs } ejecución de prueba
       *[other] { $runs } ejecuciones de prueba
    }{ $whose ->
        [yes] , { $subject }
       *[no] {""}
    }{ $requested ->
        [yes] {" "}(solicitud { $reference })
       *[no] {""}
    }{ $protected ->
        [yes] , con contraseña
       *[no] {""}
    }, inicio: { $started }; { $planned ->
        [one] { $done } de { $planned } fichero completado
       *[other] { $done } de { $planned } ficheros completados
    }.
# What to do to continue it, after that line. The program that runs it now, in words.
unfinished-running = Se está ejecutando ahora en { $program }.
# $service: the address of the App Center service it reads.
unfinished-connect = Conéctese a { $service } para continuarla.
unfinished-connect-sample = Conéctese a los datos de ejemplo para continuarla.
# On the Requests screen. "Export without a request", "Try with sample data": the names of those
# buttons (keep the same words as the buttons).
unfinished-from-home-sample = Elija Exportar sin solicitud y, después, Probar con datos de ejemplo para continuarla.
unfinished-from-home = Elija Exportar sin solicitud y conéctese a { $service } para continuarla.
unfinished-try-sample = Elija Probar con datos de ejemplo para continuarla.
# Buttons on an unfinished export.
unfinished-continue = Continuar
unfinished-discard = Descartar

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
format-duration-few-seconds = unos segundos
# Below a minute. $seconds: rounded to 5 (10, 15, … 60).
format-duration-seconds = { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }
# Below an hour. $minutes: whole minutes (1 to 59).
format-duration-minutes = { $minutes ->
        [one] alrededor de un minuto
       *[other] unos { $minutes } minutos
    }
# An hour or more. $hours: hours, with one decimal when not whole (e.g. 1.5).
format-duration-hours = { $hours ->
        [one] alrededor de { $hours } hora
       *[other] unas { $hours } horas
    }

# Said on the Connect screen when "Remember this token" was ticked but the computer's
# keychain could not keep it (the connection itself worked).
connect-not-remembered = Conectado, pero el almacén de credenciales de este ordenador no ha podido guardar el token: péguelo de nuevo la próxima vez.
