# Teksten van de beslisboom (flows/default.toml). Nederlands, met "je".
# Nummers en adressen staan in de flow, bij de bron waar ze gelezen zijn; schrijf ze
# hier precies zo.

## Bronnen

source-politie-nl = wat je kunt doen als je kinderporno tegenkomt op internet
source-meldpunt-nl = wat je bij het Meldpunt meldt, en wat niet
source-meldpunt-whatsapp = het WhatsApp-nummer van Meldpunt Kinderporno
source-offlimits = over Off Limits en de diensten die het runt
source-helpwanted = hulp bij online seksueel misbruik
source-stop-it-now-nl = Stop it Now! in Nederland
source-childfocus-be = het burgerlijk meldpunt voor seksuele misbruikbeelden van kinderen
source-childfocus-be-fr = het burgerlijk meldpunt, in het Frans
source-ecoute-enfants-103 = de lijn 103 voor kinderen en jongeren
source-childfocus-116000 = het gratis nummer 116 000
source-politie-be = welk noodnummer je belt: 101 of 112
source-1712 = over 1712
source-stop-it-now-flanders = Stop it Now! in Vlaanderen
source-stop-it-now-brussels = contact met Stop it Now! in Brussel
source-inhope = het internationale netwerk van meldpunten

## Contacten

contact-emergency-112 = Alarmnummer 112
contact-emergency-112-when = Een kind is nu in gevaar, of er is nu misbruik aan de gang en je weet wie het slachtoffer is of waar het gebeurt.
contact-police-be-101 = Politie in België, noodnummer 101
contact-police-be-101-when = In België bel je 101 als je nu de politie nodig hebt. Voor dringende medische hulp bel je 112.
contact-police-nl-0900 = Politie, geen spoed
contact-police-nl-0900-when = Als het geen spoed heeft: om iets te melden, om aangifte te doen, of als je denkt dat er nu misbruik is maar niet weet wie of waar. Je kunt ook langsgaan op het politiebureau in je woonplaats.
contact-meldpunt-chat-app = Meldpunt Kinderporno, WhatsApp-meldnummer
contact-meldpunt-chat-app-when = Je kreeg beelden of video's in een chatapp, zoals WhatsApp, Messenger, Telegram of Signal. Stuur het bericht in de app door naar dit nummer. Je hoeft niet te zeggen wie je bent. Het is geen nummer om te bellen.
contact-meldpunt-kinderporno = Meldpunt Kinderporno (van Off Limits), meldformulier
contact-meldpunt-kinderporno-when = Het materiaal staat op een openbare plek op internet met een webadres (URL). Je melding is vertrouwelijk en mag anoniem. Twijfel je of het strafbaar is? Meld het toch: de analisten beoordelen dat.
contact-off-limits = Off Limits (vroeger Expertisebureau Online Kindermisbruik)
contact-off-limits-when = Mensen ruilen misbruikbeelden op een forum, of volwassenen benaderen minderjarigen seksueel, bijvoorbeeld op een chatsite of via de webcam. Op de website lees je hoe je dit doorgeeft; Off Limits weegt de situatie.
contact-helpwanted = Helpwanted (van Off Limits)
contact-helpwanted-when = Hulp bij online seksueel misbruik: iemand dreigt naaktbeelden te verspreiden (sextortion), beelden van iemand gaan rond zonder toestemming, of een volwassene probeert een kind in te palmen (grooming). Gratis en anoniem, voor elke leeftijd; via chat, telefoon of e-mail.
contact-meld-misdaad-anoniem = Meld Misdaad Anoniem
contact-meld-misdaad-anoniem-when = Je wilt doorgeven wat je weet zonder je naam te noemen.
contact-veilig-thuis = Veilig Thuis
contact-veilig-thuis-when = Je maakt je zorgen over de veiligheid van een kind in je omgeving en vermoedt seksueel misbruik.
contact-stop-it-now-nl = Stop it Now! Nederland
contact-stop-it-now-nl-when = Voor wie zich zorgen maakt over de eigen seksuele gevoelens of het eigen gedrag tegenover minderjarigen, en voor de mensen om hen heen. Gratis en anoniem. Er zijn ook een contactformulier en een chat.
contact-child-focus-form = Meldpunt van Child Focus (stopchildporno.be), meldformulier
contact-child-focus-form-when = Je vond seksuele misbruikbeelden van kinderen op internet. Je mag volledig anoniem blijven.
contact-child-focus-116000 = Child Focus, gratis nummer 116 000
contact-child-focus-116000-when = Seksuele uitbuiting van een kind, ook online, zoals sexting, grooming en sextortion, en vermiste kinderen. Anoniem als je dat vraagt.
contact-vk-1712 = 1712, hulplijn voor geweld, misbruik en kindermishandeling
contact-vk-1712-when = Voor iedereen met een vraag over geweld of misbruik: kinderen, jongeren en volwassenen, slachtoffers en getuigen. Gratis, en je hoeft niet te zeggen wie je bent. Via telefoon, chat of e-mail. Geen noodnummer: bij gevaar bel je 101 of 112.
contact-child-focus-other-help = Pagina van Child Focus met andere organisaties
contact-child-focus-other-help-when = Child Focus verwijst hier naar organisaties voor vragen buiten zijn eigen taak, bijvoorbeeld voor volwassenen die vroeger misbruikt zijn.
contact-child-focus-other-help-fr = Franstalige pagina van Child Focus met andere organisaties
contact-child-focus-other-help-fr-when = Dezelfde verwijzingen, voor wie Frans spreekt.
contact-ecoute-enfants-103 = 103 Écoute-Enfants
contact-ecoute-enfants-103-when = Gratis en anoniem, voor kinderen en jongeren die Frans spreken.
contact-stop-it-now-flanders = Stop it Now! Vlaanderen
contact-stop-it-now-flanders-when = Voor wie seksuele gevoelens voor minderjarigen heeft of zich zorgen maakt over het eigen gedrag, en voor de mensen om hen heen. Gratis en anoniem; via telefoon, e-mail of chat.
contact-stop-it-now-brussels = Stop it Now! Brussel
contact-stop-it-now-brussels-when = Dezelfde hulp in Brussel, voor wie Frans spreekt.
contact-inhope = INHOPE, het internationale netwerk van meldpunten
contact-inhope-when = Op de website van INHOPE vind je het meldpunt van elk aangesloten land.

