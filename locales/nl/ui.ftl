# De eigen zinnen van de interface. Nederlands.

ui-emergency = Is een kind nu in gevaar? Bel { $phone }. In België: 101 voor de politie.
ui-intro = meldwijzer vertelt je waar je kinderporno of online seksueel misbruik van een minderjarige meldt. Een paar vragen; er wordt niets bewaard of verstuurd.
ui-back = ← Terug
ui-restart = Opnieuw beginnen
ui-quit = Stoppen
ui-prompt-hint = ↑↓ om te bewegen, Enter om te kiezen, Esc om terug te gaan
# The first question has nowhere to go back to: no Esc in its hint.
ui-prompt-hint-first = ↑↓ om te bewegen, Enter om te kiezen
ui-what-next = Wat wil je nu doen?
ui-goodbye = Dank je dat je dit serieus neemt.
ui-contacts = Waar je terechtkunt
ui-note-down = Wat je noteert
ui-after = Wat er daarna gebeurt
ui-warnings = Belangrijk
ui-support = Als dit je raakt
ui-answers = Je antwoorden
ui-source = Bron
ui-phone = Telefoon
ui-web = Web
ui-when = Wanneer
ui-hours = Bereikbaar
ui-verified = Gecontroleerd
ui-kind-phone = Telefoon
ui-kind-chat = Chatapp
ui-kind-web-form = Meldformulier
ui-kind-website = Website
ui-kind-organisation = Organisatie

# Hulpmiddelen voor medewerkers en trainers.
ui-routes = { $count ->
    [one] 1 route
   *[other] { $count } routes
}
ui-routes-shown = De eerste { $shown } van { $count } routes; gebruik --limit om meer te zien.
ui-route = Route { $number }
ui-script-title = Belscript
ui-script-intro = Stel de vragen op volgorde. Bij elk antwoord staat welke stap volgt, of welk advies je geeft.
ui-step = Stap { $number }
ui-advice = Advies { $number }
ui-go-to-step = ga naar stap { $number }
ui-give-advice = geef advies { $number }
ui-flow-verified = Gecontroleerd aan de hand van de bronnen op { $date }.
ui-contacts-title = Contactkaart
ui-summary-title = Samenvatting van het gesprek
ui-summary-advice = Advies
ui-summary-written = De samenvatting is opgeslagen in { $file }.
ui-replay-prepared = voorbereid antwoord
ui-replay-continue = Druk op Enter om verder te gaan.
ui-diff-added = nieuw
ui-diff-removed = verdwenen
ui-diff-changed = gewijzigd
ui-diff-ends-in = eindigt in { $outcome }
ui-diff-outcome = eindigt nu in { $new } in plaats van { $old }
ui-diff-contacts = contacten waren { $old }, nu { $new }
ui-diff-text = de tekst van het advies is gewijzigd
ui-diff-none = De flows geven op elke route hetzelfde advies.
ui-diff-total = { $added } nieuw, { $removed } verdwenen, { $changed } gewijzigd.
ui-diff-partial = Er verschillen meer routes: alleen de eerste { $compared } staan hier; gebruik --limit om er meer te tonen.
ui-diff-partial-long = Er verschillen meer routes: alleen de eerste { $compared } staan hier, samen { $answers } antwoorden lang; een langere lijst wordt niet getoond, wat --limit ook zegt.
ui-routes-many = meer dan { $count } routes

# Regel voor regel (--plain), voor schermlezers, brailleleesregels en eenvoudige terminals.
ui-plain-keys = Typ bij elke vraag het nummer van je antwoord (of een woord ervan) en druk op Enter. Verder: b = terug, r = opnieuw beginnen, q = stoppen, ? = vraag herhalen.
ui-plain-prompt = Je keuze (1 tot { $count }):
ui-plain-several = Meer dan één antwoord past: { $answers }. Typ het nummer.
ui-plain-several-answer = { $number } ({ $answer })
ui-plain-unknown = "{ $input }" is geen antwoord op deze vraag. Typ een nummer van 1 tot { $count } of een woord van een antwoord, of b, r, q of ?.
ui-plain-first-question = Dit is de eerste vraag: verder terug kan niet.
ui-plain-after = Typ r om opnieuw te beginnen, b om terug te gaan, ? om het advies nog eens te lezen, of q om te stoppen.
ui-plain-after-prompt = Je keuze:
ui-first-question = Dit is de eerste vraag: verder terug kan niet. Kies Stoppen om te stoppen.
ui-interrupted = Gestopt.

