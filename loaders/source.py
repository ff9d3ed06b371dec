"""Reading a document file as text, with the checks that turn bad input into a clear message.

Every reader of user files goes through :func:`read_text` or :func:`read_bytes`, so a missing
file, a binary file or a wrong encoding gets the same one-line explanation whatever its format.
"""

from __future__ import annotations

from pathlib import Path

from dkg.loaders.graph import DocumentError

MAX_TEXT_BYTES = 20 * 1024 * 1024
"""News articles are kilobytes; a text file above this is almost certainly not one."""

MAX_RDF_BYTES = 4 * 1024 * 1024 * 1024
"""RDF files may carry large graphs (one million quads is about 100 MB of N-Quads)."""

_SNIFF_BYTES = 8192


def _size_text(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def read_bytes(path: Path, *, max_bytes: int) -> bytes:
    """Read a whole file, refusing missing, unreadable, empty and oversized ones.

    Raises:
        DocumentError: with a message that names the problem and what to do.
    """
    source = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DocumentError(source, "no such file or folder") from None
    except OSError as error:
        raise DocumentError(source, f"cannot read it ({error.strerror or error})") from None
    if path.is_dir():
        raise DocumentError(source, "is a folder, not a document")
    if size == 0:
        raise DocumentError(source, "the file is empty")
    if size > max_bytes:
        raise DocumentError(
            source,
            f"too large ({_size_text(size)}; the limit for this kind of file is "
            f"{_size_text(max_bytes)}): split it into one document per file or per JSONL line",
        )
    try:
        return path.read_bytes()
    except OSError as error:
        raise DocumentError(source, f"cannot read it ({error.strerror or error})") from None


def decode_text(data: bytes, source: str) -> str:
    """Decode UTF-8 (a BOM is dropped), refusing binary data and other encodings.

    Raises:
        DocumentError: the bytes are binary, not UTF-8, or only white space.
    """
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise DocumentError(source, "looks like a binary file (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise DocumentError(
            source,
            f"is not valid UTF-8 (line {line}, byte {error.start}); convert it first, "
            "e.g. `iconv -f latin1 -t utf-8`",
        ) from None
    if not text.strip():
        raise DocumentError(source, "holds only white space")
    return text


def read_text(path: Path, *, max_bytes: int = MAX_TEXT_BYTES) -> str:
    """Read a text document (UTF-8) with every check of :func:`read_bytes` and :func:`decode_text`.

    Raises:
        DocumentError: the file cannot be used as a text document.
    """
    return decode_text(read_bytes(path, max_bytes=max_bytes), str(path))
