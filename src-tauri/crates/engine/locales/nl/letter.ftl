# The cover letter that opens README.html: the answer to the person who asked for their data
# (GDPR Art. 15). Every message of this file exists in every language, with the same
# variables. Numbers ($n, $runs, $files, $records) choose the plural form; $alone is "yes"
# when a reason explains the only link there is.

## The Regulation's terms, as its readers know them.

-gdpr = Algemene verordening gegevensbescherming (AVG)
-regulation = de AVG

## Lists and dates.

# "A, B and C": the items before the last, joined by ", ", and the last.
list-and = { $rest } en { $last }
# A moment in words: the date (from CLDR) and the time, in UTC.
moment = { $date } om { $time } UTC
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

letter-heading = Uw verzoek om een kopie van uw gegevens
letter-reference = Ons kenmerk: { $reference }.
letter-received = Uw verzoek is op { $date } bij ons binnengekomen.
letter-made = Dit antwoord is opgesteld op { $date }.
letter-dear = Geachte { $name },
letter-dear-anyone = Geachte heer, mevrouw,
letter-asked = U hebt { $controller } gevraagd om een kopie van de persoonsgegevens die wij over u hebben (artikel 15 van de { -gdpr }). Dit archief is ons antwoord. Het bevat die gegevens, en in deze brief leest u wat wij hebben doorzocht, wat is opgenomen, wat is weggelaten en waarom, en welke informatie wij u volgens de wet moeten geven.
letter-searched-whole-app = alle testruns van de app
letter-searched-runs =
    { $runs ->
        [one] de { $runs } testrun die van u is
       *[other] de { $runs } testruns die van u zijn
    }
letter-searched-app = { $name } ({ $slug }), en daarin { $runs }
letter-searched-one = de app { $app }
letter-searched-several = de apps { $apps }
letter-searched = Wat wij hebben doorzocht: onze gegevens in Visual Studio App Center Test over { $where }, met de bijbehorende testrapporten, de bestanden die daarvoor zijn geüpload of daarbij zijn aangemaakt, en de exportrecords van App Center Test.
letter-files =
    { $files ->
        [one] { $files } bestand ({ $size })
       *[other] { $files } bestanden ({ $size })
    }
letter-files-later = de bijbehorende bestanden (die worden geteld wanneer de export wordt uitgevoerd)
letter-included =
    { $runs ->
        [one] Wat is opgenomen: { $runs } testrun en { $files }, zoals App Center ze heeft bewaard.
       *[other] Wat is opgenomen: { $runs } testruns en { $files }, zoals App Center ze heeft bewaard.
    }
letter-left-out-later =
    { $apps ->
        [one] Wat is weggelaten: dezelfde app kan ook testgegevens van andere klanten bevatten.
       *[other] Wat is weggelaten: dezelfde apps kunnen ook testgegevens van andere klanten bevatten.
    } Die gegevens zijn niet van u en staan daarom niet in dit archief (de weggelaten records worden geteld wanneer de export wordt uitgevoerd). Dat volgt uit artikel 15, lid 4, van { -regulation }: het recht op een kopie mag geen afbreuk doen aan de rechten en vrijheden van anderen. Bestanden die App Center niet meer heeft, en links van App Center die niet kunnen worden gevolgd, worden hier vermeld zodra de export is uitgevoerd.
letter-left-out-nothing = Wat is weggelaten: niets.
letter-left-out-records =
    { $apps ->
        [one] Wat is weggelaten: dezelfde app bevat ook testgegevens van andere klanten.
       *[other] Wat is weggelaten: dezelfde apps bevatten ook testgegevens van andere klanten.
    } Die gegevens zijn niet van u en staan daarom niet in dit archief ({ $records ->
        [one] { $records } record van andere testruns is weggelaten en alleen geteld
       *[other] { $records } records van andere testruns zijn weggelaten en alleen geteld
    }). Dat volgt uit artikel 15, lid 4, van { -regulation }: het recht op een kopie mag geen afbreuk doen aan de rechten en vrijheden van anderen.
letter-left-out-no-records = Wat is weggelaten: geen records, maar niet alles wat App Center vermeldde, kon worden opgenomen.
letter-missing-files =
    { $n ->
        [one] App Center vermeldde { $n } bestand bij deze testruns, maar had dat bestand niet meer toen wij erom vroegen. Het staat daarom niet in dit archief. Het bestand wordt verderop op deze pagina vermeld.
       *[other] App Center vermeldde { $n } bestanden bij deze testruns, maar had die bestanden niet meer toen wij erom vroegen. Ze staan daarom niet in dit archief. De bestanden worden verderop op deze pagina vermeld.
    }
letter-links-not-fetched =
    { $n ->
        [one] { $n } link naar een bestand in de records en testrapporten kon niet worden opgehaald, omdat { $reasons }. Deze link wordt verderop op deze pagina vermeld.
       *[other] { $n } links naar bestanden in de records en testrapporten konden niet worden opgehaald, omdat { $reasons }. Deze links worden verderop op deze pagina vermeld.
    }
letter-links-not-followed =
    { $n ->
        [one] De lijst van App Center met de plaatsen waar de exportrecords worden bewaard, bevatte { $n } link die niet is gevolgd, omdat { $reasons }. Waar die link naartoe leidt, staat niet in dit archief. Deze link wordt verderop op deze pagina vermeld.
       *[other] De lijst van App Center met de plaatsen waar de exportrecords worden bewaard, bevatte { $n } links die niet zijn gevolgd, omdat { $reasons }. Waar die links naartoe leiden, staat niet in dit archief. Deze links worden verderop op deze pagina vermeld.
    }

