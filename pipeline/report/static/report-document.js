// The document view (#/doc/<id>): the text with every row highlighted, the side panel with a clicked
// highlight's details (a figure's links to the figures it names and that name it), REPORT.onSpanClick, and the
// document's rows as tables. Loaded after report-dom.js.
(function () {
  'use strict';
  const R = window.REPORT, lib = R.lib;
  const meta = lib.meta, own = lib.own, index = lib.index, Text = lib.Text;
  const el = lib.el, append = lib.append, tag = lib.tag, link = lib.link, docHref = lib.docHref;
  const entityHref = lib.entityHref, blank = lib.blank, warning = lib.warning, table = lib.table;
  const SPAN_TABLES = {mentions: 'm', figures: 'f', dates: 'date', roles: 'r'};

  // a document's figures by figure_id, and the links between them: `part_of` names the total a figure is a part
  // of, `with` the figure it describes
  function figureGraph(items) {
    const graph = {byId: {}, parts: {}, describers: {}};
    const push = function (map, key, row) { (own(map, key) ? map[key] : (map[key] = [])).push(row); };
    items.forEach(function (item) {
      if (item.kind !== 'figures') return;
      const row = item.row;
      graph.byId[String(row.figure_id)] = row;
      if (blank(row.part_of) !== '') push(graph.parts, String(row.part_of), row);
      if (blank(row['with']) !== '') push(graph.describers, String(row['with']), row);
    });
    return graph;
  }

  // [label, row] of the figures a figure names and of those that name it
  function figureLinks(row, graph) {
    const links = [];
    [['part of', row.part_of], ['with (describes)', row['with']]].forEach(function (pair) {
      const id = String(blank(pair[1]));
      if (id !== '' && own(graph.byId, id)) links.push([pair[0], graph.byId[id]]);
    });
    const id = String(row.figure_id);
    (graph.parts[id] || []).forEach(function (other) { links.push(['part', other]); });
    (graph.describers[id] || []).forEach(function (other) { links.push(['described by', other]); });
    return links;
  }

  function spansOf(docId, text) {
    const found = index();
    const types = meta().types || [];
    const name = function (id) { return own(found.entity, id) ? found.entity[id].name : '?'; };
    const figures = figureGraph(found.byDoc[docId] || []);
    return (found.byDoc[docId] || []).map(function (item) {
      const row = item.row, kind = item.kind;
      const span = {kind: kind, index: item.index, row: row, start: row.start, stop: row.stop, entity: '',
                    corrected: row.corrected === true, info: []};
      const offsets = 'offsets: ' + row.start + '-' + row.stop;
      if (kind === 'mentions') {
        span.type = types.indexOf(row.type) >= 0 ? row.type : 'other';
        span.anchor = 'm-' + row.mention_id;
        span.entity = row.entity_id;
        span.info = ['type: ' + row.type, 'text: ' + row.text, 'normal form: ' + row.normal,
                     'entity: ' + name(row.entity_id), 'entity id: ' + row.entity_id, 'stage/rule: ' + row.source,
                     offsets];
        if (row.inside !== undefined && row.inside !== null && row.inside !== '') span.info.push('inside mention: ' + row.inside);
        if (span.corrected) span.info.push('corrected: by corrections.csv');
      } else if (kind === 'figures') {
        span.type = 'FIG';
        span.anchor = 'f-' + row.figure_id;
        span.info = ['figure: ' + row.text, 'value: ' + row.value];
        ['value_max', 'qualifier', 'unit', 'object', 'kind', 'subject', 'status'].forEach(function (key) {
          if (row[key]) span.info.push(key + ': ' + row[key]);
        });
        span.info.push(offsets);
        span.links = figureLinks(row, figures);
      } else if (kind === 'dates') {
        span.type = 'DATE';
        span.anchor = 'date-' + item.number;
        span.info = ['date: ' + row.date, 'text: ' + row.text, offsets];
      } else if (kind === 'roles') {
        span.type = 'ROLE';
        span.anchor = 'r-' + item.number;
        span.entity = row.entity_id || '';
        span.info = ['role: ' + row.role, 'person: ' + name(row.entity_id), 'entity id: ' + row.entity_id];
        if (row.org_entity_id) span.info.push('organisation: ' + name(row.org_entity_id) + ' (' + row.org_entity_id + ')');
        span.info.push(offsets);
      } else if (kind === 'dropped') {
        span.type = 'dropped';
        span.anchor = 'dropped-' + item.number;
        span.entity = row.entity_id || '';
        span.info = ['dropped: ' + row.type + ' ' + row.text, 'by: corrections.csv', 'entity id: ' + row.entity_id];
      } else {
        span.type = 'other';
        span.anchor = kind + '-' + item.number;
        span.info = ['table: ' + kind].concat(Object.keys(row).filter(function (key) {
          return key !== 'doc_id' && row[key] !== '' && row[key] !== null;
        }).map(function (key) { return key + ': ' + row[key]; }));
      }
      const start = row.start, stop = row.stop;
      if (!Number.isInteger(start) || !Number.isInteger(stop) || start < 0 || stop < start) {
        span.problem = 'bad offsets';
      } else if (text && (stop > text.length || (typeof row.text === 'string' && text.slice(start, stop) !== row.text))) {
        span.problem = 'offsets do not match the text';
      }
      if (span.problem) span.info.push('problem: ' + span.problem);
      span.ok = !span.problem;
      return span;
    });
  }

  function linkLines(span) {
    return (span.links || []).map(function (item) { return item[0] + ': ' + item[1].text; });
  }

  function markOf(span, first, docId) {
    return el('mark', {
      id: first ? span.anchor : null,
      class: [span.type].concat(span.corrected ? ['corrected'] : []).join(' '),
      title: span.info.concat(linkLines(span)).join('\n'), 'data-kind': span.kind, 'data-index': span.index, 'data-type': span.type,
      'data-doc': docId, 'data-start': span.start, 'data-stop': span.stop, 'data-entity': span.entity,
    });
  }

  // the text as runs (<span data-offset>) and highlights (<mark>): its textContent is the text exactly
  function highlighted(text, spans, docId) {
    const pre = el('pre', {id: 'doc-text', class: 'text'});
    const stack = [pre];
    R.cut(text.length, spans).forEach(function (piece) {
      const top = stack[stack.length - 1];
      if (piece[0] === 'text') {
        if (piece[2] > piece[1]) top.appendChild(el('span', {'data-offset': piece[1]}, text.slice(piece[1], piece[2])));
      } else if (piece[0] === 'open') {
        const mark = markOf(piece[1], piece[2], docId);
        top.appendChild(mark);
        stack.push(mark);
      } else {
        stack.pop();
      }
    });
    return pre;
  }

  function showSpan(panel, mark, span) {
    const selected = document.querySelector('mark.selected');
    if (selected) selected.classList.remove('selected');
    mark.classList.add('selected');
    panel.textContent = '';
    const list = el('dl');
    const links = span.links || [];
    span.info.forEach(function (line) {
      const at = line.indexOf(': ');
      append(list, [el('dt', {}, at > 0 ? line.slice(0, at) : ''), el('dd', {}, at > 0 ? line.slice(at + 2) : line)]);
    });
    links.forEach(function (item) {  // a click goes to that figure and opens its details here
      append(list, [el('dt', {}, item[0]), el('dd', {}, link(docHref(item[1].doc_id, 'f-' + item[1].figure_id),
                                                                     item[1].text))]);
    });
    panel.appendChild(list);
    if (span.entity && own(index().entity, span.entity)) {
      panel.appendChild(link(entityHref(span.entity), 'every mention of this entity'));
    }
  }

  function note(span) { return (span.corrected ? '\u270e ' : '') + (span.problem || ''); }

  function spanTable(id, spans, columns, extra) {
    const docId = extra.docId;
    return table(Object.assign({
      id: id, rows: spans,
      rowAttributes: function (span) {
        return {'data-type': span.row.type, class: span.problem ? 'bad' : span.corrected ? 'corrected' : null};
      },
      columns: [
        {key: 'start', num: true, value: function (span) { return blank(span.row.start); },
         cell: function (span) { return link(docHref(docId, span.anchor), blank(span.row.start)); }},
        {key: 'stop', num: true, value: function (span) { return blank(span.row.stop); }},
      ].concat(columns.map(function (column) {
        return Object.assign({value: function (span) { return blank(span.row[column.key]); }}, column);
      })).concat([{key: 'note', value: note}]),
    }, extra));
  }

  function documentView(route, done) {
    const found = index();
    const docId = route.id;
    const row = found.doc[docId];
    if (!row) { done({title: docId, nodes: [warning('No document ' + docId + ' in this report.')]}); return; }
    R.loadTexts([docId], function () {
      const text = own(R.data.texts, docId) ? new Text(R.data.texts[docId]) : null;
      const spans = spansOf(docId, text);
      const byKey = {};
      spans.forEach(function (span) { byKey[span.kind + ':' + span.index] = span; });
      const out = [el('p', {class: 'muted'}, ['source: ' + row.source, 'date: ' + row.date, 'encoding: ' + row.encoding,
                                               row.chars + ' characters', 'sha256 ' + row.sha256].join(' \u00b7 '))];
      const legend = el('p', {class: 'legend muted'});
      [['PER', 'person'], ['ORG', 'organisation'], ['LOC', 'place'], ['FIG', 'figure'], ['DATE', 'date'],
       ['ROLE', 'role'], ['PER corrected', 'corrected'], ['dropped', 'dropped by a correction']].forEach(function (item) {
        legend.appendChild(el('span', {}, el('mark', {class: item[0]}, item[1])));
      });
      append(legend, ' \u00b7 click a highlight for its details');
      out.push(legend);
      const bad = spans.filter(function (span) { return span.problem; }).length;
      if (bad) out.push(warning(bad + ' row(s) whose offsets do not match the text (marked in the tables below).'));
      const panel = el('aside', {id: 'panel'}, el('p', {class: 'muted'},
        'Click a highlight to see its normal form, entity and the stage or rule that produced it.'));
      let body;
      if (text) {
        body = highlighted(text, spans, docId);
        body.addEventListener('click', function (event) {
          const mark = event.target.closest('mark');
          if (!mark || !body.contains(mark)) return;
          const span = byKey[mark.getAttribute('data-kind') + ':' + mark.getAttribute('data-index')];
          if (!span) return;
          showSpan(panel, mark, span);
          if (typeof R.onSpanClick === 'function') {
            R.onSpanClick(span.row, {kind: span.kind, index: span.index, element: mark});
          }
        });
      } else {
        body = el('div', {class: 'text warning'}, 'The text cannot be shown: the source file is missing or changed ' +
                  'since the run (its sha256 differs). The rows are listed below.');
      }
      out.push(el('div', {class: 'layout'}, [body, panel]));
      const ofKind = function (kind) { return spans.filter(function (span) { return span.kind === kind; }); };
      const name = function (id) { return own(found.entity, id) ? found.entity[id].name : '?'; };
      out.push(el('h2', {}, 'Mentions'));
      out.push(spanTable('mentions', ofKind('mentions'), [
        {key: 'type', cell: function (span) { return tag(span.row.type); }}, {key: 'text'},
        {key: 'normal', label: 'normal form'},
        {key: 'entity', value: function (span) { return name(span.row.entity_id); },
         cell: function (span) { return link(entityHref(span.row.entity_id), name(span.row.entity_id)); }},
        {key: 'entity_id', label: 'entity id', cell: function (span) { return el('code', {}, span.row.entity_id); }},
        {key: 'source', label: 'stage/rule'}],
      {docId: docId, types: meta().types || [], type: function (span) { return span.row.type; },
       placeholder: 'filter mentions'}));
      const figures = ofKind('figures'), dates = ofKind('dates'), roles = ofKind('roles');
      if (figures.length) {
        out.push(el('h2', {}, 'Figures'));
        out.push(spanTable('figures', figures, [{key: 'text'}, {key: 'value', num: true},
          {key: 'value_max', label: 'max', num: true}, {key: 'qualifier'}, {key: 'unit'}, {key: 'object'},
          {key: 'kind'}, {key: 'subject'}, {key: 'status'}], {docId: docId, placeholder: 'filter figures'}));
      }
      if (dates.length) {
        out.push(el('h2', {}, 'Dates'));
        out.push(spanTable('dates', dates, [{key: 'text'}, {key: 'date'}], {docId: docId, placeholder: 'filter dates'}));
      }
      if (roles.length) {
        const person = function (key) {
          return {key: key === 'entity_id' ? 'person' : 'organisation', value: function (span) {
            return span.row[key] ? name(span.row[key]) : '';
          }, cell: function (span) { return span.row[key] ? link(entityHref(span.row[key]), name(span.row[key])) : ''; }};
        };
        out.push(el('h2', {}, 'Roles'));
        out.push(spanTable('roles', roles, [{key: 'role'}, person('entity_id'), person('org_entity_id')],
                           {docId: docId, placeholder: 'filter roles'}));
      }
      const others = spans.filter(function (span) { return !own(SPAN_TABLES, span.kind); });
      if (others.length) {
        out.push(el('h2', {}, 'Other rows'));
        out.push(el('ul', {}, others.map(function (span) {
          return el('li', {}, [link(docHref(docId, span.anchor), span.kind), ': ' + span.info.join('; ')]);
        })));
      }
      done({title: docId, nodes: out, after: function () {
        const chosen = route.params.select ? document.getElementById(route.params.select) : null;
        if (chosen && chosen.tagName === 'MARK' && text) {
          showSpan(panel, chosen, byKey[chosen.getAttribute('data-kind') + ':' + chosen.getAttribute('data-index')]);
          chosen.scrollIntoView({block: 'nearest'});
        }
      }});
    });
  }

  lib.views.doc = documentView;
})();
