## The page's static words (ui/index.html): the header, the steps of an export, each screen and
## each dialog, in the order the page has them. Some screens' scripts later replace a text with
## one of their own messages (the same words, or the words for a later state).
##
## Where a sentence has a part in bold or in code (the name of a button, or of a page of App
## Center's site, or a command), the message is the whole sentence with that part in <strong>
## or <code>: keep those marks around the same words in your language's word order (no other
## markup is allowed).
##
## French: the terms of fr/letter.ftl and fr/readme.ftl ("exécution de test", "archive",
## "exportation", "enregistrement", "RGPD", "personne concernée", "autorité de contrôle").
## Buttons are infinitives; the user is "vous". A non-breaking space (U+00A0) stands before
## ":", ";", "?" and "!", and inside « ».

## Header

# A badge beside the app's name while the sample data (not real App Center data) is in use.
page-header-sample-badge = Données d'exemple
# Button: goes to the list of requests.
page-header-requests = Demandes
# Button: ends the connection to App Center.
page-header-disconnect = Se déconnecter

## The steps of an export, shown above the screen while an export is being made

# Read out by screen readers: the name of the list of steps.
page-steps =
    .aria-label = Étapes
page-steps-connect = Se connecter
page-steps-apps = Choisir l'application
page-steps-runs = Choisir les exécutions
page-steps-export = Exporter
# The last step: saving the finished archive.
page-steps-done = Enregistrer

## The error panel (its "Show details" and "Copy details" buttons are in app-errors.ftl)

# Button: closes the error panel.
page-error-close = Fermer
# Shown under an error that stopped an export halfway.
page-error-resumable = Ce qui a été fait est conservé : exportez à nouveau les mêmes exécutions de test pour reprendre là où l'exportation s'est arrêtée.

## Screen: the list of requests

page-requests-title = Demandes
# Button: starts an export that answers no request (e.g. to look around).
page-requests-quick-export = Exporter sans demande
# Button: opens the dialog to record a new request for a copy of someone's data.
page-requests-new = Nouvelle demande

# Shown when there are no requests yet. The bold names are those of the buttons.
page-requests-empty = <strong>Aucune demande pour l'instant.</strong> Lorsqu'un client ou une personne demande une copie de ses données, choisissez <strong>{ page-requests-new }</strong> : ACT Export calcule la date à laquelle la réponse est due, et garde une trace de l'exportation et de sa remise.
page-requests-empty-hint = Pour découvrir l'application d'abord, choisissez <strong>{ page-requests-quick-export }</strong>, puis <strong>{ page-connect-try-sample }</strong>.

# Read out by screen readers: the name of the two choices that follow (requests of the team's
# register: those assigned to me, or all).
page-requests-whose = Quelles demandes
page-requests-whose-mine = Attribuées à moi
page-requests-whose-all = Toutes
# The label of the search field above the list of requests.
page-requests-search = Rechercher
page-requests-search-input =
    .placeholder = Référence ou personne concernée
# Read out by screen readers: the table of requests.
page-requests-table-caption = Demandes, par échéance la plus proche
# The columns of the table of requests.
page-requests-col-reference = Référence
# The person or client whose data was asked for.
page-requests-col-subject = Personne concernée
# The date the request was received.
page-requests-col-received = Reçue le
# When the answer is due.
page-requests-col-due = Échéance
# How far the request has got (e.g. "overdue by 3 days", "answered on time").
page-requests-col-standing = Avancement
# The officer who handles the request.
page-requests-col-assignee = Attribuée à

