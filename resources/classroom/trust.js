// SPDX-License-Identifier: GPL-3.0-or-later
// The trust game on the student's page (issue 14): the pair's payoff table, Cooperate and Defect,
// waiting for the partner, the outcome. The server sends only this student's own pair's view
// ({type:'trust'}); student.js hands such messages here and sends through window.powerfieldSend.
'use strict';
(function () {
  const texts = {
    en: {
      title: 'Trust game', round: 'Round {r} of {n}', waitRound: 'Wait for the next round.',
      waitPair: 'You play from the next pairing on.', cooperate: 'Cooperate', defect: 'Defect',
      choose: 'Choose privately: your partner sees your choice only when both have chosen.',
      waiting: 'You chose {c}. Waiting for your partner…',
      outcome: 'You chose {c}, your partner chose {p}: you get {a} points, your partner {b}.',
      notBoth: 'The round ended before both of you chose.',
      computer: 'Your partner is the computer (the class has an odd number of students).',
      replaced: 'Your partner left; the computer plays in their place.',
      equal: 'You and your partner have equal power.', high: 'You have the final say over how the pot is split.',
      low: 'Your partner has the final say over how the pot is split.',
      threat: 'A competing group takes the pot unless both of you cooperate.',
      caption: 'Points for you / your partner', you: 'You', partnerC: 'Partner cooperates',
      partnerD: 'Partner defects', youC: 'You cooperate', youD: 'You defect', cell: '{a} / {b}',
      reshuffled: 'New pairs.', swapped: 'Roles swapped.', ended: 'The trust game is over.'
    },
    de: {
      title: 'Vertrauensspiel', round: 'Runde {r} von {n}', waitRound: 'Warte auf die nächste Runde.',
      waitPair: 'Du spielst ab der nächsten Paarbildung mit.', cooperate: 'Kooperieren', defect: 'Nicht kooperieren',
      choose: 'Wähle geheim: Dein Gegenüber sieht deine Wahl erst, wenn ihr beide gewählt habt.',
      waiting: 'Du hast „{c}“ gewählt. Warte auf dein Gegenüber …',
      outcome: 'Du: „{c}“, dein Gegenüber: „{p}“. Du bekommst {a} Punkte, dein Gegenüber {b}.',
      notBoth: 'Die Runde endete, bevor ihr beide gewählt habt.',
      computer: 'Dein Gegenüber ist der Computer (die Klasse hat eine ungerade Zahl).',
      replaced: 'Dein Gegenüber ist gegangen; der Computer spielt an seiner Stelle.',
      equal: 'Du und dein Gegenüber habt gleich viel Macht.', high: 'Du bestimmst, wie der Topf geteilt wird.',
      low: 'Dein Gegenüber bestimmt, wie der Topf geteilt wird.',
      threat: 'Eine andere Gruppe nimmt den Topf, wenn nicht ihr beide kooperiert.',
      caption: 'Punkte für dich / dein Gegenüber', you: 'Du', partnerC: 'Gegenüber kooperiert',
      partnerD: 'Gegenüber kooperiert nicht', youC: 'Du kooperierst', youD: 'Du kooperierst nicht', cell: '{a} / {b}',
      reshuffled: 'Neue Paare.', swapped: 'Rollen getauscht.', ended: 'Das Vertrauensspiel ist vorbei.'
    },
    es: {
      title: 'Juego de confianza', round: 'Ronda {r} de {n}', waitRound: 'Espera a la siguiente ronda.',
      waitPair: 'Juegas a partir del próximo emparejamiento.', cooperate: 'Cooperar', defect: 'No cooperar',
      choose: 'Elige en secreto: tu pareja verá tu elección solo cuando los dos hayáis elegido.',
      waiting: 'Elegiste «{c}». Esperando a tu pareja…',
      outcome: 'Tú: «{c}», tu pareja: «{p}». Recibes {a} puntos y tu pareja {b}.',
      notBoth: 'La ronda terminó antes de que los dos eligierais.',
      computer: 'Tu pareja es el ordenador (la clase tiene un número impar).',
      replaced: 'Tu pareja se fue; el ordenador juega en su lugar.',
      equal: 'Tú y tu pareja tenéis el mismo poder.', high: 'Tú decides cómo se reparte el bote.',
      low: 'Tu pareja decide cómo se reparte el bote.',
      threat: 'Otro grupo se lleva el bote salvo que los dos cooperéis.',
      caption: 'Puntos para ti / tu pareja', you: 'Tú', partnerC: 'Tu pareja coopera',
      partnerD: 'Tu pareja no coopera', youC: 'Cooperas', youD: 'No cooperas', cell: '{a} / {b}',
      reshuffled: 'Nuevas parejas.', swapped: 'Papeles intercambiados.', ended: 'El juego de confianza ha terminado.'
    }
  };
  const lang = (navigator.language || 'en').slice(0, 2).toLowerCase();
  const t = texts[lang] || texts.en;
  const say = (key, args) => t[key].replace(/\{(\w)\}/g, (m, k) => (args && k in args) ? args[k] : '');
  const $ = (id) => document.getElementById(id);
  const send = (m) => window.powerfieldSend && window.powerfieldSend(m);
  const word = (c) => (c === 'cooperate' ? t.cooperate : t.defect);

  $('trustTitle').textContent = t.title;
  $('trustC').textContent = t.cooperate;
  $('trustD').textContent = t.defect;
  $('trustC').addEventListener('click', () => send({ type: 'trustChoose', choice: 'cooperate' }));
  $('trustD').addEventListener('click', () => send({ type: 'trustChoose', choice: 'defect' }));

  function table(own, other) {
    const cell = (i, j) => '<td>' + say('cell', { a: own[i][j], b: other[i][j] }) + '</td>';
    return '<caption>' + t.caption + '</caption><tr><td></td><th scope="col">' + t.partnerC +
      '</th><th scope="col">' + t.partnerD + '</th></tr><tr><th scope="row">' + t.youC + '</th>' +
      cell(0, 0) + cell(0, 1) + '</tr><tr><th scope="row">' + t.youD + '</th>' + cell(1, 0) + cell(1, 1) + '</tr>';
  }

  function show(m) {
    $('trust').hidden = false;
    document.body.classList.add('trust-on');
    $('trustRound').textContent = m.round > 0 ? say('round', { r: m.round, n: m.rounds }) : '';
    const notes = [];
    if (m.notice === 'reshuffled') notes.push(t.reshuffled);
    if (m.notice === 'swapped') notes.push(t.swapped);
    const paired = m.paired && !m.left;
    if (!paired) notes.push(t.waitPair);
    else {
      notes.push(m.role === 'equal' ? t.equal : m.role === 'high' ? t.high : t.low);
      if (m.outsideThreat) notes.push(t.threat);
      if (m.partner === 'computer') notes.push(t.computer);
      if (m.partner === 'replaced') notes.push(t.replaced);
    }
    $('trustInfo').textContent = notes.join(' ');
    $('trustTable').hidden = !paired;
    if (paired) $('trustTable').innerHTML = table(m.own, m.partnerPoints);
    const canChoose = paired && m.roundOpen && !m.choice;
    $('trustC').disabled = !canChoose;
    $('trustD').disabled = !canChoose;
    $('trustC').setAttribute('aria-pressed', String(paired && m.choice === 'cooperate'));
    $('trustD').setAttribute('aria-pressed', String(paired && m.choice === 'defect'));
    let status = '';
    if (paired && m.revealed) {
      status = say('outcome', { c: word(m.choice), p: word(m.partnerChoice), a: m.payoff, b: m.partnerPayoff });
    } else if (paired && m.choice) {
      status = m.roundOpen ? say('waiting', { c: word(m.choice) }) : t.notBoth;
    } else if (canChoose) {
      status = t.choose;
    } else if (paired) {
      status = t.waitRound;
    }
    $('trustStatus').textContent = status;
  }

  function end() {
    $('trust').hidden = true;
    document.body.classList.remove('trust-on');
    $('status').textContent = t.ended;
  }

  window.powerfieldTrust = (m) => (m.type === 'trust' ? show(m) : m.type === 'trustEnd' ? end() : null);
})();
