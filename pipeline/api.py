"""The public API: `load()` gives the spaCy pipeline, `run()` the tables."""

import time
from dataclasses import dataclass, field

import spacy

from .config import ConfigError, read_config
from .io import DEFAULT_MAX_BYTES, read_inputs
from .segment import RazdelTokenizer
from .tables import build_tables, doc_rows, error_rows, write_tables

DEFAULT_INPUT = 'corpus'
DEFAULT_OUTPUT = 'outputs'
BATCH_SIZE = 32


def load(config=None, disable=()):
    """The pipeline as a spaCy Language, stages as listed in the config.

    >>> nlp = load()
    >>> doc = nlp('Спикер Сената Маулен Ашимбаев прибыл в Усть-Каменогорск.')
    >>> [(span.text, span.label_, span._.normal) for span in doc.ents]
    """
    settings = read_config(config)
    nlp = spacy.blank(settings['nlp'].get('lang', 'ru'))
    nlp.tokenizer = RazdelTokenizer(nlp.vocab)
    components = settings.get('components', {})
    for name in settings['nlp']['pipeline']:
        if name in disable:
            continue
        try:
            nlp.add_pipe(name, config=dict(components.get(name, {})))
        except ConfigError:
            raise
        except Exception as error:
            raise ConfigError(f'stage {name!r} could not be set up: {error}') from error
    return nlp


@dataclass
class Result:
    """Tables of a run as DataFrames, plus what the run did."""
    tables: dict
    seconds: float = 0.0
    paths: dict = field(default_factory=dict)
    corrections: dict = field(default_factory=dict)
    manifest: dict = None

    def __getitem__(self, name):
        return self.tables[name]

    def summary(self):
        documents = self.tables['documents']
        mentions = self.tables['mentions']
        entities = self.tables['entities']
        lines = [
            f'documents: {int((documents.status == "ok").sum())} ok, {int((documents.status == "error").sum())} errors',
        ]
        for type in ('PER', 'ORG', 'LOC'):
            lines.append(f'{type}: {int((mentions.type == type).sum())} mentions, '
                         f'{int((entities.type == type).sum())} entities')
        lines.append(f'figures: {len(self.tables["figures"])}, dates: {len(self.tables["dates"])}')
        lines.append(f'time: {self.seconds:.1f} s')
        return '\n'.join(lines)


def make_doc(nlp, source):
    doc = nlp.make_doc(source.text)
    doc._.doc_id = source.doc_id
    doc._.source = source.source
    if source.date:
        doc._.date = source.date
    return doc


def process_batch(nlp, sources):
    """Rows of a batch of sources; a stage failure becomes that document's error row."""
    results = {}
    live = []
    for source in sources:
        if source.error:
            results[id(source)] = error_rows(source, source.error)
            continue
        try:
            live.append((source, make_doc(nlp, source)))
        except Exception as error:
            results[id(source)] = error_rows(source, stage_error('segment', source, error))
    for name, component in nlp.pipeline:
        if not live:
            break
        try:
            docs = list(component.pipe([doc for _, doc in live])) if hasattr(component, 'pipe') else [
                component(doc) for _, doc in live]
            live = [(source, doc) for (source, _), doc in zip(live, docs)]
        except Exception:
            # find the document that broke the stage; the others go on
            survivors = []
            for source, doc in live:
                try:
                    survivors.append((source, component(doc)))
                except Exception as error:
                    results[id(source)] = error_rows(source, stage_error(name, source, error))
            live = survivors
    for source, doc in live:
        try:
            results[id(source)] = doc_rows(doc, source)
        except Exception as error:
            results[id(source)] = error_rows(source, stage_error('write', source, error))
    return [results[id(source)] for source in sources]


def stage_error(stage, source, error):
    return f'stage {stage!r} failed on document {source.doc_id!r}: {type(error).__name__}: {error}'


def batched(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def process(nlp, sources, progress=None):
    """Per-document row dicts of all sources, in order."""
    for batch in batched(sources, BATCH_SIZE):
        for rows in process_batch(nlp, batch):
            if progress:
                progress(rows)
            yield rows


def run(inputs=(DEFAULT_INPUT,), output_dir=None, nlp=None, config=None, max_bytes=DEFAULT_MAX_BYTES,
        excel=False, progress=None, corrections=None):
    """Run the pipeline over articles; returns a Result with DataFrames.

    `inputs`: folders, .txt/.jsonl/.csv files or globs. With `output_dir`, the
    tables are also written there as CSV, then the manifest `run.json`.
    `corrections`: a corrections CSV applied after linking (default: the
    output folder's corrections.csv if there is one; False for none).
    """
    from . import corrections as fixes, manifest
    started = time.perf_counter()
    timings = {}
    if isinstance(inputs, (str, bytes)) or hasattr(inputs, '__fspath__'):
        inputs = [inputs]
    fix_file = None if corrections is False else fixes.find(corrections, output_dir)
    fix_rows = fixes.read(fix_file)
    sources = read_inputs(inputs, max_bytes=max_bytes)  # a bad path fails here, before the models load
    clock = time.perf_counter()
    nlp = nlp or load(config)
    timings['load'] = time.perf_counter() - clock
    clock = time.perf_counter()
    tables = build_tables(process(nlp, sources, progress))
    timings['process'] = time.perf_counter() - clock
    clock = time.perf_counter()
    tables, log, dropped = fixes.apply(tables, fix_rows)
    timings['corrections'] = time.perf_counter() - clock
    result = Result(tables)
    result.corrections = {'file': str(fix_file) if fix_file else None, 'rows': log, 'dropped': dropped}
    if output_dir is not None:
        clock = time.perf_counter()
        result.paths = write_tables(tables, output_dir, excel=excel)
        timings['write'] = time.perf_counter() - clock
        timings['total'] = time.perf_counter() - started
        result.manifest = manifest.build(
            tables, result.paths, inputs=inputs, config=config, nlp=nlp, timings=timings,
            options={'max_bytes': max_bytes, 'excel': excel, 'batch_size': BATCH_SIZE},
            corrections=result.corrections)
        result.paths['manifest'] = manifest.write(result.manifest, output_dir)
    result.seconds = time.perf_counter() - started
    return result
