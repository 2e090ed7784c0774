# Conditions of the job: pay, contract, working time, telework, benefits, place of work.
[salary]
# A traineeship's pay.
grant
monthly grant
allowance
stipend
vergoeding
gratification
indemnité de stage
bruttojahresgehalt
bruttomonatsgehalt
jahresbruttogehalt
monatsbruttogehalt
brutojaarsalaris
brutomaandsalaris
jaarsalaris
maandsalaris
stagevergoeding
salary
salaries
pay
remuneration
wage
compensation
gross
net
per annum
salaire
rémunération
traitement
brut
salaris
loon
bezoldiging
verloning
bruto
netto
brutoloon
gehalt
vergütung
entgelt
lohn
brutto
jahresgehalt
monatsgehalt
# Amounts in these sentences are not the pay.
[not_salary]
teleworking allowance
telework allowance
home office allowance
télétravail
thuiswerkvergoeding
homeoffice-pauschale
voucher*
chèque*
cheque*
fee
fees
cost
costs
budget
grants
funding
million
turnover
maaltijdcheque*
zulage
zuschuss
[period.year]
bruttojahresgehalt
jahresbruttogehalt
brutojaarsalaris
jahresgehalt*
per annum
per year
a year
annual
annually
yearly
p.a.
par an
annuel
annuelle
par année
per jaar
jaarlijks
jaarsalaris
pro jahr
jährlich
jahresgehalt
im jahr
[period.month]
maandwedde
maandloon
rémunération mensuelle
bruttomonatsgehalt
monatsbruttogehalt
brutomaandsalaris
monatsgehalt*
per month
a month
monthly
par mois
mensuel
mensuelle
per maand
maandelijks
maandsalaris
pro monat
monatlich
monatsgehalt
im monat
[period.week]
per week
a week
weekly
par semaine
hebdomadaire
per week
wekelijks
weekloon
pro woche
wöchentlich
in der woche
wochenlohn
[period.day]
per day
a day
daily
par jour
journalier
journalière
per dag
dagelijks
dagloon
dagvergoeding
pro tag
täglich
tagessatz
tagegeld
[period.hour]
per hour
an hour
hourly
par heure
de l'heure
horaire
per uur
uurloon
pro stunde
stündlich
stundenlohn
# A pay period written as a unit after a slash, right after the amount ("12 €/h").
[unit.hour]
h
hr
hour
std
stunde
heure
uur
u
[unit.day]
day
jour
dag
tag
[unit.week]
week
semaine
woche
[unit.month]
month
mo
monat
mois
maand
mnd
m
[unit.year]
year
yr
jahr
an
jaar
j
# A single amount after these is one bound of the pay: "à partir de 2000 euros".
# Not "minimum": a pay scale's "minimum € 4.050,37" is the salary offered.
[bound.lower]
from
starting at
starting from
at least
à partir de
dès
au moins
vanaf
ab
mindestens
[bound.upper]
up to
jusqu'à
jusqu’à
au maximum
maximaal
tot maximaal
bis zu
höchstens
# A pay scale's code before a number: "Entgeltgruppe 11", "schaal 11", "grade AD 5".
[pay_scale]
entgeltgruppe
besoldungsgruppe
tarifgruppe
entgeltstufe
stufe
e
grade
step
function group
échelon
barème
schaal
salarisschaal
functieschaal
trede
ad
ast
fg
[gross]
gross
brut
brute
bruto*
brutto*
bruttojahresgehalt
bruttomonatsgehalt
jahresbruttogehalt
monatsbruttogehalt
brutojaarsalaris
brutomaandsalaris
[net]
net
nette
netto
[currency.EUR]
€
eur
euro
euros
[currency.CHF]
chf
swiss francs
francs suisses
schweizer franken
[currency.GBP]
£
gbp
pounds sterling
livres sterling
britse pond
britische pfund
[currency.USD]
$
usd
us$
us dollars
dollars américains
amerikaanse dollar
us-dollar

