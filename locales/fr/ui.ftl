# Les phrases de l'interface. Français, en vouvoyant.

ui-emergency = Un enfant est-il en danger maintenant ? Appelez le { $phone }. En Belgique : le 101 pour la police.
ui-intro = meldwijzer vous indique où signaler des images d'abus sexuels d'enfants ou des abus sexuels en ligne sur un mineur. Quelques questions ; rien n'est enregistré ni envoyé.
ui-back = ← Retour
ui-restart = Recommencer
ui-quit = Quitter
ui-prompt-hint = ↑↓ pour vous déplacer, Entrée pour choisir, Échap pour revenir en arrière
# The first question has nowhere to go back to: no Esc in its hint.
ui-prompt-hint-first = ↑↓ pour vous déplacer, Entrée pour choisir
ui-what-next = Que voulez-vous faire maintenant ?
ui-goodbye = Merci de prendre cela au sérieux.
ui-contacts = À qui vous adresser
ui-note-down = À noter
ui-after = Ce qui se passe ensuite
ui-warnings = Important
ui-support = Si cela vous bouleverse
ui-answers = Vos réponses
ui-source = Source
ui-phone = Téléphone
ui-web = Web
ui-when = Quand
ui-hours = Disponible
ui-verified = Vérifié le
ui-kind-phone = Téléphone
ui-kind-chat = Messagerie
ui-kind-web-form = Formulaire
ui-kind-website = Site web
ui-kind-organisation = Organisation

# Outils pour le personnel des lignes d'aide et les formateurs.
ui-routes = { $count ->
    [one] 1 parcours
   *[other] { $count } parcours
}
ui-routes-shown = Les { $shown } premiers parcours sur { $count } ; utilisez --limit pour en voir plus.
ui-route = Parcours { $number }
ui-script-title = Script d'appel
ui-script-intro = Posez les questions dans l'ordre. Chaque réponse indique l'étape suivante, ou le conseil à donner.
ui-step = Étape { $number }
ui-advice = Conseil { $number }
ui-go-to-step = aller à l'étape { $number }
ui-give-advice = donner le conseil { $number }
ui-flow-verified = Vérifié par rapport aux sources le { $date }.
ui-contacts-title = Contacts
ui-summary-title = Résumé de l'appel
ui-summary-advice = Conseil
ui-summary-written = Le résumé a été enregistré dans { $file }.
ui-replay-prepared = réponse préparée
ui-replay-continue = Appuyez sur Entrée pour continuer.
ui-diff-added = nouveau
ui-diff-removed = supprimé
ui-diff-changed = modifié
ui-diff-ends-in = aboutit à { $outcome }
ui-diff-outcome = aboutit maintenant à { $new } au lieu de { $old }
ui-diff-contacts = les contacts étaient { $old }, maintenant { $new }
ui-diff-text = le texte du conseil a changé
ui-diff-none = Les deux flows donnent le même conseil sur chaque parcours.
ui-diff-total = { $added } nouveaux, { $removed } supprimés, { $changed } modifiés.
ui-diff-partial = D'autres parcours diffèrent : seuls les { $compared } premiers sont listés ; utilisez --limit pour en lister plus.
ui-diff-partial-long = D'autres parcours diffèrent : seuls les { $compared } premiers sont listés, { $answers } réponses en tout ; une liste plus longue n'est pas imprimée, quel que soit --limit.
ui-routes-many = plus de { $count } parcours

# Ligne par ligne (--plain), pour les lecteurs d'écran, les plages braille et les terminaux simples.
ui-plain-keys = À chaque question, tapez le numéro de votre réponse (ou un de ses mots) et appuyez sur Entrée. Aussi : b = retour, r = recommencer, q = quitter, ? = répéter la question.
ui-plain-prompt = Votre choix (1 à { $count }) :
ui-plain-several = Plusieurs réponses conviennent : { $answers }. Tapez le numéro.
ui-plain-several-answer = { $number } ({ $answer })
ui-plain-unknown = « { $input } » n'est pas une réponse à cette question. Tapez un numéro de 1 à { $count } ou un mot d'une réponse, ou b, r, q ou ?.
ui-plain-first-question = C'est la première question : impossible de revenir plus loin.
ui-plain-after = Tapez r pour recommencer, b pour revenir en arrière, ? pour relire le conseil, ou q pour quitter.
ui-plain-after-prompt = Votre choix :
ui-first-question = C'est la première question : impossible de revenir plus loin. Choisissez Quitter pour arrêter.
ui-interrupted = Arrêté.

