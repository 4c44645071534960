## What the officer is asked to change when something they gave cannot be recorded: shown
## under the error panel's title ("Something in the form needs a change."). Dates ($date,
## $received) are written YYYY-MM-DD.
##
## French: the words of app.ftl and app-record.ftl ("remise", "consigner", "prolongation",
## "gestionnaire", "registre"). A non-breaking space (U+00A0) stands before ":", ";", "?"
## and "!".

rule-received-in-future = La date de réception ({ $date }) est dans le futur : vérifiez-la.
rule-delivered-in-future = La date de remise ({ $date }) est dans le futur : consignez la remise une fois qu'elle a eu lieu.
rule-delivered-before-received = La date de remise ({ $date }) est antérieure à la réception de la demande ({ $received }) : vérifiez-la.
rule-told-in-future = La date à laquelle la personne concernée a été informée ({ $date }) est dans le futur : consignez la prolongation une fois qu'elle en a été informée.
rule-no-recipient = Indiquez à qui la réponse a été envoyée.
rule-password-in-note = N'écrivez pas ici le mot de passe de l'archive : indiquez seulement comment il a été transmis (par exemple : lu au téléphone).
rule-empty-note = La note est vide.
# $path is a file's place on this computer.
rule-not-a-copy = Ce fichier n'est pas une copie enregistrée pour cette demande : { $path }
rule-copy-changed = Le fichier { $path } n'est plus la copie enregistrée pour cette demande (son contenu a changé depuis) : il a été laissé tel quel.
rule-copy-elsewhere = Le fichier { $path } a été enregistré sur un autre ordinateur, { $computer } : il ne peut être supprimé que là-bas, depuis ACT Export sur cet ordinateur.
rule-nothing-to-review = Cette demande n'a aucune exportation terminée à approuver : exportez d'abord ses données.
rule-own-archive = Vous avez exporté cette archive vous-même : un autre gestionnaire de votre équipe doit l'approuver ou la renvoyer.
rule-no-reason = Indiquez pourquoi l'archive est renvoyée, afin que la personne qui l'a exportée sache quoi modifier.
# $exporter is the officer who exported the archive.
rule-awaiting-approval = Votre équipe fait approuver chaque archive par un autre gestionnaire avant sa remise, et la dernière archive de cette demande (exportée par { $exporter }) n'est pas encore approuvée : demandez à un collègue de l'approuver, puis consignez la remise.
# $reason is what the reviewing officer wrote.
rule-was-sent-back = La dernière archive de cette demande a été renvoyée ({ $reason }) : exportez-la à nouveau, faites approuver la nouvelle archive, puis consignez la remise.
rule-register-address = Indiquez l'adresse du registre telle que l'administrateur de votre équipe vous l'a communiquée : elle commence par postgres:// et désigne la base de données, par exemple postgres://anna@db.example.org/register.
rule-register-password-in-address = N'incluez pas le mot de passe dans l'adresse, saisissez-le dans le champ du mot de passe : l'adresse est mémorisée, le mot de passe ne l'est que dans le trousseau, si vous le demandez.
rule-reminder-days = Choisissez un nombre de jours compris entre 1 et 3650.
rule-password-empty = Le mot de passe est vide.
# $min is the least number of characters (10).
rule-password-too-short = Le mot de passe est trop court : utilisez au moins { $min } caractères (une phrase de passe de plusieurs mots, c'est encore mieux).
