# Texts of the decision tree (flows/default.toml). English.
# Keep facts (numbers, names, conditions) identical to ../shared/sources/.

## Sources

source-politie-nl = Dutch police, politie.nl: what you can do when you come across child sexual abuse material
source-childfocus-be = Child Focus, childfocus.be: reporting point for images of child sexual abuse
source-facts-meldpunt = Meldpunt Kinderporno (Off Limits), meldpunt-kinderporno.nl: what to report where
source-facts-childfocus = Child Focus, childfocus.be: the civil reporting point
source-facts-116000 = Child Focus, childfocus.be: the 116 000 line
source-facts-everywhere = Verified facts for every country: 112 and INHOPE

## Contacts

contact-emergency-112 = Emergency number 112
contact-emergency-112-when = A child is in danger right now, or abuse is going on and you know who the victim is or where it happens. 112 works everywhere in the European Union.
contact-police-nl-0900 = Dutch police, non-emergency line
contact-police-nl-0900-when = No emergency: to report, to file a formal complaint (aangifte) with your local police, or when you suspect abuse is going on but do not know who or where. You can also go to the police station in your town.
contact-police-nl-chat-app = Dutch police, number for material seen in chat apps and social media
contact-police-nl-chat-app-when = You came across abuse material in a chat app or on social media.
contact-meldpunt-kinderporno = Meldpunt Kinderporno (run by Off Limits), online report form
contact-meldpunt-kinderporno-when = The material is on a public part of the internet that has a web address (URL). Your report is confidential and can be anonymous. In doubt whether it is criminal? Report it anyway: the analysts decide.
contact-off-limits = Off Limits (formerly Expertisebureau Online Kindermisbruik)
contact-off-limits-when = People swap abuse material on a forum, or adults approach minors sexually, for example on a chat site or by webcam. Off Limits weighs the situation. Find its contact details on the organisation's own website.
contact-meld-misdaad-anoniem = Meld Misdaad Anoniem
contact-meld-misdaad-anoniem-when = You want to pass on what you know without giving your name.
contact-veilig-thuis = Veilig Thuis
contact-veilig-thuis-when = You are worried about the safety of a child near you and suspect sexual abuse.
contact-child-focus-form = Child Focus reporting point (stopchildporno.be), online report form
contact-child-focus-form-when = You found images of child sexual abuse online. You may stay fully anonymous.
contact-child-focus-116000 = Child Focus, free line 116 000
contact-child-focus-116000-when = Sexual exploitation of a child, including online forms such as sexting, grooming and sextortion, and missing children. Anonymous if you ask for it.
contact-vk-1712 = 1712 (Vertrouwenscentrum Kindermishandeling)
contact-vk-1712-when = For children who are victims.
contact-child-focus-other-help = Child Focus page with other organisations
contact-child-focus-other-help-when = Child Focus lists organisations for problems outside its own mission, for example for adults who were abused in the past, or for a recent problem that has not yet been reported to the police.
contact-stop-it-now = Stop it Now!
contact-stop-it-now-when = Support for people with paedophile feelings and for those close to them: someone who listens and gives advice if you worry about your feelings or behaviour towards minors. Find its contact details on the organisation's own website.
contact-inhope = INHOPE, the international network of reporting hotlines
contact-inhope-when = You live outside the Netherlands and Belgium: INHOPE's website lists the member hotline of each country.

hours-always = 24 hours a day, 7 days a week, free of charge

## Questions and answers

question-country = Where do you live, or where do you want to report?
question-country-help = Is a child in danger right now? Choose the first answer.
answer-country-danger-now = A child is in danger right now
answer-country-nl = The Netherlands
answer-country-be = Belgium
answer-country-elsewhere = Another country, or I am not sure

question-nl-what = What did you come across?
answer-nl-what-chat-app = Images or videos in a chat app or on social media
answer-nl-what-website = Images or videos on a website
answer-nl-what-forum = A forum or group where people swap abuse material
answer-nl-what-approach = An adult approaching a minor sexually (chat site, webcam)
answer-nl-what-live = Abuse that seems to be happening right now (for example by webcam)
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

question-nl-now = Is it happening right now?
answer-nl-now-yes = Yes, it is going on now
answer-nl-now-no = No, it happened earlier
answer-nl-now-unsure = I do not know

question-nl-known = Do you know who the victim is, or where the abuse takes place?
question-nl-known-help = Often nobody knows this yet when a report is made, not even the police.
answer-nl-known-yes = Yes, the victim or the place is known
answer-nl-known-no = No, neither is known
answer-nl-known-unsure = I do not know

question-be-what = What is going on?
answer-be-what-images = I found images of child sexual abuse online
answer-be-what-exploitation = A child is being sexually exploited online: sexting, grooming, sextortion (I am the victim or a witness)
answer-be-what-child-victim = I am a child and this is happening to me
answer-be-what-adult-victim = I am an adult who was abused in the past, or it is a recent problem not yet reported to the police
answer-be-what-own-feelings = I am worried about my own feelings towards minors
answer-be-what-unsure = Something else, or I do not know

## Outcomes

outcome-emergency = Call 112 now
outcome-emergency-summary = A child in direct danger needs help at once. Call the emergency number 112 and say that a child is in danger.

outcome-nl-chat-app = Tell the police through their chat-app number
outcome-nl-chat-app-summary = For abuse material seen in a chat app or on social media, the Dutch police have their own number. Contact it and describe what you saw, where, and who shared it.

outcome-nl-meldpunt = Report the web address to Meldpunt Kinderporno
outcome-nl-meldpunt-summary = Material on a public web page with an address can be reported to Meldpunt Kinderporno, the reporting point run by Off Limits. Give the address of the page, not the images themselves.

