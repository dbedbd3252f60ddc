"""Small, well-formed PDFs for the upload tests, with active content placed where the test says."""

import zlib

PAGE_OBJECTS = {
    2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>",
}


def pdf_document(catalog_extra: bytes = b"", extra: dict[int, bytes] | None = None,
                 packed: dict[int, bytes] | None = None) -> bytes:
    """One empty page; ``extra`` objects (numbered from 4) written as they are, ``packed`` ones inside a
    compressed object stream listed by a cross-reference stream, as PDF 1.5 writers do."""
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>", **PAGE_OBJECTS, **(extra or {})}
    packed = packed or {}
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number, body in sorted(objects.items()):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    if not packed:
        size = max(offsets) + 1
        xref_at = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        out += b"".join(b"%010d 00000 n \n" % offsets[number] for number in range(1, size))
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref_at)
        return bytes(out)
    stream_number = max([*offsets, *packed]) + 1
    header, bodies, position = b"", b"", 0
    for number, body in packed.items():
        header += b"%d %d " % (number, position)
        bodies += body + b"\n"
        position = len(bodies)
    data = zlib.compress(header + bodies)
    offsets[stream_number] = len(out)
    out += b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Length %d /Filter /FlateDecode >>\nstream\n" % (
        stream_number, len(packed), len(header), len(data)) + data + b"\nendstream\nendobj\n"
    xref_number = stream_number + 1
    offsets[xref_number] = len(out)
    rows = bytearray(b"\x00\x00\x00\x00\x00\xff\xff")
    index_in_stream = {number: index for index, number in enumerate(packed)}
    for number in range(1, xref_number + 1):
        if number in index_in_stream:
            rows += b"\x02" + stream_number.to_bytes(4, "big") + index_in_stream[number].to_bytes(2, "big")
        else:
            rows += b"\x01" + offsets[number].to_bytes(4, "big") + b"\x00\x00"
    out += b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n" % (
        xref_number, xref_number + 1, len(rows)) + bytes(rows) + b"\nendstream\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % offsets[xref_number]
    return bytes(out)
