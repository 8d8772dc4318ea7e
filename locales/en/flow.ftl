# Texts of the decision tree (flows/default.toml). English.
# Numbers and addresses live in the flow, with the source they were read from; write them
# here exactly the same.

## Sources

source-politie-nl = what you can do when you come across child sexual abuse material online
source-meldpunt-nl = what to report to the Meldpunt, and what not
source-meldpunt-whatsapp = the WhatsApp number of Meldpunt Kinderporno
source-offlimits = about Off Limits and the services it runs
source-helpwanted = help with online sexual abuse
source-stop-it-now-nl = Stop it Now! in the Netherlands
source-childfocus-be = the civil reporting point for images of child sexual abuse
source-childfocus-be-fr = the civil reporting point, in French
source-ecoute-enfants-103 = the 103 line for children and young people
source-childfocus-116000 = the free number 116 000
source-politie-be = which emergency number to call: 101 or 112
source-1712 = about 1712
source-stop-it-now-flanders = Stop it Now! in Flanders
source-stop-it-now-brussels = contacting Stop it Now! in Brussels
source-inhope = the international network of reporting hotlines

## Contacts

contact-emergency-112 = Emergency number 112
contact-emergency-112-when = A child is in danger right now, or abuse is going on now and you know who the victim is or where it happens.
contact-police-be-101 = Police in Belgium, emergency number 101
contact-police-be-101-when = In Belgium, call 101 when you need the police now. For urgent medical help, call 112.
contact-police-nl-0900 = Dutch police, non-emergency line
contact-police-nl-0900-when = When it is not urgent: to report something, to file a formal complaint (aangifte), or when you think abuse is going on now but do not know who or where. You can also go to the police station in your town.
contact-meldpunt-chat-app = Meldpunt Kinderporno, WhatsApp reporting number
contact-meldpunt-chat-app-when = You received images or videos in a chat app such as WhatsApp, Messenger, Telegram or Signal. Forward the message to this number in the app. You do not need to say who you are. It is not a number to call.
contact-meldpunt-kinderporno = Meldpunt Kinderporno (run by Off Limits), online report form
contact-meldpunt-kinderporno-when = The material is on a public part of the internet that has a web address (URL). Your report is confidential and can be anonymous. Not sure whether it is criminal? Report it anyway: the analysts decide.
contact-off-limits = Off Limits (formerly Expertisebureau Online Kindermisbruik)
contact-off-limits-when = People swap abuse material on a forum, or adults approach minors sexually, for example on a chat site or by webcam. Its website explains how to pass this on; Off Limits weighs the situation.
contact-helpwanted = Helpwanted (run by Off Limits)
contact-helpwanted-when = Help with online sexual abuse: someone threatens to spread nude images (sextortion), images of someone are shared without consent, or an adult is grooming a child. Free and anonymous, for all ages; by chat, phone or e-mail.
contact-meld-misdaad-anoniem = Meld Misdaad Anoniem (report crime anonymously)
contact-meld-misdaad-anoniem-when = You want to pass on what you know without giving your name.
contact-veilig-thuis = Veilig Thuis
contact-veilig-thuis-when = You are worried about the safety of a child near you and suspect sexual abuse.
contact-stop-it-now-nl = Stop it Now! Netherlands
contact-stop-it-now-nl-when = For people worried about their own sexual feelings or behaviour towards minors, and for the people around them. Free and anonymous. There is also a contact form and a chat.
contact-child-focus-form = Child Focus reporting point (stopchildporno.be), online report form
contact-child-focus-form-when = You found images of child sexual abuse online. You may stay fully anonymous.
contact-child-focus-116000 = Child Focus, free number 116 000
contact-child-focus-116000-when = Sexual exploitation of a child, including online forms such as sexting, grooming and sextortion, and missing children. Anonymous if you ask for it.
contact-vk-1712 = 1712, helpline on violence, abuse and child abuse
contact-vk-1712-when = For anyone with a question about violence or abuse: children, young people and adults, victims and witnesses. Free, and you need not say who you are. By phone, chat or e-mail. Not an emergency number: in danger, call 101 or 112.
contact-child-focus-other-help = Child Focus page with other organisations
contact-child-focus-other-help-when = Child Focus points here to organisations for questions outside its own mission, for example for adults who were abused in the past.
contact-child-focus-other-help-fr = Child Focus page in French with other organisations
contact-child-focus-other-help-fr-when = The same referrals, for French speakers.
contact-ecoute-enfants-103 = 103 Écoute-Enfants
contact-ecoute-enfants-103-when = Free and anonymous, for children and young people who speak French.
contact-stop-it-now-flanders = Stop it Now! Flanders
contact-stop-it-now-flanders-when = For people with sexual feelings towards minors or worried about their own behaviour, and for the people around them. Free and anonymous; by phone, e-mail or chat.
contact-stop-it-now-brussels = Stop it Now! Brussels
contact-stop-it-now-brussels-when = The same help in Brussels, for French speakers.
contact-inhope = INHOPE, the international network of reporting hotlines
contact-inhope-when = INHOPE's website lists the reporting hotline of each member country.