outcome-nl-not-public = Report it to the police
outcome-nl-not-public-summary = The Meldpunt cannot deal with material in cloud storage, in files on someone's computer, sent by e-mail from one person to another, or on the dark web. Report such cases to the police, at the police station in your town, or anonymously to Meld Misdaad Anoniem.

outcome-nl-public-unsure = Meldpunt Kinderporno, or else the police
outcome-nl-public-unsure-summary = If the material is on a web page anyone can open with its address, use the Meldpunt's report form. If it is not, or you cannot tell, call the police on their non-emergency line.

outcome-nl-approach = Share it with Off Limits
outcome-nl-approach-summary = Adults approaching minors sexually, for example on a chat site or by webcam, can be shared with Off Limits, which weighs the situation. If it is going on right now, go back and choose that answer instead.

outcome-nl-live-known = Call 112
outcome-nl-live-known-summary = You suspect a minor is being abused right now and you know who the victim is or where it happens. Call the emergency number 112.

outcome-nl-live-unknown = Call the police on 0900-8844
outcome-nl-live-unknown-summary = You suspect abuse is going on, but you do not know who the victim is or where it happens. That is common: often even the police cannot tell at first. Call the police on 0900-8844.

outcome-nl-unsure-age = When in doubt, report it anyway
outcome-nl-unsure-age-summary = You do not have to decide whether the images are criminal: the Meldpunt's analysts do that. Pornography with adults only, and erotic stories or texts, are not for the Meldpunt.

outcome-nl-worried = Talk to Veilig Thuis
outcome-nl-worried-summary = If you are worried about the safety of a child in your surroundings and suspect sexual abuse, Veilig Thuis can advise you. Is the child in direct danger? Call 112.

outcome-nl-complaint = File a complaint with your local police
outcome-nl-complaint-summary = To file a formal complaint (aangifte), call your local police on 0900-8844.

outcome-nl-unsure = Ask the police
outcome-nl-unsure-summary = If you are not sure what it is or where it belongs, the police's non-emergency line can tell you what to do. You may also pass on information anonymously through Meld Misdaad Anoniem.

outcome-own-feelings = Get support from Stop it Now!
outcome-own-feelings-summary = Worrying about your own feelings or behaviour towards minors is a reason to seek help, and help exists. Stop it Now! listens and advises, and also supports the people close to you.

outcome-be-images = Report the images to Child Focus
outcome-be-images-summary = Use the report form of the Child Focus reporting point. You can stay completely anonymous. Your report helps to get the images off the internet as quickly as possible.

outcome-be-exploitation = Contact Child Focus on 116 000
outcome-be-exploitation-summary = Child Focus supports victims of sexual exploitation and the people around them, including online forms such as sexting, grooming and sextortion. Call 116 000; images can also be reported through the reporting point's form.

outcome-be-child-victim = You can call 1712
outcome-be-child-victim-summary = Children who are victims can call 1712. Child Focus can also be reached on 116 000, day and night.

outcome-be-other-help = Find the right organisation through Child Focus
outcome-be-other-help-summary = For adults who were abused in the past, and for a recent problem that has not yet been reported to the police, Child Focus points to other organisations on its website.

outcome-be-unsure = Ask Child Focus
outcome-be-unsure-summary = Not sure what you saw or where it belongs? Child Focus can be reached on 116 000 at any hour, and images found online can be reported through its form.

outcome-elsewhere = Find the hotline of your country through INHOPE
outcome-elsewhere-summary = INHOPE is the international network of reporting hotlines; its website lists the member hotline of each country. In the European Union, call 112 if a child is in danger.

## What to note down

note-where-when = Where and when you saw it: the site, app or service, the date and the time.
note-trace-details = Details the police use to trace people: e-mail addresses, nicknames, phone numbers and IP addresses (the unique internet address of a computer).
note-app-and-group = The name of the app and of the chat or group, and who sent it.
note-url = The web address (URL) of the page. Copy the address only, never the images.
note-place-kind = What kind of place it is: a cloud service, an e-mail, a dark web site, a file.
note-screenshot-details = Write these details down, or take a screenshot showing them: a nickname, an address, a chat window. Never capture images of abuse.
note-what-worries = What you saw or heard that worries you, and when.

## What happens next

after-police-trace = In the first investigation the police use details such as e-mail addresses, nicknames, phone numbers and IP addresses to find the victim, the suspect or the place.
after-police-assess = The police look at what you report and decide what to do with it.
after-off-limits-assess = Staff of Off Limits assess your report professionally and within the law. They decide whether to deal with it themselves or together with the police, and you are told how it was handled.
after-anonymous-nl = Your report is confidential, and you may make it anonymously.
after-child-focus-analyse = A specialised team analyses the images; its members are bound by professional secrecy.
after-child-focus-pass-on = If the images appear to show abuse of minors, the file goes to the federal police, or to the INHOPE network when the images are hosted abroad.
after-child-focus-support = Child Focus does not investigate itself; it works under an agreement with the police and the judicial authorities.
after-inhope = Material hosted abroad is passed on through the INHOPE network.

## Warnings

warning-never-search-keep-share = Never search for the material, and never download, keep or forward it, not even to the police or as proof. That is a crime in itself, and it can disturb investigations that are already running.
warning-describe-not-send = Do not send the images to the police number either: describe what you saw, in which app or group, and who sent it.
warning-do-not-confront = Do not confront the person yourself and do not investigate on your own: tracking down these crimes is a task for the police.
warning-not-your-fault = What happened is not your fault. Telling someone is brave and right.
