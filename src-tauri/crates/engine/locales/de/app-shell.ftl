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

## What the check of the journal found (the Requests screen, "The record on this computer").
## $seq is an event's number, or how many events the journal had; $on the day this computer
## last wrote the journal; $now how many events it has now. Each is one sentence of its own;
## the screen adds what to do.

shell-journal-changed = Ereignis { $seq } ist nicht mehr so, wie es geschrieben wurde.
shell-journal-missing =
    { $seq ->
        [one] Das Journal fehlt: Als dieser Computer es zuletzt am { $on } geschrieben hat, hatte es { $seq } Ereignis.
       *[other] Das Journal fehlt: Als dieser Computer es zuletzt am { $on } geschrieben hat, hatte es { $seq } Ereignisse.
    }
shell-journal-missing-archived =
    { $seq ->
        [one] Das Journal fehlt: Als das Archiv erstellt wurde, hatte es { $seq } Ereignis.
       *[other] Das Journal fehlt: Als das Archiv erstellt wurde, hatte es { $seq } Ereignisse.
    }
shell-journal-shorter =
    { $seq ->
        [one] Das Journal ist kürzer als zuvor: Als dieser Computer es zuletzt am { $on } geschrieben hat, hatte es { $seq } Ereignis, jetzt hat es { $now }: Am Ende wurden Ereignisse entfernt.
       *[other] Das Journal ist kürzer als zuvor: Als dieser Computer es zuletzt am { $on } geschrieben hat, hatte es { $seq } Ereignisse, jetzt hat es { $now }: Am Ende wurden Ereignisse entfernt.
    }
shell-journal-replaced =
    { $seq ->
        [one] Das Journal ist nicht das Journal, das dieser Computer geschrieben hat: Seine Kennung weicht ab (das Journal, das dieser Computer zuletzt am { $on } geschrieben hat, hatte { $seq } Ereignis).
       *[other] Das Journal ist nicht das Journal, das dieser Computer geschrieben hat: Seine Kennung weicht ab (das Journal, das dieser Computer zuletzt am { $on } geschrieben hat, hatte { $seq } Ereignisse).
    }
shell-journal-replaced-archived = Das Journal ist nicht das Journal, mit dem das Archiv erstellt wurde: Seine Kennung weicht ab.
shell-journal-rewritten = Das Journal wurde umgeschrieben: Ereignis { $seq } ist nicht das, das dieser Computer am { $on } geschrieben hat (seine Prüfsumme weicht ab).
