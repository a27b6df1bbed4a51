// The person's page: draws the charts from /api/activity as inline SVG. No library, nothing fetched from
// elsewhere; the page's Content-Security-Policy allows only this file and requests to the page itself.
'use strict';
(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const hours = Number(document.body.dataset.hours || '8');
  const kindColors = { move: '#4e79a7', button: '#f28e2b', scroll: '#59a14f', key: '#e15759', focus: '#9467bd', lock: '#8c6d31' };
  const states = [
    ['active', '#2e7d32', 'Active: input recorded'],
    ['quiet', '#b9d7bb', 'Quiet: nothing recorded (away, or in an application not on the list)'],
    ['paused', '#f2b134', 'Paused'],
    ['no_consent', '#9e9e9e', 'No consent'],
    ['off', '#e7e7e7', 'Agent not running'],
  ];
  const stateColor = Object.fromEntries(states.map(s => [s[0], s[1]]));
  const stateLabel = Object.fromEntries(states.map(s => [s[0], s[2]]));

  function el(name, attrs, parent) {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (parent) parent.appendChild(node);
    return node;
  }

  function title(parent, text) {
    el('title', {}, parent).textContent = text;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function pad(n) { return n < 10 ? '0' + n : String(n); }
  function clock(ms) { const d = new Date(ms); return pad(d.getHours()) + ':' + pad(d.getMinutes()); }
  function number(n) { return Math.round(n).toLocaleString('en'); }

  function niceMax(v) {
    if (v <= 0) return 1;
    const p = Math.pow(10, Math.floor(Math.log10(v)));
    for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
    return 10 * p;
  }

  function swatch(legend, color, label) {
    const item = document.createElement('span');
    item.className = 'item';
    const svg = el('svg', { width: 12, height: 12, viewBox: '0 0 12 12', 'aria-hidden': 'true' }, item);
    el('rect', { width: 12, height: 12, rx: 2, fill: color }, svg);
    item.appendChild(document.createTextNode(label));
    legend.appendChild(item);
  }

  // Hour ticks along an axis from fromMs to toMs, mapped to [x0, x1].
  function timeAxis(svg, fromMs, toMs, x0, x1, y) {
    const span = toMs - fromMs;
    const stepH = span <= 2 * 3600e3 ? 0.25 : span <= 8 * 3600e3 ? 1 : 3;
    const step = stepH * 3600e3;
    const first = Math.ceil(fromMs / step) * step;
    for (let t = first; t <= toMs; t += step) {
      const x = x0 + (t - fromMs) / span * (x1 - x0);
      el('line', { x1: x, x2: x, y1: y, y2: y + 4, stroke: '#777' }, svg);
      el('text', { x: x, y: y + 16, 'text-anchor': 'middle', class: 'tick' }, svg).textContent = clock(t);
    }
  }

  function drawMinutes(data) {
    const box = document.getElementById('chart-minutes');
    const legend = document.getElementById('legend-minutes');
    clear(box); clear(legend);
    const n = Math.round((data.toMs - data.fromMs) / 60000);
    const per = Math.max(1, Math.ceil(n / 360));
    const buckets = Math.ceil(n / per);
    const W = 960, H = 220, L = 48, R = 24, T = 10, B = 26;
    const totals = new Array(buckets).fill(0);
    const stacks = data.series.map(s => {
      const v = new Array(buckets).fill(0);
      s.values.forEach((x, i) => { v[Math.floor(i / per)] += x; });
      v.forEach((x, i) => { totals[i] += x; });
      return v;
    });
    const max = niceMax(Math.max(0, ...totals));
    const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `Events per ${per === 1 ? 'minute' : per + ' minutes'}, by kind; at most ${number(Math.max(0, ...totals))}` }, box);
    const plotW = W - L - R, plotH = H - T - B;
    for (const f of [0, 0.5, 1]) {
      const y = T + plotH - f * plotH;
      el('line', { x1: L, x2: W - R, y1: y, y2: y, stroke: f === 0 ? '#777' : '#e3e3e3' }, svg);
      el('text', { x: L - 6, y: y + 4, 'text-anchor': 'end', class: 'tick' }, svg).textContent = number(f * max);
    }
    const caption = document.getElementById('caption-minutes');
    if (caption) caption.textContent = per === 1 ? 'Events per minute, by kind' : `Events per ${per} minutes, by kind`;
    const bw = plotW / buckets;
    for (let i = 0; i < buckets; i++) {
      if (totals[i] === 0) continue;
      const g = el('g', {}, svg);
      title(g, `${clock(data.fromMs + i * per * 60000)}: ${number(totals[i])} events`);
      let y = T + plotH;
      data.series.forEach((s, k) => {
        const h = stacks[k][i] / max * plotH;
        if (h <= 0) return;
        y -= h;
        el('rect', { x: L + i * bw, y: y, width: Math.max(0.6, bw - (bw > 3 ? 1 : 0)), height: h, fill: kindColors[s.key] || '#555' }, g);
      });
    }
    timeAxis(svg, data.fromMs, data.toMs, L, W - R, T + plotH);
    data.series.forEach((s, k) => {
      const sum = stacks[k].reduce((a, b) => a + b, 0);
      if (sum > 0 || s.key !== 'lock') swatch(legend, kindColors[s.key] || '#555', `${s.label}: ${number(sum)}`);
    });
  }

  function drawTimeline(data) {
    const box = document.getElementById('chart-timeline');
    const legend = document.getElementById('legend-timeline');
    clear(box); clear(legend);
    const W = 960, H = 62, L = 48, R = 24, T = 6, band = 30;
    const span = data.toMs - data.fromMs;
    const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Active and quiet stretches, pauses and time without consent' }, box);
    const seen = new Set();
    for (const s of data.timeline) {
      const x = L + (s.fromMs - data.fromMs) / span * (W - L - R);
      const w = (s.toMs - s.fromMs) / span * (W - L - R);
      const r = el('rect', { x: x, y: T, width: Math.max(0.8, w), height: band, fill: stateColor[s.state] || '#ccc' }, svg);
      title(r, `${clock(s.fromMs)}–${clock(s.toMs)}: ${stateLabel[s.state] || s.state}`);
      seen.add(s.state);
    }
    el('rect', { x: L, y: T, width: W - L - R, height: band, fill: 'none', stroke: '#999' }, svg);
    timeAxis(svg, data.fromMs, data.toMs, L, W - R, T + band);
    for (const [key, color, label] of states) if (seen.has(key)) swatch(legend, color, label);
  }

  // Pale yellow for a few positions through orange to dark red for the most, on a linear scale.
  const ramp = [[255, 245, 204], [254, 204, 92], [253, 141, 60], [227, 26, 28], [128, 0, 38]];
  function heatColor(a) {
    const x = Math.min(0.9999, Math.max(0, a)) * (ramp.length - 1);
    const i = Math.floor(x), f = x - i;
    const c = ramp[i].map((v, k) => Math.round(v + (ramp[i + 1][k] - v) * f));
    return `rgb(${c[0]},${c[1]},${c[2]})`;
  }

  function drawHeat(data) {
    const box = document.getElementById('chart-heat');
    clear(box);
    const heat = data.heat;
    const sw = heat.screenWidth > 0 ? heat.screenWidth : 16;
    const sh = heat.screenHeight > 0 ? heat.screenHeight : 9;
    const W = 480, H = Math.round(W * sh / sw);
    const max = Math.max(0, ...heat.cells);
    const known = heat.screenWidth > 0 ? `your screen, ${heat.screenWidth} × ${heat.screenHeight}` : 'your screen (size not known yet)';
    const svg = el('svg', { viewBox: `-2 -2 ${W + 4} ${H + 4}`, role: 'img', 'aria-label': `Pointer positions over ${known}` }, box);
    el('rect', { x: 0, y: 0, width: W, height: H, rx: 6, fill: '#fbfbfd', stroke: '#555', 'stroke-width': 2 }, svg);
    const cw = W / heat.columns, ch = H / heat.rows;
    if (max > 0) {
      heat.cells.forEach((c, i) => {
        if (c === 0) return;
        const a = c / max;
        const r = el('rect', {
          x: (i % heat.columns) * cw, y: Math.floor(i / heat.columns) * ch, width: cw + 0.3, height: ch + 0.3,
          fill: heatColor(a),
        }, svg);
        title(r, `${number(c)} pointer positions`);
      });
    }
    const caption = document.createElement('p');
    caption.className = 'hint';
    caption.textContent = max > 0
      ? `Over ${known}; each cell is 1/${heat.columns} of its width and 1/${heat.rows} of its height. Darker means more moves, clicks and scrolls there.`
      : `Nothing recorded in these hours over ${known}.`;
    box.appendChild(caption);
  }

  async function refresh() {
    let response;
    try {
      response = await fetch('/api/activity?hours=' + hours, { credentials: 'same-origin', cache: 'no-store' });
    } catch (e) {
      return; // the agent stopped; the page keeps what it shows
    }
    if (!response.ok) return;
    const data = await response.json();
    const status = document.getElementById('status');
    if (status && status.dataset.state !== data.status) {
      // Consent changed elsewhere (the terminal, the pause ending): show the controls that fit.
      location.replace('/?hours=' + hours);
      return;
    }
    drawMinutes(data);
    drawTimeline(data);
    drawHeat(data);
    document.body.dataset.drawn = String(data.asOfMs);
  }

  refresh();
  setInterval(refresh, 5000);
})();
