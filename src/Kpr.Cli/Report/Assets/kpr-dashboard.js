// The dashboard: pick a helsefellesskap, a series, an age group, a year and a period; every chart is redrawn from the
// published records embedded in the page (a filter over them; no number is computed here).
var data = page.data;
KprCharts.setLanguage(page.lang);
var pick = {};
function fill(id, items, selected) {
  var el = document.getElementById(id);
  items.forEach(function (item) {
    var o = document.createElement("option");
    o.value = item.value; o.textContent = item.label;
    el.appendChild(o);
  });
  el.value = String(selected);
  el.addEventListener("change", update);
  pick[id] = el;
}
fill("pick-region", data.regions.slice(1).map(function (r, k) { return { value: k + 1, label: r.name }; }), 1);
fill("pick-series", data.series.map(function (s, k) { return { value: k, label: s.name }; }), 0);
fill("pick-age", data.ages.map(function (a, k) { return { value: k, label: a.name }; }), 0);
fill("pick-year", data.years.map(function (y) { return { value: y, label: String(y) }; }), data.years[data.years.length - 1]);
fill("pick-period", data.periods.map(function (p, k) { return { value: k, label: p.name }; }), 0);

var rateIndex = {};
data.rates.forEach(function (r) { rateIndex[r.slice(0, 5).join("|")] = r; });
function rate(series, period, year, region, age) {
  var r = rateIndex[[series, period, year, region, age].join("|")];
  return r && r[5] !== null ? [r[5], r[6], r[7]] : null;
}
function title(template, s) {
  return template.replace("{series}", s.series).replace("{age}", s.age).replace("{region}", s.region).replace("{year}", s.year).replace("{period}", s.period);
}
function setTitle(id, text) {
  document.getElementById(id + "-title").textContent = text;
  document.getElementById(id).setAttribute("aria-label", text);
}

function update() {
  var region = Number(pick["pick-region"].value), series = Number(pick["pick-series"].value), age = Number(pick["pick-age"].value);
  var year = Number(pick["pick-year"].value), period = Number(pick["pick-period"].value);
  var names = { series: data.series[series].name, age: data.ages[age].name, region: data.regions[region].name, year: year, period: data.periods[period].name.toLowerCase() };
  var L = data.labels;

  setTitle("dash-trend", title(L.trend, names));
  KprCharts.draw(document.getElementById("dash-trend"), {
    kind: "trend", valueLabel: L.perThousand, categories: data.years.map(String),
    series: [region, 0].map(function (g) { return { name: data.regions[g].name, values: data.years.map(function (y) { return rate(series, period, y, g, age); }) }; })
  });

  setTitle("dash-ranked", title(L.ranked, names));
  var items = data.regions.slice(1).map(function (r, k) {
    var v = rate(series, period, year, k + 1, age);
    return { name: r.name, value: v ? v[0] : null, lower: v ? v[1] : null, upper: v ? v[2] : null, highlight: k + 1 === region };
  });
  var national = rate(series, period, year, 0, age);
  KprCharts.draw(document.getElementById("dash-ranked"), { kind: "ranked", valueLabel: L.perThousand, intervalLabel: L.interval, reference: national ? national[0] : null, referenceLabel: L.norway, items: items });
  var hidden = items.filter(function (i) { return i.value === null; }).map(function (i) { return i.name; });
  document.getElementById("dash-ranked-hidden").textContent = hidden.length ? L.hidden + hidden.join(", ") : "";

  setTitle("dash-ages", title(L.ages, names));
  KprCharts.draw(document.getElementById("dash-ages"), {
    kind: "grouped", valueLabel: L.perThousand, categories: data.ages.map(function (a) { return a.name; }),
    series: [region, 0].map(function (g) { return { name: data.regions[g].name, values: data.ages.map(function (a, k) { var v = rate(series, period, year, g, k); return v ? v[0] : null; }) }; })
  });

  var monthlyEl = document.getElementById("dash-monthly");
  if (!data.series[series].monthly || data.monthlyYears.length === 0) {
    setTitle("dash-monthly", L.noMonthly);
    var existing = echarts.getInstanceByDom(monthlyEl);
    if (existing) existing.dispose();
    monthlyEl.style.height = "0px";
    return;
  }
  setTitle("dash-monthly", title(L.monthly, names));
  var months = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  var lines = [];
  data.monthlyYears.forEach(function (y) {
    [region, 0].forEach(function (g) {
      var values = months.map(function (m) {
        var hit = data.monthly.filter(function (r) { return r[0] === series && r[1] === y && r[2] === m && r[3] === g; })[0];
        return hit ? hit[4] : null;
      });
      lines.push({ name: data.regions[g].name + " " + y, values: values });
    });
  });
  KprCharts.draw(monthlyEl, { kind: "monthly", valueLabel: L.changePercent, months: months.map(function (m) { return data.months[m - 1]; }), series: lines });
}
update();
window.addEventListener("resize", function () {
  ["dash-trend", "dash-ranked", "dash-ages", "dash-monthly"].forEach(function (id) { var c = echarts.getInstanceByDom(document.getElementById(id)); if (c) c.resize(); });
});
