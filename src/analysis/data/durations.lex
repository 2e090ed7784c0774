# Words of a stated duration ("a one-year contract", "12 mois", "zwei Jahre"). They are built
# into the duration pattern of the contract extractor and never looked up in a text by
# themselves, so they are not part of the document's scan.
#
# [year] and [month]: the unit. [number.N]: a number written as a word, worth N.
# [experience_after]: the start of what follows a duration of experience, not of a contract
# ("3 years of experience", "5 ans d'expérience", "2 Jahre Berufserfahrung").

[year]
year
years
year's
years'
an
ans
année
années
jaar
jaren
jahr
jahre
jahren

[month]
month
months
mois
maand
maanden
monat
monate
monaten

[number.1]
one
un
une
een
één
ein
eine
einen

[number.2]
two
deux
twee
zwei

[number.3]
three
trois
drie
drei

[number.4]
four
quatre
vier

[number.5]
five
cinq
vijf
fünf

[number.6]
six
zes
sechs

[number.12]
twelve
douze
twaalf
zwölf

[experience_after]
of
d'
de
ervaring
erfahrung
berufserfahrung
relevant
professional
experience
