# README.html: the archive explained to the person who asked for their data (after the cover
# letter) and to the officer who sends it. Values in { } are names, addresses, file names and
# counts; some are shown in bold or as code on the page, which the message need not say.

# This file's name in the archive, in the language of the answer: capital letters (ASCII
# only, no accents), digits and hyphens, no spaces, ending in .html (tests/engine/toplevel.rs
# checks it).
file-readme = README.html

readme-title = App Center Test data export: { $apps }
readme-heading = Your App Center Test data
# $apps: the apps, each "Name (owner/app)", listed; $count: how many.
readme-holds-subject =
    { $count ->
        [one] This archive holds the test data of { $subject } in the app { $apps } on Visual Studio App Center Test.
       *[other] This archive holds the test data of { $subject } in the apps { $apps } on Visual Studio App Center Test.
    }
readme-holds-selected =
    { $count ->
        [one] This archive holds the test data of the selected test runs in the app { $apps } on Visual Studio App Center Test.
       *[other] This archive holds the test data of the selected test runs in the apps { $apps } on Visual Studio App Center Test.
    }
readme-app = { $name } ({ $slug })
readme-made = It was made on { $date } with ACT Export { $version }.
# $what is in bold: readme-every-run or readme-only-listed.
readme-covers-whole = It covers { $what }.
readme-every-run =
    { $count ->
        [one] every test run of the app
       *[other] every test run of these apps
    }
readme-covers-listed =
    { $count ->
        [one] It covers { $what }. Data of other test runs of the same app is not included.
       *[other] It covers { $what }, app by app. Data of other test runs of the same apps is not included.
    }
readme-only-listed = only the test runs listed below
readme-contains =
    { $files ->
        [one] It contains { $files } file ({ $size }).
       *[other] It contains { $files } files ({ $size }).
    }
readme-runs-heading = Test runs ({ $runs })
readme-app-runs =
    { $runs ->
        [one] { $app }: { $runs } test run
       *[other] { $app }: { $runs } test runs
    }
readme-no-runs = The app has no test runs.
readme-column-date = Date
readme-column-series = Test series
readme-column-version = App version
readme-column-platform = Platform
readme-column-result = Result
readme-column-run = Run id

## What is in this archive. $file, $folder, $data and $files are names of files and folders.

readme-contents-heading = What is in this archive
readme-contents-readme = { $file }: this page.
readme-contents-manifest = { $file }: a machine-readable list of every file with its size and SHA-256 checksum, what was asked of App Center and when, and an account of every record and file link App Center returned: kept (and why) or left out (and why).
readme-contents-app = { $folder }: the data of { $app }, in { $data } and { $files } as described below.
readme-contents-data = { $data }: the records App Center keeps about the test runs, exactly as it sent them, as JSON: the runs ({ $runs }), their full test reports ({ $reports }) and the Test export records ({ $export }).
readme-contents-data-each = In each app's folder, { $data }: the records App Center keeps about the test runs, exactly as it sent them, as JSON: the runs ({ $runs }), their full test reports ({ $reports }) and the Test export records ({ $export }).
readme-contents-files = { $files }: the files uploaded for these test runs and made by them: app binaries, symbol files, app icons, test files, and report artifacts such as screenshots and device logs.
readme-contents-files-each = In each app's folder, { $files }: the files uploaded for these test runs and made by them: app binaries, symbol files, app icons, test files, and report artifacts such as screenshots and device logs.

## What was left out, and why.

readme-left-out-heading = What was left out, and why
readme-left-out-in = In { $app }
readme-nothing-left-out = Nothing. Every record App Center returned for this app and every file they name is in this archive.
readme-others-records = App Center keeps the records of every test run of the app together, including those of other people and organisations. Only the records that belong to the test runs listed above are in this archive; the others were left out to protect the rights of those others (GDPR Art. 15(4)). They were counted, never copied:
# $endpoint: the export endpoint's name; $reasons: why, each counted (record-*), listed.
readme-excluded =
    { $received ->
        [one] { $endpoint }: { $excluded } of { $received } record left out: { $reasons }.
       *[other] { $endpoint }: { $excluded } of { $received } records left out: { $reasons }.
    }
readme-missing-heading = Files App Center no longer had ({ $n })
readme-missing-note = App Center listed these files, but answered that they no longer exist. They could not be included.
readme-missing-file = { $address } (named in { $file })
readme-skipped-heading = Links that could not be fetched ({ $n })
readme-skipped-file = { $address } (in { $file }): { $reason }
readme-not-followed-heading = Links in App Center's list of export records that were not followed ({ $n })
readme-not-followed = { $link }: { $reason }

## Why records were left out, after their count ("16 records belong to test runs that were
## not chosen").

record-other-run =
    { $n ->
        [one] { $n } record belongs to a test run that was not chosen
       *[other] { $n } records belong to test runs that were not chosen
    }
record-no-usable-link =
    { $n ->
        [one] { $n } record has no usable link to a test run
       *[other] { $n } records have no usable link to a test run
    }
record-not-used =
    { $n ->
        [one] { $n } record is an uploaded file no chosen test run uses
       *[other] { $n } records are uploaded files no chosen test run uses
    }
record-app-wide =
    { $n ->
        [one] { $n } record is about the whole app, not one test run
       *[other] { $n } records are about the whole app, not one test run
    }
record-undocumented =
    { $n ->
        [one] { $n } record is of a kind the API does not document
       *[other] { $n } records are of a kind the API does not document
    }

## Why a link was not taken, on its own line.

reason-not-web = not a web (http or https) address
reason-not-valid = not a valid address
reason-no-address = the link has no address
reason-other-host = it points at another host, which must not receive the API token
reason-not-this-apps = it is not one of this app's export records

## How to check that nothing was changed. $file is the word that stands for a file's name in
## the commands.

readme-check-heading = How to check that nothing was changed
readme-check = Every file below has a SHA-256 checksum, also listed in { $manifest }. Compute a file's checksum and compare:
readme-check-file = FILE
readme-column-file = File
readme-column-size = Size
readme-column-sha256 = SHA-256
