# The cover letter that opens README.html: the answer to the person who asked for their data
# (GDPR Art. 15). Every message of this file exists in every language, with the same
# variables. Numbers ($n, $runs, $files, $records) choose the plural form; $alone is "yes"
# when a reason explains the only link there is.
#
# French: the terms are those of the French version of Regulation (EU) 2016/679 on EUR-Lex.
# One word throughout: "exécution de test" (f.), "rapport de test", "archive" (f.),
# "fichier", "lien", "enregistrement" (export record), "exportation" (the export).
# French's "one" covers 0 and 1. A non-breaking space (U+00A0) stands before ":" and ";".

## The Regulation's terms, as its readers know them.

-gdpr = règlement général sur la protection des données
# The Regulation by its usual French abbreviation, after "du" ("l'article 15 du RGPD").
-regulation = RGPD

## Lists and dates.

# "A, B and C": the items before the last, joined by ", ", and the last.
list-and = { $rest } et { $last }
# A moment in words: the date (from CLDR) and the time, in UTC.
moment = { $date } à { $time } UTC
# The decimal separator of sizes ("1.5 MB").
decimal-separator = ,
size-bytes =
    { $n ->
        [one] { $n } octet
       *[other] { $n } octets
    }

# Sizes of a thousand bytes and more: $n is the number, already written ("1,5").
size-kilobytes = { $n } ko
size-megabytes = { $n } Mo
size-gigabytes = { $n } Go
size-terabytes = { $n } To

## The letter.

letter-heading = Votre demande de copie de vos données
letter-reference = Notre référence : { $reference }.
letter-received = Votre demande nous est parvenue le { $date }.
letter-made = La présente réponse a été établie le { $date }.
letter-dear = Bonjour { $name },
letter-dear-anyone = Madame, Monsieur,
letter-asked = Vous avez demandé à { $controller } une copie des données à caractère personnel vous concernant dont nous disposons, comme le prévoit l'article 15 du { -gdpr } ({ -regulation }). Cette archive constitue notre réponse : elle contient ces données, et la présente lettre vous indique ce que nous avons examiné, ce qui est inclus, ce qui a été exclu et pourquoi, ainsi que les informations que la loi nous impose de vous communiquer.
# After "l'application X (slug), pour": "toutes ses exécutions de test" (its = the app's).
letter-searched-whole-app = toutes ses exécutions de test
letter-searched-runs =
    { $runs ->
        [0] { $runs } exécution de test
        [one] l'exécution de test qui vous concerne
       *[other] les { $runs } exécutions de test qui vous concernent
    }
letter-searched-app = { $name } ({ $slug }), pour { $runs }
letter-searched-one = l'application { $app }
letter-searched-several = les applications { $apps }
letter-searched = Ce que nous avons examiné : les données que nous conservons dans Visual Studio App Center Test sur { $where }, avec leurs rapports de test, les fichiers téléversés pour ces exécutions ou produits par elles, ainsi que les enregistrements d'exportation d'App Center Test.
letter-files =
    { $files ->
        [one] { $files } fichier ({ $size })
       *[other] { $files } fichiers au total ({ $size })
    }
