# De eigen teksten van de opdrachtregel: --help van meldwijzer en van elke opdracht, en de
# fouten in hoe het werd aangeroepen. Nederlands. Alleen gelezen uit de ingebouwde
# bestanden, voordat er een flow is geladen: ze staan los van de vertalingen van een flow
# (nl/, en/, fr/), die ze nooit nodig hebben.

cli-about = Waar je kinderporno of online seksueel misbruik van een minderjarige meldt, in Nederland en België.
cli-usage = Gebruik:
cli-heading-commands = Opdrachten
cli-heading-arguments = Argumenten
cli-heading-options = Opties
cli-heading-examples = Voorbeelden:
cli-options = OPTIES
cli-command = OPDRACHT
cli-default = standaard: { $value }
cli-values = mogelijk: { $values }

# Opdrachten.
cli-about-start = De gids doorlopen: met vragen, of in één keer met --answer/--answers (de standaard)
cli-about-check = Een flow en zijn vertalingen controleren en elk probleem melden
cli-about-graph = De boom tekenen: DOT voor Graphviz, Mermaid voor Markdown, of SVG
cli-about-paths = Elke route van de eerste vraag tot een advies opsommen
cli-about-script = Een belscript voor hulplijnmedewerkers afdrukken
cli-about-contacts = De overzichtskaart van alle meldkanalen afdrukken
cli-about-diff = Twee flows vergelijken: routes erbij, eraf, of met een ander advies
cli-about-completions = Een script voor het aanvullen in de shell afdrukken (in het Engels)
cli-about-man = De handleiding afdrukken (roff, in het Engels)
cli-about-html = De gids als één webpagina zonder internet, of als site om te publiceren: geen script, niets geladen
cli-about-verify = Scenariobestanden controleren: komt elke situatie nog bij haar advies uit?
cli-about-quiz = Een quiz voor cursisten: doorloop de gids per situatie en zie hoe het ging
cli-about-schema = Het JSON-schema afdrukken van flow- of scenariobestanden, of van een JSON-uitvoer
cli-about-sources = De bronnen tonen: waar elk feit gelezen is, wanneer, wat erop steunt, en of het tijd is om het opnieuw na te kijken
cli-about-help = Deze hulp afdrukken, of de hulp bij de gegeven opdracht

# De namen van waarden, in de gebruiksregels.
cli-value-file = BESTAND
cli-value-dir = MAP
cli-value-n = N
cli-value-id = ID
cli-value-format = VORM
cli-value-lang = TAAL
cli-value-color = KLEUR
cli-value-shell = SHELL
cli-value-kind = SOORT
cli-value-days = DAGEN
cli-value-question-answer = VRAAG=ANTWOORD
cli-value-ref = NUMMER
cli-value-text = TEKST
cli-value-country = LAND
cli-value-question = VRAAG
cli-value-old-toml = OUD.toml
cli-value-new-toml = NIEUW.toml
cli-value-command = OPDRACHT