hours-always = 24 hours a day, 7 days a week, free of charge
hours-see-website = opening hours change: see the website
hours-see-off-limits = opening hours change: see Off Limits' website

## Questions and answers

question-country = Where do you live, or where do you want to report?
question-country-help = Is a child in danger right now? Choose the first answer.
answer-country-danger-now = A child is in danger right now
answer-country-nl = The Netherlands
answer-country-be = Belgium
answer-country-elsewhere = Another country
answer-country-unsure = I do not know

question-nl-what = What did you come across?
answer-nl-what-chat-app = Images or videos I received in a chat app or on social media
answer-nl-what-website = Images or videos on a website
answer-nl-what-forum = A forum or group where people swap abuse material
answer-nl-what-approach = An adult approaching a minor sexually (chat site, webcam)
answer-nl-what-sextortion = Someone threatens to spread nude images of me or my child
answer-nl-what-live = Abuse that can be seen live right now (for example by webcam)
answer-nl-what-unsure-age = Sexual images, but I am not sure a minor is involved
answer-nl-what-worried = I am worried about a child near me
answer-nl-what-complaint = I want to file a formal complaint (aangifte)
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

question-be-what = What is it about?
answer-be-what-images = I found images of child sexual abuse online
answer-be-what-exploitation = A child is being sexually exploited online (sexting, grooming, sextortion): me, my child, or a child I know
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

outcome-nl-meldpunt = Report the web address to Meldpunt Kinderporno
outcome-nl-meldpunt-summary = Is the material on a public web page? Report it to Meldpunt Kinderporno, the reporting point of Off Limits. Give the address of the page, not the images themselves.

outcome-nl-not-public = Report it to the police
outcome-nl-not-public-summary = The Meldpunt cannot act on material in cloud storage, in files on someone's computer, in e-mail between two people or on the dark web. Report that to the police: call, or go to the police station in your town. To stay anonymous, use Meld Misdaad Anoniem.

outcome-nl-public-unsure = Meldpunt Kinderporno, or else the police
outcome-nl-public-unsure-summary = Can anyone open the page with its address? Then use the Meldpunt's report form. If not, or if you do not know, call the police on the non-emergency number.

outcome-nl-approach = Pass it on through Off Limits
outcome-nl-approach-summary = Is an adult approaching a minor sexually, for example on a chat site or by webcam? Pass it on through Off Limits, where the situation is weighed. Helpwanted also helps with grooming. Can you see the abuse happening live now? Go back and choose that answer.

outcome-nl-sextortion = Get help from Helpwanted, and report it to the police
outcome-nl-sextortion-summary = Is someone threatening to spread nude images of you or your child? You are not alone in this. Helpwanted helps, free and anonymously. You can also file a complaint with the police. Is someone in danger now? Call 112.

outcome-nl-live-known = Call 112
outcome-nl-live-known-summary = You think a child is being abused right now, and you know who the victim is or where it happens. Call the emergency number 112 now.

outcome-nl-live-unknown = Call the police on 0900-8844
outcome-nl-live-unknown-summary = You think abuse is going on now, but you do not know who the victim is or where it happens. That is often the case, for the police too. Call the police on 0900-8844.

outcome-nl-unsure-age = In doubt? Report it anyway
outcome-nl-unsure-age-summary = You do not have to decide whether the images are criminal: the Meldpunt's analysts do that. Pornography with adults only, and erotic stories or texts, are not for the Meldpunt.

outcome-nl-worried = Talk to Veilig Thuis
outcome-nl-worried-summary = Are you worried about a child near you and thinking of sexual abuse? Veilig Thuis gives you advice. Is the child in danger now? Call 112.

outcome-nl-complaint = File a complaint with the police
outcome-nl-complaint-summary = Do you want to file a formal complaint? Call the police on 0900-8844. You can also go to the police station in your town.

outcome-nl-unsure = Ask the police
outcome-nl-unsure-summary = Not sure what it is or where to report it? Call the police on the non-emergency number; they will tell you what you can do. To pass something on anonymously, use Meld Misdaad Anoniem.

outcome-own-feelings = Find support at Stop it Now!
outcome-nl-own-feelings-summary = Are you worried about your own feelings or behaviour towards minors? Then looking for help is a good step, and that help exists. Call Stop it Now!, free and anonymous. Stop it Now! is part of Off Limits; Off Limits' website tells you more.
outcome-be-own-feelings-summary = Are you worried about your own feelings or behaviour towards minors? Then looking for help is a good step, and that help exists. Stop it Now! listens, free and anonymous: in Flanders in Dutch, in Brussels in French.

