# README.html: the archive explained to the person who asked for their data (after the cover
# letter) and to the officer who sends it. Values in { } are names, addresses, file names and
# counts; some are shown in bold or as code on the page, which the message need not say.
#
# French: the words of letter.ftl ("exécution de test", "rapport de test", "archive",
# "fichier", "lien", "enregistrement", "enregistrement d'exportation"). Names that may start
# with a vowel follow a word that never elides ("concernant", "l'application").
# A non-breaking space (U+00A0) stands before ":" and ";".

# This file's name in the archive, in the language of the answer: capital letters (ASCII
# only, no accents), digits and hyphens, no spaces, ending in .html (tests/engine/toplevel.rs
# checks it).
file-readme = LISEZMOI.html

readme-title = Exportation des données App Center Test : { $apps }
readme-heading = Vos données App Center Test
# $apps: the apps, each "Name (owner/app)", listed; $count: how many.
readme-holds-subject =
    { $count ->
        [one] Cette archive contient les données de test concernant { $subject } dans l'application { $apps }, hébergée sur Visual Studio App Center Test.
       *[other] Cette archive contient les données de test concernant { $subject } dans les applications { $apps }, hébergées sur Visual Studio App Center Test.
    }
readme-holds-selected =
    { $count ->
        [one] Cette archive contient les données des exécutions de test sélectionnées dans l'application { $apps }, hébergée sur Visual Studio App Center Test.
       *[other] Cette archive contient les données des exécutions de test sélectionnées dans les applications { $apps }, hébergées sur Visual Studio App Center Test.
    }
readme-app = { $name } ({ $slug })
readme-made = Elle a été créée le { $date } avec ACT Export { $version }.
# $what is in bold: readme-every-run or readme-only-listed.
readme-covers-whole = Elle couvre { $what }.
readme-every-run =
    { $count ->
        [one] toutes les exécutions de test de l'application
       *[other] toutes les exécutions de test de ces applications
    }
readme-covers-listed =
    { $count ->
        [one] Elle couvre { $what }. Les données des autres exécutions de test de la même application n'y figurent pas.
       *[other] Elle couvre { $what }, application par application. Les données des autres exécutions de test des mêmes applications n'y figurent pas.
    }
readme-only-listed = uniquement les exécutions de test énumérées ci-dessous
readme-contains =
    { $files ->
        [one] Elle contient { $files } fichier ({ $size }).
       *[other] Elle contient { $files } fichiers ({ $size }).
    }
readme-runs-heading = Exécutions de test ({ $runs })
readme-app-runs =
    { $runs ->
        [one] { $app } : { $runs } exécution de test
       *[other] { $app } : { $runs } exécutions de test
    }
readme-no-runs = L'application ne comporte aucune exécution de test.
readme-column-date = Date d'exécution
readme-column-series = Série de tests
readme-column-version = Version de l'application
readme-column-platform = Plateforme
readme-column-result = Résultat
readme-column-run = Identifiant de l'exécution

## What is in this archive. $file, $folder, $data and $files are names of files and folders.

readme-contents-heading = Contenu de cette archive
readme-contents-readme = { $file } : la présente page.
readme-contents-manifest = { $file } : un relevé lisible par machine qui répertorie chaque fichier avec sa taille et sa somme de contrôle SHA-256, indique ce qui a été demandé à App Center et à quel moment, et rend compte de chaque enregistrement et de chaque lien vers un fichier renvoyés par App Center, en précisant s'il a été conservé ou exclu, et pourquoi.
readme-contents-app = { $folder } : les données de l'application { $app }, réparties entre { $data } et { $files } comme décrit ci-dessous.
readme-contents-data = { $data } : les enregistrements qu'App Center conserve sur les exécutions de test, exactement tels qu'il les a transmis, au format JSON : les exécutions de test ({ $runs }), leurs rapports de test complets ({ $reports }) et les enregistrements d'exportation d'App Center Test ({ $export }).
readme-contents-data-each = Dans le dossier de chaque application, { $data } : les enregistrements qu'App Center conserve sur les exécutions de test, exactement tels qu'il les a transmis, au format JSON : les exécutions de test ({ $runs }), leurs rapports de test complets ({ $reports }) et les enregistrements d'exportation d'App Center Test ({ $export }).
readme-contents-files = { $files } : les fichiers téléversés pour ces exécutions de test ou produits par elles : versions compilées des applications, fichiers de symboles, icônes des applications, fichiers de test, ainsi que les éléments des rapports, tels que les captures d'écran et les journaux des appareils.
readme-contents-files-each = Dans le dossier de chaque application, { $files } : les fichiers téléversés pour ces exécutions de test ou produits par elles : versions compilées des applications, fichiers de symboles, icônes des applications, fichiers de test, ainsi que les éléments des rapports, tels que les captures d'écran et les journaux des appareils.

