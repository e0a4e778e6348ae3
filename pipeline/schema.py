"""The six tables: their columns in order, the order of their rows, the type of their columns.

Everything that writes or reads the tables (output, cache, corrections, Parquet,
the report, the README) takes them from here.
"""

COLUMNS = {
    'documents': ['doc_id', 'source', 'date', 'date_source', 'status', 'error', 'encoding', 'chars', 'tokens',
                  'sentences', 'sha256'],
    'mentions': ['doc_id', 'mention_id', 'entity_id', 'type', 'start', 'stop', 'text', 'normal', 'sentence', 'source',
                 'corrected', 'inside'],
    'entities': ['entity_id', 'type', 'name', 'first', 'middle', 'last', 'aliases', 'mentions', 'documents',
                 'corrected'],
    'figures': ['doc_id', 'figure_id', 'start', 'stop', 'text', 'value', 'value_max', 'qualifier', 'unit', 'object',
                'kind', 'subject', 'status', 'part_of', 'with', 'sentence'],
    'dates': ['doc_id', 'start', 'stop', 'text', 'date'],
    'roles': ['doc_id', 'entity_id', 'role', 'org_entity_id', 'start', 'stop'],
}
TABLES = tuple(COLUMNS)
# the `type` of mentions and entities: person, organisation, place
ENTITY_TYPES = ('PER', 'ORG', 'LOC')
# the order of each table's rows (a stable sort, missing values last)
ORDER = {
    'documents': ['doc_id'],
    'mentions': ['doc_id', 'start', 'stop'],
    'entities': ['type', 'name', 'entity_id'],
    'figures': ['doc_id', 'start', 'stop'],
    'dates': ['doc_id', 'start', 'stop'],
    'roles': ['doc_id', 'start', 'stop'],
}
# integer columns that may be missing: pandas' Int64, written without a decimal point
NULLABLE_INTS = ('tokens', 'sentences', 'mention_id', 'figure_id', 'part_of', 'with', 'inside')
# the type of each column where it is not text: what the Parquet dataset and the DuckDB tables declare
INTEGERS = frozenset({'chars', 'tokens', 'sentences', 'mention_id', 'figure_id', 'part_of', 'with', 'inside', 'start',
                      'stop', 'mentions', 'documents'})
FLOATS = frozenset({'value', 'value_max'})
BOOLEANS = frozenset({'corrected'})


def kind(column):
    """'int', 'float', 'bool' or 'string': the type of a column of the tables."""
    if column in INTEGERS:
        return 'int'
    if column in FLOATS:
        return 'float'
    if column in BOOLEANS:
        return 'bool'
    return 'string'
