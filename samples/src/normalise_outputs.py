#!/usr/bin/env python3
"""Best-effort removal of volatile data from generated DOCX/PDF so rebuilds are (nearly) reproducible.
- DOCX: fixed zip entry timestamps, fixed dates in docProps/core.xml, stable entry order.
- PDF: /CreationDate, /ModDate, /DocChecksum and /ID replaced in place with same-length values (xref stays valid).
"""
import hashlib, io, os, re, sys, zipfile

FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def docx(path):
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>2024-01-01T00:00:00Z\2", data)
            if name == "docProps/app.xml":
                data = re.sub(rb"<TotalTime>\d+</TotalTime>", b"<TotalTime>0</TotalTime>", data)
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    open(path, "wb").write(out.getvalue())


def pdf(path):
    data = open(path, "rb").read()

    def fix_date(m):
        v = m.group(2)
        fixed = b"D:20240101000000"
        return m.group(1) + (fixed + v[len(fixed):] if len(v) >= len(fixed) else v)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)", fix_date, data)
    stripped = re.sub(rb"/ID\s*\[[^\]]*\]", b"", data)
    stripped = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+", b"", stripped)
    digest = hashlib.md5(stripped).hexdigest().upper().encode()
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]{32})", lambda m: m.group(1) + digest, data)

    def fix_id(m):
        a, b = m.group(1), m.group(2)
        return b"/ID [ <" + digest[: len(a)].ljust(len(a), b"0") + b">\n<" + digest[: len(b)].ljust(len(b), b"0") + b"> ]"

    data = re.sub(rb"/ID \[ <([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)> \]", lambda m: fix_id(m) if len(m.group(0)) == len(fix_id(m)) else m.group(0), data)
    open(path, "wb").write(data)


def main(folder):
    for fn in sorted(os.listdir(folder)):
        p = os.path.join(folder, fn)
        if fn.endswith(".docx"):
            docx(p)
        elif fn.endswith(".pdf"):
            pdf(p)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
