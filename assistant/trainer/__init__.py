"""Trainer mode (quizzes); built on its own branch."""
