# Words that name the employer of a posting, built into the organisation patterns and never
# looked up in a text by themselves. Matched without regard to ASCII case.
#
# [label]: "Organisation: …". [recruits]: "<Name> is recruiting …". [is_a] and [kind]: "<Name>
# is a global network of …". [pronoun]: a word that starts such a sentence but names no one.

[label]
organisation
organization
employer
company
organisme
employeur
organisatie
werkgever
arbeitgeber
unternehmen

[recruits]
is recruiting
is looking for
is seeking
is hiring
recrute
zoekt
sucht

[is_a]
is a
is an
is the
est un
est une
is een
ist ein
ist eine

[kind]
network
organisation
organization
association
ngo
agency
foundation
federation
institute
organisme
fondation
réseau
fédération
netwerk
organisatie
vereniging
stichting
netzwerk
verband
verein
stiftung

[pronoun]
this
it
that
ce
cela
il
elle
dit
het
dat
es
das
dies
