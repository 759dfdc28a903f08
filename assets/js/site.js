/* Paperbake: the small behaviours of every page. The site works without it; this adds the
   dark-mode toggle, copying a paragraph's pinpoint link, the "/" search shortcut, highlighting
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

  /* A paragraph number still follows its link (the address bar then holds the pinpoint link);
     with script it also copies that link. */
  function setupPinpointCopy() {
    document.addEventListener('click', function (event) {
      var pin = event.target.closest ? event.target.closest('a.pin') : null;
      if (!pin || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;
      }
      var url = window.location.href.split('#')[0].split('?')[0] + pin.getAttribute('href');
      var label = '\u00B6 ' + pin.getAttribute('data-pin');
      copyText(url).then(function () {
        announce('Link to ' + label + ' copied');
      }, function () {
        announce('Link to ' + label + ' is in the address bar');
      });
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

  closePageContentsOnPhones();
  setupThemeToggle();
  setupPinpointCopy();
  setupSearchShortcut();
  highlightSearchWords();
  setupTermTooltips();
}());
