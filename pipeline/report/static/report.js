// Sorting and filtering of the report's tables (the filter state comes from ?q=&type=&sort=&desc=, or the
// same after #), and the side panel of a document page that shows the details of a clicked highlight.
(function () {
  function params() {
    var found = {};
    [location.search, location.hash].forEach(function (part) {
      part.replace(/^[?#]/, '').split('&').forEach(function (pair) {
        if (!pair) return;
        var bits = pair.split('=');
        try { found[decodeURIComponent(bits[0])] = decodeURIComponent((bits[1] || '').replace(/\+/g, ' ')); }
        catch (e) {}
      });
    });
    return found;
  }
  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return '';
    return cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent;
  }
  function sortTable(table, index, descending) {
    var body = table.tBodies[0];
    var numeric = table.tHead.rows[0].cells[index].classList.contains('num');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index), order;
      if (numeric) { order = (parseFloat(x) || 0) - (parseFloat(y) || 0); }
      else { order = x.localeCompare(y, 'ru'); }
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell, i) {
      cell.classList.remove('asc', 'desc');
      if (i === index) cell.classList.add(descending ? 'desc' : 'asc');
    });
    table.setAttribute('data-sorted', table.tHead.rows[0].cells[index].getAttribute('data-key') +
                       (descending ? ':desc' : ':asc'));
  }
  function filterTable(table, query, type) {
    query = (query || '').toLowerCase().trim();
    var shown = 0;
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var text = (row.getAttribute('data-search') || row.textContent).toLowerCase();
      var ok = (!query || text.indexOf(query) >= 0) && (!type || row.getAttribute('data-type') === type);
      row.hidden = !ok;
      if (ok) shown += 1;
    });
    table.setAttribute('data-shown', shown);
    var counter = document.getElementById(table.id + '-shown');
    if (counter) counter.textContent = shown;
  }
  function setup() {
    var state = params();
    Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell, index) {
        cell.addEventListener('click', function () {
          sortTable(table, index, cell.classList.contains('asc'));
        });
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll('.filters'), function (box) {
      var table = document.getElementById(box.getAttribute('data-table'));
      var input = box.querySelector('input'), select = box.querySelector('select');
      function apply() { filterTable(table, input.value, select ? select.value : ''); }
      input.addEventListener('input', apply);
      if (select) select.addEventListener('change', apply);
      if (box.hasAttribute('data-main')) {
        if (state.q) input.value = state.q;
        if (select && state.type) select.value = state.type;
        if (state.sort) {
          Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell, index) {
            if (cell.getAttribute('data-key') === state.sort) sortTable(table, index, state.desc === '1');
          });
        }
      }
      apply();
    });
    var panel = document.getElementById('panel');
    if (panel) {
      var selected = null;
      var show = function (mark) {
        if (selected) selected.classList.remove('selected');
        selected = mark; mark.classList.add('selected');
        var list = document.createElement('dl');
        (mark.getAttribute('data-info') || mark.title || '').split('\n').forEach(function (line) {
          var at = line.indexOf(': ');
          var dt = document.createElement('dt'), dd = document.createElement('dd');
          dt.textContent = at > 0 ? line.slice(0, at) : '';
          dd.textContent = at > 0 ? line.slice(at + 2) : line;
          list.appendChild(dt); list.appendChild(dd);
        });
        panel.textContent = '';
        panel.appendChild(list);
        var href = mark.getAttribute('data-href');
        if (href) {
          var link = document.createElement('a');
          link.href = href; link.textContent = 'every mention of this entity';
          panel.appendChild(link);
        }
      };
      document.addEventListener('click', function (event) {
        var mark = event.target.closest ? event.target.closest('mark') : null;
        if (!mark) return;
        show(mark);
        event.preventDefault();
      });
      // a link to a mention (doc.html#m-3) opens its details
      var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      if (state.select) target = document.getElementById(state.select);  // ?select=m-3: no scrolling
      if (target && target.tagName === 'MARK') show(target);
    }
    document.documentElement.setAttribute('data-ready', '1');
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setup); else setup();
})();
