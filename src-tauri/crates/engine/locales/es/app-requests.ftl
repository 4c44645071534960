## The words of the Requests screen (the list of requests, its search and filter, where the
## record is kept, the team's register, the reminder about old saved copies: requests-*) and of
## one request's page (its facts, saved copies, history, actions and the dialogs it fills:
## request-*). Texts given as variables such as $standing, $problem, $contents are already made
## in the officer's language by the app; dates arrive as text too.

## The Requests screen: the list

# In the list's "Where it stands" column, for a closed request. $standing is the app's own
# words about where the request stood (e.g. "answered on time", "overdue by 3 days"). Lower
# case: it is a table cell.
requests-standing-closed = cerrada; { $standing }
# In the list's "Assigned to" column (team's register only): the request is assigned to no officer.
requests-nobody-yet = sin asignar
# The status line under the search field: how many requests the list holds (filter "All", no search).
requests-count =
    { $count ->
        [one] { $count } solicitud
       *[other] { $count } solicitudes
    }
# The status line: how many requests are assigned to the officer (filter "Assigned to me", no search).
requests-count-mine =
    { $count ->
        [one] { $count } solicitud asignada a usted
       *[other] { $count } solicitudes asignadas a usted
    }
# The status line while searching: $shown requests match, out of $count (filter "All").
requests-shown =
    { $count ->
        [one] { $shown } de { $count } solicitud
       *[other] { $shown } de { $count } solicitudes
    }
# The status line while searching: $shown requests match, out of the $count assigned to the
# officer (filter "Assigned to me").
requests-shown-mine =
    { $count ->
        [one] { $shown } de { $count } solicitud asignada a usted
       *[other] { $shown } de { $count } solicitudes asignadas a usted
    }
# The status line when the filter "Assigned to me" shows nothing; $count is the number of
# requests in the register, seen with the filter "All" (the name of that choice, in the
# screen's segmented control).
requests-none-mine =
    { $count ->
        [one] No tiene ninguna solicitud asignada; hay { $count } solicitud en Todas.
       *[other] No tiene ninguna solicitud asignada; hay { $count } solicitudes en Todas.
    }
# The status line when the search matches no request.
requests-no-match = Ninguna solicitud coincide con la búsqueda.
# Above the list. $today is today's date, already written out (e.g. "3 December 2026").
requests-today = Hoy es { $today }.

## The Requests screen: the reminder about saved copies

# The box's first line. $count is how many saved archives are older than the reminder setting,
# $days that setting (a number of days).
requests-old-copies =
    { $count ->
        [one] Una copia guardada en este ordenador tiene más de { $days ->
            [one] { $days } día
           *[other] { $days } días
        } de antigüedad. Elimine lo que ya no necesite: las copias contienen datos personales.
       *[other] { $count } copias guardadas en este ordenador tienen más de { $days ->
            [one] { $days } día
           *[other] { $days } días
        } de antigüedad. Elimine lo que ya no necesite: las copias contienen datos personales.
    }
# One old copy in the box's list, after the request's reference (a link): $path is where the
# archive is saved, $days how old it is in days.
requests-old-copy =
    { $days ->
        [one] { $path } ({ $days } día de antigüedad)
       *[other] { $path } ({ $days } días de antigüedad)
    }
# Under the reminder setting, once it was saved.
requests-reminder-saved = Guardado.

## The Requests screen: the organisation's texts for the cover letter

# Once the texts for the letters in one language were saved; $language is the language's
# own name (e.g. "Français").
requests-letter-saved = Guardado. A partir de ahora, todas las cartas en este idioma ({ $language }) usan estos textos.

## The Requests screen: where the record is kept

