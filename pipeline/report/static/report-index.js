// The index view (#/): the run summary, counts, corrections, the entities, documents and figures tables, and
// the Targets table with its copy-as-TSV button. Loaded after report-dom.js.
(function () {
  'use strict';
  const lib = window.REPORT.lib;
  const meta = lib.meta, rows = lib.rows, index = lib.index, spanKinds = lib.spanKinds;
  const el = lib.el, append = lib.append, tag = lib.tag, link = lib.link, docHref = lib.docHref;
  const entityHref = lib.entityHref, blank = lib.blank, warning = lib.warning, table = lib.table;
  const collator = lib.collator;

  function count(list, key) {
    const counts = {};
    list.forEach(function (row) { counts[row[key]] = (counts[row[key]] || 0) + 1; });
    return counts;
  }

  function indexView(route) {
    const info = meta();
    const found = index();
    const documents = rows('documents'), mentions = rows('mentions'), entities = rows('entities');
    const out = [];
    const timings = info.timings || {};
    const summary = el('p', {class: 'muted'}, Object.keys(info.versions || {}).map(function (name) {
      return name + ' ' + info.versions[name];
    }).join(', '));
    if (info.command) append(summary, [el('br'), 'command: ', el('code', {}, info.command)]);
    if (timings.total !== undefined) append(summary, [el('br'), 'time: ' + timings.total + ' s']);
    out.push(summary);
    (info.problems || []).forEach(function (problem) { out.push(warning(problem)); });
    const missing = info.missing || [];
    if (missing.length) {
      out.push(warning(missing.length + ' document text(s) could not be read again (moved or changed since the ' +
                       'run): ' + missing.slice(0, 10).join(', ') + (missing.length > 10 ? ' ...' : '')));
    }
    const ok = documents.filter(function (row) { return row.status === 'ok'; }).length;
    out.push(el('h2', {}, 'Counts'));
    out.push(el('p', {}, documents.length + ' documents: ' + ok + ' ok, ' + (documents.length - ok) +
                ' with errors' + (documents.length - ok ? ' (listed below)' : '') + '.'));
    const byType = count(mentions, 'type'), entitiesByType = count(entities, 'type');
    const counts = (info.types || []).map(function (type) {
      return [type, byType[type] || 0, entitiesByType[type] || 0];
    });
    spanKinds().forEach(function (kind) {
      if (kind === 'mentions') return;
      const label = {figures: 'FIG', dates: 'DATE', roles: 'ROLE'}[kind] || kind;
      counts.push([label, rows(kind).length, '']);
    });
    const countTable = el('table', {id: 'counts'}, [
      el('thead', {}, el('tr', {}, [el('th', {}, 'type'), el('th', {class: 'num'}, 'mentions / rows'),
                                    el('th', {class: 'num'}, 'entities')])),
      el('tbody', {}, counts.map(function (item) {
        return el('tr', {'data-type': item[0]}, [el('td', {}, tag(item[0])), el('td', {class: 'num'}, item[1]),
                                                 el('td', {class: 'num'}, item[2])]);
      }))]);
    const rules = {};
    mentions.forEach(function (row) {
      const key = row.type + '\u0000' + row.source;
      rules[key] = rules[key] || {type: row.type, source: row.source, mentions: 0};
      rules[key].mentions += 1;
    });
    const ruleRows = Object.keys(rules).map(function (key) { return rules[key]; }).sort(function (a, b) {
      return collator.compare(a.type, b.type) || b.mentions - a.mentions || collator.compare(a.source, b.source);
    });
    out.push(el('div', {class: 'layout'}, [el('div', {class: 'half'}, countTable), el('div', {class: 'half'}, table({
      id: 'rules', rows: ruleRows, placeholder: 'filter stages and rules',
      columns: [{key: 'type', cell: function (row) { return tag(row.type); }}, {key: 'source', label: 'stage/rule'},
                {key: 'mentions', num: true}]}))]));
    const corrections = (info.corrections || {}).rows || [];
    if (corrections.length) {
      out.push(el('h2', {}, 'Corrections'), el('p', {class: 'muted'}, 'from ' + info.corrections.file));
      out.push(table({id: 'corrections', rows: corrections, rowAttributes: function (row) {
        return {class: row.status === 'applied' ? 'corrected' : 'error'};
      }, columns: [{key: 'line', num: true}, {key: 'action'}, {key: 'status'},
                   {key: 'message', label: 'what happened'}, {key: 'note'}]}));
    }
    out.push(el('h2', {id: 'section-entities'}, 'Entities'));
    out.push(table({
      id: 'entities', rows: entities, main: true, types: info.types || [], placeholder: 'filter entities: name, alias, id',
      type: function (row) { return row.type; },
      search: function (row) { return [row.name, row.aliases, row.entity_id, row.type].join(' '); },
      rowAttributes: function (row) {
        return {'data-type': row.type, 'data-id': row.entity_id, class: row.corrected === true ? 'corrected' : null};
      },
      columns: [
        {key: 'type', cell: function (row) { return tag(row.type); }},
        {key: 'name', cell: function (row) { return link(entityHref(row.entity_id), row.name); }},
        {key: 'aliases', value: function (row) { return blank(row.aliases).split('|').join(' | '); },
         cell: function (row) { return blank(row.aliases).split('|').join(' | '); }},
        {key: 'first'}, {key: 'middle'}, {key: 'last'},
        {key: 'mentions', num: true, cell: function (row) { return link(entityHref(row.entity_id), row.mentions); }},
        {key: 'documents', num: true},
        {key: 'entity_id', label: 'entity id', cell: function (row) { return el('code', {}, row.entity_id); }},
        {key: 'corrected', value: function (row) { return row.corrected === true ? '1' : ''; },
         cell: function (row) { return row.corrected === true ? '\u270e' : ''; }},
      ]}, route.params));
    out.push(el('h2', {id: 'section-documents'}, 'Documents'));
    const perDoc = function (row, kind) { return (found.perDoc[row.doc_id] || {})[kind] || 0; };
    out.push(table({
      id: 'documents', rows: documents, types: ['ok', 'error'], placeholder: 'filter documents',
      type: function (row) { return row.status; },
      rowAttributes: function (row) { return {'data-type': row.status, class: row.status === 'error' ? 'error' : null}; },
      columns: [
        {key: 'doc_id', label: 'document', cell: function (row) {
          return row.status === 'ok' ? link(docHref(row.doc_id), row.doc_id) : row.doc_id;
        }},
        {key: 'date'}, {key: 'status'}, {key: 'error'}, {key: 'encoding'}, {key: 'chars', num: true},
        {key: 'mentions', num: true, value: function (row) { return perDoc(row, 'mentions'); }},
        {key: 'figures', num: true, value: function (row) { return perDoc(row, 'figures'); }},
        {key: 'dates', num: true, value: function (row) { return perDoc(row, 'dates'); }},
        {key: 'source'},
      ]}));
    if (rows('figures').length) {
      out.push(el('h2', {id: 'section-figures'}, 'Figures'));
      out.push(table({
        id: 'figures', rows: rows('figures'), placeholder: 'filter figures',
        columns: [
          {key: 'text', label: 'figure', cell: function (row) {
            return link(docHref(row.doc_id, 'f-' + row.figure_id), row.text);
          }},
          {key: 'value', num: true}, {key: 'value_max', label: 'max', num: true}, {key: 'qualifier'}, {key: 'unit'},
          {key: 'object'}, {key: 'kind'}, {key: 'subject'}, {key: 'status'}, {key: 'doc_id', label: 'document'},
        ]}));
    }
    if (rows('targets').length) out.push.apply(out, targetsSection(rows('targets')));
    return {title: info.title || 'Entity extraction report', nodes: out};
  }

  // each target figure with the total it is a part of and what describes it, as a plain table to copy into a
  // spreadsheet (a selection of it, or the button's tab-separated text)
  const TARGET_HEADS = [['doc_id', 'document'], ['figure_id', 'figure'], ['text', 'target'], ['value', 'value'],
                        ['what', 'unit / object'], ['part_of', 'part of'], ['described', 'coverage / measure'],
                        ['sentence', 'sentence']];

  function targetsSection(targets) {
    const cells = function (row) { return TARGET_HEADS.map(function (head) { return String(blank(row[head[0]])); }); };
    const node = el('table', {id: 'targets'}, [
      el('thead', {}, el('tr', {}, TARGET_HEADS.map(function (head) { return el('th', {}, head[1]); }))),
      el('tbody', {}, targets.map(function (row) {
        return el('tr', {'data-doc': row.doc_id}, cells(row).map(function (cell, at) {
          const key = TARGET_HEADS[at][0];
          if (key === 'doc_id') return el('td', {}, link(docHref(row.doc_id), cell));
          if (key === 'text') return el('td', {}, link(docHref(row.doc_id, 'f-' + row.figure_id), cell));
          return el('td', {class: key === 'value' || key === 'figure_id' ? 'num' : null}, cell);
        }));
      }))]);
    const status = el('span', {class: 'muted', role: 'status'});
    const button = el('button', {type: 'button', id: 'targets-copy'}, 'copy as TSV');
    button.addEventListener('click', function () {
      const tsv = [TARGET_HEADS.map(function (head) { return head[1]; })].concat(targets.map(cells)).map(function (line) {
        return line.map(function (cell) { return cell.replace(/[\t\r\n]+/g, ' '); }).join('\t');
      }).join('\n') + '\n';
      const select = function () {  // no clipboard here (an old browser, a refused permission): Ctrl+C copies it
        const range = document.createRange();
        range.selectNode(node);
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
        status.textContent = 'the table is selected: press Ctrl+C';
      };
      if (!navigator.clipboard) { select(); return; }
      navigator.clipboard.writeText(tsv).then(function () {
        status.textContent = targets.length + ' rows copied';
      }, select);
    });
    return [el('h2', {id: 'section-targets'}, 'Targets'),
            el('p', {class: 'muted'}, ['Each planned figure with the total it is a part of and the figures that ' +
                                       'describe it (coverage, measure). ', button, ' ', status]),
            el('div', {class: 'table'}, node)];
  }


  lib.views.index = function (route, done) { done(indexView(route)); };
})();
