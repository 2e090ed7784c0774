# Words of dates and times, built into the date and time patterns of the date extractor and
# never looked up in a text by themselves, so they are not part of the document's scan (month
# and weekday names are in dates.lex, which is). Phrases of several words match with any
# spaces between them.
#
# [ordinal.xx]: what follows a day's number ("1st", "1er", "2ème", "3ten"). [day_of]: between a
# day and its month ("3 of May", "3 de mayo"). [hour_suffix]: after a time ("17 Uhr", "17 uur").
# [am], [pm]. [before_time]: between a date and the time after it ("on 3 May at 17:00"). [after_time]:
# between a time and the date after it ("17:00 on 3 May"). [noon], [midnight]: a time written
# as a word. [zone.X]: a zone written after a time, where X is what the analysis reports: CET,
# CEST, UTC, or an IANA zone whose clock is Central European time.

[ordinal.en]
st
nd
rd
th

[ordinal.fr]
er
re
e
ème

[ordinal.nl]
de
ste

[ordinal.de]
ten
te

[day_of]
of
de

[hour_suffix]
uhr
uur
u
h
hrs

[am]
am
a.m.

[pm]
pm
p.m.

[before_time]
at
à
a
om
um
by
before
until
till
vóór
voor
bis
tot
jusqu'à
avant

[after_time]
on
le
op
am

# [before_yearless]: the words right before a day and month written in figures without a year
# ("bis 31.01.", "le 17/02", "tot 22/4"): without such a word, "3/4" is a fraction and "24/7"
# a figure of speech.
[before_yearless]
le
du
au
jusqu'au
avant le
d'ici le
dès le
à partir du
op
tot
tot en met
t/m
vóór
voor
vanaf
per
uiterlijk
am
bis
bis zum
vom
zum
ab
ab dem
spätestens
on
by
before
until
from
as of
between
entre le
tussen
zwischen dem

[noon]
noon
midday
midi
mittag

[midnight]
midnight
minuit
middernacht
mitternacht

[zone.CET]
cet
mez
central european time

[zone.CEST]
cest
mesz
central european summer time

[zone.UTC]
utc
gmt

[zone.Europe/Brussels]
brussels time
brussels local time
belgian time
heure de bruxelles
heure belge
heure de belgique
brusselse tijd
belgische tijd
brüsseler zeit
belgische zeit

[zone.Europe/Luxembourg]
luxembourg time
heure de luxembourg
heure luxembourgeoise
luxemburgse tijd
luxemburger zeit

[zone.Europe/Amsterdam]
amsterdam time
dutch time
nederlandse tijd
amsterdamse tijd

[zone.Europe/Zurich]
geneva time
zurich time
swiss time
heure de genève
heure suisse
heure de zurich
genfer zeit
schweizer zeit
zwitserse tijd

[zone.Europe/Paris]
paris time
heure de paris
heure française
heure de france

# [day.N]: a day of the month written as a word, before its month ("premier mars",
# "ersten Januar", "vierentwintigste mei", "the first of May"). French writes the first as
# an ordinal and the other days as cardinals.
[day.1]
first
premier
eerste
ersten
erste
erster
[day.2]
second
deux
tweede
zweiten
[day.3]
third
trois
derde
dritten
[day.4]
fourth
quatre
vierde
vierten
[day.5]
fifth
cinq
vijfde
fünften
[day.6]
sixth
six
zesde
sechsten
[day.7]
seventh
sept
zevende
siebten
[day.8]
eighth
huit
achtste
achten
[day.9]
ninth
neuf
negende
neunten
[day.10]
tenth
dix
tiende
zehnten
[day.11]
eleventh
onze
elfde
elften
[day.12]
twelfth
douze
twaalfde
zwölften
[day.13]
thirteenth
treize
dertiende
dreizehnten
[day.14]
fourteenth
quatorze
veertiende
vierzehnten
[day.15]
fifteenth
quinze
vijftiende
fünfzehnten
[day.16]
sixteenth
seize
zestiende
sechzehnten
[day.17]
seventeenth
dix-sept
zeventiende
siebzehnten
[day.18]
eighteenth
dix-huit
achttiende
achtzehnten
[day.19]
nineteenth
dix-neuf
negentiende
neunzehnten
[day.20]
twentieth
vingt
twintigste
zwanzigsten
[day.21]
twenty-first
vingt-et-un
eenentwintigste
einundzwanzigsten
[day.22]
twenty-second
vingt-deux
tweeëntwintigste
zweiundzwanzigsten
[day.23]
twenty-third
vingt-trois
drieëntwintigste
dreiundzwanzigsten
[day.24]
twenty-fourth
vingt-quatre
vierentwintigste
vierundzwanzigsten
[day.25]
twenty-fifth
vingt-cinq
vijfentwintigste
fünfundzwanzigsten
[day.26]
twenty-sixth
vingt-six
zesentwintigste
sechsundzwanzigsten
[day.27]
twenty-seventh
vingt-sept
zevenentwintigste
siebenundzwanzigsten
[day.28]
twenty-eighth
vingt-huit
achtentwintigste
achtundzwanzigsten
[day.29]
twenty-ninth
vingt-neuf
negenentwintigste
neunundzwanzigsten
[day.30]
thirtieth
trente
dertigste
dreißigsten
[day.31]
thirty-first
trente-et-un
eenendertigste
einunddreißigsten
