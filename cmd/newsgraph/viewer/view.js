// newsgraph view: draws the graph embedded in #graph-data with Cytoscape.js
// and wires the legend, filters, search and details panel. No network use.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var colours = data.colours;
  var els = data.elements;

  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: els.nodes.concat(els.edges),
    style: [
      { selector: "node", style: {
        "label": "data(name)", "background-color": function (n) { return colours[n.data("label")] || "#999"; },
        "color": "#222", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4,
        "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 2,
        "width": 26, "height": 26 } },
      { selector: "edge", style: {
        "label": "data(type)", "font-size": 8, "color": "#555", "curve-style": "bezier",
        "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8,
        "text-background-padding": 1, "line-color": "#9aa", "target-arrow-color": "#9aa",
        "target-arrow-shape": "triangle", "arrow-scale": 0.9,
        "width": function (e) { return Math.min(1 + e.data("evidence_count"), 6); } } },
      { selector: "edge[?symmetric]", style: { "target-arrow-shape": "none" } },
      { selector: "edge[?negated]", style: { "line-style": "dashed", "line-color": "#c55" } },
      { selector: ".hidden", style: { "display": "none" } },
      { selector: ".dim", style: { "opacity": 0.15 } },
      { selector: ":selected", style: { "overlay-color": "#36c", "overlay-opacity": 0.2 } }
    ],
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 1200000; },
      idealEdgeLength: function () { return 140; }, nodeOverlap: 40, padding: 40, componentSpacing: 120,
      numIter: 2500, gravity: 0.25 }
  });
  window.cy = cy;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  document.getElementById("counts").textContent =
    els.nodes.length + " entities, " + els.edges.length + " facts";

  var legend = document.getElementById("legend");
  Object.keys(colours).forEach(function (label) {
    var row = el("label");
    var dot = el("span");
    dot.style.background = colours[label];
    row.appendChild(dot);
    row.appendChild(document.createTextNode(label));
    legend.appendChild(row);
  });

  function checkboxes(id, values) {
    var box = document.getElementById(id);
    values.sort().forEach(function (v) {
      var row = el("label");
      var cb = el("input", { type: "checkbox", value: v });
      cb.checked = true;
      cb.addEventListener("change", applyFilters);
      row.appendChild(cb);
      row.appendChild(document.createTextNode(" " + v));
      box.appendChild(row);
    });
  }
  function distinct(f) {
    var seen = {};
    els.edges.forEach(function (e) { [].concat(f(e.data)).forEach(function (v) { if (v) { seen[v] = true; } }); });
    return Object.keys(seen);
  }
  checkboxes("types", distinct(function (d) { return d.type; }));
  checkboxes("modalities", distinct(function (d) { return d.modalities; }));
  var from = document.getElementById("from"), to = document.getElementById("to");
  var dates = distinct(function (d) { return [d.first_date, d.last_date]; }).sort();
  if (dates.length) { from.value = dates[0]; to.value = dates[dates.length - 1]; }
  from.addEventListener("change", applyFilters);
  to.addEventListener("change", applyFilters);

  function checked(id) {
    var out = {};
    document.querySelectorAll("#" + id + " input").forEach(function (cb) { out[cb.value] = cb.checked; });
    return out;
  }

  function applyFilters() {
    var types = checked("types"), mods = checked("modalities");
    cy.batch(function () {
      cy.edges().forEach(function (e) {
        var d = e.data();
        var ok = types[d.type] && d.modalities.some(function (m) { return mods[m]; });
        if (ok && d.first_date && from.value && d.last_date < from.value) { ok = false; }
        if (ok && d.first_date && to.value && d.first_date > to.value) { ok = false; }
        e.toggleClass("hidden", !ok);
      });
    });
  }

  document.getElementById("search").addEventListener("input", function (ev) {
    var q = ev.target.value.trim().toLowerCase();
    cy.batch(function () {
      cy.elements().removeClass("dim");
      if (!q) { return; }
      var hit = cy.nodes().filter(function (n) {
        var names = [n.data("name"), n.data("iso3") || ""].concat(n.data("aliases") || []);
        return names.some(function (s) { return s.toLowerCase().indexOf(q) >= 0; });
      });
      cy.elements().not(hit.closedNeighborhood()).addClass("dim");
    });
  });

  var details = document.getElementById("details");
  function show(parts) {
    details.textContent = "";
    parts.forEach(function (p) { details.appendChild(p); });
  }
  cy.on("tap", "edge", function (ev) {
    var d = ev.target.data();
    var s = cy.getElementById(d.source).data("name"), t = cy.getElementById(d.target).data("name");
    var arrow = d.symmetric ? " – " : " → ";
    var parts = [el("div", {}, s + arrow + (d.negated ? "NOT " : "") + d.type + arrow + t)];
    var meta = el("div", { "class": "src" }, d.evidence_count + " evidence in " + d.article_count + " article(s)" +
      (d.first_date ? ", " + d.first_date + (d.last_date !== d.first_date ? " to " + d.last_date : "") : ""));
    parts.push(meta);
    var tags = el("div");
    d.modalities.forEach(function (m) { tags.appendChild(el("span", { "class": "tag" }, m)); });
    parts.push(tags);
    (d.evidence || []).forEach(function (ev) {
      parts.push(el("blockquote", {}, ev.sentence));
      parts.push(el("div", { "class": "src" }, [ev.article, ev.source, ev.date].filter(Boolean).join(" · ")));
    });
    if (!d.evidence || !d.evidence.length) { parts.push(el("div", { "class": "src" }, "No sentences exported.")); }
    show(parts);
  });
  cy.on("tap", "node", function (ev) {
    var d = ev.target.data();
    var parts = [el("div", {}, d.name + " (" + d.label + (d.iso3 ? ", " + d.iso3 : "") + ")")];
    if (d.aliases && d.aliases.length) { parts.push(el("div", { "class": "src" }, "also: " + d.aliases.join(", "))); }
    parts.push(el("div", { "class": "src" }, ev.target.connectedEdges().length + " fact(s) shown"));
    show(parts);
  });
})();