hours-always = dag en nacht, 7 dagen per week, gratis
hours-see-website = de openingstijden wisselen: kijk op de website
hours-see-off-limits = de openingstijden wisselen: kijk op de website van Off Limits

## Vragen en antwoorden

question-country = Waar woon je, of waar wil je melden?
question-country-help = Is een kind nu in gevaar? Kies dan het eerste antwoord.
answer-country-danger-now = Een kind is nu in gevaar
answer-country-nl = Nederland
answer-country-be = België
answer-country-elsewhere = Een ander land
answer-country-unsure = Ik weet het niet

question-nl-what = Wat ben je tegengekomen?
answer-nl-what-chat-app = Beelden of video's die ik kreeg in een chatapp of op sociale media
answer-nl-what-website = Beelden of video's op een website
answer-nl-what-forum = Een forum of groep waar mensen misbruikbeelden uitwisselen
answer-nl-what-approach = Een volwassene die een minderjarige seksueel benadert (chatsite, webcam)
answer-nl-what-sextortion = Iemand dreigt naaktbeelden van mij of mijn kind te verspreiden
answer-nl-what-live = Misbruik dat nu live te zien is (bijvoorbeeld via een webcam)
answer-nl-what-unsure-age = Seksuele beelden, maar ik weet niet zeker of er een minderjarige bij is
answer-nl-what-worried = Ik maak me zorgen over een kind in mijn omgeving
answer-nl-what-complaint = Ik wil aangifte doen
answer-nl-what-own-feelings = Ik maak me zorgen over mijn eigen gevoelens voor minderjarigen
answer-nl-what-unsure = Iets anders, of ik weet het niet

question-nl-public = Staat het op een openbare webpagina die iedereen met het adres (URL) kan openen?
question-nl-public-help = Niet openbaar zijn: opslag in de cloud, bestanden op iemands computer, e-mail tussen twee mensen, het dark web.
answer-nl-public-yes = Ja, er is een openbaar webadres
answer-nl-public-no = Nee: cloud, privébestanden, e-mail of dark web
answer-nl-public-unsure = Ik weet het niet

