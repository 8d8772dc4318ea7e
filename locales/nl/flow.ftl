# Teksten van de beslisboom (flows/default.toml). Nederlands, met "je".
# Nummers en adressen staan in de flow, bij de bron waar ze gelezen zijn; schrijf ze
# hier precies zo.

## Bronnen

source-politie-nl = wat je kunt doen als je kinderporno tegenkomt op internet
source-meldpunt-nl = wat je bij het Meldpunt meldt, en wat niet
source-meldpunt-form = melden bij het Meldpunt
source-meldpunt-whatsapp = het WhatsApp-nummer van Meldpunt Kinderporno
source-meldpunt-hulp = hulp voor wie zulk materiaal tegenkwam
source-offlimits = Off Limits en de diensten die het runt
source-helpwanted = hulp bij online seksueel misbruik
source-stop-it-now-nl = Stop it Now! in Nederland
source-kindertelefoon = De Kindertelefoon
source-slachtofferhulp = slachtofferhulp
source-luisterlijn = het nieuwe nummer van De Luisterlijn
source-take-it-down = vragen over Take It Down
source-stopncii = StopNCII.org
source-childfocus-be = het burgerlijk meldpunt voor seksuele misbruikbeelden van kinderen
source-childfocus-be-fr = het burgerlijk meldpunt, in het Frans
source-childfocus-116000 = het gratis nummer 116 000
source-payboy = sextortion: wat je kunt doen
source-payboy-fr = sextortion: wat je kunt doen, in het Frans
source-politie-be = welk noodnummer je belt: 101 of 112
source-1712 = over 1712
source-stop-it-now-flanders = Stop it Now! in Vlaanderen
source-stop-it-now-brussels = contact met Stop it Now! in Brussel
source-tele-onthaal = Tele-Onthaal
source-ecoute-enfants-103 = de lijn 103 voor kinderen, jongeren en hun naasten
source-tele-accueil = de lijn 107 van Télé-Accueil
source-sos-viol = SOS Viol
source-inhope = hoe je meldt, en de kaart van aangesloten meldpunten
source-beschwerdestelle-de = het Duitse meldpunt voor internetklachten
source-bee-secure = hoe de Stopline van BEE SECURE werkt
source-service-public-fr = illegale inhoud op internet melden in Frankrijk
source-iwf = vragen over melden bij de IWF

## Contacten

