# Places that make "live in"/"move to" a residence condition, tagged by their country's ISO code.
[place.be]
belgium
belgique
belgië
belgie
belgien
brussels
bruxelles
brussel
brüssel
brussels region
brussels gewest
antwerp
antwerpen
anvers
ghent
gent
gand
liège
luik
namur
leuven
[place.lu]
luxembourg
luxemburg
luxembourg-ville
[place.nl]
the netherlands
netherlands
pays-bas
nederland
niederlande
amsterdam
rotterdam
the hague
den haag
la haye
utrecht
[place.de]
germany
allemagne
duitsland
deutschland
berlin
bonn
munich
münchen
frankfurt
hamburg
cologne
köln
[place.fr]
france
frankrijk
frankreich
paris
lyon
strasbourg
[place.ch]
switzerland
suisse
zwitserland
schweiz
geneva
genève
genf
bern
berne
zurich
zürich
[place.at]
austria
autriche
oostenrijk
österreich
vienna
vienne
wenen
wien
[place.country]
# A municipality or region named by its kind: "woonachtig in gemeente Heusden".
gemeente
de gemeente
la commune
the municipality
the city of
gemeinde
der gemeinde
der stadt
the province
la province
de provincie
the country
le pays
het land
the area
la région
de regio
commuting distance
der nähe
[group.nato]
nato
otan
[group.eu]
eu
european union
union européenne
ue
europese unie
eu-mitgliedstaat*
europäischen union
[group.eea]
eea
eee
ewr
european economic area
# "A member state" alone means the EU, unless the sentence names another group ("a member
# state of NATO").
[group.member]
member state
member states
état membre
états membres
lidstaat
lidstaten
mitgliedstaat*
