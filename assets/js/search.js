/* Paperbake search over window.PAPERBAKE_SEARCH and its inverted index (js/search-index.js, written by
   the build), with lunr's tokenizer, stemmer and stop words.
   Loaded as scripts, not fetched, so that search works on a site opened from disk.

   A large site's index comes in pieces (postprocess/SearchShards): js/search-index.js then holds
   only window.PAPERBAKE_SEARCH_META (the words with their counts, each entry's length and kind,
   where each piece starts), and a query loads, as scripts from js/search/, the postings of its
   words, the pinpoints of its number's first part and the entries it shows. Nothing else is
   downloaded, so the cost of a query does not grow with the size of the site.

   What it forgives, and how:
   - a pinpoint in any form the site shows it ("6.2.3", "¶ 6.2.3", "P8.1", "vi.2", "Panel 8") is
     the paragraph (or the part) itself, first; a submitted pinpoint goes straight there;
   - British and American spellings ("organisation", "defence", "programme") are made one word,
     in the index and in the query alike, before lunr's stemmer;
   - a word that is not in the text is taken as the text's words one edit away from it (a letter
     missing, extra, wrong or two swapped: "Shangai"), found in the vocabulary of the text;
   - an alias or acronym finds the paragraphs that name its term: the build lists, with each
     paragraph, the other names of the terms it mentions (field "a");
   - every word must match; the document's paragraphs come before editor's notes, and notes before
     glossary entries; among them, the BM25 score, doubled where the words stand together;
   - a search that finds nothing suggests the nearest words of the text and the nearest names of
     the glossary. */