contact-emergency-112 = Alarmnummer 112
contact-emergency-112-when = Een kind is nu in gevaar, of er is nu misbruik aan de gang en je weet wie het slachtoffer is of waar het gebeurt.
contact-police-be-101 = Politie in België, noodnummer 101
contact-police-be-101-when = In België bel je 101 als je nu de politie nodig hebt. Voor dringende medische hulp bel je 112.
contact-police-nl-0900 = Politie, algemeen nummer
contact-police-nl-0900-when = Het algemene nummer van de politie, voor alles waarvoor je geen 112 belt: om iets te melden, om aangifte te doen, of als er nu misbruik is maar niemand weet wie of waar. Je kunt ook langsgaan op het politiebureau in je woonplaats.
contact-meldpunt-chat-app = Meldpunt Kinderporno, WhatsApp-meldnummer
contact-meldpunt-chat-app-when = Je kreeg beelden of video's in een chatapp, zoals WhatsApp, Messenger, Telegram of Signal. Stuur dat bericht door naar dit WhatsApp-nummer. Je hoeft niet te zeggen wie je bent.
contact-meldpunt-whatsapp-message = Meldpunt Kinderporno, WhatsApp-meldnummer
contact-meldpunt-whatsapp-message-when = Stuur een WhatsApp-bericht waarin staat waar je het zag: de app, de naam van het account en de link. Stuur nooit de beelden. Je hoeft niet te zeggen wie je bent.
contact-meldpunt-kinderporno = Meldpunt Kinderporno (van Off Limits), meldformulier
contact-meldpunt-kinderporno-when = Het materiaal staat op een openbare plek op internet met een webadres (URL). Je mag anoniem melden. Twijfel je of het strafbaar is? Meld het toch: de analisten beoordelen dat.
contact-off-limits = Off Limits (vroeger Expertisebureau Online Kindermisbruik)
contact-off-limits-when = Via Off Limits geef je door wat je leest op een forum waar mensen misbruikbeelden uitwisselen, of wat je ziet van volwassenen die minderjarigen seksueel benaderen; Off Limits weegt de situatie. Het runt ook Meldpunt Kinderporno, Helpwanted en Stop it Now!.
contact-helpwanted = Helpwanted (van Off Limits)
contact-helpwanted-when = Hulp bij online seksueel misbruik: iemand dreigt naaktbeelden te verspreiden (sextortion), beelden van iemand gaan rond zonder toestemming, of een volwassene probeert een kind in te palmen (grooming). Helpwanted kan ook helpen om beelden te laten verwijderen. Gratis en anoniem, voor elke leeftijd; via chat, telefoon of e-mail.
contact-kindertelefoon = De Kindertelefoon
contact-kindertelefoon-when = Voor kinderen en jongeren van 8 tot 18. Je kunt bellen of chatten, ook over seksueel misbruik en sexting. Gratis en anoniem.
contact-meld-misdaad-anoniem = Meld Misdaad Anoniem
contact-meld-misdaad-anoniem-when = Je wilt doorgeven wat je weet zonder je naam te noemen.
contact-veilig-thuis = Veilig Thuis
contact-veilig-thuis-when = Je maakt je zorgen over de veiligheid van een kind in je omgeving en vermoedt seksueel misbruik.
contact-stop-it-now-nl = Stop it Now! Nederland
contact-stop-it-now-nl-when = Voor wie zich zorgen maakt over de eigen seksuele gevoelens of het eigen gedrag tegenover minderjarigen, en voor de mensen om hen heen. Gratis en anoniem. Er zijn ook een contactformulier en een chat.
contact-take-it-down = Take It Down (NCMEC), voor beelden van vóór iemands 18de
contact-take-it-down-when = Voor naaktbeelden of seksuele beelden die gemaakt zijn toen degene die erop staat nog geen 18 was. Het is overal ter wereld te gebruiken. Het beeld blijft op het toestel waar het op staat: alleen een digitale vingerafdruk wordt verstuurd, en de platforms die meedoen kunnen kopieën weghalen die daarmee overeenkomen. Het werkt niet in versleutelde apps zoals WhatsApp, en een bewerkte kopie heeft een nieuwe vingerafdruk nodig.
contact-stopncii = StopNCII.org, voor beelden van wie 18 of ouder was
contact-stopncii-when = Hetzelfde voor beelden van iemand die er 18 of ouder op was; ook overal ter wereld te gebruiken. Schrijf het zaaknummer en de pincode op: die kunnen niet worden teruggehaald. Geen van beide kan privéberichten tegenhouden.
contact-meldpunt-hulp = Meldpunt Kinderporno: "Hulp nodig?"
contact-meldpunt-hulp-when = Organisaties die helpen als je zulk materiaal tegenkwam.
contact-luisterlijn = De Luisterlijn
contact-luisterlijn-when = Iemand om mee te praten als iets je zwaar valt. Ook via chat en mail.
contact-slachtofferhulp = Slachtofferhulp Nederland
contact-slachtofferhulp-when = Voor slachtoffers, hun naasten en getuigen. Lokaal tarief; in een crisis ook buiten kantoortijd.
contact-child-focus-form = Meldpunt van Child Focus (stopchildporno.be), meldformulier
contact-child-focus-form-when = Je vond seksuele misbruikbeelden van kinderen op internet. Je mag volledig anoniem blijven.
contact-child-focus-116000 = Child Focus, gratis nummer 116 000
contact-child-focus-116000-when = Seksuele uitbuiting van een kind, ook online, zoals sexting, grooming en sextortion, en vermiste kinderen. Anoniem als je dat vraagt.
contact-payboy = Payboy, de site van Child Focus over sextortion bij jongens
contact-payboy-when = Wat je kunt doen als iemand je afperst met naaktbeelden.
contact-vk-1712 = 1712, hulplijn voor geweld, misbruik en kindermishandeling
contact-vk-1712-when = Voor iedereen met een vraag over geweld of misbruik: kinderen, jongeren en volwassenen, slachtoffers en getuigen. Gratis, en je hoeft niet te zeggen wie je bent. Via telefoon, chat of e-mail. Geen noodnummer: bij gevaar bel je 101 of 112.
contact-ecoute-enfants-103 = 103 Écoute-Enfants
contact-ecoute-enfants-103-when = Gratis en anoniem, voor kinderen en jongeren die Frans spreken, en voor hun ouders en naasten.
contact-sos-viol = SOS Viol
contact-sos-viol-when = Gratis, in het Frans, voor wie seksueel geweld meemaakte en voor de mensen om hen heen.
contact-stop-it-now-flanders = Stop it Now! Vlaanderen
contact-stop-it-now-flanders-when = Voor wie seksuele gevoelens voor minderjarigen heeft of zich zorgen maakt over het eigen gedrag, en voor de mensen om hen heen. Gratis en anoniem; via telefoon, e-mail of chat.
contact-stop-it-now-brussels = Stop it Now! Brussel
contact-stop-it-now-brussels-when = Hulp in Brussel, voor wie Frans spreekt, bij dezelfde zorgen.
contact-tele-onthaal = Tele-Onthaal
contact-tele-onthaal-when = Iemand om mee te praten, in het Nederlands. Gratis en anoniem, ook via chat.
contact-tele-accueil = Télé-Accueil
contact-tele-accueil-when = Iemand om mee te praten, in het Frans. Gratis, anoniem en vertrouwelijk.
contact-inhope = INHOPE, het internationale netwerk van meldpunten
contact-inhope-when = Op de website van INHOPE staat een kaart met de aangesloten meldpunten: meld bij dat van je land. INHOPE zelf kan niets met meldingen doen.
contact-beschwerdestelle-de = Internet-Beschwerdestelle (Duitsland)
contact-beschwerdestelle-de-when = Het Duitse meldpunt, met meldformulieren. Voor misbruikbeelden hoef je je naam niet te geven.
contact-bee-secure-stopline = BEE SECURE Stopline (Luxemburg)
contact-bee-secure-stopline-when = Het meldpunt van Luxemburg: een anoniem webformulier.
contact-point-de-contact = Point de Contact (Frankrijk)
contact-point-de-contact-when = Het Franse meldpunt, met een webformulier.
contact-pharos = PHAROS, het meldportaal van de Franse politie
contact-pharos-when = Om illegale inhoud op internet te melden bij de politie in Frankrijk.
contact-iwf = Internet Watch Foundation (Verenigd Koninkrijk)
contact-iwf-when = Het meldpunt van het Verenigd Koninkrijk. Je kunt anoniem online melden; alleen het adres van de pagina is nodig.

