## The words of the Requests screen (the list of requests, its search and filter, where the
## record is kept, the team's register, the reminder about old saved copies: requests-*) and of
## one request's page (its facts, saved copies, history, actions and the dialogs it fills:
## request-*). Texts given as variables such as $standing, $problem, $contents are already made
## in the officer's language by the app; dates arrive as text too.
##
## French: "demande" (f.) for a request, "registre" for the record of requests, "registre de
## l'équipe" for the team's shared register, "journal" for the file on this computer,
## "gestionnaire" for an officer. A non-breaking space (U+00A0) stands before ":", ";", "?"
## and "!", and inside « ».

## The Requests screen: the list

# In the list's "Where it stands" column, for a closed request. $standing is the app's own
# words about where the request stood (e.g. "answered on time", "overdue by 3 days"). Lower
# case: it is a table cell.
requests-standing-closed = clôturée ; { $standing }
# In the list's "Assigned to" column (team's register only): the request is assigned to no officer.
requests-nobody-yet = personne pour l'instant
# The status line under the search field: how many requests the list holds (filter "All", no search).
requests-count =
    { $count ->
        [one] { $count } demande
       *[other] { $count } demandes
    }
# The status line: how many requests are assigned to the officer (filter "Assigned to me", no search).
requests-count-mine =
    { $count ->
        [one] { $count } demande qui vous est attribuée
       *[other] { $count } demandes qui vous sont attribuées
    }
# The status line while searching: $shown requests match, out of $count (filter "All").
requests-shown =
    { $count ->
        [one] { $shown } sur { $count } demande
       *[other] { $shown } sur { $count } demandes
    }
# The status line while searching: $shown requests match, out of the $count assigned to the
# officer (filter "Assigned to me").
requests-shown-mine =
    { $count ->
        [one] { $shown } sur { $count } demande qui vous est attribuée
       *[other] { $shown } sur { $count } demandes qui vous sont attribuées
    }
# The status line when the filter "Assigned to me" shows nothing; $count is the number of
# requests in the register, seen with the filter "All" (the name of that choice, in the
# screen's segmented control).
requests-none-mine =
    { $count ->
        [one] Aucune demande ne vous est attribuée ; { $count } demande figure sous « Toutes ».
       *[other] Aucune demande ne vous est attribuée ; { $count } demandes figurent sous « Toutes ».
    }
# The status line when the search matches no request.
requests-no-match = Aucune demande ne correspond à la recherche.
# Above the list. $today is today's date, already written out (e.g. "3 December 2026").
requests-today = Nous sommes le { $today }.

## The Requests screen: the reminder about saved copies

# The box's first line. $count is how many saved archives are older than the reminder setting,
# $days that setting (a number of days).
requests-old-copies =
    { $count ->
        [one] Une copie enregistrée sur cet ordinateur date de plus de { $days ->
            [one] { $days } jour
           *[other] { $days } jours
        }. Supprimez ce qui n'est plus nécessaire : ces copies contiennent des données à caractère personnel.
       *[other] { $count } copies enregistrées sur cet ordinateur datent de plus de { $days ->
            [one] { $days } jour
           *[other] { $days } jours
        }. Supprimez ce qui n'est plus nécessaire : ces copies contiennent des données à caractère personnel.
    }
# One old copy in the box's list, after the request's reference (a link): $path is where the
# archive is saved, $days how old it is in days.
requests-old-copy =
    { $days ->
        [one] { $path } (enregistrée il y a { $days } jour)
       *[other] { $path } (enregistrée il y a { $days } jours)
    }
# Under the reminder setting, once it was saved.
requests-reminder-saved = Enregistré.

## The Requests screen: the organisation's texts for the cover letter

# Once the texts for the letters in one language were saved; $language is the language's
# own name (e.g. "Français").
requests-letter-saved = Enregistré. Désormais, chaque lettre rédigée dans cette langue ({ $language }) reprend ces textes.

## The Requests screen: where the record is kept

