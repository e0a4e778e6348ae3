"""Parallel and distributed runs on Dask.

    run(inputs, workers=4)                       # a local cluster of 4 processes
    run(inputs, scheduler='tcp://10.0.0.5:8786')  # an existing Dask cluster

Each worker process loads the pipeline once (a worker plugin loads it when the
worker starts; `worker_nlp()` keeps it for the life of the process) and gets
documents in chunks: a task is a list of plain source dicts and its result the
per-document rows of `tables.doc_rows` packed for the store (`cache.codec.pack`),
never spaCy Docs. The driver keeps the input order, so run-level linking
(`tables.build_tables` or the store) sees the same rows in the same order
however the run went, and entity ids are the same.

Workers on the driver's machine also write the tables: once the run is
linked, each renders a range of documents from the output folder's cache into
part files, and the driver joins them (`writing.write_cached`); the cluster
lives until then. The last chunks of documents go out smaller, so that the
workers run out of documents together.

A local cluster's workers are forked from one process that has loaded the
pipeline (a forkserver, `start_forkserver`): they share its pages of model
weights and dictionaries instead of each loading a copy of its own, which
saves memory and lets the cores' caches hold one copy. Where the platform has
no forkserver, each worker loads its own.

BLAS runs one thread per worker process (OPENBLAS/OMP/MKL_NUM_THREADS=1, set
before the worker starts): the model's matrices are small, and threads would
only fight over the cores the other workers use.

An existing cluster's scheduler and workers need this package installed (Dask
unpickles tasks there); a `config` path must exist on the workers.
"""

import gc
import marshal
import os
import time
from collections import deque
from contextlib import contextmanager, nullcontext
from dataclasses import asdict

THREAD_VARIABLES = ('OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS')
# documents per task: enough to make Dask's per-task cost small (some 10 ms of the driver's CPU, on
# the cores the workers use), few enough to keep both ends busy; the in-process batch (api.BATCH_SIZE)
CHUNK_SIZE = 32
# the last chunks of a run (one per worker) go out in chunks this many times smaller: a worker that
# takes the last full chunk does not leave the other waiting for up to that chunk's time (~0.4 s)
TAPER = 4
# documents submitted ahead per worker, in at least two tasks (at 32 documents a task: two)
IN_FLIGHT_DOCUMENTS = 32
PLUGIN_NAME = 'entity-pipeline'
# the config the forkserver loads the pipeline for (empty: the default one); read by pipeline/preload.py
PRELOAD_VARIABLE = 'ENTITY_PIPELINE_PRELOAD'
# imported by the forkserver before it forks any worker
PRELOAD_MODULES = ['distributed', 'pipeline.running.preload']
# collections of the youngest generation every million allocations (Python's default: 700): a document's
# objects are freed by their counts (no collection found garbage over the NEREL train texts), while each
# collection walks every young object still alive, the caches' included (16 collections at 50,000 took
# 0.46 s there, none is left at a million); the older generations every 10 of the one below, so garbage
# in reference cycles still goes soon enough
GC_THRESHOLD = 1_000_000
GC_OLDER = (10, 10)

# a local cluster's housekeeping, which otherwise takes some 7% of a core in the
# driver and 3% in each worker: the statistical profiler (samples the task
# thread every 10 ms), memory and system monitors, event-loop ticks
QUIET = {
    'distributed.worker.profile.enabled': False,
    'distributed.worker.memory.monitor-interval': '1s',
    'distributed.admin.system-monitor.interval': '2s',
    'distributed.admin.tick.interval': '200ms',
}
# no dashboard; the scheduler's HTTP server (health, metrics) on a free port of this machine only,
# not on 8787, which a notebook's cluster may hold (Dask would warn and take another)
SCHEDULER_HTTP = {'dashboard': False, 'dashboard_address': '127.0.0.1:0'}
# Dask's developer logs keep the last 1,000 messages of every connection, and
# a task message carries its documents' texts: the driver held some 16,000
# documents' texts (11 KB each) once a run was that long. A few are enough.
BOUNDED_LOGS = {'distributed.admin.low-level-log-length': 16}

# per process: config -> the loaded pipeline, and its loads (process id, seconds): a worker
# forked from the forkserver inherits the forkserver's load
_PIPELINES = {}
_LOADS = []
_TASKS = {'count': 0, 'cpu_seconds': 0.0}


def single_thread_env():
    return {name: '1' for name in THREAD_VARIABLES}


def limit_threads():
    """One BLAS thread in this process (for workers that imported numpy before we could set the variables)."""
    os.environ.update(single_thread_env())
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(1)


def set_sparse_thresholds(threshold=GC_THRESHOLD):
    """The youngest generation collected every `threshold` allocations, the older ones rarely."""
    gc.set_threshold(threshold, *GC_OLDER)


