# Texts of the decision tree (flows/default.toml). English.
# Numbers and addresses live in the flow, with the source they were read from; write them
# here exactly the same.

## Sources

source-politie-nl = what you can do when you come across child sexual abuse material online
source-meldpunt-nl = what to report to the Meldpunt, and what not
source-meldpunt-form = reporting to the Meldpunt
source-meldpunt-whatsapp = the WhatsApp number of Meldpunt Kinderporno
source-meldpunt-hulp = help for people who came across such material
source-offlimits = Off Limits and the services it runs
source-helpwanted = help with online sexual abuse
source-stop-it-now-nl = Stop it Now! in the Netherlands
source-kindertelefoon = De Kindertelefoon
source-slachtofferhulp = victim support
source-luisterlijn = the new number of De Luisterlijn
source-take-it-down = questions about Take It Down
source-stopncii = StopNCII.org
source-childfocus-be = the civil reporting point for images of child sexual abuse
source-childfocus-be-fr = the civil reporting point, in French
source-childfocus-116000 = the free number 116 000
source-payboy = sextortion: what to do
source-payboy-fr = sextortion: what to do, in French
source-politie-be = which emergency number to call: 101 or 112
source-1712 = about 1712
source-stop-it-now-flanders = Stop it Now! in Flanders
source-stop-it-now-brussels = contacting Stop it Now! in Brussels
source-tele-onthaal = Tele-Onthaal
source-ecoute-enfants-103 = the 103 line for children, young people and those close to them
source-tele-accueil = the 107 line of Télé-Accueil
source-sos-viol = SOS Viol
source-inhope = how to report, and the map of member hotlines
source-beschwerdestelle-de = the German internet complaints office
source-bee-secure = how the BEE SECURE Stopline works
source-service-public-fr = reporting illegal content on the internet in France
source-iwf = questions about reporting to the IWF

## Contacts

