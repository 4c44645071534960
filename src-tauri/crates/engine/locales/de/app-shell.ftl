## Texts the app makes for its screens besides the record's: a password's strength, an
## unfinished export begun anew.

# How strong a password for the archive is, shown under the password field as it is typed.
# $problem says why it cannot be used (one of the shell-password-* texts below).
shell-strength-unusable = Nicht verwendbar: { $problem }.
shell-strength-weak = Schwach: Es könnte erraten werden. Verwenden Sie die vorgeschlagene Passphrase oder eine längere.
shell-strength-fair = Mittel: Einige weitere Wörter oder Zeichen machen es stark.
shell-strength-strong = Stark.
shell-password-empty = das Passwort ist leer
# $min is the least number of characters a password must have.
shell-password-too-short =
    { $min ->
        [one] das Passwort ist zu kurz; verwenden Sie mindestens { $min } Zeichen (am besten eine Passphrase aus mehreren Wörtern)
       *[other] das Passwort ist zu kurz; verwenden Sie mindestens { $min } Zeichen (am besten eine Passphrase aus mehreren Wörtern)
    }

# Said on the Done screen when an unfinished export could not be continued as it was.
shell-begun-anew-other-account = Der nicht abgeschlossene Export dieser Testläufe wurde mit einem anderen App-Center-Konto begonnen: Davon wurde nichts übernommen, und der Export wurde mit diesem Konto neu begonnen.
shell-begun-anew-other-password = Das Passwort ist nicht das, mit dem der nicht abgeschlossene Export begonnen wurde: Sein Archiv wurde neu begonnen, und die bereits darin enthaltenen Dateien wurden erneut heruntergeladen.