# Fouten en waarschuwingen die iemand kan tegenkomen.
ui-word-error = fout
ui-word-warning = waarschuwing
ui-word-help = hulp
ui-error-missing-answer = geen antwoord op vraag `{ $question }`, en de invoer komt niet van een terminal, dus meldwijzer vraagt niets
ui-help-missing-answer = voeg `--answer { $question }=ANTWOORD` toe, met als ANTWOORD een van: { $answers }; of voeg `--plain` toe om regel voor regel te antwoorden
ui-error-missing-answer-json = geen antwoord op vraag `{ $question }`: met `--format json` vraagt meldwijzer niets, want het geeft alleen een afgerond advies
ui-help-missing-answer-json = voeg `--answer { $question }=ANTWOORD` toe, met als ANTWOORD een van: { $answers }
ui-error-unknown-answer = vraag `{ $question }` heeft geen antwoord `{ $answer }`
ui-help-did-you-mean-answer = bedoel je `{ $suggestion }`? Antwoorden: { $answers }
ui-help-answers = antwoorden: { $answers }
ui-error-unknown-question = de flow heeft geen vraag `{ $question }`
ui-help-did-you-mean-question = bedoel je `{ $suggestion }`? Vragen: { $questions }
ui-help-questions = vragen: { $questions }
ui-error-answers-file = het antwoordenbestand is niet bruikbaar: { $detail }
ui-help-answers-file = een antwoordenbestand heeft één tabel, `[answers]`, met regels `vraag = "antwoord"`
ui-error-input-ended = de invoer hield op bij vraag `{ $question }` ({ $text }), voordat er een advies was
ui-help-input-ended = geef één antwoord per regel: het nummer, of een woord ervan
ui-error-file-exists = `{ $file }` bestaat al
ui-help-file-exists = voeg `--force` toe om het te overschrijven
ui-error-cannot-write = kan `{ $file }` niet schrijven: { $reason ->
    [not-found] die map bestaat niet
    [permission-denied] meldwijzer mag daar niet schrijven
    [is-a-directory] dat is een map, geen bestand
    [disk-full] de schijf is vol
   *[other] { $detail }
}
ui-error-replay-ended = de invoer hield op voordat de herhaling klaar was
ui-error-step-needs-answers = `--step` herhaalt voorbereide antwoorden: voeg `--answers BESTAND` of `--answer VRAAG=ANTWOORD` toe
ui-error-summary-with-json = `--summary` is tekst; schrijf het bij `--format json` naar een bestand met `--output BESTAND`
ui-error-answer-form = `--answer { $pair }` heeft niet de vorm VRAAG=ANTWOORD (bijvoorbeeld `--answer country=nl`)
ui-warning-unused-answer = het antwoord op `{ $question }` is niet gebruikt: de gekozen route stelt die vraag niet
ui-community = Taal: { $community ->
    [nl] Nederlands
    [fr] Frans
   *[other] { $community }
}
ui-label = { $label }:
ui-error-language-missing = deze vertalingen hebben geen taal `{ $lang }`; wel: { $offered }
ui-script-exception = Bij advies { $advice }