contact-emergency-112 = Emergency number 112
contact-emergency-112-when = A child is in danger right now, or abuse is going on now and you know who the victim is or where it happens.
contact-police-be-101 = Police in Belgium, emergency number 101
contact-police-be-101-when = In Belgium, call 101 when you need the police now. For urgent medical help, call 112.
contact-police-nl-0900 = Dutch police, general number
contact-police-nl-0900-when = The police's general number, for everything that does not need 112: to report something, to file a formal complaint (aangifte), or when abuse is going on now but nobody knows who or where. You can also go to the police station in your town.
contact-meldpunt-chat-app = Meldpunt Kinderporno, WhatsApp reporting number
contact-meldpunt-chat-app-when = You received images or videos in a chat app such as WhatsApp, Messenger, Telegram or Signal. Forward that message to this WhatsApp number. You do not need to say who you are.
contact-meldpunt-whatsapp-message = Meldpunt Kinderporno, WhatsApp reporting number
contact-meldpunt-whatsapp-message-when = Send a WhatsApp message saying where you saw it: the app, the account name and the link. Never send the images. You do not need to say who you are.
contact-meldpunt-kinderporno = Meldpunt Kinderporno (run by Off Limits), online report form
contact-meldpunt-kinderporno-when = The material is on a public part of the internet that has a web address (URL). You can report anonymously. Not sure whether it is criminal? Report it anyway: the analysts decide.
contact-off-limits = Off Limits (formerly Expertisebureau Online Kindermisbruik)
contact-off-limits-when = Through Off Limits you can pass on what you read on a forum where people swap abuse material, or what you see of adults approaching minors sexually; Off Limits weighs the situation. It also runs Meldpunt Kinderporno, Helpwanted and Stop it Now!.
contact-helpwanted = Helpwanted (run by Off Limits)
contact-helpwanted-when = Help with online sexual abuse: someone threatens to spread nude images (sextortion), images of someone are shared without consent, or an adult is grooming a child. It can also help to get images removed. Free and anonymous, for all ages; by chat, phone or e-mail.
contact-kindertelefoon = De Kindertelefoon
contact-kindertelefoon-when = For children and young people from 8 to 18. You can call or chat, also about sexual abuse and sexting. Free and anonymous.
contact-meld-misdaad-anoniem = Meld Misdaad Anoniem (report crime anonymously)
contact-meld-misdaad-anoniem-when = You want to pass on what you know without giving your name.
contact-veilig-thuis = Veilig Thuis
contact-veilig-thuis-when = You are worried about the safety of a child near you and suspect sexual abuse.
contact-stop-it-now-nl = Stop it Now! Netherlands
contact-stop-it-now-nl-when = For people worried about their own sexual feelings or behaviour towards minors, and for the people around them. Free and anonymous. There is also a contact form and a chat.
contact-take-it-down = Take It Down (NCMEC), for images taken before 18
contact-take-it-down-when = For nude or sexual images taken when the person in them was under 18. It can be used from anywhere in the world. The image stays on the device it is on: only a digital fingerprint is sent, and the platforms that take part can remove copies that match. It does not work in encrypted apps such as WhatsApp, and an edited copy needs a new fingerprint.
contact-stopncii = StopNCII.org, for images taken at 18 or over
contact-stopncii-when = The same for images of someone who was 18 or older in them, from anywhere in the world. Write down the case number and PIN: they cannot be recovered. Neither tool can stop private messages.
contact-meldpunt-hulp = Meldpunt Kinderporno: "Hulp nodig?"
contact-meldpunt-hulp-when = Organisations that help people who came across such material.
contact-luisterlijn = De Luisterlijn
contact-luisterlijn-when = Someone to talk to when something weighs on you. Also by chat and mail.
contact-slachtofferhulp = Slachtofferhulp Nederland (victim support)
contact-slachtofferhulp-when = For victims, their families and witnesses. At local rate; in a crisis also outside office hours.
contact-child-focus-form = Child Focus reporting point (stopchildporno.be), online report form
contact-child-focus-form-when = You found images of child sexual abuse online. You may stay fully anonymous.
contact-child-focus-116000 = Child Focus, free number 116 000
contact-child-focus-116000-when = Sexual exploitation of a child, including online forms such as sexting, grooming and sextortion, and missing children. Anonymous if you ask for it.
contact-payboy = Payboy, Child Focus's site on sextortion for boys
contact-payboy-when = What to do when someone blackmails you with nude images.
contact-vk-1712 = 1712, helpline on violence, abuse and child abuse
contact-vk-1712-when = For anyone with a question about violence or abuse: children, young people and adults, victims and witnesses. Free, and you need not say who you are. By phone, chat or e-mail. Not an emergency number: in danger, call 101 or 112.
contact-ecoute-enfants-103 = 103 Écoute-Enfants
contact-ecoute-enfants-103-when = Free and anonymous, for children and young people who speak French, and for their parents and the people close to them.
contact-sos-viol = SOS Viol
contact-sos-viol-when = Free, in French, for people who went through sexual violence and for the people around them.
contact-stop-it-now-flanders = Stop it Now! Flanders
contact-stop-it-now-flanders-when = For people with sexual feelings towards minors or worried about their own behaviour, and for the people around them. Free and anonymous; by phone, e-mail or chat.
contact-stop-it-now-brussels = Stop it Now! Brussels
contact-stop-it-now-brussels-when = Help in Brussels, for French speakers, for the same worries.
contact-tele-onthaal = Tele-Onthaal
contact-tele-onthaal-when = Someone to talk to, in Dutch. Free and anonymous, also by chat.
contact-tele-accueil = Télé-Accueil
contact-tele-accueil-when = Someone to talk to, in French. Free, anonymous and confidential.
contact-inhope = INHOPE, the international network of reporting hotlines
contact-inhope-when = INHOPE's website has a map of the member hotlines: report to the hotline of your country. INHOPE itself cannot act on reports.
contact-beschwerdestelle-de = Internet-Beschwerdestelle (Germany)
contact-beschwerdestelle-de-when = Germany's reporting point, with report forms. You need not give your name to report abuse material.
contact-bee-secure-stopline = BEE SECURE Stopline (Luxembourg)
contact-bee-secure-stopline-when = Luxembourg's reporting point: an anonymous web form.
contact-point-de-contact = Point de Contact (France)
contact-point-de-contact-when = France's reporting point, with a web form.
contact-pharos = PHAROS, the French police's reporting portal
contact-pharos-when = To report illegal content on the internet to the police in France.
contact-iwf = Internet Watch Foundation (United Kingdom)
contact-iwf-when = The UK's reporting point. You can report anonymously online; the address of the page is all it needs.

