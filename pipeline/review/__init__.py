"""`entity-pipeline review OUTPUT`: the report of a run served with controls to correct it
(actions.py: corrections.csv rows; tables.py: the tables rebuilt from the rows cache) and an
audit of a random sample (audit.py); server.py serves it, static/ holds its pages and scripts."""
