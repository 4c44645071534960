## The record of requests as the app shows it to the officer: where a request stands, its
## history line by line, the second pair of eyes. Dates arrive as words already made in the
## language ($received, $due, $on, $told-on).

# The right the requester exercises (GDPR Art. 15 or 20), in a list and on the request's page.
record-right-access = derecho de acceso (art. 15)
record-right-portability = derecho a la portabilidad de los datos (art. 20)

# A request's status, a column of the list of requests.
record-status-open = abierta
record-status-answered = respondida
record-status-closed = cerrada

# Where a request stands today, beside its due date.
record-answered-on-time = respondida en plazo
record-answered-late =
    { $days ->
        [one] respondida con { $days } día de retraso
       *[other] respondida con { $days } días de retraso
    }
record-closed-unanswered = cerrada sin respuesta
record-due-today = vence hoy
record-days-left =
    { $days ->
        [one] queda { $days } día
       *[other] quedan { $days } días
    }
record-overdue =
    { $days ->
        [one] plazo vencido hace { $days } día
       *[other] plazo vencido hace { $days } días
    }
# The deadline was extended (GDPR Art. 12(3)) by $months further months in all.
record-extension =
    { $months ->
        [one] Prorrogado { $months } mes; se informó al interesado el { $told-on }: { $reason }
       *[other] Prorrogado { $months } meses; se informó al interesado el { $told-on }: { $reason }
    }
# When the request was answered ($on, a date) and whether on time ($timeliness, one of the
# record-answered-* texts above).
record-answered = { $on }, { $timeliness }

# How the answer reached the requester.
record-channel-email = por correo electrónico
record-channel-portal = a través de un portal
record-channel-post = por correo postal
record-channel-other = por otro medio

## The second pair of eyes, on the request's page.

record-approved = Su último archivo comprimido está aprobado para la entrega.
record-sent-back = Su último archivo comprimido se devolvió y no debe entregarse: { $reason }. Vuelva a exportar para obtener un nuevo archivo comprimido.
record-waiting-yours = Pendiente de la aprobación de otro miembro del equipo: usted exportó su último archivo comprimido.
record-waiting = Pendiente de la aprobación de un miembro del equipo distinto de { $exporter }, que exportó su último archivo comprimido: usted puede aprobarlo o devolverlo.
# Said of the exporter when the record does not name them.
record-a-colleague = un compañero

## The history of a request, one line per event.

history-case-opened = Solicitud abierta: datos de { $subject }, { $right }, recibida el { $received }, vence el { $due }
history-extended =
    { $months ->
        [one] Plazo prorrogado { $months } mes (se informó al interesado el { $told-on }: { $reason }); ahora vence el { $due }
       *[other] Plazo prorrogado { $months } meses (se informó al interesado el { $told-on }: { $reason }); ahora vence el { $due }
    }
history-note = Nota: { $note }
history-export-started-all = Exportación iniciada: { $app }, todas las ejecuciones de prueba
history-export-started =
    { $runs ->
        [one] Exportación iniciada: { $app }, { $runs } ejecución de prueba
       *[other] Exportación iniciada: { $app }, { $runs } ejecuciones de prueba
    }
# $runs test runs and $files files of $size in all; $sha256 the archive's checksum; $version
# the app's version; $operator who exported.
history-export-completed =
    { $runs ->
        [one] Exportación completada: { $app }, { $runs } ejecución de prueba
       *[other] Exportación completada: { $app }, { $runs } ejecuciones de prueba
    }, { $files ->
        [one] { $files } fichero
       *[other] { $files } ficheros
    }, { $size }, SHA-256 del archivo comprimido { $sha256 } (ACT Export { $version }, por { $operator })
history-export-completed-protected =
    { $runs ->
        [one] Exportación completada: { $app }, { $runs } ejecución de prueba
       *[other] Exportación completada: { $app }, { $runs } ejecuciones de prueba
    }, { $files ->
        [one] { $files } fichero
       *[other] { $files } ficheros
    }, { $size }, SHA-256 del archivo comprimido { $sha256 }, protegido con contraseña (ACT Export { $version }, por { $operator })
# $code is the error's code, for the IT team.
history-export-failed = Error en la exportación: { $app } ({ $code })
history-export-cancelled = Exportación cancelada: { $app }
history-saved = Archivo comprimido guardado en { $path } (SHA-256 { $sha256 })
history-saved-on = Archivo comprimido guardado en { $path } en { $computer } (SHA-256 { $sha256 })
history-dragged-out = Archivo comprimido arrastrado fuera de la aplicación (SHA-256 { $sha256 })
# $channel is one of the record-channel-* texts ("by email").
history-delivered = Entregado { $channel } a { $recipient } el { $on }
# $how says how the password was sent, as the officer wrote it.
history-delivered-password = Entregado { $channel } a { $recipient } el { $on }; contraseña enviada { $how }
history-copy-deleted = Copia local eliminada: { $path }
history-copy-deleted-on = Copia local eliminada de { $computer }: { $path }
history-closed = Solicitud cerrada
history-assigned = Asignada a { $officer }
# $language is the language's name in itself ("Français").
history-answer-language = Se responderá en { $language }
history-approval-required = A partir de ahora, un segundo miembro del equipo debe aprobar cada archivo comprimido antes de que se registre su entrega
history-approval-not-required = A partir de ahora, los archivos comprimidos se entregan sin la aprobación de un segundo miembro del equipo
history-journal-copied =
    { $events ->
        [one] El evento siguiente ({ $events }) se copió del diario { $from } (escrito por { $officer }; suma de verificación de su último evento: { $head })
       *[other] Los { $events } eventos siguientes se copiaron del diario { $from } (escrito por { $officer }; suma de verificación de su último evento: { $head })
    }
history-approved = Archivo comprimido aprobado para la entrega (SHA-256 { $sha256 })
history-sent-back = Archivo comprimido devuelto, no debe entregarse (SHA-256 { $sha256 }): { $reason }
history-journal-identified = Se ha registrado la identidad del diario: { $id } (a partir de ahora, una comprobación distingue este diario de cualquier otro)

## The ledger an approving officer reads (an archive's account of each app), on the request's
## page.

ledger-in-the-archive =
    { $runs ->
        [one] { $runs } ejecución de prueba
       *[other] { $runs } ejecuciones de prueba
    } y { $files ->
        [one] { $files } fichero descargado
       *[other] { $files } ficheros descargados
    }
ledger-missing-files =
    { $n ->
        [one] { $n } fichero que App Center incluía en su lista ya no estaba disponible.
       *[other] { $n } ficheros que App Center incluía en su lista ya no estaban disponibles.
    }
# $reasons says why, counted ("2 were not valid addresses and 1 pointed elsewhere").
ledger-links-not-fetched =
    { $n ->
        [one] No pudo seguirse { $n } enlace a un fichero, porque { $reasons }.
       *[other] No pudieron seguirse { $n } enlaces a ficheros, porque { $reasons }.
    }
ledger-links-not-followed =
    { $n ->
        [one] No se siguió { $n } enlace de la lista de registros de exportación de App Center, porque { $reasons }.
       *[other] No se siguieron { $n } enlaces de la lista de registros de exportación de App Center, porque { $reasons }.
    }
# In the column "Left out" when all of an endpoint's records are in the archive.
ledger-left-out-none = ninguno
ledger-left-out-records =
    { $n ->
        [one] { $n } registro
       *[other] { $n } registros
    }