hours-always = 24 hours a day, 7 days a week, free of charge
hours-day-and-night = day and night
hours-see-website = see the website
hours-limited = limited opening hours: see the website
hours-stop-it-now-nl = see Stop it Now!'s own website

## Questions and answers

question-country = Where do you live?
question-country-help = Choose where you live, even if what you saw is on a website abroad. Is a child in danger right now? Choose the first answer.
answer-country-danger-now = A child is in danger right now
answer-country-nl = The Netherlands
answer-country-be = Belgium
answer-country-elsewhere = Another country
answer-country-unsure = I do not know

question-elsewhere-country = In which country do you live?
answer-elsewhere-country-de = Germany
answer-elsewhere-country-lu = Luxembourg
answer-elsewhere-country-fr = France
answer-elsewhere-country-uk = The United Kingdom
answer-elsewhere-country-other = Another country

question-nl-what = What is it about?
answer-nl-what-chat-app = Images or videos sent to me in a chat app or chat group (WhatsApp, Telegram, Signal, Messenger)
answer-nl-what-social-media = Something I saw on social media (Instagram, TikTok, Snapchat, X, Facebook)
answer-nl-what-website = Images or videos on a website
answer-nl-what-forum = A forum on a website where people swap abuse material
answer-nl-what-approach = An adult approaching a minor sexually (chat site, webcam)
answer-nl-what-sextortion = Someone threatens to spread nude images unless they get money or more images
answer-nl-what-live = Abuse that can be seen live right now (for example by webcam)
answer-nl-what-child-victim = I am a child or a teenager and this is happening to me
answer-nl-what-unsure-age = Sexual images, but I am not sure a minor is involved
answer-nl-what-worried = I am worried about a child near me
answer-nl-what-complaint = I want to file a formal complaint with the police (aangifte)
answer-nl-what-own-feelings = I am worried about my own feelings towards minors
answer-nl-what-unsure = Something else, or I do not know

question-nl-public = Is it on a public web page that anyone can open with its address (URL)?
question-nl-public-help = Not public: cloud storage, files on someone's computer, e-mail between two people, the dark web.
answer-nl-public-yes = Yes, it has a public web address
answer-nl-public-no = No: cloud, private files, e-mail or dark web
answer-nl-public-unsure = I do not know

question-nl-now = Is a child being abused live, right now?
question-nl-now-help = For example in a webcam stream that is running now. Do the messages or the contact simply go on? Then choose "No".
answer-nl-now-yes = Yes, the abuse can be seen live now
answer-nl-now-no = No, not live now (the contact may go on)
answer-nl-now-unsure = I do not know

question-nl-known = Do you know who the victim is, or where the abuse takes place?
question-nl-known-help = Often nobody knows this yet when a report is made, not even the police.
answer-nl-known-yes = Yes, the victim or the place is known
answer-nl-known-no = No, neither is known
answer-nl-known-unsure = I do not know

question-sextortion-whose = Whose images are they?
answer-sextortion-whose-me = Mine
answer-sextortion-whose-my-child = My child's
answer-sextortion-whose-someone-else = Someone else's: a friend, a pupil, someone I know

question-be-what = What is it about?
answer-be-what-images = I found images of child sexual abuse online
answer-be-what-exploitation = My child or a child I know is being sexually exploited online (grooming, sexting)
answer-be-what-sextortion = Someone threatens to spread nude images unless they get money or more images
answer-be-what-worried = I am worried about a child near me, or a child told me they are being abused
answer-be-what-child-victim = I am a child and this is happening to me
answer-be-what-adult-victim = I am an adult and was abused in the past
answer-be-what-own-feelings = I am worried about my own feelings towards minors
answer-be-what-unsure = Something else, or I do not know

## Outcomes

outcome-emergency = Call 112 now (in Belgium: 101 for the police)
outcome-emergency-summary = Call straight away and say a child is in danger. In the Netherlands, call 112. In Belgium, call 101 for the police, and 112 for urgent medical help.

