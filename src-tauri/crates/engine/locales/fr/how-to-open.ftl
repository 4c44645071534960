# HOW-TO-OPEN.txt: the one file of a password-protected archive that is not encrypted. It names
# no one (no name, app or test run): only the way in. Plain text, lines of at most 78
# characters; the indented lines keep their indentation.
# French: 7-Zip shows its context menu in French ("Extraire les fichiers..."). A non-breaking
# space (U+00A0) stands before ":".

# This file's name in the archive, in the language of the answer: capital letters (ASCII
# only, no accents), digits and hyphens, no spaces, ending in .txt (tests/engine/toplevel.rs
# checks it).
file-how-to-open = COMMENT-OUVRIR.txt

# $readme: the name of the archive's README (file-readme).
how-to-open =
    Cette archive est protégée par un mot de passe (chiffrement AES-256).

    Tous les fichiers qu'elle contient, à l'exception de celui-ci, sont chiffrés.
    Le mot de passe vous a été communiqué séparément, et non avec l'archive.

    Le chiffrement porte sur le contenu des fichiers. Comme dans toute archive
    zip, le nom des fichiers, leur taille et leur date peuvent être lus sans le
    mot de passe.

    Pour l'ouvrir, il vous faut un programme qui prend en charge les fichiers
    zip chiffrés en AES :

      Windows : 7-Zip (gratuit, https://www.7-zip.org). Cliquez avec le bouton
                droit sur l'archive, choisissez 7-Zip > Extraire les fichiers...,
                puis saisissez le mot de passe.
      macOS :   Keka (gratuit, https://www.keka.io) ou The Unarchiver (gratuit,
                dans l'App Store). Ouvrez l'archive avec l'un de ces programmes,
                puis saisissez le mot de passe.
      Linux :   7-Zip (commande 7z, paquet p7zip-full ou 7zip) :
                7z x ARCHIVE.zip

    Les outils intégrés à Windows et à macOS ne peuvent pas ouvrir les fichiers
    zip chiffrés en AES : ils indiquent que l'archive est endommagée, ou
    demandent un mot de passe qu'ils refusent ensuite.

    Une fois l'archive ouverte, commencez par { $readme } : il explique ce que
    contient l'archive et comment vérifier que rien n'y a été modifié.