# A section that opens when clicked: the organisation's details for the cover letter that opens
# every archive.
page-requests-letter-title = Votre organisation, pour la lettre d'accompagnement
page-requests-letter-hint = Chaque archive s'ouvre sur une lettre adressée à la personne qui a fait la demande : ce qui a été examiné, ce qui est inclus, ce qui a été exclu et pourquoi, et ce que la loi (article 15 du RGPD) impose de lui communiquer. Remplissez ces champs une seule fois ; les textes ci-dessous sont des suggestions adaptées aux données de test d'un service de test d'applications mobiles, et chacun peut être modifié. Ces informations sont conservées sur cet ordinateur.
# The choice of the language whose texts the form shows and saves, followed by a list of the
# languages, each named in itself ("Deutsch", "Français").
page-requests-letter-language = Textes des lettres rédigées en
page-requests-letter-language-hint = (les lettres rédigées dans chaque langue reprennent les textes enregistrés pour celle-ci ; pour une langue sans textes enregistrés, le formulaire montre ceux que ses lettres utilisent)
# The labels of the letter's fields (the data controller's details that GDPR Art. 15 requires).
page-requests-letter-controller = Votre organisation (responsable du traitement)
page-requests-letter-contact = Comment la personne concernée peut vous joindre au sujet de cette réponse
page-requests-letter-dpo = Votre délégué à la protection des données (facultatif)
page-requests-letter-purposes = Pourquoi vous détenez ces données
page-requests-letter-categories = Quels types de données
page-requests-letter-recipients = Qui les a reçues
page-requests-letter-retention = Combien de temps vous les conservez
page-requests-letter-source = D'où elles proviennent
page-requests-letter-automated-decisions = Décisions automatisées
page-requests-letter-transfers = Transferts hors de l'EEE et garanties appropriées
page-requests-letter-authority = L'autorité de contrôle auprès de laquelle introduire une réclamation
# Label of the field for who signs the letter (a name, a team).
page-requests-letter-signature = Signataire de la lettre
# Button: saves the letter's details.
page-requests-letter-save = Enregistrer

