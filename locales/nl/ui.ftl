# De eigen zinnen van de interface. Nederlands.

ui-emergency = Is een kind nu in gevaar? Bel { $phone }.
ui-intro = meldwijzer vertelt u waar u kinderporno of online seksueel misbruik van een minderjarige meldt. Een paar vragen; er wordt niets bewaard of verstuurd.
ui-back = ← Terug
ui-restart = Opnieuw beginnen
ui-quit = Stoppen
ui-prompt-hint = ↑↓ om te bewegen, Enter om te kiezen, Esc om terug te gaan
ui-what-next = Wat wilt u nu doen?
ui-goodbye = Dank u dat u dit serieus neemt.
ui-contacts = Waar u terechtkunt
ui-note-down = Noteer eerst
ui-after = Wat er daarna gebeurt
ui-warnings = Belangrijk
ui-answers = Uw antwoorden
ui-source = Bron
ui-phone = Telefoon
ui-web = Web
ui-when = Wanneer
ui-hours = Bereikbaar
ui-verified = gecontroleerd
ui-no-details = Geen nummer of adres bekend: zie de eigen website van de organisatie
ui-kind-phone = Telefoon
ui-kind-chat = Chatapp
ui-kind-web-form = Meldformulier
ui-kind-website = Website
ui-kind-organisation = Organisatie
