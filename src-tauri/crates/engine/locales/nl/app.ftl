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
page-header-sample-badge = Voorbeeldgegevens
# Button: goes to the list of requests.
page-header-requests = Verzoeken
# Button: ends the connection to App Center.
page-header-disconnect = Verbinding verbreken

## The steps of an export, shown above the screen while an export is being made

# Read out by screen readers: the name of the list of steps.
page-steps =
    .aria-label = Stappen
page-steps-connect = Verbinden
page-steps-apps = App kiezen
page-steps-runs = Testruns kiezen
page-steps-export = Exporteren
# The last step: saving the finished archive.
page-steps-done = Opslaan

## The error panel (its "Show details" and "Copy details" buttons are in app-errors.ftl)

# Button: closes the error panel.
page-error-close = Sluiten
# Shown under an error that stopped an export halfway.
page-error-resumable = Wat al is gedaan, blijft bewaard: exporteer dezelfde testruns opnieuw om verder te gaan waar de export is gestopt.

## Screen: the list of requests

page-requests-title = Verzoeken
# Button: starts an export that answers no request (e.g. to look around).
page-requests-quick-export = Exporteren zonder verzoek
# Button: opens the dialog to record a new request for a copy of someone's data.
page-requests-new = Nieuw verzoek

# Shown when there are no requests yet. The bold names are those of the buttons.
page-requests-empty = <strong>Nog geen verzoeken.</strong> Vraagt een klant of een persoon om een kopie van de eigen gegevens, kies dan <strong>{ page-requests-new }</strong>: ACT Export berekent de uiterste datum voor het antwoord en legt de export en de verstrekking ervan vast.
page-requests-empty-hint = Wilt u eerst rondkijken? Kies dan <strong>{ page-requests-quick-export }</strong> en daarna <strong>{ page-connect-try-sample }</strong>.

# Read out by screen readers: the name of the two choices that follow (requests of the team's
# register: those assigned to me, or all).
page-requests-whose = Welke verzoeken
page-requests-whose-mine = Aan mij toegewezen
page-requests-whose-all = Alle
# The label of the search field above the list of requests.
page-requests-search = Zoeken
page-requests-search-input =
    .placeholder = Kenmerk of betrokkene
# Read out by screen readers: the table of requests.
page-requests-table-caption = Verzoeken, met de vroegste uiterste datum eerst
# The columns of the table of requests.
page-requests-col-reference = Kenmerk
# The person or client whose data was asked for.
page-requests-col-subject = Betrokkene
# The date the request was received.
page-requests-col-received = Ontvangen
# When the answer is due.
page-requests-col-due = Uiterste datum
# How far the request has got (e.g. "overdue by 3 days", "answered on time").
page-requests-col-standing = Stand van zaken
# The officer who handles the request.
page-requests-col-assignee = Toegewezen aan

# A section that opens when clicked: the organisation's details for the cover letter that opens
# every archive.
page-requests-letter-title = Uw organisatie, voor de begeleidende brief
page-requests-letter-hint = Elk archief begint met een brief aan de persoon die het verzoek heeft gedaan: wat er is doorzocht, wat is opgenomen, wat is weggelaten en waarom, en welke informatie de betrokkene volgens de wet (artikel 15 AVG) moet krijgen. Vul dit eenmalig in. De teksten hieronder zijn voorstellen voor testgegevens van een testdienst voor mobiele apps; u kunt elke tekst aanpassen. Wordt op deze computer bewaard.
# The choice of the language whose texts the form shows and saves, followed by a list of the
# languages, each named in itself ("Deutsch", "Français").
page-requests-letter-language = Teksten voor de brieven in de taal
page-requests-letter-language-hint = (de brieven in elke taal gebruiken de teksten die voor die taal zijn opgeslagen; voor een taal zonder opgeslagen teksten toont het formulier wat de brieven in die taal gebruiken)
# The labels of the letter's fields (the data controller's details that GDPR Art. 15 requires).
page-requests-letter-controller = Uw organisatie (verwerkingsverantwoordelijke)
page-requests-letter-contact = Hoe de verzoeker u over dit antwoord kan bereiken
page-requests-letter-dpo = Uw functionaris voor gegevensbescherming (optioneel)
page-requests-letter-purposes = Waarom u de gegevens hebt
page-requests-letter-categories = Welke soorten gegevens
page-requests-letter-recipients = Wie de gegevens heeft ontvangen
page-requests-letter-retention = Hoe lang u de gegevens bewaart
page-requests-letter-source = Waar de gegevens vandaan komen
page-requests-letter-automated-decisions = Geautomatiseerde besluitvorming
page-requests-letter-transfers = Doorgifte buiten de EER, en de waarborgen daarbij
page-requests-letter-authority = De toezichthoudende autoriteit voor klachten
# Label of the field for who signs the letter (a name, a team).
page-requests-letter-signature = De brief is ondertekend door
# Button: saves the letter's details.
page-requests-letter-save = Opslaan

