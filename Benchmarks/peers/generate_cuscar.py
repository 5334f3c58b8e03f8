#!/usr/bin/env python3
"""Generate one large interchange of valid CUSCAR D.96B messages for the throughput benchmark.

Usage: generate_cuscar.py --size-mb 100 --out /tmp/cuscar-100mb.edi [--sample PATH]

Every message is the project's sea manifest sample (Samples/edifact/valid/cuscar-d96b-sea.edi)
with its own references: message reference, manifest number, bill of lading numbers and
container numbers change with the message number, so no two messages are alike and every one
stays valid against the D.96B directory (lengths are kept within the element formats). The
interchange is written in streaming fashion (constant memory) and closed with a correct UNZ
count. Output is deterministic for a given size.
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SAMPLE = os.path.join(HERE, "..", "..", "Samples", "edifact", "valid", "cuscar-d96b-sea.edi")


def read_template(path):
    """UNA+UNB lines and the message body lines (between UNH and UNT) of the sample."""
    lines = open(path, "rb").read().decode("latin-1").splitlines()
    head = [line for line in lines if line.startswith(("UNA", "UNB"))]
    start = next(i for i, line in enumerate(lines) if line.startswith("UNH"))
    end = next(i for i, line in enumerate(lines) if line.startswith("UNT"))
    return head, lines[start + 1:end]


def message(body, number):
    """One message: the body with references derived from `number` (1-based)."""
    serial = f"{number:07d}"
    text = "\n".join(body)
    text = text.replace("MAEU245E-KRPUS", f"MAEU245E-{serial}")       # BGM 1004, an..35
    text = re.sub(r"MAEU2611001(\d\d)", lambda m: f"MA{serial}{m.group(1)}", text)  # B/L numbers
    text = re.sub(r"\b(MSKU|MRKU|TCNU)\d{7}", lambda m: m.group(1) + serial, text)  # containers
    reference = f"M{serial}"                                             # 0062, an..14
    segments = len(body) + 2
    return f"UNH+{reference}+CUSCAR:D:96B:UN'\n{text}\nUNT+{segments}+{reference}'\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, required=True, help="target size in MB (10^6 bytes)")
    parser.add_argument("--out", required=True)
    parser.add_argument("--sample", default=DEFAULT_SAMPLE)
    args = parser.parse_args()
    head, body = read_template(args.sample)
    target = int(args.size_mb * 1_000_000)
    control = "BENCH0000001"
    unb = re.sub(r"\+MAEU2611270001\b", "+" + control, head[-1])
    written, count = 0, 0
    with open(args.out, "wb", buffering=1 << 20) as out:
        preamble = ("\n".join(head[:-1] + [unb]) + "\n").encode("latin-1")
        out.write(preamble)
        written += len(preamble)
        trailer_size = 40
        while written + trailer_size < target:
            count += 1
            chunk = message(body, count).encode("latin-1")
            out.write(chunk)
            written += len(chunk)
        trailer = f"UNZ+{count}+{control}'\n".encode("latin-1")
        out.write(trailer)
        written += len(trailer)
    print(f"{args.out}: {written} bytes, {count} CUSCAR messages", file=sys.stderr)


if __name__ == "__main__":
    main()
