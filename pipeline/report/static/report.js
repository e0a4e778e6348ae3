// The report's views, drawn from the data files (pipeline/report/README.md tells the interface):
// the index (#/), a document (#/doc/<id>) and an entity (#/entity/<id>). Every text and cell goes into
// the page through textContent or setAttribute, never as HTML.
(function () {
  'use strict';
  const COLOURED = ['PER', 'ORG', 'LOC', 'FIG', 'DATE', 'ROLE'];
  const SPAN_TABLES = {mentions: 'm', figures: 'f', dates: 'date', roles: 'r'};
  const LIMIT = 1000;  // rows a table draws before a "show all" button: 100,000 rows would stall the page
  const CONTEXT = 80;  // characters of text either side of a mention on an entity's view
  const collator = new Intl.Collator('ru', {numeric: true});

  const R = window.REPORT = {
    data: {texts: {}}, columns: {}, editable: false, onSpanClick: null, route: null, base: '',
  };
  let indexes = null;
  const chunks = {};  // chunk number -> callbacks waiting for it, or 'done'
  let drawing = 0;

  // data ---------------------------------------------------------------------------------------------------------
  R.add = function (kind, value) {
    if (kind === 'texts') {
      Object.assign(R.data.texts, value.texts);
      chunks[value.chunk] = chunks[value.chunk] || [];
      return;
    }
    if (value && Array.isArray(value.columns) && Array.isArray(value.rows)) {
      const columns = value.columns;
      R.columns[kind] = columns;
      R.data[kind] = value.rows.map(function (cells) {
        const row = {};
        for (let i = 0; i < columns.length; i++) row[columns[i]] = i < cells.length ? cells[i] : '';
        return row;
      });
    } else {
      R.data[kind] = value;
    }
    indexes = null;
  };

  function meta() { return R.data.meta || {}; }
  function rows(kind) { return R.data[kind] || []; }
  function own(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }

  // tables with doc_id, start and stop, whose rows are highlighted
  function spanKinds() {
    return Object.keys(R.data).filter(function (kind) {
      const columns = R.columns[kind];
      return kind !== 'documents' && columns && ['doc_id', 'start', 'stop'].every(function (key) {
        return columns.indexOf(key) >= 0;
      });
    });
  }

  function index() {
    if (indexes) return indexes;
    const found = {byDoc: {}, byEntity: {}, entity: {}, doc: {}, rolesOf: {}, perDoc: {}};
    function push(map, key, value) { (own(map, key) ? map[key] : (map[key] = [])).push(value); }
    rows('entities').forEach(function (row) { found.entity[row.entity_id] = row; });
    rows('documents').forEach(function (row) { found.doc[row.doc_id] = row; });
    spanKinds().forEach(function (kind) {
      const numbers = {};
      rows(kind).forEach(function (row, at) {
        numbers[row.doc_id] = (numbers[row.doc_id] || 0) + 1;
        const item = {kind: kind, index: at, row: row, number: numbers[row.doc_id]};
        push(found.byDoc, row.doc_id, item);
        const counts = found.perDoc[row.doc_id] || (found.perDoc[row.doc_id] = {});
        counts[kind] = (counts[kind] || 0) + 1;
        if (kind === 'mentions') push(found.byEntity, row.entity_id, item);
        if (kind === 'roles') {
          if (row.entity_id) push(found.rolesOf, row.entity_id, item);
          if (row.org_entity_id) push(found.rolesOf, row.org_entity_id, item);
        }
      });
    });
    (meta().dropped || []).forEach(function (row, at) {
      push(found.byDoc, row.doc_id, {kind: 'dropped', index: at, row: row, number: at + 1});
    });
    indexes = found;
    return found;
  }

  function chunkName(number) { return R.base + 'data/texts-' + String(number).padStart(3, '0') + '.js'; }

  function loadChunk(number, done) {
    const state = chunks[number];
    if (state === 'done') { done(); return; }
    if (state) { state.push(done); return; }
    chunks[number] = [done];
    const tag = document.createElement('script');
    tag.src = chunkName(number);
    tag.onload = tag.onerror = function () {
      const waiting = chunks[number];
      chunks[number] = 'done';
      waiting.forEach(function (callback) { callback(); });
    };
    document.head.appendChild(tag);
  }

  R.loadTexts = function (docIds, callback) {
    const of = (meta().texts || {}).of || {};
    const needed = {};
    docIds.forEach(function (id) { if (!own(R.data.texts, id) && own(of, id)) needed[of[id]] = true; });
    const numbers = Object.keys(needed);
    let left = numbers.length;
    if (!left) { callback(); return; }
    numbers.forEach(function (number) { loadChunk(Number(number), function () { if (--left === 0) callback(); }); });
  };

  // offsets: the tables count code points, a JavaScript string UTF-16 units
  function Text(text) {
    this.text = text;
    if (!/[\uD800-\uDFFF]/.test(text)) { this.length = text.length; this.units = null; return; }
    const units = [];
    for (let unit = 0; unit < text.length; unit++) {
      units.push(unit);
      const code = text.charCodeAt(unit);
      if (code >= 0xD800 && code < 0xDC00 && unit + 1 < text.length) unit++;
    }
    units.push(text.length);
    this.length = units.length - 1;
    this.units = units;
  }
  Text.prototype.unit = function (offset) { return this.units ? this.units[offset] : offset; };
  Text.prototype.slice = function (start, stop) { return this.text.slice(this.unit(start), this.unit(stop)); };

  // the pieces of a highlighted text: ['text', start, stop], ['open', span, first], ['close'] in order;
  // overlapping spans nest, a crossing one is closed and opened again (first false)
  R.cut = function (length, spans) {
    spans = spans.filter(function (span) { return span.ok && span.stop > span.start; });
    spans.sort(function (a, b) {
      return a.start - b.start || b.stop - a.stop || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);
    });
    const opening = {};
    const points = {0: true};
    points[length] = true;
    spans.forEach(function (span) {
      (opening[span.start] = opening[span.start] || []).push(span);
      points[span.start] = points[span.stop] = true;
    });
    const out = [];
    const stack = [];
    let position = 0;
    const ending = function (point) { return stack.some(function (span) { return span.stop === point; }); };
    Object.keys(points).map(Number).sort(function (a, b) { return a - b; }).forEach(function (point) {
      out.push(['text', position, point]);
      position = point;
      if (ending(point)) {
        const reopen = [];
        while (ending(point)) {
          const span = stack.pop();
          out.push(['close']);
          if (span.stop !== point) reopen.push(span);
        }
        reopen.reverse().forEach(function (span) { out.push(['open', span, false]); stack.push(span); });
      }
      (opening[point] || []).forEach(function (span) { out.push(['open', span, true]); stack.push(span); });
    });
    out.push(['text', position, length]);
    stack.forEach(function () { out.push(['close']); });
    return out;
  };

  // the DOM ------------------------------------------------------------------------------------------------------
  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      const value = attributes[key];
      if (value === null || value === undefined || value === false) return;
      if (key === 'class') node.className = value; else node.setAttribute(key, value === true ? '' : String(value));
    });
    append(node, children);
    return node;
  }

  function append(node, children) {
    if (children === null || children === undefined) return node;
    (Array.isArray(children) ? children : [children]).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  function tagClass(type) { return COLOURED.indexOf(type) >= 0 ? type : 'other'; }
  function tag(type) { return el('span', {class: 'tag ' + tagClass(type)}, type); }
  function link(href, text) { return el('a', {href: href}, text); }
  function docHref(id, select) { return '#/doc/' + encodeURIComponent(id) + (select ? '?select=' + select : ''); }
  function entityHref(id) { return '#/entity/' + encodeURIComponent(id); }
  function blank(value) { return value === null || value === undefined ? '' : value; }
  function warning(text) { return el('p', {class: 'warning'}, text); }

  // a sortable, filterable table: spec = {id, columns: [{key, label, num, cell(row), value(row)}], rows,
  // search(row), types: [[value, label]], type(row), rowAttributes(row), main (state from the address)}
  function table(spec, params) {
    const state = {query: '', type: '', key: null, desc: false, limit: LIMIT};
    if (spec.main && params) {
      state.query = params.q || '';
      state.type = params.type || '';
      if (params.sort) { state.key = params.sort; state.desc = params.desc === '1'; }
    }
    let searches = null;
    const input = el('input', {type: 'search', placeholder: spec.placeholder || 'filter', 'aria-label': 'filter'});
    input.value = state.query;
    const shown = el('span', {id: spec.id + '-shown'});
    const filters = el('div', {class: 'filters', 'data-table': spec.id}, [input]);
    let select = null;
    if (spec.types) {
      select = el('select', {'aria-label': 'type'}, [el('option', {value: ''}, 'all types')].concat(
        spec.types.map(function (type) { return el('option', {value: type}, type); })));
      select.value = state.type;
      filters.appendChild(select);
    }
    append(filters, el('span', {class: 'muted'}, [shown, ' shown']));
    const head = el('tr', {}, spec.columns.map(function (column) {
      const th = el('th', {'data-key': column.key, class: column.num ? 'num' : null}, column.label || column.key);
      th.addEventListener('click', function () {
        state.desc = state.key === column.key && !state.desc;
        state.key = column.key;
        draw();
      });
      return th;
    }));
    const body = el('tbody');
    const node = el('table', {id: spec.id, class: 'sortable'}, [el('thead', {}, head), body]);
    const more = el('button', {type: 'button', class: 'more', hidden: true});
    more.addEventListener('click', function () { state.limit = Infinity; draw(); });

    function value(column, row) { return column.value ? column.value(row) : blank(row[column.key]); }
    function draw() {
      if (!searches) {
        searches = spec.rows.map(function (row) {
          return (spec.search ? spec.search(row) : spec.columns.map(function (column) {
            return value(column, row);
          }).join(' ')).toLowerCase();
        });
      }
      const query = input.value.toLowerCase().trim();
      const type = select ? select.value : '';
      let chosen = [];
      spec.rows.forEach(function (row, at) {
        if ((!query || searches[at].indexOf(query) >= 0) && (!type || spec.type(row) === type)) chosen.push(row);
      });
      const column = spec.columns.filter(function (item) { return item.key === state.key; })[0];
      if (column) {
        const sign = state.desc ? -1 : 1;
        const keyed = chosen.map(function (row, at) { return [value(column, row), at, row]; });
        keyed.sort(function (a, b) {
          const order = column.num ? (parseFloat(a[0]) || 0) - (parseFloat(b[0]) || 0)
            : collator.compare(String(a[0]), String(b[0]));
          return sign * order || a[1] - b[1];
        });
        chosen = keyed.map(function (item) { return item[2]; });
        node.setAttribute('data-sorted', column.key + (state.desc ? ':desc' : ':asc'));
      }
      Array.prototype.forEach.call(head.cells, function (cell) {
        cell.classList.remove('asc', 'desc');
        if (column && cell.getAttribute('data-key') === column.key) cell.classList.add(state.desc ? 'desc' : 'asc');
      });
      body.textContent = '';
      chosen.slice(0, state.limit).forEach(function (row) {
        body.appendChild(el('tr', spec.rowAttributes ? spec.rowAttributes(row) : {}, spec.columns.map(function (item) {
          return el('td', {class: item.num ? 'num' : null}, item.cell ? item.cell(row) : value(item, row));
        })));
      });
      shown.textContent = chosen.length;
      node.setAttribute('data-shown', chosen.length);
      more.hidden = chosen.length <= state.limit;
      more.textContent = 'show all ' + chosen.length + ' rows';
    }
    input.addEventListener('input', draw);
    if (select) select.addEventListener('change', draw);
    draw();
    return el('div', {class: 'table'}, [filters, node, more]);
  }

  // the index ----------------------------------------------------------------------------------------------------
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


  // a document ---------------------------------------------------------------------------------------------------
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

  // an entity ----------------------------------------------------------------------------------------------------
  function entityView(route, done) {
    const found = index();
    const entityId = route.id;
    const entity = found.entity[entityId];
    if (!entity) { done({title: entityId, nodes: [warning('No entity ' + entityId + ' in this report.')]}); return; }
    const mentions = (found.byEntity[entityId] || []).map(function (item) { return item.row; });
    const name = function (id) { return own(found.entity, id) ? found.entity[id].name : '?'; };
    const docIds = mentions.map(function (row) { return row.doc_id; });
    R.loadTexts(docIds, function () {
      const texts = {};
      const textOf = function (docId) {
        if (!own(texts, docId)) texts[docId] = own(R.data.texts, docId) ? new Text(R.data.texts[docId]) : null;
        return texts[docId];
      };
      const out = [el('p', {}, [tag(entity.type), ' ', el('strong', {}, entity.name), ' ', el('code', {}, entityId),
                                entity.corrected === true ? ' \u270e corrected' : null])];
      const details = ['first', 'middle', 'last', 'aliases', 'mentions', 'documents'].filter(function (key) {
        return entity[key] !== '' && entity[key] !== undefined;
      }).map(function (key) { return key + ': ' + entity[key]; });
      if (details.length) out.push(el('p', {class: 'muted'}, details.join(' \u00b7 ')));
      const roles = found.rolesOf[entityId] || [];
      if (roles.length) {
        out.push(el('h2', {}, 'Roles'));
        out.push(el('ul', {}, roles.map(function (item) {
          const role = item.row;
          // on the person's view the organisation is named, on the organisation's view the person
          return el('li', {}, [
            role.role,
            role.org_entity_id && role.entity_id === entityId ? ' (' + name(role.org_entity_id) + ')' : null,
            role.entity_id !== entityId ? ' \u00b7 ' + name(role.entity_id) : null,
            ' \u00b7 ', link(docHref(role.doc_id, 'r-' + item.number), role.doc_id)]);
        })));
      }
      out.push(el('h2', {}, mentions.length + ' mention(s)'));
      const context = function (row) {
        const text = textOf(row.doc_id);
        if (!text || !Number.isInteger(row.start) || !Number.isInteger(row.stop) || row.start < 0 ||
            row.stop < row.start || row.stop > text.length) return null;
        return [text.slice(Math.max(0, row.start - CONTEXT), row.start), text.slice(row.start, row.stop),
                text.slice(row.stop, Math.min(text.length, row.stop + CONTEXT))];
      };
      out.push(table({
        id: 'mentions', rows: mentions, placeholder: 'filter mentions',
        rowAttributes: function (row) { return {'data-doc': row.doc_id, class: row.corrected === true ? 'corrected' : null}; },
        columns: [
          {key: 'doc_id', label: 'document', cell: function (row) {
            return link(docHref(row.doc_id, 'm-' + row.mention_id), row.doc_id);
          }},
          {key: 'start', num: true}, {key: 'text'}, {key: 'normal', label: 'normal form'},
          {key: 'source', label: 'stage/rule'},
          {key: 'context', value: function (row) {
            const parts = context(row);
            return parts ? parts.join('') : blank(row.sentence);
          }, cell: function (row) {
            const parts = context(row);
            if (!parts) return blank(row.sentence);
            return el('span', {class: 'context'}, [parts[0], el('mark', {class: tagClass(row.type)}, parts[1]), parts[2]]);
          }},
        ]}));
      done({title: entity.name + ' (' + entityId + ')', nodes: out});
    });
  }

  // routes -------------------------------------------------------------------------------------------------------
  function params(text) {
    const found = {};
    text.split('&').forEach(function (pair) {
      if (!pair) return;
      const at = pair.indexOf('=');
      const key = at < 0 ? pair : pair.slice(0, at), value = at < 0 ? '' : pair.slice(at + 1);
      try {
        found[decodeURIComponent(key)] = decodeURIComponent(value.replace(/\+/g, ' '));
      } catch (error) { /* a malformed escape in a hand-typed address: that pair is left out */ }
    });
    return found;
  }

  function parseRoute() {
    let hash = location.hash.replace(/^#/, '');
    let query = '';
    const at = hash.indexOf('?');
    if (at >= 0) { query = hash.slice(at + 1); hash = hash.slice(0, at); }
    const match = /^\/(doc|entity)\/(.*)$/.exec(hash);
    if (match) {
      let id = match[2];
      try { id = decodeURIComponent(id); } catch (error) { /* kept as typed */ }
      return {view: match[1], id: id, params: params(query)};
    }
    if (hash && hash.charAt(0) !== '/') query = hash;  // #q=...&type=... as well as #/?q=...
    return {view: 'index', id: null, params: Object.assign(params(location.search.slice(1)), params(query))};
  }

  const VIEWS = {
    index: function (route, done) { done(indexView(route)); },
    doc: documentView,
    entity: entityView,
  };

  function draw() {
    const route = R.route = parseRoute();
    const token = ++drawing;
    const root = document.documentElement;
    root.removeAttribute('data-ready');
    VIEWS[route.view](route, function (result) {
      if (token !== drawing) return;  // the address changed meanwhile: that view is drawn instead
      const main = document.getElementById('view');
      main.textContent = '';
      append(main, result.nodes);
      document.title = result.title;
      const title = document.getElementById('title');
      if (title) title.textContent = result.title;
      root.setAttribute('data-view', route.view);
      window.scrollTo(0, 0);
      if (result.after) result.after();
      root.setAttribute('data-ready', '1');
      document.dispatchEvent(new CustomEvent('report:rendered', {detail: route}));
    });
  }

  R.render = function () { indexes = null; draw(); };
  window.addEventListener('hashchange', draw);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw); else draw();
})();
