## The words of the Requests screen (the list of requests, its search and filter, where the
## record is kept, the team's register, the reminder about old saved copies: requests-*) and of
## one request's page (its facts, saved copies, history, actions and the dialogs it fills:
## request-*). Texts given as variables such as $standing, $problem, $contents are already made
## in the officer's language by the app; dates arrive as text too.

## The Requests screen: the list

# In the list's "Where it stands" column, for a closed request. $standing is the app's own
# words about where the request stood (e.g. "answered on time", "overdue by 3 days"). Lower
# case: it is a table cell.
requests-standing-closed = abgeschlossen; { $standing }
# In the list's "Assigned to" column (team's register only): the request is assigned to no officer.
requests-nobody-yet = noch niemand
# The status line under the search field: how many requests the list holds (filter "All", no search).
requests-count =
    { $count ->
        [one] { $count } Antrag
       *[other] { $count } Anträge
    }
# The status line: how many requests are assigned to the officer (filter "Assigned to me", no search).
requests-count-mine =
    { $count ->
        [one] { $count } Ihnen zugewiesener Antrag
       *[other] { $count } Ihnen zugewiesene Anträge
    }
# The status line while searching: $shown requests match, out of $count (filter "All").
requests-shown =
    { $count ->
        [one] { $shown } von { $count } Antrag
       *[other] { $shown } von { $count } Anträgen
    }
# The status line while searching: $shown requests match, out of the $count assigned to the
# officer (filter "Assigned to me").
requests-shown-mine =
    { $count ->
        [one] { $shown } von { $count } Ihnen zugewiesenen Antrag
       *[other] { $shown } von { $count } Ihnen zugewiesenen Anträgen
    }
# The status line when the filter "Assigned to me" shows nothing; $count is the number of
# requests in the register, seen with the filter "All" (the name of that choice, in the
# screen's segmented control).
requests-none-mine =
    { $count ->
        [one] Ihnen ist kein Antrag zugewiesen; unter „Alle“ steht { $count } Antrag.
       *[other] Ihnen ist kein Antrag zugewiesen; unter „Alle“ stehen { $count } Anträge.
    }
# The status line when the search matches no request.
requests-no-match = Die Suche ergab keinen Antrag.
# Above the list. $today is today's date, already written out (e.g. "3 December 2026").
requests-today = Heute ist der { $today }.

## The Requests screen: the reminder about saved copies

# The box's first line. $count is how many saved archives are older than the reminder setting,
# $days that setting (a number of days).
requests-old-copies =
    { $count ->
        [one] Eine auf diesem Computer gespeicherte Kopie ist älter als { $days ->
            [one] { $days } Tag
           *[other] { $days } Tage
        }. Löschen Sie, was nicht mehr benötigt wird, denn Kopien enthalten personenbezogene Daten.
       *[other] { $count } auf diesem Computer gespeicherte Kopien sind älter als { $days ->
            [one] { $days } Tag
           *[other] { $days } Tage
        }. Löschen Sie, was nicht mehr benötigt wird, denn Kopien enthalten personenbezogene Daten.
    }
# One old copy in the box's list, after the request's reference (a link): $path is where the
# archive is saved, $days how old it is in days.
requests-old-copy =
    { $days ->
        [one] { $path } ({ $days } Tag alt)
       *[other] { $path } ({ $days } Tage alt)
    }
# Under the reminder setting, once it was saved.
requests-reminder-saved = Gespeichert.

## The Requests screen: the organisation's texts for the cover letter

# Once the texts for the letters in one language were saved; $language is the language's
# own name (e.g. "Français").
requests-letter-saved = Gespeichert. Ab jetzt verwendet jedes Anschreiben in dieser Sprache ({ $language }) diese Texte.

## The Requests screen: where the record is kept

