"""The blind question set (evals/gold/blindqa.jsonl): data, build and validation against the corpus."""
