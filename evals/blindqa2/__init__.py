"""The second blind question set (evals/gold/blindqa2.jsonl): data, build and validation, weighted
towards refusal (50 of 110 questions must be refused)."""
