## The page's static words (ui/index.html): the header, the steps of an export, each screen and
## each dialog, in the order the page has them. Some screens' scripts later replace a text with
## one of their own messages (the same words, or the words for a later state).
##
## Where a sentence has a part in bold or in code (the name of a button, or of a page of App
## Center's site, or a command), the message is the whole sentence with that part in <strong>
## or <code>: keep those marks around the same words in your language's word order (no other
## markup is allowed).
##
## Italian: buttons are imperatives ("Salva", "Esporta"); instructions in sentences are
## impersonal infinitives ("Scegliere…"); where the user is addressed, "Lei" (as in letter.ftl).

## Header

# A badge beside the app's name while the sample data (not real App Center data) is in use.
page-header-sample-badge = Dati di esempio
# Button: goes to the list of requests.
page-header-requests = Richieste
# Button: ends the connection to App Center.
page-header-disconnect = Disconnetti

## The steps of an export, shown above the screen while an export is being made

# Read out by screen readers: the name of the list of steps.
page-steps =
    .aria-label = Passaggi
page-steps-connect = Connessione
page-steps-apps = Scelta dell'app
page-steps-runs = Scelta delle esecuzioni
page-steps-export = Esportazione
# The last step: saving the finished archive.
page-steps-done = Salvataggio

## The error panel (its "Show details" and "Copy details" buttons are in app-errors.ftl)

# Button: closes the error panel.
page-error-close = Chiudi
# Shown under an error that stopped an export halfway.
page-error-resumable = Il lavoro già svolto viene conservato: esportare di nuovo le stesse esecuzioni di test per riprendere dal punto in cui l'esportazione si è interrotta.

## Screen: the list of requests

page-requests-title = Richieste
# Button: starts an export that answers no request (e.g. to look around).
page-requests-quick-export = Esporta senza richiesta
# Button: opens the dialog to record a new request for a copy of someone's data.
page-requests-new = Nuova richiesta

# Shown when there are no requests yet. The bold names are those of the buttons.
page-requests-empty = <strong>Nessuna richiesta per ora.</strong> Quando un cliente o una persona chiede una copia dei propri dati, scegliere <strong>{ page-requests-new }</strong>: ACT Export calcola la scadenza della risposta e tiene traccia dell'esportazione e della sua consegna.
page-requests-empty-hint = Per dare prima un'occhiata, scegliere <strong>{ page-requests-quick-export }</strong>, quindi <strong>{ page-connect-try-sample }</strong>.

# Read out by screen readers: the name of the two choices that follow (requests of the team's
# register: those assigned to me, or all).
page-requests-whose = Quali richieste
page-requests-whose-mine = Assegnate a me
page-requests-whose-all = Tutte
# The label of the search field above the list of requests.
page-requests-search = Cerca
page-requests-search-input =
    .placeholder = Riferimento o interessato
# Read out by screen readers: the table of requests.
page-requests-table-caption = Richieste, a partire dalla scadenza più vicina
# The columns of the table of requests.
page-requests-col-reference = Riferimento
# The person or client whose data was asked for.
page-requests-col-subject = Interessato
# The date the request was received.
page-requests-col-received = Ricevuta
# When the answer is due.
page-requests-col-due = Scadenza
# How far the request has got (e.g. "overdue by 3 days", "answered on time").
page-requests-col-standing = Situazione
# The officer who handles the request.
page-requests-col-assignee = Assegnata a

