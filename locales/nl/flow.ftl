# Teksten van de beslisboom (flows/default.toml). Nederlands.
# Houd feiten (nummers, namen, voorwaarden) gelijk aan ../shared/sources/.

## Bronnen

source-politie-nl = Politie, politie.nl: wat u kunt doen als u kinderporno tegenkomt
source-childfocus-be = Child Focus, childfocus.be: meldpunt voor seksuele misbruikbeelden van kinderen
source-facts-meldpunt = Meldpunt Kinderporno (Off Limits), meldpunt-kinderporno.nl: wat u waar meldt
source-facts-childfocus = Child Focus, childfocus.be: het burgerlijk meldpunt
source-facts-116000 = Child Focus, childfocus.be: de lijn 116 000
source-facts-everywhere = Gecontroleerde feiten voor elk land: 112 en INHOPE

## Contacten

contact-emergency-112 = Alarmnummer 112
contact-emergency-112-when = Een kind is nu in gevaar, of er is misbruik aan de gang en u weet wie het slachtoffer is of waar het gebeurt. 112 werkt in de hele Europese Unie.
contact-police-nl-0900 = Politie, geen spoed
contact-police-nl-0900-when = Geen spoed: om te melden, om aangifte te doen bij de plaatselijke politie, of als u vermoedt dat er nu misbruik plaatsvindt maar niet weet wie of waar. U kunt ook naar het politiebureau in uw woonplaats gaan.
contact-police-nl-chat-app = Politie, nummer voor beelden in chatapps en op sociale media
contact-police-nl-chat-app-when = U kwam misbruikbeelden tegen in een chatapp of op sociale media.
contact-meldpunt-kinderporno = Meldpunt Kinderporno (van Off Limits), meldformulier op internet
contact-meldpunt-kinderporno-when = Het materiaal staat op een openbare plek op internet met een webadres (URL). Uw melding is vertrouwelijk en mag anoniem. Twijfelt u of het strafbaar is? Meld het toch: de analisten beoordelen dat.
contact-off-limits = Off Limits (voorheen Expertisebureau Online Kindermisbruik)
contact-off-limits-when = Mensen ruilen misbruikbeelden op een forum, of volwassenen benaderen minderjarigen seksueel, bijvoorbeeld op een chatsite of via de webcam. Off Limits weegt de situatie. De contactgegevens vindt u op de eigen website van de organisatie.
contact-meld-misdaad-anoniem = Meld Misdaad Anoniem
contact-meld-misdaad-anoniem-when = U wilt doorgeven wat u weet zonder uw naam te noemen.
contact-veilig-thuis = Veilig Thuis
contact-veilig-thuis-when = U maakt zich zorgen over de veiligheid van een kind in uw omgeving en vermoedt seksueel misbruik.
contact-child-focus-form = Meldpunt van Child Focus (stopchildporno.be), meldformulier op internet
contact-child-focus-form-when = Je vond seksuele misbruikbeelden van kinderen op internet. Je mag volledig anoniem blijven.
contact-child-focus-116000 = Child Focus, gratis nummer 116 000
contact-child-focus-116000-when = Seksuele uitbuiting van een kind, ook online vormen zoals sexting, grooming en sextortion, en vermiste kinderen. Anoniem als je dat vraagt.
contact-vk-1712 = 1712 (Vertrouwenscentrum Kindermishandeling)
contact-vk-1712-when = Voor kinderen die slachtoffer zijn.
contact-child-focus-other-help = Pagina van Child Focus met andere organisaties
contact-child-focus-other-help-when = Child Focus noemt organisaties voor problemen buiten zijn eigen opdracht, bijvoorbeeld voor volwassenen die vroeger misbruikt zijn, of voor een recent probleem dat nog niet bij de politie is gemeld.
contact-stop-it-now = Stop it Now!
contact-stop-it-now-when = Steun voor mensen met pedofiele gevoelens en voor hun naasten: iemand die luistert en raad geeft als je je zorgen maakt over je gevoelens of gedrag tegenover minderjarigen. De contactgegevens vind je op de eigen website van de organisatie.
contact-inhope = INHOPE, het internationale netwerk van meldpunten
contact-inhope-when = U woont buiten Nederland en België: de website van INHOPE noemt het aangesloten meldpunt van elk land.

