# HOW-TO-OPEN.txt: the one file of a password-protected archive that is not encrypted. It names
# no one (no name, app or test run): only the way in. Plain text, lines of at most 78
# characters; the indented lines keep their indentation.

# This file's name in the archive, in the language of the answer: capital letters (ASCII
# only, no accents), digits and hyphens, no spaces, ending in .txt (tests/engine/toplevel.rs
# checks it).
file-how-to-open = HOW-TO-OPEN.txt

# $readme: the name of the archive's README (file-readme).
how-to-open =
    This archive is protected with a password (AES-256 encryption).

    Every file in it except this one is encrypted. The password was sent to you
    separately, not with the archive.

    The encryption covers what the files hold. As in any zip archive, the names
    of the files, their sizes and their dates can be read without the password.

    To open it you need a program that supports AES-encrypted zip files:

      Windows: 7-Zip (free, https://www.7-zip.org). Right-click the archive,
               choose 7-Zip > Extract files..., and type the password.
      macOS:   Keka (free, https://www.keka.io) or The Unarchiver (free, in the
               App Store). Open the archive with it and type the password.
      Linux:   7-Zip (the 7z command, package p7zip-full or 7zip):
               7z x ARCHIVE.zip

    The tools built into Windows and macOS cannot open AES-encrypted zip files:
    they say the archive is damaged or ask for a password they then refuse.

    Once opened, start with { $readme }: it explains what the archive holds and
    how to check that nothing in it was changed.
