// The run page: follows the job (progress, step, log) and draws each unfolded observable.
(function () {
    'use strict';
    const body = document.body;
    const runId = body.dataset.runId;
    const jobId = body.dataset.jobId;
    const finalStates = ['succeeded', 'failed', 'cancelled', 'interrupted'];
    let lastLogId = 0;

    function setText(id, text) {
        const el = document.getElementById(id);
        if (el) {
            el.textContent = text;
        }
    }

    async function pollJob() {
        const job = await (await fetch('/api/jobs/' + jobId)).json();
        const state = job.state.toLowerCase();
        setText('job-state', state);
        document.getElementById('job-state').className = 'state state-' + state;
        setText('job-step', job.currentStep || '');
        const percent = Math.round(100 * job.progress);
        document.getElementById('job-progress').value = percent;
        setText('job-percent', percent + ' %');
        document.getElementById('cancel-button').disabled = finalStates.includes(state);
        await pollLog();
        if (finalStates.includes(state)) {
            if (state !== body.dataset.state) {
                location.reload();
            }
            return;
        }
        setTimeout(pollJob, 1000);
    }

    // A training logs "epoch N: training loss X, validation loss Y" once per epoch (ModelService).
    const epochLine = /^epoch (\d+): training loss ([-+.\deE]+), validation loss ([-+.\deE]+)/;
    let lossChart = null;

    function addEpoch(match) {
        const canvas = document.getElementById('loss-chart');
        if (!canvas || !window.Chart) {
            return;
        }
        if (!lossChart) {
            lossChart = new Chart(canvas, {type: 'line', data: {datasets: [
                    {label: 'training loss', data: [], borderColor: '#000', pointRadius: 1},
                    {label: 'validation loss', data: [], borderColor: '#5bc0de', pointRadius: 1}]},
                options: {animation: false, maintainAspectRatio: false,
                    scales: {x: {type: 'linear', title: {display: true, text: 'epoch'}},
                        y: {title: {display: true, text: 'loss'}}}}});
        }
        const epoch = Number(match[1]);
        lossChart.data.datasets[0].data.push({x: epoch, y: Number(match[2])});
        lossChart.data.datasets[1].data.push({x: epoch, y: Number(match[3])});
        lossChart.update();
    }

    async function pollLog() {
        const lines = await (await fetch('/api/jobs/' + jobId + '/log?after=' + lastLogId)).json();
        const pre = document.getElementById('job-log');
        for (const line of lines) {
            pre.textContent += line.loggedAt.substring(11, 19) + ' ' + line.level + ' ' + line.message + '\n';
            lastLogId = line.id;
            const match = epochLine.exec(line.message);
            if (match) {
                addEpoch(match);
            }
        }
    }

    function points(o, values, errors) {
        const n = values.length;
        const out = [];
        for (let b = 0; b < n; b++) {
            const lo = o.edges[b];
            const overflow = o.overflow && b === n - 1;
            const hi = overflow ? lo + (o.edges[b] - o.edges[b - 1]) : o.edges[b + 1];
            const x = 0.5 * (lo + hi);
            out.push({x: x, y: values[b], xMin: lo, xMax: hi,
                yMin: values[b] - errors[b], yMax: values[b] + errors[b]});
        }
        return out;
    }

    /** Per-bin statistical uncertainty: data and response MC statistics in quadrature. */
    function totalStat(o) {
        return o.dSigmaStat.map((s, b) => Math.hypot(s, o.dSigmaMcStat[b]));
    }

    function truthSteps(o) {
        const out = [];
        const n = o.truthDSigma.length;
        for (let b = 0; b < n; b++) {
            const lo = o.edges[b];
            const hi = o.overflow && b === n - 1 ? lo + (o.edges[b] - o.edges[b - 1]) : o.edges[b + 1];
            out.push({x: lo, y: o.truthDSigma[b]});
            out.push({x: hi, y: o.truthDSigma[b]});
        }
        return out;
    }

    /** Lower and upper edge of the total (stat ⊕ syst) band as stepped lines; the upper fills down to the lower. */
    function totalBand(o) {
        const lower = [];
        const upper = [];
        const n = o.dSigma.length;
        for (let b = 0; b < n; b++) {
            const lo = o.edges[b];
            const hi = o.overflow && b === n - 1 ? lo + (o.edges[b] - o.edges[b - 1]) : o.edges[b + 1];
            const e = o.systematics.dSigmaTotal[b];
            // kept above zero: the p_T^nunu axis is logarithmic
            const down = Math.max(o.dSigma[b] - e, 1e-3 * Math.abs(o.dSigma[b]));
            lower.push({x: lo, y: down}, {x: hi, y: down});
            upper.push({x: lo, y: o.dSigma[b] + e}, {x: hi, y: o.dSigma[b] + e});
        }
        return [
            {type: 'line', label: '', data: lower, borderColor: 'rgba(0,0,0,0)',
                backgroundColor: 'rgba(255,193,7,0.35)', pointRadius: 0, fill: false},
            {type: 'line', label: 'total unc. (stat ⊕ syst)', data: upper, borderColor: 'rgba(0,0,0,0)',
                backgroundColor: 'rgba(255,193,7,0.35)', pointRadius: 0, fill: '-1'}
        ];
    }

    const groupColours = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'];

    /** Relative uncertainty per bin by group, with the statistical and the total (the seed's Fig. 2). */
    function drawBreakdown(o) {
        const canvas = document.getElementById('breakdown-' + o.key);
        if (!canvas || !o.systematics) {
            return;
        }
        const pct = (v, b) => o.sigmaPb[b] !== 0 ? 100 * v / Math.abs(o.sigmaPb[b]) : 0;
        const stat = o.sigmaStatPb.map((s, b) => pct(Math.hypot(s, o.sigmaMcStatPb[b]), b));
        const colour = k => groupColours[k % groupColours.length];
        const datasets = o.systematics.groups.map((g, k) => ({label: g.group, data: g.relative.map(r => 100 * r),
            borderColor: colour(k), backgroundColor: colour(k), stepped: 'middle', pointRadius: 2, borderWidth: 1.5}));
        datasets.push({label: 'statistical', data: stat, borderColor: '#000', borderDash: [4, 3],
            stepped: 'middle', pointRadius: 0});
        datasets.push({label: 'total', data: o.systematics.sigmaTotalPb.map(pct), borderColor: '#000',
            stepped: 'middle', pointRadius: 0, borderWidth: 2.5});
        new Chart(canvas, {type: 'line', data: {labels: o.binLabels, datasets: datasets},
            options: {animation: false, responsive: true, maintainAspectRatio: false,
                scales: {x: {title: {display: true, text: o.label + (o.unit ? ' [' + o.unit + ']' : '')}},
                    y: {beginAtZero: true, title: {display: true, text: 'relative uncertainty [%]'}}},
                plugins: {legend: {position: 'top'}}}});
    }

    const sliceColours = ['#000', '#1f77b4', '#2ca02c', '#9467bd', '#8c564b', '#e377c2'];

    /** A 2D result in slices of its second axis, each drawn against p_T^nunu. */
    function draw2d(o, canvas) {
        const nx = o.edges.length - 1 + (o.overflow ? 1 : 0);
        const ny = o.edgesY.length - 1;
        const datasets = [];
        for (let iy = 0; iy < ny; iy++) {
            const slice = {edges: o.edges, overflow: o.overflow};
            const pick = v => v.slice(iy * nx, (iy + 1) * nx);
            const label = o.edgesY[iy].toFixed(2) + ' ≤ min Δφ < ' + o.edgesY[iy + 1].toFixed(2);
            const colour = sliceColours[iy % sliceColours.length];
            datasets.push({label: 'unfolded, ' + label, data: points(slice, pick(o.dSigma), pick(totalStat(o))),
                borderColor: colour, backgroundColor: colour, pointRadius: 3});
            datasets.push({type: 'line', label: 'simulation, ' + label,
                data: truthSteps({edges: o.edges, overflow: o.overflow, truthDSigma: pick(o.truthDSigma)}),
                borderColor: colour, borderDash: [5, 3], pointRadius: 0, borderWidth: 1.5});
        }
        new Chart(canvas, {type: 'scatterWithErrorBars', data: {datasets: datasets},
            options: {animation: false, responsive: true, maintainAspectRatio: false,
                scales: {x: {type: 'linear', title: {display: true, text: 'p_T^νν [GeV] (last bin: overflow)'}},
                    y: {type: 'logarithmic', title: {display: true, text: 'd²σ/dp_T^νν dmin Δφ [pb/(GeV·rad)]'}}},
                plugins: {legend: {position: 'top'}}}});
    }

    function draw(o) {
        const canvas = document.getElementById('chart-' + o.key);
        if (!canvas) {
            return;
        }
        if (o.edgesY) {
            draw2d(o, canvas);
            return;
        }
        const unit = o.unit ? ' [' + o.unit + ']' : '';
        const density = o.unit ? 'pb/' + o.unit : 'pb';
        const band = o.systematics ? totalBand(o) : [];
        new Chart(canvas, {
            type: 'scatterWithErrorBars',
            data: {
                datasets: band.concat([
                    {label: 'unfolded (pseudo-)data, stat. unc. (data ⊕ response MC)',
                        data: points(o, o.dSigma, totalStat(o)),
                        borderColor: '#000', backgroundColor: '#000', pointRadius: 3},
                    {type: 'line', label: 'simulation, particle level', data: truthSteps(o),
                        borderColor: '#d9534f', backgroundColor: '#d9534f', pointRadius: 0, borderWidth: 2,
                        stepped: false}
                ])
            },
            options: {
                animation: false,
                responsive: true,
                maintainAspectRatio: false,
                scales: {
                    x: {type: 'linear', title: {display: true, text: o.label + unit
                            + (o.overflow ? ' (last bin: overflow)' : '')}},
                    y: {type: o.key === 'ptNuNu' ? 'logarithmic' : 'linear',
                        title: {display: true, text: 'dσ/dx [' + density + ']'}}
                },
                // the band's lower edge has no label of its own
                plugins: {legend: {position: 'top', labels: {filter: item => item.text !== ''}}}
            }
        });
    }

    async function drawResult() {
        const response = await fetch('/api/runs/' + runId + '/result');
        if (!response.ok) {
            return;
        }
        const result = await response.json();
        result.observables.forEach(draw);
        result.observables.forEach(drawBreakdown);
        body.dataset.chartsDrawn = 'true';
    }

    if (window.Chart && window.ChartErrorBars) {
        Chart.register(ChartErrorBars.ScatterWithErrorBarsController, ChartErrorBars.PointWithErrorBar);
    }
    pollJob();
    if (document.getElementById('result')) {
        drawResult();
    }
})();