hours-always = dag en nacht, 7 dagen per week, gratis
hours-day-and-night = dag en nacht
hours-see-website = kijk op de website
hours-limited = beperkte openingstijden: kijk op de website
hours-stop-it-now-nl = kijk op de eigen website van Stop it Now!

## Vragen en antwoorden

question-country = Waar woon je?
question-country-help = Kies waar je woont, ook als wat je zag op een buitenlandse website staat. Is een kind nu in gevaar? Kies dan het eerste antwoord.
answer-country-danger-now = Een kind is nu in gevaar
answer-country-nl = Nederland
answer-country-be = België
answer-country-elsewhere = Een ander land
answer-country-unsure = Ik weet het niet

question-elsewhere-country = In welk land woon je?
answer-elsewhere-country-de = Duitsland
answer-elsewhere-country-lu = Luxemburg
answer-elsewhere-country-fr = Frankrijk
answer-elsewhere-country-uk = Het Verenigd Koninkrijk
answer-elsewhere-country-other = Een ander land

question-nl-what = Waar gaat het om?
answer-nl-what-chat-app = Beelden of video's die ik kreeg in een chatapp of chatgroep (WhatsApp, Telegram, Signal, Messenger)
answer-nl-what-social-media = Iets wat ik zag op sociale media (Instagram, TikTok, Snapchat, X, Facebook)
answer-nl-what-website = Beelden of video's op een website
answer-nl-what-forum = Een forum op een website waar mensen misbruikbeelden uitwisselen
answer-nl-what-approach = Een volwassene die een minderjarige seksueel benadert (chatsite, webcam)
answer-nl-what-sextortion = Iemand dreigt naaktbeelden te verspreiden om geld of meer beelden te krijgen
answer-nl-what-live = Misbruik dat nu live te zien is (bijvoorbeeld via een webcam)
answer-nl-what-child-victim = Ik ben een kind of een tiener en dit overkomt mij
answer-nl-what-unsure-age = Seksuele beelden, maar ik weet niet zeker of er een minderjarige bij is
answer-nl-what-worried = Ik maak me zorgen over een kind in mijn omgeving
answer-nl-what-complaint = Ik wil aangifte doen bij de politie
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

