## Texts the app makes for its screens besides the record's: a password's strength, an
## unfinished export begun anew.

# How strong a password for the archive is, shown under the password field as it is typed.
# $problem says why it cannot be used (one of the shell-password-* texts below).
shell-strength-unusable = Nie do użycia: { $problem }.
shell-strength-weak = Słabe: można je odgadnąć. Proszę użyć proponowanego hasła złożonego z kilku słów lub dłuższego.
shell-strength-fair = Średnie: kilka dodatkowych słów lub znaków uczyni je silnym.
shell-strength-strong = Silne.
shell-password-empty = hasło jest puste
# $min is the least number of characters a password must have.
shell-password-too-short =
    { $min ->
        [one] hasło jest za krótkie: musi mieć co najmniej { $min } znak (najlepiej kilka słów)
        [few] hasło jest za krótkie: musi mieć co najmniej { $min } znaki (najlepiej kilka słów)
        [many] hasło jest za krótkie: musi mieć co najmniej { $min } znaków (najlepiej kilka słów)
       *[other] hasło jest za krótkie: musi mieć co najmniej { $min } znaku (najlepiej kilka słów)
    }

# Said on the Done screen when an unfinished export could not be continued as it was.
shell-begun-anew-other-account = Niedokończony eksport tych przebiegów testów rozpoczęto na innym koncie App Center: nic z niego nie zachowano, a eksport rozpoczęto od nowa na bieżącym koncie.
shell-begun-anew-other-password = To nie jest hasło, z którym rozpoczęto niedokończony eksport: archiwum utworzono od nowa, a znajdujące się już w nim pliki pobrano ponownie.
