#!/usr/bin/env python3
"""Write EDIFACT interchanges with pydifact, for the gateway engine to read back.

Usage: pydifact_write.py SAMPLE_DIR OUT_DIR

Reads the project's sea CUSCAR sample (SAMPLE_DIR/valid/cuscar-d96b-sea.edi) with pydifact,
then writes new interchanges with pydifact's own serializer:

  pydifact-cuscar-three-messages.edi  three CUSCAR messages, varied references and party
                                      names that need release characters (+ : ' ?)
  pydifact-cuscar-custom-una.edi      the same with non-default service characters
                                      (UNA^*.! ~: component ^, element *, release !, terminator ~)
  pydifact-cuscar-unoy.edi            UNOY (UTF-8) with Korean and accented names

Prints one JSON line per file: {"file", "messages", "references", "names"} so the Swift test
can compare what the engine decodes with what pydifact meant to write.
"""
import datetime
import json
import os
import sys
import warnings

# pydifact warns once per service segment that it has no XML definitions to check them against.
warnings.simplefilter("ignore")

from pydifact.control import Characters
from pydifact.segmentcollection import Interchange, Message
from pydifact.segments import Segment
from pydifact.serializer import Serializer

NAMES = [
    "HANIL BED + BATH CO LTD",
    "O'NEILL: KIM & SONS",
    "WHAT? TRADING (BUSAN)",
]
NAMES_UNICODE = ["한일 무역 주식회사", "SOCIÉTÉ GÉNÉRALE D'IMPORT", "부산 + 해운: 물류"]
STAMP = datetime.datetime(2026, 11, 27, 6, 0)


def sample_messages(path):
    """The message bodies (without UNH/UNT) of the sample interchange, as pydifact segments."""
    interchange = Interchange.from_file(path, encoding="iso8859-1")
    bodies, current = [], None
    for segment in interchange.segments:
        if segment.tag == "UNH":
            current = []
        elif segment.tag == "UNT":
            bodies.append(current)
            current = None
        elif current is not None:
            current.append(segment)
    return bodies


def consignee_renamed(body, name):
    """A copy of the message body whose first consignee (NAD+CN) is `name`."""
    out, done = [], False
    for segment in body:
        if segment.tag == "NAD" and not done and segment.elements[0] == "CN":
            elements = list(segment.elements)
            elements[3] = name
            segment = Segment("NAD", *elements)
            done = True
        out.append(segment)
    return out


def build(body, names, syntax, control):
    interchange = Interchange(
        ["MAEU", "ZZZ"], ["KRCUS", "ZZZ"], control, syntax, timestamp=STAMP
    )
    references = []
    for number, name in enumerate(names, start=1):
        reference = f"PYD{number:05d}"
        message = Message(reference, ["CUSCAR", "D", "96B", "UN"])
        for segment in consignee_renamed(body, name):
            message.add_segment(segment)
        interchange.add_message(message)
        references.append(reference)
    return interchange, references


def header(interchange):
    """UNB as pydifact builds it, except that syntax 4 gets its 8-digit date (CCYYMMDD):
    pydifact 0.2.3 always writes YYMMDD, which ISO 9735-2 syntax 4 does not allow (the engine
    answers code 40 for it)."""
    segment = interchange.get_header_segment()
    if int(interchange.syntax_identifier[1]) >= 4:
        elements = list(segment.elements)
        elements[3] = [f"{interchange.timestamp:%Y%m%d}", f"{interchange.timestamp:%H%M}"]
        segment = Segment("UNB", *elements)
    return segment


def write(path, interchange, characters, encoding):
    serializer = Serializer(characters)
    segments = [header(interchange)] + interchange.segments + [
        interchange.get_footer_segment()
    ]
    text = serializer.serialize(segments, with_una_header=True, break_lines=True)
    with open(path, "wb") as handle:
        handle.write(text.encode(encoding))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sample_dir, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    body = sample_messages(os.path.join(sample_dir, "valid", "cuscar-d96b-sea.edi"))[0]
    default = Characters(decimal_point=".")
    custom = Characters(
        component_separator="^",
        data_separator="*",
        decimal_point=".",
        escape_character="!",
        reserved=" ",
        segment_terminator="~",
    )
    plan = [
        ("pydifact-cuscar-three-messages.edi", NAMES, ("UNOC", 3), default, "iso8859-1"),
        ("pydifact-cuscar-custom-una.edi", NAMES, ("UNOC", 3), custom, "iso8859-1"),
        ("pydifact-cuscar-unoy.edi", NAMES_UNICODE, ("UNOY", 4), default, "utf-8"),
    ]
    for index, (name, names, syntax, characters, encoding) in enumerate(plan, start=1):
        interchange, references = build(body, names, syntax, f"PYD2611270{index:03d}")
        write(os.path.join(out_dir, name), interchange, characters, encoding)
        print(json.dumps({"file": name, "messages": len(references),
                          "references": references, "names": names}, ensure_ascii=False))


if __name__ == "__main__":
    main()
