// Module Gateway: see docs/architecture.md for what it holds and what it may import.
