## The words of the Requests screen (the list of requests, its search and filter, where the
## record is kept, the team's register, the reminder about old saved copies: requests-*) and of
## one request's page (its facts, saved copies, history, actions and the dialogs it fills:
## request-*). Texts given as variables such as $standing, $problem, $contents are already made
## in the officer's language by the app; dates arrive as text too.

## The Requests screen: the list

# In the list's "Where it stands" column, for a closed request. $standing is the app's own
# words about where the request stood (e.g. "answered on time", "overdue by 3 days"). Lower
# case: it is a table cell.
requests-standing-closed = gesloten; { $standing }
# In the list's "Assigned to" column (team's register only): the request is assigned to no officer.
requests-nobody-yet = nog niemand
# The status line under the search field: how many requests the list holds (filter "All", no search).
requests-count =
    { $count ->
        [one] { $count } verzoek
       *[other] { $count } verzoeken
    }
# The status line: how many requests are assigned to the officer (filter "Assigned to me", no search).
requests-count-mine =
    { $count ->
        [one] { $count } verzoek aan u toegewezen
       *[other] { $count } verzoeken aan u toegewezen
    }
# The status line while searching: $shown requests match, out of $count (filter "All").
requests-shown =
    { $count ->
        [one] { $shown } van { $count } verzoek
       *[other] { $shown } van { $count } verzoeken
    }
# The status line while searching: $shown requests match, out of the $count assigned to the
# officer (filter "Assigned to me").
requests-shown-mine =
    { $count ->
        [one] { $shown } van { $count } aan u toegewezen verzoek
       *[other] { $shown } van { $count } aan u toegewezen verzoeken
    }
# The status line when the filter "Assigned to me" shows nothing; $count is the number of
# requests in the register, seen with the filter "All" (the name of that choice, in the
# screen's segmented control).
requests-none-mine =
    { $count ->
        [one] Er is geen verzoek aan u toegewezen; onder Alle staat { $count } verzoek.
       *[other] Er is geen verzoek aan u toegewezen; onder Alle staan { $count } verzoeken.
    }
# The status line when the search matches no request.
requests-no-match = Geen enkel verzoek komt overeen met de zoekopdracht.
# Above the list. $today is today's date, already written out (e.g. "3 December 2026").
requests-today = Vandaag is het { $today }.

## The Requests screen: the reminder about saved copies

# The box's first line. $count is how many saved archives are older than the reminder setting,
# $days that setting (a number of days).
requests-old-copies =
    { $count ->
        [one] Een kopie die op deze computer is opgeslagen, is ouder dan { $days ->
            [one] { $days } dag
           *[other] { $days } dagen
        }. Verwijder wat niet meer nodig is: kopieën bevatten persoonsgegevens.
       *[other] { $count } kopieën die op deze computer zijn opgeslagen, zijn ouder dan { $days ->
            [one] { $days } dag
           *[other] { $days } dagen
        }. Verwijder wat niet meer nodig is: kopieën bevatten persoonsgegevens.
    }
# One old copy in the box's list, after the request's reference (a link): $path is where the
# archive is saved, $days how old it is in days.
requests-old-copy =
    { $days ->
        [one] { $path } ({ $days } dag oud)
       *[other] { $path } ({ $days } dagen oud)
    }
# Under the reminder setting, once it was saved.
requests-reminder-saved = Opgeslagen.

## The Requests screen: the organisation's texts for the cover letter

# Once the texts for the letters in one language were saved; $language is the language's
# own name (e.g. "Français").
requests-letter-saved = Opgeslagen. Elke brief in deze taal ({ $language }) gebruikt vanaf nu deze teksten.

## The Requests screen: where the record is kept

