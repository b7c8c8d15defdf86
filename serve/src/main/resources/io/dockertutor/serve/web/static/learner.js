// The learner's page: join with a name, then a terminal on a WebSocket to the tutor running on the server.
const statusLine = document.getElementById('status');
const form = document.getElementById('join');
let term = null, fit = null, socket = null, ended = false, retry = 500;

function status(key) { statusLine.textContent = key ? t(key) : ''; statusLine.dataset.key = key || ''; }

async function whoAmI() {
  const me = await (await fetch('/learner/me', { credentials: 'same-origin' })).json();
  document.getElementById('class-name').textContent = me.className || '';
  document.getElementById('code-field').hidden = !me.needsCode;
  if (me.name) { startTerminal(me.name); } else { form.hidden = false; form.elements.name.focus(); }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = new URLSearchParams({ name: form.elements.name.value, code: form.elements.code.value, lang });
  try {
    const answer = await fetch('/join', { method: 'POST', body, credentials: 'same-origin' });
    const json = await answer.json();
    if (!answer.ok) {
      document.getElementById('join-error').textContent = t('error.' + json.error).replace('{0}', json.retryAfter || '');
      return;
    }
    form.hidden = true;
    startTerminal(json.name);
  } catch (e) {
    document.getElementById('join-error').textContent = t('error.network');
  }
});

function startTerminal(name) {
  document.getElementById('who').textContent = name;
  const box = document.getElementById('terminal');
  box.hidden = false;
  term = new Terminal({ cursorBlink: true, fontSize: 15, scrollback: 5000, convertEol: false });
  fit = new FitAddon.FitAddon();
  term.loadAddon(fit);
  term.open(box);
  fit.fit();
  const encoder = new TextEncoder();
  term.onData(data => {
    if (ended) { ended = false; connect(); return; }
    if (socket && socket.readyState === WebSocket.OPEN) { socket.send(encoder.encode(data)); }
  });
  term.onBinary(data => {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(Uint8Array.from(data, c => c.charCodeAt(0) & 255));
    }
  });
  term.onResize(size => {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify({ type: 'resize', cols: size.cols, rows: size.rows }));
    }
  });
  window.addEventListener('resize', () => fit.fit());
  connect();
  term.focus();
}

function connect() {
  status('status.connecting');
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  socket = new WebSocket(`${scheme}//${location.host}/ws/term?cols=${term.cols}&rows=${term.rows}&lang=${lang}`);
  socket.binaryType = 'arraybuffer';
  socket.onopen = () => { status(''); retry = 500; };
  socket.onmessage = (event) => {
    if (typeof event.data !== 'string') { term.write(new Uint8Array(event.data)); }
  };
  socket.onclose = (event) => {
    if (event.code === 4000) { ended = true; status('status.ended'); return; }
    if (event.code === 4429) { status('status.tooMany'); return; }
    if (event.code === 4401) { status('status.notJoined'); location.reload(); return; }
    status('status.reconnecting');
    setTimeout(connect, retry);
    retry = Math.min(retry * 2, 10000);
  };
}

document.getElementById('lang-toggle').addEventListener('click', () => {
  toggleLanguage();
  if (statusLine.dataset.key) { status(statusLine.dataset.key); }
});
applyTexts();
whoAmI().catch(() => status('error.network'));
