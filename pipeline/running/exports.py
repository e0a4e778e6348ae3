"""Parquet and DuckDB: the written CSV tables loaded with fixed column types (`schema.kind`)."""

import csv
import shutil
from pathlib import Path

from pipeline.running.files import replace_folder, staging_folder
from pipeline.schema import TABLES, kind

PARQUET = 'parquet'


def csv_header(path):
    """The column names of a written table (a BOM, as `--excel` writes, is skipped)."""
    with open(path, encoding='utf-8-sig', newline='') as file:
        return next(csv.reader(file), [])


def export_parquet(paths, output_dir, folder=PARQUET, rows_per_file=200_000):
    """A Parquet dataset beside the CSVs: `<output>/parquet/<table>/part-00000.parquet`, ...; returns the folders.

    Each table is written into a staging folder (`files.staging_folder`: a killed run's is removed by
    the next) and put in place whole (`files.replace_folder`).
    """
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    types = {'int': pa.int64(), 'float': pa.float64(), 'bool': pa.bool_(), 'string': pa.string()}
    root = Path(output_dir) / folder
    staging = staging_folder(output_dir, '.parquet-')
    written = {}
    try:
        for name, path in paths.items():
            schema = pa.schema([(column, types[kind(column)]) for column in csv_header(path)])
            target = staging / name
            target.mkdir()
            convert = pacsv.ConvertOptions(column_types={field.name: field.type for field in schema},
                                           strings_can_be_null=True, quoted_strings_can_be_null=False,
                                           true_values=['True'], false_values=['False'])
            reader = pacsv.open_csv(path, convert_options=convert,
                                    read_options=pacsv.ReadOptions(block_size=8 << 20))
            part, writer, rows = 0, None, 0
            for batch in reader:
                if writer is None or rows >= rows_per_file:
                    if writer is not None:
                        writer.close()
                    writer = pq.ParquetWriter(target / f'part-{part:05d}.parquet', schema)
                    part, rows = part + 1, 0
                writer.write_batch(batch)
                rows += batch.num_rows
            if writer is None:
                pq.write_table(schema.empty_table(), target / 'part-00000.parquet')
            else:
                writer.close()
            written[name] = root / name
        root.mkdir(parents=True, exist_ok=True)
        for name in written:
            replace_folder(staging / name, root / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written


def is_our_parquet(folder):
    """Whether `folder` holds nothing but a dataset `export_parquet` wrote: table-named folders
    (or `files.replace_folder`'s leftovers of them) of part-*.parquet files."""
    folder = Path(folder)
    if not folder.is_dir() or folder.is_symlink():
        return False
    entries = list(folder.iterdir())
    if not entries:
        return False  # nothing says it is ours
    for entry in entries:
        name = entry.name.lstrip('.').split('-')[0]
        if not entry.is_dir() or entry.is_symlink() or name not in TABLES:
            return False
        for path in entry.rglob('*'):
            if path.is_symlink() or (path.is_file() and not (path.name.startswith('part-')
                                                               and path.suffix == '.parquet')):
                return False
    return True


def remove_stale_parquet(output_dir, folder=PARQUET):
    """For a run that exports no Parquet: remove the dataset an earlier run of ours left, which
    would otherwise sit beside the newer CSVs as if it were theirs; returns whether one was removed.
    A folder of that name holding anything else is the user's and stays."""
    root = Path(output_dir) / folder
    if not is_our_parquet(root):
        return False
    shutil.rmtree(root)
    return True


def export_duckdb(paths, database):
    """Load the tables into a DuckDB database file (tables replaced); returns its path."""
    import duckdb

    types = {'int': 'BIGINT', 'float': 'DOUBLE', 'bool': 'BOOLEAN', 'string': 'VARCHAR'}
    database = Path(database)
    database.parent.mkdir(parents=True, exist_ok=True)
    connection = duckdb.connect(str(database))
    try:
        for name, path in paths.items():
            columns = ', '.join(f"'{column}': '{types[kind(column)]}'" for column in csv_header(path))
            connection.execute(
                f'CREATE OR REPLACE TABLE "{name}" AS SELECT * FROM read_csv(?, header = true, '
                f'columns = {{{columns}}}, quote = \'"\', escape = \'"\', nullstr = \'\')', [str(path)])
    finally:
        connection.close()
    return database