# A section that opens when clicked: where the record of requests (the journal) is kept.
page-requests-journal-title = De administratie op deze computer
# Pieces of a paragraph, in this order: this piece, a space, the journal's file path (in a
# fixed-width font), a full stop, a space, the next piece.
page-requests-journal-where = Elk verzoek en alles wat ervoor is gedaan, wordt op deze computer bewaard in een logboek dat niemand ongemerkt kan wijzigen:
# "act-export" is the command's name: never translated.
page-requests-journal-command = De opdracht <code>act-export</code> toont dezelfde verzoeken.
# The last sentence of the paragraph above.
page-requests-journal-length = Deze computer noteert bovendien in een andere map hoe lang het logboek was telkens wanneer het werd geschreven: zo meldt de controle het als het logboek is verwijderd, ingekort of vervangen.
# A checkbox, for a team that shares a register.
page-requests-approval-rule = Vierogenprincipe: een andere medewerker keurt elk archief goed voordat de verstrekking ervan wordt vastgelegd (voor het hele team)
# The title of a form to keep the record in a PostgreSQL database shared by the privacy team.
page-requests-register-title = Het teamregister gebruiken (PostgreSQL)
page-requests-register-hint = Een privacyteam houdt samen één administratie bij: elke medewerker ziet elk verzoek en wie het behandelt, en bij elke gebeurtenis staat wie die heeft vastgelegd. Uw beheerder geeft u het adres van het register en uw inloggegevens.
page-requests-register-address = Adres van het register
page-requests-register-password = Uw wachtwoord voor het register (als uw account er een heeft)
# A checkbox.
page-requests-register-remember = Wachtwoord onthouden in de sleutelhanger van deze computer
# Button.
page-requests-register-use = Verbinden en gebruiken
# Button: stops using the team's register.
page-requests-register-leave = Administratie weer op deze computer bijhouden
# Button: checks that the journal was not changed, cut short or replaced.
page-requests-journal-check = Logboek controleren
# A setting in one line: this label, a field for a number of days, then the word of
# page-requests-remind-days. The number varies: "days" is for any number of days above one.
page-requests-remind = Herinner mij aan opgeslagen kopieën ouder dan
page-requests-remind-days = dagen
# Button: saves the number of days.
page-requests-remind-save = Opslaan

## Screen: one request

# Button: back to the list of requests (the arrow points left).
page-request-back = ← Naar verzoeken
# Button: the archive may be delivered (a second officer approves it).
page-request-approve = Goedkeuren voor verstrekking
# Button: the archive needs changes before it is delivered.
page-request-send-back = Terugsturen
# A button that looks like a link: opens the archive's letter and ledger.
page-request-papers = Brief en verantwoording lezen
# Label of the choice of language the answer (letter and archive) is written in.
page-request-language = Taal van het antwoord
# The request's buttons.
page-request-export = Gegevens voor dit verzoek exporteren
page-request-deliver = Verstrekking vastleggen
page-request-extend = Termijn verlengen
page-request-note = Notitie toevoegen
# Gives the request to an officer of the team.
page-request-assign = Toewijzen
page-request-close = Verzoek sluiten
# Headings.
page-request-copies = Opgeslagen kopieën
page-request-history = Geschiedenis

## Screen: connect to App Center