## What was left out, and why.

readme-left-out-heading = Ce qui a été exclu, et pourquoi
readme-left-out-in = Dans l'application { $app }
readme-nothing-left-out = Rien. Tous les enregistrements renvoyés par App Center pour cette application, ainsi que tous les fichiers qu'ils mentionnent, figurent dans cette archive.
readme-others-records = App Center conserve ensemble les enregistrements de toutes les exécutions de test de l'application, y compris ceux d'autres personnes et organisations. Seuls les enregistrements relatifs aux exécutions de test énumérées ci-dessus figurent dans cette archive ; les autres ont été exclus afin de ne pas porter atteinte aux droits et libertés d'autrui (article 15, paragraphe 4, du { -regulation }). Ils ont été comptés, mais jamais copiés :
# $endpoint: the export endpoint's name; $reasons: why, each counted (record-*), listed.
# French chooses on $excluded (the noun and verb agree with it), which must be a number.
readme-excluded =
    { $excluded ->
        [one] { $endpoint } : { $excluded } enregistrement sur { $received } a été exclu : { $reasons }.
       *[other] { $endpoint } : { $excluded } enregistrements sur { $received } ont été exclus : { $reasons }.
    }
readme-missing-heading = Fichiers qu'App Center ne détenait plus ({ $n })
readme-missing-note = App Center a répertorié ces fichiers, mais a répondu qu'ils n'existent plus. Ils n'ont pas pu être inclus.
readme-missing-file = { $address } (figurant dans { $file })
readme-skipped-heading = Liens qui n'ont pas pu être suivis ({ $n })
readme-skipped-file = { $address } (dans { $file }) : { $reason }
readme-not-followed-heading = Liens non suivis de la liste des enregistrements d'exportation d'App Center ({ $n })
readme-not-followed = { $link } : { $reason }

## Why records were left out, after their count ("16 records belong to test runs that were
## not chosen").

record-other-run =
    { $n ->
        [one] { $n } enregistrement appartient à une exécution de test qui n'a pas été sélectionnée
       *[other] { $n } enregistrements appartiennent à des exécutions de test qui n'ont pas été sélectionnées
    }
record-no-usable-link =
    { $n ->
        [one] { $n } enregistrement ne comporte aucun lien exploitable vers une exécution de test
       *[other] { $n } enregistrements ne comportent aucun lien exploitable vers une exécution de test
    }
record-not-used =
    { $n ->
        [one] { $n } enregistrement est un fichier téléversé qu'aucune exécution de test sélectionnée n'utilise
       *[other] { $n } enregistrements sont des fichiers téléversés qu'aucune exécution de test sélectionnée n'utilise
    }
record-app-wide =
    { $n ->
        [one] { $n } enregistrement concerne l'application dans son ensemble, et non une exécution de test précise
       *[other] { $n } enregistrements concernent l'application dans son ensemble, et non une exécution de test précise
    }
record-undocumented =
    { $n ->
        [one] { $n } enregistrement relève d'un type que l'API ne documente pas
       *[other] { $n } enregistrements relèvent d'un type que l'API ne documente pas
    }

## Why a link was not taken, on its own line.

reason-not-web = il ne s'agit pas d'une adresse web (http ou https)
reason-not-valid = il ne s'agit pas d'une adresse valide
reason-no-address = le lien ne comporte aucune adresse
reason-other-host = il pointe vers un autre hôte, auquel le jeton d'API ne doit pas être transmis
reason-not-this-apps = il ne s'agit pas de l'un des enregistrements d'exportation de cette application

## How to check that nothing was changed. $file is the word that stands for a file's name in
## the commands.

readme-check-heading = Comment vérifier que rien n'a été modifié
readme-check = Chaque fichier ci-dessous est accompagné d'une somme de contrôle SHA-256, qui figure également dans { $manifest }. Pour vérifier un fichier, calculez sa somme de contrôle et comparez-la à celle indiquée :
readme-check-file = FICHIER
readme-column-file = Fichier
readme-column-size = Taille
readme-column-sha256 = SHA-256
