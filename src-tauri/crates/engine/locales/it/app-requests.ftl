## The words of the Requests screen (the list of requests, its search and filter, where the
## record is kept, the team's register, the reminder about old saved copies: requests-*) and of
## one request's page (its facts, saved copies, history, actions and the dialogs it fills:
## request-*). Texts given as variables such as $standing, $problem, $contents are already made
## in the officer's language by the app; dates arrive as text too.

## The Requests screen: the list

# In the list's "Where it stands" column, for a closed request. $standing is the app's own
# words about where the request stood (e.g. "answered on time", "overdue by 3 days"). Lower
# case: it is a table cell.
requests-standing-closed = chiusa; { $standing }
# In the list's "Assigned to" column (team's register only): the request is assigned to no officer.
requests-nobody-yet = ancora nessuno
# The status line under the search field: how many requests the list holds (filter "All", no search).
requests-count =
    { $count ->
        [one] { $count } richiesta
       *[other] { $count } richieste
    }
# The status line: how many requests are assigned to the officer (filter "Assigned to me", no search).
requests-count-mine =
    { $count ->
        [one] { $count } richiesta assegnata a Lei
       *[other] { $count } richieste assegnate a Lei
    }
# The status line while searching: $shown requests match, out of $count (filter "All").
requests-shown =
    { $count ->
        [one] { $shown } di { $count } richiesta
       *[other] { $shown } di { $count } richieste
    }
# The status line while searching: $shown requests match, out of the $count assigned to the
# officer (filter "Assigned to me").
requests-shown-mine =
    { $count ->
        [one] { $shown } di { $count } richiesta assegnata a Lei
       *[other] { $shown } di { $count } richieste assegnate a Lei
    }
# The status line when the filter "Assigned to me" shows nothing; $count is the number of
# requests in the register, seen with the filter "All" (the name of that choice, in the
# screen's segmented control).
requests-none-mine =
    { $count ->
        [one] Nessuna richiesta è assegnata a Lei; in «Tutte» si trova { $count } richiesta.
       *[other] Nessuna richiesta è assegnata a Lei; in «Tutte» si trovano { $count } richieste.
    }
# The status line when the search matches no request.
requests-no-match = Nessuna richiesta corrisponde alla ricerca.
# Above the list. $today is today's date, already written out (e.g. "3 December 2026").
# Italian: the date has its weekday ("giovedì 3 dicembre 2026").
requests-today = Oggi è { $today }.

## The Requests screen: the reminder about saved copies

# The box's first line. $count is how many saved archives are older than the reminder setting,
# $days that setting (a number of days).
requests-old-copies =
    { $count ->
        [one] Una copia salvata su questo computer risale a più di { $days ->
            [one] { $days } giorno
           *[other] { $days } giorni
        } fa. Eliminare ciò che non serve più: le copie contengono dati personali.
       *[other] { $count } copie salvate su questo computer risalgono a più di { $days ->
            [one] { $days } giorno
           *[other] { $days } giorni
        } fa. Eliminare ciò che non serve più: le copie contengono dati personali.
    }
# One old copy in the box's list, after the request's reference (a link): $path is where the
# archive is saved, $days how old it is in days.
requests-old-copy =
    { $days ->
        [one] { $path } (salvata { $days } giorno fa)
       *[other] { $path } (salvata { $days } giorni fa)
    }
# Under the reminder setting, once it was saved.
requests-reminder-saved = Salvato.

## The Requests screen: the organisation's texts for the cover letter

# Once the texts for the letters in one language were saved; $language is the language's
# own name (e.g. "Français").
requests-letter-saved = Salvato. D'ora in poi ogni lettera in questa lingua ({ $language }) usa questi testi.

## The Requests screen: where the record is kept