outcome-nl-chat-app = Forward it to Meldpunt Kinderporno's WhatsApp number
outcome-nl-chat-app-summary = Did you receive the images in a chat app? Forward the message in the app to Meldpunt Kinderporno's WhatsApp reporting number. Wait for the automatic reply. Only then delete the images from your phone, or they may not arrive. You do not need to say who you are.

outcome-nl-social-media = Tell Meldpunt Kinderporno where you saw it
outcome-nl-social-media-summary = Did you see it on social media? Do not forward it: send Meldpunt Kinderporno's WhatsApp number a message saying where it is: the app, the account name and the link. Never send the images themselves. Is it a public post with its own web address? You can also report that address with the Meldpunt's form.

outcome-nl-meldpunt = Report the web address to Meldpunt Kinderporno
outcome-nl-meldpunt-summary = Is the material on a public web page? Report it to Meldpunt Kinderporno, the reporting point of Off Limits. Give the address of the page, not the images themselves.

outcome-nl-not-public = Report it to the police
outcome-nl-not-public-summary = The Meldpunt cannot act on material in cloud storage, in files on someone's computer, in e-mail between two people or on the dark web. Report that to the police: call, or go to the police station in your town. To stay anonymous, use Meld Misdaad Anoniem.

outcome-nl-public-unsure = Meldpunt Kinderporno, or else the police
outcome-nl-public-unsure-summary = Can anyone open the page with its address? Then use the Meldpunt's report form. If not, or if you do not know, call the police on 0900-8844.

outcome-nl-approach = Pass it on through Off Limits
outcome-nl-approach-summary = Is an adult approaching a minor sexually, for example on a chat site or by webcam? Pass it on through Off Limits, where the situation is weighed. Helpwanted also helps with grooming. Can you see the abuse happening live right now? Call 112 if you know who the victim is or where it happens; otherwise call the police on 0900-8844.

outcome-sextortion = Do not pay, and get help
outcome-nl-sextortion-summary = Someone threatens to spread nude images of you unless you pay or send more. This is not your fault, and you do not have to deal with it alone. Do not pay and send nothing more. Stop the contact and block the person, but do not delete your account or the messages. Already paid? Pay nothing more. Helpwanted helps you, free and anonymously, also to get images removed. You can also report it to the police. In danger right now? Call 112.

outcome-sextortion-parent = Do not pay, and get help together
outcome-nl-sextortion-parent-summary = Someone threatens to spread nude images of your child or of someone close to you unless they pay or send more. Tell them it is not their fault, and help them not to pay and to send nothing more. Stop the contact and block the person, but do not delete the account or the messages. Already paid? Pay nothing more. Helpwanted helps, free and anonymously, also to get images removed. You can report it to the police. In danger right now? Call 112.

outcome-child-victim = You can talk to someone
outcome-nl-child-victim-summary = Is something happening to you that does not feel right? Talk about it. Call or chat with De Kindertelefoon. It is free. You do not have to say your name. Helpwanted also helps with things that happen online. In danger right now? Call 112.

outcome-nl-live-known = Call 112
outcome-nl-live-known-summary = You think a child is being abused right now, and you know who the victim is or where it happens. Call the emergency number 112 now.

outcome-nl-live-unknown = Call the police on 0900-8844
outcome-nl-live-unknown-summary = You think abuse is going on now, but you do not know who the victim is or where it happens. That is often the case, for the police too. Call the police on 0900-8844.

outcome-nl-unsure-age = In doubt? Report it anyway
outcome-nl-unsure-age-summary = You do not have to decide whether the images are criminal: the Meldpunt's analysts do that. Pornography with adults only, and erotic stories or texts, are not for the Meldpunt.

outcome-nl-worried = Talk to Veilig Thuis
outcome-nl-worried-summary = Are you worried about a child near you and thinking of sexual abuse? Veilig Thuis gives you advice. Is the child in danger now? Call 112.

outcome-nl-complaint = File a formal complaint with the police
outcome-nl-complaint-summary = To file a formal complaint (aangifte), call your local police on 0900-8844. You can also go to the police station in your town.

outcome-nl-unsure = Ask the police
outcome-nl-unsure-summary = Not sure what it is or where to report it? Call the police on 0900-8844, their number for everything that is not an emergency. To pass something on anonymously, use Meld Misdaad Anoniem.