# A section that opens when clicked: the organisation's details for the cover letter that opens
# every archive.
page-requests-letter-title = La Sua organizzazione, per la lettera di accompagnamento
page-requests-letter-hint = Ogni archivio si apre con una lettera alla persona che ha presentato la richiesta: dove si è cercato, che cosa è incluso, che cosa è stato escluso e perché, e le informazioni che per legge (art. 15 GDPR) devono esserle fornite. Compilare questi campi una sola volta; i testi seguenti sono proposte pensate per i dati di test di un servizio di test di app mobili e possono essere tutti modificati. I dati restano su questo computer.
# The choice of the language whose texts the form shows and saves, followed by a list of the
# languages, each named in itself ("Deutsch", "Français").
page-requests-letter-language = Testi delle lettere in
page-requests-letter-language-hint = (le lettere in ciascuna lingua usano i testi salvati per quella lingua; per una lingua senza testi salvati, il modulo mostra quelli usati dalle sue lettere)
# The labels of the letter's fields (the data controller's details that GDPR Art. 15 requires).
page-requests-letter-controller = La Sua organizzazione (titolare del trattamento)
page-requests-letter-contact = Recapito per le domande dell'interessato su questa risposta
page-requests-letter-dpo = Responsabile della protezione dei dati (facoltativo)
page-requests-letter-purposes = Finalità del trattamento
page-requests-letter-categories = Categorie di dati personali
page-requests-letter-recipients = Destinatari
page-requests-letter-retention = Periodo di conservazione
page-requests-letter-source = Origine dei dati
page-requests-letter-automated-decisions = Processo decisionale automatizzato
page-requests-letter-transfers = Trasferimenti al di fuori del SEE e relative garanzie
page-requests-letter-authority = Autorità di controllo a cui proporre reclamo
# Label of the field for who signs the letter (a name, a team).
page-requests-letter-signature = Firma della lettera
# Button: saves the letter's details.
page-requests-letter-save = Salva

