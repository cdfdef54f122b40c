// The page's own code: builds the network from the embedded JSON, the legend and the search.
// Text from the graph is only ever put in the page through textContent; tooltips are HTML
// escaped on the Python side and parsed here into elements (vis-network shows strings as text).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var state = { network: null, nodes: null, edges: null, drawn: false, drawMs: null,
                errors: [] };
  window.kgGraph = state;
  var t0 = performance.now();

  function tip(markup) {
    var box = document.createElement("div");
    box.innerHTML = markup;        // escaped by the exporter: text only, no active content
    return box.firstChild || box;
  }

  function normalise(text) {       // search key: no diacritics/tatweel, one alef, lower case
    return String(text).toLowerCase()
      .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064A").replace(/\u0629/g, "\u0647");
  }

  var nodeItems = data.nodes.map(function (n) {
    return { id: n.id, label: n.label, x: n.x, y: n.y, color: n.color, shape: n.shape,
             size: n.size, title: tip(n.title), group: n.cls };
  });
  var edgeItems = data.edges.map(function (e) {
    return { id: e.id, from: e.from, to: e.to, label: e.label, title: tip(e.title),
             dashes: e.kind === "role" };
  });
  state.nodes = new vis.DataSet(nodeItems);
  state.edges = new vis.DataSet(edgeItems);
  var container = document.getElementById("kg-graph");
  state.network = new vis.Network(container, { nodes: state.nodes, edges: state.edges },
                                  data.options);
  state.network.once("afterDrawing", function () {
    state.drawn = true;
    state.drawMs = performance.now() - t0;
    document.body.setAttribute("data-drawn", "1");
  });

  // legend
  var legend = document.getElementById("kg-legend");
  function legendRow(swatchClass, color, text, count) {
    var li = document.createElement("li");
    var sw = document.createElement("span");
    sw.className = "kg-swatch " + swatchClass;
    if (color) { sw.style.background = color; }
    var name = document.createElement("span");
    name.textContent = text;
    li.appendChild(sw);
    li.appendChild(name);
    if (count !== null) {
      var c = document.createElement("span");
      c.className = "kg-count";
      c.textContent = String(count);
      li.appendChild(c);
    }
    legend.appendChild(li);
  }
  data.legend.forEach(function (row) {
    legendRow(row.shape, row.color,
              row.cls === row.coarse ? row.cls : row.cls + " (" + row.coarse + ")", row.count);
  });
  legendRow("line", null, "relation", null);
  legendRow("line dashed", null, "event role", null);

  // search: matches Arabic and English labels (and other names); click a result to focus it
  var byId = {};
  var keys = data.nodes.map(function (n) {
    byId[n.id] = n;
    return { id: n.id, text: n.search.map(normalise).join("\n") };
  });
  var input = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");
  var LIMIT = 30;

  function focus(id) {
    state.network.selectNodes([id]);
    state.network.focus(id, { scale: 1.2, animation: { duration: 400 } });
  }

  function search() {
    var q = normalise(input.value.trim());
    results.textContent = "";
    if (!q) { state.network.unselectAll(); return []; }
    var hits = keys.filter(function (k) { return k.text.indexOf(q) !== -1; })
                   .map(function (k) { return k.id; });
    hits.slice(0, LIMIT).forEach(function (id) {
      var n = byId[id];
      var li = document.createElement("li");
      var ar = document.createElement("span");
      ar.className = "kg-ar";
      ar.dir = "rtl";
      ar.textContent = n.label;
      li.appendChild(ar);
      if (n.en && n.en !== n.label) {
        var en = document.createElement("span");
        en.className = "kg-en";
        en.textContent = " \u2014 " + n.en;
        li.appendChild(en);
      }
      li.setAttribute("data-id", id);
      li.addEventListener("click", function () { focus(id); });
      results.appendChild(li);
    });
    if (hits.length > LIMIT) {
      var more = document.createElement("li");
      more.textContent = "+" + (hits.length - LIMIT) + " more";
      results.appendChild(more);
    }
    state.network.selectNodes(hits);
    return hits;
  }
  state.search = function (text) { input.value = text; return search(); };
  input.addEventListener("input", search);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var hits = search();
      if (hits.length) { focus(hits[0]); }
    }
  });
})();
