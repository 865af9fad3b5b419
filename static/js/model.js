// The model page: resolution and bias versus nPV for PF, PUPPI and the network, response, loss curves.
(function () {
    'use strict';
    const id = document.body.dataset.modelId;
    const colours = {PF: '#f0ad4e', PUPPI: '#d9534f', NETWORK: '#5bc0de'};

    function centres(edges) {
        return edges.slice(0, -1).map((e, k) => 0.5 * (e + edges[k + 1]));
    }

    function profileChart(canvasId, edges, profiles, xLabel, yLabel) {
        const x = centres(edges);
        const datasets = [];
        for (const [algo, p] of Object.entries(profiles)) {
            datasets.push({label: algo + ' mean', data: x.map((v, k) => ({x: v, y: p.mean[k]})),
                borderColor: colours[algo], pointRadius: 2});
            datasets.push({label: algo + ' σ', data: x.map((v, k) => ({x: v, y: p.std[k]})),
                borderColor: colours[algo], borderDash: [6, 4], pointRadius: 2});
        }
        new Chart(document.getElementById(canvasId), {type: 'line', data: {datasets: datasets},
            options: {animation: false, maintainAspectRatio: false,
                scales: {x: {type: 'linear', title: {display: true, text: xLabel}},
                    y: {title: {display: true, text: yLabel}}}}});
    }

    function lossChart(training) {
        const epochs = training.trainingLoss.map((v, k) => k + 1);
        new Chart(document.getElementById('chart-loss'), {type: 'line',
            data: {datasets: [
                {label: 'training loss', data: epochs.map(e => ({x: e, y: training.trainingLoss[e - 1]})),
                    borderColor: '#000', pointRadius: 1},
                {label: 'validation loss', data: epochs.map(e => ({x: e, y: training.validationLoss[e - 1]})),
                    borderColor: '#5bc0de', pointRadius: 1}]},
            options: {animation: false, maintainAspectRatio: false,
                scales: {x: {type: 'linear', title: {display: true, text: 'epoch (best: ' + training.bestEpoch + ')'}},
                    y: {title: {display: true, text: 'loss'}}}}});
    }

    fetch('/api/models/' + id).then(r => r.json()).then(m => {
        const p = m.model.performance;
        profileChart('chart-pt-npv', p.npvEdges, p.ptDifferenceVsNpv, 'number of primary vertices',
            'gen − reco p_T^miss [GeV]');
        profileChart('chart-phi-npv', p.npvEdges, p.phiDifferenceVsNpv, 'number of primary vertices',
            'gen − reco φ(p_T^miss) [rad]');
        profileChart('chart-response', p.genMetEdges, p.responseVsGenMet, 'gen p_T^miss [GeV]',
            'reco / gen p_T^miss');
        lossChart(m.model.training);
        const body = document.querySelector('#gain-table tbody');
        for (let k = 0; k < p.npvCounts.length; k++) {
            const row = document.createElement('tr');
            row.innerHTML = '<td>' + p.npvEdges[k] + '–' + p.npvEdges[k + 1] + '</td><td class="num">'
                + p.npvCounts[k] + '</td><td class="num">' + p.ptGainPercentPerNpvBin[k].toFixed(1)
                + ' %</td><td class="num">' + p.phiGainPercentPerNpvBin[k].toFixed(1) + ' %</td>';
            body.appendChild(row);
        }
        document.body.dataset.chartsDrawn = 'true';
    });
})();