question-sextortion-whose = Van wie zijn de beelden?
answer-sextortion-whose-me = Van mij
answer-sextortion-whose-my-child = Van mijn kind
answer-sextortion-whose-someone-else = Van iemand anders: een vriend of vriendin, een leerling, iemand die ik ken

question-be-what = Waar gaat het om?
answer-be-what-images = Ik vond seksuele misbruikbeelden van kinderen op internet
answer-be-what-exploitation = Mijn kind of een kind dat ik ken wordt online seksueel uitgebuit (grooming, sexting)
answer-be-what-sextortion = Iemand dreigt naaktbeelden te verspreiden om geld of meer beelden te krijgen
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

outcome-nl-social-media = Laat Meldpunt Kinderporno weten waar je het zag
outcome-nl-social-media-summary = Zag je het op sociale media? Stuur het niet door: stuur het WhatsApp-nummer van Meldpunt Kinderporno een bericht waarin staat waar het is: de app, de naam van het account en de link. Stuur nooit de beelden zelf. Is het een openbare post met een eigen webadres? Dan kun je dat adres ook melden met het formulier van het Meldpunt.

outcome-nl-meldpunt = Meld het webadres bij Meldpunt Kinderporno
outcome-nl-meldpunt-summary = Staat het materiaal op een openbare webpagina? Meld die dan bij Meldpunt Kinderporno, het meldpunt van Off Limits. Geef het adres van de pagina door, niet de beelden zelf.

outcome-nl-not-public = Meld het bij de politie
outcome-nl-not-public-summary = Het Meldpunt kan niets met materiaal in de cloud, in bestanden op iemands computer, in e-mail van persoon tot persoon of op het dark web. Meld dat bij de politie: bel, of ga naar het politiebureau in je woonplaats. Anoniem kan via Meld Misdaad Anoniem.

outcome-nl-public-unsure = Meldpunt Kinderporno, of anders de politie
outcome-nl-public-unsure-summary = Kan iedereen de pagina openen met het adres? Gebruik dan het meldformulier van het Meldpunt. Is dat niet zo, of weet je het niet? Bel dan de politie op 0900-8844.

outcome-nl-approach = Geef het door via Off Limits
outcome-nl-approach-summary = Benadert een volwassene een minderjarige seksueel, bijvoorbeeld op een chatsite of via de webcam? Geef dat door via Off Limits: daar wegen ze de situatie. Helpwanted helpt ook bij grooming. Zie je het misbruik nu live gebeuren? Bel 112 als je weet wie het slachtoffer is of waar het gebeurt; anders de politie op 0900-8844.

outcome-sextortion = Betaal niet, en zoek hulp
outcome-nl-sextortion-summary = Iemand dreigt naaktbeelden van jou te verspreiden als je niet betaalt of meer stuurt. Dit is niet jouw schuld, en je hoeft het niet alleen op te lossen. Betaal niet en stuur niets meer. Verbreek het contact en blokkeer de persoon, maar wis je account en de berichten niet. Heb je al betaald? Betaal dan niets meer. Helpwanted helpt je, gratis en anoniem, ook om beelden te laten verwijderen. Je kunt het ook melden bij de politie. Ben je nu in gevaar? Bel 112.

outcome-sextortion-parent = Betaal niet, en zoek samen hulp
outcome-nl-sextortion-parent-summary = Iemand dreigt naaktbeelden van je kind, of van iemand die je na staat, te verspreiden als er niet betaald of meer gestuurd wordt. Zeg dat het niet hun schuld is, en help om niet te betalen en niets meer te sturen. Verbreek het contact en blokkeer de persoon, maar wis het account en de berichten niet. Is er al betaald? Betaal dan niets meer. Helpwanted helpt, gratis en anoniem, ook om beelden te laten verwijderen. Je kunt het melden bij de politie. Is er nu gevaar? Bel 112.

outcome-child-victim = Je kunt met iemand praten
outcome-nl-child-victim-summary = Overkomt jou iets wat niet goed voelt? Praat erover. Bel of chat met De Kindertelefoon. Het is gratis. Je hoeft je naam niet te zeggen. Helpwanted helpt ook als het online gebeurt. Ben je nu in gevaar? Bel 112.

outcome-nl-live-known = Bel 112
outcome-nl-live-known-summary = Je denkt dat een kind op dit moment misbruikt wordt, en je weet wie het slachtoffer is of waar het gebeurt. Bel nu het alarmnummer 112.

