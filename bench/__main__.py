"""`python -m bench [NAME...]`: run the benchmarks (all by default) and print their reports."""

from __future__ import annotations

import importlib
import sys

BENCHMARKS = ["ingest", "full_ingest", "extraction", "service_load"]


def main(names: list[str]) -> int:
    """Run the named benchmarks in order."""
    for name in names or BENCHMARKS:
        if name not in BENCHMARKS:
            print(f"unknown benchmark {name!r}; known: {', '.join(BENCHMARKS)}", file=sys.stderr)
            return 2
        module = importlib.import_module(f"bench.{name}")
        print(module.run(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
