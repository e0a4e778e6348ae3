"""The public API: `load()` gives the spaCy pipeline, `run()` the tables."""

import time
from collections import Counter
from dataclasses import dataclass, field

from pipeline.nlp.language import load
from pipeline.running.engine import BATCH_SIZE
from pipeline.running.inputs import DEFAULT_MAX_BYTES, read_inputs
from pipeline.running.output import build_tables, write_tables
from pipeline.schema import ENTITY_TYPES

__all__ = ['load', 'run', 'Result']

DEFAULT_INPUT = 'corpus'
DEFAULT_OUTPUT = 'outputs'


@dataclass
class Result:
    """Tables of a run as DataFrames, plus what the run did."""
    tables: dict
    seconds: float = 0.0
    paths: dict = field(default_factory=dict)
    corrections: dict = field(default_factory=dict)
    manifest: dict = None
    run_info: dict = field(default_factory=dict)

    def __getitem__(self, name):
        return self.tables[name]

    def document_status(self):
        """(a Counter of the documents' status, the error messages in document order). A streamed
        run gathered them while writing (`manifest.Documents`): the documents table is not built."""
        documents = getattr(getattr(self.tables, 'store', None), 'documents', None)
        if documents is not None:
            return Counter(documents.status), [row['error'] for row in documents.errors]
        frame = self.tables['documents']
        return Counter(frame.status), list(frame.loc[frame.status == 'error', 'error'])

    def summary(self):
        counts = getattr(self.tables, 'counts', None)  # a streamed run: counted while written
        if counts is None:
            documents = self.tables['documents']
            counts = {'status': documents.status.value_counts(),
                      'types': {name: self.tables[name].type.value_counts() for name in ('mentions', 'entities')},
                      'rows': {name: len(self.tables[name]) for name in ('figures', 'dates')}}
        lines = [
            f'documents: {int(counts["status"].get("ok", 0))} ok, {int(counts["status"].get("error", 0))} errors',
        ]
        for type in ENTITY_TYPES:
            lines.append(f'{type}: {int(counts["types"]["mentions"].get(type, 0))} mentions, '
                         f'{int(counts["types"]["entities"].get(type, 0))} entities')
        lines.append(f'figures: {counts["rows"]["figures"]}, dates: {counts["rows"]["dates"]}')
        if self.run_info.get('reused'):
            lines.append(f'processed: {self.run_info["processed"]} documents, '
                         f'{self.run_info["reused"]} unchanged ones from the cache')
        lines.append(f'time: {self.seconds:.1f} s')
        return '\n'.join(lines)

    def close(self):
        """Close the rows cache a streamed run's tables are read from (its sqlite connection: the last
        one to close merges the write-ahead log into rows.sqlite). Tables already built stay; a
        Result that is no streamed run has nothing to close."""
        store = getattr(self.tables, 'store', None)
        if store is not None:
            store.close()