# On the team's register: $address is the register's address (without password), $officer the
# officer's login there.
# The team's register in words, in the sentences below ($address): its PostgreSQL database's
# name and its server.
requests-register-place = database «{ $database }» sul server { $server }
requests-register-where = Tutte le richieste sono conservate nel registro condiviso del team: { $address }. Lei vi accede come { $officer }; ogni evento indica chi lo ha registrato e nessuno può modificarlo senza che ciò venga rilevato.
requests-protection-local = La connessione passa per il socket locale del server su questo computer: nulla attraversa la rete.
requests-protection-plain = La connessione non è cifrata: ciò che l'app legge e scrive attraversa la rete in chiaro. Chieda al suo amministratore di attivare TLS sul server, poi aggiunga sslmode=verify-full all'indirizzo.
requests-protection-unchecked = La connessione è cifrata, ma il certificato del server non viene verificato: un computer che si spacciasse per il server potrebbe leggerla. Aggiunga sslmode=verify-full all'indirizzo (e sslrootcert= con il file dell'autorità che ha firmato il certificato, se il suo amministratore gliene fornisce uno).
requests-protection-authority = La connessione è cifrata, e il certificato del server è firmato dall'autorità indicata nell'indirizzo; il nome del server che vi compare non viene verificato (sslmode=verify-full verificherebbe anche quello).
requests-protection-checked = La connessione è cifrata, e il certificato del server viene verificato.
# The title of the foldable section about the record (the journal), when it is the team's
# shared register (PostgreSQL database).
requests-record-shared = Il registro: quello condiviso del team
# The title of the foldable section about the record, when it is kept on this computer.
requests-record-local = Il registro su questo computer
# Heading of the register's form, when the team's register is in use.
requests-register-title-shared = Il registro condiviso del team (PostgreSQL)
# Heading of the register's form, when the record is on this computer.
requests-register-title-local = Usare il registro condiviso del team (PostgreSQL)
# Button: connect to the team's register again (it is in use already).
requests-connect-again = Riconnetti
# Button: connect to the team's register and keep the record there from now on.
requests-connect-use = Connetti e usa
# Status while connecting to the register.
requests-connecting = Connessione in corso…
# Status once connected; $address is the register's address.
requests-connected = Connesso: il registro è ora quello condiviso del team, { $address }.
# Status after choosing to keep the record on this computer instead of the team's register.
requests-back-local = Il registro è di nuovo conservato su questo computer.
# Status while the journal is being checked.
requests-checking = Verifica in corso…
# The check's result: nothing in the journal was changed. $count is the number of its events.
requests-journal-intact =
    { $count ->
        [one] Il registro è integro: { $count } evento, né modificato né rimosso.
       *[other] Il registro è integro: { $count } eventi, nessuno modificato, rimosso o riordinato.
    }
# The check's result when the journal is gone; $problem is the app's sentence saying what was
# found (it ends with a full stop).
requests-journal-missing = { $problem } Ripristinarlo da un backup o avvisare il reparto IT.
# The check's result when the journal's content was altered; $problem is the app's sentence
# saying what was found.
requests-journal-changed = Il registro è stato modificato. { $problem } Lasciare il file così com'è e avvisare il reparto IT.
# The check's result for any other problem; $problem is the app's sentence saying what was found.
requests-journal-problem = { $problem } Lasciare il file così com'è e avvisare il reparto IT.
# After ticking the team's rule that a second officer approves each archive.
requests-approval-on = D'ora in poi, un altro incaricato approva ogni archivio prima che ne venga registrata la consegna.
# After unticking that rule.
requests-approval-off = D'ora in poi, gli archivi vengono consegnati senza l'approvazione di un secondo incaricato.

## One request's page

# The page's heading; $reference is the request's reference (e.g. "DSAR-2024-017").
request-title = Richiesta { $reference }
# The line under the heading for a closed request; $standing is the app's words about where it
# stood (lower case, e.g. "answered on time").
request-standing-closed = Chiusa; { $standing }.
# The line under the heading for a request still open; $standing is the app's words about where
# it stands ("12 days left", "answered on time"...), with its first letter made upper case.
request-standing = { $standing }.

