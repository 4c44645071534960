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
