## The error table: how each error the app sends is shown (ui/js/errors.js names these
## messages per code). A title says what happened; its "-next" message says what to do next. A
## code without a "-next" message shows the app's own explanation instead.
##
## French: the names of buttons and sections are those of app.ftl ("Options avancées",
## "Enregistrer sous", "Le registre sur cet ordinateur", "Demandes"). A non-breaking space
## (U+00A0) stands before ":", ";", "?" and "!", and inside « ».

error-unauthorized = Ce jeton n'a pas été accepté.
error-unauthorized-next = Vérifiez que vous l'avez copié en entier, ou créez-en un nouveau.
error-forbidden = Ce jeton ne permet pas de lire ces données.
error-forbidden-next = Utilisez le jeton d'une personne qui a accès à l'application, ou demandez l'accès au propriétaire de l'application.
error-not-found = App Center n'a pas trouvé cet élément.
error-not-found-next = Il a peut-être été supprimé. Choisissez de nouveau l'application.
error-rate-limited = App Center nous a demandé de ralentir, à de nombreuses reprises.
error-rate-limited-next = Patientez quelques minutes, puis réessayez.
error-server = App Center a rencontré un problème.
error-server-next = Patientez un instant, puis réessayez.
error-network = Impossible de joindre App Center.
error-network-next = Vérifiez votre connexion Internet et l'adresse de l'API sous Options avancées, puis réessayez.
error-invalid-response = La réponse ne ressemblait pas à celle d'App Center.
error-invalid-response-next = Vérifiez l'adresse de l'API sous Options avancées.
error-invalid-address = L'adresse de l'API n'est pas valide.
error-invalid-settings = Un paramètre n'est pas valide.
error-token-missing = Aucun jeton pour l'instant.
error-token-missing-next = Collez votre jeton d'API App Center, ou essayez les données d'exemple.
error-keychain = Le trousseau de l'ordinateur n'a pas pu être utilisé.
error-keychain-next = Collez plutôt le jeton.
error-sample-server = Les données d'exemple n'ont pas pu être démarrées.
error-sample-server-next = Redémarrez ACT Export et réessayez.
error-not-connected = Vous n'êtes pas connecté.
error-not-connected-next = Reconnectez-vous à App Center.
error-unknown-run = L'une des exécutions de test sélectionnées n'existe plus.
error-unknown-run-next = Rechargez les exécutions de test de l'application et refaites votre sélection.
error-nothing-selected = Aucune exécution de test n'est sélectionnée.
error-nothing-selected-next = Sélectionnez les exécutions de test du client, ou choisissez l'application entière.
error-cancelled = L'exportation a été arrêtée.
error-cancelled-next = Rien n'a été enregistré. Vous pouvez recommencer quand vous le souhaitez.
error-disk-full = L'espace disque disponible est insuffisant.
error-disk-full-next = Libérez de l'espace, ou enregistrez sur un autre disque.
error-destination-not-writable = L'archive ne peut pas être enregistrée à cet emplacement.
error-destination-not-writable-next = Choisissez un autre dossier.
error-destination-is-directory = Il s'agit d'un dossier, et non d'un nom de fichier.
error-destination-is-directory-next = Choisissez un nom de fichier pour l'archive.
error-destination-missing = Ce dossier n'existe pas.
error-destination-missing-next = Choisissez un autre dossier.
error-write-failed = L'archive n'a pas pu être écrite.
error-write-failed-next = Vérifiez l'espace disque disponible et réessayez.
error-local-write = Un fichier téléchargé n'a pas pu être écrit sur cet ordinateur.
error-local-write-next = Libérez de l'espace disque et réessayez.
error-no-archive = Aucune exportation terminée.
error-no-archive-next = Exportez à nouveau.
error-not-saved = L'archive n'est pas encore enregistrée.
error-not-saved-next = Choisissez d'abord Enregistrer sous.
error-open-folder = Le dossier n'a pas pu être ouvert.
error-open-folder-next = Ouvrez-le vous-même : son chemin est indiqué ci-dessous.
error-drag = Le glisser-déposer n'a pas démarré.
error-drag-next = Utilisez plutôt Enregistrer sous.
error-export-running = Une exportation est déjà en cours.
error-export-running-next = Attendez qu'elle se termine, ou annulez-la d'abord.
error-unfinished-differs = Une autre exportation inachevée fait obstacle.
error-unfinished-differs-next = Poursuivez-la ou abandonnez-la depuis la liste des exportations inachevées.
error-nothing-to-resume = Cette exportation inachevée n'existe plus.
error-nothing-to-resume-next = Exportez à nouveau les exécutions de test.
error-staging-busy = Cette exportation est déjà en cours ailleurs.
error-staging-busy-next = Une autre instance d'ACT Export, ou la commande act-export, y travaille. Attendez qu'elle se termine, ou arrêtez-la, puis réessayez.
error-changed-at-source = Les données d'App Center ont changé depuis le début de cette exportation.
error-changed-at-source-next = Exportez à nouveau : l'exportation repart de zéro avec ce que contient App Center à présent.
error-cache = Le dossier privé de l'application pour les archives non enregistrées ne peut pas être utilisé.
error-cache-next = Vérifiez l'espace disque disponible, puis redémarrez ACT Export.
error-journal-storage = Le registre de vos demandes ne peut pas être ouvert ou écrit.
error-journal-storage-next = Vérifiez l'espace disque disponible et que le dossier de données de l'application est accessible en écriture, puis réessayez.
error-register-unavailable = Le registre de l'équipe ne peut pas être utilisé pour le moment.
error-register-unavailable-next = Les détails en indiquent la raison. Vérifiez l'adresse du registre et votre mot de passe sous « Le registre sur cet ordinateur » dans l'écran Demandes, ainsi que le réseau, ou contactez l'administrateur du registre. Rien n'a été écrit.
error-journal-too-new = Le registre de vos demandes a été écrit par une version plus récente d'ACT Export.
error-journal-too-new-next = Installez cette version d'ACT Export pour l'ouvrir.
error-invalid-input = Un élément du formulaire doit être modifié.
error-case-exists = Une demande portant cette référence existe déjà.
error-case-exists-next = Choisissez une autre référence, ou ouvrez la demande existante depuis la liste.
error-case-not-found = Cette demande ne figure pas dans le registre.
error-case-not-found-next = Revenez à la liste des demandes et choisissez-la de nouveau.
error-journal-moved = D'autres gestionnaires travaillaient sur cette demande au même moment.
error-journal-moved-next = Rien n'a été consigné. Consultez de nouveau la demande (sa page indique ce qu'ils ont fait), puis réessayez.
error-copy-not-found = Ce fichier n'est pas une copie enregistrée pour cette demande.
error-copy-not-found-next = Revenez à la demande et réessayez.
error-internal-error = ACT Export n'a pas pu effectuer cette opération sur cet ordinateur.
error-internal-error-next = Redémarrez ACT Export et réessayez. Si le problème persiste, copiez les détails pour votre service informatique.
error-password-needed = Cette exportation a été protégée par un mot de passe.
error-password-needed-next = Saisissez le mot de passe pour la poursuivre.
error-delete-failed = La copie locale n'a pas pu être supprimée.
error-delete-failed-next = Fermez tout programme qui l'a ouverte, puis réessayez, ou supprimez-la vous-même.
error-approval-needed = Cette archive n'est pas encore approuvée pour la remise.
error-copy-changed = Ce fichier n'est plus la copie enregistrée pour cette demande.
error-copy-changed-next = Une autre archive a été enregistrée par-dessus, ou il a été modifié : il a été laissé tel quel. Vérifiez-le avant de le supprimer vous-même.

error-no-app = Cette page doit s'exécuter dans l'application ACT Export.
error-internal = Une erreur s'est produite.
error-internal-next = Réessayez. Si le problème persiste, copiez les détails pour votre service informatique.

## The error panel's buttons.

error-show-details = Afficher les détails
error-hide-details = Masquer les détails
error-copy-details = Copier les détails
error-copied = Copié
error-copy-failed = Échec de la copie

## What a screen reader is told when the panel shows an error (the panel itself is not read out
## as it opens).

# $title says what happened, $next what to do next; both are sentences.
error-announced = { $title } { $next }
