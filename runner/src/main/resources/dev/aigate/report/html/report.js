/* aigate report.html: draws each panel of the data blob with ECharts. Text from the data is only ever set with
   textContent (never innerHTML), so a model's output shows as the characters it is. When every chart has
   rendered, <body> gets data-rendered-ms (milliseconds since navigation started) and data-charts. */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('aigate-data').textContent);
  var root = document.getElementById('panels');
  var charts = [];
  var unfinished = 0;
  var COLORS = { baseline: '#6e7781', candidate: '#0969da', 'this run': '#0969da' };
  var BAD = '#cf222e', GOOD = '#1a7f37', WARN = '#bf8700';

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function fmt(value, digits) {
    if (value === null || value === undefined || (typeof value === 'number' && !isFinite(value))) return '–';
    if (typeof value !== 'number') return String(value);
    var abs = Math.abs(value);
    if (abs !== 0 && (abs < 0.001 || abs >= 1e6)) return value.toExponential(2);
    return value.toFixed(digits === undefined ? (abs >= 100 ? 1 : abs >= 1 ? 2 : 4) : digits);
  }

  function chart(parent, option, height) {
    var div = el('div', 'chart');
    div.style.height = (height || 260) + 'px';
    parent.appendChild(div);
    var instance = echarts.init(div, null, { renderer: 'canvas' });
    unfinished++;
    var counted = false;
    instance.on('finished', function () {
      if (!counted) {
        counted = true;
        unfinished--;
        if (unfinished === 0) markRendered();
      }
    });
    option.animation = false;
    option.textStyle = { fontFamily: 'system-ui, sans-serif' };
    instance.setOption(option);
    charts.push(instance);
    return instance;
  }

  function valueAxis(name, extra) {
    return Object.assign({ type: 'value', name: name, nameLocation: 'middle', nameGap: 24, scale: true }, extra || {});
  }

  function legend(series) {
    return series.length > 1 ? { bottom: 0 } : { show: false };
  }

  function grid(parent) {
    var node = el('div', 'charts');
    parent.appendChild(node);
    return node;
  }

  function title(text) {
    return { text: text, left: 'center', textStyle: { fontSize: 13, fontWeight: 600 } };
  }

  function table(parent, columns, rows, className) {
    var t = el('table', className);
    var head = el('tr');
    columns.forEach(function (c) { head.appendChild(el('th', null, c)); });
    t.appendChild(head);
    rows.forEach(function (row) { t.appendChild(rowNode(row)); });
    parent.appendChild(t);
    return t;
  }

  function rowNode(cells) {
    var tr = el('tr');
    cells.forEach(function (cell) {
      var td = el('td');
      if (cell instanceof Node) td.appendChild(cell); else td.textContent = cell === undefined ? '' : cell;
      tr.appendChild(td);
    });
    return tr;
  }

  function pre(text) {
    return el('pre', null, text === null || text === undefined ? '(no output)' : text);
  }

  function badge(text, kind) {
    return el('span', 'badge ' + kind, text);
  }

  /* Latency: per metric, the CDF and the histogram of each run. */
  function latency(section, panel) {
    panel.metrics.forEach(function (metric) {
      var charts = grid(section);
      function latencyChart(heading, yAxis, seriesOf) {
        chart(charts, {
          title: title(metric.name + ' ' + heading),
          tooltip: { trigger: 'axis' },
          legend: legend(metric.runs),
          grid: { left: 50, right: 20, top: 35, bottom: metric.runs.length > 1 ? 60 : 40 },
          xAxis: valueAxis('ms'),
          yAxis: yAxis,
          series: metric.runs.map(seriesOf)
        });
      }
      latencyChart('CDF', { type: 'value', name: 'percentile', min: 0, max: 100 }, function (run) {
        return { type: 'line', name: run.label, showSymbol: false, step: 'end', data: run.cdf,
          lineStyle: { color: COLORS[run.label] }, itemStyle: { color: COLORS[run.label] } };
      });
      latencyChart('histogram (to p99.9)', { type: 'value', name: 'requests' }, function (run) {
        var b = run.bins;
        return { type: 'bar', name: run.label, barCategoryGap: 0, itemStyle: { color: COLORS[run.label] },
          data: b.counts.map(function (count, i) { return [b.from_ms + (i + 0.5) * b.width_ms, count]; }) };
      });
    });
  }

  /* Sweep: throughput and latency against load, with the SLO lines and the max-goodput point. */
  function sweep(section, panel) {
    var loads = panel.points.map(function (p) { return p.load; });
    var best = panel.max_goodput_load;
    var bestLine = best === null || best === undefined ? [] : [{ xAxis: best, name: 'max goodput' }];
    var axis = valueAxis(panel.axis, { min: Math.min.apply(null, loads) });
    function line(name, key, color, extra) {
      var s = { type: 'line', name: name, data: panel.points.map(function (p) { return [p.load, p[key]]; }),
        lineStyle: { color: color }, itemStyle: { color: color } };
      return Object.assign(s, extra || {});
    }
    var charts = grid(section);
    var goodputMark = { symbol: 'pin', data: panel.points.filter(function (p) { return p.load === best; })
      .map(function (p) { return { coord: [p.load, p.goodput_per_s], name: 'max goodput', value: fmt(p.goodput_per_s) }; }) };
    chart(charts, {
      title: title('Throughput against ' + panel.axis),
      tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
      grid: { left: 55, right: 55, top: 35, bottom: 60 },
      xAxis: axis,
      yAxis: [{ type: 'value', name: 'requests/s' }, { type: 'value', name: 'tokens/s' }],
      series: [line('requests/s', 'requests_per_s', '#0969da'),
        line('goodput/s', 'goodput_per_s', GOOD, { markPoint: goodputMark,
          markLine: { symbol: 'none', data: bestLine, lineStyle: { color: GOOD, type: 'dashed' } } }),
        line('output tokens/s', 'output_tokens_per_s', '#8250df', { yAxisIndex: 1 })]
    });
    ['ttft', 'tpot', 'e2el'].forEach(function (metric) {
      var slo = panel.slos_ms ? panel.slos_ms[metric] : undefined;
      var marks = bestLine.slice();
      if (slo !== undefined && slo !== null) marks.push({ yAxis: slo, name: 'SLO ' + fmt(slo) + ' ms' });
      chart(charts, {
        title: title(metric.toUpperCase() + ' against ' + panel.axis),
        tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
        grid: { left: 55, right: 30, top: 35, bottom: 60 },
        xAxis: axis, yAxis: { type: 'value', name: 'ms',
          max: function (v) { return slo ? Math.max(v.max, slo * 1.1) : v.max; } },
        series: [line('p50', metric + '_p50_ms', '#0969da'),
          line('p99', metric + '_p99_ms', '#bc4c00', { markLine: { symbol: 'none', data: marks,
            label: { formatter: '{b}' }, lineStyle: { color: BAD, type: 'dashed' } } })]
      });
    });
  }

  /* Canary: per metric, the two distributions and the shift with its interval. */
  function canary(section, panel) {
    section.appendChild(el('p', null, 'Score ' + fmt(panel.score, 1) + ' → ' + panel.verdict + ' (confidence '
      + fmt(panel.confidence * 100, 0) + '%)'));
    panel.metrics.forEach(function (m) {
      var box = el('div', 'metric');
      section.appendChild(box);
      var head = el('h3');
      head.appendChild(badge(m.classification, m.classification));
      head.appendChild(document.createTextNode(m.name + (m.critical ? ' (critical)' : '')));
      box.appendChild(head);
      box.appendChild(el('p', null, m.reason + ' · ' + m.test + ', p = ' + fmt(m.p_value) + ' (Holm ' + fmt(m.p_value_adjusted)
        + ') · shift ' + fmt(m.shift) + ' [' + fmt(m.ci_low) + ', ' + fmt(m.ci_high) + '] · ratio ' + fmt(m.effect_ratio)));
      var charts = grid(box);
      if (m.quantiles && m.quantiles.baseline && m.quantiles.candidate) {
        chart(charts, {
          title: title(m.name + ': baseline and candidate'),
          tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
          grid: { left: 55, right: 20, top: 35, bottom: 45 },
          xAxis: { type: 'value', scale: true }, yAxis: { type: 'value', name: 'quantile %', min: 0, max: 100 },
          series: ['baseline', 'candidate'].map(function (side) {
            var q = m.quantiles[side];
            return { type: 'line', name: side + ' (n=' + (m[side].count || m[side].trials) + ')', showSymbol: false,
              data: q.map(function (v, i) { return [v, 100 * i / (q.length - 1)]; }),
              lineStyle: { color: COLORS[side] }, itemStyle: { color: COLORS[side] } };
          })
        });
      } else if (m.baseline && m.baseline.rate !== undefined) {
        chart(charts, {
          title: title(m.name + ': rate on each side'),
          tooltip: { trigger: 'axis' }, grid: { left: 55, right: 20, top: 35, bottom: 30 },
          xAxis: { type: 'category', data: ['baseline', 'candidate'] }, yAxis: { type: 'value' },
          series: [{ type: 'bar', data: [
            { value: m.baseline.rate, itemStyle: { color: COLORS.baseline } },
            { value: m.candidate.rate, itemStyle: { color: COLORS.candidate } }] }]
        });
      }
      if (m.shift !== null && m.shift !== undefined && m.ci_low !== null && m.ci_high !== null) {
        var color = m.classification === 'pass' ? GOOD : m.classification === 'nodata' ? WARN : BAD;
        chart(charts, {
          title: title('shift (candidate − baseline) and its interval'),
          tooltip: { trigger: 'item' }, grid: { left: 30, right: 30, top: 40, bottom: 30 },
          xAxis: { type: 'value', scale: true, axisLine: { onZero: false } },
          yAxis: { type: 'value', show: false, min: -1, max: 1 },
          series: [
            { type: 'line', name: 'interval', data: [[m.ci_low, 0], [m.ci_high, 0]], symbol: 'rect', symbolSize: [3, 16],
              lineStyle: { width: 3, color: color }, itemStyle: { color: color },
              markLine: { symbol: 'none', data: [{ xAxis: 0, name: 'no change' }], lineStyle: { color: '#6e7781', type: 'dashed' },
                label: { formatter: 'no change' } } },
            { type: 'scatter', name: 'shift', data: [[m.shift, 0]], symbolSize: 12, itemStyle: { color: color } },
            { type: 'scatter', name: 'zero', data: [[0, 0]], symbolSize: 0, silent: true, tooltip: { show: false } }]
        }, 150);
      }
    });
  }

  /* Prompt suite: pass rates with their intervals, then the regressed, improved and flaky cases side by side. */
  function prompts(section, panel) {
    var rates = panel.pass_rates;
    if (rates.length) {
      var charts = grid(section);
      chart(charts, {
        title: title('Pass rate (Wilson interval)'),
        tooltip: { trigger: 'item' }, grid: { left: 55, right: 20, top: 35, bottom: 30 },
        xAxis: { type: 'category', data: rates.map(function (r) { return r.side; }) },
        yAxis: { type: 'value', min: 0, max: 100, name: '%' },
        series: [{ type: 'bar', name: 'pass rate', barMaxWidth: 80, data: rates.map(function (r) {
          return { value: 100 * r.pass_rate, itemStyle: { color: COLORS[r.side] } }; }) }]
          .concat(rates.map(function (r) {
            return { type: 'line', name: r.side + ' interval', symbol: 'rect', symbolSize: [14, 2],
              lineStyle: { color: '#1f2328' }, itemStyle: { color: '#1f2328' },
              data: [[r.side, 100 * r.ci_low], [r.side, 100 * r.ci_high]] };
          }))
      });
    }
    if (panel.comparison) {
      var c = panel.comparison;
      section.appendChild(el('p', null, c.test + ': ' + c.pairs + ' paired cases, p = ' + fmt(c.p_value)
        + ', drop ' + fmt(100 * c.drop, 1) + '%' + (c.regression ? ' — a regression' : '')));
    }
    caseTable(section, 'Regressed', 'regressed', panel.regressed, true);
    caseTable(section, 'Improved', 'improved', panel.improved, true);
    caseTable(section, 'Flaky', 'flaky', panel.flaky, false);
  }

  var CASES_PER_PAGE = 25;

  /* One kind of case in a folding table, built when first opened and then a page at a time, so a suite of
     thousands of cases opens as fast as a small one. */
  function caseTable(section, label, kind, cases, compared) {
    if (!cases || !cases.length) return;
    var details = el('details');
    var summary = el('summary');
    summary.appendChild(badge(label, kind));
    summary.appendChild(document.createTextNode(cases.length + (cases.length === 1 ? ' case' : ' cases')));
    details.appendChild(summary);
    var columns = compared
      ? ['case', 'baseline', 'candidate', 'baseline output', 'candidate output', 'failed checks']
      : ['case', 'passes', 'a passing output', 'a failing output', 'failed checks'];
    function row(c) {
      return compared
        ? [c.id, c.baseline_passes, c.candidate_passes, pre(c.baseline_output), pre(c.candidate_output),
          pre((c.failures || []).join('\n'))]
        : [c.id, c.passes, pre(c.passing_output), pre(c.failing_output), pre((c.failures || []).join('\n'))];
    }
    var shown = 0, tableNode = null, more = null;
    function showMore() {
      var page = cases.slice(shown, shown + CASES_PER_PAGE);
      if (!tableNode) {
        tableNode = table(details, columns, [], 'cases');
        more = el('button', null, '');
        more.addEventListener('click', showMore);
        details.appendChild(more);
      }
      page.forEach(function (c) { tableNode.appendChild(rowNode(row(c))); });
      shown += page.length;
      more.textContent = 'show ' + Math.min(CASES_PER_PAGE, cases.length - shown) + ' more of ' + (cases.length - shown);
      more.hidden = shown >= cases.length;
    }
    details.addEventListener('toggle', function () { if (details.open && !tableNode) showMore(); });
    details.open = kind !== 'improved';
    if (details.open) showMore();
    section.appendChild(details);
  }

  /* Cost: the monthly cost of each side, stacked by what it pays for. */
  function cost(section, panel) {
    var parts = [];
    panel.sides.forEach(function (s) { Object.keys(s.parts).forEach(function (p) { if (parts.indexOf(p) < 0) parts.push(p); }); });
    var palette = ['#0969da', '#54aeff', '#8250df', '#6e7781'];
    chart(grid(section), {
      title: title('Cost per month (US$)'),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, legend: { bottom: 0 },
      grid: { left: 170, right: 40, top: 35, bottom: 60 },
      xAxis: valueAxis('US$ per month', { scale: false }),
      yAxis: { type: 'category', data: panel.sides.map(function (s) { return s.label; }) },
      series: parts.map(function (part, i) {
        return { type: 'bar', stack: 'cost', name: part, itemStyle: { color: palette[i % palette.length] },
          data: panel.sides.map(function (s) { return s.parts[part] === undefined ? 0 : s.parts[part]; }) };
      })
    }, 90 + 50 * panel.sides.length);
  }

  /* GPU telemetry over time, one line per GPU. */
  function gpu(section, panel) {
    var s = panel.series;
    var charts = grid(section);
    [['utilization_pct', 'utilization %'], ['power_w', 'power W'], ['memory_used_mib', 'memory used MiB'],
      ['sm_clock_mhz', 'SM clock MHz'], ['temperature_c', 'temperature °C']].forEach(function (metric) {
      var lines = s.gpus.filter(function (g) { return g[metric[0]]; });
      if (!lines.length) return;
      chart(charts, {
        title: title(metric[1]),
        tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
        grid: { left: 55, right: 20, top: 35, bottom: 60 },
        xAxis: valueAxis('s'), yAxis: { type: 'value', scale: true },
        series: lines.map(function (g) {
          return { type: 'line', name: 'GPU ' + g.index, showSymbol: false,
            data: g[metric[0]].map(function (v, i) { return [s.t_s[i], v]; }) };
        })
      });
    });
  }

  /* Trend: key metrics across builds, marking the builds whose gate failed and where a step change began. */
  function trend(section, panel) {
    var labels = panel.builds.map(function (b) { return '#' + b.build; });
    var failed = panel.builds.filter(function (b) { return b.verdict === 'fail'; }).length;
    section.appendChild(el('p', null, panel.builds.length + ' builds; ' + failed + ' failed their gate (✗). '
      + '▲ marks where a step change for the worse begins: a Mann-Whitney shift (p < 0.05, at least 5%) of the '
      + 'builds from there on against those before; ● a step change for the better.'));
    var charts = grid(section);
    panel.series.forEach(function (series) {
      var marks = [];
      panel.builds.forEach(function (b, i) {
        if (b.verdict === 'fail' && series.values[i] !== null) {
          marks.push({ coord: [i, series.values[i]], name: 'gate failed', itemStyle: { color: BAD }, value: '✗' });
        }
      });
      series.changes.forEach(function (c) {
        marks.push({ coord: [c.index, series.values[c.index]], name: (c.regression ? 'regression' : 'improvement')
          + ' from here: ' + fmt(100 * c.relative_shift, 1) + '%, p = ' + fmt(c.p_value),
          itemStyle: { color: c.regression ? WARN : GOOD, borderColor: '#fff', borderWidth: 1 },
          symbol: c.regression ? 'triangle' : 'circle', symbolSize: 18, symbolOffset: [0, 0], label: { show: false } });
      });
      chart(charts, {
        title: title(series.metric + (series.higher_is_better ? ' (higher is better)' : ' (lower is better)')),
        tooltip: { trigger: 'axis' }, grid: { left: 55, right: 20, top: 45, bottom: 30 },
        xAxis: { type: 'category', data: labels }, yAxis: { type: 'value', scale: true },
        series: [{ type: 'line', name: series.metric, data: series.values, connectNulls: true,
          lineStyle: { color: '#0969da' }, itemStyle: { color: '#0969da' },
          markPoint: { symbolSize: 34, data: marks } }]
      }, 230);
    });
  }

  var PANELS = { latency: latency, sweep: sweep, canary: canary, prompts: prompts, cost: cost, gpu: gpu, trend: trend };

  function markRendered() {
    document.body.setAttribute('data-charts', String(charts.length));
    document.body.setAttribute('data-rendered-ms', performance.now().toFixed(1));
  }

  data.panels.forEach(function (panel) {
    var section = el('section', 'panel');
    section.setAttribute('data-panel', panel.type);
    var heading = el('h2', null, panel.title);
    heading.appendChild(el('span', 'stage', panel.stage));
    section.appendChild(heading);
    root.appendChild(section);
    try {
      PANELS[panel.type](section, panel);
    } catch (e) {
      console.error('aigate: the ' + panel.type + ' panel could not be drawn: ' + e);
      section.appendChild(el('p', 'error', 'This panel could not be drawn: ' + e.message));
    }
  });
  if (unfinished === 0) markRendered();
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