outcome-be-images = Report the images to Child Focus
outcome-be-images-summary = Use the report form of the Child Focus reporting point. You can stay fully anonymous. It helps get the images off the internet as fast as possible.

outcome-be-exploitation = Contact Child Focus on 116 000
outcome-be-exploitation-summary = Is it about you, your child or a child you know? Child Focus helps victims of sexual exploitation and the people around them, including with sexting, grooming and sextortion. Call 116 000. Report images online through the form. Is there danger now? Call 101.

outcome-be-worried = Talk it over with a helpline
outcome-be-worried-summary = Are you worried about a child, or did a child tell you they are being abused? In Dutch, 1712 listens and helps you think about what to do, even if you are not sure. Child Focus (116 000) also supports the people around children who are sexually exploited. Is the child in danger now? Call 101.

outcome-be-child-victim = You can call a helpline
outcome-be-child-victim-summary = Is something happening to you that does not feel right? Talk about it. Call 1712 in Dutch, or 103 in French. It is free. You do not have to say your name. You can always call Child Focus on 116 000.

outcome-be-other-help = Talk to a helpline, or find help through Child Focus
outcome-be-other-help-summary = Were you abused in the past? You can still talk about it now. In Dutch, 1712 is there for adults and for victims. Child Focus lists other organisations on its website, in Dutch and in French.

outcome-be-unsure = Ask Child Focus
outcome-be-unsure-summary = Not sure what you saw or where to report it? Child Focus answers 116 000 day and night. Report images online through the form.

outcome-elsewhere = Find your country's reporting point through INHOPE
outcome-elsewhere-summary = Do you live outside the Netherlands and Belgium? INHOPE is the international network of reporting hotlines; its website lists the hotline of your country. Is a child in danger? In the European Union, call 112.

outcome-country-unsure = Report it where you live
outcome-country-unsure-summary = Do you live in the Netherlands or Belgium? Report it there, even if the material is on a site abroad: the reporting points pass such reports on through the INHOPE network. In the Netherlands that is Meldpunt Kinderporno, in Belgium the Child Focus reporting point. Living elsewhere? INHOPE's website lists your country's hotline.

## What to note down

note-where-when = Where and when you saw it: the site, app or service, the date and the time.
note-trace-details = Details the police use to trace people: e-mail addresses, nicknames, phone numbers and IP addresses (the unique internet address of a computer).
note-app-and-group = The name of the app and of the chat or group, and who sent it.
note-url = The web address (URL) of the page. Copy only the address, never the images.
note-place-kind = What kind of place it is: a cloud service, an e-mail, a dark web site, a file.
note-screenshot-details = Write these details down, or take a screenshot that shows them: a nickname, an address, a chat window. Never capture images of abuse.
note-what-worries = What you saw or heard that worries you, and when.

## What happens next

after-chat-app-reply = You soon get an automatic reply. Only then do you know the images arrived, and only then delete them from your phone. Your number is deleted once the material is received.
after-chat-app-police = The Meldpunt is run by Off Limits. When there are clear leads about a victim, the material goes to the police.
after-police-trace = In the first investigation the police use details such as e-mail addresses, nicknames, phone numbers and IP addresses to find the victim, the suspect or the place.
after-police-assess = The police look at your report and decide what happens with it.
after-off-limits-assess = Staff of Off Limits assess your report with expertise and within the law. They decide whether to handle it themselves or with the police, and you hear how it was handled.
after-anonymous-nl = Your report is confidential, and you may report anonymously.
after-child-focus-analyse = A specialised team looks at the images; its members are bound by professional secrecy.
after-child-focus-pass-on = If the images seem to show abuse of minors, the file goes to the federal police, or to the INHOPE network if the images are hosted abroad.
after-child-focus-support = Child Focus does not investigate itself; it works under an agreement with the police and the courts.
after-1712 = 1712 is not a reporting point: it listens, advises, assesses how serious it is, and can refer you on, for example to a Vertrouwenscentrum Kindermishandeling (child abuse centre).
after-inhope = Reporting points pass material hosted abroad on through the INHOPE network.

## Warnings

warning-never-search-keep-share = Never search for the material. Do not keep it and do not share it with anyone, not even with the police or as proof. That is a crime in itself, and it can disturb police investigations.
warning-forward-only-to-reporting-number = Forward the images only to the WhatsApp reporting number of Meldpunt Kinderporno, and to no one else. Do not search for more, and keep nothing: delete it all once the automatic reply has arrived.
warning-do-not-confront = Do not confront the person yourself and do not investigate yourself: tracking down these crimes is the police's job.
warning-not-your-fault = What happened is not your fault. It is brave and right to talk about it.
