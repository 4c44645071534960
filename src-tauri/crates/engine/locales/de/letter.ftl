# The cover letter that opens README.html: the answer to the person who asked for their data
# (GDPR Art. 15). Every message of this file exists in every language, with the same
# variables. Numbers ($n, $runs, $files, $records) choose the plural form; $alone is "yes"
# when a reason explains the only link there is.

## The Regulation's terms, as its readers know them.

-gdpr = Datenschutz-Grundverordnung
# "The Regulation" as German readers cite it: "Artikel 15 Absatz 4 DSGVO" (no article).
-regulation = DSGVO

## Lists and dates.

# "A, B and C": the items before the last, joined by ", ", and the last.
list-and = { $rest } und { $last }
# A moment in words: the date (from CLDR) and the time, in UTC.
# "26. November 2026 um 23:01 Uhr UTC" (after "am").
moment = { $date } um { $time } Uhr UTC
# The decimal separator of sizes ("1.5 MB").
decimal-separator = ,
size-bytes = { $n } Byte

# Sizes of a thousand bytes and more: $n is the number, already written ("1,5").
size-kilobytes = { $n } kB
size-megabytes = { $n } MB
size-gigabytes = { $n } GB
size-terabytes = { $n } TB

## The letter.

letter-heading = Ihr Antrag auf eine Kopie Ihrer Daten
letter-reference = Unser Zeichen: { $reference }.
letter-received = Ihr Antrag ist am { $date } bei uns eingegangen.
letter-made = Diese Antwort wurde am { $date } erstellt.
# Works for a person's and an organisation's name alike.
letter-dear = Guten Tag { $name },
letter-dear-anyone = Sehr geehrte Damen und Herren,
# $controller stands in the nominative, so that it reads well with any organisation's name.
letter-asked = Sie haben eine Kopie der personenbezogenen Daten beantragt, die { $controller } über Sie verarbeitet (Artikel 15 der { -gdpr }, { -regulation }). Dieses Archiv ist unsere Antwort. Es enthält diese Daten, und dieses Schreiben erläutert, was wir durchsucht haben, was enthalten ist, was nicht aufgenommen wurde und warum. Außerdem erhalten Sie hier die Informationen, die wir Ihnen nach dem Gesetz geben müssen.
# The runs searched, after "mit" (dative): "zur App X (x) mit allen Testläufen der App".
letter-searched-whole-app = allen Testläufen der App
letter-searched-runs =
    { $runs ->
        [one] Ihrem Testlauf
       *[other] Ihren { $runs } Testläufen
    }
letter-searched-app = { $name } ({ $slug }) mit { $runs }
letter-searched-one = zur App { $app }
letter-searched-several = zu den Apps { $apps }
letter-searched = Was wir durchsucht haben: unsere Datensätze in Visual Studio App Center Test { $where }, jeweils einschließlich der Testberichte, der dafür hochgeladenen und dabei erzeugten Dateien sowie der Exportdatensätze von App Center Test.
# After "mit" (dative; "Datei" and "Dateien" read the same in every case).
letter-files =
    { $files ->
        [one] insgesamt { $files } Datei ({ $size })
       *[other] insgesamt { $files } Dateien ({ $size })
    }
letter-files-later = den zugehörigen Dateien (ihre Anzahl wird beim Export ermittelt)
letter-included =
    { $runs ->
        [one] Was enthalten ist: { $runs } Testlauf mit { $files }, so, wie App Center sie gespeichert hat.
       *[other] Was enthalten ist: { $runs } Testläufe mit { $files }, so, wie App Center sie gespeichert hat.
    }
letter-left-out-later =
    { $apps ->
        [one] Was nicht aufgenommen wurde: Dieselbe App kann auch Testdaten anderer Kunden enthalten.
       *[other] Was nicht aufgenommen wurde: Dieselben Apps können auch Testdaten anderer Kunden enthalten.
    } Es sind nicht Ihre Daten, deshalb sind sie nicht in diesem Archiv enthalten (die nicht aufgenommenen Datensätze werden beim Export gezählt). Das verlangt Artikel 15 Absatz 4 { -regulation }: Die Kopie, die Sie erhalten, darf die Rechte und Freiheiten anderer Personen nicht beeinträchtigen. Dateien, die bei App Center nicht mehr vorhanden sind, und Links von App Center, denen nicht gefolgt werden kann, werden hier genannt, sobald der Export abgeschlossen ist.
