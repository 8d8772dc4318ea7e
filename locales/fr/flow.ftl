# Textes de l'arbre de décision (flows/default.toml). Français, tel qu'on le parle en
# Belgique, en vouvoyant. Les numéros et adresses se trouvent dans le flow, avec la source
# où ils ont été lus : écrivez-les ici exactement de la même façon.

## Sources

source-politie-nl = que faire si vous tombez sur des images d'abus sexuels d'enfants sur internet
source-meldpunt-nl = ce qu'on signale au Meldpunt, et ce qu'on n'y signale pas
source-meldpunt-form = faire un signalement au Meldpunt
source-meldpunt-whatsapp = le numéro WhatsApp du Meldpunt Kinderporno
source-meldpunt-hulp = de l'aide pour qui est tombé sur ce type de contenu
source-offlimits = Off Limits et les services qu'il gère
source-helpwanted = de l'aide en cas d'abus sexuel en ligne
source-stop-it-now-nl = Stop it Now! aux Pays-Bas
source-kindertelefoon = De Kindertelefoon
source-slachtofferhulp = l'aide aux victimes
source-luisterlijn = le nouveau numéro de De Luisterlijn
source-take-it-down = questions sur Take It Down
source-stopncii = StopNCII.org
source-childfocus-be = le point de contact civil pour les images d'abus sexuels d'enfants, en néerlandais
source-childfocus-be-fr = le point de contact civil pour les images d'abus sexuels d'enfants
source-childfocus-116000 = le numéro gratuit 116 000
source-payboy = la sextorsion : que faire
source-payboy-fr = la sextorsion : que faire
source-politie-be = quel numéro d'urgence appeler : 101 ou 112
source-1712 = à propos du 1712
source-stop-it-now-flanders = Stop it Now! en Flandre
source-stop-it-now-brussels = contacter Stop it Now! à Bruxelles
source-tele-onthaal = Tele-Onthaal
source-ecoute-enfants-103 = la ligne 103 pour les enfants, les jeunes et leurs proches
source-tele-accueil = la ligne 107 de Télé-Accueil
source-sos-viol = SOS Viol
source-inhope = comment signaler, et la carte des points de signalement membres
source-beschwerdestelle-de = le point de signalement allemand
source-bee-secure = comment fonctionne la Stopline de BEE SECURE
source-service-public-fr = signaler un contenu illicite sur internet en France
source-iwf = questions sur le signalement à l'IWF

## Contacts

