# Textes de l'arbre de décision (flows/default.toml). Français, tel qu'on le parle en
# Belgique, en vouvoyant. Les numéros et adresses se trouvent dans le flow, avec la source
# où ils ont été lus : écrivez-les ici exactement de la même façon.

## Sources

source-politie-nl = que faire si vous tombez sur des images d'abus sexuels d'enfants sur internet
source-meldpunt-nl = ce qu'on signale au Meldpunt, et ce qu'on n'y signale pas
source-meldpunt-whatsapp = le numéro WhatsApp du Meldpunt Kinderporno
source-offlimits = Off Limits et les services qu'il gère
source-helpwanted = de l'aide en cas d'abus sexuel en ligne
source-stop-it-now-nl = Stop it Now! aux Pays-Bas
source-childfocus-be = le point de contact civil pour les images d'abus sexuels d'enfants
source-childfocus-be-fr = le point de contact civil, en français
source-ecoute-enfants-103 = la ligne 103 pour les enfants et les jeunes
source-childfocus-116000 = le numéro gratuit 116 000
source-politie-be = quel numéro d'urgence appeler : le 101 ou le 112
source-1712 = à propos du 1712
source-stop-it-now-flanders = Stop it Now! en Flandre
source-stop-it-now-brussels = contacter Stop it Now! à Bruxelles
source-inhope = le réseau international des points de signalement

## Contacts

contact-emergency-112 = Numéro d'urgence 112
contact-emergency-112-when = Un enfant est en danger maintenant, ou des abus ont lieu en ce moment et vous savez qui est la victime ou où cela se passe.
contact-police-be-101 = Police en Belgique, numéro d'urgence 101
contact-police-be-101-when = En Belgique, appelez le 101 si vous avez besoin de la police maintenant. Pour une aide médicale urgente, appelez le 112.
contact-police-nl-0900 = Police néerlandaise, ligne non urgente
contact-police-nl-0900-when = Quand ce n'est pas urgent : pour signaler quelque chose, pour porter plainte (aangifte), ou si vous pensez que des abus ont lieu maintenant sans savoir qui ni où. Vous pouvez aussi vous rendre au commissariat de votre commune.
contact-meldpunt-chat-app = Meldpunt Kinderporno, numéro de signalement WhatsApp
contact-meldpunt-chat-app-when = Vous avez reçu des images ou des vidéos dans une application de messagerie comme WhatsApp, Messenger, Telegram ou Signal. Transférez le message à ce numéro, dans l'application. Vous ne devez pas dire qui vous êtes. Ce numéro ne prend pas d'appels.
contact-meldpunt-kinderporno = Meldpunt Kinderporno (géré par Off Limits), formulaire de signalement
contact-meldpunt-kinderporno-when = Le contenu se trouve à un endroit public d'internet, avec une adresse web (URL). Votre signalement est confidentiel et peut être anonyme. Vous ne savez pas si c'est illégal ? Signalez-le quand même : ce sont les analystes qui en jugent.
contact-off-limits = Off Limits (anciennement Expertisebureau Online Kindermisbruik)
contact-off-limits-when = Des personnes échangent des images d'abus sur un forum, ou des adultes approchent des mineurs à des fins sexuelles, par exemple sur un site de chat ou par webcam. Le site explique comment le transmettre ; Off Limits évalue la situation.
contact-helpwanted = Helpwanted (géré par Off Limits)
contact-helpwanted-when = De l'aide en cas d'abus sexuel en ligne : quelqu'un menace de diffuser des images intimes (sextorsion), des images de quelqu'un circulent sans son accord, ou un adulte cherche à manipuler un enfant (grooming). Gratuit et anonyme, à tout âge ; par chat, téléphone ou e-mail.
contact-meld-misdaad-anoniem = Meld Misdaad Anoniem (signaler un crime anonymement)
contact-meld-misdaad-anoniem-when = Vous voulez transmettre ce que vous savez sans donner votre nom.
contact-veilig-thuis = Veilig Thuis
contact-veilig-thuis-when = Vous vous inquiétez pour la sécurité d'un enfant de votre entourage et vous soupçonnez des abus sexuels.
contact-stop-it-now-nl = Stop it Now! Pays-Bas
contact-stop-it-now-nl-when = Pour les personnes inquiètes de leurs propres sentiments ou comportements sexuels envers des mineurs, et pour leur entourage. Gratuit et anonyme. Il existe aussi un formulaire de contact et un chat.
contact-child-focus-form = Point de contact de Child Focus (stopchildporno.be), formulaire de signalement
contact-child-focus-form-when = Vous avez trouvé sur internet des images d'abus sexuels d'enfants. Vous pouvez rester tout à fait anonyme. Le formulaire existe aussi en français.
contact-child-focus-116000 = Child Focus, numéro gratuit 116 000
contact-child-focus-116000-when = L'exploitation sexuelle d'un enfant, y compris en ligne, comme le sexting, le grooming et la sextorsion, et les enfants disparus. Anonyme si vous le demandez.
contact-vk-1712 = 1712, ligne d'aide contre la violence, les abus et la maltraitance d'enfants
contact-vk-1712-when = Pour toute personne qui a une question sur la violence ou les abus : enfants, jeunes et adultes, victimes et témoins. Gratuit, et vous ne devez pas dire qui vous êtes. Par téléphone, chat ou e-mail. Ce n'est pas un numéro d'urgence : en cas de danger, appelez le 101 ou le 112.
contact-child-focus-other-help = Page de Child Focus avec d'autres organisations (en néerlandais)
contact-child-focus-other-help-when = Child Focus y renvoie vers des organisations pour les questions qui sortent de sa mission, par exemple pour les adultes abusés dans le passé.
contact-child-focus-other-help-fr = Page de Child Focus en français, avec d'autres organisations
contact-child-focus-other-help-fr-when = Child Focus y renvoie vers des organisations pour les questions qui sortent de sa mission, par exemple pour les adultes abusés dans le passé.
contact-ecoute-enfants-103 = 103 Écoute-Enfants
contact-ecoute-enfants-103-when = Gratuit et anonyme, pour les enfants et les jeunes qui parlent français.
contact-stop-it-now-flanders = Stop it Now! Flandre
contact-stop-it-now-flanders-when = Pour les personnes qui ont des sentiments sexuels envers des mineurs ou qui s'inquiètent de leur propre comportement, et pour leur entourage. Gratuit et anonyme ; par téléphone, e-mail ou chat.
contact-stop-it-now-brussels = Stop it Now! Bruxelles
contact-stop-it-now-brussels-when = La même aide à Bruxelles, pour les personnes qui parlent français. Gratuit et anonyme.
contact-inhope = INHOPE, le réseau international des points de signalement
contact-inhope-when = Le site d'INHOPE indique le point de signalement de chaque pays membre.

