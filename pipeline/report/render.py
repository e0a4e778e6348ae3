"""A static HTML report of a run, for checking every row by eye.

    entity-pipeline report -o outputs/        # -> outputs/report/index.html

A small fixed set of files whatever the size of the run (README.md beside this
file tells the layout and what a page script can rely on): `index.html`, the
one page, from templates/index.html (jinja2, autoescape on); the report's
scripts (SCRIPTS) and `report.css` copied from static/; and `data/`, the run's
tables, summary and texts as JSON in scripts that call
`window.REPORT.add(kind, value)` (model.py). The scripts draw the index, each
document and each entity from them as hash routes of the page, building the
DOM with textContent: no text or cell is ever parsed as HTML.

Nothing comes from elsewhere (no scripts, styles or fonts of other sites): the
report works offline and from a file:// address.
"""

import os
import shutil
from importlib import resources
from pathlib import Path

import jinja2

from pipeline.report.model import Run, data_files
from pipeline.running.files import FOLDER_MODE, replace_folder, staging_folder

# the report's scripts, one job each, in the order the page loads them: the data first (the data files call
# REPORT.add), the DOM pieces, the views, and the routes last (they draw the first view)
SCRIPTS = ('report-data.js', 'report-dom.js', 'report-index.js', 'report-document.js', 'report-entity.js',
           'report-routes.js')
STATIC = ('report.css', *SCRIPTS)

ENVIRONMENT = jinja2.Environment(
    loader=jinja2.PackageLoader('pipeline.report', 'templates'),
    autoescape=True,
    auto_reload=False,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


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
        (staging / 'data').mkdir()
        os.chmod(staging / 'data', FOLDER_MODE)
        static = resources.files('pipeline.report') / 'static'
        for name in STATIC:
            (staging / name).write_bytes((static / name).read_bytes())
        files = data_files(run)
        for name, text in files:
            write_file(staging / 'data' / name, text)
        # the page loads the summary and the tables; report-data.js loads the text chunks when a view needs them
        loaded = [name for name, _ in files if not name.startswith('texts-')]
        page = ENVIRONMENT.get_template('index.html').render(title='Entity extraction report', scripts=SCRIPTS,
                                                            data_files=loaded)
        write_file(staging / 'index.html', page)
        replace_folder(staging, report_dir)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return report_dir / 'index.html'
