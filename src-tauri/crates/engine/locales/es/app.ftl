## The page's static words (ui/index.html): the header, the steps of an export, each screen and
## each dialog, in the order the page has them. Some screens' scripts later replace a text with
## one of their own messages (the same words, or the words for a later state).
##
## Where a sentence has a part in bold or in code (the name of a button, or of a page of App
## Center's site, or a command), the message is the whole sentence with that part in <strong>
## or <code>: keep those marks around the same words in your language's word order (no other
## markup is allowed).
##
## Spanish: formal "usted"; buttons in the infinitive. Words as in letter.ftl and readme.ftl:
## archive = archivo comprimido, file = fichero, test run = ejecución de prueba; request =
## solicitud, journal = diario, team's register = registro compartido del equipo, officer =
## miembro del equipo, computer = ordenador, requester / whose data = interesado.

## Header

# A badge beside the app's name while the sample data (not real App Center data) is in use.
page-header-sample-badge = Datos de ejemplo
# Button: goes to the list of requests.
page-header-requests = Solicitudes
# Button: ends the connection to App Center.
page-header-disconnect = Desconectar

## The steps of an export, shown above the screen while an export is being made

# Read out by screen readers: the name of the list of steps.
page-steps =
    .aria-label = Pasos
page-steps-connect = Conectar
page-steps-apps = Elegir la aplicación
page-steps-runs = Elegir las ejecuciones
page-steps-export = Exportar
# The last step: saving the finished archive.
page-steps-done = Guardar

## The error panel (its "Show details" and "Copy details" buttons are in app-errors.ftl)

# Button: closes the error panel.
page-error-close = Cerrar
# Shown under an error that stopped an export halfway.
page-error-resumable = Lo ya realizado se conserva: vuelva a exportar las mismas ejecuciones de prueba para continuar donde se detuvo.

## Screen: the list of requests

page-requests-title = Solicitudes
# Button: starts an export that answers no request (e.g. to look around).
page-requests-quick-export = Exportar sin solicitud
# Button: opens the dialog to record a new request for a copy of someone's data.
page-requests-new = Nueva solicitud

# Shown when there are no requests yet. The bold names are those of the buttons.
page-requests-empty = <strong>Aún no hay solicitudes.</strong> Cuando un cliente o una persona solicite una copia de sus datos, elija <strong>{ page-requests-new }</strong>: ACT Export calcula la fecha de vencimiento de la respuesta y deja constancia de la exportación y de su entrega.
page-requests-empty-hint = Para echar primero un vistazo, elija <strong>{ page-requests-quick-export }</strong> y, después, <strong>{ page-connect-try-sample }</strong>.

# Read out by screen readers: the name of the two choices that follow (requests of the team's
# register: those assigned to me, or all).
page-requests-whose = Qué solicitudes
page-requests-whose-mine = Asignadas a mí
page-requests-whose-all = Todas
# The label of the search field above the list of requests.
page-requests-search = Buscar
page-requests-search-input =
    .placeholder = Referencia o interesado
# Read out by screen readers: the table of requests.
page-requests-table-caption = Solicitudes, primero las de vencimiento más próximo
# The columns of the table of requests.
page-requests-col-reference = Referencia
# The person or client whose data was asked for.
page-requests-col-subject = Interesado
# The date the request was received.
page-requests-col-received = Recibida
# When the answer is due.
page-requests-col-due = Vencimiento
# How far the request has got (e.g. "overdue by 3 days", "answered on time").
page-requests-col-standing = Situación
# The officer who handles the request.
page-requests-col-assignee = Asignada a

