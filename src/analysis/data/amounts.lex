# Words of amounts, built into the patterns of the salary and working-time extractors and
# never looked up in a text by themselves.
#
# [range_to]: between the two ends of a range of amounts ("EUR 3.200 to 3.600", "3 200 à
# 3 900 €", "2.800 tot 3.500", "4.000 bis 5.000", "3.000 - 3.500"). [hours_to]: between the
# ends of a range of hours or shares ("20-30 h/week", "50 à 75 %"). [hour], [per], [week]: "38
# hours per week", "36 heures par semaine", "38 uur per week", "39 Stunden pro Woche".

[range_to]
-
–
to
à
tot
bis
and
en
et
und
or
ou
of
oder

[hours_to]
-
to
à
tot
bis

[hour]
h
hrs
hours
heures
uur
u
stunden
std
std.

[per]
/
per
par
a
pro
an
in der

[week]
week
semaine
sem
woche
