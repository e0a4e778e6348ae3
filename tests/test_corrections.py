"""Corrections: drop, type, add, merge, rename; applied after linking, marked `corrected`."""

import csv
import io

import pytest
from conftest import CORPUS

from pipeline import ConfigError, run
from pipeline.running.linking import entity_id
from pipeline.running import corrections

DOC = '001_d955e6dc879a892f'


def rows_of(text):
    path = io.StringIO(text)
    reader = csv.DictReader(path)
    found = []
    for number, row in enumerate(reader, 2):
        row = {column: (row.get(column) or '').strip() for column in corrections.COLUMNS}
        row.update(line=number, action=row['action'].lower(), type=row['type'].upper())
        found.append(row)
    return found


def apply(seed_run, seed_texts, text):
    return corrections.apply(seed_run.tables, rows_of(text), texts=seed_texts)


def mention(tables, doc_id, text):
    mentions = tables['mentions']
    found = mentions[(mentions.doc_id == doc_id) & (mentions.text == text)]
    assert len(found), f'no mention {text!r} in {doc_id}'
    return found.iloc[0]


def entity(tables, identifier):
    entities = tables['entities'].set_index('entity_id')
    return entities.loc[identifier] if identifier in entities.index else None


def test_no_corrections_adds_a_false_column(seed_run):
    tables, log, dropped = corrections.apply(seed_run.tables, [])
    assert (log, dropped) == ([], [])
    assert not tables['mentions'].corrected.any() and not tables['entities'].corrected.any()
    assert len(tables['mentions']) == len(seed_run['mentions'])


def test_drop(seed_run, seed_texts):
    target = mention(seed_run.tables, DOC, 'Ерлан Кошанов')
    before = entity(seed_run.tables, target.entity_id)
    tables, log, dropped = apply(seed_run, seed_texts,
                                 f'action,doc_id,start,stop\ndrop,{DOC},{target.start},{target.stop}\n')
    assert log[0]['status'] == 'applied', log
    mentions = tables['mentions']
    assert not ((mentions.doc_id == DOC) & (mentions.start == target.start)).any()
    assert len(mentions) == len(seed_run['mentions']) - 1
    after = entity(tables, target.entity_id)
    if before.mentions == 1:
        assert after is None
    else:
        assert after.mentions == before.mentions - 1 and after.corrected
    assert dropped[0]['text'] == 'Ерлан Кошанов'


def test_type_of_a_mention(seed_run, seed_texts):
    target = mention(seed_run.tables, DOC, 'Казахстана')
    tables, log, _ = apply(seed_run, seed_texts,
                           f'action,doc_id,start,stop,type\ntype,{DOC},{target.start},{target.stop},ORG\n')
    assert log[0]['status'] == 'applied', log
    moved = tables['mentions'][(tables['mentions'].doc_id == DOC) & (tables['mentions'].start == target.start)]
    assert moved.iloc[0].type == 'ORG' and moved.iloc[0].corrected
    new = entity(tables, moved.iloc[0].entity_id)
    assert new.type == 'ORG' and new.corrected and new.mentions == 1
    assert entity(tables, target.entity_id).mentions == entity(seed_run.tables, target.entity_id).mentions - 1


def test_type_of_an_entity(seed_run, seed_texts):
    target = mention(seed_run.tables, DOC, 'Мажилиса')
    count = entity(seed_run.tables, target.entity_id).mentions
    tables, log, _ = apply(seed_run, seed_texts, f'action,type,entity_id\ntype,LOC,{target.entity_id}\n')
    assert log[0]['status'] == 'applied', log
    assert entity(tables, target.entity_id) is None
    new_id = entity_id('LOC', entity(seed_run.tables, target.entity_id)['name'])
    assert entity(tables, new_id).mentions == count and entity(tables, new_id).type == 'LOC'
    assert (tables['mentions'][tables['mentions'].entity_id == new_id].type == 'LOC').all()