@contextmanager
def sparse_thresholds():
    """The run's thresholds from here on, the caller's back on leaving.

    `entity-pipeline run` enters this before its imports and model loading: the modules and models
    are objects that live as long as the process, and at the default thresholds the collector walked
    them some 240 times while they loaded (0.1 s of NEREL train's whole run). `sparse_gc` inside it
    then sees these thresholds as the ones to go back to.
    """
    previous = gc.get_threshold()
    set_sparse_thresholds()
    try:
        yield
    finally:
        gc.set_threshold(*previous)


@contextmanager
def sparse_gc(threshold=GC_THRESHOLD):
    """Fewer garbage collections while a run churns through documents.

    Each document makes and drops many small objects; with Python's default
    thresholds the collector runs some 900 times over the NEREL train texts
    and its walks over the loaded models and caches took about 4% of the time.
    What exists when the run starts (the models) is frozen out of collections,
    and the youngest generation is collected every `threshold` allocations.
    """
    previous = gc.get_threshold()
    gc.freeze()
    set_sparse_thresholds(threshold)
    try:
        yield
    finally:
        # what the run made goes to the oldest generation with the models (`freeze` then `unfreeze`):
        # left young, the first collection at the default threshold walked all of it (~0.35 s after
        # a run over the NEREL train texts); a full collection still takes its garbage
        gc.freeze()
        gc.set_threshold(*previous)
        gc.unfreeze()


def worker_nlp(config=None):
    """The pipeline of this process, loaded on first use."""
    key = str(config) if config else None
    nlp = _PIPELINES.get(key)
    if nlp is None:
        from pipeline.nlp.language import load
        started = time.perf_counter()
        nlp = _PIPELINES[key] = load(config)
        _LOADS.append((os.getpid(), time.perf_counter() - started))
    return nlp


def process_chunk(sources, config=None):
    """A chunk of sources (dicts of `io.Source` fields) processed on a worker:
    their rows packed (`cache.codec.pack`), all in one marshal blob, so that Dask
    moves and sizes one bytes object instead of walking the row dicts."""
    from pipeline.running.engine import process_batch
    from pipeline.running.inputs import Source
    from pipeline.running.cache.codec import pack
    started = time.thread_time()
    rows = process_batch(worker_nlp(config), [Source(**source) for source in sources])
    blob = marshal.dumps([pack(item) for item in rows])
    _TASKS['count'] += 1
    _TASKS['cpu_seconds'] += time.thread_time() - started
    return blob


def worker_stats():
    """Peak RSS (MB), pipeline loads (how many, their seconds, the processes that did them: another
    one when this process was forked with the pipeline loaded), CPU seconds, BLAS threads of this
    (worker) process."""
    import resource
    stats = {'peak_rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 'pid': os.getpid(),
             'loads': len(_LOADS), 'load_seconds': sum(seconds for _, seconds in _LOADS),
             'loaded_in': sorted({pid for pid, _ in _LOADS}), 'cpu_seconds': time.process_time(),
             'task_cpu_seconds': _TASKS['cpu_seconds'], 'tasks': _TASKS['count'],
             'environ': {name: os.environ.get(name) for name in THREAD_VARIABLES}}
    try:
        from threadpoolctl import threadpool_info
        stats['blas_threads'] = max((pool['num_threads'] for pool in threadpool_info()), default=None)
    except ImportError:
        pass
    return stats


@contextmanager
def environment(variables):
    """os.environ with `variables` set, as it was afterwards."""
    previous = {name: os.environ.get(name) for name in variables}
    os.environ.update(variables)
    try:
        yield
    finally:
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def start_forkserver(config=None):
    """Start the process a local cluster's workers are forked from, with the
    pipeline loaded (one BLAS thread); False where there is no forkserver.

    It returns at once: the forkserver loads the pipeline while this process
    goes on (the command line starts it before it imports its own modules),
    and the first fork waits for it. A process has one forkserver: once
    started, later clusters fork from the same one, and a worker whose config
    it did not load loads its own.
    """
    import multiprocessing
    if 'forkserver' not in multiprocessing.get_all_start_methods():
        return False
    from multiprocessing import forkserver
    # Dask sets a preload list of its own when it first makes a forkserver context (importing
    # distributed first, as ours does): a running forkserver keeps the list it started with
    multiprocessing.get_context('forkserver').set_forkserver_preload(PRELOAD_MODULES)
    with environment({**single_thread_env(), PRELOAD_VARIABLE: str(config or '')}):
        forkserver.ensure_running()
    return True


def file_identity(path):
    """(host, device, inode) of a file; None if it cannot be seen."""
    import socket
    try:
        status = os.stat(path)
    except OSError:
        return None
    return socket.gethostname(), status.st_dev, status.st_ino


def make_plugin(config=None):
    from distributed.diagnostics.plugin import WorkerPlugin

    class LoadPipeline(WorkerPlugin):
        """Loads the pipeline when a worker starts: once per process, not per document."""
        name = PLUGIN_NAME

        def __init__(self, config):
            self.config = config

        def setup(self, worker):
            limit_threads()
            worker_nlp(self.config)
            # the worker process only runs documents: the run's collector settings for its life
            gc.freeze()
            set_sparse_thresholds()

    return LoadPipeline(config)


