// The audit page: draw a seeded stratified sample, judge each row in its context, and see
// precision per type and per rule with 95% Wilson intervals (and kappa between reviewers).
(function () {
  'use strict';

  var el = window.REVIEW_DOM.el;

  function getJSON(url) {
    return fetch(url, {credentials: 'same-origin'}).then(function (response) {
      return response.json().then(function (value) {
        if (!response.ok) throw new Error(value.error || response.statusText);
        return value;
      });
    });
  }

  function post(url, body) {
    return fetch(url, {method: 'POST', credentials: 'same-origin', headers: {'Content-Type': 'application/json'},
                       body: JSON.stringify(body)}).then(function (response) {
      return response.json().then(function (value) {
        if (!response.ok) throw new Error(value.error || response.statusText);
        return value;
      });
    });
  }

  function percent(value) { return value === null || value === undefined ? '–' : (100 * value).toFixed(1) + '%'; }

  function table(title, groups, id) {
    var body = el('tbody');
    Object.keys(groups).forEach(function (name) {
      var group = groups[name];
      body.appendChild(el('tr', {'data-group': name}, [
        el('td', {text: name}), el('td', {'class': 'num', text: String(group.right)}),
        el('td', {'class': 'num', text: String(group.wrong)}), el('td', {'class': 'num', text: String(group.unsure)}),
        el('td', {'class': 'num precision', text: percent(group.precision)}),
        el('td', {'class': 'num interval', text: group.judged ? percent(group.low) + ' – ' + percent(group.high) : '–'})]));
    });
    return el('table', {id: id}, [
      el('caption', {text: title}),
      el('thead', {}, [el('tr', {}, ['', 'right', 'wrong', 'unsure', 'precision', '95% Wilson'].map(function (name) {
        return el('th', {text: name});
      }))]), body]);
  }

  function showSummary() {
    return getJSON('/api/audit/summary').then(function (summary) {
      var section = document.getElementById('audit-summary');
      section.textContent = '';
      section.appendChild(el('h2', {text: 'Precision' + (summary.reviewer ? ' (' + summary.reviewer + ')' : '')}));
      section.appendChild(table('all judged rows', {all: summary.overall}, 'audit-overall'));
      section.appendChild(table('per type', summary.types, 'audit-types'));
      section.appendChild(table('per rule', summary.rules, 'audit-rules'));
      if (summary.agreement.length) {
        section.appendChild(el('table', {id: 'audit-agreement'}, [
          el('caption', {text: 'agreement between reviewers'}),
          el('thead', {}, [el('tr', {}, ['reviewers', 'rows', 'agreed', "Cohen's kappa"].map(function (name) {
            return el('th', {text: name});
          }))]),
          el('tbody', {}, summary.agreement.map(function (pair) {
            return el('tr', {}, [el('td', {text: pair.reviewers.join(' / ')}), el('td', {'class': 'num', text: String(pair.rows)}),
                                 el('td', {'class': 'num', text: String(pair.agreed)}),
                                 el('td', {'class': 'num kappa', text: pair.kappa === null ? '–' : pair.kappa.toFixed(3)})]);
          }))]));
      }
      section.appendChild(el('p', {'class': 'review-hint', text: 'also in OUTPUT/audit.json; unsure rows are left out of precision'}));
    });
  }

  function progress() {
    var rows = document.querySelectorAll('#audit-rows > li');
    var done = document.querySelectorAll('#audit-rows > li[data-verdict]:not([data-verdict=""])');
    document.getElementById('audit-progress').textContent = done.length + ' of ' + rows.length + ' judged';
  }

  function judge(item, row, verdict, note) {
    return post('/api/audit/verdict', {key: row.key, verdict: verdict, note: note.value}).then(function () {
      item.setAttribute('data-verdict', verdict);
      Array.prototype.forEach.call(item.querySelectorAll('button'), function (button) {
        button.setAttribute('aria-pressed', String(button.value === verdict));
      });
      progress();
      return showSummary();
    }, function (error) { item.querySelector('.review-panel-error').textContent = error.message; });
  }

  function showRow(row) {
    var item = el('li', {'data-key': row.key, 'data-verdict': row.verdict});
    var note = el('input', {'class': 'audit-note', placeholder: 'note (optional)', value: row.note || ''});
    var details = Object.keys(row.details).map(function (name) { return name + ': ' + row.details[name]; }).join(' · ');
    item.append(
      el('p', {'class': 'audit-meta'}, [
        el('b', {text: row.type}), document.createTextNode(' ' + row.rule + ' · '),
        el('a', {href: '/#/doc/' + encodeURIComponent(row.doc_id), text: row.doc_id}),
        document.createTextNode(' ' + row.start + '–' + row.stop + (details ? ' · ' + details : ''))]),
      el('p', {'class': 'audit-context'}, [
        document.createTextNode(row.context.before), el('mark', {'data-kind': row.type, text: row.context.text}),
        document.createTextNode(row.context.after)]),
      el('p', {'class': 'review-panel-error', role: 'alert'}),
      el('div', {'class': 'audit-verdicts'}, ['right', 'wrong', 'unsure'].map(function (verdict) {
        return el('button', {type: 'button', value: verdict, text: verdict, 'aria-pressed': String(row.verdict === verdict),
                             on: {click: function () { judge(item, row, verdict, note); }}});
      }).concat([note])));
    return item;
  }

  function draw(event) {
    if (event) event.preventDefault();
    var size = document.getElementById('audit-size').value;
    var seed = document.getElementById('audit-seed').value;
    history.replaceState(null, '', '/audit#size=' + size + '&seed=' + seed);
    return getJSON('/api/audit/sample?size=' + encodeURIComponent(size) + '&seed=' + encodeURIComponent(seed))
      .then(function (sample) {
        document.getElementById('audit-reviewer').textContent = 'reviewer: ' + sample.reviewer;
        var list = document.getElementById('audit-rows');
        list.textContent = '';
        sample.rows.forEach(function (row) { list.appendChild(showRow(row)); });
        progress();
        document.documentElement.setAttribute('data-audit', 'ready');
      });
  }

  var wanted = /size=(\d+)&seed=(-?\d+)/.exec(location.hash);
  if (wanted) {
    document.getElementById('audit-size').value = wanted[1];
    document.getElementById('audit-seed').value = wanted[2];
  }
  document.getElementById('audit-draw').addEventListener('submit', draw);
  showSummary().then(function () { return draw(); });
}());
