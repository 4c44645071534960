## Texts the app makes for its screens besides the record's: a password's strength, an
## unfinished export begun anew.

# How strong a password for the archive is, shown under the password field as it is typed.
# $problem says why it cannot be used (one of the shell-password-* texts below).
shell-strength-unusable = Onbruikbaar: { $problem }.
shell-strength-weak = Zwak: het kan worden geraden. Gebruik de voorgestelde wachtzin, of een langere.
shell-strength-fair = Redelijk: met een paar extra woorden of tekens wordt het sterk.
shell-strength-strong = Sterk.
shell-password-empty = het wachtwoord is leeg
# $min is the least number of characters a password must have.
shell-password-too-short =
    { $min ->
        [one] het wachtwoord is te kort: gebruik minstens { $min } teken (een wachtzin van meerdere woorden is het best)
       *[other] het wachtwoord is te kort: gebruik minstens { $min } tekens (een wachtzin van meerdere woorden is het best)
    }

# Said on the Done screen when an unfinished export could not be continued as it was.
shell-begun-anew-other-account = De onvoltooide export van deze testruns is begonnen met een ander App Center-account: daarvan is niets bewaard, en de export is opnieuw begonnen met dit account.
shell-begun-anew-other-password = Dit is niet het wachtwoord waarmee de onvoltooide export is begonnen: het archief is opnieuw begonnen, en de bestanden die er al in stonden, zijn opnieuw gedownload.

## What the check of the journal found (the Requests screen, "The record on this computer").
## $seq is an event's number, or how many events the journal had; $on the day this computer
## last wrote the journal; $now how many events it has now. Each is one sentence of its own;
## the screen adds what to do.

shell-journal-changed = Gebeurtenis { $seq } is niet meer zoals die is geschreven.
shell-journal-missing =
    { $seq ->
        [one] Het logboek ontbreekt: het had { $seq } gebeurtenis toen deze computer het voor het laatst schreef, op { $on }.
       *[other] Het logboek ontbreekt: het had { $seq } gebeurtenissen toen deze computer het voor het laatst schreef, op { $on }.
    }
shell-journal-missing-archived =
    { $seq ->
        [one] Het logboek ontbreekt: het had { $seq } gebeurtenis toen het archief werd gemaakt.
       *[other] Het logboek ontbreekt: het had { $seq } gebeurtenissen toen het archief werd gemaakt.
    }
shell-journal-shorter =
    { $seq ->
        [one] Het logboek is korter dan het was: het had { $seq } gebeurtenis toen deze computer het voor het laatst schreef, op { $on }, en heeft er nu { $now }: er zijn gebeurtenissen van het einde verwijderd.
       *[other] Het logboek is korter dan het was: het had { $seq } gebeurtenissen toen deze computer het voor het laatst schreef, op { $on }, en heeft er nu { $now }: er zijn gebeurtenissen van het einde verwijderd.
    }
shell-journal-replaced =
    { $seq ->
        [one] Het logboek is niet het logboek dat deze computer heeft geschreven: de identiteit verschilt (het logboek dat deze computer het laatst schreef, op { $on }, had { $seq } gebeurtenis).
       *[other] Het logboek is niet het logboek dat deze computer heeft geschreven: de identiteit verschilt (het logboek dat deze computer het laatst schreef, op { $on }, had { $seq } gebeurtenissen).
    }
shell-journal-replaced-archived = Het logboek is niet het logboek waarmee het archief is gemaakt: de identiteit verschilt.
shell-journal-rewritten = Het logboek is herschreven: gebeurtenis { $seq } is niet de gebeurtenis die deze computer op { $on } heeft geschreven (het controlegetal verschilt).