# Opties en argumenten, per opdracht.
cli-arg-help = Hulp afdrukken
cli-arg-version = De versie afdrukken
cli-arg-lang = Taal van alles wat je leest: nl, en of fr (all: alle talen, alleen voor html) [standaard: uit LANG, anders nl]
cli-arg-flow = De flow uit dit TOML-bestand lezen in plaats van de ingebouwde
cli-arg-locales = Vertalingen uit deze map lezen (met nl/, en/ en fr/) in plaats van de ingebouwde
cli-arg-color = Wanneer kleur gebruiken: auto (in een terminal, tenzij NO_COLOR gezet is), always (altijd) of never (nooit) [standaard: auto]
cli-arg-plain = Regel voor regel vragen, voor schermlezers en eenvoudige terminals (ook bij TERM=dumb of MELDWIJZER_PLAIN=1)
cli-arg-start-answer = Een vraag beantwoorden: VRAAG=ANTWOORD (mag vaker)
cli-arg-start-answers = Antwoorden uit een TOML-bestand lezen (zie examples/)
cli-arg-start-format = Vorm van het advies: text voor mensen, of json voor programma's (de velden staan in de README)
cli-arg-start-summary = Aan het eind het dossierverslag afdrukken (de antwoorden, het advies en de gegeven contacten), als text of markdown
cli-arg-start-output = De samenvatting in plaats daarvan naar dit bestand schrijven (het enige bestand dat meldwijzer ooit schrijft)
cli-arg-start-force = Het --output-bestand overschrijven als het al bestaat
cli-arg-start-step = Voorbereide antwoorden vraag voor vraag afspelen, telkens na Enter (voor trainers)
cli-arg-start-case-ref = Het dossiernummer dat in het dossierverslag komt (JSON en samenvatting; hoogstens 64 tekens)
cli-arg-start-note = Een notitie die in het dossierverslag komt (JSON en samenvatting; hoogstens 1000 tekens)
cli-arg-graph-format = Vorm van de tekening: dot (Graphviz), mermaid (voor Markdown op GitHub) of svg (getekend zonder Graphviz)
cli-arg-graph-country = Alleen de takken van dit land (en die voor iedereen)
cli-arg-graph-from = Alleen tekenen waar deze vraag heen leidt (haar id), om één deel te projecteren
cli-arg-graph-landscape = De adviezen over meer kolommen verdelen, zodat de SVG op een 16:9-projectiescherm past
cli-arg-paths-format = Vorm van de uitvoer: text, markdown, json, of commands (per route een `meldwijzer start -a ...`-regel die je zo kunt draaien)
cli-arg-paths-limit = Hoogstens zoveel routes opsommen
cli-arg-paths-count = Alleen de routes tellen (snel, hoeveel het er ook zijn)
cli-arg-paths-country = Alleen de routes van dit land (en die voor iedereen)
cli-arg-script-format = Vorm van de uitvoer: markdown (om af te drukken of om te zetten) of text
cli-arg-script-compact = Een kort script om naast de telefoon te leggen: de stappen met de ids van hun antwoorden, één regel per advies, elke waarschuwing één keer
cli-arg-script-country = Alleen de stappen en adviezen van dit land (en die voor iedereen)
cli-arg-contacts-format = Vorm van de uitvoer: text voor mensen, of json voor programma's
cli-arg-contacts-country = Alleen de contacten van dit land (en die voor iedereen)
cli-arg-diff-old = De flow van voor de wijziging
cli-arg-diff-new = De flow van na de wijziging
cli-arg-diff-old-locales = Vertalingen van de oude flow [standaard: --locales, anders de ingebouwde]
cli-arg-diff-new-locales = Vertalingen van de nieuwe flow [standaard: --locales, anders de ingebouwde]
cli-arg-diff-limit = Hoogstens zoveel routes opsommen die verschillen (de flows worden altijd helemaal vergeleken)
cli-arg-completions-shell = De shell waarvoor het script is
cli-arg-html-lang = Taal van de pagina of site: nl, en of fr, of all voor alle talen [standaard: all]
cli-arg-html-output = De pagina naar dit bestand schrijven in plaats van naar de standaarduitvoer
cli-arg-html-site = Een site om te publiceren in deze map schrijven: een pagina per taal, een taalkeuze (index.html) en de tekening voor trainers
cli-arg-html-force = Het --output-bestand overschrijven als het al bestaat; schrijven in een --site-map die niet leeg is
cli-arg-verify-files = Scenariobestanden (TOML, zie examples/scenarios.toml)
cli-arg-verify-format = Vorm van de uitvoer: text (bevindingen met hun plaats, zoals een compiler ze geeft) of json voor programma's
cli-arg-quiz-file = Een scenariobestand (TOML, zie examples/scenarios.toml)
cli-arg-quiz-scenario = Alleen dit scenario (zijn id)
cli-arg-quiz-country = Alleen de situaties waarvan de route in dit land blijft
cli-arg-quiz-count = Hoogstens zoveel situaties vragen
cli-arg-quiz-shuffle = De situaties in willekeurige volgorde vragen
cli-arg-quiz-seed = De volgorde van --shuffle: hetzelfde getal geeft dezelfde volgorde [standaard: uit de klok]
cli-arg-schema-kind = Wat het schema beschrijft: flowbestanden (flows/*.toml), scenariobestanden (examples/scenarios.toml), of de JSON van start (advice), contacts, paths, verify of sources
cli-arg-sources-max-age = Een bron die langer dan dit aantal dagen geleden gelezen is, moet opnieuw nagekeken worden
cli-arg-sources-format = Vorm van de uitvoer: text voor mensen, of json voor de eigen herinneringen van een hulplijn
cli-arg-help-command = De opdracht waarover je hulp wilt

# De voorbeelden onder meldwijzer --help.
cli-example-start = De gids starten (stelt vragen)
cli-example-lang = De gids in het Engels
cli-example-scripted = In één keer, advies als JSON
cli-example-replay = Voorbereide antwoorden afspelen
cli-example-step = Afspelen voor een groep, vraag voor vraag
cli-example-summary = Een dossierverslag bewaren
cli-example-script = Een belscript om af te drukken
cli-example-compact = Een kort script naast de telefoon, alleen België
cli-example-graph = De boom als tekening
cli-example-check = Een bewerkte flow controleren
cli-example-html = De gids als één webpagina zonder internet
cli-example-site = De gids als site om te publiceren
cli-example-verify = Komen de situaties nog bij hun advies uit?
cli-example-quiz = Een quiz voor een training

# Fouten in hoe meldwijzer werd aangeroepen.
cli-error-unknown-command = er is geen opdracht `{ $command }`
cli-error-unknown-argument = `{ $argument }` is hier geen optie of argument
cli-help-did-you-mean = bedoel je `{ $suggestion }`?
cli-help-commands = de opdrachten zijn: { $commands }
cli-help-separator = om `{ $argument }` als waarde te geven, schrijf je `-- { $argument }`
cli-error-missing-value = `{ $option }` heeft een waarde nodig
cli-error-invalid-value = `{ $value }` is geen geldige waarde voor `{ $option }`
cli-error-not-a-number = `{ $value }` is geen heel getal, en dat heeft `{ $option }` nodig
cli-help-possible-values = mogelijke waarden: { $values }
cli-error-missing-argument = dit ontbreekt: { $arguments }
cli-error-conflict = `{ $option }` kan niet samen met `{ $other }`
cli-error-too-many = te veel waarden: `{ $value }` werd niet verwacht
cli-error-other = de opdrachtregel is niet te begrijpen ({ $detail })
cli-error-lang-all = `--lang all` is alleen voor `html`, dat alle talen kan bevatten; kies nl, en of fr
cli-more-help = Meer weten? Typ `{ $command } --help`.
