"""The output folder's cache of rows, for incremental runs: the pipeline's
fingerprint (`fingerprint`), one document's rows as stored (`codec`), and the
SQLite store with run-level linking over it (`store`)."""