# On the team's register: $address is the register's address (without password), $officer the
# officer's login there.
# The team's register in words, in the sentences below ($address): its PostgreSQL database's
# name and its server.
requests-register-place = database “{ $database }” op { $server }
requests-register-where = Elk verzoek wordt bijgehouden in het teamregister: { $address }. U werkt erin als { $officer }; bij elke gebeurtenis wordt vastgelegd wie die heeft geschreven, en niemand kan iets ongemerkt wijzigen.
requests-protection-local = De verbinding loopt via de lokale socket van de server op deze computer: er gaat niets over het netwerk.
requests-protection-plain = De verbinding is niet versleuteld: wat de app leest en schrijft, gaat leesbaar over het netwerk. Vraag uw beheerder TLS op de server in te schakelen en voeg daarna sslmode=verify-full aan het adres toe.
requests-protection-unchecked = De verbinding is versleuteld, maar het certificaat van de server wordt niet gecontroleerd: een computer die zich als de server voordoet, zou kunnen meelezen. Voeg sslmode=verify-full aan het adres toe (en sslrootcert= met het bestand van de certificeringsinstantie die het certificaat heeft ondertekend, als uw beheerder u dat geeft).
requests-protection-authority = De verbinding is versleuteld, en het certificaat van de server is ondertekend door de certificeringsinstantie in het adres; de naam van de server daarin wordt niet gecontroleerd (sslmode=verify-full zou die ook controleren).
requests-protection-checked = De verbinding is versleuteld, en het certificaat van de server wordt gecontroleerd.
# The title of the foldable section about the record (the journal), when it is the team's
# shared register (PostgreSQL database).
requests-record-shared = De administratie: het teamregister
# The title of the foldable section about the record, when it is kept on this computer.
requests-record-local = De administratie op deze computer
# Heading of the register's form, when the team's register is in use.
requests-register-title-shared = Het teamregister (PostgreSQL)
# Heading of the register's form, when the record is on this computer.
requests-register-title-local = Het teamregister gebruiken (PostgreSQL)
# Button: connect to the team's register again (it is in use already).
requests-connect-again = Opnieuw verbinden
# Button: connect to the team's register and keep the record there from now on.
requests-connect-use = Verbinden en gebruiken
# Status while connecting to the register.
requests-connecting = Bezig met verbinden…
# Status once connected; $address is the register's address.
requests-connected = Verbonden: de administratie is nu het teamregister, { $address }.
# Status after choosing to keep the record on this computer instead of the team's register.
requests-back-local = De administratie wordt weer op deze computer bijgehouden.
# Status while the journal is being checked.
requests-checking = Bezig met controleren…
# The check's result: nothing in the journal was changed. $count is the number of its events.
requests-journal-intact =
    { $count ->
        [one] Het logboek is intact: { $count } gebeurtenis, niet gewijzigd, verwijderd of van volgorde veranderd.
       *[other] Het logboek is intact: { $count } gebeurtenissen, geen enkele gewijzigd, verwijderd of van volgorde veranderd.
    }
# The check's result when the journal is gone; $problem is the app's sentence saying what was
# found (it ends with a full stop).
requests-journal-missing = { $problem } Zet het logboek terug vanuit een back-up, of neem contact op met uw IT-afdeling.
# The check's result when the journal's content was altered; $problem is the app's sentence
# saying what was found.
requests-journal-changed = Het logboek is gewijzigd. { $problem } Laat het bestand zoals het is en neem contact op met uw IT-afdeling.
# The check's result for any other problem; $problem is the app's sentence saying what was found.
requests-journal-problem = { $problem } Laat het bestand zoals het is en neem contact op met uw IT-afdeling.
# After ticking the team's rule that a second officer approves each archive.
requests-approval-on = Vanaf nu keurt een andere medewerker elk archief goed voordat de verstrekking ervan wordt vastgelegd.
# After unticking that rule.
requests-approval-off = Vanaf nu worden archieven verstrekt zonder goedkeuring van een tweede medewerker.

## One request's page

# The page's heading; $reference is the request's reference (e.g. "DSAR-2024-017").
request-title = Verzoek { $reference }
# The line under the heading for a closed request; $standing is the app's words about where it
# stood (lower case, e.g. "answered on time").
request-standing-closed = Gesloten; { $standing }.
# The line under the heading for a request still open; $standing is the app's words about where
# it stands ("12 days left", "answered on time"...), with its first letter made upper case.
request-standing = { $standing }.

