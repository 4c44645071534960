# HOW-TO-OPEN.txt: the one file of a password-protected archive that is not encrypted. It names
# no one (no name, app or test run): only the way in. Plain text, lines of at most 78
# characters; the indented lines keep their indentation.
#
# Polish: "Wypakuj pliki..." is the label of 7-Zip's Polish context menu (7-Zip 24).

# This file's name in the archive, in the language of the answer: capital letters (ASCII
# only, no accents), digits and hyphens, no spaces, ending in .txt (tests/engine/toplevel.rs
# checks it).
file-how-to-open = JAK-OTWORZYC.txt

# $readme: the name of the archive's README (file-readme).
how-to-open =
    To archiwum jest chronione hasłem (szyfrowanie AES-256).

    Wszystkie znajdujące się w nim pliki, z wyjątkiem tego, są zaszyfrowane.
    Hasło zostało przesłane Państwu osobno, a nie razem z archiwum.

    Szyfrowanie obejmuje zawartość plików. Jak w każdym archiwum zip, nazwy
    plików, ich rozmiary i daty można odczytać bez znajomości hasła.

    Do otwarcia archiwum potrzebny jest program obsługujący pliki zip
    zaszyfrowane metodą AES:

      Windows: 7-Zip (bezpłatny, https://www.7-zip.org). Kliknąć archiwum
               prawym przyciskiem myszy, wybrać 7-Zip > Wypakuj pliki...
               i wpisać hasło.
      macOS:   Keka (bezpłatny, https://www.keka.io) lub The Unarchiver
               (bezpłatny, w App Store). Otworzyć archiwum w jednym z tych
               programów i wpisać hasło.
      Linux:   7-Zip (polecenie 7z, pakiet p7zip-full lub 7zip):
               7z x ARCHIWUM.zip

    Narzędzia wbudowane w systemy Windows i macOS nie otwierają plików zip
    zaszyfrowanych metodą AES: zgłaszają, że archiwum jest uszkodzone, albo
    proszą o hasło, które następnie odrzucają.

    Po otwarciu archiwum prosimy zacząć od pliku { $readme }: wyjaśniono w nim,
    co zawiera archiwum i jak sprawdzić, czy niczego w nim nie zmieniono.
