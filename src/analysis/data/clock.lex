# Words of a time of day, built into the time pattern of the date extractor and never looked
# up in a text by themselves, so they are not part of the document's scan.
#
# [noon], [midnight]: a time written as a word. [zone.X]: a zone written after a time, where X
# is what the analysis reports: CET, CEST, UTC, or an IANA zone whose clock is Central European
# time. Words of several words match with any spaces between them.

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

[zone.Europe/Paris]
paris time
heure de paris
heure française
heure de france
