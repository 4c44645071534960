# HOW-TO-OPEN.txt: the one file of a password-protected archive that is not encrypted. It names
# no one (no name, app or test run): only the way in. Plain text, lines of at most 78
# characters; the indented lines keep their indentation.
# Italian: "Estrai i file..." is the label of 7-Zip's Italian context menu.

# This file's name in the archive, in the language of the answer: capital letters (ASCII
# only, no accents), digits and hyphens, no spaces, ending in .txt (tests/engine/toplevel.rs
# checks it).
file-how-to-open = COME-APRIRE.txt

# $readme: the name of the archive's README (file-readme).
how-to-open =
    Questo archivio è protetto da password (cifratura AES-256).

    Tutti i file che contiene, tranne questo, sono cifrati. La password Le è
    stata inviata separatamente, non insieme all'archivio.

    La cifratura protegge il contenuto dei file. Come in qualsiasi archivio zip,
    i nomi dei file, le loro dimensioni e le loro date possono essere letti
    anche senza la password.

    Per aprirlo occorre un programma che supporti i file zip con cifratura AES:

      Windows: 7-Zip (gratuito, https://www.7-zip.org). Faccia clic con il
               pulsante destro del mouse sull'archivio, scelga
               7-Zip > Estrai i file... e digiti la password.
      macOS:   Keka (gratuito, https://www.keka.io) o The Unarchiver
               (gratuito, nell'App Store). Apra l'archivio con uno di questi
               programmi e digiti la password.
      Linux:   7-Zip (il comando 7z, pacchetto p7zip-full o 7zip):
               7z x ARCHIVIO.zip

    Gli strumenti integrati in Windows e macOS non sono in grado di aprire i
    file zip con cifratura AES: segnalano che l'archivio è danneggiato oppure
    chiedono una password che poi rifiutano.

    Una volta aperto l'archivio, inizi da { $readme }: vi troverà spiegato che
    cosa contiene l'archivio e come verificare che nulla al suo interno sia
    stato modificato.
