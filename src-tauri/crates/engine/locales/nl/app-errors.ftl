## The error table: how each error the app sends is shown (ui/js/errors.js names these
## messages per code). A title says what happened; its "-next" message says what to do next. A
## code without a "-next" message shows the app's own explanation instead.

error-unauthorized = Dit token is niet geaccepteerd.
error-unauthorized-next = Controleer of u het volledig hebt gekopieerd, of maak een nieuw token.
error-forbidden = Dit token geeft geen toegang om dit te lezen.
error-forbidden-next = Gebruik een token van iemand die de app kan zien, of vraag de eigenaar van de app om toegang.
error-not-found = App Center kon dit niet vinden.
error-not-found-next = Het is misschien verwijderd. Kies de app opnieuw.
error-rate-limited = App Center heeft ons herhaaldelijk gevraagd het tempo te verlagen.
error-rate-limited-next = Wacht een paar minuten en probeer het dan opnieuw.
error-server = App Center had een probleem.
error-server-next = Wacht even en probeer het dan opnieuw.
error-network = App Center is niet bereikbaar.
error-network-next = Controleer uw internetverbinding en het API-adres onder Geavanceerd, en probeer het dan opnieuw.
error-invalid-response = Het antwoord leek niet van App Center te komen.
error-invalid-response-next = Controleer het API-adres onder Geavanceerd.
error-invalid-address = Het API-adres is niet geldig.
error-invalid-settings = Een instelling is niet geldig.
error-token-missing = Er is nog geen token.
error-token-missing-next = Plak uw API-token van App Center, of probeer de voorbeeldgegevens.
error-keychain = De sleutelhanger van de computer kon niet worden gebruikt.
error-keychain-next = Plak het token in plaats daarvan zelf.
error-sample-server = De voorbeeldgegevens konden niet worden gestart.
error-sample-server-next = Start ACT Export opnieuw en probeer het nog eens.
error-not-connected = U bent niet verbonden.
error-not-connected-next = Maak opnieuw verbinding met App Center.
error-unknown-run = Een van de geselecteerde testruns bestaat niet meer.
error-unknown-run-next = Laad de testruns van de app opnieuw en maak de selectie opnieuw.
error-nothing-selected = Er zijn geen testruns geselecteerd.
error-nothing-selected-next = Selecteer de testruns van de klant, of kies de hele app.
error-cancelled = De export is gestopt.
error-cancelled-next = Er is niets opgeslagen. U kunt opnieuw beginnen wanneer u wilt.
error-disk-full = Er is niet genoeg vrije schijfruimte.
error-disk-full-next = Maak ruimte vrij, of sla het archief op een ander station op.
error-destination-not-writable = Het archief kan daar niet worden opgeslagen.
error-destination-not-writable-next = Kies een andere map.
error-destination-is-directory = Dat is een map, geen bestandsnaam.
error-destination-is-directory-next = Kies een bestandsnaam voor het archief.
error-destination-missing = Die map bestaat niet.
error-destination-missing-next = Kies een andere map.
error-write-failed = Het archief kon niet worden geschreven.
error-write-failed-next = Controleer de vrije schijfruimte en probeer het opnieuw.
error-local-write = Een gedownload bestand kon niet op deze computer worden opgeslagen.
error-local-write-next = Maak schijfruimte vrij en probeer het opnieuw.
error-no-archive = Er is geen voltooide export.
error-no-archive-next = Exporteer opnieuw.
error-not-saved = Het archief is nog niet opgeslagen.
error-not-saved-next = Kies eerst Opslaan als.
error-open-folder = De map kon niet worden geopend.
error-open-folder-next = Open de map zelf: het pad staat hieronder.
error-drag = Het slepen is niet gestart.
error-drag-next = Gebruik in plaats daarvan Opslaan als.
error-export-running = Er wordt al een export uitgevoerd.
error-export-running-next = Wacht tot die klaar is, of annuleer die eerst.
error-unfinished-differs = Een andere onvoltooide export staat in de weg.
error-unfinished-differs-next = Zet die export voort of verwijder die, via de lijst met onvoltooide exports.
error-nothing-to-resume = Die onvoltooide export bestaat niet meer.
error-nothing-to-resume-next = Exporteer de testruns opnieuw.
error-staging-busy = Deze export wordt al ergens anders uitgevoerd.
error-staging-busy-next = Een ander exemplaar van ACT Export, of de opdracht act-export, werkt eraan. Wacht tot die klaar is, of stop die daar, en probeer het dan opnieuw.
error-changed-at-source = De gegevens in App Center zijn gewijzigd sinds deze export is begonnen.
error-changed-at-source-next = Exporteer opnieuw: de export begint dan opnieuw met wat App Center nu bevat.
error-cache = De eigen map van de app voor niet-opgeslagen archieven kan niet worden gebruikt.
error-cache-next = Controleer de vrije schijfruimte en start ACT Export daarna opnieuw.
error-journal-storage = De administratie van uw verzoeken kan niet worden geopend of geschreven.
error-journal-storage-next = Controleer de vrije schijfruimte en of er in de gegevensmap van de app kan worden geschreven, en probeer het dan opnieuw.
error-register-unavailable = Het teamregister kan op dit moment niet worden gebruikt.
error-register-unavailable-next = In de details staat waarom. Controleer het adres van het register en uw wachtwoord onder “De administratie op deze computer” op het scherm Verzoeken, en de netwerkverbinding, of vraag het de beheerder van het register. Er is niets vastgelegd.
error-journal-too-new = De administratie van uw verzoeken is geschreven door een nieuwere versie van ACT Export.
error-journal-too-new-next = Installeer die versie van ACT Export om de administratie te openen.
error-invalid-input = Er moet iets in het formulier worden aangepast.
error-case-exists = Er is al een verzoek met dit kenmerk.
error-case-exists-next = Kies een ander kenmerk, of open het bestaande verzoek vanuit de lijst.
error-case-not-found = Dit verzoek staat niet in de administratie.
error-case-not-found-next = Ga terug naar de lijst met verzoeken en kies het verzoek opnieuw.
error-journal-moved = Andere medewerkers werkten op hetzelfde moment aan dit verzoek.
error-journal-moved-next = Er is niets vastgelegd. Bekijk het verzoek opnieuw (op de pagina ervan ziet u wat zij hebben gedaan) en probeer het dan opnieuw.
error-copy-not-found = Dat bestand is geen kopie die voor dit verzoek is opgeslagen.
error-copy-not-found-next = Ga terug naar het verzoek en probeer het opnieuw.
error-internal-error = ACT Export kon dit niet uitvoeren op deze computer.
error-internal-error-next = Start ACT Export opnieuw en probeer het nog eens. Blijft het probleem zich voordoen, kopieer dan de details voor uw IT-afdeling.
error-password-needed = Deze export is beveiligd met een wachtwoord.
error-password-needed-next = Voer het wachtwoord in om de export voort te zetten.
error-delete-failed = De lokale kopie kon niet worden verwijderd.
error-delete-failed-next = Sluit elk programma waarin het bestand geopend is en probeer het opnieuw, of verwijder het zelf.
error-approval-needed = Dit archief is nog niet goedgekeurd voor verstrekking.
error-copy-changed = Dat bestand is niet meer de kopie die voor dit verzoek is opgeslagen.
error-copy-changed-next = Er is een ander archief overheen opgeslagen, of het bestand is gewijzigd: het is gelaten zoals het is. Controleer het voordat u het zelf verwijdert.

error-no-app = Deze pagina moet in de app ACT Export worden uitgevoerd.
error-internal = Er is iets misgegaan.
error-internal-next = Probeer het opnieuw. Blijft het probleem zich voordoen, kopieer dan de details voor uw IT-afdeling.

## The error panel's buttons.

error-show-details = Details tonen
error-hide-details = Details verbergen
error-copy-details = Details kopiëren
error-copied = Gekopieerd
error-copy-failed = Kopiëren mislukt

## What a screen reader is told when the panel shows an error (the panel itself is not read out
## as it opens).

# $title says what happened, $next what to do next; both are sentences.
error-announced = { $title } { $next }