contact-emergency-112 = Numéro d'urgence 112
contact-emergency-112-when = Un enfant est en danger maintenant, ou des abus ont lieu en ce moment et vous savez qui est la victime ou où cela se passe.
contact-police-be-101 = Police en Belgique, numéro d'urgence 101
contact-police-be-101-when = En Belgique, appelez le 101 si vous avez besoin de la police maintenant. Pour une aide médicale urgente, appelez le 112.
contact-police-nl-0900 = Police néerlandaise, numéro général
contact-police-nl-0900-when = Le numéro général de la police, pour tout ce qui ne demande pas le 112 : pour signaler quelque chose, pour porter plainte (aangifte), ou quand des abus ont lieu maintenant mais que personne ne sait qui ni où. Vous pouvez aussi vous rendre au commissariat de votre commune.
contact-meldpunt-chat-app = Meldpunt Kinderporno, numéro de signalement WhatsApp
contact-meldpunt-chat-app-when = Vous avez reçu des images ou des vidéos dans une messagerie comme WhatsApp, Messenger, Telegram ou Signal. Transférez ce message à ce numéro WhatsApp. Vous n'êtes pas obligé de dire qui vous êtes.
contact-meldpunt-whatsapp-message = Meldpunt Kinderporno, numéro de signalement WhatsApp
contact-meldpunt-whatsapp-message-when = Envoyez un message WhatsApp qui dit où vous l'avez vu : l'application, le nom du compte et le lien. N'envoyez jamais les images. Vous n'êtes pas obligé de dire qui vous êtes.
contact-meldpunt-kinderporno = Meldpunt Kinderporno (géré par Off Limits), formulaire de signalement
contact-meldpunt-kinderporno-when = Le contenu se trouve à un endroit public d'internet, avec une adresse web (URL). Vous pouvez signaler anonymement. Vous ne savez pas si c'est illégal ? Signalez-le quand même : ce sont les analystes qui en jugent.
contact-off-limits = Off Limits (anciennement Expertisebureau Online Kindermisbruik)
contact-off-limits-when = Par Off Limits, vous transmettez ce que vous lisez sur un forum où des personnes échangent des images d'abus, ou ce que vous voyez d'adultes qui approchent des mineurs à des fins sexuelles ; Off Limits évalue la situation. Il gère aussi le Meldpunt Kinderporno, Helpwanted et Stop it Now!.
contact-helpwanted = Helpwanted (géré par Off Limits)
contact-helpwanted-when = De l'aide en cas d'abus sexuel en ligne : quelqu'un menace de diffuser des images intimes (sextorsion), des images de quelqu'un circulent sans son accord, ou un adulte cherche à manipuler un enfant (grooming). Helpwanted peut aussi aider à faire retirer des images. Gratuit et anonyme, à tout âge ; par chat, téléphone ou e-mail.
contact-kindertelefoon = De Kindertelefoon
contact-kindertelefoon-when = Pour les enfants et les jeunes de 8 à 18 ans, en néerlandais. On peut appeler ou chatter, aussi au sujet des abus sexuels et du sexting. Gratuit et anonyme.
contact-meld-misdaad-anoniem = Meld Misdaad Anoniem (signaler un crime anonymement)
contact-meld-misdaad-anoniem-when = Vous voulez transmettre ce que vous savez sans donner votre nom.
contact-veilig-thuis = Veilig Thuis
contact-veilig-thuis-when = Vous vous inquiétez pour la sécurité d'un enfant de votre entourage et vous soupçonnez des abus sexuels.
contact-stop-it-now-nl = Stop it Now! Pays-Bas
contact-stop-it-now-nl-when = Pour les personnes inquiètes de leurs propres sentiments ou comportements sexuels envers des mineurs, et pour leur entourage. Gratuit et anonyme. Il existe aussi un formulaire de contact et un chat.
contact-take-it-down = Take It Down (NCMEC), pour les images prises avant 18 ans
contact-take-it-down-when = Pour des images nues ou sexuelles prises quand la personne qu'elles montrent avait moins de 18 ans. Utilisable partout dans le monde. L'image reste sur l'appareil où elle se trouve : seule une empreinte numérique est envoyée, et les plateformes participantes peuvent retirer les copies qui y correspondent. Cela ne fonctionne pas dans les applications chiffrées comme WhatsApp, et une copie modifiée demande une nouvelle empreinte.
contact-stopncii = StopNCII.org, pour les images prises à 18 ans ou plus
contact-stopncii-when = La même chose pour les images d'une personne qui avait 18 ans ou plus, utilisable partout dans le monde. Notez le numéro de dossier et le code PIN : ils ne peuvent pas être récupérés. Aucun des deux outils ne peut arrêter les messages privés.
contact-meldpunt-hulp = Meldpunt Kinderporno : « Hulp nodig? »
contact-meldpunt-hulp-when = Des organisations qui aident les personnes tombées sur ce type de contenu (en néerlandais).
contact-luisterlijn = De Luisterlijn
contact-luisterlijn-when = Quelqu'un à qui parler quand quelque chose vous pèse, en néerlandais. Aussi par chat et par e-mail.
contact-slachtofferhulp = Slachtofferhulp Nederland (aide aux victimes)
contact-slachtofferhulp-when = Pour les victimes, leurs proches et les témoins. Au tarif local ; en cas de crise, aussi en dehors des heures de bureau.
contact-child-focus-form = Point de contact de Child Focus (stopchildporno.be), formulaire de signalement
contact-child-focus-form-when = Vous avez trouvé sur internet des images d'abus sexuels d'enfants. Vous pouvez rester tout à fait anonyme.
contact-child-focus-116000 = Child Focus, numéro gratuit 116 000
contact-child-focus-116000-when = L'exploitation sexuelle d'un enfant, y compris en ligne, comme le sexting, le grooming et la sextorsion, et les enfants disparus. Anonyme si vous le demandez.
contact-payboy = Payboy, le site de Child Focus sur la sextorsion chez les garçons
contact-payboy-when = Que faire si quelqu'un vous fait chanter avec des images intimes.
contact-vk-1712 = 1712, ligne d'aide contre la violence, les abus et la maltraitance d'enfants
contact-vk-1712-when = Pour toute personne qui a une question sur la violence ou les abus : enfants, jeunes et adultes, victimes et témoins. Gratuit, et vous n'êtes pas obligé de dire qui vous êtes. Par téléphone, chat ou e-mail. Ce n'est pas un numéro d'urgence : en cas de danger, appelez le 101 ou le 112.
contact-ecoute-enfants-103 = 103 Écoute-Enfants
contact-ecoute-enfants-103-when = Gratuit et anonyme, pour les enfants et les jeunes qui parlent français, et pour leurs parents et leurs proches.
contact-sos-viol = SOS Viol
contact-sos-viol-when = Gratuit, pour les personnes qui ont subi des violences sexuelles et pour leur entourage.
contact-stop-it-now-flanders = Stop it Now! Flandre
contact-stop-it-now-flanders-when = Pour les personnes qui ont des sentiments sexuels envers des mineurs ou qui s'inquiètent de leur propre comportement, et pour leur entourage. Gratuit et anonyme ; par téléphone, e-mail ou chat.
contact-stop-it-now-brussels = Stop it Now! Bruxelles
contact-stop-it-now-brussels-when = De l'aide à Bruxelles, pour les personnes qui parlent français, pour les mêmes inquiétudes.
contact-tele-onthaal = Tele-Onthaal
contact-tele-onthaal-when = Quelqu'un à qui parler, en néerlandais. Gratuit et anonyme, aussi par chat.
contact-tele-accueil = Télé-Accueil
contact-tele-accueil-when = Quelqu'un à qui parler, en français. Gratuit, anonyme et confidentiel.
contact-inhope = INHOPE, le réseau international des points de signalement
contact-inhope-when = Le site d'INHOPE montre une carte des points de signalement membres : signalez au point de votre pays. INHOPE lui-même ne peut pas donner suite aux signalements.
contact-beschwerdestelle-de = Internet-Beschwerdestelle (Allemagne)
contact-beschwerdestelle-de-when = Le point de signalement allemand, avec des formulaires. Pour des images d'abus, vous n'êtes pas obligé de donner votre nom.
contact-bee-secure-stopline = BEE SECURE Stopline (Luxembourg)
contact-bee-secure-stopline-when = Le point de signalement du Luxembourg : un formulaire web anonyme.
contact-point-de-contact = Point de Contact (France)
contact-point-de-contact-when = Le point de signalement français, avec un formulaire web.
contact-pharos = PHAROS, la plateforme de signalement de la police française
contact-pharos-when = Pour signaler un contenu illicite sur internet à la police en France.
contact-iwf = Internet Watch Foundation (Royaume-Uni)
contact-iwf-when = Le point de signalement du Royaume-Uni. Vous pouvez signaler anonymement en ligne ; seule l'adresse de la page est nécessaire.

