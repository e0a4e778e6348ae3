// The report's data (pipeline/report/README.md tells the interface): window.REPORT, which the data files fill
// through REPORT.add; the indexes by document and entity; the text chunks, loaded on demand; offsets in code
// points; and REPORT.cut, a text's highlights as nested pieces. Loaded first: the data files call REPORT.add.
// REPORT.lib holds what the report's other scripts share; it is no interface for a page script.
(function () {
  'use strict';
  const R = window.REPORT = {
    data: {texts: {}}, columns: {}, editable: false, onSpanClick: null, route: null, base: '',
  };
  const lib = R.lib = {views: {}};  // views: route view name -> function (route, done), one per view script
  let indexes = null;
  const chunks = {};  // chunk number -> callbacks waiting for it, or 'done'

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

  // the views' indexes are built again on the next index(): after REPORT.render, as after REPORT.add
  function dropIndexes() { indexes = null; }

  Object.assign(lib, {meta: meta, rows: rows, own: own, spanKinds: spanKinds, index: index, dropIndexes: dropIndexes,
                      Text: Text});
})();