outcome-own-feelings = Find support at Stop it Now!
outcome-nl-own-feelings-summary = Are you worried about your own feelings or behaviour towards minors? Then looking for help is a good step, and that help exists. Call Stop it Now!, free and anonymous. Stop it Now! is part of Off Limits; Off Limits' website tells you more.
outcome-be-own-feelings-summary = Are you worried about your own feelings or behaviour towards minors? Then looking for help is a good step, and that help exists. Stop it Now! listens: in Flanders in Dutch, free and anonymous; in Brussels in French.

outcome-be-images = Report the images to Child Focus
outcome-be-images-summary = Use the report form of the Child Focus reporting point. You can stay fully anonymous. It helps get the images off the internet as fast as possible.

outcome-be-exploitation = Contact Child Focus on 116 000
outcome-be-exploitation-summary = Is it about your child or a child you know? Child Focus helps victims of sexual exploitation and the people around them, including with sexting and grooming. Call 116 000. Report images online through the form. Is there danger now? Call 101.

outcome-be-sextortion-summary = Someone threatens to spread nude images of you unless you pay or send more. This is not your fault. Do not pay and send nothing more. Stop the contact and block the person, but do not delete your account or the messages. Already paid? Pay nothing more. Tell an adult you trust. Child Focus helps on 116 000, day and night. Report it to the police too; in danger right now, call 101.

outcome-be-sextortion-parent-summary = Someone threatens to spread nude images of your child or of someone close to you unless they pay or send more. Tell them it is not their fault, and help them not to pay and to send nothing more. Stop the contact and block the person, but do not delete the account or the messages. Already paid? Pay nothing more. Child Focus helps on 116 000, day and night. Report it to the police too; in danger right now, call 101.

outcome-be-worried = Talk it over with a helpline
outcome-be-worried-summary = Are you worried about a child, or did a child tell you they are being abused? In Dutch, 1712 listens and helps you think about what to do, even if you are not sure; in French, 103 also listens to parents and to those close to a child. Child Focus (116 000) supports the people around children who are sexually exploited. Is the child in danger now? Call 101.

outcome-be-child-victim-summary = Is something happening to you that does not feel right? Talk about it. Call 1712 in Dutch, or 103 in French. It is free. You do not have to say your name. You can always call Child Focus on 116 000. In danger right now? Call 101.

outcome-be-other-help = Talk to a helpline
outcome-be-other-help-summary = Were you abused in the past? You can still talk about it now. In Dutch, 1712 is there for adults and for victims. In French, SOS Viol helps people who went through sexual violence, and the people around them.

outcome-be-unsure = Ask Child Focus
outcome-be-unsure-summary = Not sure what you saw or where to report it? Child Focus answers 116 000 day and night. Report images online through the form.

outcome-elsewhere-de = Report it to the Internet-Beschwerdestelle
outcome-elsewhere-de-summary = In Germany, report it on the report form of the Internet-Beschwerdestelle. It passes on material hosted abroad to the reporting point of that country. Is a child in danger? Call 112.

outcome-elsewhere-lu = Report it to the BEE SECURE Stopline
outcome-elsewhere-lu-summary = In Luxembourg, report it on the anonymous form of the BEE SECURE Stopline. Is a child in danger? Call 112.

outcome-elsewhere-fr = Report it to Point de Contact or to PHAROS
outcome-elsewhere-fr-summary = In France, report it on the form of Point de Contact, which passes on material hosted abroad. To report it to the police, use PHAROS. Is a child in danger? Call 112.

outcome-elsewhere-uk = Report it to the Internet Watch Foundation
outcome-elsewhere-uk-summary = In the United Kingdom, report it to the Internet Watch Foundation. You can stay anonymous; give only the address of the page.

outcome-elsewhere = Find your country's reporting point on INHOPE's map
outcome-elsewhere-summary = INHOPE is the international network of reporting hotlines. Its website has a map of its member hotlines: report to the one of the country where you live. Is a child in danger? In the European Union, call 112.

outcome-country-unsure = Report it where you live
outcome-country-unsure-summary = Do you live in the Netherlands or Belgium? Report it there, even if the material is on a site abroad: the reporting points pass such reports on through the INHOPE network. In the Netherlands that is Meldpunt Kinderporno, in Belgium the Child Focus reporting point. Living elsewhere? INHOPE's website has a map of the hotlines.