question-nl-now = Wordt er op dit moment live een kind misbruikt?
question-nl-now-help = Bijvoorbeeld in een webcamstream die nu loopt. Gaan de berichten of het contact gewoon door? Kies dan "Nee".
answer-nl-now-yes = Ja, het misbruik is nu live te zien
answer-nl-now-no = Nee, nu niet live (het contact kan wel doorgaan)
answer-nl-now-unsure = Ik weet het niet

question-nl-known = Weet je wie het slachtoffer is, of waar het misbruik gebeurt?
question-nl-known-help = Vaak weet nog niemand dat op het moment van melden, ook de politie niet.
answer-nl-known-yes = Ja, het slachtoffer of de plek is bekend
answer-nl-known-no = Nee, geen van beide is bekend
answer-nl-known-unsure = Ik weet het niet

question-be-what = Waar gaat het om?
answer-be-what-images = Ik vond seksuele misbruikbeelden van kinderen op internet
answer-be-what-exploitation = Een kind wordt online seksueel uitgebuit (sexting, grooming, sextortion): ikzelf, mijn kind, of een kind dat ik ken
answer-be-what-worried = Ik maak me zorgen over een kind in mijn buurt, of een kind vertelde me dat het misbruikt wordt
answer-be-what-child-victim = Ik ben een kind en dit overkomt mij
answer-be-what-adult-victim = Ik ben volwassen en werd vroeger misbruikt
answer-be-what-own-feelings = Ik maak me zorgen over mijn eigen gevoelens voor minderjarigen
answer-be-what-unsure = Iets anders, of ik weet het niet

## Uitkomsten

outcome-emergency = Bel nu 112 (in België: 101 voor de politie)
outcome-emergency-summary = Bel meteen en zeg dat een kind in gevaar is. In Nederland bel je 112. In België bel je 101 voor de politie, en 112 voor dringende medische hulp.

outcome-nl-chat-app = Stuur het door naar het WhatsApp-nummer van Meldpunt Kinderporno
outcome-nl-chat-app-summary = Kreeg je de beelden in een chatapp? Stuur het bericht in de app door naar het WhatsApp-meldnummer van Meldpunt Kinderporno. Wacht op het automatische antwoord. Pas daarna wis je de beelden van je telefoon, anders komen ze misschien niet aan. Je hoeft niet te zeggen wie je bent.

outcome-nl-meldpunt = Meld het webadres bij Meldpunt Kinderporno
outcome-nl-meldpunt-summary = Staat het materiaal op een openbare webpagina? Meld die dan bij Meldpunt Kinderporno, het meldpunt van Off Limits. Geef het adres van de pagina door, niet de beelden zelf.

outcome-nl-not-public = Meld het bij de politie
outcome-nl-not-public-summary = Het Meldpunt kan niets met materiaal in de cloud, in bestanden op iemands computer, in e-mail van persoon tot persoon of op het dark web. Meld dat bij de politie: bel, of ga naar het politiebureau in je woonplaats. Anoniem kan via Meld Misdaad Anoniem.

outcome-nl-public-unsure = Meldpunt Kinderporno, of anders de politie
outcome-nl-public-unsure-summary = Kan iedereen de pagina openen met het adres? Gebruik dan het meldformulier van het Meldpunt. Is dat niet zo, of weet je het niet? Bel dan de politie op het nummer voor geen spoed.

outcome-nl-approach = Geef het door via Off Limits
outcome-nl-approach-summary = Benadert een volwassene een minderjarige seksueel, bijvoorbeeld op een chatsite of via de webcam? Geef dat door via Off Limits: daar wegen ze de situatie. Helpwanted helpt ook bij grooming. Zie je het misbruik nu live gebeuren? Ga terug en kies dat antwoord.

outcome-nl-sextortion = Zoek hulp bij Helpwanted, en meld het bij de politie
outcome-nl-sextortion-summary = Dreigt iemand naaktbeelden van jou of je kind te verspreiden? Je staat er niet alleen voor. Helpwanted helpt je, gratis en anoniem. Je kunt ook aangifte doen bij de politie. Is iemand nu in gevaar? Bel 112.

outcome-nl-live-known = Bel 112
outcome-nl-live-known-summary = Je denkt dat een kind op dit moment misbruikt wordt, en je weet wie het slachtoffer is of waar het gebeurt. Bel nu het alarmnummer 112.