outcome-nl-live-unknown = Bel de politie op 0900-8844
outcome-nl-live-unknown-summary = Je denkt dat er nu misbruik is, maar je weet niet wie het slachtoffer is of waar het gebeurt. Dat is vaak zo, ook voor de politie. Bel de politie op 0900-8844.

outcome-nl-unsure-age = Twijfel je? Meld het toch
outcome-nl-unsure-age-summary = Je hoeft niet zelf te bepalen of de beelden strafbaar zijn: dat doen de analisten van het Meldpunt. Porno met alleen volwassenen, en erotische verhalen of teksten, horen niet bij het Meldpunt.

outcome-nl-worried = Praat met Veilig Thuis
outcome-nl-worried-summary = Maak je je zorgen over een kind in je omgeving en denk je aan seksueel misbruik? Veilig Thuis geeft je advies. Is het kind nu in gevaar? Bel 112.

outcome-nl-complaint = Doe aangifte bij de politie
outcome-nl-complaint-summary = Om aangifte te doen, bel je de politie in je regio op 0900-8844. Je kunt ook naar het politiebureau in je woonplaats gaan.

outcome-nl-unsure = Vraag het de politie
outcome-nl-unsure-summary = Weet je niet zeker wat het is of waar je het meldt? Bel de politie op 0900-8844, het nummer voor alles wat geen spoed is. Anoniem iets doorgeven kan via Meld Misdaad Anoniem.

outcome-own-feelings = Zoek steun bij Stop it Now!
outcome-nl-own-feelings-summary = Maak je je zorgen over je eigen gevoelens of gedrag tegenover minderjarigen? Dan is hulp zoeken een goede stap, en die hulp is er. Bel Stop it Now!, gratis en anoniem. Stop it Now! is een onderdeel van Off Limits; op de website van Off Limits lees je meer.
outcome-be-own-feelings-summary = Maak je je zorgen over je eigen gevoelens of gedrag tegenover minderjarigen? Dan is hulp zoeken een goede stap, en die hulp is er. Stop it Now! luistert: in Vlaanderen in het Nederlands, gratis en anoniem; in Brussel in het Frans.

outcome-be-images = Meld de beelden bij Child Focus
outcome-be-images-summary = Gebruik het meldformulier van het meldpunt van Child Focus. Je kunt volledig anoniem blijven. Zo kunnen de beelden zo snel mogelijk van internet verdwijnen.

outcome-be-exploitation = Neem contact op met Child Focus via 116 000
outcome-be-exploitation-summary = Gaat het om je kind of een kind dat je kent? Child Focus helpt slachtoffers van seksuele uitbuiting en de mensen om hen heen, ook bij sexting en grooming. Bel 116 000. Beelden op internet meld je via het formulier. Is er nu gevaar? Bel 101.

outcome-be-sextortion-summary = Iemand dreigt naaktbeelden van jou te verspreiden als je niet betaalt of meer stuurt. Dit is niet jouw schuld. Betaal niet en stuur niets meer. Verbreek het contact en blokkeer de persoon, maar wis je account en de berichten niet. Heb je al betaald? Betaal dan niets meer. Vertel het aan een volwassene die je vertrouwt. Child Focus helpt je, dag en nacht, op 116 000. Meld het ook bij de politie; ben je nu in gevaar, bel dan 101.

outcome-be-sextortion-parent-summary = Iemand dreigt naaktbeelden van je kind, of van iemand die je na staat, te verspreiden als er niet betaald of meer gestuurd wordt. Zeg dat het niet hun schuld is, en help om niet te betalen en niets meer te sturen. Verbreek het contact en blokkeer de persoon, maar wis het account en de berichten niet. Is er al betaald? Betaal dan niets meer. Child Focus helpt, dag en nacht, op 116 000. Meld het ook bij de politie; is er nu gevaar, bel dan 101.

outcome-be-worried = Praat erover met een hulplijn
outcome-be-worried-summary = Maak je je zorgen over een kind, of vertelde een kind je dat het misbruikt wordt? Bij 1712 luisteren ze naar je en denken ze mee over wat je kunt doen, ook als je twijfelt. In het Frans luistert 103 ook naar ouders en naasten van een kind. Child Focus (116 000) steunt de omgeving van kinderen die seksueel uitgebuit worden. Is het kind nu in gevaar? Bel 101.

