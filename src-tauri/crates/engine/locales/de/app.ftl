## The page's static words (ui/index.html): the header, the steps of an export, each screen and
## each dialog, in the order the page has them. Some screens' scripts later replace a text with
## one of their own messages (the same words, or the words for a later state).
##
## Where a sentence has a part in bold or in code (the name of a button, or of a page of App
## Center's site, or a command), the message is the whole sentence with that part in <strong>
## or <code>: keep those marks around the same words in your language's word order (no other
## markup is allowed).

## Header

# A badge beside the app's name while the sample data (not real App Center data) is in use.
page-header-sample-badge = Beispieldaten
# Button: goes to the list of requests.
page-header-requests = Anträge
# Button: ends the connection to App Center.
page-header-disconnect = Trennen

## The steps of an export, shown above the screen while an export is being made

# Read out by screen readers: the name of the list of steps.
page-steps =
    .aria-label = Schritte
page-steps-connect = Verbinden
page-steps-apps = App auswählen
page-steps-runs = Testläufe auswählen
page-steps-export = Exportieren
# The last step: saving the finished archive.
page-steps-done = Speichern

## The error panel (its "Show details" and "Copy details" buttons are in app-errors.ftl)

# Button: closes the error panel.
page-error-close = Schließen
# Shown under an error that stopped an export halfway.
page-error-resumable = Das bisher Erledigte bleibt erhalten: Exportieren Sie dieselben Testläufe erneut, um an der unterbrochenen Stelle fortzufahren.

## Screen: the list of requests

page-requests-title = Anträge
# Button: starts an export that answers no request (e.g. to look around).
page-requests-quick-export = Ohne Antrag exportieren
# Button: opens the dialog to record a new request for a copy of someone's data.
page-requests-new = Neuer Antrag

# Shown when there are no requests yet. The bold names are those of the buttons.
page-requests-empty = <strong>Noch keine Anträge.</strong> Wenn ein Kunde oder eine Person eine Kopie ihrer Daten beantragt, wählen Sie <strong>{ page-requests-new }</strong>: ACT Export berechnet, wann die Antwort fällig ist, und hält den Export und seine Zustellung fest.
page-requests-empty-hint = Um sich zuerst umzusehen, wählen Sie <strong>{ page-requests-quick-export }</strong> und dann <strong>{ page-connect-try-sample }</strong>.

# Read out by screen readers: the name of the two choices that follow (requests of the team's
# register: those assigned to me, or all).
page-requests-whose = Welche Anträge
page-requests-whose-mine = Mir zugewiesen
page-requests-whose-all = Alle
# The label of the search field above the list of requests.
page-requests-search = Suche
page-requests-search-input =
    .placeholder = Aktenzeichen oder betroffene Person
# Read out by screen readers: the table of requests.
page-requests-table-caption = Anträge, nach Fälligkeit sortiert
# The columns of the table of requests.
page-requests-col-reference = Aktenzeichen
# The person or client whose data was asked for.
page-requests-col-subject = Betroffene Person
# The date the request was received.
page-requests-col-received = Eingang
# When the answer is due.
page-requests-col-due = Fällig
# How far the request has got (e.g. "overdue by 3 days", "answered on time").
page-requests-col-standing = Stand
# The officer who handles the request.
page-requests-col-assignee = Zuständig

# A section that opens when clicked: the organisation's details for the cover letter that opens
# every archive.
page-requests-letter-title = Ihre Organisation (für das Anschreiben)
page-requests-letter-hint = Jedes Archiv beginnt mit einem Schreiben an die Person, die den Antrag gestellt hat: was durchsucht wurde, was enthalten ist, was nicht aufgenommen wurde und warum, und was ihr nach dem Gesetz (Art. 15 DSGVO) mitzuteilen ist. Füllen Sie dies einmal aus; die Texte unten sind Vorschläge für Testdaten eines Dienstes, der mobile Apps testet, und jeder davon lässt sich ändern. Wird auf diesem Computer gespeichert.
# The choice of the language whose texts the form shows and saves, followed by a list of the
# languages, each named in itself ("Deutsch", "Français").
page-requests-letter-language = Texte für die Anschreiben in der Sprache
page-requests-letter-language-hint = (die Anschreiben in jeder Sprache verwenden die dafür gespeicherten Texte; für eine Sprache ohne gespeicherte Texte zeigt das Formular, was ihre Anschreiben verwenden)
# The labels of the letter's fields (the data controller's details that GDPR Art. 15 requires).
page-requests-letter-controller = Ihre Organisation (Verantwortlicher)
page-requests-letter-contact = Kontakt für Rückfragen zu dieser Antwort
page-requests-letter-dpo = Ihr Datenschutzbeauftragter (optional)
page-requests-letter-purposes = Verarbeitungszwecke
page-requests-letter-categories = Kategorien personenbezogener Daten
page-requests-letter-recipients = Empfänger
page-requests-letter-retention = Speicherdauer
page-requests-letter-source = Herkunft der Daten
page-requests-letter-automated-decisions = Automatisierte Entscheidungen
page-requests-letter-transfers = Übermittlungen außerhalb des EWR und Garantien
page-requests-letter-authority = Aufsichtsbehörde für Beschwerden
# Label of the field for who signs the letter (a name, a team).
page-requests-letter-signature = Unterzeichnet von
# Button: saves the letter's details.
page-requests-letter-save = Speichern

