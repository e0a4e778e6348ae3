"""Imported by the forkserver a local cluster's workers are forked from
(`parallel.start_forkserver`): loads the pipeline once, before any fork, so
that every worker shares its pages.

Importing it anywhere else does nothing unless ENTITY_PIPELINE_PRELOAD is set.
"""

import gc
import os

from pipeline.running.cluster import PRELOAD_VARIABLE, worker_nlp

# one BLAS thread: `start_forkserver` starts this process with the thread variables set
if PRELOAD_VARIABLE in os.environ:
    try:
        worker_nlp(os.environ[PRELOAD_VARIABLE] or None)
    except Exception:
        # the forkserver must live on: each worker then loads the pipeline itself, and its error reaches the run
        pass
    # what is loaded stays out of collections, in the workers too: the collector does not unshare its pages
    gc.freeze()
