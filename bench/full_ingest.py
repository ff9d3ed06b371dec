"""Full ingest (read + extract + SHACL + store) of 5,000 varied documents on all cores.

The target is 100 documents/s under 1 GB for the whole process tree. Two references are
measured in the same run, so the load of the machine cancels out of the ratios:

- extraction alone: the same files read and extracted by the same number of worker
  processes, nothing validated or stored; ingest cannot be faster than this. Its CPU per
  document, subtracted from the ingest workers', is what validation, serialization and the
  trip to the writer cost them.
- ``pyoxigraph.Store.bulk_load`` of the resulting quads in one call: storing without
  transactions, validation or extraction.
- the writer alone: the same document graphs stored through ``EmbeddedStore.replace_graphs``
  in ingest's batches, by one process with nothing else to do. Atomic storage costs at least
  this much; ingest's writer is the bottleneck when ingest takes about as long.
- the two validators on a sample of the stored graphs: the compiled shapes that ingest runs
  and pySHACL, the reference; their reports must be the same.

The CPU time of the writer and of the workers per document gives a ceiling too: on N cores
ingest cannot exceed N / (CPU per document), whatever the orchestration. Ingest reaching a
small part of it means cores sat idle (or other programs had them: the load is printed).

The ingest runs in a child process (``dkg ingest`` as a user runs it, through
``ingest_paths``) whose process tree's memory is sampled: every 50 ms the RSS summed over
the processes (pages shared by the forked workers counted in each: the conservative figure),
every second the PSS (shared pages split between the processes sharing them).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from pyoxigraph import NamedNode, RdfFormat, Triple, serialize
from pyoxigraph import Store as OxStore

from bench.extraction import varied_documents
from dkg.cli.ingest import BATCH_DOCUMENTS, graphs_of
from dkg.loaders.graph import DocumentGraph
from dkg.loaders.steps.read import header_date
from dkg.ontology.validation import validate, validate_with_pyshacl
from dkg.service.store.embedded import EmbeddedStore

DOCUMENTS = int(os.environ.get("DKG_BENCH_DOCUMENTS", "5000"))
"""5,000 is the target's size; a smaller number gives a quick, rougher figure."""
SAMPLE_SECONDS = 0.05
VALIDATOR_SAMPLE = 20
"""pySHACL takes a fifth of a second per graph; twenty say enough."""
PSS_EVERY = 20
"""PSS is read on one sample in this many: the kernel walks every page of a process to split
the shared ones (about 8 ms for 300 MB), so reading it every 50 ms took a fifth of a core from
the ingest being measured. RSS comes from statm, which costs next to nothing."""


def _write_documents(folder: Path) -> int:
    folder.mkdir()
    count = 0
    for doc in varied_documents(DOCUMENTS):
        # A sample read from a file keeps its header line in the text; others need one written.
        has_header = header_date(doc.text)[0] is not None
        date = f" date {doc.date.isoformat()}\n" if doc.date and not has_header else ""
        (folder / f"{doc.name}.txt").write_text(date + doc.text, encoding="utf-8")
        count += 1
    return count


def _extract_files(paths: list[Path]) -> int:
    return sum(
        len(g.statements) for p in paths for g in graphs_of(p, None) if isinstance(g, DocumentGraph)
    )


def _extraction_alone(folder: Path, workers: int) -> tuple[float, float]:
    """Wall and CPU seconds to extract the files in a pool (its workers' CPU, start included).

    The CPU is the reference for the ingest workers' CPU: what they spend beyond it goes to
    validation, serialization and the trip to the writer.
    """
    files = sorted(folder.iterdir())
    chunks = [files[i : i + 16] for i in range(0, len(files), 16)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(_extract_files, chunks))
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the pool's workers, now reaped
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


def _tree(root: int) -> list[int]:
    """``root`` and its descendants, from each thread's list of children in /proc.

    Reading only the tree's own files matters: scanning every process of the machine took
    about 7 ms of CPU per sample, 14% of a core taken from the ingest it measures.
    """
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                children = Path(f"/proc/{pid}/task/{task}/children").read_text()
            except OSError:
                continue
            stack.extend(int(child) for child in children.split())
    return found


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far; 0 once it has exited."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_kib(pid: int) -> int:
    """Resident set size of one process in KiB; 0 once it has exited."""
    try:
        resident = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except OSError:
        return 0
    return resident * os.sysconf("SC_PAGE_SIZE") // 1024


