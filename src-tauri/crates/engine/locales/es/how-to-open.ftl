# HOW-TO-OPEN.txt: the one file of a password-protected archive that is not encrypted. It names
# no one (no name, app or test run): only the way in. Plain text, lines of at most 78
# characters; the indented lines keep their indentation.
#
# Spanish: "Extraer archivos..." is the label of current 7-Zip releases (24.x; older
# ones showed "Extraer ficheros...").

# This file's name in the archive, in the language of the answer: capital letters (ASCII
# only, no accents), digits and hyphens, no spaces, ending in .txt (tests/engine/toplevel.rs
# checks it).
file-how-to-open = COMO-ABRIR.txt

# $readme: the name of the archive's README (file-readme).
how-to-open =
    Este archivo comprimido está protegido con una contraseña (cifrado AES-256).

    Todos los ficheros que contiene, salvo este, están cifrados. La contraseña se
    le ha enviado por separado, no junto con el archivo comprimido.

    El cifrado protege el contenido de los ficheros. Como en cualquier archivo
    zip, los nombres de los ficheros, su tamaño y su fecha pueden leerse sin la
    contraseña.

    Para abrirlo necesita un programa compatible con ficheros zip cifrados con
    AES:

      Windows: 7-Zip (gratuito, https://www.7-zip.org). Haga clic con el botón
               derecho en el archivo comprimido, elija 7-Zip > Extraer archivos...
               e introduzca la contraseña.
      macOS:   Keka (gratuito, https://www.keka.io) o The Unarchiver (gratuito,
               en la App Store). Abra el archivo comprimido con uno de ellos e
               introduzca la contraseña.
      Linux:   7-Zip (el comando 7z, paquete p7zip-full o 7zip):
               7z x ARCHIVO.zip

    Las herramientas integradas en Windows y macOS no pueden abrir ficheros zip
    cifrados con AES: indican que el archivo comprimido está dañado o piden una
    contraseña que luego rechazan.

    Una vez abierto, empiece por { $readme }: en él se explica qué contiene el
    archivo comprimido y cómo comprobar que no se ha modificado nada en él.
