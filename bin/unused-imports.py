#!/usr/bin/env python3
"""Lists imports whose simple name is used nowhere else in the file (code or a javadoc link); --fix removes them.

javac -Xlint does not report unused imports. Run from the repository root: bin/unused-imports.py [--fix]."""
import os,re,subprocess,sys
files=[f for f in subprocess.run(['git','ls-files','*.java'],capture_output=True,text=True).stdout.split() if os.path.exists(f)]
imp=re.compile(r'^import\s+(static\s+)?([\w.]+)(\.\*)?\s*;[ \t]*$',re.M)
tok=re.compile(r'"""(?:.|\n)*?"""|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])+\'|/\*(?:.|\n)*?\*/|//[^\n]*')
fix='--fix' in sys.argv
n=0
for f in files:
    s=open(f).read()
    body=imp.sub('',s)
    docs=[]
    def strip(m):
        t=m.group(0)
        if t.startswith('/*'): docs.append(t)
        return ' '
    code=tok.sub(strip,body)
    doc=' '.join(docs)
    links=' '.join(re.findall(r'\{@(?:link|linkplain|value)\s+([^}]*)\}',doc))+' '+' '.join(re.findall(r'@(?:throws|exception|see)\s+(\S+)',doc))
    bad=[]
    for m in imp.finditer(s):
        if m.group(3): continue
        name=m.group(2).rsplit('.',1)[1]
        pat=r'(?<![\w$])'+re.escape(name)+r'(?![\w$])'
        if not re.search(pat,code) and not re.search(pat,links):
            bad.append(m.group(0)); print(f, m.group(0))
    if fix and bad:
        for b in bad: s=s.replace(b+'\n','',1)
        open(f,'w').write(s)
    n+=len(bad)
print(n, "unused imports")
sys.exit(1 if n and not fix else 0)