## What to note down

note-where-when = Where and when you saw it: the site, app or service, the date and the time.
note-trace-details = Details the police use to trace people: e-mail addresses, nicknames, phone numbers and IP addresses (the unique internet address of a computer).
note-app-and-group = The name of the app and of the chat or group, and who sent it.
note-social-media = The app, the name of the account, and the link to the post or profile.
note-url = The web address (URL) of the page. Copy only the address, never the images.
note-place-kind = What kind of place it is: a cloud service, an e-mail, a dark web site, a file.
note-screenshot-details = Write these details down, or take a screenshot that shows them: a nickname, an address, a chat window. Never capture images of abuse.
note-what-worries = What you saw or heard that worries you, and when.
note-sextortion-evidence = Screenshots of the conversation and the threat (never of a nude image), the user names and links of the accounts, and any payment details.

## What happens next

after-chat-app-reply = You soon get an automatic reply. Only then do you know the images arrived, and only then delete them from your phone. Your number is deleted once the material is received.
after-chat-app-questions = The Meldpunt may contact you once with a few questions. Your details are not kept.
after-chat-app-police = The Meldpunt is run by Off Limits. When there are clear leads about a victim, the material goes to the police.
after-police-trace = In the first investigation the police use details such as e-mail addresses, nicknames, phone numbers and IP addresses to find the victim, the suspect or the place.
after-police-assess = The police look at your report and decide what happens with it.
after-meldpunt-form = After you send the form, you see a receipt on screen. Would you like to hear how your report was handled? Say so on the form, and the Meldpunt will tell you.
after-off-limits-assess = Staff of Off Limits assess your report with expertise and within the law. They decide whether to handle it themselves or with the police.
after-anonymous-nl = Your report is confidential, and you may report anonymously.
after-child-focus-analyse = A specialised team looks at the images; its members are bound by professional secrecy.
after-child-focus-pass-on = If the images seem to show abuse of minors, the file goes to the federal police, or to the INHOPE network if the images are hosted abroad.
after-child-focus-support = Child Focus does not investigate itself; it works under an agreement with the police and the courts.
after-1712 = 1712 is not a reporting point: it listens, advises, assesses how serious it is, and can refer you on, for example to a Vertrouwenscentrum Kindermishandeling (child abuse centre).
after-inhope = Reporting points pass material hosted abroad on through the INHOPE network.

## Warnings

warning-never-search-keep-share = Never search for the material. Do not keep it and do not share it with anyone, not even with the police or as proof. That is a crime in itself, and it can disturb police investigations.
warning-forward-only-to-reporting-number = Forward the images only to the WhatsApp reporting number of Meldpunt Kinderporno, and to no one else. Do not search for more, and keep nothing: delete it all once the automatic reply has arrived.
warning-anyone-never-pass-on = Never search for images of abuse and never pass them on, not even as proof: tell the police or the reporting point where they are instead.
warning-victim-not-your-fault = What happened is not your fault. You did nothing wrong by asking for help.
warning-victim-keep-evidence = Do not send the images to anyone and make no new copies. Keep the messages, the threats and the user names: they are evidence.
warning-parent-not-their-fault = It is not the fault of your child or of the young person it happens to. Tell them so, and stand by them.
warning-parent-keep-evidence = Do not send the images to anyone, not even to show what happened, and make no copies. Keep the messages, the threats, the user names and any payment details: they are evidence.
warning-survivor-not-your-fault = What was done to you was not your fault.
warning-survivor-images = Are there images of it online? Do not look for them and do not send them to anyone. Report the address to a reporting point instead.
warning-own-feelings-never-search = Never look for images of child sexual abuse, and do not keep or share any: that is a crime in itself.
warning-sextortion-do-not-pay = Do not pay and do not send more images: do not give in to what the blackmailer demands. If you already paid, pay nothing more.
warning-sextortion-block-keep = Stop the contact and block the blackmailer's account, but do not delete the messages or the account they were sent to: they are evidence.
warning-do-not-confront = Do not confront the suspected person yourself and do not investigate yourself: tracking down these crimes is the police's job.
warning-not-to-inhope = Do not send reports or files to INHOPE itself: it cannot act on them. Never e-mail abuse material to anyone.
