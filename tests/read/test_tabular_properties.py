"""Property tests: the record readers never raise on untrusted bytes; they yield Failures."""

from __future__ import annotations

import os
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings.model import Document, Failure
from tidings.read import ReadOptions, read_inputs
from tidings.read.tabular import read_jsonl

OPTIONS = ReadOptions(max_bytes=10_000)

# Bytes biased towards the shapes of real record files: JSON punctuation, quotes, commas,
# newlines, NULs and invalid UTF-8, so that the interesting branches are reached often.
_PIECES = st.sampled_from([
    b"{", b"}", b"[", b"]", b'"', b",", b":", b"\n", b"\r\n", b"\t", b"\\", b"\x00", b"\xff",
    b"\xc3", b'"text"', b'"body"', b'"id"', b"text,title\n", b"null", b"1e999", b"\xef\xbb\xbf",
])
RECORD_BYTES = st.one_of(
    st.binary(max_size=300),
    st.lists(st.one_of(_PIECES, st.binary(max_size=8)), max_size=60).map(b"".join),
)


@given(RECORD_BYTES)
@settings(max_examples=300, deadline=None)
def test_tabular_jsonl_reader_never_raises(data: bytes) -> None:
    items = list(read_jsonl("x.jsonl", data, OPTIONS))
    assert all(isinstance(i, Document | Failure) for i in items)
    assert all(i.source.startswith("x.jsonl") for i in items if isinstance(i, Failure))


@given(RECORD_BYTES, st.sampled_from(["jsonl", "json", "csv", "tsv"]))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_tabular_files_never_raise(data: bytes, extension: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, f"input.{extension}")
        with open(path, "wb") as stream:
            stream.write(data)
        items = list(read_inputs([path], options=OPTIONS))
    assert items, "every input yields at least one Document or Failure"
    for item in items:
        assert isinstance(item, Document | Failure)
        if isinstance(item, Failure):
            assert item.source.startswith(path)
            assert item.reason and len(item.message.splitlines()) == 1
