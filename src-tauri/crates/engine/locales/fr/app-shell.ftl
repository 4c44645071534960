## Texts the app makes for its screens besides the record's: a password's strength, an
## unfinished export begun anew.

# How strong a password for the archive is, shown under the password field as it is typed.
# $problem says why it cannot be used (one of the shell-password-* texts below).
shell-strength-unusable = Inutilisable : { $problem }.
shell-strength-weak = Faible : il pourrait être deviné. Utilisez la phrase de passe proposée, ou un mot de passe plus long.
shell-strength-fair = Moyen : quelques mots ou caractères de plus le rendront robuste.
shell-strength-strong = Robuste.
shell-password-empty = le mot de passe est vide
# $min is the least number of characters a password must have.
shell-password-too-short =
    { $min ->
        [one] le mot de passe est trop court : utilisez au moins { $min } caractère (une phrase de passe de plusieurs mots, c'est encore mieux)
       *[other] le mot de passe est trop court : utilisez au moins { $min } caractères (une phrase de passe de plusieurs mots, c'est encore mieux)
    }

# Said on the Done screen when an unfinished export could not be continued as it was.
shell-begun-anew-other-account = L'exportation inachevée de ces exécutions de test avait été commencée avec un autre compte App Center : rien n'en a été conservé, et l'exportation a été recommencée avec celui-ci.
shell-begun-anew-other-password = Ce mot de passe n'est pas celui avec lequel l'exportation inachevée avait été commencée : son archive a été recommencée, et les fichiers qu'elle contenait déjà ont été téléchargés à nouveau.