def test_add_a_missing_mention(seed_run, seed_texts):
    text = seed_texts[DOC]
    start = text.index('Новой Конституции')
    stop = start + len('Новой Конституции')
    tables, log, _ = apply(seed_run, seed_texts,
                           f'action,doc_id,start,stop,type,name\nadd,{DOC},{start},{stop},ORG,Новая Конституция\n')
    assert log[0]['status'] == 'applied', log
    added = mention(tables, DOC, 'Новой Конституции')
    assert (added.type, added.normal, added.source, added.corrected) == ('ORG', 'Новая Конституция', 'correction', True)
    assert text[added.start:added.stop] == added.text
    assert 'Новой Конституции' in added.sentence
    assert added.mention_id == seed_run['mentions'][seed_run['mentions'].doc_id == DOC].mention_id.max() + 1
    assert entity(tables, added.entity_id)['name'] == 'Новая Конституция'


def test_add_reads_the_text_again_when_not_given(tmp_path, nlp):
    (tmp_path / 'a.txt').write_text('Вчера в Астане прошла встреча.', encoding='utf-8')
    result = run([tmp_path], nlp=nlp)
    start = 'Вчера в Астане прошла встреча.'.index('встреча')
    tables, log, _ = corrections.apply(result.tables, rows_of(f'action,doc_id,start,stop,type\nadd,a,{start},{start + 7},ORG\n'))
    assert log[0]['status'] == 'applied', log
    assert mention(tables, 'a', 'встреча').type == 'ORG'


def test_merge_and_rename(seed_run, seed_texts):
    one = mention(seed_run.tables, DOC, 'Мажилиса').entity_id
    two = mention(seed_run.tables, DOC, 'Казахстана').entity_id
    total = entity(seed_run.tables, one).mentions + entity(seed_run.tables, two).mentions
    tables, log, _ = apply(seed_run, seed_texts,
                           f'action,entity_id,into,name\nmerge,{one},{two},\nrename,{two},,Объединённое имя\n'
                           f'rename,{one},,через старый id\n')
    assert [row['status'] for row in log] == ['applied'] * 3, log
    assert entity(tables, one) is None
    merged = entity(tables, two)
    assert merged.mentions == total and merged['name'] == 'через старый id' and merged.corrected
    assert 'Мажилис' in merged.aliases
    assert (tables['mentions'][tables['mentions'].entity_id == two].type == merged.type).all()
    # `спикер Мажилиса Ерлан Кошанов`: the role's organisation follows the merge
    roles = tables['roles']
    assert one in set(seed_run.tables['roles'].org_entity_id)
    assert one not in set(roles.org_entity_id) and one not in set(roles.entity_id)
    assert two in set(roles[(roles.doc_id == DOC) & (roles.role == 'спикер Мажилиса')].org_entity_id)
    assert len(roles) == len(seed_run.tables['roles'])


def test_a_person_dropped_takes_the_roles_along(seed_run, seed_texts):
    person = mention(seed_run.tables, DOC, 'Али Галым')
    assert person.entity_id in set(seed_run.tables['roles'].entity_id)
    mentions = seed_run.tables['mentions']
    every = mentions[mentions.entity_id == person.entity_id]
    drops = ''.join(f'drop,{row.doc_id},{row.start},{row.stop}\n' for row in every.itertuples())
    tables, log, _ = apply(seed_run, seed_texts, 'action,doc_id,start,stop\n' + drops)
    assert [row['status'] for row in log] == ['applied'] * len(every), log
    assert entity(tables, person.entity_id) is None
    assert person.entity_id not in set(tables['roles'].entity_id)
    roles = seed_run.tables['roles']
    assert len(tables['roles']) == len(roles) - (roles.entity_id == person.entity_id).sum()
    assert tables['roles'].start.dtype == seed_run.tables['roles'].start.dtype


def test_rename_a_person_splits_the_name(seed_run, seed_texts):
    target = mention(seed_run.tables, DOC, 'Ерлан Кошанов').entity_id
    tables, log, _ = apply(seed_run, seed_texts, f'action,entity_id,name\nrename,{target},Ерлан Жакаевич Кошанов\n')
    renamed = entity(tables, target)
    assert (renamed['first'], renamed['middle'], renamed['last']) == ('Ерлан', 'Жакаевич', 'Кошанов')


