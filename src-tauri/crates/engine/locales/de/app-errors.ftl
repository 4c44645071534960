## The error table: how each error the app sends is shown (ui/js/errors.js names these
## messages per code). A title says what happened; its "-next" message says what to do next. A
## code without a "-next" message shows the app's own explanation instead.

error-unauthorized = Dieses Token wurde nicht akzeptiert.
error-unauthorized-next = Prüfen Sie, ob Sie es vollständig kopiert haben, oder erstellen Sie ein neues.
error-forbidden = Dieses Token darf dies nicht lesen.
error-forbidden-next = Verwenden Sie das Token einer Person, die die App sehen kann, oder bitten Sie den Besitzer der App um Zugriff.
error-not-found = App Center konnte dies nicht finden.
error-not-found-next = Möglicherweise wurde es gelöscht. Wählen Sie die App erneut aus.
error-rate-limited = App Center hat wiederholt um eine Verlangsamung gebeten.
error-rate-limited-next = Warten Sie einige Minuten und versuchen Sie es dann erneut.
error-server = Bei App Center ist ein Problem aufgetreten.
error-server-next = Warten Sie einen Moment und versuchen Sie es dann erneut.
error-network = App Center ist nicht erreichbar.
error-network-next = Prüfen Sie Ihre Internetverbindung und die API-Adresse unter „Erweitert“ und versuchen Sie es dann erneut.
error-invalid-response = Die Antwort sah nicht nach App Center aus.
error-invalid-response-next = Prüfen Sie die API-Adresse unter „Erweitert“.
error-invalid-address = Die API-Adresse ist ungültig.
error-invalid-settings = Eine Einstellung ist ungültig.
error-token-missing = Noch kein Token vorhanden.
error-token-missing-next = Fügen Sie Ihr API-Token von App Center ein, oder probieren Sie die Beispieldaten aus.
error-keychain = Der Schlüsselbund des Computers konnte nicht verwendet werden.
error-keychain-next = Fügen Sie das Token stattdessen ein.
error-sample-server = Die Beispieldaten konnten nicht gestartet werden.
error-sample-server-next = Starten Sie ACT Export neu und versuchen Sie es erneut.
error-not-connected = Sie sind nicht verbunden.
error-not-connected-next = Verbinden Sie sich erneut mit App Center.
error-unknown-run = Einer der ausgewählten Testläufe existiert nicht mehr.
error-unknown-run-next = Laden Sie die Testläufe der App neu und wählen Sie erneut aus.
error-nothing-selected = Es sind keine Testläufe ausgewählt.
error-nothing-selected-next = Wählen Sie die Testläufe des Kunden aus, oder wählen Sie die ganze App.
error-cancelled = Der Export wurde abgebrochen.
error-cancelled-next = Es wurde nichts gespeichert. Sie können jederzeit neu beginnen.
error-disk-full = Es ist nicht genügend freier Speicherplatz vorhanden.
error-disk-full-next = Geben Sie Speicherplatz frei, oder speichern Sie auf einem anderen Laufwerk.
error-destination-not-writable = Das Archiv kann dort nicht gespeichert werden.
error-destination-not-writable-next = Wählen Sie einen anderen Ordner.
error-destination-is-directory = Das ist ein Ordner, kein Dateiname.
error-destination-is-directory-next = Wählen Sie einen Dateinamen für das Archiv.
error-destination-missing = Dieser Ordner existiert nicht.
error-destination-missing-next = Wählen Sie einen anderen Ordner.
error-write-failed = Das Archiv konnte nicht geschrieben werden.
error-write-failed-next = Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.
error-local-write = Eine heruntergeladene Datei konnte nicht auf diesem Computer gespeichert werden.
error-local-write-next = Geben Sie Speicherplatz frei und versuchen Sie es erneut.
error-no-archive = Es gibt keinen abgeschlossenen Export.
error-no-archive-next = Exportieren Sie erneut.
error-not-saved = Das Archiv ist noch nicht gespeichert.
error-not-saved-next = Wählen Sie zuerst „Speichern unter“.
error-open-folder = Der Ordner konnte nicht geöffnet werden.
error-open-folder-next = Öffnen Sie ihn selbst: Der Pfad wird unten angezeigt.
error-drag = Das Ziehen konnte nicht gestartet werden.
error-drag-next = Verwenden Sie stattdessen „Speichern unter“.
error-export-running = Es läuft bereits ein Export.
error-export-running-next = Warten Sie, bis er abgeschlossen ist, oder brechen Sie ihn zuerst ab.
error-unfinished-differs = Ein anderer nicht abgeschlossener Export steht im Weg.
error-unfinished-differs-next = Setzen Sie ihn in der Liste der nicht abgeschlossenen Exporte fort, oder verwerfen Sie ihn dort.
error-nothing-to-resume = Dieser nicht abgeschlossene Export ist nicht mehr vorhanden.
error-nothing-to-resume-next = Exportieren Sie die Testläufe erneut.
error-staging-busy = Dieser Export läuft bereits an anderer Stelle.
error-staging-busy-next = Eine andere Instanz von ACT Export oder der Befehl act-export arbeitet daran. Warten Sie, bis sie fertig ist, oder beenden Sie sie dort, und versuchen Sie es dann erneut.
error-changed-at-source = Die Daten in App Center haben sich seit Beginn dieses Exports geändert.
error-changed-at-source-next = Exportieren Sie erneut: Der Export beginnt von vorn mit dem aktuellen Stand in App Center.
error-cache = Der private Ordner der App für nicht gespeicherte Archive kann nicht verwendet werden.
error-cache-next = Prüfen Sie den freien Speicherplatz und starten Sie ACT Export dann neu.
error-journal-storage = Die Aufzeichnung Ihrer Anträge kann nicht geöffnet oder geschrieben werden.
error-journal-storage-next = Prüfen Sie den freien Speicherplatz und ob der Datenordner der App beschreibbar ist, und versuchen Sie es dann erneut.
error-register-unavailable = Das Team-Register ist derzeit nicht verwendbar.
error-register-unavailable-next = Die Details nennen den Grund. Prüfen Sie die Adresse des Registers und Ihr Passwort unter „Aufzeichnung auf diesem Computer“ in der Ansicht „Anträge“ sowie das Netzwerk, oder wenden Sie sich an die Administration des Registers. Es wurde nichts geschrieben.
error-journal-too-new = Die Aufzeichnung Ihrer Anträge wurde von einer neueren Version von ACT Export geschrieben.
error-journal-too-new-next = Installieren Sie diese Version von ACT Export, um sie zu öffnen.
error-invalid-input = Im Formular muss etwas geändert werden.
error-case-exists = Es gibt bereits einen Antrag mit diesem Aktenzeichen.
error-case-exists-next = Wählen Sie ein anderes Aktenzeichen, oder öffnen Sie den vorhandenen Antrag aus der Liste.
error-case-not-found = Dieser Antrag ist nicht in der Aufzeichnung enthalten.
error-case-not-found-next = Kehren Sie zur Liste der Anträge zurück und wählen Sie ihn erneut aus.
error-journal-moved = Andere Teammitglieder haben zur selben Zeit an diesem Antrag gearbeitet.
error-journal-moved-next = Es wurde nichts erfasst. Sehen Sie sich den Antrag erneut an (seine Seite zeigt, was sie getan haben), und versuchen Sie es dann erneut.
error-copy-not-found = Diese Datei ist keine Kopie, die für diesen Antrag gespeichert wurde.
error-copy-not-found-next = Kehren Sie zum Antrag zurück und versuchen Sie es erneut.
error-internal-error = ACT Export konnte dies auf diesem Computer nicht ausführen.
error-internal-error-next = Starten Sie ACT Export neu und versuchen Sie es erneut. Wenn das Problem weiterhin auftritt, kopieren Sie die Details für Ihre IT-Abteilung.
error-password-needed = Dieser Export wurde mit einem Passwort geschützt.
error-password-needed-next = Geben Sie das Passwort ein, um ihn fortzusetzen.
error-delete-failed = Die lokale Kopie konnte nicht gelöscht werden.
error-delete-failed-next = Schließen Sie alle Programme, in denen sie geöffnet ist, und versuchen Sie es erneut, oder löschen Sie sie selbst.
error-approval-needed = Dieses Archiv ist noch nicht zur Zustellung freigegeben.
error-copy-changed = Diese Datei ist nicht mehr die Kopie, die für diesen Antrag gespeichert wurde.
error-copy-changed-next = Ein anderes Archiv wurde darüber gespeichert, oder sie wurde verändert: Sie wurde so belassen, wie sie ist. Prüfen Sie sie, bevor Sie sie selbst löschen.

error-no-app = Diese Seite muss in der App ACT Export ausgeführt werden.
error-internal = Etwas ist schiefgelaufen.
error-internal-next = Versuchen Sie es erneut. Wenn das Problem weiterhin auftritt, kopieren Sie die Details für Ihre IT-Abteilung.

## The error panel's buttons.

error-show-details = Details anzeigen
error-hide-details = Details ausblenden
error-copy-details = Details kopieren
error-copied = Kopiert
error-copy-failed = Kopieren fehlgeschlagen

## What a screen reader is told when the panel shows an error (the panel itself is not read out
## as it opens).

# $title says what happened, $next what to do next; both are sentences.
error-announced = { $title } { $next }