outcome-be-child-victim-summary = Overkomt jou iets wat niet goed voelt? Praat erover. Bel 1712. Het is gratis. Je hoeft je naam niet te zeggen. Spreek je Frans? Bel 103. Child Focus kun je altijd bellen op 116 000. Ben je nu in gevaar? Bel 101.

outcome-be-other-help = Praat met een hulplijn
outcome-be-other-help-summary = Werd je vroeger misbruikt? Ook nu kun je erover praten. 1712 is er voor volwassenen en voor slachtoffers. In het Frans helpt SOS Viol wie seksueel geweld meemaakte, en de mensen om hen heen.

outcome-be-unsure = Vraag het Child Focus
outcome-be-unsure-summary = Weet je niet zeker wat je zag of waar je het meldt? Child Focus is dag en nacht bereikbaar op 116 000. Beelden op internet meld je via het formulier.

outcome-elsewhere-de = Meld het bij de Internet-Beschwerdestelle
outcome-elsewhere-de-summary = In Duitsland meld je het met het meldformulier van de Internet-Beschwerdestelle. Die geeft materiaal dat in het buitenland staat door aan het meldpunt van dat land. Is een kind in gevaar? Bel 112.

outcome-elsewhere-lu = Meld het bij de Stopline van BEE SECURE
outcome-elsewhere-lu-summary = In Luxemburg meld je het met het anonieme formulier van de Stopline van BEE SECURE. Is een kind in gevaar? Bel 112.

outcome-elsewhere-fr = Meld het bij Point de Contact of bij PHAROS
outcome-elsewhere-fr-summary = In Frankrijk meld je het met het formulier van Point de Contact, dat materiaal in het buitenland doorgeeft. Wil je het bij de politie melden? Gebruik dan PHAROS. Is een kind in gevaar? Bel 112.

outcome-elsewhere-uk = Meld het bij de Internet Watch Foundation
outcome-elsewhere-uk-summary = In het Verenigd Koninkrijk meld je het bij de Internet Watch Foundation. Je kunt anoniem blijven; geef alleen het adres van de pagina door.

outcome-elsewhere = Zoek het meldpunt van je land op de kaart van INHOPE
outcome-elsewhere-summary = INHOPE is het internationale netwerk van meldpunten. Op de website staat een kaart met de aangesloten meldpunten: meld bij dat van het land waar je woont. Is een kind in gevaar? In de Europese Unie bel je 112.

outcome-country-unsure = Meld het waar je woont
outcome-country-unsure-summary = Woon je in Nederland of België? Meld het daar, ook als het materiaal op een buitenlandse site staat: de meldpunten geven zulke meldingen door via het INHOPE-netwerk. In Nederland is dat Meldpunt Kinderporno, in België het meldpunt van Child Focus. Woon je elders? Op de site van INHOPE staat een kaart met de meldpunten.

## Wat je noteert

note-where-when = Waar en wanneer je het zag: de site, app of dienst, de datum en het tijdstip.
note-trace-details = Gegevens waarmee de politie mensen opspoort: e-mailadressen, nicknames, telefoonnummers en IP-adressen (het unieke internetadres van een computer).
note-app-and-group = De naam van de app en van de chat of groep, en wie het stuurde.
note-social-media = De app, de naam van het account, en de link naar de post of het profiel.
note-url = Het webadres (URL) van de pagina. Kopieer alleen het adres, nooit de beelden.
note-place-kind = Wat voor plek het is: een clouddienst, een e-mail, een site op het dark web, een bestand.
note-screenshot-details = Schrijf deze gegevens op, of maak een schermafbeelding waarop ze staan: een nickname, een adres, een chatvenster. Leg nooit beelden van misbruik vast.
note-what-worries = Wat je zag of hoorde waardoor je je zorgen maakt, en wanneer.
note-sextortion-evidence = Schermafbeeldingen van het gesprek en de dreiging (nooit van een naaktbeeld), de gebruikersnamen en links van de accounts, en eventuele betaalgegevens.

## Wat er daarna gebeurt