# On the team's register: $address is the register's address (without password), $officer the
# officer's login there.
# The team's register in words, in the sentences below ($address): its PostgreSQL database's
# name and its server.
requests-register-place = base de données « { $database } » sur { $server }
requests-register-where = Chaque demande est conservée dans le registre de l'équipe : { $address }. Vous y travaillez en tant que { $officer } ; chaque événement indique qui l'a écrit, et personne ne peut le modifier sans que cela soit détecté.
requests-protection-local = La connexion passe par le socket local du serveur sur cet ordinateur : rien ne transite par le réseau.
requests-protection-plain = La connexion n'est pas chiffrée : ce que l'application lit et écrit traverse le réseau en clair. Demandez à votre administrateur d'activer TLS sur le serveur, puis ajoutez sslmode=verify-full à l'adresse.
requests-protection-unchecked = La connexion est chiffrée, mais le certificat du serveur n'est pas vérifié : une machine se faisant passer pour le serveur pourrait la lire. Ajoutez sslmode=verify-full à l'adresse (et sslrootcert= avec le fichier de l'autorité qui a signé le certificat, si votre administrateur vous en donne un).
requests-protection-authority = La connexion est chiffrée, et le certificat du serveur est signé par l'autorité nommée dans l'adresse ; le nom du serveur qu'il porte n'est pas vérifié (sslmode=verify-full le vérifierait aussi).
requests-protection-checked = La connexion est chiffrée, et le certificat du serveur est vérifié.
# The title of the foldable section about the record (the journal), when it is the team's
# shared register (PostgreSQL database).
requests-record-shared = Le registre : celui de l'équipe
# The title of the foldable section about the record, when it is kept on this computer.
requests-record-local = Le registre sur cet ordinateur
# Heading of the register's form, when the team's register is in use.
requests-register-title-shared = Le registre de l'équipe (PostgreSQL)
# Heading of the register's form, when the record is on this computer.
requests-register-title-local = Utiliser le registre de l'équipe (PostgreSQL)
# Button: connect to the team's register again (it is in use already).
requests-connect-again = Se reconnecter
# Button: connect to the team's register and keep the record there from now on.
requests-connect-use = Se connecter et l'utiliser
# Status while connecting to the register.
requests-connecting = Connexion…
# Status once connected; $address is the register's address.
requests-connected = Connecté : le registre est désormais celui de l'équipe, { $address }.
# Status after choosing to keep the record on this computer instead of the team's register.
requests-back-local = Le registre est de nouveau tenu sur cet ordinateur.
# Status while the journal is being checked.
requests-checking = Vérification…
# The check's result: nothing in the journal was changed. $count is the number of its events.
requests-journal-intact =
    { $count ->
        [one] Le journal est intact : { $count } événement, aucun modifié, supprimé ni déplacé.
       *[other] Le journal est intact : { $count } événements, aucun modifié, supprimé ni déplacé.
    }
# The check's result when the journal is gone; $problem is the app's sentence saying what was
# found (it ends with a full stop).
requests-journal-missing = { $problem } Restaurez-le à partir d'une sauvegarde, ou prévenez votre service informatique.
# The check's result when the journal's content was altered; $problem is the app's sentence
# saying what was found.
requests-journal-changed = Le journal a été modifié. { $problem } Conservez le fichier tel quel et prévenez votre service informatique.
# The check's result for any other problem; $problem is the app's sentence saying what was found.
requests-journal-problem = { $problem } Conservez le fichier tel quel et prévenez votre service informatique.
# After ticking the team's rule that a second officer approves each archive.
requests-approval-on = Désormais, un autre gestionnaire approuve chaque archive avant que sa remise soit consignée.
# After unticking that rule.
requests-approval-off = Désormais, les archives sont remises sans l'approbation d'un second gestionnaire.

## One request's page

# The page's heading; $reference is the request's reference (e.g. "DSAR-2024-017").
request-title = Demande { $reference }
# The line under the heading for a closed request; $standing is the app's words about where it
# stood (lower case, e.g. "answered on time").
request-standing-closed = Clôturée ; { $standing }.
# The line under the heading for a request still open; $standing is the app's words about where
# it stands ("12 days left", "answered on time"...), with its first letter made upper case.
request-standing = { $standing }.

# The request's facts: labels of a list of terms and values.
# The person whose data was asked for.
request-fact-subject = Personne concernée
# The kind of request (the right used, e.g. access).
request-fact-right = Droit exercé
request-fact-received = Reçue le
request-fact-due = Échéance
# The extension of the deadline, if one was recorded.
request-fact-extension = Prolongation
request-fact-status = Statut
# The officer who handles the request.
request-fact-assignee = Attribuée à
# When the request was answered.
request-fact-answered = Réponse
# How many archives were exported for it.
request-fact-exports = Exportations
# One note an officer wrote about the request.
request-fact-note = Note
# The value of "Assigned to" when no officer has the request.
request-nobody-yet = personne pour l'instant

## One request's page: its saved copies

request-no-copies = Aucune. Les archives que vous enregistrez pour cette demande sont répertoriées ici.
# A saved archive: $path is where it is, $saved when it was saved (already written out).
request-copy = { $path }, enregistrée le { $saved }.
# Added after request-copy when the file is no longer at that place.
request-copy-gone = Elle ne s'y trouve plus.
request-copy-elsewhere = { $path }, enregistrée le { $saved } sur un autre ordinateur, { $computer }. Elle peut être supprimée là-bas.
# Added after request-copy when the copy is older than the reminder setting (in days).
request-copy-old = Plus ancienne que le délai de rappel : supprimez-la si elle n'est plus nécessaire.
# Button next to a saved archive.
request-delete-copy = Supprimer la copie locale
# Confirmation dialog's title.
request-delete-copy-title = Supprimer cette copie locale ?
# Confirmation dialog's text; $path is where the archive is saved.
request-delete-copy-text = Le fichier { $path } sera supprimé de cet ordinateur, et le journal le consignera. Les copies déjà envoyées ne sont pas concernées.
# The confirmation dialog's button that deletes it.
request-delete-copy-yes = La supprimer

## One request's page: its history and actions

# After an event of the history, the officer who recorded it ($officer: a name or login).
request-event-by = (par { $officer })
# Button: give the request to another officer (it has one already).
request-hand-over = Réattribuer
# Button: give the request to an officer (it has none yet).
request-assign = Attribuer
# After choosing the language of the answer; $language is the language's own name (e.g. "Deutsch").
request-language-saved = Enregistré. Langue de sa réponse (la lettre et les explications de l'archive) : { $language }.
# Said to a screen reader (not shown) once a delivery is recorded. $standing: the app's words
# about where the request stands now, lower case (e.g. "answered on time", "answered 3 days late").
request-delivered = Remise consignée : { $standing }.
# Confirmation dialog's title.
request-close-title = Clôturer cette demande ?
# Confirmation dialog's text, for a request that was answered.
request-close-answered = Elle reste dans le registre, marquée comme clôturée.
# Confirmation dialog's text, for a request not answered yet.
request-close-unanswered = Elle n'a pas encore reçu de réponse. Elle reste dans le registre, marquée comme clôturée sans réponse.
# The confirmation dialog's button that closes the request.
request-close-yes = La clôturer

## One request's page: the archive awaiting approval (its letter and its account of each app)

# Shown instead of the cover letter when the archive has none.
request-no-letter = Cette archive n'a pas de lettre d'accompagnement.
# Under an app's name; $contents is the app's words about what of it is in the archive.
request-ledger-inside = Dans l'archive : { $contents }.
# The caption of an app's table; $app is the app's name. App Center is a product name.
request-ledger-caption = Les enregistrements renvoyés par App Center pour { $app }
# Column heads of that table: the kind of records, how many were received from App Center, how
# many are in the archive, how many were left out.
request-ledger-records = Enregistrements
request-ledger-received = Reçus
request-ledger-kept = Dans l'archive
request-ledger-left-out = Exclus
# Under the table when App Center named no file that is missing from the archive.
request-ledger-complete = Tous les fichiers mentionnés par App Center figurent dans l'archive.
