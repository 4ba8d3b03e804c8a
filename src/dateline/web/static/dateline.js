/* dateline web UI: the small amount of behaviour the server-rendered pages need.
   Charts use Chart.js, the network and the map use d3 (all vendored under /static/vendor/).
   Data comes from JSON embedded in the page; text is only ever set with textContent / d3 .text(). */
(function () {
  "use strict";
  var QUAD = {
    "1": ["verbal cooperation", "#2e9d5b"], "2": ["material cooperation", "#2872c2"],
    "3": ["verbal conflict", "#e0912b"], "4": ["material conflict", "#c8362f"]
  };
  var tip = function () { return document.getElementById("tip"); };
  function showTip(ev, text) {
    var t = tip(); if (!t) return;
    t.textContent = text; t.style.display = "block";
    t.style.left = (ev.clientX + 12) + "px"; t.style.top = (ev.clientY + 12) + "px";
  }
  function hideTip() { var t = tip(); if (t) t.style.display = "none"; }

  /* A click on a bar opens /events for that period and quad class (and `extra` filters). */
  function barChart(id, labels, datasets, unit, extra) {
    var el = document.getElementById(id);
    if (!el || !window.Chart) return null;
    var onClick = function (ev, elements, chart) {
      var items = chart.getElementsAtEventForMode(ev.native || ev, "nearest", { intersect: true }, true);
      if (!items.length) return;
      var period = labels[items[0].index], set = datasets[items[0].datasetIndex];
      var q = new URLSearchParams(Object.assign({ since: period, until: period, quad: set.quad }, extra || {}));
      window.location.href = "/events?" + q.toString();
    };
    return new Chart(el, {
      type: "bar",
      data: { labels: labels, datasets: datasets.map(function (d) { return Object.assign({ maxBarThickness: 56 }, d); }) },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false, onClick: onClick,
        interaction: { mode: "index", intersect: false },
        scales: { x: { stacked: true, ticks: { maxRotation: 0, autoSkip: true } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: "bottom" }, title: { display: labels.length === 0, text: "No dated events" } }
      }
    });
  }

  /* Overview: events per period stacked by quad class. */
  function quadChart(id, data) {
    var sets = Object.keys(QUAD).map(function (q) {
      return { label: QUAD[q][0], quad: q, data: data.series[q] || [], backgroundColor: QUAD[q][1] };
    });
    return barChart(id, data.labels, sets, data.unit);
  }

  /* Actor page: the actor's events as source (solid) and as target (lighter), by quad class. */
  function roleChart(id, data, actorId) {
    var sets = [];
    ["source", "target"].forEach(function (role) {
      Object.keys(QUAD).forEach(function (q) {
        sets.push({
          label: "as " + role + ": " + QUAD[q][0], stack: role, quad: q, data: (data[role] && data[role].series[q]) || [],
          backgroundColor: QUAD[q][1] + (role === "target" ? "88" : ""), borderColor: QUAD[q][1], borderWidth: role === "target" ? 1 : 0
        });
      });
    });
    return barChart(id, data.labels, sets, data.unit, actorId ? { actor_id: actorId } : null);
  }

  /* Actor page: ego network of dyads with a d3-force layout. */
  function network(id, data) {
    var box = document.getElementById(id);
    if (!box || !window.d3) return;
    var w = box.clientWidth || 600, h = box.clientHeight || 460;
    var svg = d3.select(box).append("svg").attr("width", w).attr("height", h).attr("viewBox", [0, 0, w, h]);
    if (!data.nodes.length) {
      svg.append("text").attr("x", w / 2).attr("y", h / 2).attr("text-anchor", "middle").attr("fill", "#5f6b7a").text("No counterparts yet");
      return;
    }
    var defs = svg.append("defs");
    [["arrow-coop", "#2e9d5b"], ["arrow-confl", "#c8362f"], ["arrow-mixed", "#8b96a3"]].forEach(function (m) {
      defs.append("marker").attr("id", m[0]).attr("viewBox", "0 -5 10 10").attr("refX", 10).attr("refY", 0)
        .attr("markerUnits", "userSpaceOnUse").attr("markerWidth", 9).attr("markerHeight", 9).attr("orient", "auto")
        .append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", m[1]);
    });
    var nodes = data.nodes.map(function (n) { return Object.assign({}, n); });
    var links = data.links.map(function (l) { return Object.assign({}, l); });
    var maxE = d3.max(links, function (l) { return l.events; }) || 1;
    var maxN = d3.max(nodes, function (x) { return x.events; }) || 1;
    var radius = function (n) { return n.id === data.center ? 14 : 5 + 7 * Math.sqrt(n.events / maxN); };
    var sim = d3.forceSimulation(nodes)
      .force("link", d3.forceLink(links).id(function (n) { return n.id; }).distance(Math.min(w, h) / 3))
      .force("charge", d3.forceManyBody().strength(-300))
      .force("center", d3.forceCenter(w / 2, h / 2))
      .force("collide", d3.forceCollide().radius(function (n) { return radius(n) + 16; }))
      .stop();
    for (var i = 0; i < 300; i++) sim.tick();
    nodes.forEach(function (n) { n.x = Math.max(30, Math.min(w - 90, n.x)); n.y = Math.max(20, Math.min(h - 20, n.y)); });
    var kind = function (l) { return l.conflict > l.cooperation ? "confl" : (l.cooperation > l.conflict ? "coop" : "mixed"); };
    var colour = { coop: "#2e9d5b", confl: "#c8362f", mixed: "#8b96a3" };
    /* a gentle arc from source to target: the two directions of a pair bend to opposite sides */
    function arc(l) {
      var sx = l.source.x, sy = l.source.y, tx = l.target.x, ty = l.target.y;
      var dx = tx - sx, dy = ty - sy, len = Math.sqrt(dx * dx + dy * dy) || 1;
      var mx = (sx + tx) / 2 - dy / len * len * 0.15, my = (sy + ty) / 2 + dx / len * len * 0.15;
      var ex = tx - mx, ey = ty - my, el = Math.sqrt(ex * ex + ey * ey) || 1, r = radius(l.target) + 2;
      return "M" + sx + "," + sy + " Q" + mx + "," + my + " " + (tx - ex / el * r) + "," + (ty - ey / el * r);
    }
    svg.append("g").attr("fill", "none").selectAll("path").data(links).join("path")
      .attr("d", arc).attr("stroke", function (l) { return colour[kind(l)]; })
      .attr("stroke-opacity", 0.8).attr("stroke-width", function (l) { return 1.5 + 4 * l.events / maxE; })
      .attr("marker-end", function (l) { return "url(#arrow-" + kind(l) + ")"; })
      .on("mousemove", function (ev, l) { showTip(ev, l.source.name + " → " + l.target.name + ": " + l.events + " events (" + l.cooperation + " cooperation, " + l.conflict + " conflict)"); })
      .on("mouseleave", hideTip);
    var node = svg.append("g").selectAll("g").data(nodes).join("g").attr("class", "node")
      .attr("transform", function (n) { return "translate(" + n.x + "," + n.y + ")"; })
      .style("cursor", "pointer")
      .on("click", function (ev, n) { if (n.id !== data.center) window.location.href = "/actors/" + encodeURIComponent(n.id); });
    node.append("circle").attr("r", radius).attr("fill", function (n) { return n.id === data.center ? "#1d2330" : "#5b8bd0"; }).attr("stroke", "#fff").attr("stroke-width", 1.5);
    node.append("text").attr("x", function (n) { return radius(n) + 3; }).attr("y", 4).attr("font-size", 12).attr("fill", "#1d2330")
      .text(function (n) { return n.name; });
    node.append("title").text(function (n) { return n.name + (n.code ? " (" + n.code + ")" : ""); });
  }

  /* Map page: country outlines from the shipped world-atlas TopoJSON, event places as circles; zoom and pan. */
  function worldMap(id, atlasUrl, places) {
    var box = document.getElementById(id);
    if (!box || !window.d3 || !window.topojson) return;
    var w = box.clientWidth || 900, h = box.clientHeight || 560;
    var svg = d3.select(box).append("svg").attr("width", w).attr("height", h).attr("viewBox", [0, 0, w, h]);
    var proj = d3.geoNaturalEarth1().fitExtent([[8, 8], [w - 8, h - 8]], { type: "Sphere" });
    var path = d3.geoPath(proj);
    var g = svg.append("g");
    g.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
    var countries = g.append("g"), dots = g.append("g");
    var maxE = d3.max(places, function (p) { return p.events; }) || 1;
    var r = d3.scaleSqrt().domain([0, maxE]).range([0, 18]);
    function drawDots(k) {
      dots.selectAll("circle").data(places).join("circle").attr("class", "dot")
        .attr("cx", function (p) { return proj([p.lon, p.lat])[0]; }).attr("cy", function (p) { return proj([p.lon, p.lat])[1]; })
        .attr("r", function (p) { return Math.max(2.5, r(p.events)) / k; })
        .on("mousemove", function (ev, p) { showTip(ev, p.name + (p.country ? ", " + p.country : "") + ": " + p.events + " events, " + p.conflict + " conflict, " + p.dead + " dead"); })
        .on("mouseleave", hideTip)
        .on("click", function (ev, p) {   /* the events of this dot, as the table's link (present.place_events_query) */
          window.location.href = "/events?place=" + encodeURIComponent(p.name) + "&place_exact=1" +
            (p.country ? "&place_country=" + encodeURIComponent(p.country) : "") + "&asserted_only=1";
        });
    }
    drawDots(1);
    var zoom = d3.zoom().scaleExtent([1, 40]).on("zoom", function (ev) {
      g.attr("transform", ev.transform);
      dots.selectAll("circle").attr("r", function (p) { return Math.max(2.5, r(p.events)) / ev.transform.k; });
    });
    svg.call(zoom);
    /* start framed on the places (with a margin), never closer than a region */
    if (places.length) {
      var xs = places.map(function (p) { return proj([p.lon, p.lat])[0]; }), ys = places.map(function (p) { return proj([p.lon, p.lat])[1]; });
      var x0 = d3.min(xs), x1 = d3.max(xs), y0 = d3.min(ys), y1 = d3.max(ys);
      var k = Math.max(1, Math.min(6, 0.8 / Math.max((x1 - x0) / w, (y1 - y0) / h, 1 / 6)));
      svg.call(zoom.transform, d3.zoomIdentity.translate(w / 2, h / 2).scale(k).translate(-(x0 + x1) / 2, -(y0 + y1) / 2));
    }
    fetch(atlasUrl).then(function (res) { return res.json(); }).then(function (topo) {
      var fc = topojson.feature(topo, topo.objects.countries);
      countries.selectAll("path").data(fc.features).join("path").attr("class", "country").attr("d", path)
        .append("title").text(function (f) { return f.properties.name; });
      box.setAttribute("data-ready", "1");
    });
  }

  /* Article page: a link to #ev-N (or #q-N) highlights every piece of that span (and the event's sentence);
     clicking a quote shows its speaker; clicking an actor opens its page. */
  function articlePage() {
    var text = document.getElementById("article-text");
    if (!text) return;
    function focus(key) {
      document.querySelectorAll(".focus").forEach(function (el) { el.classList.remove("focus"); });
      if (!key || !/^[A-Za-z0-9_-]{1,64}$/.test(key)) return;     // span keys only: nothing else reaches a selector
      var keys = [key];
      if (key.indexOf("ev-") === 0) keys.push("evs-" + key.slice(3), "evp-" + key.slice(3));
      var first = null;
      keys.forEach(function (k) {
        document.querySelectorAll('[data-k~="' + k + '"]').forEach(function (el) { el.classList.add("focus"); if (!first) first = el; });
      });
      var anchor = document.getElementById(key) || first;
      if (anchor) anchor.scrollIntoView({ block: "center" });
    }
    function fromHash() {
      // the anchor is whatever the address bar holds: decoded safely, and used only when it is a span key
      var h = window.location.hash.slice(1);
      try { h = decodeURIComponent(h); } catch (e) { h = ""; }
      focus(h);
    }
    window.addEventListener("hashchange", fromHash);
    fromHash();
    text.addEventListener("click", function (ev) {
      var el = ev.target.closest("[data-speaker]");
      if (el) { focus(el.getAttribute("data-speaker")); return; }
      var a = ev.target.closest("[data-href]");
      if (a) window.location.href = a.getAttribute("data-href");
    });
  }

  window.dateline = { quadChart: quadChart, roleChart: roleChart, network: network, worldMap: worldMap, articlePage: articlePage };

  // Each page starts its charts from here (no inline script: the Content-Security-Policy forbids it),
  // reading its data from the <script type="application/json"> blocks the templates write.
  function data(id) { var el = document.getElementById(id); return el ? JSON.parse(el.textContent) : null; }
  document.addEventListener("DOMContentLoaded", function () {
    var el;
    if (document.getElementById("timeline") && data("timeline-data")) quadChart("timeline", data("timeline-data"));
    if ((el = document.getElementById("actor-timeline")) && data("timeline-data"))
      roleChart("actor-timeline", data("timeline-data"), Number(el.getAttribute("data-actor-id")));
    if (document.getElementById("network") && data("network-data")) network("network", data("network-data"));
    if ((el = document.getElementById("map")) && data("places-data"))
      worldMap("map", el.getAttribute("data-atlas"), data("places-data"));
    if (document.getElementById("article-text")) articlePage();
  });
})();
