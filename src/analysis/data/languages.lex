# Language names. The first phrase of each group is its English name.
[lang.en]
english
anglais
engels
englisch
englischkenntnisse
englischen
englische
anglaise
engelse
anglophone
engelstalig
engelstalige
englischsprachig
englischsprachige
english-speaking
[lang.fr]
french
français
francais
française
frans
französisch
französischkenntnisse
französischen
französische
franse
francophone
franstalig
franstalige
französischsprachig
französischsprachige
french-speaking
[lang.nl]
dutch
flemish
néerlandais
neerlandais
néerlandaise
flamand
nederlands
vlaams
niederländisch
niederländischkenntnisse
niederländischen
flämisch
nederlandse
néerlandophone
nederlandstalig
nederlandstalige
niederländischsprachig
niederländischsprachige
dutch-speaking
[lang.de]
german
allemand
allemande
duits
deutsch
deutschkenntnisse
deutschen
deutsche sprache
duitse
germanophone
duitstalig
duitstalige
deutschsprachig
deutschsprachige
german-speaking
[lang.es]
spanish
espagnol
spaans
spanisch
spanischkenntnisse
castilian
spaanse
[lang.it]
italian
italien
italienne
italiaans
italienisch
italiaanse
[lang.pt]
portuguese
portugais
portugees
portugiesisch
[lang.pl]
polish
polonais
pools
polnisch
[lang.ro]
romanian
roumain
roemeens
rumänisch
[lang.el]
greek
grec
grecque
grieks
griechisch
[lang.sv]
swedish
suédois
zweeds
schwedisch
[lang.da]
danish
danois
deens
dänisch
[lang.fi]
finnish
finnois
fins
finnisch
[lang.cs]
czech
tchèque
tsjechisch
tschechisch
[lang.hu]
hungarian
hongrois
hongaars
ungarisch
[lang.bg]
bulgarian
bulgare
bulgaars
bulgarisch
[lang.hr]
croatian
croate
kroatisch
[lang.sk]
slovak
slovaque
slowaaks
slowakisch
[lang.sl]
slovenian
slovene
slovène
sloveens
slowenisch
[lang.lt]
lithuanian
lituanien
litouws
litauisch
[lang.lv]
latvian
letton
lets
lettisch
[lang.et]
estonian
estisch
estonien
ests
estnisch
[lang.ga]
irish
irlandais
iers
irisch
[lang.mt]
maltese
maltais
maltees
maltesisch
[lang.lb]
luxembourgish
luxembourgeois
luxemburgs
luxemburgisch
lëtzebuergesch
[lang.ar]
arabic
arabe
arabisch
[lang.ru]
russian
russe
russisch
[lang.uk]
ukrainian
ukrainien
oekraïens
ukrainisch
[lang.tr]
turkish
turc
turks
türkisch
[lang.zh]
chinese
mandarin
chinois
chinees
chinesisch
[lang.ja]
japanese
japonais
japans
japanisch

# Words that make a clause about language skill.
[competence]
# A speaker of a language, as an adjective ("néerlandophone", "Franstalig"): its name and its
# skill at once.
francophone
franstalig
franstalige
französischsprachig
französischsprachige
french-speaking
néerlandophone
nederlandstalig
nederlandstalige
niederländischsprachig
niederländischsprachige
dutch-speaking
germanophone
duitstalig
duitstalige
deutschsprachig
deutschsprachige
german-speaking
anglophone
engelstalig
engelstalige
englischsprachig
englischsprachige
english-speaking
muttersprachler*
verfassen
rédiger
rédigez
# Saying or writing it: "communicate in English", "kommunizieren sicher auf Englisch".
communicat*
communicator*
communiquer
communiquez
communiques
communiquant
communiceer*
communicatief
communicatieve
kommunizier*
kommunikationsfähig*
ausdrucksvermögen
ausdrucksfähigkeit
schriftlich*
mündlich*
mondeling
schriftelijk
maîtris*
maitris*
drafting
fluent*
fluency
proficien*
knowledge
command
speak*
spoken
written
writing
oral*
mother tongue
native
bilingual
level
excellent
working knowledge
understanding
language skills
languages
language
niveau
maîtrise
maîtriser
maîtrisez
connaissance*
courant
couramment
parlé
parler
parlez
écrit
écrite
bilingue
langue maternelle
notions
langue
langues
kennis
beheers*
vloeiend
spreek*
spreken
schrijf*
schrijven
taal
talen
talenkennis
moedertaal
tweetalig
meertalig
kenntnisse
sprachkenntnisse
fließend
verhandlungssicher
muttersprache
muttersprachlich
beherrsch*
sprechen
schreiben
grundkenntnisse
sprache
englischkenntnisse
deutschkenntnisse
französischkenntnisse
niederländischkenntnisse
spanischkenntnisse
wort und schrift

# A language named as the organisation's or the workplace's, not asked of the candidate.
[not_required]
official language*
working language*
langue officielle
langues officielles
langue de travail
langues de travail
officiële taal
officiële talen
werktaal
werktalen
amtssprache*
arbeitssprache*
offizielle sprache*
languages of the eu
languages of the european union
eu languages
langues de l'ue
langues de l'union européenne
talen van de eu
talen van de europese unie
eu-talen
sprachen der eu
sprachen der europäischen union
eu-sprachen
[choice]
one of the following
l'une des langues suivantes
een van de volgende
eine der folgenden
einer der folgenden
one of the
l'une des
une des
een van de
één van de
eine der
einer der

# An adjective of nationality or region, not a language: "Dutch company", "droit français".
[not_language_after]
ambassade
embassy
botschaft
markt
marché
nationaliteit
nationalité
staatsangehörigkeit
wet
wetgeving
gesetzgebung
authority
autorités
autoriteiten
behörden
partners
partenaires
law
legislation
company
companies
community
government
authorities
context
market
labour
labor
system
citizens
citizenship
nationals
nationality
national
institutions
society
speaking community
region
social
entreprise
communauté
gemeenschap
bedrijf
overheid
recht
gemeinschaft
unternehmen
[not_language_before]
communauté
community
gemeenschap
gemeinschaft
droit
recht
fédération
région

[or]
or
ou
oder
and/or
et/ou
en/of
und/oder
either
soit
[or_nl]
of

# Inferred CEFR levels from the words used.
[level.C2]
mother tongue
native
native speaker
perfect
langue maternelle
parfait
parfaite
moedertaal
perfecte
perfect
muttersprache
muttersprachlich
perfekt
[level.C1]
fluent*
fluency
excellent
very good
proficient
proficiency
high level
courant
couramment
excellente
très bonne
très bonnes
parfaitement
vloeiend
uitstekend
uitstekende
zeer goede
fließend
verhandlungssicher
sehr gute
ausgezeichnete
[level.B2]
good
good command
good knowledge
professional level
bonne
bonnes
bonne maîtrise
bonne connaissance
goede
goede kennis
gute
gute kenntnisse
[level.B1]
working knowledge
working command
basic
basic knowledge
understanding
notions
connaissance de base
connaissances de base
basiskennis
grundkenntnisse
passive
passieve

[skill.oral]
oral*
spoken
speak*
speaking
parlé
parlée
parler
à l'oral
mondeling
mondelinge
spreek*
spreken
mündlich
sprechen
[skill.written]
written
rédig*
writing
in writing
écrit
écrite
à l'écrit
schriftelijk
schriftelijke
schrijven
schriftlich
schreiben
wort und schrift
