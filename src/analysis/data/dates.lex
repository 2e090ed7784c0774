# Month names and abbreviations (English, French, Dutch, German), one group per month.
[month.1]
january
jan
janvier
janv
januari
januar
jänner
jän
[month.2]
february
feb
février
fevrier
févr
fév
fevr
fev
februari
februar
[month.3]
march
mar
mars
maart
mrt
märz
maerz
marz
mär
[month.4]
april
apr
avril
avr
[month.5]
may
mai
mei
[month.6]
june
jun
juin
juni
[month.7]
july
jul
juillet
juil
juli
[month.8]
august
aug
août
aout
augustus
[month.9]
september
sep
sept
septembre
[month.10]
october
oct
octobre
oktober
okt
[month.11]
november
nov
novembre
[month.12]
december
dec
décembre
decembre
déc
dezember
dez

[weekday]
monday
tuesday
wednesday
thursday
friday
saturday
sunday
mon
tue
wed
thu
fri
lundi
mardi
mercredi
jeudi
vendredi
samedi
dimanche
maandag
dinsdag
woensdag
donderdag
vrijdag
zaterdag
zondag
montag
dienstag
mittwoch
donnerstag
freitag
samstag
sonntag
sat
sun

# What a date is for, from the words before it.
[role.deadline]
# Job boards and notices saying when applications stop.
open until
open till
applications will close
se clôture le
clôturée le
sluit op
loopt tot
endet am
läuft bis
deadline
deadline for application
deadline for applications
application deadline
closing date
closing date for applications
apply by
apply before
applications close
must be received by
date limite
date limite de candidature
date limite de dépôt
clôture
uiterste datum
uiterste inzenddatum
sluitingsdatum
deadline voor
bewerbungsschluss
bewerbungsfrist
frist
einsendeschluss
bewerbungen bis
bewerbungen bis zum
bewerbung bis
bewerbung bis zum
[role.start]
# When the job begins, as postings and job boards label it.
# A post vacant from a date starts then.
fonction vacante
poste vacant
emploi vacant
vacant from
vacant as of
vacant with effect from
vacant per
vacant vanaf
frei ab
zu besetzen ab
post available
position available
available from
able to join
able to start
commencing
commence
poste à pourvoir
à pourvoir
prise de poste
date de prise de fonction
date d'entrée
engagement au
engagement souhaité
engagement souhaitée
engagement prévu
date d'engagement
entrée en service
beschikbaar per
datum indiensttreding
beginnen
startdatum
eintrittstermin
arbeitsbeginn
stellenantritt
besetzung zum
start
start date
starting
starting date
to start
start ideally
start of contract
entry into service
starts
date de début
début
entrée en fonction
prise de fonction
commencer
startdatum
start op
in dienst
indiensttreding
aanvang
beginn
eintritt
arbeitsbeginn
dienstantritt
eintrittsdatum
# "At the latest": the deadline in a sentence about applying or at the head of a date's line;
# elsewhere it limits what its sentence names ("Engagement souhaité au plus tard au 2/10/2023"
# is a start, "ein Diplom, das spätestens bis zum 30. September erworben wurde" no deadline).
[at_latest]
at the latest
au plus tard
uiterlijk
ten laatste
spätestens
# A date labelled as something else: the label is nearer the date than any deadline word
# before it ("Deadline for Application 21 September 2026 … Validity of the Reserve List
# 31 December 2029").
[role.other]
validity of the reserve list
reserve list valid until
reserve list will be valid until
valid until
validité de la liste de réserve
liste de réserve valable jusqu'au
valable jusqu'au
geldigheid van de reservelijst
reservelijst geldig tot
geldig tot
gültigkeit der reserveliste
reserveliste gültig bis
gültig bis
date of birth
date de naissance
geboortedatum
geburtsdatum
last updated
dernière mise à jour
laatst bijgewerkt
zuletzt aktualisiert
[role.interview]
interview*
entretien*
sollicitatiegesprek*
gesprek*
vorstellungsgespräch*
auswahlgespräch*
assessment*
selection test*
written test*
tests écrits
épreuve*
[role.published]
plaatsingsdatum
datum plaatsing
online seit
erschienen am
date de mise en ligne
mis en ligne
posted
posted on
published
publication date
date of publication
publié
publiée
date de publication
gepubliceerd
geplaatst
publicatiedatum
veröffentlicht
veröffentlichungsdatum
[role.event]
info session*
info-session*
information session*
webinar*
open day
séance d'information
séance d'info
session d'information
infosessie
infosessies
informatiesessie
informatiebijeenkomst
infoavond
informationsveranstaltung
infoveranstaltung
[role.contract_end]
end of contract
contract until
contract ends
fin du contrat
einde contract
befristet bis
befristet bis zum
befristet bis zur
vertragsende
# Prepositions that make the date right after them a start date.
[start_prep]
per
ab
ab dem
zum
à partir du
à partir de
dès le
vanaf
met ingang van
starting
# Prepositions that make a date a limit when the sentence is about applying or a contract.
[limit]
jusqu’au
jusqu’à
# These only in a sentence about applying: "our office will close on 24 December" is no deadline.
will close on
close on
closing on
closes
closes on
closing
by
before
until
till
no later than
not later than
prior to
avant
avant le
jusqu'au
jusqu'à
d'ici le
vóór
voor
tot
tot en met
bis
bis zum
bis zum einschließlich
# A period of work: "from September 2011 to January 2012" (mark_periods).
[period_from]
from
between
duration
period
du
de
d'
entre
durée
van
tussen
looptijd
periode
von
vom
zwischen
dauer
ausbildungsdauer
laufzeit
# With the [limit] words ("bis", "tot", "until"), which join a period too.
[period_to]
to
and
au
à
et
en
und
# Between two dates that are alternatives ("mi-février ou début mars 2020").
[alternative]
or
ou
of
oder
# The part of a month before its name ("début mars", "mid-February", "Anfang März").
[month_part]
early
mid
late
end of
beginning of
début
mi
fin
begin
half
eind
medio
anfang
mitte
ende
# Words that make a sentence about the contract.
[contract]
contract*
contrat*
vertrag*
arbeitsvertrag*
employment
emploi
# "As soon as possible" for a start date: these say so wherever they stand.
[asap]
per direct
per omgaande
schnellstmöglich*
so schnell wie möglich
so bald wie möglich
asap
immediate start
zum nächstmöglichen zeitpunkt
nächstmöglich*
zum frühestmöglichen zeitpunkt
ab sofort
# These only in a sentence about starting.
[asap_weak]
dès maintenant
au plus tôt
zo snel als mogelijk
sofort
at once
as soon as possible
immediately
dès que possible
au plus vite
immédiatement
zo snel mogelijk
zo spoedig mogelijk
onmiddellijk
dans les meilleurs délais
at the earliest possible date
z.s.m.
