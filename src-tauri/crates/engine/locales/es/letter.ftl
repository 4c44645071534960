# The cover letter that opens README.html: the answer to the person who asked for their data
# (GDPR Art. 15). Every message of this file exists in every language, with the same
# variables. Numbers ($n, $runs, $files, $records) choose the plural form; $alone is "yes"
# when a reason explains the only link there is.
#
# Spanish: formal "usted". Consistent words: test run = ejecución de prueba (f.),
# test report = informe de prueba, archive = archivo comprimido, file = fichero,
# link = enlace (m.), record = registro (export record = registro de exportación).

## The Regulation's terms, as its readers know them.

-gdpr = Reglamento General de Protección de Datos
# Used after "del" ("artículo 15, apartado 4, del RGPD").
-regulation = RGPD

## Lists and dates.

# "A, B and C": the items before the last, joined by ", ", and the last.
list-and = { $rest } y { $last }
# A moment in words: the date (from CLDR) and the time, in UTC.
moment = { $date }, a las { $time } UTC
# The decimal separator of sizes ("1.5 MB").
decimal-separator = ,
size-bytes =
    { $n ->
        [one] { $n } byte
       *[other] { $n } bytes
    }

# Sizes of a thousand bytes and more: $n is the number, already written ("1,5").
size-kilobytes = { $n } kB
size-megabytes = { $n } MB
size-gigabytes = { $n } GB
size-terabytes = { $n } TB

## The letter.

letter-heading = Su solicitud de copia de sus datos personales
letter-reference = Nuestra referencia: { $reference }.
letter-received = Recibimos su solicitud el { $date }.
letter-made = Esta respuesta se elaboró el { $date }.
letter-dear = A la atención de { $name }:
letter-dear-anyone = Estimado/a señor/a:
letter-asked = Usted solicitó a { $controller } una copia de los datos personales que le conciernen y que obran en nuestro poder, de conformidad con el artículo 15 del { -gdpr } ({ -regulation }). Este archivo comprimido es nuestra respuesta: contiene dichos datos, y en esta carta le explicamos qué hemos buscado, qué se incluye, qué se ha excluido y por qué, así como la información que la ley nos obliga a facilitarle.
letter-searched-whole-app = todas las ejecuciones de prueba de la aplicación
letter-searched-runs =
    { $runs ->
        [one] { $runs } ejecución de prueba que le concierne
       *[other] { $runs } ejecuciones de prueba que le conciernen
    }
letter-searched-app = { $name } ({ $slug }) y, dentro de ella, { $runs }
letter-searched-one = la aplicación { $app }
letter-searched-several = las aplicaciones { $apps }
letter-searched = Qué hemos buscado: nuestros registros en Visual Studio App Center Test relativos a { $where }, junto con los informes de prueba correspondientes, los ficheros que se subieron para esas ejecuciones y los que estas generaron, así como los registros de exportación de App Center Test.
letter-files =
    { $files ->
        [one] { $files } fichero ({ $size })
       *[other] { $files } ficheros ({ $size })
    }
letter-files-later = sus ficheros (se contabilizan al realizarse la exportación)
letter-included =
    { $runs ->
        [one] Qué se incluye: { $runs } ejecución de prueba y, en total, { $files }, tal como los conservaba App Center.
       *[other] Qué se incluye: { $runs } ejecuciones de prueba y, en total, { $files }, tal como los conservaba App Center.
    }
letter-left-out-later =
    { $apps ->
        [one] Qué se ha excluido: es posible que la misma aplicación contenga también datos de prueba de otros clientes.
       *[other] Qué se ha excluido: es posible que las mismas aplicaciones contengan también datos de prueba de otros clientes.
    } Esos datos no le conciernen, por lo que no figuran en este archivo comprimido (los registros excluidos se contabilizan al realizarse la exportación). Así lo exige el artículo 15, apartado 4, del { -regulation }: la copia que se le facilite no debe afectar negativamente a los derechos de otras personas. Una vez realizada la exportación, se indicará aquí cualquier fichero que App Center ya no conserve y cualquier enlace facilitado por App Center que no pueda seguirse.
letter-left-out-nothing = Qué se ha excluido: nada.
letter-left-out-records =
    { $apps ->
        [one] Qué se ha excluido: la misma aplicación contiene también datos de prueba de otros clientes.
       *[other] Qué se ha excluido: las mismas aplicaciones contienen también datos de prueba de otros clientes.
    } Esos datos no le conciernen, por lo que no figuran en este archivo comprimido ({ $records ->
        [one] se ha excluido { $records } registro de otras ejecuciones de prueba, que solo se ha contabilizado
       *[other] se han excluido { $records } registros de otras ejecuciones de prueba, que solo se han contabilizado
    }). Así lo exige el artículo 15, apartado 4, del { -regulation }: la copia que se le facilite no debe afectar negativamente a los derechos de otras personas.
letter-left-out-no-records = Qué se ha excluido: ningún registro, pero no se ha podido incluir todo lo que App Center indicaba.
letter-missing-files =
    { $n ->
        [one] App Center incluía en su lista { $n } fichero de estas ejecuciones de prueba, pero ya no lo conservaba cuando se lo solicitamos, por lo que no figura en este archivo comprimido. Se detalla más abajo, en esta misma página.
       *[other] App Center incluía en su lista { $n } ficheros de estas ejecuciones de prueba, pero ya no los conservaba cuando se los solicitamos, por lo que no figuran en este archivo comprimido. Se detallan más abajo, en esta misma página.
    }