def _pss_kib(pid: int) -> int:
    """Proportional set size of one process in KiB (shared pages split); 0 once it has exited."""
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return 0
    fields = {line.split(":")[0]: line.split()[1] for line in lines[1:] if ":" in line}
    return int(fields.get("Pss", 0))


class _TreeSampler(threading.Thread):
    """Samples the memory of a process tree until stopped; keeps the peaks, and the CPU time
    each process used (last seen), which the machine's load changes less than wall time."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.rss = self.pss = 0
        self.cpu: dict[int, float] = {}
        self.stopped = threading.Event()

    def run(self) -> None:
        samples = 0
        while not self.stopped.wait(SAMPLE_SECONDS):
            pids = _tree(self.root)
            self.rss = max(self.rss, sum(_rss_kib(pid) for pid in pids))
            if samples % PSS_EVERY == 0:
                self.pss = max(self.pss, sum(_pss_kib(pid) for pid in pids))
            samples += 1
            for pid in pids:
                self.cpu[pid] = max(self.cpu.get(pid, 0.0), _cpu_seconds(pid))


def _ingest_in_child(folder: Path, store: Path, workers: int) -> tuple[dict[str, float], int, int]:
    """The child's figures, then the tree's peak RSS and PSS (KiB); the CPU seconds of the
    writer (the child itself) and of its workers are added to the figures."""
    command = [sys.executable, "-m", "bench.full_ingest", "--child", str(folder), str(store)]
    env = {**os.environ, "DKG_BENCH_WORKERS": str(workers)}
    with subprocess.Popen(command, stdout=subprocess.PIPE, env=env) as child:
        sampler = _TreeSampler(child.pid)
        sampler.start()
        output, _ = child.communicate()
        sampler.stopped.set()
        sampler.join()
    if child.returncode != 0:
        raise SystemExit(f"the ingest child failed with status {child.returncode}")
    figures: dict[str, float] = json.loads(output)
    figures["cpu writer"] = sampler.cpu.pop(child.pid, 0.0)
    figures["cpu workers"] = sum(sampler.cpu.values())
    return figures, sampler.rss, sampler.pss


def _child(folder: Path, store_path: Path) -> None:
    """In the child: ingest the folder, print the run's figures as JSON."""
    from dkg.cli.ingest import ingest_paths
    from dkg.service.store.embedded import EmbeddedStore

    started = time.perf_counter()
    store = EmbeddedStore(store_path)
    report = ingest_paths(store, [folder], jobs=int(os.environ["DKG_BENCH_WORKERS"]))
    store.close()
    figures = {
        "wall": time.perf_counter() - started,
        "stored": len(report.stored),
        "rejected": len(report.rejected),
        **{f"phase {k}": v for k, v in report.seconds.items()},
    }
    print(json.dumps(figures))


def _bulk_load(store_path: Path, target: Path) -> tuple[float, int]:
    source = OxStore.read_only(str(store_path))
    dump = source.dump(format=RdfFormat.N_QUADS) or b""
    del source
    store = OxStore(str(target))
    started = time.perf_counter()
    store.bulk_load(dump, format=RdfFormat.N_QUADS)
    store.flush()
    return time.perf_counter() - started, dump.count(b"\n")


def _stored_graphs(store_path: Path) -> list[tuple[NamedNode, list[Triple]]]:
    """Every document graph of the ingested store, with its triples."""
    source = OxStore.read_only(str(store_path))
    return [
        (
            name,
            [
                Triple(q.subject, q.predicate, q.object)
                for q in source.quads_for_pattern(None, None, None, name)
            ],
        )
        for name in source.named_graphs()
        if isinstance(name, NamedNode)
    ]


