"""The word lists of models/: each stage reads the file its config names, once."""

import pytest
import spacy

from pipeline.errors import ConfigError
from pipeline.nlp import lexicons, registry  # noqa: F401  (registry: the factories)


def repair_positions(stage):
    return stage.positions


def role_positions(stage):
    return stage.lexicon.positions


def role_nouns(stage):
    return stage.lexicon.nouns


def normalize_nouns(stage):
    return stage.nouns


POSITIONS = 'бармен  # a trailing comment\n\n# a comment line\nШЕФ\n'
NOUNS = '# lemma, gender\nаул\tmasc\nулица\tfemn\n'
# stage, setting, the file it names, the list the stage reads from it
GIVEN = [
    ('repair', 'positions', POSITIONS, repair_positions, {'бармен', 'шеф'}),
    ('assign_roles', 'positions', POSITIONS, role_positions, {'бармен', 'шеф'}),
    ('assign_roles', 'nouns', NOUNS, role_nouns, {'аул'}),
    ('normalize', 'nouns', NOUNS, normalize_nouns, {'аул'}),
]


@pytest.mark.parametrize('stage, setting, text, read, expected', GIVEN)
def test_a_stage_reads_the_file_its_config_names(tmp_path, stage, setting, text, read, expected):
    path = tmp_path / f'{setting}.list'
    path.write_text(text, encoding='utf-8')
    component = spacy.blank('ru').add_pipe(stage, config={setting: str(path)})
    assert read(component) == expected


# stage, the list read, a word of the shipped file (models/positions.txt, models/nouns.tsv)
DEFAULTS = [
    ('repair', repair_positions, 'аким'),
    ('assign_roles', role_positions, 'спикер'),
    ('assign_roles', role_nouns, 'маслихат'),
    ('normalize', normalize_nouns, 'маслихат'),
]


@pytest.mark.parametrize('stage, read, word', DEFAULTS)
def test_by_default_a_stage_reads_the_shipped_file(stage, read, word):
    assert word in read(spacy.blank('ru').add_pipe(stage))


@pytest.mark.parametrize('stage, setting', [('repair', 'positions'), ('assign_roles', 'positions'),
                                            ('assign_roles', 'nouns'), ('normalize', 'nouns')])
def test_a_missing_file_is_a_config_error_naming_it(tmp_path, stage, setting):
    with pytest.raises(ConfigError, match='missing.txt'):
        spacy.blank('ru').add_pipe(stage, config={setting: str(tmp_path / 'missing.txt')})


def test_two_stages_share_one_copy_of_a_list():
    nlp = spacy.blank('ru')
    assert nlp.add_pipe('repair').positions is nlp.add_pipe('assign_roles').lexicon.positions
