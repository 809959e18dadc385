#!/usr/bin/env python3
"""Generate the LibreOffice flat-ODT (.fodt) sources and the plain-text parity CV
from the CV content files in content/*.cv.

Content format (UTF-8):
  key: value              header fields (name, title, email, phone, location, layout)
  == Heading [side]       a section; [side] puts it in the sidebar of two-column layouts
  === A | B | C           a role/education line: title | organisation | dates
  - text                  a bullet
  other text              a paragraph

Outputs (relative to this folder):
  fodt/<base>.fodt               one-column layout (every CV)
  fodt/<base>-two-column.fodt    sidebar layout (layout: two-column, plus amelia-hart parity set)
  fodt/<base>-header-table.fodt  contact details in page header, body in a table (layout: header-table)
  ../<base>.txt                  plain text (amelia-hart parity set only)
Deterministic: same input always gives byte-identical output.
"""
import os, re, sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
CONTENT = os.path.join(HERE, "content")
FODT = os.path.join(HERE, "fodt")
SAMPLES = os.path.dirname(HERE)
TXT_PARITY = {"amelia-hart-project-manager"}
TWO_COLUMN_EXTRA = {"amelia-hart-project-manager"}
SEP = " | "


def parse(path):
    cv = {"sections": []}
    cur = None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n").rstrip()
        if not line.strip():
            continue
        if line.startswith("=== "):
            parts = [p.strip() for p in line[4:].split("|")]
            cur["blocks"].append(("role", parts))
        elif line.startswith("== "):
            title = line[3:].strip()
            side = title.endswith("[side]")
            if side:
                title = title[: -len("[side]")].strip()
            cur = {"title": title, "side": side, "blocks": []}
            cv["sections"].append(cur)
        elif line.startswith("- "):
            cur["blocks"].append(("bullet", line[2:].strip()))
        elif cur is None and re.match(r"^[a-z]+: ", line):
            k, v = line.split(": ", 1)
            cv[k] = v.strip()
        else:
            cur["blocks"].append(("para", line.strip()))
    return cv


def contact_items(cv):
    return [cv["email"], cv["phone"], cv["location"]]


# ---------------------------------------------------------------- plain text
def to_txt(cv):
    out = [cv["name"], cv["title"], SEP.join(contact_items(cv)), ""]
    for s in cv["sections"]:
        out.append(s["title"])
        for kind, val in s["blocks"]:
            if kind == "role":
                out.append(SEP.join(p for p in val if p))
            elif kind == "bullet":
                out.append("• " + val)
            else:
                out.append(val)
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# ---------------------------------------------------------------- ODF
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')

ACCENT = "#1F3A5F"
FONT = "Liberation Sans"

STYLES = f"""<office:font-face-decls>
  <style:font-face style:name="{FONT}" svg:font-family="&apos;{FONT}&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
   <style:text-properties style:font-name="{FONT}" fo:font-size="9.5pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.08cm" fo:line-height="115%"/>
  </style:style>
  <style:style style:name="Name" style:display-name="Name" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.05cm" fo:line-height="100%"/>
   <style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="{ACCENT}"/>
  </style:style>
  <style:style style:name="JobTitle" style:display-name="Job Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.05cm"/>
   <style:text-properties fo:font-size="11.5pt" fo:color="#444444"/>
  </style:style>
  <style:style style:name="Contact" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.15cm"/>
   <style:text-properties fo:font-size="9.5pt" fo:color="#333333"/>
  </style:style>
  <style:style style:name="SideLine" style:display-name="Side Line" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.06cm"/>
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold" fo:color="{ACCENT}"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
   <style:paragraph-properties fo:padding-bottom="0.05cm" fo:border-bottom="0.5pt solid {ACCENT}"/>
   <style:text-properties fo:font-size="12pt"/>
  </style:style>
  <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3" style:class="text">
   <style:paragraph-properties fo:margin-top="0.1cm"/>
   <style:text-properties fo:font-size="10.5pt"/>
  </style:style>
  <style:style style:name="Role" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.18cm" fo:margin-bottom="0.06cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="Bullets">
   <style:paragraph-properties fo:margin-bottom="0.05cm"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="end" fo:padding-bottom="0.1cm" fo:border-bottom="0.5pt solid #999999"/>
   <style:text-properties fo:font-size="8.5pt" fo:color="#333333"/>
  </style:style>
  <style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Dates" style:family="text">
   <style:text-properties fo:color="#555555"/>
  </style:style>
  <text:list-style style:name="Bullets">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm" fo:text-indent="-0.35cm" fo:margin-left="0.45cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
 </office:styles>"""