letter-left-out-nothing = Was nicht aufgenommen wurde: nichts.
letter-left-out-records =
    { $apps ->
        [one] Was nicht aufgenommen wurde: Dieselbe App enthält auch Testdaten anderer Kunden.
       *[other] Was nicht aufgenommen wurde: Dieselben Apps enthalten auch Testdaten anderer Kunden.
    } Es sind nicht Ihre Daten, deshalb sind sie nicht in diesem Archiv enthalten ({ $records ->
        [one] { $records } Datensatz anderer Testläufe wurde nicht aufgenommen, sondern nur gezählt
       *[other] { $records } Datensätze anderer Testläufe wurden nicht aufgenommen, sondern nur gezählt
    }). Das verlangt Artikel 15 Absatz 4 { -regulation }: Die Kopie, die Sie erhalten, darf die Rechte und Freiheiten anderer Personen nicht beeinträchtigen.
letter-left-out-no-records = Was nicht aufgenommen wurde: keine Datensätze. Es konnte jedoch nicht alles aufgenommen werden, was App Center aufgeführt hat.
letter-missing-files =
    { $n ->
        [one] App Center hat für diese Testläufe { $n } Datei aufgeführt, die nicht mehr vorhanden war, als wir sie angefordert haben. Sie ist daher nicht in diesem Archiv enthalten und wird weiter unten auf dieser Seite genannt.
       *[other] App Center hat für diese Testläufe { $n } Dateien aufgeführt, die nicht mehr vorhanden waren, als wir sie angefordert haben. Sie sind daher nicht in diesem Archiv enthalten und werden weiter unten auf dieser Seite genannt.
    }
# $reasons stand after "weil": verb last ("weil 2 keine Adresse hatten und 1 ...").
letter-links-not-fetched =
    { $n ->
        [one] In den Datensätzen und Testberichten konnte { $n } Link auf eine Datei nicht abgerufen werden, weil { $reasons }. Er wird weiter unten auf dieser Seite genannt.
       *[other] In den Datensätzen und Testberichten konnten { $n } Links auf Dateien nicht abgerufen werden, weil { $reasons }. Sie werden weiter unten auf dieser Seite genannt.
    }
letter-links-not-followed =
    { $n ->
        [one] Die Liste, in der App Center angibt, wo die Exportdatensätze gespeichert sind, enthielt { $n } Link, dem wir nicht gefolgt sind, weil { $reasons }. Das, worauf er verweist, ist nicht in diesem Archiv enthalten. Er wird weiter unten auf dieser Seite genannt.
       *[other] Die Liste, in der App Center angibt, wo die Exportdatensätze gespeichert sind, enthielt { $n } Links, denen wir nicht gefolgt sind, weil { $reasons }. Das, worauf sie verweisen, ist nicht in diesem Archiv enthalten. Sie werden weiter unten auf dieser Seite genannt.
    }

## Why links were not taken, each after a count of links ("2 had no address"), or alone
## for the only link ("it had no address").
## In German each reason follows "weil", so its verb comes last; "er" is "der Link", and
## the verb agrees with the count ("1 hatte", "2 hatten").

link-not-valid =
    { $alone ->
        [yes] er keine gültige Adresse enthielt
       *[no]
            { $n ->
                [one] { $n } keine gültige Adresse enthielt
               *[other] { $n } keine gültige Adresse enthielten
            }
    }
link-not-web =
    { $alone ->
        [yes] er auf etwas anderes als eine Webadresse verwies
       *[no]
            { $n ->
                [one] { $n } auf etwas anderes als eine Webadresse verwies
               *[other] { $n } auf etwas anderes als eine Webadresse verwiesen
            }
    }
link-no-address =
    { $alone ->
        [yes] er keine Adresse hatte
       *[no]
            { $n ->
                [one] { $n } keine Adresse hatte
               *[other] { $n } keine Adresse hatten
            }
    }
