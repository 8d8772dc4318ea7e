# Les textes propres à la ligne de commande : --help de meldwijzer et de chaque commande,
# et les erreurs dans la façon de l'appeler. Français. Lus seulement dans les fichiers
# intégrés, avant le chargement d'un flux : ils sont à part des traductions d'un flux
# (nl/, en/, fr/), qui n'en ont jamais besoin.

cli-about = Où signaler des images d'abus sexuels d'enfants ou des abus sexuels en ligne sur un mineur, aux Pays-Bas et en Belgique.
cli-usage = Utilisation :
cli-heading-commands = Commandes{"\u00A0"}
cli-heading-arguments = Arguments{"\u00A0"}
cli-heading-options = Options{"\u00A0"}
cli-heading-examples = Exemples :
cli-options = OPTIONS
cli-command = COMMANDE
cli-default = par défaut : { $value }
cli-values = valeurs possibles : { $values }

# Commandes.
cli-about-start = Parcourir le guide : avec des questions, ou d'un coup avec --answer/--answers (par défaut)
cli-about-check = Vérifier un flux et ses traductions, et signaler chaque problème
cli-about-graph = Dessiner l'arbre : DOT pour Graphviz, Mermaid pour Markdown, ou SVG
cli-about-paths = Énumérer chaque parcours, de la première question jusqu'à un conseil
cli-about-script = Imprimer un script d'appel pour le personnel des lignes d'aide
cli-about-contacts = Imprimer la fiche de tous les canaux de signalement
cli-about-diff = Comparer deux flux : parcours ajoutés, retirés, ou menant à un autre conseil
cli-about-completions = Imprimer un script de complétion pour le shell (en anglais)
cli-about-man = Imprimer la page de manuel (roff, en anglais)
cli-about-html = Le guide en une seule page web hors ligne, ou en site à publier : aucun script, rien de chargé
cli-about-verify = Vérifier des fichiers de scénarios : chaque situation mène-t-elle encore à son conseil ?
cli-about-quiz = Un quiz pour les personnes en formation : parcourez le guide pour chaque situation, puis voyez le résultat
cli-about-schema = Imprimer le schéma JSON des fichiers de flux ou de scénarios, ou d'une sortie JSON
cli-about-sources = Lister les sources : où chaque fait a été lu, quand, ce qui en dépend, et s'il est temps de le vérifier à nouveau
cli-about-help = Imprimer cette aide, ou l'aide de la commande donnée

# Les noms des valeurs, dans les lignes d'utilisation.
cli-value-file = FICHIER
cli-value-dir = DOSSIER
cli-value-n = N
cli-value-id = ID
cli-value-format = FORMAT
cli-value-lang = LANGUE
cli-value-color = COULEUR
cli-value-shell = SHELL
cli-value-kind = TYPE
cli-value-days = JOURS
cli-value-question-answer = QUESTION=RÉPONSE
cli-value-ref = RÉF
cli-value-text = TEXTE
cli-value-country = PAYS
cli-value-question = QUESTION
cli-value-old-toml = ANCIEN.toml
cli-value-new-toml = NOUVEAU.toml
cli-value-command = COMMANDE

