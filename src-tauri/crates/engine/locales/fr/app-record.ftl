## The record of requests as the app shows it to the officer: where a request stands, its
## history line by line, the second pair of eyes. Dates arrive as words already made in the
## language ($received, $due, $on, $told-on).
##
## French: the request ("demande") is feminine; the standing texts (record-answered-*,
## record-due-today, record-days-left, record-overdue) start in lower case: the page makes the
## first letter upper case where they begin a line. A non-breaking space (U+00A0) stands before
## ":", ";", "?" and "!".

# The right the requester exercises (GDPR Art. 15 or 20), in a list and on the request's page.
record-right-access = droit d'accès (art. 15)
record-right-portability = droit à la portabilité des données (art. 20)

# A request's status, a column of the list of requests.
record-status-open = ouverte
record-status-answered = traitée
record-status-closed = clôturée

# Where a request stands today, beside its due date.
record-answered-on-time = réponse dans les délais
record-answered-late =
    { $days ->
        [one] réponse avec { $days } jour de retard
       *[other] réponse avec { $days } jours de retard
    }
record-closed-unanswered = clôturée sans réponse
record-due-today = échéance aujourd'hui
record-days-left =
    { $days ->
        [one] { $days } jour restant
       *[other] { $days } jours restants
    }
record-overdue =
    { $days ->
        [one] en retard de { $days } jour
       *[other] en retard de { $days } jours
    }
# The deadline was extended (GDPR Art. 12(3)) by $months further months in all.
record-extension =
    { $months ->
        [one] Délai prolongé de { $months } mois ; la personne concernée en a été informée le { $told-on } : { $reason }
       *[other] Délai prolongé de { $months } mois ; la personne concernée en a été informée le { $told-on } : { $reason }
    }
# When the request was answered ($on, a date) and whether on time ($timeliness, one of the
# record-answered-* texts above).
record-answered = { $on }, { $timeliness }

# How the answer reached the requester.
record-channel-email = par e-mail
record-channel-portal = via un portail
record-channel-post = par courrier
record-channel-other = par un autre moyen

## The second pair of eyes, on the request's page.

record-approved = Sa dernière archive est approuvée pour la remise.
record-sent-back = Sa dernière archive a été renvoyée et ne doit pas être remise : { $reason }. Exportez à nouveau pour obtenir une nouvelle archive.
record-waiting-yours = En attente d'approbation par un autre gestionnaire : vous avez exporté sa dernière archive.
record-waiting = En attente d'approbation par un autre gestionnaire que celui qui a exporté sa dernière archive ({ $exporter }) : vous pouvez l'approuver ou la renvoyer.
# Said of the exporter when the record does not name them.
record-a-colleague = un collègue

## The history of a request, one line per event.

history-case-opened = Demande ouverte : données concernant { $subject }, { $right }, reçue le { $received }, échéance le { $due }
history-extended =
    { $months ->
        [one] Délai prolongé de { $months } mois (personne concernée informée le { $told-on } : { $reason }) ; nouvelle échéance le { $due }
       *[other] Délai prolongé de { $months } mois (personne concernée informée le { $told-on } : { $reason }) ; nouvelle échéance le { $due }
    }
history-note = Note : { $note }
history-export-started-all = Exportation commencée : { $app }, toutes les exécutions de test
history-export-started =
    { $runs ->
        [one] Exportation commencée : { $app }, { $runs } exécution de test
       *[other] Exportation commencée : { $app }, { $runs } exécutions de test
    }
# $runs test runs and $files files of $size in all; $sha256 the archive's checksum; $version
# the app's version; $operator who exported.
history-export-completed =
    { $runs ->
        [one] Exportation terminée : { $app }, { $runs } exécution de test
       *[other] Exportation terminée : { $app }, { $runs } exécutions de test
    }, { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }, { $size }, SHA-256 de l'archive { $sha256 } (ACT Export { $version }, par { $operator })
history-export-completed-protected =
    { $runs ->
        [one] Exportation terminée : { $app }, { $runs } exécution de test
       *[other] Exportation terminée : { $app }, { $runs } exécutions de test
    }, { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }, { $size }, SHA-256 de l'archive { $sha256 }, protégée par un mot de passe (ACT Export { $version }, par { $operator })
# $code is the error's code, for the IT team.
history-export-failed = Échec de l'exportation : { $app } ({ $code })
history-export-cancelled = Exportation annulée : { $app }
history-saved = Archive enregistrée dans { $path } (SHA-256 { $sha256 })
history-saved-on = Archive enregistrée dans { $path } sur { $computer } (SHA-256 { $sha256 })
history-dragged-out = Archive glissée hors de l'application (SHA-256 { $sha256 })
# $channel is one of the record-channel-* texts ("by email").
history-delivered = Remise { $channel } à { $recipient } le { $on }
# $how says how the password was sent, as the officer wrote it.
history-delivered-password = Remise { $channel } à { $recipient } le { $on } ; transmission du mot de passe : { $how }
history-copy-deleted = Copie locale supprimée : { $path }
history-copy-deleted-on = Copie locale supprimée de { $computer } : { $path }
history-closed = Demande clôturée
history-assigned = Attribuée à { $officer }
# $language is the language's name in itself ("Français").
history-answer-language = Langue de la réponse : { $language }
history-approval-required = Désormais, une archive doit être approuvée par un second gestionnaire avant que sa remise soit consignée
history-approval-not-required = Désormais, les archives sont remises sans l'approbation d'un second gestionnaire
history-journal-copied =
    { $events ->
        [one] L'événement qui suit ({ $events }) a été copié depuis le journal { $from } (écrit par { $officer } ; somme de contrôle de son dernier événement : { $head })
       *[other] Les { $events } événements qui suivent ont été copiés depuis le journal { $from } (écrit par { $officer } ; somme de contrôle de son dernier événement : { $head })
    }
history-approved = Archive approuvée pour la remise (SHA-256 { $sha256 })
history-sent-back = Archive renvoyée, à ne pas remettre (SHA-256 { $sha256 }) : { $reason }
history-journal-identified = L'identité du journal a été consignée : { $id } (désormais, une vérification distingue ce journal de tout autre)

## The ledger an approving officer reads (an archive's account of each app), on the request's
## page.

ledger-in-the-archive =
    { $runs ->
        [one] { $runs } exécution de test
       *[other] { $runs } exécutions de test
    } et { $files ->
        [one] { $files } fichier téléchargé
       *[other] { $files } fichiers téléchargés
    }
ledger-missing-files =
    { $n ->
        [one] { $n } fichier répertorié par App Center n'était plus disponible.
       *[other] { $n } fichiers répertoriés par App Center n'étaient plus disponibles.
    }
# $reasons says why, counted ("2 were not valid addresses and 1 pointed elsewhere").
ledger-links-not-fetched =
    { $n ->
        [one] { $n } lien vers un fichier n'a pas pu être suivi, car { $reasons }.
       *[other] { $n } liens vers des fichiers n'ont pas pu être suivis, car { $reasons }.
    }
ledger-links-not-followed =
    { $n ->
        [one] { $n } lien de la liste des enregistrements d'exportation d'App Center n'a pas été suivi, car { $reasons }.
       *[other] { $n } liens de la liste des enregistrements d'exportation d'App Center n'ont pas été suivis, car { $reasons }.
    }
# In the column "Left out" when all of an endpoint's records are in the archive.
ledger-left-out-none = aucun
ledger-left-out-records =
    { $n ->
        [one] { $n } enregistrement
       *[other] { $n } enregistrements
    }
