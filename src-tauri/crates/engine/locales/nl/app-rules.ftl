## What the officer is asked to change when something they gave cannot be recorded: shown
## under the error panel's title ("Something in the form needs a change."). Dates ($date,
## $received) are written YYYY-MM-DD.

rule-received-in-future = De datum van ontvangst ({ $date }) ligt in de toekomst: controleer de datum.
rule-delivered-in-future = De datum van verstrekking ({ $date }) ligt in de toekomst: leg een verstrekking pas vast wanneer die heeft plaatsgevonden.
rule-delivered-before-received = De datum van verstrekking ({ $date }) ligt vóór de datum waarop het verzoek is ontvangen ({ $received }): controleer de datum.
rule-told-in-future = De datum waarop de verzoeker is ingelicht ({ $date }) ligt in de toekomst: leg de verlenging pas vast wanneer de verzoeker is ingelicht.
rule-no-recipient = Vermeld aan wie het antwoord is verstuurd.
rule-password-in-note = Schrijf hier niet het wachtwoord van het archief: vermeld alleen hoe het is verstuurd (bijvoorbeeld: telefonisch voorgelezen).
rule-empty-note = De notitie is leeg.
# $path is a file's place on this computer.
rule-not-a-copy = Dat bestand is geen kopie die voor dit verzoek is opgeslagen: { $path }
rule-copy-changed = { $path } is niet meer de kopie die voor dit verzoek is opgeslagen (de inhoud is sindsdien gewijzigd): het bestand is gelaten zoals het is.
rule-copy-elsewhere = { $path } is opgeslagen op een andere computer, { $computer }: het kan alleen daar worden verwijderd, vanuit ACT Export op die computer.
rule-nothing-to-review = Dit verzoek heeft geen voltooide export om goed te keuren: exporteer eerst de gegevens.
rule-own-archive = U hebt dit archief zelf geëxporteerd: een andere medewerker van uw team keurt het goed of stuurt het terug.
rule-no-reason = Vermeld waarom het archief wordt teruggestuurd, zodat degene die het heeft geëxporteerd weet wat er moet worden aangepast.
# $exporter is the officer who exported the archive.
rule-awaiting-approval = In uw team keurt een andere medewerker elk archief goed voordat het wordt verstrekt, en het laatste archief van dit verzoek (geëxporteerd door { $exporter }) is nog niet goedgekeurd: vraag een collega om het goed te keuren en leg daarna de verstrekking vast.
# $reason is what the reviewing officer wrote.
rule-was-sent-back = Het laatste archief van dit verzoek is teruggestuurd ({ $reason }): exporteer het opnieuw, laat het nieuwe archief goedkeuren en leg daarna de verstrekking vast.
rule-register-address = Geef het adres van het register op zoals de beheerder van uw team het heeft gegeven: het begint met postgres:// en noemt de database, bijvoorbeeld postgres://anna@db.example.org/register.
rule-register-password-in-address = Laat het wachtwoord weg uit het adres en typ het in het wachtwoordveld: het adres wordt onthouden, het wachtwoord alleen in de sleutelhanger als u daarom vraagt.
rule-reminder-days = Kies een aantal dagen van 1 tot en met 3650.
rule-password-empty = Het wachtwoord is leeg.
# $min is the least number of characters (10).
rule-password-too-short = Het wachtwoord is te kort: gebruik minstens { $min } tekens (een wachtzin van meerdere woorden is het best).