hours-always = 24 heures sur 24, 7 jours sur 7, gratuit
hours-day-and-night = jour et nuit
hours-see-website = consultez le site
hours-limited = heures d'ouverture limitées : consultez le site
hours-stop-it-now-nl = consultez le site de Stop it Now! lui-même

## Questions et réponses

question-country = Où habitez-vous ?
question-country-help = Choisissez le pays où vous habitez, même si ce que vous avez vu se trouve sur un site étranger. Un enfant est-il en danger maintenant ? Choisissez alors la première réponse.
answer-country-danger-now = Un enfant est en danger maintenant
answer-country-nl = Les Pays-Bas
answer-country-be = La Belgique
answer-country-elsewhere = Un autre pays
answer-country-unsure = Je ne sais pas

question-elsewhere-country = Dans quel pays habitez-vous ?
answer-elsewhere-country-de = L'Allemagne
answer-elsewhere-country-lu = Le Luxembourg
answer-elsewhere-country-fr = La France
answer-elsewhere-country-uk = Le Royaume-Uni
answer-elsewhere-country-other = Un autre pays

question-nl-what = De quoi s'agit-il ?
answer-nl-what-chat-app = Des images ou vidéos reçues dans une messagerie ou un groupe de discussion (WhatsApp, Telegram, Signal, Messenger)
answer-nl-what-social-media = Quelque chose vu sur un réseau social (Instagram, TikTok, Snapchat, X, Facebook)
answer-nl-what-website = Des images ou vidéos sur un site web
answer-nl-what-forum = Un forum sur un site web où des personnes échangent des images d'abus
answer-nl-what-approach = Un adulte qui approche un mineur à des fins sexuelles (site de chat, webcam)
answer-nl-what-sextortion = Quelqu'un menace de diffuser des images intimes pour obtenir de l'argent ou d'autres images
answer-nl-what-live = Des abus visibles en direct en ce moment (par exemple par webcam)
answer-nl-what-child-victim = Je suis un enfant ou un adolescent et cela m'arrive
answer-nl-what-unsure-age = Des images sexuelles, mais je ne suis pas sûr qu'il s'agisse d'un mineur
answer-nl-what-worried = Je m'inquiète pour un enfant de mon entourage
answer-nl-what-complaint = Je veux porter plainte à la police (aangifte)
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