page-connect-title = Verbinden met App Center
page-connect-intro = ACT Export leest uw gegevens in App Center Test met een API-token. Plak uw token hieronder, of kijk eerst rond met voorbeeldgegevens.
page-connect-token = API-token
# Button: shows the token typed in the field (otherwise hidden like a password).
page-connect-token-show = Tonen
# Button: pastes the token from the clipboard.
page-connect-token-paste = Plakken
page-connect-token-help = Het token wordt alleen naar het API-adres gestuurd, nooit ergens anders naartoe.
# A section that opens when clicked: the steps to get a token on App Center's site.
page-connect-token-where = Waar krijg ik een token?
# The steps to make a token on App Center's site. The bold names are as App Center's site shows
# them (in English).
page-connect-step-account = Meld u aan bij App Center en open <strong>Account settings</strong> (accountinstellingen).
page-connect-step-tokens = Kies <strong>User API tokens</strong> (of, voor één app, <strong>Settings > App API tokens</strong> van die app).
page-connect-step-new = Kies <strong>New API token</strong>, geef het token een naam en kies <strong>Read only</strong> (alleen lezen): de veiligste keuze, en meer heeft ACT Export niet nodig.
# Step 4.
page-connect-step-copy = Kopieer het token (het wordt maar één keer getoond) en plak het hier.
# A section that opens when clicked: the API address.
page-connect-advanced = Geavanceerd
page-connect-address = API-adres
page-connect-address-help = Wijzig dit alleen als uw organisatie u dat heeft gevraagd.
# A checkbox.
page-connect-remember = Dit token onthouden op deze computer
page-connect-saved-token = Er is een token opgeslagen op deze computer.
# Buttons beside the sentence above.
page-connect-use-saved = Verbinden met het opgeslagen token
page-connect-forget = Vergeten
# Button: connects with the token typed.
page-connect-connect = Verbinden
# Button: uses made-up sample data instead of App Center.
page-connect-try-sample = Proberen met voorbeeldgegevens

## Screen: choose the app

page-apps-title = App kiezen
# Label of a search, in every app at once, for the test runs of a client.
page-apps-find = Testruns van een klant zoeken in alle apps
# "contoso-" is an example of the start of a test series' name.
page-apps-find-input =
    .placeholder = Testreeks of tekst, bijvoorbeeld contoso-
# Button: starts the search.
page-apps-find-go = Zoeken
# Read out by screen readers: the list of apps the search found.
page-apps-found-list =
    .aria-label = Apps met overeenkomende testruns
# Label of the search field above the list of apps.
page-apps-search = Of kies de app
page-apps-search-input =
    .placeholder = Naam of eigenaar van de app
# Read out by screen readers: the list of apps.
page-apps-list =
    .aria-label = Lijst met apps

## Screen: choose the test runs

# Button: back to the list of apps (the arrow points left).
page-runs-back = ← Naar apps
page-runs-title = Testruns van de klant kiezen
# Button: shows the letter the archive will open with.
page-runs-preview-letter = Voorbeeld van de brief
# Button: adds the test runs of another app to the same export.
page-runs-add-app = Nog een app toevoegen…
# Followed by a list of the other apps in the export and their test runs.
page-runs-other-apps = Ook in deze export:
# Read out by screen readers: the list above.
page-runs-other-apps-list =
    .aria-label = Andere apps in deze export
page-runs-scope = Wat exporteren
page-runs-scope-runs = Alleen de testruns die ik selecteer (gegevens van één klant)
page-runs-scope-app = De hele app (gegevens van alle klanten)
# The filters above the table of test runs.
page-runs-filter-series = Testreeks
# The choice of the filter above that shows every test series.
page-runs-filter-all-series = Alle reeksen
# Label of a date field: the first day shown.
page-runs-filter-from = Van
# Label of a date field: the last day shown.
page-runs-filter-to = Tot en met
page-runs-filter-search = Zoeken
page-runs-filter-search-input =
    .placeholder = Versie, resultaat, run-ID
# Button: selects every test run the table shows.
page-runs-select-shown = Alle getoonde selecteren
# Button: unselects every test run.
page-runs-clear = Selectie wissen
# A checkbox.
page-runs-protect = Archief beveiligen met een wachtwoord
# Read out by screen readers: the table of test runs.
page-runs-table-caption = Testruns van de app
# Read out by screen readers: the column of checkboxes.
page-runs-col-selected = Geselecteerd
# The columns of the table of test runs.
page-runs-col-date = Datum
page-runs-col-series = Testreeks
page-runs-col-version = Appversie
page-runs-col-platform = Besturingssysteem
page-runs-col-result = Resultaat
# Followed by the suggested password for the archive.
page-runs-password = Wachtwoord:
# Button: suggests another password.
page-runs-password-another = Ander wachtwoord
# Button: copies the password.
page-runs-password-copy = Kopiëren
# Button: opens a dialog to type one's own password.
page-runs-password-own = Eigen wachtwoord…
# Label of the field for the name of the client or person whose data is exported.
page-runs-subject = Van wie zijn deze gegevens?
page-runs-subject-hint = (optioneel, wordt in het archief vermeld)
# "Contoso Ltd" is a made-up company.
page-runs-subject-input =
    .placeholder = Bijvoorbeeld: Contoso Ltd