outcome-nl-live-unknown = Bel de politie op 0900-8844
outcome-nl-live-unknown-summary = Je denkt dat er nu misbruik is, maar je weet niet wie het slachtoffer is of waar het gebeurt. Dat is vaak zo, ook voor de politie. Bel de politie op 0900-8844.

outcome-nl-unsure-age = Twijfel je? Meld het toch
outcome-nl-unsure-age-summary = Je hoeft niet zelf te bepalen of de beelden strafbaar zijn: dat doen de analisten van het Meldpunt. Porno met alleen volwassenen, en erotische verhalen of teksten, horen niet bij het Meldpunt.

outcome-nl-worried = Praat met Veilig Thuis
outcome-nl-worried-summary = Maak je je zorgen over een kind in je omgeving en denk je aan seksueel misbruik? Veilig Thuis geeft je advies. Is het kind nu in gevaar? Bel 112.

outcome-nl-complaint = Doe aangifte bij de politie
outcome-nl-complaint-summary = Wil je aangifte doen? Bel de politie op 0900-8844. Je kunt ook naar het politiebureau in je woonplaats gaan.

outcome-nl-unsure = Vraag het de politie
outcome-nl-unsure-summary = Weet je niet zeker wat het is of waar je het meldt? Bel de politie op het nummer voor geen spoed; daar hoor je wat je kunt doen. Anoniem iets doorgeven kan via Meld Misdaad Anoniem.

outcome-own-feelings = Zoek steun bij Stop it Now!
outcome-nl-own-feelings-summary = Maak je je zorgen over je eigen gevoelens of gedrag tegenover minderjarigen? Dan is hulp zoeken een goede stap, en die hulp is er. Bel Stop it Now!, gratis en anoniem. Stop it Now! is een onderdeel van Off Limits; op de website van Off Limits lees je meer.
outcome-be-own-feelings-summary = Maak je je zorgen over je eigen gevoelens of gedrag tegenover minderjarigen? Dan is hulp zoeken een goede stap, en die hulp is er. Stop it Now! luistert, gratis en anoniem: in Vlaanderen in het Nederlands, in Brussel in het Frans.

outcome-be-images = Meld de beelden bij Child Focus
outcome-be-images-summary = Gebruik het meldformulier van het meldpunt van Child Focus. Je kunt volledig anoniem blijven. Zo kunnen de beelden zo snel mogelijk van internet verdwijnen.

outcome-be-exploitation = Neem contact op met Child Focus via 116 000
outcome-be-exploitation-summary = Gaat het om jou, je kind of een kind dat je kent? Child Focus helpt slachtoffers van seksuele uitbuiting en de mensen om hen heen, ook bij sexting, grooming en sextortion. Bel 116 000. Beelden op internet meld je via het formulier. Is er nu gevaar? Bel 101.

outcome-be-worried = Praat erover met 1712
outcome-be-worried-summary = Maak je je zorgen over een kind, of vertelde een kind je dat het misbruikt wordt? Bij 1712 luisteren ze naar je en denken ze mee over wat je kunt doen. Ook als je twijfelt. Child Focus (116 000) steunt ook de omgeving van kinderen die seksueel uitgebuit worden. Is het kind nu in gevaar? Bel 101.

outcome-be-child-victim = Je kunt 1712 bellen
outcome-be-child-victim-summary = Overkomt jou iets wat niet goed voelt? Praat erover. Bel 1712. Het is gratis. Je hoeft je naam niet te zeggen. Spreek je Frans? Bel 103. Child Focus kun je altijd bellen op 116 000.

outcome-be-other-help = Praat met 1712, of vind hulp via Child Focus
outcome-be-other-help-summary = Werd je vroeger misbruikt? Ook nu kun je erover praten. 1712 is er voor volwassenen en voor slachtoffers. Child Focus noemt op zijn website nog andere organisaties, in het Nederlands en in het Frans.

outcome-be-unsure = Vraag het Child Focus
outcome-be-unsure-summary = Weet je niet zeker wat je zag of waar je het meldt? Child Focus is dag en nacht bereikbaar op 116 000. Beelden op internet meld je via het formulier.