def run(inputs=(DEFAULT_INPUT,), output_dir=None, nlp=None, config=None, max_bytes=DEFAULT_MAX_BYTES,
        excel=False, progress=None, corrections=None, workers=1, scheduler=None, full=False, stream=False,
        parquet=False, duckdb=None):
    """Run the pipeline over articles; returns a Result with DataFrames.

    `inputs`: folders, .txt/.jsonl/.csv files or globs. With `output_dir`, the
    tables are also written there as CSV, then the manifest `run.json`.
    `corrections`: a corrections CSV applied after linking (default: the
    output folder's corrections.csv if there is one; False for none).
    `progress`: called with each processed document's row of the documents table.
    `workers`: processes of a local Dask cluster (1: this process, no
    cluster); `scheduler`: the address of an existing Dask cluster instead.
    With `output_dir`, only new or changed documents are processed (`full`:
    all of them) and earlier entity ids are kept (pipeline/running/cache/);
    `stream`: tables written in chunks, DataFrames built only when asked for;
    `parquet`: a Parquet dataset beside the CSVs; `duckdb`: a DuckDB file to load them into.
    """
    from pipeline.running import cluster as parallel
    from pipeline.running import corrections as fixes
    from pipeline.running import manifest
    from pipeline.running import writing
    from pipeline.running.cache.store import RowStore
    from pipeline.running.exports import export_duckdb, export_parquet, remove_stale_parquet
    started = time.perf_counter()
    timings = {}
    if isinstance(inputs, (str, bytes)) or hasattr(inputs, '__fspath__'):
        inputs = [inputs]
    fix_file = None if corrections is False else fixes.find(corrections, output_dir)
    fix_rows = fixes.read(fix_file)
    sources = read_inputs(inputs, max_bytes=max_bytes)  # a bad path fails here, before the models load
    clock = time.perf_counter()
    given = nlp  # a pipeline of the caller's: its settings are part of the cache key
    if workers <= 1 and not scheduler:
        nlp = nlp or load(config)  # a cluster's workers load their own
    timings['load'] = time.perf_counter() - clock
    clock = time.perf_counter()
    store = RowStore(output_dir, config, full=full, nlp=given) if output_dir is not None else None
    if store is not None:
        sources = store.select(sources)
    # both until the tables are written: the run's collector settings (a collection that walks the
    # loaded models costs ~0.5 s), and the cluster, if any, whose workers write the tables side by side
    with parallel.sparse_gc(), parallel.connect(workers, scheduler, config) as cluster:
        rows = parallel.process(sources, nlp=nlp, progress=progress, packed=store is not None, cluster=cluster)
        if store is None:
            tables = build_tables(rows)  # linking included
            timings['process'] = time.perf_counter() - clock
        else:
            store.add_all(rows)
            timings['process'] = time.perf_counter() - clock
            clock = time.perf_counter()
            store.link()
            timings['link'] = time.perf_counter() - clock
        streamed = store is not None and stream and not fix_rows

        def finish(frames):
            return fixes.apply(frames, [])[0]

        clock = time.perf_counter()
        if streamed:
            log, dropped = [], []
        else:
            if store is not None:
                tables = store.frames()
            tables, log, dropped = fixes.apply(tables, fix_rows)
        timings['corrections'] = time.perf_counter() - clock
        result = Result(tables if not streamed else {})
        result.corrections = {'file': str(fix_file) if fix_file else None, 'rows': log, 'dropped': dropped}
        if store is not None:
            result.run_info = {'documents': store.counts['documents'], 'processed': store.counts['processed'],
                               'reused': store.counts['reused'], 'workers': workers, 'scheduler': scheduler}
        if output_dir is not None:
            clock = time.perf_counter()
            if streamed:
                result.paths, counts = writing.write_cached(store, output_dir, excel=excel, parts=cluster)
                result.tables = tables = writing.StreamedTables(store, counts, finish)
            else:
                result.paths = write_tables(tables, output_dir, excel=excel)
            store.save_ids()
            if not parquet:
                # an earlier run's dataset must not pass for these tables' (a folder not of ours stays)
                remove_stale_parquet(output_dir)
            timings['write'] = time.perf_counter() - clock
            if cluster is not None:
                cluster.close()  # the manifest and the exports need no workers
            timings['total'] = time.perf_counter() - started
            result.manifest = manifest.build(
                tables.sizes() if streamed else tables, result.paths, inputs=inputs, config=config, nlp=nlp,
                timings=timings, options={'max_bytes': max_bytes, 'excel': excel, 'batch_size': BATCH_SIZE,
                                          'workers': workers, 'scheduler': scheduler, 'full': full, 'stream': stream},
                corrections=result.corrections)
            table_paths = dict(result.paths)
            result.paths['manifest'] = manifest.write(result.manifest, output_dir)
            if parquet:
                result.paths['parquet'] = export_parquet(table_paths, output_dir)
            if duckdb:
                result.paths['duckdb'] = export_duckdb(table_paths, duckdb)
            if streamed:
                store.release()  # the streamed tables are read from the cache when asked for
            else:
                store.close()
    result.seconds = time.perf_counter() - started
    return result