# A section that opens when clicked: where the record of requests (the journal) is kept.
page-requests-journal-title = Il registro su questo computer
# Pieces of a paragraph, in this order: this piece, a space, the journal's file path (in a
# fixed-width font), a full stop, a space, the next piece.
page-requests-journal-where = Ogni richiesta, con tutto ciò che è stato fatto per essa, è conservata su questo computer in un registro che nessuno può modificare senza che ciò venga rilevato:
# "act-export" is the command's name: never translated.
page-requests-journal-command = Il comando <code>act-export</code> mostra le stesse richieste.
# The last sentence of the paragraph above.
page-requests-journal-length = Questo computer annota inoltre, in un'altra cartella, la lunghezza del registro a ogni scrittura: la verifica segnala se il registro viene eliminato, troncato o sostituito.
# A checkbox, for a team that shares a register.
page-requests-approval-rule = Doppio controllo: un altro incaricato approva ogni archivio prima che ne venga registrata la consegna (per l'intero team)
# The title of a form to keep the record in a PostgreSQL database shared by the privacy team.
page-requests-register-title = Usare il registro condiviso del team (PostgreSQL)
page-requests-register-hint = Il team privacy tiene un unico registro comune: ogni incaricato vede tutte le richieste e chi le gestisce, e ogni evento indica chi lo ha registrato. L'indirizzo del registro e le credenziali di accesso vengono forniti dall'amministratore.
page-requests-register-address = Indirizzo del registro condiviso
page-requests-register-password = Password di accesso (se prevista)
# A checkbox.
page-requests-register-remember = Memorizza la password nel portachiavi di questo computer
# Button.
page-requests-register-use = Connetti e usa
# Button: stops using the team's register.
page-requests-register-leave = Usa invece il registro su questo computer
# Button: checks that the journal was not changed, cut short or replaced.
page-requests-journal-check = Verifica il registro
# A setting in one line: this label, a field for a number of days, then the word of
# page-requests-remind-days. The number varies: "days" is for any number of days above one.
page-requests-remind = Promemoria per le copie salvate più vecchie di
page-requests-remind-days = giorni
# Button: saves the number of days.
page-requests-remind-save = Salva

## Screen: one request

# Button: back to the list of requests (the arrow points left).
page-request-back = ← Richieste
# Button: the archive may be delivered (a second officer approves it).
page-request-approve = Approva per la consegna
# Button: the archive needs changes before it is delivered.
page-request-send-back = Respingi
# A button that looks like a link: opens the archive's letter and ledger.
page-request-papers = Leggi la lettera e il resoconto
# Label of the choice of language the answer (letter and archive) is written in.
page-request-language = Lingua della risposta
# The request's buttons.
page-request-export = Esporta i dati per questa richiesta
page-request-deliver = Registra la consegna
page-request-extend = Proroga il termine
page-request-note = Aggiungi una nota
# Gives the request to an officer of the team.
page-request-assign = Assegna
page-request-close = Chiudi la richiesta
# Headings.
page-request-copies = Copie salvate
page-request-history = Cronologia

## Screen: connect to App Center

page-connect-title = Connessione ad App Center
page-connect-intro = ACT Export legge i dati di App Center Test tramite un token API. Incollare il proprio token qui sotto oppure provare prima con i dati di esempio.
page-connect-token = Token API
# Button: shows the token typed in the field (otherwise hidden like a password).
page-connect-token-show = Mostra
# Button: pastes the token from the clipboard.
page-connect-token-paste = Incolla
page-connect-token-help = Il token viene inviato solo all'indirizzo dell'API, mai altrove.
# A section that opens when clicked: the steps to get a token on App Center's site.
page-connect-token-where = Come si ottiene un token?
# The steps to make a token on App Center's site. The bold names are as App Center's site shows
# them (in English).
page-connect-step-account = Accedere ad App Center e aprire <strong>Account settings</strong>.
page-connect-step-tokens = Scegliere <strong>User API tokens</strong> (oppure, per una sola app, <strong>Settings > App API tokens</strong> dell'app).
page-connect-step-new = Scegliere <strong>New API token</strong>, assegnargli un nome e selezionare <strong>Read only</strong> (sola lettura): è la scelta più sicura ed è tutto ciò che serve ad ACT Export.
# Step 4.
page-connect-step-copy = Copiare il token (viene mostrato una sola volta) e incollarlo qui.
# A section that opens when clicked: the API address.
page-connect-advanced = Avanzate
page-connect-address = Indirizzo dell'API
page-connect-address-help = Modificarlo solo su indicazione della propria organizzazione.
# A checkbox.
page-connect-remember = Memorizza questo token su questo computer
page-connect-saved-token = Su questo computer è memorizzato un token.
# Buttons beside the sentence above.
page-connect-use-saved = Connetti con il token memorizzato
page-connect-forget = Dimentica il token
# Button: connects with the token typed.
page-connect-connect = Connetti
# Button: uses made-up sample data instead of App Center.
page-connect-try-sample = Prova con i dati di esempio

## Screen: choose the app

page-apps-title = Scelta dell'app
# Label of a search, in every app at once, for the test runs of a client.
page-apps-find = Cerca le esecuzioni di test di un cliente in tutte le app
# "contoso-" is an example of the start of a test series' name.
page-apps-find-input =
    .placeholder = Serie di test o testo, ad esempio contoso-
# Button: starts the search.
page-apps-find-go = Cerca
# Read out by screen readers: the list of apps the search found.
page-apps-found-list =
    .aria-label = App con esecuzioni di test corrispondenti
# Label of the search field above the list of apps.
page-apps-search = Oppure scegliere l'app
page-apps-search-input =
    .placeholder = Nome o proprietario dell'app
# Read out by screen readers: the list of apps.
page-apps-list =
    .aria-label = App

## Screen: choose the test runs

# Button: back to the list of apps (the arrow points left).
page-runs-back = ← App
page-runs-title = Scelta delle esecuzioni di test del cliente
# Button: shows the letter the archive will open with.
page-runs-preview-letter = Anteprima della lettera
# Button: adds the test runs of another app to the same export.
page-runs-add-app = Aggiungi un'altra app…
# Followed by a list of the other apps in the export and their test runs.
page-runs-other-apps = In questa esportazione anche:
# Read out by screen readers: the list above.
page-runs-other-apps-list =
    .aria-label = Altre app in questa esportazione
page-runs-scope = Che cosa esportare
page-runs-scope-runs = Solo le esecuzioni di test selezionate (i dati di un cliente)
page-runs-scope-app = L'intera app (i dati di tutti i clienti)
# The filters above the table of test runs.
page-runs-filter-series = Serie di test
# The choice of the filter above that shows every test series.
page-runs-filter-all-series = Tutte le serie
# Label of a date field: the first day shown.
page-runs-filter-from = Dal
# Label of a date field: the last day shown.
page-runs-filter-to = Al
page-runs-filter-search = Cerca
page-runs-filter-search-input =
    .placeholder = Versione, risultato, ID esecuzione
# Button: selects every test run the table shows.
page-runs-select-shown = Seleziona tutte quelle visibili
# Button: unselects every test run.
page-runs-clear = Deseleziona tutte
# A checkbox.
page-runs-protect = Proteggi l'archivio con una password
# Read out by screen readers: the table of test runs.
page-runs-table-caption = Esecuzioni di test dell'app
# Read out by screen readers: the column of checkboxes.
page-runs-col-selected = Selezionata
# The columns of the table of test runs.
page-runs-col-date = Data
page-runs-col-series = Serie di test
page-runs-col-version = Versione dell'app
page-runs-col-platform = Piattaforma
page-runs-col-result = Risultato
# Followed by the suggested password for the archive.
page-runs-password = Password:
# Button: suggests another password.
page-runs-password-another = Un'altra
# Button: copies the password.
page-runs-password-copy = Copia
# Button: opens a dialog to type one's own password.
page-runs-password-own = Usa una password propria…
# Label of the field for the name of the client or person whose data is exported.
page-runs-subject = Di chi sono questi dati?
page-runs-subject-hint = (facoltativo, indicato nell'archivio)
# "Contoso Ltd" is a made-up company.
page-runs-subject-input =
    .placeholder = Ad esempio: Contoso S.r.l.
page-runs-selected-none = Nessuna esecuzione di test selezionata
# Button: starts the export.
page-runs-export = Esporta

## Screen: exporting

page-export-title = Esportazione in corso
# What the export is doing: at first, starting.
page-export-starting = Avvio in corso
# Button: stops the export.
page-export-cancel = Annulla

## Screen: the archive is ready

page-done-title = L'archivio è pronto
# Under the archive's icon, which can be dragged to a folder; "Save as" is the button below.
page-done-drag = Trascinarlo in una cartella oppure usare Salva con nome
# Buttons.
page-done-save = Salva con nome…
page-done-show-folder = Mostra nella cartella
page-done-deliver = Registra la consegna
page-done-another = Avvia un'altra esportazione
# Followed by the archive's password.
page-done-password = Password:
# Button: copies the password.
page-done-copy = Copia
page-done-password-hint = ACT Export non la conserva: copiarla ora e inviarla separatamente dall'archivio (ad esempio comunicandola a voce per telefono). Per aprire l'archivio, il destinatario ha bisogno di un programma gratuito come 7-Zip (Windows) o Keka o The Unarchiver (Mac): gli strumenti integrati in Windows e macOS non sono in grado di aprire un archivio protetto in questo modo. Lo spiega anche una nota posta accanto ai file cifrati.

## Dialog: stop the export?

page-cancel-title = Interrompere l'esportazione?
page-cancel-text = Non verrà salvato nulla. È possibile ricominciare in qualsiasi momento.
# Button: closes the dialog, the export goes on.
page-cancel-keep-going = Continua l'esportazione
# Button: stops the export.
page-cancel-confirm = Interrompi l'esportazione

## Dialog: a new request

page-new-request-title = Nuova richiesta
# Label of the field for the request's reference; its hint follows in a lighter font.
page-new-request-reference = Riferimento
page-new-request-reference-hint = (numero del ticket o della lettera)
# Label of the field for whose data is asked for.
page-new-request-subject = Interessato
page-new-request-subject-hint = (il cliente o la persona che ha presentato la richiesta)
page-new-request-right = Oggetto della richiesta
# The two choices of the field above.
page-new-request-right-access = Una copia dei propri dati (diritto di accesso, art. 15)
page-new-request-right-portability = I propri dati, da trasferire altrove (diritto alla portabilità dei dati, art. 20)
page-new-request-language = Lingua della risposta
page-new-request-language-hint = (la lingua della lettera di accompagnamento e delle spiegazioni contenute nell'archivio)
page-new-request-received = Data di ricevimento
page-new-request-due-hint = La risposta va fornita entro un mese dalla data di ricevimento (art. 12, par. 3, GDPR) oppure, se tale giorno cade di sabato o di domenica, entro il primo giorno lavorativo successivo. ACT Export non conosce i giorni festivi: verificarli personalmente.
page-new-request-cancel = Annulla
# Button: records the request and opens its page.
page-new-request-open = Apri la richiesta

## Dialog: record the delivery of the archive

page-deliver-title = Registra la consegna
page-deliver-channel = Modalità di invio
# The choices of the field above.
page-deliver-channel-email = Per e-mail
page-deliver-channel-portal = Tramite un portale
page-deliver-channel-post = Per posta
page-deliver-channel-other = In altro modo
# Label of the field for who received the archive.
page-deliver-recipient = Destinatario
page-deliver-recipient-input =
    .placeholder = Nome o indirizzo
# Label of the date field: the day it was delivered.
page-deliver-on = Data di consegna
page-deliver-password = Modalità di invio della password
page-deliver-password-hint = (solo se l'archivio ne aveva una; mai la password stessa)
page-deliver-password-input =
    .placeholder = Ad esempio: comunicata a voce per telefono
page-deliver-cancel = Annulla
# Button: records the delivery.
page-deliver-record = Registra

## Dialog: extend the deadline

page-extend-title = Proroga il termine
page-extend-hint = L'art. 12, par. 3, del GDPR consente di prorogare il termine di due mesi, tenuto conto della complessità e del numero delle richieste, se l'interessato viene informato della proroga e dei suoi motivi entro il primo mese.
page-extend-months = Mesi di proroga in totale
# The choices of the field above: $count is 1 or 2.
page-extend-months-option =
    { $count ->
        [one] { $count } mese
       *[other] { $count } mesi
    }
# Label of the date field: the day the requester was told of the extension.
page-extend-told = Data in cui l'interessato è stato informato
# Label of the field for the reason of the extension.
page-extend-reason = Motivo
page-extend-cancel = Annulla
# Button: extends the deadline.
page-extend-save = Proroga

## Dialog: add a note

page-note-title = Aggiungi una nota
page-note-text = Nota
page-note-text-hint = (resta nel registro in modo permanente: nessun dato personale oltre a quelli necessari)
page-note-cancel = Annulla
# Button: adds the note.
page-note-save = Aggiungi

## Dialog: assign the request

page-assign-title = Assegna la richiesta
page-assign-officer = All'incaricato
page-assign-officer-hint = (il suo nome utente nel registro condiviso del team)
page-assign-cancel = Annulla
# Button: assigns the request.
page-assign-save = Assegna

## Dialog: send the archive back (not approved)

page-send-back-title = Respingi l'archivio
# Label of the field for the reason.
page-send-back-reason = Motivo
page-send-back-reason-hint = (lo legge chi ha eseguito l'esportazione; resta nel registro)
page-send-back-cancel = Annulla
# Button: sends the archive back.
page-send-back-save = Respingi

## Dialog: the preview of the cover letter

page-letter-title = La lettera che apre l'archivio
# Names the section "Your organisation, for the cover letter" of the Requests screen.
page-letter-hint = Questa è un'anteprima: i conteggi vengono calcolati durante l'esportazione. I dati della Sua organizzazione si trovano in «{ page-requests-letter-title }» nella schermata Richieste.
page-letter-close = Chiudi

## Dialog: the letter and the ledger an export recorded, for the approving officer

page-papers-title = Che cosa riceverà l'interessato
page-papers-hint = La lettera dell'archivio e il relativo resoconto, come sono stati annotati nel registro al momento dell'esportazione: che cosa ha restituito App Center, che cosa contiene l'archivio e che cosa è stato escluso. I dati veri e propri si trovano solo nell'archivio.
# Headings.
page-papers-letter = La lettera
# The ledger: the list of what App Center returned, what was kept and what was left out.
page-papers-ledger = Il resoconto
page-papers-close = Chiudi

## Dialog: use my own password for the archive

page-own-password-title = Usa una password propria
page-own-password = Password
page-own-password-hint = (almeno 10 caratteri; meglio se composta da più parole)
page-own-password-cancel = Annulla
# Button: uses the password typed.
page-own-password-use = Usa

## Dialog: the password of an unfinished export

page-password-title = Digitare la password dell'archivio
page-password-text = Questa esportazione era protetta da una password. Digitare la stessa password per proseguirla; con una password diversa, l'archivio viene ricreato da capo con la nuova password.
page-password-label = Password
page-password-cancel = Annulla
# Button.
page-password-continue = Prosegui l'esportazione

## Dialog: a yes/no question (its title, text and "yes" button come from the screen that asks)

# Button: the "no" answer, which keeps what the question was about (e.g. a copy or a request).
page-confirm-keep = Mantieni

## Footer

# Shown until the app's version is known.
page-footer-version = Caricamento della versione…
# The label of the choice of the language the app speaks, at the right of the footer (its
# options are the languages, each named in itself, and the one below).
page-footer-language = Lingua dell'app
# The first option of that choice: follow the computer's settings. $language is the language
# they give, named in itself ("Deutsch").
page-footer-language-system = Sistema ({ $language })