# On the team's register: $address is the register's address (without password), $officer the
# officer's login there.
# The team's register in words, in the sentences below ($address): its PostgreSQL database's
# name and its server.
requests-register-place = Datenbank „{ $database }“ auf { $server }
requests-register-where = Alle Anträge werden im Team-Register geführt: { $address }. Sie arbeiten darin als { $officer }; jedes Ereignis nennt, wer es eingetragen hat, und niemand kann das Register unbemerkt ändern.
requests-protection-local = Die Verbindung läuft über den lokalen Socket des Servers auf diesem Computer: Nichts geht über das Netzwerk.
requests-protection-plain = Die Verbindung ist nicht verschlüsselt: Was die App liest und schreibt, geht lesbar über das Netzwerk. Bitten Sie Ihre Administration, TLS auf dem Server einzuschalten, und ergänzen Sie dann sslmode=verify-full in der Adresse.
requests-protection-unchecked = Die Verbindung ist verschlüsselt, aber das Zertifikat des Servers wird nicht geprüft: Ein Rechner, der sich als der Server ausgibt, könnte mitlesen. Ergänzen Sie sslmode=verify-full in der Adresse (und sslrootcert= mit der Datei der Zertifizierungsstelle, die das Zertifikat ausgestellt hat, falls Ihre Administration Ihnen eine gibt).
requests-protection-authority = Die Verbindung ist verschlüsselt, und das Zertifikat des Servers ist von der in der Adresse genannten Zertifizierungsstelle ausgestellt; der Name des Servers darin wird nicht geprüft (sslmode=verify-full würde auch ihn prüfen).
requests-protection-checked = Die Verbindung ist verschlüsselt, und das Zertifikat des Servers wird geprüft.
# The title of the foldable section about the record (the journal), when it is the team's
# shared register (PostgreSQL database).
requests-record-shared = Aufzeichnung im Team-Register
# The title of the foldable section about the record, when it is kept on this computer.
requests-record-local = Aufzeichnung auf diesem Computer
# Heading of the register's form, when the team's register is in use.
requests-register-title-shared = Team-Register (PostgreSQL)
# Heading of the register's form, when the record is on this computer.
requests-register-title-local = Team-Register verwenden (PostgreSQL)
# Button: connect to the team's register again (it is in use already).
requests-connect-again = Erneut verbinden
# Button: connect to the team's register and keep the record there from now on.
requests-connect-use = Verbinden und verwenden
# Status while connecting to the register.
requests-connecting = Verbindung wird hergestellt…
# Status once connected; $address is the register's address.
requests-connected = Verbunden: Aufgezeichnet wird jetzt im Team-Register { $address }.
# Status after choosing to keep the record on this computer instead of the team's register.
requests-back-local = Aufgezeichnet wird wieder auf diesem Computer.
# Status while the journal is being checked.
requests-checking = Wird geprüft…
# The check's result: nothing in the journal was changed. $count is the number of its events.
requests-journal-intact =
    { $count ->
        [one] Das Journal ist unversehrt: { $count } Ereignis, nicht geändert, entfernt oder umgestellt.
       *[other] Das Journal ist unversehrt: { $count } Ereignisse, keines geändert, entfernt oder umgestellt.
    }
# The check's result when the journal is gone; $problem is the app's sentence saying what was
# found (it ends with a full stop).
requests-journal-missing = { $problem } Stellen Sie das Journal aus einer Sicherung wieder her, oder informieren Sie Ihre IT-Abteilung.
# The check's result when the journal's content was altered; $problem is the app's sentence
# saying what was found.
requests-journal-changed = Das Journal wurde verändert. { $problem } Lassen Sie die Datei unverändert und informieren Sie Ihre IT-Abteilung.
# The check's result for any other problem; $problem is the app's sentence saying what was found.
requests-journal-problem = { $problem } Lassen Sie die Datei unverändert und informieren Sie Ihre IT-Abteilung.
# After ticking the team's rule that a second officer approves each archive.
requests-approval-on = Ab jetzt gibt ein anderes Teammitglied jedes Archiv frei, bevor seine Zustellung erfasst wird.
# After unticking that rule.
requests-approval-off = Ab jetzt werden Archive ohne Freigabe durch ein zweites Teammitglied zugestellt.

## One request's page

# The page's heading; $reference is the request's reference (e.g. "DSAR-2024-017").
request-title = Antrag { $reference }
# The line under the heading for a closed request; $standing is the app's words about where it
# stood (lower case, e.g. "answered on time").
request-standing-closed = Abgeschlossen; { $standing }.
# The line under the heading for a request still open; $standing is the app's words about where
# it stands ("12 days left", "answered on time"...), with its first letter made upper case.
request-standing = { $standing }.

