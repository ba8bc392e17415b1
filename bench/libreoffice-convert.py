"""Converts DOCX files to PDF in a running LibreOffice (a listener started with
--accept="socket,host=127.0.0.1,port=N;urp;"), over UNO, and prints the conversion's wall time
in ms. Usage: python3 libreoffice-convert.py PORT OUTDIR FILE.docx...

Needs Debian's python3-uno (its `uno` module is for the system Python, /usr/bin/python3).
"""

import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    port, out_dir, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    # The listener may still be starting: try for up to a minute.
    for attempt in range(600):
        try:
            context = resolver.resolve(
                f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext"
            )
            break
        except Exception:
            if attempt == 599:
                raise
            time.sleep(0.1)
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context
    )
    start = time.perf_counter()
    for path in files:
        doc = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0, (prop("Hidden", True),)
        )
        name = os.path.splitext(os.path.basename(path))[0] + ".pdf"
        doc.storeToURL(
            uno.systemPathToFileUrl(os.path.join(os.path.abspath(out_dir), name)),
            (prop("FilterName", "writer_pdf_Export"),),
        )
        doc.close(True)
    print(round((time.perf_counter() - start) * 1000, 1))


main()