def page_layout(header):
    hdr = ('<style:header-style><style:header-footer-properties fo:min-height="0cm" '
           'fo:margin-bottom="0.35cm"/></style:header-style>') if header else ""
    return (f'<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
            f'fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.4cm" '
            f'fo:margin-bottom="1.4cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/>{hdr}</style:page-layout>')


def role_xml(parts, style="Role", break_dates=False):
    parts = [p for p in parts if p]
    x = f'<text:span text:style-name="Strong_20_Emphasis">{escape(parts[0])}</text:span>'
    for i, p in enumerate(parts[1:], 1):
        if i == len(parts) - 1 and len(parts) >= 3:
            lead = "<text:line-break/>" if break_dates else escape(SEP)
            x += f'{lead}<text:span text:style-name="Dates">{escape(p)}</text:span>'
        else:
            x += escape(SEP) + escape(p)
    return f'<text:p text:style-name="{style}">{x}</text:p>'


def blocks_xml(blocks, break_dates=False):
    out, bullets = [], []

    def flush():
        if bullets:
            items = "".join(f'<text:list-item><text:p text:style-name="List_20_Bullet">{escape(b)}</text:p></text:list-item>' for b in bullets)
            out.append(f'<text:list text:style-name="Bullets">{items}</text:list>')
            bullets.clear()

    for kind, val in blocks:
        if kind == "bullet":
            bullets.append(val)
            continue
        flush()
        if kind == "role":
            out.append(role_xml(val, break_dates=break_dates))
        else:
            out.append(f'<text:p text:style-name="Standard">{escape(val)}</text:p>')
    flush()
    return "\n".join(out)


def heading(title, level=2):
    return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{escape(title)}</text:h>'


def top_block(cv, with_contact=True):
    x = [f'<text:p text:style-name="Name">{escape(cv["name"])}</text:p>',
         f'<text:p text:style-name="JobTitle">{escape(cv["title"])}</text:p>']
    if with_contact:
        x.append(f'<text:p text:style-name="Contact">{escape(SEP.join(contact_items(cv)))}</text:p>')
    return "\n".join(x)


def one_column(cv):
    body = [top_block(cv)]
    for s in cv["sections"]:
        body.append(heading(s["title"]))
        body.append(blocks_xml(s["blocks"]))
    return "\n".join(body), "", ""


def two_column(cv):
    auto = ('<style:style style:name="Side" style:family="table"><style:table-properties style:width="17.4cm" table:align="margins" fo:margin-top="0.2cm"/></style:style>'
            '<style:style style:name="Side.A" style:family="table-column"><style:table-column-properties style:column-width="5.6cm"/></style:style>'
            '<style:style style:name="Side.B" style:family="table-column"><style:table-column-properties style:column-width="11.8cm"/></style:style>'
            '<style:style style:name="Side.R" style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:style>'
            '<style:style style:name="Side.A1" style:family="table-cell"><style:table-cell-properties style:vertical-align="top" fo:background-color="#E8EEF4" fo:padding="0.3cm" fo:border="none"/></style:style>'
            '<style:style style:name="Side.B1" style:family="table-cell"><style:table-cell-properties style:vertical-align="top" fo:padding-left="0.45cm" fo:padding-right="0cm" fo:padding-top="0.1cm" fo:padding-bottom="0.1cm" fo:border="none"/></style:style>')
    side = [f'<text:p text:style-name="SideLine">{escape(c)}</text:p>' for c in contact_items(cv)]
    main = []
    for s in cv["sections"]:
        if s["side"]:
            side.append(heading(s["title"], 3))
            side.append("\n".join(
                f'<text:p text:style-name="SideLine">{escape(v if k != "role" else SEP.join(p for p in v if p))}</text:p>'
                for k, v in s["blocks"]))
        else:
            main.append(heading(s["title"]))
            main.append(blocks_xml(s["blocks"], break_dates=True))
    body = (top_block(cv, with_contact=False) +
            '\n<table:table table:name="Side" table:style-name="Side">'
            '<table:table-column table:style-name="Side.A"/><table:table-column table:style-name="Side.B"/>'
            '<table:table-row table:style-name="Side.R">'
            f'<table:table-cell table:style-name="Side.A1" office:value-type="string">{"".join(side)}</table:table-cell>'
            f'<table:table-cell table:style-name="Side.B1" office:value-type="string">{"".join(main)}</table:table-cell>'
            '</table:table-row></table:table>')
    return body, auto, ""