## Why links were not taken, each after a count of links ("2 had no address"), or alone
## for the only link ("it had no address").
## Dutch: each reason follows "omdat", so the verb comes last; "die" is the one link,
## "{ $n } daarvan" a number of the links counted before.

link-not-valid =
    { $alone ->
        [yes] die geen geldig adres bevatte
       *[no]
            { $n ->
                [one] { $n } daarvan geen geldig adres bevatte
               *[other] { $n } daarvan geen geldig adres bevatten
            }
    }
link-not-web =
    { $alone ->
        [yes] die naar iets anders dan een webadres verwees
       *[no]
            { $n ->
                [one] { $n } daarvan naar iets anders dan een webadres verwees
               *[other] { $n } daarvan naar iets anders dan een webadres verwezen
            }
    }
link-no-address =
    { $alone ->
        [yes] die geen adres had
       *[no]
            { $n ->
                [one] { $n } daarvan geen adres had
               *[other] { $n } daarvan geen adres hadden
            }
    }
link-other-host =
    { $alone ->
        [yes] die naar een adres buiten App Center verwees, terwijl onze toegangsgegevens voor App Center nooit naar zo'n adres mogen worden gestuurd
       *[no]
            { $n ->
                [one] { $n } daarvan naar een adres buiten App Center verwees, terwijl onze toegangsgegevens voor App Center nooit naar zo'n adres mogen worden gestuurd
               *[other] { $n } daarvan naar een adres buiten App Center verwezen, terwijl onze toegangsgegevens voor App Center nooit naar zo'n adres mogen worden gestuurd
            }
    }
link-not-this-apps =
    { $alone ->
        [yes] die niet naar de eigen exportrecords van de app leidde
       *[no]
            { $n ->
                [one] { $n } daarvan niet naar de eigen exportrecords van de app leidde
               *[other] { $n } daarvan niet naar de eigen exportrecords van de app leidden
            }
    }
link-no-web-page =
    { $alone ->
        [yes] die niet naar een webpagina leidde
       *[no]
            { $n ->
                [one] { $n } daarvan niet naar een webpagina leidde
               *[other] { $n } daarvan niet naar een webpagina leidden
            }
    }

## About this data (Art. 15(1)(a) to (h) and 15(2)).

letter-about = Over deze gegevens
letter-purposes = Waarom wij deze gegevens hebben
letter-categories = Welke categorieën van persoonsgegevens
letter-recipients = Aan wie de gegevens zijn verstrekt
letter-retention = Hoe lang wij de gegevens bewaren
letter-source = Waar de gegevens vandaan komen
letter-automated = Geautomatiseerde besluitvorming
letter-transfers = Doorgifte buiten de Europese Economische Ruimte (EER)
letter-rights-heading = Uw rechten
letter-rights = U kunt ons vragen om onjuiste gegevens te verbeteren (rectificatie), om gegevens te wissen (gegevenswissing) of om de verwerking ervan te beperken (beperking van de verwerking). Ook kunt u bezwaar maken tegen de verwerking. Daarnaast kunt u een klacht indienen bij een toezichthoudende autoriteit: { $authority }.
letter-questions = Hebt u vragen over dit antwoord? Neem dan contact op met { $contact }.
letter-dpo = Onze functionaris voor gegevensbescherming: { $dpo }.
letter-checksums = Van elk bestand in dit archief staat onderaan deze pagina een controlegetal (checksum). Zo kan iedereen nagaan dat er na het aanmaken van het archief niets is gewijzigd.
letter-closing = Met vriendelijke groet,
letter-signed = { $signature } van { $controller }

## The texts the app suggests for the organisation's details (the officer may write their
## own; a suggested text is given in the language of each answer).

profile-controller = onze organisatie
profile-contact = de contactpersoon die u dit archief heeft gestuurd
profile-purposes = Om mobiele apps voor u op echte apparaten te testen: de tests uitvoeren waarom u of uw organisatie heeft gevraagd, de resultaten en testrapporten daarvan bewaren, en de oorzaak opsporen als een test mislukt.
profile-categories = Testruns en hun resultaten, testrapporten met apparaatlogboeken en schermafbeeldingen, de builds van de app, de symboolbestanden en de testbestanden die daarvoor zijn geüpload, en de namen en datums die daarbij horen.
profile-recipients = Microsoft, dat de dienst App Center Test als onze verwerker voor ons uitvoerde. Niemand anders heeft deze gegevens van ons ontvangen.
profile-retention = Zolang de testovereenkomst loopt, en daarna tot het einde van de bewaartermijn. Daarna worden de gegevens gewist.
profile-source = Van u of uw organisatie, bij het opzetten en uitvoeren van de tests. De testrapporten zijn door de testdienst gemaakt.
profile-automated-decisions = Geen: op basis van deze gegevens wordt geen besluit over u genomen dat uitsluitend op geautomatiseerde verwerking berust.
profile-transfers = De dienst App Center sloeg gegevens op in de Verenigde Staten, op basis van de standaardbepalingen inzake gegevensbescherming die door de Europese Commissie zijn vastgesteld.
profile-authority = de toezichthoudende autoriteit voor gegevensbescherming in het land waar u woont of werkt
profile-signature = Het privacyteam