hours-always = 24 heures sur 24, 7 jours sur 7, gratuit
hours-see-website = les heures d'ouverture changent : consultez le site
hours-see-off-limits = les heures d'ouverture changent : consultez le site d'Off Limits

## Questions et réponses

question-country = Où habitez-vous, ou dans quel pays voulez-vous signaler ?
question-country-help = Un enfant est-il en danger maintenant ? Choisissez alors la première réponse.
answer-country-danger-now = Un enfant est en danger maintenant
answer-country-nl = Les Pays-Bas
answer-country-be = La Belgique
answer-country-elsewhere = Un autre pays
answer-country-unsure = Je ne sais pas

question-nl-what = Qu'avez-vous vu ?
answer-nl-what-chat-app = Des images ou vidéos reçues dans une messagerie ou sur un réseau social
answer-nl-what-website = Des images ou vidéos sur un site web
answer-nl-what-forum = Un forum ou un groupe où des personnes échangent des images d'abus
answer-nl-what-approach = Un adulte qui approche un mineur à des fins sexuelles (site de chat, webcam)
answer-nl-what-sextortion = Quelqu'un menace de diffuser des images intimes de moi ou de mon enfant
answer-nl-what-live = Des abus visibles en direct en ce moment (par exemple par webcam)
answer-nl-what-unsure-age = Des images sexuelles, mais je ne suis pas sûr qu'il s'agisse d'un mineur
answer-nl-what-worried = Je m'inquiète pour un enfant de mon entourage
answer-nl-what-complaint = Je veux porter plainte
answer-nl-what-own-feelings = Je m'inquiète de mes propres sentiments envers des mineurs
answer-nl-what-unsure = Autre chose, ou je ne sais pas

question-nl-public = Est-ce sur une page web publique que tout le monde peut ouvrir avec son adresse (URL) ?
question-nl-public-help = Ne sont pas publics : le stockage en ligne (cloud), les fichiers sur l'ordinateur de quelqu'un, un e-mail entre deux personnes, le dark web.
answer-nl-public-yes = Oui, il y a une adresse web publique
answer-nl-public-no = Non : cloud, fichiers privés, e-mail ou dark web
answer-nl-public-unsure = Je ne sais pas

