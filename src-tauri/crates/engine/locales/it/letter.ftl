# The cover letter that opens README.html: the answer to the person who asked for their data
# (GDPR Art. 15). Every message of this file exists in every language, with the same
# variables. Numbers ($n, $runs, $files, $records) choose the plural form; $alone is "yes"
# when a reason explains the only link there is.

## The Regulation's terms, as its readers know them.

# The official Italian name (EUR-Lex), lower case as in the Regulation's own text.
-gdpr = regolamento generale sulla protezione dei dati
# The abbreviation Italian readers know, introduced in letter-asked ("di seguito «GDPR»").
-regulation = GDPR

## Lists and dates.

# "A, B and C": the items before the last, joined by ", ", and the last.
list-and = { $rest } e { $last }
# A moment in words: the date (from CLDR) and the time, in UTC.
moment = { $date } alle ore { $time } UTC
# The decimal separator of sizes ("1.5 MB").
decimal-separator = ,
size-bytes = { $n } byte

# Sizes of a thousand bytes and more: $n is the number, already written ("1,5").
size-kilobytes = { $n } kB
size-megabytes = { $n } MB
size-gigabytes = { $n } GB
size-terabytes = { $n } TB

## The letter.

letter-heading = La Sua richiesta di copia dei dati personali
letter-reference = Nostro riferimento: { $reference }.
# $date has its weekday ("giovedì 26 novembre 2026"): no article before it.
letter-received = La Sua richiesta ci è pervenuta { $date }.
# "in data": no article to elide before the day ("l'8 novembre", "l'11 novembre").
letter-made = La presente risposta è stata redatta in data { $date }.
letter-dear = Gentile { $name },
letter-dear-anyone = Gentile Signora, gentile Signore,
letter-asked = Ai sensi dell'articolo 15 del { -gdpr } (di seguito «{ -regulation }»), Lei ha chiesto una copia dei dati personali che La riguardano e che { $controller } detiene. Questo archivio costituisce la nostra risposta: contiene tali dati e, in questa lettera, Le indichiamo dove abbiamo cercato, che cosa è incluso, che cosa è stato escluso e per quale motivo, oltre alle informazioni che per legge siamo tenuti a fornirLe.
# After the app's name: "l'app X (x) con tutte le sue esecuzioni di test".
letter-searched-whole-app = con tutte le sue esecuzioni di test
letter-searched-runs =
    { $runs ->
        [one] limitatamente all'unica esecuzione di test che La riguarda
       *[other] limitatamente alle { $runs } esecuzioni di test che La riguardano
    }
letter-searched-app = { $name } ({ $slug }) { $runs }
letter-searched-one = l'app { $app }
letter-searched-several = le app { $apps }
letter-searched = Dove abbiamo cercato: nei nostri record di Visual Studio App Center Test per { $where }, unitamente ai relativi rapporti di test e ai file caricati per tali esecuzioni o da esse generati, nonché nei record di esportazione dei test di App Center.
letter-files =
    { $files ->
        [one] { $files } file ({ $size })
       *[other] { $files } file ({ $size })
    }
