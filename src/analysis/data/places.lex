# Places that make "live in"/"move to" a residence condition, first phrase the country's name.
[place.belgium]
belgium
belgique
belgië
belgie
belgien
brussels
bruxelles
brussel
brüssel
[place.luxembourg]
luxembourg
luxemburg
[place.netherlands]
the netherlands
netherlands
pays-bas
nederland
niederlande
[place.germany]
germany
allemagne
duitsland
deutschland
[place.france]
france
frankrijk
frankreich
[place.country]
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
member state
member states
union européenne
état membre
états membres
ue
europese unie
lidstaat
lidstaten
eu-mitgliedstaat*
mitgliedstaat*
europäischen union
[group.eea]
eea
eee
ewr
european economic area