question-sextortion-whose = De qui sont ces images ?
answer-sextortion-whose-me = De moi
answer-sextortion-whose-my-child = De mon enfant
answer-sextortion-whose-someone-else = De quelqu'un d'autre : un ami, un élève, quelqu'un que je connais

question-be-what = De quoi s'agit-il ?
answer-be-what-images = J'ai trouvé sur internet des images d'abus sexuels d'enfants
answer-be-what-exploitation = Mon enfant ou un enfant que je connais est exploité sexuellement en ligne (grooming, sexting)
answer-be-what-sextortion = Quelqu'un menace de diffuser des images intimes pour obtenir de l'argent ou d'autres images
answer-be-what-worried = Je m'inquiète pour un enfant de mon entourage, ou un enfant m'a dit qu'il est abusé
answer-be-what-child-victim = Je suis un enfant et cela m'arrive
answer-be-what-adult-victim = Je suis adulte et j'ai été abusé dans le passé
answer-be-what-own-feelings = Je m'inquiète de mes propres sentiments envers des mineurs
answer-be-what-unsure = Autre chose, ou je ne sais pas

## Conseils

outcome-emergency = Appelez le 112 maintenant (en Belgique : le 101 pour la police)
outcome-emergency-summary = Appelez tout de suite et dites qu'un enfant est en danger. Aux Pays-Bas, appelez le 112. En Belgique, appelez le 101 pour la police, et le 112 pour une aide médicale urgente.

outcome-nl-chat-app = Transférez-le au numéro WhatsApp du Meldpunt Kinderporno
outcome-nl-chat-app-summary = Vous avez reçu les images dans une messagerie ? Transférez le message, dans l'application, au numéro de signalement WhatsApp du Meldpunt Kinderporno. Attendez la réponse automatique. Ce n'est qu'ensuite que vous effacez les images de votre téléphone, sinon elles risquent de ne pas arriver. Vous n'êtes pas obligé de dire qui vous êtes.

outcome-nl-social-media = Dites au Meldpunt Kinderporno où vous l'avez vu
outcome-nl-social-media-summary = Vous l'avez vu sur un réseau social ? Ne le transférez pas : envoyez au numéro WhatsApp du Meldpunt Kinderporno un message qui dit où cela se trouve : l'application, le nom du compte et le lien. N'envoyez jamais les images elles-mêmes. C'est une publication publique avec sa propre adresse web ? Vous pouvez aussi signaler cette adresse avec le formulaire du Meldpunt.

outcome-nl-meldpunt = Signalez l'adresse web au Meldpunt Kinderporno
outcome-nl-meldpunt-summary = Le contenu se trouve sur une page web publique ? Signalez-la au Meldpunt Kinderporno, le point de signalement d'Off Limits. Donnez l'adresse de la page, pas les images elles-mêmes.

