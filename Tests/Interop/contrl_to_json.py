#!/usr/bin/env python3
"""Read a CONTRL interchange (written by the gateway engine) with pydifact; print its segments as JSON.

Usage: contrl_to_json.py FILE

Output: {"segments": [{"tag": "UCI", "elements": ["1", ["MAEU", "ZZZ"], ...]}, ...],
         "messageTypes": ["CONTRL"]}
Elements are strings; composites are lists of strings. pydifact decodes release characters and
honours the UNA service string advice when there is one. Exit status 1 when pydifact cannot read it.
"""
import json
import sys
import warnings

# pydifact warns once per service segment that it has no XML definitions to check them against.
warnings.simplefilter("ignore")

from pydifact.parser import Parser
from pydifact.segmentcollection import Interchange


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    raw = open(sys.argv[1], "rb").read()
    try:
        text = raw.decode("iso8859-1")
        # The segments exactly as pydifact reads them (Interchange would rebuild UNB/UNZ from
        # its own attributes, e.g. with a YYMMDD date); UNA is service string advice, not a segment.
        segments = [s for s in Parser().parse(text) if s.tag != "UNA"]
        types = [message.type for message in Interchange.from_str(text).get_messages()]
    except Exception as error:  # pydifact raises several types; report any of them
        print(json.dumps({"error": f"{type(error).__name__}: {error}"}))
        sys.exit(1)
    print(json.dumps({
        "segments": [{"tag": s.tag, "elements": s.elements} for s in segments],
        "messageTypes": types,
    }))


if __name__ == "__main__":
    main()
