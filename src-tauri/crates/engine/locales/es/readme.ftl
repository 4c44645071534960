# README.html: the archive explained to the person who asked for their data (after the cover
# letter) and to the officer who sends it. Values in { } are names, addresses, file names and
# counts; some are shown in bold or as code on the page, which the message need not say.
#
# Spanish: the words of letter.ftl (ejecución de prueba, informe de prueba, archivo
# comprimido, fichero, enlace, registro de exportación) and its formal register ("usted").

# This file's name in the archive, in the language of the answer: capital letters (ASCII
# only, no accents), digits and hyphens, no spaces, ending in .html (tests/engine/toplevel.rs
# checks it).
file-readme = LEAME.html

readme-title = Exportación de datos de App Center Test: { $apps }
readme-heading = Sus datos de App Center Test
# $apps: the apps, each "Name (owner/app)", listed; $count: how many.
readme-holds-subject =
    { $count ->
        [one] Este archivo comprimido contiene los datos de prueba de { $subject } correspondientes a la aplicación { $apps } en Visual Studio App Center Test.
       *[other] Este archivo comprimido contiene los datos de prueba de { $subject } correspondientes a las aplicaciones { $apps } en Visual Studio App Center Test.
    }
readme-holds-selected =
    { $count ->
        [one] Este archivo comprimido contiene los datos de las ejecuciones de prueba seleccionadas de la aplicación { $apps } en Visual Studio App Center Test.
       *[other] Este archivo comprimido contiene los datos de las ejecuciones de prueba seleccionadas de las aplicaciones { $apps } en Visual Studio App Center Test.
    }
readme-app = { $name } ({ $slug })
readme-made = Se creó el { $date } con ACT Export { $version }.
# $what is in bold: readme-every-run or readme-only-listed.
readme-covers-whole = Abarca { $what }.
readme-every-run =
    { $count ->
        [one] todas las ejecuciones de prueba de la aplicación
       *[other] todas las ejecuciones de prueba de estas aplicaciones
    }
readme-covers-listed =
    { $count ->
        [one] Abarca { $what }. No se incluyen los datos de otras ejecuciones de prueba de la misma aplicación.
       *[other] Abarca { $what }, aplicación por aplicación. No se incluyen los datos de otras ejecuciones de prueba de las mismas aplicaciones.
    }
readme-only-listed = únicamente las ejecuciones de prueba que se enumeran a continuación
readme-contains =
    { $files ->
        [one] Contiene { $files } fichero ({ $size }).
       *[other] Contiene { $files } ficheros ({ $size }).
    }
readme-runs-heading = Ejecuciones de prueba ({ $runs })
readme-app-runs =
    { $runs ->
        [one] { $app }: { $runs } ejecución de prueba
       *[other] { $app }: { $runs } ejecuciones de prueba
    }
readme-no-runs = La aplicación no tiene ejecuciones de prueba.
readme-column-date = Fecha
readme-column-series = Serie de pruebas
readme-column-version = Versión de la aplicación
readme-column-platform = Plataforma
readme-column-result = Resultado
readme-column-run = ID de la ejecución

## What is in this archive. $file, $folder, $data and $files are names of files and folders.

readme-contents-heading = Qué contiene este archivo comprimido
readme-contents-readme = { $file }: esta página.
readme-contents-manifest = { $file }: una lista, en formato de lectura mecánica, de todos los ficheros con su tamaño y su suma de verificación SHA-256; lo que se solicitó a App Center y cuándo; y una relación de todos los registros y enlaces a ficheros que devolvió App Center, con indicación de si se incluyeron (y por qué) o se excluyeron (y por qué).
readme-contents-app = { $folder }: los datos de { $app }, en { $data } y { $files }, tal como se describe a continuación.
readme-contents-data = { $data }: los registros que App Center conserva sobre las ejecuciones de prueba, exactamente como los envió, en formato JSON: las ejecuciones ({ $runs }), sus informes de prueba completos ({ $reports }) y los registros de exportación de App Center Test ({ $export }).
readme-contents-data-each = En la carpeta de cada aplicación, { $data }: los registros que App Center conserva sobre las ejecuciones de prueba, exactamente como los envió, en formato JSON: las ejecuciones ({ $runs }), sus informes de prueba completos ({ $reports }) y los registros de exportación de App Center Test ({ $export }).
readme-contents-files = { $files }: los ficheros que se subieron para estas ejecuciones de prueba y los que estas generaron: binarios de la aplicación, ficheros de símbolos, iconos de la aplicación, ficheros de prueba y artefactos de los informes, como capturas de pantalla y registros de actividad (logs) de los dispositivos.
readme-contents-files-each = En la carpeta de cada aplicación, { $files }: los ficheros que se subieron para estas ejecuciones de prueba y los que estas generaron: binarios de la aplicación, ficheros de símbolos, iconos de la aplicación, ficheros de prueba y artefactos de los informes, como capturas de pantalla y registros de actividad (logs) de los dispositivos.