outcome-nl-not-public = Signalez-le à la police
outcome-nl-not-public-summary = Le Meldpunt ne peut rien faire pour du contenu stocké en ligne, des fichiers sur l'ordinateur de quelqu'un, un e-mail entre deux personnes ou le dark web. Signalez-le à la police : appelez, ou rendez-vous au commissariat de votre commune. Pour rester anonyme, passez par Meld Misdaad Anoniem.

outcome-nl-public-unsure = Le Meldpunt Kinderporno, ou sinon la police
outcome-nl-public-unsure-summary = Tout le monde peut-il ouvrir la page avec son adresse ? Utilisez alors le formulaire du Meldpunt. Sinon, ou si vous ne savez pas, appelez la police au 0900-8844.

outcome-nl-approach = Transmettez-le par Off Limits
outcome-nl-approach-summary = Un adulte approche un mineur à des fins sexuelles, par exemple sur un site de chat ou par webcam ? Transmettez-le par Off Limits, qui évalue la situation. Helpwanted aide aussi en cas de grooming. Vous voyez les abus en direct maintenant ? Appelez le 112 si vous savez qui est la victime ou où cela se passe ; sinon, la police au 0900-8844.

outcome-sextortion = Ne payez pas, et demandez de l'aide
outcome-nl-sextortion-summary = Quelqu'un menace de diffuser des images intimes de vous si vous ne payez pas ou n'en envoyez pas d'autres. Ce n'est pas votre faute, et vous n'avez pas à y faire face seul. Ne payez pas et n'envoyez plus rien. Coupez le contact et bloquez la personne, mais ne supprimez ni votre compte ni les messages. Vous avez déjà payé ? Ne payez plus rien. Helpwanted vous aide, gratuitement et anonymement, aussi pour faire retirer des images. Vous pouvez aussi le signaler à la police. En danger maintenant ? Appelez le 112.

outcome-sextortion-parent = Ne payez pas, et cherchez de l'aide ensemble
outcome-nl-sextortion-parent-summary = Quelqu'un menace de diffuser des images intimes de votre enfant, ou d'un proche, s'il ne paie pas ou n'en envoie pas d'autres. Dites-lui que ce n'est pas sa faute, et aidez-le à ne pas payer et à ne plus rien envoyer. Coupez le contact et bloquez la personne, mais ne supprimez ni le compte ni les messages. Déjà payé ? Ne payez plus rien. Helpwanted aide, gratuitement et anonymement, aussi pour faire retirer des images. Vous pouvez le signaler à la police. Un danger maintenant ? Appelez le 112.

outcome-child-victim = Vous pouvez en parler à quelqu'un
outcome-nl-child-victim-summary = Il vous arrive quelque chose qui ne vous semble pas normal ? Parlez-en. Appelez De Kindertelefoon ou chattez avec eux, en néerlandais. C'est gratuit. Vous n'êtes pas obligé de dire votre nom. Helpwanted aide aussi quand cela se passe en ligne. En danger maintenant ? Appelez le 112.

outcome-nl-live-known = Appelez le 112
outcome-nl-live-known-summary = Vous pensez qu'un enfant est abusé en ce moment, et vous savez qui est la victime ou où cela se passe. Appelez maintenant le numéro d'urgence 112.

outcome-nl-live-unknown = Appelez la police au 0900-8844
outcome-nl-live-unknown-summary = Vous pensez que des abus ont lieu maintenant, mais vous ne savez pas qui est la victime ni où cela se passe. C'est souvent le cas, pour la police aussi. Appelez la police au 0900-8844.

outcome-nl-unsure-age = Un doute ? Signalez-le quand même
outcome-nl-unsure-age-summary = Vous n'avez pas à décider vous-même si les images sont illégales : ce sont les analystes du Meldpunt qui le font. La pornographie entre adultes uniquement, et les récits ou textes érotiques, ne relèvent pas du Meldpunt.

outcome-nl-worried = Parlez-en à Veilig Thuis
outcome-nl-worried-summary = Vous vous inquiétez pour un enfant de votre entourage et vous pensez à des abus sexuels ? Veilig Thuis vous conseille. L'enfant est-il en danger maintenant ? Appelez le 112.

