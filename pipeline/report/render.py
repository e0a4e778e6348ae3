"""A static HTML report of a run, for checking every row by eye.

    entity-pipeline report -o outputs/        # -> outputs/report/index.html

Writes, from the values of model.py through the jinja2 templates of templates/
(autoescape on: every text and cell is HTML-escaped):

- `index.html`: run summary, per-type counts, documents, and the entity table
  (sortable by a click on a column, filterable by text and type; the filter is
  also read from the address: `index.html?q=Токаев&type=PER`, or `#q=...`);
- `docs/<doc>.html`: the text with every mention, figure and date highlighted
  by type; each highlight shows its normal form, entity and the stage or rule
  that produced it (tooltip, and a side panel on click); rows whose offsets do
  not match their text are flagged;
- `entities/<entity_id>.html`: every mention of an entity across documents,
  linked to its place in the text;
- `report.css` and `report.js`, copied from static/.

Nothing comes from elsewhere (no scripts, styles or fonts of other sites): the
report works offline and from a file:// address.
"""

import os
import shutil
from importlib import resources
from pathlib import Path

import jinja2

from pipeline.report.model import TAG_KINDS, Run, doc_href, document_page, entity_href, entity_pages, index_page
from pipeline.running.files import FOLDER_MODE, replace_folder, staging_folder

STATIC = ('report.css', 'report.js')

ENVIRONMENT = jinja2.Environment(
    loader=jinja2.PackageLoader('pipeline.report', 'templates'),
    autoescape=True,
    auto_reload=False,  # the templates are package files: no stat of each on every page
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    finalize=lambda value: '' if value is None else value,  # an empty cell, as csv writes a missing value
)
# The templates write each table's header and filter box as plain HTML, and a type's tag with this filter
# (`{{ kind|tag_class }}`), not through macros: with macros, rendering the report of NEREL train (6651 pages)
# took 1.32 s CPU instead of 0.91 s.
ENVIRONMENT.filters['tag_class'] = lambda kind: kind if kind in TAG_KINDS else 'other'


def render(template, root='', **values):
    """A page: the template filled with the values; `root` leads back to the report folder."""
    return ENVIRONMENT.get_template(template).render(root=root, **values)


def write_file(path, text):
    with open(path, 'w', encoding='utf-8', newline='\n') as file:
        file.write(text)


def write_report(output_dir, report_dir=None, texts=None):
    """Write the HTML report of the run in output_dir; returns the path of index.html.

    The report is built in a temporary folder and swapped into place, so a
    half-written report never replaces a complete one.
    """
    output_dir = Path(output_dir)
    report_dir = Path(report_dir) if report_dir else output_dir / 'report'
    run = Run(output_dir, texts=texts)
    staging = staging_folder(report_dir.parent, '.report-')
    try:
        for folder in (staging / 'docs', staging / 'entities'):
            folder.mkdir()
            os.chmod(folder, FOLDER_MODE)
        static = resources.files('pipeline.report') / 'static'
        for name in STATIC:
            (staging / name).write_bytes((static / name).read_bytes())
        write_file(staging / 'index.html', render('index.html', **index_page(run)))
        for row in run.tables['documents']:
            if row.get('status') == 'ok':
                write_file(staging / doc_href(row['doc_id']), render('document.html', '../', **document_page(run, row)))
        for entity, values in entity_pages(run):
            write_file(staging / entity_href(entity['entity_id']), render('entity.html', '../', **values))
        replace_folder(staging, report_dir)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return report_dir / 'index.html'
