## Texts the app makes for its screens besides the record's: a password's strength, an
## unfinished export begun anew.

# How strong a password for the archive is, shown under the password field as it is typed.
# $problem says why it cannot be used (one of the shell-password-* texts below).
shell-strength-unusable = No se puede usar: { $problem }.
shell-strength-weak = Débil: podría adivinarse. Use la frase de contraseña sugerida u otra más larga.
shell-strength-fair = Aceptable: con unas pocas palabras o caracteres más será robusta.
shell-strength-strong = Robusta.
shell-password-empty = la contraseña está vacía
# $min is the least number of characters a password must have.
shell-password-too-short =
    { $min ->
        [one] la contraseña es demasiado corta: use al menos { $min } carácter (lo mejor es una frase de contraseña de varias palabras)
       *[other] la contraseña es demasiado corta: use al menos { $min } caracteres (lo mejor es una frase de contraseña de varias palabras)
    }

# Said on the Done screen when an unfinished export could not be continued as it was.
shell-begun-anew-other-account = La exportación sin terminar de estas ejecuciones de prueba se había iniciado con otra cuenta de App Center: no se ha conservado nada de ella y la exportación se ha empezado de nuevo con esta cuenta.
shell-begun-anew-other-password = La contraseña no es la misma con la que se inició la exportación sin terminar: su archivo comprimido se ha empezado de nuevo y los ficheros que ya contenía se han vuelto a descargar.
