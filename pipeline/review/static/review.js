// The review controls over the report page (loaded after the report's scripts by `entity-pipeline review`).
// Clicking a highlighted mention adds, under its details in the report's side panel, the controls to
// drop it, change its type, move it into another entity, or rename, retype or merge its entity;
// selecting text in a document puts there the form to add a mention. Each edit is posted to
// /api/edit, which appends a row to corrections.csv and rebuilds the tables; the page then reloads
// its data, at the same place. The page's interface: pipeline/report/README.md.
(function () {
  'use strict';
  var REPORT = window.REPORT;
  var TYPES = ['PER', 'ORG', 'LOC'];
  var state = {reviewer: ''};

  var el = window.REVIEW_DOM.el;

  function rowsOf(kind) { return REPORT.data[kind] || []; }

  function entityById(id) {
    var found = null;
    rowsOf('entities').forEach(function (row) { if (row.entity_id === id) found = row; });
    return found;
  }

  function post(url, body) {
    return fetch(url, {method: 'POST', credentials: 'same-origin',
                       headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)})
      .then(function (response) {
        return response.json().then(function (value) {
          if (!response.ok) throw new Error(value.error || response.statusText);
          return value;
        });
      });
  }

  // the bar at the top: who reviews, the last edit's result, the way to the audit
  var bar = el('div', {id: 'review-bar', 'class': 'review-bar'});
  var message = el('span', {id: 'review-message', role: 'status'});
  function say(text, failed, busy) {
    message.textContent = text;
    message.className = failed ? 'review-error' : busy ? 'review-saving' : '';
  }

  // the controls go into the report's side panel (<aside id="panel">), under a highlight's details:
  // beside the text, hiding nothing of it or of the details
  var panel = el('section', {id: 'review-panel', 'class': 'review-panel'});
  function closePanel() { panel.textContent = ''; panel.remove(); }
  function showPanel(clear) {
    var aside = document.getElementById('panel');
    if (!aside) return;
    if (clear) aside.textContent = '';  // a selection to add: the details of an earlier click are not its
    aside.appendChild(panel);
  }

  function edit(body) {
    say('saving…', false, true);
    var buttons = panel.querySelectorAll('button');
    Array.prototype.forEach.call(buttons, function (button) { button.disabled = true; });
    return post('/api/edit', body).then(function (result) {
      sessionStorage.setItem('review-message', result.message + ' (' + result.seconds + ' s)');
      sessionStorage.setItem('review-scroll', String(window.scrollY));
      location.reload();  // the rebuilt tables: the page reads its data files again
    }, function (error) {
      Array.prototype.forEach.call(buttons, function (button) { button.disabled = false; });
      say(error.message, true);
      var shown = panel.querySelector('.review-panel-error');
      if (shown) shown.textContent = error.message;
    });
  }

  function typeSelect(current, id) {
    return el('select', {id: id}, TYPES.map(function (type) {
      var option = el('option', {value: type, text: type});
      if (type === current) option.selected = true;
      return option;
    }));
  }

  // a list of the run's entities to pick from by name or id
  function entityList(id) {
    var list = el('datalist', {id: id});
    rowsOf('entities').forEach(function (row) {
      list.appendChild(el('option', {value: row.entity_id, text: row.type + ' ' + row.name}));
    });
    return list;
  }

  function field(label, input) { return el('label', {}, [document.createTextNode(label + ' '), input]); }

  function openPanel(row) {
    var entity = entityById(row.entity_id) || {entity_id: row.entity_id, name: row.normal || row.text, type: row.type};
    var where = {doc_id: row.doc_id, start: Number(row.start), stop: Number(row.stop)};
    panel.textContent = '';
    var retype = typeSelect(row.type, 'review-type');
    var into = el('input', {id: 'review-into-entity', list: 'review-entities', placeholder: 'entity id'});
    var rename = el('input', {id: 'review-name', value: entity.name || ''});
    var mergeInto = el('input', {id: 'review-merge-into', list: 'review-entities', placeholder: 'entity id'});
    var entityType = typeSelect(entity.type, 'review-entity-type');
    panel.append(
      el('button', {'class': 'review-close', title: 'close', text: '×', on: {click: closePanel}}),
      el('h3', {text: '«' + (row.text || '') + '» ' + row.type}),
      el('p', {'class': 'review-where', text: row.doc_id + ' ' + row.start + '–' + row.stop +
               (row.source ? ' · ' + row.source : '')}),
      el('p', {'class': 'review-panel-error', role: 'alert'}),
      el('fieldset', {}, [
        el('legend', {text: 'This mention'}),
        el('button', {id: 'review-drop', text: 'Drop it', on: {click: function () {
          edit(Object.assign({action: 'drop'}, where));
        }}}),
        el('div', {}, [field('type', retype), el('button', {id: 'review-retype', text: 'Change type', on: {click: function () {
          edit(Object.assign({action: 'type', type: retype.value}, where));
        }}})]),
        el('div', {}, [field('into entity', into), el('button', {id: 'review-move', text: 'Move', on: {click: function () {
          var target = entityById(into.value.trim());
          edit(Object.assign({action: 'type', type: target ? target.type : row.type, entity_id: into.value.trim()}, where));
        }}})]),
      ]),
      el('fieldset', {}, [
        el('legend', {text: 'Its entity ' + (entity.entity_id || '')}),
        el('div', {}, [field('name', rename), el('button', {id: 'review-rename', text: 'Rename', on: {click: function () {
          edit({action: 'rename', entity_id: entity.entity_id, name: rename.value});
        }}})]),
        el('div', {}, [field('type', entityType), el('button', {id: 'review-entity-retype', text: 'Change type of all', on: {click: function () {
          edit({action: 'type', entity_id: entity.entity_id, type: entityType.value});
        }}})]),
        el('div', {}, [field('merge into', mergeInto), el('button', {id: 'review-merge', text: 'Merge', on: {click: function () {
          edit({action: 'merge', entity_id: entity.entity_id, into: mergeInto.value.trim()});
        }}})]),
      ]),
      entityList('review-entities'));
    showPanel(false);
  }

  // a selection in the document's text as character offsets: each text run carries data-offset
  function boundary(node, offset) {
    var start = node.nodeType === 1 ? node : node.parentElement;
    var run = start && start.closest('[data-offset]');
    if (!run) return null;
    var range = document.createRange();
    range.setStart(run, 0);
    range.setEnd(node, offset);
    // the tables' offsets count code points (Python's), not a JavaScript string's UTF-16 units
    return Number(run.getAttribute('data-offset')) + points(range.toString());
  }

  function points(text) { return Array.from(text).length; }

  function selectionOffsets() {
    var selection = window.getSelection();
    var container = document.getElementById('doc-text');
    if (!selection || selection.isCollapsed || !container) return null;
    var range = selection.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
    var start = boundary(range.startContainer, range.startOffset);
    var stop = boundary(range.endContainer, range.endOffset);
    if (start === null || stop === null || stop <= start) return null;
    var text = range.toString();
    // the pipeline's mentions have no edge spaces: neither does one added by hand
    var lead = points(text) - points(text.replace(/^\s+/, ''));
    var trail = points(text) - points(text.replace(/\s+$/, ''));
    if (!text.trim()) return null;
    var route = REPORT.route;
    var docId = route && route.view === 'doc' ? route.id : '';
    return {doc_id: docId, start: start + lead, stop: stop - trail, text: text.trim()};
  }

  function offerAdd() {
    var picked = selectionOffsets();
    if (!picked || !picked.doc_id) return;
    panel.textContent = '';
    var type = typeSelect('PER', 'review-add-type');
    var name = el('input', {id: 'review-add-name', value: picked.text.replace(/\s+/g, ' ')});
    panel.append(
      el('button', {'class': 'review-close', title: 'close', text: '×', on: {click: closePanel}}),
      el('h3', {text: 'Add «' + picked.text + '»'}),
      el('p', {'class': 'review-where', text: picked.doc_id + ' ' + picked.start + '–' + picked.stop}),
      el('p', {'class': 'review-panel-error', role: 'alert'}),
      field('type', type), field('normal form', name),
      el('button', {id: 'review-add', text: 'Add mention', on: {click: function () {
        edit({action: 'add', doc_id: picked.doc_id, start: picked.start, stop: picked.stop,
              type: type.value, name: name.value});
      }}}));
    var selected = document.querySelector('#doc-text mark.selected');
    if (selected) selected.classList.remove('selected');
    showPanel(true);
  }

  function start() {
    bar.append(el('b', {text: 'Review'}), document.createTextNode(' '),
               el('span', {id: 'review-reviewer', text: state.reviewer}), document.createTextNode(' · '),
               el('a', {href: '/audit', text: 'Audit'}), document.createTextNode(' · '),
               el('span', {'class': 'review-hint', text: 'click a mention to correct it, select text to add one'}),
               document.createTextNode(' '), message);
    document.body.insertBefore(bar, document.body.firstChild);
    var last = sessionStorage.getItem('review-message');
    if (last) { say(last); sessionStorage.removeItem('review-message'); }
    REPORT.editable = true;
    REPORT.onSpanClick = function (row, where) {
      if (where.kind === 'mentions') openPanel(row);
      else closePanel();  // figures, dates, roles, dropped rows: the corrections file has no action for them
    };
    document.addEventListener('mouseup', function (event) {
      if (!panel.contains(event.target)) setTimeout(offerAdd, 0);
    });
    var scroll = sessionStorage.getItem('review-scroll');
    sessionStorage.removeItem('review-scroll');
    document.addEventListener('report:rendered', function () {
      if (scroll) window.scrollTo(0, Number(scroll));  // back where the edit was made
      scroll = null;
    });
    document.addEventListener('report:rendered', closePanel);
    if (typeof REPORT.render === 'function') REPORT.render();
    document.documentElement.setAttribute('data-review', 'ready');
  }

  fetch('/api/state', {credentials: 'same-origin'}).then(function (response) { return response.json(); })
    .then(function (value) {
      state = value;
      if (value.types) TYPES = value.types;
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
    });
}());
