# Labels of the facts job boards and public-service pages write as "Label: value", "Label
# value-in-figures" or a label on its own line above its value (a table copied from a page).
# A label with no value is no fact. Read once per posting by `fields.rs`; the extractors ask
# which field's value a position lies in.

[field.deadline]
deadline
deadline for applications
deadline for application
application deadline
closing date
closing date for applications
closed on
apply before
apply by
date limite
date limite de candidature
date limite de dépôt
date de clôture
clôture des candidatures
clôturé depuis le
clôturée depuis le
uiterste datum
uiterste inzenddatum
sluitingsdatum
solliciteren tot
solliciteer tot
afgesloten op
gesloten op
bewerbungsfrist
bewerbungsschluss
einsendeschluss
bewerbung bis
geschlossen am

[field.start]
start date
starting date
date of entry into service
date de début
date d'entrée en fonction
entrée en fonction
date de prise de fonction
startdatum
datum indiensttreding
indiensttreding
eintrittsdatum
eintrittstermin
arbeitsbeginn
stellenantritt

[field.published]
publication date
date of publication
posted
posted on
published
date de publication
publié le
publicatiedatum
plaatsingsdatum
datum plaatsing
veröffentlicht
veröffentlicht am
veröffentlichungsdatum
online seit

[field.salary]
salary
pay
remuneration
compensation
salaire
rémunération
traitement
salaris
loon
verloning
wedde
vergütung
gehalt
entgelt

[field.contract]
contract
contract type
type of contract
employment type
type de contrat
contrat
contracttype
type contract
soort contract
dienstverband
vertragsart
art des vertrags
anstellungsart
beschäftigungsart

[field.language]
language
languages
language requirements
langue
langues
langue requise
taal
talen
taalvereisten
sprache
sprachen
sprachkenntnisse

# The value of a contract field in a word that says nothing out of it ("Dienstverband: Vast").
[contract_value.open_ended]
permanent
vast
vaste
onbepaald
unbefristet
festanstellung
[contract_value.fixed_term]
temporary
temporaire
tijdelijk
tijdelijke
bepaald
befristet