# On the team's register: $address is the register's address (without password), $officer the
# officer's login there.
# The team's register in words, in the sentences below ($address): its PostgreSQL database's
# name and its server.
requests-register-place = base de datos «{ $database }» en { $server }
requests-register-where = Todas las solicitudes se guardan en el registro compartido del equipo: { $address }. Usted trabaja en él como { $officer }; cada evento deja constancia de quién lo escribió, y nadie puede modificarlo sin que se note.
requests-protection-local = La conexión pasa por el socket local del servidor en este equipo: nada cruza la red.
requests-protection-plain = La conexión no está cifrada: lo que la aplicación lee y escribe cruza la red de forma legible. Pida a su administrador que active TLS en el servidor y después añada sslmode=verify-full a la dirección.
requests-protection-unchecked = La conexión está cifrada, pero el certificado del servidor no se comprueba: un equipo que se hiciera pasar por el servidor podría leerla. Añada sslmode=verify-full a la dirección (y sslrootcert= con el archivo de la autoridad que firmó el certificado, si su administrador se lo facilita).
requests-protection-authority = La conexión está cifrada, y el certificado del servidor está firmado por la autoridad indicada en la dirección; el nombre del servidor que figura en él no se comprueba (sslmode=verify-full también lo comprobaría).
requests-protection-checked = La conexión está cifrada, y el certificado del servidor se comprueba.
# The title of the foldable section about the record (the journal), when it is the team's
# shared register (PostgreSQL database).
requests-record-shared = El registro compartido del equipo
# The title of the foldable section about the record, when it is kept on this computer.
requests-record-local = El registro en este ordenador
# Heading of the register's form, when the team's register is in use.
requests-register-title-shared = El registro compartido del equipo (PostgreSQL)
# Heading of the register's form, when the record is on this computer.
requests-register-title-local = Usar el registro compartido del equipo (PostgreSQL)
# Button: connect to the team's register again (it is in use already).
requests-connect-again = Volver a conectar
# Button: connect to the team's register and keep the record there from now on.
requests-connect-use = Conectar y usarlo
# Status while connecting to the register.
requests-connecting = Conectando…
# Status once connected; $address is the register's address.
requests-connected = Conectado: a partir de ahora, el registro es el registro compartido del equipo, { $address }.
# Status after choosing to keep the record on this computer instead of the team's register.
requests-back-local = El registro vuelve a guardarse en este ordenador.
# Status while the journal is being checked.
requests-checking = Comprobando…
# The check's result: nothing in the journal was changed. $count is the number of its events.
requests-journal-intact =
    { $count ->
        [one] El diario está intacto: { $count } evento, que no se ha modificado, eliminado ni reordenado.
       *[other] El diario está intacto: { $count } eventos, ninguno de ellos modificado, eliminado ni reordenado.
    }
# The check's result when the journal is gone; $problem is the app's sentence saying what was
# found (it ends with a full stop).
requests-journal-missing = { $problem } Restáurelo a partir de una copia de seguridad o avise a su departamento de TI.
# The check's result when the journal's content was altered; $problem is the app's sentence
# saying what was found.
requests-journal-changed = El diario se ha modificado. { $problem } Conserve el fichero tal como está y avise a su departamento de TI.
# The check's result for any other problem; $problem is the app's sentence saying what was found.
requests-journal-problem = { $problem } Conserve el fichero tal como está y avise a su departamento de TI.
# After ticking the team's rule that a second officer approves each archive.
requests-approval-on = A partir de ahora, otro miembro del equipo aprueba cada archivo comprimido antes de que se registre su entrega.
# After unticking that rule.
requests-approval-off = A partir de ahora, los archivos comprimidos se entregan sin la aprobación de un segundo miembro del equipo.

## One request's page

# The page's heading; $reference is the request's reference (e.g. "DSAR-2024-017").
request-title = Solicitud { $reference }
# The line under the heading for a closed request; $standing is the app's words about where it
# stood (lower case, e.g. "answered on time").
request-standing-closed = Cerrada; { $standing }.
# The line under the heading for a request still open; $standing is the app's words about where
# it stands ("12 days left", "answered on time"...), with its first letter made upper case.
request-standing = { $standing }.

