# Words that make a clause an asset or a requirement, shared by the extractors.
[asset]
# "Gerne auch Englischkenntnisse": gladly also, i.e. welcome. Bare "gerne" is not: "Sie arbeiten gerne im Team".
gerne auch
gern gesehen
wären schön
asset
an asset
is an asset
a plus
advantage
advantageous
an advantage
desirable
desired
preferred
preferably
nice to have
welcome
beneficial
valuable
atout
un atout
serait un atout
un plus
est un plus
souhaité
souhaitée
souhaitable
apprécié
appréciée
constitue un atout
pluspunt
een pluspunt
troef
een troef
strekt tot aanbeveling
is een voordeel
voordeel
wenselijk
mooi meegenomen
von vorteil
vorteil
vorteilhaft
wünschenswert
erwünscht
idealerweise
ein plus
gerne gesehen
[required]
essential
mandatory
required
requirement
must
obligatory
compulsory
indispensable
obligatoire
exigé
exigée
requis
requise
impératif
impérative
vereist
vereiste
noodzakelijk
verplicht
moet
moeten
erforderlich
vorausgesetzt
voraussetzung
zwingend
unabdingbar
muss
müssen
# A sentence that only says the employer does not discriminate.
[non_discrimination]
without regard
regardless
irrespective
independent of
discriminat*
equal opportunit*
equal access
sans distinction
indépendamment
sans discrimination
ongeacht
zonder onderscheid
gelijke kansen
unabhängig von
ungeachtet
chancengleichheit

# Words that make a sentence about applying.
[apply]
envoie*
envoi
apply*
vacancy
vacancies
vacature*
applicant*
application*
send*
submit*
candidat*
postul*
envoy*
solliciteer*
sollicit*
kandidaat*
kandidatu*
stuur*
reageer*
reageren
bewerb*
schick*
richten
einreichen
# The documents of an application: a sentence that names them is about applying.
cv
curriculum vitae
cover letter
motivation letter
lettre de motivation
motivatiebrief
lebenslauf*
anschreiben
motivationsschreiben
bewerbungsunterlagen
