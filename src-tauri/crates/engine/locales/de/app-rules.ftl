## What the officer is asked to change when something they gave cannot be recorded: shown
## under the error panel's title ("Something in the form needs a change."). Dates ($date,
## $received) are written YYYY-MM-DD.

rule-received-in-future = Das Eingangsdatum ({ $date }) liegt in der Zukunft: Bitte prüfen Sie es.
rule-delivered-in-future = Das Zustelldatum ({ $date }) liegt in der Zukunft: Erfassen Sie eine Zustellung erst, wenn sie erfolgt ist.
rule-delivered-before-received = Das Zustelldatum ({ $date }) liegt vor dem Eingang des Antrags ({ $received }): Bitte prüfen Sie es.
rule-told-in-future = Das Datum, an dem die betroffene Person unterrichtet wurde ({ $date }), liegt in der Zukunft: Erfassen Sie die Verlängerung erst, wenn sie unterrichtet wurde.
rule-no-recipient = Geben Sie an, an wen die Antwort gesendet wurde.
rule-password-in-note = Tragen Sie hier nicht das Passwort des Archivs ein, sondern nur, wie es übermittelt wurde (zum Beispiel: telefonisch durchgegeben).
rule-empty-note = Die Notiz ist leer.
# $path is a file's place on this computer.
rule-not-a-copy = Diese Datei ist keine Kopie, die für diesen Antrag gespeichert wurde: { $path }
rule-copy-changed = { $path } ist nicht mehr die Kopie, die für diesen Antrag gespeichert wurde (ihr Inhalt hat sich seitdem geändert): Sie wurde so belassen, wie sie ist.
rule-copy-elsewhere = { $path } wurde auf einem anderen Computer gespeichert, { $computer }: Die Kopie kann nur dort gelöscht werden, in ACT Export auf diesem Computer.
rule-nothing-to-review = Für diesen Antrag gibt es keinen abgeschlossenen Export zur Freigabe: Exportieren Sie zuerst seine Daten.
rule-own-archive = Sie haben dieses Archiv selbst exportiert: Ein anderes Teammitglied gibt es frei oder weist es zurück.
rule-no-reason = Geben Sie an, warum das Archiv zurückgewiesen wird, damit die Person, die es exportiert hat, weiß, was zu ändern ist.
# $exporter is the officer who exported the archive.
rule-awaiting-approval = In Ihrem Team gibt ein anderes Teammitglied jedes Archiv vor der Zustellung frei, und das letzte Archiv dieses Antrags (exportiert von { $exporter }) ist noch nicht freigegeben: Bitten Sie ein Teammitglied um die Freigabe, und erfassen Sie dann die Zustellung.
# $reason is what the reviewing officer wrote.
rule-was-sent-back = Das letzte Archiv dieses Antrags wurde zurückgewiesen ({ $reason }): Exportieren Sie erneut, lassen Sie das neue Archiv freigeben, und erfassen Sie dann die Zustellung.
rule-register-address = Geben Sie die Adresse des Registers so ein, wie Ihre Administration sie Ihnen genannt hat: Sie beginnt mit postgres:// und nennt die Datenbank, zum Beispiel postgres://anna@db.example.org/register.
rule-register-password-in-address = Lassen Sie das Passwort in der Adresse weg und geben Sie es im Passwortfeld ein: Die Adresse wird gespeichert, das Passwort nur auf Wunsch im Schlüsselbund.
rule-reminder-days = Wählen Sie eine Anzahl von Tagen zwischen 1 und 3650.
rule-password-empty = Das Passwort ist leer.
# $min is the least number of characters (10).
rule-password-too-short = Das Passwort ist zu kurz: Verwenden Sie mindestens { $min } Zeichen (am besten eine Passphrase aus mehreren Wörtern).
