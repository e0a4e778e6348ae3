"""The rules of the `repair` stage (pipeline/repair.py), by what they repair."""
