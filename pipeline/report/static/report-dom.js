// The DOM pieces every view uses: elements built with textContent and setAttribute only (never HTML), type
// tags, links to the views, and the sortable, filterable table. Loaded after report-data.js.
(function () {
  'use strict';
  const lib = window.REPORT.lib;
  const COLOURED = ['PER', 'ORG', 'LOC', 'FIG', 'DATE', 'ROLE'];
  const LIMIT = 1000;  // rows a table draws before a "show all" button: 100,000 rows would stall the page
  const collator = new Intl.Collator('ru', {numeric: true});

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

  Object.assign(lib, {collator: collator, el: el, append: append, tagClass: tagClass, tag: tag, link: link,
                      docHref: docHref, entityHref: entityHref, blank: blank, warning: warning, table: table});
})();