question-nl-now = Un enfant est-il abusé en direct, en ce moment ?
question-nl-now-help = Par exemple dans une diffusion par webcam en cours. Les messages ou le contact continuent simplement ? Choisissez alors « Non ».
answer-nl-now-yes = Oui, les abus sont visibles en direct maintenant
answer-nl-now-no = Non, pas en direct maintenant (le contact peut continuer)
answer-nl-now-unsure = Je ne sais pas

question-nl-known = Savez-vous qui est la victime, ou où les abus ont lieu ?
question-nl-known-help = Souvent, personne ne le sait encore au moment du signalement, pas même la police.
answer-nl-known-yes = Oui, la victime ou le lieu est connu
answer-nl-known-no = Non, ni l'un ni l'autre
answer-nl-known-unsure = Je ne sais pas

question-be-what = De quoi s'agit-il ?
answer-be-what-images = J'ai trouvé sur internet des images d'abus sexuels d'enfants
answer-be-what-exploitation = Un enfant est exploité sexuellement en ligne (sexting, grooming, sextorsion) : moi, mon enfant ou un enfant que je connais
answer-be-what-worried = Je m'inquiète pour un enfant de mon entourage, ou un enfant m'a dit qu'il est abusé
answer-be-what-child-victim = Je suis un enfant et cela m'arrive
answer-be-what-adult-victim = Je suis adulte et j'ai été abusé dans le passé
answer-be-what-own-feelings = Je m'inquiète de mes propres sentiments envers des mineurs
answer-be-what-unsure = Autre chose, ou je ne sais pas

## Conseils

outcome-emergency = Appelez le 112 maintenant (en Belgique : le 101 pour la police)
outcome-emergency-summary = Appelez tout de suite et dites qu'un enfant est en danger. Aux Pays-Bas, appelez le 112. En Belgique, appelez le 101 pour la police, et le 112 pour une aide médicale urgente.

outcome-nl-chat-app = Transférez-le au numéro WhatsApp du Meldpunt Kinderporno
outcome-nl-chat-app-summary = Vous avez reçu les images dans une messagerie ? Transférez le message, dans l'application, au numéro de signalement WhatsApp du Meldpunt Kinderporno. Attendez la réponse automatique. Ce n'est qu'ensuite que vous effacez les images de votre téléphone, sinon elles risquent de ne pas arriver. Vous ne devez pas dire qui vous êtes.

outcome-nl-meldpunt = Signalez l'adresse web au Meldpunt Kinderporno
outcome-nl-meldpunt-summary = Le contenu se trouve sur une page web publique ? Signalez-la au Meldpunt Kinderporno, le point de signalement d'Off Limits. Donnez l'adresse de la page, pas les images elles-mêmes.

outcome-nl-not-public = Signalez-le à la police
outcome-nl-not-public-summary = Le Meldpunt ne peut rien faire pour du contenu stocké en ligne, des fichiers sur l'ordinateur de quelqu'un, un e-mail entre deux personnes ou le dark web. Signalez-le à la police : appelez, ou rendez-vous au commissariat de votre commune. Pour rester anonyme, passez par Meld Misdaad Anoniem.

outcome-nl-public-unsure = Le Meldpunt Kinderporno, ou sinon la police
outcome-nl-public-unsure-summary = Tout le monde peut-il ouvrir la page avec son adresse ? Utilisez alors le formulaire du Meldpunt. Sinon, ou si vous ne savez pas, appelez la police au numéro non urgent.

outcome-nl-approach = Transmettez-le par Off Limits
outcome-nl-approach-summary = Un adulte approche un mineur à des fins sexuelles, par exemple sur un site de chat ou par webcam ? Transmettez-le par Off Limits, qui évalue la situation. Helpwanted aide aussi en cas de grooming. Vous voyez les abus en direct maintenant ? Revenez en arrière et choisissez cette réponse.

outcome-nl-sextortion = Demandez de l'aide à Helpwanted, et signalez-le à la police
outcome-nl-sextortion-summary = Quelqu'un menace de diffuser des images intimes de vous ou de votre enfant ? Vous n'êtes pas seul. Helpwanted vous aide, gratuitement et anonymement. Vous pouvez aussi porter plainte à la police. Quelqu'un est en danger maintenant ? Appelez le 112.

