# HOW-TO-OPEN.txt: the one file of a password-protected archive that is not encrypted. It names
# no one (no name, app or test run): only the way in. Plain text, lines of at most 78
# characters; the indented lines keep their indentation.

# This file's name in the archive, in the language of the answer: capital letters (ASCII
# only, no accents), digits and hyphens, no spaces, ending in .txt (tests/engine/toplevel.rs
# checks it).
file-how-to-open = HOE-TE-OPENEN.txt

# $readme: the name of the archive's README (file-readme).
how-to-open =
    Dit archief is beveiligd met een wachtwoord (AES-256-versleuteling).

    Alle bestanden erin, behalve dit bestand, zijn versleuteld. Het wachtwoord is
    u apart toegestuurd, niet samen met het archief.

    De versleuteling beschermt de inhoud van de bestanden. Zoals bij elk
    zip-archief zijn de namen van de bestanden, hun grootte en hun datum ook
    zonder het wachtwoord leesbaar.

    Om het archief te openen hebt u een programma nodig dat met AES versleutelde
    zip-bestanden ondersteunt:

      Windows: 7-Zip (gratis, https://www.7-zip.org). Klik met de rechtermuisknop
               op het archief, kies 7-Zip > Bestanden uitpakken... en voer het
               wachtwoord in.
      macOS:   Keka (gratis, https://www.keka.io) of The Unarchiver (gratis, in
               de App Store). Open het archief daarmee en voer het wachtwoord in.
      Linux:   7-Zip (de opdracht 7z, pakket p7zip-full of 7zip):
               7z x ARCHIEF.zip

    De ingebouwde hulpmiddelen van Windows en macOS kunnen met AES versleutelde
    zip-bestanden niet openen: ze melden dat het archief beschadigd is, of ze
    vragen om een wachtwoord dat ze daarna weigeren.

    Begin na het openen met { $readme }: daarin leest u wat het archief bevat en
    hoe u kunt controleren dat er niets aan is gewijzigd.