page-runs-selected-none = Geen testruns geselecteerd
# Button: starts the export.
page-runs-export = Exporteren

## Screen: exporting

page-export-title = Bezig met exporteren
# What the export is doing: at first, starting.
page-export-starting = Bezig met starten
# Button: stops the export.
page-export-cancel = Annuleren

## Screen: the archive is ready

page-done-title = Het archief is klaar
# Under the archive's icon, which can be dragged to a folder; "Save as" is the button below.
page-done-drag = Sleep dit naar een map, of gebruik Opslaan als
# Buttons.
page-done-save = Opslaan als…
page-done-show-folder = Tonen in map
page-done-deliver = Verstrekking vastleggen
page-done-another = Nieuwe export starten
# Followed by the archive's password.
page-done-password = Wachtwoord:
# Button: copies the password.
page-done-copy = Kopiëren
page-done-password-hint = ACT Export bewaart het wachtwoord niet: kopieer het nu en stuur het apart van het archief (lees het bijvoorbeeld telefonisch voor). Om het archief te openen heeft de ontvanger een gratis programma nodig, zoals 7-Zip (Windows) of Keka of The Unarchiver (Mac): de ingebouwde hulpmiddelen van Windows en macOS kunnen een archief met deze beveiliging niet openen. Een notitie naast de versleutelde bestanden vermeldt dat ook.

## Dialog: stop the export?

page-cancel-title = Export stoppen?
page-cancel-text = Er wordt niets opgeslagen. U kunt op elk moment opnieuw beginnen.
# Button: closes the dialog, the export goes on.
page-cancel-keep-going = Doorgaan met exporteren
# Button: stops the export.
page-cancel-confirm = Export stoppen

## Dialog: a new request

page-new-request-title = Nieuw verzoek
# Label of the field for the request's reference; its hint follows in a lighter font.
page-new-request-reference = Kenmerk
page-new-request-reference-hint = (uw ticket- of briefnummer)
# Label of the field for whose data is asked for.
page-new-request-subject = Betrokkene
page-new-request-subject-hint = (de klant of persoon die het verzoek heeft gedaan)
page-new-request-right = Waar het verzoek om gaat
# The two choices of the field above.
page-new-request-right-access = Een kopie van de eigen gegevens (recht van inzage, artikel 15)
page-new-request-right-portability = De eigen gegevens om elders te gebruiken (recht op overdraagbaarheid van gegevens, artikel 20)
page-new-request-language = Taal van het antwoord
page-new-request-language-hint = (de begeleidende brief en de toelichtingen in het archief worden in deze taal geschreven)
page-new-request-received = Datum van ontvangst
page-new-request-due-hint = Het antwoord moet uiterlijk één maand na de datum van ontvangst worden gegeven (artikel 12, lid 3, AVG); valt die dag op een zaterdag of zondag, dan op de eerstvolgende werkdag. Feestdagen kent ACT Export niet: controleer die zelf.
page-new-request-cancel = Annuleren
# Button: records the request and opens its page.
page-new-request-open = Verzoek openen

## Dialog: record the delivery of the archive

page-deliver-title = Verstrekking vastleggen
page-deliver-channel = Hoe het is verstuurd
# The choices of the field above.
page-deliver-channel-email = Per e-mail
page-deliver-channel-portal = Via een portaal
page-deliver-channel-post = Per post
page-deliver-channel-other = Op een andere manier
# Label of the field for who received the archive.
page-deliver-recipient = Aan wie
page-deliver-recipient-input =
    .placeholder = Naam of adres
# Label of the date field: the day it was delivered.
page-deliver-on = Op
page-deliver-password = Hoe het wachtwoord is verstuurd
page-deliver-password-hint = (alleen als het archief een wachtwoord had; nooit het wachtwoord zelf)
page-deliver-password-input =
    .placeholder = Bijvoorbeeld: telefonisch voorgelezen
