# The degree a requirement asks for, lowest level named wins ("bachelor or master" → bachelor).
# Lexicon format (see src/analysis/lexicon.rs): [tag], then lower-case phrases, `*` = longer words.
[degree.doctorate]
phd
ph.d
doctorate
doctoral degree
doctorat
doctoraat
promotion
doktortitel
[degree.master]
master*
msc
m.sc
mba
llm
maîtrise
postgraduate degree
post-graduate degree
advanced university degree
universitair masterdiploma
diplôme de niveau master
bac+5
[degree.bachelor]
bachelor*
bsc
b.sc
licence
licentiaat
university degree
higher education
enseignement supérieur
diplôme universitaire
diplôme de l'enseignement supérieur
hoger onderwijs
hogeschooldiploma
professionele bachelor
hochschulabschluss
hochschulstudium
studium
fachhochschul*
bac+3
[degree.secondary]
secondary school
secondary education
high school
enseignement secondaire
diplôme d'études secondaires
cess
secundair onderwijs
middelbaar onderwijs
abitur
mittlere reife
matura
