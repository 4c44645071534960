## The page's words for connecting and exporting, which its scripts write: the Connect screen
## (connect-), the apps and the search across them (apps-), an app's test runs (runs-), the
## export's progress and the finished archive (exporting-), the letter's details (preview-), the
## unfinished exports (unfinished-), the small dialogs (dialog-), the window's frame (main-), and
## sizes and times (format-). The static words of the page are in app.ftl.
## "App Center" (the service), "ACT Export" (this app) and "SHA-256", "AES-256" are names: keep
## them as they are.

## The window's frame (ui/js/main.js)

# At the top of the window once connected. $name: the App Center user's display name.
main-greeting = Hello, { $name }
# A banner above the export steps when they answer a request. $reference: the request's
# reference (e.g. "DSR-2026-041"); $subject: the person or company whose data is exported.
main-for-request = For request { $reference }: data of { $subject }
# At the foot of the window. $name: the app's name ("ACT Export"); $version: e.g. "1.4.0".
main-version = { $name } version { $version }
# At the foot of the window, when the app's version could not be read.
main-version-unknown = Version unknown
# A question when the officer leaves a finished archive that was not saved: its title, its
# text, and the button that leaves (the other button, "Keep it", stays).
main-leave-title = Leave without saving?
main-leave-text = The archive is not saved yet. If you leave, it is deleted, and you would have to export again.
main-leave-yes = Leave and delete it

## The Connect screen (ui/js/connect.js)

# Status lines while a connection is tried.
connect-checking-token = Checking the token…
connect-starting-sample = Starting the sample data…
connect-checking-saved-token = Checking the saved token…
# After the button that forgets the saved token.
connect-token-forgotten = The saved token was removed from this computer.
# The button beside the token field: shows the token typed, or masks it again.
connect-show-token = Show
connect-hide-token = Hide
# When the Paste button may not read the clipboard.
connect-paste-by-hand = Click in the token field and press Ctrl+V (or Cmd+V) to paste.

## The apps screen and the search across the apps (ui/js/apps.js)

# In an app's line, when App Center does not say for which operating system it is.
apps-unknown-os = unknown OS
# A badge on an app's line. $chosen: what of the app is in the export, one of the messages
# runs-pick-every, runs-pick-all or runs-pick (e.g. "8 test runs").
apps-in-export = In this export: { $chosen }
apps-none-visible = This token cannot see any apps.
apps-no-match = No app matches the search.
# Under the list of apps. $shown: the apps the search shows; $total: all apps.
apps-shown = { $shown } of { $total } apps
apps-loading = Loading the apps…
# The search for a client's test runs across every app: one line per app with runs that match.
# $app: the app's name; $count: its runs that match.
apps-found-in-app = { $app }: { $count ->
        [one] { $count } test run matches
       *[other] { $count } test runs match
    }
# A button on an app's line of finds, and its text once pressed.
apps-add-found = Add to the export
apps-added = Added
# A button on an app's line of finds: opens the app's test runs. $app: the app's name.
apps-review = Review
    .aria-label = Review the test runs of { $app }
# While the search reads each app in turn. $app: the app's name; $n: its number; $total: all apps.
apps-searching = Searching { $app } ({ $n } of { $total })…
# The search found nothing. $apps: how many apps were searched; $words: the words searched for.
apps-found-none = No test run in any of the { $apps ->
        [one] { $apps } app
       *[other] { $apps } apps
    } matches "{ $words }".
# The search found runs. $runs: how many runs match; $apps: in how many apps.
apps-found = { $runs ->
        [one] { $runs } test run
       *[other] { $runs } test runs
    } in { $apps ->
        [one] { $apps } app
       *[other] { $apps } apps
    } match. Add them to the export, or review them app by app.

## An app's test runs (ui/js/runs.js)

# What of an app is in the export, for the badge "In this export: …" (apps-in-export).
# The entire app, before its runs were counted.
runs-pick-every = every test run
# The entire app. $count: its runs.
runs-pick-all = { $count ->
        [one] all { $count } test run
       *[other] all { $count } test runs
    }
# Some runs. $count: how many.
runs-pick = { $count ->
        [one] { $count } test run
       *[other] { $count } test runs
    }
# The other apps whose runs are in the same export, one line each. $app: the app's name.
runs-other-every = every test run in { $app }
runs-other-all = { $count ->
        [one] all { $count } test run in { $app }
       *[other] all { $count } test runs in { $app }
    }
runs-other = { $count ->
        [one] { $count } test run in { $app }
       *[other] { $count } test runs in { $app }
    }
# A button on such a line: takes that app's runs out of the export. $app: the app's name.
runs-remove = Remove
    .aria-label = Remove the test runs of { $app } from this export
# Beside the Export button: what is chosen in this app. $count: the app's runs, or the runs
# selected.
runs-entire-app = { $count ->
        [one] The entire app: all { $count } test run
       *[other] The entire app: all { $count } test runs
    }
