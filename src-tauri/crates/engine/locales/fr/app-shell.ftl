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

## What the check of the journal found (the Requests screen, "The record on this computer").
## $seq is an event's number, or how many events the journal had; $on the day this computer
## last wrote the journal; $now how many events it has now. Each is one sentence of its own;
## the screen adds what to do.

shell-journal-changed = L'événement { $seq } n'est plus tel qu'il a été écrit.
shell-journal-missing =
    { $seq ->
        [one] Le journal est introuvable : il comptait { $seq } événement lorsque cet ordinateur l'a écrit pour la dernière fois, le { $on }.
       *[other] Le journal est introuvable : il comptait { $seq } événements lorsque cet ordinateur l'a écrit pour la dernière fois, le { $on }.
    }
shell-journal-missing-archived =
    { $seq ->
        [one] Le journal est introuvable : il comptait { $seq } événement lors de la création de l'archive.
       *[other] Le journal est introuvable : il comptait { $seq } événements lors de la création de l'archive.
    }
shell-journal-shorter =
    { $seq ->
        [one] Le journal est plus court qu'auparavant : il comptait { $seq } événement lorsque cet ordinateur l'a écrit pour la dernière fois, le { $on }, et il en compte maintenant { $now } : des événements ont été supprimés à la fin du journal.
       *[other] Le journal est plus court qu'auparavant : il comptait { $seq } événements lorsque cet ordinateur l'a écrit pour la dernière fois, le { $on }, et il en compte maintenant { $now } : des événements ont été supprimés à la fin du journal.
    }
shell-journal-replaced =
    { $seq ->
        [one] Le journal n'est pas celui que cet ordinateur a écrit : son identité diffère (le dernier journal écrit par cet ordinateur comptait { $seq } événement, le { $on }).
       *[other] Le journal n'est pas celui que cet ordinateur a écrit : son identité diffère (le dernier journal écrit par cet ordinateur comptait { $seq } événements, le { $on }).
    }
shell-journal-replaced-archived = Le journal n'est pas celui avec lequel l'archive a été créée : son identité diffère.
shell-journal-rewritten = Le journal a été réécrit : l'événement { $seq } n'est pas celui que cet ordinateur a écrit le { $on } (sa somme de contrôle diffère).