# The request's facts: labels of a list of terms and values.
# The person whose data was asked for.
request-fact-subject = Interesado
# The kind of request (the right used, e.g. access).
request-fact-right = Solicitud
request-fact-received = Recibida
request-fact-due = Vencimiento
# The extension of the deadline, if one was recorded.
request-fact-extension = Prórroga
request-fact-status = Estado
# The officer who handles the request.
request-fact-assignee = Asignada a
# When the request was answered.
request-fact-answered = Respondida
# How many archives were exported for it.
request-fact-exports = Exportaciones
# One note an officer wrote about the request.
request-fact-note = Nota
# The value of "Assigned to" when no officer has the request.
request-nobody-yet = sin asignar

## One request's page: its saved copies

request-no-copies = Ninguna. Aquí aparecerán los archivos comprimidos que guarde para esta solicitud.
# A saved archive: $path is where it is, $saved when it was saved (already written out).
request-copy = { $path }, guardada el { $saved }.
# Added after request-copy when the file is no longer at that place.
request-copy-gone = Ya no se encuentra en esa ubicación.
request-copy-elsewhere = { $path }, guardada el { $saved } en otro equipo, { $computer }. Puede eliminarse allí.
# Added after request-copy when the copy is older than the reminder setting (in days).
request-copy-old = Supera la antigüedad fijada en el recordatorio: elimínela si ya no la necesita.
# Button next to a saved archive.
request-delete-copy = Eliminar la copia local
# Confirmation dialog's title.
request-delete-copy-title = ¿Eliminar esta copia local?
# Confirmation dialog's text; $path is where the archive is saved.
request-delete-copy-text = { $path } se eliminará de este ordenador y el diario lo registrará. Las copias ya enviadas no se ven afectadas.
# The confirmation dialog's button that deletes it.
request-delete-copy-yes = Eliminarla

## One request's page: its history and actions

# After an event of the history, the officer who recorded it ($officer: a name or login).
request-event-by = (por { $officer })
# Button: give the request to another officer (it has one already).
request-hand-over = Reasignar
# Button: give the request to an officer (it has none yet).
request-assign = Asignar
# After choosing the language of the answer; $language is the language's own name (e.g. "Deutsch").
request-language-saved = Guardado: su respuesta (la carta y las explicaciones del archivo comprimido) se redactará en { $language }.
# Said to a screen reader (not shown) once a delivery is recorded. $standing: the app's words
# about where the request stands now, lower case (e.g. "answered on time", "answered 3 days late").
request-delivered = Entrega registrada: { $standing }.
# Confirmation dialog's title.
request-close-title = ¿Cerrar esta solicitud?
# Confirmation dialog's text, for a request that was answered.
request-close-answered = Se conserva en el registro, marcada como cerrada.
# Confirmation dialog's text, for a request not answered yet.
request-close-unanswered = Aún no se ha respondido. Se conserva en el registro, marcada como cerrada sin respuesta.
# The confirmation dialog's button that closes the request.
request-close-yes = Cerrarla

## One request's page: the archive awaiting approval (its letter and its account of each app)

# Shown instead of the cover letter when the archive has none.
request-no-letter = Este archivo comprimido no tiene carta de respuesta.
# Under an app's name; $contents is the app's words about what of it is in the archive.
request-ledger-inside = En el archivo comprimido: { $contents }.
# The caption of an app's table; $app is the app's name. App Center is a product name.
request-ledger-caption = Registros que App Center devolvió para { $app }
# Column heads of that table: the kind of records, how many were received from App Center, how
# many are in the archive, how many were left out.
request-ledger-records = Registros
request-ledger-received = Recibidos
request-ledger-kept = En el archivo comprimido
request-ledger-left-out = Excluidos
# Under the table when App Center named no file that is missing from the archive.
request-ledger-complete = Todos los ficheros que App Center indicó están en el archivo comprimido.
