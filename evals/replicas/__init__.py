"""Faithful replicas of real standards and policy documents, generated with their true structure.

    from evals.replicas import build, load_truth, score
    truths = build(Path("/tmp/replicas"))            # writes the files, returns DocTruth list
    fid = score(parse_file(path), truth)             # how well ingest recovered the structure
"""

from evals.replicas.build import build
from evals.replicas.fidelity import Fidelity, score
from evals.replicas.truth import DocTruth, load_truth

__all__ = ["DocTruth", "Fidelity", "build", "load_truth", "score"]
