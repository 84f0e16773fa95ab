// Chart builders of the kpr report and dashboard: turn the page's chart specifications (numbers already computed
// and protected by Kpr.Core; nothing is calculated here) into Apache ECharts options, drawn with the SVG renderer
// so every mark is an element of the page. Palettes: Okabe-Ito (categorical) and ColorBrewer PuOr (diverging),
// both readable with the common colour-vision deficiencies.
"use strict";
var KprCharts = (function () {
  var OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"];
  var PUOR = ["#b35806", "#f1a340", "#fee0b6", "#f7f7f7", "#d8daeb", "#998ec3", "#542788"];
  var HIGHLIGHT = "#D55E00";
  var BASE = "#0072B2";
  var lang = "nb";

  function fmt(v, digits) {
    if (v === null || v === undefined || !isFinite(v)) return "–";
    var d = digits === undefined ? 1 : digits;
    var r = Number(v.toFixed(d));
    if (r === 0) r = 0; // no "−0,0"
    return r.toLocaleString(lang === "en" ? "en-GB" : "nb-NO", { minimumFractionDigits: d, maximumFractionDigits: d });
  }

  function text(size) {
    return { fontSize: size || 11, color: "#1d2733", fontFamily: "Helvetica, Arial, sans-serif" };
  }

  // Interval whiskers as a custom series: data rows are [category, lower, upper] (category axis first).
  function whiskers(data, horizontal, name, xAxisIndex, yAxisIndex) {
    return {
      type: "custom", name: name, silent: true, z: 10, xAxisIndex: xAxisIndex || 0, yAxisIndex: yAxisIndex || 0,
      encode: horizontal ? { x: [1, 2], y: 0 } : { x: 0, y: [1, 2] },
      data: data,
      renderItem: function (params, api) {
        var lo = api.value(1), hi = api.value(2);
        if (lo === null || hi === null || isNaN(lo) || isNaN(hi)) return null;
        var cat = api.value(0);
        var a = horizontal ? api.coord([lo, cat]) : api.coord([cat, lo]);
        var b = horizontal ? api.coord([hi, cat]) : api.coord([cat, hi]);
        var band = api.size(horizontal ? [0, 1] : [1, 0]);
        var cap = Math.min(7, (horizontal ? band[1] : band[0]) * 0.18);
        var style = { stroke: "#1d2733", lineWidth: 1.2 };
        var lines = horizontal
          ? [[a[0], a[1], b[0], b[1]], [a[0], a[1] - cap, a[0], a[1] + cap], [b[0], b[1] - cap, b[0], b[1] + cap]]
          : [[a[0], a[1], b[0], b[1]], [a[0] - cap, a[1], a[0] + cap, a[1]], [b[0] - cap, b[1], b[0] + cap, b[1]]];
        return {
          type: "group",
          children: lines.map(function (l) { return { type: "line", shape: { x1: l[0], y1: l[1], x2: l[2], y2: l[3] }, style: style }; })
        };
      }
    };
  }

  function axisNumber(v) {
    return Number(v).toLocaleString(lang === "en" ? "en-GB" : "nb-NO", { maximumFractionDigits: 4 });
  }

  // A horizontal value axis names itself below; a vertical one names itself above its top end (not clipped).
  function valueAxis(name, extra) {
    var axis = { type: "value", name: name, nameLocation: "middle", nameGap: 34, nameTextStyle: text(11),
      axisLabel: { fontSize: 10, color: "#1d2733", formatter: axisNumber }, splitLine: { lineStyle: { color: "#e3e7ec" } } };
    for (var k in extra || {}) axis[k] = extra[k];
    return axis;
  }

  // Horizontal bars of the helsefellesskap, sorted, with intervals and the country as a reference line.
  function ranked(spec) {
    var items = spec.items.filter(function (i) { return i.value !== null; })
      .sort(function (a, b) { return a.value - b.value; });
    var names = items.map(function (i) { return i.name; });
    var series = [{
      type: "bar", name: spec.valueLabel, barWidth: "62%",
      data: items.map(function (i) { return { value: i.value, itemStyle: { color: i.highlight ? HIGHLIGHT : BASE } }; }),
      markLine: spec.reference === null ? undefined : {
        symbol: "none", silent: true, lineStyle: { color: "#1d2733", type: "dashed", width: 1.5 },
        label: { formatter: spec.referenceLabel + " " + fmt(spec.reference), position: "end", fontSize: 10 },
        data: [{ xAxis: spec.reference }]
      }
    }, whiskers(items.map(function (i, k) { return [k, i.lower, i.upper]; }), true, spec.intervalLabel)];
    return {
      height: Math.max(220, 44 + names.length * 19),
      option: {
        animation: false, color: [BASE],
        grid: { left: 8, right: 48, top: 16, bottom: 44, containLabel: true },
        xAxis: valueAxis(spec.valueLabel, { min: 0 }),
        yAxis: { type: "category", data: names, axisLabel: { fontSize: 11, interval: 0, color: "#1d2733" }, axisTick: { show: false } },
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: function (v) { return fmt(v); } },
        series: series
      }
    };
  }

  // Change per helsefellesskap: two bars per helsefellesskap (e.g. since 2018 and since the previous year), percent.
  function change(spec) {
    var items = spec.items.slice().sort(function (a, b) { return (a.a === null) - (b.a === null) || a.a - b.a; });
    return {
      height: Math.max(240, 56 + items.length * 20),
      option: {
        animation: false, color: [OKABE_ITO[0], OKABE_ITO[1]],
        legend: { top: 0, textStyle: text(11) },
        grid: { left: 8, right: 24, top: 30, bottom: 44, containLabel: true },
        xAxis: valueAxis(spec.valueLabel),
        yAxis: { type: "category", data: items.map(function (i) { return i.name; }), axisLabel: { fontSize: 11, interval: 0, color: "#1d2733" }, axisTick: { show: false } },
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: function (v) { return fmt(v); } },
        series: [
          { type: "bar", name: spec.labels[0], data: items.map(function (i) { return i.a; }), barGap: "10%" },
          { type: "bar", name: spec.labels[1], data: items.map(function (i) { return i.b; }) }
        ]
      }
    };
  }

  // Small multiples: one panel per age group, bars for every year with intervals; independent y axes.
  function ages(spec, view) {
    var panels = spec.panels, cols = 4, rows = Math.ceil(panels.length / cols);
    var grids = [], xAxes = [], yAxes = [], series = [], titles = [];
    var w = 100 / cols, h = 100 / rows;
    panels.forEach(function (p, k) {
      var c = k % cols, r = Math.floor(k / cols);
      grids.push({ left: (c * w + 6.5) + "%", width: (w - 9) + "%", top: (r * h + 9) + "%", height: (h - 19) + "%" });
      titles.push({ text: p.title, left: (c * w + w / 2) + "%", top: (r * h + 1) + "%", textAlign: "center", textStyle: { fontSize: 12, fontWeight: 600, color: "#1d2733" } });
      xAxes.push({ type: "category", gridIndex: k, data: spec.years.map(String), axisLabel: { fontSize: 9, interval: 0, color: "#1d2733" }, axisTick: { show: false } });
      yAxes.push({ type: "value", gridIndex: k, min: 0, axisLabel: { fontSize: 9, color: "#1d2733", formatter: axisNumber }, splitLine: { lineStyle: { color: "#e3e7ec" } } });
      var values = p.data[view];
      series.push({
        type: "bar", xAxisIndex: k, yAxisIndex: k, name: p.title, barWidth: "58%",
        data: values.map(function (v, y) { return { value: v === null ? null : v[0], itemStyle: { color: OKABE_ITO[y % OKABE_ITO.length] } }; })
      });
      series.push(whiskers(values.map(function (v, y) { return [y, v === null ? null : v[1], v === null ? null : v[2]]; }), false, p.title, k, k));
    });
    return {
      height: 205 * rows,
      option: { animation: false, title: titles, grid: grids, xAxis: xAxes, yAxis: yAxes, series: series,
        tooltip: { trigger: "axis", valueFormatter: function (v) { return fmt(v); } } }
    };
  }

  // Percent change against the same month of the baseline year: one line per comparison year.
  function monthly(spec) {
    return {
      height: 320,
      option: {
        animation: false, color: OKABE_ITO,
        legend: { top: 0, textStyle: text(11) },
        grid: { left: 8, right: 24, top: 54, bottom: 30, containLabel: true },
        xAxis: { type: "category", data: spec.months, axisLabel: { fontSize: 11, interval: 0, color: "#1d2733" }, boundaryGap: false },
        yAxis: valueAxis(spec.valueLabel, { nameLocation: "end", nameGap: 12, nameTextStyle: { fontSize: 11, color: "#1d2733", align: "left" } }),
        tooltip: { trigger: "axis", valueFormatter: function (v) { return v === null || v === undefined ? "–" : fmt(v) + " %"; } },
        series: spec.series.map(function (s, k) {
          return {
            type: "line", name: s.name, data: s.values, connectNulls: false, symbolSize: 7, lineStyle: { width: 2.2 },
            symbol: ["circle", "diamond", "triangle", "rect"][k % 4],
            markLine: k === 0 ? { symbol: "none", silent: true, label: { show: false }, lineStyle: { color: "#1d2733", width: 1 }, data: [{ yAxis: 0 }] } : undefined
          };
        })
      }
    };
  }

  // A compact grid: rows (helsefellesskap or age groups) × months of each comparison year, coloured by change.
  function heatmap(spec) {
    var limit = spec.limit || 30;
    var cells = spec.cells.map(function (c) { return [c[0], c[1], c[2] === null ? "-" : c[2]]; });
    return {
      height: 110 + spec.rows.length * 18,
      option: {
        animation: false,
        grid: { left: 8, right: 16, top: 8, bottom: 40, containLabel: true },
        xAxis: { type: "category", data: spec.columns, splitArea: { show: false }, axisLabel: { fontSize: 9, interval: 0, rotate: 90, color: "#1d2733" }, axisTick: { show: false } },
        yAxis: { type: "category", data: spec.rows, inverse: true, axisLabel: { fontSize: 10, interval: 0, color: "#1d2733" }, axisTick: { show: false } },
        visualMap: {
          type: "piecewise", orient: "horizontal", left: "center", bottom: 0, itemWidth: 14, itemHeight: 10, textStyle: text(10),
          pieces: [
            { lt: -limit * 0.6, color: PUOR[0], label: "< −" + Math.round(limit * 0.6) + " %" },
            { gte: -limit * 0.6, lt: -limit * 0.25, color: PUOR[1] },
            { gte: -limit * 0.25, lt: -limit * 0.05, color: PUOR[2] },
            { gte: -limit * 0.05, lte: limit * 0.05, color: PUOR[3] },
            { gt: limit * 0.05, lte: limit * 0.25, color: PUOR[4] },
            { gt: limit * 0.25, lte: limit * 0.6, color: PUOR[5] },
            { gt: limit * 0.6, color: PUOR[6], label: "> " + Math.round(limit * 0.6) + " %" }
          ],
          outOfRange: { color: "#bcc3cb" }
        },
        tooltip: { formatter: function (p) { return spec.rows[p.value[1]] + ", " + spec.columns[p.value[0]] + ": " + (p.value[2] === "-" ? spec.hiddenLabel : fmt(p.value[2]) + " %"); } },
        series: [{ type: "heatmap", data: cells, itemStyle: { borderColor: "#ffffff", borderWidth: 1 } }]
      }
    };
  }

  // Share with a coordinator by need group: the parts by age stacked (they add up to the group's share), with the
  // interval of the whole share.
  function coordinator(spec) {
    return {
      height: 320,
      option: {
        animation: false, color: [OKABE_ITO[0], OKABE_ITO[4]],
        legend: { top: 0, textStyle: text(11), data: spec.parts.map(function (p) { return p.name; }) },
        grid: { left: 8, right: 24, top: 54, bottom: 44, containLabel: true },
        xAxis: { type: "category", data: spec.categories, axisLabel: { fontSize: 11, interval: 0, color: "#1d2733" } },
        yAxis: valueAxis(spec.valueLabel, { min: 0, nameLocation: "end", nameGap: 12, nameTextStyle: { fontSize: 11, color: "#1d2733", align: "left" } }),
        tooltip: { trigger: "axis", valueFormatter: function (v) { return fmt(v) + " %"; } },
        series: spec.parts.map(function (p) { return { type: "bar", name: p.name, stack: "share", barWidth: "50%", data: p.values }; })
          .concat([whiskers(spec.total.map(function (t, k) { return [k, t === null ? null : t[1], t === null ? null : t[2]]; }), false, spec.intervalLabel)])
      }
    };
  }

  // Values with intervals on a category axis (e.g. a change in percentage points by need group).
  function intervals(spec) {
    return {
      height: 280,
      option: {
        animation: false, color: [OKABE_ITO[2]],
        grid: { left: 8, right: 24, top: 16, bottom: 44, containLabel: true },
        xAxis: valueAxis(spec.valueLabel),
        yAxis: { type: "category", data: spec.categories, inverse: true, axisLabel: { fontSize: 11, interval: 0, color: "#1d2733" } },
        tooltip: { trigger: "axis", valueFormatter: function (v) { return fmt(v, 1); } },
        series: [{ type: "scatter", name: spec.valueLabel, symbolSize: 10, data: spec.values.map(function (v) { return v === null ? null : v[0]; }),
            markLine: { symbol: "none", silent: true, label: { show: false }, lineStyle: { color: "#1d2733", width: 1 }, data: [{ xAxis: 0 }] } },
          whiskers(spec.values.map(function (v, k) { return [k, v === null ? null : v[1], v === null ? null : v[2]]; }), true, spec.valueLabel)]
      }
    };
  }

  // Lines over years with an interval band of whiskers (the dashboard's trend of one helsefellesskap and the country).
  function trend(spec) {
    var series = [];
    spec.series.forEach(function (s, k) {
      series.push({ type: "line", name: s.name, data: s.values.map(function (v) { return v === null ? null : v[0]; }), symbolSize: 7,
        lineStyle: { width: 2.2 }, itemStyle: { color: k === 0 ? HIGHLIGHT : "#1d2733" }, symbol: k === 0 ? "circle" : "diamond" });
      series.push(whiskers(s.values.map(function (v, y) { return [y, v === null ? null : v[1], v === null ? null : v[2]]; }), false, s.name));
    });
    return {
      height: 320,
      option: {
        animation: false, legend: { top: 0, textStyle: text(11), data: spec.series.map(function (s) { return s.name; }) },
        grid: { left: 8, right: 24, top: 54, bottom: 30, containLabel: true },
        xAxis: { type: "category", data: spec.categories, axisLabel: { fontSize: 11, interval: 0, color: "#1d2733" } },
        yAxis: valueAxis(spec.valueLabel, { nameLocation: "end", nameGap: 12, nameTextStyle: { fontSize: 11, color: "#1d2733", align: "left" } }),
        tooltip: { trigger: "axis", valueFormatter: function (v) { return fmt(v); } },
        series: series
      }
    };
  }

  // Grouped bars (the dashboard's age profile of one helsefellesskap against the country).
  function grouped(spec) {
    return {
      height: 320,
      option: {
        animation: false, color: [HIGHLIGHT, "#5b6775"], legend: { top: 0, textStyle: text(11) },
        grid: { left: 8, right: 24, top: 54, bottom: 30, containLabel: true },
        xAxis: { type: "category", data: spec.categories, axisLabel: { fontSize: 11, interval: 0, color: "#1d2733" } },
        yAxis: valueAxis(spec.valueLabel, { min: 0, nameLocation: "end", nameGap: 12, nameTextStyle: { fontSize: 11, color: "#1d2733", align: "left" } }),
        tooltip: { trigger: "axis", valueFormatter: function (v) { return fmt(v); } },
        series: spec.series.map(function (s) { return { type: "bar", name: s.name, data: s.values }; })
      }
    };
  }

  var builders = { ranked: ranked, change: change, ages: ages, monthly: monthly, heatmap: heatmap, coordinator: coordinator, intervals: intervals, trend: trend, grouped: grouped };

  // Draws (or redraws) one chart into its element; returns the ECharts instance.
  function draw(el, spec, view) {
    var built = builders[spec.kind](spec, view);
    el.style.height = built.height + "px";
    var chart = echarts.getInstanceByDom(el) || echarts.init(el, null, { renderer: "svg" });
    chart.setOption(built.option, true);
    chart.resize();
    return chart;
  }

  // Renders every chart of the page; charts with views (during the year / 31.12) get a switch.
  function renderAll(page) {
    lang = page.lang;
    page.charts.forEach(function (spec) {
      var el = document.getElementById(spec.id);
      if (!el) return;
      var current = spec.views ? spec.views[0].key : null;
      if (spec.views) {
        var bar = document.createElement("div");
        bar.className = "views no-print";
        bar.setAttribute("role", "group");
        spec.views.forEach(function (v) {
          var b = document.createElement("button");
          b.type = "button"; b.textContent = v.label; b.dataset.view = v.key;
          b.setAttribute("aria-pressed", String(v.key === current));
          b.addEventListener("click", function () {
            current = v.key;
            bar.querySelectorAll("button").forEach(function (o) { o.setAttribute("aria-pressed", String(o.dataset.view === current)); });
            draw(el, spec, current);
          });
          bar.appendChild(b);
        });
        el.parentNode.insertBefore(bar, el);
      }
      draw(el, spec, current);
    });
    var resizeAll = function () {
      page.charts.forEach(function (spec) {
        var el = document.getElementById(spec.id);
        var chart = el && echarts.getInstanceByDom(el);
        if (chart) chart.resize();
      });
    };
    window.addEventListener("resize", resizeAll);
    window.addEventListener("beforeprint", resizeAll);
  }

  return { draw: draw, renderAll: renderAll, fmt: fmt, setLanguage: function (l) { lang = l; } };
})();