# A section that opens when clicked: where the record of requests (the journal) is kept.
page-requests-journal-title = Aufzeichnung auf diesem Computer
# Pieces of a paragraph, in this order: this piece, a space, the journal's file path (in a
# fixed-width font), a full stop, a space, the next piece.
page-requests-journal-where = Jeder Antrag und alles, was dafür getan wurde, wird auf diesem Computer in einem Journal festgehalten, das niemand unbemerkt ändern kann:
# "act-export" is the command's name: never translated.
page-requests-journal-command = Der Befehl <code>act-export</code> zeigt dieselben Anträge an.
# The last sentence of the paragraph above.
page-requests-journal-length = Dieser Computer vermerkt außerdem in einem anderen Ordner, wie lang das Journal bei jedem Schreiben war: Die Prüfung meldet es, wenn das Journal gelöscht, gekürzt oder ersetzt wurde.
# A checkbox, for a team that shares a register.
page-requests-approval-rule = Vier-Augen-Prinzip: Ein anderes Teammitglied gibt jedes Archiv frei, bevor seine Zustellung erfasst wird (für das ganze Team)
# The title of a form to keep the record in a PostgreSQL database shared by the privacy team.
page-requests-register-title = Team-Register verwenden (PostgreSQL)
page-requests-register-hint = Ein Datenschutzteam führt eine gemeinsame Aufzeichnung: Jedes Teammitglied sieht alle Anträge und wer sie bearbeitet, und jedes Ereignis nennt, wer es eingetragen hat. Die Adresse und Ihre Anmeldedaten erhalten Sie von Ihrer Administration.
page-requests-register-address = Adresse des Registers
page-requests-register-password = Ihr Passwort dafür (falls Ihre Anmeldung eines hat)
# A checkbox.
page-requests-register-remember = Passwort im Schlüsselbund dieses Computers speichern
# Button.
page-requests-register-use = Verbinden und verwenden
# Button: stops using the team's register.
page-requests-register-leave = Stattdessen auf diesem Computer aufzeichnen
# Button: checks that the journal was not changed, cut short or replaced.
page-requests-journal-check = Journal prüfen
# A setting in one line: this label, a field for a number of days, then the word of
# page-requests-remind-days. The number varies: "days" is for any number of days above one.
page-requests-remind = An gespeicherte Kopien erinnern, die älter sind als
page-requests-remind-days = Tage
# Button: saves the number of days.
page-requests-remind-save = Speichern

## Screen: one request

# Button: back to the list of requests (the arrow points left).
page-request-back = ← Anträge
# Button: the archive may be delivered (a second officer approves it).
page-request-approve = Zur Zustellung freigeben
# Button: the archive needs changes before it is delivered.
page-request-send-back = Zurückweisen
# A button that looks like a link: opens the archive's letter and ledger.
page-request-papers = Anschreiben und Nachweis lesen
# Label of the choice of language the answer (letter and archive) is written in.
page-request-language = Sprache der Antwort
# The request's buttons.
page-request-export = Daten für diesen Antrag exportieren
page-request-deliver = Zustellung erfassen
page-request-extend = Frist verlängern
page-request-note = Notiz hinzufügen
# Gives the request to an officer of the team.
page-request-assign = Zuweisen
page-request-close = Antrag abschließen
# Headings.
page-request-copies = Gespeicherte Kopien
page-request-history = Verlauf

## Screen: connect to App Center

