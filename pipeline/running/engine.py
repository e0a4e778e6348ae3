"""The per-document work: sources -> Docs through the stages -> rows; what workers run.

A stage failure becomes that document's error row naming the stage and the document.
"""

from pipeline.running.output import doc_rows, error_rows

BATCH_SIZE = 32


def make_doc(nlp, source):
    doc = nlp.make_doc(source.text)
    doc._.doc_id = source.doc_id
    doc._.source = source.source
    if source.date:
        doc._.date = source.date
        doc._.date_source = 'input'
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
    """Per-document row dicts of all sources, in order; `progress` is called
    with each document's row of the documents table."""
    for batch in batched(sources, BATCH_SIZE):
        for rows in process_batch(nlp, batch):
            if progress:
                progress(rows['documents'][0])
            yield rows