after-chat-app-reply = Je krijgt snel een automatisch antwoord. Pas dan weet je dat de beelden zijn aangekomen, en wis je ze van je telefoon. Je nummer wordt gewist zodra het materiaal binnen is.
after-chat-app-questions = Het Meldpunt kan je één keer benaderen met een paar vragen. Je gegevens worden niet bewaard.
after-chat-app-police = Het Meldpunt wordt gerund door Off Limits. Zijn er duidelijke aanwijzingen over een slachtoffer, dan gaat het materiaal naar de politie.
after-police-trace = Bij het eerste onderzoek gebruikt de politie gegevens zoals e-mailadressen, nicknames, telefoonnummers en IP-adressen om het slachtoffer, de verdachte of de plek te vinden.
after-police-assess = De politie bekijkt je melding en beslist wat ermee gebeurt.
after-meldpunt-form = Na het versturen zie je een ontvangstbevestiging op je scherm. Wil je horen hoe je melding is afgehandeld? Geef dat aan op het formulier, dan laat het Meldpunt het je weten.
after-off-limits-assess = Medewerkers van Off Limits beoordelen je melding deskundig en binnen de wet. Zij beslissen of ze die zelf afhandelen of samen met de politie.
after-anonymous-nl = Je melding is vertrouwelijk, en je mag anoniem melden.
after-child-focus-analyse = Een gespecialiseerd team bekijkt de beelden; de leden hebben beroepsgeheim.
after-child-focus-pass-on = Lijken de beelden misbruik van minderjarigen te tonen, dan gaat het dossier naar de federale politie, of naar het INHOPE-netwerk als de beelden in het buitenland staan.
after-child-focus-support = Child Focus onderzoekt zelf niet; het werkt volgens een afspraak met politie en gerecht.
after-1712 = 1712 is geen meldpunt: ze luisteren, geven raad, schatten in hoe ernstig het is, en kunnen je doorverwijzen, bijvoorbeeld naar een Vertrouwenscentrum Kindermishandeling.
after-inhope = Materiaal dat in het buitenland staat, geven de meldpunten door via het INHOPE-netwerk.

## Waarschuwingen

warning-never-search-keep-share = Zoek nooit naar het materiaal. Bewaar het niet en deel het met niemand, ook niet met de politie of als bewijs. Dat is zelf strafbaar, en het kan onderzoek van de politie verstoren.
warning-forward-only-to-reporting-number = Stuur de beelden alleen door naar het WhatsApp-meldnummer van Meldpunt Kinderporno, en naar niemand anders. Zoek niet naar meer, en bewaar niets: wis alles zodra het automatische antwoord binnen is.
warning-anyone-never-pass-on = Zoek nooit naar beelden van misbruik en geef ze nooit door, ook niet als bewijs: vertel de politie of het meldpunt liever waar ze staan.
warning-victim-not-your-fault = Wat er gebeurd is, is niet jouw schuld. Je doet niets fout door hulp te vragen.
warning-victim-keep-evidence = Stuur de beelden naar niemand en maak er geen nieuwe kopieën van. Bewaar de berichten, de dreigingen en de gebruikersnamen: dat is bewijs.
warning-parent-not-their-fault = Het is niet de schuld van je kind, of van de jongere die het overkomt. Zeg dat ook, en sta achter hen.
warning-parent-keep-evidence = Stuur de beelden naar niemand, ook niet om te laten zien wat er gebeurd is, en maak geen kopieën. Bewaar de berichten, de dreigingen, de gebruikersnamen en eventuele betaalgegevens: dat is bewijs.
warning-survivor-not-your-fault = Wat je is aangedaan, was niet jouw schuld.
warning-survivor-images = Staan er beelden van op internet? Zoek ze niet op en stuur ze naar niemand. Meld liever het adres bij een meldpunt.
warning-own-feelings-never-search = Zoek nooit naar beelden van seksueel misbruik van kinderen, en bewaar of deel er geen: dat is zelf strafbaar.
warning-sextortion-do-not-pay = Betaal niet en stuur geen beelden meer: ga niet in op wat de afperser eist. Heb je al betaald? Betaal dan niets meer.
warning-sextortion-block-keep = Verbreek het contact en blokkeer het account van de afperser. Wis de berichten niet, en ook niet het account waarop ze binnenkwamen: dat is bewijs.
warning-do-not-confront = Spreek de persoon die je verdenkt niet zelf aan en ga niet zelf op onderzoek uit: het opsporen van deze misdrijven is een taak van de politie.
warning-not-to-inhope = Stuur geen meldingen of bestanden naar INHOPE zelf: daar kunnen ze niets mee. Mail nooit beelden van misbruik naar wie dan ook.