page-connect-title = Mit App Center verbinden
page-connect-intro = ACT Export liest Ihre Daten aus App Center Test mit einem API-Token. Fügen Sie Ihr Token unten ein, oder sehen Sie sich zuerst mit Beispieldaten um.
page-connect-token = API-Token
# Button: shows the token typed in the field (otherwise hidden like a password).
page-connect-token-show = Anzeigen
# Button: pastes the token from the clipboard.
page-connect-token-paste = Einfügen
page-connect-token-help = Das Token wird nur an die API-Adresse gesendet, nirgendwohin sonst.
# A section that opens when clicked: the steps to get a token on App Center's site.
page-connect-token-where = Wo bekomme ich ein Token?
# The steps to make a token on App Center's site. The bold names are as App Center's site shows
# them (in English).
page-connect-step-account = Melden Sie sich bei App Center an und öffnen Sie <strong>Account settings</strong> (Kontoeinstellungen).
page-connect-step-tokens = Wählen Sie <strong>User API tokens</strong> (oder, nur für eine einzelne App, in der App <strong>Settings > App API tokens</strong>).
page-connect-step-new = Wählen Sie <strong>New API token</strong>, geben Sie einen Namen ein und wählen Sie <strong>Read only</strong> (nur Lesen): die sicherste Wahl, und mehr braucht ACT Export nicht.
# Step 4.
page-connect-step-copy = Kopieren Sie das Token (es wird nur einmal angezeigt) und fügen Sie es hier ein.
# A section that opens when clicked: the API address.
page-connect-advanced = Erweitert
page-connect-address = API-Adresse
page-connect-address-help = Ändern Sie diese nur, wenn Ihre Organisation Sie dazu auffordert.
# A checkbox.
page-connect-remember = Token auf diesem Computer speichern
page-connect-saved-token = Auf diesem Computer ist ein Token gespeichert.
# Buttons beside the sentence above.
page-connect-use-saved = Mit gespeichertem Token verbinden
page-connect-forget = Entfernen
# Button: connects with the token typed.
page-connect-connect = Verbinden
# Button: uses made-up sample data instead of App Center.
page-connect-try-sample = Mit Beispieldaten ausprobieren

## Screen: choose the app

page-apps-title = App auswählen
# Label of a search, in every app at once, for the test runs of a client.
page-apps-find = Testläufe eines Kunden in allen Apps suchen
# "contoso-" is an example of the start of a test series' name.
page-apps-find-input =
    .placeholder = Testserie oder Text, zum Beispiel contoso-
# Button: starts the search.
page-apps-find-go = Suchen
# Read out by screen readers: the list of apps the search found.
page-apps-found-list =
    .aria-label = Apps mit passenden Testläufen
# Label of the search field above the list of apps.
page-apps-search = Oder App auswählen
page-apps-search-input =
    .placeholder = App-Name oder Besitzer
# Read out by screen readers: the list of apps.
page-apps-list =
    .aria-label = Apps

## Screen: choose the test runs

# Button: back to the list of apps (the arrow points left).
page-runs-back = ← Apps
page-runs-title = Testläufe des Kunden auswählen
# Button: shows the letter the archive will open with.
page-runs-preview-letter = Anschreiben ansehen
# Button: adds the test runs of another app to the same export.
page-runs-add-app = Weitere App hinzufügen…
# Followed by a list of the other apps in the export and their test runs.
page-runs-other-apps = Ebenfalls in diesem Export:
# Read out by screen readers: the list above.
page-runs-other-apps-list =
    .aria-label = Weitere Apps in diesem Export
page-runs-scope = Umfang des Exports
page-runs-scope-runs = Nur ausgewählte Testläufe (ein Kunde)
page-runs-scope-app = Die ganze App (alle Kunden)
# The filters above the table of test runs.
page-runs-filter-series = Testserie
# The choice of the filter above that shows every test series.
page-runs-filter-all-series = Alle Serien
# Label of a date field: the first day shown.
page-runs-filter-from = Von
# Label of a date field: the last day shown.
page-runs-filter-to = Bis
page-runs-filter-search = Suche
page-runs-filter-search-input =
    .placeholder = Version, Ergebnis, Testlauf-ID
