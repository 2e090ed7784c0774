# Words between the two ends of a range of amounts ("EUR 3.200 to 3.600", "3 200 à 3 900 €",
# "2.800 tot 3.500", "4.000 bis 5.000", "3.000 - 3.500"). Built into the amount pattern of the
# salary extractor and never looked up in a text by themselves.

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
