# Section headings and what they make of the lines under them.

[required]
was wir erwarten
was wir von dir erwarten
was wir von ihnen erwarten
who we're looking for
who we’re looking for
what we're looking for
what we’re looking for
we are looking for
your skills
about you
ce que nous recherchons
ce que tu apportes
vous êtes
wat wij vragen
wat we vragen
jij hebt
wat wij zoeken
we expect
what we expect
nous attendons
ce que nous attendons
wij verwachten
wat verwachten we
wir erwarten
das erwarten wir
conditions de participation
conditions d'admissibilité
deelnemingsvoorwaarden
toelatingsvoorwaarden
teilnahmebedingungen
einstellungsvoraussetzungen
competences
skills
competenties
vereiste competenties
kompetenzen
essential
essentials
essential requirements
essential criteria
requirements
required
required qualifications
required skills
minimum requirements
qualifications
qualifications and experience
your profile
profile
the profile
who you are
who we are looking for
what we are looking for
what you bring
what you will bring
eligibility criteria
selection criteria
must have
must-have
skills and experience
general requirements
competencies
profil
votre profil
ton profil
profil recherché
profil du candidat
exigences
compétences
compétences requises
qualifications requises
vereisten
profiel
jouw profiel
uw profiel
functie-eisen
functievereisten
wie ben jij
wie ben je
wat vragen we
wat vragen wij
wat breng je mee
wie zoeken we
wie zoeken wij
anforderungen
ihr profil
dein profil
was sie mitbringen
was du mitbringst
voraussetzungen
qualifikationen
das bringen sie mit
das bringst du mit

[asset]
# Inline headers that say the lines under them are a plus.
sont un plus
est un plus
c'est un plus
sont des atouts
constituent un atout
constituent des atouts
serait un plus
is een pluspunt
zijn een pluspunt
strekt tot aanbeveling
pluspunkte
sind von vorteil
von vorteil sind
ist von vorteil
wäre schön
is a plus
are a plus
would be a plus
would be an advantage
an advantage
bonus points
desirable
desirable criteria
desirable requirements
assets
asset
nice to have
nice-to-have
preferred
preferred qualifications
advantageous
additional assets
bonus
atouts
atout
un plus
vos atouts
pluspunten
pluspunt
troeven
een pluspunt
wünschenswert
von vorteil
wünschenswerte qualifikationen
idealerweise

[languages]
languages
language
language skills
language requirements
langues
langue
connaissances linguistiques
compétences linguistiques
talen
talenkennis
taalkennis
sprachen
sprachkenntnisse

[offer]
we offer
our offer
what we offer
benefits
conditions
working conditions
terms and conditions
nous offrons
notre offre
ce que nous offrons
nous vous offrons
wij bieden
ons aanbod
wat bieden we
wat bieden wij
wat wij bieden
wir bieten
unser angebot
was wir bieten
wir bieten ihnen

[application]
how to apply
application process
application procedure
applications
application
to apply
wishing to join us?
candidature
comment postuler
postuler
procédure de candidature
solliciteren
sollicitatie
hoe solliciteren
interesse
bewerbung
ihre bewerbung
so bewerben sie sich

[tasks]
contenu de la fonction
description de la fonction
jobinhoud
functie-inhoud
taakomschrijving
aufgabengebiet
ihr aufgabengebiet
ihr zukünftiges aufgabengebiet
what you will do
responsibilities
tasks
duties
main tasks
your tasks
your mission
your role
key responsibilities
duties and responsibilities
job description
missions
vos missions
vos tâches
tâches
taken
jouw taken
functieomschrijving
functie
aufgaben
ihre aufgaben
deine aufgaben

[about]
about us
about the organisation
about the organization
about the project
about the role
à propos
qui sommes-nous
over ons
wie zijn we
über uns