# Button: selects every test run the table shows.
page-runs-select-shown = Angezeigte auswählen
# Button: unselects every test run.
page-runs-clear = Auswahl aufheben
# A checkbox.
page-runs-protect = Mit Passwort schützen
# Read out by screen readers: the table of test runs.
page-runs-table-caption = Testläufe der App
# Read out by screen readers: the column of checkboxes.
page-runs-col-selected = Ausgewählt
# The columns of the table of test runs.
page-runs-col-date = Datum
page-runs-col-series = Testserie
page-runs-col-version = App-Version
page-runs-col-platform = Plattform
page-runs-col-result = Ergebnis
# Followed by the suggested password for the archive.
page-runs-password = Passwort:
# Button: suggests another password.
page-runs-password-another = Anderes vorschlagen
# Button: copies the password.
page-runs-password-copy = Kopieren
# Button: opens a dialog to type one's own password.
page-runs-password-own = Eigenes verwenden…
# Label of the field for the name of the client or person whose data is exported.
page-runs-subject = Wessen Daten sind das?
page-runs-subject-hint = (optional, wird im Archiv vermerkt)
# "Contoso Ltd" is a made-up company.
page-runs-subject-input =
    .placeholder = Zum Beispiel: Contoso Ltd
page-runs-selected-none = Keine Testläufe ausgewählt
# Button: starts the export.
page-runs-export = Exportieren

## Screen: exporting

page-export-title = Export läuft
# What the export is doing: at first, starting.
page-export-starting = Wird gestartet
# Button: stops the export.
page-export-cancel = Abbrechen

## Screen: the archive is ready

page-done-title = Das Archiv ist fertig
# Under the archive's icon, which can be dragged to a folder; "Save as" is the button below.
page-done-drag = Ziehen Sie es in einen Ordner, oder verwenden Sie „Speichern unter“
# Buttons.
page-done-save = Speichern unter…
page-done-show-folder = Im Ordner anzeigen
page-done-deliver = Zustellung erfassen
page-done-another = Neuen Export starten
# Followed by the archive's password.
page-done-password = Passwort:
# Button: copies the password.
page-done-copy = Kopieren
page-done-password-hint = ACT Export speichert es nicht: Kopieren Sie es jetzt und übermitteln Sie es getrennt vom Archiv (zum Beispiel telefonisch). Zum Öffnen des Archivs benötigt die Person ein kostenloses Programm wie 7-Zip (Windows) oder Keka bzw. The Unarchiver (Mac): Die in Windows und macOS integrierten Programme können ein so geschütztes Archiv nicht öffnen. Ein Hinweis neben den verschlüsselten Dateien erklärt das.

## Dialog: stop the export?

page-cancel-title = Export abbrechen?
page-cancel-text = Es wird nichts gespeichert. Sie können jederzeit neu beginnen.
# Button: closes the dialog, the export goes on.
page-cancel-keep-going = Weiter exportieren
# Button: stops the export.
page-cancel-confirm = Export abbrechen

## Dialog: a new request

page-new-request-title = Neuer Antrag
# Label of the field for the request's reference; its hint follows in a lighter font.
page-new-request-reference = Aktenzeichen
page-new-request-reference-hint = (Ihre Ticket- oder Briefnummer)
# Label of the field for whose data is asked for.
page-new-request-subject = Betroffene Person
page-new-request-subject-hint = (der Kunde oder die Person, die den Antrag gestellt hat)
page-new-request-right = Gegenstand des Antrags
# The two choices of the field above.
page-new-request-right-access = Eine Kopie der Daten (Auskunftsrecht, Art. 15)
page-new-request-right-portability = Die Daten zur Übertragung (Recht auf Datenübertragbarkeit, Art. 20)
page-new-request-language = Sprache der Antwort
page-new-request-language-hint = (in dieser Sprache werden das Anschreiben und die Erläuterungen im Archiv verfasst)
page-new-request-received = Eingangsdatum
page-new-request-due-hint = Die Antwort ist einen Monat nach dem Eingang fällig (Art. 12 Abs. 3 DSGVO), am nächsten Werktag, falls dieser Tag ein Samstag oder Sonntag ist. Feiertage kennt ACT Export nicht: Prüfen Sie diese selbst.
page-new-request-cancel = Abbrechen
# Button: records the request and opens its page.
page-new-request-open = Antrag anlegen

## Dialog: record the delivery of the archive

page-deliver-title = Zustellung erfassen
page-deliver-channel = Zustellweg
# The choices of the field above.
page-deliver-channel-email = Per E-Mail
page-deliver-channel-portal = Über ein Portal
page-deliver-channel-post = Per Post
page-deliver-channel-other = Auf anderem Weg
# Label of the field for who received the archive.
page-deliver-recipient = An
page-deliver-recipient-input =
    .placeholder = Name oder Adresse