# Options et arguments, par commande.
cli-arg-help = Imprimer l'aide
cli-arg-version = Imprimer la version
cli-arg-lang = Langue de tout ce que vous lisez : nl, en ou fr (all : toutes les langues, seulement pour html) [par défaut : selon LANG, sinon nl]
cli-arg-flow = Lire le flux dans ce fichier TOML au lieu du flux intégré
cli-arg-locales = Lire les traductions dans ce dossier (avec nl/, en/ et fr/) au lieu des traductions intégrées
cli-arg-color = Quand utiliser des couleurs : auto (dans un terminal, sauf si NO_COLOR est défini), always (toujours) ou never (jamais) [par défaut : auto]
cli-arg-plain = Poser les questions ligne par ligne, pour les lecteurs d'écran et les terminaux simples (aussi avec TERM=dumb ou MELDWIJZER_PLAIN=1)
cli-arg-start-answer = Répondre à une question : QUESTION=RÉPONSE (peut être répété)
cli-arg-start-answers = Lire les réponses dans un fichier TOML (voir examples/)
cli-arg-start-format = Format du conseil : text pour les personnes, ou json pour les programmes (les champs sont décrits dans le README)
cli-arg-start-summary = À la fin, imprimer le compte rendu du dossier (les réponses, le conseil et les contacts donnés), en text ou en markdown
cli-arg-start-output = Écrire plutôt le résumé dans ce fichier (le seul fichier que meldwijzer écrit jamais)
cli-arg-start-force = Remplacer le fichier --output s'il existe déjà
cli-arg-start-step = Rejouer des réponses préparées une question à la fois, en attendant Entrée (pour les formateurs)
cli-arg-start-case-ref = La référence du dossier à mettre dans le compte rendu (JSON et résumé ; 64 caractères au plus)
cli-arg-start-note = Une note à mettre dans le compte rendu (JSON et résumé ; 1000 caractères au plus)
cli-arg-graph-format = Format du dessin : dot (Graphviz), mermaid (affiché dans le Markdown de GitHub) ou svg (dessiné sans Graphviz)
cli-arg-graph-country = Seulement les branches de ce pays (et celles qui valent pour tous)
cli-arg-graph-from = Dessiner seulement ce à quoi mène cette question (son identifiant), pour en projeter une partie
cli-arg-graph-landscape = Répartir les conseils sur plus de colonnes, pour que le SVG tienne sur un écran de projection 16:9
cli-arg-paths-format = Format de sortie : text, markdown, json, ou commands (pour chaque parcours, une ligne `meldwijzer start -a ...` prête à lancer)
cli-arg-paths-limit = Énumérer au plus ce nombre de parcours
cli-arg-paths-count = Seulement compter les parcours (rapide, quel que soit leur nombre)
cli-arg-paths-country = Seulement les parcours de ce pays (et ceux qui valent pour tous)
cli-arg-script-format = Format de sortie : markdown (à imprimer ou à convertir) ou text
cli-arg-script-compact = Un script court à garder près du téléphone : les étapes avec les identifiants de leurs réponses, une ligne par conseil, chaque avertissement une fois
cli-arg-script-country = Seulement les étapes et les conseils de ce pays (et ceux qui valent pour tous)
cli-arg-contacts-format = Format de sortie : text pour les personnes, ou json pour les programmes
cli-arg-contacts-country = Seulement les contacts de ce pays (et ceux qui valent pour tous)
cli-arg-diff-old = Le flux avant la modification
cli-arg-diff-new = Le flux après la modification
cli-arg-diff-old-locales = Traductions de l'ancien flux [par défaut : --locales, sinon les traductions intégrées]
cli-arg-diff-new-locales = Traductions du nouveau flux [par défaut : --locales, sinon les traductions intégrées]
cli-arg-diff-limit = Énumérer au plus ce nombre de parcours qui diffèrent (les flux sont toujours comparés en entier)
cli-arg-completions-shell = Le shell pour lequel compléter
cli-arg-html-lang = Langue de la page ou du site : nl, en ou fr, ou all pour toutes les langues [par défaut : all]
cli-arg-html-output = Écrire la page dans ce fichier au lieu de la sortie standard
cli-arg-html-site = Écrire dans ce dossier un site à publier : une page par langue, un choix de langue (index.html) et le dessin pour les formateurs
cli-arg-html-force = Remplacer le fichier --output s'il existe déjà ; écrire dans un dossier --site qui n'est pas vide
cli-arg-verify-files = Fichiers de scénarios (TOML, voir examples/scenarios.toml)
cli-arg-verify-format = Format de sortie : text (constats situés comme ceux d'un compilateur) ou json pour les outils
cli-arg-quiz-file = Un fichier de scénarios (TOML, voir examples/scenarios.toml)
cli-arg-quiz-scenario = Seulement ce scénario (son identifiant)
cli-arg-quiz-country = Seulement les situations dont le parcours reste dans ce pays
cli-arg-quiz-count = Poser au plus ce nombre de situations
cli-arg-quiz-shuffle = Poser les situations dans un ordre aléatoire
cli-arg-quiz-seed = L'ordre que donne --shuffle : le même nombre donne le même ordre [par défaut : d'après l'horloge]
cli-arg-schema-kind = Ce que le schéma décrit : les fichiers de flux (flows/*.toml), de scénarios (examples/scenarios.toml), ou le JSON de start (advice), contacts, paths, verify ou sources
cli-arg-sources-max-age = Une source lue il y a plus de ce nombre de jours doit être vérifiée à nouveau
cli-arg-sources-format = Format de sortie : text pour les personnes, ou json pour les rappels d'une ligne d'aide
cli-arg-help-command = La commande à expliquer

# Les exemples sous meldwijzer --help.
cli-example-start = Lancer le guide (pose des questions)
cli-example-lang = Le guide en anglais
cli-example-scripted = D'un coup, conseil en JSON
cli-example-replay = Rejouer des réponses préparées
cli-example-step = Rejouer pour une salle, une question à la fois
cli-example-summary = Classer un compte rendu de dossier
cli-example-script = Un script d'appel à imprimer
cli-example-compact = Un script court près du téléphone, Belgique seulement
cli-example-graph = L'arbre en image
cli-example-check = Vérifier un flux modifié
cli-example-html = Le guide en une seule page web hors ligne
cli-example-site = Le guide en site à publier
cli-example-verify = Les situations mènent-elles encore à leur conseil ?
cli-example-quiz = Un quiz pour une séance de formation

# Erreurs dans la façon d'appeler meldwijzer.
cli-error-unknown-command = il n'y a pas de commande `{ $command }`
cli-error-unknown-argument = `{ $argument }` n'est pas une option ni un argument ici
cli-help-did-you-mean = vouliez-vous dire `{ $suggestion }` ?
cli-help-commands = les commandes sont : { $commands }
cli-help-separator = pour donner `{ $argument }` comme valeur, écrivez `-- { $argument }`
cli-error-missing-value = `{ $option }` a besoin d'une valeur
cli-error-invalid-value = `{ $value }` n'est pas une valeur valide pour `{ $option }`
cli-error-not-a-number = `{ $value }` n'est pas un nombre entier, comme `{ $option }` le demande
cli-help-possible-values = valeurs possibles : { $values }
cli-error-missing-argument = il manque : { $arguments }
cli-error-conflict = `{ $option }` ne peut pas être utilisé avec `{ $other }`
cli-error-too-many = trop de valeurs : `{ $value }` n'était pas attendu
cli-error-other = la ligne de commande n'est pas comprise ({ $detail })
cli-error-lang-all = `--lang all` est réservé à `html`, qui peut contenir toutes les langues ; choisissez nl, en ou fr
cli-more-help = Pour en savoir plus, tapez `{ $command } --help`.