page-deliver-cancel = Annuleren
# Button: records the delivery.
page-deliver-record = Vastleggen

## Dialog: extend the deadline

page-extend-title = Termijn verlengen
page-extend-hint = Artikel 12, lid 3, AVG staat bij complexe of talrijke verzoeken een verlenging met nog eens twee maanden toe, als de verzoeker binnen de eerste maand over de reden wordt ingelicht.
page-extend-months = Extra maanden in totaal
# The choices of the field above: $count is 1 or 2.
page-extend-months-option =
    { $count ->
        [one] { $count } maand
       *[other] { $count } maanden
    }
# Label of the date field: the day the requester was told of the extension.
page-extend-told = De verzoeker is ingelicht op
# Label of the field for the reason of the extension.
page-extend-reason = Reden
page-extend-cancel = Annuleren
# Button: extends the deadline.
page-extend-save = Verlengen

## Dialog: add a note

page-note-title = Notitie toevoegen
page-note-text = Notitie
page-note-text-hint = (blijft voorgoed in het logboek staan: vermeld geen persoonsgegevens die niet nodig zijn)
page-note-cancel = Annuleren
# Button: adds the note.
page-note-save = Toevoegen

## Dialog: assign the request

page-assign-title = Verzoek toewijzen
page-assign-officer = Aan medewerker
page-assign-officer-hint = (de inlognaam van de medewerker in het teamregister)
page-assign-cancel = Annuleren
# Button: assigns the request.
page-assign-save = Toewijzen

## Dialog: send the archive back (not approved)

page-send-back-title = Archief terugsturen
# Label of the field for the reason.
page-send-back-reason = Reden
page-send-back-reason-hint = (degene die het heeft geëxporteerd, leest dit; blijft in het logboek staan)
page-send-back-cancel = Annuleren
# Button: sends the archive back.
page-send-back-save = Terugsturen

## Dialog: the preview of the cover letter

page-letter-title = De brief waarmee het archief begint
# Names the section "Your organisation, for the cover letter" of the Requests screen.
page-letter-hint = Een voorbeeld: de aantallen worden ingevuld wanneer de export wordt uitgevoerd. De gegevens van uw organisatie staan onder “{ page-requests-letter-title }” op het scherm Verzoeken.
page-letter-close = Sluiten

## Dialog: the letter and the ledger an export recorded, for the approving officer

page-papers-title = Wat de verzoeker ontvangt
page-papers-hint = De brief en de verantwoording van het archief, zoals de export die in het logboek heeft vastgelegd: wat App Center heeft teruggegeven, wat in het archief staat en wat is weggelaten. De gegevens zelf staan alleen in het archief.
# Headings.
page-papers-letter = De brief
# The ledger: the list of what App Center returned, what was kept and what was left out.
page-papers-ledger = De verantwoording
page-papers-close = Sluiten

## Dialog: use my own password for the archive

page-own-password-title = Eigen wachtwoord gebruiken
page-own-password = Wachtwoord
page-own-password-hint = (minstens 10 tekens; meerdere woorden is het best)
page-own-password-cancel = Annuleren
# Button: uses the password typed.
page-own-password-use = Gebruiken

## Dialog: the password of an unfinished export

page-password-title = Voer het wachtwoord van het archief in
page-password-text = Deze export is beveiligd met een wachtwoord. Voer hetzelfde wachtwoord in om de export voort te zetten; met een ander wachtwoord wordt het archief opnieuw begonnen met dat wachtwoord.
page-password-label = Wachtwoord
page-password-cancel = Annuleren
# Button.
page-password-continue = Export voortzetten

## Dialog: a yes/no question (its title, text and "yes" button come from the screen that asks)

# Button: the "no" answer, which keeps what the question was about (e.g. a copy or a request).
page-confirm-keep = Behouden

## Footer

# Shown until the app's version is known.
page-footer-version = Versie wordt geladen…
# The label of the choice of the language the app speaks, at the right of the footer (its
# options are the languages, each named in itself, and the one below).
page-footer-language = Taal van de app
# The first option of that choice: follow the computer's settings. $language is the language
# they give, named in itself ("Deutsch").
page-footer-language-system = Systeem ({ $language })
