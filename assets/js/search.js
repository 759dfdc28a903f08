/* Paperbake search: lunr over window.PAPERBAKE_SEARCH (js/search-index.js, written by the build).
   Loaded as scripts, not fetched, so that search works on a site opened from disk. */
(function () {
  'use strict';
  var docs = window.PAPERBAKE_SEARCH || [];
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!input || !status || !list || typeof window.lunr !== 'function') {
    return;
  }
  var lunr = window.lunr;
  var SNIPPET = 220;

  var index = lunr(function () {
    this.ref('i');
    this.field('t');
    this.field('s', { boost: 3 });
    this.field('n', { boost: 5 });
    var builder = this;
    docs.forEach(function (doc, i) {
      builder.add({ i: String(i), t: doc.t, s: doc.s, n: doc.n });
    });
  });

  /* The words of a query as lunr sees them (lower case, no stop words), and quoted phrases. */
  function parse(query) {
    var phrases = [];
    query.replace(/"([^"]+)"/g, function (match, phrase) {
      phrases.push(phrase.toLowerCase().replace(/\s+/g, ' ').trim());
      return match;
    });
    var words = lunr.tokenizer(query.replace(/[":^~*+]/g, ' '))
      .map(function (token) { return token.toString(); })
      .filter(function (word) { return word && lunr.stopWordFilter(word) !== undefined; });
    return { words: words, phrases: phrases };
  }

  function stemOf(word) {
    return lunr.stemmer(new lunr.Token(word)).toString();
  }

  function run(words, wildcard) {
    return index.query(function (q) {
      words.forEach(function (word, i) {
        var last = i === words.length - 1;
        q.term(word, { presence: lunr.Query.presence.REQUIRED, wildcard: wildcard && last ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE, usePipeline: !(wildcard && last) });
      });
    });
  }

  function search(query) {
    var parsed = parse(query);
    if (!parsed.words.length) {
      return { results: [], parsed: parsed };
    }
    var results = run(parsed.words, false);
    if (!results.length) {
      results = run(parsed.words, true);
    }
    if (parsed.phrases.length) {
      results = results.filter(function (result) {
        var text = docs[Number(result.ref)].t.toLowerCase().replace(/\s+/g, ' ');
        return parsed.phrases.every(function (phrase) { return text.indexOf(phrase) >= 0; });
      });
    }
    return { results: results, parsed: parsed };
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  /* Appends text to parent with every match of pattern wrapped in <mark>. */
  function appendMarked(parent, text, pattern) {
    var last = 0;
    text.replace(pattern, function (match, word, offset) {
      parent.appendChild(document.createTextNode(text.slice(last, offset)));
      var mark = document.createElement('mark');
      mark.textContent = match;
      parent.appendChild(mark);
      last = offset + match.length;
      return match;
    });
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function snippetOf(text, pattern) {
    pattern.lastIndex = 0;
    var found = pattern.exec(text);
    pattern.lastIndex = 0;
    var at = found ? found.index : 0;
    var start = Math.max(0, at - SNIPPET / 3);
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < at ? space + 1 : start;
    }
    var end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) {
      var cut = text.lastIndexOf(' ', end);
      end = cut > at ? cut : end;
    }
    return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  }

  function render(query) {
    list.textContent = '';
    if (!query.trim()) {
      status.textContent = docs.length + ' paragraphs and entries to search.';
      return;
    }
    var found = search(query);
    var stems = found.parsed.words.map(stemOf).filter(function (stem) { return stem.length > 1; });
    var pattern = stems.length
      ? new RegExp('\\b(' + stems.map(escapeRegExp).join('|') + ')[\\w\u2019\'-]*', 'gi')
      : /$^/g;
    var count = found.results.length;
    status.textContent = count === 0
      ? 'Nothing found for “' + query + '”.'
      : count + (count === 1 ? ' result' : ' results') + ' for “' + query + '”.';
    found.results.forEach(function (result) {
      var doc = docs[Number(result.ref)];
      var item = document.createElement('li');
      item.className = 'search-result';
      var link = document.createElement('a');
      var hash = doc.u.indexOf('#');
      var page = hash >= 0 ? doc.u.slice(0, hash) : doc.u;
      var anchor = hash >= 0 ? doc.u.slice(hash) : '';
      link.href = page + (stems.length ? '?hl=' + encodeURIComponent(stems.join(' ')) : '') + anchor;
      if (doc.n) {
        var number = document.createElement('span');
        number.className = 'num';
        number.textContent = '¶ ' + doc.n;
        link.appendChild(number);
        link.appendChild(document.createTextNode(' '));
      }
      var section = document.createElement('span');
      section.className = 'result-section';
      section.textContent = doc.s;
      link.appendChild(section);
      var heading = document.createElement('h2');
      heading.className = 'result-title';
      heading.appendChild(link);
      var snippet = document.createElement('p');
      snippet.className = 'snippet';
      appendMarked(snippet, snippetOf(doc.t, pattern), pattern);
      item.appendChild(heading);
      item.appendChild(snippet);
      list.appendChild(item);
    });
  }

  var initial = new URLSearchParams(window.location.search).get('q') || '';
  input.value = initial;
  render(initial);

  var timer = null;
  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      render(input.value);
      if (window.history && window.history.replaceState) {
        var url = window.location.pathname + (input.value ? '?q=' + encodeURIComponent(input.value) : '');
        try {
          window.history.replaceState(null, '', url);
        } catch (e) {
          /* Some file:// contexts refuse; the results are shown all the same. */
        }
      }
    }, 150);
  });
  input.form.addEventListener('submit', function (event) {
    event.preventDefault();
    render(input.value);
  });
}());
