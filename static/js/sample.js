// The sample page: control distributions, reconstruction level beside particle level.
(function () {
    'use strict';
    const sampleId = document.getElementById('sample-script').dataset.sampleId;

    function normalised(values) {
        if (!values) {
            return null;
        }
        const total = values.reduce((a, b) => a + b, 0);
        return values.map(v => total > 0 ? v / total : 0);
    }

    function steps(edges, values) {
        const out = [];
        for (let b = 0; b < values.length; b++) {
            out.push({x: edges[b], y: values[b]});
            out.push({x: edges[b + 1], y: values[b]});
        }
        return out;
    }

    function draw(d) {
        const box = document.createElement('div');
        box.className = 'distribution';
        const canvas = document.createElement('canvas');
        canvas.id = 'dist-' + d.key;
        box.appendChild(canvas);
        document.getElementById('distributions').appendChild(box);
        const datasets = [];
        if (d.reco) {
            datasets.push({label: 'reconstruction', data: steps(d.edges, normalised(d.reco)),
                borderColor: '#000', pointRadius: 0, borderWidth: 1.5});
        }
        if (d.particle) {
            datasets.push({label: 'particle level', data: steps(d.edges, normalised(d.particle)),
                borderColor: '#d9534f', pointRadius: 0, borderWidth: 1.5});
        }
        new Chart(canvas, {
            type: 'line',
            data: {datasets: datasets},
            options: {
                animation: false, maintainAspectRatio: false,
                scales: {x: {type: 'linear', title: {display: true, text: d.label + (d.unit ? ' [' + d.unit + ']' : '')}},
                    y: {title: {display: true, text: 'fraction per bin'}}},
                plugins: {legend: {position: 'top'}}
            }
        });
    }

    fetch('/api/samples/' + sampleId + '/distributions')
        .then(r => r.json())
        .then(list => {
            list.forEach(draw);
            document.body.dataset.distributionsDrawn = 'true';
        });
})();
