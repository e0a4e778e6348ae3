// The routes: the address (#/, #/doc/<id>, #/entity/<id>, with ?key=value params) picks the view that is drawn
// into <main id="view">; REPORT.route, REPORT.render, data-ready and the report:rendered event. Loaded last: it
// draws the first view once the page is parsed, when every view script and data file has run.
(function () {
  'use strict';
  const R = window.REPORT, lib = R.lib;
  const append = lib.append;
  let drawing = 0;

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

  function draw() {
    const route = R.route = parseRoute();
    const token = ++drawing;
    const root = document.documentElement;
    root.removeAttribute('data-ready');
    lib.views[route.view](route, function (result) {  // each view's script registered it in lib.views
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

  R.render = function () { lib.dropIndexes(); draw(); };
  window.addEventListener('hashchange', draw);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw); else draw();
})();