link-other-host =
    { $alone ->
        [yes] er auf ein Ziel außerhalb von App Center verwies (dorthin dürfen unsere Zugangsdaten für App Center niemals gesendet werden)
       *[no]
            { $n ->
                [one] { $n } auf ein Ziel außerhalb von App Center verwies (dorthin dürfen unsere Zugangsdaten für App Center niemals gesendet werden)
               *[other] { $n } auf Ziele außerhalb von App Center verwiesen (dorthin dürfen unsere Zugangsdaten für App Center niemals gesendet werden)
            }
    }
link-not-this-apps =
    { $alone ->
        [yes] er nicht zu den eigenen Exportdatensätzen der App führte
       *[no]
            { $n ->
                [one] { $n } nicht zu den eigenen Exportdatensätzen der App führte
               *[other] { $n } nicht zu den eigenen Exportdatensätzen der App führten
            }
    }
link-no-web-page =
    { $alone ->
        [yes] er zu keiner Webseite führte
       *[no]
            { $n ->
                [one] { $n } zu keiner Webseite führte
               *[other] { $n } zu keiner Webseite führten
            }
    }

## About this data (Art. 15(1)(a) to (h) and 15(2)).

letter-about = Angaben zu diesen Daten
letter-purposes = Verarbeitungszwecke
letter-categories = Kategorien personenbezogener Daten
letter-recipients = Empfänger
letter-retention = Speicherdauer
letter-source = Herkunft der Daten
letter-automated = Automatisierte Entscheidungsfindung
letter-transfers = Übermittlung in Drittländer außerhalb des Europäischen Wirtschaftsraums (EWR)
letter-rights-heading = Ihre Rechte
letter-rights = Sie haben das Recht, von uns die Berichtigung unrichtiger Daten (Recht auf Berichtigung), die Löschung Ihrer Daten (Recht auf Löschung) oder die Einschränkung der Verarbeitung (Recht auf Einschränkung der Verarbeitung) zu verlangen, und Sie können der Verarbeitung widersprechen (Widerspruchsrecht). Außerdem können Sie sich bei einer Aufsichtsbehörde beschweren: { $authority }.
letter-questions = Wenn Sie Fragen zu dieser Antwort haben, wenden Sie sich bitte an { $contact }.
letter-dpo = Kontaktdaten unseres Datenschutzbeauftragten: { $dpo }.
letter-checksums = Für jede Datei in diesem Archiv ist am Ende dieser Seite eine Prüfsumme aufgeführt. So kann jeder nachprüfen, dass seit der Erstellung des Archivs nichts verändert wurde.
# A German letter's closing has no comma.
letter-closing = Mit freundlichen Grüßen
letter-signed = { $signature }, { $controller }

## The texts the app suggests for the organisation's details (the officer may write their
## own; a suggested text is given in the language of each answer).

# Used in the nominative ("die unsere Organisation über Sie verarbeitet") and in the signature.
profile-controller = unsere Organisation
# After "an" (accusative).
profile-contact = die Kontaktperson, die Ihnen dieses Archiv geschickt hat
profile-purposes = Wir testen mobile Apps in Ihrem Auftrag auf echten Geräten: Wir führen die Tests durch, die Sie oder Ihre Organisation beauftragt haben, bewahren deren Ergebnisse und Testberichte auf und ermitteln, warum Tests fehlgeschlagen sind.
profile-categories = Testläufe und ihre Ergebnisse, Testberichte mit Geräteprotokollen und Screenshots, die dafür hochgeladenen App-Builds, Symboldateien und Testdateien sowie die zugehörigen Namen und Datumsangaben.
profile-recipients = Microsoft als unser Auftragsverarbeiter, der den Dienst App Center Test für uns betrieben hat. Niemand sonst hat diese Daten von uns erhalten.
profile-retention = Für die Laufzeit des Testvertrags und danach bis zum Ablauf der Aufbewahrungsfrist; anschließend werden die Daten gelöscht.
profile-source = Von Ihnen oder Ihrer Organisation, als die Tests eingerichtet und ausgeführt wurden; die Testberichte hat der Testdienst erstellt.
profile-automated-decisions = Keine: Anhand dieser Daten wird keine Entscheidung über Sie automatisiert getroffen.
profile-transfers = Der Dienst App Center hat Daten in den USA gespeichert; Grundlage dafür sind die Standardvertragsklauseln der Europäischen Kommission.
profile-authority = die Datenschutzaufsichtsbehörde des Landes, in dem Sie wohnen oder arbeiten
profile-signature = Das Datenschutzteam