outcome-nl-complaint = Portez plainte à la police
outcome-nl-complaint-summary = Pour porter plainte (aangifte), appelez la police de votre région au 0900-8844. Vous pouvez aussi vous rendre au commissariat de votre commune.

outcome-nl-unsure = Demandez à la police
outcome-nl-unsure-summary = Vous ne savez pas bien ce que c'est ni où le signaler ? Appelez la police au 0900-8844, son numéro pour tout ce qui n'est pas urgent. Pour transmettre une information anonymement, passez par Meld Misdaad Anoniem.

outcome-own-feelings = Trouvez du soutien auprès de Stop it Now!
outcome-nl-own-feelings-summary = Vous vous inquiétez de vos propres sentiments ou comportements envers des mineurs ? Chercher de l'aide est alors un bon pas, et cette aide existe. Appelez Stop it Now!, gratuitement et anonymement. Stop it Now! fait partie d'Off Limits ; le site d'Off Limits vous en dit plus.
outcome-be-own-feelings-summary = Vous vous inquiétez de vos propres sentiments ou comportements envers des mineurs ? Chercher de l'aide est alors un bon pas, et cette aide existe. Stop it Now! vous écoute : à Bruxelles en français ; en Flandre en néerlandais, gratuitement et anonymement.

outcome-be-images = Signalez les images à Child Focus
outcome-be-images-summary = Utilisez le formulaire du point de contact de Child Focus. Vous pouvez rester tout à fait anonyme. Cela aide à faire disparaître les images d'internet le plus vite possible.

outcome-be-exploitation = Contactez Child Focus au 116 000
outcome-be-exploitation-summary = Il s'agit de votre enfant ou d'un enfant que vous connaissez ? Child Focus aide les victimes d'exploitation sexuelle et leur entourage, y compris pour le sexting et le grooming. Appelez le 116 000. Signalez les images en ligne par le formulaire. Un danger maintenant ? Appelez le 101.

outcome-be-sextortion-summary = Quelqu'un menace de diffuser des images intimes de vous si vous ne payez pas ou n'en envoyez pas d'autres. Ce n'est pas votre faute. Ne payez pas et n'envoyez plus rien. Coupez le contact et bloquez la personne, mais ne supprimez ni votre compte ni les messages. Vous avez déjà payé ? Ne payez plus rien. Parlez-en à un adulte de confiance. Child Focus vous aide au 116 000, jour et nuit. Signalez-le aussi à la police ; en danger maintenant, appelez le 101.

outcome-be-sextortion-parent-summary = Quelqu'un menace de diffuser des images intimes de votre enfant, ou d'un proche, s'il ne paie pas ou n'en envoie pas d'autres. Dites-lui que ce n'est pas sa faute, et aidez-le à ne pas payer et à ne plus rien envoyer. Coupez le contact et bloquez la personne, mais ne supprimez ni le compte ni les messages. Déjà payé ? Ne payez plus rien. Child Focus aide au 116 000, jour et nuit. Signalez-le aussi à la police ; un danger maintenant, appelez le 101.

outcome-be-worried = Parlez-en à une ligne d'écoute
outcome-be-worried-summary = Vous vous inquiétez pour un enfant, ou un enfant vous a dit qu'il est abusé ? Le 103 écoute aussi les parents et les proches d'un enfant. Child Focus (116 000) soutient l'entourage des enfants exploités sexuellement. En néerlandais, le 1712 vous écoute et vous aide à savoir quoi faire, même si vous avez un doute. L'enfant est-il en danger maintenant ? Appelez le 101.

outcome-be-child-victim-summary = Il vous arrive quelque chose qui ne vous semble pas normal ? Parlez-en. Appelez le 103. C'est gratuit. Vous n'êtes pas obligé de dire votre nom. Vous pouvez aussi toujours appeler Child Focus au 116 000. En danger maintenant ? Appelez le 101.

outcome-be-other-help = Parlez-en à une ligne d'écoute
outcome-be-other-help-summary = Vous avez été abusé dans le passé ? Vous pouvez encore en parler aujourd'hui. SOS Viol aide les personnes qui ont subi des violences sexuelles, et leur entourage. En néerlandais, le 1712 est là pour les adultes et pour les victimes.

