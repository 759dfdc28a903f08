/* Paperbake: the small behaviours of every page. The site works without it; this adds the
   dark-mode toggle, copying a paragraph's pinpoint link, the "/" search shortcut, highlighting
   of search words on arrival, and Escape to dismiss a term's tooltip. */
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
      var label = pin.textContent;
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
    var walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentNode;
        return parent.closest('.pin, .term-tip') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
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

  /* WCAG 1.4.13: a term's tooltip can be dismissed with Escape without moving focus or pointer. */
  function setupTooltipDismissal() {
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape') {
        return;
      }
      document.querySelectorAll('.term-ref:hover, .term-ref:focus-within').forEach(function (ref) {
        ref.classList.add('tip-dismissed');
      });
    });
    var restore = function (event) {
      var ref = event.target.closest ? event.target.closest('.term-ref') : null;
      if (ref) {
        ref.classList.remove('tip-dismissed');
      }
    };
    document.addEventListener('focusout', restore);
    document.addEventListener('mouseout', restore);
  }

  /* Keeps a shown tooltip inside the window (CSSOM styles, which a Content-Security-Policy allows). */
  function setupTooltipPlacement() {
    var place = function (event) {
      var ref = event.target.closest ? event.target.closest('.term-ref') : null;
      var tip = ref ? ref.querySelector('.term-tip') : null;
      if (!tip) {
        return;
      }
      tip.style.left = '';
      var rect = tip.getBoundingClientRect();
      var room = document.documentElement.clientWidth - 8;
      if (rect.width > 1 && rect.right > room) {
        tip.style.left = Math.round(room - rect.right) + 'px';
      }
      rect = tip.getBoundingClientRect();
      if (rect.width > 1 && rect.left < 8) {
        tip.style.left = Math.round(8 - rect.left + (parseFloat(tip.style.left) || 0)) + 'px';
      }
    };
    document.addEventListener('mouseover', place);
    document.addEventListener('focusin', place);
  }

  setupThemeToggle();
  setupTooltipPlacement();
  setupPinpointCopy();
  setupSearchShortcut();
  highlightSearchWords();
  setupTooltipDismissal();
}());
