# Who may apply. A tag joined by "+" gives several kinds ("residence and work permit").
[citizenship]
graduates from the member states
professionals from the eu member states
professionals from the member states
candidates from eu member states
candidates from the member states
citizens from member states
citizens from eu member states
citizens from the member states
nationals from member states
# A stated preference for nationals.
preference will be given to citizens
preference will be given to nationals
priority will be given to nationals
la préférence sera accordée aux citoyens
la préférence sera accordée aux ressortissants
voorrang aan burgers
voorkeur aan onderdanen
bevorzugt werden staatsangehörige
eu citizenship
eu citizen*
eu national*
eea national*
eu/eea national*
eu or eea national*
eu/eea citizen*
citizen of a member state
citizens of a member state
citizen of an eu member state
citizens of an eu member state
citizens of the eu
citizens of the european union
citizen of the european union
nationals of nato member countries
nationals of a nato member country
nationals of nato member states
nationals of a member state
nationals of one of the member states
national of a member state
national of one of the member states
nationality of a member state
nationality of an eu member state
nationality of one of the member states
nationals of
national of
citizenship of
only nationals
ressortissant*
citoyen de l'union
citoyen européen
citoyenne européenne
citoyenneté européenne
nationalité d'un état membre
nationalité belge
nationalité luxembourgeoise
belgische nationaliteit
nederlandse nationaliteit
onderdaan
onderdanen
nationaliteit van een lidstaat
staatsangehörigkeit eines eu-mitgliedstaates
staatsangehörigkeit eines mitgliedstaates
staatsangehörigkeit eines eu-mitgliedstaats
staatsangehörigkeit eines mitgliedstaats
eu-staatsangehörigkeit
eu-bürger*
unionsbürger*
deutsche staatsangehörigkeit
[citizenship_weak]
nationality
citizenship
nationalité
citoyenneté
nationaliteit
staatsangehörigkeit
staatsbürgerschaft
[residence_permit]
residence permit*
residency permit*
residence card
residence title
permit of residence
titre de séjour
titres de séjour
permis de séjour
carte de séjour
autorisation de séjour
droit de séjour
verblijfsvergunning*
verblijfstitel
verblijfsrecht
aufenthaltstitel
aufenthaltserlaubnis
aufenthaltsgenehmigung
niederlassungserlaubnis
long-term resident*
résident de longue durée
[residence_permit+work_permit]
work and/or residence permit*
residence and/or work permit*
permis de travail et de séjour
permis de travail et/ou de séjour
werk- en verblijfsvergunning*
arbeits- und aufenthaltserlaubnis
aufenthalts- und arbeitsgenehmigung
residence and work permit*
residency and work permit*
work and residence permit*
titre de séjour et de travail
permis de séjour et de travail
verblijfs- en werkvergunning*
verblijfs- en arbeidsvergunning*
aufenthalts- und arbeitserlaubnis
[work_permit]
work permit*
working permit*
right to work
permission to work
eligible to work
eligibility to work
authorised to work
authorized to work
authorisation to work
authorization to work
work authori*
single permit
permis de travail
autorisation de travail
permis unique
droit de travailler
autorisé à travailler
autorisée à travailler
autorisé(e) à travailler
berechtigt zu arbeiten
arbeitsberechtigt
werkvergunning*
arbeidskaart
arbeidsvergunning*
gecombineerde vergunning
arbeitserlaubnis
arbeitsgenehmigung
beschäftigungserlaubnis
arbeitsberechtigung
[security_clearance]
# Clearance levels and national names for it.
une habilitation
habilitation confidentiel
habilitation secret
habilitation défense
confidentiel défense
niveau d'habilitation
cote de sécurité
cote de fiabilité
veiligheid b-onderzoek
veiligheid a-onderzoek
verklaring van geen bezwaar
secret ue
ü2
ü3
security clearance*
security vetting
personnel security clearance
habilitation de sécurité
habilitation sécurité
certificat de sécurité
veiligheidsmachtiging
veiligheidsattest
veiligheidsonderzoek
veiligheidsscreening
sicherheitsüberprüfung
sicherheitsfreigabe
nato secret
eu secret
[local_residence]
live and work in
live in
living in
reside in
residing in
resident in
move to
relocate to
relocation to
address in
belgian address
luxembourg address
dutch address
an address in
domicile in
domicilié*
domiciliée*
résider en
résider au
résider à
habiter en
habiter au
vivre en
wonen in
woonachtig
gedomicilieerd
verhuizen naar
wohnsitz in
wohnhaft in
umzug nach
[medical]
# Fitness for the job, physical or medical.
physically fit
physical fitness
physical check-up
physically able
körperliche eignung
körperlicher eignung
körperlich geeignet
körperlich belastbar
gesundheitlich geeignet
aptitude physique
physiquement apte
apte physiquement
lichamelijk geschikt
fysiek geschikt
medische geschiktheid
medical fitness
medical examination
medical exam
medical check*
medical clearance
medical file
medical certificate
medically fit
aptitude médicale
examen médical
visite médicale
certificat médical
médicalement apte
medische keuring
medisch onderzoek
medisch attest
medisch geschikt
ärztliche untersuchung
gesundheitliche eignung
ärztliches attest
einstellungsuntersuchung

# A sentence that mentions a permit only to say it is not needed or will be arranged.
[not_condition]
assists
assist with
helps with
will be arranged
se charge de
regelt
übernehmen die
not required
not needed
no need
not necessary
sponsor*
we will help
we help
we assist
will assist
support you
pas nécessaire
pas requis
niet nodig
niet vereist
nicht erforderlich
nicht notwendig

# Words around a bare "nationality" that make it a condition.
[condition]
only
must
required
requirement
hold
eligible
open to
restricted
limited to
uniquement
seuls
seules
doit
doivent
exigé
requise
alleen
enkel
moet
moeten
vereist
nur
müssen
muss
voraussetzung
erforderlich

[or]
or
ou
of
oder
either
soit
