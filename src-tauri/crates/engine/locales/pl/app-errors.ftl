## The error table: how each error the app sends is shown (ui/js/errors.js names these
## messages per code). A title says what happened; its "-next" message says what to do next. A
## code without a "-next" message shows the app's own explanation instead.
##
## Polish: what to do next is asked for formally ("Proszę sprawdzić…"). App Center is never the
## subject of a verb in the past tense (its gender is unsettled): "usługa App Center" instead.

error-unauthorized = Ten token nie został zaakceptowany.
error-unauthorized-next = Proszę sprawdzić, czy skopiowano go w całości, lub utworzyć nowy.
error-forbidden = Ten token nie ma uprawnień do odczytu tych danych.
error-forbidden-next = Proszę użyć tokenu osoby, która ma dostęp do aplikacji, lub poprosić właściciela aplikacji o dostęp.
error-not-found = Nie znaleziono tego w App Center.
error-not-found-next = Mogło zostać usunięte. Proszę ponownie wybrać aplikację.
error-rate-limited = Usługa App Center wielokrotnie poprosiła o zmniejszenie liczby zapytań.
error-rate-limited-next = Proszę odczekać kilka minut i spróbować ponownie.
error-server = Wystąpił problem po stronie App Center.
error-server-next = Proszę chwilę odczekać i spróbować ponownie.
error-network = Nie można połączyć się z App Center.
error-network-next = Proszę sprawdzić połączenie z internetem oraz adres API w sekcji Zaawansowane i spróbować ponownie.
error-invalid-response = Otrzymana odpowiedź nie wygląda na odpowiedź App Center.
error-invalid-response-next = Proszę sprawdzić adres API w sekcji Zaawansowane.
error-invalid-address = Adres API jest nieprawidłowy.
error-invalid-settings = Jedno z ustawień jest nieprawidłowe.
error-token-missing = Nie podano jeszcze tokenu.
error-token-missing-next = Proszę wkleić token API App Center lub wypróbować dane przykładowe.
error-keychain = Nie można użyć magazynu haseł systemu.
error-keychain-next = Proszę zamiast tego wkleić token.
error-sample-server = Nie udało się uruchomić danych przykładowych.
error-sample-server-next = Proszę ponownie uruchomić ACT Export i spróbować jeszcze raz.
error-not-connected = Brak połączenia.
error-not-connected-next = Proszę ponownie połączyć się z App Center.
error-unknown-run = Jeden z zaznaczonych przebiegów testów już nie istnieje.
error-unknown-run-next = Proszę ponownie wczytać przebiegi testów aplikacji i jeszcze raz je zaznaczyć.
error-nothing-selected = Nie zaznaczono żadnego przebiegu testu.
error-nothing-selected-next = Proszę zaznaczyć przebiegi testów klienta lub wybrać całą aplikację.
error-cancelled = Eksport został zatrzymany.
error-cancelled-next = Nic nie zostało zapisane. Eksport można rozpocząć ponownie w dowolnym momencie.
error-disk-full = Za mało wolnego miejsca na dysku.
error-disk-full-next = Proszę zwolnić miejsce lub zapisać archiwum na innym dysku.
error-destination-not-writable = Nie można zapisać archiwum w tym miejscu.
error-destination-not-writable-next = Proszę wybrać inny folder.
error-destination-is-directory = To jest folder, a nie nazwa pliku.
error-destination-is-directory-next = Proszę podać nazwę pliku archiwum.
error-destination-missing = Ten folder nie istnieje.
error-destination-missing-next = Proszę wybrać inny folder.
error-write-failed = Nie udało się zapisać archiwum.
error-write-failed-next = Proszę sprawdzić ilość wolnego miejsca na dysku i spróbować ponownie.
error-local-write = Nie udało się zapisać pobranego pliku na tym komputerze.
error-local-write-next = Proszę zwolnić miejsce na dysku i spróbować ponownie.
error-no-archive = Brak ukończonego eksportu.
error-no-archive-next = Proszę ponownie wykonać eksport.
error-not-saved = Archiwum nie zostało jeszcze zapisane.
error-not-saved-next = Proszę najpierw wybrać Zapisz jako.
error-open-folder = Nie udało się otworzyć folderu.
error-open-folder-next = Proszę otworzyć go samodzielnie: ścieżka jest podana poniżej.
error-drag = Nie udało się rozpocząć przeciągania.
error-drag-next = Proszę zamiast tego użyć przycisku Zapisz jako.
error-export-running = Eksport jest już w toku.
error-export-running-next = Proszę poczekać na jego zakończenie lub najpierw go anulować.
error-unfinished-differs = Przeszkadza inny niedokończony eksport.
error-unfinished-differs-next = Proszę go kontynuować lub odrzucić na liście niedokończonych eksportów.
error-nothing-to-resume = Tego niedokończonego eksportu już nie ma.
error-nothing-to-resume-next = Proszę ponownie wyeksportować przebiegi testów.
error-staging-busy = Ten eksport jest już wykonywany w innym miejscu.
error-staging-busy-next = Pracuje nad nim inna kopia ACT Export lub polecenie act-export. Proszę poczekać na zakończenie albo tam go zatrzymać, a następnie spróbować ponownie.
error-changed-at-source = Dane w App Center zmieniły się od rozpoczęcia tego eksportu.
error-changed-at-source-next = Proszę ponownie wykonać eksport: rozpocznie się od początku, z danymi, które App Center przechowuje obecnie.
error-cache = Nie można użyć prywatnego folderu programu na niezapisane archiwa.
error-cache-next = Proszę sprawdzić ilość wolnego miejsca na dysku, a następnie ponownie uruchomić ACT Export.
error-journal-storage = Nie można otworzyć ani zapisać ewidencji wniosków.
error-journal-storage-next = Proszę sprawdzić ilość wolnego miejsca na dysku oraz to, czy można zapisywać w folderze danych programu, i spróbować ponownie.
error-register-unavailable = Rejestr zespołu jest w tej chwili niedostępny.
error-register-unavailable-next = Przyczyna jest podana w szczegółach. Proszę sprawdzić adres rejestru i hasło w sekcji „Ewidencja na tym komputerze” na ekranie Wnioski oraz połączenie sieciowe albo zwrócić się do administratora bazy danych rejestru. Nic nie zostało zapisane.
error-journal-too-new = Ewidencję wniosków zapisała nowsza wersja ACT Export.
error-journal-too-new-next = Aby ją otworzyć, proszę zainstalować tę wersję ACT Export.
error-invalid-input = Formularz wymaga poprawienia.
error-case-exists = Wniosek o tym znaku sprawy już istnieje.
error-case-exists-next = Proszę podać inny znak sprawy lub otworzyć istniejący wniosek z listy.
error-case-not-found = Tego wniosku nie ma w ewidencji.
error-case-not-found-next = Proszę wrócić do listy wniosków i ponownie go wybrać.
error-journal-moved = W tym samym momencie nad tym wnioskiem pracowały inne osoby z zespołu.
error-journal-moved-next = Nic nie zostało zapisane. Proszę ponownie przejrzeć wniosek (jego strona pokazuje wprowadzone zmiany) i spróbować jeszcze raz.
error-copy-not-found = Ten plik nie jest kopią zapisaną dla tego wniosku.
error-copy-not-found-next = Proszę wrócić do wniosku i spróbować ponownie.
error-internal-error = ACT Export nie może wykonać tej operacji na tym komputerze.
error-internal-error-next = Proszę ponownie uruchomić ACT Export i spróbować jeszcze raz. Jeśli problem się powtarza, proszę skopiować szczegóły dla działu IT.
error-password-needed = Ten eksport był chroniony hasłem.
error-password-needed-next = Aby go kontynuować, proszę wpisać hasło.
error-delete-failed = Nie udało się usunąć kopii lokalnej.
error-delete-failed-next = Proszę zamknąć programy, w których jest otwarta, i spróbować ponownie albo usunąć ją samodzielnie.
error-approval-needed = To archiwum nie zostało jeszcze zatwierdzone do przekazania.
error-copy-changed = Ten plik nie jest już kopią zapisaną dla tego wniosku.
error-copy-changed-next = W jego miejscu zapisano inne archiwum albo plik został zmieniony, dlatego pozostawiono go bez zmian. Przed samodzielnym usunięciem proszę go sprawdzić.

error-no-app = Ta strona musi działać w programie ACT Export.
error-internal = Coś poszło nie tak.
error-internal-next = Proszę spróbować ponownie. Jeśli problem się powtarza, proszę skopiować szczegóły dla działu IT.

## The error panel's buttons.

error-show-details = Pokaż szczegóły
error-hide-details = Ukryj szczegóły
error-copy-details = Kopiuj szczegóły
error-copied = Skopiowano
error-copy-failed = Nie udało się skopiować

## What a screen reader is told when the panel shows an error (the panel itself is not read out
## as it opens).

# $title says what happened, $next what to do next; both are sentences.
error-announced = { $title } { $next }
