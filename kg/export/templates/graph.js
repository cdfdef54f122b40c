// The explorer: draws ONE data object (nodes, edges, evidence, articles; docs/html.md) with
// vis-network, and adds the labels, filters, timeline, details panel, focus and paths.
// window.kgExplorer.start(data, hooks) can be fed the same object by a server, and
// window.kgExplorer.add(partial) adds more of it (kg serve's explorer: kg/templates/explore.js).
// Text from the graph is only ever put in the page through textContent or drawn on the
// canvas as text; no data is ever parsed as HTML, and only http(s) URLs become links.
(function () {
  "use strict";
  var FONT = '"Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans", Arial, sans-serif';
  var DAY = 86400000;
  var MAX_LABELS = 400;           // labels drawn per frame at most
  var LIMIT = 30;                 // search results listed
  var ROLE_COLOR = { color: "#b4a3c8", highlight: "#5b3a87", hover: "#5b3a87" };
  var FIRST_DRAW = 2000;          // a bigger graph draws its most connected nodes first

  function $(id) { return document.getElementById(id); }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function normalise(text) {       // search key: no diacritics/tatweel, one alef, lower case
    return String(text).toLowerCase()
      .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064A").replace(/\u0629/g, "\u0647");
  }

  function fold(text) {            // same length as the text: offsets stay valid
    return String(text).toLowerCase()
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064A").replace(/\u0629/g, "\u0647");
  }

  // "2025", "2025-12", "2025-12-13" -> [first day, last day] (days since 1970), or null
  function dayRange(text) {
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(String(text || ""));
    if (!m) { return null; }
    var y = +m[1];
    if (m[3]) { var d = Date.UTC(y, +m[2] - 1, +m[3]) / DAY; return [d, d]; }
    if (m[2]) { return [Date.UTC(y, +m[2] - 1, 1) / DAY, Date.UTC(y, +m[2], 1) / DAY - 1]; }
    return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y + 1, 0, 1) / DAY - 1];
  }

  function dayText(day) { return new Date(day * DAY).toISOString().slice(0, 10); }

  function safeUrl(url) { return /^https?:\/\//i.test(String(url || "")) ? String(url) : ""; }

  // hooks (a server's, optional): search(q, S) lists results itself; expand(id, done) and
  // details(id) fetch more and call S.add(partial); ready(S) once the page is drawn.
  function start(data, hooks) {
    hooks = hooks || {};
    var t0 = performance.now();
    var S = { data: data, lang: "ar", drawn: false, drawMs: null, firstPaintMs: null,
              drawnLabels: [], selected: null, pathFrom: null, path: null,
              focus: null, forced: {}, errors: [] };
    var nodes = data.nodes, edges = data.edges, evidence = data.evidence || [],
        articles = data.articles || [];
    var byId = {}, edgeById = {}, adj = {}, classes = {};
    (data.classes || []).forEach(function (c) { classes[c.cls] = c; });
    nodes.forEach(function (n, i) { n.i = i; byId[n.id] = n; adj[n.id] = []; });
    edges.forEach(function (e, i) { e.i = i; edgeById[e.id] = e; adj[e.from].push(e); adj[e.to].push(e); });

    // dates: an event's own date, else its articles'; a relation's: its articles'
    function artRange(arts) {
      var lo = null, hi = null;
      arts.forEach(function (a) {
        var r = articles[a] && dayRange(articles[a].date);
        if (r) { lo = lo === null ? r[0] : Math.min(lo, r[0]); hi = hi === null ? r[1] : Math.max(hi, r[1]); }
      });
      return lo === null ? null : [lo, hi];
    }
    function prepareNode(n) {
      n.art = n.art || []; n.ev = n.ev || [];
      n.when = n.coarse === "Event" ? (dayRange(n.date) || artRange(n.art)) : null;
      n.names = [n.label, n.en].concat(n.aliases || []).filter(function (t) { return t; });
      n.key = n.names.map(normalise).join("\n");
    }
    function prepareEdge(e) {
      e.art = e.art || []; e.ev = e.ev || [];
      e.when = e.kind === "role" ? byId[e.from].when : artRange(e.art);
    }
    nodes.forEach(prepareNode);
    edges.forEach(prepareEdge);
    var events, order;
    function sortNodes() {
      events = nodes.filter(function (n) { return n.coarse === "Event" && n.when; });
      order = nodes.slice().sort(function (a, b) { return b.deg - a.deg || a.i - b.i; });
    }
    sortNodes();

    // ---- filters ------------------------------------------------------------------------
    var F = { off: {}, from: null, to: null, conf: 0, article: "", unconnected: !!data.meta.unconnected };
    S.filters = F;
    var nodeVis = {}, edgeVis = {};

    function articlePass(arts) {
      if (!F.article) { return true; }
      var kind = F.article.charAt(0), value = F.article.slice(2);
      for (var k = 0; k < arts.length; k++) {
        var a = articles[arts[k]];
        if (kind === "a" && String(arts[k]) === value) { return true; }
        if (kind === "s" && a && a.source === value) { return true; }
      }
      return false;
    }
    function datePass(when) {
      if (F.from === null && F.to === null) { return true; }
      if (!when) { return false; }
      return (F.from === null || when[1] >= F.from) && (F.to === null || when[0] <= F.to);
    }
    function confPass(conf) { return conf === null || conf === undefined || conf >= F.conf - 1e-9; }
    function nodePass(n) {
      if (F.off[n.cls]) { return false; }
      if (n.coarse === "Event") {
        return confPass(n.conf) && datePass(n.when) && articlePass(n.art);
      }
      return !F.article || articlePass(n.art) || n.art.length === 0;
    }

    function compute() {
      var base = {}, deg = {};
      nodes.forEach(function (n) {
        var ok = S.forced[n.id] || nodePass(n);
        if (ok && S.focus && !S.focus[n.id] && !S.forced[n.id]) { ok = false; }
        base[n.id] = ok;
      });
      edgeVis = {};
      edges.forEach(function (e) {
        var ok = base[e.from] && base[e.to] &&
          (S.forced[e.from] || S.forced[e.to] ||
           (confPass(e.conf) && datePass(e.when) && articlePass(e.art)));
        if (ok) { edgeVis[e.id] = true; deg[e.from] = (deg[e.from] || 0) + 1; deg[e.to] = (deg[e.to] || 0) + 1; }
      });
      nodeVis = {};
      nodes.forEach(function (n) {
        if (base[n.id] && (F.unconnected || deg[n.id] || S.forced[n.id] ||
                           (S.focus && S.focus[n.id]))) { nodeVis[n.id] = true; }
      });
      S.nodeVis = nodeVis; S.edgeVis = edgeVis;
    }

    // ---- the network --------------------------------------------------------------------
    function titleOf(n) {
      var lines = [n.label];
      if (n.en && n.en !== n.label) { lines.push(n.en); }
      lines.push(n.cls === n.coarse ? n.cls : n.cls + " (" + n.coarse + ")");
      if (n.qid) { lines.push("Wikidata " + n.qid); }
      if (n.aliases && n.aliases.length) { lines.push("Also: " + n.aliases.join("، ")); }
      return lines.join("\n");
    }
    function edgeTitle(e) {
      var s = name(byId[e.from]) + " \u2192 " + e.label + " \u2192 " + name(byId[e.to]);
      return e.conf === null || e.conf === undefined ? s : s + "\nconfidence " + e.conf;
    }
    function name(n) { return S.lang === "en" ? (n.en || n.label) : n.label; }
    // a date after Arabic text keeps its order (2025-12-13, not 13-12-2025): a left-to-right mark
    function marked(text) { return String(text).replace(/(\d{4}(?:-\d{2}){0,2})/g, "\u200E$1"); }
    function shown(text) { return S.lang === "en" ? text : marked(text); }
    S.labelOf = function (id) { return name(byId[id]); };

    var big = nodes.length >= 1000 || edges.length >= 1000;   // no dashes: they draw slowly
    compute();
    var nodeSet = new vis.DataSet(nodes.map(function (n) {
      var c = classes[n.cls] || { color: "#9e9e9e", shape: "dot" };
      return { id: n.id, x: n.x, y: n.y, color: c.color, shape: c.shape, size: n.size,
               title: titleOf(n) };
    }));
    var edgeSet = new vis.DataSet(edges.map(function (e) {
      return { id: e.id, from: e.from, to: e.to, label: e.label, title: edgeTitle(e),
               dashes: e.kind === "role" && !big, color: e.kind === "role" ? ROLE_COLOR : undefined };
    }));
    // a big graph is drawn in two steps: its FIRST_DRAW most connected nodes, then the rest
    var staged = null;
    if (nodes.length > FIRST_DRAW) {
      staged = {};
      order.slice(0, FIRST_DRAW).forEach(function (n) { staged[n.id] = true; });
    }
    S.complete = !staged;
    var nodeView = new vis.DataView(nodeSet, { filter: function (item) {
      return !!nodeVis[item.id] && (!staged || staged[item.id] === true);
    } });
    var edgeView = new vis.DataView(edgeSet, { filter: function (item) {
      var e = edgeById[item.id];
      return !!edgeVis[item.id] && (!staged || (staged[e.from] === true && staged[e.to] === true));
    } });
    S.nodes = nodeSet; S.edges = edgeSet; S.nodeView = nodeView; S.edgeView = edgeView;
    S.timings = { prepared: performance.now() - t0 };
    var network = new vis.Network($("kg-graph"), { nodes: nodeView, edges: edgeView }, data.options);
    S.network = network;
    S.timings.network = performance.now() - t0;
    network.once("afterDrawing", function () {
      S.drawn = true;
      S.drawMs = performance.now() - t0;
      S.firstPaintMs = performance.now();
      S.firstDrawnNodes = nodeView.length;
      document.body.setAttribute("data-drawn", "1");
      if (staged) {
        setTimeout(function () {
          staged = null;
          nodeView.refresh();
          edgeView.refresh();
          network.once("afterDrawing", function () {
            S.complete = true;
            S.completeMs = performance.now();
            document.body.setAttribute("data-complete", "1");
          });
          network.redraw();
        }, 30);
      }
    });

    // ---- labels: size by importance, no overlap, the chosen language --------------------
    var widths = { ar: {}, en: {} };
    function labelSize(n, zoom) {
      return Math.min(24, 11 + 2.2 * Math.sqrt(n.deg)) * zoom;
    }
    function drawLabels(ctx) {
      var m = ctx.getTransform(), scale = network.getScale();
      var dpr = m.a / scale, W = ctx.canvas.width, H = ctx.canvas.height;
      var zoom = Math.max(0.75, Math.min(1.4, Math.pow(scale, 0.3)));
      var cell = 64 * dpr, grid = {}, placed = [];
      var body = network.body.nodes;
      var first = [];
      if (S.selected) { first.push(byId[S.selected]); }
      (S.path || []).forEach(function (id) { first.push(byId[id]); });
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.textAlign = "center";
      ctx.textBaseline = "top";
      ctx.direction = S.lang === "ar" ? "rtl" : "ltr";
      ctx.lineJoin = "round";
      var cache = widths[S.lang];
      function overlaps(r) {
        var x0 = Math.floor(r[0] / cell), x1 = Math.floor(r[2] / cell);
        var y0 = Math.floor(r[1] / cell), y1 = Math.floor(r[3] / cell);
        for (var gx = x0; gx <= x1; gx++) {
          for (var gy = y0; gy <= y1; gy++) {
            var list = grid[gx + ":" + gy];
            if (!list) { continue; }
            for (var k = 0; k < list.length; k++) {
              var o = list[k];
              if (r[0] < o[2] && r[2] > o[0] && r[1] < o[3] && r[3] > o[1]) { return true; }
            }
          }
        }
        return false;
      }
      function put(r) {
        for (var gx = Math.floor(r[0] / cell); gx <= Math.floor(r[2] / cell); gx++) {
          for (var gy = Math.floor(r[1] / cell); gy <= Math.floor(r[3] / cell); gy++) {
            (grid[gx + ":" + gy] = grid[gx + ":" + gy] || []).push(r);
          }
        }
      }
      var seen = {};
      function consider(n, must) {
        if (!n || seen[n.id] || !nodeVis[n.id] || !body[n.id]) { return; }
        seen[n.id] = true;
        var size = labelSize(n, zoom);
        if (!must && size < 9.5) { return; }
        var b = body[n.id];
        var sx = m.a * b.x + m.e, sy = m.d * b.y + m.f;
        if (sx < -200 * dpr || sx > W + 200 * dpr || sy < -60 * dpr || sy > H + 60 * dpr) { return; }
        var text = name(n), drawn = shown(text);
        if (cache[n.id] === undefined) {
          ctx.font = "100px " + FONT;
          cache[n.id] = ctx.measureText(drawn).width / 100;
        }
        var px = size * dpr, w = cache[n.id] * px, top = sy + (n.size * m.a) + 2 * dpr;
        var r = [sx - w / 2 - 2 * dpr, top, sx + w / 2 + 2 * dpr, top + px * 1.25];
        if (!must && overlaps(r)) { return; }
        put(r);
        placed.push({ id: n.id, text: text, x: r[0] / dpr, y: r[1] / dpr,
                      w: (r[2] - r[0]) / dpr, h: (r[3] - r[1]) / dpr, size: size });
        ctx.font = (must ? "bold " : "") + px.toFixed(1) + "px " + FONT;
        ctx.lineWidth = 3 * dpr;
        ctx.strokeStyle = "#ffffff";
        ctx.strokeText(drawn, sx, top);
        ctx.fillStyle = must ? "#000000" : "#1a1a1a";
        ctx.fillText(drawn, sx, top);
      }
      first.forEach(function (n) { consider(n, true); });
      for (var k = 0; k < order.length && placed.length < MAX_LABELS; k++) { consider(order[k], false); }
      ctx.restore();
      S.drawnLabels = placed;
    }
    network.on("afterDrawing", function (ctx) {
      try { drawLabels(ctx); } catch (err) { S.errors.push(String(err)); }
    });

    // ---- legend with checkboxes and counts ------------------------------------------------
    var legend = $("kg-legend"), countEls = {};
    var present = {};
    function buildLegend() {
      legend.textContent = ""; countEls = {}; present = {};
      nodes.forEach(function (n) { present[n.cls] = (present[n.cls] || 0) + 1; });
      var lastGroup = null;
      (data.classes || []).forEach(function (c) {
        if (!present[c.cls]) { return; }
        if (c.coarse !== lastGroup && c.coarse !== c.cls) {
          lastGroup = c.coarse;
        }
        var li = el("li"), label = el("label"), box = el("input");
        box.type = "checkbox"; box.checked = !F.off[c.cls]; box.setAttribute("data-cls", c.cls);
        box.addEventListener("change", function () { F.off[c.cls] = !box.checked; update(); });
        var sw = el("span", null, "kg-swatch " + c.shape);
        sw.style.background = c.color;
        label.appendChild(box); label.appendChild(sw);
        label.appendChild(el("span", c.cls === c.coarse ? c.cls : c.cls + " (" + c.coarse + ")"));
        li.appendChild(label);
        var count = el("span", "", "kg-count");
        count.setAttribute("data-cls", c.cls);
        countEls[c.cls] = count;
        li.appendChild(count);
        legend.appendChild(li);
      });
      function lineRow(cls, text) {
        var li = el("li");
        li.appendChild(el("span", null, "kg-swatch " + cls));
        li.appendChild(el("span", text));
        legend.appendChild(li);
      }
      lineRow("line", "relation");
      lineRow("line dashed", "event role");
    }
    buildLegend();
    $("kg-all").addEventListener("click", function () {
      var anyOff = Object.keys(F.off).some(function (k) { return F.off[k]; });
      legend.querySelectorAll("input[data-cls]").forEach(function (box) {
        box.checked = anyOff;
        F.off[box.getAttribute("data-cls")] = !anyOff;
      });
      update();
    });

    // ---- article / source select ----------------------------------------------------------
    var artSelect = $("kg-article");
    function buildArticles() {
      artSelect.textContent = "";
      artSelect.appendChild(option("", "All articles (" + articles.length + ")"));
      var sources = {};
      articles.forEach(function (a) { if (a.source) { sources[a.source] = (sources[a.source] || 0) + 1; } });
      var sourceNames = Object.keys(sources).sort();
      if (sourceNames.length) {
        var g1 = el("optgroup"); g1.label = "Sources";
        sourceNames.forEach(function (s) { g1.appendChild(option("s:" + s, s + " (" + sources[s] + ")")); });
        artSelect.appendChild(g1);
      }
      var g2 = el("optgroup"); g2.label = "Articles";
      articles.map(function (a, i) { return i; })
        .sort(function (x, y) {
          var a = articles[x], b = articles[y];
          return (b.date || "").localeCompare(a.date || "") || x - y;
        })
        .forEach(function (i) {
          var a = articles[i];
          var text = (a.date ? a.date + " \u00b7 " : "") + (a.title || a.id.replace(/^.*\//, ""));
          g2.appendChild(option("a:" + i, text));
        });
      artSelect.appendChild(g2);
      artSelect.value = F.article;
    }
    buildArticles();
    function option(value, text) { var o = el("option", text); o.value = value; return o; }
    artSelect.addEventListener("change", function () { F.article = artSelect.value; update(); });

    // ---- confidence, unconnected ----------------------------------------------------------
    var conf = $("kg-conf");
    conf.addEventListener("input", function () {
      F.conf = +conf.value; $("kg-conf-value").textContent = F.conf.toFixed(2); update();
    });
    var unc = $("kg-unconnected");
    unc.checked = F.unconnected;
    unc.addEventListener("change", function () { F.unconnected = unc.checked; update(); });

    // ---- timeline histogram with a brush --------------------------------------------------
    var svg = $("kg-timeline"), SVGNS = "http://www.w3.org/2000/svg";
    var TW = 270, TH = 70, AXIS = 12;
    var span = null, bins = [], unit = "month";
    function buildBins() {
      span = null; bins = []; unit = "month";
      if (events.length) {
        var lo = Infinity, hi = -Infinity;
        events.forEach(function (n) { lo = Math.min(lo, n.when[0]); hi = Math.max(hi, n.when[0]); });
        var days = hi - lo;
        unit = days <= 120 ? "day" : (days <= 365 * 6 ? "month" : "year");
        var cur = binStart(lo);
        while (cur <= hi) { var nx = binNext(cur); bins.push([cur, nx - 1]); cur = nx; }
        span = [bins[0][0], bins[bins.length - 1][1]];
      }
    }
    buildBins();
    function binStart(day) {
      var d = new Date(day * DAY);
      if (unit === "day") { return day; }
      if (unit === "month") { return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY; }
      return Date.UTC(d.getUTCFullYear(), 0, 1) / DAY;
    }
    function binNext(day) {
      var d = new Date(day * DAY);
      if (unit === "day") { return day + 1; }
      if (unit === "month") { return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY; }
      return Date.UTC(d.getUTCFullYear() + 1, 0, 1) / DAY;
    }
    function binLabel(b) {
      var t = dayText(b[0]);
      return unit === "day" ? t : (unit === "month" ? t.slice(0, 7) : t.slice(0, 4));
    }
    function xOf(i) { return (i / Math.max(1, bins.length)) * TW; }
    function binAt(px) { return Math.max(0, Math.min(bins.length - 1, Math.floor(px / TW * bins.length))); }
    function drawTimeline() {
      while (svg.firstChild) { svg.removeChild(svg.firstChild); }
      if (!bins.length) {
        var t = document.createElementNS(SVGNS, "text");
        t.setAttribute("x", 6); t.setAttribute("y", 38); t.textContent = "no dated events";
        svg.appendChild(t);
        return;
      }
      var counts = bins.map(function () { return 0; });
      events.forEach(function (n) {     // the other filters apply; the date range dims bars
        if (F.off[n.cls] || !confPass(n.conf) || !articlePass(n.art)) { return; }
        if (S.focus && !S.focus[n.id]) { return; }
        var b = bisect(n.when[0]);
        if (b >= 0) { counts[b] += 1; }
      });
      var max = Math.max.apply(null, counts.concat([1]));
      var bw = TW / bins.length;
      S.timelineCounts = counts;
      counts.forEach(function (c, i) {
        if (!c) { return; }
        var h = Math.max(1, (TH - AXIS - 4) * c / max);
        var r = document.createElementNS(SVGNS, "rect");
        r.setAttribute("x", (xOf(i) + 0.5).toFixed(1));
        r.setAttribute("width", Math.max(1, bw - 1).toFixed(1));
        r.setAttribute("y", (TH - AXIS - h).toFixed(1));
        r.setAttribute("height", h.toFixed(1));
        var inside = datePass(bins[i]);
        r.setAttribute("class", inside ? "kg-bar" : "kg-bar kg-out");
        var tip = document.createElementNS(SVGNS, "title");
        tip.textContent = binLabel(bins[i]) + ": " + c;
        r.appendChild(tip);
        svg.appendChild(r);
      });
      [0, bins.length - 1].forEach(function (i, k) {
        var t = document.createElementNS(SVGNS, "text");
        t.setAttribute("x", k ? TW - 2 : 2);
        t.setAttribute("y", TH - 2);
        t.setAttribute("text-anchor", k ? "end" : "start");
        t.textContent = binLabel(bins[i]);
        svg.appendChild(t);
      });
      if (F.from !== null || F.to !== null) {
        var a = F.from === null ? 0 : binAt(xOfDay(F.from)), b = F.to === null ? bins.length - 1 : binAt(xOfDay(F.to));
        var br = document.createElementNS(SVGNS, "rect");
        br.setAttribute("class", "kg-brush");
        br.setAttribute("x", xOf(a).toFixed(1));
        br.setAttribute("width", (xOf(b + 1) - xOf(a)).toFixed(1));
        br.setAttribute("y", 0); br.setAttribute("height", TH - AXIS);
        svg.appendChild(br);
      }
    }
    function bisect(day) {
      for (var i = 0; i < bins.length; i++) { if (day >= bins[i][0] && day <= bins[i][1]) { return i; } }
      return -1;
    }
    function xOfDay(day) {
      var i = bisect(Math.max(span[0], Math.min(span[1], day)));
      return xOf(i) + 0.5 * TW / bins.length;
    }
    var brushFrom = null;
    function svgX(ev) { var r = svg.getBoundingClientRect(); return ev.clientX - r.left; }
    svg.addEventListener("mousedown", function (ev) {
      if (!bins.length) { return; }
      brushFrom = binAt(svgX(ev)); ev.preventDefault();
    });
    window.addEventListener("mousemove", function (ev) {
      if (brushFrom === null) { return; }
      setBrush(brushFrom, binAt(svgX(ev)), false);
    });
    window.addEventListener("mouseup", function (ev) {
      if (brushFrom === null) { return; }
      var a = brushFrom; brushFrom = null;
      setBrush(a, binAt(svgX(ev)), true);
    });
    svg.addEventListener("dblclick", function () { setDates(null, null); });
    function setBrush(a, b, apply) {
      var i = Math.min(a, b), j = Math.max(a, b);
      F.from = bins[i][0]; F.to = bins[j][1];
      $("kg-from").value = dayText(F.from); $("kg-to").value = dayText(F.to);
      if (apply) { update(); } else { drawTimeline(); }
    }
    function setDates(from, to) {
      F.from = from; F.to = to;
      $("kg-from").value = from === null ? "" : dayText(from);
      $("kg-to").value = to === null ? "" : dayText(to);
      update();
    }
    S.setDates = function (from, to) {
      var a = from ? dayRange(from) : null, b = to ? dayRange(to) : null;
      setDates(a ? a[0] : null, b ? b[1] : null);
    };
    function typed() {
      var a = dayRange($("kg-from").value.trim()), b = dayRange($("kg-to").value.trim());
      F.from = a ? a[0] : null; F.to = b ? b[1] : null; update();
    }
    $("kg-from").addEventListener("change", typed);
    $("kg-to").addEventListener("change", typed);
    $("kg-dates-clear").addEventListener("click", function () { setDates(null, null); });

    // ---- applying the filters --------------------------------------------------------------
    function update() {
      compute();
      nodeView.refresh();
      edgeView.refresh();
      refreshCounts();
      drawTimeline();
    }
    function refreshCounts() {
      var counts = {}, n = 0, e = 0;
      nodes.forEach(function (x) { if (nodeVis[x.id]) { counts[x.cls] = (counts[x.cls] || 0) + 1; n += 1; } });
      Object.keys(edgeVis).forEach(function () { e += 1; });
      Object.keys(countEls).forEach(function (cls) {
        countEls[cls].textContent = (counts[cls] || 0) + " / " + present[cls];
      });
      $("kg-shown").textContent = "Shown: " + n + " of " + nodes.length + " nodes, " + e + " of " +
        edges.length + " edges";
      var hidden = nodes.filter(function (x) { return !x.deg; }).length;
      var notes = [];
      if (S.focus) { notes.push("Focus on " + name(byId[S.focusRoot]) + " (" + S.focusHops + "-hop)"); }
      if (!F.unconnected && hidden) { notes.push(hidden + " unconnected nodes hidden"); }
      $("kg-focus-note").textContent = notes.join("; ");
      S.counts = counts; S.shown = { nodes: n, edges: e };
    }
    S.update = update;
    $("kg-reset").addEventListener("click", function () {
      F.off = {}; F.conf = 0; F.article = ""; F.from = null; F.to = null;
      F.unconnected = !!data.meta.unconnected;
      legend.querySelectorAll("input[data-cls]").forEach(function (b) { b.checked = true; });
      conf.value = 0; $("kg-conf-value").textContent = "0.00"; artSelect.value = "";
      unc.checked = F.unconnected; $("kg-from").value = ""; $("kg-to").value = "";
      S.focus = null; S.forced = {}; S.path = null;
      update();
      network.fit();
    });

    // ---- focus, expand, shortest path ------------------------------------------------------
    function hood(id, hops) {
      var seen = {}; seen[id] = true;
      var frontier = [id];
      for (var h = 0; h < hops; h++) {
        var next = [];
        frontier.forEach(function (v) {
          adj[v].forEach(function (e) {
            var w = e.from === v ? e.to : e.from;
            if (!seen[w]) { seen[w] = true; next.push(w); }
          });
        });
        frontier = next;
      }
      return seen;
    }
    function focusOn(id, hops) {
      S.focus = hood(id, hops); S.focusRoot = id; S.focusHops = hops;
      update();
      if (S.selected) { renderDetails(S.selected); }
      network.fit({ nodes: Object.keys(S.focus).filter(function (k) { return nodeVis[k]; }),
                    animation: false });
    }
    function expand(id) {
      if (hooks.expand && !byId[id].expanded) {
        hooks.expand(id, function () { byId[id].expanded = true; expand(id); });
        return;
      }
      adj[id].forEach(function (e) {
        S.forced[e.from] = true; S.forced[e.to] = true;
        if (S.focus) { S.focus[e.from] = true; S.focus[e.to] = true; }
      });
      update();
      if (S.selected) { renderDetails(S.selected); }
    }
    function shortestPath(a, b) {      // BFS over every edge in the data, either direction
      var prev = {}; prev[a] = null;
      var queue = [a], head = 0;
      while (head < queue.length) {
        var v = queue[head++];
        if (v === b) { break; }
        for (var k = 0; k < adj[v].length; k++) {
          var e = adj[v][k], w = e.from === v ? e.to : e.from;
          if (!(w in prev)) { prev[w] = { node: v, edge: e.id }; queue.push(w); }
        }
      }
      if (!(b in prev)) { return null; }
      var out = { nodes: [b], edges: [] }, cur = b;
      while (prev[cur]) { out.edges.unshift(prev[cur].edge); cur = prev[cur].node; out.nodes.unshift(cur); }
      return out;
    }
    S.focusOn = focusOn; S.expand = expand; S.shortestPath = shortestPath;
    function showPath(a, b) {
      var p = shortestPath(a, b);
      S.path = p ? p.nodes : [];
      if (p) {
        p.nodes.forEach(function (id) { S.forced[id] = true; });
        if (S.focus) { p.nodes.forEach(function (id) { S.focus[id] = true; }); }
        update();
        network.setSelection({ nodes: p.nodes, edges: p.edges });
        network.fit({ nodes: p.nodes, animation: false });
      }
      return p;
    }
    S.showPath = showPath;

    // ---- details panel -------------------------------------------------------------------
    var details = $("kg-details"), body = $("kg-details-body");
    $("kg-close").addEventListener("click", function () {
      details.hidden = true; S.selected = null; network.unselectAll(); network.redraw();
    });

    function highlight(sentence, names) {   // the sentence as text nodes, the names in <mark>
      var box = el("div", null, "kg-ev");
      box.dir = "rtl"; box.lang = "ar";
      var folded = fold(sentence), spans = [];
      names.forEach(function (nm) {
        var f = fold(nm);
        if (f.length < 2) { return; }
        var at = folded.indexOf(f);
        while (at !== -1) { spans.push([at, at + f.length]); at = folded.indexOf(f, at + f.length); }
      });
      spans.sort(function (x, y) { return x[0] - y[0] || y[1] - x[1]; });
      var pos = 0;
      spans.forEach(function (s) {
        if (s[0] < pos) { return; }
        if (s[0] > pos) { box.appendChild(document.createTextNode(sentence.slice(pos, s[0]))); }
        box.appendChild(el("mark", sentence.slice(s[0], s[1])));
        pos = s[1];
      });
      if (pos < sentence.length) { box.appendChild(document.createTextNode(sentence.slice(pos))); }
      return box;
    }
    function source(a) {
      var art = articles[a], line = el("div", null, "kg-src");
      if (!art) { return line; }
      var title = art.title || art.id.replace(/^.*\//, "");
      line.appendChild(el("span", title)).dir = "auto";
      if (art.date) { line.appendChild(el("span", " \u00b7 " + art.date)); }
      if (art.source) { line.appendChild(el("span", " \u00b7 " + art.source)); }
      if (art.author) { line.appendChild(el("span", " \u00b7 " + art.author)).dir = "auto"; }
      var url = safeUrl(art.url);
      if (url) {
        line.appendChild(document.createTextNode(" \u00b7 "));
        var link = el("a", url);
        link.href = url; link.target = "_blank"; link.rel = "noopener noreferrer";
        line.appendChild(link);
      }
      return line;
    }
    function evidenceBlock(item, names) {
      var box = el("div");
      (item.ev || []).forEach(function (k) {
        var ev = evidence[k];
        if (!ev) { return; }
        box.appendChild(highlight(ev.s, names));
        box.appendChild(source(ev.a));
      });
      if (!(item.ev || []).length) {
        (item.art || []).forEach(function (a) { box.appendChild(source(a)); });
      }
      return box;
    }
    function nodeLink(id) {
      var n = byId[id], a = el("span", shown(name(n)), "kg-link");
      a.dir = "auto";
      a.setAttribute("data-id", id);
      a.addEventListener("click", function () { select(id, true); });
      return a;
    }
    function button(text, action, attr) {
      var b = el("button", text);
      b.type = "button";
      if (attr) { b.setAttribute("data-action", attr); }
      b.addEventListener("click", action);
      return b;
    }

    function renderDetails(id) {
      var n = byId[id];
      body.textContent = "";
      var h = el("h2", marked(n.label)); h.dir = "rtl"; h.lang = "ar"; h.className = "kg-ar";
      body.appendChild(h);
      if (n.en) { var en = el("div", n.en, "kg-sub"); en.dir = "ltr"; en.lang = "en"; body.appendChild(en); }
      body.appendChild(el("div", n.cls === n.coarse ? n.cls : n.cls + " (" + n.coarse + ")", "kg-sub"));
      if (n.aliases && n.aliases.length) {
        var al = el("div", "Also: " + n.aliases.join("، "), "kg-sub"); al.dir = "auto"; body.appendChild(al);
      }
      if (n.qid && /^Q\d+$/.test(n.qid)) {
        var wd = el("div", null, "kg-sub"), link = el("a", "Wikidata " + n.qid);
        link.href = "https://www.wikidata.org/wiki/" + n.qid;
        link.target = "_blank"; link.rel = "noopener noreferrer";
        wd.appendChild(link); body.appendChild(wd);
      }
      if (n.coarse === "Event") {
        body.appendChild(el("div", "Date: " + (n.date || "unknown") +
          (n.conf !== null && n.conf !== undefined ? " \u00b7 confidence " + n.conf : ""), "kg-sub"));
        if (n.trigger) { var tr = el("div", "Trigger: " + n.trigger, "kg-sub"); tr.dir = "auto"; body.appendChild(tr); }
      }
      var buttons = el("div", null, "kg-buttons");
      buttons.appendChild(button("Expand neighbours", function () { expand(id); }, "expand"));
      buttons.appendChild(button("Focus 1-hop", function () { focusOn(id, 1); }, "focus1"));
      buttons.appendChild(button("Focus 2-hop", function () { focusOn(id, 2); }, "focus2"));
      if (S.focus) {
        buttons.appendChild(button("Show all", function () { S.focus = null; update(); network.fit(); }, "unfocus"));
      }
      buttons.appendChild(button("Path from here", function () {
        S.pathFrom = id; renderDetails(id);
      }, "path-from"));
      if (S.pathFrom && S.pathFrom !== id) {
        buttons.appendChild(button("Path to here", function () {
          var p = showPath(S.pathFrom, id);
          renderDetails(id);
          if (!p) { body.insertBefore(el("p", "No path between them.", "kg-path"), body.children[1]); }
        }, "path-to"));
      }
      body.appendChild(buttons);
      if (S.pathFrom) {
        var pf = el("div", "Path start: ", "kg-sub");
        pf.appendChild(nodeLink(S.pathFrom));
        body.appendChild(pf);
      }
      if (S.path && S.path.length && S.path.indexOf(id) !== -1) {
        body.appendChild(el("h3", "Shortest path (" + (S.path.length - 1) + " steps)"));
        var pl = el("div", null, "kg-path");
        pl.setAttribute("data-path", "1");
        S.path.forEach(function (pid, k) {
          if (k) { pl.appendChild(document.createTextNode(" \u2192 ")); }
          pl.appendChild(nodeLink(pid));
        });
        body.appendChild(pl);
      }
      var names = n.coarse === "Event" ? [] : n.names;
      var rel = [], ev = [], roles = [];
      adj[id].forEach(function (e) {
        if (e.kind === "relation") { rel.push(e); }
        else if (e.from === id) { roles.push(e); }
        else { ev.push(e); }
      });
      if (roles.length) {
        body.appendChild(el("h3", "Participants"));
        var ul0 = el("ul");
        roles.forEach(function (e) {
          var li = el("li", null, "kg-fact");
          li.appendChild(el("b", e.label + ": "));
          li.appendChild(nodeLink(e.to));
          ul0.appendChild(li);
        });
        body.appendChild(ul0);
        body.appendChild(el("h3", "Evidence"));
        var all = [];
        roles.forEach(function (e) { all = all.concat(byId[e.to].names); });
        body.appendChild(evidenceBlock(n, all.concat(n.trigger ? [n.trigger] : [])));
      }
      if (rel.length) {
        body.appendChild(el("h3", "Relations (" + rel.length + ")"));
        var ul = el("ul");
        rel.forEach(function (e) {
          var li = el("li", null, "kg-fact");
          li.setAttribute("data-edge", e.id);
          var head = el("div");
          if (e.from === id) {
            head.appendChild(el("b", e.label + " \u2192 "));
            head.appendChild(nodeLink(e.to));
          } else {
            head.appendChild(nodeLink(e.from));
            head.appendChild(el("b", " \u2192 " + e.label));
          }
          if (e.post) { head.appendChild(el("span", " (" + e.post + ")")); }
          if (e.conf !== null && e.conf !== undefined) { head.appendChild(el("span", " \u00b7 " + e.conf, "kg-score")); }
          li.appendChild(head);
          li.appendChild(evidenceBlock(e, names));
          ul.appendChild(li);
        });
        body.appendChild(ul);
      }
      if (ev.length) {
        body.appendChild(el("h3", "Events (" + ev.length + ")"));
        var ul2 = el("ul");
        ev.forEach(function (e) {
          var event = byId[e.from], li = el("li", null, "kg-fact");
          li.setAttribute("data-edge", e.id);
          var head = el("div");
          head.appendChild(el("b", e.label + " of "));
          head.appendChild(nodeLink(event.id));
          adj[event.id].forEach(function (r) {
            if (r.from === event.id && r.to !== id) {
              head.appendChild(el("span", " \u00b7 " + r.label + ": "));
              head.appendChild(nodeLink(r.to));
            }
          });
          li.appendChild(head);
          li.appendChild(evidenceBlock(event, names));
          ul2.appendChild(li);
        });
        body.appendChild(ul2);
      }
      if (!rel.length && !ev.length && !roles.length) { body.appendChild(el("p", "No relation or event.")); }
    }

    function select(id, move) {
      if (!byId[id]) { return; }
      if (!nodeVis[id]) { S.forced[id] = true; update(); }
      S.selected = id;
      details.hidden = false;
      renderDetails(id);
      network.selectNodes([id]);
      if (move) { network.focus(id, { scale: Math.max(network.getScale(), 0.8), animation: false }); }
      network.redraw();
      if (hooks.details && !byId[id].loaded) { hooks.details(id); }
    }
    S.select = select;
    network.on("click", function (params) {
      if (params.nodes && params.nodes.length) { select(params.nodes[0], false); }
    });
    network.on("doubleClick", function (params) {     // as "Expand neighbours"
      if (params.nodes && params.nodes.length) { select(params.nodes[0], false); expand(params.nodes[0]); }
    });

    // ---- language switch --------------------------------------------------------------
    function setLang(lang) {
      S.lang = lang === "en" ? "en" : "ar";
      var graph = $("kg-graph");
      graph.dir = S.lang === "ar" ? "rtl" : "ltr";
      graph.lang = S.lang;
      document.querySelectorAll("#kg-lang button").forEach(function (b) {
        b.classList.toggle("kg-on", b.getAttribute("data-lang") === S.lang);
      });
      edgeSet.update(edges.map(function (e) { return { id: e.id, title: edgeTitle(e) }; }));
      if (S.selected) { renderDetails(S.selected); }
      search();
      network.redraw();
    }
    S.setLang = setLang;
    document.querySelectorAll("#kg-lang button").forEach(function (b) {
      b.addEventListener("click", function () { setLang(b.getAttribute("data-lang")); });
    });

    // ---- search ---------------------------------------------------------------------------
    var input = $("kg-search"), results = $("kg-results");
    function search() {
      if (hooks.search) { return hooks.search(input.value.trim(), S); }
      var q = normalise(input.value.trim());
      results.textContent = "";
      if (!q) { return []; }
      var hits = nodes.filter(function (n) { return n.key.indexOf(q) !== -1; })
                      .map(function (n) { return n.id; });
      hits.slice(0, LIMIT).forEach(function (id) {
        var n = byId[id], li = el("li");
        var first = el("span", S.lang === "en" ? (n.en || n.label) : marked(n.label),
                       S.lang === "en" ? "kg-en-main" : "kg-ar");
        first.dir = "auto";
        li.appendChild(first);
        var other = S.lang === "en" ? n.label : n.en;
        if (other && other !== first.textContent) {
          var o = el("span", " \u2014 " + other, "kg-en");
          li.appendChild(o);
        }
        li.setAttribute("data-id", id);
        li.addEventListener("click", function () { select(id, true); });
        results.appendChild(li);
      });
      if (hits.length > LIMIT) { results.appendChild(el("li", "+" + (hits.length - LIMIT) + " more")); }
      var shown = hits.filter(function (id) { return nodeVis[id]; });
      network.selectNodes(shown);
      return hits;
    }
    S.search = function (text) { input.value = text; return search(); };
    input.addEventListener("input", search);
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") { var hits = search(); if (hits.length) { select(hits[0], true); } }
    });

    // ---- adding data (a server's answers, in the same schema) ------------------------------
    // partial: {nodes, edges, evidence, articles}, its indices local to it. Known nodes and edges
    // are completed (names, evidence, articles), not duplicated.
    function add(part) {
      var artMap = [], evMap = [], artById = {}, evByKey = {}, fresh = [], touched = {};
      articles.forEach(function (a, i) { artById[a.id] = i; });
      evidence.forEach(function (v, i) { evByKey[v.a + "|" + v.o + "|" + v.s] = i; });
      (part.articles || []).forEach(function (a, i) {
        if (!(a.id in artById)) { artById[a.id] = articles.length; articles.push(a); }
        artMap[i] = artById[a.id];
      });
      (part.evidence || []).forEach(function (v, i) {
        var w = { a: artMap[v.a], o: v.o, s: v.s }, key = w.a + "|" + w.o + "|" + w.s;
        if (!(key in evByKey)) { evByKey[key] = evidence.length; evidence.push(w); }
        evMap[i] = evByKey[key];
      });
      function merge(list, more) {
        (more || []).forEach(function (x) { if (list.indexOf(x) === -1) { list.push(x); } });
        list.sort(function (a, b) { return a - b; });
        return list;
      }
      function mapped(list, map) { return (list || []).map(function (k) { return map[k]; }); }
      (part.nodes || []).forEach(function (n) {
        n.art = mapped(n.art, artMap); n.ev = mapped(n.ev, evMap);
        var old = byId[n.id];
        if (old) {
          Object.keys(n).forEach(function (k) {
            if (k === "art" || k === "ev") { merge(old[k], n[k]); }
            else if (k === "aliases") { old.aliases = n.aliases.length ? n.aliases : (old.aliases || []); }
            else if (n[k] !== undefined && n[k] !== null && n[k] !== "" && k !== "x" && k !== "y") { old[k] = n[k]; }
          });
          prepareNode(old);
          touched[n.id] = true;
          return;
        }
        n.i = nodes.length; n.deg = 0; n.size = n.size || 12;
        nodes.push(n); byId[n.id] = n; adj[n.id] = [];
        prepareNode(n);
        fresh.push(n);
      });
      var newEdges = [];
      (part.edges || []).forEach(function (e) {
        e.art = mapped(e.art, artMap); e.ev = mapped(e.ev, evMap);
        var old = edgeById[e.id];
        if (old) {
          merge(old.ev, e.ev); merge(old.art, e.art);
          if (e.conf !== null && e.conf !== undefined) { old.conf = Math.max(old.conf || 0, e.conf); }
          if (e.post) { old.post = e.post; }
          prepareEdge(old);
          return;
        }
        if (!byId[e.from] || !byId[e.to]) { return; }
        e.i = edges.length; edges.push(e); edgeById[e.id] = e;
        adj[e.from].push(e); adj[e.to].push(e);
        prepareEdge(e);
        newEdges.push(e);
        touched[e.from] = true; touched[e.to] = true;
      });
      var pos = network.getPositions();
      fresh.forEach(function (n) {        // a new node starts beside a neighbour already drawn
        var near = adj[n.id].map(function (e) { return e.from === n.id ? e.to : e.from; })
                            .filter(function (w) { return pos[w]; })[0];
        if (near && n.x === undefined) {
          n.x = pos[near].x + 60 * Math.cos(n.i * 2.4); n.y = pos[near].y + 60 * Math.sin(n.i * 2.4);
        }
      });
      Object.keys(touched).concat(fresh.map(function (n) { return n.id; })).forEach(function (id) {
        var n = byId[id];
        n.deg = adj[id].length;
        n.size = Math.min(40, 12 + Math.round(3 * Math.sqrt(n.deg)));
      });
      nodeSet.add(fresh.map(function (n) {
        var c = classes[n.cls] || { color: "#9e9e9e", shape: "dot" };
        return { id: n.id, x: n.x, y: n.y, color: c.color, shape: c.shape, size: n.size, title: titleOf(n) };
      }));
      nodeSet.update(Object.keys(touched).map(function (id) {
        var n = byId[id], c = classes[n.cls] || { color: "#9e9e9e", shape: "dot" };
        return { id: id, size: n.size, color: c.color, shape: c.shape, title: titleOf(n) };
      }));
      edgeSet.add(newEdges.map(function (e) {
        return { id: e.id, from: e.from, to: e.to, label: e.label, title: edgeTitle(e),
                 dashes: e.kind === "role", color: e.kind === "role" ? ROLE_COLOR : undefined };
      }));
      sortNodes();
      buildLegend();
      buildArticles();
      buildBins();
      update();
      if (S.selected) { renderDetails(S.selected); }
      network.redraw();
      return { nodes: fresh.length, edges: newEdges.length };
    }
    S.add = add;
    S.showResults = function (items) {     // [{id, label, en}] listed under the search box
      results.textContent = "";
      items.slice(0, LIMIT).forEach(function (n) {
        var li = el("li");
        var first = el("span", S.lang === "en" ? (n.en || n.label) : marked(n.label),
                       S.lang === "en" ? "kg-en-main" : "kg-ar");
        first.dir = "auto";
        li.appendChild(first);
        var other = S.lang === "en" ? n.label : n.en;
        if (other && other !== first.textContent) { li.appendChild(el("span", " \u2014 " + other, "kg-en")); }
        li.setAttribute("data-id", n.id);
        li.addEventListener("click", function () {
          if (hooks.open) { hooks.open(n.id); } else { select(n.id, true); }
        });
        results.appendChild(li);
      });
      if (items.length > LIMIT) { results.appendChild(el("li", "+" + (items.length - LIMIT) + " more")); }
    };

    refreshCounts();
    drawTimeline();
    S.timings.ready = performance.now() - t0;
    if (hooks.ready) { hooks.ready(S); }
    return S;
  }

  var current = null;               // the explorer started last: kgExplorer.add feeds it
  window.kgExplorer = {
    start: function (data, hooks) { current = start(data, hooks); return current; },
    add: function (part) { return current.add(part); }
  };
  var embedded = document.getElementById("kg-data");
  if (embedded) {
    try {
      var t = performance.now(), parsed = JSON.parse(embedded.textContent);
      window.kgGraph = window.kgExplorer.start(parsed, window.kgHooks);
      window.kgGraph.startedAt = t;
      window.kgGraph.parseMs = performance.now() - t;
    } catch (err) {
      window.kgGraph = { drawn: false, errors: [String(err)] };
      throw err;
    }
  }
})();