outcome-elsewhere = Vind het meldpunt van jouw land via INHOPE
outcome-elsewhere-summary = Woon je buiten Nederland en België? INHOPE is het internationale netwerk van meldpunten; op de website vind je het meldpunt van je land. Is een kind in gevaar? In de Europese Unie bel je 112.

outcome-country-unsure = Meld het waar je woont
outcome-country-unsure-summary = Woon je in Nederland of België? Meld het daar, ook als het materiaal op een buitenlandse site staat: de meldpunten geven zulke meldingen door via het INHOPE-netwerk. In Nederland is dat Meldpunt Kinderporno, in België het meldpunt van Child Focus. Woon je elders? Op de site van INHOPE vind je het meldpunt van je land.

## Wat je noteert

note-where-when = Waar en wanneer je het zag: de site, app of dienst, de datum en het tijdstip.
note-trace-details = Gegevens waarmee de politie mensen opspoort: e-mailadressen, nicknames, telefoonnummers en IP-adressen (het unieke internetadres van een computer).
note-app-and-group = De naam van de app en van de chat of groep, en wie het stuurde.
note-url = Het webadres (URL) van de pagina. Kopieer alleen het adres, nooit de beelden.
note-place-kind = Wat voor plek het is: een clouddienst, een e-mail, een site op het dark web, een bestand.
note-screenshot-details = Schrijf deze gegevens op, of maak een schermafbeelding waarop ze staan: een nickname, een adres, een chatvenster. Leg nooit beelden van misbruik vast.
note-what-worries = Wat je zag of hoorde waardoor je je zorgen maakt, en wanneer.

## Wat er daarna gebeurt

after-chat-app-reply = Je krijgt snel een automatisch antwoord. Pas dan weet je dat de beelden zijn aangekomen, en wis je ze van je telefoon. Je nummer wordt gewist zodra het materiaal binnen is.
after-chat-app-police = Het Meldpunt wordt gerund door Off Limits. Zijn er duidelijke aanwijzingen over een slachtoffer, dan gaat het materiaal naar de politie.
after-police-trace = Bij het eerste onderzoek gebruikt de politie gegevens zoals e-mailadressen, nicknames, telefoonnummers en IP-adressen om het slachtoffer, de verdachte of de plek te vinden.
after-police-assess = De politie bekijkt je melding en beslist wat ermee gebeurt.
after-off-limits-assess = Medewerkers van Off Limits beoordelen je melding deskundig en binnen de wet. Zij beslissen of ze die zelf afhandelen of samen met de politie, en je hoort hoe het is afgehandeld.
after-anonymous-nl = Je melding is vertrouwelijk, en je mag anoniem melden.
after-child-focus-analyse = Een gespecialiseerd team bekijkt de beelden; de leden hebben beroepsgeheim.
after-child-focus-pass-on = Lijken de beelden misbruik van minderjarigen te tonen, dan gaat het dossier naar de federale politie, of naar het INHOPE-netwerk als de beelden in het buitenland staan.
after-child-focus-support = Child Focus onderzoekt zelf niet; het werkt volgens een afspraak met politie en gerecht.
after-1712 = 1712 is geen meldpunt: ze luisteren, geven raad, schatten in hoe ernstig het is, en kunnen je doorverwijzen, bijvoorbeeld naar een Vertrouwenscentrum Kindermishandeling.
after-inhope = Materiaal dat in het buitenland staat, geven de meldpunten door via het INHOPE-netwerk.

## Waarschuwingen

warning-never-search-keep-share = Zoek nooit naar het materiaal. Bewaar het niet en deel het met niemand, ook niet met de politie of als bewijs. Dat is zelf strafbaar, en het kan onderzoek van de politie verstoren.
warning-forward-only-to-reporting-number = Stuur de beelden alleen door naar het WhatsApp-meldnummer van Meldpunt Kinderporno, en naar niemand anders. Zoek niet naar meer, en bewaar niets: wis alles zodra het automatische antwoord binnen is.
warning-do-not-confront = Spreek de persoon niet zelf aan en ga niet zelf op onderzoek uit: het opsporen van deze misdrijven is een taak van de politie.
warning-not-your-fault = Wat er gebeurd is, is niet jouw schuld. Het is moedig en goed dat je erover praat.
