# Cue words that shape a pasted page into postings.

# Lines that end a posting: what follows is the job site's own listing or adverts.
[noise]
similar jobs
similar vacancies
similar positions
related jobs
related vacancies
other jobs
other vacancies
more jobs
more vacancies
you may also like
recommended jobs
share this job
offres similaires
autres offres
emplois similaires
vacatures die je misschien
vergelijkbare vacatures
andere vacatures
ähnliche jobs
ähnliche stellenangebote
weitere jobs
weitere stellenangebote

# Words that make a short line look like a job title.
[title]
officer
assistant
manager
coordinator
co-ordinator
director
adviser
advisor
analyst
engineer
developer
intern
trainee
traineeship
internship
specialist
consultant
expert
head of
secretary
administrator
accountant
researcher
associate
representative
designer
editor
chargé
chargée
chargé(e)
responsable
collaborateur
collaboratrice
gestionnaire
conseiller
conseillère
directeur
directrice
stagiaire
attaché
medewerker
beleidsmedewerker
projectmedewerker
medewerker*
jurist
coördinator
adviseur
projectleider
stagiair
referent
referentin
sachbearbeiter
sachbearbeiterin
mitarbeiter
mitarbeiterin
leiter
leiterin
berater
beraterin
projektmanager
projektmanagerin
m/w/d
w/m/d
d/w/m
m/w/x
f/m/d
m/f/d
m/f/x
h/f
f/h
h/f/x
m/v/x
m/v
v/m/x
x/v/m
werkstudent*
praktikant*
coach

# Words that show a block tells how to apply.
[apply]
apply*
application*
send your
submit*
candidature*
postuler
envoyer
solliciteer*
sollicitatie*
kandidaat stellen
bewerb*

# A line made of these alone closes an entry of a page that lists several jobs ("Zum
# Stellenangebot" under each job's title and summary).
[entry_link]
apply here
apply now
more info
more information
read more
learn more
view job
view vacancy
see the vacancy
details
en savoir plus
voir l'offre
voir l'annonce
plus d'infos
plus d'informations
lire la suite
postuler
meer info
meer informatie
lees meer
bekijk vacature
bekijk de vacature
solliciteer nu
zum stellenangebot
zur stellenanzeige
mehr erfahren
mehr infos
weiterlesen
jetzt bewerben
