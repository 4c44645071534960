## What the officer is asked to change when something they gave cannot be recorded: shown
## under the error panel's title ("Something in the form needs a change."). Dates ($date,
## $received) are written YYYY-MM-DD.
##
## Polish: asked formally ("Proszę podać…", "należy…"), with the words of the dialogs
## ("Data wpływu", "przekazanie", "zwrócić do poprawy", "magazyn haseł systemu").

rule-received-in-future = Data wpływu ({ $date }) przypada w przyszłości: proszę ją sprawdzić.
rule-delivered-in-future = Data przekazania ({ $date }) przypada w przyszłości: przekazanie należy odnotować dopiero po jego dokonaniu.
rule-delivered-before-received = Data przekazania ({ $date }) jest wcześniejsza niż data wpływu wniosku ({ $received }): proszę ją sprawdzić.
rule-told-in-future = Data poinformowania wnioskodawcy ({ $date }) przypada w przyszłości: przedłużenie należy odnotować dopiero po poinformowaniu wnioskodawcy.
rule-no-recipient = Proszę podać, komu przekazano odpowiedź.
rule-password-in-note = Nie należy tu wpisywać hasła do archiwum: wystarczy podać sposób jego przekazania (na przykład: podane telefonicznie).
rule-empty-note = Notatka jest pusta.
# $path is a file's place on this computer.
rule-not-a-copy = Ten plik nie jest kopią zapisaną dla tego wniosku: { $path }
rule-copy-changed = Plik { $path } nie jest już kopią zapisaną dla tego wniosku (jego zawartość od tego czasu się zmieniła), dlatego pozostawiono go bez zmian.
rule-copy-elsewhere = Plik { $path } zapisano na innym komputerze ({ $computer }): można go usunąć tylko tam, w ACT Export na tamtym komputerze.
rule-nothing-to-review = Ten wniosek nie ma ukończonego eksportu do zatwierdzenia: najpierw należy wyeksportować jego dane.
rule-own-archive = To archiwum wyeksportował bieżący użytkownik: zatwierdzić je lub zwrócić do poprawy może tylko inna osoba z zespołu.
rule-no-reason = Proszę podać przyczynę zwrotu archiwum, aby autor eksportu wiedział, co należy zmienić.
# $exporter is the officer who exported the archive.
rule-awaiting-approval = W zespole każde archiwum przed przekazaniem zatwierdza inna osoba z zespołu, a ostatnie archiwum tego wniosku (autor eksportu: { $exporter }) nie zostało jeszcze zatwierdzone: należy poprosić inną osobę z zespołu o jego zatwierdzenie, a następnie odnotować przekazanie.
# $reason is what the reviewing officer wrote.
rule-was-sent-back = Ostatnie archiwum tego wniosku zostało zwrócone do poprawy ({ $reason }): należy ponownie wykonać eksport, uzyskać zatwierdzenie nowego archiwum, a następnie odnotować przekazanie.
rule-register-address = Proszę podać adres rejestru w postaci otrzymanej od administratora bazy danych zespołu: zaczyna się od postgres:// i zawiera nazwę bazy danych, na przykład postgres://anna@db.example.org/register.
rule-register-password-in-address = Hasła nie należy umieszczać w adresie, lecz wpisać je w polu „Hasło do rejestru”: adres zostanie zapamiętany, a hasło – tylko w magazynie haseł systemu i tylko po zaznaczeniu tej opcji.
rule-reminder-days = Proszę podać liczbę dni od 1 do 3650.
rule-password-empty = Hasło jest puste.
# $min is the least number of characters (10).
# Polish: $min arrives as text, not as a number, so it cannot choose a plural form: the
# sentence is worded to need none.
rule-password-too-short = Hasło jest za krótkie: minimalna liczba znaków to { $min } (najlepiej użyć hasła złożonego z kilku słów).
