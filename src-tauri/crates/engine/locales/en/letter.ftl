# The cover letter that opens README.html: the answer to the person who asked for their data
# (GDPR Art. 15). Every message of this file exists in every language, with the same
# variables. Numbers ($n, $runs, $files, $records) choose the plural form; $alone is "yes"
# when a reason explains the only link there is.

## The Regulation's terms, as its readers know them.

-gdpr = General Data Protection Regulation
-regulation = the Regulation

## Lists and dates.

# "A, B and C": the items before the last, joined by ", ", and the last.
list-and = { $rest } and { $last }
# A moment in words: the date (from CLDR) and the time, in UTC.
moment = { $date }, { $time } UTC
# The decimal separator of sizes ("1.5 MB").
decimal-separator = .
size-bytes =
    { $n ->
        [one] { $n } byte
       *[other] { $n } bytes
    }

# Sizes of a thousand bytes and more: $n is the number, already written ("1,5").
size-kilobytes = { $n } kB
size-megabytes = { $n } MB
size-gigabytes = { $n } GB
size-terabytes = { $n } TB

## The letter.

letter-heading = Your request for a copy of your data
letter-reference = Our reference: { $reference }.
letter-received = Your request reached us on { $date }.
letter-made = This answer was made on { $date }.
letter-dear = Dear { $name },
letter-dear-anyone = Dear Sir or Madam,
letter-asked = You asked { $controller } for a copy of the personal data we hold about you (Article 15 of the { -gdpr }). This archive is our answer: it holds that data, and this letter tells you what we searched, what is included, what was left out and why, and the information the law asks us to give you.
letter-searched-whole-app = every test run of the app
letter-searched-runs =
    { $runs ->
        [one] the { $runs } test run that is yours
       *[other] the { $runs } test runs that are yours
    }
letter-searched-app = { $name } ({ $slug }), and in it { $runs }
letter-searched-one = the app { $app }
letter-searched-several = the apps { $apps }
letter-searched = What we searched: our records in Visual Studio App Center Test for { $where }, with their test reports, the files uploaded for them and made by them, and App Center's Test export records.
letter-files =
    { $files ->
        [one] { $files } file ({ $size })
       *[other] { $files } files ({ $size })
    }
letter-files-later = their files (counted when the export runs)
letter-included =
    { $runs ->
        [one] What is included: { $runs } test run, { $files } in all, as App Center kept them.
       *[other] What is included: { $runs } test runs, { $files } in all, as App Center kept them.
    }
letter-left-out-later =
    { $apps ->
        [one] What was left out: the same app may also hold test data of other clients.
       *[other] What was left out: the same apps may also hold test data of other clients.
    } It is not yours, so it is not in this archive (the records left out are counted when the export runs). Article 15(4) of { -regulation } requires this: a copy given to you must not affect the rights of others. Any file App Center no longer has, and any link it gives that cannot be followed, is named here once the export has run.
letter-left-out-nothing = What was left out: nothing.
letter-left-out-records =
    { $apps ->
        [one] What was left out: the same app also holds test data of other clients.
       *[other] What was left out: the same apps also hold test data of other clients.
    } It is not yours, so it is not in this archive ({ $records ->
        [one] { $records } record of other test runs was left out
       *[other] { $records } records of other test runs were left out
    }, only counted). Article 15(4) of { -regulation } requires this: a copy given to you must not affect the rights of others.
letter-left-out-no-records = What was left out: no records, but not everything App Center named could be included.
letter-missing-files =
    { $n ->
        [one] App Center listed { $n } file for these test runs but no longer had it when we asked for it, so it is not in this archive. It is named further down this page.
       *[other] App Center listed { $n } files for these test runs but no longer had them when we asked for them, so they are not in this archive. They are named further down this page.
    }
letter-links-not-fetched =
    { $n ->
        [one] { $n } link to a file in the records and reports could not be fetched, because { $reasons }. It is named further down this page.
       *[other] { $n } links to files in the records and reports could not be fetched, because { $reasons }. They are named further down this page.
    }
letter-links-not-followed =
    { $n ->
        [one] App Center's list of where the export records are kept held { $n } link that was not followed, because { $reasons }. What it leads to is not in this archive. It is named further down this page.
       *[other] App Center's list of where the export records are kept held { $n } links that were not followed, because { $reasons }. What they lead to is not in this archive. They are named further down this page.
    }

## Why links were not taken, each after a count of links ("2 had no address"), or alone
## for the only link ("it had no address").

link-not-valid =
    { $alone ->
        [yes] it held no valid address
       *[no] { $n } held no valid address
    }
link-not-web =
    { $alone ->
        [yes] it pointed to something other than a web address
       *[no] { $n } pointed to something other than a web address
    }
link-no-address =
    { $alone ->
        [yes] it had no address
       *[no] { $n } had no address
    }
link-other-host =
    { $alone ->
        [yes] it pointed outside App Center, where our access to App Center must never be sent
       *[no] { $n } pointed outside App Center, where our access to App Center must never be sent
    }
link-not-this-apps =
    { $alone ->
        [yes] it did not lead to the app's own export records
       *[no] { $n } did not lead to the app's own export records
    }
link-no-web-page =
    { $alone ->
        [yes] it did not lead to any web page
       *[no] { $n } did not lead to any web page
    }

## About this data (Art. 15(1)(a) to (h) and 15(2)).

letter-about = About this data
letter-purposes = Why we hold it
letter-categories = What kinds of data
letter-recipients = Who received it
letter-retention = How long we keep it
letter-source = Where it came from
letter-automated = Automated decisions
letter-transfers = Transfers outside the EEA
letter-rights-heading = Your rights
letter-rights = You may ask us to correct data that is wrong (rectification), to delete it (erasure) or to restrict its use, and you may object to its use. You may also complain to a supervisory authority: { $authority }.
letter-questions = If you have questions about this answer, contact { $contact }.
letter-dpo = Our data protection officer: { $dpo }.
letter-checksums = Every file in this archive has a checksum, listed at the end of this page, so that anyone can check that nothing was changed after it was made.
letter-closing = Yours sincerely,
letter-signed = { $signature }, { $controller }

## The texts the app suggests for the organisation's details (the officer may write their
## own; a suggested text is given in the language of each answer).

profile-controller = our organisation
profile-contact = the contact who sent you this archive
profile-purposes = To test mobile apps on real devices for you: running the tests you or your organisation asked for, keeping their results and reports, and finding the causes of failures.
profile-categories = Test runs and their results, test reports with device logs and screenshots, the app builds, symbol files and test files uploaded for them, and the names and dates that go with them.
profile-recipients = Microsoft, which ran the App Center Test service for us as our processor. No one else received this data from us.
profile-retention = As long as the testing contract runs, and then until the end of its retention period, after which it is deleted.
profile-source = You, or your organisation, when the tests were set up and run; the reports were made by the test service.
profile-automated-decisions = None: no decision about you is made by automated means from this data.
profile-transfers = The App Center service stored data in the United States under the European Commission's standard contractual clauses.
profile-authority = the data protection authority of the country where you live or work
profile-signature = The privacy team