letter-files-later = i relativi file (conteggiati al momento dell'esportazione)
letter-included =
    { $runs ->
        [one] Che cosa è incluso: { $runs } esecuzione di test e, in tutto, { $files }, così come App Center li ha conservati.
       *[other] Che cosa è incluso: { $runs } esecuzioni di test e, in tutto, { $files }, così come App Center li ha conservati.
    }
letter-left-out-later =
    { $apps ->
        [one] Che cosa è stato escluso: la stessa app può contenere anche dati di test di altri clienti.
       *[other] Che cosa è stato escluso: le stesse app possono contenere anche dati di test di altri clienti.
    } Tali dati non La riguardano e pertanto non sono inclusi in questo archivio (i record esclusi vengono conteggiati al momento dell'esportazione). Così prevede l'articolo 15, paragrafo 4, del { -regulation }: la copia che Le viene fornita non deve ledere i diritti altrui. Gli eventuali file che App Center non possiede più e gli eventuali collegamenti da esso forniti che non è possibile seguire saranno indicati qui una volta eseguita l'esportazione.
letter-left-out-nothing = Che cosa è stato escluso: nulla.
letter-left-out-records =
    { $apps ->
        [one] Che cosa è stato escluso: la stessa app contiene anche dati di test di altri clienti.
       *[other] Che cosa è stato escluso: le stesse app contengono anche dati di test di altri clienti.
    } Tali dati non La riguardano e pertanto non sono inclusi in questo archivio ({ $records ->
        [one] { $records } record relativo ad altre esecuzioni di test è stato escluso e soltanto conteggiato
       *[other] { $records } record relativi ad altre esecuzioni di test sono stati esclusi e soltanto conteggiati
    }). Così prevede l'articolo 15, paragrafo 4, del { -regulation }: la copia che Le viene fornita non deve ledere i diritti altrui.
letter-left-out-no-records = Che cosa è stato escluso: nessun record, ma non è stato possibile includere tutto ciò che App Center indicava.
letter-missing-files =
    { $n ->
        [one] App Center elencava { $n } file per queste esecuzioni di test, ma non lo aveva più quando lo abbiamo richiesto; pertanto non è incluso in questo archivio. Il file è indicato più avanti in questa pagina.
       *[other] App Center elencava { $n } file per queste esecuzioni di test, ma non li aveva più quando li abbiamo richiesti; pertanto non sono inclusi in questo archivio. I file sono indicati più avanti in questa pagina.
    }
letter-links-not-fetched =
    { $n ->
        [one] Nei record e nei rapporti figura { $n } collegamento a un file che non è stato possibile scaricare, perché { $reasons }. Il collegamento è indicato più avanti in questa pagina.
       *[other] Nei record e nei rapporti figurano { $n } collegamenti a file che non è stato possibile scaricare, perché { $reasons }. I collegamenti sono indicati più avanti in questa pagina.
    }
letter-links-not-followed =
    { $n ->
        [one] L'elenco di App Center delle posizioni in cui sono conservati i record di esportazione conteneva { $n } collegamento che non è stato seguito, perché { $reasons }. Il contenuto a cui rimanda non è incluso in questo archivio. Il collegamento è indicato più avanti in questa pagina.
       *[other] L'elenco di App Center delle posizioni in cui sono conservati i record di esportazione conteneva { $n } collegamenti che non sono stati seguiti, perché { $reasons }. Il contenuto a cui rimandano non è incluso in questo archivio. I collegamenti sono indicati più avanti in questa pagina.
    }

## Why links were not taken, each after a count of links ("2 had no address"), or alone
## for the only link ("it had no address").
## Italian: the subject is "collegamento" (masculine); the verb (and "privo") agrees with $n.

link-not-valid =
    { $alone ->
        [yes] non conteneva alcun indirizzo valido
       *[no] { $n ->
            [one] { $n } non conteneva alcun indirizzo valido
           *[other] { $n } non contenevano alcun indirizzo valido
        }
    }
link-not-web =
    { $alone ->
        [yes] rimandava a qualcosa di diverso da un indirizzo web
       *[no] { $n ->
            [one] { $n } rimandava a qualcosa di diverso da un indirizzo web
           *[other] { $n } rimandavano a qualcosa di diverso da un indirizzo web
        }
    }
link-no-address =
    { $alone ->
        [yes] era privo di indirizzo
       *[no] { $n ->
            [one] { $n } era privo di indirizzo
           *[other] { $n } erano privi di indirizzo
        }
    }
link-other-host =
    { $alone ->
        [yes] rimandava al di fuori di App Center, dove le nostre credenziali di accesso ad App Center non devono mai essere inviate
       *[no] { $n ->
            [one] { $n } rimandava al di fuori di App Center, dove le nostre credenziali di accesso ad App Center non devono mai essere inviate
           *[other] { $n } rimandavano al di fuori di App Center, dove le nostre credenziali di accesso ad App Center non devono mai essere inviate
        }
    }
link-not-this-apps =
    { $alone ->
        [yes] non rimandava ai record di esportazione dell'app stessa
       *[no] { $n ->
            [one] { $n } non rimandava ai record di esportazione dell'app stessa
           *[other] { $n } non rimandavano ai record di esportazione dell'app stessa
        }
    }
link-no-web-page =
    { $alone ->
        [yes] non rimandava ad alcuna pagina web
       *[no] { $n ->
            [one] { $n } non rimandava ad alcuna pagina web
           *[other] { $n } non rimandavano ad alcuna pagina web
        }
    }

## About this data (Art. 15(1)(a) to (h) and 15(2)).

letter-about = Informazioni su questi dati
letter-purposes = Finalità del trattamento
letter-categories = Categorie di dati personali
letter-recipients = Destinatari
letter-retention = Periodo di conservazione
letter-source = Origine dei dati
letter-automated = Processo decisionale automatizzato
letter-transfers = Trasferimenti al di fuori dello Spazio economico europeo (SEE)
letter-rights-heading = I Suoi diritti
letter-rights = Lei ha il diritto di chiederci la rettifica dei dati inesatti, la loro cancellazione o la limitazione del loro trattamento, e di opporsi al loro trattamento. Ha inoltre il diritto di proporre reclamo a un'autorità di controllo: { $authority }.
letter-questions = Per qualsiasi domanda su questa risposta può contattare { $contact }.
letter-dpo = Il nostro responsabile della protezione dei dati: { $dpo }.
letter-checksums = Per ogni file di questo archivio è indicata una somma di controllo (checksum), elencata alla fine di questa pagina, affinché chiunque possa verificare che nulla sia stato modificato dopo la creazione dell'archivio.
letter-closing = Distinti saluti
letter-signed = { $signature }, { $controller }

## The texts the app suggests for the organisation's details (the officer may write their
## own; a suggested text is given in the language of each answer).

# Used inside letter-asked ("che la nostra organizzazione detiene") and after the signature.
profile-controller = la nostra organizzazione
# Used after "può contattare".
profile-contact = la persona di contatto che Le ha inviato questo archivio
profile-purposes = Eseguire per Suo conto test di app mobili su dispositivi reali: svolgere i test richiesti da Lei o dalla Sua organizzazione, conservarne i risultati e i rapporti e individuare le cause dei test non riusciti.
profile-categories = Esecuzioni di test e relativi risultati, rapporti di test con i log dei dispositivi e le schermate, le build delle app, i file di simboli e i file di test caricati per tali esecuzioni, nonché i nomi e le date a essi associati.
profile-recipients = Microsoft, che gestiva per nostro conto il servizio App Center Test in qualità di responsabile del trattamento. Nessun altro ha ricevuto questi dati da noi.
profile-retention = Per tutta la durata del contratto di test e, successivamente, fino al termine del relativo periodo di conservazione, dopo il quale i dati vengono cancellati.
profile-source = Lei o la Sua organizzazione, al momento della configurazione e dell'esecuzione dei test; i rapporti sono stati generati dal servizio di test.
profile-automated-decisions = Nessuno: sulla base di questi dati non viene adottata alcuna decisione che La riguardi con mezzi automatizzati.
profile-transfers = Il servizio App Center ha conservato i dati negli Stati Uniti, un paese terzo, sulla base delle clausole tipo di protezione dei dati adottate dalla Commissione europea.
profile-authority = l'autorità di protezione dei dati del paese in cui Lei vive o lavora
profile-signature = L'ufficio privacy