hours-always = dag en nacht, 7 dagen per week, gratis

## Vragen en antwoorden

question-country = Waar woont u, of waar wilt u melden?
question-country-help = Is een kind nu in gevaar? Kies dan het eerste antwoord.
answer-country-danger-now = Een kind is nu in gevaar
answer-country-nl = Nederland
answer-country-be = België
answer-country-elsewhere = Een ander land, of ik weet het niet

question-nl-what = Wat bent u tegengekomen?
answer-nl-what-chat-app = Beelden of video's in een chatapp of op sociale media
answer-nl-what-website = Beelden of video's op een website
answer-nl-what-forum = Een forum of groep waar mensen misbruikbeelden uitwisselen
answer-nl-what-approach = Een volwassene die een minderjarige seksueel benadert (chatsite, webcam)
answer-nl-what-live = Misbruik dat nu lijkt te gebeuren (bijvoorbeeld via de webcam)
answer-nl-what-unsure-age = Seksuele beelden, maar ik weet niet zeker of er een minderjarige bij is
answer-nl-what-worried = Ik maak me zorgen over een kind in mijn omgeving
answer-nl-what-complaint = Ik wil aangifte doen
answer-nl-what-own-feelings = Ik maak me zorgen over mijn eigen gevoelens voor minderjarigen
answer-nl-what-unsure = Iets anders, of ik weet het niet

question-nl-public = Staat het op een openbare webpagina die iedereen met het adres (URL) kan openen?
question-nl-public-help = Niet openbaar: opslag in de cloud, bestanden op iemands computer, e-mail tussen twee mensen, het dark web.
answer-nl-public-yes = Ja, er is een openbaar webadres
answer-nl-public-no = Nee: cloud, privébestanden, e-mail of dark web
answer-nl-public-unsure = Ik weet het niet

question-nl-now = Gebeurt het op dit moment?
answer-nl-now-yes = Ja, het is nu aan de gang
answer-nl-now-no = Nee, het gebeurde eerder
answer-nl-now-unsure = Ik weet het niet

question-nl-known = Weet u wie het slachtoffer is, of waar het misbruik plaatsvindt?
question-nl-known-help = Vaak weet nog niemand dat op het moment van melden, ook de politie niet.
answer-nl-known-yes = Ja, het slachtoffer of de plek is bekend
answer-nl-known-no = Nee, geen van beide is bekend
answer-nl-known-unsure = Ik weet het niet

question-be-what = Waar gaat het om?
answer-be-what-images = Ik vond seksuele misbruikbeelden van kinderen op internet
answer-be-what-exploitation = Een kind wordt online seksueel uitgebuit: sexting, grooming, sextortion (ik ben slachtoffer of getuige)
answer-be-what-child-victim = Ik ben een kind en dit overkomt mij
answer-be-what-adult-victim = Ik ben een volwassene die vroeger misbruikt is, of het is een recent probleem dat nog niet bij de politie is gemeld
answer-be-what-own-feelings = Ik maak me zorgen over mijn eigen gevoelens voor minderjarigen
answer-be-what-unsure = Iets anders, of ik weet het niet

## Uitkomsten

outcome-emergency = Bel nu 112
outcome-emergency-summary = Een kind dat direct in gevaar is, heeft meteen hulp nodig. Bel het alarmnummer 112 en zeg dat een kind in gevaar is.

outcome-nl-chat-app = Meld het bij de politie via hun chatapp-nummer
outcome-nl-chat-app-summary = Voor misbruikbeelden in een chatapp of op sociale media heeft de politie een eigen nummer. Neem daar contact op en beschrijf wat u zag, waar, en wie het deelde.