outcome-be-unsure = Demandez à Child Focus
outcome-be-unsure-summary = Vous ne savez pas bien ce que vous avez vu ni où le signaler ? Child Focus répond au 116 000 jour et nuit. Signalez les images en ligne par le formulaire.

outcome-elsewhere-de = Signalez-le à l'Internet-Beschwerdestelle
outcome-elsewhere-de-summary = En Allemagne, signalez-le par le formulaire de l'Internet-Beschwerdestelle. Elle transmet le contenu hébergé à l'étranger au point de signalement du pays concerné. Un enfant est en danger ? Appelez le 112.

outcome-elsewhere-lu = Signalez-le à la Stopline de BEE SECURE
outcome-elsewhere-lu-summary = Au Luxembourg, signalez-le par le formulaire anonyme de la Stopline de BEE SECURE. Un enfant est en danger ? Appelez le 112.

outcome-elsewhere-fr = Signalez-le à Point de Contact ou à PHAROS
outcome-elsewhere-fr-summary = En France, signalez-le par le formulaire de Point de Contact, qui transmet le contenu hébergé à l'étranger. Pour le signaler à la police, utilisez PHAROS. Un enfant est en danger ? Appelez le 112.

outcome-elsewhere-uk = Signalez-le à l'Internet Watch Foundation
outcome-elsewhere-uk-summary = Au Royaume-Uni, signalez-le à l'Internet Watch Foundation. Vous pouvez rester anonyme ; donnez seulement l'adresse de la page.

outcome-elsewhere = Trouvez le point de signalement de votre pays sur la carte d'INHOPE
outcome-elsewhere-summary = INHOPE est le réseau international des points de signalement. Son site montre une carte de ses membres : signalez au point du pays où vous habitez. Un enfant est en danger ? Dans l'Union européenne, appelez le 112.

outcome-country-unsure = Signalez-le là où vous habitez
outcome-country-unsure-summary = Vous habitez aux Pays-Bas ou en Belgique ? Signalez-le là, même si le contenu se trouve sur un site étranger : les points de signalement transmettent ces signalements par le réseau INHOPE. Aux Pays-Bas, c'est le Meldpunt Kinderporno ; en Belgique, le point de contact de Child Focus. Vous habitez ailleurs ? Le site d'INHOPE montre une carte des points de signalement.

## À noter

note-where-when = Où et quand vous l'avez vu : le site, l'application ou le service, la date et l'heure.
note-trace-details = Les données qui permettent à la police de retrouver des personnes : adresses e-mail, pseudos, numéros de téléphone et adresses IP (l'adresse internet unique d'un ordinateur).
note-app-and-group = Le nom de l'application et du chat ou du groupe, et qui l'a envoyé.
note-social-media = L'application, le nom du compte, et le lien vers la publication ou le profil.
note-url = L'adresse web (URL) de la page. Copiez seulement l'adresse, jamais les images.
note-place-kind = De quel type d'endroit il s'agit : un service de stockage en ligne, un e-mail, un site du dark web, un fichier.
note-screenshot-details = Notez ces données, ou faites une capture d'écran qui les montre : un pseudo, une adresse, une fenêtre de chat. Ne capturez jamais d'images d'abus.
note-what-worries = Ce que vous avez vu ou entendu qui vous inquiète, et quand.
note-sextortion-evidence = Des captures d'écran de la conversation et de la menace (jamais d'une image intime), les noms d'utilisateur et les liens des comptes, et les éventuelles données de paiement.

## Et ensuite