def _writer_alone(
    graphs: list[tuple[NamedNode, list[Triple]]], target: Path
) -> tuple[float, float]:
    """Wall and CPU seconds to store the graphs again, in ingest's batches, on a new store
    (the CPU of RocksDB's background threads included)."""
    texts = [
        (name, serialize(triples, format=RdfFormat.N_TRIPLES) or b"") for name, triples in graphs
    ]
    store = EmbeddedStore(target)
    started, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(texts), BATCH_DOCUMENTS):
        store.replace_graphs(texts[i : i + BATCH_DOCUMENTS])
    store.close()
    return time.perf_counter() - started, time.process_time() - cpu


def _validators(graphs: list[tuple[NamedNode, list[Triple]]]) -> tuple[float, float]:
    """CPU seconds per graph of the compiled shapes and of pySHACL on the same graphs.

    Raises:
        SystemExit: the two validators disagree about a graph (a bug in the compiled shapes).
    """
    sample = [triples for _, triples in graphs[:VALIDATOR_SAMPLE]]
    validate(sample[0])  # parse and compile the shapes before the clock starts
    validate_with_pyshacl(sample[0])
    started = time.process_time()
    fast = [validate(triples) for triples in sample]
    compiled = time.process_time()
    reference = [validate_with_pyshacl(triples) for triples in sample]
    done = time.process_time()
    if fast != reference:
        raise SystemExit("the compiled shapes and pySHACL disagree on a stored graph")
    return (compiled - started) / len(sample), (done - compiled) / len(sample)


def run() -> str:
    """Measure and return the report."""
    workers = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="dkg-bench-") as tmp:
        folder = Path(tmp) / "docs"
        docs = _write_documents(folder)
        extract, extract_cpu = _extraction_alone(folder, workers)
        figures, rss, pss = _ingest_in_child(folder, Path(tmp) / "store", workers)
        bulk, quads = _bulk_load(Path(tmp) / "store", Path(tmp) / "bulk")
        graphs = _stored_graphs(Path(tmp) / "store")
        writer_alone, writer_alone_cpu = _writer_alone(graphs, Path(tmp) / "writer")
        compiled, pyshacl = _validators(graphs)
    ingest = figures.pop("wall")
    stored, rejected = int(figures.pop("stored")), int(figures.pop("rejected"))
    writer, helpers = figures.pop("cpu writer"), figures.pop("cpu workers")
    ceiling = workers * docs / (writer + helpers)
    phases = ", ".join(f"{k.removeprefix('phase ')} {v:.1f} s" for k, v in figures.items())
    return "\n".join(
        [
            f"full ingest ({docs} documents, {workers} workers; load {os.getloadavg()[0]:.1f})",
            f"  ingest: {docs / ingest:,.1f} docs/s ({ingest:.1f} s), {stored} stored, "
            f"{rejected} rejected, {quads:,} quads",
            f"  extraction alone: {docs / extract:,.1f} docs/s; ingest / extraction time "
            f"{ingest / extract:.2f}; its CPU {extract_cpu / docs * 1000:.1f} ms per document",
            f"  bulk_load of the same quads: {bulk:.1f} s; ingest / bulk_load time "
            f"{ingest / bulk:.1f}",
            f"  writer alone (replace_graphs, same graphs and batches): {writer_alone:.1f} s; "
            f"ingest / writer alone time {ingest / writer_alone:.2f}; its CPU "
            f"{writer_alone_cpu / docs * 1000:.1f} ms per document",
            f"  validation CPU per document (same {min(VALIDATOR_SAMPLE, len(graphs))} graphs, "
            f"same reports): compiled shapes {compiled * 1000:.1f} ms, pySHACL "
            f"{pyshacl * 1000:.0f} ms",
            f"  summed per phase (workers in parallel): {phases}",
            f"  CPU per document: writer {writer / docs * 1000:.1f} ms, worker processes "
            f"{helpers / docs * 1000:.1f} ms ({(helpers - extract_cpu) / docs * 1000:.1f} ms "
            f"beyond extraction alone); the CPU allows {ceiling:,.1f} docs/s on {workers} "
            f"cores, ingest reached {docs / ingest / ceiling:.0%} of it",
            f"  peak memory of the ingest's process tree: RSS {rss / 1024:,.0f} MiB, "
            f"PSS {pss / 1024:,.0f} MiB",
        ]
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        print(run())