letter-files-later = les fichiers correspondants (comptés lors de l'exportation)
letter-included =
    { $runs ->
        [one] Ce qui est inclus, tel qu'App Center l'a conservé : { $runs } exécution de test et { $files }.
       *[other] Ce qui est inclus, tel qu'App Center l'a conservé : { $runs } exécutions de test et { $files }.
    }
letter-left-out-later =
    { $apps ->
        [one] Ce qui a été exclu : la même application peut également contenir des données de test d'autres clients.
       *[other] Ce qui a été exclu : les mêmes applications peuvent également contenir des données de test d'autres clients.
    } Ces données ne vous concernent pas ; elles ne figurent donc pas dans cette archive (les enregistrements exclus sont comptés lors de l'exportation). C'est ce qu'exige l'article 15, paragraphe 4, du { -regulation } : la copie qui vous est remise ne doit pas porter atteinte aux droits et libertés d'autrui. Les fichiers qu'App Center ne détient plus, ainsi que les liens qu'il fournit et qui ne peuvent pas être suivis, seront mentionnés ici une fois l'exportation effectuée.
letter-left-out-nothing = Ce qui a été exclu : rien.
letter-left-out-records =
    { $apps ->
        [one] Ce qui a été exclu : la même application contient également des données de test d'autres clients.
       *[other] Ce qui a été exclu : les mêmes applications contiennent également des données de test d'autres clients.
    } Ces données ne vous concernent pas ; elles ne figurent donc pas dans cette archive ({ $records ->
        [one] { $records } enregistrement relatif à d'autres exécutions de test a été exclu et seulement compté
       *[other] { $records } enregistrements relatifs à d'autres exécutions de test ont été exclus et seulement comptés
    }). C'est ce qu'exige l'article 15, paragraphe 4, du { -regulation } : la copie qui vous est remise ne doit pas porter atteinte aux droits et libertés d'autrui.
letter-left-out-no-records = Ce qui a été exclu : aucun enregistrement, mais certains éléments mentionnés par App Center n'ont pas pu être inclus.
letter-missing-files =
    { $n ->
        [one] App Center a répertorié { $n } fichier pour ces exécutions de test, mais ne le détenait plus lorsque nous l'avons demandé ; il ne figure donc pas dans cette archive. Il est mentionné plus bas sur cette page.
       *[other] App Center a répertorié { $n } fichiers pour ces exécutions de test, mais ne les détenait plus lorsque nous les avons demandés ; ils ne figurent donc pas dans cette archive. Ils sont mentionnés plus bas sur cette page.
    }
letter-links-not-fetched =
    { $n ->
        [one] Dans les enregistrements et les rapports, { $n } lien vers un fichier n'a pas pu être suivi, car { $reasons }. Il est mentionné plus bas sur cette page.
       *[other] Dans les enregistrements et les rapports, { $n } liens vers des fichiers n'ont pas pu être suivis, car { $reasons }. Ils sont mentionnés plus bas sur cette page.
    }
letter-links-not-followed =
    { $n ->
        [one] La liste d'App Center indiquant où sont conservés les enregistrements d'exportation contenait { $n } lien qui n'a pas été suivi, car { $reasons }. Le contenu vers lequel il pointe ne figure pas dans cette archive. Il est mentionné plus bas sur cette page.
       *[other] La liste d'App Center indiquant où sont conservés les enregistrements d'exportation contenait { $n } liens qui n'ont pas été suivis, car { $reasons }. Les contenus vers lesquels ils pointent ne figurent pas dans cette archive. Ils sont mentionnés plus bas sur cette page.
    }

## Why links were not taken, each after a count of links ("2 had no address"), or alone
## for the only link ("it had no address"). "Lien" is masculine; after a count the verb
## agrees with that count ("1 ne comportait", "2 ne comportaient").

link-not-valid =
    { $alone ->
        [yes] il ne contenait aucune adresse valide
       *[no]
            { $n ->
                [one] { $n } ne contenait aucune adresse valide
               *[other] { $n } ne contenaient aucune adresse valide
            }
    }
link-not-web =
    { $alone ->
        [yes] il pointait vers autre chose qu'une adresse web
       *[no]
            { $n ->
                [one] { $n } pointait vers autre chose qu'une adresse web
               *[other] { $n } pointaient vers autre chose qu'une adresse web
            }
    }
link-no-address =
    { $alone ->
        [yes] il ne comportait aucune adresse
       *[no]
            { $n ->
                [one] { $n } ne comportait aucune adresse
               *[other] { $n } ne comportaient aucune adresse
            }
    }
link-other-host =
    { $alone ->
        [yes] il pointait vers un site extérieur à App Center, auquel nos identifiants d'accès à App Center ne doivent jamais être transmis
       *[no]
            { $n ->
                [one] { $n } pointait vers un site extérieur à App Center, auquel nos identifiants d'accès à App Center ne doivent jamais être transmis
               *[other] { $n } pointaient vers un site extérieur à App Center, auquel nos identifiants d'accès à App Center ne doivent jamais être transmis
            }
    }
link-not-this-apps =
    { $alone ->
        [yes] il ne menait pas aux enregistrements d'exportation propres à l'application
       *[no]
            { $n ->
                [one] { $n } ne menait pas aux enregistrements d'exportation propres à l'application
               *[other] { $n } ne menaient pas aux enregistrements d'exportation propres à l'application
            }
    }
link-no-web-page =
    { $alone ->
        [yes] il ne menait à aucune page web
       *[no]
            { $n ->
                [one] { $n } ne menait à aucune page web
               *[other] { $n } ne menaient à aucune page web
            }
    }

## About this data (Art. 15(1)(a) to (h) and 15(2)).

letter-about = Informations sur ces données
letter-purposes = Finalités du traitement
letter-categories = Catégories de données à caractère personnel
letter-recipients = Destinataires
letter-retention = Durée de conservation
letter-source = Source des données
letter-automated = Prise de décision automatisée
letter-transfers = Transferts hors de l'Espace économique européen (EEE)
letter-rights-heading = Vos droits
letter-rights = Vous pouvez nous demander de corriger les données inexactes (droit de rectification), de les effacer (droit à l'effacement) ou d'en limiter le traitement (droit à la limitation du traitement), et vous pouvez vous opposer à leur traitement (droit d'opposition). Vous pouvez également introduire une réclamation auprès d'une autorité de contrôle : { $authority }.
letter-questions = Pour toute question sur cette réponse, veuillez contacter { $contact }.
letter-dpo = Notre délégué à la protection des données : { $dpo }.
letter-checksums = Chaque fichier de cette archive est accompagné d'une somme de contrôle, indiquée à la fin de cette page, afin que chacun puisse vérifier que rien n'a été modifié après la constitution de l'archive.
letter-closing = Nous vous prions d'agréer l'expression de nos salutations distinguées.
# "pour" (on behalf of) reads well with "notre organisation" and with any name, and
# never elides ("de Orange" would have to be "d'Orange").
letter-signed = { $signature }, pour { $controller }

## The texts the app suggests for the organisation's details (the officer may write their
## own; a suggested text is given in the language of each answer).

profile-controller = notre organisation
profile-contact = la personne qui vous a transmis cette archive
profile-purposes = Tester des applications mobiles sur des appareils réels pour votre compte : exécuter les tests demandés par vous ou par votre organisation, conserver leurs résultats et leurs rapports, et rechercher les causes des échecs.
profile-categories = Les exécutions de test et leurs résultats, les rapports de test avec les journaux des appareils et les captures d'écran, les versions compilées (builds) des applications, les fichiers de symboles et les fichiers de test téléversés pour ces exécutions, ainsi que les noms et les dates qui s'y rapportent.
profile-recipients = Microsoft, qui exploitait pour notre compte le service App Center Test en qualité de sous-traitant. Nous n'avons communiqué ces données à aucun autre destinataire.
profile-retention = Pendant toute la durée du contrat de test, puis jusqu'au terme de la durée de conservation applicable, à l'issue de laquelle elles sont effacées.
profile-source = Vous-même ou votre organisation, lors de la configuration et de l'exécution des tests ; les rapports ont été produits par le service de test.
profile-automated-decisions = Aucune : aucune décision vous concernant n'est prise de manière automatisée à partir de ces données.
profile-transfers = Le service App Center conservait des données aux États-Unis, pays tiers, sur la base des clauses types de protection des données adoptées par la Commission européenne (clauses contractuelles types).
profile-authority = l'autorité de protection des données du pays où vous résidez ou travaillez
profile-signature = L'équipe chargée de la protection des données
