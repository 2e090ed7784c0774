# The small words between language names in a list ("de l'anglais, de l'allemand ou du
# néerlandais", "in English or in French", "German as well as English"). Looked up word by word
# between two names, never scanned over a document: as a scanned list they would be found at
# every "de" and "the" of every paste.
#
# [article]: words before a name that do not break a list. [and]: joins a list of languages
# all asked for (the "or" words that make a choice are in languages.lex).

[article]
de
du
des
la
le
l
d
het
van
in
im
the
auf

[and]
and
et
en
und
as well as
&