# Oefenen voor trainers (meldwijzer quiz).
ui-quiz-intro = Oefen met situaties. Lees elke situatie en doorloop de gids zoals je de beller zou helpen. Daarna hoor je of je bij het advies kwam dat erbij past.
ui-quiz-situation = Situatie { $number } van { $total }
ui-quiz-told-in = (Deze situatie is beschreven in een andere taal: { $code }.)
ui-quiz-right = Goed: dit is het advies bij deze situatie.
ui-quiz-wrong = Dit is niet het advies bij deze situatie.
ui-quiz-diverged = Je route week af bij de vraag „{ $question }”: je koos „{ $chosen }”; het verwachte antwoord was „{ $expected }”.
ui-quiz-expected = Het verwachte advies: { $title }
ui-quiz-stopped = Gestopt bij de vraag „{ $question }”.
ui-quiz-score = Je kwam bij { $right } van de { $total } beantwoorde { $total ->
    [one] situatie
   *[other] situaties
} bij het verwachte advies.
ui-error-quiz-needs-input = een oefening stelt vragen: start die in een terminal, of voeg `--plain` toe om regel voor regel te antwoorden
ui-error-no-scenario = `{ $file }` heeft geen scenario `{ $id }`
ui-help-did-you-mean-scenario = bedoel je `{ $suggestion }`? Scenario's: { $scenarios }
ui-help-scenarios = scenario's: { $scenarios }
ui-error-scenario-fails = scenario `{ $id }` bereikt zijn advies niet meer in deze flow
ui-help-run-verify = `meldwijzer verify { $file }` zegt waarom

# De webpagina (meldwijzer html).
ui-html-title = meldwijzer: waar meld je seksueel misbruik van kinderen?
ui-html-languages = Taal
ui-html-language-name = Nederlands
ui-html-back = Terug? Gebruik de terugknop van je browser.

# Vijandige invoer (issue 20): lezen binnen grenzen, redenen in de woorden van de lezer.
ui-plain-not-text = Die regel is geen tekst die meldwijzer kan lezen (het is geen UTF-8). Typ het nummer van je antwoord.
ui-error-line-too-long = een regel invoer is langer dan { $limit } bytes: meldwijzer stopt hier
ui-error-cannot-read-input = kan de standaardinvoer niet lezen: { $reason }
ui-error-output = kan de uitvoer niet schrijven: { $reason }
ui-error-stdout-closed = de standaarduitvoer is gesloten: wat meldwijzer schrijft, zou verloren gaan
ui-help-stdout-closed = stuur de uitvoer ergens heen, bijvoorbeeld `> bestand.txt`
ui-error-output-empty = `--output` heeft een bestandsnaam nodig (of `-` voor de standaarduitvoer)
ui-error-landscape-svg-only = `--landscape` geeft alleen de SVG-tekening een andere vorm; DOT en Mermaid worden door hun eigen programma's opgemaakt
ui-error-scenario-file = het scenariobestand `{ $file }` is niet bruikbaar: { $reason }
ui-error-scenario-empty = `{ $file }` bevat geen enkel scenario
ui-help-scenario-empty = een scenariobestand heeft per situatie één tabel `[[scenario]]`; `meldwijzer schema scenarios` beschrijft ze
ui-scenario-problem = { $problem ->
    [empty] het bestand bevat geen enkel scenario
    [invalid-id] `{ $id }` is geen geldige id (alleen letters, cijfers, `-` en `_`)
    [duplicate-id] de id `{ $id }` komt twee keer voor
    [no-situation] scenario `{ $id }` vertelt geen situatie
    [unknown-language] `{ $id }` is geen taal; gebruik nl, en of fr
    [no-answers] scenario `{ $id }` geeft geen antwoorden
    [control-characters] scenario `{ $id }` bevat stuurtekens, die niet getoond worden
   *[other] { $id }
}
ui-error-scenario-problem = het scenariobestand `{ $file }` heeft een probleem: { ui-scenario-problem }
ui-reason = { $reason ->
    [not-found] dat bestaat niet
    [permission-denied] je hebt er geen toegang toe
    [is-a-directory] dat is een map, geen bestand
    [disk-full] de schijf is vol
    [too-large] het is groter dan { $limit } bytes
    [not-utf8] het is geen UTF-8-tekst
    [invalid-type] een waarde heeft het verkeerde type
    [invalid-toml] het is geen geldige TOML
   *[other] { $detail }
}
ui-reason-with-detail = { $reason } ({ $detail })
ui-narrow-screen = Het scherm is { $columns } kolommen breed; meldwijzer zet tekst op minstens { $floor } kolommen, dus sommige regels worden afgebroken. Een kleiner lettertype of een breder venster helpt.
# Case records, country filters and the compact call script (issue 19).
ui-record-title = Dossiernotitie
ui-record-time = Vastgelegd
ui-record-case-ref = Dossiernummer
ui-record-note = Notitie
ui-record-route = Route (vraag = antwoord)
ui-record-outcome = Gegeven advies
ui-record-contacts = Genoemde contacten
ui-record-warnings = Gegeven waarschuwingen
ui-record-program = meldwijzer { $version }, flow gecontroleerd op { $date }, vingerafdruk { $fingerprint }
ui-error-too-long = `{ $flag }` mag hoogstens { $max } tekens hebben; deze heeft er { $length }.
ui-only-from = alleen vanuit { $country ->
    [be] België
   *[nl] Nederland
}
ui-from-abroad = vanuit het buitenland: { $number }
ui-country-name = { $country ->
    [be] België
    [nl] Nederland
   *[other] Overal
}
ui-script-compact-title = Belscript (korte vorm)
ui-script-compact-intro = Vraag op volgorde; de codes tussen haken zijn antwoord-id's, voor het dossier.
ui-script-advice-list = Adviezen, met het eerste nummer dat je geeft
ui-script-for-advice = (advies { $advice })
# diff: each changed sentence, before and after, in every language (issue 19)
ui-diff-reworded = in { $lang }, { $part } ({ $message }):
ui-diff-before = was: { $text }
ui-diff-after = wordt: { $text }
ui-diff-absent = (niets)