# Erreurs et avertissements qu'une personne peut rencontrer.
ui-word-error = erreur
ui-word-warning = avertissement
ui-word-help = aide
ui-error-missing-answer = pas de réponse à la question `{ $question }`, et l'entrée ne vient pas d'un terminal : meldwijzer ne pose donc pas de question
ui-help-missing-answer = ajoutez `--answer { $question }=RÉPONSE`, où RÉPONSE est l'une de : { $answers } ; ou ajoutez `--plain` pour répondre ligne par ligne
ui-error-missing-answer-json = pas de réponse à la question `{ $question }` : avec `--format json`, meldwijzer ne pose aucune question, car il n'imprime qu'un conseil complet
ui-help-missing-answer-json = ajoutez `--answer { $question }=RÉPONSE`, où RÉPONSE est l'une de : { $answers }
ui-error-unknown-answer = la question `{ $question }` n'a pas de réponse `{ $answer }`
ui-help-did-you-mean-answer = vouliez-vous dire `{ $suggestion }` ? Réponses : { $answers }
ui-help-answers = réponses : { $answers }
ui-error-unknown-question = le flow n'a pas de question `{ $question }`
ui-help-did-you-mean-question = vouliez-vous dire `{ $suggestion }` ? Questions : { $questions }
ui-help-questions = questions : { $questions }
ui-error-answers-file = le fichier de réponses n'est pas utilisable : { $detail }
ui-help-answers-file = un fichier de réponses contient une table, `[answers]`, de lignes `question = "réponse"`
ui-error-input-ended = l'entrée s'est arrêtée à la question `{ $question }` ({ $text }), avant qu'un conseil soit donné
ui-help-input-ended = donnez une réponse par ligne : son numéro, ou un de ses mots
ui-error-file-exists = `{ $file }` existe déjà
ui-help-file-exists = ajoutez `--force` pour le remplacer
ui-error-cannot-write = impossible d'écrire `{ $file }` : { $reason ->
    [not-found] ce dossier n'existe pas
    [permission-denied] meldwijzer n'a pas le droit d'y écrire
    [is-a-directory] c'est un dossier, pas un fichier
    [disk-full] le disque est plein
   *[other] { $detail }
}
ui-error-replay-ended = l'entrée s'est arrêtée avant la fin de la démonstration
ui-error-step-needs-answers = `--step` rejoue des réponses préparées : ajoutez `--answers FICHIER` ou `--answer QUESTION=RÉPONSE`
ui-error-summary-with-json = `--summary` est du texte ; avec `--format json`, écrivez-le dans un fichier avec `--output FICHIER`
ui-error-answer-form = `--answer { $pair }` n'a pas la forme QUESTION=RÉPONSE (par exemple `--answer country=nl`)
ui-warning-unused-answer = la réponse à `{ $question }` n'a pas été utilisée : le parcours suivi ne pose pas cette question
ui-community = Langue : { $community ->
    [nl] néerlandais
    [fr] français
   *[other] { $community }
}
ui-label = { $label } :
ui-error-language-missing = ces traductions n'ont pas la langue `{ $lang }` ; elles ont : { $offered }
ui-script-exception = Pour le conseil { $advice }