# The request's facts: labels of a list of terms and values.
# The person whose data was asked for.
request-fact-subject = Interessato
# The kind of request (the right used, e.g. access).
request-fact-right = Diritto esercitato
request-fact-received = Ricevuta
request-fact-due = Scadenza
# The extension of the deadline, if one was recorded.
request-fact-extension = Proroga
request-fact-status = Stato
# The officer who handles the request.
request-fact-assignee = Assegnata a
# When the request was answered.
request-fact-answered = Risposta
# How many archives were exported for it.
request-fact-exports = Esportazioni
# One note an officer wrote about the request.
request-fact-note = Nota
# The value of "Assigned to" when no officer has the request.
request-nobody-yet = ancora nessuno

## One request's page: its saved copies

request-no-copies = Nessuna. Gli archivi salvati per questa richiesta vengono elencati qui.
# A saved archive: $path is where it is, $saved when it was saved (already written out).
request-copy = { $path }, salvata in data { $saved }.
# Added after request-copy when the file is no longer at that place.
request-copy-gone = Non si trova più in quella posizione.
request-copy-elsewhere = { $path }, salvata in data { $saved } su un altro computer, { $computer }. Può essere eliminata lì.
# Added after request-copy when the copy is older than the reminder setting (in days).
request-copy-old = Più vecchia del limite impostato per il promemoria: eliminarla se non serve più.
# Button next to a saved archive.
request-delete-copy = Elimina la copia locale
# Confirmation dialog's title.
request-delete-copy-title = Eliminare questa copia locale?
# Confirmation dialog's text; $path is where the archive is saved.
request-delete-copy-text = Il file { $path } verrà eliminato da questo computer e l'operazione verrà annotata nel registro. Le copie già inviate non ne sono interessate.
# The confirmation dialog's button that deletes it.
request-delete-copy-yes = Elimina

## One request's page: its history and actions

# After an event of the history, the officer who recorded it ($officer: a name or login).
request-event-by = (registrato da { $officer })
# Button: give the request to another officer (it has one already).
request-hand-over = Riassegna
# Button: give the request to an officer (it has none yet).
request-assign = Assegna
# After choosing the language of the answer; $language is the language's own name (e.g. "Deutsch").
request-language-saved = Salvato. Lingua della risposta (la lettera e le spiegazioni dell'archivio): { $language }.
# Said to a screen reader (not shown) once a delivery is recorded. $standing: the app's words
# about where the request stands now, lower case (e.g. "answered on time", "answered 3 days late").
request-delivered = Consegna registrata: { $standing }.
# Confirmation dialog's title.
request-close-title = Chiudere questa richiesta?
# Confirmation dialog's text, for a request that was answered.
request-close-answered = Rimane nel registro, contrassegnata come chiusa.
# Confirmation dialog's text, for a request not answered yet.
request-close-unanswered = Non è ancora stata evasa. Rimane nel registro, contrassegnata come chiusa senza risposta.
# The confirmation dialog's button that closes the request.
request-close-yes = Chiudi la richiesta

## One request's page: the archive awaiting approval (its letter and its account of each app)

# Shown instead of the cover letter when the archive has none.
request-no-letter = Questo archivio non ha una lettera di accompagnamento.
# Under an app's name; $contents is the app's words about what of it is in the archive.
request-ledger-inside = Nell'archivio: { $contents }.
# The caption of an app's table; $app is the app's name. App Center is a product name.
request-ledger-caption = I record restituiti da App Center per { $app }
# Column heads of that table: the kind of records, how many were received from App Center, how
# many are in the archive, how many were left out.
request-ledger-records = Record
request-ledger-received = Ricevuti
request-ledger-kept = Nell'archivio
request-ledger-left-out = Esclusi
# Under the table when App Center named no file that is missing from the archive.
request-ledger-complete = Tutti i file indicati da App Center si trovano nell'archivio.
