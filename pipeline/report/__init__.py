"""The HTML report of a run: model.py reads the run into the values of each page, render.py
fills the templates with them and writes the report folder."""

from pipeline.report.render import write_report

__all__ = ['write_report']
