# De eigen zinnen van de interface. Nederlands.

ui-emergency = Is een kind nu in gevaar? Bel { $phone }. In België: 101 voor de politie.
ui-intro = meldwijzer vertelt je waar je kinderporno of online seksueel misbruik van een minderjarige meldt. Een paar vragen; er wordt niets bewaard of verstuurd.
ui-back = ← Terug
ui-restart = Opnieuw beginnen
ui-quit = Stoppen
ui-prompt-hint = ↑↓ om te bewegen, Enter om te kiezen, Esc om terug te gaan
ui-what-next = Wat wil je nu doen?
ui-goodbye = Dank je dat je dit serieus neemt.
ui-contacts = Waar je terechtkunt
ui-note-down = Wat je noteert
ui-after = Wat er daarna gebeurt
ui-warnings = Belangrijk
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
ui-diff-partial = Alleen de eerste { $compared } routes van elke flow zijn vergeleken; gebruik --limit om meer te vergelijken.
ui-routes-many = meer dan { $count } routes