outcome-nl-live-known = Appelez le 112
outcome-nl-live-known-summary = Vous pensez qu'un enfant est abusé en ce moment, et vous savez qui est la victime ou où cela se passe. Appelez maintenant le numéro d'urgence 112.

outcome-nl-live-unknown = Appelez la police au 0900-8844
outcome-nl-live-unknown-summary = Vous pensez que des abus ont lieu maintenant, mais vous ne savez pas qui est la victime ni où cela se passe. C'est souvent le cas, pour la police aussi. Appelez la police au 0900-8844.

outcome-nl-unsure-age = Un doute ? Signalez-le quand même
outcome-nl-unsure-age-summary = Vous ne devez pas décider vous-même si les images sont illégales : ce sont les analystes du Meldpunt qui le font. La pornographie entre adultes uniquement, et les récits ou textes érotiques, ne relèvent pas du Meldpunt.

outcome-nl-worried = Parlez-en à Veilig Thuis
outcome-nl-worried-summary = Vous vous inquiétez pour un enfant de votre entourage et vous pensez à des abus sexuels ? Veilig Thuis vous conseille. L'enfant est-il en danger maintenant ? Appelez le 112.

outcome-nl-complaint = Portez plainte à la police
outcome-nl-complaint-summary = Vous voulez porter plainte ? Appelez la police au 0900-8844. Vous pouvez aussi vous rendre au commissariat de votre commune.

outcome-nl-unsure = Demandez à la police
outcome-nl-unsure-summary = Vous ne savez pas bien ce que c'est ni où le signaler ? Appelez la police au numéro non urgent ; on vous dira ce que vous pouvez faire. Pour transmettre une information anonymement, passez par Meld Misdaad Anoniem.

outcome-own-feelings = Trouvez du soutien auprès de Stop it Now!
outcome-nl-own-feelings-summary = Vous vous inquiétez de vos propres sentiments ou comportements envers des mineurs ? Chercher de l'aide est alors un bon pas, et cette aide existe. Appelez Stop it Now!, gratuitement et anonymement. Stop it Now! fait partie d'Off Limits ; le site d'Off Limits vous en dit plus.
outcome-be-own-feelings-summary = Vous vous inquiétez de vos propres sentiments ou comportements envers des mineurs ? Chercher de l'aide est alors un bon pas, et cette aide existe. Stop it Now! vous écoute, gratuitement et anonymement : à Bruxelles en français, en Flandre en néerlandais.

outcome-be-images = Signalez les images à Child Focus
outcome-be-images-summary = Utilisez le formulaire du point de contact de Child Focus, qui existe aussi en français. Vous pouvez rester tout à fait anonyme. Cela aide à faire disparaître les images d'internet le plus vite possible.

outcome-be-exploitation = Contactez Child Focus au 116 000
outcome-be-exploitation-summary = Il s'agit de vous, de votre enfant ou d'un enfant que vous connaissez ? Child Focus aide les victimes d'exploitation sexuelle et leur entourage, y compris pour le sexting, le grooming et la sextorsion. Appelez le 116 000. Signalez les images en ligne par le formulaire. Un danger maintenant ? Appelez le 101.

outcome-be-worried = Parlez-en à une ligne d'écoute
outcome-be-worried-summary = Vous vous inquiétez pour un enfant, ou un enfant vous a dit qu'il est abusé ? Child Focus (116 000) soutient aussi l'entourage des enfants exploités sexuellement. En néerlandais, le 1712 vous écoute et vous aide à savoir quoi faire, même si vous avez un doute. L'enfant est-il en danger maintenant ? Appelez le 101.

outcome-be-child-victim = Vous pouvez appeler une ligne d'écoute
outcome-be-child-victim-summary = Il vous arrive quelque chose qui ne vous semble pas normal ? Parlez-en. Appelez le 103. C'est gratuit. Vous ne devez pas dire votre nom. Vous pouvez aussi toujours appeler Child Focus au 116 000.

outcome-be-other-help = Trouvez de l'aide par Child Focus
outcome-be-other-help-summary = Vous avez été abusé dans le passé ? Vous pouvez encore en parler aujourd'hui. Sur son site, Child Focus indique d'autres organisations qui peuvent vous aider, en français et en néerlandais.