# Un exercice pour les formateurs (meldwijzer quiz).
ui-quiz-intro = Exercez-vous avec des situations. Lisez chaque situation, puis parcourez le guide comme vous le feriez pour aider la personne qui appelle. Vous saurez ensuite si vous êtes arrivé au conseil qui lui correspond.
ui-quiz-situation = Situation { $number } sur { $total }
ui-quiz-told-in = (Cette situation est décrite dans une autre langue : { $code }.)
ui-quiz-right = Juste : c'est le conseil qui correspond à cette situation.
ui-quiz-wrong = Ce n'est pas le conseil qui correspond à cette situation.
ui-quiz-diverged = Votre parcours s'est écarté du parcours attendu à la question « { $question } » : vous avez choisi « { $chosen } » ; la réponse attendue était « { $expected } ».
ui-quiz-expected = Le conseil attendu : { $title }
ui-quiz-stopped = Arrêté à la question « { $question } ».
ui-quiz-score = Vous êtes arrivé au conseil attendu dans { $right } { $right ->
    [one] situation
   *[other] situations
} sur { $total } { $total ->
    [one] traitée
   *[other] traitées
}.
ui-error-quiz-needs-input = un exercice pose des questions : lancez-le dans un terminal, ou ajoutez `--plain` pour répondre ligne par ligne
ui-error-no-scenario = `{ $file }` n'a pas de scénario `{ $id }`
ui-help-did-you-mean-scenario = vouliez-vous dire `{ $suggestion }` ? Scénarios : { $scenarios }
ui-help-scenarios = scénarios : { $scenarios }
ui-error-scenario-fails = le scénario `{ $id }` n'arrive plus à son conseil dans ce flow
ui-help-run-verify = `meldwijzer verify { $file }` explique pourquoi

# La page web (meldwijzer html).
ui-html-title = meldwijzer : où signaler des abus sexuels sur des enfants ?
ui-html-languages = Langue
ui-html-language-name = Français
ui-html-back = Revenir en arrière ? Utilisez le bouton retour de votre navigateur.

# Entrées hostiles (issue 20) : lectures bornées, raisons dans les mots du lecteur.
ui-plain-not-text = Cette ligne n'est pas un texte que meldwijzer peut lire (ce n'est pas de l'UTF-8). Tapez le numéro de votre réponse.
ui-error-line-too-long = une ligne saisie dépasse { $limit } octets : meldwijzer s'arrête ici
ui-error-cannot-read-input = impossible de lire l'entrée standard : { $reason }
ui-error-output = impossible d'écrire la sortie : { $reason }
ui-error-stdout-closed = la sortie standard est fermée : ce que meldwijzer écrit serait perdu
ui-help-stdout-closed = envoyez la sortie quelque part, par exemple `> fichier.txt`
ui-error-output-empty = `--output` demande un nom de fichier (ou `-` pour la sortie standard)
ui-error-landscape-svg-only = `--landscape` ne change que la forme du dessin SVG ; DOT et Mermaid sont mis en page par leurs propres outils
ui-error-scenario-file = le fichier de scénarios `{ $file }` est inutilisable : { $reason }
ui-error-scenario-empty = `{ $file }` ne contient aucun scénario
ui-help-scenario-empty = un fichier de scénarios a une table `[[scenario]]` par situation ; `meldwijzer schema scenarios` les décrit
ui-scenario-problem = { $problem ->
    [empty] le fichier ne contient aucun scénario
    [invalid-id] `{ $id }` n'est pas un identifiant valide (lettres, chiffres, `-` et `_` seulement)
    [duplicate-id] l'identifiant `{ $id }` est utilisé deux fois
    [no-situation] le scénario `{ $id }` ne décrit aucune situation
    [unknown-language] `{ $id }` n'est pas une langue ; utilisez nl, en ou fr
    [no-answers] le scénario `{ $id }` ne donne aucune réponse
    [control-characters] le scénario `{ $id }` contient des caractères de contrôle, qui ne sont pas affichés
   *[other] { $id }
}
ui-error-scenario-problem = le fichier de scénarios `{ $file }` a un problème : { ui-scenario-problem }
ui-reason = { $reason ->
    [not-found] il n'existe pas
    [permission-denied] l'accès est refusé
    [is-a-directory] c'est un dossier, pas un fichier
    [disk-full] le disque est plein
    [too-large] il dépasse { $limit } octets
    [not-utf8] ce n'est pas du texte UTF-8
    [invalid-type] une valeur n'a pas le bon type
    [invalid-toml] ce n'est pas du TOML valide
   *[other] { $detail }
}
ui-reason-with-detail = { $reason } ({ $detail })
ui-narrow-screen = L'écran fait { $columns } colonnes de large ; meldwijzer met le texte en page sur au moins { $floor }, donc certaines lignes seront coupées. Une police plus petite ou une fenêtre plus large aide.
# Case records, country filters and the compact call script (issue 19).
ui-record-title = Fiche de dossier
ui-record-time = Enregistré le
ui-record-case-ref = Référence du dossier
ui-record-note = Note
ui-record-route = Parcours (question = réponse)
ui-record-outcome = Conseil donné
ui-record-contacts = Contacts donnés
ui-record-warnings = Mises en garde données
ui-record-program = meldwijzer { $version }, arbre vérifié le { $date }, empreinte { $fingerprint }
ui-error-too-long = `{ $flag }` accepte au plus { $max } caractères ; celle-ci en a { $length }.
ui-only-from = uniquement depuis { $country ->
    [be] la Belgique
   *[nl] les Pays-Bas
}
ui-from-abroad = depuis l'étranger : { $number }
ui-country-name = { $country ->
    [be] Belgique
    [nl] Pays-Bas
   *[other] Partout
}
ui-script-compact-title = Script d'appel (version courte)
ui-script-compact-intro = Suivez l'ordre ; les codes entre crochets identifient les réponses (dossier).
ui-script-advice-list = Conseils, avec le premier numéro à donner
ui-script-for-advice = { $count ->
    [one] (conseil { $advice })
   *[other] (conseils { $advice })
}
# diff: each changed sentence, before and after, in every language (issue 19)
ui-diff-reworded = en { $lang }, { $part } ({ $message }) :
ui-diff-before = avant : { $text }
ui-diff-after = après : { $text }
ui-diff-absent = (rien)

