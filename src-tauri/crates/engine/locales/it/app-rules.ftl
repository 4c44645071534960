## What the officer is asked to change when something they gave cannot be recorded: shown
## under the error panel's title ("Something in the form needs a change."). Dates ($date,
## $received) are written YYYY-MM-DD.

rule-received-in-future = La data di ricevimento ({ $date }) è nel futuro: verificarla.
rule-delivered-in-future = La data di consegna ({ $date }) è nel futuro: registrare la consegna solo dopo averla effettuata.
rule-delivered-before-received = La data di consegna ({ $date }) è anteriore al ricevimento della richiesta ({ $received }): verificarla.
rule-told-in-future = La data in cui l'interessato è stato informato ({ $date }) è nel futuro: registrare la proroga solo dopo averlo informato.
rule-no-recipient = Indicare a chi è stata inviata la risposta.
rule-password-in-note = Non scrivere qui la password dell'archivio: indicare solo come è stata inviata (ad esempio: comunicata a voce per telefono).
rule-empty-note = La nota è vuota.
# $path is a file's place on this computer.
rule-not-a-copy = Il file non è una copia salvata per questa richiesta: { $path }
rule-copy-changed = Il file { $path } non è più la copia salvata per questa richiesta (nel frattempo il suo contenuto è cambiato): è stato lasciato così com'è.
rule-copy-elsewhere = Il file { $path } è stato salvato su un altro computer, { $computer }: può essere eliminato solo lì, da ACT Export su quel computer.
rule-nothing-to-review = Questa richiesta non ha alcuna esportazione completata da approvare: esportarne prima i dati.
rule-own-archive = Questo archivio è stato esportato da Lei: deve approvarlo o respingerlo un altro incaricato del team.
rule-no-reason = Indicare il motivo per cui l'archivio viene respinto, affinché chi lo ha esportato sappia che cosa modificare.
# $exporter is the officer who exported the archive.
rule-awaiting-approval = Nel Suo team ogni archivio deve essere approvato da un altro incaricato prima della consegna, e l'ultimo archivio di questa richiesta (esportato da { $exporter }) non è ancora stato approvato: chiedere a un collega di approvarlo, quindi registrare la consegna.
# $reason is what the reviewing officer wrote.
rule-was-sent-back = L'ultimo archivio di questa richiesta è stato respinto ({ $reason }): esportarlo di nuovo, far approvare il nuovo archivio, quindi registrare la consegna.
rule-register-address = Indicare l'indirizzo del registro condiviso così come è stato fornito dall'amministratore del team: inizia con postgres:// e contiene il nome del database, ad esempio postgres://anna@db.example.org/register.
rule-register-password-in-address = Non includere la password nell'indirizzo, ma digitarla nel campo «Password di accesso»: l'indirizzo viene memorizzato, la password solo nel portachiavi e solo se lo si richiede.
rule-reminder-days = Scegliere un numero di giorni compreso tra 1 e 3650.
rule-password-empty = La password è vuota.
# $min is the least number of characters (10).
rule-password-too-short =
    { $min ->
        [one] La password è troppo corta: usare almeno { $min } carattere (è preferibile una passphrase di più parole).
       *[other] La password è troppo corta: usare almeno { $min } caratteri (è preferibile una passphrase di più parole).
    }