outcome-be-unsure = Demandez à Child Focus
outcome-be-unsure-summary = Vous ne savez pas bien ce que vous avez vu ni où le signaler ? Child Focus répond au 116 000 jour et nuit. Signalez les images en ligne par le formulaire.

outcome-elsewhere = Trouvez le point de signalement de votre pays par INHOPE
outcome-elsewhere-summary = Vous habitez en dehors des Pays-Bas et de la Belgique ? INHOPE est le réseau international des points de signalement ; son site indique celui de votre pays. Un enfant est en danger ? Dans l'Union européenne, appelez le 112.

outcome-country-unsure = Signalez-le là où vous habitez
outcome-country-unsure-summary = Vous habitez aux Pays-Bas ou en Belgique ? Signalez-le là, même si le contenu se trouve sur un site étranger : les points de signalement transmettent ces signalements par le réseau INHOPE. Aux Pays-Bas, c'est le Meldpunt Kinderporno ; en Belgique, le point de contact de Child Focus. Vous habitez ailleurs ? Le site d'INHOPE indique le point de signalement de votre pays.

## À noter

note-where-when = Où et quand vous l'avez vu : le site, l'application ou le service, la date et l'heure.
note-trace-details = Les données qui permettent à la police de retrouver des personnes : adresses e-mail, pseudos, numéros de téléphone et adresses IP (l'adresse internet unique d'un ordinateur).
note-app-and-group = Le nom de l'application et du chat ou du groupe, et qui l'a envoyé.
note-url = L'adresse web (URL) de la page. Copiez seulement l'adresse, jamais les images.
note-place-kind = De quel type d'endroit il s'agit : un service de stockage en ligne, un e-mail, un site du dark web, un fichier.
note-screenshot-details = Notez ces données, ou faites une capture d'écran qui les montre : un pseudo, une adresse, une fenêtre de chat. Ne capturez jamais d'images d'abus.
note-what-worries = Ce que vous avez vu ou entendu qui vous inquiète, et quand.

## Ce qui se passe ensuite

after-chat-app-reply = Vous recevez vite une réponse automatique. C'est alors seulement que vous savez que les images sont arrivées, et que vous les effacez de votre téléphone. Votre numéro est effacé dès que le contenu est reçu.
after-chat-app-police = Le Meldpunt est géré par Off Limits. S'il y a des indices clairs sur une victime, le contenu est transmis à la police.
after-police-trace = Lors de la première enquête, la police utilise des données comme les adresses e-mail, les pseudos, les numéros de téléphone et les adresses IP pour retrouver la victime, le suspect ou le lieu.
after-police-assess = La police examine votre signalement et décide de la suite.
after-off-limits-assess = Les collaborateurs d'Off Limits évaluent votre signalement avec expertise et dans le cadre de la loi. Ils décident de le traiter eux-mêmes ou avec la police, et vous êtes informé de la suite.
after-anonymous-nl = Votre signalement est confidentiel, et vous pouvez signaler anonymement.
after-child-focus-analyse = Une équipe spécialisée examine les images ; ses membres sont tenus au secret professionnel.
after-child-focus-pass-on = Si les images semblent montrer des abus sur des mineurs, le dossier est transmis à la police fédérale, ou au réseau INHOPE si les images sont hébergées à l'étranger.
after-child-focus-support = Child Focus ne mène pas d'enquête lui-même ; il travaille selon un accord avec la police et la justice.
after-1712 = Le 1712 n'est pas un point de signalement : on vous écoute, on vous conseille, on évalue la gravité et on peut vous orienter, par exemple vers un centre de confiance pour enfants maltraités (Vertrouwenscentrum Kindermishandeling).
after-inhope = Les points de signalement transmettent le contenu hébergé à l'étranger par le réseau INHOPE.

## Avertissements

warning-never-search-keep-share = Ne cherchez jamais ce contenu. Ne le gardez pas et ne le partagez avec personne, pas même avec la police ou comme preuve. C'est en soi un délit, et cela peut gêner les enquêtes de la police.
warning-forward-only-to-reporting-number = Transférez les images uniquement au numéro de signalement WhatsApp du Meldpunt Kinderporno, et à personne d'autre. N'en cherchez pas d'autres, et ne gardez rien : effacez tout dès que la réponse automatique est arrivée.
warning-do-not-confront = N'interpellez pas la personne vous-même et ne menez pas votre propre enquête : rechercher ces délits est le travail de la police.
warning-not-your-fault = La faute n'est jamais celle de la victime. C'est courageux et important d'en parler.
