# HOW-TO-OPEN.txt: the one file of a password-protected archive that is not encrypted. It names
# no one (no name, app or test run): only the way in. Plain text, lines of at most 78
# characters; the indented lines keep their indentation.

# This file's name in the archive, in the language of the answer: capital letters (ASCII
# only, no accents), digits and hyphens, no spaces, ending in .txt (tests/engine/toplevel.rs
# checks it).
file-how-to-open = HINWEISE-ZUM-OEFFNEN.txt

# $readme: the name of the archive's README (file-readme).
how-to-open =
    Dieses Archiv ist mit einem Passwort geschützt (AES-256-Verschlüsselung).

    Alle darin enthaltenen Dateien außer dieser sind verschlüsselt. Das Passwort
    wurde Ihnen getrennt vom Archiv zugesandt.

    Verschlüsselt ist der Inhalt der Dateien. Wie bei jedem ZIP-Archiv lassen
    sich die Namen, Größen und Datumsangaben der Dateien ohne Passwort lesen.

    Zum Öffnen benötigen Sie ein Programm, das AES-verschlüsselte ZIP-Dateien
    unterstützt:

      Windows: 7-Zip (kostenlos, https://www.7-zip.org). Klicken Sie mit der
               rechten Maustaste auf das Archiv, wählen Sie
               „7-Zip > Dateien entpacken...“ und geben Sie das Passwort ein.
      macOS:   Keka (kostenlos, https://www.keka.io) oder The Unarchiver
               (kostenlos, im App Store). Öffnen Sie das Archiv damit und
               geben Sie das Passwort ein.
      Linux:   7-Zip (Befehl 7z, Paket p7zip-full oder 7zip):
               7z x ARCHIV.zip

    Die in Windows und macOS integrierten Programme können AES-verschlüsselte
    ZIP-Dateien nicht öffnen: Sie melden, das Archiv sei beschädigt, oder fragen
    nach einem Passwort, das sie dann nicht annehmen.

    Beginnen Sie nach dem Öffnen mit { $readme }: Dort wird erklärt, was das
    Archiv enthält und wie Sie prüfen können, dass darin nichts verändert wurde.