# The request's facts: labels of a list of terms and values.
# The person whose data was asked for.
request-fact-subject = Betrokkene
# The kind of request (the right used, e.g. access).
request-fact-right = Recht
request-fact-received = Ontvangen
request-fact-due = Uiterste datum
# The extension of the deadline, if one was recorded.
request-fact-extension = Verlenging
request-fact-status = Status
# The officer who handles the request.
request-fact-assignee = Toegewezen aan
# When the request was answered.
request-fact-answered = Beantwoord
# How many archives were exported for it.
request-fact-exports = Aantal exports
# One note an officer wrote about the request.
request-fact-note = Notitie
# The value of "Assigned to" when no officer has the request.
request-nobody-yet = nog niemand

## One request's page: its saved copies

request-no-copies = Geen. Archieven die u voor dit verzoek opslaat, worden hier vermeld.
# A saved archive: $path is where it is, $saved when it was saved (already written out).
request-copy = { $path }, opgeslagen op { $saved }.
# Added after request-copy when the file is no longer at that place.
request-copy-gone = Het bestand staat daar niet meer.
request-copy-elsewhere = { $path }, opgeslagen op { $saved } op een andere computer, { $computer }. Daar kan de kopie worden verwijderd.
# Added after request-copy when the copy is older than the reminder setting (in days).
request-copy-old = Ouder dan de ingestelde herinneringstermijn: verwijder de kopie als die niet meer nodig is.
# Button next to a saved archive.
request-delete-copy = Lokale kopie verwijderen
# Confirmation dialog's title.
request-delete-copy-title = Deze lokale kopie verwijderen?
# Confirmation dialog's text; $path is where the archive is saved.
request-delete-copy-text = { $path } wordt van deze computer verwijderd, en het logboek legt dat vast. Kopieën die al zijn verstuurd, blijven ongewijzigd.
# The confirmation dialog's button that deletes it.
request-delete-copy-yes = Verwijderen

## One request's page: its history and actions

# After an event of the history, the officer who recorded it ($officer: a name or login).
request-event-by = (door { $officer })
# Button: give the request to another officer (it has one already).
request-hand-over = Overdragen
# Button: give the request to an officer (it has none yet).
request-assign = Toewijzen
# After choosing the language of the answer; $language is the language's own name (e.g. "Deutsch").
request-language-saved = Opgeslagen: het antwoord (de brief en de toelichtingen in het archief) wordt geschreven in deze taal: { $language }.
# Said to a screen reader (not shown) once a delivery is recorded. $standing: the app's words
# about where the request stands now, lower case (e.g. "answered on time", "answered 3 days late").
request-delivered = Verstrekking vastgelegd: { $standing }.
# Confirmation dialog's title.
request-close-title = Dit verzoek sluiten?
# Confirmation dialog's text, for a request that was answered.
request-close-answered = Het blijft in de administratie staan, gemarkeerd als gesloten.
# Confirmation dialog's text, for a request not answered yet.
request-close-unanswered = Het is nog niet beantwoord. Het blijft in de administratie staan, gemarkeerd als gesloten zonder antwoord.
# The confirmation dialog's button that closes the request.
request-close-yes = Sluiten

## One request's page: the archive awaiting approval (its letter and its account of each app)

# Shown instead of the cover letter when the archive has none.
request-no-letter = Dit archief heeft geen begeleidende brief.
# Under an app's name; $contents is the app's words about what of it is in the archive.
request-ledger-inside = In het archief: { $contents }.
# The caption of an app's table; $app is the app's name. App Center is a product name.
request-ledger-caption = De records die App Center heeft teruggegeven voor { $app }
# Column heads of that table: the kind of records, how many were received from App Center, how
# many are in the archive, how many were left out.
request-ledger-records = Soort records
request-ledger-received = Ontvangen
request-ledger-kept = In het archief
request-ledger-left-out = Weggelaten
# Under the table when App Center named no file that is missing from the archive.
request-ledger-complete = Elk bestand dat App Center noemde, staat in het archief.