# A section that opens when clicked: the organisation's details for the cover letter that opens
# every archive.
page-requests-letter-title = Su organización, para la carta de respuesta
page-requests-letter-hint = Cada archivo comprimido comienza con una carta dirigida a la persona que lo solicitó: qué se ha buscado, qué se incluye, qué se ha excluido y por qué, y la información que la ley (artículo 15 del RGPD) obliga a facilitarle. Rellene estos datos una sola vez; los textos siguientes son sugerencias para los datos de prueba de un servicio de pruebas de aplicaciones móviles, y todos pueden modificarse. Se guardan en este ordenador.
# The choice of the language whose texts the form shows and saves, followed by a list of the
# languages, each named in itself ("Deutsch", "Français").
page-requests-letter-language = Textos de las cartas en
page-requests-letter-language-hint = (las cartas en cada idioma usan los textos guardados para ese idioma; para un idioma sin textos guardados, el formulario muestra los que usan sus cartas)
# The labels of the letter's fields (the data controller's details that GDPR Art. 15 requires).
page-requests-letter-controller = Su organización (responsable del tratamiento)
page-requests-letter-contact = Cómo puede dirigirse a ustedes el interesado en relación con esta respuesta
page-requests-letter-dpo = Su delegado de protección de datos (opcional)
page-requests-letter-purposes = Fines del tratamiento
page-requests-letter-categories = Categorías de datos personales
page-requests-letter-recipients = Destinatarios
page-requests-letter-retention = Plazo de conservación
page-requests-letter-source = Origen de los datos
page-requests-letter-automated-decisions = Decisiones automatizadas
page-requests-letter-transfers = Transferencias fuera del EEE y sus garantías
page-requests-letter-authority = Autoridad de control ante la que presentar una reclamación
# Label of the field for who signs the letter (a name, a team).
page-requests-letter-signature = Firma de la carta
# Button: saves the letter's details.
page-requests-letter-save = Guardar

# A section that opens when clicked: where the record of requests (the journal) is kept.
page-requests-journal-title = El registro en este ordenador
# Pieces of a paragraph, in this order: this piece, a space, the journal's file path (in a
# fixed-width font), a full stop, a space, the next piece.
page-requests-journal-where = Cada solicitud y todo lo que se ha hecho con ella se guarda en este ordenador, en un diario que nadie puede modificar sin que se note:
# "act-export" is the command's name: never translated.
page-requests-journal-command = El comando <code>act-export</code> muestra las mismas solicitudes.
# The last sentence of the paragraph above.
page-requests-journal-length = Además, este ordenador anota en otra carpeta la longitud del diario cada vez que lo escribe: así, la comprobación advierte si el diario se ha eliminado, truncado o sustituido.
# A checkbox, for a team that shares a register.
page-requests-approval-rule = Doble control: otro miembro del equipo aprueba cada archivo comprimido antes de que se registre su entrega (para todo el equipo)
# The title of a form to keep the record in a PostgreSQL database shared by the privacy team.
page-requests-register-title = Usar el registro compartido del equipo (PostgreSQL)
page-requests-register-hint = Un equipo de privacidad lleva un único registro común: cada miembro ve todas las solicitudes y quién las gestiona, y cada evento indica quién lo escribió. Su administrador le facilitará la dirección del registro y sus credenciales de acceso.
page-requests-register-address = Dirección del registro
page-requests-register-password = Su contraseña del registro (si su usuario tiene una)
# A checkbox.
page-requests-register-remember = Recordar la contraseña en el almacén de credenciales de este ordenador
# Button.
page-requests-register-use = Conectar y usarlo
# Button: stops using the team's register.
page-requests-register-leave = Guardar el registro en este ordenador
# Button: checks that the journal was not changed, cut short or replaced.
page-requests-journal-check = Comprobar el diario
# A setting in one line: this label, a field for a number of days, then the word of
# page-requests-remind-days. The number varies: "days" is for any number of days above one.
page-requests-remind = Recordarme las copias guardadas con más de
page-requests-remind-days = días
# Button: saves the number of days.
page-requests-remind-save = Guardar

## Screen: one request

# Button: back to the list of requests (the arrow points left).
page-request-back = ← Solicitudes
# Button: the archive may be delivered (a second officer approves it).
page-request-approve = Aprobar para la entrega
# Button: the archive needs changes before it is delivered.
page-request-send-back = Devolver
# A button that looks like a link: opens the archive's letter and ledger.
page-request-papers = Leer la carta y el inventario
# Label of the choice of language the answer (letter and archive) is written in.
page-request-language = Idioma de la respuesta
# The request's buttons.
page-request-export = Exportar los datos de esta solicitud
page-request-deliver = Registrar la entrega
page-request-extend = Prorrogar el plazo
page-request-note = Añadir una nota
# Gives the request to an officer of the team.
page-request-assign = Asignar
page-request-close = Cerrar la solicitud
# Headings.
page-request-copies = Copias guardadas
page-request-history = Historial

## Screen: connect to App Center

