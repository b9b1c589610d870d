// SPDX-License-Identifier: GPL-3.0-or-later
// The student's page of a Powerfield class session: join with a name and the room code, then
// set the held party's wants and alternatives; the program sends the party's state on every change.
'use strict';
(function () {
  const texts = {
    en: {
      title: 'Powerfield class', name: 'Your name', room: 'Room code', join: 'Join',
      wants: 'How much I want it', alternatives: 'How good my alternatives are',
      you: 'You depend on {p} more than {p} depends on you.',
      they: '{p} depends on you more than you depend on {p}.',
      even: 'You and {p} depend on each other about equally.',
      youAre: 'You are {p}', wantLabel: 'How much I want {d}',
      altLabel: 'How good is {o} for {d}', connecting: 'Connecting…',
      lost: 'Connection lost, trying again…', refused: 'Refused: {r}', none: 'Nothing to set.',
      lockedNote: 'The instructor has paused changes for now.',
      removedNote: 'The instructor removed you from this class session.',
      step: 'Step {p}',
      codes: {
        locked: 'the instructor has paused changes', removed: 'you were removed from this session',
        room: 'wrong room code', full: 'the class is full', taken: 'every party is taken',
        slow: 'too many changes at once, slow down', join: 'join first',
        notyours: 'that value belongs to another party', invalid: 'the message was not understood',
        joined: 'already joined', refused: 'the change was not accepted'
      }
    },
    de: {
      title: 'Powerfield-Klasse', name: 'Dein Name', room: 'Raumcode', join: 'Beitreten',
      wants: 'Wie sehr ich es will', alternatives: 'Wie gut meine Alternativen sind',
      you: 'Du bist mehr von {p} abhängig als {p} von dir.',
      they: '{p} ist mehr von dir abhängig als du von {p}.',
      even: 'Du und {p} seid etwa gleich stark voneinander abhängig.',
      youAre: 'Du bist {p}', wantLabel: 'Wie sehr ich {d} will',
      altLabel: 'Wie gut {o} für {d} ist', connecting: 'Verbinde …',
      lost: 'Verbindung verloren, neuer Versuch …', refused: 'Abgelehnt: {r}', none: 'Nichts einzustellen.',
      lockedNote: 'Die Lehrkraft hat Änderungen gerade angehalten.',
      removedNote: 'Die Lehrkraft hat dich aus dieser Sitzung entfernt.',
      step: 'Schritt {p}',
      codes: {
        locked: 'die Lehrkraft hat Änderungen angehalten', removed: 'du wurdest aus der Sitzung entfernt',
        room: 'falscher Raumcode', full: 'die Klasse ist voll', taken: 'alle Parteien sind vergeben',
        slow: 'zu viele Änderungen auf einmal, bitte langsamer', join: 'bitte zuerst beitreten',
        notyours: 'dieser Wert gehört einer anderen Partei', invalid: 'die Nachricht wurde nicht verstanden',
        joined: 'schon beigetreten', refused: 'die Änderung wurde nicht angenommen'
      }
    },
    es: {
      title: 'Clase de Powerfield', name: 'Tu nombre', room: 'Código de sala', join: 'Unirse',
      wants: 'Cuánto lo quiero', alternatives: 'Qué tan buenas son mis alternativas',
      you: 'Dependes de {p} más de lo que {p} depende de ti.',
      they: '{p} depende de ti más de lo que tú dependes de {p}.',
      even: 'Tú y {p} dependéis el uno del otro más o menos por igual.',
      youAre: 'Eres {p}', wantLabel: 'Cuánto quiero {d}',
      altLabel: 'Qué tan bueno es {o} para {d}', connecting: 'Conectando…',
      lost: 'Conexión perdida, reintentando…', refused: 'Rechazado: {r}', none: 'Nada que ajustar.',
      lockedNote: 'El docente ha pausado los cambios por ahora.',
      removedNote: 'El docente te ha quitado de esta sesión.',
      step: 'Paso {p}',
      codes: {
        locked: 'el docente ha pausado los cambios', removed: 'te quitaron de esta sesión',
        room: 'código de sala incorrecto', full: 'la clase está llena', taken: 'todas las partes están ocupadas',
        slow: 'demasiados cambios a la vez, más despacio', join: 'únete primero',
        notyours: 'ese valor es de otra parte', invalid: 'no se entendió el mensaje',
        joined: 'ya te has unido', refused: 'no se aceptó el cambio'
      }
    }
  };
  const lang = (navigator.language || 'en').slice(0, 2).toLowerCase();
  const t = texts[lang] || texts.en;
  const say = (key, args) => t[key].replace(/\{(\w)\}/g, (m, k) => (args && args[k]) || '');
  const $ = (id) => document.getElementById(id);
  document.documentElement.lang = texts[lang] ? lang : 'en';
  document.title = t.title;
  document.querySelectorAll('[data-t]').forEach((el) => { el.textContent = t[el.dataset.t]; });

  const params = new URLSearchParams(location.search);
  $('room').value = (params.get('room') || '').toUpperCase();
  $('name').value = localStorage.getItem('powerfield-name') || '';
  let socket = null;
  let joined = null; // {name, room}
  let retry = 0;
  let removed = false;

  window.powerfieldSend = (m) => socket && socket.readyState === WebSocket.OPEN && socket.send(JSON.stringify(m));

  function status(text) { $('status').textContent = text; }

  function connect() {
    const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host +
      '/ws?room=' + encodeURIComponent(joined.room);
    socket = new WebSocket(url);
    status(t.connecting);
    socket.onopen = () => {
      retry = 0;
      const message = { type: 'join', name: joined.name, room: joined.room };
      const token = localStorage.getItem('powerfield-token-' + joined.room);
      if (token) message.token = token;
      socket.send(JSON.stringify(message));
    };
    socket.onmessage = (event) => receive(JSON.parse(event.data));
    socket.onclose = () => {
      if (removed) return; // removed by the instructor: no coming back with this token
      status(t.lost);
      retry = Math.min(retry + 1, 5);
      setTimeout(connect, 500 * retry); // a sleeping phone comes back within seconds
    };
  }

  function receive(message) {
    if (message.type === 'welcome') {
      localStorage.setItem('powerfield-token-' + message.room, message.token);
      status('');
    } else if (message.type === 'refused') {
      // The server sends a reason code; the page says it in the student's language.
      status(say('refused', { r: t.codes[message.code] || message.reason }));
      if (message.code === 'removed') showRemoved();
    } else if (message.type === 'removed') {
      showRemoved();
    } else if (message.type === 'state') {
      show(message);
    } else if (window.powerfieldTrust && message.type.startsWith('trust')) {
      window.powerfieldTrust(message); // the trust game (trust.js)
    }
  }

  function showRemoved() {
    removed = true;
    if (joined) localStorage.removeItem('powerfield-token-' + joined.room);
    $('party').hidden = true;
    $('join').hidden = true;
    $('removed').hidden = false;
  }

  function slider(list, item, label, kind) {
    const id = 'v-' + kind + '-' + item.id;
    let row = document.getElementById(id);
    if (!row) {
      row = document.createElement('div');
      row.className = 'value';
      row.id = id;
      row.innerHTML = '<label><span></span><output></output></label><input type="range" min="0" max="1" step="0.05">';
      const input = row.querySelector('input');
      input.id = id + '-input';
      row.querySelector('label').htmlFor = input.id;
      const send = (final) => {
        if (socket && socket.readyState === WebSocket.OPEN)
          socket.send(JSON.stringify({ type: 'edit', kind: kind, id: item.id, value: Number(input.value), final: final }));
      };
      let last = 0;
      // While dragging, at most ten edits a second (one undo step in the end); the release closes it.
      input.addEventListener('input', () => {
        row.querySelector('output').textContent = Number(input.value).toFixed(2);
        const now = Date.now();
        if (now - last >= 100) { last = now; send(false); }
      });
      input.addEventListener('change', () => send(true));
      list.appendChild(row);
    }
    row.querySelector('span').textContent = label;
    const input = row.querySelector('input');
    input.setAttribute('aria-label', label);
    if (document.activeElement !== input) input.value = item.value;
    row.querySelector('output').textContent = Number(item.value).toFixed(2);
    return id;
  }

  function fill(list, items, label, kind) {
    if (list.dataset.none) { list.textContent = ''; delete list.dataset.none; }
    const keep = new Set(items.map((item) => slider(list, item, label(item), kind)));
    Array.from(list.children).forEach((row) => { if (!keep.has(row.id)) row.remove(); });
    if (!items.length) { list.textContent = t.none; list.dataset.none = '1'; }
  }

  function show(state) {
    $('join').hidden = true;
    $('party').hidden = false;
    if (!state.party) return;
    $('partyName').textContent = say('youAre', { p: state.party.name });
    $('party').style.setProperty('--party', state.party.color || '#0072b2');
    $('party').classList.toggle('nonumbers', state.numbers === false);
    $('locked').hidden = !state.locked;
    const story = state.story || {};
    $('story').hidden = !story.caption && !story.label;
    $('story').textContent = [story.label, story.caption].filter(Boolean).join(': ');
    $('readings').replaceChildren(...state.readings.map((r) => {
      const p = document.createElement('p');
      p.textContent = say(r.balance, { p: r.partnerName });
      return p;
    }));
    fill($('desires'), state.desires, (d) => say('wantLabel', { d: d.name }), 'importance');
    fill($('alternatives'), state.alternatives, (a) => say('altLabel', { o: a.option, d: a.desire }), 'alternative');
    document.querySelectorAll('#party input').forEach((input) => { input.disabled = !!state.locked; });
  }

  $('join').addEventListener('submit', (event) => {
    event.preventDefault();
    joined = { name: $('name').value.trim(), room: $('room').value.trim().toUpperCase() };
    localStorage.setItem('powerfield-name', joined.name);
    connect();
  });
})();