# The request's facts: labels of a list of terms and values.
# The person whose data was asked for.
request-fact-subject = Betroffene Person
# The kind of request (the right used, e.g. access).
request-fact-right = Antrag
request-fact-received = Eingang
request-fact-due = Fällig
# The extension of the deadline, if one was recorded.
request-fact-extension = Fristverlängerung
request-fact-status = Status
# The officer who handles the request.
request-fact-assignee = Zuständig
# When the request was answered.
request-fact-answered = Beantwortet
# How many archives were exported for it.
request-fact-exports = Exporte
# One note an officer wrote about the request.
request-fact-note = Notiz
# The value of "Assigned to" when no officer has the request.
request-nobody-yet = noch niemand

## One request's page: its saved copies

request-no-copies = Keine. Archive, die Sie für diesen Antrag speichern, werden hier aufgeführt.
# A saved archive: $path is where it is, $saved when it was saved (already written out).
request-copy = { $path }, gespeichert am { $saved }.
# Added after request-copy when the file is no longer at that place.
request-copy-gone = Die Datei ist dort nicht mehr vorhanden.
request-copy-elsewhere = { $path }, gespeichert am { $saved } auf einem anderen Computer, { $computer }. Dort kann die Kopie gelöscht werden.
# Added after request-copy when the copy is older than the reminder setting (in days).
request-copy-old = Älter als die eingestellte Erinnerungsfrist: Löschen Sie die Kopie, wenn sie nicht mehr benötigt wird.
# Button next to a saved archive.
request-delete-copy = Lokale Kopie löschen
# Confirmation dialog's title.
request-delete-copy-title = Diese lokale Kopie löschen?
# Confirmation dialog's text; $path is where the archive is saved.
request-delete-copy-text = { $path } wird von diesem Computer gelöscht, und das Journal hält dies fest. Bereits versandte Kopien sind davon nicht betroffen.
# The confirmation dialog's button that deletes it.
request-delete-copy-yes = Löschen

## One request's page: its history and actions

# After an event of the history, the officer who recorded it ($officer: a name or login).
request-event-by = (von { $officer })
# Button: give the request to another officer (it has one already).
request-hand-over = Übergeben
# Button: give the request to an officer (it has none yet).
request-assign = Zuweisen
# After choosing the language of the answer; $language is the language's own name (e.g. "Deutsch").
request-language-saved = Gespeichert: Die Antwort (das Anschreiben und die Erläuterungen im Archiv) wird in dieser Sprache verfasst: { $language }.
# Said to a screen reader (not shown) once a delivery is recorded. $standing: the app's words
# about where the request stands now, lower case (e.g. "answered on time", "answered 3 days late").
request-delivered = Zustellung erfasst: { $standing }.
# Confirmation dialog's title.
request-close-title = Diesen Antrag abschließen?
# Confirmation dialog's text, for a request that was answered.
request-close-answered = Er bleibt in der Aufzeichnung erhalten und wird als abgeschlossen markiert.
# Confirmation dialog's text, for a request not answered yet.
request-close-unanswered = Er wurde noch nicht beantwortet. Er bleibt in der Aufzeichnung erhalten und wird als ohne Antwort abgeschlossen markiert.
# The confirmation dialog's button that closes the request.
request-close-yes = Abschließen

## One request's page: the archive awaiting approval (its letter and its account of each app)

# Shown instead of the cover letter when the archive has none.
request-no-letter = Dieses Archiv hat kein Anschreiben.
# Under an app's name; $contents is the app's words about what of it is in the archive.
request-ledger-inside = Im Archiv: { $contents }.
# The caption of an app's table; $app is the app's name. App Center is a product name.
request-ledger-caption = Von App Center gelieferte Datensätze für { $app }
# Column heads of that table: the kind of records, how many were received from App Center, how
# many are in the archive, how many were left out.
request-ledger-records = Datensätze
request-ledger-received = Erhalten
request-ledger-kept = Im Archiv
request-ledger-left-out = Nicht aufgenommen
# Under the table when App Center named no file that is missing from the archive.
request-ledger-complete = Jede von App Center genannte Datei ist im Archiv enthalten.
