// What the review page and the audit page both build their controls with: an element from a tag,
// attributes (`text` sets textContent, never HTML; `on` adds listeners) and children.
(function () {
  'use strict';

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === 'text') node.textContent = attributes[name];
      else if (name === 'on') Object.keys(attributes.on).forEach(function (e) { node.addEventListener(e, attributes.on[e]); });
      else node.setAttribute(name, attributes[name]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  window.REVIEW_DOM = {el: el};
}());