# quiz: grading by what the caller is told to do, why, a pause, the missed list (issue 19)
ui-quiz-right-same-first = Goed: via een andere route krijgt de beller hetzelfde eerste advies: { $contact }.
ui-quiz-right-also = Goed: ook dit advies past bij deze situatie.
ui-quiz-why = Waarom: { $why }
ui-quiz-pause = Druk op Enter voor de volgende situatie (q om te stoppen).
ui-quiz-missed = Situaties om nog eens te bekijken:
ui-quiz-missed-item = situatie { $number } ({ $id }): { $title }

# verify: findings a content editor can read, in the reader's language (issue 19)
ui-verify-reaches = scenario `{ $id }` komt nu uit bij `{ $reached }` ({ $reached_title }) in plaats van `{ $expected }` ({ $expected_title })
ui-verify-expected-here = hier verwacht
ui-verify-turned = het antwoord `{ $question } = { $answer }` ({ $place }) leidt nu naar `{ $next }`
ui-verify-holds = { $file }: { $count ->
    [one] 1 scenario klopt
   *[other] { $count } scenario's kloppen
}
ui-verify-fail = { $file }: { $failed } van de { $total } { $total ->
    [one] scenario
   *[other] scenario's
} { $failed ->
    [one] klopt
   *[other] kloppen
} niet meer: { $ids }
ui-verify-invalid = { $file }: ongeldig: { $count ->
    [one] 1 fout
   *[other] { $count } fouten
}
ui-verify-finding = { $kind ->
    [problem] { ui-scenario-problem }
    [no-answer-for] scenario `{ $id }` komt nu langs vraag `{ $question }`, waarop het geen antwoord geeft
    [no-such-answer] vraag `{ $question }` heeft geen antwoord `{ $answer }`
    [unknown-outcome] onbekende uitkomst `{ $id }`
    [unknown-contact] onbekend contact `{ $id }`
    [unknown-question] de flow heeft geen vraag `{ $id }`
    [no-longer-offers] `{ $outcome }` ({ $outcome_title }) biedt `{ $contact }` ({ $contact_name }) niet meer aan
    [offers] `{ $outcome }` ({ $outcome_title }) biedt `{ $contact }` ({ $contact_name }) aan
    [unused] het antwoord op `{ $question }` wordt niet gebruikt
    [unnamed-country] de situatie van `{ $id }` in `{ $lang }` zegt niet waar de beller is
   *[other] { $id }
}
ui-verify-finding-label = { $kind ->
    [no-answer-for] hier geen antwoord op `{ $question }`
    [no-such-answer] dit antwoord bestaat niet
    [unknown-outcome] geen uitkomst heeft deze id
    [unknown-contact] geen contact heeft deze id
    [unknown-question] geen vraag heeft deze id
    [no-longer-offers] scenario `{ $id }` heeft dit contact nodig
    [offers] scenario `{ $id }` mag dit niet aangeboden krijgen
    [unused] de route van `{ $id }` stelt deze vraag niet
    [unnamed-country] de route beantwoordt `{ $question } = { $answer }`
   *[other] {""}
}
ui-verify-finding-help = { $kind ->
    [did-you-mean] bedoel je `{ $suggestion }`?
    [did-you-mean-answer] bedoel je `{ $suggestion }`? Antwoorden: { $answers }
    [answers] antwoorden: { $answers }
    [no-answer-for] voeg `{ $question } = "..."` toe, met een van: { $answers }
    [unnamed-country] noem het land ("{ $label }"), zodat een cursist de vraag kan beantwoorden
    [no-situation] voeg een `situation` toe met de tekst in elke taal, zoals nl = "..."
    [no-answers] voeg `answers` toe met een antwoord op elke vraag van de route, zoals country = "nl"
    [empty] { ui-help-scenario-empty }
   *[other] {""}
}
# De wegwijzer als website die een hulplijn kan publiceren (meldwijzer html --site).
ui-html-description = Waar meld je beelden van seksueel misbruik van kinderen of online seksueel misbruik van een minderjarige, in Nederland en België? Een paar vragen, dan weet je wie je kunt bereiken. Er wordt niets bewaard of verstuurd.
ui-html-exit = Snel weg
ui-html-exit-note = ‘Snel weg’, bovenaan elk scherm, opent meteen een weersite. Je browsergeschiedenis wordt daarmee niet gewist.
ui-html-checked = Gecontroleerd op { $date }
ui-html-tree-link = Voor trainers: de hele wegwijzer als één tekening
ui-html-tree-title = meldwijzer: de wegwijzer als tekening, voor trainers
ui-html-tree-intro = Elke vraag met haar antwoorden, en waar elk antwoord heen leidt. Voor trainingen; wie hulp zoekt, gebruikt de wegwijzer zelf.
ui-html-tree-back = Terug naar de wegwijzer
ui-error-folder-not-empty = de map `{ $dir }` is niet leeg
ui-help-folder-not-empty = kies een lege of nieuwe map, of voeg `--force` toe om erin te schrijven (bestanden met dezelfde naam worden vervangen)

# De lijst van bronnen en wanneer je ze opnieuw controleert (meldwijzer sources).
ui-sources-title = Bronnen
ui-sources-intro = Vandaag is het { $today }. Een bron moet je opnieuw controleren als je hem meer dan { $count } dagen geleden hebt gelezen.
ui-sources-address = Adres
ui-sources-read = Gelezen
ui-sources-age = { $date } ({ $count ->
    [0] vandaag
    [one] { $count } dag geleden
   *[other] { $count } dagen geleden
})
ui-sources-status = Status
ui-sources-due = opnieuw controleren
ui-sources-current = actueel
ui-sources-contacts = Contacten die erop steunen
ui-sources-outcomes = Adviezen die erop steunen
ui-sources-none = geen
ui-sources-total = { $count ->
    [0] Geen enkele bron hoef je nu opnieuw te controleren.
    [one] { $count } van de { $total } bronnen moet je opnieuw controleren.
   *[other] { $count } van de { $total } bronnen moet je opnieuw controleren.
}
ui-error-today = MELDWIJZER_TODAY (een datum voor tests) schrijf je als JJJJ-MM-DD, niet `{ $value }`
