/* Paperbake: the small behaviours of every page. The site works without it; this adds the
   dark-mode toggle, citing a paragraph (its citation, link, BibTeX, RIS, CSL-JSON), the "/" search shortcut, highlighting
   of search words on arrival, and the tooltips of term definitions. */
(function () {
  'use strict';
  var root = document.documentElement;
  var KEY = 'paperbake-theme';
  var systemDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  function isDark() {
    var chosen = root.getAttribute('data-theme');
    if (chosen) {
      return chosen === 'dark';
    }
    return !!(systemDark && systemDark.matches);
  }

  function setupThemeToggle() {
    var button = document.querySelector('.theme-toggle');
    if (!button) {
      return;
    }
    var sync = function () {
      button.setAttribute('aria-pressed', isDark() ? 'true' : 'false');
    };
    sync();
    button.addEventListener('click', function () {
      var next = isDark() ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try {
        window.localStorage.setItem(KEY, next);
      } catch (e) {
        /* Not stored: the choice lasts for this page only. */
      }
      sync();
    });
    if (systemDark && systemDark.addEventListener) {
      systemDark.addEventListener('change', sync);
    }
  }

  var toastTimer = null;
  function announce(message) {
    var toast = document.querySelector('.toast');
    if (!toast) {
      return;
    }
    toast.textContent = message;
    toast.classList.add('visible');
    window.clearTimeout(toastTimer);
    toastTimer = window.setTimeout(function () {
      toast.classList.remove('visible');
    }, 2500);
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'copy-buffer';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try {
        ok = document.execCommand('copy');
      } catch (e) {
        ok = false;
      }
      document.body.removeChild(area);
      if (ok) {
        resolve();
      } else {
        reject(new Error('copy refused'));
      }
    });
  }

  /* Cite this paragraph. A paragraph number still follows its link (the address bar then holds
     the pinpoint link); with script it also opens a small panel after the paragraph: a ready
     citation, the paragraph's one address, and BibTeX, RIS and CSL-JSON to download. What a
     citation says is read from the page's own citation_* and Dublin Core tags, so it is what a
     reference manager reads too. The panel is never inside the paragraph: its text stays the document's. */
  function meta(name) {
    var tag = document.querySelector('meta[name="' + name + '"]');
    return tag ? tag.getAttribute('content') : '';
  }

  /* The site's root as an absolute address: the published address when the build had one,
     else where this script was loaded from (js/site.js is at the root's js/), so a paragraph has the
     same address from full.html as from its own page, on disk or under any prefix. */
  function siteRoot() {
    var published = root.getAttribute('data-site-url');
    if (published) {
      return published;
    }
    var script = document.querySelector('script[src$="js/site.js"]');
    return script ? script.src.replace(/js\/site\.js(?:[?#].*)?$/, '') : window.location.href.replace(/[^\/]*$/, '');
  }

  function citationOf(pin) {
    var paragraph = pin.parentElement;
    var part = paragraph.closest('[data-uri]');
    var uri = part ? part.getAttribute('data-uri') : window.location.pathname.replace(/^.*\//, '');
    var issued = meta('DC.date');
    return {
      pin: pin.getAttribute('data-pin'),
      id: paragraph.id,
      title: meta('citation_title'),
      issuer: meta('citation_author'),
      issued: issued,
      source: document.body.getAttribute('data-text-from') || '',
      /* In a library: the document's short title, which tells its pinpoints from another document's. */
      document: document.body.getAttribute('data-document') || '',
      sourceUrl: meta('DC.source'),
      language: meta('citation_language') || root.getAttribute('lang') || '',
      url: document.body.getAttribute('data-edition-path') ? currentLink(paragraph, uri) : siteRoot() + uri + '#' + paragraph.id,
      pinned: pinnedLink(paragraph, uri)
    };
  }

  /* The link pinned to an edition: on an old edition's page, that edition's own address of the
     paragraph; on the current site, the newest edition whose text of it is the current one (the
     build marks each paragraph with it, or with why there is none). */
  function pinnedLink(paragraph, uri) {
    var editionPath = document.body.getAttribute('data-edition-path');
    if (editionPath) {
      return { url: siteRoot() + editionPath + uri + permanentAnchor(paragraph),
        edition: document.body.getAttribute('data-edition') || '' };
    }
    var pinned = paragraph.getAttribute('data-pinned');
    if (pinned) {
      return { url: siteRoot() + pinned + permanentAnchor(paragraph),
        edition: paragraph.getAttribute('data-pinned-edition') || '' };
    }
    return { url: '', why: paragraph.getAttribute('data-pinned-none') || '' };
  }

  /* A pinned link names the paragraph by its permanent identifier, which its number may not keep. */
  function permanentAnchor(paragraph) {
    var pid = paragraph.getAttribute('data-pid');
    return '#' + (pid ? 'para-' + pid : paragraph.id);
  }

  /* On an old edition's page the current link goes to where the paragraph is now. */
  function currentLink(paragraph, uri) {
    return siteRoot() + (paragraph.getAttribute('data-current') || uri) + permanentAnchor(paragraph);
  }

  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];

  function longDate(day) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day || '');
    return parts ? Number(parts[3]) + ' ' + MONTHS[Number(parts[2]) - 1] + ' ' + parts[1] : day;
  }

  function today() {
    return new Date().toISOString().slice(0, 10);
  }

  function sourceNote(c) {
    return c.source ? 'Text as republished by ' + c.source + (c.sourceUrl ? ' (' + c.sourceUrl + ')' : '') : '';
  }

  function plainCitation(c) {
    return (c.issuer ? c.issuer + ', ' : '') + '\u201C' + c.title + '\u201D'
      + (c.issued ? ' (' + longDate(c.issued) + ')' : '') + ', ' + (c.document ? c.document + ' ' : '') + '\u00B6 ' + c.pin
      + (c.source ? ', text as republished by ' + c.source : '') + ', ' + c.url;
  }

  function bibEscape(text) {
    return String(text).replace(/\\/g, '\\textbackslash{}').replace(/([{}%&#$_])/g, '\\$1')
      .replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
  }

  function citationKey(c) {
    var word = (c.title.match(/[A-Za-z]{4,}/) || ['document'])[0].toLowerCase();
    return word + (c.issued || '').slice(0, 4) + '-p' + c.pin.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  }

  function bibtex(c) {
    var fields = [
      ['author', '{' + bibEscape(c.issuer) + '}'],
      ['title', '{' + bibEscape(c.title) + '}'],
      ['institution', '{' + bibEscape(c.issuer) + '}'],
      ['year', c.issued.slice(0, 4)],
      ['month', c.issued ? String(Number(c.issued.slice(5, 7))) : ''],
      ['date', c.issued],
      ['note', bibEscape('\u00B6 ' + c.pin + (c.source ? '. ' + sourceNote(c) : ''))],
      ['url', c.url],
      ['urldate', today()],
      ['language', c.language]
    ].filter(function (field) { return field[1]; });
    return '@techreport{' + citationKey(c) + ',\n' + fields.map(function (field) {
      return '  ' + field[0] + ' = {' + field[1] + '}';
    }).join(',\n') + '\n}\n';
  }

  function ris(c) {
    var line = function (tag, value) {
      return value ? tag + '  - ' + String(value).replace(/[\r\n]+/g, ' ') + '\r\n' : '';
    };
    return line('TY', 'RPRT') + line('AU', c.issuer) + line('TI', c.title)
      + line('PY', c.issued.slice(0, 4)) + line('DA', c.issued.replace(/-/g, '/'))
      + line('PB', c.issuer) + line('UR', c.url) + line('N1', '\u00B6 ' + c.pin + (c.source ? '. ' + sourceNote(c) : ''))
      + line('LA', c.language) + line('Y2', today().replace(/-/g, '/')) + 'ER  - \r\n';
  }

  function cslJson(c) {
    var item = {
      id: citationKey(c),
      type: 'report',
      title: c.title,
      author: [{ literal: c.issuer }],
      publisher: c.issuer,
      URL: c.url,
      language: c.language,
      note: '\u00B6 ' + c.pin + (c.source ? '. ' + sourceNote(c) : ''),
      accessed: { 'date-parts': [today().split('-').map(Number)] }
    };
    if (c.issued) {
      item.issued = { 'date-parts': [c.issued.split('-').map(Number)] };
    }
    if (c.source) {
      item.source = c.source;
    }
    return JSON.stringify([item], null, 2) + '\n';
  }

  var FORMATS = {
    bibtex: { make: bibtex, extension: 'bib', type: 'application/x-bibtex' },
    ris: { make: ris, extension: 'ris', type: 'application/x-research-info-systems' },
    csl: { make: cslJson, extension: 'json', type: 'application/vnd.citationstyles.csl+json' }
  };

  function download(c, format) {
    var blob = new Blob([format.make(c)], { type: format.type + ';charset=utf-8' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = citationKey(c) + '.' + format.extension;
    link.className = 'copy-buffer';
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  var citePanel = null;
  var citedPin = null;

  function closeCitePanel(returnFocus) {
    if (!citePanel || !citePanel.parentNode) {
      return;
    }
    citePanel.parentNode.removeChild(citePanel);
    if (citedPin) {
      citedPin.setAttribute('aria-expanded', 'false');
      if (returnFocus) {
        citedPin.focus();
      }
    }
    citedPin = null;
  }

  function button(action, label) {
    var b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('data-cite', action);
    b.textContent = label;
    return b;
  }

  function openCitePanel(pin) {
    closeCitePanel(false);
    var c = citationOf(pin);
    citePanel = document.createElement('div');
    citePanel.className = 'cite-panel';
    citePanel.id = 'cite-panel';
    citePanel.setAttribute('role', 'dialog');
    citePanel.setAttribute('aria-labelledby', 'cite-panel-title');
    var title = document.createElement('p');
    title.className = 'cite-title';
    title.id = 'cite-panel-title';
    title.textContent = 'Cite ' + (c.document ? c.document + ' ' : '') + '\u00B6 ' + c.pin;
    var text = document.createElement('p');
    text.className = 'cite-text';
    text.textContent = plainCitation(c);
    var actions = document.createElement('div');
    actions.className = 'cite-actions';
    actions.appendChild(button('copy', 'Copy citation'));
    actions.appendChild(button('link', 'Copy link'));
    var pinnedButton = button('pinned', c.pinned.url ? 'Copy link to ' + c.pinned.edition : 'No pinned link');
    pinnedButton.disabled = !c.pinned.url;
    actions.appendChild(pinnedButton);
    actions.appendChild(button('bibtex', 'BibTeX'));
    actions.appendChild(button('ris', 'RIS'));
    actions.appendChild(button('csl', 'CSL-JSON'));
    var close = button('close', 'Close');
    close.className = 'cite-close';
    actions.appendChild(close);
    var links = document.createElement('dl');
    links.className = 'cite-links';
    var linkRows = [['Current text', c.url]];
    if (c.pinned.url || c.pinned.why) {
      linkRows.push([c.pinned.url ? 'Pinned to ' + c.pinned.edition : 'Pinned',
        c.pinned.url || 'none: ' + c.pinned.why]);
    }
    linkRows.forEach(function (row) {
      var term = document.createElement('dt');
      term.textContent = row[0];
      var value = document.createElement('dd');
      value.textContent = row[1];
      links.appendChild(term);
      links.appendChild(value);
    });
    citePanel.appendChild(title);
    citePanel.appendChild(text);
    citePanel.appendChild(links);
    citePanel.appendChild(actions);
    citePanel.addEventListener('click', function (event) {
      var action = event.target.closest ? event.target.closest('button[data-cite]') : null;
      if (!action) {
        return;
      }
      var what = action.getAttribute('data-cite');
      if (what === 'close') {
        closeCitePanel(true);
      } else if (what === 'copy' || what === 'link' || what === 'pinned') {
        var value = what === 'copy' ? plainCitation(c) : what === 'link' ? c.url : c.pinned.url;
        var label = what === 'copy' ? 'Citation of \u00B6 ' + c.pin
          : (what === 'link' ? 'Link to \u00B6 ' : 'Link pinned to ' + c.pinned.edition + ' of \u00B6 ') + c.pin;
        copyText(value).then(function () {
          announce(label + ' copied');
        }, function () {
          announce(label + ' could not be copied: select the text and copy it');
        });
      } else if (FORMATS[what]) {
        download(c, FORMATS[what]);
        announce('\u00B6 ' + c.pin + ' as ' + action.textContent + ' downloaded');
      }
    });
    citePanel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        event.preventDefault();
        closeCitePanel(true);
      }
    });
    var paragraph = pin.parentElement;
    paragraph.parentNode.insertBefore(citePanel, paragraph.nextSibling);
    citedPin = pin;
    pin.setAttribute('aria-expanded', 'true');
    pin.setAttribute('aria-controls', 'cite-panel');
    /* After the link's own default action: following a fragment would take the focus back. */
    window.setTimeout(function () {
      actions.firstChild.focus({ preventScroll: true });
    }, 0);
  }

  function setupCiteControl() {
    var pins = document.querySelectorAll('a.pin');
    for (var i = 0; i < pins.length; i++) {
      pins[i].setAttribute('aria-haspopup', 'dialog');
      pins[i].setAttribute('aria-expanded', 'false');
      pins[i].setAttribute('aria-label', 'Paragraph ' + pins[i].getAttribute('data-pin') + ': cite or link to it');
    }
    document.addEventListener('click', function (event) {
      var pin = event.target.closest ? event.target.closest('a.pin') : null;
      if (!pin || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;
      }
      if (citedPin === pin) {
        closeCitePanel(false);
        return;
      }
      openCitePanel(pin);
    });
  }

  function isTyping(element) {
    if (!element) {
      return false;
    }
    var tag = element.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable;
  }

  function setupSearchShortcut() {
    document.addEventListener('keydown', function (event) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(document.activeElement)) {
        return;
      }
      var fields = document.querySelectorAll('input[data-shortcut="/"]');
      var field = fields.length ? fields[fields.length - 1] : null;
      if (field) {
        event.preventDefault();
        field.focus();
        field.select();
      }
    });
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  /* Marks the words a search found in the paragraph it led to: ?hl=stem+stem#p-6-2-3. */
  function highlightSearchWords() {
    var params = new URLSearchParams(window.location.search);
    var words = (params.get('hl') || '').split(/\s+/).filter(function (word) {
      return word.length > 1;
    });
    var target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
    if (!target) {
      return;
    }
    target.classList.add('search-hit');
    if (!words.length) {
      return;
    }
    var pattern = new RegExp('\\b(' + words.map(escapeRegExp).join('|') + ')[\\w\u2019\'-]*', 'gi');
    var walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
    var nodes = [];
    while (walker.nextNode()) {
      nodes.push(walker.currentNode);
    }
    nodes.forEach(function (node) {
      var text = node.nodeValue;
      pattern.lastIndex = 0;
      if (!pattern.test(text)) {
        return;
      }
      pattern.lastIndex = 0;
      var fragment = document.createDocumentFragment();
      var last = 0;
      text.replace(pattern, function (match, word, offset) {
        fragment.appendChild(document.createTextNode(text.slice(last, offset)));
        var mark = document.createElement('mark');
        mark.textContent = match;
        fragment.appendChild(mark);
        last = offset + match.length;
        return match;
      });
      fragment.appendChild(document.createTextNode(text.slice(last)));
      node.parentNode.replaceChild(fragment, node);
    });
  }

  /* Term definitions. A term link names its definition with aria-describedby (screen readers
     announce it as the link's description); the definition itself is hidden after the content, so
     a paragraph's text stays the document's. One tooltip shows it: on hover (and stays while the
     pointer moves onto it), on focus, and on a tap — which shows it with a link to the entry
     instead of following the link; a second tap follows it. Escape dismisses it (WCAG 1.4.13).
     It opens below the link, above it when the window has no room below, and stays inside the
     window's width (CSSOM styles, which a Content-Security-Policy allows). */
  function setupTermTooltips() {
    var GAP = 4;
    var MARGIN = 8;
    var HIDE_DELAY = 300;
    var tip = null;
    var shownFor = null;
    var hideTimer = null;
    var lastPointer = 'mouse';
    var tappedShownTerm = false;

    function termOf(target) {
      return target && target.closest ? target.closest('a.term[aria-describedby]') : null;
    }

    function tooltip() {
      if (!tip) {
        tip = document.createElement('div');
        tip.className = 'term-tip';
        tip.id = 'term-tip';
        tip.setAttribute('role', 'tooltip');
        tip.hidden = true;
        document.body.appendChild(tip);
        tip.addEventListener('mouseenter', cancelHide);
        tip.addEventListener('mouseleave', function (event) {
          if (!shownFor || !shownFor.contains(event.relatedTarget)) {
            scheduleHide();
          }
        });
      }
      return tip;
    }

    function cancelHide() {
      window.clearTimeout(hideTimer);
      hideTimer = null;
    }

    function scheduleHide() {
      cancelHide();
      hideTimer = window.setTimeout(hide, HIDE_DELAY);
    }

    function hide() {
      cancelHide();
      if (tip) {
        tip.hidden = true;
      }
      shownFor = null;
    }

    function place(link, element) {
      var rects = link.getClientRects();
      var word = rects.length ? rects[0] : link.getBoundingClientRect();
      var viewportWidth = document.documentElement.clientWidth;
      var viewportHeight = document.documentElement.clientHeight;
      element.style.left = '0px';
      element.style.top = '0px';
      var origin = element.getBoundingClientRect();
      var width = origin.width;
      var height = origin.height;
      var top = word.bottom + GAP;
      var above = top + height > viewportHeight - MARGIN && word.top - GAP - height >= MARGIN;
      if (above) {
        top = word.top - GAP - height;
      }
      var left = Math.max(MARGIN, Math.min(word.left, viewportWidth - MARGIN - width));
      element.style.left = Math.round(left - origin.left) + 'px';
      element.style.top = Math.round(top - origin.top) + 'px';
    }

    function show(link, withEntryLink) {
      var definition = document.getElementById(link.getAttribute('aria-describedby'));
      if (!definition) {
        return;
      }
      cancelHide();
      var element = tooltip();
      element.textContent = '';
      var text = document.createElement('p');
      text.textContent = definition.textContent;
      element.appendChild(text);
      if (withEntryLink) {
        var entry = document.createElement('a');
        entry.href = link.getAttribute('href');
        entry.textContent = 'Glossary entry: ' + link.textContent;
        element.appendChild(entry);
      }
      element.hidden = false;
      shownFor = link;
      place(link, element);
    }

    document.addEventListener('pointerdown', function (event) {
      lastPointer = event.pointerType || 'mouse';
      tappedShownTerm = !!shownFor && termOf(event.target) === shownFor;
      if (lastPointer === 'touch' && shownFor && !termOf(event.target) && !(tip && tip.contains(event.target))) {
        hide();
      }
    }, true);
    document.addEventListener('mouseover', function (event) {
      var link = termOf(event.target);
      if (link && lastPointer !== 'touch' && shownFor !== link) {
        show(link, false);
      } else if (link && link === shownFor) {
        cancelHide();
      }
    });
    document.addEventListener('mouseout', function (event) {
      var link = termOf(event.target);
      if (link && link === shownFor && lastPointer !== 'touch' && !link.contains(event.relatedTarget)
          && !(tip && tip.contains(event.relatedTarget)) && document.activeElement !== link) {
        scheduleHide();
      }
    });
    document.addEventListener('focusin', function (event) {
      var link = termOf(event.target);
      if (link && shownFor !== link) {
        show(link, lastPointer === 'touch');
      } else if (tip && tip.contains(event.target)) {
        cancelHide();
      }
    });
    document.addEventListener('focusout', function (event) {
      var link = termOf(event.target);
      if (link && link === shownFor && !(tip && tip.contains(event.relatedTarget)) && lastPointer !== 'touch') {
        scheduleHide();
      }
    });
    document.addEventListener('click', function (event) {
      var link = termOf(event.target);
      if (!link || lastPointer !== 'touch') {
        return;
      }
      if (!tappedShownTerm) {
        event.preventDefault();
        show(link, true);
      }
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && shownFor) {
        hide();
      }
    });
    window.addEventListener('resize', hide);
  }

  /* On a phone the in-page contents start closed, so that the first paragraph is on the first
     screen; wider screens and readers without script keep them open (layout.page_contents). */
  function closePageContentsOnPhones() {
    if (window.matchMedia && window.matchMedia('(max-width: 40rem)').matches) {
      var lists = document.querySelectorAll('.page-toc details[open]');
      for (var i = 0; i < lists.length; i++) {
        lists[i].open = false;
      }
    }
  }

  /* The versions page's two selects go to the comparison of the pair (older first); without
     script the form stays hidden and the list of every comparison below it does the same. */
  function setupCompareForm() {
    var form = document.querySelector('form.compare-form');
    if (!form) {
      return;
    }
    form.hidden = false;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var from = form.elements.from.options[form.elements.from.selectedIndex];
      var to = form.elements.to.options[form.elements.to.selectedIndex];
      if (from.value === to.value) {
        announce('Choose two different versions to compare');
        return;
      }
      var ordered = Number(from.getAttribute('data-order')) < Number(to.getAttribute('data-order'))
        ? [from, to] : [to, from];
      window.location.href = form.getAttribute('data-compare') + encodeURIComponent(ordered[0].value) + '__'
        + encodeURIComponent(ordered[1].value) + '.html';
    });
  }

  closePageContentsOnPhones();
  setupCompareForm();
  setupThemeToggle();
  setupCiteControl();
  setupSearchShortcut();
  highlightSearchWords();
  setupTermTooltips();
}());