[contract.fixed_term]
un mandat de
mandat de
# EU staff categories engaged for a term, and cover for someone away.
contract agent
temporary agent
voor bepaalde tijd
bepaalde tijd
tijdelijke aanstelling
tijdelijke functie
replacement contract
maternity cover
parental leave cover
maternity leave cover
contrat de remplacement
en remplacement
pour un remplacement
vervangingscontract
vervangingsovereenkomst
ter vervanging
elternzeitvertretung
mutterschaftsvertretung
krankheitsvertretung
als vertretung
fixed-term
fixed term
temporary contract
temporary position
definite duration
limited duration
contract of limited duration
contrat à durée déterminée
durée déterminée
cdd
tijdelijk contract
tijdelijke overeenkomst
contract van bepaalde duur
bepaalde duur
befristet*
befristung
zeitvertrag
contract until
contrat jusqu'au
contract tot
befristet bis
vertrag bis
[contract.open_ended]
permanent employment
permanent job
voor onbepaalde tijd
onbepaalde tijd
vaste aanstelling
unbefristete
unbefristeten
open-ended
open ended
permanent contract
permanent position
indefinite duration
unlimited duration
contract of indefinite duration
contrat à durée indéterminée
durée indéterminée
cdi
vast contract
contract van onbepaalde duur
onbepaalde duur
unbefristet*
festanstellung
[contract.traineeship]
intern
interns
internships
traineeships
trainees
stagiaire
stagiaires
stagiair(e)
stagiairs
stages
ausbildung
ausbildungsplatz
ausbildungsplätze
auszubildende
referendariat
werkstudent*
volontariat
traineeship
internship
stage
stagiaire
stagiair
praktikum
praktikant*
trainee
[contract.traineeship_offer]
# A traineeship named as what is offered, wherever the posting says it.
traineeship programme
traineeship program
trainee programme
trainee program
internship programme
internship program
internship placement*
paid internship*
unpaid internship*
offre de stage
programme de stage*
stage rémunéré
traineeprogramma
stageprogramma
stageplaats
stageplaatsen
praktikumsstelle*
praktikumsplatz
praktikumsplätze
trainee-programm

[basic_salary]
# The salary of a grade and step on a public scale, which is monthly.
basic salary
salaire de base
traitement de base
basissalaris
basisloon
grundgehalt
basisgehalt

[grade_step]
step
steps
grade
grades
graad
besoldungsgruppe
entgeltgruppe
échelon
function group
groupe de fonctions
functiegroep
salaristrap
trap
funktionsgruppe
dienstaltersstufe
erfahrungsstufe

[hiring]
# Verbs that hire someone, just before who is hired ("seeking to hire a trainee").
is seeking to hire
seeking to hire
to hire
is looking for
looking for
are looking for
we seek
is seeking
recrute
recherche
recherchons
zoekt
zoeken
sucht
suchen

[contract.freelance]
freelance
freelancer
independent contractor
consultancy contract
indépendant
zelfstandige
freiberuflich
honorarbasis
# Words that make a sentence describe the job's own contract.
# Words before an open-ended contract that make it a prospect, not the offer.
[contract_prospect]
met uitzicht op
met uitzicht op een
kans op
en vue d'un
en vue d’un
en vue de
possibilité de
possibilité d'
possibilité d’
with a view to
with the possibility of
possibility of
mit aussicht auf
mit option auf
mit der option auf
[contract_context]
aanstelling
appointment
anstellung
contract
contrat
overeenkomst
vertrag
position
post
poste
functie
stelle
we offer
nous offrons
wij bieden
wir bieten
duration
durée
duur
dauer
[time.full]
full-time
full time
fulltime
temps plein
temps complet
voltijds
voltijd
fulltime
vollzeit
[time.part]
part-time
part time
parttime
temps partiel
mi-temps
deeltijds
deeltijd
teilzeit
[telework]
telework*
teleworking
remote
remotely
work from home
working from home
home office
home-office
hybrid
télétravail
thuiswerk
thuiswerken
telewerk
telewerken
hybride
homeoffice
mobiles arbeiten
mobile arbeit

[benefit]
meal vouchers
meal voucher
lunch vouchers
pension plan
pension
hospitalisation insurance
hospitalization insurance
health insurance
medical insurance
insurance
public transport
13th month
paid leave
holiday allowance
holidays
annual leave
training opportunities
training
eco-vouchers
echo vouchers
éco-chèques
chèques-repas
titres-repas
assurance hospitalisation
assurance groupe
pension complémentaire
jours de congé
congés
maaltijdcheques
ecocheques
groepsverzekering
hospitalisatieverzekering
vakantiegeld
eindejaarspremie
verlofdagen
woon-werkverkeer
urlaub
urlaubstage
weiterbildung
betriebliche altersvorsorge
jobticket
fahrtkostenzuschuss
flexible working hours
flexitime
glijdende werkuren
horaires flexibles
gleitzeit

[location_label]
location
place of work
duty station
workplace
based in
lieu de travail
localisation
lieu
standplaats
werkplek
locatie
plaats tewerkstelling
arbeitsort
einsatzort
dienstort
standort