def header_table(cv):
    auto = ('<style:style style:name="Body" style:family="table"><style:table-properties style:width="17.4cm" table:align="margins" fo:margin-top="0.2cm"/></style:style>'
            '<style:style style:name="Body.A" style:family="table-column"><style:table-column-properties style:column-width="3.8cm"/></style:style>'
            '<style:style style:name="Body.B" style:family="table-column"><style:table-column-properties style:column-width="13.6cm"/></style:style>'
            '<style:style style:name="Body.A1" style:family="table-cell"><style:table-cell-properties style:vertical-align="top" fo:padding="0.15cm" fo:border-left="none" fo:border-right="none" fo:border-top="0.5pt solid #999999" fo:border-bottom="none" fo:background-color="#F2F2F2"/></style:style>'
            '<style:style style:name="Body.B1" style:family="table-cell"><style:table-cell-properties style:vertical-align="top" fo:padding="0.15cm" fo:border-left="none" fo:border-right="none" fo:border-top="0.5pt solid #999999" fo:border-bottom="none"/></style:style>')
    rows = []
    for s in cv["sections"]:
        rows.append('<table:table-row>'
                    f'<table:table-cell table:style-name="Body.A1" office:value-type="string">{heading(s["title"], 3)}</table:table-cell>'
                    f'<table:table-cell table:style-name="Body.B1" office:value-type="string">{blocks_xml(s["blocks"], break_dates=True)}</table:table-cell>'
                    '</table:table-row>')
    body = (top_block(cv, with_contact=False) +
            '\n<table:table table:name="Body" table:style-name="Body">'
            '<table:table-column table:style-name="Body.A"/><table:table-column table:style-name="Body.B"/>'
            + "\n".join(rows) + '</table:table>')
    header = f'<text:p text:style-name="Header">{escape(cv["name"] + SEP + SEP.join(contact_items(cv)))}</text:p>'
    return body, auto, header


def fodt(cv, layout):
    body, auto, header = {"one-column": one_column, "two-column": two_column,
                          "header-table": header_table}[layout](cv)
    hdr = f"<style:header>{header}</style:header>" if header else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta>
  <meta:generator>PMO Toolkit samples/src/make_sources.py</meta:generator>
  <dc:title>CV – {escape(cv["name"])}</dc:title>
  <meta:initial-creator>PMO Toolkit samples</meta:initial-creator>
  <dc:creator>PMO Toolkit samples</dc:creator>
  <meta:creation-date>2024-01-01T00:00:00</meta:creation-date>
  <dc:date>2024-01-01T00:00:00</dc:date>
 </office:meta>
 {STYLES}
 <office:automatic-styles>
  {page_layout(bool(header))}
  {auto}
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">{hdr}</style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
{body}
  </office:text>
 </office:body>
</office:document>
"""


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    os.makedirs(FODT, exist_ok=True)
    for fn in sorted(os.listdir(CONTENT)):
        if not fn.endswith(".cv"):
            continue
        base = fn[:-3]
        cv = parse(os.path.join(CONTENT, fn))
        layout = cv.get("layout", "one-column")
        write(os.path.join(FODT, base + ".fodt"), fodt(cv, "one-column"))
        if layout == "two-column" or base in TWO_COLUMN_EXTRA:
            write(os.path.join(FODT, base + "-two-column.fodt"), fodt(cv, "two-column"))
        if layout == "header-table":
            write(os.path.join(FODT, base + "-header-table.fodt"), fodt(cv, "header-table"))
        if base in TXT_PARITY:
            write(os.path.join(SAMPLES, base + ".txt"), to_txt(cv))
    print("sources written to", FODT)


if __name__ == "__main__":
    main()