page-connect-title = Conectarse a App Center
page-connect-intro = ACT Export lee sus datos de App Center Test mediante un token de API. Pegue el suyo a continuación o, si lo prefiere, eche antes un vistazo con datos de ejemplo.
page-connect-token = Token de API
# Button: shows the token typed in the field (otherwise hidden like a password).
page-connect-token-show = Mostrar
# Button: pastes the token from the clipboard.
page-connect-token-paste = Pegar
page-connect-token-help = El token solo se envía a la dirección de la API, nunca a ningún otro lugar.
# A section that opens when clicked: the steps to get a token on App Center's site.
page-connect-token-where = ¿Dónde consigo un token?
# The steps to make a token on App Center's site. The bold names are as App Center's site shows
# them (in English).
page-connect-step-account = Inicie sesión en App Center y abra <strong>Account settings</strong> (configuración de la cuenta).
page-connect-step-tokens = Elija <strong>User API tokens</strong> (o, para una sola aplicación, <strong>Settings > App API tokens</strong> en la propia aplicación).
page-connect-step-new = Elija <strong>New API token</strong>, asígnele un nombre y seleccione <strong>Read only</strong> (solo lectura): es la opción más segura y todo lo que ACT Export necesita.
# Step 4.
page-connect-step-copy = Copie el token (solo se muestra una vez) y péguelo aquí.
# A section that opens when clicked: the API address.
page-connect-advanced = Opciones avanzadas
page-connect-address = Dirección de la API
page-connect-address-help = Modifíquela solo si su organización se lo ha indicado.
# A checkbox.
page-connect-remember = Recordar este token en este ordenador
page-connect-saved-token = Hay un token guardado en este ordenador.
# Buttons beside the sentence above.
page-connect-use-saved = Conectar con el token guardado
page-connect-forget = Olvidarlo
# Button: connects with the token typed.
page-connect-connect = Conectar
# Button: uses made-up sample data instead of App Center.
page-connect-try-sample = Probar con datos de ejemplo

## Screen: choose the app

page-apps-title = Elegir la aplicación
# Label of a search, in every app at once, for the test runs of a client.
page-apps-find = Buscar las ejecuciones de prueba de un cliente en todas las aplicaciones
# "contoso-" is an example of the start of a test series' name.
page-apps-find-input =
    .placeholder = Serie de pruebas o texto, por ejemplo contoso-
# Button: starts the search.
page-apps-find-go = Buscar
# Read out by screen readers: the list of apps the search found.
page-apps-found-list =
    .aria-label = Aplicaciones con ejecuciones de prueba coincidentes
# Label of the search field above the list of apps.
page-apps-search = O elija la aplicación
page-apps-search-input =
    .placeholder = Nombre o propietario de la aplicación
# Read out by screen readers: the list of apps.
page-apps-list =
    .aria-label = Aplicaciones

## Screen: choose the test runs

# Button: back to the list of apps (the arrow points left).
page-runs-back = ← Aplicaciones
page-runs-title = Elegir las ejecuciones de prueba del cliente
# Button: shows the letter the archive will open with.
page-runs-preview-letter = Vista previa de la carta
# Button: adds the test runs of another app to the same export.
page-runs-add-app = Añadir otra aplicación…
# Followed by a list of the other apps in the export and their test runs.
page-runs-other-apps = También en esta exportación:
# Read out by screen readers: the list above.
page-runs-other-apps-list =
    .aria-label = Otras aplicaciones de esta exportación
page-runs-scope = Qué exportar
page-runs-scope-runs = Solo las ejecuciones de prueba que seleccione (datos de un cliente)
page-runs-scope-app = Toda la aplicación (datos de todos los clientes)
# The filters above the table of test runs.
page-runs-filter-series = Serie de pruebas
# The choice of the filter above that shows every test series.
page-runs-filter-all-series = Todas las series
# Label of a date field: the first day shown.
page-runs-filter-from = Desde
# Label of a date field: the last day shown.
page-runs-filter-to = Hasta
page-runs-filter-search = Buscar
page-runs-filter-search-input =
    .placeholder = Versión, resultado, ID de ejecución
