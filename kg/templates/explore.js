// The explorer kg serve shows at /: loads from the store on demand through /api/*.
// Every text from the data goes into the page through textContent (never innerHTML);
// every request goes to the server that sent the page (relative URLs).
(function () {
  "use strict";
  const STYLES = JSON.parse(document.getElementById("kx-styles").textContent);
  const EVENT_NAMES = {Attack: ["هجوم", "Attack"], Strike: ["غارة", "Strike"], Killing: ["قتل", "Killing"],
    Arrest: ["اعتقال", "Arrest"], MilitaryOperation: ["عملية عسكرية", "Military operation"],
    Meeting: ["لقاء", "Meeting"], Visit: ["زيارة", "Visit"], Event: ["حدث", "Event"]};
  const COARSE = ["Person", "Organization", "Place", "Event"];
  const $ = (id) => document.getElementById(id);
  const info = new Map();          // iri -> node summary from the server
  const nodes = new vis.DataSet();
  const edges = new vis.DataSet();
  const hidden = new Set();
  let lang = "ar";
  let current = null;

  const network = new vis.Network($("kx-graph"), {nodes: nodes, edges: edges}, {
    nodes: {font: {size: 16, face: '"Noto Sans Arabic", Arial, sans-serif', strokeWidth: 3, strokeColor: "#fff"},
            borderWidth: 1},
    edges: {arrows: {to: {enabled: true, scaleFactor: 0.5}}, font: {size: 11, align: "middle"},
            color: {color: "#999", highlight: "#333"}, smooth: false},
    physics: {solver: "forceAtlas2Based", forceAtlas2Based: {gravitationalConstant: -60, springLength: 120},
              stabilization: {iterations: 150, fit: true}},
    interaction: {hover: true, tooltipDelay: 200},
  });
  const api = window.kgExplorer = {network: network, nodes: nodes, edges: edges, ready: false, drawn: false,
    pending: 0, select: select, expand: expand};
  network.once("afterDrawing", () => { api.drawn = true; });

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  async function call(name, params) {
    api.pending += 1;
    try {
      const r = await fetch("api/" + name + "?" + new URLSearchParams(params), {headers: {Accept: "application/json"}});
      if (!r.ok) throw new Error((await r.text()).trim());
      return await r.json();
    } finally {
      api.pending -= 1;
    }
  }

  function status(text) { $("kx-status").textContent = text; }

  function labelOf(n) {
    if (n.coarse === "Event") {
      const names = EVENT_NAMES[n.cls] || EVENT_NAMES.Event;
      return names[lang === "ar" ? 0 : 1] + (n.date ? " · " + n.date : "");
    }
    return lang === "ar" ? (n.label || n.en) : (n.en || n.label);
  }

  function visNode(n) {
    const st = STYLES[n.cls] || STYLES.Other;
    const size = n.mentions ? Math.min(40, 10 + 4 * Math.log2(1 + n.mentions)) : (n.coarse === "Event" ? 12 : 16);
    return {id: n.iri, label: labelOf(n), shape: st.shape, size: size, color: st.color,
            hidden: hidden.has(n.coarse)};
  }

  function addNodes(list) {
    const add = [];
    for (const n of list) {
      const old = info.get(n.iri);
      info.set(n.iri, Object.assign({}, old || {}, n));
      add.push(visNode(info.get(n.iri)));
    }
    nodes.update(add);
    counts();
  }

  function addEdges(list) {
    edges.update(list.map((e) => ({id: e.id, from: e.from, to: e.to, label: e.label,
      dashes: e.kind === "role"})));
  }

  function refresh() {
    nodes.update(Array.from(info.values()).filter((n) => nodes.get(n.iri)).map(visNode));
    counts();
  }

  // ---- filters (client side, over what is drawn) and the language switch
  const boxes = {};
  for (const c of COARSE) {
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = c;
    box.addEventListener("change", () => { if (box.checked) hidden.delete(c); else hidden.add(c); refresh(); });
    const sw = el("span", null, "kx-swatch");
    sw.style.background = (STYLES[c] || STYLES.Other).color;
    const count = el("span", "", "kx-meta");
    boxes[c] = count;
    label.append(box, sw, document.createTextNode(c + " "), count);
    $("kx-filters").append(label);
  }

  function counts() {
    const n = {};
    nodes.forEach((v) => { const i = info.get(v.id); if (i) n[i.coarse] = (n[i.coarse] || 0) + 1; });
    for (const c of COARSE) boxes[c].textContent = "(" + (n[c] || 0) + ")";
  }

  for (const r of document.querySelectorAll('input[name="kx-lang"]')) {
    r.addEventListener("change", () => {
      lang = r.value;
      $("kx-graph").dir = lang === "ar" ? "rtl" : "ltr";
      refresh();
      if (current) render(current);
    });
  }
  $("kx-clear").addEventListener("click", () => { nodes.clear(); edges.clear(); counts(); });
  $("kx-close").addEventListener("click", () => { $("kx-panel").hidden = true; });

  // ---- lists of entities (search results, most mentioned)
  function itemList(target, list) {
    target.replaceChildren();
    for (const n of list) {
      const li = el("li");
      const b = el("button", n.label, "kx-item");
      b.type = "button";
      b.dir = "auto";
      b.dataset.iri = n.iri;
      b.addEventListener("click", () => { addNodes([n]); select(n.iri); });
      li.append(b, document.createTextNode(" "), el("span", n.en + " · " + n.cls +
        (n.mentions ? " · " + n.mentions : ""), "kx-meta"));
      target.append(li);
    }
  }

  let searchSeq = 0;
  let searchTimer = null;
  $("kx-search").addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(runSearch, 200);
  });

  async function runSearch() {
    const q = $("kx-search").value.trim();
    const seq = ++searchSeq;
    if (!q) { $("kx-results").replaceChildren(); return; }
    try {
      const d = await call("search", {q: q});
      if (seq !== searchSeq) return;
      if (d.building) {       // the server is still indexing the labels: ask again
        $("kx-results").replaceChildren(el("li", "the search index is being built (" + d.seconds + " s)…", "kx-meta"));
        searchTimer = setTimeout(runSearch, 1000);
        return;
      }
      itemList($("kx-results"), d.results);
      if (!d.results.length) $("kx-results").append(el("li", "no match", "kx-meta"));
    } catch (err) {
      status("search failed: " + err.message);
    }
  }

  // ---- the details panel
  async function select(iri) {
    try {
      const d = await call("entity", {iri: iri});
      addNodes([d]);
      network.selectNodes([iri]);
      network.focus(iri, {scale: 1.0, animation: false});
      current = d;
      render(d);
    } catch (err) {
      status("cannot load the details: " + err.message);
    }
  }

  async function expand(iri) {
    try {
      const d = await call("expand", {iri: iri});
      addNodes(d.nodes);
      addEdges(d.edges);
      status(d.nodes.length - 1 + " neighbours added" + (d.more ? " (" + d.more + " more not drawn)" : ""));
    } catch (err) {
      status("cannot expand: " + err.message);
    }
  }

  function nodeLink(n) {
    const b = el("button", labelOf(n), "kx-item");
    b.type = "button";
    b.dir = "auto";
    b.title = n.en || "";
    b.addEventListener("click", () => { addNodes([n]); select(n.iri); });
    return b;
  }

  function safeHref(url) { return /^(https?:\/\/|\/(?!\/))/i.test(url || ""); }

  function link(text, url) {
    if (!safeHref(url)) return el("span", text);
    const a = el("a", text);
    a.href = url;
    return a;
  }

  function highlighted(sentence, names) {
    const div = el("div");
    div.dir = "rtl";
    div.lang = "ar";
    let best = -1, len = 0;
    for (const name of names) {
      if (!name) continue;
      const i = sentence.indexOf(name);
      if (i >= 0 && (best < 0 || name.length > len)) { best = i; len = name.length; }
    }
    if (best < 0) { div.textContent = sentence; return div; }
    div.append(document.createTextNode(sentence.slice(0, best)), el("mark", sentence.slice(best, best + len)),
               document.createTextNode(sentence.slice(best + len)));
    return div;
  }

  function evidence(ev, names) {
    const box = el("div", null, "kx-ev");
    box.append(highlighted(ev.sentence || "", names));
    const a = ev.article;
    if (a) {
      const meta = el("div", null, "kx-meta");
      meta.append(link(a.title || "article", a.page));
      if (a.date) meta.append(document.createTextNode(" · " + a.date));
      if (a.source) meta.append(document.createTextNode(" · " + a.source));
      if (a.url && /^https?:\/\//i.test(a.url)) {
        meta.append(document.createTextNode(" · "));
        const out = link("source", a.url);
        out.rel = "noopener noreferrer nofollow";
        out.target = "_blank";
        meta.append(out);
      }
      box.append(meta);
    }
    return box;
  }

  function render(d) {
    const box = $("kx-details");
    box.replaceChildren();
    $("kx-panel").hidden = false;
    const names = [d.label_ar, d.label_en, d.label].concat(d.aliases || []).sort((x, y) => y.length - x.length);
    const h = el("h2", d.label || d.en);
    h.dir = "auto";
    box.append(h);
    if (d.en && d.en !== d.label) { const p = el("p", d.en); p.dir = "auto"; box.append(p); }
    const meta = el("p", null, "kx-meta");
    meta.append(el("span", d.types.join(", ") + " · ", null), link("linked-data page", d.page));
    for (const q of d.wikidata || []) {
      meta.append(document.createTextNode(" · Wikidata "));
      const a = link(q, "https://www.wikidata.org/wiki/" + encodeURIComponent(q));
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      meta.append(a);
    }
    box.append(meta);
    if (d.aliases && d.aliases.length) {
      const p = el("p", "Also: ");
      for (const a of d.aliases) { const s = el("span", a, "kx-tag"); s.dir = "auto"; p.append(s); }
      box.append(p);
    }
    const actions = el("div", null, "kx-actions");
    const ex = el("button", "Expand neighbours", "kx-expand");
    ex.type = "button";
    ex.addEventListener("click", () => expand(d.iri));
    actions.append(ex);
    box.append(actions);

    if (d.roles && d.roles.length) {
      box.append(el("h3", "Roles"));
      const ul = el("ul");
      for (const r of d.roles) { const li = el("li"); li.append(el("span", r.role, "kx-tag"), nodeLink(r.node)); ul.append(li); }
      box.append(ul);
    }
    if (d.evidence && d.evidence.length) {
      box.append(el("h3", "Evidence (" + d.evidence_total + ")"));
      const roleNames = (d.roles || []).flatMap((r) => [r.node.label, r.node.en]);
      for (const ev of d.evidence) box.append(evidence(ev, roleNames));
    }
    if (d.relations) {
      box.append(el("h3", "Relations (statements: " + d.relations_total + ")"));
      const ul = el("ul");
      for (const r of d.relations) {
        const li = el("li");
        const me = el("b", lang === "ar" ? d.label : d.en);
        me.dir = "auto";
        const other = nodeLink(r.other);
        const prop = el("span", r.property, "kx-tag");
        if (r.direction === "out") li.append(me, document.createTextNode(" "), prop, other);
        else li.append(other, document.createTextNode(" "), prop, me);
        li.append(el("span", " " + (r.post ? "(" + r.post + ") " : "") + "confidence " + r.confidence.toFixed(2), "kx-meta"));
        for (const ev of r.evidence) li.append(evidence(ev, names));
        ul.append(li);
      }
      box.append(ul);
      box.append(el("h3", "Events (" + d.events_total + ")"));
      const ue = el("ul");
      for (const e of d.events) {
        const li = el("li");
        li.append(el("span", e.role, "kx-tag"), nodeLink(e.event),
                  el("span", " confidence " + e.confidence.toFixed(2), "kx-meta"));
        for (const ev of e.evidence) li.append(evidence(ev, names));
        ue.append(li);
      }
      box.append(ue);
    }
    if (d.articles) {
      box.append(el("h3", "Mentioned in " + d.articles_total + " articles"));
      const ul = el("ul");
      for (const a of d.articles.slice(0, 20)) {
        const li = el("li");
        li.append(link(a.title || a.iri, a.page), el("span", a.date ? " · " + a.date : "", "kx-meta"));
        ul.append(li);
      }
      box.append(ul);
    }
  }

  network.on("click", (p) => { if (p.nodes.length) select(p.nodes[0]); });
  network.on("doubleClick", (p) => { if (p.nodes.length) expand(p.nodes[0]); });

  // ---- first paint: the most mentioned entities
  function loadTop() {
    call("top", {n: 30}).then((d) => {
      if (d.building) {
        status("indexing the store for search (" + d.seconds + " s)…");
        setTimeout(loadTop, 1000);
        return;
      }
      showTop(d);
    }).catch((err) => { status("cannot reach the store: " + err.message); api.ready = true; });
  }
  loadTop();
  function showTop(d) {
    itemList($("kx-top"), d.entities);
    addNodes(d.entities);
    status(d.total.toLocaleString("en") + " entities in the store; the " + d.entities.length +
           " most mentioned are drawn");
    api.ready = true;
  }
})();