outcome-nl-meldpunt = Meld het webadres bij Meldpunt Kinderporno
outcome-nl-meldpunt-summary = Materiaal op een openbare webpagina met een adres kunt u melden bij Meldpunt Kinderporno, het meldpunt van Off Limits. Geef het adres van de pagina door, niet de beelden zelf.

outcome-nl-not-public = Meld het bij de politie
outcome-nl-not-public-summary = Het Meldpunt kan niets doen met materiaal in de cloud, in bestanden op iemands computer, per e-mail van persoon tot persoon verstuurd, of op het dark web. Meld zulke gevallen bij de politie, op het politiebureau in uw woonplaats, of anoniem bij Meld Misdaad Anoniem.

outcome-nl-public-unsure = Meldpunt Kinderporno, of anders de politie
outcome-nl-public-unsure-summary = Staat het materiaal op een webpagina die iedereen met het adres kan openen? Gebruik dan het meldformulier van het Meldpunt. Is dat niet zo, of kunt u het niet zien? Bel dan de politie op het nummer voor geen spoed.

outcome-nl-approach = Deel het met Off Limits
outcome-nl-approach-summary = Volwassenen die minderjarigen seksueel benaderen, bijvoorbeeld op een chatsite of via de webcam, kunt u doorgeven aan Off Limits, dat de situatie weegt. Gebeurt het nu? Ga dan terug en kies dat antwoord.

outcome-nl-live-known = Bel 112
outcome-nl-live-known-summary = U vermoedt dat een minderjarige op dit moment misbruikt wordt en u weet wie het slachtoffer is of waar het gebeurt. Bel het alarmnummer 112.

outcome-nl-live-unknown = Bel de politie op 0900-8844
outcome-nl-live-unknown-summary = U vermoedt dat er misbruik aan de gang is, maar u weet niet wie het slachtoffer is of waar het gebeurt. Dat komt vaak voor: zelfs de politie kan dat meestal niet meteen vaststellen. Bel de politie op 0900-8844.

outcome-nl-unsure-age = Twijfelt u? Meld het toch
outcome-nl-unsure-age-summary = U hoeft niet zelf te bepalen of de beelden strafbaar zijn: dat doen de analisten van het Meldpunt. Porno met alleen volwassenen, en erotische verhalen of teksten, horen niet bij het Meldpunt.

outcome-nl-worried = Praat met Veilig Thuis
outcome-nl-worried-summary = Maakt u zich zorgen over de veiligheid van een kind in uw omgeving en vermoedt u seksueel misbruik? Veilig Thuis kan u adviseren. Is het kind direct in gevaar? Bel 112.

outcome-nl-complaint = Doe aangifte bij de plaatselijke politie
outcome-nl-complaint-summary = Wilt u aangifte doen, bel dan de plaatselijke politie op 0900-8844.

outcome-nl-unsure = Vraag het de politie
outcome-nl-unsure-summary = Weet u niet zeker wat het is of waar het thuishoort? Via het politienummer voor geen spoed hoort u wat u kunt doen. U kunt informatie ook anoniem doorgeven via Meld Misdaad Anoniem.

outcome-own-feelings = Zoek steun bij Stop it Now!
outcome-own-feelings-summary = Als je je zorgen maakt over je eigen gevoelens of gedrag tegenover minderjarigen, is dat een reden om hulp te zoeken, en die hulp bestaat. Stop it Now! luistert en geeft raad, en steunt ook de mensen om je heen.

outcome-be-images = Meld de beelden bij Child Focus
outcome-be-images-summary = Gebruik het meldformulier van het meldpunt van Child Focus. Je kunt volledig anoniem blijven. Je melding helpt om de beelden zo snel mogelijk van het internet te halen.

outcome-be-exploitation = Neem contact op met Child Focus via 116 000
outcome-be-exploitation-summary = Child Focus steunt slachtoffers van seksuele uitbuiting en hun omgeving, ook bij online vormen zoals sexting, grooming en sextortion. Bel 116 000; beelden kun je ook melden via het formulier van het meldpunt.