# Button: selects every test run the table shows.
page-runs-select-shown = Seleccionar las mostradas
# Button: unselects every test run.
page-runs-clear = Quitar selección
# A checkbox.
page-runs-protect = Proteger el archivo comprimido con una contraseña
# Read out by screen readers: the table of test runs.
page-runs-table-caption = Ejecuciones de prueba de la aplicación
# Read out by screen readers: the column of checkboxes.
page-runs-col-selected = Seleccionada
# The columns of the table of test runs.
page-runs-col-date = Fecha
page-runs-col-series = Serie de pruebas
page-runs-col-version = Versión de la aplicación
page-runs-col-platform = Plataforma
page-runs-col-result = Resultado
# Followed by the suggested password for the archive.
page-runs-password = Contraseña:
# Button: suggests another password.
page-runs-password-another = Otra
# Button: copies the password.
page-runs-password-copy = Copiar
# Button: opens a dialog to type one's own password.
page-runs-password-own = Usar una propia…
# Label of the field for the name of the client or person whose data is exported.
page-runs-subject = ¿De quién son estos datos?
page-runs-subject-hint = (opcional; se indica en el archivo comprimido)
# "Contoso Ltd" is a made-up company.
page-runs-subject-input =
    .placeholder = Por ejemplo: Contoso Ltd
page-runs-selected-none = Ninguna ejecución de prueba seleccionada
# Button: starts the export.
page-runs-export = Exportar

## Screen: exporting

page-export-title = Exportando
# What the export is doing: at first, starting.
page-export-starting = Iniciando
# Button: stops the export.
page-export-cancel = Cancelar

## Screen: the archive is ready

page-done-title = El archivo comprimido está listo
# Under the archive's icon, which can be dragged to a folder; "Save as" is the button below.
page-done-drag = Arrástrelo a una carpeta o use Guardar como
# Buttons.
page-done-save = Guardar como…
page-done-show-folder = Mostrar en la carpeta
page-done-deliver = Registrar la entrega
page-done-another = Iniciar otra exportación
# Followed by the archive's password.
page-done-password = Contraseña:
# Button: copies the password.
page-done-copy = Copiar
page-done-password-hint = ACT Export no la conserva: cópiela ahora y envíela por separado del archivo comprimido (por ejemplo, comuníquela de viva voz por teléfono). Para abrir el archivo comprimido, la persona necesita una herramienta gratuita como 7-Zip (Windows) o Keka o The Unarchiver (Mac): las herramientas integradas en Windows y macOS no pueden abrir un archivo comprimido protegido de esta forma. Así lo indica una nota que acompaña a los ficheros cifrados.

## Dialog: stop the export?

page-cancel-title = ¿Detener la exportación?
page-cancel-text = No se guardará nada. Puede volver a empezar en cualquier momento.
# Button: closes the dialog, the export goes on.
page-cancel-keep-going = Seguir exportando
# Button: stops the export.
page-cancel-confirm = Detener la exportación

## Dialog: a new request

page-new-request-title = Nueva solicitud
# Label of the field for the request's reference; its hint follows in a lighter font.
page-new-request-reference = Referencia
page-new-request-reference-hint = (su número de expediente o de carta)
# Label of the field for whose data is asked for.
page-new-request-subject = Interesado
page-new-request-subject-hint = (el cliente o la persona que lo solicita)
page-new-request-right = Qué solicita
# The two choices of the field above.
page-new-request-right-access = Una copia de sus datos (derecho de acceso, art. 15)
page-new-request-right-portability = Sus datos para llevarlos a otro lugar (derecho a la portabilidad de los datos, art. 20)
page-new-request-language = Idioma de la respuesta
page-new-request-language-hint = (en él se redactan la carta de respuesta y las explicaciones del archivo comprimido)
page-new-request-received = Fecha de recepción
page-new-request-due-hint = La respuesta vence un mes después de la fecha de recepción (artículo 12, apartado 3, del RGPD) o, si ese día es sábado o domingo, el siguiente día hábil. ACT Export no conoce los días festivos: compruébelos por su cuenta.
page-new-request-cancel = Cancelar
# Button: records the request and opens its page.
page-new-request-open = Abrir la solicitud

## Dialog: record the delivery of the archive

page-deliver-title = Registrar la entrega
page-deliver-channel = Medio de envío
# The choices of the field above.
page-deliver-channel-email = Por correo electrónico
page-deliver-channel-portal = A través de un portal
page-deliver-channel-post = Por correo postal
page-deliver-channel-other = Por otro medio
# Label of the field for who received the archive.
page-deliver-recipient = Destinatario
page-deliver-recipient-input =
    .placeholder = Nombre o dirección
