# Abbreviations whose dot ends no sentence ("e.g. French", "ca. 3 years", "z.B. Englisch"),
# looked up when a dot and a space could end a sentence; never scanned over a document.
# Written without their last dot, lower case.

[abbreviation]
e.g
i.e
approx
incl
etc
min
max
no
nr
z.b
bzw
ca
resp
cf
vs
st
# German
inkl
zzgl
evtl
ggf
ggfs
usw
u.a
d.h
z.t
sog
bspw
vgl
mind
abs
# French
env
p.ex
càd
cf
art
# Dutch
o.a
bv
bijv
m.b.t
m.a.w
enz
evt
t.a.v
i.v.m
zgn