# A section that opens when clicked: where the record of requests (the journal) is kept.
page-requests-journal-title = Le registre sur cet ordinateur
# Pieces of a paragraph, in this order: this piece, a space, the journal's file path (in a
# fixed-width font), a full stop, a space, the next piece.
page-requests-journal-where = Chaque demande et tout ce qui a été fait pour elle sont conservés sur cet ordinateur, dans un journal que personne ne peut modifier sans que cela soit détecté :
# "act-export" is the command's name: never translated.
page-requests-journal-command = La commande <code>act-export</code> affiche les mêmes demandes.
# The last sentence of the paragraph above.
page-requests-journal-length = Cet ordinateur note également, dans un autre dossier, la longueur du journal à chaque écriture : la vérification signale si le journal a été supprimé, tronqué ou remplacé.
# A checkbox, for a team that shares a register.
page-requests-approval-rule = Double contrôle : un autre gestionnaire approuve chaque archive avant que sa remise soit consignée (pour toute l'équipe)
# The title of a form to keep the record in a PostgreSQL database shared by the privacy team.
page-requests-register-title = Utiliser le registre de l'équipe (PostgreSQL)
page-requests-register-hint = L'équipe chargée de la protection des données tient un registre commun : chaque gestionnaire voit toutes les demandes et qui les traite, et chaque événement indique qui l'a écrit. Votre administrateur vous communique son adresse et votre identifiant.
page-requests-register-address = Adresse du registre
page-requests-register-password = Votre mot de passe pour ce registre (si votre identifiant en a un)
# A checkbox.
page-requests-register-remember = Mémoriser le mot de passe dans le trousseau de cet ordinateur
# Button.
page-requests-register-use = Se connecter et l'utiliser
# Button: stops using the team's register.
page-requests-register-leave = Tenir plutôt le registre sur cet ordinateur
# Button: checks that the journal was not changed, cut short or replaced.
page-requests-journal-check = Vérifier le journal
# A setting in one line: this label, a field for a number of days, then the word of
# page-requests-remind-days. The number varies: "days" is for any number of days above one.
page-requests-remind = Me rappeler les copies enregistrées depuis plus de
page-requests-remind-days = jours
# Button: saves the number of days.
page-requests-remind-save = Enregistrer

## Screen: one request

# Button: back to the list of requests (the arrow points left).
page-request-back = ← Demandes
# Button: the archive may be delivered (a second officer approves it).
page-request-approve = Approuver pour la remise
# Button: the archive needs changes before it is delivered.
page-request-send-back = Renvoyer
# A button that looks like a link: opens the archive's letter and ledger.
page-request-papers = Lire la lettre et le récapitulatif
# Label of the choice of language the answer (letter and archive) is written in.
page-request-language = Langue de la réponse
# The request's buttons.
page-request-export = Exporter les données de cette demande
page-request-deliver = Consigner la remise
page-request-extend = Prolonger le délai
page-request-note = Ajouter une note
# Gives the request to an officer of the team.
page-request-assign = Attribuer
page-request-close = Clôturer la demande
# Headings.
page-request-copies = Copies enregistrées
page-request-history = Historique

## Screen: connect to App Center

page-connect-title = Se connecter à App Center
page-connect-intro = ACT Export lit vos données App Center Test à l'aide d'un jeton d'API. Collez le vôtre ci-dessous, ou découvrez d'abord l'application avec des données d'exemple.
page-connect-token = Jeton d'API
# Button: shows the token typed in the field (otherwise hidden like a password).
page-connect-token-show = Afficher
# Button: pastes the token from the clipboard.
page-connect-token-paste = Coller
page-connect-token-help = Le jeton est envoyé uniquement à l'adresse de l'API, jamais ailleurs.
# A section that opens when clicked: the steps to get a token on App Center's site.
page-connect-token-where = Où obtenir un jeton ?
# The steps to make a token on App Center's site. The bold names are as App Center's site shows
# them (in English).
page-connect-step-account = Connectez-vous à App Center et ouvrez <strong>Account settings</strong> (paramètres du compte).
page-connect-step-tokens = Choisissez <strong>User API tokens</strong> (ou, pour une seule application, <strong>Settings > App API tokens</strong> dans cette application).
page-connect-step-new = Choisissez <strong>New API token</strong>, donnez-lui un nom et sélectionnez <strong>Read only</strong> (lecture seule) : c'est le choix le plus sûr, et c'est tout ce dont ACT Export a besoin.
# Step 4.
page-connect-step-copy = Copiez le jeton (il n'est affiché qu'une seule fois) et collez-le ici.
# A section that opens when clicked: the API address.
page-connect-advanced = Options avancées
page-connect-address = Adresse de l'API
page-connect-address-help = Ne la modifiez que si votre organisation vous l'a demandé.
# A checkbox.
page-connect-remember = Mémoriser ce jeton sur cet ordinateur
page-connect-saved-token = Un jeton est enregistré sur cet ordinateur.
# Buttons beside the sentence above.
page-connect-use-saved = Se connecter avec le jeton enregistré
page-connect-forget = L'oublier
# Button: connects with the token typed.
page-connect-connect = Se connecter
# Button: uses made-up sample data instead of App Center.
page-connect-try-sample = Essayer avec des données d'exemple

## Screen: choose the app

page-apps-title = Choisir l'application
# Label of a search, in every app at once, for the test runs of a client.
page-apps-find = Rechercher les exécutions de test d'un client dans toutes les applications
# "contoso-" is an example of the start of a test series' name.
page-apps-find-input =
    .placeholder = Série de tests ou texte, par exemple contoso-
# Button: starts the search.
page-apps-find-go = Rechercher
# Read out by screen readers: the list of apps the search found.
page-apps-found-list =
    .aria-label = Applications ayant des exécutions de test correspondantes
# Label of the search field above the list of apps.
page-apps-search = Ou choisissez l'application
page-apps-search-input =
    .placeholder = Nom ou propriétaire de l'application
# Read out by screen readers: the list of apps.
page-apps-list =
    .aria-label = Applications

## Screen: choose the test runs

# Button: back to the list of apps (the arrow points left).
page-runs-back = ← Applications
page-runs-title = Choisir les exécutions de test du client
# Button: shows the letter the archive will open with.
page-runs-preview-letter = Prévisualiser la lettre
# Button: adds the test runs of another app to the same export.
page-runs-add-app = Ajouter une autre application…
# Followed by a list of the other apps in the export and their test runs.
page-runs-other-apps = Également dans cette exportation :
# Read out by screen readers: the list above.
page-runs-other-apps-list =
    .aria-label = Autres applications de cette exportation
page-runs-scope = Étendue de l'exportation
page-runs-scope-runs = Uniquement les exécutions de test que je sélectionne (données d'un seul client)
page-runs-scope-app = L'application entière (données de tous les clients)
# The filters above the table of test runs.
page-runs-filter-series = Série de tests
# The choice of the filter above that shows every test series.
page-runs-filter-all-series = Toutes les séries
# Label of a date field: the first day shown.
page-runs-filter-from = Du
# Label of a date field: the last day shown.
page-runs-filter-to = Au
page-runs-filter-search = Rechercher
page-runs-filter-search-input =
    .placeholder = Version, résultat, identifiant d'exécution
# Button: selects every test run the table shows.
page-runs-select-shown = Sélectionner les exécutions affichées
# Button: unselects every test run.
page-runs-clear = Tout désélectionner
# A checkbox.
page-runs-protect = Protéger l'archive par un mot de passe
# Read out by screen readers: the table of test runs.
page-runs-table-caption = Exécutions de test de l'application
# Read out by screen readers: the column of checkboxes.
page-runs-col-selected = Sélectionnée
# The columns of the table of test runs.
page-runs-col-date = Date
page-runs-col-series = Série de tests
page-runs-col-version = Version de l'application
page-runs-col-platform = Plateforme
page-runs-col-result = Résultat
# Followed by the suggested password for the archive.
page-runs-password = Mot de passe :
# Button: suggests another password.
page-runs-password-another = Un autre
# Button: copies the password.
page-runs-password-copy = Copier
# Button: opens a dialog to type one's own password.
page-runs-password-own = Utiliser le mien…
# Label of the field for the name of the client or person whose data is exported.
page-runs-subject = À qui appartiennent ces données ?
page-runs-subject-hint = (facultatif, indiqué dans l'archive)
# "Contoso Ltd" is a made-up company.
page-runs-subject-input =
    .placeholder = Par exemple : Contoso SA
page-runs-selected-none = Aucune exécution de test sélectionnée
# Button: starts the export.
page-runs-export = Exporter

## Screen: exporting

page-export-title = Exportation en cours
# What the export is doing: at first, starting.
page-export-starting = Démarrage
# Button: stops the export.
page-export-cancel = Annuler

## Screen: the archive is ready

page-done-title = L'archive est prête
# Under the archive's icon, which can be dragged to a folder; "Save as" is the button below.
page-done-drag = Faites-la glisser vers un dossier, ou utilisez Enregistrer sous
# Buttons.
page-done-save = Enregistrer sous…
page-done-show-folder = Afficher dans le dossier
page-done-deliver = Consigner la remise
page-done-another = Lancer une autre exportation
# Followed by the archive's password.
page-done-password = Mot de passe :
# Button: copies the password.
page-done-copy = Copier
page-done-password-hint = ACT Export ne le conserve pas : copiez-le maintenant, et transmettez-le séparément de l'archive (par exemple, en le lisant au téléphone). Pour ouvrir l'archive, la personne a besoin d'un outil gratuit comme 7-Zip (Windows), Keka ou The Unarchiver (Mac) : les outils intégrés à Windows et à macOS ne peuvent pas ouvrir une archive protégée de cette manière. Une note placée à côté des fichiers chiffrés le précise.

## Dialog: stop the export?

page-cancel-title = Arrêter l'exportation ?
page-cancel-text = Rien ne sera enregistré. Vous pourrez recommencer à tout moment.
# Button: closes the dialog, the export goes on.
page-cancel-keep-going = Poursuivre l'exportation
# Button: stops the export.
page-cancel-confirm = Arrêter l'exportation

## Dialog: a new request

page-new-request-title = Nouvelle demande
# Label of the field for the request's reference; its hint follows in a lighter font.
page-new-request-reference = Référence
page-new-request-reference-hint = (votre numéro de ticket ou de courrier)
# Label of the field for whose data is asked for.
page-new-request-subject = Personne concernée
page-new-request-subject-hint = (le client ou la personne qui a fait la demande)
page-new-request-right = Objet de la demande
# The two choices of the field above.
page-new-request-right-access = Une copie de ses données (droit d'accès, art. 15)
page-new-request-right-portability = Ses données, pour les transmettre ailleurs (droit à la portabilité des données, art. 20)
page-new-request-language = Langue de la réponse
page-new-request-language-hint = (la lettre d'accompagnement et les explications de l'archive sont rédigées dans cette langue)
page-new-request-received = Date de réception
page-new-request-due-hint = La réponse est due un mois après la date de réception (article 12, paragraphe 3, du RGPD), ou le jour ouvrable suivant si ce jour tombe un samedi ou un dimanche. ACT Export ne connaît pas les jours fériés : vérifiez-les vous-même.
page-new-request-cancel = Annuler
# Button: records the request and opens its page.
page-new-request-open = Ouvrir la demande

## Dialog: record the delivery of the archive

page-deliver-title = Consigner la remise
page-deliver-channel = Mode d'envoi
# The choices of the field above.
page-deliver-channel-email = Par e-mail
page-deliver-channel-portal = Via un portail
page-deliver-channel-post = Par courrier
page-deliver-channel-other = Par un autre moyen
# Label of the field for who received the archive.
page-deliver-recipient = Destinataire
page-deliver-recipient-input =
    .placeholder = Nom ou adresse
# Label of the date field: the day it was delivered.
page-deliver-on = Date de remise
page-deliver-password = Mode de transmission du mot de passe
page-deliver-password-hint = (uniquement si l'archive en avait un ; jamais le mot de passe lui-même)
page-deliver-password-input =
    .placeholder = Par exemple : lu au téléphone
page-deliver-cancel = Annuler
# Button: records the delivery.
page-deliver-record = Consigner

## Dialog: extend the deadline

page-extend-title = Prolonger le délai
page-extend-hint = L'article 12, paragraphe 3, du RGPD permet de prolonger le délai de deux mois pour les demandes complexes ou nombreuses, à condition d'en informer la personne concernée, avec les motifs, dans le premier mois.
page-extend-months = Nombre total de mois supplémentaires
# The choices of the field above: $count is 1 or 2.
page-extend-months-option =
    { $count ->
        [one] { $count } mois
       *[other] { $count } mois
    }
# Label of the date field: the day the requester was told of the extension.
page-extend-told = Personne concernée informée le
# Label of the field for the reason of the extension.
page-extend-reason = Motif
page-extend-cancel = Annuler
# Button: extends the deadline.
page-extend-save = Prolonger

## Dialog: add a note

page-note-title = Ajouter une note
page-note-text = Note
page-note-text-hint = (conservée définitivement dans le journal : aucune donnée à caractère personnel au-delà du strict nécessaire)
page-note-cancel = Annuler
# Button: adds the note.
page-note-save = Ajouter

## Dialog: assign the request

page-assign-title = Attribuer la demande
page-assign-officer = Au gestionnaire
page-assign-officer-hint = (dans le registre de l'équipe : son identifiant dans ce registre)
page-assign-cancel = Annuler
# Button: assigns the request.
page-assign-save = Attribuer

## Dialog: send the archive back (not approved)

page-send-back-title = Renvoyer l'archive
# Label of the field for the reason.
page-send-back-reason = Motif
page-send-back-reason-hint = (la personne qui l'a exportée le lira ; conservé dans le journal)
page-send-back-cancel = Annuler
# Button: sends the archive back.
page-send-back-save = Renvoyer

## Dialog: the preview of the cover letter

page-letter-title = La lettre qui ouvre l'archive
# Names the section "Your organisation, for the cover letter" of the Requests screen.
page-letter-hint = Un aperçu : les décomptes sont établis lors de l'exportation. Les informations de votre organisation se trouvent sous « { page-requests-letter-title } » dans l'écran Demandes.
page-letter-close = Fermer

## Dialog: the letter and the ledger an export recorded, for the approving officer

page-papers-title = Ce que la personne concernée recevra
page-papers-hint = La lettre de l'archive et son récapitulatif, tels que l'exportation les a consignés dans le journal : ce qu'App Center a renvoyé, ce que contient l'archive et ce qui a été exclu. Les données elles-mêmes se trouvent uniquement dans l'archive.
# Headings.
page-papers-letter = La lettre
# The ledger: the list of what App Center returned, what was kept and what was left out.
page-papers-ledger = Le récapitulatif
page-papers-close = Fermer

## Dialog: use my own password for the archive

page-own-password-title = Utiliser mon propre mot de passe
page-own-password = Mot de passe
page-own-password-hint = (au moins 10 caractères ; plusieurs mots, c'est encore mieux)
page-own-password-cancel = Annuler
# Button: uses the password typed.
page-own-password-use = L'utiliser

## Dialog: the password of an unfinished export

page-password-title = Saisissez le mot de passe de l'archive
page-password-text = Cette exportation a été protégée par un mot de passe. Saisissez le même mot de passe pour la poursuivre ; avec un autre, l'archive est recommencée avec ce nouveau mot de passe.
page-password-label = Mot de passe
page-password-cancel = Annuler
# Button.
page-password-continue = Poursuivre l'exportation

## Dialog: a yes/no question (its title, text and "yes" button come from the screen that asks)

# Button: the "no" answer, which keeps what the question was about (e.g. a copy or a request).
page-confirm-keep = Conserver

## Footer

# Shown until the app's version is known.
page-footer-version = Chargement de la version…
# The label of the choice of the language the app speaks, at the right of the footer (its
# options are the languages, each named in itself, and the one below).
page-footer-language = Langue de l'application
# The first option of that choice: follow the computer's settings. $language is the language
# they give, named in itself ("Deutsch").
page-footer-language-system = Système ({ $language })
