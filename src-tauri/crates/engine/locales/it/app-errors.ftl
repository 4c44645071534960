## The error table: how each error the app sends is shown (ui/js/errors.js names these
## messages per code). A title says what happened; its "-next" message says what to do next. A
## code without a "-next" message shows the app's own explanation instead.
## Italian: what to do next is said with impersonal infinitives ("Riprovare").

error-unauthorized = Questo token non è stato accettato.
error-unauthorized-next = Verificare di averlo copiato per intero oppure crearne uno nuovo.
error-forbidden = Questo token non consente di leggere questi dati.
error-forbidden-next = Usare il token di una persona che può vedere l'app oppure chiedere l'accesso al proprietario dell'app.
error-not-found = App Center non ha trovato l'elemento richiesto.
error-not-found-next = Potrebbe essere stato eliminato. Scegliere di nuovo l'app.
error-rate-limited = App Center ha chiesto più volte di rallentare.
error-rate-limited-next = Attendere qualche minuto, quindi riprovare.
error-server = App Center ha riscontrato un problema.
error-server-next = Attendere qualche istante, quindi riprovare.
error-network = Impossibile raggiungere App Center.
error-network-next = Verificare la connessione a Internet e l'indirizzo dell'API in Avanzate, quindi riprovare.
error-invalid-response = La risposta non sembra provenire da App Center.
error-invalid-response-next = Verificare l'indirizzo dell'API in Avanzate.
error-invalid-address = L'indirizzo dell'API non è valido.
error-invalid-settings = Un'impostazione non è valida.
error-token-missing = Nessun token inserito.
error-token-missing-next = Incollare il token API di App Center oppure provare i dati di esempio.
error-keychain = Impossibile usare il portachiavi del computer.
error-keychain-next = Incollare invece il token.
error-sample-server = Impossibile avviare i dati di esempio.
error-sample-server-next = Riavviare ACT Export e riprovare.
error-not-connected = Nessuna connessione attiva.
error-not-connected-next = Connettersi di nuovo ad App Center.
error-unknown-run = Una delle esecuzioni di test selezionate non esiste più.
error-unknown-run-next = Ricaricare le esecuzioni di test dell'app e selezionarle di nuovo.
error-nothing-selected = Nessuna esecuzione di test selezionata.
error-nothing-selected-next = Selezionare le esecuzioni di test del cliente oppure scegliere l'intera app.
error-cancelled = L'esportazione è stata interrotta.
error-cancelled-next = Non è stato salvato nulla. È possibile ricominciare in qualsiasi momento.
error-disk-full = Spazio libero su disco insufficiente.
error-disk-full-next = Liberare spazio oppure salvare su un'altra unità.
error-destination-not-writable = Impossibile salvare l'archivio in questa posizione.
error-destination-not-writable-next = Scegliere un'altra cartella.
error-destination-is-directory = Si tratta di una cartella, non di un nome di file.
error-destination-is-directory-next = Scegliere un nome di file per l'archivio.
error-destination-missing = La cartella non esiste.
error-destination-missing-next = Scegliere un'altra cartella.
error-write-failed = Impossibile scrivere l'archivio.
error-write-failed-next = Verificare lo spazio libero su disco e riprovare.
error-local-write = Impossibile scrivere su questo computer un file scaricato.
error-local-write-next = Liberare spazio su disco e riprovare.
error-no-archive = Nessuna esportazione completata.
error-no-archive-next = Esportare di nuovo.
error-not-saved = L'archivio non è ancora stato salvato.
error-not-saved-next = Scegliere prima Salva con nome.
error-open-folder = Impossibile aprire la cartella.
error-open-folder-next = Aprirla manualmente: il percorso è indicato qui sotto.
error-drag = Impossibile avviare il trascinamento.
error-drag-next = Usare invece Salva con nome.
error-export-running = Un'esportazione è già in corso.
error-export-running-next = Attendere che termini oppure annullarla prima.
error-unfinished-differs = È presente un'altra esportazione non completata.
error-unfinished-differs-next = Proseguirla oppure scartarla dall'elenco delle esportazioni non completate.
error-nothing-to-resume = L'esportazione non completata non esiste più.
error-nothing-to-resume-next = Esportare di nuovo le esecuzioni di test.
error-staging-busy = Questa esportazione è già in corso altrove.
error-staging-busy-next = Un'altra istanza di ACT Export, oppure il comando act-export, la sta elaborando. Attendere che termini oppure interromperla lì, quindi riprovare.
error-changed-at-source = I dati di App Center sono cambiati dall'inizio di questa esportazione.
error-changed-at-source-next = Esportare di nuovo: l'esportazione ricomincia con i dati attualmente presenti in App Center.
error-cache = Impossibile usare la cartella privata dell'app per gli archivi non salvati.
error-cache-next = Verificare lo spazio libero su disco, quindi riavviare ACT Export.
error-journal-storage = Impossibile aprire o scrivere il registro delle richieste.
error-journal-storage-next = Verificare lo spazio libero su disco e che la cartella dei dati dell'app sia scrivibile, quindi riprovare.
error-register-unavailable = Al momento il registro condiviso del team non è utilizzabile.
error-register-unavailable-next = I dettagli ne indicano il motivo. Verificare l'indirizzo del registro condiviso e la password in «Il registro su questo computer» nella schermata Richieste, nonché la rete, oppure rivolgersi all'amministratore del registro condiviso. Non è stato scritto nulla.
error-journal-too-new = Il registro delle richieste è stato scritto da una versione più recente di ACT Export.
error-journal-too-new-next = Installare quella versione di ACT Export per aprirlo.
error-invalid-input = Un dato del modulo deve essere corretto.
error-case-exists = Esiste già una richiesta con questo riferimento.
error-case-exists-next = Scegliere un altro riferimento oppure aprire la richiesta esistente dall'elenco.
error-case-not-found = Questa richiesta non è presente nel registro.
error-case-not-found-next = Tornare all'elenco delle richieste e sceglierla di nuovo.
error-journal-moved = Altri incaricati stavano lavorando a questa richiesta nello stesso momento.
error-journal-moved-next = Non è stato registrato nulla. Riesaminare la richiesta (la sua pagina mostra che cosa hanno fatto), quindi riprovare.
error-copy-not-found = Il file non è una copia salvata per questa richiesta.
error-copy-not-found-next = Tornare alla richiesta e riprovare.
error-internal-error = ACT Export non è riuscito a eseguire questa operazione su questo computer.
error-internal-error-next = Riavviare ACT Export e riprovare. Se il problema persiste, copiare i dettagli per il reparto IT.
error-password-needed = Questa esportazione era protetta da una password.
error-password-needed-next = Digitare la password per proseguirla.
error-delete-failed = Impossibile eliminare la copia locale.
error-delete-failed-next = Chiudere i programmi che la tengono aperta e riprovare, oppure eliminarla manualmente.
error-approval-needed = Questo archivio non è ancora stato approvato per la consegna.
error-copy-changed = Il file non è più la copia salvata per questa richiesta.
error-copy-changed-next = Al suo posto è stato salvato un altro archivio, oppure il file è stato modificato: è stato lasciato così com'è. Verificarlo prima di eliminarlo manualmente.

error-no-app = Questa pagina deve essere eseguita all'interno dell'app ACT Export.
error-internal = Si è verificato un errore.
error-internal-next = Riprovare. Se il problema persiste, copiare i dettagli per il reparto IT.

## The error panel's buttons.

error-show-details = Mostra dettagli
error-hide-details = Nascondi dettagli
error-copy-details = Copia dettagli
error-copied = Copiato
error-copy-failed = Copia non riuscita

## What a screen reader is told when the panel shows an error (the panel itself is not read out
## as it opens).

# $title says what happened, $next what to do next; both are sentences.
error-announced = { $title } { $next }