# quiz: grading by what the caller is told to do, why, a pause, the missed list (issue 19)
ui-quiz-right-same-first = Juste : par un autre parcours, on conseille d'abord la même chose : { $contact }.
ui-quiz-right-also = Juste : ce conseil convient aussi à cette situation.
ui-quiz-why = Pourquoi : { $why }
ui-quiz-pause = Appuyez sur Entrée pour la situation suivante (q pour arrêter).
ui-quiz-missed = Situations à revoir :
ui-quiz-missed-item = situation { $number } ({ $id }) : { $title }

# verify: findings a content editor can read, in the reader's language (issue 19)
ui-verify-reaches = le scénario `{ $id }` aboutit maintenant à `{ $reached }` ({ $reached_title }) au lieu de `{ $expected }` ({ $expected_title })
ui-verify-expected-here = attendu ici
ui-verify-turned = la réponse `{ $question } = { $answer }` ({ $place }) mène maintenant à `{ $next }`
ui-verify-holds = { $file } : { $count ->
    [one] { $count } scénario reste valable
   *[other] { $count } scénarios restent valables
}
ui-verify-fail = { $file } : { $failed } { $failed ->
    [one] scénario
   *[other] scénarios
} sur { $total } { $failed ->
    [one] n'est plus valable
   *[other] ne sont plus valables
} : { $ids }
ui-verify-invalid = { $file } : non valide : { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
ui-verify-finding = { $kind ->
    [problem] { ui-scenario-problem }
    [no-answer-for] le scénario `{ $id }` passe maintenant par la question `{ $question }`, à laquelle il ne donne pas de réponse
    [no-such-answer] la question `{ $question }` n'a pas de réponse `{ $answer }`
    [unknown-outcome] conseil inconnu `{ $id }`
    [unknown-contact] contact inconnu `{ $id }`
    [unknown-question] le flow n'a pas de question `{ $id }`
    [no-longer-offers] `{ $outcome }` ({ $outcome_title }) ne propose plus `{ $contact }` ({ $contact_name })
    [offers] `{ $outcome }` ({ $outcome_title }) propose `{ $contact }` ({ $contact_name })
    [unused] la réponse à `{ $question }` n'est pas utilisée
    [unnamed-country] la situation de `{ $id }` en `{ $lang }` ne dit pas où se trouve l'appelant
   *[other] { $id }
}
ui-verify-finding-label = { $kind ->
    [no-answer-for] pas de réponse à `{ $question }` ici
    [no-such-answer] cette réponse n'existe pas
    [unknown-outcome] aucun conseil n'a cet identifiant
    [unknown-contact] aucun contact n'a cet identifiant
    [unknown-question] aucune question n'a cet identifiant
    [no-longer-offers] le scénario `{ $id }` a besoin de ce contact
    [offers] le scénario `{ $id }` ne doit pas se voir proposer ceci
    [unused] le parcours de `{ $id }` ne pose pas cette question
    [unnamed-country] son parcours répond `{ $question } = { $answer }`
   *[other] {""}
}
ui-verify-finding-help = { $kind ->
    [did-you-mean] vouliez-vous dire `{ $suggestion }` ?
    [did-you-mean-answer] vouliez-vous dire `{ $suggestion }` ? Réponses : { $answers }
    [answers] réponses : { $answers }
    [no-answer-for] ajoutez `{ $question } = "..."`, avec l'une de ces réponses : { $answers }
    [unnamed-country] nommez le pays (« { $label } »), pour que la personne formée puisse répondre à la question
    [no-situation] ajoutez une `situation` avec le texte dans chaque langue, par exemple nl = "..."
    [no-answers] ajoutez `answers` avec une réponse à chaque question du parcours, par exemple country = "nl"
    [empty] { ui-help-scenario-empty }
   *[other] {""}
}
# Le guide comme site qu'une ligne d'aide peut publier (meldwijzer html --site).
ui-html-description = Où signaler des images d'abus sexuels sur des enfants ou des abus sexuels en ligne sur un mineur, aux Pays-Bas et en Belgique ? Quelques questions, puis qui contacter. Rien n'est enregistré ni envoyé.
ui-html-exit = Quitter cette page
ui-html-exit-note = « Quitter cette page », en haut de chaque écran, ouvre aussitôt un site météo. Cela n'efface pas l'historique de votre navigateur.
ui-html-checked = Vérifié le { $date }
ui-html-tree-link = Pour les formateurs : tout le guide en un seul schéma
ui-html-tree-title = meldwijzer : le guide en schéma, pour les formateurs
ui-html-tree-intro = Chaque question avec ses réponses, et où mène chaque réponse. Pour les formations ; une personne qui cherche de l'aide utilise le guide lui-même.
ui-html-tree-back = Retour au guide
ui-error-folder-not-empty = le dossier `{ $dir }` n'est pas vide
ui-help-folder-not-empty = choisissez un dossier vide ou nouveau, ou ajoutez `--force` pour y écrire (les fichiers de même nom sont remplacés)

# La liste des sources et quand les vérifier à nouveau (meldwijzer sources).
ui-sources-title = Sources
ui-sources-intro = Nous sommes le { $today }. Une source est à vérifier à nouveau lorsqu'elle a été lue il y a plus de { $count } jours.
ui-sources-address = Adresse
ui-sources-read = Date de lecture
ui-sources-age = { $date } ({ $count ->
    [0] aujourd'hui
    [one] il y a { $count } jour
   *[other] il y a { $count } jours
})
ui-sources-status = État
ui-sources-due = à vérifier à nouveau
ui-sources-current = à jour
ui-sources-contacts = Contacts qui en proviennent
ui-sources-outcomes = Conseils qui s'appuient sur elle
ui-sources-none = aucun
ui-sources-total = { $count ->
    [0] Aucune source n'est à vérifier à nouveau.
    [one] { $count } source sur { $total } est à vérifier à nouveau.
   *[other] { $count } sources sur { $total } sont à vérifier à nouveau.
}
ui-error-today = MELDWIJZER_TODAY (une date pour les tests) s'écrit AAAA-MM-JJ, et non `{ $value }`