after-chat-app-reply = Vous recevez vite une réponse automatique. C'est alors seulement que vous savez que les images sont arrivées, et que vous les effacez de votre téléphone. Votre numéro est effacé dès que le contenu est reçu.
after-chat-app-questions = Le Meldpunt peut vous contacter une fois avec quelques questions. Vos données ne sont pas conservées.
after-chat-app-police = Le Meldpunt est géré par Off Limits. S'il y a des indices clairs sur une victime, le contenu est transmis à la police.
after-police-trace = Lors de la première enquête, la police utilise des données comme les adresses e-mail, les pseudos, les numéros de téléphone et les adresses IP pour retrouver la victime, le suspect ou le lieu.
after-police-assess = La police examine votre signalement et décide de la suite.
after-meldpunt-form = Après l'envoi, un accusé de réception s'affiche à l'écran. Vous voulez savoir comment votre signalement a été traité ? Indiquez-le sur le formulaire, et le Meldpunt vous en informera.
after-off-limits-assess = Les collaborateurs d'Off Limits évaluent votre signalement avec expertise et dans le cadre de la loi. Ils décident de le traiter eux-mêmes ou avec la police.
after-anonymous-nl = Votre signalement est confidentiel, et vous pouvez signaler anonymement.
after-child-focus-analyse = Une équipe spécialisée examine les images ; ses membres sont tenus au secret professionnel.
after-child-focus-pass-on = Si les images semblent montrer des abus sur des mineurs, le dossier est transmis à la police fédérale, ou au réseau INHOPE si les images sont hébergées à l'étranger.
after-child-focus-support = Child Focus ne mène pas d'enquête lui-même ; il travaille selon un accord avec la police et la justice.
after-1712 = Le 1712 n'est pas un point de signalement : on vous écoute, on vous conseille, on évalue la gravité et on peut vous orienter, par exemple vers un centre de confiance pour enfants maltraités (Vertrouwenscentrum Kindermishandeling).
after-inhope = Les points de signalement transmettent le contenu hébergé à l'étranger par le réseau INHOPE.

## Mises en garde

warning-never-search-keep-share = Ne cherchez jamais ce contenu. Ne le gardez pas et ne le partagez avec personne, pas même avec la police ou comme preuve. C'est en soi un délit, et cela peut gêner les enquêtes de la police.
warning-forward-only-to-reporting-number = Transférez les images uniquement au numéro de signalement WhatsApp du Meldpunt Kinderporno, et à personne d'autre. N'en cherchez pas d'autres, et ne gardez rien : effacez tout dès que la réponse automatique est arrivée.
warning-anyone-never-pass-on = Ne cherchez jamais d'images d'abus et ne les transmettez jamais, pas même comme preuve : dites plutôt à la police ou au point de signalement où elles se trouvent.
warning-victim-not-your-fault = Ce qui s'est passé n'est pas votre faute. Vous ne faites rien de mal en demandant de l'aide.
warning-victim-keep-evidence = N'envoyez les images à personne et n'en faites pas de nouvelles copies. Gardez les messages, les menaces et les noms d'utilisateur : ce sont des preuves.
warning-parent-not-their-fault = Ce n'est pas la faute de votre enfant, ni du jeune à qui cela arrive. Dites-le-lui, et soutenez-le.
warning-parent-keep-evidence = N'envoyez les images à personne, pas même pour montrer ce qui s'est passé, et n'en faites pas de copies. Gardez les messages, les menaces, les noms d'utilisateur et les éventuelles données de paiement : ce sont des preuves.
warning-survivor-not-your-fault = Ce qu'on vous a fait n'était pas votre faute.
warning-survivor-images = Des images de ces faits se trouvent sur internet ? Ne les cherchez pas et ne les envoyez à personne. Signalez plutôt l'adresse à un point de signalement.
warning-own-feelings-never-search = Ne cherchez jamais d'images d'abus sexuels d'enfants, et n'en gardez ni n'en partagez aucune : c'est en soi un délit.
warning-sextortion-do-not-pay = Ne payez pas et n'envoyez pas d'autres images : ne cédez pas à ce que le maître chanteur exige. Déjà payé ? Ne payez plus rien.
warning-sextortion-block-keep = Coupez le contact et bloquez le compte du maître chanteur, mais ne supprimez ni le compte qui a reçu les messages ni les messages : ce sont des preuves.
warning-do-not-confront = N'interpellez pas vous-même la personne soupçonnée et ne menez pas votre propre enquête : rechercher ces délits est le travail de la police.
warning-not-to-inhope = N'envoyez ni signalement ni fichier à INHOPE lui-même : il ne peut pas y donner suite. N'envoyez jamais d'images d'abus par e-mail, à personne.
