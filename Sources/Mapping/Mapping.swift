// Module Mapping: see docs/architecture.md for what it holds and what it may import.
internal import CLibXSLT
internal import Yams
