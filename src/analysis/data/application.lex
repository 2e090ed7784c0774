# Documents an application asks for; the tag names the document.
[doc.CV]
cv
c.v.
curriculum vitae
resume
résumé
lebenslauf
[doc.Cover letter]
cover letter
covering letter
motivation letter
motivational letter
letter of motivation
lettre de motivation
motivatiebrief
sollicitatiebrief
motivatieschrijven
anschreiben
motivationsschreiben
[doc.References]
references
referees
référence
références
referenties
referenzen
[doc.Diplomas]
diplomas
copy of your diploma
copies of diplomas
copie des diplômes
copie de diplôme
diploma's
zeugnisse
arbeitszeugnisse
[doc.Portfolio]
portfolio
writing sample
writing samples
work samples
[doc.Application form]
application form
formulaire de candidature
sollicitatieformulier
bewerbungsformular
# Where the subject line is asked for.
[subject]
subject
subject line
objet
onderwerp
betreff
betreffzeile
# Sentences that warn about how to apply.
[warning]
do not
don't
not be considered
will not be
only applications
only shortlisted
pdf
one page
page maximum
pages maximum
maximum of
incomplete
ne pas
ne seront pas
seules les candidatures
uniquement
niet in aanmerking
onvolledige
enkel
nicht berücksichtigt
ausschließlich
unvollständige