letter-links-not-fetched =
    { $n ->
        [one] No pudo seguirse { $n } enlace a un fichero que figura en los registros y los informes, porque { $reasons }. Se detalla más abajo, en esta misma página.
       *[other] No pudieron seguirse { $n } enlaces a ficheros que figuran en los registros y los informes, porque { $reasons }. Se detallan más abajo, en esta misma página.
    }
letter-links-not-followed =
    { $n ->
        [one] La lista de App Center que indica dónde se conservan los registros de exportación contenía { $n } enlace que no se siguió, porque { $reasons }. El contenido al que remite no figura en este archivo comprimido. Se detalla más abajo, en esta misma página.
       *[other] La lista de App Center que indica dónde se conservan los registros de exportación contenía { $n } enlaces que no se siguieron, porque { $reasons }. El contenido al que remiten no figura en este archivo comprimido. Se detallan más abajo, en esta misma página.
    }

## Why links were not taken, each after a count of links ("2 had no address"), or alone
## for the only link ("it had no address"). The subject is "enlace" (masculine).

link-not-valid =
    { $alone ->
        [yes] no contenía ninguna dirección válida
       *[no]
            { $n ->
                [one] { $n } no contenía ninguna dirección válida
               *[other] { $n } no contenían ninguna dirección válida
            }
    }
link-not-web =
    { $alone ->
        [yes] apuntaba a algo distinto de una dirección web
       *[no]
            { $n ->
                [one] { $n } apuntaba a algo distinto de una dirección web
               *[other] { $n } apuntaban a algo distinto de una dirección web
            }
    }
link-no-address =
    { $alone ->
        [yes] no tenía dirección
       *[no]
            { $n ->
                [one] { $n } no tenía dirección
               *[other] { $n } no tenían dirección
            }
    }
link-other-host =
    { $alone ->
        [yes] apuntaba fuera de App Center, adonde nunca deben enviarse nuestras credenciales de acceso a App Center
       *[no]
            { $n ->
                [one] { $n } apuntaba fuera de App Center, adonde nunca deben enviarse nuestras credenciales de acceso a App Center
               *[other] { $n } apuntaban fuera de App Center, adonde nunca deben enviarse nuestras credenciales de acceso a App Center
            }
    }
link-not-this-apps =
    { $alone ->
        [yes] no conducía a los registros de exportación de la propia aplicación
       *[no]
            { $n ->
                [one] { $n } no conducía a los registros de exportación de la propia aplicación
               *[other] { $n } no conducían a los registros de exportación de la propia aplicación
            }
    }
link-no-web-page =
    { $alone ->
        [yes] no conducía a ninguna página web
       *[no]
            { $n ->
                [one] { $n } no conducía a ninguna página web
               *[other] { $n } no conducían a ninguna página web
            }
    }

## About this data (Art. 15(1)(a) to (h) and 15(2)).

letter-about = Información sobre estos datos
letter-purposes = Fines del tratamiento
letter-categories = Categorías de datos personales
letter-recipients = Destinatarios
letter-retention = Plazo de conservación
letter-source = Origen de los datos
letter-automated = Decisiones automatizadas
letter-transfers = Transferencias fuera del EEE
letter-rights-heading = Sus derechos
letter-rights = Puede solicitarnos que corrijamos los datos inexactos (rectificación), que los suprimamos (supresión) o que limitemos su tratamiento (limitación del tratamiento), y puede oponerse a su tratamiento (oposición). También tiene derecho a presentar una reclamación ante una autoridad de control: { $authority }.
letter-questions = Si tiene alguna pregunta sobre esta respuesta, diríjase a { $contact }.
letter-dpo = Nuestro delegado de protección de datos: { $dpo }.
letter-checksums = Cada fichero de este archivo comprimido tiene una suma de verificación, que figura al final de esta página, de modo que cualquier persona pueda comprobar que no se ha modificado nada desde su creación.
letter-closing = Atentamente,
letter-signed = { $signature }, { $controller }

## The texts the app suggests for the organisation's details (the officer may write their
## own; a suggested text is given in the language of each answer).

profile-controller = nuestra organización
profile-contact = la persona de contacto que le ha enviado este archivo comprimido
profile-purposes = Probar aplicaciones móviles en dispositivos reales por cuenta de usted: ejecutar las pruebas que usted o su organización nos encargaron, conservar sus resultados e informes y averiguar las causas de los fallos.
profile-categories = Ejecuciones de prueba y sus resultados; informes de prueba con registros de actividad (logs) de los dispositivos y capturas de pantalla; las compilaciones de la aplicación, los ficheros de símbolos y los ficheros de prueba que se subieron para ellas; y los nombres y fechas asociados a todo ello.
profile-recipients = Microsoft, que prestaba para nosotros el servicio App Center Test en calidad de encargado del tratamiento. Nadie más ha recibido de nosotros estos datos.
profile-retention = Mientras esté vigente el contrato de pruebas y, después, hasta que finalice el plazo de conservación correspondiente; transcurrido este, se suprimen.
profile-source = Usted o su organización, al configurar y ejecutar las pruebas; los informes los generó el servicio de pruebas.
profile-automated-decisions = Ninguna: a partir de estos datos no se toma ninguna decisión sobre usted por medios automatizados.
profile-transfers = El servicio App Center almacenaba los datos en los Estados Unidos al amparo de las cláusulas tipo de protección de datos adoptadas por la Comisión Europea.
profile-authority = la autoridad de protección de datos del país en el que usted resida o trabaje
profile-signature = El equipo de protección de datos