runs-none-selected = No test runs selected
runs-selected = { $count ->
        [one] { $count } test run selected
       *[other] { $count } test runs selected
    }
# Beside the Export button when other apps' runs are in the export too (short: it must fit an
# 800×600 window). $here: this app's runs chosen; $all: the runs chosen in every app; $apps: the
# apps with runs chosen.
runs-entire-app-and-others = all { $here } here, { $all } in { $apps ->
        [one] { $apps } app
       *[other] { $apps } apps
    }
runs-selected-and-others = { $here } selected here, { $all } in { $apps ->
        [one] { $apps } app
       *[other] { $apps } apps
    }
# The label, for screen readers, of the checkbox that selects one run. $date: when the run was
# made (e.g. "3 Jan 2024, 18:46"); $series: its test series; $version: the app's version tested.
runs-select-run =
    .aria-label = Select the run of { $date }, { $series }, version { $version }
# Above the table of runs. $count: the app's runs.
runs-count = { $count ->
        [one] { $count } test run
       *[other] { $count } test runs
    }
# Above the table of runs, when the filters hide some. $shown: the runs shown; $total: all.
runs-shown = { $shown } of { $total } test runs shown
# The password the archive is protected with, when the officer chose their own (it is not
# shown). $length: how many characters it has.
runs-own-password = your own ({ $length ->
        [one] { $length } character
       *[other] { $length } characters
    })
# The button that copies the password, and what it says for two seconds after.
runs-copy = Copy
runs-copied = Copied
runs-copy-failed = Copy failed
# When the officer's own password is too short. "Cancel" is the dialog's button.
runs-password-too-short = Choose a longer password, or Cancel to keep the suggested one.
runs-loading = Loading the test runs…
# The first choice of the filter by test series.
runs-all-series = All series

## The export's progress and the finished archive (ui/js/exporting.js)

# The steps of an export, as the progress shows them.
exporting-phase-listing-runs = Listing the app's test runs
exporting-phase-reading-runs = Reading the test runs and their reports
exporting-phase-reading-export-records = Reading the export records
exporting-phase-reading-account-data = Reading the account's export records
exporting-phase-downloading = Downloading files
exporting-phase-writing = Writing the archive
exporting-phase-done = Done
# A step in an export of several apps. $phase: the step (one of the messages above); $app: the
# app being read.
exporting-phase-in-app = { $phase } ({ $app })
# The progress of a step. $phase: the step; $done: the items done; $total: all items.
exporting-progress = { $phase }: { $done } of { $total }
# The progress while files are downloaded. $phase: the step; $done and $total: files downloaded
# and to download; $downloaded: the size downloaded (e.g. "1.5 MB"); $known: "yes" when the size
# of all files, $size, is known; $copying: "yes" when some of what was downloaded is not yet
# copied into the archive, of which $archived (a size) is.
exporting-progress-downloading = { $phase }: { $done } of { $total }, { $known ->
        [yes] { $downloaded } of { $size }
       *[no] { $downloaded } so far
    }{ $copying ->
        [yes] ; { $archived } in the archive
       *[no] {""}
    }
# Under the progress. $duration: e.g. "about 5 minutes" (format-duration-…).
exporting-time-left = Time left: { $duration }
# When App Center refused for a moment and the app waits before trying again. $seconds: the wait.
exporting-retry-rate-limited = App Center asked us to slow down; trying again in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }. This is normal and nothing is lost.
exporting-retry-server-error = App Center had a passing problem; trying again in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }. This is normal and nothing is lost.
exporting-retry-connection = The connection broke; trying again in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }. This is normal and nothing is lost.
# When the app waits to keep within App Center's limit of requests. $seconds: the wait.
exporting-pacing = Keeping within App Center's limit of 500 requests in 5 minutes: the next requests start in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
# The progress before the first step, and after the officer stopped the export.
exporting-starting = Starting
exporting-stopping = Stopping
# What is exported, under the progress's title: each app's part, joined into one list as the
# language joins lists ("8 test runs of FieldMate for Android and 5 of FieldMate for iOS").
# $app: the app's name; $runs: its runs exported. The first app's part begins the line.
exporting-what-first = { $runs ->
        [one] { $runs } test run of { $app }
       *[other] { $runs } test runs of { $app }
    }
exporting-what-every-first = Every test run of { $app }
# The other apps' parts, after the first.
exporting-what-next = { $runs } of { $app }
exporting-what-every-next = every test run of { $app }
# What is exported when an unfinished export is continued. $runs: its runs; $app: the app's name.
exporting-what-continued = { $runs ->
        [one] { $runs } test run of { $app }, continued
       *[other] { $runs } test runs of { $app }, continued
    }
