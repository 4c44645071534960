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

## What the check of the journal found (the Requests screen, "The record on this computer").
## $seq is an event's number, or how many events the journal had; $on the day this computer
## last wrote the journal; $now how many events it has now. Each is one sentence of its own;
## the screen adds what to do.

shell-journal-changed = El evento { $seq } ya no es como se escribió.
shell-journal-missing =
    { $seq ->
        [one] No se encuentra el diario: tenía { $seq } evento cuando este ordenador lo escribió por última vez, el { $on }.
       *[other] No se encuentra el diario: tenía { $seq } eventos cuando este ordenador lo escribió por última vez, el { $on }.
    }
shell-journal-missing-archived =
    { $seq ->
        [one] No se encuentra el diario: tenía { $seq } evento cuando se creó el archivo comprimido.
       *[other] No se encuentra el diario: tenía { $seq } eventos cuando se creó el archivo comprimido.
    }
shell-journal-shorter =
    { $seq ->
        [one] El diario es más corto que antes: tenía { $seq } evento cuando este ordenador lo escribió por última vez, el { $on }, y ahora tiene { $now }: se han eliminado eventos del final.
       *[other] El diario es más corto que antes: tenía { $seq } eventos cuando este ordenador lo escribió por última vez, el { $on }, y ahora tiene { $now }: se han eliminado eventos del final.
    }
shell-journal-replaced =
    { $seq ->
        [one] El diario no es el que escribió este ordenador: su identidad es distinta (el último diario que escribió este ordenador tenía { $seq } evento, el { $on }).
       *[other] El diario no es el que escribió este ordenador: su identidad es distinta (el último diario que escribió este ordenador tenía { $seq } eventos, el { $on }).
    }
shell-journal-replaced-archived = El diario no es aquel con el que se creó el archivo comprimido: su identidad es distinta.
shell-journal-rewritten = El diario se ha reescrito: el evento { $seq } no es el que este ordenador escribió el { $on } (su suma de verificación es distinta).
