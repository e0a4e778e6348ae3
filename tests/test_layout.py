"""The house: no import cycles over every import of the package (those inside
functions too), no module or script over 600 lines, every stage in a module named after it."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / 'pipeline'
MAX_LINES = 600
# modules still to be split into rooms of one job each; strict: a split module must leave this list
OVERSIZE = set()


def module_name(path):
    parts = path.relative_to(PACKAGE.parent).with_suffix('').parts
    return '.'.join(parts[:-1] if parts[-1] == '__init__' else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob('*.py'))}
# the package's JavaScript (the report's and the review app's scripts) keeps to the same size
SCRIPTS = {path.relative_to(PACKAGE).as_posix(): path for path in sorted(PACKAGE.rglob('*.js'))}


def imports_of(name):
    """The package modules one module imports, anywhere in its body."""
    path = MODULES[name]
    package = name if path.name == '__init__.py' else name.rpartition('.')[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding='utf-8'))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ''
            if node.level:
                anchor = package.split('.')[:len(package.split('.')) - node.level + 1]
                base = '.'.join(anchor + ([base] if base else []))
            found.add(base)
            # `from pipeline.running import cluster` imports the module pipeline.running.cluster
            found.update(f'{base}.{alias.name}' for alias in node.names if f'{base}.{alias.name}' in MODULES)
    return {module for module in found if module in MODULES and module != name}


def cycles(graph):
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({'a': {'b'}, 'b': {'c'}, 'c': {'a'}, 'd': {'a'}}) == [['a', 'b', 'c']]
    assert cycles({'a': {'b'}, 'b': set()}) == []


def test_the_import_walk_sees_imports_inside_functions():
    imports = imports_of('pipeline.api')
    assert 'pipeline.running.cluster' in imports  # imported inside run()
    assert 'pipeline.nlp.language' in imports


def test_no_import_cycles():
    graph = {name: imports_of(name) for name in MODULES}
    assert cycles(graph) == []


@pytest.mark.parametrize('name', [pytest.param(name, marks=pytest.mark.xfail(strict=True)) if name in OVERSIZE
                                  else name for name in sorted(MODULES)])
def test_no_module_over_600_lines(name):
    lines = MODULES[name].read_text(encoding='utf-8').count('\n')
    assert lines <= MAX_LINES, f'{name}: {lines} lines'


@pytest.mark.parametrize('name', sorted(SCRIPTS))
def test_no_script_over_600_lines(name):
    lines = SCRIPTS[name].read_text(encoding='utf-8').count('\n')
    assert lines <= MAX_LINES, f'{name}: {lines} lines'


def test_the_script_check_sees_the_scripts():
    assert {'report/static/report-data.js', 'review/static/review.js'} <= set(SCRIPTS)


def test_each_stage_lives_in_a_module_named_after_it():
    from spacy import registry

    from pipeline.nlp.registry import STAGES
    for stage in STAGES:
        factory = registry.factories.get(stage)
        assert factory.__module__.startswith(f'pipeline.nlp.stages.{stage}'), (stage, factory.__module__)


def test_nothing_below_the_registry_imports_it():
    importers = [name for name in MODULES if 'pipeline.nlp.registry' in imports_of(name)]
    assert importers == ['pipeline.nlp.language']


def is_stage_module(name):
    return name == 'pipeline.nlp.stages' or name.startswith('pipeline.nlp.stages.')


def stage_importers(graph):
    """The modules of the NLP layer below the stages (not under pipeline/nlp/stages/, nor the
    registry, which sits above them) that import a stage module."""
    below = [name for name in graph if name.startswith('pipeline.nlp.') and not is_stage_module(name)
             and name != 'pipeline.nlp.registry']
    return sorted(name for name in below if any(is_stage_module(module) for module in graph[name]))


def test_the_stage_importer_check_finds_one():
    graph = {'pipeline.nlp.mention_case': {'pipeline.nlp.stages.repair.orgs'},
             'pipeline.nlp.registry': {'pipeline.nlp.stages.link'},
             'pipeline.nlp.stages.link': {'pipeline.nlp.stages.repair.orgs'},
             'pipeline.running.linking': {'pipeline.nlp.stages.link'}}
    assert stage_importers(graph) == ['pipeline.nlp.mention_case']


def test_nothing_in_the_nlp_layer_below_the_stages_imports_a_stage():
    # the stages read the NLP modules (doc, morph, names, lexicons, grammars), never the other way round
    assert stage_importers({name: imports_of(name) for name in MODULES}) == []
