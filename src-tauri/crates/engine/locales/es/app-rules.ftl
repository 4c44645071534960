## What the officer is asked to change when something they gave cannot be recorded: shown
## under the error panel's title ("Something in the form needs a change."). Dates ($date,
## $received) are written YYYY-MM-DD.

rule-received-in-future = La fecha de recepción ({ $date }) es posterior a hoy: compruébela.
rule-delivered-in-future = La fecha de entrega ({ $date }) es posterior a hoy: registre la entrega una vez realizada.
rule-delivered-before-received = La fecha de entrega ({ $date }) es anterior a la recepción de la solicitud ({ $received }): compruébela.
rule-told-in-future = La fecha en que se informó al interesado ({ $date }) es posterior a hoy: registre la prórroga una vez que se le haya informado.
rule-no-recipient = Indique a quién se envió la respuesta.
rule-password-in-note = No escriba aquí la contraseña del archivo comprimido: indique solo cómo se envió (por ejemplo: de viva voz por teléfono).
rule-empty-note = La nota está vacía.
# $path is a file's place on this computer.
rule-not-a-copy = Ese fichero no es una copia guardada para esta solicitud: { $path }
rule-copy-changed = { $path } ya no es la copia guardada para esta solicitud (su contenido ha cambiado desde entonces): se ha dejado tal como está.
rule-copy-elsewhere = { $path } se guardó en otro equipo, { $computer }: solo puede eliminarse allí, desde ACT Export en ese equipo.
rule-nothing-to-review = Esta solicitud no tiene ninguna exportación terminada que aprobar: exporte primero sus datos.
rule-own-archive = Este archivo comprimido lo exportó usted: otro miembro de su equipo debe aprobarlo o devolverlo.
rule-no-reason = Indique por qué se devuelve el archivo comprimido, para que quien lo exportó sepa qué debe cambiar.
# $exporter is the officer who exported the archive.
rule-awaiting-approval = En su equipo, otro miembro aprueba cada archivo comprimido antes de su entrega, y el último archivo comprimido de esta solicitud (exportado por { $exporter }) aún no está aprobado: pida a un compañero que lo apruebe y, después, registre la entrega.
# $reason is what the reviewing officer wrote.
rule-was-sent-back = El último archivo comprimido de esta solicitud se devolvió ({ $reason }): vuelva a exportarlo, obtenga la aprobación del nuevo archivo comprimido y, después, registre la entrega.
rule-register-address = Indique la dirección del registro tal como se la facilitó el administrador de su equipo: empieza por postgres:// e incluye el nombre de la base de datos, por ejemplo postgres://anna@db.example.org/register.
rule-register-password-in-address = No incluya la contraseña en la dirección; escríbala en el campo de la contraseña: la dirección se recuerda, y la contraseña solo se guarda en el almacén de credenciales si usted lo solicita.
rule-reminder-days = Elija un número de días entre 1 y 3650.
rule-password-empty = La contraseña está vacía.
# $min is the least number of characters (10).
rule-password-too-short = La contraseña es demasiado corta: use al menos { $min } caracteres (lo mejor es una frase de contraseña de varias palabras).