outcome-be-child-victim = Je kunt 1712 bellen
outcome-be-child-victim-summary = Kinderen die slachtoffer zijn, kunnen 1712 bellen. Child Focus is ook dag en nacht bereikbaar op 116 000.

outcome-be-other-help = Vind de juiste organisatie via Child Focus
outcome-be-other-help-summary = Voor volwassenen die vroeger misbruikt zijn, en voor een recent probleem dat nog niet bij de politie is gemeld, verwijst Child Focus op zijn website naar andere organisaties.

outcome-be-unsure = Vraag het Child Focus
outcome-be-unsure-summary = Weet je niet zeker wat je zag of waar het thuishoort? Child Focus is op elk uur bereikbaar op 116 000, en beelden op internet kun je melden via het formulier.

outcome-elsewhere = Vind het meldpunt van uw land via INHOPE
outcome-elsewhere-summary = INHOPE is het internationale netwerk van meldpunten; de website noemt het aangesloten meldpunt van elk land. Is een kind in gevaar? Bel in de Europese Unie 112.

## Wat u noteert

note-where-when = Waar en wanneer u het zag: de site, app of dienst, de datum en het tijdstip.
note-trace-details = Gegevens waarmee de politie mensen opspoort: e-mailadressen, nicknames, telefoonnummers en IP-adressen (het unieke internetadres van een computer).
note-app-and-group = De naam van de app en van de chat of groep, en wie het stuurde.
note-url = Het webadres (URL) van de pagina. Kopieer alleen het adres, nooit de beelden.
note-place-kind = Wat voor plek het is: een clouddienst, een e-mail, een site op het dark web, een bestand.
note-screenshot-details = Schrijf deze gegevens op, of maak een schermafbeelding waarop ze staan: een nickname, een adres, een chatvenster. Leg nooit beelden van misbruik vast.
note-what-worries = Wat u zag of hoorde dat u zorgen baart, en wanneer.

## Wat er daarna gebeurt

after-police-trace = Bij het eerste onderzoek gebruikt de politie gegevens zoals e-mailadressen, nicknames, telefoonnummers en IP-adressen om het slachtoffer, de verdachte of de plek te vinden.
after-police-assess = De politie bekijkt uw melding en beslist wat ermee gebeurt.
after-off-limits-assess = Medewerkers van Off Limits beoordelen uw melding deskundig en binnen de wet. Zij beslissen of ze die zelf afhandelen of samen met de politie, en u hoort hoe het is afgehandeld.
after-anonymous-nl = Uw melding is vertrouwelijk, en u mag anoniem melden.
after-child-focus-analyse = Een gespecialiseerd team bekijkt de beelden; de leden hebben beroepsgeheim.
after-child-focus-pass-on = Lijken de beelden misbruik van minderjarigen te tonen, dan gaat het dossier naar de federale politie, of naar het INHOPE-netwerk als de beelden in het buitenland gehost worden.
after-child-focus-support = Child Focus onderzoekt zelf niet; het werkt volgens een afspraak met politie en gerecht.
after-inhope = Materiaal dat in het buitenland staat, wordt via het INHOPE-netwerk doorgegeven.

## Waarschuwingen

warning-never-search-keep-share = Zoek nooit naar het materiaal, en download, bewaar of stuur het nooit door, ook niet naar de politie of als bewijs. Dat is zelf strafbaar, en het kan lopende onderzoeken verstoren.
warning-describe-not-send = Stuur de beelden ook niet naar het politienummer: beschrijf wat u zag, in welke app of groep, en wie het stuurde.
warning-do-not-confront = Spreek de persoon niet zelf aan en ga niet zelf op onderzoek uit: het opsporen van deze misdrijven is een taak van de politie.
warning-not-your-fault = Wat er gebeurd is, is niet jouw schuld. Het is moedig en goed dat je het iemand vertelt.
