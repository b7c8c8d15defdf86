// The teacher's live grid (Server-Sent Events from /api/class/events) and a read-only view of one learner's terminal.
const tbody = document.querySelector('#grid tbody');
let lastView = null, watching = null, watchSocket = null, watchTerm = null;

function duration(seconds) {
  if (seconds < 0) { return t('teacher.away'); }
  const m = Math.floor(seconds / 60), s = seconds % 60;
  return m > 0 ? `${m}m ${String(s).padStart(2, '0')}s` : `${s}s`;
}

function render(view) {
  lastView = view;
  document.getElementById('class-name').textContent = view.className || '';
  document.getElementById('empty').hidden = view.learners.length > 0;
  tbody.replaceChildren(...view.learners.map(row => {
    const tr = document.createElement('tr');
    tr.dataset.id = row.id;
    const name = document.createElement('td');
    name.textContent = row.name + (row.connected ? '' : ' ·');
    const lesson = document.createElement('td');
    lesson.textContent = row.lesson ? `${row.lessonTitle} (${row.step}/${row.steps.length})` : t('teacher.none');
    const steps = document.createElement('td');
    row.steps.forEach((cell, i) => {
      const span = document.createElement('span');
      span.className = `cell ${cell.state}` + (cell.solution !== 'none' ? ' solution' : '');
      span.textContent = cell.hints > 0 ? `${i + 1}·${cell.hints}` : `${i + 1}`;
      span.title = `${cell.id}: ${cell.state}, ${t('cell.hints')} ${cell.hints}, ${t('cell.solution')} ${cell.solution}, `
        + `${t('cell.attempts')} ${cell.attempts}`;
      steps.append(span);
    });
    const onStep = document.createElement('td');
    onStep.textContent = row.lesson && !row.lessonDone ? duration(row.secondsOnStep) : '';
    const idle = document.createElement('td');
    idle.textContent = duration(row.secondsIdle);
    tr.append(name, lesson, steps, onStep, idle);
    tr.addEventListener('click', () => watch(row));
    return tr;
  }));
}

function listen() {
  const events = new EventSource('/api/class/events');
  events.addEventListener('class', e => {
    document.getElementById('feed-state').textContent = t('teacher.live');
    render(JSON.parse(e.data));
  });
  events.onerror = () => { document.getElementById('feed-state').textContent = t('teacher.offline'); };
}

function watch(row) {
  if (watchSocket) { watchSocket.close(); }
  watching = row;
  document.getElementById('watch').hidden = false;
  document.getElementById('watch-name').textContent = row.name;
  document.getElementById('watch-state').textContent = '';
  if (!watchTerm) {
    watchTerm = new Terminal({ disableStdin: true, fontSize: 13, scrollback: 2000 });
    const fit = new FitAddon.FitAddon();
    watchTerm.loadAddon(fit);
    watchTerm.open(document.getElementById('watch-terminal'));
    fit.fit();
  }
  watchTerm.reset();
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  watchSocket = new WebSocket(`${scheme}//${location.host}/api/watch/${encodeURIComponent(row.id)}`);
  watchSocket.binaryType = 'arraybuffer';
  watchSocket.onmessage = e => { if (typeof e.data !== 'string') { watchTerm.write(new Uint8Array(e.data)); } };
  watchSocket.onclose = e => {
    if (e.code === 4000) { document.getElementById('watch-state').textContent = t('teacher.noSession'); }
  };
}

document.getElementById('watch-close').addEventListener('click', () => {
  if (watchSocket) { watchSocket.close(); }
  document.getElementById('watch').hidden = true;
});
document.getElementById('lang-toggle').addEventListener('click', () => {
  toggleLanguage();
  if (lastView) { render(lastView); }
});
applyTexts();
listen();