# The finished archive's summary: each term, then its value.
exporting-summary-continued = Continued
# $when: when the export was begun, in words (e.g. "27 November 2026, 23:01 UTC").
exporting-summary-continued-from = The export begun { $when }
exporting-summary-begun-anew = Begun anew
exporting-summary-runs = Test runs
# The runs of an export of several apps. $runs: all runs; $each: the apps' runs, joined by
# commas, each of them exporting-runs-in-app.
exporting-summary-runs-each = { $runs } ({ $each })
# $runs: an app's runs; $app: the app's name.
exporting-runs-in-app = { $runs } in { $app }
exporting-summary-files = Files
# $files: the files in the archive; $missing: how many of them App Center no longer had.
exporting-summary-files-missing = { $files } ({ $missing } no longer existed in App Center)
exporting-summary-size = Size
exporting-summary-left-out = Left out
# $records: the records of other test runs left out of the archive.
exporting-summary-left-out-records = { $records ->
        [one] { $records } record of other test runs
       *[other] { $records } records of other test runs
    }
exporting-summary-nothing-left-out = Nothing
exporting-summary-protection = Protection
exporting-summary-password = A password (AES-256)
exporting-summary-request = Request
# $reference: the request's reference.
exporting-summary-request-recorded = { $reference } (recorded in the journal)
exporting-summary-journal = Journal
# When the journal (the record of requests) could not record the export. $problem: why, two
# sentences of the error table (exporting-problem).
exporting-summary-not-recorded = Not recorded. { $problem } The archive itself is complete and can be saved.
# An error of the error table (app-errors.ftl) in a line: $title says what happened, $next what
# to do next; both are sentences.
exporting-problem = { $title } { $next }
exporting-not-saved = Not saved yet. The archive is deleted when you close ACT Export.
# $path: where the archive was saved.
exporting-saved = Saved to { $path }
# $path: where the archive was saved; $problem: why the journal could not record it (exporting-problem).
exporting-saved-unrecorded = Saved to { $path }. The journal could not record it. { $problem }
# The button that copies the archive's password, and what it says for two seconds after.
exporting-copy = Copy
exporting-copied = Copied
exporting-copy-failed = Copy failed
# Said to a screen reader (not shown) while files are downloaded, at each quarter. $phase: the
# step (exporting-phase-downloading); $percent: 25, 50 or 75.
exporting-announce-downloaded = { $phase }: { $percent }% done
# Said to a screen reader (not shown) when the archive is ready. $size: its size (e.g. "1.5 MB").
# "Save as" is the name of the Done screen's button (page-done-save), without its dots.
exporting-announce-ready = The archive is ready ({ $size }). It is not saved yet: choose Save as to keep it.

## Unfinished exports (ui/js/unfinished.js)

# The title of the list of exports that did not finish. $count: how many.
unfinished-title = { $count ->
        [one] An export did not finish
       *[other] Exports that did not finish
    }
# One unfinished export. $app: the app's name; $runs: its test runs; $whose: "yes" when it has a
# $subject (whose data); $requested: "yes" when it answers a request, $reference; $protected:
# "yes" when it is protected with a password; $started: when it was begun, in words (e.g.
# "27 November 2026, 23:01 UTC"); $done: the files done; $planned: all its files.
unfinished-what = { $app }: { $runs ->
        [one] { $runs } test run
       *[other] { $runs } test runs
    }{ $whose ->
        [yes] , { $subject }
       *[no] {""}
    }{ $requested ->
        [yes] {" "}(request { $reference })
       *[no] {""}
    }{ $protected ->
        [yes] , protected with a password
       *[no] {""}
    }, begun { $started }; { $done } of { $planned ->
        [one] { $planned } file
       *[other] { $planned } files
    } done.
# What to do to continue it, after that line. The program that runs it now, in words.
unfinished-running = It is running now, in { $program }.
# $service: the address of the App Center service it reads.
unfinished-connect = Connect to { $service } to continue it.
unfinished-connect-sample = Connect to the sample data to continue it.
# On the Requests screen. "Export without a request", "Try with sample data": the names of those
# buttons (keep the same words as the buttons).
unfinished-from-home-sample = Choose Export without a request, then Try with sample data, to continue it.
unfinished-from-home = Choose Export without a request and connect to { $service } to continue it.
unfinished-try-sample = Choose Try with sample data to continue it.
# Buttons on an unfinished export.
unfinished-continue = Continue it
unfinished-discard = Discard

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
format-duration-few-seconds = a few seconds
# Below a minute. $seconds: rounded to 5 (10, 15, … 60).
format-duration-seconds = { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }
# Below an hour. $minutes: whole minutes (1 to 59).
format-duration-minutes = { $minutes ->
        [one] about a minute
       *[other] about { $minutes } minutes
    }
# An hour or more. $hours: hours, with one decimal when not whole (e.g. 1.5).
format-duration-hours = { $hours ->
        [one] about { $hours } hour
       *[other] about { $hours } hours
    }

# Said on the Connect screen when "Remember this token" was ticked but the computer's
# keychain could not keep it (the connection itself worked).
connect-not-remembered = Connected, but this computer's keychain could not keep the token: paste it again next time.