# Label of the date field: the day it was delivered.
page-deliver-on = Am
page-deliver-password = Übermittlung des Passworts
page-deliver-password-hint = (nur falls das Archiv eines hatte; nie das Passwort selbst)
page-deliver-password-input =
    .placeholder = Zum Beispiel: telefonisch durchgegeben
page-deliver-cancel = Abbrechen
# Button: records the delivery.
page-deliver-record = Erfassen

## Dialog: extend the deadline

page-extend-title = Frist verlängern
page-extend-hint = Nach Art. 12 Abs. 3 DSGVO kann die Frist bei komplexen oder zahlreichen Anträgen um weitere zwei Monate verlängert werden, wenn die betroffene Person innerhalb des ersten Monats über die Gründe unterrichtet wird.
page-extend-months = Verlängerung insgesamt
# The choices of the field above: $count is 1 or 2.
page-extend-months-option =
    { $count ->
        [one] { $count } Monat
       *[other] { $count } Monate
    }
# Label of the date field: the day the requester was told of the extension.
page-extend-told = Betroffene Person unterrichtet am
# Label of the field for the reason of the extension.
page-extend-reason = Begründung
page-extend-cancel = Abbrechen
# Button: extends the deadline.
page-extend-save = Verlängern

## Dialog: add a note

page-note-title = Notiz hinzufügen
page-note-text = Notiz
page-note-text-hint = (bleibt dauerhaft im Journal: keine personenbezogenen Daten über das Nötige hinaus)
page-note-cancel = Abbrechen
# Button: adds the note.
page-note-save = Hinzufügen

## Dialog: assign the request

page-assign-title = Antrag zuweisen
page-assign-officer = An Teammitglied
page-assign-officer-hint = (Anmeldename im Team-Register)
page-assign-cancel = Abbrechen
# Button: assigns the request.
page-assign-save = Zuweisen

## Dialog: send the archive back (not approved)

page-send-back-title = Archiv zurückweisen
# Label of the field for the reason.
page-send-back-reason = Begründung
page-send-back-reason-hint = (für die Person, die exportiert hat; bleibt im Journal)
page-send-back-cancel = Abbrechen
# Button: sends the archive back.
page-send-back-save = Zurückweisen

## Dialog: the preview of the cover letter

page-letter-title = Das Anschreiben im Archiv
# Names the section "Your organisation, for the cover letter" of the Requests screen.
page-letter-hint = Eine Vorschau: Die Zahlen ergeben sich beim Export. Die Angaben Ihrer Organisation finden Sie unter „{ page-requests-letter-title }“ in der Ansicht „Anträge“.
page-letter-close = Schließen

## Dialog: the letter and the ledger an export recorded, for the approving officer

page-papers-title = Was die betroffene Person erhält
page-papers-hint = Anschreiben und Nachweis des Archivs, wie der Export sie im Journal festgehalten hat: was App Center geliefert hat, was im Archiv enthalten ist und was nicht aufgenommen wurde. Die Daten selbst sind nur im Archiv enthalten.
# Headings.
page-papers-letter = Anschreiben
# The ledger: the list of what App Center returned, what was kept and what was left out.
page-papers-ledger = Nachweis
page-papers-close = Schließen

## Dialog: use my own password for the archive

page-own-password-title = Eigenes Passwort verwenden
page-own-password = Passwort
page-own-password-hint = (mindestens 10 Zeichen; am besten mehrere Wörter)
page-own-password-cancel = Abbrechen
# Button: uses the password typed.
page-own-password-use = Verwenden

## Dialog: the password of an unfinished export

page-password-title = Passwort des Archivs eingeben
page-password-text = Dieser Export wurde mit einem Passwort geschützt. Geben Sie dasselbe Passwort ein, um ihn fortzusetzen; mit einem anderen wird das Archiv mit diesem neuen Passwort neu begonnen.
page-password-label = Passwort
page-password-cancel = Abbrechen
# Button.
page-password-continue = Export fortsetzen

## Dialog: a yes/no question (its title, text and "yes" button come from the screen that asks)

# Button: the "no" answer, which keeps what the question was about (e.g. a copy or a request).
page-confirm-keep = Behalten

## Footer

# Shown until the app's version is known.
page-footer-version = Version wird geladen…
# The label of the choice of the language the app speaks, at the right of the footer (its
# options are the languages, each named in itself, and the one below).
page-footer-language = Sprache der App
# The first option of that choice: follow the computer's settings. $language is the language
# they give, named in itself ("Deutsch").
page-footer-language-system = Systemsprache ({ $language })