## What was left out, and why.

readme-left-out-heading = Qué se ha excluido y por qué
readme-left-out-in = En { $app }
readme-nothing-left-out = Nada. Todos los registros que App Center devolvió para esta aplicación y todos los ficheros que en ellos se mencionan figuran en este archivo comprimido.
readme-others-records = App Center conserva juntos los registros de todas las ejecuciones de prueba de la aplicación, incluidos los de otras personas y organizaciones. En este archivo comprimido solo figuran los registros que pertenecen a las ejecuciones de prueba enumeradas más arriba; los demás se han excluido para proteger los derechos de esas otras personas (artículo 15, apartado 4, del { -regulation }). Se han contabilizado, pero en ningún caso se han copiado:
# $endpoint: the export endpoint's name; $reasons: why, each counted (record-*), listed.
readme-excluded =
    { $received ->
        [one] { $endpoint }: { $excluded } de { $received } registro excluido: { $reasons }.
       *[other] { $endpoint }: { $excluded } de { $received } registros excluidos: { $reasons }.
    }
readme-missing-heading = Ficheros que App Center ya no conservaba ({ $n })
readme-missing-note = App Center incluía estos ficheros en su lista, pero respondió que ya no existen. No se han podido incluir.
readme-missing-file = { $address } (figura en { $file })
readme-skipped-heading = Enlaces que no se han podido seguir ({ $n })
readme-skipped-file = { $address } (en { $file }): { $reason }
readme-not-followed-heading = Enlaces de la lista de registros de exportación de App Center que no se han seguido ({ $n })
readme-not-followed = { $link }: { $reason }

## Why records were left out, after their count ("16 records belong to test runs that were
## not chosen").

record-other-run =
    { $n ->
        [one] { $n } registro pertenece a una ejecución de prueba que no se ha seleccionado
       *[other] { $n } registros pertenecen a ejecuciones de prueba que no se han seleccionado
    }
record-no-usable-link =
    { $n ->
        [one] { $n } registro no contiene ningún enlace utilizable a una ejecución de prueba
       *[other] { $n } registros no contienen ningún enlace utilizable a una ejecución de prueba
    }
record-not-used =
    { $n ->
        [one] { $n } registro corresponde a un fichero subido que no utiliza ninguna de las ejecuciones de prueba seleccionadas
       *[other] { $n } registros corresponden a ficheros subidos que no utiliza ninguna de las ejecuciones de prueba seleccionadas
    }
record-app-wide =
    { $n ->
        [one] { $n } registro se refiere a toda la aplicación, no a una ejecución de prueba concreta
       *[other] { $n } registros se refieren a toda la aplicación, no a una ejecución de prueba concreta
    }
record-undocumented =
    { $n ->
        [one] { $n } registro es de un tipo que la API no documenta
       *[other] { $n } registros son de un tipo que la API no documenta
    }

## Why a link was not taken, on its own line.

reason-not-web = no es una dirección web (http o https)
reason-not-valid = no es una dirección válida
reason-no-address = el enlace no tiene dirección
reason-other-host = apunta a otro servidor, al que no debe enviarse el token de acceso a la API
reason-not-this-apps = no es uno de los registros de exportación de esta aplicación

## How to check that nothing was changed. $file is the word that stands for a file's name in
## the commands.

readme-check-heading = Cómo comprobar que no se ha modificado nada
readme-check = Cada uno de los ficheros que figuran a continuación tiene una suma de verificación SHA-256, que también consta en { $manifest }. Calcule la suma de verificación de un fichero y compárela:
readme-check-file = FICHERO
readme-column-file = Fichero
readme-column-size = Tamaño
readme-column-sha256 = SHA-256
