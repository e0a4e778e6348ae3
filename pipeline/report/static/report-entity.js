// The entity view (#/entity/<id>): an entity's details and roles, and every mention of it with its context cut
// from the text. Loaded after report-dom.js.
(function () {
  'use strict';
  const R = window.REPORT, lib = R.lib;
  const own = lib.own, index = lib.index, Text = lib.Text;
  const el = lib.el, tag = lib.tag, tagClass = lib.tagClass, link = lib.link, docHref = lib.docHref;
  const blank = lib.blank, warning = lib.warning, table = lib.table;
  const CONTEXT = 80;  // characters of text either side of a mention on an entity's view

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

  lib.views.entity = entityView;
})();