@pytest.mark.parametrize('text, message', [
    ('action,doc_id,start,stop\ndrop,nope,1,2\n', 'no mention'),
    (f'action,doc_id,start,stop\ndrop,{DOC},x,2\n', 'whole numbers'),
    ('action,entity_id,into\nmerge,PER-0000000000,PER-1111111111\n', 'no entity'),
    ('action\nexplode\n', 'unknown action'),
    (f'action,doc_id,start,stop,type\ntype,{DOC},1,2,MISC\n', 'type must be'),
    (f'action,doc_id,start,stop,type\nadd,{DOC},5,999999,PER\n', 'outside the text'),
    ('action,doc_id,start,stop,type\nadd,nope,5,9,PER\n', 'no processed document'),
])
def test_bad_rows_are_skipped_with_a_reason(seed_run, seed_texts, text, message):
    tables, log, _ = apply(seed_run, seed_texts, text)
    assert log[0]['status'] == 'skipped' and message in log[0]['message'], log
    assert len(tables['mentions']) == len(seed_run['mentions'])


def test_bad_files_fail_before_the_run(tmp_path):
    with pytest.raises(ConfigError, match='not found'):
        corrections.find(tmp_path / 'missing.csv')
    (tmp_path / 'a.csv').write_text('doc_id,start\nx,1\n', encoding='utf-8')
    with pytest.raises(ConfigError, match='no "action" column'):
        corrections.read(tmp_path / 'a.csv')
    (tmp_path / 'b.csv').write_text('action,colour\ndrop,red\n', encoding='utf-8')
    with pytest.raises(ConfigError, match='unknown column'):
        corrections.read(tmp_path / 'b.csv')
    (tmp_path / 'c.csv').write_bytes('action,note\ndrop,плохо\n'.encode('cp1251'))
    with pytest.raises(ConfigError, match='UTF-8'):
        corrections.read(tmp_path / 'c.csv')


def test_comments_and_blank_lines(tmp_path):
    (tmp_path / 'c.csv').write_text('action,doc_id,start,stop,note\n# a comment\n\ndrop,a,1,2,"x, y"\n',
                                    encoding='utf-8-sig')
    (row,) = corrections.read(tmp_path / 'c.csv')
    assert (row['action'], row['doc_id'], row['note'], row['line']) == ('drop', 'a', 'x, y', 4)


def test_next_run_applies_the_output_folders_corrections(nlp, tmp_path):
    source = tmp_path / 'in'
    source.mkdir()
    text = (CORPUS / f'{DOC}.txt').read_text(encoding='utf-8')
    (source / 'a.txt').write_text(text, encoding='utf-8')
    output = tmp_path / 'out'
    first = run([source], output_dir=output, nlp=nlp)
    target = mention(first.tables, 'a', 'Ерлан Кошанов')
    (output / 'corrections.csv').write_text(
        f'action,doc_id,start,stop,type,entity_id,name,into,note\n'
        f'drop,a,{target.start},{target.stop},,,,,test\n'
        f'drop,a,0,1,,,,,matches nothing\n', encoding='utf-8')
    second = run([source], output_dir=output, nlp=nlp)
    assert len(second['mentions']) == len(first['mentions']) - 1
    assert [row['status'] for row in second.corrections['rows']] == ['applied', 'skipped']
    assert second.manifest['corrections']['dropped'][0]['text'] == 'Ерлан Кошанов'
    import pandas as pd
    written = pd.read_csv(output / 'mentions.csv')
    assert not ((written.start == target.start) & (written.stop == target.stop)).any()
    assert len(written) == len(second['mentions'])
    # an explicit file wins; False turns them off
    third = run([source], output_dir=output, nlp=nlp, corrections=False)
    assert len(third['mentions']) == len(first['mentions'])


def test_the_readme_example_applies_to_the_seeds(seed_run, seed_texts):
    from conftest import ROOT
    readme = (ROOT / 'README.md').read_text(encoding='utf-8')
    example = readme.split('\n```\naction,', 1)[1].split('\n```', 1)[0]
    tables, log, dropped = apply(seed_run, seed_texts, 'action,' + example + '\n')
    assert len(log) >= 4
    # well-formed rows: each applies, or finds nothing in today's tables (ids and mentions move as rules improve)
    for row in log:
        assert row['status'] == 'applied' or row['message'].startswith(('no mention', 'no entity')), row