# Label of the date field: the day it was delivered.
page-deliver-on = Fecha
page-deliver-password = Cómo se envió la contraseña
page-deliver-password-hint = (solo si el archivo comprimido tenía una; nunca la propia contraseña)
page-deliver-password-input =
    .placeholder = Por ejemplo: de viva voz por teléfono
page-deliver-cancel = Cancelar
# Button: records the delivery.
page-deliver-record = Registrarla

## Dialog: extend the deadline

page-extend-title = Prorrogar el plazo
page-extend-hint = El artículo 12, apartado 3, del RGPD permite prorrogar el plazo otros dos meses en caso de solicitudes complejas o numerosas, siempre que se informe al interesado de los motivos dentro del primer mes.
page-extend-months = Meses adicionales en total
# The choices of the field above: $count is 1 or 2.
page-extend-months-option =
    { $count ->
        [one] { $count } mes
       *[other] { $count } meses
    }
# Label of the date field: the day the requester was told of the extension.
page-extend-told = Fecha en que se informó al interesado
# Label of the field for the reason of the extension.
page-extend-reason = Motivo
page-extend-cancel = Cancelar
# Button: extends the deadline.
page-extend-save = Prorrogar

## Dialog: add a note

page-note-title = Añadir una nota
page-note-text = Nota
page-note-text-hint = (se conserva en el diario de forma permanente: no incluya más datos personales de los necesarios)
page-note-cancel = Cancelar
# Button: adds the note.
page-note-save = Añadir

## Dialog: assign the request

page-assign-title = Asignar la solicitud
page-assign-officer = Asignar a
page-assign-officer-hint = (su usuario en el registro compartido del equipo)
page-assign-cancel = Cancelar
# Button: assigns the request.
page-assign-save = Asignar

## Dialog: send the archive back (not approved)

page-send-back-title = Devolver el archivo comprimido
# Label of the field for the reason.
page-send-back-reason = Motivo
page-send-back-reason-hint = (lo leerá quien lo exportó; se conserva en el diario)
page-send-back-cancel = Cancelar
# Button: sends the archive back.
page-send-back-save = Devolver

## Dialog: the preview of the cover letter

page-letter-title = La carta que abre el archivo comprimido
# Names the section "Your organisation, for the cover letter" of the Requests screen.
page-letter-hint = Vista previa: los recuentos se obtienen al realizar la exportación. Los datos de su organización se encuentran en «{ page-requests-letter-title }», en la pantalla Solicitudes.
page-letter-close = Cerrar

## Dialog: the letter and the ledger an export recorded, for the approving officer

page-papers-title = Lo que recibirá el interesado
page-papers-hint = La carta del archivo comprimido y su inventario, tal como la exportación los registró en el diario: lo que devolvió App Center, lo que contiene el archivo comprimido y lo que se ha excluido. Los datos en sí solo se encuentran en el archivo comprimido.
# Headings.
page-papers-letter = La carta
# The ledger: the list of what App Center returned, what was kept and what was left out.
page-papers-ledger = El inventario
page-papers-close = Cerrar

## Dialog: use my own password for the archive

page-own-password-title = Usar mi propia contraseña
page-own-password = Contraseña
page-own-password-hint = (al menos 10 caracteres; lo mejor son varias palabras)
page-own-password-cancel = Cancelar
# Button: uses the password typed.
page-own-password-use = Usarla

## Dialog: the password of an unfinished export

page-password-title = Escriba la contraseña del archivo comprimido
page-password-text = Esta exportación se protegió con una contraseña. Escriba la misma contraseña para continuarla; si escribe otra, el archivo comprimido se empezará de nuevo con esa contraseña.
page-password-label = Contraseña
page-password-cancel = Cancelar
# Button.
page-password-continue = Continuar la exportación

## Dialog: a yes/no question (its title, text and "yes" button come from the screen that asks)

# Button: the "no" answer, which keeps what the question was about (e.g. a copy or a request).
page-confirm-keep = Conservar

## Footer

# Shown until the app's version is known.
page-footer-version = Cargando la versión…
# The label of the choice of the language the app speaks, at the right of the footer (its
# options are the languages, each named in itself, and the one below).
page-footer-language = Idioma de la aplicación
# The first option of that choice: follow the computer's settings. $language is the language
# they give, named in itself ("Deutsch").
page-footer-language-system = Sistema ({ $language })