(function () {
  'use strict';
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var suggest = document.getElementById('search-suggest');
  var officialBox = document.getElementById('search-official');
  if (!input || !status || !list || typeof window.lunr !== 'function') {
    return;
  }
  var lunr = window.lunr;
  var SNIPPET = 220;
  var PAGE = 50;
  /* Kinds as the pieces' table numbers them (4 × length + kind): paragraph, note, term, other. */
  var KIND_CODE = { paragraph: 0, note: 1, term: 2 };
  var KIND_RANK = [0, 1, 2, 1];

  /* The index: one script (window.PAPERBAKE_SEARCH, _WORDS, _LENGTHS) or a table and pieces. */
  var meta = window.PAPERBAKE_SEARCH_META || null;
  var docs = meta ? [] : (window.PAPERBAKE_SEARCH || []);
  var count = meta ? meta.count : docs.length;
  var postings = meta ? Object.create(null) : (window.PAPERBAKE_SEARCH_WORDS || {});
  var lengths = [];
  var kinds = [];
  if (meta) {
    meta.entries.forEach(function (packed) {
      lengths.push(Math.floor(packed / 4));
      kinds.push(packed % 4);
    });
  } else {
    lengths = window.PAPERBAKE_SEARCH_LENGTHS || [];
    kinds = docs.map(function (doc) { return KIND_CODE[doc.k] === undefined ? 3 : KIND_CODE[doc.k]; });
  }
  /* Where the pieces are: beside this script, in search/. */
  var here = document.querySelector('script[src$="js/search.js"]');
  var PIECES = (here ? here.getAttribute('src').replace(/search\.js$/, '') : 'js/') + 'search/';
  var loaded = Object.create(null);
  var waiting = Object.create(null);
  window.PAPERBAKE_SEARCH_PART = function (name, data) {
    loaded[name] = true;
    if (name.charAt(0) === 'd') {
      var start = meta.docs[Number(name.slice(1))];
      data.forEach(function (doc, i) { docs[start + i] = doc; });
    } else if (name.charAt(0) === 'w') {
      Object.keys(data).forEach(function (word) { postings[word] = data[word]; });
    } else {
      pinTables[name.slice(2)] = data;
    }
  };
  /* Pinpoints by their first part ("6" for 6.2.3): [[number, entry], …]. */
  var pinTables = Object.create(null);

  /* Loads the pieces named, then calls done; at once (in the same task) when none is missing, as
     always on a small site. A piece that fails to load counts as empty: search goes on. */
  function ensure(names, done) {
    var missing = names.filter(function (name, i) { return !loaded[name] && names.indexOf(name) === i; });
    if (!missing.length) {
      done();
      return;
    }
    var left = missing.length;
    missing.forEach(function (name) {
      if (!waiting[name]) {
        waiting[name] = [];
        var script = document.createElement('script');
        script.src = PIECES + name + '.js';
        script.onload = script.onerror = function () {
          loaded[name] = true;
          var calls = waiting[name];
          delete waiting[name];
          calls.forEach(function (call) { call(); });
        };
        document.head.appendChild(script);
      }
      waiting[name].push(function () {
        left--;
        if (left === 0) {
          done();
        }
      });
    });
  }

  /* The index of the largest start in starts that is at most value (starts sorted). */
  function pieceOf(starts, value, less) {
    var low = 0;
    var high = starts.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (less(value, starts[middle])) {
        high = middle - 1;
      } else {
        low = middle;
      }
    }
    return low;
  }

  /* The pieces holding the entries refs (numbers or strings). */
  function docPieces(refs) {
    if (!meta) {
      return [];
    }
    return refs.map(function (ref) {
      return 'd' + pieceOf(meta.docs, Number(ref), function (a, b) { return a < b; });
    });
  }

  /* The pieces holding the postings of words. */
  function wordPieces(words) {
    if (!meta) {
      return [];
    }
    return words.filter(function (word) { return postingsCount(word) > 0; }).map(function (word) {
      return 'w' + pieceOf(meta.words, word, function (a, b) { return a < b; });
    });
  }

  function postingsCount(word) {
    if (meta) {
      return Object.prototype.hasOwnProperty.call(meta.vocabulary, word) ? meta.vocabulary[word] : 0;
    }
    return Object.prototype.hasOwnProperty.call(postings, word) ? postings[word].length : 0;
  }

  /* The piece a pinpoint is looked up in (postprocess/SearchShards.pinKey). */
  function pinKey(number) {
    return number.split('.')[0].toUpperCase().replace(/[^A-Z0-9]/g, '_');
  }

  function pinTable(key) {
    if (meta) {
      return pinTables[key] || [];
    }
    if (!pinTables[key]) {
      var table = [];
      var seen = Object.create(null);
      docs.forEach(function (doc, i) {
        var number = (doc.n || '').toUpperCase();
        /* In a library each document numbers its own paragraphs. */
        var seenAs = documentOf(doc) + ' ' + number;
        if (number && !seen[seenAs] && pinKey(number) === key) {
          seen[seenAs] = true;
          table.push([doc.n, i]);
        }
      });
      pinTables[key] = table;
    }
    return pinTables[key];
  }

  /* In a library the page has a filter by document. js/search-documents.js names each document's
     folder (the first part of an entry's address) with its short title, which names its pinpoints;
     the filter lists them all only in a small library (else the page would grow with it). */
  var filter = document.getElementById('search-document');
  var NAMES = Object.create(null);
  var known = window.PAPERBAKE_DOCUMENTS || {};
  Object.keys(known).forEach(function (folder) {
    NAMES[folder] = known[folder];
  });
  if (filter) {
    Array.prototype.forEach.call(filter.options, function (option) {
      if (option.value) {
        NAMES[option.value] = option.textContent;
      }
    });
  }

  function documentOf(doc) {
    var slash = doc.u.indexOf('/');
    var folder = slash < 0 ? '' : doc.u.slice(0, slash);
    return NAMES[folder] ? folder : '';
  }

  /* The document a cover's search form asked for (?d=) is offered even when the filter lists none. */
  function offerDocument(folder) {
    var listed = Array.prototype.some.call(filter.options, function (option) {
      return option.value === folder;
    });
    if (!listed) {
      var option = document.createElement('option');
      option.value = folder;
      option.textContent = NAMES[folder];
      filter.appendChild(option);
    }
  }

  function inFilter(doc) {
    return !filter || !filter.value || documentOf(doc) === filter.value;
  }

  function pinLabel(doc) {
    var name = NAMES[documentOf(doc)];
    return (name ? name + ' ' : '') + '\u00B6 ' + doc.n;
  }

  /* Whether the reader asked for the document's text alone: its paragraphs, no editor's notes or
     glossary entries (?official=1). */
  function officialOnly() {
    return Boolean(officialBox && officialBox.checked);
  }

  /* British spellings to American ones, for the index and the query alike. Whole words first;
     then endings, for words long enough not to be caught by accident. Both sides go through the
     same function, so a word caught needlessly ("exercise") still finds itself. */
  var WORDS = {
    programme: 'program', programmes: 'programs', defence: 'defense', defences: 'defenses',
    offence: 'offense', offences: 'offenses', licence: 'license', licences: 'licenses',
    pretence: 'pretense', practise: 'practice', practised: 'practiced', practising: 'practicing',
    judgement: 'judgment', judgements: 'judgments', ageing: 'aging', catalogue: 'catalog',
    catalogues: 'catalogs', dialogue: 'dialog', dialogues: 'dialogs', analogue: 'analog',
    enrol: 'enroll', enrolment: 'enrollment', fulfil: 'fulfill', fulfilment: 'fulfillment',
    instalment: 'installment', skilful: 'skillful', wilful: 'willful', grey: 'gray',
    cheque: 'check', cheques: 'checks', tyre: 'tire', tyres: 'tires', plough: 'plow',
    aluminium: 'aluminum', sceptical: 'skeptical', manoeuvre: 'maneuver', manoeuvres: 'maneuvers',
    manoeuvred: 'maneuvered', manoeuvring: 'maneuvering', mould: 'mold', moulds: 'molds',
    whilst: 'while', amongst: 'among', metre: 'meter', metres: 'meters', litre: 'liter',
    litres: 'liters', counsellor: 'counselor', counsellors: 'counselors', jewellery: 'jewelry',
    travelled: 'traveled', travelling: 'traveling', modelled: 'modeled', modelling: 'modeling',
    labelled: 'labeled', labelling: 'labeling', cancelled: 'canceled', signalled: 'signaled'
  };
  var ENDINGS = [
    [/isation(s?)$/, 'ization$1'], [/ise(d|s|r|rs)?$/, 'ize$1'], [/ising$/, 'izing'],
    [/yse(d|s)?$/, 'yze$1'], [/ysing$/, 'yzing'],
    [/our(s|ed|ing|ite|ites|able|ably|er|ers)?$/, 'or$1'], [/(t|b)re(s)?$/, '$1er$2']
  ];
  /* Words that end as a British spelling would and are the same in American English. */
  var KEEP = /^(contours?|detours?|devour(s|ed|ing)?|scour(s|ed|ing)?|flours?|paramours?|troubadours?)$/;

  function spelling(word) {
    var folded = word.normalize ? word.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : word;
    folded = folded.replace(/[\u2019\u2018]/g, '\'');
    if (Object.prototype.hasOwnProperty.call(WORDS, folded)) {
      return WORDS[folded];
    }
    /* "UNESCO's" and "countries'" are "UNESCO" and "countries" (lunr keeps the apostrophe). */
    var possessive = folded.match(/^(.+)'s?$/);
    if (possessive) {
      return spelling(possessive[1]);
    }
    if (folded.length < 6 || /[^a-z]/.test(folded) || KEEP.test(folded)) {
      return folded;
    }
    for (var i = 0; i < ENDINGS.length; i++) {
      if (ENDINGS[i][0].test(folded)) {
        return folded.replace(ENDINGS[i][0], ENDINGS[i][1]);
      }
    }
    return folded;
  }

  /* The build's inverted index (postprocess/SearchWords): for each word of the text as lunr's
     tokenizer and trimmer make it, its entries and weights packed as 8 × (entry − previous) + weight;
     and each entry's length in words. Nothing is indexed here: each distinct word is spelt and
     stemmed once, grouping the words that a query word finds. */
  /* Every word the text holds, spelt as spelling() gives it, with the number of entries holding
     it: what typos are corrected against and suggestions are drawn from. */
  var vocabulary = Object.create(null);
  /* Each index term (a spelt word's stem) and the words of the text that it stands for. */
  var indexed = Object.create(null);
  var K1 = 1.2;
  var B = 0.75;
  var average = lengths.reduce(function (sum, length) { return sum + length; }, 0) / Math.max(1, lengths.length);

  function stemOf(word) {
    return lunr.stemmer(new lunr.Token(word)).toString();
  }

  Object.keys(meta ? meta.vocabulary : postings).forEach(function (word) {
    if (lunr.stopWordFilter(new lunr.Token(word)) === undefined) {
      return;
    }
    var spelt = spelling(word);
    var term = stemOf(spelt);
    (indexed[term] = indexed[term] || []).push(word);
    vocabulary[spelt] = (vocabulary[spelt] || 0) + postingsCount(word);
  });

  /* A word as the index holds it: lower case, trimmed, spelt, stemmed; '' for a stop word. */
  function termOf(word) {
    var trimmed = lunr.trimmer(new lunr.Token(word.toLowerCase())).toString();
    if (!trimmed || lunr.stopWordFilter(new lunr.Token(trimmed)) === undefined) {
      return '';
    }
    return stemOf(spelling(trimmed));
  }

  /* The words of a query (lunr's tokens, without its query syntax), and quoted phrases. */
  function parse(query) {
    var phrases = [];
    query.replace(/"([^"]+)"/g, function (match, phrase) {
      phrases.push(phrase);
      return match;
    });
    var words = lunr.tokenizer(query.replace(/[":^~*+]/g, ' '))
      .map(function (token) { return lunr.trimmer(token).toString(); })
      .filter(function (word) { return word && termOf(word); });
    return { words: words, phrases: phrases };
  }

  /* Damerau–Levenshtein distance of a and b if it is at most max, else max + 1. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) {
      return max + 1;
    }
    var previous2 = null;
    var previous = [];
    for (var j = 0; j <= b.length; j++) {
      previous.push(j);
    }
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
        if (previous2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          value = Math.min(value, previous2[j - 2] + 1);
        }
        row.push(value);
        best = Math.min(best, value);
      }
      if (best > max) {
        return max + 1;
      }
      previous2 = previous;
      previous = row;
    }
    return previous[b.length];
  }

  var byLength = null;

  /* The vocabulary's words within max edits of word, nearest and most frequent first. */
  function near(word, max) {
    if (!byLength) {
      byLength = [];
      Object.keys(vocabulary).forEach(function (known) {
        (byLength[known.length] = byLength[known.length] || []).push(known);
      });
    }
    var found = [];
    for (var length = Math.max(1, word.length - max); length <= word.length + max; length++) {
      (byLength[length] || []).forEach(function (known) {
        var d = distance(word, known, max);
        if (d <= max && known !== word) {
          found.push({ word: known, distance: d, count: vocabulary[known] });
        }
      });
    }
    return found.sort(function (a, b) {
      return a.distance - b.distance || b.count - a.count || (a.word < b.word ? -1 : 1);
    });
  }

  /* The vocabulary's 20 most frequent words that start with prefix (and are longer). */
  function startingWith(prefix) {
    return Object.keys(vocabulary)
      .filter(function (known) { return known.length > prefix.length && known.indexOf(prefix) === 0; })
      .sort(function (a, b) { return vocabulary[b] - vocabulary[a] || (a < b ? -1 : 1); })
      .slice(0, 20);
  }

  /* How one word of a query is looked for: the word itself when the text has it; else, for a
     word of four letters or more, the words one edit away; and the last word also as the start
     of a longer word while it is being typed. */
  function alternativesOf(word, last) {
    var term = termOf(word);
    var spelt = spelling(word.toLowerCase());
    var alternatives = [];
    if (Object.prototype.hasOwnProperty.call(indexed, term)) {
      return [{ term: term, boost: 10 }];
    }
    var longer = last && spelt.length >= 2 ? startingWith(spelt) : [];
    if (spelt.length >= 4) {
      near(spelt, 1).slice(0, 8).forEach(function (candidate) {
        /* A word still being typed is not a typo: its corrections are not announced. */
        alternatives.push({ term: stemOf(candidate.word), boost: 2, corrected: longer.length ? null : candidate.word });
      });
    }
    longer.forEach(function (known) {
      alternatives.push({ term: stemOf(known), boost: 1 });
    });
    return alternatives;
  }

  /* The text of a query that may be a pinpoint, as pinpoint() reads it, or null. */
  function pinpointText(query) {
    var text = query.trim().replace(/^(¶|§|para(graph)?\.?|pinpoint)\s*/i, '').replace(/[.\s]+$/, '');
    text = text.replace(/^panel\s+(\d+)$/i, 'P$1').replace(/^(section|part)\s+/i, '').replace(/\s*\.\s*/g, '.');
    if (!/^(\d+(\.\d+)*|[ivxlcdm]+(\.\d+)*|[a-z]\.\d+(\.\d+)*|p\d+(\.\d+)*)$/i.test(text) || /^\d+$/.test(text)) {
      return null;
    }
    return text;
  }

  /* The pinpoint pieces a query may read: of the whole query, and of each part with a digit. */
  function pinPieces(query) {
    if (!meta) {
      return [];
    }
    var texts = [pinpointText(query)];
    query.replace(/(¶|§)\s+/g, '$1').split(/\s+/).forEach(function (part) {
      texts.push(/\d/.test(part) ? pinpointText(part) : null);
    });
    return texts.filter(Boolean).map(function (text) { return pinKey(text.toUpperCase()); })
      .filter(function (key) { return meta.pins.indexOf(key) >= 0; })
      .map(function (key) { return 'p-' + key; });
  }

  /* The paragraph (or the part) a pinpoint names, or null: "¶ 6.2.3", "6.2.3", "P8.1", "vi.2",
     "C.1", "Panel 8" (its first paragraph), "6.2" (its page). */
  function pinpoint(query) {
    var text = pinpointText(query);
    if (text === null) {
      return null;
    }
    var wanted = text.toUpperCase();
    var part = null;
    var table = pinTable(pinKey(wanted));
    for (var i = 0; i < table.length; i++) {
      if (!meta && !inFilter(docs[table[i][1]])) {
        continue;
      }
      var number = table[i][0].toUpperCase();
      if (number === wanted) {
        return { doc: table[i][1], jump: true, page: false };
      }
      if (part === null && number.indexOf(wanted + '.') === 0) {
        part = table[i][1];
      }
    }
    /* A part's number ("6.2", "P8") is its page, or its panel's first paragraph; a submitted one
       goes there too, but not a bare letter or numeral ("C", "VI"), which may be a word. */
    return part === null ? null : { doc: part, jump: /\d/.test(wanted), page: !/^P\d+$/.test(wanted) };
  }

  /* The entries holding any of a word's alternatives, each with its BM25 score (as lunr scores)
     and the terms it holds. */
  function runWord(alternatives) {
    var scores = Object.create(null);
    alternatives.forEach(function (alternative) {
      var words = indexed[alternative.term];
      if (!words) {
        return;
      }
      var weights = Object.create(null);
      var holding = 0;
      words.forEach(function (word) {
        var list = postings[word] || [];
        var entry = -1;
        for (var i = 0; i < list.length; i++) {
          entry += Math.floor(list[i] / 8);
          if (weights[entry] === undefined) {
            weights[entry] = 0;
            holding++;
          }
          weights[entry] += list[i] % 8;
        }
      });
      var idf = Math.log(1 + Math.abs((count - holding + 0.5) / (holding + 0.5)));
      Object.keys(weights).forEach(function (entry) {
        var weight = weights[entry];
        var score = alternative.boost * idf * weight * (K1 + 1)
          / (weight + K1 * (1 - B + B * (lengths[entry] || 0) / average));
        var hit = scores[entry] || (scores[entry] = { score: 0, terms: [] });
        hit.score += score;
        if (hit.terms.indexOf(alternative.term) < 0) {
          hit.terms.push(alternative.term);
        }
      });
    });
    return scores;
  }

  /* Whether the text holds the words in this order, as the index spells and stems them. */
  function together(text, terms) {
    var words = tokens(text).filter(function (token) { return !token.stop; }).map(function (token) { return token.term; });
    for (var i = 0; i + terms.length <= words.length; i++) {
      var all = true;
      for (var j = 0; j < terms.length && all; j++) {
        all = terms[j].indexOf(words[i + j]) >= 0;
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /* Searches for query and calls done(found) once the pieces it reads are loaded (at once on a
     small site): the pinpoints first, then the words' postings, then the entries whose text
     decides the order (phrases, words standing together) and the pinpoint's entry. */
  function search(query, done) {
    ensure(pinPieces(query), function () {
      var pin = pinpoint(query);
      if (!pin) {
        /* A pinpoint among words ("6.2.3 cooperation"): the paragraph first, then the words' results. */
        var parts = query.replace(/(¶|§)\s+/g, '$1').split(/\s+/);
        for (var p = 0; p < parts.length && !pin; p++) {
          pin = /\d/.test(parts[p]) ? pinpoint(parts[p]) : null;
          if (pin) {
            pin.jump = false;
            parts.splice(p, 1);
            query = parts.join(' ');
          }
        }
      }
      var parsed = parse(query);
      var found = { results: [], parsed: parsed, corrections: [], pin: pin };
      var alternatives = parsed.words.map(function (word, i) {
        return alternativesOf(word, i === parsed.words.length - 1);
      });
      var words = [];
      alternatives.forEach(function (each) {
        each.forEach(function (alternative) {
          words = words.concat(indexed[alternative.term] || []);
        });
      });
      ensure(wordPieces(words), function () {
        score(found, alternatives);
        refine(found, done);
      });
    });
  }

  /* The entries holding every word, by BM25. */
  function score(found, alternatives) {
    var sets = alternatives.map(function (each) {
      each.forEach(function (alternative) {
        if (alternative.corrected && found.corrections.indexOf(alternative.corrected) < 0 && found.corrections.length < 3) {
          found.corrections.push(alternative.corrected);
        }
      });
      return { scores: each.length ? runWord(each) : {} };
    });
    found.sets = sets.length;
    if (!sets.length) {
      return;
    }
    var first = sets[0].scores;
    var official = officialOnly();
    Object.keys(first).forEach(function (ref) {
      if (official && kinds[Number(ref)] !== 0) {
        return;
      }
      var total = 0;
      var terms = [];
      var each = [];
      for (var i = 0; i < sets.length; i++) {
        var hit = sets[i].scores[ref];
        if (!hit) {
          return;
        }
        total += hit.score;
        terms = terms.concat(hit.terms);
        each.push(hit.terms);
      }
      found.results.push({ ref: ref, score: total, terms: terms, each: each });
    });
  }

  /* How many of the best results are read again for words standing together: all on a small
     site, whose text is loaded anyway; on a large one the first page of results, whose text is
     loaded to be shown. Phrases are looked for among the best PHRASE_LIMIT. */
  var TOGETHER = meta ? PAGE : 200;
  var PHRASE_LIMIT = meta ? 500 : Infinity;

  /* Phrases, words standing together and the pinpoint, each once the text it reads is loaded. */
  function refine(found, done) {
    if (filter && filter.value) {
      var refs = found.results.sort(byScore).slice(0, FILTER_LIMIT).map(function (r) { return r.ref; });
      var pinRefs = found.pin ? [found.pin.doc] : [];
      ensure(docPieces(refs.concat(pinRefs)), function () {
        found.results = found.results.slice(0, FILTER_LIMIT).filter(function (r) { return inFilter(docs[Number(r.ref)]); });
        if (found.pin && !inFilter(docs[found.pin.doc])) {
          found.pin = null;
        }
        rank(found, done);
      });
      return;
    }
    rank(found, done);
  }

  /* A document filter reads the entries of the best FILTER_LIMIT results (all of them on a small
     site, whose text is loaded anyway). */
  var FILTER_LIMIT = meta ? 2000 : Infinity;

  function rank(found, done) {
    var parsed = found.parsed;
    var results = found.results.sort(byScore);
    if (!parsed.words.length) {
      found.results = [];
      addPin(found, done);
      return;
    }
    var phraseRefs = parsed.phrases.length ? results.slice(0, PHRASE_LIMIT).map(function (r) { return r.ref; }) : [];
    ensure(docPieces(phraseRefs), function () {
      if (parsed.phrases.length) {
        results = results.slice(0, PHRASE_LIMIT).filter(function (result) {
          var doc = docs[Number(result.ref)];
          return parsed.phrases.every(function (phrase) {
            var terms = parse(phrase).words.map(function (word) { return [termOf(word)]; });
            return together(doc.t + ' ' + (doc.a || ''), terms) || together(doc.s, terms);
          });
        });
      }
      var best = found.sets > 1 ? results.slice(0, TOGETHER) : [];
      ensure(docPieces(best.map(function (r) { return r.ref; })), function () {
        /* Words standing together count double: the paragraph about "First Light" before those
           that say "first" and "light" apart. Only the best are read again, so a common word on a
           large site costs no more. */
        best.forEach(function (result) {
          var doc = docs[Number(result.ref)];
          if (together(doc.t, result.each) || together(doc.s, result.each) || together(doc.a || '', result.each)) {
            result.score *= 2;
          }
        });
        found.results = results.sort(byScore);
        addPin(found, done);
      });
    });
  }

  function addPin(found, done) {
    if (!found.pin) {
      done(found);
      return;
    }
    ensure(docPieces([found.pin.doc]), function () {
      var pinRef = String(found.pin.doc);
      found.results = found.results.filter(function (result) { return result.ref !== pinRef; });
      found.results.unshift({ ref: pinRef, score: Infinity, terms: [], pin: true });
      done(found);
    });
  }

  function byScore(a, b) {
    return KIND_RANK[kinds[Number(a.ref)]] - KIND_RANK[kinds[Number(b.ref)]] || b.score - a.score || Number(a.ref) - Number(b.ref);
  }

  /* The words of text with where they are, as lunr splits and trims them, and each as the index holds it. */
  function tokens(text) {
    var found = [];
    var pattern = /[^\s\-]+/g;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      var word = match[0];
      var lead = word.match(/^\W*/)[0].length;
      var core = word.slice(lead).replace(/\W+$/, '');
      if (core) {
        var lower = core.toLowerCase();
        found.push({
          start: match.index + lead,
          end: match.index + lead + core.length,
          term: stemOf(spelling(lower)),
          stop: lunr.stopWordFilter(new lunr.Token(lower)) === undefined
        });
      }
    }
    return found;
  }

  function matchedIn(text, terms) {
    return tokens(text).filter(function (token) {
      return !token.stop && terms.some(function (term) {
        return token.term === term || (term.length >= 4 && token.term.indexOf(term) === 0);
      });
    });
  }

  /* Appends text to parent with the words at marks wrapped in <mark>. */
  function appendMarked(parent, text, marks) {
    var last = 0;
    marks.forEach(function (mark) {
      parent.appendChild(document.createTextNode(text.slice(last, mark.start)));
      var element = document.createElement('mark');
      element.textContent = text.slice(mark.start, mark.end);
      parent.appendChild(element);
      last = mark.end;
    });
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  /* About SNIPPET characters of text around its first match, cut at spaces, with the matches marked. */
  function appendSnippet(parent, text, terms) {
    var marks = matchedIn(text, terms);
    var at = marks.length ? marks[0].start : 0;
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
    var inside = marks.filter(function (mark) { return mark.start >= start && mark.end <= end; })
      .map(function (mark) { return { start: mark.start - start, end: mark.end - start }; });
    if (start > 0) {
      parent.appendChild(document.createTextNode('… '));
    }
    appendMarked(parent, text.slice(start, end), inside);
    if (end < text.length) {
      parent.appendChild(document.createTextNode(' …'));
    }
  }

  function element(name, className, text) {
    var made = document.createElement(name);
    if (className) {
      made.className = className;
    }
    if (text) {
      made.textContent = text;
    }
    return made;
  }

  function hrefOf(doc, terms, wholePage) {
    var hash = doc.u.indexOf('#');
    var page = hash >= 0 ? doc.u.slice(0, hash) : doc.u;
    var anchor = hash >= 0 && !wholePage ? doc.u.slice(hash) : '';
    var words = terms.filter(function (term, i) { return term.length > 1 && terms.indexOf(term) === i; });
    return page + (words.length && anchor ? '?hl=' + encodeURIComponent(words.join(' ')) : '') + anchor;
  }

  function resultItem(result) {
    var doc = docs[Number(result.ref)];
    var item = element('li', 'search-result search-result-' + (doc.k === 'term' ? 'term' : doc.k === 'note' ? 'note' : 'paragraph'));
    var link = element('a');
    link.href = hrefOf(doc, result.terms, result.pin && shown.pin.page);
    var heading = element('h2', 'result-title');
    if (doc.k === 'term') {
      link.appendChild(element('span', 'result-kind', 'Glossary'));
      link.appendChild(document.createTextNode(' '));
      link.appendChild(element('span', 'result-section', doc.s));
      heading.appendChild(link);
      item.appendChild(heading);
      var about = [doc.c, doc.a ? 'also ' + doc.a.split(' · ').join(', ') : ''].filter(Boolean).join(' · ');
      if (about) {
        var meta = element('p', 'result-meta');
        appendMarked(meta, about, matchedIn(about, result.terms));
        item.appendChild(meta);
      }
      var definition = doc.d || '';
      var useBody = !definition || (!matchedIn(definition, result.terms).length && matchedIn(doc.t, result.terms).length);
      var snippet = element('p', 'snippet');
      appendSnippet(snippet, useBody ? doc.t : definition, result.terms);
      item.appendChild(snippet);
      return item;
    }
    if (doc.n) {
      link.appendChild(element('span', 'num', pinLabel(doc)));
      link.appendChild(document.createTextNode(' '));
    }
    if (doc.k === 'note') {
      link.appendChild(element('span', 'result-kind', 'Editor’s note'));
      link.appendChild(document.createTextNode(' '));
    }
    link.appendChild(element('span', 'result-section', doc.s));
    heading.appendChild(link);
    item.appendChild(heading);
    var text = element('p', 'snippet');
    appendSnippet(text, doc.t, result.terms);
    item.appendChild(text);
    var named = doc.a ? doc.a.split(' · ').filter(function (name) { return matchedIn(name, result.terms).length; }) : [];
    if (named.length) {
      var names = element('p', 'result-meta');
      var line = 'Names a glossary term also called ' + named.join(', ');
      appendMarked(names, line, matchedIn(line, result.terms));
      item.appendChild(names);
    }
    return item;
  }

  /* The nearest words of the text, and glossary names, to offer when nothing is found. */
  /* The glossary's names, for suggestions: [{s: title, a: other names joined by " · "}]. */
  var glossaryNames = meta
    ? meta.names.map(function (name) { return { s: name[1], a: name[2] }; })
    : docs.filter(function (doc) { return doc.k === 'term'; });

  /* The nearest words of the text, and glossary names, to offer when nothing is found; done(offered). */
  function suggestions(parsed, done) {
    var offered = [];
    var corrected = parsed.words.map(function (word) {
      var spelt = spelling(word.toLowerCase());
      if (Object.prototype.hasOwnProperty.call(indexed, termOf(word))) {
        return word;
      }
      var nearest = near(spelt, spelt.length >= 8 ? 3 : 2)[0];
      return nearest ? nearest.word : word;
    });
    var phrase = corrected.join(' ');
    var query = parsed.words.join(' ').toLowerCase();
    var names = [];
    glossaryNames.forEach(function (doc) {
      [doc.s].concat(doc.a ? doc.a.split(' · ') : []).forEach(function (name) {
        var lower = name.toLowerCase();
        var d = distance(query, lower, Math.max(2, Math.floor(lower.length / 3)));
        var starts = lower.split(/\s+/).slice(0, parsed.words.length).join(' ');
        var dStart = distance(query, starts, Math.max(1, Math.floor(query.length / 4)));
        var best = Math.min(d <= Math.max(2, Math.floor(lower.length / 3)) ? d : 99, dStart <= Math.max(1, Math.floor(query.length / 4)) ? dStart + 1 : 99);
        if (best < 99) {
          names.push({ name: doc.s, distance: best });
        }
      });
    });
    names.sort(function (a, b) { return a.distance - b.distance || (a.name < b.name ? -1 : 1); });
    function withNames() {
      names.forEach(function (name) {
        if (offered.length < 4 && offered.indexOf(name.name) < 0) {
          offered.push(name.name);
        }
      });
      done(offered);
    }
    if (phrase.toLowerCase() === query) {
      withNames();
      return;
    }
    search(phrase, function (found) {
      if (found.results.length) {
        offered.push(phrase);
      }
      withNames();
    });
  }

  /* The query string of a search: its words, and official=1 when limited to the document's text. */
  function queryString(query) {
    var parts = [];
    if (query) {
      parts.push('q=' + encodeURIComponent(query));
    }
    if (filter && filter.value) {
      parts.push('d=' + encodeURIComponent(filter.value));
    }
    if (officialOnly()) {
      parts.push('official=1');
    }
    return parts.length ? '?' + parts.join('&') : '';
  }

  function showSuggestions(offered, lead) {
    if (!suggest) {
      return;
    }
    suggest.textContent = '';
    if (!offered.length) {
      return;
    }
    suggest.appendChild(document.createTextNode(lead + ' '));
    offered.forEach(function (text, i) {
      var link = element('a', null, text);
      link.href = 'search.html' + queryString(text);
      suggest.appendChild(link);
      suggest.appendChild(document.createTextNode(i + 1 < offered.length ? ', ' : '?'));
    });
  }

  var shown = null;
  /* Each render is numbered: a search whose pieces arrive after a newer one began shows nothing. */
  var rendering = 0;

  /* Shows the next PAGE results once their entries are loaded; done() after. */
  function showMore(done) {
    var from = list.children.length;
    var page = shown.results.slice(from, from + PAGE);
    var current = rendering;
    ensure(docPieces(page.map(function (result) { return result.ref; })), function () {
      if (current !== rendering) {
        return;
      }
      var more = document.getElementById('search-more');
      if (more) {
        more.remove();
      }
      page.forEach(function (result) {
        list.appendChild(resultItem(result));
      });
      if (list.children.length < shown.results.length) {
        var button = element('button', 'button search-more', 'Show ' + Math.min(PAGE, shown.results.length - list.children.length) + ' more results');
        button.type = 'button';
        button.id = 'search-more';
        button.addEventListener('click', function () {
          var next = list.children.length;
          showMore(function () {
            var link = list.children[next] && list.children[next].querySelector('a');
            if (link) {
              link.focus();
            }
          });
        });
        list.parentNode.insertBefore(button, list.nextSibling);
      }
      if (done) {
        done();
      }
    });
  }

  /* Searches for query and shows the results; done(found) after (null for an empty query). */
  function render(query, done) {
    var current = ++rendering;
    if (!query.trim()) {
      clear();
      status.textContent = count + ' paragraphs and entries to search.';
      done(null);
      return;
    }
    search(query, function (found) {
      if (current !== rendering) {
        return;
      }
      clear();
      shown = found;
      var total = found.results.length;
      var where = officialOnly() ? ' in the document’s text' : '';
      status.textContent = total === 0
        ? 'Nothing found' + where + ' for “' + query + '”.'
        : total + (total === 1 ? ' result' : ' results') + where + ' for “' + query + '”.';
      if (total === 0) {
        suggestions(found.parsed, function (offered) {
          if (current === rendering) {
            showSuggestions(offered, 'Did you mean');
          }
        });
      } else if (found.corrections.length && suggest) {
        suggest.textContent = 'Including words close to yours: ' + found.corrections.join(', ') + '.';
      }
      showMore(function () {
        done(found);
      });
    });
  }

  function clear() {
    list.textContent = '';
    showSuggestions([], '');
    var old = document.getElementById('search-more');
    if (old) {
      old.remove();
    }
  }

  function goToPinpoint(found) {
    if (found && found.pin && found.pin.jump && found.results.length && found.results[0].pin) {
      window.location.replace(hrefOf(docs[found.pin.doc], [], found.pin.page));
      return true;
    }
    return false;
  }

  function remember() {
    if (window.history && window.history.replaceState) {
      try {
        window.history.replaceState(null, '', window.location.pathname + queryString(input.value));
      } catch (e) {
        /* Some file:// contexts refuse; the results are shown all the same. */
      }
    }
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get('q') || '';
  if (officialBox) {
    officialBox.checked = params.get('official') === '1';
  }
  if (filter && NAMES[params.get('d')]) {
    offerDocument(params.get('d'));
    filter.value = params.get('d');
  }
  /* A pinpoint submitted from any page's search box ("¶ 6.2.3") goes straight to the paragraph. */
  render(input.value, goToPinpoint);

  var timer = null;
  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      render(input.value, function () {});
      remember();
    }, 150);
  });
  if (officialBox) {
    officialBox.addEventListener('change', function () {
      window.clearTimeout(timer);
      render(input.value, function () {});
      remember();
    });
  }
  if (filter) {
    filter.addEventListener('change', function () {
      window.clearTimeout(timer);
      render(input.value, function () {});
      remember();
    });
  }
  input.form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    render(input.value, goToPinpoint);
  });
}());
