"""``python -m pipeline.evaluation``: the same as `entity-pipeline evaluate`,
with progress logged."""

import argparse
import logging

from pipeline.evaluation.cli import add_arguments, main

logging.basicConfig(level=logging.INFO, format='%(message)s')
main(add_arguments(argparse.ArgumentParser(
    prog='python -m pipeline.evaluation',
    description='Evaluation on public Russian corpora: readers, scorers, '
                'baseline systems.')).parse_args())
