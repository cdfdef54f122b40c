// kg serve's explorer: the offline page's explorer (graph.js) fed from the store on demand.
// These hooks call the server's JSON API; the answers come in the page's data schema
// (docs/html.md) and are passed to the explorer's add(). window.kgServed tells the state:
// ready (the top entities drawn), pending (requests under way), errors.
(function () {
  "use strict";
  var served = window.kgServed = { ready: false, pending: 0, errors: [] };
  var timer = null, asked = 0;

  function call(name, params) {       // a promise of the JSON answer; waits while the index builds
    var qs = Object.keys(params).map(function (k) {
      return encodeURIComponent(k) + "=" + encodeURIComponent(params[k]);
    }).join("&");
    served.pending += 1;
    function once() {
      return fetch("api/" + name + "?" + qs).then(function (r) {
        return r.json().then(function (d) {
          if (!r.ok) { throw new Error(d.error || ("HTTP " + r.status)); }
          if (d.building) {
            return new Promise(function (ok) { setTimeout(ok, 500); }).then(once);
          }
          return d;
        });
      });
    }
    return once().then(function (d) { served.pending -= 1; return d; }, function (err) {
      served.pending -= 1;
      served.errors.push(String(err));
      var shown = document.getElementById("kg-shown");
      if (shown) { shown.textContent = String(err.message || err); }
      throw err;
    });
  }

  window.kgHooks = {
    ready: function (S) {
      served.graph = S;
      var links = document.createElement("p"), hint = document.querySelector("#kg-panel .kg-hint");
      links.className = "kg-hint";
      [["sparql", "SPARQL endpoint"], ["graph", "the whole store in one page"]].forEach(function (l, k) {
        var a = document.createElement("a");
        a.href = l[0]; a.textContent = l[1];
        if (k) { links.appendChild(document.createTextNode(" \u00b7 ")); }
        links.appendChild(a);
      });
      hint.parentNode.insertBefore(links, hint.nextSibling);
      var top = /[?&]top=(\d+)/.exec(location.search);     // how many to draw first (default 30)
      call("page-top", { n: top ? top[1] : 30 }).then(function (d) {
        S.add(d);
        S.network.fit();
        served.total = d.total;
        served.ready = true;
      });
    },
    search: function (q, S) {
      clearTimeout(timer);
      var mine = ++asked;
      if (!q) { S.showResults([]); return []; }
      timer = setTimeout(function () {
        call("search", { q: q }).then(function (d) {
          if (mine !== asked) { return; }
          S.showResults(d.results.map(function (r) { return { id: r.iri, label: r.label, en: r.en }; }));
        });
      }, 150);
      return [];
    },
    open: function (id) {
      var S = served.graph;
      call("page-entity", { iri: id }).then(function (d) { S.add(d); S.select(id, true); });
    },
    details: function (id) {
      var S = served.graph;
      call("page-entity", { iri: id }).then(function (d) { S.add(d); });
    },
    expand: function (id, done) {
      var S = served.graph;
      call("page-expand", { iri: id }).then(function (d) { S.add(d); done(); });
    }
  };
})();