class Cluster:
    """A Dask client on a local cluster of `workers` processes, or on `scheduler`.

    `load_seconds`: from asking for the cluster to every worker having loaded
    the pipeline (process start and model load).
    """

    def __init__(self, workers=2, scheduler=None, config=None):
        self.workers = workers
        self.scheduler = scheduler
        self.config = config
        self.cluster = None
        self.client = None
        self.load_seconds = 0.0

    def __enter__(self):
        import logging

        import dask
        from distributed import Client, LocalCluster

        from pipeline.nlp.language import read_config
        started = time.perf_counter()
        read_config(self.config)  # a bad config fails here, in this process, before any worker starts
        try:
            if self.scheduler:
                with dask.config.set(BOUNDED_LOGS):
                    self.client = Client(self.scheduler)
            else:
                environ = dict(dask.config.get('distributed.nanny.pre-spawn-environ', {}))
                environ.update(single_thread_env())
                method = 'forkserver' if start_forkserver(self.config) else 'spawn'
                with dask.config.set({'distributed.nanny.pre-spawn-environ': environ,
                                      'distributed.worker.multiprocessing-method': method, **QUIET, **BOUNDED_LOGS}):
                    self.cluster = LocalCluster(
                        n_workers=self.workers, threads_per_worker=1, processes=True,
                        dashboard_address=None, silence_logs=logging.ERROR, host='127.0.0.1',
                        scheduler_kwargs=SCHEDULER_HTTP)
                    self.client = Client(self.cluster)
            self.client.register_plugin(make_plugin(self.config), name=PLUGIN_NAME)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        self.load_seconds = time.perf_counter() - started
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def close(self):
        """Let the workers go (a local cluster's processes end); again is a no-op."""
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        self.client = self.cluster = None

    @property
    def size(self):
        return max(1, len(self.client.scheduler_info(n_workers=-1).get('workers', {}))) if self.client else 1

    def stats(self):
        """{worker address: `worker_stats()`}."""
        return self.client.run(worker_stats)

    def shares_files(self, path):
        """Whether every worker runs on this machine and sees `path` as the same file as this process."""
        here = file_identity(path)
        seen = self.client.run(file_identity, str(path))
        return here is not None and bool(seen) and all(identity == here for identity in seen.values())

    def map(self, function, arguments):
        """[function(*items) for items in arguments], run on the workers; a task's error is raised here
        (the other tasks are cancelled)."""
        futures = [self.client.submit(function, *items, pure=False) for items in arguments]
        try:
            return self.client.gather(futures)
        except BaseException:
            self.client.cancel(futures)
            raise

    def process(self, sources, progress=None, chunk_size=None, packed=False):
        """Per-document row dicts of all sources, in input order (`packed`: as `cache.codec.pack` packs them)."""
        from pipeline.running.cache.codec import unpack
        chunk_size = chunk_size or CHUNK_SIZE

        pending = deque()
        # enough queued that no worker waits while the driver waits for the oldest task
        in_flight = self.size * max(2, IN_FLIGHT_DOCUMENTS // chunk_size) + 1

        def finish(future):
            for item in marshal.loads(future.result()):
                if progress:
                    progress(item[0])
                yield item if packed else unpack(item)

        for chunk in tapered(sources, chunk_size, self.size * chunk_size, max(1, chunk_size // TAPER)):
            pending.append(self.client.submit(process_chunk, [asdict(source) for source in chunk], self.config,
                                              pure=False))
            while len(pending) >= in_flight:
                yield from finish(pending.popleft())
        while pending:
            yield from finish(pending.popleft())


def tapered(items, size, tail, small):
    """Chunks of `size` items, but the last `tail` items in chunks of `small`, so that the workers run
    out of documents at about the same time: the items are read `tail` ahead of the chunk they fill."""
    ahead = deque()
    for item in items:
        ahead.append(item)
        if len(ahead) >= size + tail:
            yield [ahead.popleft() for _ in range(size)]
    while ahead:
        count = size if len(ahead) >= size + tail else small
        yield [ahead.popleft() for _ in range(min(count, len(ahead)))]


def connect(workers=1, scheduler=None, config=None):
    """A `Cluster` to use as a context manager: a local one of `workers` processes, or on `scheduler`;
    for an in-process run (`workers=1`, no scheduler) a context giving None."""
    if not scheduler and workers <= 1:
        return nullcontext()
    return Cluster(workers, scheduler, config)


def process(sources, nlp=None, config=None, progress=None, packed=False, cluster=None):
    """Per-document row dicts of all sources, in input order: on `cluster` (a
    started `Cluster`, see `connect`), else in this process (`nlp`, or the
    pipeline of `config`).
    `packed`: each document as `cache.codec.pack` packs it, for the store.
    `progress`: called with each document's row of the documents table."""
    if cluster is not None:
        yield from cluster.process(sources, progress, packed=packed)
        return
    from pipeline.nlp.language import load
    from pipeline.running.engine import process as process_here
    from pipeline.running.cache.codec import pack
    for rows in process_here(nlp or load(config), sources, progress):
        yield pack(rows) if packed else rows
