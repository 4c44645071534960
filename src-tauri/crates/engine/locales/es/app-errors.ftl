## The error table: how each error the app sends is shown (ui/js/errors.js names these
## messages per code). A title says what happened; its "-next" message says what to do next. A
## code without a "-next" message shows the app's own explanation instead.

error-unauthorized = No se ha aceptado este token.
error-unauthorized-next = Compruebe que lo ha copiado completo o cree uno nuevo.
error-forbidden = Este token no tiene permiso para leer esto.
error-forbidden-next = Use el token de alguien que pueda ver la aplicación o solicite acceso al propietario de la aplicación.
error-not-found = App Center no ha encontrado este elemento.
error-not-found-next = Es posible que se haya eliminado. Vuelva a elegir la aplicación.
error-rate-limited = App Center nos ha pedido repetidamente que reduzcamos el ritmo.
error-rate-limited-next = Espere unos minutos y vuelva a intentarlo.
error-server = App Center ha tenido un problema.
error-server-next = Espere un momento y vuelva a intentarlo.
error-network = No se ha podido conectar con App Center.
error-network-next = Compruebe su conexión a Internet y la dirección de la API en Opciones avanzadas, y vuelva a intentarlo.
error-invalid-response = La respuesta no parece proceder de App Center.
error-invalid-response-next = Compruebe la dirección de la API en Opciones avanzadas.
error-invalid-address = La dirección de la API no es válida.
error-invalid-settings = Un ajuste no es válido.
error-token-missing = Aún no hay ningún token.
error-token-missing-next = Pegue su token de API de App Center o pruebe con los datos de ejemplo.
error-keychain = No se ha podido usar el almacén de credenciales del ordenador.
error-keychain-next = Pegue el token directamente.
error-sample-server = No se han podido iniciar los datos de ejemplo.
error-sample-server-next = Reinicie ACT Export y vuelva a intentarlo.
error-not-connected = No está conectado.
error-not-connected-next = Vuelva a conectarse a App Center.
error-unknown-run = Una de las ejecuciones de prueba seleccionadas ya no existe.
error-unknown-run-next = Vuelva a cargar las ejecuciones de prueba de la aplicación y selecciónelas de nuevo.
error-nothing-selected = No hay ninguna ejecución de prueba seleccionada.
error-nothing-selected-next = Seleccione las ejecuciones de prueba del cliente o elija toda la aplicación.
error-cancelled = Se ha detenido la exportación.
error-cancelled-next = No se ha guardado nada. Puede volver a empezar cuando quiera.
error-disk-full = No hay suficiente espacio libre en el disco.
error-disk-full-next = Libere espacio o guarde en otra unidad.
error-destination-not-writable = No se puede guardar el archivo comprimido en esa ubicación.
error-destination-not-writable-next = Elija otra carpeta.
error-destination-is-directory = Eso es una carpeta, no un nombre de fichero.
error-destination-is-directory-next = Elija un nombre de fichero para el archivo comprimido.
error-destination-missing = Esa carpeta no existe.
error-destination-missing-next = Elija otra carpeta.
error-write-failed = No se ha podido escribir el archivo comprimido.
error-write-failed-next = Compruebe el espacio libre en el disco y vuelva a intentarlo.
error-local-write = No se ha podido escribir en este ordenador un fichero descargado.
error-local-write-next = Libere espacio en el disco y vuelva a intentarlo.
error-no-archive = No hay ninguna exportación terminada.
error-no-archive-next = Vuelva a exportar.
error-not-saved = El archivo comprimido aún no se ha guardado.
error-not-saved-next = Elija primero Guardar como.
error-open-folder = No se ha podido abrir la carpeta.
error-open-folder-next = Ábrala manualmente: la ruta se indica a continuación.
error-drag = No se ha podido iniciar el arrastre.
error-drag-next = Use Guardar como en su lugar.
error-export-running = Ya hay una exportación en curso.
error-export-running-next = Espere a que termine o cancélela primero.
error-unfinished-differs = Hay otra exportación sin terminar que lo impide.
error-unfinished-differs-next = Continúela o descártela desde la lista de exportaciones sin terminar.
error-nothing-to-resume = Esa exportación sin terminar ya no existe.
error-nothing-to-resume-next = Vuelva a exportar las ejecuciones de prueba.
error-staging-busy = Esta exportación ya se está ejecutando en otro lugar.
error-staging-busy-next = Otra instancia de ACT Export, o el comando act-export, está trabajando en ella. Espere a que termine o deténgala allí, y vuelva a intentarlo.
error-changed-at-source = Los datos de App Center han cambiado desde que comenzó esta exportación.
error-changed-at-source-next = Vuelva a exportar: se empezará de nuevo con lo que App Center contiene ahora.
error-cache = No se puede usar la carpeta privada de la aplicación para los archivos comprimidos sin guardar.
error-cache-next = Compruebe el espacio libre en el disco y reinicie ACT Export.
error-journal-storage = No se puede abrir ni escribir el registro de sus solicitudes.
error-journal-storage-next = Compruebe el espacio libre en el disco y que se puede escribir en la carpeta de datos de la aplicación, y vuelva a intentarlo.
error-register-unavailable = En este momento no se puede usar el registro compartido del equipo.
error-register-unavailable-next = Los detalles indican el motivo. Compruebe la dirección del registro y su contraseña en «El registro en este ordenador», en la pantalla Solicitudes, así como la red, o consulte al administrador del registro. No se ha escrito nada.
error-journal-too-new = El registro de sus solicitudes lo escribió una versión más reciente de ACT Export.
error-journal-too-new-next = Instale esa versión de ACT Export para abrirlo.
error-invalid-input = Hay algo en el formulario que debe corregirse.
error-case-exists = Ya existe una solicitud con esta referencia.
error-case-exists-next = Elija otra referencia o abra la solicitud existente desde la lista.
error-case-not-found = Esta solicitud no figura en el registro.
error-case-not-found-next = Vuelva a la lista de solicitudes y elíjala de nuevo.
error-journal-moved = Otros miembros del equipo estaban trabajando en esta solicitud en ese mismo momento.
error-journal-moved-next = No se ha registrado nada. Vuelva a consultar la solicitud (su página muestra lo que hicieron) y vuelva a intentarlo.
error-copy-not-found = Ese fichero no es una copia guardada para esta solicitud.
error-copy-not-found-next = Vuelva a la solicitud e inténtelo de nuevo.
error-internal-error = ACT Export no ha podido realizar esta operación en este ordenador.
error-internal-error-next = Reinicie ACT Export y vuelva a intentarlo. Si el problema persiste, copie los detalles para su departamento de TI.
error-password-needed = Esta exportación se protegió con una contraseña.
error-password-needed-next = Escriba la contraseña para continuarla.
error-delete-failed = No se ha podido eliminar la copia local.
error-delete-failed-next = Cierre cualquier programa que la tenga abierta y vuelva a intentarlo, o elimínela manualmente.
error-approval-needed = Este archivo comprimido aún no está aprobado para la entrega.
error-copy-changed = Ese fichero ya no es la copia guardada para esta solicitud.
error-copy-changed-next = Se ha guardado otro archivo comprimido encima o se ha modificado, por lo que se ha dejado tal como está. Revíselo antes de eliminarlo manualmente.

error-no-app = Esta página debe ejecutarse dentro de la aplicación ACT Export.
error-internal = Se ha producido un error.
error-internal-next = Vuelva a intentarlo. Si el problema persiste, copie los detalles para su departamento de TI.

## The error panel's buttons.

error-show-details = Mostrar detalles
error-hide-details = Ocultar detalles
error-copy-details = Copiar detalles
error-copied = Copiado
error-copy-failed = No se pudo copiar

## What a screen reader is told when the panel shows an error (the panel itself is not read out
## as it opens).

# $title says what happened, $next what to do next; both are sentences.
error-announced = { $title } { $next }
